"""Recommended daily intakes by sex and age: what the Nutrients view measures a day against.

Source: the US National Academies of Sciences, Engineering, and Medicine (Food and
Nutrition Board), Dietary Reference Intakes: the RDA where one is set, else the AI, from the
summary tables "Recommended Dietary Allowances and Adequate Intakes, Vitamins / Elements"
(calcium and vitamin D from the 2011 report; potassium and sodium from the 2019 report on
sodium and potassium, sodium's figure being its Chronic Disease Risk Reduction intake, a
ceiling; fibre's AI of 14 g per 1,000 kcal from the 2005 macronutrient report). Saturated
fat has no DRI: its ceiling is the Dietary Guidelines for Americans 2020-2025's "less than
10 % of calories", taken of the user's energy target. Pregnancy and lactation are not
covered. Folate is in µg DFE there and total food folate here (the table's), which errs low.

A person of sex "other" or unknown gets the higher of the two figures (enough for either);
an unknown age is read as 31-50; under 9, the 9-13 band (the bot is not for children).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

Kind = Literal["target", "limit"]

# (youngest age of the band, male, female), bands in increasing age; a band lasts until
# the next one's youngest age.
_Bands = tuple[tuple[int, float, float], ...]

_TABLE: Final[dict[str, _Bands]] = {
    "fiber_g": ((9, 31, 26), (14, 38, 26), (19, 38, 25), (51, 30, 21)),
    "potassium_mg": ((9, 2500, 2300), (14, 3000, 2300), (19, 3400, 2600)),
    "calcium_mg": ((9, 1300, 1300), (19, 1000, 1000), (51, 1000, 1200), (71, 1200, 1200)),
    "iron_mg": ((9, 8, 8), (14, 11, 15), (19, 8, 18), (51, 8, 8)),
    "magnesium_mg": ((9, 240, 240), (14, 410, 360), (19, 400, 310), (31, 420, 320)),
    "zinc_mg": ((9, 8, 8), (14, 11, 9), (19, 11, 8)),
    "vitamin_a_ug": ((9, 600, 600), (14, 900, 700)),
    "vitamin_c_mg": ((9, 45, 45), (14, 75, 65), (19, 90, 75)),
    "vitamin_d_ug": ((9, 15, 15), (71, 20, 20)),
    "vitamin_b12_ug": ((9, 1.8, 1.8), (14, 2.4, 2.4)),
    "folate_ug": ((9, 300, 300), (14, 400, 400)),
    "sodium_mg": ((9, 1800, 1800), (14, 2300, 2300)),
}
_LIMITS: Final = frozenset({"sodium_mg", "saturated_g"})

SATURATED_SHARE: Final = 0.10
"""Saturated fat's ceiling, as a share of the energy target (DGA 2020-2025)."""
KCAL_PER_G_FAT: Final = 9
DEFAULT_AGE: Final = 40

NUTRIENTS: Final = (
    "fiber_g",
    "potassium_mg",
    "calcium_mg",
    "iron_mg",
    "magnesium_mg",
    "zinc_mg",
    "vitamin_a_ug",
    "vitamin_c_mg",
    "vitamin_d_ug",
    "vitamin_b12_ug",
    "folate_ug",
    "sodium_mg",
    "saturated_g",
)
"""What the Nutrients view shows, in its order: what to reach, then what to stay under."""


@dataclass(frozen=True, slots=True)
class Intake:
    """A nutrient's daily figure for one person: an amount to reach, or one to stay under."""

    nutrient: str
    amount: float
    kind: Kind


def _band(bands: _Bands, age: int) -> tuple[float, float]:
    male, female = bands[0][1], bands[0][2]
    for youngest, m, f in bands:
        if age >= youngest:
            male, female = m, f
    return male, female


def intake(nutrient: str, sex: str | None, age: int | None, kcal_target: float) -> Intake:
    """The figure for one nutrient of `NUTRIENTS` (KeyError for another)."""
    kind: Kind = "limit" if nutrient in _LIMITS else "target"
    if nutrient == "saturated_g":
        return Intake(nutrient, round(kcal_target * SATURATED_SHARE / KCAL_PER_G_FAT), kind)
    male, female = _band(_TABLE[nutrient], DEFAULT_AGE if age is None else age)
    amount = {"male": male, "female": female}.get(sex or "", max(male, female))
    return Intake(nutrient, amount, kind)


def intakes(sex: str | None, age: int | None, kcal_target: float) -> tuple[Intake, ...]:
    """Every nutrient's figure, in `NUTRIENTS`' order."""
    return tuple(intake(n, sex, age, kcal_target) for n in NUTRIENTS)
