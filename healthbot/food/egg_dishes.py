"""An egg dish said with the eggs it was made of ("a 3 egg omelette", "masala omelette made
with 2 eggs", "egg bhurji of 3 eggs"): that many eggs of the dish ("3 omelet eggs", "3
scrambled eggs"), never that many dishes, nor a dish beside the eggs."""

from __future__ import annotations

import re
from typing import Final

from rapidfuzz.distance import OSA

from healthbot.food.parts import OMELET_EGGS
from healthbot.food.spelling import is_english

__all__ = ["eggs_counted"]

# "one" after an article only: "a one-egg omelette" is of one egg, where "one egg white
# omelet" is one dish, of its recipe's whites
_COUNT = r"(?P<n>\d+|two|three|four|five|six|(?<=\ba[\s-])one|\bone(?=-))"
_COUNT_AFTER = r"(?P<n>\d+|one|two|three|four|five|six)"  # "an omelette with one egg"
# an egg dish's name, or a slip of one (`_egg_dish`); not the verb after it ("omelette made")
_DISH = r"(?P<dish>(?!(?:made|cooked|done|using|from|with)\b)[a-z]{4,})\b"
# The eggs counted in the dish's name: "a 3 egg omelette", "2 egg white scramble", "2 egg
# bhurji" ("2 egg white omelets" are two dishes).
_EGGS_IN: Final = re.compile(
    rf"\b(?:(?:an?|one)\s+)?{_COUNT}[\s-]+(?P<egg>eggs?(?:\s+whites?)?)\s+{_DISH}\b", re.I
)
# The eggs said after the dish: "a masala omelette made with 2 eggs", "egg bhurji of 3 eggs",
# "an omelette from 3 eggs".
_EGGS_AFTER: Final = re.compile(
    rf"\b(?:an?\s+)?(?:(?P<kind>egg\s+whites?|[a-z]+)\s+)?{_DISH}\s+(?:(?:made|cooked|done)\s+)?"
    rf"(?:with|from|of|using)\s+{_COUNT_AFTER}\s+(?P<egg>(?:large\s+|medium\s+)?eggs?(?:\s+whites?)?)\b",
    re.I,
)
# The whites and the whole eggs an egg white dish is made of, said after it: "egg white
# scramble: 3 whites and 1 whole egg", "an egg white omelette of 4 whites + 1 egg". The whites
# go in raw (SR24 weighs no cooked white, and a white takes up no fat of its own); the whole
# eggs are the dish's (scrambled or omelet eggs), as `_eggs` makes them.
_WHITES_AND_WHOLE: Final = re.compile(
    rf"\b(?:an?\s+)?egg\s+whites?\s+{_DISH}\s*(?:[:,-]\s*|\s(?:(?:made\s+)?(?:with|of|from|using))\s+)"
    rf"{_COUNT_AFTER}\s+(?:egg\s+)?whites?\s*(?:and|\+|&|plus|,)\s*"
    rf"(?P<whole>\d+|one|two|three|four|an?)\s+(?:whole\s+|full\s+)?eggs?\b",
    re.I,
)
_STYLES: Final = frozenset(
    {"masala", "egg", "eggs", "anda", "plain", "french", "spanish", "indian", "desi", "spicy",
     "fluffy", "simple", "basic", "big", "small", "my", "an", "a", "the", "made", "had", "ate",
     # vegetables said by the name alone, whose own amounts follow ("veggie omelet with 2
     # eggs, 1/4 cup onion") or are the dish's few grams
     "veggie", "veggies", "veg", "vegetable"}
)  # fmt: skip
"""Words before an egg dish that name no food of their own ("a masala omelette")."""


_DISHES: Final = ("omelette", "omelet", "frittata", "scramble", "bhurji", "bhurjee", "bhurjy")
_SLIPS: Final = 2
"""Slips a long dish name may have and still be the dish ("omlete", "omellete", "fritata")."""


def _egg_dish(word: str) -> str | None:
    """The egg dish a word names, mistyped or not ("omlete": omelet); None for any other
    word, and for a plural ("2 egg white omelets" are two dishes)."""
    word = word.lower()
    if word not in _DISHES and is_english(word):
        return None  # "3 eggs scrambled": a word of its own, no slip
    for dish in _DISHES:
        slips = 1 if len(dish) < 7 else _SLIPS
        if word == dish or (word[0] == dish[0] and OSA.distance(word, dish) <= slips):
            plural = word.endswith("s") and not dish.endswith("s")
            return None if plural and _egg_dish(word[:-1]) is not None else dish
    return None


def _eggs(count: str, egg: str, dish: str) -> str:
    dish = "bhurji" if dish.startswith("bhurj") else dish
    count = "1" if count.lower() == "one" else count
    if "white" in egg.lower():
        omelette = dish.startswith("omel")
        return f"an egg white {dish} with {count} egg whites" if omelette else f"{count} egg whites"
    scrambled = dish in ("scramble", "bhurji")
    return f"{count} scrambled eggs" if scrambled else f"{count} {OMELET_EGGS}"


def _eggs_after(found: re.Match[str]) -> str:
    if (dish := _egg_dish(found["dish"])) is None:
        return found[0]
    eggs = _eggs(found["n"], found["egg"], dish)
    kind = found["kind"]
    # "a cheese omelette made with 3 eggs": the cheese, and the 3 eggs
    plain = kind is None or kind.lower() in _STYLES or "white" in kind.lower()
    return eggs if plain else f"{kind}, {eggs}"


def eggs_counted(text: str) -> str:
    """The text with each egg dish said with its count of eggs as those eggs of the dish,
    and an egg sandwich said with its eggs as the count of its egg ("a 2 egg sandwich": "2
    egg sandwich", which the recipe reads as one of two eggs)."""
    text = _WHITES_AND_WHOLE.sub(_whites_and_whole, text)
    text = _EGGS_AFTER.sub(_eggs_after, text)
    text = _EGGS_IN_BREAD.sub(lambda found: f"{found['n']} egg {found['bread']}", text)
    return _EGGS_IN.sub(_eggs_in, text)


_EGGS_IN_BREAD: Final = re.compile(
    r"\b(?:an?|one)\s+(?P<n>\d+|two|three|four)[\s-]+eggs?\s+"
    r"(?P<bread>sandwich|sarnie|butty|wrap|muffin|bagel|burrito)\b",
    re.I,
)
"""An egg sandwich said with its eggs after its article ("a 2 egg sandwich", "one two-egg
roll"): one of that many eggs, not a food named "2 egg sandwich"."""


def _eggs_in(found: re.Match[str]) -> str:
    dish = _egg_dish(found["dish"])
    return found[0] if dish is None else _eggs(found["n"], found["egg"], dish)


def _whites_and_whole(found: re.Match[str]) -> str:
    dish = _egg_dish(found["dish"])
    if dish is None:
        return found[0]
    whole = found["whole"].lower()
    whole = "1" if whole in ("one", "a", "an") else whole
    eggs = _eggs(whole, "eggs", dish)
    return f"{found['n']} egg whites, {eggs}"
