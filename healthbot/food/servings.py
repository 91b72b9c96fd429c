"""How much of a food a person means when they name it without an amount.

Two tables, consulted only when no unit or size was typed ("2 grande lattes" is twice the
serving; "a cup of milk" is a cup):
- `SERVINGS` (in `aliases`): a named thing's fixed size ("vodka" is a 1.5 fl oz shot, "grande
  latte" the 12.5 fl oz of milk its cup holds).
- `TOPPINGS`: what goes with another food, named after "with" ("coffee with milk", "a bagel
  with cream cheese"): the reference amount customarily consumed of it as an addition, after
  the FDA's reference amounts (21 CFR 101.12: 1 tbsp of butter, 2 tbsp of cream cheese or
  syrup, 1 tsp of sugar) and a splash of milk in coffee (2 tbsp). Named on its own ("milk and
  cookies") a food keeps its usual portion (a glass); a sauce or dressing (`CONDIMENTS`) is
  a spoonful however it is joined ("chips and salsa").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from healthbot.food.aliases import ALIASES, MILK_NAMES, PLAIN_MILKS, SERVINGS, in_vessel
from healthbot.food.measures import one_of
from healthbot.food.parser import ParsedItem, read_amount
from healthbot.food.quantities import read_number
from healthbot.food.text import normalize
from healthbot.food.units import (
    GRAMS_PER_UNIT,
    ML_PER_UNIT,
    UNIT_ALIASES,
    Unit,
    singular,
    singular_word,
)

TOPPINGS: dict[str, str] = {  # keys as `text.normalize` leaves them, like `ALIASES`
    # In a drink
    "milk": "2 tbsp", "whole milk": "2 tbsp", "skim milk": "2 tbsp", "2 milk": "2 tbsp",
    "oat milk": "2 tbsp", "almond milk": "2 tbsp", "soy milk": "2 tbsp",
    **dict.fromkeys(MILK_NAMES, "2 tbsp"),  # a splash by any milk's name ("semi skimmed milk")
    # and by one without "milk" ("with semi skimmed"), but a latte is a drink of its own
    **dict.fromkeys((m for m in PLAIN_MILKS if not {"latte", "cappuccino", "flat"} & {*m.split()}),
                    "2 tbsp"),
    # a tin's milk is poured by the spoon: a tablespoon of it in a cup of tea or coffee
    **dict.fromkeys(["evaporated milk", "peak milk", "peak", "carnation milk", "carnation",
                     "condensed milk", "sweetened condensed milk"], "1 tbsp"),
    "cream": "1 tbsp", "half and half": "2 tbsp", "creamer": "1 tbsp", "coffee creamer": "1 tbsp",
    "sugar": "1 tsp", "brown sugar": "1 tsp", "honey": "1 tbsp", "lemon": "1 tbsp",
    # On bread, pancakes, potatoes
    "butter": "1 tbsp", "margarine": "1 tbsp", "jam": "1 tbsp", "jelly": "1 tbsp",
    "marmalade": "1 tbsp", "peanut butter": "2 tbsp", "almond butter": "2 tbsp",
    "nutella": "1 tbsp", "cream cheese": "2 tbsp", "syrup": "2 tbsp", "maple syrup": "2 tbsp",
    # a bagel shop's schmear of cream cheese, as the FDA's reference amount of it
    **dict.fromkeys(["schmear", "shmear", "schmeer"], "2 tbsp"),
    "sour cream": "2 tbsp", "whipped cream": "2 tbsp", "gravy": "1/4 cup",
    # On yogurt: granola's reference amount, a quarter cup
    "granola": "1/4 cup",
    # On a bagel: a deli's 2 oz of smoked salmon
    "lox": "2 oz", "smoked salmon": "2 oz",
    # Sauces and dressings
    "ketchup": "1 tbsp", "mustard": "1 tsp", "mayo": "1 tbsp", "mayonnaise": "1 tbsp",
    "bbq sauce": "2 tbsp", "barbecue sauce": "2 tbsp", "hot sauce": "1 tsp",
    "soy sauce": "1 tbsp", "salsa": "2 tbsp", "guacamole": "2 tbsp", "hummus": "2 tbsp",
    "dressing": "2 tbsp", "ranch": "2 tbsp", "ranch dressing": "2 tbsp",
    "olive oil": "1 tbsp", "oil": "1 tbsp", "pesto": "2 tbsp", "tartar sauce": "2 tbsp",
    "marinara": "1/2 cup", "marinara sauce": "1/2 cup", "tomato sauce": "1/2 cup",
    # Sprinkled on top
    "parmesan": "2 tbsp", "parmesan cheese": "2 tbsp", "cinnamon": "1/4 tsp",
}  # fmt: skip


# Sauces, dressings and spreads are eaten by the spoonful whatever joins them ("chips and
# salsa", "cream cheese on a bagel"): SR24's first measure, a cup, is never what is meant.
CONDIMENTS = frozenset(
    {"ketchup", "mustard", "bbq sauce", "barbecue sauce", "hot sauce", "soy sauce", "salsa",
     "guacamole", "dressing", "ranch", "ranch dressing", "tartar sauce", "pesto", "sour cream",
     "gravy", "mayo", "mayonnaise", "syrup", "maple syrup",
     "butter", "margarine", "cream cheese", "jam", "jelly", "marmalade", "peanut butter",
     "almond butter", "nutella", "honey", "schmear", "shmear", "schmeer"}
)  # fmt: skip


def default_amount(item: ParsedItem) -> tuple[float, Unit] | None:
    """The amount an item typed without unit or size stands for, when one of the tables
    knows it; None leaves the food's usual portion to decide."""
    food = normalize(item.food)
    names: tuple[str, ...] = (food, normalize(item.singular_food), food.removesuffix("s"))
    if (usual := _FULL_SIZE.sub("", food)) != food:  # "a full size butterfinger": the bar
        food, names = usual, (usual, singular(usual), usual.removesuffix("s"))
    own = OWN_MEASURES.get(item.unit) if item.unit is not None and item.size is None else None
    if own is not None:  # "half a tin of beans": the tin's weight; "a bottle of tusker"
        text = next((SERVINGS[k] for n in names if (k := f"{own}{n}") in SERVINGS), None)
        found = None if text is None else read_amount(text)
        return None if found is None else (item.quantity * found[0], found[1])
    if item.unit is not None:
        return None
    if not item.quantity_typed and item.size is None and food in HALVED:
        return HALVED[food], Unit.G  # "toast with avo": half of one, not the whole fruit
    if (held := in_vessel(food)) is not None:  # "2 schooners of beer": two schooners
        names = (held[0],)
    added = item.added or any(n in CONDIMENTS for n in names)
    table = TOPPINGS if added and any(n in TOPPINGS for n in names) else SERVINGS
    if table is SERVINGS and (placed := _PLACED.split(food, maxsplit=1)[0]) != food:
        names = (*names, placed, placed.removesuffix("s"))  # "junior frosty from wendys"
    text = next((table[n] for n in names if n in table), None)
    found = None if text is None else read_amount(text)
    if found is None or (_piece(found) and _some(item, food)):
        return None
    if item.size is not None and found[1] not in SIZED:
        return None  # "a large coke": the large cup, not the serving
    return item.quantity * found[0], found[1]


