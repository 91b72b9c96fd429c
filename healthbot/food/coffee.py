"""Coffee-shop drinks by their cup size, as what they are made of: shots of espresso and the
milk the cup holds ("a venti soy latte"), or a cup of brewed coffee ("a large coffee").

The sizes are Starbucks' (short 8, tall 12, grande 16, venti 20 fl oz cups), which other US
chains follow, with small, medium and large read as tall, grande and venti. A latte's or a
cappuccino's milk is what the chains' published energy with 2% milk gives at 15.3 kcal a fl
oz (lattes 150, 190 and 250 kcal tall to venti: 10, 12.5 and 16.5 fl oz; cappuccinos, a
third foam, 110, 140 and 180: 7, 9 and 12 fl oz); a tall has one shot of espresso, a grande
and a venti two, an americano one more a size (short 1 to venti 4). Without a size, a latte
is a tall (9.5 fl oz of milk: between the 9 of a cup filled under 2 fl oz of foam and the
chains' 10), a cappuccino a café's 6 fl oz cup (a shot and 4 fl oz of milk under the foam),
an americano two shots. The milk is 2% unless named, before the drink ("soy", "skim",
"whole", "breve": half and half) or after it ("a latte with skim milk": that milk instead of
the 2%, not a splash beside it); shots may be counted before it ("a double shot latte") or
after it ("with an extra shot": one more, in place of a fluid ounce of milk). A flavour
("vanilla", "caramel") is the chains' pumps of syrup, 2 to 5 from short to venti, each about
a teaspoon of sugar (20 kcal); a flavoured macchiato ("caramel macchiato") is a latte, a
plain one espresso marked with a spoonful of foam.

The Australian and New Zealand café's cups (`DRINKS`): a flat white is a double shot and 4 fl
oz of milk (the chains' tall, grande and venti hold 9, 12 and 15 fl oz: Starbucks' 170, 220 and
280 kcal with whole milk), a long black a double shot over water, a short black one shot, a
piccolo one shot and 3 fl oz of milk, a cortado two shots cut with 2 fl oz. An iced latte's
milk shares the cup with ice (Starbucks' iced lattes, 2%: 100, 130 and 200 kcal, 6.5, 8.5 and
13 fl oz, a venti's 24 fl oz cup three shots). A chai latte is half spiced black tea sweetened
(the chains' concentrate: 6, 7 and 10 teaspoons of sugar), half milk, and a matcha latte a
latte's milk sweetened as a flavour's pumps (Starbucks' chai 190, 240 and 310 kcal; matcha
240 for a grande); a dirty chai a chai latte with a latte's shots, a London fog a chai's cup
of Earl Grey and milk sweetened as a flavour. A frappuccino is coffee and whole milk blended
with the chains' sweet base (Starbucks' coffee frappuccino: 160, 230 and 300 kcal), a café au
lait half brewed coffee and half steamed milk, a café con leche two shots and 4 fl oz of milk,
a red eye brewed coffee with a shot. "Iced" before a drink is its iced cup where the table
has one ("an iced caramel macchiato": an iced latte's), else changes nothing.

Hot chocolate named with a milk ("made with milk", "with skim milk") is a serving of cocoa mix
(an envelope, 28 g) stirred into a mug of that milk, 8 fl oz (or its cup's, by size); with
whole milk, SR24's own "prepared with whole milk" entry. Without a milk it is SR24's
homemade hot cocoa, by the search.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Final

from healthbot.food.aliases import MILK_NAMES
from healthbot.food.parser import ParsedItem, parse_meal
from healthbot.food.text import normalize
from healthbot.food.units import Unit, singular

CUPS: Final = ("short", "tall", "grande", "venti")
_SIZE_WORDS: Final = {
    **{size: size for size in CUPS},
    "small": "tall", "medium": "grande", "large": "venti", "extra large": "venti",
}  # fmt: skip
"""A size as typed -> the cup it is."""
CUP_FL_OZ: Final = {"short": 8.0, "tall": 12.0, "grande": 16.0, "venti": 20.0, None: 8.0}
"""Fluid ounces a cup holds (None: a mug's)."""
MILKS: Final = {
    "2": "2% milk", "skim": "skim milk", "nonfat": "skim milk", "skinny": "skim milk",
    "whole": "whole milk", "soy": "soy milk", "breve": "half and half",
}  # fmt: skip
"""The word that names a drink's milk -> that milk's common name."""
MILK: Final = "2% milk"
NAMED_MILKS: Final = {
    **{name: name for name in MILK_NAMES},  # "with semi skimmed milk", "with full cream milk"
    **{f"{word} milk": milk for word, milk in MILKS.items()},
    **MILKS, "milk": MILK, "2 percent milk": MILK, "reduced fat milk": MILK,
    "fat free milk": "skim milk", "soymilk": "soy milk", "1 milk": "1% milk",
    "1 percent milk": "1% milk", "low fat milk": "1% milk", "lowfat milk": "1% milk",
    "half and half": "half and half",
}  # fmt: skip
"""A milk named after a drink ("with skim milk", "made with soy") -> its common name."""
WHOLE_MILK: Final = "whole milk"
FLAVOURS: Final = frozenset(
    {"vanilla", "caramel", "hazelnut", "toffee", "peppermint", "cinnamon", "dolce",
     "pumpkin", "spice", "brown", "sugar", "honey", "lavender", "nut", "free", "mocha",
     "chocolate", "java", "chip"}
)  # fmt: skip
"""Words of a syrup a drink is flavoured with ("pumpkin spice", "brown sugar", "sugar free
vanilla", "a mocha frappuccino")."""
PUMPS: Final = {"short": 2, "tall": 3, "grande": 4, "venti": 5, None: 3}
SYRUP: Final = "tsp sugar"
"""A pump of syrup as the common name it is made of: a teaspoon of sugar."""
SHOTS: Final = {"single": 1, "double": 2, "triple": 3, "quad": 4}
"""Words that count a drink's shots ("a double shot latte", "a triple americano")."""
EXTRA_SHOTS: Final = frozenset(
    {"extra shot", "shot", "extra espresso shot", "espresso shot", "extra espresso",
     "extra shot of espresso", "shot of espresso"}
)  # fmt: skip
"""An item after a drink that adds a shot to it ("with an extra shot"), by its count."""
_PLAIN: Final = frozenset({"decaf", "hot", "regular", "caffe", "cafe"})
"""Words before a drink that change nothing of its energy."""
ESPRESSO: Final = "espresso"
BREWED: Final = "brewed coffee"


@dataclass(frozen=True, slots=True)
class Drink:
    """What one cup of a drink holds, by cup (`CUPS`, then None for no size said)."""

    shots: dict[str | None, float]
    milk: dict[str | None, float]  # fl oz
    brewed: dict[str | None, float] | None = None  # fl oz of `base`
    base: str = BREWED
    sweet: dict[str | None, float] = field(default_factory=dict)  # of `sweetener`
    sweetener: str = SYRUP
    usual_milk: str = MILK  # the milk it is made with unless another is named


_LATTE_SHOTS: Final[dict[str | None, float]] = {
    "short": 1, "tall": 1, "grande": 2, "venti": 2, None: 1,
}  # fmt: skip
_LATTE = Drink(
    shots=_LATTE_SHOTS,
    milk={"short": 6.5, "tall": 9.5, "grande": 12.5, "venti": 16.5, None: 9.5},
)
_BREWED = Drink(shots={}, milk={}, brewed={"short": 8, "tall": 12, "grande": 16, "venti": 20})
# a mocha's chocolate sauce: the chains' pumps (3 to 5), each half a tablespoon of syrup
_MOCHA = Drink(
    shots=_LATTE_SHOTS,
    milk={"short": 5.5, "tall": 8.5, "grande": 11, "venti": 14.5, None: 8.5},
    sweet={"short": 1, "tall": 1.5, "grande": 2, "venti": 2.5, None: 1.5},
    sweetener="tbsp chocolate syrup",
)
_CHAI = Drink(
    shots={},
    milk={"short": 4, "tall": 6, "grande": 8, "venti": 10, None: 6},
    brewed={"short": 4, "tall": 6, "grande": 8, "venti": 10, None: 6},
    base="black tea",
    sweet={"short": 4, "tall": 6, "grande": 7, "venti": 10, None: 6},
)
# chai as India, Pakistan and East Africa make it at home: tea boiled with a third as much milk,
# two teaspoons of sugar unless the sugar is said ("chai with 6 tsp sugar": those six)
_HOME_CHAI = Drink(shots={}, milk={None: 3}, brewed={None: 6}, base="black tea", sweet={None: 2})
HOME_CHAI: Final = "masala chai"
_MATCHA = Drink(shots={}, milk=_LATTE.milk, sweet=dict(PUMPS))
# a frappuccino: coffee, whole milk and the chains' sweet base blended with ice (Starbucks'
# coffee frappuccino: 160, 230 and 300 kcal tall to venti)
_FRAPPUCCINO = Drink(
    shots={},
    milk={"short": 3, "tall": 3.5, "grande": 5, "venti": 6.5, None: 3.5},
    brewed={"short": 2, "tall": 3, "grande": 4, "venti": 5, None: 3},
    sweet={"short": 4, "tall": 6, "grande": 9, "venti": 12, None: 6},
    usual_milk="whole milk",
)
_HALF_MILK: Final[dict[str | None, float]] = {
    "short": 4, "tall": 6, "grande": 8, "venti": 10, None: 4,
}  # fmt: skip
"""A café au lait's cup, half brewed coffee and half steamed milk; a London fog's, tea."""
_AMERICANO: Final[dict[str | None, float]] = {
    "short": 1, "tall": 2, "grande": 3, "venti": 4, None: 2,
}  # fmt: skip
DRINKS: Final = {
    "latte": _LATTE, "caffe latte": _LATTE, "cafe latte": _LATTE, "latte macchiato": _LATTE,
    "cappuccino": Drink(
        shots=_LATTE_SHOTS, milk={"short": 5, "tall": 7, "grande": 9, "venti": 12, None: 4},
    ),
    "flat white": Drink(
        shots={"short": 2, "tall": 2, "grande": 3, "venti": 3, None: 2},
        milk={"short": 6, "tall": 9, "grande": 12, "venti": 15, None: 4},
    ),
    "iced latte": Drink(
        shots={"short": 1, "tall": 1, "grande": 2, "venti": 3, None: 1},
        milk={"short": 5, "tall": 6.5, "grande": 8.5, "venti": 13, None: 6.5},
    ),
    "mocha": _MOCHA,
    "caffe mocha": _MOCHA, "cafe mocha": _MOCHA, "mochaccino": _MOCHA,
    "cortado": Drink(shots={None: 2}, milk={None: 2}),
    "piccolo": Drink(shots={None: 1}, milk={None: 3}),
    "piccolo latte": Drink(shots={None: 1}, milk={None: 3}),
    "americano": Drink(shots=_AMERICANO, milk={}),
    "long black": Drink(shots=_AMERICANO, milk={}),
    "short black": Drink(shots={None: 1}, milk={}),
    "macchiato": Drink(shots=_LATTE_SHOTS, milk={}),
    "chai latte": _CHAI, "chai tea latte": _CHAI, "chai": _CHAI, HOME_CHAI: _HOME_CHAI,
    "dirty chai": (_DIRTY := replace(_CHAI, shots=_LATTE_SHOTS)), "dirty chai latte": _DIRTY,
    "london fog": Drink(
        shots={}, milk=_HALF_MILK, brewed=_HALF_MILK, base="black tea", sweet=dict(PUMPS)
    ),
    "frappuccino": _FRAPPUCCINO, "coffee frappuccino": _FRAPPUCCINO, "frappe": _FRAPPUCCINO,
    "frap": _FRAPPUCCINO,
    "cafe au lait": Drink(shots={}, milk=_HALF_MILK, brewed=_HALF_MILK),
    "cafe con leche": Drink(shots={None: 2}, milk={None: 4}),
    "red eye": Drink(
        shots={None: 1}, milk={},
        brewed={"short": 7, "tall": 11, "grande": 15, "venti": 19, None: 7},
    ),
    "matcha latte": _MATCHA, "matcha tea latte": _MATCHA, "green tea latte": _MATCHA,
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
_CHAIS: Final = frozenset({"chai", "chai tea", HOME_CHAI})
"""Names of chai: sugar said with it, or a cup or a mug of it, is the chai made at home (a
café's chai latte comes sweetened, by the cup size, and no one counts its sugar)."""
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


def coffee_drinks(items: list[ParsedItem], mend: Mend = _same) -> list[ParsedItem]:
    """The items with each coffee-shop drink replaced by what it is made of ("a venti soy
    latte": 2 fl oz of espresso and 16.5 of soy milk), times the count typed; a milk named
    after it ("with skim milk") is its milk, and extra shots named after it are its shots.
    Hot chocolate named with a milk is cocoa mix and that milk. An item with a unit ("a cup
    of latte"), or words no drink of the table has ("a pumpkin chai frappe"), stays as
    typed."""
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
    if item.unit is not Unit.CUP or normalize(mend(item.singular_food)) not in _CHAIS:
        return item
    return replace(item, unit=None, food=HOME_CHAI, quantity_typed=False)


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
        cup = _SIZE_WORDS.get(str(item.size))
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
    shots, flavour, iced = None, [], False
    if words and words[-1] == "made":  # "hot chocolate made with milk"
        words = words[:-1]
    while words and " ".join(words) not in DRINKS:  # "a short black" is no short cup
        word, two = words[0], " ".join(words[:2])
        if two in _SIZE_WORDS:
            cup, words = _SIZE_WORDS[two], words[1:]
        elif word in _SIZE_WORDS:
            cup = _SIZE_WORDS[word]
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
        elif word not in _PLAIN or len(words) == 1:
            break
        words = words[1:]
    name = _named(words, flavour, iced)
    drink = DRINKS.get(name)
    if drink is None or (drink.brewed is not None and cup not in drink.brewed):
        return None
    if cup not in drink.shots and cup not in drink.milk and (drink.shots or drink.milk):
        cup = None  # "a large cortado": a café's drink comes in one cup
    return _Order(name, cup, milk or drink.usual_milk, shots, flavour=tuple(flavour))


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
    """The order with what an item named after it says of it: its milk ("with skim milk")
    or extra shots ("with an extra shot", "2 extra shots"); None if the item is another."""
    drink = DRINKS[order.name]
    name = normalize(mend(item.singular_food))
    if item.added and _bare(item) and drink.milk and name in NAMED_MILKS:
        return replace(order, milk=NAMED_MILKS[name])
    counted = item.unit is None and item.size is None and singular(name) in EXTRA_SHOTS
    if drink.shots and (counted or (item.unit is Unit.SHOT and name == ESPRESSO)):
        return replace(order, extra=order.extra + item.quantity)
    if drink.sweet and drink.sweetener == SYRUP and (tsp := _sugar(item, name)) is not None:
        home = order.name in _CHAIS and order.cup is None  # "chai with 6 tsp sugar"
        return replace(order, name=HOME_CHAI if home else order.name, sugar=tsp)
    return None


def _sugar(item: ParsedItem, name: str) -> float | None:
    """Teaspoons of sugar an item is when its amount is said ("6 tsp sugar", "2 sugars", "a
    cube of sugar"); None for another food, or sugar without an amount."""
    typed = item.quantity_typed or item.unit is not None
    per = _TEASPOONS.get(item.unit)
    if name not in SUGARS or not typed or item.size is not None or per is None:
        return None
    return item.quantity * per


def _bare(item: ParsedItem) -> bool:
    return item.unit is None and item.size is None and not item.quantity_typed


def _parts(order: _Order) -> list[str]:
    drink, cup = DRINKS[order.name], order.cup
    parts = []
    if drink.brewed is not None:
        parts.append(f"{drink.brewed[cup]:g} fl oz {drink.base}")
    shots = (drink.shots.get(cup, 0) if order.shots is None else order.shots) + order.extra
    if shots > 0:
        parts.append(f"{shots:g} fl oz {ESPRESSO}")
    # an extra shot takes the place of as much milk: the cup is the size it was
    if (milk_fl_oz := drink.milk.get(cup, 0) - order.extra) > 0:
        parts.append(f"{milk_fl_oz:g} fl oz {order.milk}")
    pumps = PUMPS[cup] if order.flavour and "free" not in order.flavour else 0  # "sugar free"
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
    cup = _SIZE_WORDS.get(str(item.size)) if item.size is not None else None
    if words and words[0] in _SIZE_WORDS:
        cup, words = _SIZE_WORDS[words[0]], words[1:]
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
    mix, _, food = COCOA_MIX.partition(" g ")
    return [f"{float(mix) * cups:g} g {food}", f"{CUP_FL_OZ[None] * cups:g} fl oz {milk}"]
