"""Dishes named alone, as the common names they are made of (`data/recipes_*.tsv`): a BLT is
two slices of bread, three of bacon, a lettuce leaf, two slices of tomato and a tablespoon of
mayonnaise, each logged as its own item from the table.

A sandwich is also what its fillings make when they are named with it ("a sandwich with ham
and swiss") or on a bread ("ham and swiss on rye"): its bread is two slices, and a deli meat
named without an amount is the usual deli serving, 2 oz.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Final

from healthbot.food.aliases import ALIASES, read_table, read_tables
from healthbot.food.cookery import COOKED_WORDS
from healthbot.food.drinks import CUPS
from healthbot.food.fits import SPIRITS
from healthbot.food.held_parts import held_back, without
from healthbot.food.parser import ParsedItem, parse_meal
from healthbot.food.servings import CONDIMENTS, TOPPINGS
from healthbot.food.text import normalize
from healthbot.food.units import GRAMS_PER_UNIT, ML_PER_UNIT, VESSEL_SIZES, Size, Unit, singular

RECIPES: Final[dict[str, tuple[str, ...]]] = {
    dish: tuple(part.strip() for part in items.split(";"))
    for dish, items in read_tables("recipes").items()
}
"""A dish's name -> its items as /log reads them ("2 slices bread")."""
DRINKS: Final = frozenset(read_table(Path(__file__).parent / "data" / "recipes_drinks.tsv"))
"""The dishes that are drinks, served in their own cup or glass: a cup of one is one drink
("a cup of bubble tea"), and a size is its cup's (`_cup_size`)."""

BREAD: Final = "bread"
"""The food of a recipe's item that a bread named after the dish replaces."""
BREADS: Final = {
    **{bread: bread for bread in (
        "bread", "white bread", "wheat bread", "whole wheat bread", "rye", "rye bread",
        "sourdough", "sourdough bread", "multigrain bread", "pumpernickel", "toast",
        "french bread", "italian bread")},
    "white": "white bread", "wheat": "wheat bread", "whole wheat": "whole wheat bread",
    "multigrain": "multigrain bread", "wholemeal": "wholemeal bread",
    "wholemeal bread": "wholemeal bread", "brown": "brown bread", "brown bread": "brown bread",
}  # fmt: skip
"""Breads a dish is said to be on ("a turkey sandwich on rye", "on wheat"), as common names."""

SANDWICH_BREAD: Final = "2 slices"
"""The bread of a sandwich made of fillings named on it ("ham and swiss on rye")."""
DELI_SERVING: Final = "2 oz"
"""A deli meat in a sandwich, named without an amount: the usual deli serving."""
DELI_MEATS: Final = frozenset(
    {"ham", "turkey", "deli turkey", "turkey breast", "roast beef", "salami", "pastrami",
     "bologna", "corned beef", "prosciutto", "capicola", "mortadella", "deli meat",
     "lunch meat", "cold cuts"}
)  # fmt: skip
"""Meats a sandwich is filled with by the slice, as common names."""
CHEESES: Final = frozenset(
    {"cheese", "swiss", "swiss cheese", "cheddar", "cheddar cheese", "american",
     "american cheese", "provolone", "provolone cheese", "muenster", "pepper jack",
     "havarti", "mozzarella", "gouda", "brie"}
)  # fmt: skip
"""Cheeses a sandwich is filled with (each keeps its own amount: a slice)."""

Mend = Callable[[str], str]


_SERVINGS: Final = (Unit.BOWL, Unit.PLATE, Unit.SERVING)
_SERVED_AS: Final = (
    "plate of ",
    "plates of ",
    "plateful of ",
    "platefuls of ",
    "dish of ",
)  # not units: the parser's food


SANDWICH_WORDS: Final = frozenset(
    {"sarnie", "sarnies", "sarny", "butty", "butties", "buttie", "sanger", "sangers", "sanga",
     "sangas", "sammie", "sammies", "sammy", "sammich", "sando", "sandos", "sandwhich"}
)  # fmt: skip
"""What Britain, Ireland, Australia and the US's diners also call a sandwich ("an egg mayo
sarnie", "a bacon butty", "a sausage sanger")."""


_SPELLINGS: Final = {"omlette": "omelette", "omlet": "omelet", "omelete": "omelette",
                     "omlettes": "omelettes", "omlets": "omelets"}  # fmt: skip