HALVED: Final = dict.fromkeys(["avocado", "avo", "avocados", "avos", "smashed avo"], 100.0)
"""Grams of a food said without a count that is eaten by the half (an avocado on toast or in
a salad): half of SR24's avocado (201 g); "an avocado" or "2 avocados" are counted wholes."""

SIZED: Final = frozenset({Unit.EAR})
"""Units of a serving that come in sizes, which a size typed picks ("a large corn on the
cob": SR24's large ear)."""


_FULL_SIZE: Final = re.compile(r"^(?:full|standard) sized? ")
"""A food said to be its full size ("a full size snickers"): its usual one, no other size."""
_PLACED: Final = re.compile(r" (?:from|at) ")
"""Where a food named after its place begins ("junior frosty from wendys")."""
OWN_MEASURES: Final = {
    Unit.CAN: "can of ", Unit.BOTTLE: "bottle of ", Unit.SLICE: "slice of ",
    Unit.STICK: "stick of ",
}  # fmt: skip
"""How `SERVINGS` names a food's can, tin, bottle or slice where SR24 has none, or one of
another size ("can of baked beans": Britain's 415 g tin; "can of monster": its 16 fl oz can;
"bottle of tusker": Kenya's 500 ml bottle; "slice of spam": an eighth of its 12 oz can;
"stick of string cheese": its one ounce)."""
_PIECE_GRAMS: Final = 15.0


