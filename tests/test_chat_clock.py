"""The chat's clock (`/clock +1d`): how a shift is read, and which services it reaches."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import cast

import pytest

from healthbot.coach.ratelimit import MessageWindow
from healthbot.db import Database
from healthbot.meals.removals import Removals
from healthbot.offline.clock import ShiftedClock, read_shift, set_clocks


@pytest.mark.parametrize(
    ("text", "shift"),
    [
        ("+1d", timedelta(days=1)),
        ("+3h", timedelta(hours=3)),
        ("+ 1d 2h 30m", timedelta(days=1, hours=2, minutes=30)),
        ("+90M", timedelta(minutes=90)),
        ("-1d", None),  # never back: what was logged would be in the future
        ("1d", None),
        ("+0d", None),
        ("+2000d", None),
        ("tomorrow", None),
    ],
)
def test_a_shift_is_read_forward_only(text: str, shift: timedelta | None) -> None:
    assert read_shift(text) == shift


async def _changed(user_id: int) -> None:
    return None


def test_every_clock_of_the_day_is_set_and_a_monotonic_one_is_left() -> None:
    removals = Removals(cast(Database, None), _changed)  # its clock: when an entry is removed
    window = MessageWindow(5)  # its clock counts seconds (time.monotonic), not days
    clock = ShiftedClock(timedelta(days=3))
    assert set_clocks([window, removals], clock) == 1
    assert removals.clock is clock and window.clock is not clock
    assert removals.clock() - datetime.now(UTC) > timedelta(days=2, hours=23)
