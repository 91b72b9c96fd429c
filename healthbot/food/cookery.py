"""How a food was cooked, said as people say it, put in SR24's words.

People write "baked cod", "grilled salmon", "broiled catfish", "rotisserie drumsticks",
"sauteed spinach"; SR24 names the same foods "Fish, cod, Atlantic, cooked, dry heat",
"Chicken, ..., drumstick, meat and skin, cooked, rotisserie", "Spinach, cooked, boiled,
drained". A search on the typed words finds the raw entry (the cooking word is in no name, or
in another food's: "Emu, fan fillet, cooked, broiled") or asks. `cooked_queries` gives the
food's words with each cooking word replaced by SR24's words for it, most likely first: dry
heat (baked, grilled, broiled, roasted, seared) is "cooked, dry heat" for fish and "roasted"
or "broiled" for meat; what SR24 has no word for (sauteed, microwaved) is its plain "cooked".
`cooked_name` says whether a name is of a cooked entry, so that a raw one found for a cooked
food is tried again, and a cooked one is kept.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Final

from healthbot.food.text import words_of

_DRY_HEAT: Final = ("cooked dry heat", "roasted", "broiled", "baked", "cooked")
SR24_WORDS: Final[Mapping[str, tuple[str, ...]]] = {
    # how people say it -> SR24's words for it, the likeliest entry first
    "baked": ("cooked dry heat", "baked", "roasted", "cooked"),
    "grilled": ("cooked dry heat", "grilled", "broiled", "roasted", "cooked"),
    "broiled": ("cooked dry heat", "broiled", "roasted", "cooked"),
    "roasted": ("roasted", "cooked dry heat", "baked", "cooked"),
    "oven roasted": ("roasted", "cooked dry heat", "baked", "cooked"),
    "rotisserie": ("rotisserie", "roasted", "cooked"),
    "seared": _DRY_HEAT,
    "pan seared": _DRY_HEAT,
    "blackened": _DRY_HEAT,
    "air fried": _DRY_HEAT,
    "barbecued": ("roasted", "grilled", "broiled", "cooked"),
    "bbq": ("roasted", "grilled", "broiled", "cooked"),
    "pan fried": ("pan fried", "fried", "cooked dry heat", "cooked"),
    "fried": ("fried", "pan fried", "cooked"),
    "deep fried": ("fried", "breaded and fried", "cooked"),
    "sauteed": ("sauteed", "stir fried", "pan fried", "cooked"),
    "stir fried": ("stir fried", "pan fried", "cooked"),
    "browned": ("pan browned", "pan fried", "cooked"),
    "steamed": ("steamed", "cooked boiled", "cooked"),
    "microwaved": ("cooked",),  # SR24's "microwaved" are of products made for it
    "braised": ("braised", "cooked moist heat", "cooked"),
    "stewed": ("stewed", "simmered", "cooked moist heat", "cooked"),
    "poached": ("poached", "cooked moist heat", "cooked"),
    "boiled": ("boiled", "cooked moist heat", "cooked"),
}
"""The cooking words (one or two words) a food may be said with, and SR24's for each."""
_SPELLINGS: Final = {"sauted": "sauteed", "saute": "sauteed", "sauteded": "sauteed",
                     "broil": "broiled", "grill": "grilled", "bake": "baked",
                     "roast": "roasted", "barbequed": "barbecued"}  # fmt: skip
_PIECES: Final = frozenset({"fillet", "fillets", "filet", "filets", "piece", "pieces",
                            "portion", "portions"})  # fmt: skip
"""Words of one piece of the food, which the measures read ("a fillet"), not the name."""
COOKED_WORDS: Final = frozenset(
    {"cooked", "roasted", "baked", "broiled", "grilled", "fried", "rotisserie", "heat",
     "steamed", "boiled", "braised", "stewed", "simmered", "microwaved", "sauteed", "poached",
     "scrambled", "toasted", "heated", "browned", "prepared", "barbecued",
     "smoked", "cured", "canned"}
)  # fmt: skip
"""Words of an SR24 name that say it is no raw food."""


