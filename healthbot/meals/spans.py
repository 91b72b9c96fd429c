"""A food named inside words around it: the longest run of an item's words that names a food
surely, the rest being no food ("12 cherry tomatoes straight from the punnet", "my mum gave
me two slices of banana bread", "a can of red bull b4 my exam").

Only words that name no food may fall away: a word that is a common name or the kind of some
food in the table ("chicken", "soup", "tea", "game") stays in what is looked up, so "chicken
soup" is never read as chicken, and the longest run is tried first.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import Final, Protocol

from healthbot.food.asides import for_others
from healthbot.food.no_food_words import left_as_food, no_food
from healthbot.food.parser import FoodParseError, ParsedItem, parse_meal
from healthbot.food.quantities import read_number
from healthbot.food.recipes import recipe
from healthbot.food.search import FoodSearch
from healthbot.food.units import SIZE_ALIASES, UNIT_ALIASES
from healthbot.meals.answers import Choice, Portion, Question
from healthbot.meals.own_words import Word, kind_of, names_food
from healthbot.meals.readings import question_of

MAX_WORDS: Final = 12
"""An item of more words is a sentence the parser left whole: not searched run by run."""


class Spanned(Protocol):
    """What `within` asks of the food catalog (`healthbot.meals.foods`)."""

    async def ready(self) -> FoodSearch:
        """The food search, once loaded."""
        ...

    async def sure(self, position: int, item: ParsedItem) -> Portion | Question | None:
        """The item resolved when its words name a food surely; else None."""
        ...

    async def lookup(self, position: int, item: ParsedItem) -> Portion | Question:
        """The item as a portion of the food its words name, or the question to ask."""
        ...


async def within(foods: Spanned, position: int, item: ParsedItem) -> Portion | Question | None:
    """The item as the longest run of its words that names a food surely, with the amount
    those words say (else the item's), when every other word names no food; else None."""
    words = item.food.split()
    if not 1 < len(words) <= MAX_WORDS:
        return None
    search = await foods.ready()
    if shared(words) or holds_dish(search, words):
        # "nachos for the table" is the writer's part of them, and "2 sausage rolls my mum
        # made" a dish of pastry and sausage, which only the dish step reads: asked about
        return None
    kept = [await _holds(search, word) for word in words]
    counted = _counted(item)
    for start, end in runs(kept, loose=no_food(words[-1])):
        read = reread(item, words[start:end])
        before = start and not all(map(no_food, words[:start]))
        if not left_as_food(words, start, end):
            continue  # "a work lunch of sushi": the sushi, never the table's "lunch"
        if read is None or (before and (counted or not _counted(read))):
            # Words before a food are the sentence's only before its amount ("my mum gave me
            # two slices of ..."); after an amount they say which food ("3 slices of a thin
            # and crispy pepperoni" is no pepperoni, "a plate of nachos" no nachos alone),
            # unless they name no food ("a little teaspoon of sugar", "one of their buns").
            continue
        if (found := await foods.sure(position, read)) is not None:
            return found
        if all(map(no_food, words[:start])) and await _all_own(search, words[end:]):
            # only words of no food fell away ("a little teaspoon of sugar"): what is left is
            # the food as said, taken when the table is sure of it as it is of any name
            found = await foods.lookup(position, read)
            if isinstance(found, Portion):
                return found
    return None


async def _all_own(search: FoodSearch, words: Sequence[str]) -> bool:
    """Whether words after a food are the sentence's own ("on the boardwalk", "after the
    kids went to bed"): of no food by `healthbot.meals.own_words`, none unknown."""
    return all([no_food(word) or await kind_of(search, word) is Word.OWN for word in words])


def shared(words: Sequence[str]) -> bool:
    """Whether the words say the food was for others too ("for the two of us")."""
    return any(word == "for" and for_others(words[at:]) for at, word in enumerate(words))


def holds_dish(search: FoodSearch, words: Sequence[str]) -> bool:
    """Whether some of the words, as typed or mended, are a dish's name ("2 sausage rolls my
    mum made"), which only `with_recipes` reads as its items: no food of the table."""
    mended = [search.mend(word) for word in words]
    return any(
        recipe(" ".join(said[start:end])) is not None
        for said in (words, mended)
        for start, end in _windows(len(words))
    )


def _windows(count: int) -> Iterator[tuple[int, int]]:
    return ((start, end) for start in range(count) for end in range(start + 1, count + 1))


def _counted(item: ParsedItem) -> bool:
    return item.quantity_typed or item.unit is not None


def runs(kept: Sequence[bool], *, loose: bool = False) -> Iterator[tuple[int, int]]:
    """The runs of words (start, end) shorter than all, that hold every word `kept` says
    must stay, longest first (the earlier first); none when no word must stay. A word alone
    after a run is no phrase around a food but a word of its name, which the table lacks: it
    never falls away ("chicken katsu" is no chicken), unless it is `loose`, a word of no food
    ("kung pao chicken takeout"). (Before one, `within` lets words fall away only before an
    amount: "ate 3 empanadas".)"""
    held = [index for index, keep in enumerate(kept) if keep]
    if not held:
        return
    first, last = held[0], held[-1]
    count = len(kept)
    for length in range(count - 1, last - first, -1):
        for start in range(max(0, last + 1 - length), min(first, count - length) + 1):
            if loose or count - start - length != 1:
                yield start, start + length


def reread(item: ParsedItem, words: Sequence[str]) -> ParsedItem | None:
    """The item of these words (their own amount when they say one: "two slices of banana
    bread"), else of the item's amount; None when they are no item."""
    try:
        items = parse_meal(" ".join(words))
    except FoodParseError:
        return None
    if len(items) != 1:
        return None
    read = items[0]
    if _counted(read):
        return replace(read, span=item.span, added=item.added)
    return replace(item, food=read.food)


async def _holds(search: FoodSearch, word: str) -> bool:
    """Whether a word must stay in what is looked up: an amount, or a word that names a food
    (a common name, or the kind of a food of the table: the first part of its name), never
    a word of no food ("wedding", "takeout", "little", though brands have it)."""
    if no_food(word) and read_number(word) is None:
        return False
    if read_number(word) is not None or word in UNIT_ALIASES or word in SIZE_ALIASES:
        return True
    return await names_food(search, word, brands=True)  # "chiken" is the chicken it is


async def share_asked(foods: Spanned, position: int, item: ParsedItem) -> Question | None:
    """The amount question of an item said to be for others ("a coffee for my wife", "a
    pizza for two"): its food is the words before "for" when they name one surely, and how
    much of it was the writer's is asked; None when the item says no share."""
    words = item.food.split()
    at = next((at for at, word in enumerate(words) if word == "for" and for_others(words[at:])), 0)
    if not at:
        return None
    found = await foods.sure(position, replace(item, food=" ".join(words[:at])))
    if isinstance(found, Portion):
        choice = Choice(found.food_uid, found.food_name, None)
        return replace(question_of(position, item), kind="amount", choices=(choice,))
    return found
