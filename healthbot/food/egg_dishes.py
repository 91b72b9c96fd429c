"""An egg dish said with the eggs it was made of ("a 3 egg omelette", "masala omelette made
with 2 eggs", "egg bhurji of 3 eggs"): that many eggs of the dish ("3 omelet eggs", "3
scrambled eggs"), never that many dishes, nor a dish beside the eggs."""

from __future__ import annotations

import re
from typing import Final

from healthbot.food.parts import OMELET_EGGS

__all__ = ["eggs_counted"]

_COUNT = r"(?P<n>\d+|two|three|four|five|six)"
_DISH = r"(?P<dish>omel(?:et|ette)|frittata|scramble|bhurji|bhurjee|bhurjy)\b"
# The eggs counted in the dish's name: "a 3 egg omelette", "2 egg white scramble", "2 egg
# bhurji" ("2 egg white omelets" are two dishes).
_EGGS_IN: Final = re.compile(
    rf"\b(?:an?\s+)?{_COUNT}[\s-]+(?P<egg>eggs?(?:\s+whites?)?)\s+{_DISH}\b", re.I
)
# The eggs said after the dish: "a masala omelette made with 2 eggs", "egg bhurji of 3 eggs",
# "an omelette from 3 eggs".
_EGGS_AFTER: Final = re.compile(
    rf"\b(?:an?\s+)?(?:(?P<kind>egg\s+whites?|[a-z]+)\s+)?{_DISH}\s+(?:(?:made|cooked|done)\s+)?"
    rf"(?:with|from|of|using)\s+{_COUNT}\s+(?P<egg>(?:large\s+|medium\s+)?eggs?(?:\s+whites?)?)\b",
    re.I,
)
_STYLES: Final = frozenset(
    {"masala", "egg", "eggs", "anda", "plain", "french", "spanish", "indian", "desi", "spicy",
     "fluffy", "simple", "basic", "big", "small", "my", "an", "a", "the", "made", "had", "ate"}
)  # fmt: skip
"""Words before an egg dish that name no food of their own ("a masala omelette")."""


def _eggs(count: str, egg: str, dish: str) -> str:
    dish = "bhurji" if dish.lower().startswith("bhurj") else dish.lower()
    if "white" in egg.lower():
        omelette = dish.startswith("omel")
        return f"an egg white {dish} with {count} egg whites" if omelette else f"{count} egg whites"
    scrambled = dish in ("scramble", "bhurji")
    return f"{count} scrambled eggs" if scrambled else f"{count} {OMELET_EGGS}"


def _eggs_after(found: re.Match[str]) -> str:
    eggs = _eggs(found["n"], found["egg"], found["dish"])
    kind = found["kind"]
    # "a cheese omelette made with 3 eggs": the cheese, and the 3 eggs
    plain = kind is None or kind.lower() in _STYLES or "white" in kind.lower()
    return eggs if plain else f"{kind}, {eggs}"


def eggs_counted(text: str) -> str:
    """The text with each egg dish said with its count of eggs as those eggs of the dish."""
    text = _EGGS_AFTER.sub(_eggs_after, text)
    return _EGGS_IN.sub(lambda found: _eggs(found["n"], found["egg"], found["dish"]), text)
