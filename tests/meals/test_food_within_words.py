"""A food named among words that name none ("a pear my neighbour gave me", "my mum brought me
two slices of banana bread") is logged as the longest run of words that names it surely;
a word that names a food never falls away, nor one word alone after it ("chicken katsu")."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from healthbot.meals.service import MealService
from healthbot.meals.spans import runs


def test_runs_keep_every_word_that_must_stay_longest_first() -> None:
    # "x FOOD y z w": the runs holding word 1, shorter than all, leaving no word alone after
    found = [(1, 5), (0, 3), (0, 2), (1, 3), (1, 2)]
    assert list(runs([False, True, False, False, False])) == found
    assert list(runs([True, False])) == []  # "chicken katsu": katsu is no phrase around it
    assert list(runs([False, True])) == [(1, 2)]  # "ate eggs"
    assert list(runs([False, False])) == []  # nothing must stay: no food is named
    assert list(runs([True, True])) == []  # every word must stay: only the whole


@given(st.lists(st.booleans(), min_size=1, max_size=9))
def test_every_run_holds_the_words_that_must_stay(kept: list[bool]) -> None:
    held = {index for index, keep in enumerate(kept) if keep}
    found = list(runs(kept))
    assert len(found) == len(set(found))
    lengths = [end - start for start, end in found]
    assert lengths == sorted(lengths, reverse=True)
    for start, end in found:
        assert held <= set(range(start, end))
        assert 0 <= start < end <= len(kept) and end - start < len(kept)
        assert len(kept) - end != 1


async def test_words_after_a_food_that_name_none_fall_away(service: MealService) -> None:
    for text, name in (
        ("a pear my neighbour gave me", "Pears, raw"),
        ("8 baby carrots straight out of the fridge", "Carrots, baby, raw"),
        ("2 pork tamales my abuela made", "Restaurant, Latino, tamale, pork"),
    ):
        understood = await service.understand(text)
        assert understood.questions == (), text
        [portion] = understood.portions
        assert portion.food_name.startswith(name), (text, portion.food_name)


async def test_words_before_a_food_fall_away_and_its_amount_counts(
    service: MealService,
) -> None:
    understood = await service.understand("my mum brought me two slices of banana bread")
    assert understood.questions == ()
    [portion] = understood.portions
    assert portion.food_name.startswith("Bread, banana")
    assert portion.quantity == 2 and portion.unit == "slice"


async def test_a_word_that_names_a_food_never_falls_away(service: MealService) -> None:
    # "soup" names food: the bowl is not read as the chicken the words also name
    understood = await service.understand("a bowl of chicken glorp soup")
    assert understood.portions == ()
    [question] = understood.questions
    assert question.kind == "food"


async def test_one_unknown_word_after_a_food_is_its_name_not_a_phrase(
    service: MealService,
) -> None:
    understood = await service.understand("pork tonkatsu")
    assert understood.portions == ()
    [question] = understood.questions
    assert question.kind == "food"


async def test_a_verb_before_an_amount_falls_away(service: MealService) -> None:
    understood = await service.understand("at the party I devoured 3 beef empanadas")
    assert understood.questions == ()
    [portion] = understood.portions
    assert portion.food_name.startswith("Restaurant, Latino, empanadas, beef")


async def test_a_dish_among_other_words_is_never_read_as_another_food(service: MealService) -> None:
    # "sausage roll" is a recipe (pastry and sausage); the words around it must not take the
    # recipe's step away and log the table's "Honey roll sausage" silently: its parts, or ask
    for text in (
        "a sausage roll still warm out of the oven",
        "2 sausage rolls my mum made",
        "3 sausage rolls my gran bought us",
    ):
        understood = await service.understand(text)
        names = [portion.food_name for portion in understood.portions]
        assert not any(name.startswith("Honey roll") for name in names), (text, names)
        assert understood.questions or len(names) > 1, (text, names)
