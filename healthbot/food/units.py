"""Units of food logging: canonical names, sizes, conversion to grams and millilitres, plurals.

Conversion factors are exact definitions (avoirdupois ounce and pound, US customary cup,
tablespoon, teaspoon and fluid ounce, which are what USDA SR household measures use), so a
table is all it takes; `bench/eval_food_parser.py` checks them against pint.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Final


class Unit(StrEnum):
    """A canonical unit a parsed food item can be counted in."""

    G = "g"
    KG = "kg"
    OZ = "oz"
    LB = "lb"
    ML = "ml"
    CL = "cl"  # Europe's bottles and cans: "a 50cl bottle", "a 33cl can"
    DL = "dl"
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
    PLATE = "plate"  # a plate of a dish: its serving, else what a bowl holds
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
    PAT = "pat"  # of butter: SR24 weighs it ("pat (1" sq, 1/3" high)"), else a teaspoon
    PINCH = "pinch"  # of salt or a spice: a sixteenth of a teaspoon (a dash is an eighth)
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
    EXTRA_LARGE = "extra large"  # its extra large measure, else a jumbo or large one
    JUMBO = "jumbo"  # a bakery's biggest ("a jumbo muffin"), else its extra large or large
    MINI = "mini"  # "a mini bagel", "a mini muffin": SR24's mini or bite-size measure
    KING = "king"  # "king size": a candy bar's double
    FUN = "fun"  # "fun size": a candy bar's bite
    REGULAR = "regular"  # "regular size": a chain's regular cup, else its medium one
    KID = "kid"  # "kid size", "kids size": a chain's kid's or child serving, else its small one


VESSEL_SIZES: Final = {Size.SMALL: 0.75, Size.LARGE: 1.5, Size.EXTRA_LARGE: 2.0, Size.JUMBO: 2.0}
"""A size said of a vessel that the food has no measure of in that size, times the vessel:
a large or big glass of a drink other than wine (whose bar glasses `wine_glass` knows) is 12
fl oz, half as much again as the 8 fl oz glass of milk or juice, a small one 6 fl oz; a big
mug of cocoa, a small bowl of soup, a large plate of pasta (or of a dish made of its items:
"a big bowl of spag bol") the same."""

GRAMS_PER_UNIT: dict[Unit, float] = {
    Unit.G: 1.0,
    Unit.KG: 1000.0,
    Unit.OZ: 28.349523125,
    Unit.LB: 453.59237,
}

# A glass has no standard volume; 8 fl oz is what a glass of milk or juice means in the US
# recipes and labels SR24 follows (a cup), and is only used when the food has no "glass"
# measure of its own.
ML_PER_UNIT: dict[Unit, float] = {
    Unit.ML: 1.0,
    Unit.CL: 10.0,
    Unit.DL: 100.0,
    Unit.L: 1000.0,
    Unit.FL_OZ: 29.5735295625,
    Unit.CUP: 236.5882365,
    Unit.TBSP: 14.78676478125,
    Unit.TSP: 4.92892159375,
    Unit.PINT: 473.176473,
    Unit.GLASS: 8 * 29.5735295625,
    Unit.PAT: 4.92892159375,
    Unit.PINCH: 4.92892159375 / 16,
    # A scoop of ice cream or a side: half a cup, where the food has no scoop of its own.
    Unit.SCOOP: 236.5882365 / 2,
    # Not exact units, but what they mean when poured: a splash of milk in coffee is two
    # tablespoons, a shot of spirits 1.5 fl oz (a US jigger).
    Unit.SPLASH: 2 * 14.78676478125,
    Unit.SHOT: 1.5 * 29.5735295625,
}

# Words people type for a unit that SR24's measures use otherwise (a dollop is a tablespoon,
# a hunk a piece; "1 shot" of a syrup is no jigger): read in what people type, never in a
# measure's name.
SPOKEN_UNITS: dict[str, Unit] = {
    **dict.fromkeys(["spoonful", "spoonfuls", "spoon", "spoons"], Unit.TBSP),
    **dict.fromkeys(["dollop", "dollops", "knob", "knobs"], Unit.TBSP),
    **dict.fromkeys(["drizzle", "drizzles", "squirt", "squirts"], Unit.TSP),
    **dict.fromkeys(["slab", "slabs", "hunk", "hunks", "chunk", "chunks"], Unit.PIECE),
    **dict.fromkeys(["splash", "splashes", "bit", "dash", "dashes"], Unit.SPLASH),
    **dict.fromkeys(["shot", "shots"], Unit.SHOT),
    # a glug of oil is a tablespoon; a smear, scrape or smidge of a spread and a sprinkle of
    # cheese or sugar a teaspoon
    **dict.fromkeys(["glug", "glugs"], Unit.TBSP),
    **dict.fromkeys(
        ["smear", "smears", "scrape", "scraping", "smidge", "smidgen", "sprinkle"], Unit.TSP
    ),
    **dict.fromkeys(["fistful", "fistfuls", "palmful", "palmfuls"], Unit.HANDFUL),
    # a tumbler or beaker of juice is a glass; a sachet of oats or sugar its packet; New
    # Zealand's pottle of yoghurt its tub
    **dict.fromkeys(["tumbler", "tumblers", "beaker", "beakers"], Unit.GLASS),
    **dict.fromkeys(["sachet", "sachets"], Unit.PACKAGE),
    **dict.fromkeys(["pottle", "pottles"], Unit.CONTAINER),
    # a tube of Pringles is its can (SR24's "can (7 oz)"); a pouch of a drink its one
    # serving (Capri Sun's "NLEA Serving", 6.75 fl oz)
    **dict.fromkeys(["tube", "tubes"], Unit.CAN),
    **dict.fromkeys(["pouch", "pouches"], Unit.SERVING),
    # as often misspelt ("lasagne one peice", "a handfull of nuts", "a glas of milk")
    **dict.fromkeys(["peice", "peices", "peace"], Unit.PIECE),
    **dict.fromkeys(["handfull", "handfulls", "hanful"], Unit.HANDFUL),
    **dict.fromkeys(["glas", "glases", "galss"], Unit.GLASS),
    **dict.fromkeys(["botle", "botles", "bottel", "bottels"], Unit.BOTTLE),
    **dict.fromkeys(["tablspoon", "tablespon", "tabelspoon"], Unit.TBSP),
    **dict.fromkeys(["teaspon", "teasspoon"], Unit.TSP),
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
    **dict.fromkeys(
        ["cl", "cls", "centilitre", "centilitres", "centiliter", "centiliters"], Unit.CL
    ),
    **dict.fromkeys(["dl", "decilitre", "decilitres", "deciliter", "deciliters"], Unit.DL),
    **dict.fromkeys(["l", "litre", "litres", "liter", "liters"], Unit.L),
    **dict.fromkeys(["fl oz", "floz", "fluid ounce", "fluid ounces"], Unit.FL_OZ),
    **dict.fromkeys(["cup", "cups", "c"], Unit.CUP),
    **dict.fromkeys(["mug", "mugs", "mugful"], Unit.CUP),  # a mug of coffee or tea: a cup
    **dict.fromkeys(["tbsp", "tbsps", "tbs", "tablespoon", "tablespoons", "tbl"], Unit.TBSP),
    **dict.fromkeys(["tsp", "tsps", "teaspoon", "teaspoons"], Unit.TSP),
    **dict.fromkeys(["pint", "pints"], Unit.PINT),
    **dict.fromkeys(["glass", "glasses"], Unit.GLASS),
    **dict.fromkeys(["slice", "slices"], Unit.SLICE),
    **dict.fromkeys(["piece", "pieces", "pc", "pcs"], Unit.PIECE),
    **dict.fromkeys(
        ["serving", "servings", "portion", "portions", "serve", "serves", "helping", "helpings"],
        Unit.SERVING,
    ),
    **dict.fromkeys(["bowl", "bowls", "bowlful"], Unit.BOWL),
    **dict.fromkeys(["plate", "plates", "plateful", "platefuls"], Unit.PLATE),
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
    **dict.fromkeys(["pat", "pats"], Unit.PAT),
    **dict.fromkeys(["pinch", "pinches"], Unit.PINCH),
    **SPOKEN_UNITS,
}

# Glasses and cans of beer named by their size, in millilitres: Australia's schooner (NSW),
# middy and pot, a stubby and a longneck bottle, a US tallboy can (16 fl oz), and a flute of
# bubbly, a ladle, and spoons said heaped or level. Read as that many millilitres ("3
# schooners of beer" is 3 x 425 ml), never as a food's word.
JUG_ML: Final = 1140.0
NAMED_VOLUMES: dict[str, float] = {
    **dict.fromkeys(["schooner", "schooners", "schoonie", "schoonies"], 425.0),
    **dict.fromkeys(["middy", "middies"], 285.0),
    **dict.fromkeys(["stubby", "stubbies", "stubbie", "tinnie", "tinnies", "tinny"], 375.0),
    **dict.fromkeys(["longneck", "longnecks"], 750.0),
    **dict.fromkeys(["tallboy", "tallboys", "tall boy", "tall boys"], 16 * 29.5735295625),
    # a jug of beer as an Australian or New Zealand pub pours it (1140 ml; `jug_ml` says
    # of which drinks: a jug of gravy or cream is the table's, not one person's)
    **dict.fromkeys(["jug", "jugs"], JUG_ML),
    # a flute of champagne or prosecco: a bar's pour, the 5 fl oz of SR24's glass of wine
    **dict.fromkeys(["flute", "flutes"], 150.0),
    # a ladle of soup or stew: a soup ladle's 4 fl oz
    **dict.fromkeys(["ladle", "ladles", "ladleful", "ladlefuls"], 120.0),
    # a heaped spoon holds about two level ones; a level one is the spoon
    **dict.fromkeys(
        [f"{heaped} {spoon}" for heaped in ("heaped", "heaping", "rounded")
         for spoon in ("teaspoon", "teaspoons", "tsp")], 2 * 4.92892159375),
    **dict.fromkeys(
        [f"{heaped} {spoon}" for heaped in ("heaped", "heaping", "rounded")
         for spoon in ("tablespoon", "tablespoons", "tbsp")], 2 * 14.78676478125),
    # a dessertspoon (Britain, Ireland, Australia): two teaspoons, 10 ml
    **dict.fromkeys(["dessertspoon", "dessertspoons", "dsp"], 10.0),
    **dict.fromkeys(["level teaspoon", "level teaspoons", "level tsp"], 4.92892159375),
    **dict.fromkeys(["level tablespoon", "level tablespoons", "level tbsp"], 14.78676478125),
    # a US quart is two US pints and a gallon four quarts (SR24's "quart" measure is its
    # density, `measures`); typed, each is that many millilitres, never a measure's name
    **dict.fromkeys(["quart", "quarts", "qt", "qts"], 4 * 236.5882365),
    **dict.fromkeys(["gallon", "gallons"], 16 * 236.5882365),
    # a peg of spirit as India's bars pour it: a large peg (and a peg said alone) 60 ml, a
    # small one 30 ml
    **dict.fromkeys(["peg", "pegs", "large peg", "large pegs"], 60.0),
    **dict.fromkeys(["small peg", "small pegs"], 30.0),
    # a tot of spirit (South Africa, Britain) and a dram of whisky: a bar's single, 25 ml
    # ("tots" are tater tots); Ireland's naggin, a quarter bottle of spirit, 200 ml
    **dict.fromkeys(["tot", "dram", "drams", "wee dram", "wee drams"], 25.0),
    **dict.fromkeys(["naggin", "naggins"], 200.0),
    # South Africa's dumpy, the short 340 ml beer bottle
    **dict.fromkeys(["dumpy", "dumpies"], 340.0),
    # an Indian katori (a small steel bowl) of dal, curd or sabzi: half a cup
    **dict.fromkeys(["katori", "katoris", "vati", "vatis", "wati", "watis"], 118.29411825),
    # the pint a British or Irish pub pours (20 imperial fl oz); `healthbot.food.drinks`
    # says when a plain "pint" is one
    **dict.fromkeys(["imperial pint", "imperial pints", "uk pint", "uk pints"], 568.26125),
}  # fmt: skip

# A pint poured in a pub of Britain, Ireland, Australia or New Zealand is the imperial pint
# (568 ml; Australia's is 570); in the US, 16 fl oz (`Unit.PINT`). What is drunk by the pint
# where the imperial one is poured (lager, bitter, stout, cider and their makes) says which:
# "a pint of Guinness" holds 568 ml, "a pint of IPA" or "of beer" the US pint.
IMPERIAL_PINT_ML = 568.26125
PUB_PINTS: frozenset[str] = frozenset(
    {"lager", "lagers", "bitter", "bitters", "stout", "stouts", "guinness", "guinnesses",
     "cider", "ciders", "perry", "shandy", "shandies", "snakebite", "snakebites", "mild",
     "porter", "real ale", "cask ale", "best bitter", "carling", "fosters", "tennents",
     "john smiths", "boddingtons", "kronenbourg", "carlsberg", "stella", "stella artois",
     "murphys", "beamish", "smithwicks", "kilkenny", "harp", "london pride", "doom bar",
     "newcastle brown", "strongbow", "magners", "bulmers", "thatchers", "kopparberg",
     "somersby", "heineken", "peroni", "moretti", "birra moretti", "madri", "camden hells",
     "coors", "san miguel", "amstel", "cobra", "estrella", "vb", "victoria bitter",
     "carlton draught", "tooheys new", "xxxx", "xxxx gold", "coopers", "great northern",
     "hahn", "steinlager", "speights", "tui", "lion red", "export gold",
     # milk as Britain and Ireland name it, sold by the imperial pint ("skim" in the US)
     "semi skimmed", "semi-skimmed", "semi", "skimmed", "skimmed milk"}
)  # fmt: skip
"""A drink's first word or two after "pint of" that says the pint is an imperial one."""


