"""The items of a /log text read as the dishes they name: a food and what "with" or "and" joins
to it made one where the table names them as one, a dish named alone as its recipe's items, a
coffee-shop or mixed drink as its parts, each read on the menu of the chain the text is at."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Final

from healthbot.food.asides import without_asides
from healthbot.food.chains import at_the_chain
from healthbot.food.cocktails import mixed_drinks
from healthbot.food.coffee import coffee_drinks
from healthbot.food.held_parts import left_out
from healthbot.food.liquid_of import liquids_of
from healthbot.food.makes import makes_named
from healthbot.food.parser import ParsedItem
from healthbot.food.parts import with_parts
from healthbot.food.pouches import pouched
from healthbot.food.ready_meals import ready_meals
from healthbot.food.recipes import recipe, with_recipes
from healthbot.food.search import FoodSearch
from healthbot.food.sized import sized_kinds
from healthbot.food.table_sauce import table_sauce
from healthbot.food.text import normalize, query_words
from healthbot.food.unit_names import unit_named
from healthbot.food.units import singular
from healthbot.food.weighed_burgers import burgers_by_meat
from healthbot.meals.foods import FoodCatalog

__all__ = ["read_dishes"]


async def read_dishes(catalog: FoodCatalog, items: list[ParsedItem], text: str) -> list[ParsedItem]:
    """The items, with a food and what was joined to it by "with" or "and" made one
    where the table names them as one ("nachos with cheese", "rice and beans"), and a
    dish named alone as the items of its recipe ("a BLT", "2 grilled cheese") and a
    coffee-shop drink as its espresso and milk ("a venti soy latte"), a mixed drink as
    its shot and mixer ("a gin and tonic"), names read with
    their typos mended ("a sandwhich"), and each read on the menu of the chain the
    whole text is at ("egg mcmuffin and a hash brown": McDonald's hash brown)."""
    search = await catalog.ready()
    joined: list[ParsedItem] = []

    def lacking(words: list[str]) -> bool:
        # "mcchicken no mayo": the menu's item without it; "hot dog no bun": its recipe's
        dish = " ".join(words)
        return search.menu.without(words) or left_out(dish, lambda food: _recipe(food, search))

    items = liquids_of(without_asides(items, lacking))
    # "beans on toast, half a tin of heinz": the beans, in half a tin
    items = await _kinds_said_after(catalog, makes_named(items, search.alias))
    for item in await _joined(catalog, items):
        last = joined[-1] if joined else None
        # "tacos with rice and beans": what "with" adds may be one food of two ("and")
        added = last is not None and last.added and item.added and item.unit is None
        name = "" if last is None else f"{last.food} and {item.food}"
        if last and added and not item.quantity_typed and await catalog.one_food(name):
            joined[-1] = replace(last, food=name, span=f"{last.span} and {item.span}")
        else:
            joined.append(item)
    joined = unit_named(joined)  # "a cup noodles": the noodles' cup, no cup of noodles
    joined = pouched(joined)  # "a pouch of rice": a microwave pouch's 250 g
    joined = burgers_by_meat(joined, text)  # "a 1/4 lb burger": its patty and bun
    joined = ready_meals(sized_kinds(await _in_bread(catalog, joined), search.mend), search.mend)
    joined = with_parts(joined, search.mend)
    joined = table_sauce(at_the_chain(joined, text, search.menu, search.names_food, search.mend))
    dishes = with_recipes(coffee_drinks(mixed_drinks(joined), search.mend), search.mend)
    return [_mended(item, search.mend) for item in dishes]


async def _joined(catalog: FoodCatalog, items: list[ParsedItem]) -> list[ParsedItem]:
    merged: list[ParsedItem] = []
    items = await _three_as_one(catalog, items)
    for item in items:
        before = merged[-1] if merged else None
        plain = not item.quantity_typed and item.unit is None
        # "macaroni and chese, 1 cup", "spaghetti and meatballs 2 cups": the amount said
        # after the dish's name is the dish's
        after = item.quantity_typed and _said_after(item) and not before_typed(before)
        if before is not None and (plain or after) and not _counts_its_own(before):
            joint = "with" if item.added else "and"
            name = f"{before.food} {joint} {item.food}"
            if await catalog.one_food(name) or await _on_a_menu(catalog, before.food, name):
                span = f"{before.span} {joint} {item.span}"
                amount = {} if plain else {"quantity": item.quantity, "unit": item.unit,
                                           "quantity_typed": True}  # fmt: skip
                size = before.size or item.size  # "mcflurry with m&ms, large": the large
                merged[-1] = replace(before, food=name, span=span, size=size, **amount)  # type: ignore[arg-type]
                continue
        merged.append(item)
    return merged


async def _on_a_menu(catalog: FoodCatalog, first: str, name: str) -> bool:
    """Whether a chain's menu names the joined words as one item, the chain known by its
    own word ("sausage and egg mcmuffin": McDonald's "Sausage McMuffin with Egg"), so that
    neither half is looked up alone (a sausage, then an Egg McMuffin); a `first` half that
    names the chain ("at mcdonalds and hotcakes") is no food joined."""
    menu = (await catalog.ready()).menu
    if menu.named(query_words(first)) is not None:
        return False
    words = [word for word in query_words(name) if word not in ("and", "with")]
    chain = menu.signature(words)
    return chain is not None and menu.item(chain, words) is not None


_BREADS: Final = frozenset(
    {"roll", "bun", "bap", "kaiser roll", "hard roll", "hero", "hoagie roll", "sub roll"}
)
"""Breads a filling is had in as a deli's sandwich ("egg and cheese on a roll"); on a bagel
or an english muffin, the parts are the bread's and the filling's own."""
_FILLINGS: Final = 3


async def _in_bread(catalog: FoodCatalog, items: list[ParsedItem]) -> list[ParsedItem]:
    """Fillings named without an amount, then one bread they were had in ("egg and cheese
    on a roll", "bacon, egg and cheese on a bagel"), as the sandwich of them the table names
    ("Fast foods, egg and cheese sandwich"); the items as they were where it names none."""
    read = list(items)
    at = len(read) - 1
    while at > 0:
        bread, at = read[at], at - 1
        plain = bread.unit is None and bread.quantity == 1 and not bread.added
        if not plain or normalize(bread.singular_food) not in _BREADS:
            continue
        start = at + 1
        while start > max(0, at + 1 - _FILLINGS) and not before_typed(read[start - 1]):
            start -= 1
        for first in range(start, at + 1):  # the most fillings that name a sandwich
            name = f"{' and '.join(item.food for item in read[first : at + 1])} sandwich"
            if await catalog.one_food(name):
                filling = " and ".join(item.span for item in read[first : at + 1])
                span = f"{filling} on {bread.span}"
                read[first : at + 2] = [replace(bread, food=name, span=span)]
                at = first - 1
                break
    return read


_JUST: Final = re.compile(r"^\s*(?:just|only|plain)\s", re.I)
"""Words before a food said after another that name what kind of it that was."""


async def _kinds_said_after(catalog: FoodCatalog, items: list[ParsedItem]) -> list[ParsedItem]:
    """A kind said after a food with "just" or "only" ("a 12 inch pan pizza, just cheese"),
    where the table names the food of that kind ("cheese pan pizza"), as the food before of
    that kind, not a food of its own (a whole cheese pizza beside the slices)."""
    read: list[ParsedItem] = []
    for item in items:
        before = read[-1] if read else None
        bare = item.unit is None and not item.quantity_typed and not item.added
        if before is not None and bare and _JUST.match(item.span):
            name = f"{item.food} {before.food}"
            if await catalog.one_food(name):
                read[-1] = replace(before, food=name, span=f"{before.span}, {item.span}")
                continue
        read.append(item)
    return read


def before_typed(item: ParsedItem | None) -> bool:
    """Whether the item before has an amount of its own (none: no dish to give one to)."""
    return item is None or item.quantity_typed or item.unit is not None


def _said_after(item: ParsedItem) -> bool:
    """Whether the item's amount was said after its food ("meatballs, 2 cups")."""
    words = query_words(item.span)
    return bool(words) and words[0] == item.food.split()[0]


async def _three_as_one(catalog: FoodCatalog, items: list[ParsedItem]) -> list[ParsedItem]:
    """A food and the two joined to it by "with ... and" made one where the table names
    the three as one ("beef tacos with cheese and lettuce")."""
    read = list(items)
    for at in range(len(read) - 3, -1, -1):
        first, *joined = read[at : at + 3]
        # a window ending in the one just made of three holds two: no three to join
        if (
            len(joined) < 2
            or _counts_its_own(first)
            or not all(
                part.added and not part.quantity_typed and part.unit is None for part in joined
            )
        ):
            continue
        name = f"{first.food} with {joined[0].food} and {joined[1].food}"
        if await catalog.one_food(name):
            span = f"{first.span} with {joined[0].span} and {joined[1].span}"
            read[at : at + 3] = [replace(first, food=name, span=span)]
    return read


def _counts_its_own(item: ParsedItem) -> bool:
    """Whether a count typed before a food in the plural counts that food ("3 hotcakes and
    syrup": three hotcakes and their syrup), not a dish the table names with what is joined
    to it (McDonald's "Hotcakes (with 2 pats margarine & syrup)", three hotcakes each)."""
    counted = item.quantity_typed and item.unit is None and item.quantity > 1
    return counted and singular(item.food) != item.food


def _mended(item: ParsedItem, mend: Callable[[str], str]) -> ParsedItem:
    """The item with its food's typos mended ("a crossaint": croissant), so that its measures
    ("croissant, medium") are found by name as the food was; as typed when nothing changed."""
    mended = mend(item.food)
    return item if mended == " ".join(query_words(item.food)) else replace(item, food=mended)


def _recipe(food: str, search: FoodSearch) -> tuple[str, ...] | None:
    """The recipe of a dish named `food`, as typed or with its typos mended."""
    return recipe(food) or recipe(search.mend(food))
