"""The user's days end to end, with the clock set: an entry's day follows from the instant
it was eaten and the user's zone as it is now, so setting the zone moves nothing out of
"today"; "/log yesterday ...", "/log at 8am ...", "/log for lunch ..." set the day, time and
meal; streaks count the user's days. The daemon on the fake Telegram over HTTP."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date

import pytest

from tests.support.databases import fresh_database
from tests.support.days import Clocked, clocked
from tests.support.telegram import shown
from tests.support.users import new_user_id


@pytest.fixture(scope="module")
async def days(
    tmp_path_factory: pytest.TempPathFactory, postgres_admin_url: str, redis_url: str
) -> AsyncIterator[Clocked]:
    with fresh_database(postgres_admin_url) as url:
        async with clocked(tmp_path_factory.mktemp("days"), url, redis_url) as running:
            yield running


async def test_a_meal_logged_before_the_zone_was_set_is_in_today_once_it_is(
    days: Clocked, uid: int
) -> None:
    # 03:00 UTC on Tuesday 10 March is 20:00 on Monday 9 March in Los Angeles: the user,
    # still on the first guess (UTC), logs their dinner and a glass of water.
    days.clock.set(2026, 3, 10, 3, 0)
    await days.say(uid, "/log 2 eggs")
    await days.say(uid, "/water 500 ml")
    assert "Tue 10 Mar" in await days.ask(uid, "/today")
    assert "America/Los_Angeles" in await days.set_timezone(uid, "Los Angeles")
    today = await days.ask(uid, "/today")
    assert today.startswith("📊 Today · Mon 09 Mar")
    assert "Eaten: 143 of 2,000 kcal" in today and "Water: 500 of 2,000 ml" in today
    stored = await days.rows(
        "SELECT local_date FROM food_entries WHERE user_id = %s"
        " UNION ALL SELECT local_date FROM water_logs WHERE user_id = %s",
        uid,
        uid,
    )
    assert stored == [(date(2026, 3, 9),), (date(2026, 3, 9),)]
    # The next morning there, it is yesterday's.
    days.clock.set(2026, 3, 10, 16, 0)
    assert "Nothing logged today yet" in await days.ask(uid, "/today")


async def test_changing_the_zone_again_moves_the_days_with_it(days: Clocked, uid: int) -> None:
    days.clock.set(2026, 3, 10, 23, 30)  # 08:30 on Wednesday 11 March in Tokyo
    await days.set_timezone(uid, "Tokyo")
    [card] = await days.say(uid, "/log 2 eggs")
    assert "Breakfast · Wed 11 Mar" in shown(card)
    await days.set_timezone(uid, "Berlin")  # 00:30 on Wednesday there too
    assert "Eaten: 143 of 2,000 kcal" in await days.ask(uid, "/today")
    await days.set_timezone(uid, "New York")  # 19:30 on Tuesday 10 March
    today = await days.ask(uid, "/today")
    assert today.startswith("📊 Today · Tue 10 Mar") and "Eaten: 143" in today


# -- /log's day, time and meal -------------------------------------------------------------


async def test_log_yesterday_at_a_time_for_a_meal_sets_all_three(days: Clocked, uid: int) -> None:
    days.clock.set(2026, 3, 11, 7, 0)  # 08:00 on Wednesday 11 March in Berlin
    await days.set_timezone(uid, "Berlin")
    [card] = await days.say(uid, "/log yesterday at 7pm for dinner: 2 eggs")
    assert shown(card).startswith("🍽 Dinner · Tue 10 Mar\n• 2 eggs → Egg, whole")
    [card] = await days.say(uid, "/log yesterday 2 eggs")  # eggs: had at dinner before
    assert shown(card).startswith("🍽 Dinner · Tue 10 Mar")
    [card] = await days.say(uid, "/log on monday for lunch a slice of toast")
    assert shown(card).startswith("🥗 Lunch · Mon 09 Mar")
    [card] = await days.say(uid, "/log at 11pm 2 eggs")  # said at 8am: last night
    assert shown(card).startswith("🍎 Snack · Tue 10 Mar")
    stored = await days.rows(
        "SELECT to_char(eaten_at AT TIME ZONE 'Europe/Berlin', 'Dy HH24:MI'), local_date, meal"
        " FROM food_entries WHERE user_id = %s ORDER BY id",
        uid,
    )
    assert stored == [
        ("Tue 19:00", date(2026, 3, 10), "dinner"),
        ("Tue 19:00", date(2026, 3, 10), "dinner"),
        ("Mon 12:30", date(2026, 3, 9), "lunch"),
        ("Tue 23:00", date(2026, 3, 10), "snack"),
    ]
    assert "Nothing logged today yet" in await days.ask(uid, "/today")
    [card] = await days.say(uid, "/log for lunch at 7:30 a slice of toast")
    assert shown(card).startswith("🥗 Lunch · Wed 11 Mar")
    assert "Eaten: 64 of 2,000 kcal" in await days.ask(uid, "/today")


async def test_a_dated_log_with_a_question_is_stored_on_its_day_when_answered(
    days: Clocked, uid: int
) -> None:
    days.clock.set(2026, 3, 11, 12, 0)
    [question] = await days.say(uid, "/log yesterday at 9am a cup of juice")
    assert shown(question) == "Which food is “a cup of juice”?"
    days.clock.advance(minutes=5)
    choice = (question.reply_markup or {})["inline_keyboard"][0][0]["callback_data"]
    days.press(uid, question, choice)
    edit = await days.edited(uid, 1)
    assert shown(edit).startswith("🍳 Breakfast · Tue 10 Mar")
    [(at,)] = await days.rows("SELECT eaten_at FROM food_entries WHERE user_id = %s", uid)
    assert at.isoformat() == "2026-03-10T09:00:00+00:00"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("/log on funday 2 eggs", "I don't know which day “funday” is. Did you mean “sunday”?"),
        ("/log yesterdy 2 eggs", "I don't know which day “yesterdy” is. Did you mean “yesterday”?"),
        ("/log a few days ago 2 eggs", "I don't know which day “a few days ago” is."),
        ("/log on 31 february 2 eggs", "I don't know which day “31 february” is."),
        ("/log at 25pm 2 eggs", "“at 25pm” is no time I can read."),
        ("/log at 7:75 2 eggs", "“at 7:75” is no time I can read."),
        ("/log tomorrow 2 eggs", "“tomorrow” is still to come: log what you have eaten."),
        ("/log today at 11pm 2 eggs", "“Wed 11 Mar 23:00” is still to come"),
        ("/log 400 days ago 2 eggs", "Tue 04 Feb 2025 is more than a year ago"),
    ],
)
async def test_words_that_name_no_day_or_time_are_refused_and_nothing_is_logged(
    days: Clocked, uid: int, text: str, said: str
) -> None:
    days.clock.set(2026, 3, 11, 7, 0)
    assert said in await days.ask(uid, text)
    assert await days.entries(uid) == []


async def test_a_time_still_to_come_is_said_on_the_users_clock(days: Clocked) -> None:
    american = new_user_id()  # en-US: a 12-hour clock, as /profile and /history say times
    days.fake.add_user(american, first_name="Linda", language_code="en-US")
    days.clock.set(2026, 3, 11, 7, 0)
    said = await days.ask(american, "/log today at 11pm 2 eggs")
    assert "“Wed 11 Mar 11:00 PM” is still to come" in said, said
    assert await days.entries(american) == []


# -- the first guess -----------------------------------------------------------------------


async def test_the_first_log_of_a_user_on_the_guessed_zone_offers_to_set_it(
    days: Clocked, uid: int
) -> None:
    days.clock.set(2026, 3, 10, 3, 0)
    [card] = await days.say(uid, "/log 2 eggs")
    offer = "🕓 Your days follow UTC time (it's 03:00 there). Not your time? Send /timezone"
    assert offer in shown(card)
    [card] = await days.say(uid, "/log 2 eggs")
    assert "/timezone" not in shown(card)  # once
    # A German is guessed to be in Berlin, and offered to change that too.
    german = new_user_id()
    days.fake.add_user(german, first_name="Jana", language_code="de")
    [card] = await days.say(german, "/log 2 eggs")
    assert "Your days follow Europe/Berlin time (it's 04:00 there)" in shown(card)
    # Whoever set their zone first is not asked.
    chosen = new_user_id()
    await days.set_timezone(chosen, "Berlin")
    [card] = await days.say(chosen, "/log 2 eggs")
    assert "/timezone" not in shown(card)


async def test_log_yesterday_at_a_meals_hour_asks_which_meal_not_the_clock(
    days: Clocked, uid: int
) -> None:
    # At 12:08 in London "/log yesterday fish and chips" was filed under yesterday's Lunch
    # at 12:08 without a word: the clock's meal says nothing of another day's.
    days.clock.set(2026, 3, 12, 12, 8)
    await days.set_timezone(uid, "London")
    [card] = await days.say(uid, "/log yesterday salmon")
    assert "Which meal was it? Tap it below." in shown(card), shown(card)
    await days.say(uid, "/log for dinner salmon")
    days.clock.set(2026, 3, 13, 12, 8)
    [card] = await days.say(uid, "/log yesterday salmon")  # usually had at dinner now
    assert shown(card).startswith("🍽 Dinner · Thu 12 Mar"), shown(card)
    assert "Which meal was it?" not in shown(card)


async def test_log_yesterday_at_night_takes_the_usual_meal_of_the_food_or_asks(
    days: Clocked, uid: int
) -> None:
    # A nurse home from a night shift: at 00:43, "yesterday 2 eggs" went under Snack, at
    # 00:43 the day before.
    days.clock.set(2026, 3, 10, 8, 0)
    await days.say(uid, "/log 2 eggs")  # breakfast
    days.clock.set(2026, 3, 12, 0, 43)
    [card] = await days.say(uid, "/log yesterday 2 eggs")
    assert shown(card).startswith("🍳 Breakfast · Wed 11 Mar")
    [card] = await days.say(uid, "/log yesterday a slice of toast")  # never logged before
    assert shown(card).startswith("🍎 Snack · Wed 11 Mar")
    assert "Which meal was it? Tap it below." in shown(card)
    stored = await days.rows(
        "SELECT to_char(eaten_at AT TIME ZONE 'UTC', 'Dy HH24:MI'), meal"
        " FROM food_entries WHERE user_id = %s ORDER BY id",
        uid,
    )
    assert stored == [
        ("Tue 08:00", "breakfast"),
        ("Wed 08:00", "breakfast"),
        ("Wed 00:43", "snack"),
    ]


async def test_a_part_of_the_day_names_the_meal_and_is_no_food(days: Clocked, uid: int) -> None:
    # At 09:00 "/log yesterday evening a pint of beer" went under yesterday's Breakfast at
    # 09:00, the beer logged as "evening an imperial pint of beer".
    days.clock.set(2026, 3, 13, 9, 0)
    await days.set_timezone(uid, "London")
    said = {
        "/log yesterday evening a pint of beer": "🍽 Dinner · Thu 12 Mar",
        "/log yesterday morning 2 eggs": "🍳 Breakfast · Thu 12 Mar",
        "/log yesterday afternoon a scone": "🥗 Lunch · Thu 12 Mar",
        "/log yesterday lunchtime an apple": "🥗 Lunch · Thu 12 Mar",
        "/log yesterday arvo a scone": "🥗 Lunch · Thu 12 Mar",  # "Which food is “arvo ..."
        "/log on Wednesday evening pasta": "🍽 Dinner · Wed 11 Mar",
        "/log tonight a banana": "🍽 Dinner",  # today: at the time told
    }
    for text, heading in said.items():
        [card] = await days.say(uid, text)
        assert shown(card).startswith(heading), (text, shown(card))
        assert "Which" not in shown(card), (text, shown(card))
    stored = await days.rows(
        "SELECT to_char(eaten_at AT TIME ZONE 'Europe/London', 'Dy HH24:MI'), meal, description"
        " FROM food_entries WHERE user_id = %s ORDER BY id",
        uid,
    )
    assert stored == [
        ("Thu 19:00", "dinner", "an imperial pint of beer"),
        ("Thu 08:00", "breakfast", "2 eggs"),
        ("Thu 12:30", "lunch", "a scone"),
        ("Thu 12:30", "lunch", "an apple"),
        ("Thu 12:30", "lunch", "a scone"),
        ("Wed 19:00", "dinner", "pasta"),
        ("Fri 09:00", "dinner", "a banana"),
    ]


async def test_log_yesterday_takes_the_meal_the_foods_were_had_together_in(
    days: Clocked, uid: int
) -> None:
    # The usual meal counted items: three coffees at breakfast outvoted the steak with its
    # coffee at dinner, and '/log yesterday 200 g steak and a cup of coffee' was Breakfast.
    days.clock.set(2026, 3, 9, 8, 0)
    await days.set_timezone(uid, "London")
    for day in (9, 10, 11):
        days.clock.set(2026, 3, day, 8, 0)
        await days.say(uid, "/log a cup of coffee")
    await days.say(uid, "/log for lunch an apple")
    days.clock.set(2026, 3, 11, 19, 30)
    await days.say(uid, "/log 200 g steak and a cup of coffee")
    days.clock.set(2026, 3, 13, 12, 30)
    [card] = await days.say(uid, "/log yesterday 200 g steak and a cup of coffee")
    assert shown(card).startswith("🍽 Dinner · Thu 12 Mar"), shown(card)
    assert "Which meal was it?" not in shown(card)
    # Never had together, each in another meal: which meal is asked.
    [card] = await days.say(uid, "/log yesterday an apple and a cup of coffee")
    assert "Which meal was it? Tap it below." in shown(card), shown(card)


async def test_a_meal_said_after_the_day_is_eaten_at_its_hour_and_keeps_its_day(
    days: Clocked, uid: int
) -> None:
    # At 02:40 in Mumbai "/log yesterday dinner 2 rotis with dal" was stored at 02:40 the
    # day before, its text "dinner 2 rotis ...": moved to London, the dinner was Sunday's.
    days.clock.set(2026, 3, 9, 21, 10)  # 02:40 on Tuesday 10 March in Mumbai
    await days.set_timezone(uid, "Mumbai")
    said = {
        "/log yesterday dinner 2 eggs and a slice of toast": "🍽 Dinner · Mon 09 Mar",
        "/log yesterday's lunch: a slice of toast": "🥗 Lunch · Mon 09 Mar",
        "/log monday breakfast, 2 eggs": "🍳 Breakfast · Mon 09 Mar",
    }
    for text, heading in said.items():
        [card] = await days.say(uid, text)
        assert shown(card).startswith(heading), (text, shown(card))
    stored = await days.rows(
        "SELECT to_char(eaten_at AT TIME ZONE 'Asia/Kolkata', 'Dy HH24:MI'), description"
        " FROM food_entries WHERE user_id = %s ORDER BY id",
        uid,
    )
    assert stored == [
        ("Mon 19:00", "2 eggs and a slice of toast"),
        ("Mon 12:30", "a slice of toast"),
        ("Mon 08:00", "2 eggs"),
    ]
    await days.set_timezone(uid, "London")
    week = await days.ask(uid, "/week")
    assert "Sun 08\nMon 09     415" in week, week


async def test_the_weeks_average_counts_whole_days_and_says_today_so_far_apart(
    days: Clocked, uid: int
) -> None:
    # A day of 2 eggs, 2 slices of toast and a banana, and this morning's 2 eggs: /week said
    # "Average of 2 logged days" of both, the breakfast pulling it down as if a whole day.
    days.clock.set(2026, 3, 9, 18, 0)
    await days.say(uid, "/log 2 eggs and 2 slices of toast")
    days.clock.set(2026, 3, 10, 8, 0)
    await days.say(uid, "/log 2 eggs")
    [chart] = await days.say(uid, "/week")
    week = shown(chart)
    assert "Mon 09     " in week and "Tue 10     143" in week, week
    yesterday = week.split("Mon 09", 1)[1].split()[0]
    assert f"The one logged day before today: {yesterday} kcal" in week
    assert week.endswith("Today so far: 143 kcal")
    days.clock.set(2026, 3, 11, 7, 0)  # the next morning: both are whole days now
    later = await days.ask(uid, "/week")
    said = later.split("Average of 2 logged days before today: ", 1)[1].split()[0]
    assert abs(int(said) - (int(yesterday) + 143) / 2) <= 1, later  # of unrounded days
    assert "Today so far" not in later