def pint_ml(drink: list[str]) -> float | None:
    """Millilitres in a pint of the drink whose words follow "pint of" ("guinness at the
    local": 568), where it is poured by the imperial pint; None for any other drink."""
    return IMPERIAL_PINT_ML if _named_by(drink, PUB_PINTS) else None


def _named_by(drink: list[str], names: frozenset[str]) -> bool:
    """Whether the drink's first word or first two are one of `names`."""
    return " ".join(drink[:1]) in names or " ".join(drink[:2]) in names


_JUG_DRINKS: Final = (PUB_PINTS - {"semi skimmed", "semi-skimmed", "semi", "skimmed",
    "skimmed milk"}) | {"beer", "beers", "ale", "ales", "pale ale", "ipa", "ipas", "pilsner",
    "sangria", "pimms", "pimm's", "water", "iced water", "iced tea", "lemonade"}  # fmt: skip
"""A drink's first word or two after "jug of" that a jug of is poured for one table to
drink: beer, cider, sangria, water. Of anything else ("a jug of gravy", "of custard", "of
cream") a jug is what is served from, its amount asked."""


def jug_ml(drink: list[str]) -> float | None:
    """Millilitres in a jug of the drink whose words follow "jug of" ("lager": 1140); None
    for any other food."""
    return JUG_ML if _named_by(drink, _JUG_DRINKS) else None


