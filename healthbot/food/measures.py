"""A food's own household measures: which of SR24's measures ("1 cup, chopped", "1 large
(3" dia)", "1 bar, king size (4 oz)") an amount typed means, and the grams it weighs.

`match_measure` is the one entry point: a unit and size typed for a food, its measures, and the
grams one unit weighs, or None when no measure or stated volume answers it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from healthbot.food.units import (
    DEFAULT_SIZE,
    GRAMS_PER_UNIT,
    ML_PER_UNIT,
    SPOKEN_UNITS,
    UNIT_ALIASES,
    UNIT_SYNONYMS,
    Size,
    Unit,
    singular_word,
)

# The words of a measure of each size, in the order tried: a food without a jumbo measure
# has its extra large, else its large one; a candy bar's "bar, king size (4 oz)".
_SIZE_NAMES: dict[Size, tuple[tuple[str, ...], ...]] = {
    Size.EXTRA_LARGE: (("extra", "large"), ("jumbo",), ("large",)),
    Size.JUMBO: (("jumbo",), ("extra", "large"), ("large",)),
    Size.MINI: (("mini",), ("miniature",), ("bite", "size"), ("snack", "size")),
    Size.KING: (("king", "size"),),
    Size.FUN: (("fun", "size"),),
    Size.REGULAR: (("regular",), ("medium",)),
    Size.KID: (("kid",), ("child",), ("small",)),
}
# Words that make a measure a sized one ("cookie, bite size"; "slice, regular" is a plain
# slice), and the sizes that are one word (a measure names them as its own: "slice, large").
_SIZE_WORDS = frozenset({*Size, "miniature", "extra", "bite", "big", "child"}) - {Size.REGULAR}
_ONE_WORD_SIZES = frozenset(size for size in Size if " " not in size)

# Measure names that mean "one of the thing" whatever the food ("fruit (2-5/8" dia)").
_WHOLE_WORDS = frozenset(
    {"piece", "unit", "each", "whole", "fruit", "item", "kernel", "nuts", "cracker", "half"}
)  # "cracker square" is one of a cracker of any name ("4 saltines"); a dried apricot or a
# canned peach is counted by the half it is sold as

# How measure names spell units: as people do (but `SPOKEN_UNITS`), plus USDA's "nlea
# serving".
_MEASURE_UNITS = {
    **{word: unit for word, unit in UNIT_ALIASES.items() if word not in SPOKEN_UNITS},
    "nlea serving": Unit.SERVING,
    "quart": Unit.PINT,
}
_QUART_PINTS = 2.0
_WORD = re.compile(r"[a-z]+")


@dataclass(frozen=True, slots=True)
class _Measure:
    """A USDA household measure reduced to what matching needs."""

    unit: Unit | None  # the unit its name starts with, if any
    words: tuple[str, ...]  # its name's words, lower case
    grams: float  # grams in one of it (amount 0.5 "breast" of 86 g: 172 g)
    single: bool = False  # the row was of one of it (amount 1), not "0.5 fillet" or "10 chips"


def _whole_vessel(
    unit: Unit | None, words: tuple[str, ...], amount: float, grams: float
) -> list[_Measure]:
    """The vessel a measure in fluid ounces is the whole of ("16 fl oz cup small": the small
    cup, 354 g), as one of it; [] for any other measure."""
    if unit is Unit.FL_OZ and words[2:3] in _VESSEL_WORDS and amount > 1:
        return [_Measure(None, words[2:], grams)]
    return []


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
        # "miniature box (.5 oz)", "small bag": a sized unit is that unit
        start = 1 if words[:1] and words[0] in _SIZE_WORDS else 0
        for length in (2, 1):
            unit = _MEASURE_UNITS.get(" ".join(words[start : start + length]))
            if unit is not None:
                break
        per_one = one_of(amount, words, grams)
        if words[:1] == ("quart",):
            per_one /= _QUART_PINTS  # a quart is read as two pints so that density works
        read.extend(_whole_vessel(unit, words, amount, grams))
        read.append(_Measure(unit, words, per_one, single=amount == 1))
        if unit is Unit.SERVING and (held := _held_in(words)) is not None:
            # "serving packet" of sugar, "serving 1 singles bag" of candies: that packet, bag
            read.append(_Measure(held, words, per_one))
        if unit is not Unit.SERVING and _ONE_SERVING in lower:
            # "0.75 cup (1 NLEA serving)": the serving is the whole measure, not one cup
            read.append(_Measure(Unit.SERVING, ("serving",), grams))
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


def one_of(amount: float, words: Sequence[str], grams: float) -> float:
    """Grams in one of what a measure of `amount` named `words` counts: its grams over its
    amount, but a split part's half ("0.5 fillet", "0.5 breast") is one as served."""
    if amount == _HALF and tuple(words[:1]) in _SPLIT_PARTS:
        return grams  # a bird's "1/2 breast" is one side: what is eaten as a breast
    return grams / amount


