"""Items a food text names that are no food of their own: how the food before them was
cooked ("8 shrimp, steamed"), what was left out ("a burger patty, no bun"), and a food the
text names again by its kind ("crackers with my soup, a cup of chicken noodle")."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Final

from healthbot.food.parser import ParsedItem
from healthbot.food.search import FoodMatch
from healthbot.food.text import words_of
from healthbot.food.units import singular

COOKED: Final = frozenset(
    {"steamed", "grilled", "fried", "baked", "boiled", "roasted", "poached", "scrambled",
     "sauteed", "broiled", "toasted", "microwaved", "raw", "cooked", "smoked", "seared",
     "braised", "barbecued", "blackened"}
)  # fmt: skip
"""Words that say how a food was cooked, each alone."""
COOKING: Final = COOKED | {"pan", "deep", "air", "stir", "hard", "soft", "over", "easy",
                           "sunny", "side", "up", "well", "done", "medium", "rare"}  # fmt: skip
"""The words of how a food was cooked ("pan fried", "over easy", "medium rare")."""
ABSENT: Final = ("no ", "without ", "hold the ")
"""What starts an item that was left out ("no bun", "without the cheese", "hold the mayo")."""


def without_asides(items: list[ParsedItem]) -> list[ParsedItem]:
    """The items without those that are no food: a cooking word alone goes to the food
    before it ("8 large shrimp, steamed": steamed shrimp), and an absence is dropped ("no
    bun", "a burger without the bun")."""
    read: list[ParsedItem] = []
    for typed in items:
        item = replace(typed, food=_present(typed.food))
        plain = not item.quantity_typed and item.unit is None
        if plain and read and set(item.food.split()) <= COOKING:
            before = read[-1]
            read[-1] = replace(
                before, food=f"{item.food} {before.food}", span=f"{before.span}, {item.span}"
            )
        elif not (plain and item.food.startswith(ABSENT)):
            read.append(item)
    return read


def _present(food: str) -> str:
    """The food's words before what was left out ("burger no bun": "burger")."""
    cuts = [at for absent in ABSENT if (at := food.find(f" {absent}")) > 0]
    return food[: min(cuts)] if cuts else food


def uncooked(food: str) -> str | None:
    """The food's words without those of how it was cooked ("steamed shrimp": "shrimp"),
    a name to try when the whole is not sure; None if there are none, or nothing else."""
    kept = [word for word in food.split() if word not in COOKED]
    return " ".join(kept) if kept and len(kept) < len(food.split()) else None


def cooked_alias(food: str, alias: Callable[[str], FoodMatch | None]) -> FoodMatch | None:
    """The common name of a food said to be cooked ("cooked pasta": "pasta"), when the food
    it stands for is a cooked one ("Spaghetti, cooked"; "cooked oats" are not "oats", dry)."""
    words = food.split()
    if "cooked" not in words or len(words) < 2:
        return None
    found = alias(" ".join(word for word in words if word != "cooked"))
    return found if found is not None and COOKED & set(words_of(found.name)) else None


def named_elsewhere(food: str, names: Iterable[str]) -> bool:
    """Whether a food named by its kind alone ("soup") is one of these foods' (USDA's "Soup,
    chicken noodle, canned"): the same food named twice, not a second one."""
    asked = {singular(word) for word in words_of(food)}
    return bool(asked) and any(asked <= {singular(w) for w in words_of(name)} for name in names)