def measured_names(item: ParsedItem, food: str) -> tuple[str, ...]:
    """The common names (`ALIASES`, exactly: "can of pepsi" is no brand's can of water) that
    name the food with the measure it comes in ("a stick of cheese": string cheese, where
    "cheese" alone is cheddar); () for an item in no such measure."""
    own = OWN_MEASURES.get(item.unit) if item.unit is not None and item.size is None else None
    names = () if own is None else (f"{own}{food}", f"{own}{singular(food)}")
    return tuple(name for name in names if normalize(name) in ALIASES)


def _piece(amount: tuple[float, Unit]) -> bool:
    """Whether a serving is one small piece ("ginger nut": a 7 g biscuit)."""
    return amount[1] is Unit.G and amount[0] < _PIECE_GRAMS


def _some(item: ParsedItem, food: str) -> bool:
    """Whether an item is some of a counted food, not one: a plural without a count
    ("ginger nuts with my tea")."""
    return not item.quantity_typed and normalize(item.singular_food) != food


def usual_portion(
    measures: Sequence[tuple[float, str, float]], food_group: str | None = None
) -> float:
    """Grams in one usual portion of a food named without quantity or unit: a restaurant's
    package or order of it ("coleslaw" at KFC: its side, not a cup), else its first slice,
    piece or serving measure ("toast": a slice, "pizza": a serving), else one its label
    calls a serving ("5 crackers ... (1 serving)"), else its first cup measure as USDA
    states it ("steamed broccoli": "0.5 cup, chopped", not a large stalk), else USDA's
    first."""
    words = [
        (amount, name.lower().replace(",", " ").split(), grams) for amount, name, grams in measures
    ]
    if (one := restaurant_order(measures, food_group)) is not None:
        return one
    for plain in (True, False):  # "slice" before "slice, large"
        for amount, name, grams in words:
            if name[:1] in _USUAL_MEASURES and (len(name) == 1 or not plain):
                return grams / amount
    # "5 crackers, regular size, round (1 serving)": the label's serving, not a cup crushed
    labelled = (grams for _, name, grams in words if "serving)" in name and name[:1] != ["cup"])
    cups = (grams for amount, name, grams in words if name[:1] == ["cup"] and amount <= 1)
    # a drink weighed by the fluid ounce first ("3 san mig lights"): its can or bottle, the
    # smallest of them (a soda's 12 fl oz can before its 16 fl oz bottle), never an ounce
    cans = sorted(grams / amount for amount, name, grams in words if name[:1] in _CANS and amount)
    return (
        next(labelled, None) or next(cups, None) or next(iter(cans), None) or _as_stated(*words[0])
    )


def restaurant_order(
    measures: Sequence[tuple[float, str, float]], food_group: str | None
) -> float | None:
    """Grams in what a restaurant serves one person of a food of its own (its plain
    "package", "order", "side" or "individual": General Tso's chicken is its takeout order,
    535 g, not one of its "3 pieces"); None for another food, or one without such a measure."""
    if food_group not in RESTAURANT_GROUPS:
        return None
    served = (
        grams / amount
        for amount, name, grams in measures
        if amount > 0 and name.lower().replace(",", " ").split() in _SERVED_MEASURES
    )
    return next(served, None)


def _as_stated(amount: float, words: Sequence[str], grams: float) -> float:
    """Grams in a food's first measure as USDA states it when it is several of a weight or
    volume ("3 oz" of fish, "12 fl oz cup regular" of a shake: the portion, never one ounce of
    it); else in one of what it counts ("0.5 cup": a cup, "0.5 fillet": one fillet)."""
    two = " ".join(words[:2])
    unit = UNIT_ALIASES.get(two) or UNIT_ALIASES.get(words[0] if words else "")
    if amount > 1 and (unit in GRAMS_PER_UNIT or unit in ML_PER_UNIT):
        return grams
    return one_of(amount, words, grams)


_USUAL_MEASURES: Final = (["slice"], ["piece"], ["serving"])
_CANS: Final = (["can"], ["bottle"])
_SERVED_MEASURES: Final = (["package"], ["order"], ["side"], ["individual"])
"""A restaurant's measures of what it serves one person, before any other of its food."""
RESTAURANT_GROUPS: Final = frozenset({"Fast Foods", "Restaurant Foods"})
"""SR24's food groups of what restaurants serve."""


def served(measures: Sequence[tuple[float, str, float]]) -> bool:
    """Whether the food's one usual portion is a serving of one (a restaurant's "serving" of
    fries is what it serves one person, however rich), not a slice or a first measure that
    may be a whole pie."""
    return len(measures) == 1 and measures[0][1].lower().split()[:1] == ["serving"]


