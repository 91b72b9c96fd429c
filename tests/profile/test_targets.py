"""Daily targets: Mifflin-St Jeor against worked examples, the goal's adjustment, the floor,
macros and water."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from healthbot.profile.targets import (
    ACTIVITY_FACTORS,
    DEFAULT_TARGETS,
    MIN_KCAL,
    Body,
    Targets,
    daily_targets,
    energy_kcal,
    macros,
    mifflin_st_jeor,
    water_ml,
)


def test_mifflin_st_jeor_matches_the_worked_examples() -> None:
    # Man, 80 kg, 180 cm, 30 years: 800 + 1125 - 150 + 5 = 1780 kcal/day.
    assert mifflin_st_jeor(80, 180, 30, "male") == pytest.approx(1780.0)
    # Woman, 60 kg, 165 cm, 25 years: 600 + 1031.25 - 125 - 161 = 1345.25 kcal/day.
    assert mifflin_st_jeor(60, 165, 25, "female") == pytest.approx(1345.25)
    # Anyone else (or unknown): the midpoint of the two constants, -78.
    assert mifflin_st_jeor(70, 170, 40, "other") == pytest.approx(700 + 1062.5 - 200 - 78)
    assert mifflin_st_jeor(70, 170, 40, None) == mifflin_st_jeor(70, 170, 40, "other")


def test_a_worked_example_from_body_to_every_target() -> None:
    body = Body(weight_kg=80, height_cm=180, age=30, sex="male", activity="moderate", goal="lose")
    # 1780 x 1.55 = 2759; lose: -500 = 2259; to the nearest 10 kcal: 2260.
    # Protein 1.6 g/kg x 80 = 128 g (512 kcal); fat 30% of 2260 = 678 kcal = 75 g;
    # carbohydrates (2260 - 512 - 678) / 4 = 267.5 -> 268 g; water 35 ml x 80 = 2800 ml.
    assert daily_targets(body) == Targets(
        kcal=2260, protein_g=128, carbs_g=268, fat_g=75, water_ml=2800
    )


@pytest.mark.parametrize(
    ("goal", "expected"),
    [("maintain", 2760), ("gain", 3060), ("lose", 2260), (None, 2760)],
)
def test_the_goal_moves_the_energy_target(goal: str | None, expected: int) -> None:
    body = Body(weight_kg=80, height_cm=180, age=30, sex="male", activity="moderate", goal=goal)
    assert energy_kcal(body) == expected


@pytest.mark.parametrize(("activity", "factor"), sorted(ACTIVITY_FACTORS.items()))
def test_each_activity_level_has_its_factor(activity: str, factor: float) -> None:
    body = Body(weight_kg=80, height_cm=180, age=30, sex="male", activity=activity)
    expected = int((1780 * factor + 5) // 10 * 10)
    assert energy_kcal(body) == expected


def test_an_unknown_activity_counts_as_sedentary() -> None:
    body = Body(weight_kg=80, height_cm=180, age=30, sex="male")
    assert energy_kcal(body) == 2140  # 1780 x 1.2 = 2136 -> 2140


def test_the_energy_target_never_passes_what_can_be_stored() -> None:
    body = Body(454, 101, 13, "male", activity="very_active", goal="gain")
    assert energy_kcal(body) == 10_000  # 9711 + 300 = 10,011 by the formula


def test_losing_never_goes_below_the_safe_floor() -> None:
    # Woman, 45 kg, 150 cm, 70 years, sedentary: 450 + 937.5 - 350 - 161 = 876.5;
    # x 1.2 = 1051.8; -500 = 551.8, far below the floor.
    body = Body(weight_kg=45, height_cm=150, age=70, sex="female", goal="lose")
    assert energy_kcal(body) == MIN_KCAL == 1200


def test_without_weight_height_or_age_the_default_applies() -> None:
    assert energy_kcal(Body(weight_kg=80, height_cm=180)) is None
    assert daily_targets(Body(height_cm=180, age=30)) == DEFAULT_TARGETS
    expected = Targets(kcal=2000, protein_g=100, carbs_g=250, fat_g=67, water_ml=2000)
    assert expected == DEFAULT_TARGETS


def test_a_manual_target_wins_and_the_macros_follow_it() -> None:
    body = Body(weight_kg=80, height_cm=180, age=30, sex="male", activity="moderate", goal="lose")
    targets = daily_targets(body, manual_kcal=1800)
    assert targets.kcal == 1800
    assert targets.protein_g == 128  # by weight, unchanged
    assert targets.fat_g == 60  # 30% of 1800 = 540 kcal
    assert targets.carbs_g == 187  # (1800 - 512 - 540) / 4


def test_protein_is_capped_at_35_percent_of_the_energy() -> None:
    protein, carbs, fat = macros(1200, 150, "lose")  # 240 g would be 80% of 1200 kcal
    assert protein == 105  # 35% of 1200 = 420 kcal
    assert fat == 40 and carbs == 105  # 360 kcal; the rest: 1200 - 420 - 360 = 420 kcal


def test_water_is_35_ml_per_kg_within_bounds() -> None:
    assert water_ml(None) == 2000
    assert water_ml(71) == 2500  # 2485 -> 2500 (nearest 50)
    assert water_ml(30) == 1500  # 1050, raised to the floor
    assert water_ml(200) == 4000  # 7000, capped


@given(
    weight=st.floats(20, 500),
    height=st.floats(100, 250),
    age=st.integers(13, 120),
    sex=st.sampled_from(["male", "female", "other", None]),
    activity=st.sampled_from([*ACTIVITY_FACTORS, None]),
    goal=st.sampled_from(["lose", "maintain", "gain", None]),
    manual=st.one_of(st.none(), st.integers(500, 10_000)),
)
def test_targets_are_always_storable_and_add_up(  # noqa: PLR0917 (hypothesis passes each drawn value)
    weight: float,
    height: float,
    age: int,
    sex: str | None,
    activity: str | None,
    goal: str | None,
    manual: int | None,
) -> None:
    targets = daily_targets(Body(weight, height, age, sex, activity, goal), manual)
    # Within user_profiles' CHECKs.
    assert (500 if manual else 1200) <= targets.kcal <= 10_000
    assert 250 <= targets.water_ml <= 10_000
    assert 0 <= targets.protein_g <= 1000 and 0 <= targets.fat_g <= 1000
    assert 0 <= targets.carbs_g <= 2000
    energy = targets.protein_g * 4 + targets.carbs_g * 4 + targets.fat_g * 9
    assert abs(energy - targets.kcal) <= 10  # rounding of three numbers, no more
