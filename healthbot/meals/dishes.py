"""The items of a /log text read as the dishes they name: a food and what "with" or "and" joins
to it made one where the table names them as one, a dish named alone as its recipe's items, a
coffee-shop or mixed drink as its parts, each read on the menu of the chain the text is at."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from healthbot.food.asides import without_asides
from healthbot.food.chains import at_the_chain
from healthbot.food.cocktails import mixed_drinks
from healthbot.food.coffee import coffee_drinks
from healthbot.food.parser import ParsedItem
from healthbot.food.parts import with_parts
from healthbot.food.recipes import with_recipes
from healthbot.food.sized import sized_kinds
from healthbot.food.text import query_words
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
    for item in await _joined(catalog, without_asides(items)):
        last = joined[-1] if joined else None
        # "tacos with rice and beans": what "with" adds may be one food of two ("and")
        added = last is not None and last.added and item.added and item.unit is None
        name = "" if last is None else f"{last.food} and {item.food}"
        if last and added and not item.quantity_typed and await catalog.one_food(name):
            joined[-1] = replace(last, food=name, span=f"{last.span} and {item.span}")
        else:
            joined.append(item)
    joined = with_parts(sized_kinds(joined, search.mend), search.mend)
    joined = at_the_chain(joined, text, search.menu, search.names_food, search.mend)
    dishes = with_recipes(coffee_drinks(mixed_drinks(joined), search.mend), search.mend)
    return [_mended(item, search.mend) for item in dishes]


async def _joined(catalog: FoodCatalog, items: list[ParsedItem]) -> list[ParsedItem]:
    merged: list[ParsedItem] = []
    items = await _three_as_one(catalog, items)
    for item in items:
        before = merged[-1] if merged else None
        if before is not None and not item.quantity_typed and item.unit is None:
            joint = "with" if item.added else "and"
            name = f"{before.food} {joint} {item.food}"
            if await catalog.one_food(name):
                span = f"{before.span} {joint} {item.span}"
                merged[-1] = replace(before, food=name, span=span)
                continue
        merged.append(item)
    return merged


async def _three_as_one(catalog: FoodCatalog, items: list[ParsedItem]) -> list[ParsedItem]:
    """A food and the two joined to it by "with ... and" made one where the table names
    the three as one ("beef tacos with cheese and lettuce")."""
    read = list(items)
    for at in range(len(read) - 3, -1, -1):
        first, *joined = read[at : at + 3]
        if not all(part.added and not part.quantity_typed and part.unit is None
                   for part in joined):  # fmt: skip
            continue
        name = f"{first.food} with {joined[0].food} and {joined[1].food}"
        if await catalog.one_food(name):
            span = f"{first.span} with {joined[0].span} and {joined[1].span}"
            read[at : at + 3] = [replace(first, food=name, span=span)]
    return read


def _mended(item: ParsedItem, mend: Callable[[str], str]) -> ParsedItem:
    """The item with its food's typos mended ("a crossaint": croissant), so that its measures
    ("croissant, medium") are found by name as the food was; as typed when nothing changed."""
    mended = mend(item.food)
    return item if mended == " ".join(query_words(item.food)) else replace(item, food=mended)
