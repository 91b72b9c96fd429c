"""Mixed drinks: a shot of the spirit and a highball's mixer for each drink counted."""

from __future__ import annotations

import pytest

from healthbot.food.cocktails import MIXER, SHOT, mixed_drinks
from healthbot.food.parser import parse_meal
from healthbot.food.units import Unit


def drinks(text: str) -> list[tuple[float, Unit | None, str]]:
    return [(item.quantity, item.unit, item.food) for item in mixed_drinks(parse_meal(text))]


@pytest.mark.parametrize(
    ("text", "spirit", "mixer"),
    [
        ("a whiskey and ginger ale", "whiskey", "ginger ale"),
        ("tequila and sprite", "tequila", "sprite"),
        ("a vodka tonic", "vodka", "tonic water"),
        ("bourbon and soda", "bourbon", "club soda"),  # in a drink, soda is club soda
    ],
)
def test_a_spirit_and_a_mixer_are_one_drink_of_a_shot_and_a_highball_mixer(
    text: str, spirit: str, mixer: str
) -> None:
    assert drinks(text) == [(SHOT, Unit.FL_OZ, spirit), (MIXER, Unit.FL_OZ, mixer)]


def test_each_drink_counted_has_its_shot_and_mixer() -> None:
    assert drinks("3 rum cokes") == [(3 * SHOT, Unit.FL_OZ, "rum"), (3 * MIXER, Unit.FL_OZ, "coke")]


@pytest.mark.parametrize(
    "text", ["a shot of vodka and a can of coke", "gin and 2 tonics", "rum", "soda"]
)
def test_amounts_typed_and_a_lone_spirit_or_mixer_are_kept(text: str) -> None:
    parsed = parse_meal(text)
    assert mixed_drinks(parsed) == parsed


def test_a_mixed_drink_among_other_items_leaves_them_alone() -> None:
    assert drinks("a gin and tonic and 2 cookies")[2] == (2.0, None, "cookies")


def test_a_highball_is_topped_with_four_fluid_ounces() -> None:
    # five were poured: a gin and tonic over ice holds four, as the diaries count it
    assert drinks("a gin and tonic")[1] == (4.0, Unit.FL_OZ, "tonic water")
    assert drinks("2 rum and cokes")[1] == (8.0, Unit.FL_OZ, "coke")


@pytest.mark.parametrize(
    ("text", "spirit", "mixer"),
    [
        ("2 large pegs of royal stag with soda", (120.0, Unit.ML, "royal stag"),
         (2 * MIXER, Unit.FL_OZ, "club soda")),
        ("a shot of vodka and coke", (1.0, Unit.SHOT, "vodka"), (MIXER, Unit.FL_OZ, "coke")),
        ("30ml gin with tonic", (30.0, Unit.ML, "gin"), (MIXER, Unit.FL_OZ, "tonic water")),
    ],
)  # fmt: skip
def test_a_mixer_after_a_spirit_poured_by_the_drink_is_each_drink_s_mixer(
    text: str, spirit: tuple[float, Unit, str], mixer: tuple[float, Unit, str]
) -> None:
    assert drinks(text) == [spirit, mixer]


def test_a_mixer_after_more_spirit_than_a_drink_holds_is_as_typed() -> None:
    # a naggin (200 ml) is a bottle to share, not one drink's pour
    assert drinks("a naggin of vodka and coke") == [(200.0, Unit.ML, "vodka"), (1.0, None, "coke")]
    assert drinks("a glass of wine with soda")[1] == (1.0, None, "soda")  # no spirit
