"""A part of a whole food ("a quarter of a cantaloupe", "a third of a pizza"): of the whole.

A count below one of a food without a unit is a part of one whole of it, while SR24's first
measure for one of a food may be a piece of it: a cantaloupe's "10 cantaloupe balls", a
pizza's "slice". `whole_measure` finds the food's measure of the whole thing ("melon, medium
(about 5\" dia)", "pie", "melon (15\" long x 7-1/2\" dia)"), of the size asked, else the
medium one, else the first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from healthbot.food.measures import one_of
from healthbot.food.units import GRAMS_PER_UNIT, ML_PER_UNIT, UNIT_ALIASES, singular_word

WHOLE_NAMES: Final = frozenset(
    {"pie", "pizza", "melon", "cake", "loaf", "whole", "head", "pumpkin", "squash"}
)
"""First words of a measure that weighs the whole of a food cut into parts."""
_WORD = re.compile(r"[a-z]+")
_MEASURED: Final = frozenset({*GRAMS_PER_UNIT, *ML_PER_UNIT})


def whole_measure(
    measures: Sequence[tuple[float, str, float]], size: str | None = None
) -> float | None:
    """Grams in one whole of a food with these (amount, name, grams) measures; None if it
    has no measure of the whole (the caller keeps its own reading)."""
    wholes = []
    for amount, name, grams in measures:
        words = _WORD.findall(name.lower())
        if words and words[0] in WHOLE_NAMES and amount > 0:
            wholes.append((words, grams / amount))
    for wanted in (size, "medium"):
        sized = next((grams for words, grams in wholes if wanted in words), None)
        if wanted is not None and sized is not None:
            return sized
    if wholes:
        return wholes[0][1]
    # a part that says what part of the whole it is: 'piece (1/8 of 9" dia)' of a pie
    parts = (
        (grams / amount) * int(part[1])
        for amount, name, grams in measures
        if amount > 0 and (part := _PART.search(name)) is not None and int(part[1]) > 0
    )
    return next(parts, None)


_PART = re.compile(r"\b1/(\d+) of\b")


_PIECE_OF = re.compile(r"(?P<piece>[a-z]+) of (?:an? |the )?(?P<food>[a-z].*)")


def piece_of(food: str) -> tuple[str, str] | None:
    """("cod", "fillet") for "fillet of cod": a food named after one piece of another, which
    is that food counted by its measure of that name; None for any other text."""
    found = _PIECE_OF.fullmatch(food)
    return None if found is None else (found["food"], found["piece"])


def names_a_piece(piece: str, measures: Sequence[tuple[float, str, float]]) -> bool:
    """Whether one of these measures is named after the piece ("fillet" for "fillet" or
    "fillets"), so that counting by it is no guess."""
    wanted = piece.removesuffix("s")
    return any(
        _WORD.findall(name.lower())[:1] in ([wanted], [f"{wanted}s"]) for _, name, _ in measures
    )


def piece_grams(
    piece: str, measures: Sequence[tuple[float, str, float]], size: str | None = None
) -> float | None:
    """Grams in one piece of a food by its measure named after the piece, in the singular or
    the plural: first or last before what is in brackets ("spear"; "10 twists"; "drink box
    (8.45 fl oz)" for "box"), or last in them ("cracker (2-1/2" square)" for "square"); of
    several, the one of the `size` said ("a large celery stalk"), else the medium one ("a
    head of lettuce": "head, medium", not the "head, large" SR24 lists first); None if none
    is."""
    found = []
    for amount, name, grams in measures:
        before, _, within = name.lower().partition("(")
        words = _WORD.findall(before)
        ends = {*words[:1], *words[-1:], *_WORD.findall(within)[-1:]}
        if words[:1] and UNIT_ALIASES.get(words[0]) in _MEASURED:
            continue  # "cup, rounds" is a cup of them, no round
        if amount > 0 and piece in {singular_word(word) for word in ends}:
            # "0.5 fillet" is one served fillet
            found.append((words, one_of(amount, words, grams)))
    for wanted in (size, _MEDIUM):
        sized = next((grams for words, grams in found if wanted in words), None)
        if wanted is not None and sized is not None:
            return sized
    return found[0][1] if found else None


_MEDIUM: Final = "medium"
