"""`healthbot stats`: every table's size on disk, exact row count and oldest row."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import psycopg
from psycopg import sql

from healthbot.db.tools import last_line
from healthbot.errors import DatabaseUnavailable

# The column that dates a row, in order of preference: the first one a table has is used.
AGE_COLUMNS = (
    "created_at", "received_at", "claimed_at", "logged_at", "eaten_at", "unlocked_at",
    "reached_at", "applied_at", "loaded_at",
)  # fmt: skip

_TABLES = (
    "SELECT n.nspname, c.relname, pg_total_relation_size(c.oid),"
    " (SELECT a.attname FROM pg_attribute a"
    "  WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped"
    "  AND a.attname = ANY(%(columns)s)"
    "  ORDER BY array_position(%(columns)s, a.attname::text) LIMIT 1)"
    " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
    " WHERE c.relkind IN ('r', 'p')"
    " AND n.nspname NOT IN ('pg_catalog', 'information_schema')"
    " AND n.nspname NOT LIKE 'pg\\_toast%%' AND n.nspname NOT LIKE 'pg\\_temp\\_%%'"
    " ORDER BY pg_total_relation_size(c.oid) DESC, 1, 2"
)


@dataclass(frozen=True, slots=True)
class TableStats:
    """One table: bytes with its indexes and TOAST, rows, and its oldest row's date if dated."""

    name: str
    size: int
    rows: int
    age_column: str | None
    oldest: datetime | None


def table_stats(dsn: str) -> list[TableStats]:
    """Every user table, biggest first. Counts are exact (count(*)): seconds at most here."""
    columns = list(AGE_COLUMNS)
    try:
        conn = psycopg.connect(dsn)
    except psycopg.OperationalError as exc:
        raise DatabaseUnavailable(f"cannot reach the database: {last_line(str(exc))}") from None
    with conn:
        # One snapshot: the rows and dates agree with each other.
        conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
        conn.read_only = True
        found = conn.execute(_TABLES, {"columns": columns}).fetchall()
        return [_one(conn, schema, table, size, column) for schema, table, size, column in found]


def _one(
    conn: psycopg.Connection[Any], schema: str, table: str, size: int, column: str | None
) -> TableStats:
    name = sql.Identifier(schema, table)
    if column is None:
        query = sql.SQL("SELECT count(*), NULL::timestamptz FROM {}").format(name)
    else:
        query = sql.SQL("SELECT count(*), min({}) FROM {}").format(sql.Identifier(column), name)
    row = conn.execute(query).fetchone()
    rows, oldest = row if row is not None else (0, None)
    shown = table if schema == "public" else f"{schema}.{table}"
    # A date column (loaded_at of a date type, say) comes back as a date: shown as is.
    return TableStats(shown, size, rows, column, oldest)


def format_stats(tables: list[TableStats]) -> list[str]:
    """Aligned lines: a header, one line per table, a total."""
    header = ("table", "size", "rows", "oldest row")
    lines = [(t.name, human_size(t.size), f"{t.rows:,}", _oldest(t)) for t in tables]
    size, rows = sum(t.size for t in tables), sum(t.rows for t in tables)
    total = ("total", human_size(size), f"{rows:,}", "")
    widths = [max(len(row[i]) for row in (header, *lines, total)) for i in range(3)]

    def line(row: tuple[str, str, str, str]) -> str:
        name, size, rows, oldest = row
        text = f"{name:<{widths[0]}}  {size:>{widths[1]}}  {rows:>{widths[2]}}  {oldest}"
        return text.rstrip()

    return [line(header), *(line(row) for row in lines), line(total)]


def _oldest(t: TableStats) -> str:
    if t.age_column is None:
        return "-"
    if t.oldest is None:
        return f"- ({t.age_column}; empty)"
    when = t.oldest.isoformat(" ", "seconds") if isinstance(t.oldest, datetime) else str(t.oldest)
    return f"{when} ({t.age_column})"


def human_size(size: int) -> str:
    """Bytes as "812 B", "12.3 kB", "4.0 MB", "1.2 GB" (powers of 1024, as pg_size_pretty)."""
    value = float(size)
    for unit in ("B", "kB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{int(value)} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    raise AssertionError("unreachable")
