"""The food tables: loading the packaged USDA table into PostgreSQL, and reading foods back."""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from healthbot.db import Database
from healthbot.db.pool import Connection
from healthbot.food.aliases import ALIASES
from healthbot.food.table import DATA_PATH, NUTRIENTS, FoodTable, read_table
from healthbot.tables import Table

log = logging.getLogger(__name__)

FOOD_TABLES: tuple[Table, ...] = tuple(
    Table(name, None, export=False)  # the packaged table: no one's rows
    for name in ("foods", "food_measures", "food_aliases", "food_dataset")
)

# Key of the transaction-level advisory lock around a load ("hbfood" in ASCII), so that two
# daemons starting at once load the table once: the second waits, then finds it current.
FOOD_LOAD_LOCK_KEY = 0x6862_666F_6F64

# Bump when the loader writes the same package data differently (columns, normalisation).
_LOADER_VERSION = "1"

_FOOD_COLUMNS = ("uid", "name", "food_group", *NUTRIENTS)


@dataclass(frozen=True, slots=True)
class Food:
    """A food of the table; nutrients per 100 g (kcal, grams, sodium in mg), None if unknown."""

    uid: str
    name: str
    food_group: str | None
    kcal: float | None
    protein_g: float | None
    carbs_g: float | None
    fat_g: float | None
    fiber_g: float | None
    sugars_g: float | None
    sodium_mg: float | None


@dataclass(frozen=True, slots=True)
class Measure:
    """A household measure of a food: `amount` `name` weighs `grams`."""

    food_uid: str
    position: int
    amount: float
    name: str
    grams: float


@dataclass(frozen=True, slots=True)
class FoodName:
    """A food's uid, name, group and number of household measures: what search keeps."""

    uid: str
    name: str
    food_group: str | None
    measures: int


@dataclass(frozen=True, slots=True)
class Alias:
    """A common name and the one food it stands for."""

    alias: str
    food_uid: str


@dataclass(frozen=True, slots=True)
class LoadResult:
    """What `ensure_food_table` did: whether it loaded, how many foods, how long it took."""

    loaded: bool
    foods: int
    seconds: float
    checksum: str


def dataset_checksum(path: Path = DATA_PATH, aliases: Mapping[str, str] = ALIASES) -> str:
    """The version of what a load writes: the packaged file, the aliases, the loader."""
    digest = hashlib.sha256(_LOADER_VERSION.encode())
    digest.update(path.read_bytes())
    digest.update(json.dumps(sorted(aliases.items())).encode())
    return digest.hexdigest()


async def ensure_food_table(
    db: Database, *, path: Path = DATA_PATH, aliases: Mapping[str, str] = ALIASES
) -> LoadResult:
    """Load the packaged table unless the database already holds this version of it.

    Cheap when current (one hash of a 300 KB file, one query); otherwise one transaction
    replaces foods, measures and aliases, so readers see the old table or the new one.
    """
    start = time.perf_counter()
    checksum = dataset_checksum(path, aliases)
    if await loaded_checksum(db) == checksum:
        return LoadResult(False, 0, time.perf_counter() - start, checksum)
    table = read_table(path)
    async with db.transaction("foods.load") as conn:
        await conn.execute("SELECT pg_advisory_xact_lock(%s)", (FOOD_LOAD_LOCK_KEY,))
        # Another process may have loaded it while this one waited for the lock.
        cur = await conn.execute(_CURRENT_CHECKSUM)
        found = await cur.fetchone()
        if found is not None and found[0] == checksum:
            return LoadResult(False, 0, time.perf_counter() - start, checksum)
        await _replace(conn, table, aliases, checksum)
    seconds = time.perf_counter() - start
    log.info("food table loaded: %d foods in %.2f s", len(table.foods), seconds)
    return LoadResult(True, len(table.foods), seconds, checksum)


# The checksum counts only while foods has rows (someone may have emptied it by hand).
_CURRENT_CHECKSUM = (
    "SELECT checksum FROM food_dataset WHERE singleton AND EXISTS (SELECT 1 FROM foods)"
)


