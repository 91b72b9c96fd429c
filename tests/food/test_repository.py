"""Loading the packaged food table into PostgreSQL, and reading foods back."""

from __future__ import annotations

import asyncio
import gzip
from pathlib import Path

import psycopg

from healthbot.db import Database
from healthbot.db.migrations import apply_migrations
from healthbot.food.aliases import ALIASES
from healthbot.food.repository import FoodRepository, dataset_checksum, ensure_food_table
from healthbot.food.table import DATA_PATH


def counts(url: str) -> tuple[int, int, int]:
    """Rows in foods, food_measures and food_aliases."""
    with psycopg.connect(url) as conn:
        row = conn.execute(
            "SELECT (SELECT count(*) FROM foods), (SELECT count(*) FROM food_measures),"
            " (SELECT count(*) FROM food_aliases)"
        ).fetchone()
    assert row is not None
    return row[0], row[1], row[2]


async def test_the_table_loads_into_an_empty_database_once(empty_database_url: str) -> None:
    await apply_migrations(empty_database_url)
    db = await Database.open(empty_database_url, min_size=1, max_size=2)
    try:
        first = await ensure_food_table(db)
        again = await ensure_food_table(db)
    finally:
        await db.close()
    assert first.loaded and first.foods == 8858
    assert not again.loaded
    assert again.checksum == first.checksum == dataset_checksum()
    assert counts(empty_database_url) == (8858, 15274, len(ALIASES))
    print(f"load: {first.seconds * 1000:.0f} ms; warm check: {again.seconds * 1000:.1f} ms")


async def test_a_changed_package_or_an_emptied_table_loads_again(
    empty_database_url: str, tmp_path: Path
) -> None:
    await apply_migrations(empty_database_url)
    # A smaller "package": the first 100 foods, so the change is visible in the counts.
    lines = gzip.decompress(DATA_PATH.read_bytes()).splitlines(keepends=True)[:100]
    small = tmp_path / "foods.jsonl.gz"
    small.write_bytes(gzip.compress(b"".join(lines)))
    db = await Database.open(empty_database_url, min_size=1, max_size=2)
    try:
        assert (await ensure_food_table(db, path=small, aliases={})).foods == 100
        assert counts(empty_database_url)[0] == 100
        assert (await ensure_food_table(db)).loaded  # the real package differs: replaced
        assert counts(empty_database_url)[0] == 8858
        await db.execute("test.empty", "DELETE FROM foods")
        assert (await ensure_food_table(db)).loaded  # emptied by hand: loaded again
    finally:
        await db.close()
    assert counts(empty_database_url) == (8858, 15274, len(ALIASES))


async def test_two_processes_starting_at_once_load_the_table_once(
    empty_database_url: str,
) -> None:
    await apply_migrations(empty_database_url)
    first = await Database.open(empty_database_url, min_size=1, max_size=2)
    second = await Database.open(empty_database_url, min_size=1, max_size=2)
    try:
        results = await asyncio.gather(ensure_food_table(first), ensure_food_table(second))
    finally:
        await first.close()
        await second.close()
    assert sorted(r.loaded for r in results) == [False, True]
    assert counts(empty_database_url)[0] == 8858


async def test_foods_and_measures_read_back_with_their_usda_values(food_db: Database) -> None:
    foods = FoodRepository(food_db)
    apple = await foods.get("09003")
    assert apple is not None
    assert (apple.name, apple.kcal, apple.carbs_g, apple.sodium_mg) == (
        "Apples, raw, with skin",
        52,
        13.81,
        1,
    )
    egg = await foods.get("01123")
    assert egg is not None and egg.kcal == 143 and egg.protein_g == 12.56
    measures = {m.name: m.grams for m in await foods.measures("01123")}
    assert measures["large"] == 50
    assert measures["cup (4.86 large eggs)"] == 243
    assert await foods.get("99999") is None
    assert [f.uid for f in await foods.get_many(["01123", "99999", "09003"])] == [
        "01123",
        "09003",
    ]


async def test_a_nutrient_the_source_lacks_is_null_in_the_database(food_db: Database) -> None:
    missing = await food_db.fetch_value(
        "test.missing_sugars", "SELECT count(*) FROM foods WHERE sugars_g IS NULL"
    )
    assert missing == 2452
    zero = await food_db.fetch_value(
        "test.zero_sugars", "SELECT count(*) FROM foods WHERE sugars_g = 0"
    )
    assert zero > 0


async def test_every_alias_points_at_a_food_in_the_table(food_db: Database) -> None:
    aliases = await FoodRepository(food_db).aliases()
    assert {a.alias: a.food_uid for a in aliases} == ALIASES
    for alias, uid in ALIASES.items():
        assert await FoodRepository(food_db).get(uid) is not None, alias


async def test_the_name_is_weighted_first_part_a_in_the_search_vector(food_db: Database) -> None:
    vector = await food_db.fetch_value(
        "test.vector", "SELECT search::text FROM foods WHERE uid = '01123'"
    )
    assert vector == "'egg':1A 'fresh':4B 'raw':3B 'whole':2B"


async def test_full_text_search_uses_the_gin_index(food_db: Database) -> None:
    async with food_db.pool.connection() as conn:
        cur = await conn.execute(
            "EXPLAIN SELECT uid FROM foods WHERE search @@ to_tsquery('simple', 'egg')"
        )
        plan = "\n".join(row[0] for row in await cur.fetchall())
    assert "foods_search_idx" in plan
