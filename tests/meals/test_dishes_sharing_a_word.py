"""A correction names one of two dishes that share a word ("a ham sandwich and a cheese
sandwich"): the dish sharing the most of its words is the one, with Edit and without; a word
both share asks which."""

from __future__ import annotations

from tests.support.meals import Coached, Logged, edit


async def test_a_dish_named_whole_is_removed_beside_one_sharing_its_last_word(
    logged: Logged, uid: int
) -> None:
    # "no cheese sandwich": "I can't find “cheese sandwich” in this entry" ("sandwich" is
    # both dishes' word, so neither was taken).
    said = await edit(logged, uid, "a ham sandwich and a cheese sandwich", "no cheese sandwich")
    assert "can't find" not in said, said
    typed = [t for (t,) in await logged.rows(
        "SELECT i.typed FROM food_entry_items i JOIN food_entries e ON e.id = i.entry_id"
        " WHERE e.user_id = %s ORDER BY i.position", uid,
    )]  # fmt: skip
    assert typed and all("ham sandwich" in t for t in typed), typed


async def test_a_dish_corrected_without_edit_is_the_one_its_words_name(
    coached: Coached, uid: int
) -> None:
    # "actually it was 2 cheese sandwiches" went to the coach, which logged a second entry.
    await coached.logged(uid, "a ham sandwich and a cheese sandwich")
    said = await coached.ask(uid, "actually it was 2 cheese sandwiches")
    assert len(await coached.entries(uid)) == 1, said
    typed = [t for t, _ in await coached.items(uid)]
    assert any("2 cheese sandwiches" in t for t in typed), typed
    assert any(t.startswith("a ham sandwich") for t in typed), typed
    assert not any(t.startswith("a cheese sandwich") for t in typed), typed


async def test_a_word_both_dishes_share_asks_which_and_the_edit_stays_open(
    logged: Logged, uid: int
) -> None:
    said = await edit(logged, uid, "a ham sandwich and a cheese sandwich", "no sandwich")
    assert "Which is “sandwich”: “a ham sandwich” or “a cheese sandwich”?" in said, said
    said = await logged.ask(uid, "no cheese sandwich")  # the edit's second try
    assert "a ham sandwich" in said and "cheese" not in said, said


async def test_a_removal_naming_a_dish_not_there_takes_out_nothing(
    logged: Logged, uid: int
) -> None:
    # "no cheese sandwich" on a ham sandwich and a banana took the ham sandwich out: the one
    # dish sharing a word ("sandwich") was taken for the one named.
    said = await edit(logged, uid, "a ham sandwich and a banana", "no cheese sandwich")
    assert "can't find “cheese sandwich”" in said, said
    typed = [t for (t,) in await logged.rows(
        "SELECT i.typed FROM food_entry_items i JOIN food_entries e ON e.id = i.entry_id"
        " WHERE e.user_id = %s ORDER BY i.position", uid,
    )]  # fmt: skip
    assert sum("ham sandwich" in t for t in typed) == 2 and "a banana" in typed, typed
