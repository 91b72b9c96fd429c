"""The rows the meal repository reads back: an entry, a new entry, an item, some sums."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal


@dataclass(frozen=True, slots=True)
class EntryRow:
    """One food entry with its totals."""

    id: int
    meal: str
    description: str
    eaten_at: datetime
    local_date: date
    kcal: Decimal
    protein_g: Decimal
    carbs_g: Decimal
    fat_g: Decimal
    fiber_g: Decimal
    deleted: bool
    created_at: datetime  # when it was logged


@dataclass(frozen=True, slots=True)
class CreatedRow(EntryRow):
    """A new entry, and whether it is its user's first (deleted ones count): the first /log
    offers /timezone, and the statement that stores the entry tells it at no extra cost."""

    first: bool


@dataclass(frozen=True, slots=True)
class ItemRow:
    """One item of an entry."""

    position: int
    typed: str
    food_name: str
    usda_id: str | None
    quantity: Decimal | None
    unit: str | None
    size: str | None
    grams: Decimal | None
    kcal: Decimal
    protein_g: Decimal
    carbs_g: Decimal
    fat_g: Decimal
    fiber_g: Decimal


@dataclass(frozen=True, slots=True)
class TotalsRow:
    """Sums over some entries: a meal of a day, or a day."""

    key: str  # the meal, or the day as ISO text
    entries: int
    kcal: Decimal
    protein_g: Decimal
    carbs_g: Decimal
    fat_g: Decimal
    fiber_g: Decimal
