"""An edit that cannot be read never holds the chat: Edit gives one more try, then ends; a
question ends it and reaches the coach; a correction typed without Edit that misses opens no
edit at all. Every feature's handlers fed in-process, the coach on the fake Anthropic over
HTTP, real PostgreSQL and Redis."""

from __future__ import annotations

from tests.support.meals import Coached
from tests.support.telegram import data_of


async def press_edit(coached: Coached, uid: int) -> None:
    """Press Edit on the card of the user's last entry and read its prompt."""
    entry_id = await coached.entry_id(uid)
    [card] = [
        m for m in coached.fake.sent(uid, "sendMessage") if f"meal:edit:{entry_id}" in data_of(m)
    ]
    coached.press(uid, card, f"meal:edit:{entry_id}")
    [prompt] = await coached.fake.wait_for_messages(uid, 1, timeout=60)
    assert "Send the corrected list" in prompt.text


async def test_two_misses_end_the_edit_and_what_follows_is_the_coachs(
    coached: Coached, uid: int
) -> None:
    # Each miss kept the edit open: every later message, "hello there" too, was read as
    # the breakfast's corrected list, "I couldn't tell which item that changes", forever.
    logged = await coached.logged(uid, "2 eggs and a banana")
    await press_edit(coached, uid)
    said = await coached.ask(uid, "the waffles were small")
    assert "couldn't tell which item" in said and "Send the item" in said, said
    said = await coached.ask(uid, "the pancakes were small")
    assert "couldn't tell which item" in said and "tap ✏️ Edit on its card" in said, said
    answer = await coached.ask(uid, "hello there")
    assert coached.asked("hello there") and "couldn't tell" not in answer, answer
    assert await coached.items(uid) == logged


async def test_a_question_while_editing_ends_the_edit_and_goes_to_the_coach(
    coached: Coached, uid: int
) -> None:
    logged = await coached.logged(uid, "2 eggs and a banana")
    await press_edit(coached, uid)
    answer = await coached.ask(uid, "what should I eat tonight")
    assert coached.asked("what should I eat tonight"), answer
    assert "couldn't tell" not in answer, answer
    await coached.ask(uid, "3 eggs")  # no edit open: the coach's (it logs nothing here)
    assert await coached.items(uid) == logged


async def test_a_correction_typed_without_edit_that_misses_opens_no_edit(
    coached: Coached, uid: int
) -> None:
    logged = await coached.logged(uid, "2 eggs and a banana")
    said = await coached.ask(uid, "actually the banana was 2 waffles")
    assert "as it was" in said and "tap ✏️ Edit" in said, said
    answer = await coached.ask(uid, "good morning")
    assert coached.asked("good morning") and "as it was" not in answer, answer
    assert await coached.items(uid) == logged


async def test_a_meal_logged_after_edit_ends_the_edit_and_a_correction_is_the_new_meals(
    coached: Coached, uid: int
) -> None:
    # The edit stayed open across the /log: "actually it was 2 bananas" made the breakfast
    # "2 eggs, 2 bananas" and left the banana of the meal just logged as it was.
    await coached.logged(uid, "2 eggs and a banana")
    await press_edit(coached, uid)
    said = await coached.ask(uid, "the waffles were small")
    assert "Send the item" in said, said  # one miss: the edit stays open
    first = await coached.items(uid)
    await coached.logged(uid, "a banana and 2 slices of toast")
    said = await coached.ask(uid, "actually it was 2 bananas")
    items = await coached.items(uid)
    assert items[: len(first)] == first, items  # the breakfast as it was
    [banana] = [typed for typed, _ in items[len(first) :] if "banana" in typed]
    assert "2" in banana, (banana, said)


async def test_a_command_while_editing_ends_the_edit_like_a_new_meal_does(
    coached: Coached, uid: int
) -> None:
    # /today left the edit open: "3 waffles" after it replaced the breakfast pressed Edit
    # on before, where a new meal or a question after Edit ended it.
    logged = await coached.logged(uid, "2 eggs and a banana")
    await press_edit(coached, uid)
    today = await coached.ask(uid, "/today")
    assert "Today" in today, today
    await coached.ask(uid, "3 waffles")  # no edit open: the coach's
    await coached.settled()
    assert (await coached.items(uid))[: len(logged)] == logged
    await press_edit(coached, uid)  # Edit opens it again
    said = await coached.ask(uid, "3 waffles")
    assert "waffle" in said.lower(), said
    assert await coached.items(uid) != logged
