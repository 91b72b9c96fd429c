"""Edit on a meal card: a corrected list replaces the entry's items; a correction of one of
its items changes that item alone, the rest kept."""

from __future__ import annotations

from tests.support.meals import Logged, edit
from tests.support.telegram import data_of
from tests.support.waiting import until


async def test_correcting_one_item_keeps_the_others(logged: Logged, uid: int) -> None:
    corrected = await edit(logged, uid, "2 eggs and a banana", "actually it was 2 bananas")
    assert "2 eggs" in corrected and "2 bananas" in corrected, corrected
    assert "Total: 353 kcal" in corrected  # 2 x 50 g x 143 + 2 x 118 g x 89 per 100 g
    [(_, kcal, _, items)] = await logged.entries(uid)
    assert (round(kcal), items) == (353, 2)


async def test_the_edited_card_gives_its_buttons_to_the_new_one(logged: Logged, uid: int) -> None:
    [card] = await logged.say(uid, "/log 2 eggs and a banana")
    entry_id = await logged.entry_id(uid)
    logged.press(uid, card, f"meal:edit:{entry_id}")
    await logged.fake.wait_for_messages(uid, 1, timeout=60)
    corrected = await logged.ask(uid, "actually it was 2 bananas")
    assert "2 bananas" in corrected, corrected
    assert f"meal:edit:{entry_id}" in data_of(logged.fake.sent(uid, "sendMessage")[-1])  # the new
    await until(
        lambda: bool(logged.fake.sent(uid, "editMessageReplyMarkup")), what="buttons taken off"
    )
    [stripped] = logged.fake.sent(uid, "editMessageReplyMarkup")  # the old card: stale now
    assert stripped.message_id == card.message_id and not data_of(stripped)


async def test_a_food_the_entry_lacks_replaces_the_list(logged: Logged, uid: int) -> None:
    corrected = await edit(logged, uid, "2 eggs and a banana", "a medium apple")
    assert "apple" in corrected.lower() and "egg" not in corrected.lower(), corrected
    [(_, _, _, items)] = await logged.entries(uid)
    assert items == 1


async def test_a_list_of_the_same_foods_replaces_the_list(logged: Logged, uid: int) -> None:
    corrected = await edit(logged, uid, "2 eggs, a banana and a medium apple", "3 eggs, a banana")
    assert "apple" not in corrected.lower(), corrected
    [(_, _, _, items)] = await logged.entries(uid)
    assert items == 2


# -- corrections as people write them ---------------------------------------------------------


async def test_a_sentence_about_one_item_changes_that_item(logged: Logged, uid: int) -> None:
    # An edit left by a command keeps the entry; its energy is the one to compare with.
    await edit(logged, uid, "a big mac and medium fries and a diet coke", "/today")
    [(_, kcal_before, _, _)] = await logged.entries(uid)
    corrected = await edit(logged, uid, "a big mac and medium fries and a diet coke",
                           "actually the fries were small")  # fmt: skip
    assert "small fries" in corrected and "big mac" in corrected.lower(), corrected
    assert "coke" in corrected.lower(), corrected
    [_, (_, kcal, _, items)] = await logged.entries(uid)
    assert items == 3 and kcal < kcal_before  # a small order of fries instead of a medium


async def test_a_sentence_the_entry_does_not_match_changes_nothing(
    logged: Logged, uid: int
) -> None:
    said = await edit(logged, uid, "2 eggs and a banana", "actually the waffles were small")
    assert "couldn't tell which item" in said and "as it was" in said, said
    [(_, kcal, deleted, items)] = await logged.entries(uid)
    assert (round(kcal), deleted, items) == (248, False, 2)  # 2 x 50 g egg + a 118 g banana
    # Still editing: the next message is the correction.
    corrected = await logged.ask(uid, "3 eggs, not 2")
    assert "3 eggs" in corrected and "banana" in corrected, corrected
    [(_, kcal, _, items)] = await logged.entries(uid)
    assert (round(kcal), items) == (320, 2)


