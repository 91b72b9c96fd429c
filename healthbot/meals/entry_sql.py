"""The SQL of a food entry's writes, and the parameters it takes: the columns an entry is read
with, the one statement that stores a /log (the entry, its items and its totals), an item's
insert and the totals recomputed from the items. `MealRepository` runs them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Final

from healthbot.db.literals import array_literal
from healthbot.meals.answers import Portion
from healthbot.meals.rows import ItemRow

MAX_TYPED: Final = 200
"""Characters of an item's typed text that are kept."""

COLUMNS: Final = (  # an entry as `EntryRow` reads it (`removals` reads it so too)
    " id, meal, description, eaten_at, local_date, kcal, protein_g, carbs_g, fat_g,"
    " fiber_g, deleted_at IS NOT NULL AS deleted, created_at"
)
ENTRY: Final = "SELECT" + COLUMNS + " FROM food_entries"
INSERT_ITEM: Final = (
    "INSERT INTO food_entry_items (entry_id, user_id, position, typed, food_name, usda_id,"
    " quantity, unit, size, grams, kcal, protein_g, carbs_g, fat_g, fiber_g)"
    " VALUES (%(entry_id)s, %(user_id)s, %(position)s, %(typed)s, %(food_name)s, %(usda_id)s,"
    " %(quantity)s, %(unit)s, %(size)s, %(grams)s, %(kcal)s, %(protein_g)s, %(carbs_g)s,"
    " %(fat_g)s, %(fiber_g)s)"
    " ON CONFLICT (entry_id, position) DO NOTHING"
)
UPDATE_TOTALS: Final = (
    "UPDATE food_entries e SET kcal = s.kcal, protein_g = s.protein_g, carbs_g = s.carbs_g,"
    " fat_g = s.fat_g, fiber_g = s.fiber_g FROM (SELECT"
    " coalesce(sum(kcal), 0) AS kcal, coalesce(sum(protein_g), 0) AS protein_g,"
    " coalesce(sum(carbs_g), 0) AS carbs_g, coalesce(sum(fat_g), 0) AS fat_g,"
    " coalesce(sum(fiber_g), 0) AS fiber_g"
    " FROM food_entry_items WHERE entry_id = %(entry_id)s) AS s"
    " WHERE e.id = %(entry_id)s AND e.user_id = %(user_id)s"
    " RETURNING e.id, e.meal, e.description, e.eaten_at, e.local_date, e.kcal, e.protein_g,"
    " e.carbs_g, e.fat_g, e.fiber_g, e.deleted_at IS NOT NULL AS deleted, e.created_at"
)


ITEM_ARRAYS: Final = (
    # (parameter, its SQL array type: the columns' own, so that each value rounds as stored)
    ("position", "smallint"), ("typed", "text"), ("food_name", "text"), ("usda_id", "text"),
    ("quantity", "numeric(10,2)"), ("unit", "text"), ("size", "text"),
    ("grams", "numeric(8,2)"), ("kcal", "numeric(8,2)"), ("protein_g", "numeric(8,2)"),
    ("carbs_g", "numeric(8,2)"), ("fat_g", "numeric(8,2)"), ("fiber_g", "numeric(8,2)"),
)  # fmt: skip
NUTRIENTS: Final = ("kcal", "protein_g", "carbs_g", "fat_g", "fiber_g")
CREATE: Final = (
    # Its transaction's commit does not wait for the disk (the module's docstring says why):
    # the setting lasts until that commit, which reads it; alone, the statement is its own
    # transaction, so one round trip where BEGIN; SET LOCAL ...; COMMIT is two.
    "WITH commit_mode AS (SELECT set_config('synchronous_commit', 'off', true)),"
    # The items, one per position (the first given wins, as ON CONFLICT kept it before);
    # the entry with their sums as its totals; the items under its id. No row: the key was
    # taken (a retry), and nothing is written.
    " item AS (SELECT DISTINCT ON (position) * FROM unnest("
    # Array literals (`array_literal` says why); numbers as the digits Python wrote, so
    # that each rounds from them as before.
    + ", ".join(f"%({name})s::{kind}[]" for name, kind in ITEM_ARRAYS)
    + ") WITH ORDINALITY AS i ("
    + ", ".join(name for name, _ in ITEM_ARRAYS)
    + ", n) ORDER BY position, n),"
    " entry AS (INSERT INTO food_entries (user_id, eaten_at, local_date, meal, description,"
    " source, idempotency_key, created_at, " + ", ".join(NUTRIENTS) + ")"
    " SELECT %(user_id)s, %(at)s, %(day)s, %(meal)s, %(description)s, 'text', %(key)s,"
    " coalesce(%(logged)s, now()), "
    + ", ".join(f"coalesce(sum({name}), 0)" for name in NUTRIENTS)
    + " FROM item, commit_mode ON CONFLICT (user_id, idempotency_key) DO NOTHING RETURNING"
    + COLUMNS
    + "),"
    " stored AS (INSERT INTO food_entry_items (entry_id, user_id, "
    + ", ".join(name for name, _ in ITEM_ARRAYS)
    + ") SELECT entry.id, %(user_id)s, "
    + ", ".join(f"item.{name}" for name, _ in ITEM_ARRAYS)
    + " FROM entry, item)"
    # The statement's snapshot holds the user's entries from before this one.
    " SELECT entry.*, NOT EXISTS (SELECT 1 FROM food_entries f"
    " WHERE f.user_id = %(user_id)s) AS first FROM entry"
)


def create_params(
    user_id: int,
    portions: Sequence[Portion],
    *,
    meal: str,
    description: str,
    at: datetime,
    day: date,
    key: str,
    logged: datetime | None,
) -> dict[str, object]:
    items = [item_params(0, user_id, portion) for portion in portions]
    columns = {name: array_literal(item[name] for item in items) for name, _ in ITEM_ARRAYS}
    return {
        "user_id": user_id, "at": at, "day": day, "meal": meal, "description": description,
        "key": key, "logged": logged, **columns,
    }  # fmt: skip


def item_row(portion: Portion) -> ItemRow:
    """The item a portion is stored as (what `items` reads back)."""
    nutrients = portion.nutrients

    def stored(value: float) -> Decimal:
        return Decimal(str(round(value, 2)))

    return ItemRow(
        position=portion.position,
        typed=portion.span[:MAX_TYPED],
        food_name=portion.food_name,
        usda_id=portion.food_uid or None,  # "": a quick add, energy as the user gave it
        quantity=stored(portion.quantity) if portion.quantity >= 0.01 else None,
        unit=portion.unit,
        size=portion.size,
        grams=stored(portion.grams),
        kcal=stored(nutrients.kcal),
        protein_g=stored(nutrients.protein_g),
        carbs_g=stored(nutrients.carbs_g),
        fat_g=stored(nutrients.fat_g),
        fiber_g=stored(nutrients.fiber_g),
    )


def item_params(entry_id: int, user_id: int, portion: Portion) -> dict[str, object]:
    nutrients = portion.nutrients
    return {
        "entry_id": entry_id,
        "user_id": user_id,
        "position": portion.position,
        "typed": portion.span[:MAX_TYPED],
        "food_name": portion.food_name,
        "usda_id": portion.food_uid or None,
        "quantity": round(portion.quantity, 2) if portion.quantity >= 0.01 else None,
        "unit": portion.unit,
        "size": portion.size,
        "grams": portion.grams,
        "kcal": nutrients.kcal,
        "protein_g": nutrients.protein_g,
        "carbs_g": nutrients.carbs_g,
        "fat_g": nutrients.fat_g,
        "fiber_g": nutrients.fiber_g,
    }
