"""Benchmark of the cache tiers and of primary-key lookups, on embedded PostgreSQL and Redis.

Run: python bench/bench_cache.py [--iterations 2000] [--seconds 5] [--concurrency 50]

Prints the median and P95 latency of a local-tier hit, a Redis hit (local tier disabled), and
a full miss (local miss, Redis miss, a primary-key SELECT, then both SETs), plus the bare
SELECT for reference, and primary-key lookups per second through the pool.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

import redis.asyncio

from healthbot.cache import Cache, JsonCodec, Namespace, cached, connect_redis
from healthbot.db import Database
from healthbot.db.migrations import apply_migrations
from healthbot.embedded import EmbeddedPostgres, EmbeddedRedis

USERS = 10_000
BENCH = Namespace("bench_user", ttl=3600)
SELECT_USER = "SELECT id, first_name, timezone FROM users WHERE id = %(id)s"


@dataclass(frozen=True)
class User:
    id: int
    first_name: str
    timezone: str


class Users:
    """The repository under test: one cached primary-key lookup."""

    def __init__(self, db: Database, cache: Cache) -> None:
        self.db = db
        self.cache = cache

    @cached(BENCH, key=lambda user_id: f"{user_id}", codec=JsonCodec.optional(User))
    async def get(self, user_id: int) -> User | None:
        return await self.db.fetch_one("bench_user_get", SELECT_USER, {"id": user_id}, User)


def user_id(i: int) -> int:
    """A spread of ids without a random generator (1..USERS)."""
    return (i * 7919) % USERS + 1


async def timed(n: int, call: Callable[[int], Awaitable[object]]) -> list[float]:
    """Run call(i) n times one after another; return the latencies in microseconds."""
    samples = []
    for i in range(n):
        start = time.perf_counter_ns()
        await call(i)
        samples.append((time.perf_counter_ns() - start) / 1000)
    return samples


def percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p))]


async def lookups_per_second(db: Database, seconds: float, concurrency: int) -> float:
    """Primary-key SELECTs through the pool by `concurrency` tasks for `seconds`."""
    deadline = time.monotonic() + seconds
    counts = [0] * concurrency

    async def worker(w: int) -> None:
        i = w
        while time.monotonic() < deadline:
            await db.fetch_one("bench_pk", SELECT_USER, {"id": user_id(i)}, User)
            counts[w] += 1
            i += concurrency

    start = time.monotonic()
    await asyncio.gather(*(worker(w) for w in range(concurrency)))
    return sum(counts) / (time.monotonic() - start)


async def run(data_dir: Path, iterations: int, seconds: float, concurrency: int) -> None:
    postgres = EmbeddedPostgres(data_dir)
    redis_server = EmbeddedRedis(data_dir)
    postgres.start()
    redis_server.start()
    try:
        await apply_migrations(postgres.url)
        db = await Database.open(postgres.url)
        client = connect_redis(redis_server.url, timeout=0.25)
        try:
            await db.execute(
                "bench_seed",
                "INSERT INTO users (id, first_name) "
                "SELECT g, 'user ' || g FROM generate_series(1, %(n)s) AS g",
                {"n": USERS},
            )
            await db.execute("bench_analyze", "ANALYZE users")
            await report(db, client, iterations, seconds, concurrency)
        finally:
            await client.aclose()
            await db.close()
    finally:
        redis_server.stop()
        postgres.stop()


async def report(
    db: Database, client: redis.asyncio.Redis, iterations: int, seconds: float, concurrency: int
) -> None:
    """Measure each path and print the table."""
    both = Users(db, Cache(client))
    redis_only = Users(db, Cache(client, local_max_entries=0))

    warm = user_id(0)
    offset = 5_000  # ids 5000.. are touched by nothing before the miss step
    await both.get(warm)
    await timed(200, lambda i: both.get(warm))  # warm-up: code paths, pool connections
    local = await timed(iterations, lambda i: both.get(warm))
    await timed(200, lambda i: redis_only.get(warm))
    remote = await timed(iterations, lambda i: redis_only.get(warm))
    miss = await timed(iterations, lambda i: both.get(user_id(offset + i)))
    bare = await timed(
        iterations, lambda i: db.fetch_one("bench_pk", SELECT_USER, {"id": user_id(i)}, User)
    )
    rows = [
        ("local-tier hit", local),
        ("Redis hit (local tier off)", remote),
        ("miss -> PostgreSQL -> SETs", miss),
        ("bare PK SELECT (no cache)", bare),
    ]
    throughput = await lookups_per_second(db, seconds, concurrency)

    print(f"{'path':<30} {'median µs':>10} {'P95 µs':>10}   ({iterations} sequential calls)")
    for name, samples in rows:
        print(f"{name:<30} {percentile(samples, 0.5):>10.1f} {percentile(samples, 0.95):>10.1f}")
    size = db.pool.get_stats().get("pool_max", 0)
    print(
        f"\nPK lookups through the pool: {throughput:,.0f}/s "
        f"({concurrency} tasks, {seconds:.0f} s, pool max {size})"
    )


def main() -> None:
    """Parse the arguments, run everything in a throwaway data dir, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--iterations", type=int, default=2000)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--concurrency", type=int, default=50)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    with tempfile.TemporaryDirectory(prefix="hb-bench-") as tmp:
        asyncio.run(run(Path(tmp), args.iterations, args.seconds, args.concurrency))


if __name__ == "__main__":
    main()
