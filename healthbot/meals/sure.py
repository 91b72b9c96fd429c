"""When a food search's best result is taken without asking, and when a question is moot.

A common name (an alias) is sure. So is the very food asked for, USDA's name being the
query plus words that only say it is the plain entry ("Cheesecake, commercially prepared"
for "cheesecake"). Otherwise the best result must score at least `FLOOR` and lead the next
by `MARGIN`, or be a variant of the same food (the same first two parts of the USDA name).
A question whose foods all give the amount typed nearly the same energy (within `CLOSE` of
the best's) changes the log too little to be worth asking: the best is taken, and the reply's
"Not this?" corrects it. A question never offers two foods of the same energy (`AGREE`).
FoodData Central's foods are offered, never taken unasked, and so is any match for a
compound whose modifier no food's name knows (`unplaced_head`: "a sushi roll").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final, Protocol

from healthbot.food.search import FoodMatch
from healthbot.food.text import words_of
from healthbot.food.units import singular

ALIAS_SCORE: Final = 100.0
FLOOR: Final = 10.5
"""Below this search score the best match is never taken without asking."""
MARGIN: Final = 1.0
"""A lead over the second match that makes the best one sure whatever its name."""
AGREE: Final = 0.10
"""Foods whose energies for the amount typed are this close are not worth offering twice."""
CLOSE: Final = 0.25
"""Foods whose energies for the amount typed are all this close to the best one's: the best is
taken without asking (its reply keeps "Not this?" for the rare correction)."""
FDC_PREFIX: Final = "fdc:"
"""The uid of a food from FoodData Central: "fdc:<its FDC id>"."""


class Offered(Protocol):
    """A food a question would offer, with the energy the item would have with it."""

    @property
    def uid(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def kcal(self) -> float | None: ...


def same_energy(kcal: float, other: float | None) -> bool:
    """Two energies no person would choose between: within `AGREE` of each other."""
    return other is not None and abs(kcal - other) <= AGREE * max(kcal, other)


def _close(kcal: float, other: float | None, within: float) -> bool:
    return other is not None and abs(kcal - other) <= within * max(kcal, other)


def agreed_choice(choices: Sequence[Offered], within: float = CLOSE) -> str | None:
    """The first choice's food when every choice a question would offer gives the amount
    typed an energy within `within` of its own (a question would change the log by less than
    that); None when they differ."""
    first = choices[0] if choices else None
    if first is None or first.kcal is None:
        return None
    # A choice of unknown energy (no measure for the amount typed) that is the same kind of
    # food ("Milk, fluid, 1% fat, ..." beside "Milk, lowfat, fluid, 1% milkfat, ...") is no
    # other answer either.
    others = [
        c for c in choices[1:] if c.kcal is not None or _kind(c.name)[0] != _kind(first.name)[0]
    ]
    if all(_close(first.kcal, choice.kcal, within) for choice in others):
        return first.uid
    return None


def is_sure(query: str, matches: Sequence[FoodMatch]) -> bool:
    """Whether the best of these search results for `query` can be taken without asking."""
    best = matches[0]
    if best.uid.startswith(FDC_PREFIX):
        return False  # FoodData Central's foods are offered, never taken unasked
    if best.score >= ALIAS_SCORE or names_it(best.name, query):
        return True  # a common name, or the very food asked for ("Cheesecake, commercially
        # prepared" for "cheesecake")
    if covers(best.name, query) and (len(matches) == 1 or not covers(matches[1].name, query)):
        # Every word asked for, which no other match has. Where another has them too, a lead
        # in score is no reason: "a candy bar" is not "Candies, peanut bar" (the energies
        # decide below, in the caller: close ones are taken, others asked about).
        return True
    if best.score < FLOOR:
        return False
    if len(matches) == 1 or best.score - matches[1].score >= MARGIN:
        return True
    return _kind(best.name) == _kind(matches[1].name) or _is_plain(best.name, query)


# Words of a USDA name that say nothing about which food it is, only that it is the plain
# one: "Broccoli, raw", "Bread, whole-wheat, commercially prepared", "Tomatoes, red, ripe,
# raw, year round average".
_PLAIN_WORDS: Final = frozenset(
    {
        "raw", "cooked", "boiled", "roasted", "baked", "steamed", "plain", "whole", "fresh",
        "regular", "all", "commercial", "commercially", "prepared", "variety", "varieties", "year",
        "round", "average", "with", "without", "skin", "salt", "added", "drained", "ripe", "red",
        "ns", "as", "to", "type", "grades", "classes", "flesh", "and", "meat", "only", "enriched",
        "unenriched", "fluid", "solids", "canned",
        # a category before the food: "Fast foods, nachos, with cheese"
        "fast", "foods", "food", "restaurant",
    }
)  # fmt: skip
# Words of a query that name no food: joints and articles ("a", "and", "with").
_FILLER: Final = frozenset({"a", "an", "the", "of", "and", "with"})
# Words of a query that say how the food was cut or that it is fresh, not which food it is:
# "pineapple chunks" is "Pineapple, raw", "fresh mozzarella" the common name "mozzarella",
# "walnut halves" are walnuts.
_DESCRIBING: Final = frozenset(
    {"chunk", "chunks", "cube", "cubes", "cubed", "diced", "chopped", "sliced", "slice",
     "slices", "shredded", "grated", "fresh", "freshly", "halves", "kernels",
     "baby"}  # "baby spinach" is spinach where no common name says otherwise ("baby carrots")
)  # fmt: skip


def bare(food: str) -> str:
    """The food's words without those that only say how it was cut or that it is fresh
    ("fresh pineapple chunks" -> "pineapple"); the text itself when nothing else is left."""
    kept = [word for word in food.split() if word not in _DESCRIBING]
    return " ".join(kept) if kept else food


def _is_plain(name: str, query: str) -> bool:
    """Whether the name is the query's food with nothing but plain-entry words added."""
    asked = {singular(word) for word in words_of(query)}
    extra = {singular(word) for word in words_of(name)} - asked
    return extra <= _PLAIN_WORDS