async def test_an_item_named_away_is_removed_and_one_added_is_added(
    logged: Logged, uid: int
) -> None:
    corrected = await edit(logged, uid, "2 eggs, a banana and a slice of toast", "no toast")
    assert "toast" not in corrected.lower() and "banana" in corrected, corrected
    [(_, kcal, _, items)] = await logged.entries(uid)
    assert (round(kcal), items) == (248, 2)
    entry_id = await logged.entry_id(uid)
    [card] = logged.fake.sent(uid)[-1:]
    logged.press(uid, card, f"meal:edit:{entry_id}")
    await logged.fake.wait_for_messages(uid, 1, timeout=20)
    corrected = await logged.ask(uid, "oops, forgot the coffee")
    assert "coffee" in corrected.lower() and "banana" in corrected, corrected
    [(_, _, _, items)] = await logged.entries(uid)
    assert items == 3


async def test_removing_what_the_entry_lacks_says_so_and_keeps_it(logged: Logged, uid: int) -> None:
    said = await edit(logged, uid, "2 eggs and a banana", "remove the cheese")
    assert "can't find “cheese”" in said, said
    [(_, kcal, _, items)] = await logged.entries(uid)
    assert (round(kcal), items) == (248, 2)


async def test_an_item_corrected_into_two_keeps_the_others_beside_them(
    logged: Logged, uid: int
) -> None:
    corrected = await edit(
        logged, uid, "2 eggs, a banana and a cup of coffee", "the coffee was with milk"
    )
    assert "banana" in corrected and "milk" in corrected.lower(), corrected
    rows = await logged.rows(
        "SELECT position, typed FROM food_entry_items WHERE user_id = %s ORDER BY position", uid
    )
    typed = [t.lower() for _, t in rows]
    assert len(rows) == 4 and len({p for p, _ in rows}) == 4, rows  # no place taken twice
    assert typed[:2] == ["2 eggs", "a banana"] and "coffee" in typed[2] and "milk" in typed[3]


async def test_a_question_an_item_correction_opens_is_answered_into_a_place_of_its_own(
    logged: Logged, uid: int
) -> None:
    await edit(logged, uid, "2 eggs, a banana and a cup of coffee", "the coffee was with oat milk")
    card = logged.fake.sent(uid)[-1]
    answer = next(data for data in data_of(card) if data.startswith("meal:pick:"))
    logged.press(uid, card, answer)
    await logged.edited(uid, 1)
    rows = await logged.rows(
        "SELECT position, typed FROM food_entry_items WHERE user_id = %s ORDER BY position", uid
    )
    # The answer took a place after the others: none lost to a place already taken.
    assert len(rows) == 4 and "oat" in rows[-1][1].lower(), rows


async def test_adding_a_food_the_entry_has_already_adds_another(logged: Logged, uid: int) -> None:
    corrected = await edit(logged, uid, "2 eggs and a cup of coffee", "add a cup of coffee")
    assert corrected.lower().count("coffee") >= 2, corrected
    [(_, _, _, items)] = await logged.entries(uid)
    assert items == 3  # the first coffee kept beside the one added


async def test_a_correction_typed_after_a_log_without_edit_corrects_it(
    logged: Logged, uid: int
) -> None:
    # "actually it was 2 bananas" typed on its own went to the coach, which cannot edit
    await logged.say(uid, "/log 2 eggs and a banana")
    corrected = await logged.ask(uid, "actually it was 2 bananas")
    assert "2 eggs" in corrected and "2 bananas" in corrected, corrected
    assert "Total: 353 kcal" in corrected
    [(_, kcal, _, items)] = await logged.entries(uid)
    assert (round(kcal), items) == (353, 2)
    corrected = await logged.ask(uid, "oops, no eggs")
    [(_, kcal, _, items)] = await logged.entries(uid)
    assert (round(kcal), items) == (210, 1)  # 2 x 118 g x 89 per 100 g
