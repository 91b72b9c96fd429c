"""When a reminder comes next, said with its day in the user's zone: pure, no I/O."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from healthbot.reminders.format import moment
from healthbot.reminders.texts import EN

NOW = datetime(2026, 11, 28, 23, 30, tzinfo=UTC)  # a Saturday night in UTC
SYDNEY = ZoneInfo("Australia/Sydney")  # 10:30 on Sunday 29 November there


@pytest.mark.parametrize(
    ("instant", "zone", "said"),
    [
        (datetime(2026, 11, 28, 23, 45, tzinfo=UTC), ZoneInfo("UTC"), "today 11:45 PM"),
        (datetime(2026, 11, 29, 8, 0, tzinfo=UTC), ZoneInfo("UTC"), "tomorrow 8:00 AM"),
        (datetime(2026, 11, 30, 8, 0, tzinfo=UTC), ZoneInfo("UTC"), "Mon 30 Nov 8:00 AM"),
        # The user's day, not UTC's: Sunday 21:30 in Sydney is their today, and Monday 8:00
        # their tomorrow, though both are UTC's Sunday.
        (datetime(2026, 11, 29, 10, 30, tzinfo=UTC), SYDNEY, "today 9:30 PM"),
        (datetime(2026, 11, 29, 21, 0, tzinfo=UTC), SYDNEY, "tomorrow 8:00 AM"),
    ],
)
def test_the_next_time_says_today_tomorrow_or_the_date(
    instant: datetime, zone: ZoneInfo, said: str
) -> None:
    assert moment(EN, instant, zone, NOW, twelve=True) == said
