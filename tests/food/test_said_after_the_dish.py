"""What people type after a dish's name, or in a span of its own after it: a serving ("lasagne 1
plate", "nachos, one order"), a size word a name says first ("mocha venti"), "a large one",
"3 of them"; and an egg dish counted in eggs, mistyped ("a 3 egg omlette")."""

from __future__ import annotations

import pytest

from healthbot.food.egg_dishes import eggs_counted
from healthbot.food.parser import parse_meal
from healthbot.food.sentences import read_sentence
from healthbot.food.units import Size, Unit


def _items(text: str) -> list[tuple[float, Unit | None, Size | None, str]]:
    return [(i.quantity, i.unit, i.size, i.food) for i in parse_meal(read_sentence(text).text)]


@pytest.mark.parametrize(
    ("said", "items"),
    [
        ("lasagne 1 plate", [(1, Unit.PLATE, None, "lasagne")]),
        ("pad thai two plates", [(2, Unit.PLATE, None, "pad thai")]),
        # a restaurant's order is a measure of its own
        ("onion rings one order", [(1, None, None, "order of onion rings")]),
        ("mocha venti", [(1, None, None, "venti mocha")]),
        ("a flat white tall and a scone",
         [(1, None, None, "tall flat white"), (1, None, None, "scone")]),
        ("espresso double", [(1, None, None, "double espresso")]),
        ("double double", [(1, None, None, "double double")]),  # a name of its own
    ],
)  # fmt: skip
def test_a_serving_or_a_size_word_typed_after_the_dish_is_its_own(
    said: str, items: list[tuple[float, Unit | None, Size | None, str]]
) -> None:
    assert _items(said) == items


@pytest.mark.parametrize(
    ("said", "items"),
    [
        ("a whopper, a regular one", [(1, None, None, "whopper")]),  # its usual size
        ("a mcflurry, a small one", [(1, None, Size.SMALL, "mcflurry")]),
        ("onion rings, a large one", [(1, None, Size.LARGE, "onion rings")]),
        ("8 samosas, I ate 3 of them", [(3, None, None, "samosas")]),
        ("a tin of 6 macaroons, we had 2 of those", [(2, None, None, "macaroons")]),
    ],
)  # fmt: skip
def test_a_span_pointing_at_the_item_before_changes_it(
    said: str, items: list[tuple[float, Unit | None, Size | None, str]]
) -> None:
    assert _items(said) == items


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("a 3 egg omlette", "3 omelet eggs"),
        ("2 egg omellete with cheese", "2 omelet eggs with cheese"),
        ("a 4 egg fritatta", "4 omelet eggs"),
        ("a ham omlet made with 2 eggs", "ham, 2 omelet eggs"),
        ("an omelette made with 3 egg whites", "an egg white omelette with 3 egg whites"),
        ("2 egg white omelets", "2 egg white omelets"),  # two dishes
        ("3 egg toast", "3 egg toast"),
    ],
)
def test_an_egg_dish_mistyped_is_counted_in_its_eggs(said: str, read: str) -> None:
    assert eggs_counted(said) == read
