"""The setup asks a goal weight and a weekly pace (issue 21), end to end on the fake Telegram
over HTTP: the pace's buttons in the user's units, the energy target that follows, /profile's
goal line, edits, bad answers that lose nothing, and profiles from before that keep working."""

from __future__ import annotations

from decimal import Decimal

from tests.support.profile import Chats
from tests.support.telegram import labels, shown
from tests.support.waiting import until

GOAL_ROW = (
    "SELECT goal, target_weight_kg, weekly_pace_kg,"
    " daily_kcal_target FROM user_profiles WHERE user_id = %s"
)


async def set_up_to_the_goal(chats: Chats, uid: int, units: str, answers: tuple[str, ...]) -> None:
    """The setup up to its goal question: Skip the name and the timezone, then `units`, then
    sex, age, height, weight and activity (`answers`, typed or pressed)."""
    chats.user(uid)
    await chats.say(uid, "/start")
    await chats.press(uid, "⚙️ Set up my profile")
    await chats.press(uid, "Skip")
    await chats.press(uid, "Skip")
    await chats.press(uid, units)
    sex, age, height, weight, activity = answers
    await chats.press(uid, sex)
    for answer in (age, height, weight):
        await chats.say(uid, answer)
    asked = await chats.press(uid, activity)
    assert "What weight are you aiming for?" in shown(asked)
    assert labels(asked) == {"Stay where I am": "ob:goal:maintain", "Skip": "ob:goal:skip"}


async def test_a_goal_weight_and_a_pace_set_the_energy_target(chats: Chats, uid: int) -> None:
    await set_up_to_the_goal(
        chats, uid, "Metric (kg, cm)", ("Male", "30", "180", "80", "Moderate (3-5 days a week)")
    )
    asked = await chats.say(uid, "I want to get to 72 kg")
    assert "Setup 10/10" in shown(asked) and "How fast would you like to get there?" in shown(asked)
    assert list(labels(asked)) == [
        "0.25 kg a week", "0.5 kg a week", "0.75 kg a week", "Just maintain for now", "Skip",
    ]  # fmt: skip
    done = shown(await chats.press(uid, "0.5 kg a week"))
    # 1780 x 1.55 = 2759; 0.5 kg a week is 3,850 kcal, 550 a day: 2209 -> 2210.
    assert "Calories: 2,210 kcal (calculated for you)" in done
    assert await chats.rows(GOAL_ROW, uid) == [("lose", Decimal("72.00"), Decimal("0.500"), 2210)]
    card = shown(await chats.say(uid, "/profile"))
    assert "Goal: 72.0 kg, losing 0.5 kg a week (about 16 weeks)" in card


async def test_an_imperial_user_gets_paces_in_pounds(chats: Chats, uid: int) -> None:
    await set_up_to_the_goal(
        chats, uid, "Imperial (lb, ft)", ("Female", "I'm 34", "5'6\"", "172 lbs",
                                           "Light (exercise 1-3 days a week)"),
    )  # fmt: skip
    asked = await chats.say(uid, "150")  # a bare number in the user's units
    assert list(labels(asked))[:3] == ["0.5 lb a week", "1 lb a week", "1.5 lb a week"]
    done = shown(await chats.press(uid, "1 lb a week"))
    # 780.2 + 1047.5 - 170 - 161 = 1496.7; x 1.375 = 2058; 1 lb a week: -499 -> 1560.
    assert "Calories: 1,560 kcal" in done
    assert await chats.rows(GOAL_ROW, uid) == [("lose", Decimal("68.04"), Decimal("0.454"), 1560)]
    card = shown(await chats.say(uid, "/profile"))
    assert "Goal: 150.0 lb, losing 1 lb a week (about 22 weeks)" in card


async def test_maintain_for_now_keeps_the_goal_weight_for_later(chats: Chats, uid: int) -> None:
    await set_up_to_the_goal(
        chats, uid, "Metric (kg, cm)", ("Male", "30", "180", "80", "Moderate (3-5 days a week)")
    )
    await chats.say(uid, "90")
    done = shown(await chats.press(uid, "Just maintain for now"))
    assert "Calories: 2,760 kcal" in done  # no adjustment
    assert await chats.rows(GOAL_ROW, uid) == [("maintain", Decimal("90.00"), None, 2760)]
    assert "Goal: Stay where I am" in shown(await chats.say(uid, "/profile"))
    # Later, from /profile: the goal again, now gaining.
    await chats.press(uid, "Goal")
    asked = await chats.say(uid, "90 kg")
    assert "How fast" in shown(asked) and "Setup" not in shown(asked)
    card = shown(await chats.press(uid, "0.25 kg a week"))
    assert "Goal: 90.0 kg, gaining 0.25 kg a week (about 40 weeks)" in card
    assert "Calories: 3,030 kcal" in card  # 2759 + 275


