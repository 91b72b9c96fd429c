"""What a reminder is about (water, a meal, weighing, medication), guessed from its words."""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Final


class ReminderKind(StrEnum):
    """What a reminder is about: the values of the `reminders.kind` column."""

    WATER = "water"
    MEAL = "meal"
    WEIGHT = "weight"
    MEDICATION = "medication"
    CUSTOM = "custom"


_KINDS: Final = (
    (ReminderKind.MEDICATION, r"vitamins?|pills?|medications?|medicines?|meds|tablets?"),
    (ReminderKind.WEIGHT, r"weigh\w*|scales?"),
    (ReminderKind.WATER, r"water|drink\w*|hydrat\w*"),
    (ReminderKind.MEAL, r"lunch|dinner|breakfast|meals?|eat\w*|log|logs|snacks?|food"),
)
_KIND_RES: Final = tuple((kind, re.compile(rf"\b(?:{words})\b", re.I)) for kind, words in _KINDS)


def guess_kind(text: str) -> ReminderKind:
    """The kind of reminder its words suggest (medication before weight, water, meal)."""
    for kind, pattern in _KIND_RES:
        if pattern.search(text):
            return kind
    return ReminderKind.CUSTOM
