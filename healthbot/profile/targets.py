"""Daily targets from a body and a goal: Mifflin-St Jeor, an activity factor, a macro split.

Pure functions, no I/O. How the numbers are made (the README of the figures a user sees):

- Energy: the basal metabolic rate by Mifflin-St Jeor (1990),
  `10*kg + 6.25*cm - 5*age + s`, with s = +5 for men, -161 for women and -78 (their
  midpoint) for anyone else or unknown; times the activity factor (sedentary 1.2, light
  1.375, moderate 1.55, active 1.725, very active 1.9; sedentary when unknown); plus the
  goal's adjustment; never below `MIN_KCAL` (1,200 kcal, a common floor without medical
  supervision) nor above 10,000; rounded to 10 kcal.
- The goal's adjustment: with a goal weight and a weekly pace, the pace's energy
  (7,700 kcal a kilogram of body weight, a week's worth spread over its days: 0.5 kg a week
  is 550 kcal a day), less toward a goal weight below the current one, more toward one
  above; nothing once within 0.5 kg of it, or for "maintain". Without a pace (profiles set
  before the setup asked for one) the goal's fixed adjustment: lose -500, maintain 0,
  gain +300 kcal a day.
- Macros, with a body weight: protein by grams per kg (lose 1.6, maintain 1.2, gain 1.6;
  at most 35% of the energy), fat 30% of the energy, carbohydrates the rest. Without a
  weight: the 20/30/50 split of protein, fat and carbohydrate energy.
  (4 kcal per g of protein or carbohydrate, 9 per g of fat.)
- Water: 35 ml per kg of body weight, rounded to 50 ml, within 1,500-4,000 ml; 2,000 ml
  without a weight.

Until a profile has weight, height and age, the energy target is `DEFAULT_KCAL` (2,000 kcal)
or the number the user set by hand; a manual energy target always wins over the formula.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

Sex = Literal["male", "female", "other"]
Activity = Literal["sedentary", "light", "moderate", "active", "very_active"]
Goal = Literal["lose", "maintain", "gain"]

ACTIVITY_FACTORS: Final[dict[str, float]] = {
    "sedentary": 1.2,
    "light": 1.375,
    "moderate": 1.55,
    "active": 1.725,
    "very_active": 1.9,
}
GOAL_ADJUSTMENT_KCAL: Final[dict[str, int]] = {"lose": -500, "maintain": 0, "gain": 300}
KCAL_PER_KG_BODY: Final = 7700  # a kilogram of body weight, mostly fat
REACHED_KG: Final = 0.5  # this close to the goal weight, the goal is maintenance
PROTEIN_G_PER_KG: Final[dict[str, float]] = {"lose": 1.6, "maintain": 1.2, "gain": 1.6}
SEX_CONSTANT: Final[dict[str, float]] = {"male": 5.0, "female": -161.0, "other": -78.0}

MIN_KCAL: Final = 1200
MIN_MANUAL_KCAL: Final = 500  # user_profiles.daily_kcal_target's CHECK
MAX_MANUAL_KCAL: Final = 10_000
DEFAULT_KCAL: Final = 2000
DEFAULT_WATER_ML: Final = 2000  # the same as the tracking feature's default goal
WATER_ML_PER_KG: Final = 35
MIN_WATER_ML: Final = 1500
MAX_WATER_ML: Final = 4000
FAT_SHARE: Final = 0.30
MAX_PROTEIN_SHARE: Final = 0.35
DEFAULT_SPLIT: Final = (0.20, 0.30, 0.50)  # protein, fat, carbohydrate shares of the energy
KCAL_PER_G_PROTEIN: Final = 4
KCAL_PER_G_CARBS: Final = 4
KCAL_PER_G_FAT: Final = 9


@dataclass(frozen=True, slots=True)
class Targets:
    """What a user aims at each day: energy, macros and water."""

    kcal: int
    protein_g: int
    carbs_g: int
    fat_g: int
    water_ml: int


@dataclass(frozen=True, slots=True)
class Body:
    """What the formula needs to know about a person; None where they did not say."""

    weight_kg: float | None = None
    height_cm: float | None = None
    age: int | None = None
    sex: str | None = None
    activity: str | None = None
    goal: str | None = None
    target_kg: float | None = None  # the goal weight
    pace_kg: float | None = None  # a week, toward the goal weight


def direction(body: Body) -> str:
    """Where the body is going: "lose", "maintain" or "gain". A goal weight decides against
    the current weight (within `REACHED_KG` of it: maintain), unless the goal is to maintain;
    without one (or a weight), the stated goal, maintain when unknown."""
    if body.goal == "maintain" or body.target_kg is None or body.weight_kg is None:
        return body.goal or "maintain"
    gap = body.target_kg - body.weight_kg
    if abs(gap) < REACHED_KG:
        return "maintain"
    return "lose" if gap < 0 else "gain"


def adjustment_kcal(body: Body) -> float:
    """The goal's daily energy adjustment (see the module's rules)."""
    way = direction(body)
    if body.pace_kg is None or way == "maintain":
        return GOAL_ADJUSTMENT_KCAL.get(way, 0)
    daily = body.pace_kg * KCAL_PER_KG_BODY / 7
    return -daily if way == "lose" else daily


def mifflin_st_jeor(weight_kg: float, height_cm: float, age: int, sex: str | None) -> float:
    """The basal metabolic rate in kcal/day (Mifflin-St Jeor); `sex` other or None: midpoint."""
    constant = SEX_CONSTANT.get(sex or "other", SEX_CONSTANT["other"])
    return 10 * weight_kg + 6.25 * height_cm - 5 * age + constant


def energy_kcal(body: Body) -> int | None:
    """The daily energy target by the formula, or None without weight, height and age."""
    if body.weight_kg is None or body.height_cm is None or body.age is None:
        return None
    bmr = mifflin_st_jeor(body.weight_kg, body.height_cm, body.age, body.sex)
    factor = ACTIVITY_FACTORS.get(body.activity or "sedentary", ACTIVITY_FACTORS["sedentary"])
    adjusted = bmr * factor + adjustment_kcal(body)
    return min(MAX_MANUAL_KCAL, max(MIN_KCAL, _round_to(adjusted, 10)))


def macros(kcal: int, weight_kg: float | None, goal: str | None) -> tuple[int, int, int]:
    """(protein, carbs, fat) in grams for a daily energy target (see the module's rules)."""
    if weight_kg is None:
        protein_share, fat_share, carbs_share = DEFAULT_SPLIT
        return (
            round(kcal * protein_share / KCAL_PER_G_PROTEIN),
            round(kcal * carbs_share / KCAL_PER_G_CARBS),
            round(kcal * fat_share / KCAL_PER_G_FAT),
        )
    per_kg = PROTEIN_G_PER_KG.get(goal or "maintain", PROTEIN_G_PER_KG["maintain"])
    protein_kcal = min(weight_kg * per_kg * KCAL_PER_G_PROTEIN, kcal * MAX_PROTEIN_SHARE)
    fat_kcal = kcal * FAT_SHARE
    carbs_kcal = max(0.0, kcal - protein_kcal - fat_kcal)
    return (
        round(protein_kcal / KCAL_PER_G_PROTEIN),
        round(carbs_kcal / KCAL_PER_G_CARBS),
        round(fat_kcal / KCAL_PER_G_FAT),
    )


def water_ml(weight_kg: float | None) -> int:
    """The daily water goal: 35 ml/kg to the nearest 50 ml (1,500-4,000), or 2,000 ml."""
    if weight_kg is None:
        return DEFAULT_WATER_ML
    return min(MAX_WATER_ML, max(MIN_WATER_ML, _round_to(weight_kg * WATER_ML_PER_KG, 50)))


def daily_targets(body: Body, manual_kcal: int | None = None) -> Targets:
    """Everything at once: the formula's energy (or `manual_kcal`), the macros, the water."""
    kcal = manual_kcal if manual_kcal is not None else energy_kcal(body)
    kcal = DEFAULT_KCAL if kcal is None else kcal
    protein, carbs, fat = macros(kcal, body.weight_kg, direction(body))
    return Targets(kcal, protein, carbs, fat, water_ml(body.weight_kg))


DEFAULT_TARGETS: Final = daily_targets(Body())
"""Targets of a user who told us nothing: 2,000 kcal, 100/250/67 g, 2,000 ml."""


def _round_to(value: float, step: int) -> int:
    # Half up, not Python's banker's rounding: 1,615 kcal shows as 1,620 every time.
    return int((value + step / 2) // step * step)
