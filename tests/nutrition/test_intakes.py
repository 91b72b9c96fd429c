"""The recommended intakes by sex and age (the National Academies' DRIs)."""

from __future__ import annotations

import pytest

from healthbot.nutrition.intakes import NUTRIENTS, intake, intakes


@pytest.mark.parametrize(
    ("nutrient", "sex", "age", "amount"),
    [
        ("iron_mg", "female", 30, 18),  # menstruating years
        ("iron_mg", "female", 55, 8),
        ("iron_mg", "male", 30, 8),
        ("calcium_mg", "female", 60, 1200),
        ("calcium_mg", "male", 60, 1000),
        ("calcium_mg", "male", 75, 1200),
        ("magnesium_mg", "male", 25, 400),
        ("magnesium_mg", "male", 35, 420),
        ("vitamin_d_ug", "female", 40, 15),
        ("vitamin_d_ug", "female", 80, 20),
        ("potassium_mg", "male", 40, 3400),
        ("potassium_mg", "female", 40, 2600),
        ("vitamin_c_mg", "male", 16, 75),
        ("fiber_g", "female", 30, 25),
        ("folate_ug", "male", 50, 400),
    ],
)
def test_the_figures_follow_the_dri_tables(
    nutrient: str, sex: str, age: int, amount: float
) -> None:
    assert intake(nutrient, sex, age, 2000).amount == amount


def test_someone_of_another_or_unknown_sex_gets_the_higher_figure_and_unknown_age_an_adults() -> (
    None
):
    assert intake("iron_mg", "other", 30, 2000).amount == 18
    assert intake("vitamin_a_ug", None, None, 2000).amount == 900
    assert intake("magnesium_mg", "female", None, 2000).amount == 320  # 31-50


def test_sodium_and_saturated_fat_are_ceilings_saturated_fat_from_the_energy_target() -> None:
    assert intake("sodium_mg", "male", 40, 2000).kind == "limit"
    saturated = intake("saturated_g", "male", 40, 2700)
    assert saturated.kind == "limit" and saturated.amount == 30  # 10 % of 2,700 kcal / 9
    assert [i.nutrient for i in intakes("female", 30, 2000)] == list(NUTRIENTS)
