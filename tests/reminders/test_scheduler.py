"""The scheduler against a real database and the fake Telegram, on a fake clock: each
occurrence exactly once across DST changes, with two schedulers racing, across a restart,
and after downtime (one send within the grace window, else a skip; never a burst)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import psycopg
import pytest

from healthbot.db import Database
from healthbot.db.migrations import apply_migrations
from healthbot.reminders.repository import CLAIM_SQL, ReminderRepository
from healthbot.reminders.schedule import occurrences, schedule_from_json
from tests.reminders.support import Daemon, FakeClock, daemon, tick_all, utc
from tests.support.databases import create_database, drop_database

PHRASES = (
    "every day at 2:30 take vitamins",  # in the gap (spring) or twice (autumn) on the day
    "every day at 8:00 and 20:00 drink water",
    "every 30 minutes from 1:00 to 4:00 stretch",  # wall-clock slots through the change
    "every 90 minutes drink water",  # elapsed time: the change neither stretches nor squeezes
)
STEP = timedelta(minutes=5)


async def expected_occurrences(d: Daemon, user_id: int, end: datetime) -> dict[int, list[Any]]:
    """Every firing of the user's reminders from their creation to `end`, by reminder id."""
    rows = await d.rows(
        "SELECT id, schedule, timezone, created_at FROM reminders WHERE user_id = %s", user_id
    )
    return {
        reminder_id: list(occurrences(schedule_from_json(schedule), zone, d.clock.now, end))
        for reminder_id, schedule, zone, _ in rows
    }


async def delivered(d: Daemon, user_id: int) -> dict[int, list[Any]]:
    """The occurrences recorded for the user's reminders, by reminder id (sent ones only)."""
    rows = await d.rows(
        "SELECT reminder_id, occurrence, status FROM reminder_deliveries"
        " WHERE user_id = %s ORDER BY reminder_id, occurrence",
        user_id,
    )
    assert {status for _, _, status in rows} <= {"sent"}
    found: dict[int, list[Any]] = {}
    for reminder_id, occurrence, _ in rows:
        found.setdefault(reminder_id, []).append(occurrence)
    return found


@pytest.mark.parametrize(
    ("zone", "day", "gap_or_overlap"),
    [
        # 8 March 2026, 02:00 EST -> 03:00 EDT: 02:30 fires at 03:30 EDT (07:30 UTC).
        ("America/New_York", (2026, 3, 8), utc(2026, 3, 8, 7, 30)),
        # 29 March 2026, 02:00 CET -> 03:00 CEST: 02:30 fires at 03:30 CEST (01:30 UTC).
        ("Europe/Berlin", (2026, 3, 29), utc(2026, 3, 29, 1, 30)),
        # 5 April 2026, 03:00 AEDT -> 02:00 AEST: 02:30 happens twice, fires at the first.
        ("Australia/Sydney", (2026, 4, 5), utc(2026, 4, 4, 15, 30)),
    ],
)
async def test_a_day_across_a_dst_change_delivers_each_occurrence_once_with_two_schedulers(  # noqa: PLR0917 - fixtures and parameters
    tmp_path: Path,
    empty_database_url: str,
    redis_url: str,
    zone: str,
    day: tuple[int, int, int],
    gap_or_overlap: datetime,
) -> None:
    local = ZoneInfo(zone)
    start = datetime(*day, tzinfo=local) - timedelta(hours=12)  # noon the day before
    end = datetime(*day, tzinfo=local) + timedelta(hours=36)  # noon the day after
    clock = FakeClock(start.astimezone(ZoneInfo("UTC")))
    async with daemon(tmp_path, empty_database_url, redis_url, clock) as d:
        # An id of its own per zone: the user cache (Redis) outlives each test's database.
        user_id = {"America/New_York": 74_001, "Europe/Berlin": 74_002}.get(zone, 74_003)
        d.user(user_id)
        await d.rows("INSERT INTO users (id, first_name, timezone) VALUES (%s, 'Dst', %s)",
                     user_id, zone)  # fmt: skip
        for phrase in PHRASES:
            assert "Reminder set" in await d.ask(user_id, f"/remind {phrase}")
        expected = await expected_occurrences(d, user_id, end)
        vitamins = min(expected)
        assert gap_or_overlap in expected[vitamins]
        # Two schedulers, each on a pool of its own as two daemons would be.
        other_db = await Database.open(empty_database_url, min_size=1, max_size=2)
        try:
            first = d.scheduler()
            second = d.scheduler(repository=ReminderRepository(other_db))
            async with first.alive(), second.alive():
                while clock.now < end:
                    await tick_all(clock.advance(STEP), first, second)
                await d.drained(first, second)
        finally:
            await other_db.close()
        assert await delivered(d, user_id) == expected
        total = sum(len(found) for found in expected.values())
        assert len(d.messages(user_id)) - len(PHRASES) == total
        texts = Counter(m.text for m in d.messages(user_id)[len(PHRASES) :])
        assert texts["⏰ take vitamins"] == 2  # one a day, the DST day included
        # The ledger: one record per occurrence, none twice.
        ledger = await d.rows(
            "SELECT delivery_key, count(*) FROM outbox WHERE delivery_key LIKE 'job:%%reminder:%%'"
            " GROUP BY delivery_key"
        )
        assert len(ledger) == total and {count for _, count in ledger} == {1}


