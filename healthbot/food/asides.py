"""Items a food text names that are no food of their own: how the food before them was
cooked ("8 shrimp, steamed"), what was left out ("a burger patty, no bun"), a food the
text names again by its kind ("crackers with my soup, a cup of chicken noodle"), and the
words of time, place or occasion after a food ("honeydew after lunch")."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import Final

from healthbot.food.others import PERSON_WORDS
from healthbot.food.parser import ParsedItem
from healthbot.food.quantities import read_number
from healthbot.food.search import FoodMatch
from healthbot.food.text import words_of
from healthbot.food.units import singular

COOKED: Final = frozenset(
    {"steamed", "grilled", "fried", "baked", "boiled", "roasted", "poached", "scrambled",
     "sauteed", "broiled", "toasted", "microwaved", "raw", "cooked", "smoked", "seared",
     "braised", "barbecued", "blackened", "browned", "rotisserie", "charred"}
)  # fmt: skip
"""Words that say how a food was cooked, each alone."""
COOKING: Final = COOKED | {"pan", "deep", "air", "stir", "hard", "soft", "over", "easy",
                           "sunny", "side", "up", "well", "done", "medium", "rare", "crispy",
                           "crisp", "oven", "microwave", "bbq", "chargrilled", "heated",
                           "reheated", "warmed", "in", "the", "popped"}  # fmt: skip
"""The words of how a food was cooked ("pan fried", "over easy", "medium rare", "air popped")."""
SKIN_ON: Final = frozenset({"skin", "skin on", "the skin", "the skin on", "its skin",
                            "skin left on"})  # fmt: skip
"""What says a piece of meat was eaten with its skin ("a drumstick with the skin on")."""
POULTRY: Final = frozenset({"chicken", "turkey", "duck", "thigh", "drumstick", "breast",
                            "wing", "leg", "quarter"})  # fmt: skip
"""Words of a bird's piece, which SR24 has "meat only" and "meat and skin"."""
SKIN_OFF: Final = frozenset({"skin off", "skin taken off", "skin removed", "skin peeled off",
                             "skinless", "skin pulled off", "took the skin off",
                             "minus the skin"})  # fmt: skip
"""What says a piece of meat was eaten without its skin ("a roast thigh, skin removed")."""
SERVED: Final = frozenset({"neat", "straight", "straight up", "on the rocks", "over ice",
                           "with ice", "on ice", "no ice", "rocks", "chilled", "up"})  # fmt: skip
"""How a drink was served, which changes nothing of what it is ("a double whisky, neat")."""
_IN_SKIN: Final = re.compile(r"\s+(?:in|with)\s+(?:its|the|their)\s+skins?(?:\s+on)?$")
"""How a potato was cooked, after its cooking word: "baked in its skin" (SR24's "baked in
skin" entries, which the cooking word finds)."""
ABSENT: Final = ("no ", "without ", "hold the ")
"""What starts an item that was left out ("no bun", "without the cheese", "hold the mayo")."""


def without_asides(
    items: list[ParsedItem], lacking: Callable[[list[str]], bool] = lambda words: False
) -> list[ParsedItem]:
    """The items without those that are no food: a cooking word alone goes to the food
    before it ("8 large shrimp, steamed": steamed shrimp), and an absence is dropped ("no
    bun", "a burger without the bun") unless `lacking` says the food's words with it name
    an entry without it ("a mcchicken, hold the mayo": the McChicken without mayonnaise)."""
    read: list[ParsedItem] = []
    for typed in items:
        said = _absent_said(typed.food)
        item = typed if lacking(said.split()) else replace(typed, food=_present(typed.food))
        plain = not item.quantity_typed and item.unit is None
        if plain and read and item.food.startswith(ABSENT):
            before = read[-1]
            lacks = f"{before.food} {_absent_said(item.food)}"
            if lacking(lacks.split()):
                read[-1] = replace(before, food=lacks, span=f"{before.span}, {item.span}")
                continue
        if plain and read and item.food in SKIN_ON:
            # "a chicken thigh with the skin on": SR24's "meat and skin" entry of a bird's
            # piece; a potato's or an apple's usual entry has its skin already
            before = read[-1]
            poultry = not POULTRY.isdisjoint(singular(word) for word in before.food.split())
            food = f"{before.food} meat and skin" if poultry else before.food
            read[-1] = replace(before, food=food, span=f"{before.span} with {item.span}")
        elif plain and read and item.food in SERVED | SKIN_OFF:
            # how a drink was served; a piece eaten without its skin is its usual entry,
            # a bird's piece "meat only" already ("a roast chicken thigh")
            continue
        elif plain and read and _cooking(how := _IN_SKIN.sub("", item.food)):
            # "8 large shrimp, steamed"; "a sweet potato, baked in its skin"
            before = read[-1]
            read[-1] = replace(
                before, food=f"{how} {before.food}", span=f"{before.span}, {item.span}"
            )
        elif not (plain and read and item.food.startswith(ABSENT)):
            read.append(item)  # "no sugar added applesauce" alone is a food
    return read


def _cooking(words: str) -> bool:
    """Whether the words only say how a food was cooked ("pan fried", "air popped")."""
    return bool(words) and set(words.split()) <= COOKING


def _absent_said(food: str) -> str:
    """The food with what was left out said as "no X" ("hold the mayo", "without the bun")."""
    return re.sub(r"\b(?:hold the|without the|without)\b", "no", food)


def _present(food: str) -> str:
    """The food's words before what was left out ("burger no bun": "burger")."""
    cuts = [at for absent in ABSENT if (at := food.find(f" {absent}")) > 0]
    return food[: min(cuts)] if cuts else food


