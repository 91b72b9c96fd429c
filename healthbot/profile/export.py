"""/export: everything stored about a user, as a zip of one JSON file and a CSV per table.

The tables are the ones claimed for export (`healthbot.tables.Table`, declared by the core
and by each feature beside its router), each with the condition that picks one user's rows:
a feature that adds a table declares it there, and a test fails for a table of the schema
that nobody claims. All of them are read in one REPEATABLE READ, READ ONLY transaction (one
consistent snapshot); the zip is built in a worker thread, off the event loop.
"""

from __future__ import annotations

import asyncio
import base64
import csv
import io
import json
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any, Final, LiteralString

from healthbot.db import Database
from healthbot.db.pool import Connection
from healthbot.tables import Report, Table

JSON_NAME: Final = "healthbot-data.json"
STORED_UNITS: Final = {
    "weight": "kg", "height": "cm", "water": "ml", "food": "g", "energy": "kcal",
    "protein, carbs, fat": "g",
}  # fmt: skip
"""What the amounts of an export are in: as stored, metric, whatever units the user sees."""


@dataclass(frozen=True, slots=True)
class TableRows:
    """One table's rows of the user, with its column names."""

    name: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]


@dataclass(frozen=True, slots=True)
class Export:
    """A finished export: the zip's bytes and what it holds."""

    filename: str
    content: bytes
    tables: tuple[str, ...]
    rows: int
    units: str  # the units the user sees amounts in (the export's are `STORED_UNITS`)


class ExportService:
    """Collects a user's rows from every table that holds some, and zips them."""

    def __init__(
        self, db: Database, tables: Sequence[Table], reports: Sequence[Report] = ()
    ) -> None:
        self.db = db
        self.reports = tuple(reports)
        # What the user's export holds: the tables claimed as theirs to export (`users`
        # first), never the bot's bookkeeping (the inbox, raw model rounds, ledgers).
        self.tables = [t for t in tables if t.export and t.rows is not None]

    async def collect(self, user_id: int) -> list[TableRows]:
        """The user's rows of every exported table, from one snapshot."""
        found = []
        async with self.db.transaction("profile.export.collect") as conn:
            await conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            for table in self.tables:
                assert table.rows is not None  # kept above
                query: LiteralString = (
                    "SELECT * FROM " + table.name + " WHERE " + table.rows + " ORDER BY 1"
                )
                found.append(await _rows(conn, table.name, query, user_id))
        return found

    async def collect_reports(self, user_id: int) -> list[TableRows]:
        """The user's readable reports (`Report`), from one snapshot."""
        async with self.db.transaction("profile.export.reports") as conn:
            await conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            return [await _rows(conn, r.name, r.query, user_id) for r in self.reports]

    async def export(self, user_id: int, now: datetime | None = None) -> Export:
        """The user's zip: collected in one snapshot, built in a worker thread."""
        tables = await self.collect(user_id)
        reports = await self.collect_reports(user_id)
        at = now or datetime.now(UTC)
        content = await asyncio.to_thread(build_zip, user_id, tables, at, reports)
        return Export(
            filename=f"healthbot-export-{user_id}-{at:%Y%m%d}.zip",
            content=content,
            tables=tuple(t.name for t in tables),
            rows=sum(len(t.rows) for t in tables),
            units=shown_units(tables),
        )


async def _rows(conn: Connection, name: str, query: LiteralString, user_id: int) -> TableRows:
    cur = await conn.execute(query, {"id": user_id})
    columns = tuple(column.name for column in cur.description or ())
    return TableRows(name, columns, tuple(await cur.fetchall()))


def shown_units(tables: Sequence[TableRows]) -> str:
    """The units the user sees amounts in, from their exported profile row (metric if none)."""
    for table in tables:
        if table.name == "user_profiles" and table.rows and "units" in table.columns:
            return str(table.rows[0][table.columns.index("units")])
    return "metric"


def build_zip(
    user_id: int, tables: Sequence[TableRows], at: datetime, reports: Sequence[TableRows] = ()
) -> bytes:
    """The zip: `healthbot-data.json` with everything, `<table>.csv` per table, and
    `<report>.csv` per readable report (the meals' diary)."""
    document = {
        "exported_at": at.isoformat(),
        "user_id": user_id,
        # The amounts below are as stored, in metric units; `shown_to_you` is the setting.
        "units": {"in_this_export": STORED_UNITS, "shown_to_you": shown_units(tables)},
        "tables": {
            t.name: [dict(zip(t.columns, row, strict=True)) for row in t.rows] for t in tables
        },
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        # Compact: `indent` would make json use its pure-Python encoder, three times slower.
        archive.writestr(JSON_NAME, json.dumps(document, default=_json_value, ensure_ascii=False))
        for table in (*tables, *reports):
            archive.writestr(f"{table.name}.csv", _csv(table))
    return buffer.getvalue()


def _csv(table: TableRows) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(table.columns)
    for row in table.rows:
        writer.writerow([_csv_value(value) for value in row])
    return out.getvalue()


def _csv_value(value: object) -> object:
    """A cell: empty for NULL, JSON for jsonb and arrays, else as JSON would say it."""
    if value is None:
        return ""
    if isinstance(value, dict | list):
        return json.dumps(value, default=_json_value, ensure_ascii=False)
    if isinstance(value, str | int | float | Decimal):  # Decimal's text is exact: "72.50"
        return value
    return _json_value(value)


def _json_value(value: object) -> object:
    """What JSON cannot say directly: dates as ISO 8601, bytes as base64, the rest as text."""
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)  # numeric(8, 2) and the like: exact enough as a JSON number
    if isinstance(value, timedelta):
        return value.total_seconds()
    if isinstance(value, bytes | memoryview):
        return base64.b64encode(bytes(value)).decode()
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    return str(value)  # UUIDs, ranges, vectors: their text form
