"""The user's allergies on the foods a question offers: a candidate whose name says it has
an allergen the user named ("peanuts": "Peanut butter, smooth") is marked, so that its
button shows it (⚠) before anyone picks it; and on the foods an entry logged without asking
(`in_entry`), which its card then names, so that a food committed at once is not passed over
in silence where the same food offered would have been marked.

The allergies are what the user told the coach ("I'm allergic to peanuts"), handed in by
whoever keeps them (`AllergySource`: the coach's preferences); without one, nothing is
marked. A name is read by the words of the allergen and of its usual group (milk: cheese,
yogurt, butter...), whole words only, so that "eggplant" has no egg and "nutmeg" no nut; and
by the names of dishes and branded sweets that have it without saying so ("SNICKERS Bar":
peanuts, milk and egg; "Pizza": milk and wheat; "Eggnog", "Waffles": egg). Only dishes that
have it as made everywhere: a rice cake is no cake, so "cake" is not a wheat word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Final, Protocol

from healthbot.meals.answers import Question
from healthbot.meals.records import Entry
from healthbot.meals.service import Understood

_TREE_NUTS: Final = (
    "almond", "cashew", "walnut", "pecan", "pistachio", "hazelnut", "filbert", "macadamia",
    "brazil nut", "brazilnut", "pine nut", "chestnut", "praline", "marzipan", "nut",
)  # fmt: skip
_MILK: Final = (
    "milk", "cheese", "yogurt", "yoghurt", "butter", "cream", "whey", "casein", "ghee",
    "kefir", "dairy", "lactose", "custard", "ice cream", "mozzarella", "parmesan", "ricotta",
    "buttermilk", "cheesecake", "cheeseburger", "milkshake",
)  # fmt: skip
_WHEAT: Final = (
    "wheat", "bread", "pasta", "flour", "spaghetti", "macaroni", "noodle", "bagel", "cracker",
    "couscous", "semolina", "bulgur", "seitan", "croissant", "pretzel", "tortilla", "bun",
)  # fmt: skip
_FISH: Final = (
    "fish", "salmon", "tuna", "cod", "trout", "sardine", "anchovy", "mackerel", "halibut",
    "tilapia", "haddock", "herring", "pollock", "bass", "catfish", "swordfish",
)  # fmt: skip
_SHELLFISH: Final = (
    "shellfish", "shrimp", "prawn", "crab", "lobster", "crayfish", "crawfish", "clam",
    "mussel", "oyster", "scallop", "crustacean", "mollusk",
)  # fmt: skip
# Dishes and branded sweets whose names do not say what they have (SR24's spelling).
_PEANUT_DISHES: Final = (
    "snickers", "reese's", "reeses", "butterfinger", "baby ruth", "goodbar", "payday",
    "nutter butter", "kung pao", "satay", "trail mix",
)  # fmt: skip
_NUT_DISHES: Final = ("nutella", "pesto", "baklava", "gianduja", "frangipane", "trail mix")
_MILK_CANDY: Final = (
    "snickers", "milky way", "kit kat", "twix", "3 musketeers", "100 grand", "baby ruth",
    "butterfinger", "oh henry", "heath", "skor", "m&m's", "goodbar", "reese's",
)  # fmt: skip
_MILK_DISHES: Final = (
    *_MILK_CANDY, "pizza", "alfredo", "latte", "cappuccino", "paneer", "lassi", "raita",
    "queso", "eggnog", "french toast", "pancake", "waffle",
)  # fmt: skip
_EGG_DISHES: Final = (
    "omelet", "omelette", "quiche", "frittata", "hollandaise", "aioli", "eggnog", "custard",
    "french toast", "brioche", "challah", "pancake", "waffle", "snickers",
)  # fmt: skip
_WHEAT_DISHES: Final = (
    "pizza", "cookie", "muffin", "pancake", "waffle", "pastry", "doughnut", "donut",
    "dumpling", "ravioli", "lasagna", "sandwich", "hamburger", "cheeseburger", "whopper",
    "big mac", "burrito", "biscuit", "kit kat", "twix", "french toast", "brioche", "challah",
)  # fmt: skip
GROUPS: Final[dict[str, tuple[str, ...]]] = {
    "peanut": ("peanut", "groundnut", *_PEANUT_DISHES),
    "nut": (*_TREE_NUTS, "peanut", *_PEANUT_DISHES, *_NUT_DISHES),
    "tree nut": (*_TREE_NUTS, *_NUT_DISHES),
    "milk": (*_MILK, *_MILK_DISHES), "dairy": (*_MILK, *_MILK_DISHES),
    "lactose": (*_MILK, *_MILK_DISHES),
    "egg": ("egg", "mayonnaise", "meringue", *_EGG_DISHES),
    "wheat": (*_WHEAT, *_WHEAT_DISHES),
    "gluten": (*_WHEAT, *_WHEAT_DISHES, "barley", "rye", "malt", "beer"),
    "soy": ("soy", "soya", "soybean", "tofu", "edamame", "miso", "tempeh", "teriyaki"),
    "fish": (*_FISH, "worcestershire"),
    "seafood": (*_FISH, *_SHELLFISH, "worcestershire", "scampi"),
    "shellfish": (*_SHELLFISH, "scampi"),
    "sesame": ("sesame", "tahini", "hummus", "halva", "halvah"),
}  # fmt: skip
"""An allergen's group: the words in a food's name that say it has it."""
_MILK_KEYS: Final = frozenset({"milk", "dairy", "lactose"})
_NOT: Final = re.compile(
    r"\b(?:peanut|almond|cashew|soy|soya|rice|oat|coconut|cocoa|apple|nut|shea|hemp)"
    r"\s+(?:milk|butter|cream|beverage|drink)s?\b"
)
"""Plant milks and butters: no milk in them ("peanut butter" is a peanut, not a butter)."""


class AllergySource(Protocol):
    """Where a user's allergies come from: what they told the coach."""

    async def allergies(self, user_id: int) -> tuple[str, ...]:
        """The allergens the user named ("peanuts", "shellfish"), oldest first."""
        ...


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("shes", "ches", "sses")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