def _said(words: list[str]) -> tuple[str, list[str]] | None:
    """The cooking the words say (a key of `SR24_WORDS`) and the words without it."""
    for at, word in enumerate(words):
        pair = " ".join(words[at : at + 2])
        if pair in SR24_WORDS:
            return pair, [*words[:at], *words[at + 2 :]]
        said = _SPELLINGS.get(word, word)
        if said in SR24_WORDS:
            return said, [*words[:at], *words[at + 1 :]]
    return None


def cooking_of(food: str) -> str | None:
    """The way the food is said to be cooked ("pan fried" for "pan-fried pork chop"), or
    None."""
    said = _said(words_of(food))
    return None if said is None else said[0]


def cooked_queries(
    food: str, sizes: Collection[str] = ()
) -> tuple[str, str, list[tuple[str, str]]] | None:
    """The cooking the food is said with, its other words (without those of a piece of it,
    "fillet", or of a size among `sizes`), and those words with the cooking in SR24's words
    ("baked cod fillet": "baked", "cod", ["cod cooked dry heat", "cod baked", ...]),
    likeliest first, each with SR24's words in it; None when no cooking is said or nothing
    else is left."""
    said = _said(words_of(food))
    if said is None:
        return None
    cooking, words = said
    rest = " ".join(word for word in words if word not in _PIECES and word not in sizes)
    if not rest:
        return None
    return cooking, rest, [(f"{rest} {sr24}", sr24) for sr24 in SR24_WORDS[cooking]]


_NOT_SAID: Final = frozenset({"or", "and", "with", "without", "fresh", "all", "commercial",
                              "varieties", "flour", "batter", "breaded", "moist", "dry", "heat",
                              "pan"})  # fmt: skip
"""Words of a name that a sibling's query leaves out: joints, and what says how the entry
was cooked or coated ("fried, flour")."""


def sibling_queries(name: str, cooking: str) -> list[tuple[str, str]]:
    """Queries for the entries of the same food as the SR24 name cooked as said ("Chicken,
    broilers or fryers, wing, meat and skin, cooked, fried, flour" baked: "chicken broilers
    fryers wing meat skin cooked dry heat", ..., "... roasted"), likeliest first, each with
    SR24's words in it."""
    kept = [w for w in words_of(name) if w not in COOKED_WORDS and w not in _NOT_SAID]
    kept = [w for w in kept if w != "raw"]
    return [(f"{' '.join(kept)} {sr24}", sr24) for sr24 in SR24_WORDS[cooking]] if kept else []


_COOKING_WORDS: Final = COOKED_WORDS | {"raw", "pan", "dry", "moist", "heat", "stir", "deep"}


def uncooked_key(name: str) -> tuple[str, ...]:
    """A USDA name's parts without their words of cooking: the same for each way SR24 cooked
    one cut ("Pork, fresh, loin, center loin (chops), ..., cooked, broiled" and "...,
    cooked, pan-fried")."""
    parts = (
        " ".join(w for w in words_of(part) if w not in _COOKING_WORDS) for part in name.split(",")
    )
    return tuple(part for part in parts if part)


def cooked_name(name: str) -> bool:
    """Whether an SR24 name is of a food as eaten cooked (or otherwise prepared), not raw."""
    return not COOKED_WORDS.isdisjoint(words_of(name))


def says(name: str, sr24: str) -> bool:
    """Whether an SR24 name has these words of SR24's ("cooked dry heat"); "cooked" alone is
    any cooked entry's."""
    if sr24 == "cooked":
        return cooked_name(name)
    return set(sr24.split()) <= set(words_of(name))


def cooked_as(name: str, cooking: str) -> bool:
    """Whether an SR24 name is of the food cooked as said ("grilled": "..., cooked, dry heat"
    or "..., roasted"): one of SR24's words for it besides the plain "cooked", or any cooked
    entry when SR24 has no other word for it."""
    specific = [sr24 for sr24 in SR24_WORDS[cooking] if sr24 != "cooked"]
    return any(says(name, sr24) for sr24 in specific) if specific else cooked_name(name)
