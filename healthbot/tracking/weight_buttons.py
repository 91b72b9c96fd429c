"""The data of a weigh-in confirmation's buttons ("weight:8060@20261206"): written for the
question (`weight_button`) and read back, forged or stale data refused, when pressed."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Final

from healthbot.tracking.parsing import MAX_WEIGHT_KG, MIN_WEIGHT_KG, AmountError, Problem

WEIGHT_PREFIX: Final = "weight:"
"""A weigh-in button: "weight:<hundredths of a kg>" stores that, "weight:no" nothing."""


def weight_button(kg: Decimal | None, day: date | None = None, instead: int | None = None) -> str:
    """The callback data of a weigh-in confirmation: the weight to store, or none, and the
    day it was for when that was named ("weight:8060@20261206"), or the weigh-in it changes
    ("weight:8060~123")."""
    if kg is None:
        return f"{WEIGHT_PREFIX}no"
    on = f"~{instead}" if instead is not None else "" if day is None else f"@{day:%Y%m%d}"
    return f"{WEIGHT_PREFIX}{int(kg * 100)}{on}"


def weight_button_instead(data: str) -> int | None:
    """The weigh-in a confirmation button changes (None: it logs one)."""
    _, tilde, row = data.partition("~")
    return int(row) if tilde and row.isdigit() and len(row) <= 18 else None


def weight_button_day(data: str) -> date | None:
    """The day a confirmation button's weigh-in was for (None: today, or no such day)."""
    _, at, day = data.partition("@")
    if not at or len(day) != 8 or not day.isdigit():
        return None
    try:
        return datetime.strptime(day, "%Y%m%d").date()
    except ValueError:
        return None


def parse_weight_button(data: str) -> Decimal | None:
    """The weight a confirmation button stores (None: store nothing); AmountError for data
    that is none of ours or out of range."""
    rest, at, _ = data.removeprefix(WEIGHT_PREFIX).partition("@")
    rest, tilde, _ = rest.partition("~")
    if tilde and (at or weight_button_instead(data) is None):
        raise AmountError(Problem.NOT_UNDERSTOOD)
    if rest == "no" and not (at or tilde):
        return None
    if not rest.isdigit() or len(rest) > 6 or rest == data or (at and not weight_button_day(data)):
        raise AmountError(Problem.NOT_UNDERSTOOD)
    kg = Decimal(rest) / 100
    if not MIN_WEIGHT_KG <= kg <= MAX_WEIGHT_KG:
        raise AmountError(Problem.OUT_OF_RANGE)
    return kg
