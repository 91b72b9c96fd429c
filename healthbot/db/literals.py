"""SQL array literals, for parameters that psycopg would otherwise dump element by element."""

from __future__ import annotations

from collections.abc import Iterable


def array_literal(values: Iterable[object]) -> str:
    """The text of an SQL array of these values (None: NULL), each as `str` writes it; the
    statement casts the parameter (`%(name)s::text[]`, `::numeric(8,2)[]`).

    psycopg picks a dumper for a list by looking at its elements and then dumps each (a text
    element through a regex): for the short lists of a log, several times the cost of
    writing the literal here. Every element is quoted, so any text is safe in it.
    """

    def quoted(value: object) -> str:
        return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'

    return "{" + ",".join("NULL" if value is None else quoted(value) for value in values) + "}"
