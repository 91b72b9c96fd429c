"""The entry of a food cooked as said ("baked cod", "pan fried pork chop"): its common name
cooked so, else a sibling entry cooked so, else the entry its words find in SR24."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Final, Protocol

from healthbot.food.cookery import cooked_queries, says, sibling_queries
from healthbot.food.parser import ParsedItem
from healthbot.food.search import FoodSearch
from healthbot.food.units import GRAMS_PER_UNIT, SIZE_ALIASES, singular
from healthbot.meals.answers import Portion, Question
from healthbot.meals.readings import cooked_so, named_food, question_of


class Cooking(Protocol):
    """What `cooked_entry` asks of the food catalog (`healthbot.meals.foods`)."""

    async def ready(self) -> FoodSearch:
        """The food search, once loaded."""
        ...

    async def lookup(self, position: int, item: ParsedItem) -> Portion | Question:
        """The item as a portion of the food its words name, or the question to ask."""
        ...

    async def portion(self, question: Question, uid: str) -> Portion | Question:
        """The item of `question` as a portion of food `uid`, or an amount question."""
        ...


_DRY: Final = frozenset({"dry", "dried", "uncooked"})
"""Words of the state a food was weighed in before it was cooked ("80g dry spaghetti,
boiled"): its weight is the dry food's, whatever cooking is said after."""


async def cooked_entry(
    foods: Cooking, position: int, item: ParsedItem, found: Portion | Question
) -> Portion | Question | None:
    """The item (`found` as search read it) as the entry of the food cooked as said: its
    common name when cooked so ("baked cod"), else that name's entry cooked so ("pan fried
    pork chop"; "roasted chicken wings": the wing's "meat and skin", roasted), else `found`
    if cooked so, else the entry its words in SR24's find ("red potatoes baked"); measured
    by the words typed. None when the words with their cooking are a common name ("fried
    rice") or nothing cooked so is sure: `found` stands."""
    search = await foods.ready()
    said = cooked_queries(item.food, SIZE_ALIASES)
    # "80g dry spaghetti, boiled": what was weighed is the dry pasta
    dry = item.unit in GRAMS_PER_UNIT and bool(_DRY.intersection(item.food.split()))
    if said is None or dry or search.alias(item.food) or search.alias(singular(item.food)):
        return None
    cooking, rest, queries = said
    size = item.size or next(
        (SIZE_ALIASES[word] for word in item.food.split() if word in SIZE_ALIASES), None
    )
    question = question_of(position, replace(item, size=size))
    alias = search.alias(rest) or search.alias(singular(rest))
    if alias is not None and (uid := search.cooked_variant(alias.uid, cooking)):
        return await foods.portion(question, uid)
    siblings = [] if alias is None else sibling_queries(alias.name, cooking)
    if (uid := await _first_said(foods, position, item, siblings)) is not None:
        return await foods.portion(question, uid)
    if cooked_so(found, cooking):
        return None
    if (uid := await _first_said(foods, position, item, queries)) is not None:
        return await foods.portion(question, uid)
    return None


async def _first_said(
    foods: Cooking, position: int, item: ParsedItem, queries: Sequence[tuple[str, str]]
) -> str | None:
    """The uid of the food the first of these (query, SR24's cooking words) finds surely
    whose name has those words; None if none does."""
    for query, sr24 in queries:
        named = named_food(await foods.lookup(position, replace(item, food=query)))
        if named is not None and says(named[1], sr24):
            return named[0]
    return None
