"""An entry moved to another day from the card /history opened is redrawn wherever it was
shown: its /log card says the new day, and the /history page's button names it. The
handlers in-process on the fake Telegram, real PostgreSQL and Redis."""

from __future__ import annotations

from tests.support.meals import Logged
from tests.support.telegram import buttons, data_of, shown


async def test_an_entry_moved_to_the_day_before_is_redrawn_on_its_card_and_history(
    logged: Logged, uid: int
) -> None:
    # The /log card kept saying today's date and the /history button today's day: only
    # the card pressed was redrawn.
    [card] = await logged.say(uid, "/log for breakfast 2 eggs")
    await logged.settled()
    logged.fake._chat(uid).read = len(logged.fake._chat(uid).replies)  # the XP lines
    entry_id = await logged.entry_id(uid)
    [page] = await logged.say(uid, "/history")
    logged.press(uid, page, data_of(page)[0])
    [opened] = await logged.fake.wait_for_messages(uid, 1, timeout=60)
    [before] = [d for row in buttons(opened) for _, d in row if d.startswith("meal:day:")][:1]
    logged.press(uid, opened, before)
    await logged.answers(uid, 2)
    await logged.settled()
    edits = logged.fake.sent(uid, "editMessageText")
    redrawn = [m for m in edits if m.message_id == card.message_id]
    assert redrawn, [shown(m) for m in edits]
    day = await logged.rows("SELECT local_date FROM food_entries WHERE id = %s", entry_id)
    when = day[0][0].strftime("%a %d %b")
    assert when in shown(redrawn[-1]), shown(redrawn[-1])
    assert when not in shown(card), shown(card)
    markups = [
        m for m in logged.fake.sent(uid, "editMessageReplyMarkup")
        if m.message_id == page.message_id
    ]  # fmt: skip
    assert markups and buttons(markups[-1])[0][0][0].startswith(when), buttons(markups[-1])