class DroppingLanes:
    """Lanes of a process that dies before it sends anything: jobs are accepted, never run."""

    def __init__(self) -> None:
        self.dropped: list[str] = []

    def submit_job(self, chat_id: int, key: str, run: Any, *, replay: bool = True) -> None:
        self.dropped.append(key)


async def test_a_restart_mid_way_loses_nothing_and_doubles_nothing(
    tmp_path: Path, empty_database_url: str, redis_url: str
) -> None:
    clock = FakeClock(utc(2026, 6, 1, 7, 0))
    async with daemon(tmp_path, empty_database_url, redis_url, clock) as d:
        users = (74_101, 74_102)
        for user_id in users:
            await d.ask(user_id, "/remind every day at 8:00 take vitamins")
        clock.now = utc(2026, 6, 1, 8, 0)

        # Instance A claims both occurrences, then dies before sending either.
        dying = DroppingLanes()
        a = d.scheduler(lanes=dying)
        b = d.scheduler()
        async with a.alive():
            assert await a.tick() == 2
            assert len(dying.dropped) == 2
            async with b.alive():
                assert await b.take_over() == 0  # A is alive: its deliveries are its own
                assert await b.tick() == 0  # and claimed: nothing is due twice
        assert await statuses(d) == ["pending", "pending"]

        # B, still running, notices that A is gone and sends what A claimed.
        async with b.alive():
            assert await b.take_over() == 2
            await d.drained(b)
        for user_id in users:
            assert [m.text for m in d.messages(user_id)][1:] == ["⏰ take vitamins"]
        assert await statuses(d) == ["sent", "sent"]

        # A crash after the send but before "sent" was stored: the rows look pending again,
        # owned by a dead instance. The next instance sends them under the same keys: the
        # ledger has them, so nothing goes out twice.
        await d.rows("UPDATE reminder_deliveries SET status = 'pending', owner = 7")
        c = d.scheduler()
        async with c.alive():
            assert await c.take_over() == 2
            await d.drained(c)
            assert await c.tick() == 0
        for user_id in users:
            assert [m.text for m in d.messages(user_id)][1:] == ["⏰ take vitamins"]
        assert await statuses(d) == ["sent", "sent"]
        attempts = await d.rows("SELECT attempts FROM reminder_deliveries")
        assert attempts == [(3,), (3,)]

        # Given up after max_attempts takeovers: never retried forever.
        await d.rows("UPDATE reminder_deliveries SET status = 'pending', owner = 8")
        async with c.alive():
            assert await c.take_over() == 0
        assert await statuses(d) == ["failed", "failed"]


async def statuses(d: Daemon) -> list[str]:
    """The status of every delivery, in id order."""
    return [row[0] for row in await d.rows("SELECT status FROM reminder_deliveries ORDER BY id")]


