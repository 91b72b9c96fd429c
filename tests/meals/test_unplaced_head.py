"""A compound whose modifier no food's name knows is asked about: a match stands for its
head alone ("a kimbap roll" is no bread roll)."""

from __future__ import annotations

from healthbot.meals.service import MealService
from healthbot.meals.sure import unplaced_head

KNOWN = frozenset({"roll", "cheese", "tea", "green", "lunch"})


def test_an_unknown_word_before_a_known_last_word_leaves_the_head_unplaced() -> None:
    assert unplaced_head("a kimbap roll", KNOWN.__contains__)
    assert not unplaced_head("a cheese roll", KNOWN.__contains__)
    assert not unplaced_head("roll", KNOWN.__contains__)  # one word: nothing modifies it
    # after one known word, an unknown last word is the food ("a green smoothie" is no tea)
    assert unplaced_head("a green smoothie", KNOWN.__contains__)
    # after a longer name, it is more often a word after the food than the food's
    assert not unplaced_head("green tea over brunch", KNOWN.__contains__)
    assert not unplaced_head("a xl tea", KNOWN.__contains__)  # too short to judge


async def test_a_compound_sr24_lacks_is_asked_not_read_as_its_head(
    service: MealService,
) -> None:
    for text in ("a kimbap roll", "a cup of yerba tea", "beef bulgogi"):
        understood = await service.understand(text)
        assert understood.portions == (), text
        assert [q.kind for q in understood.questions] == ["food"], text


async def test_a_compound_of_known_words_is_still_logged(service: MealService) -> None:
    # ("a cheese roll" is asked about: several foods have both words, far apart in energy)
    understood = await service.understand("a dinner roll")
    assert understood.questions == ()
    [portion] = understood.portions
    assert portion.food_name.startswith("Rolls, dinner")