async def loaded_checksum(db: Database) -> str | None:
    """The checksum of the table the database holds (None: none loaded)."""
    value = await db.fetch_value("foods.dataset", _CURRENT_CHECKSUM)
    return None if value is None else str(value)


async def server_version(db: Database) -> int:
    """PostgreSQL's version number (its english stemmer gives the search its stems)."""
    return int(await db.fetch_value("foods.server", "SHOW server_version_num"))


async def _replace(
    conn: Connection, table: FoodTable, aliases: Mapping[str, str], checksum: str
) -> None:
    # DELETE rather than TRUNCATE: readers keep seeing the old rows until commit instead of
    # queueing behind an ACCESS EXCLUSIVE lock. Measures and aliases go with the cascade.
    await conn.execute("DELETE FROM foods")
    async with conn.cursor() as cur:
        async with cur.copy(
            "COPY foods (uid, name, food_group, kcal, protein_g, carbs_g, fat_g, fiber_g,"
            " sugars_g, sodium_mg) FROM STDIN"
        ) as copy:
            for food in table.foods:
                await copy.write_row(
                    (food.uid, food.name, food.group, *(getattr(food, n) for n in NUTRIENTS))
                )
        async with cur.copy(
            "COPY food_measures (food_uid, position, amount, name, grams) FROM STDIN"
        ) as copy:
            for food in table.foods:
                for position, m in enumerate(food.measures):
                    await copy.write_row((food.uid, position, m.amount, m.name, m.grams))
        async with cur.copy("COPY food_aliases (alias, food_uid) FROM STDIN") as copy:
            for alias, uid in sorted(aliases.items()):
                await copy.write_row((alias, uid))
    await conn.execute(
        "INSERT INTO food_dataset (checksum, foods) VALUES (%(checksum)s, %(foods)s)"
        " ON CONFLICT (singleton) DO UPDATE SET checksum = EXCLUDED.checksum,"
        " foods = EXCLUDED.foods, loaded_at = now()",
        {"checksum": checksum, "foods": len(table.foods)},
    )
    # Fresh statistics, so the planner knows the GIN index is worth using right away.
    await conn.execute("ANALYZE foods")


_FOOD_SELECT = (
    "SELECT uid, name, food_group, kcal, protein_g, carbs_g, fat_g, fiber_g, sugars_g,"
    " sodium_mg FROM foods"
)


@dataclass(frozen=True, slots=True)
class _FoodAndMeasures(Food):
    amounts: list[float]
    names: list[str]
    grams: list[float]


@dataclass(frozen=True, slots=True)
class _Stem:
    word: str
    lexeme: str | None


