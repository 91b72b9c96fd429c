"""A search's answer (`FoodMatch`) and the small pieces a search builds one with: the
tsquery term of a lexeme, name words counted, and whether a short word is a slip for another."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz.distance import OSA

from healthbot.food.ranking import MIN_PREFIX, Entry, Term
from healthbot.food.text import words_of

SHORT_WORD_LETTERS = 6
"""A word this short is mended only for a slip of one letter (`slip`)."""
LONG_SLIPS = 2
"""Slips (letters off, or two swapped) a longer word is mended for at most (`slip`)."""


@dataclass(frozen=True, slots=True)
class FoodMatch:
    """One search result: the food and how well it answers the query (higher is better)."""

    uid: str
    name: str
    food_group: str | None
    score: float


def match_of(entry: Entry, value: float) -> FoodMatch:
    """The answer naming `entry`, scored `value`."""
    return FoodMatch(entry.uid, entry.name, entry.food_group, round(value, 3))


def tsquery_term(term: Term) -> str:
    """A term as a tsquery's: a lexeme of `MIN_PREFIX` letters or more also matches longer
    words."""
    # Lexemes come from the stemmer applied to [a-z0-9]+ words, so they need no escaping;
    # the tsquery text still travels as a bound parameter.
    if len(term.lexeme) >= MIN_PREFIX:
        return f"'{term.lexeme}':*"
    return f"'{term.lexeme}'"


def count_words(names: Iterable[str]) -> dict[str, int]:
    """How many times each word occurs in these names."""
    counts: dict[str, int] = {}
    for name in names:
        for word in words_of(name):
            counts[word] = counts.get(word, 0) + 1
    return counts


def slip(typed: str, word: str) -> bool:
    """Whether a short word can be a slip of the hand for a name word: one letter off (or
    two swapped), the first one kept. A short word farther away is more often the name of
    a food SR24 lacks ("naan" is no "napa", "roti" no "rotini", "pigs" no "figs"). A longer
    word is at most `LONG_SLIPS` off: "pikelets" (a small pancake) is three from "pickles"."""
    if len(typed) > SHORT_WORD_LETTERS:
        return OSA.distance(typed, word) <= LONG_SLIPS
    return typed[0] == word[0] and OSA.distance(typed, word) <= 1
