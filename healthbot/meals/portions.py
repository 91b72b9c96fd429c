"""The arithmetic of a meal, free of I/O: nutrients of a portion, totals, targets, meal times.

A food's nutrients are per 100 g (SR24); a portion's are those times its grams / 100. An
unknown nutrient (NULL in SR24: the source does not give it) counts as 0 in a total, which
understates rather than invents. Totals are the sums of the items as stored (rounded to
hundredths like the columns), so a reply, /today and /history always add up the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import time
from typing import Final, Protocol

from healthbot.when import LABEL_MEALS, MEAL_NAMES, Meal

# The user's local time of day that makes an entry each meal; everything else is a snack.
_MEAL_TIMES: Final = (
    (time(4, 0), time(11, 0), Meal.BREAKFAST),
    (time(11, 0), time(16, 0), Meal.LUNCH),
    (time(17, 0), time(22, 0), Meal.DINNER),
)
# Words that name the meal at the start of a /log text: "/log breakfast: 2 eggs".
MEAL_WORDS: Final = {name: MEAL_NAMES[name] for name in LABEL_MEALS}


def meal_at(local: time) -> Meal:
    """The meal a person eating at this local time of day is most likely having."""
    for start, end, meal in _MEAL_TIMES:
        if start <= local < end:
            return meal
    return Meal.SNACK


class Per100g(Protocol):
    """A food's nutrients per 100 g (None: unknown)."""

    @property
    def kcal(self) -> float | None: ...
    @property
    def protein_g(self) -> float | None: ...
    @property
    def carbs_g(self) -> float | None: ...
    @property
    def fat_g(self) -> float | None: ...
    @property
    def fiber_g(self) -> float | None: ...


@dataclass(frozen=True, slots=True)
class Nutrients:
    """Energy and macronutrients of a portion, a meal or a day."""

    kcal: float = 0.0
    protein_g: float = 0.0
    carbs_g: float = 0.0
    fat_g: float = 0.0
    fiber_g: float = 0.0

    def __add__(self, other: Nutrients) -> Nutrients:
        return Nutrients(
            *(getattr(self, f.name) + getattr(other, f.name) for f in fields(Nutrients))
        )

    def rounded(self) -> Nutrients:
        """To hundredths, as stored (numeric(8, 2))."""
        return Nutrients(*(round(getattr(self, f.name), 2) for f in fields(Nutrients)))

    @classmethod
    def of(cls, food: Per100g, grams: float) -> Nutrients:
        """The nutrients in `grams` of a food, rounded as stored."""
        factor = grams / 100.0
        return cls(*((getattr(food, f.name) or 0.0) * factor for f in fields(Nutrients))).rounded()


def total(parts: list[Nutrients]) -> Nutrients:
    """The sum of some nutrients (zero for none)."""
    result = Nutrients()
    for part in parts:
        result += part
    return result.rounded()
