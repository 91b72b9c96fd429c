"""The ranking of food search: what makes one USDA entry a better answer than another.

USDA names put the food first and its qualifiers after commas ("Egg, whole, raw, fresh"),
so the score of a food for a query adds up:

- coverage: how many of the query's lexemes the name has (an exact lexeme counts 1, a word
  that starts with it 0.8: "kiwi" in "Kiwifruit"), by far the largest term;
- position: a lexeme in the part that names the food counts more than in a qualifier;
- extra words: a word of the food's own name that the query lacks makes it another food
  ("Egg custards" is not an egg, "Rice flour" is not rice);
- penalties for what the query did not ask for: "babyfood", "dry mix", "dehydrated",
  "frozen", brand names in capitals, organ meats, variants named after another food
  ("Spaghetti, spinach");
- a prior for the plain common entry: "raw" for produce and eggs, "cooked" for meat and
  grains, USDA's averages ("all commercial varieties"), more household measures (foods
  people eat often have more), fewer parts and a shorter name.

The weights were set on tests/food/cases.py (90 common and misspelt queries).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from healthbot.food.repository import FoodName
from healthbot.food.text import words_of

MIN_PREFIX = 4  # shorter lexemes match whole words only ("egg" is not "eggplant")
_MAX_EXPANSIONS = 30  # words one prefix may stand for ("appl": applesauce, applebee, ...)
_ASIDE = -1  # the position of a lexeme found only in parentheses

_BRAND = re.compile(r"\b[A-Z][A-Z'&.-]{2,}\b")
_NOT_BRANDS = frozenset({"USDA", "NFS", "NLEA"})

# First parts that only name a category ("Fish, salmon, ...", "Nuts, almonds"): for these the
# food's own name is the second part. Not "Pork" or "Cheese": those are the food.
_CATEGORIES = frozenset(
    {
        "alcoholic beverage", "beverages", "candies", "carbonated beverage", "cereals",
        "cereals ready to eat", "crustaceans", "fish", "game meat", "mollusks", "nuts", "seeds",
        "snacks", "spices", "sweeteners", "oil", "salad dressing", "frozen novelties",
        "fast foods", "restaurant", "babyfood", "infant formula",
    }
)  # fmt: skip
# Two-part prefixes of the same kind: "Pork, cured, bacon", "Pork, cured, ham".
_CATEGORY_PAIRS = frozenset({"pork cured"})
_PARENTHESES = re.compile(r"\([^()]*\)")

# Lexemes a food's name may carry that make it a worse answer unless the query asks for
# them (the query's own words are never penalised). Keys are english-stemmer lexemes.
_PENALTIES: Mapping[str, float] = {
    # not for adults, or not a food as eaten
    "babyfood": 4.0, "infant": 4.0, "formula": 2.0, "toddler": 2.0, "strain": 1.0,
    "junior": 1.0, "industri": 2.0, "commod": 1.0, "special": 0.5, "dietari": 0.8,
    # processed forms
    "mix": 1.5, "dehydr": 2.0, "powder": 1.5, "dri": 1.0, "frozen": 0.8, "can": 0.5,
    "concentr": 1.0, "imit": 1.5, "substitut": 1.5, "meatless": 3.0, "render": 1.0,
    "syrup": 0.6, "sweeten": 0.4, "flavor": 0.5, "smoke": 0.5, "oil": 0.3, "batter": 0.5,
    "bread": 0.3, "fri": 0.3, "toast": 0.4, "stew": 0.3, "flour": 0.6,
    # variants of the plain food
    "nonfat": 0.6, "low": 0.6, "reduc": 0.6, "free": 0.6, "light": 0.6, "fortifi": 0.4,
    "enhanc": 0.6, "salt": 0.1, "babi": 0.6, "sprout": 0.5, "glutin": 0.6, "brown": 0.2,
    "leav": 0.8, "skin": 0.4, "unprepar": 0.6, "uncook": 0.4, "unheat": 0.3,
    # dishes that contain the food
    "restaur": 1.0, "recip": 0.3, "sandwich": 0.6, "salad": 0.4, "stuf": 0.4, "pasta": 0.5,
    # organ meats
    "heart": 1.5, "liver": 1.5, "gizzard": 1.5, "brain": 1.5, "kidney": 1.5, "tongu": 1.5,
    "lung": 1.5, "spleen": 1.5, "pancrea": 1.5, "thymus": 1.5, "tripe": 1.5, "feet": 1.5,
    "ear": 1.0, "tail": 1.0, "chitterl": 1.5, "giblet": 1.0, "neck": 1.0,
    # regional foods few users mean
    "nativ": 1.5, "alaska": 1.5, "navajo": 1.5, "hopi": 1.5, "apach": 1.5, "shoshon": 1.5,
    "choctaw": 1.5, "nation": 1.5, "northern": 0.5, "pla": 1.5, "whale": 2.0, "seal": 2.0,
}  # fmt: skip

# Food groups whose foods are eaten as they come (a raw apple) and those eaten cooked
# (chicken breast, rice): the plain state of each earns a small bonus.
_RAW_GROUPS = frozenset(
    {"Fruits and Fruit Juices", "Vegetables and Vegetable Products", "Dairy and Egg Products",
     "Nut and Seed Products"}
)  # fmt: skip
_COOKED_GROUPS = frozenset(
    {"Poultry Products", "Pork Products", "Beef Products", "Finfish and Shellfish Products",
     "Lamb, Veal, and Game Products", "Cereal Grains and Pasta", "Legumes and Legume Products"}
)  # fmt: skip
_GROUP_PENALTIES: Mapping[str, float] = {
    "Baby Foods": 3.0,
    "Fast Foods": 1.5,
    "Restaurant Foods": 1.5,
    "Meals, Entrees, and Side Dishes": 1.0,
    "American Indian/Alaska Native Foods": 1.5,
    "Sausages and Luncheon Meats": 0.8,
}
# A part that is just one of these words marks the plain entry ("Egg, whole", "Milk, whole").
_PLAIN_PARTS: Mapping[str, float] = {"whole": 0.3, "plain": 0.4, "fresh": 0.2, "regular": 0.2}
# USDA's averages over varieties ("all commercial varieties", "all types", "year round average").
_AVERAGE = re.compile(r"\ball (commercial varieties|types|classes|grades|varieties)\b|average")
_AVERAGE_BONUS = 0.6
_STATE_BONUS = 0.6
_VARIANT_PENALTY = 0.5
# Parts of an animal that are not its meat: "Chicken, skin (drumsticks and thighs), raw".
_BYPRODUCTS = frozenset({"skin", "skin only", "giblets", "neck", "back", "fat", "separable fat"})
_BYPRODUCT_PENALTY = 1.0
_EXTRA_WORD = 2.0  # per word of the food's own name that the query lacks
_COVERAGE = 10.0  # all of the query's words found: worth more than any other difference
_POSITION = 2.0
_PREFIX_WEIGHT = 0.8
_BRAND_PENALTY = 2.0
# SR24 cooks many foods twice, with and without salt (in the cooking water): the one without
# is the food as named (and what a diary's reference tables give), the salted one only when
# salt is said.
_COOKED = re.compile(r"\bcooked\b", re.I)
_SALTED = re.compile(r"\bwith\s+(?:added\s+)?salt\b|\bsalted\b", re.I)
_UNSALTED = re.compile(r"\b(?:without|no)\s+(?:added\s+)?salt\b|\bunsalted\b", re.I)
_SALTED_PENALTY = 0.4
# Qualifiers that some food is also named by ("White sauce") but that say which kind.
_NOT_VARIANTS = frozenset(
    {"white", "salt", "whole", "plain", "regular", "raw", "cook", "red", "green", "yellow",
     "black", "sweet", "fresh", "dri", "frozen", "can", "unsalt", "light", "dark"}
)  # fmt: skip


@dataclass(frozen=True, slots=True, eq=False)
class Entry:
    """What the ranking needs of one food, computed once at start."""

    uid: str
    name: str
    food_group: str | None
    positions: Mapping[str, int]  # lexeme -> index of the first part that has it
    head: frozenset[str]  # lexemes of the part that names the food
    head_index: int  # 1 after a category part such as "Fish", else 0
    prior: float  # the query-independent part of the score
    penalties: tuple[tuple[str, float], ...]  # penalised lexemes of the name
    variants: tuple[str, ...]  # qualifiers that name another food ("spinach")
    compact_head: str  # the food's own name without spaces: "icecreams", "cornflakes"


@dataclass(frozen=True, slots=True)
class Term:
    """One lexeme of a query and the name lexemes it matches (itself first, then longer)."""

    lexeme: str
    matches: tuple[str, ...]


class Index:
    """Every food's ranking entry, and the lexeme vocabulary for prefixes and frequencies."""

    def __init__(self, foods: Iterable[FoodName], stems: Mapping[str, str | None]) -> None:
        drafts = [_draft(food, stems) for food in foods]
        # Foods that one word names ("Spinach, raw"): as a qualifier elsewhere, a variant.
        named = frozenset(
            next(iter(d.parts[d.head_index]))
            for d in drafts
            if d.head_index < len(d.parts) and len(d.parts[d.head_index]) == 1
        )
        self.entries = {d.food.uid: d.entry(named) for d in drafts}
        self.frequency = Counter(lex for e in self.entries.values() for lex in e.positions)
        self._lexemes = sorted(self.frequency)

    def term(self, lexeme: str) -> Term | None:
        """The term for a query lexeme, or None if no food name has it (nor a longer word)."""
        matches = [lexeme] if lexeme in self.frequency else []
        if len(lexeme) >= MIN_PREFIX:
            start = bisect.bisect_right(self._lexemes, lexeme)
            for other in self._lexemes[start : start + _MAX_EXPANSIONS]:
                if not other.startswith(lexeme):
                    break
                matches.append(other)
        return Term(lexeme, tuple(matches)) if matches else None


