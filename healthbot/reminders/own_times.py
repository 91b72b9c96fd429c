"""The user's own times for the period words (`reminder_times`): what "every morning" or
"at bedtime" stands for in the reminders they set next."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time

from healthbot.db import Database


@dataclass(frozen=True, slots=True)
class _TimeRow:
    word: str
    at: time


class PeriodTimesRepository:
    """Reads and writes `reminder_times`."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def of_user(self, user_id: int) -> dict[str, time]:
        """The times the user set, by period word (words they never set are absent)."""
        rows = await self.db.fetch_all(
            "reminder_times.list",
            "SELECT word, at FROM reminder_times WHERE user_id = %(user_id)s",
            {"user_id": user_id},
            _TimeRow,
        )
        return {row.word: row.at for row in rows}

    async def set(self, user_id: int, word: str, at: time) -> None:
        """Make `at` the user's time for `word` (a retry sets the same time again)."""
        await self.db.execute(
            "reminder_times.set",
            "INSERT INTO reminder_times (user_id, word, at) VALUES (%(user_id)s, %(word)s, %(at)s)"
            " ON CONFLICT (user_id, word) DO UPDATE SET at = EXCLUDED.at",
            {"user_id": user_id, "word": word, "at": at},
        )
