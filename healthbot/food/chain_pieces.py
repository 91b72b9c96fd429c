"""A fried chicken chain's meal of so many pieces, its recipe said once and its pieces listed:
"popeyes 2pc mild, breast and thigh", "kfc 3 piece original recipe - breast, thigh and wing",
"2 pieces of kfc extra crispy, a thigh and a drumstick".

The count and its recipe name no item of the menu (which pieces is the question), while each
piece named after them alone ("breast") is one of several (the mild one or the spicy one).
Read together, they are the pieces listed, one each unless counted, each of the recipe said:
"popeyes mild breast", "popeyes mild thigh". Without pieces after it, the count is left as it
was typed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise
from typing import Final

from healthbot.food.parser import ParsedItem
from healthbot.food.text import words_of
from healthbot.food.units import Unit, singular

PIECES: Final = {"breast": "breast", "thigh": "thigh", "wing": "wing",
                 "drumstick": "drumstick", "leg": "drumstick"}  # fmt: skip
"""A fried chicken's pieces as people say them -> as a chain's menu names them (its leg is
the drumstick)."""
_COUNTED: Final = frozenset({"piece", "pieces", "pc", "pcs"})
_JOINTS: Final = frozenset({"of", "from", "at", "s", "a", "an", "the"})


def pieces_listed(
    items: Sequence[ParsedItem], chain: str, spoken: str, names: Sequence[str]
) -> list[ParsedItem]:
    """The items with a chain's meal of pieces (a count of pieces and a recipe, `names`
    being the ways its chain `chain` is written, `spoken` the first) read as the pieces
    listed after it, each of that recipe."""
    read: list[ParsedItem] = []
    index = 0
    while index < len(items):
        style = _meal_of_pieces(items[index], names)
        if style is None:
            read.append(items[index])
            index += 1
            continue
        recipe, first, count = style
        pieces = [] if first is None else [replace(items[index], quantity=1.0, food=first)]
        after = index + 1
        while after < len(items) and (piece := _piece(items[after], recipe)) is not None:
            pieces.append(replace(items[after], food=piece))
            after += 1
        if first is not None and len(pieces) == 1:  # "kfc 2 piece thighs": both thighs
            pieces = [replace(pieces[0], quantity=count, quantity_typed=True)]
        if not pieces:
            read.append(items[index])
            index += 1
            continue
        food = " ".join([spoken, *recipe])
        read.extend(replace(piece, food=f"{food} {piece.food}") for piece in pieces)
        index = after
    return read


def _meal_of_pieces(
    item: ParsedItem, names: Sequence[str]
) -> tuple[list[str], str | None, float] | None:
    """The recipe's words of a meal of pieces at the chain (its name, a count of pieces and
    the recipe: "kfc 3 piece original recipe"), the first piece when it was typed with them
    ("... recipe - breast") and the count; None for any other item."""
    words = words_of(item.food)
    named = next((n for n in names if _holds(words, n.split())), None)
    if named is None:
        return None
    at = _at(words, named.split())
    rest = [w for w in [*words[:at], *words[at + len(named.split()) :]] if w not in _JOINTS]
    count = item.quantity if item.unit is Unit.PIECE and item.quantity > 1 else None
    for number, word in pairwise(rest):
        if number.isdigit() and word in _COUNTED:
            rest.remove(number)
            rest.remove(word)
            count = float(number)
            break
    if count is None or item.unit not in (None, Unit.PIECE):
        return None
    first = PIECES.get(singular(rest[-1])) if rest else None
    recipe = rest[:-1] if first is not None else rest
    return recipe, first, count


def _piece(item: ParsedItem, recipe: list[str]) -> str | None:
    """The piece an item names alone, a word of the recipe said again with it or not
    ("wing", "crispy wing"); None for any other item."""
    if item.unit is not None:
        return None
    words = [w for w in words_of(item.food) if w not in recipe]
    return PIECES.get(singular(words[0])) if len(words) == 1 else None


def _holds(words: Sequence[str], name: Sequence[str]) -> bool:
    return _at(words, name) >= 0


def _at(words: Sequence[str], name: Sequence[str]) -> int:
    """Where the name's words start among the words; -1 if they are not there."""
    for start in range(len(words) - len(name) + 1):
        if list(words[start : start + len(name)]) == list(name):
            return start
    return -1
