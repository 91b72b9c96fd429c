"""An amount typed after its food is held to the same bound as one typed before it."""

from __future__ import annotations

import pytest

from healthbot.food.parser import FoodParseError, ParseProblem, parse_meal


def test_an_implausible_amount_after_the_food_is_refused() -> None:
    with pytest.raises(FoodParseError) as refused:
        parse_meal("a pork chop, 40000 g")
    assert refused.value.problem is ParseProblem.TOO_MUCH
    [chop] = parse_meal("a pork chop, about 200 g")
    assert (chop.quantity, chop.unit) == (200, "g")
