"""Water amounts and body weights as people type them: "500ml", "a glass", "72,5 kg", "11 st 4".

Everything here is pure: text in, millilitres or kilograms out, or an `AmountError` naming the
problem (the router turns it into a reply from the catalog). Numbers go through `Decimal`, so
no input (a 40-digit number, "1e999", "nan") can overflow or turn into infinity.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum
from typing import Final

from healthbot.errors import UserInputError
from healthbot.measures import Units, VolumeUnits, british
from healthbot.measures import fl_oz_ml as measured_fl_oz_ml
from healthbot.tracking.water_sized import sized_water
from healthbot.when import When, read_when

ML_PER_FL_OZ: Final = Decimal("29.5735295625")  # US fluid ounce
KG_PER_LB: Final = Decimal("0.45359237")
LB_PER_STONE: Final = 14
GLASS_ML: Final = 250
MAX_WATER_ML: Final = 5000  # water_logs' CHECK: one entry is at most 5 l
MIN_WEIGHT_KG: Final = Decimal(20)  # weight_logs' CHECK
MAX_WEIGHT_KG: Final = Decimal(500)
QUICK_ADD_ML: Final = (250, 500)
"""The amounts the quick-add buttons offer a metric user; a button carrying an amount
offered to no one is refused."""
QUICK_ADD_FL_OZ: Final = (8, 16)
"""What they offer a user whose water reads in US fluid ounces: a cup and two (237 and 473
ml)."""
BUTTON_PREFIX: Final = "water:"
MAX_INPUT_CHARS: Final = 40  # "11 st 4 lb this morning" fits; a pasted essay does not
MAX_WATER_CHARS: Final = 120
"""A water amount is said with what it was drunk after or with ("a big glass of water after
my run this morning"): longer than a weight, still no essay."""
METRIC_CUP_ML: Final = Decimal(250)
US_CUP_ML: Final = 8 * Decimal("29.5735295625")
"""A cup of water or tea: the metric cup (250 ml) where water reads in ml; where it reads
in US fluid ounces the US cup of 8 fl oz (237 ml), as their +8 fl oz button and a cup of
food logged with /log (USDA's household measure) have it. The US label cup is 240 ml, 1%
more."""


class Problem(StrEnum):
    """Why an amount cannot be logged."""

    NOT_UNDERSTOOD = "not_understood"
    NOT_POSITIVE = "not_positive"
    TOO_MUCH = "too_much"
    NO_UNIT = "no_unit"  # "/water 2": two glasses? two litres?
    FL_OZ_OR_ML = "fl_oz_or_ml"  # "/water 100" where water reads in fluid ounces
    OUT_OF_RANGE = "out_of_range"
    NOT_WATER = "not_water"  # "/water 2 glasses of juice": a drink with calories is a /log


class AmountError(UserInputError):
    """An amount or a weight that cannot be logged; `problem` says why."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.value)
        self.problem = problem


_NUMBER = r"[0-9]+(?:[.,][0-9]+)?|[.,][0-9]+"
_FRACTION = r"[0-9]+/[0-9]+"
_WORD_NUMBERS: Final[dict[str, int | Decimal]] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "half": Decimal("0.5"),
    "half a": Decimal("0.5"), "half an": Decimal("0.5"), "a half": Decimal("0.5"),
    "a couple of": 2, "couple of": 2, "a few": 3,
}  # fmt: skip
_WATER_UNITS: Final[dict[str, Decimal]] = {
    "ml": Decimal(1), "milliliter": Decimal(1), "millilitre": Decimal(1),
    "cl": Decimal(10), "dl": Decimal(100),
    "l": Decimal(1000), "liter": Decimal(1000), "litre": Decimal(1000), "ltr": Decimal(1000),
    "glass": Decimal(GLASS_ML), "cup": METRIC_CUP_ML, "mug": Decimal(300),
    "bottle": Decimal(500), "pint": Decimal("473.176473"), "tumbler": Decimal(GLASS_ML),
    "can": Decimal(330),
    # Australia's beer glasses, which water is drunk from too: a schooner (425 ml; South
    # Australia's is 285, but most of the country's is 425), a pot and a middy (285 ml)
    "schooner": Decimal(425), "pot": Decimal(285), "middy": Decimal(285),
    # Nigeria's "pure water": a 50 cl sachet ("2 sachets", "2 pure water")
    "sachet": Decimal(500), "pure water": Decimal(500),
    "oz": ML_PER_FL_OZ, "fl oz": ML_PER_FL_OZ, "floz": ML_PER_FL_OZ,
    "ounce": ML_PER_FL_OZ, "fluid ounce": ML_PER_FL_OZ, "fl ounce": ML_PER_FL_OZ,
}  # fmt: skip
# Drinks that are water as far as a day's water goes, as hydration trackers count them:
# "/water 2 cups of tea" is 500 ml. Anything else named ("of juice") is a /log: it has energy.
WATERY: Final = frozenset({
    "water", "pure water", "tap water", "still water", "hot water", "warm water",
    "cold water", "iced water", "ice water", "filtered water", "bottled water",
    "sparkling water", "fizzy water", "soda water", "mineral water", "seltzer",
    "tea", "black tea", "green tea", "herbal tea", "fruit tea", "mint tea",
    "peppermint tea", "chamomile tea", "camomile tea", "rooibos", "rooibos tea",
    "ginger tea", "lemon tea", "jasmine tea", "white tea", "oolong", "oolong tea",
    "decaf tea", "hibiscus tea", "cuppa",
})  # fmt: skip
# Bottled water by its brand: water ("a bottle of fiji", "evian"); named alone, a bottle.
WATER_BRANDS: Final = frozenset({
    "evian", "fiji", "volvic", "dasani", "aquafina", "smartwater", "smart water", "voss",
    "perrier", "san pellegrino", "pellegrino", "acqua panna", "highland spring",
    "poland spring", "deer park", "arrowhead", "ice mountain", "crystal geyser", "essentia",
    "nestle pure life", "pure life", "buxton", "badoit", "vittel", "gerolsteiner",
    "topo chico", "la croix", "lacroix", "bubly", "spindrift", "waiakea", "icelandic glacial",
    "mountain valley", "liquid death", "saratoga", "eternal", "just water", "glaceau",
})  # fmt: skip
# A container's size said before it: "a big glass" is half as much again, "a small one"
# three quarters.
_SIZES: Final[dict[str, Decimal]] = {
    "big": Decimal("1.5"), "large": Decimal("1.5"), "tall": Decimal("1.5"),
    "huge": Decimal(2), "small": Decimal("0.75"), "little": Decimal("0.75"),
    "medium": Decimal(1), "regular": Decimal(1), "full": Decimal(1), "normal": Decimal(1),
}  # fmt: skip
# Where an amount's words end and what it was drunk with, after or when begins ("a glass
# of water after my run"): the amount alone is read.
_CONTEXT: Final = frozenset({
    "after", "before", "during", "while", "when", "at", "in", "on", "this", "today",
    "tonight", "from", "for", "since", "because", "as", "with", "just", "now", "earlier",
    "around", "post", "pre", "between", "throughout", "all",
})  # fmt: skip
# Words after an amount's cut that count a second drink ("and one at night", "another with
# dinner"), and what is put in water ("with lemon and ice"), which is not one.
_MORE: Final = frozenset(
    {w for w in _WORD_NUMBERS if w not in {"a", "an"}}
    | {"another", "again", "twice", "more", "couple", "few"}
)
_ADDED: Final = frozenset({"lemon", "lime", "ice", "mint", "cucumber", "ginger"})
# Words after an amount's cut that make it a multiple of a count not said ("after each
# meal", "before every workout", "per meal"): no amount to log.
_EACH: Final = frozenset({"each", "every", "per"})
_CLOCK: Final = re.compile(r"^[0-9]{1,2}(?::[0-9]{2})?(?:am|pm)$|^[0-9]{1,2}:[0-9]{2}$")
# Words after an amount that put it on another day: it is not today's water.
_OTHER_DAY: Final = re.compile(
    r"\b(?:yesterday|last\s+night|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"ago)\b"
)
# Units that make sense without a number: "/water a glass" and "/water glass" alike.
_CONTAINERS: Final = frozenset({
    "glass", "cup", "mug", "bottle", "pint", "tumbler", "sachet", "pure water", "can",
    "schooner", "pot", "middy",
})  # fmt: skip
# Drinks known to have energy: named to /water, they are sent to /log. A drink whose name
# ends in "water" is water ("still mineral water", "plain water") unless a word here says
# otherwise ("coconut water", "tonic water"); any other drink is no amount /water reads.
_ENERGY_RE: Final = re.compile(
    r"\b(?:juices?|coke|cola|pepsi|sprite|fanta|lemonade|soda|pop|milk|beers?|lager|ale|"
    r"stout|cider|wine|prosecco|champagne|smoothies?|shakes?|milkshakes?|coffees?|lattes?|"
    r"cappuccinos?|flat white|mocha|hot chocolate|cocoa|kombucha|energy drinks?|red bull|"
    r"monster|gatorade|powerade|lucozade|squash|cordial|kefir|lassi|nectar|punch|cocktails?|"
    r"whisky|whiskey|vodka|gin|rum|tequila|iced tea|bubble tea|milk tea|sweet tea|chai|"
    r"coconut|tonic|vitamin|barley|sweetened|sugar|honey|syrup)\b"
)
# "a glass of water with lemon": what is put in a glass of water leaves it water.
_WITH = (
    r"(?:\s+with\s+(?:an?\s+)?(?:(?:slice|squeeze|wedge|splash|dash)\s+of\s+)?"
    r"(?:lemon|lime|ice|mint|cucumber|ginger))?"
)


def _alternatives(names: Iterable[str]) -> str:
    # Longest first, so that "fl oz" wins over "oz" and "half a" over "half".
    words = sorted(names, key=len, reverse=True)
    return "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in words)


_QUANTITY = rf"(?P<qty>{_FRACTION}|{_NUMBER}|(?:{_alternatives(_WORD_NUMBERS)})(?![a-z]))"
_UNIT = rf"(?:(?P<size>{_alternatives(_SIZES)})\s+)?(?P<unit>{_alternatives(_WATER_UNITS)})(?:e?s)?"
_DRINK = rf"(?P<drink>{_alternatives(WATERY | WATER_BRANDS)}|(?:[a-z]+\s+){{1,3}}water)"
_WATER_RE: Final = re.compile(
    rf"^(?:{_QUANTITY}\s*)?(?:{_UNIT})?(?:\s+(?:of\s+)?{_DRINK}s?{_WITH})?$", re.ASCII
)
# An amount of some other drink: "2 glasses of orange juice", "a can of coke".
_OTHER_DRINK_RE: Final = re.compile(
    rf"^(?:{_QUANTITY}\s*)?(?:{_UNIT}|cans?)\s+(?:of\s+)?(?P<drink>[a-z][a-z' -]*)$", re.ASCII
)
_KG = "kg|kgs|kilo|kilos|kilogram|kilograms"
_LB = "lb|lbs|pound|pounds"
_WEIGHT_RE: Final = re.compile(
    rf"^(?P<qty>{_NUMBER})\s*(?:(?P<kg>{_KG})|(?P<lb>{_LB}))?$", re.ASCII
)
_STONE_RE: Final = re.compile(
    rf"^(?P<st>{_NUMBER})\s*(?:st|stone|stones)(?:\s*(?P<lb>{_NUMBER})\s*(?:{_LB})?)?$", re.ASCII
)
_NEGATIVE_RE: Final = re.compile(r"^[-−–]\s*[0-9.,]")


def _normalize(text: str, limit: int = MAX_INPUT_CHARS) -> str:
    """Lower case, one space between words, "fl." as "fl"; refuse what no amount looks like."""
    if len(text) > limit or "\x00" in text:
        raise AmountError(Problem.NOT_UNDERSTOOD)
    words = text.lower().replace("fl.", "fl ").split()
    normal = " ".join(words)
    if _NEGATIVE_RE.match(normal):
        raise AmountError(Problem.NOT_POSITIVE)
    return normal


def _number(token: str) -> Decimal:
    """A quantity token as a Decimal: "0,5", ".5", "3/4", "two", "half a"."""
    word = _WORD_NUMBERS.get(" ".join(token.split()))
    if word is not None:
        return Decimal(word)
    try:
        if "/" in token:
            numerator, denominator = token.split("/")
            return Decimal(numerator) / Decimal(denominator)
        return Decimal(token.replace(",", "."))
    except (InvalidOperation, ZeroDivisionError):  # 3/0
        raise AmountError(Problem.NOT_UNDERSTOOD) from None


def _whole(value: Decimal, step: str = "1") -> Decimal:
    return value.quantize(Decimal(step), rounding=ROUND_HALF_UP)


IMPERIAL_PINT_ML: Final = Decimal("568.26125")
"""A pint in Britain and Ireland (a US pint is 473 ml); their fluid ounce is a twentieth."""


BARE_FL_OZ: Final = (6, 64)
"""The bare numbers read as fluid ounces where water reads in them ("/water 20")."""
BARE_ML_FROM: Final = 200
"""The bare numbers from which one is millilitres there too ("/water 500")."""


def pint_ml(timezone: str | None, stones: bool = False) -> Decimal:
    """A pint where the user lives: 568 ml for a British user (in Britain or Ireland, or
    one who weighs in stones: `healthbot.measures.british`), else the US 473 ml."""
    return IMPERIAL_PINT_ML if british(timezone, stones) else _WATER_UNITS["pint"]


def parse_water(
    text: str,
    pint: Decimal | None = None,
    cup: Decimal | None = None,
    fl_oz: Decimal | None = None,
    *,
    bare_fl_oz: bool = False,
) -> int:
    """Millilitres from "500ml", "0.5 l", "a glass", "2 big glasses", "16 oz", "a bottle of
    evian", said alone or before what it was drunk with or after ("a glass after my run")
    (1..5000); a pint is `pint` ml (see `pint_ml`), the US pint by default; a cup is `cup`
    ml (see `cup_ml`), 250 ml by default; a fluid ounce `fl_oz` ml, the US one by default.
    A bare number is millilitres, or with `bare_fl_oz` (a user whose water reads in fluid
    ounces) fluid ounces up to a big bottle's (see `_bare_factor`)."""
    normal, match = _water_match(text)
    drink = match["drink"] if match is not None else _other_drink(normal)
    if drink is not None and " ".join(drink.split()) not in WATERY and _ENERGY_RE.search(drink):
        raise AmountError(Problem.NOT_WATER)
    if match is None and normal.removesuffix(" water") in WATER_BRANDS:
        return int(_WATER_UNITS["bottle"])  # "/water evian": a bottle of it
    if match is None or not normal:
        raise AmountError(Problem.NOT_UNDERSTOOD)
    qty, unit = match["qty"], match["unit"]
    if unit is None:
        if qty is None:
            raise AmountError(Problem.NOT_UNDERSTOOD)
        value = _number(qty)
        factor = _bare_factor(value, qty, fl_oz if bare_fl_oz else None)
    else:
        unit = " ".join(unit.split())
        if qty is None and unit not in _CONTAINERS:
            raise AmountError(Problem.NOT_UNDERSTOOD)  # "/water ml"
        value = Decimal(1) if qty is None else _number(qty)
        factor = _unit_ml(unit, match["size"], pint, cup, fl_oz)
    if value <= 0:
        raise AmountError(Problem.NOT_POSITIVE)
    if value * factor > MAX_WATER_ML:
        raise AmountError(Problem.TOO_MUCH)
    ml = int(_whole(value * factor))
    if ml <= 0:  # 0.1 ml rounds to nothing
        raise AmountError(Problem.NOT_POSITIVE)
    return ml


def _bare_factor(value: Decimal, qty: str, fl_oz: Decimal | None) -> Decimal:
    """The millilitres in one of a bare number: a bare number of 10 or more is millilitres
    ("/water 300"); below that it could be glasses or litres, and a guess would store a
    wrong amount. Where water reads in fluid ounces (`fl_oz` given) "/water 20" is 20 fl oz
    (it was 20 ml, shown as "1 fl oz"): from 6 to 64 (a big jug) fluid ounces, from 200
    millilitres, and between them it asks."""
    if value <= 0:
        return Decimal(1)
    if qty in _WORD_NUMBERS or value < (10 if fl_oz is None else BARE_FL_OZ[0]):
        raise AmountError(Problem.NO_UNIT)
    if fl_oz is None or value >= BARE_ML_FROM:
        return Decimal(1)
    if value > BARE_FL_OZ[1]:
        raise AmountError(Problem.FL_OZ_OR_ML)
    return fl_oz


def _unit_ml(
    unit: str, size: str | None, pint: Decimal | None, cup: Decimal | None, fl_oz: Decimal | None
) -> Decimal:
    """Millilitres in one of the unit, a container as big as said ("a big glass")."""
    ml = _WATER_UNITS[unit]
    if unit == "pint" and pint is not None:
        ml = pint
    elif unit == "cup" and cup is not None:
        ml = cup
    elif unit in _IMPERIAL_WATER and fl_oz is not None:
        ml = fl_oz
    return ml * _SIZES[size] if size is not None and unit in _CONTAINERS else ml


def cup_ml(units: VolumeUnits) -> Decimal:
    """A cup of water where the user's water reads in these units (see `US_CUP_ML`)."""
    return US_CUP_ML if units == "fl oz" else METRIC_CUP_ML


def fl_oz_ml(timezone: str | None, stones: bool = False) -> Decimal:
    """A fluid ounce where the user lives (`healthbot.measures.fl_oz_ml`: 28.41 ml for a
    British user, else 29.57 ml), as the exact decimal the parser counts in."""
    return Decimal(str(measured_fl_oz_ml(timezone, stones)))


def sized_by_user(text: str) -> bool:
    """Whether a water amount is counted in a unit whose size depends on the user: cups
    (their units), pints and fluid ounces (British or not)."""
    _, match = _water_match(text)
    unit = None if match is None or match["unit"] is None else " ".join(match["unit"].split())
    return unit is not None and (unit.startswith(("cup", "pint")) or unit in _IMPERIAL_WATER)


def bare_number(text: str) -> bool:
    """Whether a water amount is a number without a unit ("/water 20")."""
    _, match = _water_match(text)
    return match is not None and match["unit"] is None and match["qty"] is not None


def _water_match(text: str) -> tuple[str, re.Match[str] | None]:
    """The amount's words (normalized) and their match: the whole text, else the words
    before what it was drunk with or after ("a big glass of water | after my run"), unless
    those put it on another day."""
    normal = sized_water(_normalize(text, MAX_WATER_CHARS))  # "a 600ml bottle": "600 ml"
    if (match := _WATER_RE.match(normal)) is not None:
        return normal, match
    words = normal.split()
    for end in range(1, len(words)):
        if words[end] not in _CONTEXT:
            continue
        if _OTHER_DAY.search(" ".join(words[end:])):
            break
        said = " ".join(words[:end])
        if (match := _WATER_RE.match(said)) is not None or said in WATER_BRANDS:
            if _another_amount(words[end:], named=match is not None and match["drink"] is not None):
                break
            return said, match
    return normal, None


def _another_amount(tail: list[str], named: bool) -> bool:
    """Whether the words after an amount's cut say a second drink ("... this morning and 3
    this afternoon", "... before and after my run", "2 glasses at dinner with wine") or a
    drink for each of something ("... after each meal"): read as context, the text would be
    logged short."""
    for i, word in enumerate(tail):
        following = tail[i + 1] if i + 1 < len(tail) else ""
        if _CLOCK.match(word) or (word.isdigit() and following in {"am", "pm", "o'clock"}):
            continue  # "at 3pm", "at 7 am": when, not how much
        if any(c.isdigit() for c in word) or word in _MORE or word in _EACH:
            return True
        if {word, word.removesuffix("s"), word.removesuffix("es")} & _WATER_UNITS.keys():
            return True  # "... and a bottle at night", "... and glasses with dinner"
        if word in {"and", "plus", "&"} and following not in _ADDED:
            return True
    return not named and _ENERGY_RE.search(" ".join(tail)) is not None


def _other_drink(normal: str) -> str | None:
    match = _OTHER_DRINK_RE.match(normal)
    return None if match is None else match["drink"]


def parse_weight(text: str, units: Units = "metric") -> Decimal:
    """Kilograms (two decimals) from "72.5", "72,5 kg", "160 lb", "11 st 4" (20-500 kg).

    A bare number is read in the user's units: kilograms, or pounds for imperial users.
    """
    normal = _normalize(text)
    if match := _WEIGHT_RE.match(normal):
        value = _number(match["qty"])
        in_pounds = match["lb"] is not None or (match["kg"] is None and units == "imperial")
        kg = value * KG_PER_LB if in_pounds else value
    elif match := _STONE_RE.match(normal):
        pounds = _number(match["st"]) * LB_PER_STONE
        if match["lb"] is not None:
            extra = _number(match["lb"])
            if extra >= LB_PER_STONE:  # "11 st 20" is a typo, not 12 st 6
                raise AmountError(Problem.NOT_UNDERSTOOD)
            pounds += extra
        value = pounds
        kg = pounds * KG_PER_LB
    else:
        raise AmountError(Problem.NOT_UNDERSTOOD)
    if value <= 0:
        raise AmountError(Problem.NOT_POSITIVE)
    if kg > MAX_WEIGHT_KG + 1:  # before rounding: a 40-digit number has no 2-decimal form
        raise AmountError(Problem.OUT_OF_RANGE)
    kg = _whole(kg, "0.01")
    if not MIN_WEIGHT_KG <= kg <= MAX_WEIGHT_KG:
        raise AmountError(Problem.OUT_OF_RANGE)
    return kg


def water_button(ml: int) -> str:
    """The callback data of a quick-add button: the amount only (the presser is the user)."""
    return f"{BUTTON_PREFIX}{ml}"


def parse_water_button(data: str) -> int:
    """The amount of a quick-add button's callback data; forged or stale data is refused."""
    # Only the exact data of a button we offer: no number parsing of what a client sends.
    ml = _BUTTONS.get(data)
    if ml is None:
        raise AmountError(Problem.NOT_UNDERSTOOD)
    return ml


def quick_add_ml(units: VolumeUnits) -> tuple[int, ...]:
    """The millilitres the quick-add buttons offer where water reads in these units (8 fl
    oz steps in US fluid ounces, 250 ml ones in ml)."""
    if units == "fl oz":
        return tuple(int(_whole(oz * ML_PER_FL_OZ)) for oz in QUICK_ADD_FL_OZ)
    return QUICK_ADD_ML


_BUTTONS: Final = {water_button(ml): ml for units in ("ml", "fl oz") for ml in quick_add_ml(units)}


def typed_units(text: str) -> Units | None:
    """The units a weight was typed in ("180 lb": imperial, "82 kg": metric); None for a bare
    number or stones (a reply in pounds would not be what was typed). For text `parse_weight`
    read."""
    match = _WEIGHT_RE.match(_normalize(text))
    if match is None or (match["kg"] is None and match["lb"] is None):
        return None
    return "metric" if match["kg"] is not None else "imperial"


def said_units(text: str) -> Units | None:
    """The units a weight was said in, stones too ("11 st 4": imperial); None for a bare
    number. For text `parse_weight` read."""
    return "imperial" if _STONE_RE.match(_normalize(text)) else typed_units(text)


def water_drink(text: str) -> str | None:
    """The drink other than plain water that a water amount names ("2 cups of tea": tea), to
    say that it counted as water. For text `parse_water` read."""
    _, match = _water_match(text)
    drink = None if match is None or match["drink"] is None else " ".join(match["drink"].split())
    return None if drink is None or drink.endswith("water") or drink in WATER_BRANDS else drink


def typed_water_units(text: str) -> Units | None:
    """The units a water amount was typed in ("16 oz": imperial, "500 ml": metric); None for
    a glass, a cup or a bottle, which every user has. For text `parse_water` read."""
    _, match = _water_match(text)
    unit = None if match is None or match["unit"] is None else " ".join(match["unit"].split())
    if unit in _IMPERIAL_WATER:
        return "imperial"
    return "metric" if unit in _WATER_UNITS and unit not in _CONTAINERS else None


_IMPERIAL_WATER: Final = frozenset({"oz", "fl oz", "floz", "ounce", "fluid ounce", "fl ounce"})


def other_reading(text: str, units: Units) -> Decimal | None:
    """A bare number's weight in the unit the user does not use ("164" of a metric user as
    164 lb), in kilograms; None when the text names its unit or is no bare number."""
    match = _WEIGHT_RE.match(_normalize(text))
    if match is None or match["kg"] is not None or match["lb"] is not None:
        return None
    value = _number(match["qty"])
    kg = _whole(value if units == "imperial" else value * KG_PER_LB, "0.01")
    return kg if MIN_WEIGHT_KG <= kg <= MAX_WEIGHT_KG else None


def split_day(text: str) -> tuple[When, str]:
    """The words naming the day (or time) of a weigh-in, before or after the weight
    ("yesterday 80.6", "80.6 kg on monday", "72 this morning"), and the weight's words;
    `WhenError` (from `read_when`) for day words that name none ("yesterdy", "tomorrow")."""
    when, rest = read_when(text)
    if when.has_day or when.at is not None:
        return when, rest.strip()
    words = text.split()
    for start in range(1, len(words)):
        when, rest = read_when(" ".join(words[start:]))
        if not rest.strip() and (when.has_day or when.at is not None):
            return when, " ".join(words[:start])
    return When(), text