"""An omelette as it is often typed, which the typo mender takes for another word."""


_SANDWICH_BREAD: Final = "2 slices bread"
"""A recipe's item that says the dish is a sandwich."""


_IN_ITS_BUN: Final = re.compile(r" (?:on|in) (?:a |the |their |its )?buns?$")
"""A dish said to be in a bun ("hot dogs on buns"), which a recipe may hold already."""


def recipe(food: str) -> tuple[str, ...] | None:
    """The items of a dish named alone ("blt", "grilled cheese", "tuna sandwiches", "an egg
    mayo sarnie"), in the singular or the plural; None if the name is no dish of the table."""
    name = " ".join(_SPELLINGS.get(word, word) for word in normalize(food).split())
    found = RECIPES.get(name) or RECIPES.get(name.removesuffix("s")) or RECIPES.get(singular(name))
    *filling, last = name.split() or [""]
    bare = _IN_ITS_BUN.sub("", name)  # "2 hot dogs on buns": the dish's own bun
    if found is None and bare != name and (dish := recipe(bare)) is not None:
        return dish if any(part.endswith(" bun") for part in dish) else None
    if found is None and last in SANDWICH_WORDS:
        return recipe(" ".join([*filling, "sandwich"]))
    if found is None and last in ("sandwich", "sandwiches") and filling:
        # "a grilled cheese sandwich": the dish that is a sandwich already, by its own name
        dish = RECIPES.get(" ".join(filling))
        return dish if dish is not None and _SANDWICH_BREAD in dish else None
    return found


def _same(food: str) -> str:
    return food


def with_recipes(items: list[ParsedItem], mend: Mend = _same) -> list[ParsedItem]:
    """Each dish named alone (no unit) replaced by its recipe's items, times the count
    typed; a bread named right after it without an amount ("a BLT on rye") is its bread, and
    an amount of one of its items named after it is that item's ("a cheese omelette with 3
    eggs", "egg white omelet, 4 whites"), and one of its items named with "with" and no
    amount is that item ("chicken and waffles with syrup"). A dish's name may hold an "and"
    ("ham and cheese omelette"). Names are read as `mend` leaves their typos ("sandwhich" is
    a sandwich); a deli meat named with a sandwich ("a sandwich with ham") or on a bread is a
    sandwich's (`filled`)."""
    read: list[ParsedItem] = []
    items, held = held_back(items, lambda food: recipe(food) or recipe(mend(food)))
    index = 0
    while index < len(items):
        absent = held.get(index)  # "a hot dog, no bun": its recipe but the bun
        item, parts = _dish(items, index, mend)
        index += 1 if item.span == items[index].span else 2  # two items joined: one dish
        if parts is None:
            read.append(item)
            continue
        parts = parts if absent is None else without(parts, absent)
        eggs = _eggs_counted(item)  # "3 egg white omelette": one, of three whites
        times = 1.0 if eggs else item.quantity * _cup_size(item, parts, mend)
        made = []
        for part in parts:
            [one] = parse_meal(part)
            made.append(
                replace(one, quantity=one.quantity * times, span=f"{item.span}: {part}",
                        added=False)
            )  # fmt: skip
        # "a 3 egg omelette": its eggs; "2 egg sandwich": its egg, after the bread
        at = next((i for i, part in enumerate(made) if "egg" in part.food.split()), None)
        if eggs and at is not None:
            made[at] = replace(made[at], quantity=item.quantity)
        made, index = _on_bread(made, items, index, mend)  # "a BLT on rye"
        restating = False  # "a chicken wrap, 1 tortilla, 100g chicken, lettuce": its parts
        while index < len(items):
            mine = _restated(made, items[index], mend, restating)
            if mine is None and (sauce := _sauce(made, items[index], mend)) is not None:
                made[sauce] = _renamed(made[sauce], items[index].food)  # "with mayo": its mayo
            elif mine is None:
                break
            elif items[index].quantity_typed:
                own = normalize(mend(items[index].food)) in BREADS  # "2 slices of rye": rye
                # a dish that is one food ("spag bol": the entree) restated by a part of it
                # ("1.5 cups of spaghetti"): that part
                said = _uid(mend(items[index].food))
                own = own or (
                    len(parts) == 1
                    and said not in (None, _uid(made[mine].food))
                    and not _cooked_as(made[mine].food, items[index].food)
                )
                food = items[index].food if own else made[mine].food
                made[mine] = replace(items[index], food=food, added=False)
                restating = True
            index += 1  # without an amount ("with syrup"): the part it has already
        made, index = _on_bread(made, items, index, mend)  # "a fried egg sandwich, 2 eggs on rye"
        read.extend(made)
        sandwich = any(part.endswith(f" {BREAD}") for part in parts)
        while sandwich and index < len(items) and items[index].added:
            read.append(_deli(items[index], mend))  # "a sandwich with ham"
            index += 1
    return filled(read, mend)


