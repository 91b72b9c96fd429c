"""Whether an item poured by volume is one a person drank: a drink, not a dry food's weight.

"Half a litre of chocolate milk" found "Candies, milk chocolate" once: 500 ml weighed by the
candy's cup of chips, 1,900 kcal. A food poured in a drink's unit (ml, a glass, a pint, a
bottle) is a drink, a sauce or a fat: at most `MAX_POURED_KCAL_PER_G` of energy a gram
unless it is a fat or oil (a liqueur, cream or syrup is under it; candy, chips and dry powders
are over), and at most `MAX_POURED_KCAL` in one item. Past either, `plausible_pour` takes the
first of the foods the words find that passes, and asks which food when none does; the
absurd number is never committed.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final, Protocol

from healthbot.food.repository import Food
from healthbot.food.search import FoodMatch
from healthbot.food.units import Unit
from healthbot.meals.answers import Portion, Question

POURED: Final = frozenset(
    {
        Unit.ML,
        Unit.CL,
        Unit.DL,
        Unit.L,
        Unit.FL_OZ,
        Unit.GLASS,
        Unit.PINT,
        Unit.BOTTLE,
        Unit.CAN,
        Unit.SHOT,
    }
)
"""Units of a drink: what is measured in them is poured."""
MAX_POURED_KCAL_PER_G: Final = 4.0
"""Energy a gram of what is poured has at most (cream liqueur 3.3, heavy cream 3.4, maple
syrup 2.6; milk chocolate 5.4, a malted drink's dry powder 4.0 and more)."""
MAX_POURED_KCAL: Final = 2000.0
"""Energy one poured item has at most (a 2-litre bottle of cola is 840 kcal)."""
LOOKED_AT: Final = 8
"""Foods the words find that are looked through for one that can be poured."""
_FATS = re.compile(r"\b(?:oil|oils|fat|lard|ghee|butter|shortening|tallow)\b", re.I)


class Foods(Protocol):
    """What `plausible_pour` asks of the food catalog (`healthbot.meals.foods`)."""

    async def search(self, text: str, limit: int = ...) -> list[FoodMatch]:
        """Foods for a name, best first."""
        ...

    async def food(self, uid: str) -> Food | None:
        """A food by its uid."""
        ...

    async def portion(self, question: Question, uid: str) -> Portion | Question:
        """The item of `question` as a portion of food `uid`, or an amount question."""
        ...

    async def food_question(self, question: Question, matches: list[FoodMatch]) -> Question:
        """A question offering these foods."""
        ...

    async def measures(self, uid: str) -> tuple[tuple[float, str, float], ...]:
        """A food's household measures as (amount, name, grams)."""
        ...


def poured_too_rich(unit: str | None, food: Food, portion: Portion) -> bool:
    """Whether a portion measured in a drink's unit is more energy than anything poured:
    a dry food read by volume, or more than one drink could hold."""
    if unit is None or Unit(unit) not in POURED:
        return False
    kcal = portion.nutrients.kcal
    dense = portion.grams > 0 and kcal / portion.grams > MAX_POURED_KCAL_PER_G
    return (dense and not _FATS.search(food.name)) or kcal > MAX_POURED_KCAL


async def plausible_pour(foods: Foods, question: Question, found: Portion) -> Portion | Question:
    """`found` when it can have been poured; else the portion of the first food the words
    find that can, else the question which food (those that can, or all found)."""
    food = await foods.food(found.food_uid)
    if food is None or not poured_too_rich(question.unit, food, found):
        return found
    if await sold_in(foods, question.unit, found.food_uid):
        return found  # "a tube of pringles": its own can (7 oz), nothing poured
    matches = await foods.search(question.food, LOOKED_AT)
    for match in matches:
        if match.uid == found.food_uid or (other := await foods.food(match.uid)) is None:
            continue
        portion = await foods.portion(question, match.uid)
        if isinstance(portion, Portion) and not poured_too_rich(question.unit, other, portion):
            return portion
    others = [match for match in matches if match.uid != found.food_uid]
    return await foods.food_question(replace(question, kind="food"), others or matches)


_SOLD_IN: Final = frozenset({Unit.CAN, Unit.BOTTLE})
"""Units a food that is no drink may be sold in, by a measure of its own ("can (7 oz)")."""


async def sold_in(foods: Foods, unit: str | None, uid: str) -> bool:
    """Whether the food is sold in the unit by a measure of its own ("a can of pringles":
    SR24's "can (7 oz)"), so its weight is the package's, not a volume poured."""
    if unit is None or Unit(unit) not in _SOLD_IN:
        return False
    return any(name.lower().split()[:1] == [unit] for _, name, _ in await foods.measures(uid))
