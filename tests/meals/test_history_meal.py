"""An entry opened from /history moves to another meal (issue 21, item 1): its card has
the four meals (its own marked) beside the days before and after; a meal pressed moves it,
in the database, on the card (the day buttons stay) and in /today; its own meal pressed
changes nothing and breaks nothing. The handlers in-process on the fake Telegram."""

from __future__ import annotations

from tests.support.meals import Logged
from tests.support.telegram import buttons, data_of, shown


async def test_a_meal_opened_from_history_moves_to_another_meal(logged: Logged, uid: int) -> None:
    await logged.say(uid, "/log for breakfast 2 eggs")
    await logged.settled()
    logged.fake._chat(uid).read = len(logged.fake._chat(uid).replies)  # the XP lines
    entry_id = await logged.entry_id(uid)
    [page] = await logged.say(uid, "/history")
    logged.press(uid, page, data_of(page)[0])
    [card] = await logged.fake.wait_for_messages(uid, 1, timeout=60)
    meals = [(text, data) for row in buttons(card) for text, data in row if ":set:" in data]
    assert meals == [
        ("• Breakfast", f"meal:set:{entry_id}:breakfast"),
        ("Lunch", f"meal:set:{entry_id}:lunch"),
        ("Dinner", f"meal:set:{entry_id}:dinner"),
        ("Snack", f"meal:set:{entry_id}:snack"),
    ]
    logged.press(uid, card, f"meal:set:{entry_id}:snack")
    moved = await logged.edited(uid, 1)
    assert shown(moved).startswith("🍎 Snack")
    assert ("• Snack", f"meal:set:{entry_id}:snack") in buttons(moved)[1]
    assert any(data.startswith(f"meal:day:{entry_id}:") for _, data in buttons(moved)[-1])
    answers = await logged.answers(uid, 2)
    assert answers[-1].text == "Moved to Snack."
    assert [row[0] for row in await logged.entries(uid)] == ["snack"]
    today = await logged.ask(uid, "/today")
    assert "🍎 Snack: 143 kcal" in today
    assert "Breakfast" not in today
    logged.press(uid, moved, f"meal:set:{entry_id}:snack")  # its own meal: nothing to move
    answers = await logged.answers(uid, 3)
    assert answers[-1].text == "Moved to Snack."
    # Two edits: the card pressed, and the /log card above, redrawn as a snack.
    redrawn = logged.fake.sent(uid, "editMessageText")
    assert len(redrawn) == 2 and shown(redrawn[1]).startswith("🍎 Snack"), redrawn
    assert [row[0] for row in await logged.entries(uid)] == ["snack"]
    [page] = await logged.say(uid, "/history")  # /history names the new meal
    assert buttons(page)[0][0][0].split(" · ")[1] == "Snack"
