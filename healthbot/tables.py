"""The tables of the schema as the code claims them (whose rows, exported, erased), and the
readable reports a feature adds to the export.

Each `Table` is declared by the module that owns the table (a feature's `Feature.tables`,
or a core module's `TABLES`); the app gathers them into `Core.tables`, which /export and
/deleteme go through. A test lists every table of the migrated schema and fails for one
that nobody claims.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import LiteralString


@dataclass(frozen=True, slots=True)
class Table:
    """A table of the schema, and what one user's rows in it are to /export and /deleteme.

    Every table is claimed by the feature (or the core module) that creates it, and a test
    fails for one that nobody claims: a new table cannot be forgotten by the export or the
    erasure. `rows` is the SQL condition of one user's rows (`%(id)s` is their id); None for
    a table that holds no one's (reference data). `export`: the rows go into the user's
    /export (what they told us, or did); bookkeeping (the update inbox, raw model rounds,
    delivery ledgers) stays out. `erase`: /deleteme deletes the rows by `rows` itself,
    before the `users` row; a table whose rows reference `users` ON DELETE CASCADE goes
    with it and need not say so.
    """

    name: LiteralString
    rows: LiteralString | None = "user_id = %(id)s"
    export: bool = True
    erase: bool = False


@dataclass(frozen=True, slots=True)
class Report:
    """A readable file of the user's /export beside the raw tables: a query of their rows
    (`%(id)s` is their id) in the columns a person reads, exported as `<name>.csv` (the
    meals' "diary": date, time, meal, food, amount, energy and macros)."""

    name: LiteralString
    query: LiteralString