# Units that SR24 spells otherwise, tried in order when a food has no measure of the unit
# typed: bacon comes in slices, not rashers or strips; cheesecake in pieces, not slices.
UNIT_SYNONYMS: dict[Unit, tuple[Unit, ...]] = {
    Unit.STRIP: (Unit.SLICE, Unit.PIECE),
    Unit.SLICE: (Unit.PIECE, Unit.STRIP, Unit.WEDGE),  # "a slice of melon": its wedge
    Unit.PIECE: (Unit.SLICE, Unit.SERVING),  # "a piece of lasagne": its serving
    Unit.STICK: (Unit.PIECE, Unit.BAR, Unit.STALK),  # "a stick of celery" is a stalk
    Unit.WEDGE: (Unit.PIECE, Unit.SLICE),
    Unit.EAR: (Unit.PIECE,),
    Unit.STALK: (Unit.PIECE, Unit.STICK),
    Unit.CUBE: (Unit.PIECE,),
    Unit.BAR: (Unit.PIECE, Unit.SERVING),  # a candy's "serving 2.13 oz bar"
    Unit.SCOOP: (Unit.SERVING,),
    Unit.BOWL: (Unit.SERVING,),
    Unit.PLATE: (Unit.SERVING,),
    Unit.PAT: (Unit.TSP,),
    Unit.PACKAGE: (Unit.BAG, Unit.BOX, Unit.CONTAINER),  # a packet of crisps: their bag
    Unit.BAG: (Unit.PACKAGE,),
}
# The word of a food's name that says it comes in a unit: a can of corn is "Corn, ..., canned".
PACKED_AS: dict[Unit, str] = {Unit.CAN: "canned", Unit.BOTTLE: "bottled"}
# Containers named after a volume or weight typed ("330 ml can of coke", "8 oz glass of milk"):
# the amount typed is what counts.
CONTAINERS: frozenset[Unit] = frozenset(
    {Unit.CAN, Unit.BOTTLE, Unit.GLASS, Unit.CUP, Unit.BOWL, Unit.CONTAINER, Unit.PACKAGE,
     Unit.BAG, Unit.BOX, Unit.JAR}
)  # fmt: skip

