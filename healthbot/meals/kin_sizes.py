"""A size that a food has no measure of, weighed by a food of the same name and energy that
has it: "a large gold kiwi" is as heavy as the large of "Kiwifruit, (chinese gooseberries),
held in storage, raw", the one kiwifruit SR24 weighs by size."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final, Protocol

from healthbot.food.repository import Food
from healthbot.food.search import FoodMatch
from healthbot.food.units import Size
from healthbot.meals.answers import Portion, Question, with_grams
from healthbot.meals.sure import kin

KIN_SIZES: Final = frozenset({Size.SMALL, Size.MEDIUM, Size.LARGE})
"""Sizes another food may weigh (a chain's cup or a candy's king size are its own)."""
_UNREADY: Final = frozenset({"unprepared", "raw", "uncooked", "dry", "powder", "concentrate"})


class Weighing(Protocol):
    """What `sized_by_kin` asks of the food catalog (`healthbot.meals.foods`)."""

    async def food(self, uid: str) -> Food | None:
        """A food by its uid."""
        ...

    async def portion(self, question: Question, uid: str) -> Portion | Question:
        """The item of `question` as a portion of food `uid`, or an amount question."""
        ...


async def sized_by_kin(
    foods: Weighing, question: Question, best: FoodMatch, matches: Sequence[FoodMatch]
) -> Portion | None:
    """The item as a portion of `best` in the size typed, weighed by the first of `matches`
    of the same first name and energy per 100 g (`sure.kin`) that has that size; None if the
    item has a unit or another size, or no such food weighs it."""
    food = await foods.food(best.uid)
    if food is None or food.kcal is None or question.unit is not None:
        return None
    if question.size not in KIN_SIZES:
        return None
    for match in matches:
        other = await foods.food(match.uid) if match.uid != best.uid else None
        if other is None or other.kcal is None:
            continue
        if _unready(match.name) and not _unready(best.name):
            continue  # never a dry mix's measure for the food as eaten
        if kin(match.name, best.name, other.kcal, food.kcal):
            weighed = await foods.portion(question, match.uid)
            if isinstance(weighed, Portion):
                return with_grams(question, food, weighed.grams)
    return None


def _unready(name: str) -> bool:
    """Whether USDA's name says the food is not yet as eaten ("..., dry", "..., unprepared")."""
    return bool({*name.lower().partition(",")[2].replace(",", " ").split()} & _UNREADY)
