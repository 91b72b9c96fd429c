"""Coffee-shop drinks by their cup size, as what they are made of: shots of espresso and the
milk the cup holds ("a venti soy latte"), or a cup of brewed coffee ("a large coffee").

The sizes are Starbucks' (short 8, tall 12, grande 16, venti 20 fl oz cups), which other US
chains follow, with small, medium and large read as tall, grande and venti. A latte's or a
cappuccino's milk is what the chains' published energy with 2% milk gives at 15.3 kcal a fl
oz (lattes 150, 190 and 250 kcal tall to venti: 10, 12.5 and 16.5 fl oz; cappuccinos, a
third foam, 110, 140 and 180: 7, 9 and 12 fl oz); a tall has one shot of espresso, a grande
and a venti two, an americano one more a size (short 1 to venti 4). Without a size, a latte
is a tall, a cappuccino a classic 6 fl oz cup, an americano two shots. The milk is 2% unless
named ("soy", "skim", "whole", "breve": half and half). A flavour ("vanilla", "caramel") is
the chains' pumps of syrup, 2 to 5 from short to venti, each about a teaspoon of sugar (20
kcal); a flavoured macchiato ("caramel macchiato") is a latte, a plain one espresso marked
with a spoonful of foam.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Final

from healthbot.food.parser import ParsedItem, parse_meal
from healthbot.food.text import normalize

CUPS: Final = ("short", "tall", "grande", "venti")
_SIZE_WORDS: Final = {
    **{size: size for size in CUPS},
    "small": "tall", "medium": "grande", "large": "venti", "extra large": "venti",
}  # fmt: skip
"""A size as typed -> the cup it is."""
MILKS: Final = {
    "2": "2 milk", "skim": "skim milk", "nonfat": "skim milk", "skinny": "skim milk",
    "whole": "whole milk", "soy": "soy milk", "breve": "half and half",
}  # fmt: skip
"""The word that names a drink's milk -> that milk's common name."""
FLAVOURS: Final = frozenset(
    {"vanilla", "caramel", "hazelnut", "toffee", "peppermint", "cinnamon", "dolce",
     "pumpkin", "spice", "brown", "sugar", "honey", "lavender", "nut", "free"}
)  # fmt: skip
"""Words of a syrup a drink is flavoured with ("pumpkin spice", "brown sugar", "sugar free
vanilla")."""
PUMPS: Final = {"short": 2, "tall": 3, "grande": 4, "venti": 5, None: 3}
SYRUP: Final = "sugar"
"""A pump of syrup as the common name it is made of: a teaspoon of sugar."""
ESPRESSO: Final = "espresso"
BREWED: Final = "brewed coffee"
MILK: Final = "2 milk"


@dataclass(frozen=True, slots=True)
class Drink:
    """What one cup of a drink holds, by cup (`CUPS`, then None for no size said)."""

    shots: dict[str | None, float]
    milk: dict[str | None, float]  # fl oz
    brewed: dict[str | None, float] | None = None  # fl oz of brewed coffee


_LATTE = Drink(
    shots={"short": 1, "tall": 1, "grande": 2, "venti": 2, None: 1},
    milk={"short": 6.5, "tall": 10, "grande": 12.5, "venti": 16.5, None: 10},
)
_BREWED = Drink(shots={}, milk={}, brewed={"short": 8, "tall": 12, "grande": 16, "venti": 20})
DRINKS: Final = {
    "latte": _LATTE, "caffe latte": _LATTE, "cafe latte": _LATTE,
    "cappuccino": Drink(
        shots={"short": 1, "tall": 1, "grande": 2, "venti": 2, None: 1},
        milk={"short": 5, "tall": 7, "grande": 9, "venti": 12, None: 6},
    ),
    "americano": Drink(shots={"short": 1, "tall": 2, "grande": 3, "venti": 4, None: 2}, milk={}),
    "macchiato": Drink(shots={"short": 1, "tall": 1, "grande": 2, "venti": 2, None: 1}, milk={}),
    "coffee": _BREWED,
    # a coffee shop's brewed coffee by its roast's name ("a grande pike place")
    **dict.fromkeys(
        ["black coffee", "drip coffee", "brewed coffee", "house coffee", "pike place",
         "pike place roast", "dark roast", "blonde roast", "medium roast", "light roast",
         "house blend", "filter coffee", "cold brew", "iced coffee"],
        _BREWED,
    ),
}  # fmt: skip
"""A drink's name (singular, as `text.normalize` leaves it) -> what its cups hold. A coffee
without a size is left to its serving (a cup, 8 fl oz)."""


def coffee_drinks(
    items: list[ParsedItem], mend: Callable[[str], str] = lambda food: food
) -> list[ParsedItem]:
    """The items with each coffee-shop drink replaced by what it is made of ("a venti soy
    latte": 2 fl oz of espresso and 16.5 of soy milk), times the count typed; an item with a
    unit ("a cup of latte"), or words no drink of the table has ("a pumpkin spice latte"),
    stays as typed."""
    read: list[ParsedItem] = []
    for item in items:
        parts = _made_of(item, mend) if item.unit is None else None
        if parts is None:
            read.append(item)
            continue
        for part in parts:
            [made] = parse_meal(part)
            read.append(
                replace(made, quantity=made.quantity * item.quantity, span=f"{item.span}: {part}")
            )
    return read


def _made_of(item: ParsedItem, mend: Callable[[str], str]) -> list[str] | None:
    # as typed first: a roast's name ("pike place") is no typo of a food's word
    as_typed = _parts(item, normalize(item.singular_food).split())
    return (
        as_typed
        if as_typed is not None
        else _parts(item, normalize(mend(item.singular_food)).split())
    )


def _parts(item: ParsedItem, words: list[str]) -> list[str] | None:
    cup = _SIZE_WORDS.get(str(item.size)) if item.size is not None else None
    if words and words[0] in _SIZE_WORDS:
        cup, words = _SIZE_WORDS[words[0]], words[1:]
    milk = MILK
    if words and words[0] in MILKS:
        milk, words = MILKS[words[0]], words[1:]
    flavour: list[str] = []
    while words and words[0] in FLAVOURS:
        flavour, words = [*flavour, words[0]], words[1:]
    name = "latte" if flavour and words == ["macchiato"] else " ".join(words)
    drink = DRINKS.get(name)
    if drink is None or (drink.brewed is not None and cup is None):
        return None
    parts = []
    if drink.brewed is not None:
        parts.append(f"{drink.brewed[cup]:g} fl oz {BREWED}")
    if (shots := drink.shots.get(cup, 0)) > 0:
        parts.append(f"{shots:g} fl oz {ESPRESSO}")
    if (milk_fl_oz := drink.milk.get(cup, 0)) > 0:
        parts.append(f"{milk_fl_oz:g} fl oz {milk}")
    if flavour and "free" not in flavour:  # "sugar free vanilla": no sugar
        parts.append(f"{PUMPS[cup]} tsp {SYRUP}")
    return parts