@dataclass(frozen=True, slots=True)
class _Draft:
    food: FoodName
    texts: list[str]  # the comma-separated parts, parentheses removed
    parts: tuple[frozenset[str], ...]
    aside: frozenset[str]  # lexemes in parentheses: "(garbanzo beans, bengal gram)"
    head_index: int

    def entry(self, named: frozenset[str]) -> Entry:
        positions: dict[str, int] = {lex: _ASIDE for lex in self.aside}
        for index in reversed(range(len(self.parts))):
            positions.update(dict.fromkeys(self.parts[index], index))
        head = self.parts[self.head_index] if self.head_index < len(self.parts) else frozenset()
        variants = tuple(
            min(found)
            for index, part in enumerate(self.parts)
            if index > self.head_index
            and len(part) <= 2
            and (found := (part & named) - _NOT_VARIANTS)
        )
        return Entry(
            uid=self.food.uid,
            name=self.food.name,
            food_group=self.food.food_group,
            positions=positions,
            head=head,
            head_index=self.head_index,
            prior=_prior(self.food, self.texts, self.parts),
            penalties=tuple(
                sorted(
                    (lex, _penalty(lex, self.food.name)) for lex in positions if lex in _PENALTIES
                )
            ),
            variants=variants,
            compact_head="".join(words_of(self.texts[self.head_index]))
            if self.head_index < len(self.texts)
            else "",
        )


