"""A drink's cup by its size and its bottle, where SR24 has no measure of them.

A fountain drink, a juice or a shake ordered by size comes in the US chains' and coffee
shops' cups: small 12 fl oz, medium 16, large 20, extra large 24 (`CUPS`). A bottle is what
the drink is sold in: a beer's 12 fl oz, a wine's 750 ml, any other drink's single-serve
20 fl oz (`BOTTLES`); a can, a soda's or a beer's 12 fl oz (`CAN`: a UK 330 ml can is 11.2).
SR24's own measures, when a food has one for the size, bottle or can, come first. A glass of
wine with a size said is the glass a British or Australian bar pours by that name (small
125 ml, standard 175 ml, large 250 ml: `WINE_GLASSES`), before SR24's 5 fl oz serving, which
stays the glass with no size.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from healthbot.food.measures import match_measure
from healthbot.food.parser import ParsedItem
from healthbot.food.units import ML_PER_UNIT, Size, Unit

Measure = tuple[float, str, float]  # amount, name, grams: a food's household measure

CUPS: Final = {Size.SMALL: 12.0, Size.MEDIUM: 16.0, Size.LARGE: 20.0, Size.EXTRA_LARGE: 24.0}
"""Fluid ounces in a drink's cup of each size."""
BOTTLES: Final = (("beer", 12.0), ("wine", 25.36))
"""Fluid ounces in a bottle of a drink whose name has the word; else `BOTTLE`."""
BOTTLE: Final = 20.0
CAN: Final = 12.0
WINE_GLASSES: Final = {Size.SMALL: 125.0, Size.MEDIUM: 175.0, Size.REGULAR: 175.0,
                       Size.LARGE: 250.0, Size.EXTRA_LARGE: 250.0}  # fmt: skip
"""Millilitres in a glass of wine of each size."""
GRAMS_PER_FL_OZ: Final = ML_PER_UNIT[Unit.FL_OZ]
"""A fluid ounce of a drink without a volume measure of its own: water's weight."""
DRINK_GROUPS: Final = frozenset({"Beverages", "Fruits and Fruit Juices", "Dairy and Egg Products"})
_DRINK_WORDS: Final = ("beverage", "juice", "drink", "milk", "shake", "soda", "water", "beer")


def poured(unit: Unit | None, size: Size | None, name: str, group: str | None) -> float | None:
    """Fluid ounces in one cup of that size, one bottle or one can of a drink so named; None
    for a food that is no drink, or any other amount."""
    lower = name.lower()
    if group not in DRINK_GROUPS or not any(word in lower for word in _DRINK_WORDS):
        return None
    if unit is None and size is not None:
        return CUPS.get(size)
    if unit is Unit.BOTTLE:
        return next((fl_oz for word, fl_oz in BOTTLES if word in lower), BOTTLE)
    if unit is Unit.CAN:
        return CAN
    return None


def wine_glass(
    unit: Unit | None, size: Size | None, name: str, measures: Sequence[Measure]
) -> float | None:
    """Grams in a glass of that size of a wine so named ("a large glass of red"), by the
    wine's own fluid ounce; None for any other amount or food."""
    if unit is not Unit.GLASS or size not in WINE_GLASSES or "wine" not in name.lower():
        return None
    fl_oz = WINE_GLASSES[size] / ML_PER_UNIT[Unit.FL_OZ]
    return fl_oz * (match_measure(Unit.FL_OZ, None, measures) or GRAMS_PER_FL_OZ)


WINES: Final = {"red": "red wine", "white": "white wine", "rose": "rose wine",
                "bubbly": "sparkling wine", "fizz": "sparkling wine", "bubbles": "sparkling wine",
                # New Zealand's and Australia's "sav" is a saveloy on a plate and a
                # Sauvignon Blanc in a glass ("a glass of sav", "a bottle of savvy")
                "sav": "sauvignon blanc", "savvy": "sauvignon blanc"}  # fmt: skip
"""A wine by its colour or a short name that is another food's too, as a glass or a bottle
of it is ordered ("a bottle of red")."""
_WINE_VESSELS: Final = frozenset({Unit.GLASS, Unit.BOTTLE})


