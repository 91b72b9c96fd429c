"""Units of food logging: canonical names, conversion to grams and millilitres, USDA measures.

Conversion factors are exact definitions (avoirdupois ounce and pound, US customary cup,
tablespoon, teaspoon and fluid ounce, which are what USDA SR household measures use), so a
table is all it takes; `bench/eval_food_parser.py` checks them against pint.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum


class Unit(StrEnum):
    """A canonical unit a parsed food item can be counted in."""

    G = "g"
    KG = "kg"
    OZ = "oz"
    LB = "lb"
    ML = "ml"
    L = "l"
    FL_OZ = "fl oz"
    CUP = "cup"
    TBSP = "tbsp"
    TSP = "tsp"
    PINT = "pint"
    GLASS = "glass"
    SLICE = "slice"
    PIECE = "piece"
    SERVING = "serving"
    BOWL = "bowl"
    CAN = "can"
    BOTTLE = "bottle"
    HANDFUL = "handful"
    # Portions that USDA has measures for and that people type ("a scoop of protein powder").
    PACKAGE = "package"
    JAR = "jar"
    CONTAINER = "container"
    BAR = "bar"
    SCOOP = "scoop"
    STICK = "stick"
    STRIP = "strip"
    BAG = "bag"
    BOX = "box"
    SPLASH = "splash"
    SHOT = "shot"
    # Parts of a whole that SR24 weighs by name ("wedge (1/8 of melon)", "ear medium").
    WEDGE = "wedge"
    EAR = "ear"
    STALK = "stalk"
    CUBE = "cube"
    LEAF = "leaf"


class Size(StrEnum):
    """A size word that selects a household measure ("a medium apple")."""

    SMALL = "small"
    MEDIUM = "medium"
    LARGE = "large"
    JUMBO = "jumbo"  # a bakery's biggest ("a jumbo muffin"), else its extra large or large
    KING = "king"  # "king size": a candy bar's double
    FUN = "fun"  # "fun size": a candy bar's bite


# The words of a measure of each size, in the order tried: a food without a jumbo measure
# has its extra large, else its large one; a candy bar's "bar, king size (4 oz)".
_SIZE_NAMES: dict[Size, tuple[tuple[str, ...], ...]] = {
    Size.JUMBO: (("jumbo",), ("extra", "large"), ("large",)),
    Size.KING: (("king", "size"),),
    Size.FUN: (("fun", "size"),),
}


GRAMS_PER_UNIT: dict[Unit, float] = {
    Unit.G: 1.0,
    Unit.KG: 1000.0,
    Unit.OZ: 28.349523125,
    Unit.LB: 453.59237,
}

# A glass has no standard volume; 250 ml is the common metric glass and is only used when the
# food has no "glass" measure of its own.
ML_PER_UNIT: dict[Unit, float] = {
    Unit.ML: 1.0,
    Unit.L: 1000.0,
    Unit.FL_OZ: 29.5735295625,
    Unit.CUP: 236.5882365,
    Unit.TBSP: 14.78676478125,
    Unit.TSP: 4.92892159375,
    Unit.PINT: 473.176473,
    Unit.GLASS: 250.0,
    # Not exact units, but what they mean when poured: a splash of milk in coffee is two
    # tablespoons, a shot of spirits 1.5 fl oz (a US jigger).
    Unit.SPLASH: 2 * 14.78676478125,
    Unit.SHOT: 1.5 * 29.5735295625,
}

# Words people type for a unit that SR24's measures use otherwise (a dollop is a tablespoon,
# a hunk a piece; "1 shot" of a syrup is no jigger): read in what people type, never in a
# measure's name.
_SPOKEN_UNITS: dict[str, Unit] = {
    **dict.fromkeys(["spoonful", "spoonfuls", "spoon", "spoons", "dollop", "dollops"], Unit.TBSP),
    **dict.fromkeys(["slab", "slabs", "hunk", "hunks"], Unit.PIECE),
    **dict.fromkeys(["splash", "splashes"], Unit.SPLASH),
    **dict.fromkeys(["shot", "shots"], Unit.SHOT),
}

# Spellings as people type them (lower case, one or two words) mapped to the canonical unit.
UNIT_ALIASES: dict[str, Unit] = {
    **dict.fromkeys(["g", "gr", "gram", "grams", "gramme", "grammes"], Unit.G),
    **dict.fromkeys(["kg", "kgs", "kilo", "kilos", "kilogram", "kilograms"], Unit.KG),
    **dict.fromkeys(["oz", "ounce", "ounces"], Unit.OZ),
    **dict.fromkeys(["lb", "lbs", "pound", "pounds"], Unit.LB),
    **dict.fromkeys(
        ["ml", "mls", "millilitre", "millilitres", "milliliter", "milliliters"], Unit.ML
    ),
    **dict.fromkeys(["l", "litre", "litres", "liter", "liters"], Unit.L),
    **dict.fromkeys(["fl oz", "floz", "fluid ounce", "fluid ounces"], Unit.FL_OZ),
    **dict.fromkeys(["cup", "cups", "c"], Unit.CUP),
    **dict.fromkeys(["tbsp", "tbsps", "tbs", "tablespoon", "tablespoons", "tbl"], Unit.TBSP),
    **dict.fromkeys(["tsp", "tsps", "teaspoon", "teaspoons"], Unit.TSP),
    **dict.fromkeys(["pint", "pints"], Unit.PINT),
    **dict.fromkeys(["glass", "glasses"], Unit.GLASS),
    **dict.fromkeys(["slice", "slices"], Unit.SLICE),
    **dict.fromkeys(["piece", "pieces", "pc", "pcs"], Unit.PIECE),
    **dict.fromkeys(["serving", "servings", "portion", "portions"], Unit.SERVING),
    **dict.fromkeys(["bowl", "bowls", "bowlful"], Unit.BOWL),
    **dict.fromkeys(["can", "cans", "tin", "tins"], Unit.CAN),
    **dict.fromkeys(["bottle", "bottles"], Unit.BOTTLE),
    **dict.fromkeys(["handful", "handfuls"], Unit.HANDFUL),
    **dict.fromkeys(["package", "packages", "packet", "packets", "pack", "packs"], Unit.PACKAGE),
    **dict.fromkeys(["jar", "jars"], Unit.JAR),
    **dict.fromkeys(["container", "containers", "tub", "tubs"], Unit.CONTAINER),
    **dict.fromkeys(["bar", "bars"], Unit.BAR),
    **dict.fromkeys(["scoop", "scoops"], Unit.SCOOP),
    **dict.fromkeys(["stick", "sticks"], Unit.STICK),
    **dict.fromkeys(["strip", "strips", "rasher", "rashers"], Unit.STRIP),
    **dict.fromkeys(["bag", "bags"], Unit.BAG),
    **dict.fromkeys(["box", "boxes"], Unit.BOX),
    **dict.fromkeys(["jigger", "jiggers"], Unit.SHOT),
    **dict.fromkeys(["wedge", "wedges"], Unit.WEDGE),
    **dict.fromkeys(["ear", "ears"], Unit.EAR),
    **dict.fromkeys(["stalk", "stalks", "rib", "ribs"], Unit.STALK),
    **dict.fromkeys(["cube", "cubes", "cubic inch"], Unit.CUBE),
    **dict.fromkeys(["leaf", "leaves"], Unit.LEAF),
    **_SPOKEN_UNITS,
}

# Units that SR24 spells otherwise, tried in order when a food has no measure of the unit
# typed: bacon comes in slices, not rashers or strips; cheesecake in pieces, not slices.
UNIT_SYNONYMS: dict[Unit, tuple[Unit, ...]] = {
    Unit.STRIP: (Unit.SLICE, Unit.PIECE),
    Unit.SLICE: (Unit.PIECE, Unit.STRIP),
    Unit.PIECE: (Unit.SLICE,),
    Unit.STICK: (Unit.PIECE, Unit.BAR, Unit.STALK),  # "a stick of celery" is a stalk
    Unit.WEDGE: (Unit.PIECE, Unit.SLICE),
    Unit.EAR: (Unit.PIECE,),
    Unit.STALK: (Unit.PIECE, Unit.STICK),
    Unit.CUBE: (Unit.PIECE,),
    Unit.BAR: (Unit.PIECE,),
    Unit.SCOOP: (Unit.SERVING,),
    Unit.BOWL: (Unit.SERVING,),
}
# Containers named after a volume or weight typed ("330 ml can of coke", "8 oz glass of milk"):
# the amount typed is what counts.
CONTAINERS: frozenset[Unit] = frozenset(
    {Unit.CAN, Unit.BOTTLE, Unit.GLASS, Unit.CUP, Unit.BOWL, Unit.CONTAINER, Unit.PACKAGE,
     Unit.BAG, Unit.BOX, Unit.JAR}
)  # fmt: skip

SIZE_ALIASES: dict[str, Size] = {
    **dict.fromkeys(["small", "sm"], Size.SMALL),
    **dict.fromkeys(["medium", "med"], Size.MEDIUM),
    **dict.fromkeys(["large", "lg", "big"], Size.LARGE),
    "jumbo": Size.JUMBO,
}
SIZED_ALIASES: dict[str, Size] = {"king": Size.KING, "fun": Size.FUN}
"""Size words that are one only before "size" ("king size", "fun sized"): "king crab"."""

# Counted foods whose usual unit is not the medium one: USDA's standard egg is large.
DEFAULT_SIZE: dict[str, Size] = {"egg": Size.LARGE}

# Measure names that mean "one of the thing" whatever the food ("fruit (2-5/8" dia)").
_WHOLE_WORDS = frozenset({"piece", "unit", "each", "whole", "fruit", "item", "kernel", "nuts"})

# How measure names spell units: as people do (but `_SPOKEN_UNITS`), plus USDA's "nlea
# serving".
_MEASURE_UNITS = {
    **{word: unit for word, unit in UNIT_ALIASES.items() if word not in _SPOKEN_UNITS},
    "nlea serving": Unit.SERVING,
    "quart": Unit.PINT,
}
_QUART_PINTS = 2.0
_WORD = re.compile(r"[a-z]+")


def grams_of(quantity: float, unit: Unit) -> float | None:
    """Grams in `quantity` of a mass unit; None for any other unit."""
    factor = GRAMS_PER_UNIT.get(unit)
    return None if factor is None else quantity * factor


def millilitres_of(quantity: float, unit: Unit) -> float | None:
    """Millilitres in `quantity` of a volume unit; None for any other unit."""
    factor = ML_PER_UNIT.get(unit)
    return None if factor is None else quantity * factor


@dataclass(frozen=True, slots=True)
class _Measure:
    """A USDA household measure reduced to what matching needs."""

    unit: Unit | None  # the unit its name starts with, if any
    words: tuple[str, ...]  # its name's words, lower case
    grams: float  # grams in one of it (amount 0.5 "breast" of 86 g: 172 g)


def _read_measures(measures: Iterable[tuple[float, str, float]]) -> list[_Measure]:
    read = []
    for amount, name, grams in measures:
        if not (amount > 0 and grams > 0):  # a malformed row must not divide by zero
            continue
        lower = name.lower()
        words = tuple(_WORD.findall(lower))
        if words[1:] == ("balls",) and words[0] not in _MEASURE_UNITS:
            words = words[1:]  # "10 cantaloupe balls" are balls (of one), not cantaloupes
        unit = None
        for length in (2, 1):
            unit = _MEASURE_UNITS.get(" ".join(words[:length]))
            if unit is not None:
                break
        per_one = grams / amount
        if words[:1] == ("quart",):
            per_one /= _QUART_PINTS  # a quart is read as two pints so that density works
        if amount == _HALF and words[:1] in _SPLIT_PARTS:
            per_one = grams  # a bird's "1/2 breast" is one side: what is eaten as a breast
        read.append(_Measure(unit, words, per_one))
        if unit is not Unit.SERVING and _ONE_SERVING in lower:
            read.append(_Measure(Unit.SERVING, ("serving",), per_one))  # "cup (1 NLEA serving)"
        # "1 serving 1/2 cup" (66 g) is also half a cup: 132 g in one cup; "can 8.4 fl oz"
        # (258 g) gives a drink its density.
        if unit in _STATING and (stated := _STATED_VOLUME.search(lower)):
            volume = _fraction(stated["amount"])
            inner = _MEASURE_UNITS.get(" ".join(stated["unit"].split()))
            if volume and inner in ML_PER_UNIT:
                read.append(_Measure(inner, (str(inner), "serving"), per_one / volume))
        # "oz (14 halves)" also weighs one half: a fourteenth of it.
        if (counted := _COUNTED_IN.search(lower)) and int(counted[1]) > 1:
            named = tuple(_WORD.findall(counted[2]))
            if not ({named[0], " ".join(named)} & _MEASURE_UNITS.keys()):
                read.append(_Measure(None, named[-1:], per_one / int(counted[1])))
    return read


_COUNTED_IN = re.compile(r"\((?:approx\.? |about )?(\d+) ([a-z][a-z ]*)\)")


_HALF = 0.5
# Parts of a bird that USDA weighs per half ("0.5 breast, bone and skin removed": 86 g), the
# half being one side of the bird's, which is sold and eaten as one.
_SPLIT_PARTS = frozenset({("breast",), ("back",)})
_ONE_SERVING = "(1 nlea serving)"
# A serving, can or bottle measure that states its volume: "serving 1/2 cup", "can 12 fl oz".
_STATING = frozenset({Unit.SERVING, Unit.CAN, Unit.BOTTLE})
_STATED_VOLUME = re.compile(
    r"\b(?:serving|can|bottle)\b\D*?(?P<amount>\d+/\d+|\d+(?:\.\d+)?)\s*"
    r"(?P<unit>fl oz|cups?|tbsp|tablespoons?|tsp|teaspoons?)\b"
)


def _fraction(text: str) -> float:
    numerator, _, denominator = text.partition("/")
    try:
        value = float(numerator) / float(denominator or 1)
    except (ValueError, ZeroDivisionError):
        return 0.0
    return value if value > 0 else 0.0


def _of_size(measures: Sequence[_Measure], size: Size) -> _Measure | None:
    """The first of these measures that names this size (`_SIZE_NAMES`' order)."""
    for words in _SIZE_NAMES.get(size, ((size.value,),)):
        for measure in measures:
            if (
                _has_size(measure, Size(words[0]))
                if len(words) == 1
                else any(
                    measure.words[i : i + len(words)] == words for i in range(len(measure.words))
                )
            ):
                return measure
    return None


def _has_size(measure: _Measure, size: Size) -> bool:
    """Whether the measure names this size ("slice, large"; "extra large" is not "large")."""
    words = measure.words
    return any(w == size and (i == 0 or words[i - 1] != "extra") for i, w in enumerate(words))


def _pick(candidates: Sequence[_Measure], unit: Unit, size: Size | None) -> _Measure | None:
    """The measure for `unit`: the sized one if asked, else the plain one, else a medium one."""
    if not candidates:
        return None
    if size is not None:
        return _of_size(candidates, size) or candidates[0]
    plain = [m for m in candidates if len(m.words) == len(unit.split())]
    if plain:
        return plain[0]
    # "cup, whole" before "cup, ground" (almonds): a food named plainly is whole
    whole = (m for m in candidates if "whole" in m.words or _has_size(m, Size.MEDIUM))
    return next(whole, candidates[0])


_DENSITY_UNITS = (Unit.CUP, Unit.TBSP, Unit.FL_OZ, Unit.TSP, Unit.ML, Unit.PINT)


def _density(read: Sequence[_Measure]) -> float | None:
    """Grams per millilitre from the food's first plain volume measure ("cup", "fl oz"),
    else its first volume measure of any name ("cup, chopped"); None if it has none. A cola's
    "cup medium 21 fl oz size" is no cup."""
    for plain in (True, False):
        for unit in _DENSITY_UNITS:
            named = [m for m in read if m.unit is unit]
            if plain:
                named = [m for m in named if len(m.words) == len(unit.split())]
            if (found := _pick(named, unit, None)) is not None:
                return found.grams / ML_PER_UNIT[unit]
    return None


def _own_measure(read: Sequence[_Measure], size: Size | None, food: str) -> float | None:
    """Grams in one of a counted food from the measure named after its last word ("fish
    sticks": "stick (4 x 1 in)", "20 grapes": "10 grapes"): of the size asked, else the
    plain one, else a medium one; None if no measure is named so, or if the food's measures
    are named by size ("medium": `_count_measure` reads those)."""
    if any(m.words[:1] == (size or Size.MEDIUM,) for m in read):
        return None
    words = _WORD.findall(food.lower())
    head = _singular_word(words[-1]) if words else ""
    own = [m for m in read if m.words and _singular_word(m.words[0]) == head]
    if size is not None:
        return None if (sized := _of_size(own, size)) is None else sized.grams
    plain = (m for m in own if not _SIZE_WORDS.intersection(m.words))
    medium = (m for m in own if _has_size(m, Size.MEDIUM))
    found = next(plain, next(medium, own[0] if own else None))
    return None if found is None else found.grams


def _count_measure(read: Sequence[_Measure], size: Size | None, food: str) -> float | None:
    """Grams in one of a counted food ("2 eggs", "a medium apple", "half an avocado")."""
    food_words = {_singular_word(w) for w in _WORD.findall(food.lower())}
    wanted = size or next((DEFAULT_SIZE[w] for w in food_words if w in DEFAULT_SIZE), Size.MEDIUM)
    sized = next((m for m in read if m.words[:1] == (wanted,)), None)
    if sized is not None:
        return sized.grams
    if wanted in _SIZE_NAMES and (named := _of_size(read, wanted)) is not None:
        return named.grams
    if size not in (None, Size.MEDIUM):
        return None  # no small or large measure: asking beats a silent guess
    # Named after the item ("avocado, NS as to ...", "breast, bone and skin removed") before
    # a generic one ("fruit (2-5/8" dia)"), since chicken's "unit" is a yield from 1 lb.
    # Of those, the plain one ("cookie (average weight ...)"), else the one of the size wanted
    # ("croissant, medium" before "croissant, mini").
    for names in (food_words, _WHOLE_WORDS):
        whole = [m for m in read if m.words[:1] and m.words[0] in names]
        if whole:
            plain = (m for m in whole if not _SIZE_WORDS.intersection(m.words))
            of_size = (m for m in whole if _has_size(m, wanted))
            return next(plain, next(of_size, whole[0])).grams
    # A food whose one measure is one of it by another name ("submarine" for "a sub").
    return read[0].grams if len(read) == 1 and read[0].unit is None else None


_SIZE_WORDS = frozenset({*Size, "mini", "extra", "jumbo", "bite", "big"})


def match_measure(
    unit: Unit | None,
    size: Size | None,
    measures: Sequence[tuple[float, str, float]],
    food: str = "",
) -> float | None:
    """Grams in ONE `unit` (None: one whole item) of a food with these USDA measures.

    `measures` are (amount, name, grams) rows; `food` is the parsed food text, used to find
    a measure named after the item itself. None means no measure fits: the caller asks.
    Volume units fall back to the density of the food's other volume measures, then (ml, l,
    glass only, since the user gave the volume) to water's 1 g/ml.
    """
    if unit in GRAMS_PER_UNIT:
        return GRAMS_PER_UNIT[unit]
    read = _read_measures(measures)
    if unit is None or unit is Unit.PIECE:
        # "4 fish sticks": a stick, not the fish's "piece (4 x 2 in)"
        counted = _own_measure(read, size, food) if unit is None else None
        named = _pick([m for m in read if m.unit is Unit.PIECE], Unit.PIECE, size)
        if counted is None:
            counted = named.grams if named is not None else _count_measure(read, size, food)
        if counted is not None or unit is None:
            return counted
    if (container := _container(read, unit, size)) is not None:
        return container
    for spelled in (unit, *UNIT_SYNONYMS.get(unit, ())):
        named = _pick([m for m in read if m.unit is spelled], spelled, size)
        if named is not None:
            return named.grams
    if unit is Unit.GLASS:
        # A drink's stated serving ("serving 5 fl oz" of wine) is its glass, before 250 ml.
        served = (m for m in read if m.unit is Unit.SERVING and m.words[-2:] == ("fl", "oz"))
        if (serving := next(served, None)) is not None:
            return serving.grams
    return _by_volume(read, unit) if unit in ML_PER_UNIT else None


_CAN_FL_OZ = 12.0


def _drink_can(read: Sequence[_Measure]) -> float | None:
    """A drink's can: 12 fl oz, the US can, where SR24 has only "can or bottle (16 fl oz)"
    (its bottle's volume); None for a food with a can measure of its own."""
    cans = [m for m in read if m.unit is Unit.CAN]
    if not cans or not all("bottle" in m.words for m in cans):
        return None
    per_fl_oz = _by_volume(read, Unit.FL_OZ)
    return None if per_fl_oz is None else _CAN_FL_OZ * per_fl_oz


def _container(read: Sequence[_Measure], unit: Unit | None, size: Size | None) -> float | None:
    """A drink's can or a snack's small bag, where SR24's own are bigger; else None."""
    if unit is Unit.CAN:
        return _drink_can(read)
    return _single_bag(read) if unit is Unit.BAG and size is Size.SMALL else None


_SINGLE_BAG_OZ = 1.0


def _single_bag(read: Sequence[_Measure]) -> float | None:
    """A small bag of a snack: the single-serve bag, 1 oz (as a vending machine or a lunch
    box has it), where SR24's only bags are sharing bags ("bag (8 oz)") or, for a food it
    weighs by the ounce, none; None for a food with a small bag of its own."""
    bags = [m for m in read if m.unit is Unit.BAG]
    single = _SINGLE_BAG_OZ * GRAMS_PER_UNIT[Unit.OZ]
    if any(_has_size(m, Size.SMALL) or m.grams <= 2 * single for m in bags):
        return None
    return single if bags or any(m.unit is Unit.OZ for m in read) else None


def _by_volume(read: Sequence[_Measure], unit: Unit) -> float | None:
    """Grams in one volume `unit` through the food's density, or water's for a stated volume."""
    density = _density(read)
    if density is not None:
        return ML_PER_UNIT[unit] * density
    return ML_PER_UNIT[unit] if unit in (Unit.ML, Unit.L, Unit.GLASS) else None


_IRREGULAR_SINGULARS = {
    "leaves": "leaf",
    "loaves": "loaf",
    "halves": "half",
    "knives": "knife",
    "teeth": "tooth",
    "mice": "mouse",
    "geese": "goose",
    # -ie nouns, which the -ies rule below would turn into -y
    **{f"{stem}ies": f"{stem}ie" for stem in ("cook", "p", "brown", "smooth", "vegg", "hoag")},
}
# Words that end in s but are not plurals, or that USDA names in the plural.
_KEEP_PLURAL = frozenset(
    {"hummus", "couscous", "asparagus", "molasses", "oats", "grits", "swiss", "brussels",
     "fries", "chips", "greens", "citrus", "octopus", "bass", "gas", "nachos", "cheerios",
     "series", "species", "haggis", "schnapps", "pancreas"}
)  # fmt: skip


def _singular_word(word: str) -> str:
    if word in _IRREGULAR_SINGULARS:
        return _IRREGULAR_SINGULARS[word]
    if word in _KEEP_PLURAL or len(word) <= 3 or not word.endswith("s"):
        return word
    if word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"  # berries, cherries
    if word.endswith(("oes", "ches", "shes", "xes", "sses", "zes")):
        return word[:-2]  # potatoes, peaches, radishes, boxes
    return word[:-1]


def singular(food: str) -> str:
    """The food text with its last word made singular ("chicken breasts" → "chicken breast")."""
    head, _, last = food.rpartition(" ")
    return f"{head} {_singular_word(last)}" if head else _singular_word(last)
