"""Latency of /log, /today and /help end to end, one message at a time, in one process.

Run: python bench/bench_meals.py [--messages 200]

The daemon (every registered feature) serves loadgen's fake Telegram on an embedded
PostgreSQL and Redis in this process; 20 users send the task mix's /log phrases, then
/today, then /help (the floor: a reply with no database work), one message at a time, and
the median and P95 from sending to the reply are printed with the ratio to /help's. No
other load runs: this is what one message costs; `loadgen custom --mix food=1` measures
them under load.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import tempfile
import time
from pathlib import Path

from healthbot.app import App
from healthbot.config import load_settings
from healthbot.embedded import EmbeddedPostgres, EmbeddedRedis
from loadgen.telegram import FakeTelegram
from loadgen.users import PhraseBook, TaskKind

TOKEN = "123456:bench-meals"  # noqa: S105 - the fake's token, not a secret
USERS = 20


def _percentiles(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    return ordered[len(ordered) // 2] * 1000, ordered[int(len(ordered) * 0.95)] * 1000


async def run(messages: int) -> None:
    with tempfile.TemporaryDirectory(prefix="hb-bench-meals-") as folder:
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
                    await measure(fake, messages)
        finally:
            redis.stop()
            postgres.stop()


async def measure(fake: FakeTelegram, messages: int) -> None:
    book, rng = PhraseBook(seed=5), random.Random(2)  # noqa: S311 - a repeatable mix
    phrases = (book.pick(TaskKind.FOOD, rng) for _ in range(messages * 20))
    logs = [text for text in phrases if text.startswith("/log ")][:messages]
    for user in range(1, USERS + 1):
        fake.add_user(user, first_name=f"U{user}")

    async def one(user: int, text: str) -> float:
        start = time.perf_counter()
        fake.send_text(user, text)
        await fake.wait_for_messages(user, 1, timeout=60)
        elapsed = time.perf_counter() - start
        await asyncio.sleep(0.05)  # what a message sends after its reply (XP, a question)
        await fake.wait_for_messages(user, 0, timeout=0)
        return elapsed

    for user in range(1, USERS + 1):  # warm: registration, first meal, food table loaded
        await one(user, "/log 2 eggs")
    results = {}
    for name, texts in (("/help", ["/help"] * messages), ("/today", ["/today"] * messages),
                        ("/log", logs)):  # fmt: skip
        times = [await one(1 + i % USERS, text) for i, text in enumerate(texts)]
        results[name] = _percentiles(times)
    floor = results["/help"]
    for name, (p50, p95) in results.items():
        print(f"{name:<8} P50 {p50:6.1f} ms  P95 {p95:6.1f} ms  "
              f"({p50 / floor[0]:.1f}x / {p95 / floor[1]:.1f}x /help)")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=200)
    asyncio.run(run(parser.parse_args().messages))


if __name__ == "__main__":
    main()
