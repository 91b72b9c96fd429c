"""A spread named before the bread it is on, as one name: "peanut butter toast", "2 jam
crumpets", "a cream cheese bagel", "marmite toast", or on a bread counted: "vegemite on 2
slices of toast". The bread with the spread on it, each its own item, the spread a usual
spreading of it (`servings`: what "with" adds to a slice), as "toast with peanut butter"
reads; no question on a dish of that name. A spread or a topping measured out on a food is
an item of its own, and so is the food ("two pats of butter on a baked potato"); a burger on
a bun is the burger, whose recipe holds its bun ("a burger on a bun": no second bun)."""

from __future__ import annotations

import re
from typing import Final

from healthbot.food.shares import BREAK

__all__ = ["spread_after"]

_SPREADS: Final = (
    # "peanut butter", "apple butter", any "... butter" ("pinut butter": mended once read)
    r"[a-z]+\s+butter|jam|jelly|marmalade|honey|nutella|marmite"
    r"|vegemite|butter|cream\s+cheese|hummus|houmous|lemon\s+curd|golden\s+syrup|syrup"
)
_BREADS: Final = r"toasts?|crumpets?|bagels?|english\s+muffins?|crackers?|rice\s+cakes?|pikelets?"
_SPREAD_BREAD: Final = re.compile(
    rf"\b(?P<spread>{_SPREADS})\s+(?:on\s+|and\s+)?(?P<bread>{_BREADS})\b(?!\s+with\b)",
    re.IGNORECASE,
)
_ON_COUNTED: Final = re.compile(
    rf"(?P<lead>^\s*|[,:;.{BREAK}]\s*|\b(?:had|ate|have|eaten|was|were|then|and|plus|just)\s+)"
    rf"(?P<spread>{_SPREADS})\s+on\s+(?P<bread>(?:\d+|two|three|four)"
    rf"\s+(?:slices?\s+of\s+|pieces?\s+of\s+)?(?:{_BREADS}|bread))\b",
    re.IGNORECASE,
)
"""A spread without an amount on a bread counted ("vegemite on 2 slices of toast"), at the
start of the text or of an item (after a comma, a colon, a label, "and" or a verb: "I had")."""
# Names in which a spread's word is no spread on the bread: "butter crackers" are a cracker.
_NAMES: Final = frozenset({"butter crackers", "butter cracker", "honey crackers"})


def _spread_after(found: re.Match[str]) -> str:
    if found[0].lower() in _NAMES or " on " in found[0].lower() or " and " in found[0].lower():
        return found[0]  # "jam on toast" is read as it is said
    return f"{found['bread']} with {found['spread']}"


# "a knob of butter on a jacket potato", "a slice of cheese on my crackers": the topping
# measured out, then the food it went on ("on the go" stays for what says when).
_MEASURED_ON: Final = re.compile(
    r"\b(?P<topping>(?:a|an|one|two|three|\d+(?:\.\d+)?)\s+(?:pats?|knobs?|tbsps?|tsps?"
    r"|tablespoons?|teaspoons?|dollops?|spoonfuls?|spoons?|slices?|drizzles?|squirts?|smears?"
    r"|blobs?)\s+of\s+[a-z]+(?:\s+[a-z]+)?)\s+on\s+(?=(?:a|an|my|one|two|three|\d+)\s)",
    re.IGNORECASE,
)
# "a burger on a bun", "a cheeseburger on a brioche roll": the burger, its recipe's bun the
# one named (a hot dog's name stays: "hot dogs on buns" is a name of its own).
_ON_A_BUN: Final = re.compile(
    r"\b(?P<burger>(?:ham|cheese)?burger)\s+on\s+(?:a|an|one)\s+(?:\w+\s+)?(?:bun|roll|bap)\b",
    re.IGNORECASE,
)


def spread_after(text: str) -> str:
    """The text with each spread named before its bread as that bread with the spread."""
    text = _MEASURED_ON.sub(lambda found: f"{found['topping']}{BREAK}", text)
    text = _ON_A_BUN.sub(lambda found: found["burger"], text)
    text = _ON_COUNTED.sub(
        lambda found: f"{found['lead']}{found['bread']} with {found['spread']}", text
    )
    return _SPREAD_BREAD.sub(_spread_after, text)
