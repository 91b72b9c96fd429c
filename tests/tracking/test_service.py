"""The tracking service on real PostgreSQL with a fake clock: calendar days, keys, changes."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from types import SimpleNamespace
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from healthbot.db import Database
from healthbot.tracking.parsing import AmountError
from healthbot.tracking.repository import TrackingRepository
from healthbot.tracking.service import DEFAULT_WATER_GOAL_ML, TrackingService

NEW_YORK = ZoneInfo("America/New_York")


class Clock:
    """A clock the test moves."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


class Zones:
    """The user records the service reads timezones from."""

    def __init__(self) -> None:
        self.by_user: dict[int, str] = {}

    async def get(self, user_id: int) -> Any:
        zone = self.by_user.get(user_id)
        return None if zone is None else SimpleNamespace(timezone=zone)


_next_user = iter(range(71_000, 72_000))


@pytest.fixture
def user_ids() -> Iterator[int]:
    """Fresh user ids (the session's database is shared)."""
    return _next_user


async def new_user(db: Database, zones: Zones, user_ids: Iterator[int], timezone: str) -> int:
    user_id = next(user_ids)
    await db.execute(
        "test.user",
        "INSERT INTO users (id, first_name, timezone) VALUES (%s, 'T', %s)",
        (user_id, timezone),
    )
    zones.by_user[user_id] = timezone
    return user_id


async def test_water_is_counted_per_calendar_day_of_the_user(
    db: Database, user_ids: Iterator[int]
) -> None:
    zones = Zones()
    clock = Clock(datetime(2026, 3, 7, 23, 30, tzinfo=NEW_YORK))  # 04:30 UTC on March 8
    service = TrackingService(TrackingRepository(db), zones, clock)
    user_id = await new_user(db, zones, user_ids, "America/New_York")

    day = await service.log_water(user_id, 500, "t:1/water")
    assert (day.day, day.total_ml, day.goal_ml) == (date(2026, 3, 7), 500, DEFAULT_WATER_GOAL_ML)
    clock.now = datetime(2026, 3, 8, 0, 10, tzinfo=NEW_YORK)  # a new local day
    day = await service.log_water(user_id, 250, "t:2/water")
    assert (day.day, day.total_ml) == (date(2026, 3, 8), 250)
    assert (await service.water_today(user_id)).total_ml == 250


async def test_a_retried_write_logs_water_once_and_reports_the_same_total(
    db: Database, user_ids: Iterator[int]
) -> None:
    zones = Zones()
    service = TrackingService(TrackingRepository(db), zones)
    user_id = await new_user(db, zones, user_ids, "UTC")
    first = await service.log_water(user_id, 300, "t:retry/water")
    again = await service.log_water(user_id, 300, "t:retry/water")
    assert first.total_ml == again.total_ml == 300
    count = await db.fetch_value(
        "t", "SELECT count(*) FROM water_logs WHERE user_id = %s", (user_id,)
    )
    assert count == 1


async def test_the_days_total_is_the_sum_of_its_entries_whatever_the_retries(
    db: Database, user_ids: Iterator[int]
) -> None:
    zones = Zones()
    service = TrackingService(TrackingRepository(db), zones)
    user_id = await new_user(db, zones, user_ids, "Europe/Berlin")
    amounts = [random.Random(seed).randint(1, 5000) for seed in range(12)]
    for n, ml in enumerate(amounts):
        day = await service.log_water(user_id, ml, f"t:{user_id}:{n}/water")
        if n % 3 == 0:  # a retry of the same operation
            assert await service.log_water(user_id, ml, f"t:{user_id}:{n}/water") == day
        assert day.total_ml == sum(amounts[: n + 1])
    assert (await service.water_today(user_id)).total_ml == sum(amounts)


async def test_the_goal_and_units_come_from_the_profile(
    db: Database, user_ids: Iterator[int]
) -> None:
    zones = Zones()
    service = TrackingService(TrackingRepository(db), zones)
    user_id = await new_user(db, zones, user_ids, "UTC")
    await db.execute(
        "t",
        "INSERT INTO user_profiles (user_id, daily_water_ml_target, units)"
        " VALUES (%s, 2500, 'imperial')",
        (user_id,),
    )
    day = await service.water_today(user_id)
    assert (day.total_ml, day.goal_ml, day.units) == (0, 2500, "imperial")
    assert await service.units(user_id) == "imperial"


async def test_weight_changes_compare_with_the_previous_and_each_window(
    db: Database, user_ids: Iterator[int]
) -> None:
    zones = Zones()
    now = datetime(2026, 11, 28, 8, 0, tzinfo=UTC)
    clock = Clock(now)
    service = TrackingService(TrackingRepository(db), zones, clock)
    user_id = await new_user(db, zones, user_ids, "UTC")
    for days_ago, kg in [(40, 85.0), (20, 82.0), (6, 80.5), (1, 80.2)]:
        clock.now = now - timedelta(days=days_ago)
        await service.log_weight(user_id, kg, f"t:{user_id}:{days_ago}/weight")
    clock.now = now
    change = await service.log_weight(user_id, Decimal("79.9"), f"t:{user_id}:0/weight")
    assert change.latest.kg == 79.9 and change.latest.day == date(2026, 11, 28)
    assert change.previous_day == date(2026, 11, 27)
    assert change.since_previous == pytest.approx(-0.3)
    assert change.over_7_days == pytest.approx(-0.6)  # against the weigh-in 6 days ago
    assert change.over_30_days == pytest.approx(-2.1)  # against the one 20 days ago
    # A retry returns the same comparison and stores nothing more.
    assert await service.log_weight(user_id, 79.9, f"t:{user_id}:0/weight") == change
    assert await service.weight_trend(user_id) == change
    history = await service.weight_history(user_id, 30)
    assert [entry.kg for entry in history] == [82.0, 80.5, 80.2, 79.9]