def wine_named(item: ParsedItem) -> ParsedItem:
    """The item, a glass or bottle of "red", "white" or "rose" read as that wine."""
    wine = WINES.get(item.food.lower().replace("é", "e"))
    return item if wine is None or item.unit not in _WINE_VESSELS else replace(item, food=wine)


# A British or Irish voice, in which a pint is the imperial pint (568 ml), not the US one
# (16 fl oz): the pub called "the local" or "the boozer", "down the pub", and the drinks that
# only a British bar pours by the pint (bitter, shandy, snakebite). "At the pub" alone says
# nothing: an American drinks a pint at the pub too.
_BRITISH = re.compile(
    r"\b(?:(?:at|down|to|in|from)\s+the\s+local\b(?!\s+\w+\s+(?:place|shop|store|market))"
    r"|down\s+the\s+pub|(?:the|a)\s+boozer|pints?\s+of\s+(?:bitter|shandy|snakebite))\b",
    re.I,
)
_PINT = re.compile(
    r"\b(?<!imperial\s)(?<!uk\s)(?<!us\s)(?<!american\s)(?:(?P<a>an?)\s+)?(?P<pint>pints?)\b"
    r"(?P<of>\s+of\b)?",
    re.I,
)


def imperial_pints(text: str, everywhere: bool = False) -> str:
    """The text with its pints the imperial pint when its voice is British or Irish, or
    `everywhere` (the writer lives where a pint is one: `measures.pours_imperial_pints`): "a
    pint of lager down the pub" is "an imperial pint of lager ...", and a pint of nothing
    named is of beer ("2 pints at the local"); otherwise a pint of nothing named is a US
    pint of beer ("a pint at the bar"). A pint said to be a US or
    an imperial one stays as said."""
    text = _PINTS_AND_A_PART.sub(_pints_counted, text)  # "a pint and a half of milk"
    if not everywhere and _BRITISH.search(text) is None:
        return _BARE_PINT.sub(lambda found: f"{found['pints']} of beer", text)
    return _PINT.sub(_imperial, text)


# What may follow an amount of pints that names no food: the text's end, a stop, a next
# item, or a word of time, place or company.
_ENDS_AN_AMOUNT = (
    r"\s*(?:$|[,;.!?&+]|\s+(?:and|at|down|in|with|after|before|last|tonight|today"
    r"|yesterday|for|while|on|then)\b)"
)
# Words after "of" that say a part of one thing, not of a pint: "a third of a pizza".
_ONE_THING = r"(?:an?|one|my|the|his|her|your|our|their|this|that)"
_BARE_PINT = re.compile(
    r"\b(?P<pints>(?:an?|one|two|three|four|five|\d{1,2}|a\s+couple(?:\s+of)?)\s+pints?)"
    rf"(?={_ENDS_AN_AMOUNT})",
    re.I,
)
"""Pints of nothing named, wherever a pint is the US one ("had 3 pints at the pub"): of beer,
as a pub's pint is."""


# Pints and a part of one, said before what they were of ("a pint and a half of milk") or
# alone ("a pint and a half at the bar"). The part is of the pint only where it ends the
# amount: not where it begins the next item ("a pint and a quarter pounder", "a pint and a
# half bagel", "a pint and a half pint of cider") or is a part of one thing ("a pint and a
# third of a pizza": of a pizza, not of a pint).
_PINTS_AND_A_PART = re.compile(
    r"\b(?P<count>an?|one|two|three|four|five|\d{1,2})\s+(?P<pint>pints?)\s+and\s+an?\s+"
    rf"(?P<part>half|quarter|third)\b(?={_ENDS_AN_AMOUNT}|\s+of\s+(?!{_ONE_THING}\b))",
    re.I,
)
_COUNTS: Final = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_PARTS: Final = {"half": 1 / 2, "quarter": 1 / 4, "third": 1 / 3}


def _pints_counted(found: re.Match[str]) -> str:
    count = found["count"].lower()
    number = _COUNTS[count] if count in _COUNTS else int(count)
    return f"{round(number + _PARTS[found['part'].lower()], 2):g} pints"


def _imperial(found: re.Match[str]) -> str:
    return f"{'an ' if found['a'] else ''}imperial {found['pint']}{found['of'] or ' of beer'}"