_HOLDERS = frozenset({Unit.PACKAGE, Unit.BAG, Unit.BOX, Unit.CAN, Unit.BOTTLE, Unit.CONTAINER})


def _held_in(words: Sequence[str]) -> Unit | None:
    """The package a serving measure is named after ("serving packet": a packet); else None."""
    held = (UNIT_ALIASES.get(word) for word in words[1:])
    return next((unit for unit in held if unit in _HOLDERS), None)


_COUNTED_IN = re.compile(r"\((?:approx\.? |about )?(\d+) ([a-z][a-z ]*)\)")


_VESSEL_WORDS = frozenset({("cup",), ("glass",), ("bottle",), ("can",), ("container",)})
"""What a measure in fluid ounces may be the whole of ("21 fl oz cup medium")."""
_HALF = 0.5
# Parts that USDA weighs per half, the half being what is sold and eaten as one: a bird's
# "0.5 breast, bone and skin removed" (86 g) is one side of its breast, a fish's "0.5 fillet"
# (150-200 g) one side of the fish, a served fillet.
_SPLIT_PARTS = frozenset({("breast",), ("back",), ("fillet",)})
_ONE_SERVING = "1 nlea serving)"  # also "( 1 NLEA serving)"
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
                if len(words) == 1 and words[0] in _ONE_WORD_SIZES
                else any(
                    measure.words[i : i + len(words)] == words for i in range(len(measure.words))
                )
            ):
                return measure
    return None


# Other words of a size in measure names: "cookie, big (3-1/2" - 4" dia)" is the large one.
_SIZE_SPELLINGS = {
    Size.LARGE: frozenset({"large", "big"}),
    Size.SMALL: frozenset({"small", "little"}),
}


def _has_size(measure: _Measure, size: Size) -> bool:
    """Whether the measure names this size ("slice, large"; "extra large" is not "large")."""
    words = measure.words
    named = _SIZE_SPELLINGS.get(size, frozenset({size.value}))
    return any(w in named and (i == 0 or words[i - 1] != "extra") for i, w in enumerate(words))


def by_size(measures: Iterable[tuple[float, str, float]]) -> dict[str, float]:
    """Grams in one of each size these measures name by their whole name ({"large": 50.0}
    for "1 large", not "1 slice, large")."""
    values = {size.value for size in Size}
    return {
        name.strip().lower(): grams / amount
        for amount, name, grams in measures
        if amount > 0 and name.strip().lower() in values
    }


