"""Edit on a meal card: a corrected list replaces the entry's items; a correction of one of
its items changes that item alone, the rest kept."""

from __future__ import annotations

from tests.support.meals import Logged
from tests.support.telegram import shown


async def edit(logged: Logged, uid: int, logged_text: str, correction: str) -> str:
    """Log `logged_text`, press Edit on its card, send `correction`: the new card as shown."""
    [card] = await logged.say(uid, f"/log {logged_text}")
    entry_id = await logged.entry_id(uid)
    logged.press(uid, card, f"meal:edit:{entry_id}")
    [prompt] = await logged.fake.wait_for_messages(uid, 1, timeout=20)
    assert shown(prompt).startswith("✏️ Send the corrected list")
    assert "or just the item that changed" in shown(prompt)
    return await logged.ask(uid, correction)


async def test_correcting_one_item_keeps_the_others(logged: Logged, uid: int) -> None:
    corrected = await edit(logged, uid, "2 eggs and a banana", "actually it was 2 bananas")
    assert "2 eggs" in corrected and "2 bananas" in corrected, corrected
    assert "Total: 353 kcal" in corrected  # 2 x 50 g x 143 + 2 x 118 g x 89 per 100 g
    [(_, kcal, _, items)] = await logged.entries(uid)
    assert (round(kcal), items) == (353, 2)


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
