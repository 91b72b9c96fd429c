"""How much a handful of a food is: what fits in one hand, by the kind of food.

SR24 has no "handful" measure. Dietitians' rule of thumb, by what the hand holds: an ounce of
nuts, seeds or a dry snack (or of a food of small pieces that SR24 does not measure by the
cup: peanuts; or of any food as dense as those: raisins, dates, dried apricots); half a cup
of fruit, berries or other pieces; a cup of leaves (a cup of them weighing under `LEAFY_CUP`
grams: spinach, lettuce). A small handful is half of one, a large or big one half as much
again.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from healthbot.food.measures import match_measure
from healthbot.food.units import GRAMS_PER_UNIT, Size, Unit

OUNCE_GROUPS: Final = frozenset({"Nut and Seed Products", "Snacks", "Breakfast Cereals", "Sweets"})
"""Food groups whose handful is an ounce."""
LEAFY_CUP: Final = 60.0
"""Grams under which a cup of a vegetable is leaves, whose handful is a whole cup."""
DENSE_KCAL: Final = 230.0
"""Energy per 100 g from which a food is dry and dense as a snack (dried fruit: raisins 299,
prunes 240), whose handful is an ounce whatever its group: half a cup of raisins is 250 kcal."""
SMALL_PIECE: Final = 5.0
"""Grams under which one of a food is a piece a hand holds many of (a peanut, a kernel)."""
_BY_SIZE: Final = {Size.SMALL: 0.5, Size.LARGE: 1.5}


def handful_grams(
    food_group: str | None,
    measures: Sequence[tuple[float, str, float]],
    size: Size | None,
    kcal: float | None = None,
) -> float | None:
    """Grams in one handful of a food of this group with these measures; None when neither
    rule fits (no ounce food and no cup measure): the caller asks."""
    scale = _BY_SIZE.get(size, 1.0) if size is not None else 1.0
    cup = match_measure(Unit.CUP, None, measures)
    # A food counted in grams a piece besides its ounce, without a cup: peanuts' "peanut" (1 g)
    by_piece = any(grams / amount <= SMALL_PIECE for amount, _, grams in measures if amount > 0)
    dense = kcal is not None and kcal >= DENSE_KCAL
    if food_group in OUNCE_GROUPS or dense or (cup is None and by_piece):
        return scale * GRAMS_PER_UNIT[Unit.OZ]
    if cup is None:
        return None
    leafy = food_group == "Vegetables and Vegetable Products" and cup < LEAFY_CUP
    return scale * (cup if leafy else cup / 2)
