"""Words that name no food in any food's name as people say it: who it was with, where, when,
at what occasion, and the words of a sentence around it ("a rum and coke at my cousin's
wedding", "boiled eggs, snack", "kung pao chicken takeout", "a little teaspoon of sugar").

A word of these may fall away from an item whose whole words name no food surely, wherever it
stands (`healthbot.meals.spans.within`), and an item of nothing else, said beside foods, is no
item at all (`only_no_food`). A word that is also a food's kind ("game", "party mix" is a
mix) is not one of them: it is left to the search.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from healthbot.food.others import PERSON_WORDS
from healthbot.food.parser import ParsedItem
from healthbot.when import LABEL_MEALS

OCCASIONS: Final = frozenset(
    {"wedding", "weddings", "reception", "party", "birthday", "bday", "anniversary",
     "christening", "baptism", "funeral", "wake", "reunion", "potluck", "festival",
     "concert", "gig", "ballgame", "footy", "match", "meeting", "conference", "graduation",
     "celebration", "holiday", "holidays", "vacation", "trip", "thanksgiving", "diwali",
     "eid", "hanukkah", "commute", "workout", "run", "jog", "hike", "ride", "training",
     "practice", "shift", "break", "lunchbreak", "movie", "movies", "cinema",
     "night", "weekend", "morning", "afternoon", "evening",
     "tonight", "today", "yesterday", "earlier", "later", "snack", "snacks", "pre", "post",
     "mid", "late", "early", "midday", "midnight", "time"}
)  # fmt: skip
"""An occasion or a time of day or week, a meal's label after a comma ("..., snack")."""
PLACES: Final = frozenset(
    {"park", "beach", "market", "office", "work", "school", "uni", "college", "gym",
     "airport", "station", "train", "plane", "flight", "car", "church", "mall",
     "stadium", "ballpark", "hospital", "library", "pool", "zoo", "takeout", "takeaway",
     "drive", "thru", "through", "deli", "canteen", "cafeteria", "pub",
     "desk", "couch", "sofa", "bed", "kitchen", "backyard"}
)  # fmt: skip
"""Where a food was eaten or bought (never a food's own word: "bar" stays, a candy bar)."""
AROUND: Final = frozenset(
    {"my", "our", "their", "his", "her", "your", "its", "it", "all", "me", "we", "i", "us",
     "s", "just", "quickly", "little", "tiny", "some", "really", "actually", "also", "then",
     "too", "again", "after", "before", "at", "from", "during", "while", "for", "in", "on",
     "the", "a", "an", "with", "asked", "ate", "had", "got", "grabbed", "bought", "ordered",
     "picked", "there", "here", "this", "that"}
)  # fmt: skip
"""A sentence's own words around a food: pronouns, fillers, joints and verbs of eating."""
PEOPLE: Final = PERSON_WORDS | {f"{word}s" for word in PERSON_WORDS} | {"friends", "family"}
NO_FOOD: Final = OCCASIONS | PLACES | AROUND | PEOPLE
"""Every word that names no food."""
_OWN: Final = frozenset(OCCASIONS | PLACES)
"""Words that say something of their own: not a joint or a pronoun, nor a person alone ("a
beer and Dad" tells of company, not of a meal: `healthbot.meals.told`)."""


MEAL_WORDS: Final = frozenset({*LABEL_MEALS, "meal", "meals", "elevenses", "tiffin"})
"""A meal's name: left alone once a word of no food falls away ("a pub lunch", "a work lunch
of sushi"), no food but the meal's, whatever the table holds by that word."""
_HEADS: Final = frozenset({"night", "party", "time", "morning", "evening", "afternoon"})
"""Occasions named by a word before them ("date night", "pizza party", "coffee morning"): a
word before one of these names the occasion, not a food had at it."""


def left_as_food(words: Sequence[str], start: int, end: int) -> bool:
    """Whether `words[start:end]`, the words of an item left once words of no food fell away,
    may name a food: not a meal's name alone ("a pub lunch"), nor one word that with the
    occasion after it names that occasion ("date night": no dates)."""
    kept = [word.lower() for word in words[start:end]]
    if all(word in MEAL_WORDS for word in kept):
        return False
    after = words[end].lower() if end < len(words) else ""
    return not (len(kept) == 1 and after in _HEADS)


def no_food(word: str) -> bool:
    """Whether a word names no food ("wedding", "takeout", "their")."""
    return word.lower().removesuffix("'s") in NO_FOOD


def only_no_food(food: str) -> bool:
    """Whether an item's words are all words of no food, one of them an occasion or a place
    ("snack", "post run", "at my cousin's wedding"), not a joint or a person alone."""
    words = [word.removesuffix("'s") for word in food.lower().split()]
    return bool(words) and all(map(no_food, words)) and any(w in _OWN for w in words)


# A joint that adds one more thing eaten: what follows it is an item, not a label.
_JOINED: Final = re.compile(r"(?:\band|&|\+|\bplus)\s*$", re.I)


def among_foods(items: Sequence[ParsedItem], text: str = "") -> list[ParsedItem]:
    """The items without those said beside foods that name none ("hard boiled eggs x2,
    snack": the eggs; "a rum and coke, wedding"): no amount, every word one of no food, not
    joined by "and" in `text` (the text the items were read from: "a coffee and snacks" is
    snacks eaten, asked about). An item alone stays, to be asked about."""
    kept = [
        item for item, joined in zip(items, joined_on(items, text), strict=True)
        if joined or not _aside(item)
    ]  # fmt: skip
    return kept if kept else list(items)


def joined_on(items: Sequence[ParsedItem], text: str) -> list[bool]:
    """For each item, whether `text` (the text the items were read from) adds it to what
    was eaten with a joint ("and", "&", "+", "plus"): an item, never a label."""
    joined: list[bool] = []
    start = 0
    lower = text.lower()
    for item in items:
        at = lower.find(item.span.lower(), start)
        joined.append(at >= 0 and _JOINED.search(lower[:at]) is not None)
        start = at + len(item.span) if at >= 0 else start
    return joined


def _aside(item: ParsedItem) -> bool:
    bare = not item.quantity_typed and item.unit is None
    return bare and (only_no_food(item.food) or only_a_meal(item.food))


def only_a_meal(food: str) -> bool:
    """Whether an item's words name a meal and nothing else of food ("lunch", "the work
    lunch", "a late dinner"): the meal the foods beside it were, never a food (SR24's
    "STOUFFER'S LUNCH EXPRESS" is no one's lunch); alone, asked about."""
    words = [word.removesuffix("'s") for word in food.lower().split()]
    meals = MEAL_WORDS - {"snack", "snacks"}  # "a coffee and snacks": snacks eaten, asked
    return any(w in meals for w in words) and all(w in meals or no_food(w) for w in words)
