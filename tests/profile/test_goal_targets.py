"""The energy target from a goal weight and a weekly pace (issue 21): 7,700 kcal a kilogram,
a week's worth over its days; nothing once the goal weight is reached; profiles from
before (a goal, no weight, no pace) keep their fixed adjustment."""

from __future__ import annotations

import pytest

from healthbot.profile.targets import Body, adjustment_kcal, daily_targets, direction, energy_kcal

# Man, 80 kg, 180 cm, 30, moderate: 1780 x 1.55 = 2759 kcal a day to stay where he is.
MAN = {"weight_kg": 80.0, "height_cm": 180.0, "age": 30, "sex": "male", "activity": "moderate"}


@pytest.mark.parametrize(
    ("target", "pace", "kcal"),
    [
        (72.0, 0.5, 2210),  # 2759 - 550 = 2209
        (72.0, 0.25, 2480),  # 2759 - 275 = 2484
        (72.0, 0.75, 1930),  # 2759 - 825 = 1934
        (72.0, 0.45359237, 2260),  # 1 lb a week: 2759 - 499 = 2260
        (85.0, 0.25, 3030),  # a goal above: 2759 + 275
        (80.3, 0.5, 2760),  # within 0.5 kg: reached, maintain
        (72.0, None, 2260),  # no pace: the fixed -500
    ],
)
def test_the_pace_toward_the_goal_weight_sets_the_energy(
    target: float, pace: float | None, kcal: int
) -> None:
    assert energy_kcal(Body(**MAN, target_kg=target, pace_kg=pace)) == kcal  # type: ignore[arg-type]


def test_the_way_follows_the_weights_unless_the_goal_is_to_maintain() -> None:
    assert direction(Body(weight_kg=80, target_kg=72)) == "lose"
    assert direction(Body(weight_kg=80, target_kg=90, goal="lose")) == "gain"  # weights win
    assert direction(Body(weight_kg=72.2, target_kg=72, goal="lose")) == "maintain"  # reached
    assert direction(Body(weight_kg=80, target_kg=72, goal="maintain")) == "maintain"
    assert direction(Body(target_kg=72, goal="lose")) == "lose"  # no weight: the goal said
    assert direction(Body()) == "maintain"


def test_profiles_from_before_keep_their_fixed_adjustment() -> None:
    for goal, adjustment in (("lose", -500), ("maintain", 0), ("gain", 300), (None, 0)):
        assert adjustment_kcal(Body(**MAN, goal=goal)) == adjustment  # type: ignore[arg-type]


def test_the_floor_holds_whatever_the_pace() -> None:
    small = Body(weight_kg=50, height_cm=150, age=70, sex="female", target_kg=45, pace_kg=1.0)
    assert energy_kcal(small) == 1200


def test_protein_follows_the_way_to_the_goal_weight() -> None:
    # Losing: 1.6 g per kg; once there (maintain): 1.2 g per kg.
    losing = daily_targets(Body(**MAN, target_kg=72, pace_kg=0.5))  # type: ignore[arg-type]
    there = daily_targets(Body(**MAN, target_kg=80, pace_kg=0.5))  # type: ignore[arg-type]
    assert (losing.protein_g, there.protein_g) == (128, 96)