_PATTY_YIELD = re.compile(r"^patty\s*\(\s*yield from (\d+/\d+|\d+(?:\.\d+)?) lb raw")
_GROUND_YIELD = re.compile(
    r"^(?:patty|portion|loaf|unit)\b.*\byield from (\d+/\d+|\d+(?:\.\d+)?) lb raw"
)
"""SR24's measure of a cooked ground meat by the raw pounds it was made of ("portion ( yield
from 1/2 lb raw meat )"): the ratio of cooked to raw weight."""


_GROUND: Final = frozenset({"ground", "mince", "minced", "hamburger", "burger", "patty", "patties"})


def bought_raw(food: str) -> bool:
    """Whether pounds of the food said are its raw meat's, as ground meat is bought ("a
    pound of ground beef, browned"), for `cooked_patty`; not where the meat is said cooked
    ("a pound of cooked ground beef"), nor for a meat not said ground ("1 lb veal", "a pound
    of meatloaf"): those pounds are what was weighed."""
    words = set(food.lower().replace(",", " ").split())
    return bool(words & _GROUND) and "cooked" not in words


def cooked_patty(
    grams: float, measures: Sequence[tuple[float, str, float]], *, pounds: bool = False
) -> float | None:
    """Grams of a cooked patty named by the raw meat it is made of ("a quarter pound burger
    patty": SR24's "patty (yield from 1/4 lb raw meat)", 77 g), as patties are sold and
    named; None unless `grams` is one such patty's raw weight (within 1%). In `pounds`, any
    weight of a cooked ground meat is its raw meat's, as it is bought ("half a pound of
    ground beef, browned": the 149 g that 227 g raw makes), scaled by its yield measure."""
    for amount, name, cooked in measures:
        found = _PATTY_YIELD.search(name.lower())
        raw = (read_number(found[1]) or 0.0) * GRAMS_PER_UNIT[Unit.LB] if found else 0.0
        if raw and amount > 0 and abs(grams / raw - round(grams / raw)) < 0.01 * grams / raw:
            return round(grams / raw) * cooked / amount
    for amount, name, cooked in measures if pounds else ():
        found = _GROUND_YIELD.search(name.lower())
        raw = (read_number(found[1]) or 0.0) * GRAMS_PER_UNIT[Unit.LB] if found else 0.0
        if raw and amount > 0:
            return grams * cooked / amount / raw
    return None


def served_several(
    measures: Sequence[tuple[float, str, float]], food: str, smallest: float
) -> float | None:
    """Grams in the measure that counts several of a food named in the plural without a
    count ("hotcakes": McDonald's "3 hotcakes", 149 g), as it is served; None if no measure
    counts more than one of it by its name, each of `smallest` grams at least ("10 grapes"
    are no serving: "grapes" are the usual portion of a small thing)."""
    said = {singular_word(word) for word in food.lower().split()}
    for amount, name, grams in measures:
        first = name.lower().split()[:1]
        if amount > 1 and grams / amount >= smallest and first and singular_word(first[0]) in said:
            return grams
    return None


_CUTS: Final = frozenset({"slice", "chunk", "cube", "wedge"})
_CUT_UNITS: Final = {
    "slice": Unit.SLICE,
    "chunk": Unit.CUBE,
    "cube": Unit.CUBE,
    "wedge": Unit.WEDGE,
}


def cut_counted(food: str, name: str) -> Unit | None:
    """The unit a food's cut pieces counted after its name count ("4 cucumber slices": 4
    slices of cucumber, never 4 cucumbers), unless the table's food `name` is of those cuts
    already ("Potatoes, ... wedges"); None for a food not said by its cuts."""
    last = singular_word(food.lower().split()[-1]) if food.split() else ""
    unit = _CUT_UNITS.get(last)
    return None if unit is None or last in name.lower() else unit


def cut_helping(measures: Sequence[tuple[float, str, float]], food: str) -> float | None:
    """Grams of a food's cut pieces said in the plural without a count ("some cucumber
    slices"): the cup of them SR24 measures, as it lists it ("0.5 cup slices", 52 g), not
    the whole cucumber; None if the food is not said by its pieces or has no such cup."""
    last = singular_word(food.lower().split()[-1]) if food.split() else ""
    cut = last if last in _CUTS else None
    for _, name, grams in measures if cut else ():
        words = [singular_word(word) for word in re.findall(r"[a-z]+", name.lower())]
        if words[:1] == ["cup"] and cut in words:
            return grams
    return None