class FoodRepository:
    """Reads the food tables."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def get(self, uid: str) -> Food | None:
        """The food with this USDA uid, or None."""
        return await self.db.fetch_one(
            "foods.get", _FOOD_SELECT + " WHERE uid = %(uid)s", {"uid": uid}, Food
        )

    async def get_many(self, uids: list[str]) -> list[Food]:
        """The foods with these uids, in the order given (unknown uids are left out)."""
        rows = await self.db.fetch_all(
            "foods.get_many", _FOOD_SELECT + " WHERE uid = ANY(%(uids)s)", {"uids": uids}, Food
        )
        by_uid = {row.uid: row for row in rows}
        return [by_uid[uid] for uid in uids if uid in by_uid]

    async def get_with_measures(
        self, uid: str
    ) -> tuple[Food | None, tuple[tuple[float, str, float], ...]]:
        """The food with this USDA uid (None if unknown) and its household measures as
        (amount, name, grams) in the source's order: one statement, where /log asked for
        each of a food's two in a round trip of its own."""
        row = await self.db.fetch_one(
            "foods.get_with_measures",
            "SELECT f.uid, f.name, f.food_group, f.kcal, f.protein_g, f.carbs_g, f.fat_g,"
            " f.fiber_g, f.sugars_g, f.sodium_mg,"
            " coalesce(array_agg(m.amount ORDER BY m.position) FILTER (WHERE m.name IS NOT NULL),"
            "  '{}') AS amounts,"
            " coalesce(array_agg(m.name ORDER BY m.position) FILTER (WHERE m.name IS NOT NULL),"
            "  '{}') AS names,"
            " coalesce(array_agg(m.grams ORDER BY m.position) FILTER (WHERE m.name IS NOT NULL),"
            "  '{}') AS grams"
            " FROM foods f LEFT JOIN food_measures m ON m.food_uid = f.uid"
            " WHERE f.uid = %(uid)s GROUP BY f.uid",
            {"uid": uid},
            _FoodAndMeasures,
        )
        if row is None:
            return None, ()
        food = Food(row.uid, row.name, row.food_group, row.kcal, row.protein_g, row.carbs_g,
                    row.fat_g, row.fiber_g, row.sugars_g, row.sodium_mg)  # fmt: skip
        return food, tuple(zip(row.amounts, row.names, row.grams, strict=True))

    async def measures(self, uid: str) -> list[Measure]:
        """The household measures of a food, in the source's order."""
        return await self.db.fetch_all(
            "foods.measures",
            "SELECT food_uid, position, amount, name, grams FROM food_measures"
            " WHERE food_uid = %(uid)s ORDER BY position",
            {"uid": uid},
            Measure,
        )

    async def names(self) -> list[FoodName]:
        """Uid, name, group and measure count of every food with a known energy value (the
        others, such as the "ground beef calculator" placeholder, cannot be logged)."""
        return await self.db.fetch_all(
            "foods.names",
            "SELECT f.uid, f.name, f.food_group, count(m.position)::int AS measures"
            " FROM foods f LEFT JOIN food_measures m ON m.food_uid = f.uid"
            " WHERE f.kcal IS NOT NULL GROUP BY f.uid ORDER BY f.uid",
            None,
            FoodName,
        )

    async def stems(self, words: list[str]) -> dict[str, str | None]:
        """The english-stemmer lexeme of each word (None for a stop word)."""
        rows = await self.db.fetch_all(
            "foods.stems",
            "SELECT w AS word, (tsvector_to_array(to_tsvector('english', w)))[1] AS lexeme"
            " FROM unnest(%(words)s::text[]) AS w",
            {"words": words},
            _Stem,
        )
        return {row.word: row.lexeme for row in rows}

    async def matching(self, tsquery: str, preferred: str | None, limit: int) -> list[str]:
        """Uids of the foods matching `tsquery`, those matching `preferred` first, then by
        ts_rank (normalised by length: short names first) and name length; at most `limit`,
        sent back as one array."""
        if preferred is None:
            uids = await self.db.fetch_value(
                "foods.search",
                "SELECT coalesce(array_agg(uid), '{}') FROM ("
                " SELECT uid FROM foods, to_tsquery('simple', %(q)s) AS q"
                " WHERE search @@ q AND kcal IS NOT NULL"
                " ORDER BY ts_rank(search, q, 1) DESC, length(name) LIMIT %(limit)s) AS found",
                {"q": tsquery, "limit": limit},
            )
            return list(uids)
        uids = await self.db.fetch_value(
            "foods.search",
            "SELECT coalesce(array_agg(uid), '{}') FROM ("
            " SELECT uid FROM foods, to_tsquery('simple', %(q)s) AS q,"
            " to_tsquery('simple', %(preferred)s) AS p WHERE search @@ q AND kcal IS NOT NULL"
            " ORDER BY search @@ p DESC, ts_rank(search, q, 1) DESC, length(name)"
            " LIMIT %(limit)s) AS found",
            {"q": tsquery, "preferred": preferred, "limit": limit},
        )
        return list(uids)

    async def aliases(self) -> list[Alias]:
        """Every common-name alias."""
        return await self.db.fetch_all(
            "foods.aliases", "SELECT alias, food_uid FROM food_aliases ORDER BY alias", None, Alias
        )