def _dish(
    items: list[ParsedItem], index: int, mend: Mend
) -> tuple[ParsedItem, tuple[str, ...] | None]:
    """The dish at `index` and its recipe: of two items joined by "and" or "on" when their
    names together are a dish's ("ham and cheese omelette", "beans on toast", whose bread the
    sentence reader parts from what is on it), else of the one; None if no dish."""
    item = _splashed(_served(items[index], mend))
    after = items[index + 1] if index + 1 < len(items) else None
    served = item.unit is None or item.unit in _SERVINGS  # "a portion of beans on toast"
    if after is not None and after.unit is None and not after.quantity_typed and not after.added:
        for joint in ("and", "on"):
            name = f"{item.food} {joint} {after.food}"
            if served and (parts := recipe(name) or recipe(mend(name))) is not None:
                joined = replace(item, food=name, span=f"{item.span} {joint} {after.span}")
                return _served(joined, mend), parts
    if item.unit is not None:  # "a glass of lassi": the share of the dish that volume is
        parts = recipe(item.food) or recipe(mend(item.food))
        spooned = normalize(item.food) not in ALIASES  # "a cup of curry goat": its entry's cup
        poured = None if parts is None else _poured(item, parts, spooned)
        return (item, None) if poured is None else (poured, parts)
    # as typed first: a dish's own name ("mojito") is no typo of a food's word
    return item, recipe(item.food) or recipe(mend(item.food))


def _cup_size(item: ParsedItem, parts: tuple[str, ...], mend: Mend) -> float:
    """How many of a drink's recipe its size is ("a large bubble tea": the large cup's 20 fl
    oz to the medium's 16, as its recipe is the shop's regular cup): 1 for a dish that is no
    drink, no size said, or a cocktail (a bar pours one measure whatever the glass)."""
    if item.size not in CUPS or item.unit is not None:
        return 1.0
    if not _drink(item.food) and not _drink(mend(item.food)):
        return 1.0
    if any(parse_meal(part)[0].food in SPIRITS for part in parts):
        return 1.0
    return CUPS[item.size] / CUPS[Size.MEDIUM]


def _drink(food: str) -> bool:
    """Whether a dish so named, in the singular or the plural, is a drink (`DRINKS`)."""
    name = normalize(food)
    return bool({name, name.removesuffix("s"), singular(name)} & DRINKS)


def _splashed(item: ParsedItem) -> ParsedItem:
    """A drink made of others added to a food without an amount ("coffee with almond milk")
    in what goes with a food (`TOPPINGS`: a splash, 2 tbsp), not a glass of it."""
    amount = TOPPINGS.get(normalize(item.food))
    if not item.added or item.quantity_typed or item.unit is not None or amount is None:
        return item
    if not _drink(item.food):
        return item
    [made] = parse_meal(f"{amount} {item.food}")
    return replace(item, quantity=made.quantity, unit=made.unit)


def _served(item: ParsedItem, mend: Mend) -> ParsedItem:
    """A dish served as one ("a bowl of spag bol", "a plate of beans on toast", "2 portions
    of ...") as that many of the dish, times the size said of its vessel ("a big bowl"): a
    recipe is one serving; anything else as it was."""
    food = item.food
    for vessel in _SERVED_AS:
        if food.startswith(vessel):
            food = food.removeprefix(vessel)
            break
    if item.unit not in (None, *_SERVINGS) or (food == item.food and item.unit is None):
        return item
    if recipe(food) is None and recipe(mend(food)) is None:
        return item
    # "a big bowl of spag bol": half as much again as a bowl of it
    sized = VESSEL_SIZES.get(item.size, 1.0) if item.size is not None else 1.0
    return replace(item, food=food, unit=None, size=None, quantity=item.quantity * sized)


