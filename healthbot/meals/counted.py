"""A food counted ("2 shredded wheat") whose entry is measured only by volume: the count is
of its pieces, weighed by another entry of the same food that has them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final, Protocol

from healthbot.food.search import FoodSearch
from healthbot.food.text import words_of
from healthbot.food.units import ML_PER_UNIT, UNIT_ALIASES, Unit, singular
from healthbot.meals.answers import Portion, Question
from healthbot.meals.sure import covers

VARIANTS: Final = 8
"""Search results looked through for an entry of a food counted that has a whole's measure."""


def poured_only(measures: Sequence[tuple[float, str, float]]) -> bool:
    """Whether every one of a food's measures is a volume ("cup (1 NLEA serving)")."""
    units = [_unit(name.split()) for _, name, _ in measures]
    return bool(units) and all(unit in ML_PER_UNIT for unit in units)


def _unit(words: Sequence[str]) -> Unit | None:
    """The unit a measure's name starts with ("fl oz", "cup"), or None."""
    return UNIT_ALIASES.get(" ".join(words[:2])) or (UNIT_ALIASES.get(words[0]) if words else None)


PIECES: Final = frozenset({"Breakfast Cereals", "Baked Products"})
"""Food groups whose foods measured by the cup may be counted by the piece (a biscuit of
shredded wheat, a cookie); a drink counted is a glass, never a concentrate's scoop."""
UNEATEN: Final = frozenset(
    {"concentrate", "dry", "powder", "powdered", "mix", "mixes", "dehydrated", "uncooked"}
)  # fmt: skip
"""Words of an entry's name that say it is not the food as eaten."""


def _kind_only(food: str, name: str) -> bool:
    """Whether the food counted is named only by its entry's kind ("2 cereals": "Cereals
    ready-to-eat"), which says no food with pieces."""
    kind = {singular(word) for word in words_of(name.split(",", maxsplit=1)[0])}
    return {singular(word) for word in words_of(food)} <= kind


class Counted(Protocol):
    """What `counted_variant` asks of the food catalog (`healthbot.meals.foods`)."""

    async def ready(self) -> FoodSearch:
        """The food search, once loaded."""
        ...

    async def measures(self, uid: str) -> tuple[tuple[float, str, float], ...]:
        """A food's household measures as (amount, name, grams)."""
        ...

    async def portion(self, question: Question, uid: str) -> Portion | Question:
        """The item of `question` as a portion of food `uid`, or an amount question."""
        ...


async def counted_variant(
    foods: Counted, question: Question, uid: str, food: str
) -> Portion | None:
    """The item counted ("2 shredded wheat") as a portion of the first other entry of its kind
    whose name has every word of the food and that has a measure of one whole (SR24's "Cereals
    ready-to-eat, wheat, shredded": "2 biscuits", beside the spoon-size entry's cup); None
    if none has."""
    matches = await (await foods.ready()).search(food, VARIANTS)
    best = next((m for m in matches if m.uid == uid), None)
    if best is None or best.food_group not in PIECES or _kind_only(food, best.name):
        return None  # "2 cranberry juices" are glasses, "2 cereals" bowls of the usual one
    kind = best.name.split(",")[0]
    for match in matches:
        if match.uid == uid or match.name.split(",")[0] != kind or not covers(match.name, food):
            continue  # the same kind of food ("Cereals ready-to-eat"): "2 milks" are no candy
        if not UNEATEN.isdisjoint(words_of(match.name)):
            continue  # "Cereals, oats, instant, dry": not as eaten
        if poured_only(await foods.measures(match.uid)):
            continue
        if isinstance(found := await foods.portion(question, match.uid), Portion):
            return found
    return None