async def test_bad_goal_and_pace_answers_get_a_clear_reply_and_lose_nothing(
    chats: Chats, uid: int
) -> None:
    await set_up_to_the_goal(
        chats, uid, "Metric (kg, cm)", ("Male", "30", "180", "80", "Moderate (3-5 days a week)")
    )
    reply = shown(await chats.say(uid, "heavy"))
    assert "I couldn't read a weight there (like 72.5 kg), or press “Stay where I am”." in reply
    assert "What weight are you aiming for?" in reply
    reply = shown(await chats.say(uid, "5000 kg"))
    assert "doesn't look like a body weight" in reply
    assert await chats.rows(GOAL_ROW, uid) == [(None, None, None, 2760)]  # nothing set
    asked = await chats.say(uid, "75")
    assert "How fast" in shown(asked)
    reply = shown(await chats.say(uid, "3 kg a week"))
    assert "between 0.1 and 1 kg (0.2-2.2 lb) a week" in reply and "How fast" in reply
    reply = shown(await chats.say(uid, "fast"))
    assert "Please press a button, or send a weekly amount (like 0.5 kg)." in reply
    # A forged pace is refused with an alert; the question stays open.
    message, _ = chats.button(uid, "0.5 kg a week")
    assert message.message_id is not None
    chats.fake.press_button(uid, message.message_id, "ob:pace:9kg", forged=True)
    await until(
        lambda: any(m.show_alert for m in chats.fake.sent(uid, "answerCallbackQuery")),
        what="an alert",
    )
    assert await chats.rows(GOAL_ROW, uid) == [("lose", Decimal("75.00"), None, 2260)]
    done = shown(await chats.say(uid, "0.3 kg a week"))  # typed, not a button's
    assert "All set" in done
    assert await chats.rows(GOAL_ROW, uid) == [("lose", Decimal("75.00"), Decimal("0.300"), 2430)]


async def test_a_profile_without_a_goal_says_so(chats: Chats, uid: int) -> None:
    chats.user(uid)
    await chats.say(uid, "/start")
    card = shown(await chats.say(uid, "/profile"))
    assert "Goal: —" in card and "Calories: 2,000 kcal (standard" in card


async def test_profiles_without_a_goal_weight_keep_working(chats: Chats, uid: int) -> None:
    chats.user(uid)
    await chats.say(uid, "/start")
    # A profile set before the setup asked for a goal weight: a way, no weight, no pace.
    await chats.rows(
        "INSERT INTO user_profiles (user_id, sex, birth_year, height_cm, activity_level, goal)"
        " VALUES (%s, 'male', extract(year FROM now())::int - 30, 180, 'moderate', 'lose')",
        uid,
    )
    await chats.say(uid, "/weight 80")  # recomputes the targets
    card = shown(await chats.say(uid, "/profile"))
    assert "Goal: Lose weight" in card and "Calories: 2,260 kcal (calculated" in card


async def test_reaching_the_goal_weight_turns_to_maintenance(chats: Chats, uid: int) -> None:
    await set_up_to_the_goal(
        chats, uid, "Metric (kg, cm)", ("Male", "30", "180", "80", "Moderate (3-5 days a week)")
    )
    await chats.say(uid, "72")
    await chats.press(uid, "0.5 kg a week")
    await chats.say(uid, "/weight 72.3")
    card = shown(await chats.say(uid, "/profile"))
    assert "Goal: 72.0 kg: reached 🎉 keeping it there" in card
    # 10 x 72.3 + 1125 - 150 + 5 = 1703; x 1.55 = 2639.65 -> 2640, no deficit; protein 1.2 g/kg.
    assert "Calories: 2,640 kcal" in card and "Protein 87 g" in card


async def test_a_goal_weight_before_any_weigh_in_is_not_called_reached(
    chats: Chats, uid: int
) -> None:
    chats.user(uid)
    await chats.say(uid, "/start")
    # A goal weight told before any weight (the coach stores it so): no way to measure yet.
    await chats.rows("INSERT INTO user_profiles (user_id, target_weight_kg) VALUES (%s, 81.7)", uid)
    card = shown(await chats.say(uid, "/profile"))
    assert "Goal: 81.7 kg (send /weight with today's weight to see the way there)" in card
    await chats.say(uid, "/weight 90")
    assert "Goal: 81.7 kg (Lose weight)" in shown(await chats.say(uid, "/profile"))


async def test_a_standard_target_asks_only_for_what_it_still_lacks(chats: Chats, uid: int) -> None:
    # A new user who set a goal and weighed in was still asked "tell me your age, height
    # and weight to personalise it" under a goal of "losing 0.5 kg a week".
    chats.user(uid)
    await chats.say(uid, "/start")
    card = shown(await chats.say(uid, "/profile"))
    assert "Calories: 2,000 kcal (standard; tell me your age, height and weight to" in card
    await chats.say(uid, "/weight 70")
    card = shown(await chats.say(uid, "/profile"))
    assert "Calories: 2,000 kcal (standard; tell me your age and height to personalise it)" in card
    await chats.rows("UPDATE user_profiles SET height_cm = 170 WHERE user_id = %s", uid)
    await chats.say(uid, "/weight 70.2")  # targets and the cached profile read again
    card = shown(await chats.say(uid, "/profile"))
    assert "Calories: 2,000 kcal (standard; tell me your age to personalise it)" in card