_DICED_CUP_GRAMS: Final = 140.0
"""Grams of meat, fish or cheese diced that fill a cup (SR24's chicken "cup, chopped or
diced": 140 g): the room a weighed part takes in a dish served by the cup."""


def _poured(item: ParsedItem, parts: tuple[str, ...], spooned: bool = False) -> ParsedItem | None:
    """A volume of a dish all of whose parts are volumes ("a glass of lassi", "2 cups of
    sambar") as that many of the dish (a glass of a 9 fl oz chai is 8/9 of one), but a glass
    of a cocktail is one drink (its glass holds the ice); None for another unit, or a dish
    with a part counted (a volume of it says no share). A part weighed takes its diced cup's
    room in a dish `spooned` out by the cup ("a cup of pancit canton": 2 oz of chicken among
    2.1 cups of noodles and the rest, 2.5 cups; a cup is two fifths of the plate)."""
    if item.unit not in ML_PER_UNIT:
        return None
    if item.unit is Unit.CUP and _drink(item.food):  # its own cup: "a cup of boba"
        return replace(item, unit=None)
    volume = 0.0
    for part in parts:
        [one] = parse_meal(part)
        if spooned and one.unit in GRAMS_PER_UNIT:
            grams = one.quantity * GRAMS_PER_UNIT[one.unit]
            volume += grams / _DICED_CUP_GRAMS * ML_PER_UNIT[Unit.CUP]
            continue
        if one.unit not in ML_PER_UNIT:
            return None
        if one.food in SPIRITS:
            return replace(item, unit=None)
        volume += one.quantity * ML_PER_UNIT[one.unit]
    return replace(item, quantity=item.quantity * ML_PER_UNIT[item.unit] / volume, unit=None)


def _restated(
    made: list[ParsedItem], item: ParsedItem, mend: Mend, restating: bool = False
) -> int | None:
    """Which of a dish's items an item named after it gives the amount of ("with 3 eggs":
    the omelette's eggs; "a tbsp of mayo": its mayonnaise, another name of the same food),
    or names again with "with" and no amount ("chicken and waffles with syrup": its syrup),
    or without one among parts said with amounts (`restating`: "a chicken wrap, 1 tortilla,
    100g chicken, lettuce": its lettuce), by its words or its common name; None if it is
    another food, or no amount is said of it but "and" ("a BLT and bacon": more bacon)."""
    said = item.quantity_typed or item.added
    if not said and (not restating or normalize(mend(item.food)) in BREADS):
        return None  # "a BLT and bacon"; "an egg sandwich, 2 eggs, on rye": `_on_bread`'s
    if normalize(mend(item.food)) in BREADS:  # "made with 2 slices of rye": its bread
        return next((at for at, part in enumerate(made) if part.food in BREADS), None)
    words = {singular(word) for word in normalize(mend(item.food)).split()}
    uid = _uid(mend(item.food))
    return next(
        (at for at, part in enumerate(made)
         if words <= {singular(word) for word in normalize(part.food).split()}
         or (uid is not None and uid == _uid(part.food))),
        None,
    )  # fmt: skip


def _cooked_as(part: str, said: str) -> bool:
    """Whether a part is the food said, cooked as the dish cooks it ("anda fry, 2 eggs": its
    two fried eggs), not another food ("spag bol, 1.5 cups of spaghetti": plain spaghetti)."""
    words = {singular(word) for word in normalize(part).split()}
    named = {singular(word) for word in normalize(said).split()}
    return named < words and not (words - named - COOKED_WORDS)


def _eggs_counted(item: ParsedItem) -> bool:
    """Whether the count typed before a dish named by its eggs counts the eggs of one ("a 3
    egg omelette", "3 egg white omelette"), not several dishes ("2 egg white omelettes"), nor
    the one dish an article says ("an egg white omelette": its recipe's three whites); nor,
    named by its eggs in the plural, several of it ("3 scrambled egg whites": three whites)."""
    words = normalize(item.food).split()
    plain = normalize(item.food) == normalize(item.singular_food)
    counted = _EGGS_COUNT.search(item.span) is not None
    typed = item.quantity_typed and item.unit is None
    if typed and not plain and words[-2:] in (["egg", "whites"], ["eggs"]):
        return True
    return typed and plain and words[:1] == ["egg"] and counted