def _penalty(lexeme: str, name: str) -> float:
    """What a name's lexeme costs it when the query lacks it: "salt" of a cooked food by which
    of SR24's twins the name is ("Spinach, cooked, boiled, drained, with salt" and "...,
    without salt"); of a food sold salted (peanut butter, nuts) as any other word."""
    if lexeme != "salt" or _COOKED.search(name) is None:  # salt in a spread is the spread's
        return _PENALTIES[lexeme]
    if _UNSALTED.search(name):
        return 0.0
    return _SALTED_PENALTY if _SALTED.search(name) else _PENALTIES[lexeme]


def _draft(food: FoodName, stems: Mapping[str, str | None]) -> _Draft:
    def lexemes_of(text: str) -> frozenset[str]:
        return frozenset(s for w in words_of(text) if (s := stems.get(w)))

    texts = _PARENTHESES.sub(" ", food.name).split(",")
    parts = tuple(lexemes_of(text) for text in texts)
    aside = lexemes_of(" ".join(_PARENTHESES.findall(food.name))) - frozenset().union(*parts)
    return _Draft(food, texts, parts, aside, _head_index(texts))


def _head_index(texts: list[str]) -> int:
    """The index of the part that names the food, after any category prefix."""
    if len(texts) > 2 and _plain(" ".join(texts[:2])) in _CATEGORY_PAIRS:
        return 2
    return 1 if len(texts) > 1 and _plain(texts[0]) in _CATEGORIES else 0


