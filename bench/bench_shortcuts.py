"""Latency of the one-tap logs under load: /log alone (the recent foods) and /log <saved
name>, with /help as the floor, at 100 users thinking; and the plans of their queries.

Run: python bench/bench_shortcuts.py [--users 100] [--think 5-15] [--duration 120]

The daemon (every registered feature) serves loadgen's fake Telegram on an embedded
PostgreSQL and Redis (flood limits off). Each user first logs through the bot
(registration), then gets 21 days of breakfasts, lunches and dinners through the entry
writer (`MealService.log`) and a saved meal ("usual breakfast"), from a daemon in this
process; the load then runs against `healthbot run` in a process of its own (as loadgen's
--spawn-bot; --in-process keeps the first). Then every user, at once,
sends one of /log, /log usual breakfast or /help, waits for the reply, thinks (a uniform
pause), and again, for the duration; P50 and P95 from sending to the reply are printed per
command (the first half of the run left out as warm-up too), then EXPLAIN ANALYZE of the
recent foods' query and of the saved meal's lookup for one user.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg

from healthbot.app import App
from healthbot.config import load_settings
from healthbot.embedded import EmbeddedPostgres, EmbeddedRedis
from healthbot.meals import MealService, MealShortcuts
from healthbot.meals.portions import Meal
from healthbot.meals.recents import RECENT_QUERY
from loadgen.runner import daemon_process
from loadgen.telegram import FakeTelegram

TOKEN = "123456:bench-shortcuts"  # noqa: S105 - the fake's token, not a secret
FIRST = 1_000
DAYS = 21
MEALS = {
    8: ["2 eggs and a slice of toast", "1 cup oatmeal and a banana", "2 eggs"],
    13: ["150 g chicken breast and 1 cup rice", "a tuna sandwich", "1 apple"],
    19: ["200 g salmon and a cup of broccoli", "2 cups pasta", "150 g chicken breast"],
}
COMMANDS = ("/log", "/log usual breakfast", "/help")


def _percentiles(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    return ordered[len(ordered) // 2] * 1000, ordered[int(len(ordered) * 0.95)] * 1000


async def run(users: int, think: tuple[float, float], duration: float, spawn: bool) -> None:
    with tempfile.TemporaryDirectory(prefix="hb-bench-shortcuts-") as folder:
        base = Path(folder)
        postgres = EmbeddedPostgres(base / "pg", database="postgres")
        redis = EmbeddedRedis(base / "redis")
        postgres.start()
        redis.start()
        try:
            async with FakeTelegram(TOKEN) as fake:
                fake.rate_limits = False
                settings = load_settings(
                    None,
                    environ={
                        "HEALTHBOT_DATA_DIR": str(base / "data"),
                        "HEALTHBOT_TELEGRAM__API_BASE": fake.base_url,
                        "HEALTHBOT_TELEGRAM__POLL_TIMEOUT": "1",
                        "HEALTHBOT_DATABASE__URL": postgres.url,
                        "HEALTHBOT_REDIS__URL": redis.url,
                        "HEALTHBOT_METRICS__PORT": "0",
                    },
                )
                async with App(settings, TOKEN) as app, app.serving():
                    meals = app.dependencies.get(MealService)
                    await seed(fake, meals, app.dependencies.get(MealShortcuts), users)
                    if not spawn:
                        await measure(fake, users, think, duration)
                if spawn:  # the daemon in a process of its own: the users' loop is not its
                    bot = daemon_process(
                        api_base=fake.base_url, token=TOKEN, data_dir=base / "data",
                        metrics_port=0, log_path=base / "daemon.log", database_url=postgres.url,
                        redis_url=redis.url, pacing=False,
                    )  # fmt: skip
                    await bot.start(fake)
                    try:
                        await measure(fake, users, think, duration)
                    finally:
                        await bot.stop()
            await explain(postgres.url)
        finally:
            redis.stop()
            postgres.stop()


async def ask(fake: FakeTelegram, user: int, text: str) -> float:
    """Send the text; the seconds until the reply (what follows it is drained)."""
    start = time.perf_counter()
    fake.send_text(user, text)
    await fake.wait_for_messages(user, 1, timeout=60)
    elapsed = time.perf_counter() - start
    await asyncio.sleep(0.05)  # what a message sends after its reply (XP, a level)
    await fake.wait_for_messages(user, 0, timeout=0)
    return elapsed


async def seed(
    fake: FakeTelegram, meals: MealService, shortcuts: MealShortcuts, users: int
) -> None:
    started = time.perf_counter()
    for user in range(FIRST, FIRST + users):
        fake.add_user(user, first_name=f"U{user}")
        await ask(fake, user, "/log 2 eggs")  # registered, the food table loaded
    understood = {text: await meals.understand(text) for texts in MEALS.values() for text in texts}
    now, rng = datetime.now(UTC), random.Random(7)  # noqa: S311 - a repeatable history
    for user in range(FIRST, FIRST + users):
        for back in range(DAYS, 0, -1):
            for hour, texts in MEALS.items():
                text = rng.choice(texts)
                at = (now - timedelta(days=back)).replace(hour=hour, minute=0)
                await meals.log(
                    user, understood[text].portions, meal=None, description=text,
                    key=f"bench:{user}:{back}:{hour}", at=at,
                )  # fmt: skip
        entry = await meals.log(
            user, understood[MEALS[8][0]].portions, meal=Meal.BREAKFAST,
            description=MEALS[8][0], key=f"bench:{user}:saved",
        )  # fmt: skip
        await shortcuts.save(user, entry.id, "Usual breakfast")
    print(f"seeded {users} users x {DAYS * len(MEALS)} entries in "
          f"{time.perf_counter() - started:.0f} s")  # fmt: skip


async def measure(
    fake: FakeTelegram, users: int, think: tuple[float, float], duration: float
) -> None:
    samples: dict[str, list[tuple[float, float]]] = {command: [] for command in COMMANDS}
    start = time.perf_counter()
    end = start + duration

    async def user_loop(user: int) -> None:
        rng = random.Random(user)  # noqa: S311 - a repeatable mix
        await asyncio.sleep(rng.uniform(0, think[1]))  # users arrive spread out
        while time.perf_counter() < end:
            command = rng.choice(COMMANDS)
            sent = time.perf_counter() - start
            samples[command].append((sent, await ask(fake, user, command)))
            await asyncio.sleep(rng.uniform(*think))

    await asyncio.gather(*(user_loop(user) for user in range(FIRST, FIRST + users)))
    print(f"{users} users thinking {think[0]:g}-{think[1]:g} s for {duration:g} s")
    for command, timed in samples.items():
        every = [elapsed for _, elapsed in timed]
        later = [elapsed for sent, elapsed in timed if sent >= duration / 2]
        p50, p95 = _percentiles(every)
        h50, h95 = _percentiles(later) if later else (0.0, 0.0)
        print(f"{command:<22} n={len(every):4d}  P50 {p50:6.1f} ms  P95 {p95:6.1f} ms"
              f"   second half: P50 {h50:6.1f} ms  P95 {h95:6.1f} ms")  # fmt: skip


async def explain(url: str) -> None:
    """The plans of the two reads, for one seeded user."""
    params = {"user_id": FIRST + 1, "meal": "breakfast", "limit": 6,
              "since": datetime.now(UTC) - timedelta(days=60)}  # fmt: skip
    async with await psycopg.AsyncConnection.connect(url, autocommit=True) as conn:
        await conn.execute("ANALYZE")
        for name, sql, args in (
            ("recent foods", RECENT_QUERY, params),
            ("saved meal by name",
             "SELECT id, name, items, kcal FROM saved_meals"
             " WHERE user_id = %(user_id)s AND lower(name) = %(key)s",
             {"user_id": FIRST + 1, "key": "usual breakfast"}),
        ):  # fmt: skip
            await conn.execute("EXPLAIN (ANALYZE, COSTS OFF) " + sql, args)  # warm
            cursor = await conn.execute("EXPLAIN (ANALYZE, COSTS OFF) " + sql, args)
            print(f"\n-- {name}")
            print("\n".join(row[0] for row in await cursor.fetchall()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=100)
    parser.add_argument("--think", default="5-15", help="seconds between replies: MIN-MAX")
    parser.add_argument("--duration", type=float, default=120.0, help="seconds of load")
    parser.add_argument(
        "--in-process", action="store_true", help="the daemon in this process (default: its own)"
    )
    args = parser.parse_args()
    low, _, high = args.think.partition("-")
    think = (float(low), float(high or low))
    asyncio.run(run(args.users, think, args.duration, spawn=not args.in_process))


if __name__ == "__main__":
    main()