_EGGS_COUNT: Final = re.compile(r"(?:\d|\b(?:two|three|four|five|six))[\s-]*eggs?\b", re.I)
"""A number said right before "egg" in a dish's words ("3 egg", "two-egg"); "an egg white
omelette" has none."""


def _on_bread(
    made: list[ParsedItem], items: list[ParsedItem], index: int, mend: Mend
) -> tuple[list[ParsedItem], int]:
    """The dish's items on the bread named next without an amount, if one is ("on rye": its
    bread rye, its toast rye toast), and the index past it; else as they are."""
    after = items[index] if index < len(items) else None
    bread = None if after is None or after.quantity_typed else _bread(after, mend)
    if bread is None:
        return made, index
    toast = f"{bread.removesuffix(' bread')} toast"
    toast = toast if toast in ALIASES else bread
    ons = {BREAD: bread, "toast": toast}
    return [_renamed(part, ons[part.food]) if part.food in ons else part for part in made], (
        index + 1
    )


def _renamed(part: ParsedItem, food: str) -> ParsedItem:
    """A dish's item as another food in its amount, its label saying so."""
    return replace(part, food=food, span=f"{part.span.removesuffix(part.food)}{food}")


def _sauce(made: list[ParsedItem], item: ParsedItem, mend: Mend) -> int | None:
    """Which of a dish's items a sauce named with "with" and no amount takes the place of
    ("a chicken wrap with mayo": its dressing): its one sauce or dressing; None if it has
    none or several, or the item is another."""
    if not item.added or item.quantity_typed or item.unit is not None:
        return None
    if normalize(mend(item.singular_food)) not in CONDIMENTS - _SPREAD:
        return None
    sauces = [at for at, part in enumerate(made) if _condiment(part.food)]
    return sauces[0] if len(sauces) == 1 else None


def _condiment(food: str) -> bool:
    name = normalize(food)
    return name in CONDIMENTS - _SPREAD or name.endswith((" dressing", " sauce"))


_SPREAD: Final = frozenset(
    {"butter", "margarine", "cream cheese", "jam", "jelly", "marmalade", "peanut butter",
     "almond butter", "nutella", "honey"}
)  # fmt: skip
"""Condiments that are spread, not poured: no sauce's stand-in."""


def _uid(food: str) -> str | None:
    """The SR24 uid of a common name, as typed or singular ("eggs"); None if it is none."""
    name = normalize(food)
    return ALIASES.get(name) or ALIASES.get(singular(name))


def filled(items: list[ParsedItem], mend: Mend = _same) -> list[ParsedItem]:
    """The items with fillings named on a bread, all without an amount ("ham and swiss on
    rye"), as a sandwich: the bread `SANDWICH_BREAD` (first, as a recipe lists it), a deli
    meat `DELI_SERVING`."""
    read = list(items)
    for index, item in enumerate(read):
        if not _untyped(item):
            continue
        if (bread := _bread(item, mend)) is not None:
            start = index
            while start and _untyped(read[start - 1]) and _filling(read[start - 1], mend):
                start -= 1
            if start < index:  # "ham and swiss on rye": a sandwich, its bread first
                fillings = [_deli(filling, mend) for filling in read[start:index]]
                read[start : index + 1] = [_as(item, f"{SANDWICH_BREAD} {bread}"), *fillings]
    return read


def _untyped(item: ParsedItem) -> bool:
    return not item.quantity_typed and item.unit is None and item.size is None


def _bread(item: ParsedItem, mend: Mend) -> str | None:
    return BREADS.get(normalize(mend(item.food)))


def _filling(item: ParsedItem, mend: Mend) -> bool:
    name = normalize(mend(item.singular_food))
    return name in DELI_MEATS or name in CHEESES


def _deli(item: ParsedItem, mend: Mend) -> ParsedItem:
    if not _untyped(item) or normalize(mend(item.singular_food)) not in DELI_MEATS:
        return item
    return _as(item, f"{DELI_SERVING} {item.food}")


def _as(item: ParsedItem, amount: str) -> ParsedItem:
    """The item as `amount` of its food, as typed otherwise ("rye" as "2 slices rye")."""
    [made] = parse_meal(amount)
    return replace(made, span=item.span, added=item.added)
