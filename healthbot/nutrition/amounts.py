"""A day's micronutrients from what was eaten: each item's food (its uid in the packaged
table) times its grams, at read time. Nothing about them is stored with an entry.

An item without a food of the table (a quick add, a FoodData Central food, a barcode
product) or without grams, or whose food lacks a figure in the table (SR24 leaves some out),
adds nothing known: it is counted as unknown for that nutrient, never as 0.
"""

from __future__ import annotations

import array
import asyncio
import math
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from healthbot.food.table import DATA_PATH, read_amounts
from healthbot.nutrition.intakes import NUTRIENTS

_UNKNOWN = math.nan


@dataclass(frozen=True, slots=True)
class Eaten:
    """One item of an entry: its food's uid in the table (None: no food) and its grams."""

    uid: str | None
    grams: float | None


@dataclass(frozen=True, slots=True)
class Amount:
    """A nutrient's total over some items: the known part, and how many items left it
    unknown (0: the total is exact as far as the table goes)."""

    known: float
    unknown_items: int
    items: int

    @property
    def unknown(self) -> bool:
        """Nothing at all is known (every item left it unknown)."""
        return self.items > 0 and self.unknown_items == self.items


class NutrientTable:
    """Per 100 g of each food, the amounts `intakes.NUTRIENTS` needs (NaN: unknown), read
    from the packaged table the first time they are asked for (about 0.1 s; 2 MB, held as
    one array rather than as thousands of small objects)."""

    def __init__(self, path: Path = DATA_PATH) -> None:
        self.path = path
        self._rows: dict[str, int] = {}
        self._values = array.array("d")
        self._loaded = False
        self._lock = asyncio.Lock()

    async def load(self) -> None:
        """Read the table once (in a thread: parsing takes a tenth of a second or more)."""
        async with self._lock:
            if not self._loaded:
                self._rows, self._values = await asyncio.to_thread(_read, self.path)
                self._loaded = True

    async def totals(self, items: Iterable[Eaten]) -> dict[str, Amount]:
        """Each nutrient's total over `items`."""
        await self.load()
        listed = list(items)
        width = len(NUTRIENTS)
        known = [0.0] * width
        missing = [0] * width
        for item in listed:
            row = self._rows.get(item.uid) if item.uid else None
            for column in range(width):
                per_100g = _UNKNOWN if row is None else self._values[row * width + column]
                if item.grams is None or math.isnan(per_100g):
                    missing[column] += 1
                else:
                    known[column] += per_100g * item.grams / 100
        return {
            nutrient: Amount(known[n], missing[n], len(listed))
            for n, nutrient in enumerate(NUTRIENTS)
        }


def _read(path: Path) -> tuple[dict[str, int], array.array[float]]:
    rows: dict[str, int] = {}
    values = array.array("d")
    for uid, amounts in read_amounts(NUTRIENTS, path):
        rows[uid] = len(rows)
        values.extend(_UNKNOWN if amount is None else amount for amount in amounts)
    return rows, values