def uncooked(food: str) -> str | None:
    """The food's words without those of how it was cooked ("steamed shrimp", "medium rare
    steak"), a name to try when the whole is not sure; None if there are none, or nothing
    else."""
    kept = [word for word in food.split() if word not in COOKING]
    return " ".join(kept) if kept and len(kept) < len(food.split()) else None


def cooked_alias(food: str, alias: Callable[[str], FoodMatch | None]) -> FoodMatch | None:
    """The common name of a food said to be cooked ("cooked pasta": "pasta"), when the food
    it stands for is a cooked one ("Spaghetti, cooked"; "cooked oats" are not "oats", dry)."""
    words = food.split()
    if "cooked" not in words or len(words) < 2:
        return None
    found = alias(" ".join(word for word in words if word != "cooked"))
    cooked = COOKED - {"raw"}  # "cooked spinach" is no "Spinach, raw"
    return found if found is not None and cooked & set(words_of(found.name)) else None


KINDS: Final = frozenset(
    {"cereal", "soup", "pasta", "juice", "fruit", "salad", "bread", "cheese", "meat", "fish",
     "cake", "cookies", "chips", "crackers", "nuts", "berries", "veggies", "vegetables", "wine",
     "beer", "curry", "stew", "noodles", "sandwich", "pie", "candy"}
)  # fmt: skip
"""Words that name a kind of food, which a text may name before the food of it it means."""


def named_elsewhere(food: str, names: Iterable[str]) -> bool:
    """Whether a food named by its kind alone ("soup") is one of these foods' (USDA's "Soup,
    chicken noodle, canned"): the same food named twice, not a second one."""
    asked = {singular(word) for word in words_of(food)}
    return bool(asked) and any(asked <= {singular(w) for w in words_of(name)} for name in names)


# Words that start a phrase of time, place or occasion after a food's name: "after lunch",
# "at the pub", "from the bakery", "off the grill", "as a chaser", "while cooking".
_CONTEXT_WORDS: Final = frozenset(
    {"after", "before", "at", "from", "off", "during", "while", "as", "in", "on", "to", "for",
     "until", "since", "near", "outside", "inside", "through", "between"}
)  # fmt: skip
_PLACE_WORDS: Final = 2
"""At most this many words name a place whose food an item may be ("wendy s")."""


def without_context(food: str) -> list[str]:
    """The food's words before a phrase of context that ends them, as the names to try: at
    a place named for its owner, that place's food first ("jr cheeseburger at wendy s":
    "wendy s jr cheeseburger", "jr cheeseburger"); [] if no such phrase ends them."""
    words = food.split()
    start = next((i for i, word in enumerate(words) if i and word in _CONTEXT_WORDS), None)
    if start is None or for_others(words[start:]):
        return []
    head, place = " ".join(words[:start]), words[start + 1 :]
    owned = words[start] in ("at", "from") and 0 < len(place) <= _PLACE_WORDS and place[-1] == "s"
    return [f"{' '.join(place)} {head}", head] if owned else [head]


# Words that start a phrase of where or when after a food's name, which name no food when
# none of the words after them does ("from costco", "at the ballgame", "at aunties"): "in"
# and "on" join dishes' names too ("pigs in a blanket"), "for" a share.
_WHERE_WORDS: Final = frozenset(
    {"at", "from", "during", "near", "outside", "inside", "after", "before", "while", "by"}
)
_POINTERS: Final = frozenset(
    {"the", "a", "an", "my", "our", "his", "her", "their", "your", "this", "that"}
)


def placed_apart(
    food: str, knows: Callable[[str], bool], chain: Callable[[list[str]], bool]
) -> str | None:
    """The food's words before a phrase of where or when that ends them and whose words
    `knows` finds in no food's name ("rotisserie chicken from costco": "rotisserie
    chicken"), to read before any other reading of them (which would take "chicken" with the
    rotisserie wing's measure, or ask); None when no such phrase ends them, or it names a
    `chain` or an owner, whose menu the food is read on ("a large shake from mcdonalds",
    "fries at wendy s": `without_context`)."""
    words = food.split()
    start = next((i for i, word in enumerate(words) if i and word in _WHERE_WORDS), None)
    if start is None:
        return None
    place = [word for word in words_of(" ".join(words[start + 1 :])) if word not in _POINTERS]
    if not place or any(knows(word) or read_number(word) is not None for word in place):
        return None
    if place[-1] == "s" or chain(place):
        return None  # "at wendy s": a place named for its owner may name its food
    while start > 1 and words[start - 1] in _WAYS:
        start -= 1  # "clam chowder down at aldis": the way there is no food's either
    return " ".join(words[:start])


_WAYS: Final = frozenset({"down", "over", "out", "back", "round", "around", "right"})


# What a food "for" others is shared by ("for two", "for the three of us", "for the table",
# "for me and the kids", "for everyone", "for my birthday"): the writer had a part of it.
_SHARED_BY: Final = frozenset(
    {"us", "everyone", "everybody", "all", "table", "family", "kids", "children", "group",
     "team", "office", "friends", "guests", "party", "birthday", "household", "house",
     "both", "girls", "boys", "lads", "crew", "class", "couple", "people"}
)  # fmt: skip


def for_others(words: Sequence[str]) -> bool:
    """Whether words of context ("for the table") say that the food before them was shared,
    not eaten alone: a number, or the people or occasion it was for ("for me and the
    kids")."""
    if len(words) < 2 or words[0] != "for":
        return False
    said = words[1:]
    number = read_number(said[0])
    if said[:2] == ["me", "and"] or (number is not None and number > 1):
        return True  # "for two", "for 4" ("for one" is the writer's own)
    return not (_SHARED_BY.isdisjoint(said) and PERSON_WORDS.isdisjoint(said))
