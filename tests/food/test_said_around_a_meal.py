"""What a sentence says around its foods and names none: where the food was kept ("straight
out of the tin"), what the writer was doing ("while I was ironing"), where ("at the bonfire",
"at grandma's"), and the other people in it (who left what, who says what, whom the writer
took out, who was with them); and an amount said again with how it was cooked."""

from __future__ import annotations

import pytest

from healthbot.food.parser import parse_meal
from healthbot.food.sentences import read_sentence
from healthbot.food.units import Unit


def items(text: str) -> list[tuple[float, Unit | None, str]]:
    read = parse_meal(read_sentence(text).text)
    return [(pytest.approx(item.quantity), item.unit, item.food) for item in read]


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("4 biscuits straight out of the tin", [(4.0, None, "biscuits")]),
        ("a spoonful of nutella from the jar", [(1.0, Unit.TBSP, "nutella")]),
        ("3 slices of salami out of the fridge", [(3.0, Unit.SLICE, "salami")]),
        ("a shot of apple cider vinegar straight", [(1.0, Unit.SHOT, "apple cider vinegar")]),
        ("ate a pear while I was ironing", [(1.0, None, "pear")]),
        ("while we were watching the film I had 10 crisps", [(10.0, None, "crisps")]),
        ("2 sausages at the bonfire", [(2.0, None, "sausages")]),
        ("a burger at the tailgate", [(1.0, None, "burger")]),
        ("a bowl of trifle at grandma's", [(1.0, Unit.BOWL, "trifle")]),
        ("2 cobs of corn round my uncle's place", [(2.0, None, "cobs of corn")]),
    ],
)  # fmt: skip
def test_where_and_while_name_no_food(
    said: str, read: list[tuple[float, Unit | None, str]]
) -> None:
    assert items(said) == read


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("my daughter left some so I ate 5 chips", [(5.0, None, "chips")]),
        ("my brother didn't finish his, so I had half a burrito", [(0.5, None, "burrito")]),
        ("a cup of kombucha, my sister swears by it", [(1.0, Unit.CUP, "kombucha")]),
        ("2 dates, my mum says they're good for you", [(2.0, None, "dates")]),
        ("took the kids to the zoo and I had an ice cream", [(1.0, None, "ice cream")]),
        ("me and the lads had 2 pints of stout", [(2 * 568.26125, Unit.ML, "stout")]),
        ("the girls and I had a cheese board", [(1.0, None, "cheese board")]),
        ("my dad fry some plantain", [(1.0, None, "plantain")]),
    ],
)  # fmt: skip
def test_other_people_in_a_sentence_name_no_food(
    said: str, read: list[tuple[float, Unit | None, str]]
) -> None:
    assert items(said) == read


@pytest.mark.parametrize(
    ("said", "read"),
    [
        # an amount said after a food with how it was cooked is that food's, cooked so
        ("squash, about a cup roasted", [(1.0, Unit.CUP, "roasted squash")]),
        ("some lentils and I had a cup once cooked", [(1.0, Unit.CUP, "cooked lentils")]),
        ("carrots, 2 cups steamed", [(2.0, Unit.CUP, "steamed carrots")]),
    ],
)  # fmt: skip
def test_an_amount_said_again_with_how_it_was_cooked(
    said: str, read: list[tuple[float, Unit | None, str]]
) -> None:
    assert items(said) == read


@pytest.mark.parametrize(
    ("said", "read"),
    [
        # parts counted after one whole are of it
        ("we ordered a hawaiian pizza, I ate 3 slices", [(3.0, Unit.SLICE, "hawaiian pizza")]),
        ("a carrot cake, 2 slices", [(2.0, Unit.SLICE, "carrot cake")]),
        ("a watermelon, 3 wedges", [(3.0, Unit.WEDGE, "watermelon")]),
        # what holds a filling keeps its own rule: the slices are the filling's
        ("a cheese toastie, 2 slices",
         [(1.0, None, "cheese toastie"), (2.0, Unit.SLICE, "cheese")]),
        # a part of what was made or ordered, in what it came in
        ("I ordered chow mein and ate half the order", [(0.5, None, "order of chow mein")]),
        ("we got a bag of pretzels and I had half", [(0.5, Unit.BAG, "pretzels")]),
        ("we got a tub of hummus and I ate half the tub", [(0.5, Unit.CONTAINER, "hummus")]),
    ],
)  # fmt: skip
def test_an_amount_after_what_there_was_is_a_part_of_it(
    said: str, read: list[tuple[float, Unit | None, str]]
) -> None:
    assert items(said) == read


@pytest.mark.parametrize(
    ("said", "read"),
    [
        # a cooking verb before rashers cooks the bacon
        ("I grilled 3 rashers of streaky bacon", [(3.0, Unit.STRIP, "grilled streaky bacon")]),
    ],
)  # fmt: skip
def test_a_cooking_verb_before_rashers_cooks_the_bacon(
    said: str, read: list[tuple[float, Unit | None, str]]
) -> None:
    assert items(said) == read
