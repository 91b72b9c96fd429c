"""The writer's own words beside the foods ("cheat day", "wasn't hungry", "with my little
brother", "during the movie marathon"), told from a food by what the food table and an
English word list know, not by lists of such words.

A word of a /log text is one of four kinds (`kind_of`):

- an amount: a number, a unit or a size, a part or a whole ("half", "the whole tray");
- a food's word: one that names a food of the table: a common name, a chain's name, or the
  kind of a food (the first part of an SR24 name among the word's best matches: "chicken",
  "soup", "cone"); a word that only qualifies foods' names ("recipe", "classic", "little",
  "marathon" of a candy bar's brand) names none;
- unknown: four letters or more, in no food's name and no English word ("qwix", "zorble",
  "gudeg"): the name of a food the table lacks, or of a brand, to be asked about;
- the writer's own: any other word: English ("hungover", "brother", "judge"), a day's or a
  month's name, a negation ("wasn't", "don't"), chat ("haha"), or a word too short to tell
  from an unknown food ("tbh", "day").

An item of the writer's own words alone, without an amount and not joined by "and", is the
sentence's when other items are foods (`said_apart`, `asides_out`): no question is asked
about it, nor is a food it was mended into logged ("stuck in traffic": no steak). An item
that says an amount stays: the amount must not be lost with it. Inside an item, words of the
writer's own after a food fall away from it (`healthbot.meals.spans.within`).
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from typing import Final, Protocol

from healthbot.food.asides import KINDS
from healthbot.food.no_food_words import MEAL_WORDS, PEOPLE, joined_on, no_food
from healthbot.food.parser import FoodParseError, ParsedItem
from healthbot.food.quantities import read_number
from healthbot.food.search import FoodMatch, FoodSearch
from healthbot.food.spelling import MIN_LETTERS, is_english
from healthbot.food.text import inflections
from healthbot.food.units import SIZE_ALIASES, UNIT_ALIASES, singular
from healthbot.meals.answers import Portion, Question
from healthbot.meals.sure import covers
from healthbot.when import CALENDAR_WORDS

KIND_MATCHES: Final = 3
"""Search results looked through for a food whose kind a word names."""


class Word(enum.Enum):
    """What a word of a /log text is (see the module)."""

    FOOD = "food"
    AMOUNT = "amount"
    UNKNOWN = "unknown"
    OWN = "own"


CHAT: Final = re.compile(
    r"(?:ha|he|hi)+h?|lo+l|lmf?ao+|hm+|u+gh+|ye+a+h+|okey|innit|bruv|bruh|yall"
)
"""Words of chat that no English word list has ("haha", "lmao"): no food either."""
_WORD: Final = re.compile(r"[a-z]+(?:'[a-z]+)?|[0-9][0-9a-z.,/:%]*")
_SHARES: Final = frozenset(
    {"half", "halves", "third", "thirds", "quarter", "quarters", "whole", "entire", "dozen",
     "both", "couple", "pair", "few", "several"}
)  # fmt: skip
"""Words of a part, a whole or a count ("the other half for tmrw", "the whole tray", "both
with ketchup"): an amount to keep, not to drop."""


def words_said(text: str) -> list[str]:
    """The words of a text as typed, lower case, contractions whole ("wasn't", "granny's")."""
    return _WORD.findall(text.lower().replace("’", "'"))


async def kind_of(search: FoodSearch, word: str) -> Word:
    """What a word (as `words_said` gives it) is: see the module."""
    base, apostrophe, tail = word.partition("'")
    if _number(base) or base in _SHARES or base in UNIT_ALIASES or base in SIZE_ALIASES:
        return Word.AMOUNT  # "a little teaspoon of sugar": the teaspoon stays
    if (apostrophe and tail == "t") or no_food(base) or base in MEAL_WORDS:
        # "wasn't", "don't"; a meal's name beside foods is the meal, never a food of it
        return Word.OWN
    if await names_food(search, base):
        return Word.FOOD
    plain = len(base) < MIN_LETTERS or base in CALENDAR_WORDS or CHAT.fullmatch(base)
    return Word.OWN if plain or _english(base) else Word.UNKNOWN


def _number(word: str) -> bool:
    if word[:1].isdigit():
        return True  # "11", "3pm", "70%"
    try:
        return read_number(word) is not None
    except FoodParseError:  # "1/0"
        return True


def _english(word: str) -> bool:
    return is_english(word) or any(is_english(form) for form in inflections(word))


async def names_food(search: FoodSearch, word: str, *, brands: bool = False) -> bool:
    """Whether a word names a food: a common name (`brands`: or a word of a brand's or a
    chain's names, "good" of KASHI Good Friends), or the kind of a food of the table (the
    first part of its name), as typed or mended ("chiken"); never a word that only
    qualifies names ("recipe": "..., home recipe") or that no food's name has."""
    word = search.mend(word)
    if not word or not search.knows(word):
        return False
    one = singular(word)
    if brands:
        named = search.alias(word) is not None or search.alias(one) is not None
    else:  # a common name, or a chain's name ("kfc"), not a brand's word
        named = search.common_name(word) or search.menu.named([word]) is not None
    if one in KINDS or word in KINDS or named:
        return True
    matches: list[FoodMatch] = await search.search(word, KIND_MATCHES)
    # whole words of the kind only: "Cereals ready-to-eat" names no food "eat"
    kinds = ({singular(w) for w in m.name.split(",")[0].lower().split()} for m in matches)
    return any(one in kind for kind in kinds)


async def all_own(search: FoodSearch, text: str) -> bool:
    """Whether every word of a text is the writer's own (and it has one)."""
    words = words_said(text)
    return bool(words) and all([await kind_of(search, word) is Word.OWN for word in words])


async def said_apart(search: FoodSearch, items: Sequence[ParsedItem], text: str) -> list[bool]:
    """For each item of `text`, whether it is the writer's own words, not a food ("cheat
    day", "wasn't hungry", "running late"): see `_own_item`."""
    joints = joined_on(items, text)
    return [
        await _own_item(search, item, joined) for item, joined in zip(items, joints, strict=True)
    ]


async def _own_item(search: FoodSearch, item: ParsedItem, joined: bool) -> bool:
    """Whether an item is the writer's own words: no amount, not joined by "and" ("a coffee
    and a chat" is asked about), every word the writer's own, no person named (who shared
    it: "split a twix with my little brother"), and no food's name as read (a common name,
    or a chain's or a brand's food: "breast" of "kfc original recipe - breast, thigh and
    wing") nor one of English words (several words, every one in the name of one of the
    foods they find: "good friends" is KASHI's cereal)."""
    if item.quantity_typed or item.unit is not None or item.unnamed or joined:
        return False
    said = words_said(item.span)
    if not PEOPLE.isdisjoint(word.partition("'")[0] for word in said):
        return False
    if not await all_own(search, item.span) or search.alias(item.food) is not None:
        return False
    if len(item.food.split()) == 1:
        return True
    matches = await search.search(item.food, KIND_MATCHES)
    return not any(covers(match.name, item.food) for match in matches)


class Searching(Protocol):
    """What `asides_out` asks of the food catalog (`healthbot.meals.foods`)."""

    async def ready(self) -> FoodSearch:
        """The food search, once loaded."""
        ...


async def asides_out(
    foods: Searching,
    items: Sequence[ParsedItem],
    text: str,
    portions: Sequence[Portion],
    questions: Sequence[Question],
) -> tuple[list[Portion], list[Question]]:
    """The portions and questions without those of items of `text` that are the writer's
    own words (`said_apart`) when other items were foods logged: a question about such
    words, or a food they were taken for that is not named by them ("stuck in traffic": no
    beef sirloin steak); a food that is their name stays ("a bucket of kfc - breast, thigh
    and wing": the breast)."""
    apart = await said_apart(await foods.ready(), items, text)
    if not any(not apart[portion.position] for portion in portions):
        return list(portions), list(questions)  # alone, an item is asked about
    kept = [
        portion for portion in portions
        if not apart[portion.position]
        or covers(portion.food_name, items[portion.position].food)
    ]  # fmt: skip
    return kept, [question for question in questions if not apart[question.position]]