def _pick(
    candidates: Sequence[_Measure], unit: Unit, size: Size | None, said: Iterable[str] = ()
) -> _Measure | None:
    """The measure for `unit`: the sized one if asked, else one named by a word the food was
    said with ("ground flaxseed": "tbsp, ground"), else the plain one, else a medium one, else
    one of no size ("a bar of chocolate": "bar (1.55 oz)", not "bar, miniature")."""
    if not candidates:
        return None
    if size is not None:
        return _of_size(candidates, size) or candidates[0]
    words = set(said) - _SIZE_WORDS
    if words and (named := next((m for m in candidates if words & set(m.words[1:])), None)):
        return named
    plain = [m for m in candidates if len(m.words) == len(unit.split())]
    if plain:
        return plain[0]
    # "cup, whole" before "cup, ground" (almonds): a food named plainly is whole; of three or
    # more sized by their diameter, none medium (pineapple's slices: 4-2/3", 3-1/2", thin),
    # the middle by weight
    whole = (m for m in candidates if "whole" in m.words or _has_size(m, Size.MEDIUM))
    sized = len(candidates) > 2 and all("dia" in m.words for m in candidates)
    middle = sorted(candidates, key=lambda m: m.grams)[len(candidates) // 2]
    unsized = (m for m in candidates if not _SIZE_WORDS & set(m.words[1:]))
    return next(whole, middle if sized else next(unsized, candidates[0]))


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


_SHORTEST_PART = 4  # a measure named by the end of the food's word: "berry", not "y"


def _names_head(measure_word: str, head: str) -> bool:
    """Whether a measure's first word names one of the food ("berry" of "blueberry")."""
    return measure_word == head or (
        len(measure_word) >= _SHORTEST_PART and head.endswith(measure_word)
    )


def _own_measure(read: Sequence[_Measure], size: Size | None, food: str) -> float | None:
    """Grams in one of a counted food from the measure named after its last word ("fish
    sticks": "stick (4 x 1 in)", "20 grapes": "10 grapes"): of the size asked, else a
    medium one ("cookie, medium" before "cookie (average weight ...)"), else the plain one;
    None if no measure is named so, or if the food's measures are named by size ("medium":
    `_count_measure` reads those)."""
    words = _WORD.findall(food.lower())
    head = singular_word(words[-1]) if words else ""
    if size is None and (kind := _kind_measure(read, words[:-1], head)) is not None:
        return kind
    if any(m.words[:1] == (size or Size.MEDIUM,) for m in read):
        return None
    # "blueberries": SR24's "50 berries"; "fish sticks": "stick"
    own = [m for m in read if m.words and _names_head(singular_word(m.words[0]), head)]
    if size is not None:
        return None if (sized := _of_size(own, size)) is None else sized.grams
    plain = (m for m in own if not _SIZE_WORDS.intersection(m.words))
    medium = (m for m in own if _has_size(m, Size.MEDIUM))
    # "a mars bar" whose bars are all sized ("bar fun size", "bar king size"): the serving
    # that is one bar ("serving 2.05 oz bar")
    served = (m for m in read if m.unit is Unit.SERVING and own and m.words[-1:] == (head,))
    found = next(medium, next(plain, next(served, own[0] if own else None)))
    return None if found is None else found.grams


def _kind_measure(read: Sequence[_Measure], qualifiers: Sequence[str], head: str) -> float | None:
    """Grams in one of a kind of the food named by a word before it, where the food has a
    measure of that name ("cherry tomatoes": "cherry", "plum tomato": "plum tomato"); None if
    none is named so."""
    kinds = {word for word in qualifiers if word not in _SIZE_WORDS}
    for measure in read:
        words = measure.words
        if measure.unit is None and words[:1] and words[0] in kinds and words[1:] in ((), (head,)):
            return measure.grams
        if measure.unit is None and len(words) == 2 and "".join(words) in kinds:
            return measure.grams  # "goldfish crackers": the crackers' "gold fish"
    return None


def _count_measure(
    read: Sequence[_Measure], size: Size | None, food: str, entry: str = ""
) -> float | None:
    """Grams in one of a counted food ("2 eggs", "a medium apple", "half an avocado"), its
    measures named by the words typed or by the entry's own name for it ("a large jacket spud":
    the potato's "potato large")."""
    said = [singular_word(w) for w in _WORD.findall(f"{food} {entry.partition(',')[0]}".lower())]
    # and two words as SR24 may write them as one ("corn dog": its "corndog" measure)
    food_words = {*said, *(first + second for first, second in pairwise(said))}
    wanted = size or next((DEFAULT_SIZE[w] for w in food_words if w in DEFAULT_SIZE), Size.MEDIUM)
    sized = next((m for m in read if m.words[:1] == (wanted,)), None)
    if sized is not None:
        return sized.grams
    if wanted in _SIZE_NAMES and (named := _of_size(read, wanted)) is not None:
        return named.grams
    # "a small shake": the whole small cup ("16 fl oz cup small"), a medium one if none said
    # (or a chain's cup named by its size: "cup small 16 fl oz size")
    vessels = [m for m in read if m.words[:1] in _VESSEL_WORDS
               and (m.unit is None or _SIZE_WORDS.intersection(m.words))]  # fmt: skip
    # "a small mcflurry": its regular cup, the smaller of the two it comes in
    smaller = _of_size(vessels, Size.REGULAR) if wanted is Size.SMALL else None
    if (vessel := _of_size(vessels, wanted) or smaller) is not None:
        return vessel.grams
    if size not in (None, Size.MEDIUM):
        # "a large papaya": its "fruit, large"; no such measure: asking beats a silent guess
        ones = (m.grams for m in read if _names_one(m, food_words) and _has_size(m, wanted))
        return next(ones, None)
    # Named after the item ("breast, bone and skin removed") before a generic one ("fruit"),
    # chicken's "unit" (a yield from 1 lb) after any other one; of those, the size wanted
    # ("cookie, medium" before "cookie (average weight)"), else the plain ("croissant, butter").
    parts = [m for m in read if m.single and m.unit is None and m.words[:2] != ("unit", "yield")]
    read = [m for m in read if m.words[:2] != ("unit", "yield")] if parts else read
    for names in (food_words, _WHOLE_WORDS):
        # a measure named so ("kernel") before one counting them ("oz (49 kernels)")
        whole = [m for m in read if m.words[:1] and m.words[0] in names] or [
            m for m in read if m.words[:1] and singular_word(m.words[0]) in names
        ]
        if whole:
            plain = (m for m in whole if not _SIZE_WORDS.intersection(m.words))
            of_size = (m for m in whole if _has_size(m, wanted))
            return next(of_size, next(plain, whole[0])).grams
    # A food whose one measure is one of it by another name ("submarine" for "a sub").
    return read[0].grams if len(read) == 1 and read[0].unit is None else None


def _names_one(measure: _Measure, food_words: set[str]) -> bool:
    """Whether a measure is one of the food, by its name or a word of one whole ("fruit")."""
    first = measure.words[:1]
    return bool(first) and (
        first[0] in food_words | _WHOLE_WORDS or singular_word(first[0]) in food_words
    )


def one_unitless(measures: Sequence[tuple[float, str, float]]) -> float | None:
    """Grams in a food's one measure without a unit, beside measures with units, as what a
    count of it counts ("2 weetabix": Weetabix's "biscuit" beside its "cup"); None if it has
    none or several, or if that row is of a part ("0.5 fillet" of salmon: a whole side).
    For a count typed: "steamed broccoli" alone is no broccoli spear, nor "spinach" a bunch."""
    unitless = [m for m in _read_measures(measures) if m.unit is None]
    if len(unitless) == 1 and unitless[0].single:
        return unitless[0].grams
    # a count of a food weighed by one thing of another name ("6 gingersnaps": its "cookie"
    # beside its "large"; "12 tater tots": a "puff"), else by one thing of a size alone ("12
    # prawns": shrimp's "4 large")
    things = [m for m in unitless if m.words[:1]]
    named = [m for m in things if m.single and m.words[0] not in _SIZE_WORDS]
    sized = [m for m in things if m.words[0] in _SIZE_WORDS]
    if len(named) == 1:
        return named[0].grams
    return sized[0].grams if not named and len(sized) == 1 else None


def match_measure(
    unit: Unit | None,
    size: Size | None,
    measures: Sequence[tuple[float, str, float]],
    food: str = "",
    entry: str = "",
) -> float | None:
    """Grams in ONE `unit` (None: one whole item) of a food with these USDA measures.

    `measures` are (amount, name, grams) rows; `food` is the parsed food text, used to find
    a measure named after the item itself (or after the food's own name in SR24, `entry`:
    "spud" is weighed by the potato's). None means no measure fits: the caller asks.
    Volume units fall back to the density of the food's other volume measures, then (ml, l,
    glass only, since the user gave the volume) to water's 1 g/ml.
    """
    if unit in GRAMS_PER_UNIT:
        return GRAMS_PER_UNIT[unit]
    read = _read_measures(measures)
    if unit is None or unit is Unit.PIECE:
        # "4 fish sticks": a stick, not the fish's "piece (4 x 2 in)"
        counted = _own_measure(read, size, food) if unit is None else None
        pieces = [m for m in read if m.unit is Unit.PIECE]
        named = _pick(pieces, Unit.PIECE, size)
        if counted is None and unit is None and size is not None and _of_size(pieces, size) is None:
            # "a king size milky way": its king size bar, not its miniature piece
            counted = _count_measure(read, size, food, entry)
        if counted is None:
            counted = named.grams if named is not None else _count_measure(read, size, food, entry)
        if counted is not None or unit is None:
            return counted
    if (container := _container(read, unit, size, food)) is not None:
        return container
    if (named := _spelled(read, unit, size, _WORD.findall(food.lower()))) is not None:
        return named.grams
    if unit is Unit.GLASS:
        # A drink's stated serving ("serving 5 fl oz" of wine) is its glass, before 250 ml.
        served = (m for m in read if m.unit is Unit.SERVING and m.words[-2:] == ("fl", "oz"))
        if (serving := next(served, None)) is not None:
            return serving.grams
    return _by_volume(read, unit) if unit in ML_PER_UNIT else None


def _spelled(
    read: Sequence[_Measure], unit: Unit, size: Size | None, said: Iterable[str] = ()
) -> _Measure | None:
    """The measure of `unit`, or of a unit SR24 spells it as (`UNIT_SYNONYMS`): one of the
    size asked in any spelling first ("a fun size bag of m&ms": its "package fun size", not
    its plain "singles bag"), else the first spelling's."""
    spellings = (unit, *UNIT_SYNONYMS.get(unit, ()))
    sized = (_of_size([m for m in read if m.unit is s], size) for s in spellings if size)
    if (found := next(filter(None, sized), None)) is not None:
        return found
    for spelled in spellings:
        of = [m for m in read if m.unit is spelled and (spelled is unit or "yield" not in m.words)]
        named = _pick(of, spelled, size, said)  # a slice is no "piece (yield from 1 lb raw)"
        if named is not None:
            return named
    return None


_BOWL_CUPS = 1.5
"""A bowl of soup, stew or chili: 12 fl oz, as nutrition references count a soup bowl."""


def _bowl(read: Sequence[_Measure]) -> float | None:
    """A bowl: the food's own bowl measure, else its labelled serving where it has one (a bowl
    of cereal is the box's serving: "cup (1 NLEA serving)"), else 1.5 cups; None for a food
    with no volume (then its serving, as `UNIT_SYNONYMS` says, or a question)."""
    own = [m for m in read if m.unit is Unit.BOWL]
    if own:
        return own[0].grams
    labelled = next((m for m in read if m.unit is Unit.SERVING and m.words == ("serving",)), None)
    if labelled is not None:
        return labelled.grams
    per_cup = _by_volume(read, Unit.CUP)
    return None if per_cup is None else _BOWL_CUPS * per_cup


_CAN_FL_OZ = 12.0


def _drink_can(read: Sequence[_Measure]) -> float | None:
    """A drink's can: 12 fl oz, the US can, where SR24 has only "can or bottle (16 fl oz)"
    (its bottle's volume); None for a food with a can measure of its own."""
    cans = [m for m in read if m.unit is Unit.CAN]
    if not cans or not all("bottle" in m.words for m in cans):
        return None
    per_fl_oz = _by_volume(read, Unit.FL_OZ)
    return None if per_fl_oz is None else _CAN_FL_OZ * per_fl_oz


def _container(
    read: Sequence[_Measure], unit: Unit | None, size: Size | None, food: str = ""
) -> float | None:
    """A drink's can, a bowl, or a snack's small bag, where SR24's own are bigger (but a bag
    of microwave popcorn is the bag it pops in: a variant's with a bag); else None."""
    if unit is Unit.CAN:
        return _drink_can(read)
    if unit in (Unit.BOWL, Unit.PLATE):  # "a plate of spag bol": the entree's serving
        return _bowl(read)
    if unit in (Unit.BAG, Unit.PACKAGE) and size in (None, Size.SMALL) and "microwave" not in food:
        return _single_bag(read, unit, small=size is Size.SMALL)
    return None


_SINGLE_BAG_OZ = 1.0


def _single_bag(read: Sequence[_Measure], unit: Unit, *, small: bool) -> float | None:
    """A small bag of a snack, or a bag or packet of one weighed by the ounce ("a packet of
    crisps"): the single-serve bag, 1 oz (as a vending machine or a lunch box has it, and the
    snack's labelled serving), where SR24's only bags are sharing bags ("bag (8 oz)") or none;
    None for a food with a small bag of its own, a packet asked of a food with packets of its
    own ("a packet of ramen"), or one not weighed by the ounce and no small bag asked for."""
    bags = [m for m in read if m.unit in (Unit.BAG, Unit.PACKAGE)]
    single = _SINGLE_BAG_OZ * GRAMS_PER_UNIT[Unit.OZ]
    if any(_has_size(m, Size.SMALL) or m.grams <= 2 * single for m in bags):
        return None
    if not small and unit is Unit.PACKAGE and any(m.unit is Unit.PACKAGE for m in bags):
        return None
    by_the_ounce = any(m.unit is Unit.OZ for m in read)
    return single if by_the_ounce or (small and bags) else None


def _by_volume(read: Sequence[_Measure], unit: Unit) -> float | None:
    """Grams in one volume `unit` through the food's density, or water's for a stated volume."""
    density = _density(read)
    if density is not None:
        return ML_PER_UNIT[unit] * density
    return ML_PER_UNIT[unit] if unit in (Unit.ML, Unit.CL, Unit.DL, Unit.L, Unit.GLASS) else None