SIZE_ALIASES: dict[str, Size] = {
    **dict.fromkeys(["small", "sm", "smallish"], Size.SMALL),
    **dict.fromkeys(["medium", "med"], Size.MEDIUM),
    **dict.fromkeys(["large", "lg", "big", "largish", "biggish"], Size.LARGE),
    "jumbo": Size.JUMBO,
    **dict.fromkeys(["mini", "minis", "miniature"], Size.MINI),
    **dict.fromkeys(["xl", "x-large"], Size.EXTRA_LARGE),
}
SIZED_ALIASES: dict[str, Size] = {
    "king": Size.KING,
    "fun": Size.FUN,
    "bite": Size.MINI,
    "regular": Size.REGULAR,
    **dict.fromkeys(["kid", "kids", "kid's", "child", "children's", "childs"], Size.KID),
}
"""Size words that are one only before "size" ("king size", "fun sized", "bite size", "regular
size", "kid size"): "king crab", "regular coke"."""

# Counted foods whose usual unit is not the medium one: USDA's standard egg is large.
DEFAULT_SIZE: dict[str, Size] = {"egg": Size.LARGE}


def grams_of(quantity: float, unit: Unit) -> float | None:
    """Grams in `quantity` of a mass unit; None for any other unit."""
    factor = GRAMS_PER_UNIT.get(unit)
    return None if factor is None else quantity * factor


def millilitres_of(quantity: float, unit: Unit) -> float | None:
    """Millilitres in `quantity` of a volume unit; None for any other unit."""
    factor = ML_PER_UNIT.get(unit)
    return None if factor is None else quantity * factor


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


def singular_word(word: str) -> str:
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
    return f"{head} {singular_word(last)}" if head else singular_word(last)
