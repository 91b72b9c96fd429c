"""Quick add: `/log 450 kcal`, `/log 450 kcal burrito`, `/log 450 kcal 30p 40c 15f`.

A person who knows the energy (a package's label, a restaurant's menu) logs it as given: one
item of that energy, with the macros they typed, named by the other words ("burrito") or
"Quick add". No food is looked up and no grams are stored: this is the one place where the
energy comes from the user rather than from the table, and the entry shows it as theirs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from healthbot.food.parser import FoodParseError, ParseProblem
from healthbot.meals.answers import Portion
from healthbot.meals.portions import Nutrients

MAX_KCAL = 5000.0
"""More than this in one item is a typo (a sitting's worth, as `MAX_GRAMS` is for food)."""
MAX_MACRO_G = 500.0
QUICK_NAME = "Quick add"

_NUMBER = r"(\d{1,6}(?:[.,]\d{1,2})?)"
_ENERGY = re.compile(_NUMBER + r"\s*(?:kcals?|cals?|calories|kilocalories)\b\.?", re.IGNORECASE)
_MACRO = re.compile(
    _NUMBER + r"\s*(?:g\s*)?(p|c|f|protein|proteins?|carbs?|carbohydrates?|fats?)\b\.?",
    re.IGNORECASE,
)
_EMPTY_BRACKETS = re.compile(r"\(\s*[,;]?\s*\)")
_FILLER = re.compile(r"^[\s,;:+&\-–—]*(?:of\s+)?|[\s,;:+&\-–—]+$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class QuickAdd:
    """Energy (and macros) as the user gave them, under a name."""

    name: str
    nutrients: Nutrients


def read_quick_add(text: str) -> QuickAdd | None:
    """The quick add a /log text is, or None when it names no energy ("2 eggs").

    Raises `FoodParseError` for an energy of zero or past `MAX_KCAL`, or a macro past
    `MAX_MACRO_G`: nothing is logged then.
    """
    energy = _ENERGY.search(text)
    if energy is None:
        return None
    kcal = _number(energy[1])
    if kcal <= 0:
        raise FoodParseError(ParseProblem.ZERO, energy[0])
    if kcal > MAX_KCAL:
        raise FoodParseError(ParseProblem.TOO_MUCH, energy[0])
    rest = text[: energy.start()] + " " + text[energy.end() :]
    macros = {"p": 0.0, "c": 0.0, "f": 0.0}
    for match in _MACRO.finditer(rest):
        grams = _number(match[1])
        if grams > MAX_MACRO_G:
            raise FoodParseError(ParseProblem.TOO_MUCH, match[0])
        macros[match[2][0].lower()] = grams
    name = " ".join(_EMPTY_BRACKETS.sub(" ", _MACRO.sub(" ", rest)).split())
    name = _FILLER.sub("", name).strip() or QUICK_NAME
    nutrients = Nutrients(kcal=kcal, protein_g=macros["p"], carbs_g=macros["c"], fat_g=macros["f"])
    return QuickAdd(name[:80], nutrients)


def quick_portion(text: str, quick: QuickAdd) -> Portion:
    """The quick add as the one portion of an entry (no food, no grams)."""
    return Portion(
        position=0,
        span=" ".join(text.split()),
        quantity=1.0,
        unit=None,
        size=None,
        food_uid="",
        food_name=quick.name,
        grams=0.0,
        nutrients=quick.nutrients,
    )


def _number(text: str) -> float:
    return float(text.replace(",", "."))
