"""What a coffee-shop drink's cup holds by its size (`DRINKS`): shots of espresso, milk,
brewed coffee or tea, and syrup or sugar; `coffee` reads an order with this menu.

The sizes are Starbucks' (short 8, tall 12, grande 16, venti 20 fl oz cups), which other US
chains follow, with small, medium and large read as tall, grande and venti. A latte's milk is
what the chains' published energy with 2% milk gives at 15.3 kcal a fl oz (150, 190 and 250
kcal tall to venti: 10, 12.5 and 16.5 fl oz); a cappuccino's
milk fills half of its cup's room after the shots, the rest foam (tall 6, grande 8 and venti 10
fl oz, as diaries worked out from SR24 count it); a tall has one shot of espresso, a grande
and a venti two, an americano one more a size (short 1 to venti 4). Without a size, a latte
is a tall (9.5 fl oz of milk: between the 9 of a cup filled under 2 fl oz of foam and the
chains' 10), a cappuccino a café's 6 fl oz cup (a shot and 4 fl oz of milk under the foam),
an americano two shots. The milk is 2% unless named, before the drink ("soy", "skim",
"whole", "breve": half and half) or after it ("a latte with skim milk": that milk instead of
the 2%, not a splash beside it); shots may be counted before it ("a double shot latte") or
after it ("with an extra shot": one more, in place of a fluid ounce of milk). A flavour
("vanilla", "caramel") is the chains' pumps of syrup, 2 to 5 from short to venti, each about
a teaspoon of sugar (20 kcal); a flavoured macchiato ("caramel macchiato") is a latte, a
plain one espresso marked with a spoonful of milk and its foam (a fluid ounce of milk).

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
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Final

from healthbot.food.aliases import MILK_NAMES

CUPS: Final = ("short", "tall", "grande", "venti")
SIZE_WORDS: Final = {
    **{size: size for size in CUPS},
    "small": "tall", "medium": "grande", "large": "venti", "extra large": "venti",
    "xl": "venti",
}  # fmt: skip
"""A size as typed -> the cup it is."""
CUP_FL_OZ: Final = {"short": 8.0, "tall": 12.0, "grande": 16.0, "venti": 20.0, None: 8.0}
"""Fluid ounces a cup holds (None: a mug's)."""
MILKS: Final = {
    "2": "2% milk", "skim": "skim milk", "nonfat": "skim milk", "skinny": "skim milk",
    "whole": "whole milk", "soy": "soy milk", "breve": "half and half",
    "almond": "almond milk",  # a recipe of almonds and water: SR24 has none
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
PLAIN: Final = frozenset(
    {"hot", "regular", "caffe", "cafe", "warm", "dry", "wet", "foamy", "my",
     "usual", "kids", "temp",
     # the chain it came from ("a tims medium double double", "sbux grande latte")
     "tims", "timmies", "timmys", "tim", "hortons", "horton", "starbucks", "sbux", "dunkin",
     "dunkins", "dd", "costa", "pret", "nero", "mccafe", "caribou", "peets", "greggs"}
)  # fmt: skip
"""Words before a drink that change nothing of its energy."""
PLAIN_PAIRS: Final = frozenset(
    {"extra hot", "half caf", "half decaf", "no foam", "extra foam", "light foam", "no whip",
     "light ice", "no ice", "extra ice", "upside down", "kids temp", "less foam"}
)  # fmt: skip
"""Two words before a drink that change nothing of its energy ("extra hot", "no foam")."""
UNSWEETENED: Final = frozenset({"unsweetened", "unsweet", "sugarless", "sugar-free"})
"""Words before a drink that take out all of its sugar and syrup ("an unsweetened chai
latte": its tea and milk)."""
DECAF: Final = frozenset({"decaf", "decaff", "decaffeinated", "unleaded"})
"""Words that make a drink's coffee decaffeinated (no energy of its own either way)."""
DECAF_ESPRESSO: Final = "decaf espresso"
DECAF_BREWED: Final = "decaf coffee"
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
# a mocha: a latte's cup whose milk makes room for the chocolate sauce, the chains' pumps (3
# to 5, each about a tablespoon of syrup's sugar) counted as 2 tablespoons of chocolate syrup
# (2.5 in a venti): Starbucks' mochas without whipped cream, 2%: about 250, 290 and 380 kcal
_MOCHA = Drink(
    shots=_LATTE_SHOTS,
    milk={"short": 6, "tall": 9, "grande": 12, "venti": 16, None: 9},
    sweet={"short": 1.5, "tall": 2, "grande": 2, "venti": 2.5, None: 2},
    sweetener="tbsp chocolate syrup",
)
_CHAI = Drink(
    shots={},
    milk={"short": 4, "tall": 6, "grande": 8, "venti": 10, None: 6},
    brewed={"short": 4, "tall": 6, "grande": 8, "venti": 10, None: 6},
    base="black tea",
    sweet={"short": 4, "tall": 6, "grande": 7, "venti": 10, None: 6},
)
# chai as India, Pakistan and East Africa make it at home: a cup (8 fl oz) of tea boiled in as
# much milk as water, two teaspoons of sugar unless the sugar is said ("chai with 6 tsp sugar");
# a masala chai, as India's homes and dhabas make it, with the full-cream milk bought for it
_HOME_CHAI = Drink(shots={}, milk={None: 4}, brewed={None: 4}, base="black tea", sweet={None: 2})
HOME_CHAI: Final = "home chai"
MASALA_CHAI: Final = "masala chai"
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
_TIMS_CUPS: Final[dict[str | None, float]] = {
    "short": 8, "tall": 10, "grande": 14, "venti": 20, None: 14,
}  # fmt: skip
DRINKS: Final = {
    "latte": _LATTE, "caffe latte": _LATTE, "cafe latte": _LATTE, "latte macchiato": _LATTE,
    "cappuccino": Drink(
        shots=_LATTE_SHOTS, milk={"short": 4, "tall": 6, "grande": 8, "venti": 10, None: 4},
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
    "macchiato": Drink(shots=_LATTE_SHOTS, milk=dict.fromkeys(_LATTE_SHOTS, 1.0)),
    "chai latte": _CHAI, "chai tea latte": _CHAI, "chai": _CHAI, HOME_CHAI: _HOME_CHAI,
    MASALA_CHAI: replace(_HOME_CHAI, usual_milk=WHOLE_MILK),
    "dirty chai": (_DIRTY := replace(_CHAI, shots=_LATTE_SHOTS)), "dirty chai latte": _DIRTY,
    "london fog": Drink(
        shots={}, milk=_HALF_MILK, brewed=_HALF_MILK, base="black tea", sweet=dict(PUMPS)
    ),
    "frappuccino": _FRAPPUCCINO, "coffee frappuccino": _FRAPPUCCINO, "frappe": _FRAPPUCCINO,
    "frap": _FRAPPUCCINO,
    "cafe au lait": Drink(shots={}, milk=_HALF_MILK, brewed=_HALF_MILK),
    # Tim Hortons' brewed coffee (small 10, medium 14, large 20 fl oz; a mug's 14) as ordered
    # by its creams and sugars, each sugar a teaspoon: a double double's two creams are two
    # individual half-and-half containers (1/2 fl oz each), as diaries count one; a "regular"
    # (one cream, one sugar) is poured at the counter, a fluid ounce of its 18% table cream
    "double double": Drink(
        shots={}, milk=dict.fromkeys(_TIMS_CUPS, 1), brewed=_TIMS_CUPS,
        sweet=dict.fromkeys(_TIMS_CUPS, 2), sweetener="tsp sugar", usual_milk="half and half",
    ),
    "regular": Drink(
        shots={}, milk=dict.fromkeys(_TIMS_CUPS, 1), brewed=_TIMS_CUPS,
        sweet=dict.fromkeys(_TIMS_CUPS, 1), sweetener="tsp sugar", usual_milk="light cream",
    ),
    # a triple triple: three creams and three sugars, counted as the double double's
    "triple triple": Drink(
        shots={}, milk=dict.fromkeys(_TIMS_CUPS, 1.5), brewed=_TIMS_CUPS,
        sweet=dict.fromkeys(_TIMS_CUPS, 3), sweetener="tsp sugar", usual_milk="half and half",
    ),
    # a bodega's or a Cuban café's: a double shot in a cup topped with 6 fl oz of hot milk
    "cafe con leche": Drink(shots={None: 2}, milk={None: 6}),
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
CHAIS: Final = frozenset({"chai", "chai tea", HOME_CHAI, MASALA_CHAI})
"""Names of chai: sugar said with it, or a cup or a mug of it, is the chai made at home (a
café's chai latte comes sweetened, by the cup size, and no one counts its sugar)."""
