"""The packaged food table (derived from USDA SR24 by `healthbot.food.build`): reading it."""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

DATA_PATH = Path(__file__).resolve().parent / "data" / "foods.jsonl.gz"

# Per 100 g of the food: energy in kcal, sodium in mg, the others in grams.
NUTRIENTS = ("kcal", "protein_g", "carbs_g", "fat_g", "fiber_g", "sugars_g", "sodium_mg")

# Per 100 g too, each in the unit its suffix names (vitamin A as retinol activity
# equivalents, folate as total food folate). They stay in the packaged table only: the
# database's `foods` keeps `NUTRIENTS`; an entry's micronutrients are its foods' amounts
# times its grams, read from here when asked for.
MICRONUTRIENTS = (
    "saturated_g",
    "potassium_mg",
    "calcium_mg",
    "iron_mg",
    "magnesium_mg",
    "zinc_mg",
    "vitamin_a_ug",
    "vitamin_c_mg",
    "vitamin_d_ug",
    "vitamin_b12_ug",
    "folate_ug",
)


@dataclass(frozen=True, slots=True)
class MeasureRecord:
    """A household measure of a food: `amount` `name` weighs `grams` (1.0 "large" = 50 g)."""

    amount: float
    name: str
    grams: float


@dataclass(frozen=True, slots=True)
class FoodRecord:
    """One food of the packaged table; nutrients per 100 g, None where the source lacks one."""

    uid: str
    name: str
    group: str | None
    kcal: float | None
    protein_g: float | None
    carbs_g: float | None
    fat_g: float | None
    fiber_g: float | None
    sugars_g: float | None
    sodium_mg: float | None
    measures: tuple[MeasureRecord, ...]
    # `MICRONUTRIENTS`' amounts in that order, None where the source lacks one.
    micros: tuple[float | None, ...] = ()


@dataclass(frozen=True, slots=True)
class FoodTable:
    """The whole packaged table and the checksum of its content."""

    foods: tuple[FoodRecord, ...]
    checksum: str  # sha256 of the uncompressed JSON lines


def _optional(value: object) -> float | None:
    return None if value is None else float(value)  # type: ignore[arg-type]


def parse_line(line: bytes) -> FoodRecord:
    """One JSON line of the table as a record."""
    raw = json.loads(line)
    return FoodRecord(
        uid=raw["uid"],
        name=raw["name"],
        group=raw["group"],
        **{column: _optional(raw[column]) for column in NUTRIENTS},
        measures=tuple(
            MeasureRecord(float(amount), name, float(grams))
            for amount, name, grams in raw["measures"]
        ),
        micros=tuple(_optional(raw.get(column)) for column in MICRONUTRIENTS),
    )


def read_amounts(
    columns: Sequence[str], path: Path = DATA_PATH
) -> Iterator[tuple[str, tuple[float | None, ...]]]:
    """Each food's uid and its amounts of `columns` (of `NUTRIENTS` and `MICRONUTRIENTS`),
    streamed line by line: a reader of a few columns need not build every record (a
    sixth of the time, an eighth of the memory of `read_table`)."""
    with gzip.open(path, "rb") as lines:
        for line in lines:
            raw = json.loads(line)
            yield raw["uid"], tuple(_optional(raw[column]) for column in columns)


def read_table(path: Path = DATA_PATH) -> FoodTable:
    """Read and parse the packaged table."""
    text = gzip.decompress(path.read_bytes())
    foods = tuple(parse_line(line) for line in text.splitlines() if line)
    return FoodTable(foods=foods, checksum=hashlib.sha256(text).hexdigest())
