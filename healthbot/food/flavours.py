"""A flavour said after a food ("instant oatmeal, apple cinnamon", "yogurt, strawberry
banana", "protein shake, chocolate flavour"): the food's kind, never a food of its own."""

from __future__ import annotations

from typing import Final

_FRUITS: Final = frozenset(
    {"apple", "strawberry", "blueberry", "raspberry", "banana", "peach", "cherry", "mango",
     "lemon", "lime", "orange", "coconut", "pineapple", "berry", "mixed", "raisin", "pumpkin"}
)  # fmt: skip
# (not what is spread or poured on a food as well: "toast, peanut butter", "porridge, honey")
_SWEET: Final = frozenset(
    {"cinnamon", "vanilla", "maple", "mocha", "hazelnut", "toffee", "caramel", "butterscotch",
     "chocolate", "spice", "spiced", "cookies", "cream", "salted", "pecan", "original"}
)  # fmt: skip
FLAVOUR_MARKS: Final = frozenset(
    {"flavour", "flavor", "flavoured", "flavored", "flavours", "flavors"}
)
"""Words that say the ones before them are a flavour ("chocolate flavour")."""
_JOINS: Final = frozenset({"and", "&", "n", "'n'", "with"})


def is_flavour(words: list[str]) -> bool:
    """Whether these words, said alone after a food, are its flavour: flavour words only,
    two of them at least ("apple cinnamon", "maple brown sugar", "strawberry banana") or
    one said to be a flavour ("chocolate flavour"); one alone ("banana") may be a food."""
    named = [word for word in words if word not in _JOINS]
    if not named or not all(word in _FRUITS | _SWEET | FLAVOUR_MARKS for word in named):
        return False
    flavours = [word for word in named if word not in FLAVOUR_MARKS]
    return bool(flavours) and (len(flavours) >= 2 or len(flavours) < len(named))
