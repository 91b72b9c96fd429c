"""Coffee-shop drinks by their cup size, as what they are made of: shots of espresso and the
milk the cup holds ("a venti soy latte"), or a cup of brewed coffee ("a large coffee"). The cups
and what each drink holds are `coffee_menu`'s.

Hot chocolate named with a milk ("made with milk", "with skim milk") is a serving of cocoa mix
(an envelope, 28 g) stirred into a mug of that milk, 8 fl oz (or its cup's, by size); with
whole milk, SR24's own "prepared with whole milk" entry. A mug or a cup of it made with plain
milk ("a mug of hot chocolate made with milk") is one made at home in it: SR24's homemade hot
cocoa, by the cup. Without a milk it is that homemade hot cocoa, by the search.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Final

from healthbot.food.coffee_menu import (
    BREWED,
    CHAIS,
    CUP_FL_OZ,
    DECAF,
    DECAF_BREWED,
    DECAF_ESPRESSO,
    DRINKS,
    ESPRESSO,
    EXTRA_SHOTS,
    FLAVOURS,
    HOME_CHAI,
    MASALA_CHAI,
    MILK,
    MILKS,
    NAMED_MILKS,
    PLAIN,
    PLAIN_PAIRS,
    PUMPS,
    SHOTS,
    SIZE_WORDS,
    SYRUP,
    UNSWEETENED,
    WHOLE_MILK,
    Drink,
)
from healthbot.food.parser import ParsedItem, parse_meal
from healthbot.food.stirred import stirred_in
from healthbot.food.text import normalize
from healthbot.food.units import Unit, singular

SUGARS: Final = frozenset({"sugar", "white sugar", "sugar cube", "sugar lump", "lump of sugar"})
"""A sugar named after a sweetened drink, as its common name."""
_TEASPOONS: Final = {None: 1.0, Unit.TSP: 1.0, Unit.TBSP: 3.0, Unit.CUBE: 1.0}
"""Teaspoons of sugar in one of a unit ("2 sugars": two teaspoons; a cube holds one)."""
HOT_CHOCOLATES: Final = frozenset(
    {"hot chocolate", "hot cocoa", "cocoa", "hot choc", "drinking chocolate"}
)
"""Names of hot chocolate, which a milk named with it makes of cocoa mix and that milk."""
COCOA_MIX: Final = "28 g cocoa mix"
"""One envelope of cocoa mix (SR24's serving: 3 heaping teaspoons or an envelope)."""
MADE_WITH_WHOLE_MILK: Final = "cup whole milk hot chocolate"
"""SR24's cocoa mix prepared with whole milk, by the cup."""
MADE_AT_HOME: Final = "cup hot chocolate"
"""SR24's homemade hot cocoa (made with milk), by the cup: what "hot chocolate" names."""
PLAIN_MILK: Final = "milk"

Mend = Callable[[str], str]


def _same(food: str) -> str:
    return food


@dataclass(frozen=True, slots=True)
class _Order:
    """A drink as ordered: its cup, milk, shots counted (None: the cup's) and flavour."""

    name: str
    cup: str | None
    milk: str = MILK
    shots: float | None = None
    extra: float = 0.0
    flavour: tuple[str, ...] = ()
    sugar: float | None = None  # teaspoons said, in place of its own sweetening
    decaf: bool = False  # its espresso or brewed coffee decaffeinated


def coffee_drinks(items: list[ParsedItem], mend: Mend = _same) -> list[ParsedItem]:
    """The items with each coffee-shop drink replaced by what it is made of ("a venti soy
    latte": 2 fl oz of espresso and 16.5 of soy milk), times the count typed; a milk named
    after it ("with skim milk") is its milk, and extra shots named after it are its shots;
    milk and sugar after a brewed coffee or a tea are stirred into it (`stirred`).
    Hot chocolate named with a milk is cocoa mix and that milk. An item with a unit ("a cup
    of latte"), or words no drink of the table has ("a pumpkin chai frappe"), stays as
    typed."""
    items = _by_its_fat(items)
    read: list[ParsedItem] = []
    index = 0
    while index < len(items):
        item = items[index]
        index += 1
        cupped, cup = _cupped(_chai_cup(item, mend))
        order = _order(cupped, mend, cup) if cupped.unit is None else None
        if order is not None:
            item = cupped
        else:
            cocoa = _cocoa(item, items[index] if index < len(items) else None, mend)
            if cocoa is None:
                read.append(item)
            else:
                read.extend(_made(item, cocoa))
                index += 1
            continue
        while index < len(items) and (after := _after(order, items[index], mend)) is not None:
            order, index = after, index + 1
        read.extend(_made(item, _parts(order)))
    return stirred_in(read, mend)


_OF_A_FAT: Final = frozenset({"cottage", "yogurt", "yoghurt", "cheese", "kefir", "milk"})
"""Words of a dairy food sold by its fat: "2%" said after one, alone, is which of it."""


def _by_its_fat(items: list[ParsedItem]) -> list[ParsedItem]:
    """The items with a milk named by its fat alone ("a splash of 2%", "w 1%") as that milk,
    and a fat said alone after a dairy food sold by it ("cottage cheese, 2%") as which of
    that food; any other item as it was."""
    read: list[ParsedItem] = []
    for item in items:
        fat = item.food.replace("%", "").strip()
        if fat not in ("1", "2") or f"{fat}%" not in item.span.replace(" %", "%"):
            read.append(item)
            continue
        before = read[-1] if read else None
        bare = item.unit is None and not item.quantity_typed and not item.added
        if bare and before is not None and _OF_A_FAT & set(before.food.split()):
            span = f"{before.span}, {item.span}"
            read[-1] = replace(before, food=f"{before.food} {fat}%", span=span)
            continue
        read.append(replace(item, food=f"{fat}% milk"))
    return read


_OUNCE_CUPS: Final = {fl_oz: cup for cup, fl_oz in CUP_FL_OZ.items() if cup is not None}
"""A cup by the fluid ounces it holds ("a 16 oz latte": a grande)."""


def _cupped(item: ParsedItem) -> tuple[ParsedItem, str | None]:
    """An item of one cup's ounces ("12 oz cafe au lait") as one drink of that cup, and the
    cup; the item and None for any other amount."""
    cup = _OUNCE_CUPS.get(item.quantity) if item.unit in (Unit.FL_OZ, Unit.OZ) else None
    if cup is None:
        return item, None
    return replace(item, quantity=1.0, unit=None, quantity_typed=False), cup


def _chai_cup(item: ParsedItem, mend: Mend) -> ParsedItem:
    """A cup or a mug of chai ("2 cups of chai") as that many chais made at home; any other
    item as it was."""
    name = normalize(mend(item.singular_food))
    if item.unit is not Unit.CUP or name not in CHAIS:
        return item
    chai = MASALA_CHAI if name == MASALA_CHAI else HOME_CHAI  # "2 cups of masala chai"
    return replace(item, unit=None, food=chai, quantity_typed=False)


def _made(item: ParsedItem, parts: Sequence[str]) -> list[ParsedItem]:
    made = []
    for part in parts:
        [one] = parse_meal(part)
        made.append(
            replace(one, quantity=one.quantity * item.quantity, span=f"{item.span}: {part}")
        )
    return made


def _order(item: ParsedItem, mend: Mend, cup: str | None = None) -> _Order | None:
    if cup is None and item.size is not None:
        cup = SIZE_WORDS.get(str(item.size))
    # as typed first: a roast's name ("pike place") is no typo of a food's word
    as_typed = _milked(item, normalize(item.singular_food).split(), cup)
    if as_typed is not None:
        return as_typed
    return _milked(item, normalize(mend(item.singular_food)).split(), cup)


def _milked(item: ParsedItem, words: list[str], cup: str | None) -> _Order | None:
    """The drink the words order, with a milk typed after its name ("a venti latte whole
    milk") as its milk; a brewed coffee's is a splash beside it, not read here."""
    named = _milk_after(words)
    if named is None:
        return _read(item, words, cup)
    order = _read(item, named[0], cup, named[1])
    return order if order is not None and DRINKS[order.name].milk else None


def _read(
    item: ParsedItem, words: list[str], cup: str | None = None, milk: str | None = None
) -> _Order | None:
    """The drink the words order, their size (`cup`: the one its ounces said), milk, shots
    and flavour before its name."""
    shots, flavour, iced, sugar = None, [], False, None
    words, decaf, extra = _costless(words)
    while words and " ".join(words) not in DRINKS:  # "a short black" is no short cup
        word, two = words[0], " ".join(words[:2])
        if two in SIZE_WORDS:
            cup, words = SIZE_WORDS[two], words[1:]
        elif word in SIZE_WORDS:
            cup = SIZE_WORDS[word]
        elif word in MILKS:
            milk = MILKS[word]
        elif word in SHOTS:
            shots = float(SHOTS[word])
            if words[1:2] == ["shot"]:
                words = words[1:]
        elif word in FLAVOURS:
            flavour.append(word)
        elif word == "iced":
            iced = True
        elif word in UNSWEETENED and len(words) > 1:
            sugar = 0.0  # "an unsweetened vanilla latte": no sugar, no syrup
        elif word not in PLAIN or len(words) == 1:
            break
        words = words[1:]
    name = _named(words, flavour, iced)
    drink = DRINKS.get(name)
    if drink is None or (drink.brewed is not None and cup not in drink.brewed):
        return None
    if cup not in drink.shots and cup not in drink.milk and (drink.shots or drink.milk):
        cup = None  # "a large cortado": a café's drink comes in one cup
    usual = milk or drink.usual_milk
    return _Order(name, cup, usual, shots, extra, tuple(flavour), sugar=sugar, decaf=decaf)


_EXTRA_SHOT: Final = frozenset({"extra shot", "extra espresso"})
"""Two words before a drink's name that add a shot to it ("an extra shot latte")."""


def _costless(words: list[str]) -> tuple[list[str], bool, float]:
    """The words of an order without those that cost nothing ("extra hot", "no foam", "made"
    at the end), whether they said decaf, and the extra shots said before its name."""
    if words and words[-1] == "made":  # "hot chocolate made with milk"
        words = words[:-1]
    kept: list[str] = []
    decaf, extra, at = False, 0.0, 0
    while at < len(words):
        two = " ".join(words[at : at + 2])
        if len(words) > 2 and (two in PLAIN_PAIRS or two in _EXTRA_SHOT):
            extra += two in _EXTRA_SHOT
            at += 2
            continue
        if len(words) > 1 and words[at] in DECAF:
            decaf = True
        else:
            kept.append(words[at])
        at += 1
    return kept, decaf, extra


def _milk_after(words: list[str]) -> tuple[list[str], str] | None:
    """The words without a milk named at their end, and that milk ("latte whole milk"); None
    if they end with none, or are nothing else."""
    for length in (3, 2):  # a milk's name with "milk" in it: a lone "whole" is no milk
        if len(words) > length and (milk := NAMED_MILKS.get(" ".join(words[-length:]))):
            return words[:-length], milk
    return None


def _named(words: list[str], flavour: list[str], iced: bool) -> str:
    """A drink's name from the words left after its modifiers: a flavoured macchiato is a
    latte, and an iced drink its iced cup where the table has one ("an iced caramel
    macchiato": an iced latte's)."""
    name = "latte" if flavour and words == ["macchiato"] else " ".join(words)
    return f"iced {name}" if iced and f"iced {name}" in DRINKS else name


def _after(order: _Order, item: ParsedItem, mend: Mend) -> _Order | None:
    """The order with what an item named after it says of it: its milk ("with skim milk",
    "flat white, skim"), its cup ("skinny latte, grande") or extra shots ("with an extra
    shot", "2 extra shots"); None if the item is another."""
    drink = DRINKS[order.name]
    name = normalize(mend(item.singular_food))
    if _bare(item) and drink.milk and name in NAMED_MILKS:
        return replace(order, milk=NAMED_MILKS[name])
    if _bare(item) and (cup := SIZE_WORDS.get(name)) and _sized(drink, cup):
        return replace(order, cup=cup)
    counted = item.unit is None and item.size is None and singular(name) in EXTRA_SHOTS
    if drink.shots and (counted or (item.unit is Unit.SHOT and name == ESPRESSO)):
        return replace(order, extra=order.extra + item.quantity)
    if drink.sweet and drink.sweetener == SYRUP and (tsp := _sugar(item, name)) is not None:
        home = order.name in CHAIS and order.cup is None  # "chai with 6 tsp sugar"
        chai = order.name if order.name == MASALA_CHAI else HOME_CHAI
        return replace(order, name=chai if home else order.name, sugar=tsp)
    return None


def _sized(drink: Drink, cup: str) -> bool:
    """Whether the drink comes in that cup (a cortado comes in one)."""
    return any(cup in sizes for sizes in (drink.shots, drink.milk, drink.brewed or {}))


_SPOON: Final = re.compile(r"(?<!table)spoon", re.I)
"""A spoon said of sugar in a drink ("two spoons of sugar"): a teaspoon, not a table one."""


def _sugar(item: ParsedItem, name: str) -> float | None:
    """Teaspoons of sugar an item is when its amount is said ("6 tsp sugar", "2 sugars", "a
    cube of sugar", "two spoons of sugar"); None for another food, or sugar without an
    amount."""
    typed = item.quantity_typed or item.unit is not None
    per = _TEASPOONS.get(item.unit)
    if item.unit is Unit.TBSP and _SPOON.search(item.span):
        per = 1.0
    if name not in SUGARS or not typed or item.size is not None or per is None:
        return None
    return item.quantity * per


def _bare(item: ParsedItem) -> bool:
    return item.unit is None and item.size is None and not item.quantity_typed


def _parts(order: _Order) -> list[str]:
    drink, cup = DRINKS[order.name], order.cup
    parts = []
    if drink.brewed is not None:
        brewed = DECAF_BREWED if order.decaf and drink.base == BREWED else drink.base
        parts.append(f"{drink.brewed[cup]:g} fl oz {brewed}")
    shots = (drink.shots.get(cup, 0) if order.shots is None else order.shots) + order.extra
    if shots > 0:
        parts.append(f"{shots:g} fl oz {DECAF_ESPRESSO if order.decaf else ESPRESSO}")
    # an extra shot takes the place of as much milk: the cup is the size it was
    if (milk_fl_oz := drink.milk.get(cup, 0) - order.extra) > 0:
        parts.append(f"{milk_fl_oz:g} fl oz {order.milk}")
    # "sugar free", "unsweetened": its flavour without the syrup's sugar
    pumps = PUMPS[cup] if order.flavour and "free" not in order.flavour else 0
    pumps = 0 if order.sugar == 0 else pumps
    sweet = drink.sweet.get(cup, 0)
    if drink.sweetener == SYRUP:
        sweet, pumps = sweet + pumps, 0
    if order.sugar is not None:  # the sugar said is all its sugar
        sweet = order.sugar
    if sweet > 0:
        parts.append(f"{sweet:g} {drink.sweetener}")
    if pumps > 0:
        parts.append(f"{pumps} {SYRUP}")
    return parts


def _cocoa(item: ParsedItem, after: ParsedItem | None, mend: Mend) -> list[str] | None:
    """Hot chocolate named with its milk ("a mug of hot chocolate with whole milk") as what
    it is made of, by the mug or the cup size; None for any other item."""
    if after is None or not after.added or not _bare(after):
        return None
    milk = NAMED_MILKS.get(normalize(mend(after.singular_food)))
    words = normalize(mend(item.singular_food)).split()
    cup = SIZE_WORDS.get(str(item.size)) if item.size is not None else None
    if words and words[0] in SIZE_WORDS:
        cup, words = SIZE_WORDS[words[0]], words[1:]
    if words and words[-1] == "made":
        words = words[:-1]
    if milk is None or " ".join(words) not in HOT_CHOCOLATES:
        return None
    if item.unit is Unit.CUP or item.unit is None:
        cups = CUP_FL_OZ[cup] / CUP_FL_OZ[None]
    elif item.unit is Unit.FL_OZ:
        cups = 1 / CUP_FL_OZ[None]
    else:
        return None
    if milk == WHOLE_MILK:
        return [f"{cups:g} {MADE_WITH_WHOLE_MILK}"]
    if item.unit is Unit.CUP and normalize(mend(after.singular_food)) == PLAIN_MILK:
        return [f"{cups:g} {MADE_AT_HOME}"]  # a mug made with milk: made at home in the mug
    mix, _, food = COCOA_MIX.partition(" g ")
    return [f"{float(mix) * cups:g} g {food}", f"{CUP_FL_OZ[None] * cups:g} fl oz {milk}"]
