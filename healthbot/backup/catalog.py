"""What a backup and a restore ask PostgreSQL about a database: its tables, rows and schema."""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg import sql

SYSTEM_SCHEMAS = (
    "n.nspname NOT IN ('pg_catalog', 'information_schema')"
    " AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%'"
)
# Ordinary tables in the user's schemas, extensions' own tables left out (they come back
# with CREATE EXTENSION).
_USER_TABLES = (
    "SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
    " WHERE c.relkind IN ('r', 'p') AND " + SYSTEM_SCHEMAS + " AND NOT EXISTS ("
    "  SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass"
    "  AND d.objid = c.oid AND d.deptype = 'e')"
    " ORDER BY 1, 2"
)


def user_schemas(conn: psycopg.Connection[Any]) -> list[str]:
    """Every schema that is not PostgreSQL's own."""
    query = "SELECT n.nspname FROM pg_namespace n WHERE " + SYSTEM_SCHEMAS + " ORDER BY 1"
    return [name for (name,) in conn.execute(query).fetchall()]


def user_tables(conn: psycopg.Connection[Any]) -> list[str]:
    """Every user table as "schema.table"."""
    return [f"{schema}.{table}" for schema, table in conn.execute(_USER_TABLES).fetchall()]


def count_rows(conn: psycopg.Connection[Any], tables: list[str]) -> dict[str, int]:
    """Each table's exact row count."""
    counts = {}
    for name in tables:
        schema, _, table = name.partition(".")
        query = sql.SQL("SELECT count(*) FROM {}.{}").format(
            sql.Identifier(schema), sql.Identifier(table)
        )
        counts[name] = int(value(conn, query))
    return counts


def schema_version(conn: psycopg.Connection[Any]) -> int:
    """The newest migration applied (0: none)."""
    if not value(conn, "SELECT to_regclass('schema_migrations') IS NOT NULL"):
        return 0
    return int(value(conn, "SELECT coalesce(max(version), 0) FROM schema_migrations"))


def value(conn: psycopg.Connection[Any], query: Any, params: Any = None) -> Any:
    """The first column of the first row (None: no row)."""
    row = conn.execute(query, params).fetchone()
    return None if row is None else row[0]
