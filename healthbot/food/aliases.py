"""Common names mapped to one USDA food each (curated; a test checks that every uid exists),
and the amount some of them stand for when typed without one: two tables kept as data, each
in files by theme, `data/common_names_*.tsv` (by the SR24 food group of the food: dairy and
eggs, drinks, alcohol, chains...) and `data/servings_*.tsv` (a name, a tab, the uid or amount,
and the SR24 name or the reason; "#" starts a comment).

USDA names foods by kind and state ("Carbonated beverage, cola, contains caffeine"), while
people write "coke". An alias is the whole query as `search.normalize` leaves it (lower
case, words separated by one space: "Wendy's chili" is "wendy s chili", "2% milk" is
"2 milk"), and a final "s" is also tried either way, so "bagels" finds "bagel" and "walnut"
"walnuts"; irregular plurals and common misspellings are keys of their own. Each alias
stands for the plain, most common form of the food as eaten: cooked when it is eaten cooked
("quinoa", "chicken thigh"), canned soup as prepared, a chain's item by its menu name. Words
that name a kind of food rather than one ("soup", "juice", "cake", "sandwich", "salad") are
deliberately absent, so that the bot asks.
"""

from __future__ import annotations

from pathlib import Path

from healthbot.food.units import singular_word

_DATA = Path(__file__).parent / "data"


def read_table(path: Path) -> dict[str, str]:
    """A two-column table of ours: name -> value, comments and blank lines skipped."""
    table: dict[str, str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        name, value, *_ = [*line.split("\t"), ""]
        if not name or not value or name in table:
            raise ValueError(f"{path.name}:{number}: a name, a tab and a value, once per name")
        table[name] = value
    return table


def read_tables(name: str, folder: Path = _DATA) -> dict[str, str]:
    """One table kept in files by theme (`data/<name>_<theme>.tsv`), as one: a name given
    twice, in one file or in two, is an error."""
    table: dict[str, str] = {}
    for path in sorted(folder.glob(f"{name}_*.tsv")):
        part = read_table(path)
        if twice := table.keys() & part.keys():
            raise ValueError(f"{path.name}: named in another {name} file too: {sorted(twice)}")
        table.update(part)
    return table


ALIASES: dict[str, str] = read_tables("common_names")
"""A name as people write it -> the SR24 uid of the food it stands for."""

_PLAIN_MILKS = frozenset({"01077", "01079", "01082", "01085", "16139"})  # whole to skim, soy
PLAIN_MILKS: frozenset[str] = frozenset(
    name for name, uid in ALIASES.items() if uid in _PLAIN_MILKS
)
"""Every name of a plain milk, with "milk" in it or not ("semi skimmed", "full cream")."""
MILK_NAMES: tuple[str, ...] = tuple(
    name for name, uid in ALIASES.items() if uid in _PLAIN_MILKS and name.endswith(" milk")
)
"""Every name of a plain milk that says "milk" ("skim milk", "semi skimmed milk", "full cream
milk", "homo milk"): what a coffee or a tea is had "with" (a drink named after one of them,
a latte, is another food)."""

SERVINGS: dict[str, str] = read_tables("servings")
"""The amount one of the named thing is when no unit or size is typed: "grande latte" is 12.5
fl oz (of milk), and "2 grande lattes" is twice it; "a cup of latte" or "a large coke" keep
what was typed. Each value is "<number> <unit>" with a unit word of `units.UNIT_ALIASES`, in
the alias's own food (a latte's 2% milk, a soda by volume). Only names whose usual serving
is a fixed US serving or menu size that SR24's measures do not give for one item (or give
under a name the count matcher cannot find) are here; the rest keep SR24's usual portion.
Every key is a key of `ALIASES`, in the same normalised form.
"""

DISTILLED = frozenset(
    {"14037", "14049", "14050", "14051", "14052", "14532", "14533", "14550", "14551"}
)
"""SR24's distilled spirits (gin, rum, vodka, whiskey) by proof."""
SHOT = "1.5 fl oz"
"""A US bar's shot of spirit."""
SPIRIT_SHOTS: dict[str, str] = {
    f"{name} shot": uid
    for name, uid in ALIASES.items()
    if uid in DISTILLED and not name.startswith("double ") and "shot" not in name
}
"""A spirit with "shot" said after it ("a tequila shot", "2 jameson shots") -> the spirit: a
US shot each (`SHOT`), as "a shot of tequila" is."""
for _shot, _uid in SPIRIT_SHOTS.items():
    ALIASES.setdefault(_shot, _uid)
    SERVINGS.setdefault(_shot, SHOT)

_BEERS = frozenset({"14003"})
VESSELS: dict[str, str] = {
    name: SERVINGS[name]
    for name, uid in ALIASES.items()
    if uid in _BEERS and " " not in name and name in SERVINGS
}
"""A beer's glass, bottle or can by its own name -> its volume ("schooner": 425 ml,
"tallboy": 16 fl oz), which "a schooner of" or "a tallboy of" any drink holds."""


def in_vessel(name: str) -> tuple[str, str] | None:
    """A name that is a vessel of a drink ("2 schooners of beer": schooner, beer; "a tallboy
    of budweiser") split into the vessel, singular, and the drink; None for any other."""
    first, of, drink = [*name.split(" ", 2), "", ""][:3]
    vessel = singular_word(first)
    return (vessel, drink) if of == "of" and drink and vessel in VESSELS else None


CLIPPED: dict[str, str] = {
    **dict.fromkeys(["veg", "veggies", "vegies", "vegs"], "vegetables"),
    **dict.fromkeys(["veggie", "vegie"], "vegetable"),
    **dict.fromkeys(["choc", "chocc"], "chocolate"),
    "spag": "spaghetti",
    **dict.fromkeys(["avo", "avos"], "avocado"),
    **dict.fromkeys(["sarnie", "sarny", "sanger", "sammie", "sammich"], "sandwich"),
    **dict.fromkeys(["cuke", "cukes"], "cucumber"),
    **dict.fromkeys(["brocc", "broc"], "broccoli"),
    **dict.fromkeys(["pud", "puds"], "pudding"),
    "marge": "margarine",  # not "marg": in the US, a margarita
    **dict.fromkeys(["bolognaise", "bol"], "bolognese"),
}
"""Words people clip or say for short ("mixed veg", "shrimp and veg", "choc chip cookie"),
the word a common name spells out: a name with one is looked up again with it in full."""


def unclipped(words: list[str]) -> list[str] | None:
    """The words with each clipped one spelt out (`CLIPPED`); None when none is clipped."""
    full = [CLIPPED.get(word, word) for word in words]
    return full if full != words else None