async def test_a_first_week_of_weigh_ins_shows_only_the_comparisons_that_mean_something(
    db: Database, user_ids: Iterator[int]
) -> None:
    # Day 1: the setup's weigh-in at 7:00 in London, /weight at 9:00: the reply said "Since
    # the last one (Dec 7): -0.4 kg / Last 7 days: -0.4 kg · last 30 days: -0.4 kg", three
    # times the same morning's point.
    zones, clock = Zones(), Clock(datetime(2026, 12, 7, 7, 0, tzinfo=UTC))
    service = TrackingService(TrackingRepository(db), zones, clock)
    user_id = await new_user(db, zones, user_ids, "Europe/London")
    await service.log_weight(user_id, Decimal("80.0"), f"t:{user_id}:setup/weight")
    clock.now += timedelta(hours=2)
    change = await service.log_weight(user_id, Decimal("79.6"), f"t:{user_id}:d1/weight")
    assert (change.since_previous, change.over_7_days, change.over_30_days) == (None, None, None)
    assert change.earlier  # not the user's first
    # Day 3: the day before's last weigh-in (79.6), no window the weigh-ins do not span.
    clock.now += timedelta(days=2)
    change = await service.log_weight(user_id, Decimal("79.1"), f"t:{user_id}:d3/weight")
    assert change.previous_day == date(2026, 12, 7)
    assert change.since_previous == pytest.approx(-0.5)
    assert (change.over_7_days, change.over_30_days) == (None, None)
    # Day 9 (Dec 15): the weigh-ins span the 7-day window, but its first point is Dec 9's,
    # the one "since the last one" already compares with.
    clock.now += timedelta(days=6)
    change = await service.log_weight(user_id, Decimal("78.6"), f"t:{user_id}:d9/weight")
    assert (change.previous_day, change.since_previous) == (date(2026, 12, 9), pytest.approx(-0.5))
    assert change.over_7_days is None
    clock.now += timedelta(days=1)
    change = await service.log_weight(user_id, Decimal("78.4"), f"t:{user_id}:d10/weight")
    assert change.since_previous == pytest.approx(-0.2)
    assert change.over_7_days == pytest.approx(-0.7)  # against Dec 9's 79.1
    assert change.over_30_days is None  # they began 3 days into the 30-day window


async def test_a_weigh_in_for_an_earlier_day_is_compared_over_the_days_before_it(
    db: Database, user_ids: Iterator[int]
) -> None:
    # "/weight 6 days ago 81.9" on Dec 7 said "Last 30 days" of the 30 days before Dec 7:
    # against Nov 25's weigh-in, when the 30 days before Dec 1 began with Nov 3's.
    zones, now = Zones(), datetime(2026, 12, 7, 15, 0, tzinfo=UTC)
    clock = Clock(now)
    service = TrackingService(TrackingRepository(db), zones, clock)
    user_id = await new_user(db, zones, user_ids, "Asia/Kolkata")
    for day, kg in [
        (date(2026, 10, 20), 84.0),
        (date(2026, 11, 3), 83.0),
        (date(2026, 11, 25), 82.6),
    ]:
        at = datetime.combine(day, now.timetz())
        await service.log_weight(user_id, kg, f"t:{user_id}:{day}/weight", at=at)
    at = datetime(2026, 12, 1, 15, 0, tzinfo=UTC)
    change = await service.log_weight(user_id, Decimal("81.9"), f"t:{user_id}:d/weight", at=at)
    assert change.since_previous == pytest.approx(-0.7)  # Nov 25's
    assert change.over_30_days == pytest.approx(-1.1)  # Nov 3's, the first since Nov 1
    assert change.over_7_days is None  # none between Nov 24 and Dec 1 but Nov 25's


async def test_a_first_weigh_in_has_nothing_to_compare_with(
    db: Database, user_ids: Iterator[int]
) -> None:
    zones = Zones()
    service = TrackingService(TrackingRepository(db), zones)
    user_id = await new_user(db, zones, user_ids, "Asia/Tokyo")
    assert await service.weight_trend(user_id) is None
    change = await service.log_weight(user_id, 60, "t:first/weight")
    assert (change.since_previous, change.over_7_days, change.over_30_days) == (None, None, None)


@pytest.mark.parametrize("ml", [0, -250, 5001])
async def test_the_service_refuses_water_out_of_range(
    db: Database, user_ids: Iterator[int], ml: int
) -> None:
    zones = Zones()
    service = TrackingService(TrackingRepository(db), zones)
    user_id = await new_user(db, zones, user_ids, "UTC")
    with pytest.raises(AmountError):
        await service.log_water(user_id, ml, f"t:{user_id}/water")


@pytest.mark.parametrize("kg", [0, 19.99, 500.01, float("nan"), float("inf"), 1e300])
async def test_the_service_refuses_weights_out_of_range(
    db: Database, user_ids: Iterator[int], kg: float
) -> None:
    zones = Zones()
    service = TrackingService(TrackingRepository(db), zones)
    user_id = await new_user(db, zones, user_ids, "UTC")
    with pytest.raises(AmountError):
        await service.log_weight(user_id, kg, f"t:{user_id}/weight")


async def test_an_unknown_timezone_counts_days_in_utc(
    db: Database, user_ids: Iterator[int]
) -> None:
    zones = Zones()
    clock = Clock(datetime(2026, 11, 28, 23, 0, tzinfo=UTC))
    service = TrackingService(TrackingRepository(db), zones, clock)
    user_id = await new_user(db, zones, user_ids, "Mars/Olympus_Mons")
    assert (await service.log_water(user_id, 250, "t:mars/water")).day == date(2026, 11, 28)
