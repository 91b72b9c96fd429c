"""Reading a parsed item and what resolving it gave: the question an item starts as, the food
it was resolved to, whether that food is cooked as said, the item with its size word read as
its name, and the answers an amount question offers from the food's measures.

Kept apart from the catalog that searches and measures (`healthbot.meals.foods`), which
calls these on every item.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise
from typing import Final

from healthbot.food.cookery import cooked_as
from healthbot.food.parser import MAX_GRAMS, ParsedItem
from healthbot.food.units import SIZE_ALIASES, SIZED_ALIASES
from healthbot.meals.answers import Amount, Portion, Question

CHOICES: Final = 4
"""Foods a question offers (and amounts an amount question offers)."""


def measure_amounts(
    quantity: float, measures: Sequence[tuple[float, str, float]]
) -> tuple[Amount, ...]:
    """The food's smallest household measures as answers, times the quantity typed."""
    plausible = [m for m in measures if 0 < quantity * m[2] <= MAX_GRAMS]
    smallest = sorted(plausible, key=lambda measure: measure[2])[:CHOICES]
    return tuple(
        Amount(f"{quantity * amount:g} {measure_name(name)}", round(quantity * grams, 2))
        for amount, name, grams in smallest
    )


def measure_name(name: str) -> str:
    """A measure's name for a button: "pat" for 'pat (1&quot; sq, 1/3&quot; high)'."""
    plain = re.sub(r"\s*\([^)]*\)", "", html.unescape(name)).strip(" ,")
    return (plain or html.unescape(name))[:40]


def size_named(item: ParsedItem) -> ParsedItem | None:
    """The item with the size words typed before its food read as the food's first words ("a
    big kat": "big kat"; "a king size kit kat": "king size kit kat"), no size; None if it has
    no size, or its words are not found."""
    if item.size is None:
        return None
    words = item.span.lower().split()
    first = item.food.split()[0]
    for before, after in pairwise(words):
        if after == first and SIZE_ALIASES.get(before) is item.size:
            return replace(item, food=f"{before} {item.food}", size=None)
    for said, size, after in zip(words, words[1:], words[2:], strict=False):
        if after == first and size == _SIZE and SIZED_ALIASES.get(said) is item.size:
            return replace(item, food=f"{said} {size} {item.food}", size=None)
    return None


_SIZE: Final = "size"


def named_food(found: Portion | Question) -> tuple[str, str] | None:
    """The uid and name of the food an item was resolved to (its amount maybe still to ask);
    None for a question of which food."""
    if isinstance(found, Portion):
        return found.food_uid, found.food_name
    if found.kind == "amount" and found.choices:
        return found.choices[0].uid, found.choices[0].name
    return None


def cooked_so(found: Portion | Question, cooking: str) -> bool:
    """Whether an item was resolved to the food cooked as said ("grilled chicken": "...,
    cooked, roasted")."""
    named = named_food(found)
    return named is not None and cooked_as(named[1], cooking)


def question_of(position: int, item: ParsedItem) -> Question:
    return Question(
        position=position,
        span=item.span,
        quantity=item.quantity,
        unit=None if item.unit is None else str(item.unit),
        size=None if item.size is None else str(item.size),
        food=item.singular_food,
        kind="food",
        plural=not item.quantity_typed and item.singular_food != item.food,
        counted=item.quantity_typed,
    )
