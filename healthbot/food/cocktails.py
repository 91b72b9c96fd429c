"""A mixed drink as its two items: a shot of the spirit and a highball's mixer.

"gin and tonic", "rum and coke", "a vodka soda", "2 whiskey gingers": a bar pours a 1.5 fl oz
shot (`SHOT`) and tops the highball glass with `MIXER` of the mixer, for each drink counted.
A spirit and a mixer named together without an amount are one drink; in a drink's name
"soda" is club soda, not a cola, and "ginger" ginger ale. A double (or a triple) is two
shots of the spirit in the same glass, topped with the same mixer ("a double gin and tonic":
3 fl oz of gin, 4 of tonic). A mixer named bare after a spirit poured by a drink's measure
is the drink's too ("2 large pegs of royal stag with soda": 8 fl oz of club soda). Either
named with an amount ("a shot of gin and a can of tonic") keeps what was typed.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from healthbot.food.drinks import wine_named
from healthbot.food.fits import SPIRITS
from healthbot.food.parser import ParsedItem
from healthbot.food.quantities import read_number
from healthbot.food.units import Unit, millilitres_of, singular

SHOT: Final = 1.5
"""Fluid ounces of spirit in one mixed drink (a US shot)."""
MIXER: Final = 4.0
"""Fluid ounces of mixer in one highball (4 to 6 by the glass; 4 over ice, as every diary
set counts a gin and tonic or a rum and coke)."""
MIXERS: Final = {
    "tonic": "tonic water", "tonic water": "tonic water", "soda": "club soda",
    "club soda": "club soda", "soda water": "club soda", "seltzer": "club soda",
    "coke": "coke", "cola": "coke", "diet coke": "diet coke", "sprite": "sprite",
    "ginger": "ginger ale", "ginger ale": "ginger ale", "cranberry": "cranberry juice",
    "cranberry juice": "cranberry juice", "orange juice": "orange juice", "oj": "orange juice",
    "lemonade": "lemonade", "pepsi": "pepsi", "diet pepsi": "diet pepsi", "coke zero": "coke zero",
    "7up": "7up", "dr pepper": "dr pepper", "ginger beer": "ginger beer",
    "red bull": "red bull", "redbull": "red bull", "pineapple": "pineapple juice",
    "pineapple juice": "pineapple juice", "grapefruit": "grapefruit juice",
    "grapefruit juice": "grapefruit juice", "water": "water", "diet": "diet coke",
}  # fmt: skip
"""A mixer as a drink's name says it -> its common name."""


def mixed_drinks(items: list[ParsedItem]) -> list[ParsedItem]:
    """The items with each mixed drink as its spirit and its mixer, in a drink's amounts."""
    out: list[ParsedItem] = []
    for item in map(wine_named, items):
        before = out[-1] if out else None
        poured = None if before is None else _spirit(before.food)
        if before is not None and poured is not None and _bare(before) and _mixer(item):
            if item.quantity_typed:  # "rum and coke x2": two drinks
                before = replace(before, quantity=item.quantity)
            span = f"{before.span} and {item.span}"
            out[-1:] = _drink(before, poured, singular(item.food), span)
            continue
        if before is not None and poured is not None and _mixer(item):
            drinks = _pours(before)
            if drinks is not None:  # "2 large pegs of royal stag with soda": 2 x 4 fl oz
                mixer = MIXERS[singular(item.food)]
                out.append(replace(item, quantity=MIXER * drinks, unit=Unit.FL_OZ, food=mixer))
                continue
        shots, named = _shots(item.food)
        spirit, _, mixer = named.partition(" ")
        if item.unit is None and spirit in SPIRITS and singular(mixer) in MIXERS:
            # "2 vodka sodas", "a double whiskey ginger"
            out.extend(_drink(item, (shots, spirit), singular(mixer), item.span))
            continue
        out.append(item)
    return out


POUR_ML: Final = 90.0
"""The most spirit one drink holds (a triple shot, a patiala peg): more ("a naggin of vodka and
coke", a bottle) is no drink's pour, and the mixer with it is as typed."""


def _pours(spirit: ParsedItem) -> float | None:
    """How many drinks a spirit measured by volume was poured as ("2 large pegs": 2, "a
    shot": 1), each at most `POUR_ML`; None for any other amount."""
    ml = None if spirit.unit is None else millilitres_of(spirit.quantity, spirit.unit)
    if ml is None:
        return None
    said = spirit.span.lower().split()
    counted = read_number(said[0]) if said else None
    drinks = counted if counted is not None and counted >= 1 else 1.0
    return drinks if ml / drinks <= POUR_ML else None


_SHOTS: Final = {"single": 1.0, "double": 2.0, "triple": 3.0}
"""A word before a spirit that counts its shots in one glass ("a double gin")."""


def _shots(food: str) -> tuple[float, str]:
    """The shots a drink's name counts before its spirit (one unless said), and the rest."""
    first, _, rest = food.partition(" ")
    return (_SHOTS[first], rest) if first in _SHOTS and rest else (1.0, food)


def _spirit(food: str) -> tuple[float, str] | None:
    """A spirit as a mixed drink's name says it ("gin", "double gin"): its shots and its
    name; None for any other food."""
    shots, spirit = _shots(food)
    return (shots, spirit) if spirit in SPIRITS else None


def _bare(item: ParsedItem) -> bool:
    """Named without a unit: one drink's spirit, or several ("2 gin and tonics")."""
    return item.unit is None and item.size is None


_TIMES: Final = re.compile(r"(?:\bx\s*\d+|\d+\s*x)\s*$")
"""A count typed after a drink's name ("rum and coke x2"): of the drinks, not the mixer."""


def _mixer(item: ParsedItem) -> bool:
    counted = item.quantity_typed and _TIMES.search(item.span) is None
    return _bare(item) and not counted and singular(item.food) in MIXERS


def _drink(item: ParsedItem, spirit: tuple[float, str], mixer: str, span: str) -> list[ParsedItem]:
    """The drink's shots and mixer, each labelled as a recipe's part is ("2 gin and tonics:
    1.5 fl oz gin"), in one drink's amount."""
    drinks, poured = item.quantity, MIXERS[mixer]
    fl_oz, name = SHOT * spirit[0], spirit[1]
    shot = replace(item, quantity=fl_oz * drinks, unit=Unit.FL_OZ, food=name,
                   span=f"{span}: {fl_oz:g} fl oz {name}")  # fmt: skip
    topped = replace(shot, quantity=MIXER * drinks, food=poured, added=True,
                     span=f"{span}: {MIXER:g} fl oz {poured}")  # fmt: skip
    return [shot, topped]
