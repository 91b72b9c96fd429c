"""Benchmark of the reminder scheduler: N reminders due at the same instant, sent for real.

Run: python bench/reminders.py [--count 10000] [--limits] [--batch 200] [--in-flight 500]

The daemon runs in-process (profile + reminders, its own scheduler job on the real clock)
on embedded PostgreSQL and Redis and on loadgen's fake Telegram over HTTP. N users each get
one reminder due at the start of the next minute. Without --limits the fake applies no flood
limits and the daemon does not pace; with --limits the fake answers 429 beyond Telegram's
limits (30 messages/s overall) and the daemon paces itself to them, so 10,000 take about
5.5 minutes: pass a smaller --count for a bounded run.

Prints the time from the due instant to the last message, the lag (due -> Telegram took the
message, from `reminder_deliveries.sent_at`) at P50/P95/P99/max, the 429s the fake answered,
and checks that every user got exactly one message and every delivery is recorded as sent.
The claim's plan (EXPLAIN) is printed too, to show it on the partial index.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg

from healthbot import profile, reminders
from healthbot.app import App
from healthbot.config import load_settings
from healthbot.embedded import EmbeddedPostgres, EmbeddedRedis
from healthbot.reminders.repository import CLAIM_SQL
from loadgen.telegram import FakeTelegram

TOKEN = "123456:bench-reminders"  # noqa: S105 - the fake's token, not a secret
FIRST_USER = 500_000_000


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p))]


async def fill(url: str, count: int, due: datetime) -> None:
    """`count` users, each with one daily reminder due at `due`."""
    async with await psycopg.AsyncConnection.connect(url, autocommit=True) as conn:
        await conn.execute(
            "INSERT INTO users (id, first_name) SELECT %s + g, 'u' || g"
            " FROM generate_series(0, %s - 1) g",
            (FIRST_USER, count),
        )
        await conn.execute(
            "INSERT INTO reminders (user_id, kind, text, schedule, next_run_at)"
            " SELECT %s + g, 'water', 'drink water', %s::jsonb, %s"
            " FROM generate_series(0, %s - 1) g",
            (FIRST_USER, json.dumps({"times": [f"{due:%H:%M}"]}), due, count),
        )
        await conn.execute("ANALYZE reminders")
        cur = await conn.execute("EXPLAIN " + CLAIM_SQL, {"now": due, "limit": 200})
        print("claim plan:")
        for (line,) in await cur.fetchall():
            print("   ", line)


async def run(data_dir: Path, args: argparse.Namespace) -> None:
    postgres = EmbeddedPostgres(data_dir / "pg")
    redis_server = EmbeddedRedis(data_dir / "redis")
    postgres.start()
    redis_server.start()
    try:
        async with FakeTelegram(TOKEN, rate_limits=args.limits) as fake:
            for i in range(args.count):
                fake.add_user(FIRST_USER + i, first_name=f"u{i}")
            settings = load_settings(
                None,
                environ={
                    "HEALTHBOT_DATA_DIR": str(data_dir),
                    "HEALTHBOT_TELEGRAM__API_BASE": fake.base_url,
                    "HEALTHBOT_TELEGRAM__POLL_TIMEOUT": "1",
                    "HEALTHBOT_TELEGRAM__RATE_LIMITS": "true" if args.limits else "false",
                    "HEALTHBOT_DATABASE__URL": postgres.url,
                    "HEALTHBOT_REDIS__URL": redis_server.url,
                    "HEALTHBOT_METRICS__ENABLED": "false",
                    "HEALTHBOT_REMINDERS__BATCH_SIZE": str(args.batch),
                    "HEALTHBOT_REMINDERS__MAX_IN_FLIGHT": str(args.in_flight),
                },
            )
            app = App(settings, TOKEN, (profile.FEATURE, reminders.FEATURE))
            async with app:
                # Due at the start of a minute at least 15 s away (time to fill and start).
                now = datetime.now(UTC)
                due = (now + timedelta(seconds=75)).replace(second=0, microsecond=0)
                await fill(postgres.url, args.count, due)
                async with app.serving():
                    await measure(fake, postgres.url, args, due)
    finally:
        redis_server.stop()
        postgres.stop()


async def measure(fake: FakeTelegram, url: str, args: argparse.Namespace, due: datetime) -> None:
    print(f"{args.count} reminders due at {due:%H:%M:%S} UTC; flood limits "
          f"{'on' if args.limits else 'off'}")  # fmt: skip
    await asyncio.sleep(max(0.0, (due - datetime.now(UTC)).total_seconds()))
    start = time.monotonic()
    deadline = start + args.timeout
    sent = 0
    while time.monotonic() < deadline:
        sent = fake.calls["sendMessage"]
        if sent >= args.count:
            break
        await asyncio.sleep(0.05)
    elapsed = time.monotonic() - start
    await asyncio.sleep(2.0)  # anything sent twice would show up now
    per_chat = Counter(len(fake.sent(FIRST_USER + i, "sendMessage")) for i in range(args.count))
    async with await psycopg.AsyncConnection.connect(url) as conn:
        cur = await conn.execute(
            "SELECT status, count(*) FROM reminder_deliveries GROUP BY status ORDER BY status"
        )
        statuses = dict(await cur.fetchall())
        cur = await conn.execute(
            "SELECT extract(epoch FROM sent_at - occurrence)::float8 FROM reminder_deliveries"
            " WHERE status = 'sent'"
        )
        lags = [row[0] for row in await cur.fetchall()]
    print(f"all sent in {elapsed:.1f} s after the due instant" if sent >= args.count
          else f"only {sent} of {args.count} sent within {args.timeout:.0f} s")  # fmt: skip
    if lags:
        print(
            f"lag: P50 {percentile(lags, 0.5):.2f} s, P95 {percentile(lags, 0.95):.2f} s, "
            f"P99 {percentile(lags, 0.99):.2f} s, max {max(lags):.2f} s"
        )
    print(f"messages per user: {dict(sorted(per_chat.items()))} (want {{1: {args.count}}})")
    print(f"deliveries by status: {statuses}")
    print(f"429 answers from the fake: {fake.rate_limited.total()}")
    print(f"rate: {args.count / elapsed:.0f} reminders/s" if elapsed > 0 else "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--limits", action="store_true", help="the fake's flood limits on")
    parser.add_argument("--batch", type=int, default=200, help="reminders.batch_size")
    parser.add_argument("--in-flight", type=int, default=500, help="reminders.max_in_flight")
    parser.add_argument("--timeout", type=float, default=900.0)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    with tempfile.TemporaryDirectory(prefix="hb-bench-") as tmp:
        asyncio.run(run(Path(tmp), args))


if __name__ == "__main__":
    main()
