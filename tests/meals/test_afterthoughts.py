"""Text typed after a /log without pressing Edit: a correction of the meal changes it; a
comment or a question about its foods is the coach's. The handlers fed in-process (the
harness) with every feature, the coach on the fake Anthropic over HTTP, real PostgreSQL
(the food table loaded) and Redis."""

from __future__ import annotations

import pytest

from tests.support.meals import Coached


@pytest.mark.parametrize(
    "comment",
    [
        "actually the banana was delicious, thanks",
        "sorry, is banana ok for diabetics?",
        "no, the eggs were great thanks",
        "actually eggs are good right?",
    ],
)
async def test_a_comment_on_the_meal_just_logged_is_no_correction_but_the_coachs(
    coached: Coached, uid: int, comment: str
) -> None:
    # Each started as a correction does and named a food of the meal: it was read as the
    # meal's edit ("great thanks eggs" in the eggs' place), and the coach never answered.
    logged = await coached.logged(uid, "2 eggs and a banana")
    [(_, kcal, _, _)] = await coached.entries(uid)
    answer = await coached.ask(uid, comment)
    assert coached.asked(comment), answer  # the model was asked: the answer is the coach's
    assert "Total:" not in answer and "Send the weight" not in answer, answer
    assert await coached.items(uid) == logged
    assert [row[1] for row in await coached.entries(uid)] == [kcal]
    # A correction after it still corrects the meal.
    corrected = await coached.ask(uid, "actually it was 2 bananas")
    assert "2 eggs" in corrected and "Total: 353 kcal" in corrected, corrected


async def test_a_question_without_a_question_mark_is_the_coachs_and_corrections_still_correct(
    coached: Coached, uid: int
) -> None:
    await coached.logged(uid, "2 eggs and a roti")
    [(_, kcal, _, _)] = await coached.entries(uid)
    asked = "sorry, are rotis fattening"
    answer = await coached.ask(uid, asked)
    assert coached.asked(asked) and "Total:" not in answer, answer
    assert [row[1] for row in await coached.entries(uid)] == [kcal]
    # The corrections af5f5af read still change the meal: a count, a removal.
    corrected = await coached.ask(uid, "actually it was 2 rotis")
    assert "2 eggs" in corrected and "2 roti" in corrected.lower(), corrected
    [(_, more, _, items)] = await coached.entries(uid)
    assert items == 2 and more > kcal
    await coached.ask(uid, "oops, no eggs, thanks")
    [typed] = [typed for typed, _ in await coached.items(uid)]
    assert "roti" in typed.lower() and not coached.asked("oops, no eggs")


@pytest.mark.parametrize(
    "correction",
    ["oh, it was 2 bananas", "wait, 2 bananas", "hmm, make that 2 bananas", "they were 2 bananas"],
)
async def test_what_opens_a_correction_in_an_edit_opens_one_after_a_log_too(
    coached: Coached, uid: int, correction: str
) -> None:
    # Two lists said what opens a correction, the edit's and the afterthoughts', and they
    # differed: "oh, it was 2 bananas" corrected a meal after Edit and went to the coach
    # after a /log.
    await coached.logged(uid, "2 eggs and a banana")
    corrected = await coached.ask(uid, correction)
    assert "2 eggs" in corrected and "Total: 353 kcal" in corrected, corrected
    assert not coached.asked(correction)


async def test_a_dish_logged_as_its_recipe_is_corrected_as_one(coached: Coached, uid: int) -> None:
    # "2 sausage rolls" is logged as its parts, puff pastry and sausage, each typed
    # "2 sausage rolls: ..."; the count's correction named both parts, so no one item, and
    # went to the coach: the meal kept 2.
    await coached.logged(uid, "2 sausage rolls and a coffee")
    said = "actually it was 3 sausage rolls"
    corrected = await coached.ask(uid, said)
    assert not coached.asked(said), corrected
    items = await coached.items(uid)
    assert [typed for typed, _ in items] == [
        "a coffee", "3 sausage rolls: 35 g puff pastry", "3 sausage rolls: 45 g sausage"
    ]  # fmt: skip
    assert [grams for _, grams in items][1:] == [105, 135]
    # And taken out as one.
    await coached.ask(uid, "oops, no sausage rolls")
    assert [typed for typed, _ in await coached.items(uid)] == ["a coffee"]


async def test_an_amount_said_alone_is_the_amount_of_the_meals_one_food(
    coached: Coached, uid: int
) -> None:
    # "actually it was 2 cups" after a masala chai named no food, so it read as no
    # correction and went to the coach; the chai stayed one cup.
    await coached.logged(uid, "masala chai")
    before = [grams for _, grams in await coached.items(uid)]
    said = "actually it was 2 cups"
    corrected = await coached.ask(uid, said)
    assert not coached.asked(said) and "Total:" in corrected, corrected
    items = await coached.items(uid)
    assert all(typed.startswith("2 cups of masala chai: ") for typed, _ in items), items
    assert [grams for _, grams in items] == [2 * grams for grams in before]
    # A meal of several foods: the amount names none of them, so it is the coach's.
    await coached.logged(uid, "2 eggs and a banana")
    said = "actually it was 2 cups"
    await coached.ask(uid, said)
    assert coached.asked(said)


async def test_an_amount_alone_corrects_the_one_item_counted_in_its_unit(
    coached: Coached, uid: int
) -> None:
    # "actually it was 3 slices" after toast, butter and tea went to the coach and the
    # toast stayed 2 slices: the entry has three foods, and an amount alone named none.
    await coached.logged(uid, "2 slices of toast with butter and a cup of tea")
    said = await coached.ask(uid, "actually it was 3 slices")
    items = await coached.items(uid)
    [toast] = [typed for typed, _ in items if "toast" in typed]
    assert toast.startswith("3 slices"), (items, said)
    assert len(items) == 3, items
