"""The rows the reminders' repository reads and returns (frozen, as psycopg's class_row
builds them)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final, Literal

REMINDER_COLUMNS: Final = (
    " id, user_id, kind, text, schedule, timezone, next_run_at, active, paused_reason,"
    " skip_if_meal_hours"
)


@dataclass(frozen=True, slots=True)
class ReminderRow:
    """One stored reminder (`schedule` is its jsonb value)."""

    id: int
    user_id: int
    kind: str
    text: str
    schedule: dict[str, Any]
    timezone: str
    next_run_at: datetime | None
    active: bool
    paused_reason: str | None
    skip_if_meal_hours: int | None


@dataclass(frozen=True, slots=True)
class AddedRow(ReminderRow):
    """A reminder as `add` returns it: `created` is False when the key had stored it before."""

    created: bool


@dataclass(frozen=True, slots=True)
class DueRow:
    """A claimed reminder: its schedule, its owner's current timezone and language, and
    whether its meal condition holds right now."""

    id: int
    user_id: int
    text: str
    schedule: dict[str, Any]
    next_run_at: datetime
    timezone: str
    language_code: str | None
    meal_logged: bool


@dataclass(frozen=True, slots=True)
class Decision:
    """What the claim does with one due reminder: its next run (None: done, deactivate)
    and the occurrence it records, sent (status pending) or skipped for a reason."""

    next_run_at: datetime | None
    occurrence: datetime | None  # None: record nothing (a malformed schedule)
    status: Literal["pending", "skipped"] = "pending"
    skip_reason: Literal["late", "meal"] | None = None


@dataclass(frozen=True, slots=True)
class Pending:
    """A delivery to send: which reminder, to whom, of which occurrence."""

    id: int
    reminder_id: int
    user_id: int
    occurrence: datetime
    text: str
    language_code: str | None


@dataclass(frozen=True, slots=True)
class Claimed:
    """One claim's result: deliveries to send, and the occurrences recorded as skipped."""

    due: int
    pending: list[Pending]
    skipped: dict[str, int]


@dataclass(frozen=True, slots=True)
class OutcomeRow:
    """A delivery answered with a button: the reminder's text and kind."""

    text: str
    kind: str


@dataclass(frozen=True, slots=True)
class SnoozeRow:
    """What a snooze press found: when the reminder comes again (None: no snooze, now or
    by an earlier try of this key), the delivery's answer before the press, and whether
    the user had room for one more reminder."""

    at: datetime | None
    outcome: str | None
    room: bool


@dataclass(frozen=True, slots=True)
class InsertedRow:
    id: int
    reminder_id: int
    occurrence: datetime
    status: str


@dataclass(frozen=True, slots=True)
class OwnerRow:
    owner: int