def _plain(text: str) -> str:
    """A name part in lower case, hyphens as spaces: "Cereals ready-to-eat" -> "cereals ready
    to eat" (cheaper than `normalize`, which start-up would call 50,000 times)."""
    return " ".join(text.lower().replace("-", " ").split())


def _prior(food: FoodName, texts: list[str], parts: tuple[frozenset[str], ...]) -> float:
    """How generic a food is, whatever the query: short plain names of common foods win."""
    lexemes = frozenset().union(*parts)
    score = -0.1 * (len(parts) - 1) - 0.01 * len(food.name)
    # Foods people eat often carry more household measures (cup, slice, medium, ...).
    score += 0.15 * min(food.measures, 8)
    if any(_plain(text) in _BYPRODUCTS for text in texts[1:]):
        score -= _BYPRODUCT_PENALTY
    if any(brand not in _NOT_BRANDS for brand in _BRAND.findall(food.name)):
        score -= _BRAND_PENALTY
    score -= _GROUP_PENALTIES.get(food.food_group or "", 0.0)
    if food.food_group in _RAW_GROUPS and "raw" in lexemes:
        score += _STATE_BONUS
    if food.food_group in _COOKED_GROUPS and "cook" in lexemes:
        score += _STATE_BONUS
    if _AVERAGE.search(food.name):  # "all" is a stop word: no lexeme to look for
        score += _AVERAGE_BONUS
    for part in parts:
        if len(part) == 1:
            score += sum(_PLAIN_PARTS.get(word, 0.0) for word in part)
    return score


def _locate(positions: Mapping[str, int], term: Term, covered: set[str]) -> tuple[float, int]:
    """The weight (1 exact, 0.8 a longer word, 0 absent) and part index of a term in a name."""
    index = positions.get(term.lexeme)
    if index is not None:
        covered.add(term.lexeme)
        return 1.0, index
    weight, first = 0.0, _ASIDE
    for lexeme in term.matches:  # longer words: "kiwi" -> "kiwifruit"
        found = positions.get(lexeme)
        if found is not None:
            covered.add(lexeme)
            if weight == 0.0:
                weight, first = _PREFIX_WEIGHT, found
    return weight, first


def score(entry: Entry, terms: Sequence[Term]) -> float:
    """How well a food answers the query's terms (higher is better)."""
    matched = position = 0.0
    covered: set[str] = set()
    for term in terms:
        weight, index = _locate(entry.positions, term, covered)
        matched += weight
        if index == _ASIDE:
            # An aside ("(fat free or skim)") names the food again, but less directly.
            position += 0.5 * weight
        else:
            # Qualifiers further from the food's own name count for less.
            position += weight / (1 + 0.25 * max(0, index - entry.head_index))
    penalty = sum(weight for lexeme, weight in entry.penalties if lexeme not in covered)
    penalty += _VARIANT_PENALTY * sum(1 for word in entry.variants if word not in covered)
    extra = len(entry.head - covered)
    n = len(terms)
    return (
        _COVERAGE * matched / n
        + _POSITION * position / n
        - _EXTRA_WORD * min(extra, 3)
        + entry.prior
        - penalty
    )