async def test_after_downtime_a_missed_reminder_is_sent_once_within_the_grace_else_skipped(
    tmp_path: Path, empty_database_url: str, redis_url: str
) -> None:
    clock = FakeClock(utc(2026, 6, 2, 6, 0))
    async with daemon(tmp_path, empty_database_url, redis_url, clock) as d:
        on_time, late, frequent = 74_201, 74_202, 74_203
        await d.ask(on_time, "/remind every day at 8:00 take vitamins")
        await d.ask(late, "/remind every day at 7:00 stretch")
        await d.ask(frequent, "/remind every 30 minutes drink water")
        scheduler = d.scheduler()
        async with scheduler.alive():
            # Down from 06:00 to 08:20: vitamins 20 min late (sent), stretch 80 min (skipped),
            # water missed four times (the latest sent, once).
            await scheduler.tick(clock.advance(timedelta(hours=2, minutes=20)))
            await d.drained(scheduler)
        assert [m.text for m in d.messages(on_time)][1:] == ["⏰ take vitamins"]
        assert [m.text for m in d.messages(late)][1:] == []
        assert [m.text for m in d.messages(frequent)][1:] == ["⏰ drink water"]
        rows = await d.rows(
            "SELECT user_id, occurrence, status, skip_reason FROM reminder_deliveries"
            " ORDER BY user_id"
        )
        assert rows == [
            (on_time, utc(2026, 6, 2, 8, 0), "sent", None),
            (late, utc(2026, 6, 2, 7, 0), "skipped", "late"),
            (frequent, utc(2026, 6, 2, 8, 0), "sent", None),
        ]
        nexts = await d.rows("SELECT next_run_at FROM reminders ORDER BY user_id")
        assert nexts == [(utc(2026, 6, 3, 8, 0),), (utc(2026, 6, 3, 7, 0),),
                         (utc(2026, 6, 2, 8, 30),)]  # fmt: skip


async def test_two_schedulers_claim_disjoint_batches(database_url: str) -> None:
    """Row locks, not luck: a claim that holds its rows makes the other skip them."""
    first = await Database.open(database_url, min_size=1, max_size=2)
    second = await Database.open(database_url, min_size=1, max_size=2)
    try:
        async with first.transaction("test") as conn:
            await conn.execute(
                "INSERT INTO users (id, first_name)"
                " SELECT g, 'u' FROM generate_series(75001, 75010) g"
            )
            await conn.execute(
                "INSERT INTO reminders (user_id, kind, schedule, next_run_at)"
                " SELECT g, 'custom', '{\"times\": [\"08:00\"]}', '2020-01-01 08:00+00'"
                " FROM generate_series(75001, 75010) g"
            )
        now = utc(2020, 1, 1, 9, 0)
        # The first claim's transaction is open while the second one claims.
        async with first.transaction("held") as conn:
            cur = await conn.execute(CLAIM_SQL, {"now": now, "limit": 6})
            held = {row[0] for row in await cur.fetchall()}
            async with second.transaction("other") as other:
                cur = await other.execute(CLAIM_SQL, {"now": now, "limit": 100})
                rest = {row[0] for row in await cur.fetchall()}
        assert len(held) == 6 and len(rest) == 4 and not held & rest
    finally:
        await first.close()
        await second.close()


@pytest.fixture(scope="module")
async def filled_url(postgres_admin_url: str) -> AsyncIterator[str]:
    """A database with 20,000 users and 60,000 reminders, a few of them due."""
    url = create_database(postgres_admin_url)
    await apply_migrations(url)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(
            "INSERT INTO users (id, first_name) SELECT g, 'u' FROM generate_series(1, 20000) g"
        )
        conn.execute(
            "INSERT INTO reminders (user_id, kind, schedule, next_run_at, active)"
            " SELECT 1 + g % 20000, 'custom', '{\"times\": [\"08:00\"]}',"
            "  '2026-06-01 08:00+00'::timestamptz + (g % 1440) * interval '1 minute'"
            "   + (g / 1440) * interval '1 day',"
            "  g % 10 <> 0"
            " FROM generate_series(1, 60000) g"
        )
        conn.execute("ANALYZE users")
        conn.execute("ANALYZE reminders")
    yield url
    drop_database(postgres_admin_url, url)


def test_the_claim_uses_the_partial_due_index(filled_url: str) -> None:
    with psycopg.connect(filled_url) as conn:
        (plan,) = conn.execute(
            "EXPLAIN (FORMAT JSON) " + CLAIM_SQL, {"now": utc(2026, 6, 1, 8, 10), "limit": 200}
        ).fetchone()  # type: ignore[misc]
    text = json.dumps(plan)
    assert "reminders_due_idx" in text, text
    assert '"Node Type": "Seq Scan"' not in text, text