def names_it(name: str, query: str) -> bool:
    """Whether USDA's name is the food the query names: every word of the query in it, and
    nothing else but plain-entry words ("Cheesecake, commercially prepared" for "cheesecake",
    never "Rye" for "swiss and rye")."""
    asked = {singular(word) for word in words_of(bare(query))} - _FILLER
    named = {singular(word) for word in words_of(name)}
    return bool(asked) and asked <= named and named - asked <= _PLAIN_WORDS


_SHORTEST_STEM: Final = 4


def covers(name: str, query: str) -> bool:
    """Whether USDA's name has every word of the query, as typed or as the start of a longer
    word ("toast" in "toasted", "empanada" in "empanadas"): "Fast foods, taco with beef,
    cheese and lettuce, hard shell" for "hard shell beef taco"."""
    asked = {singular(word) for word in words_of(bare(query))} - _FILLER
    named = {singular(word) for word in words_of(name)}
    return bool(asked) and all(
        word in named
        or (len(word) >= _SHORTEST_STEM and any(_ending(other, word) for other in named))
        for word in asked
    )


_ENDINGS: Final = frozenset({"s", "es", "d", "ed", "ing"})


def _ending(longer: str, word: str) -> bool:
    """Whether `longer` is `word` with an ending ("toasted" of "toast"), not another word
    that starts like it ("cookie" of "cook")."""
    return longer.startswith(word) and longer[len(word) :] in _ENDINGS


def same_kind(name: str, other: str) -> bool:
    """Whether two USDA names are variants of one food (their first two parts agree:
    "Nuts, cashew nuts, dry roasted" and "Nuts, cashew nuts, oil roasted")."""
    return _kind(name) == _kind(other)


def kin(name: str, other: str, kcal: float, other_kcal: float) -> bool:
    """Whether two USDA names are one food in all that an amount changes: the same first
    part ("Kiwifruit, green, raw" and "Kiwifruit, (chinese gooseberries), held in storage,
    raw") and energies per 100 g within `AGREE`, so that one's measure weighs the other."""
    first = name.partition(",")[0].strip().lower() == other.partition(",")[0].strip().lower()
    return first and same_energy(kcal, other_kcal)


def _kind(name: str) -> tuple[str, ...]:
    """The first two parts of a USDA name, singular: what kind of food it is."""
    return tuple(singular(part.strip().lower()) for part in name.split(",")[:2])


def unplaced_head(food: str, knows: Callable[[str], bool]) -> bool:
    """Whether a food's last word, one search knows, follows a word it does not know, or a
    food of two words ends in one it does not know: the compound is then the name of a food
    SR24 lacks, and a match stands for one of its words alone ("a sushi roll" is no bread
    roll, "bubble tea" no herb tea, "chicken tikka" no raw ground chicken)."""
    words = [word for word in words_of(bare(food)) if word not in _FILLER]
    if len(words) < 2:
        return False
    if not knows(words[-1]):
        # after a longer name, an unknown last word is as often one after the food ("over
        # lunch"); after one word, it is the food ("hard seltzer" is no hard candy)
        return len(words) == 2 and _unknown(words[-1], knows)
    return _unknown(words[-2], knows)


def _unknown(word: str, knows: Callable[[str], bool]) -> bool:
    return word.isalpha() and len(word) >= _WORD_LETTERS and not knows(word)


_WORD_LETTERS: Final = 3
"""A shorter unknown word is no modifier to judge ("bo", "xl")."""