@lru_cache(maxsize=256)
def _pattern(key: str) -> re.Pattern[str]:
    """The whole words of an allergen (`_key`) and of its group, singular or plural."""
    words = sorted(GROUPS.get(key, (key,)), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(_plurals(w) for w in words) + r")\b")


def _plurals(word: str) -> str:
    """A word's pattern with its plural: "berr(?:y|ies)", "egg(?:s|es)?"."""
    found = re.escape(word).replace(r"\ ", r"\s+")
    if word.endswith("y") and len(word) > 2:
        return found[:-1] + "(?:y|ies)"
    return found + "(?:s|es)?"


def _key(allergen: str) -> str:
    """An allergen as the groups name it: lower case, each word singular ("tree nuts")."""
    return " ".join(_singular(w) for w in allergen.lower().replace("-", " ").split())


def allergen_in(name: str, allergies: Sequence[str]) -> str | None:
    """The first of the user's allergens the food's name says it has, or None."""
    lowered = name.lower()
    plant = _NOT.sub(" ", lowered)  # a plant milk or butter keeps its plant, not milk
    for allergen in allergies:
        key = _key(allergen)
        if key and _pattern(key).search(plant if key in _MILK_KEYS else lowered):
            return allergen
    return None


def marked(question: Question, allergies: Sequence[str]) -> Question:
    """The question with each of its foods that has one of the allergens marked."""
    if not allergies or not question.choices:
        return question
    choices = tuple(
        replace(choice, allergen=allergen_in(choice.name, allergies)) for choice in question.choices
    )
    return replace(question, choices=choices)


def marked_all(understood: Understood, allergies: Sequence[str]) -> Understood:
    """A /log text's questions, each with its foods that have an allergen marked."""
    if not allergies or not understood.questions:
        return understood
    return replace(understood, questions=tuple(marked(q, allergies) for q in understood.questions))


def in_entry(entry: Entry, allergies: Sequence[str]) -> list[tuple[str, str]]:
    """Each food of the entry that has one of the allergens, with the first it has, in the
    entry's order (a food logged twice named once)."""
    found: dict[str, str] = {}
    for item in entry.items if allergies else ():
        allergen = allergen_in(item.food_name, allergies) if item.usda_id else None
        if allergen is not None:
            found.setdefault(item.food_name, allergen)
    return list(found.items())


async def allergies_of(source: AllergySource | None, user_id: int) -> tuple[str, ...]:
    """The user's allergens, or none without a source."""
    return () if source is None else await source.allergies(user_id)
