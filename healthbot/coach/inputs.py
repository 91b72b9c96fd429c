"""A coach tool's input as the model sent it, read and checked: a text, a number, a meal; what
cannot be used is a ToolError, whose message goes back to the model."""

from __future__ import annotations

import math
from typing import Any

from healthbot.when import Meal

JsonDict = dict[str, Any]
MAX_TEXT = 500  # characters of a text input a tool uses
MEALS = [str(m) for m in Meal]


class ToolError(Exception):
    """A tool input that cannot be used; the message goes back to the model."""


def read_text(args: JsonDict, name: str) -> str:
    """The text input `name`, its spaces squeezed, cut at `MAX_TEXT`."""
    value = args.get(name)
    if not isinstance(value, str) or not value.strip():
        raise ToolError(f"{name} must be a non-empty string")
    return " ".join(value.split())[:MAX_TEXT]


def read_number(args: JsonDict, name: str, low: float, high: float) -> float:
    """The number input `name` (a decimal comma too, as the model may send it as text)."""
    value = args.get(name)
    if isinstance(value, str):
        try:
            value = float(value.replace(",", "."))
        except ValueError:
            raise ToolError(f"{name} must be a number") from None
    if not isinstance(value, int | float) or isinstance(value, bool) or math.isnan(value):
        raise ToolError(f"{name} must be a number")
    if not low <= value <= high:
        raise ToolError(f"{name} must be between {low:g} and {high:g}")
    return float(value)


def read_meal(value: object) -> Meal | None:
    """The meal a tool input names, or None when it names none."""
    if value is None:
        return None
    if value not in MEALS:
        raise ToolError(f"meal must be one of {', '.join(MEALS)}")
    return Meal(str(value))
