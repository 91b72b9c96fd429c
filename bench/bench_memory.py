"""Benchmark of the coach's memory search: 10,000 memories of 1,000 users, embedded PostgreSQL.

Run: python bench/bench_memory.py [--users 1000] [--per-user 10] [--iterations 300]
     [--seconds 10] [--concurrency 64] [--threads 1]

Prints the latency (median, P95) of one search at a time (embedding + SQL, and each part),
the searches per second under concurrency with the embeddings batched and, for comparison,
with every query embedded alone, and the process RSS with
the model loaded.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import random
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

import psutil

from healthbot.coach.memory import MemoryStore
from healthbot.coach.memory.embedding import EmbeddingBatcher
from healthbot.config import Settings
from healthbot.db import Database
from healthbot.db.migrations import apply_migrations
from healthbot.embedded import EmbeddedPostgres

SUBJECTS = (
    "peanuts", "shellfish", "gluten", "eggs", "milk", "soy", "sesame", "kiwi", "broccoli",
    "mushrooms", "olives", "tofu", "salmon", "oatmeal", "yogurt", "mango", "coffee", "green tea",
)  # fmt: skip
TEMPLATES = (
    "I'm allergic to {}",
    "I really dislike the taste of {}",
    "I eat {} almost every day",
    "My doctor told me to cut down on {}",
    "I'm trying to eat more {}",
    "I can't stand the smell of {}",
    "{} gives me a stomach ache",
    "My kids love {}",
    "I had {} for dinner last night and felt great",
    "I buy {} every week",
)
QUESTIONS = (
    "what snack should I have this afternoon?",
    "which foods should I avoid?",
    "plan a dinner for me tonight",
    "what do I usually eat?",
    "is there anything I can't eat?",
    "suggest a breakfast for tomorrow",
    "what should I buy at the grocery store?",
    "why does my stomach hurt after meals?",
)


def memories(users: int, per_user: int, rng: random.Random) -> list[tuple[int, str]]:
    """`per_user` facts for each of `users` users (ids 1..users)."""
    return [
        (user, rng.choice(TEMPLATES).format(rng.choice(SUBJECTS)))
        for user in range(1, users + 1)
        for _ in range(per_user)
    ]


def percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p))]


async def timed(n: int, call: Callable[[int], Awaitable[object]]) -> list[float]:
    """Run call(i) n times one after another; return the latencies in milliseconds."""
    samples = []
    for i in range(n):
        start = time.perf_counter()
        await call(i)
        samples.append((time.perf_counter() - start) * 1000)
    return samples


async def throughput(
    store: MemoryStore, users: int, seconds: float, concurrency: int
) -> tuple[float, float, float]:
    """Searches per second by `concurrency` tasks for `seconds`, their P95 (ms), and the
    mean number of queries per model call."""
    deadline = time.monotonic() + seconds
    latencies: list[float] = []
    batches, embedded = store.batcher.batches, store.batcher.embedded

    async def worker(w: int) -> None:
        rng = random.Random(w)  # noqa: S311 - benchmark traffic, not cryptography
        while time.monotonic() < deadline:
            start = time.perf_counter()
            found = await store.search(rng.randint(1, users), rng.choice(QUESTIONS))
            latencies.append((time.perf_counter() - start) * 1000)
            assert found, "a user with memories found none"

    start = time.monotonic()
    await asyncio.gather(*(worker(w) for w in range(concurrency)))
    elapsed = time.monotonic() - start
    calls = max(1, store.batcher.batches - batches)
    return (
        len(latencies) / elapsed,
        percentile(latencies, 0.95),
        (store.batcher.embedded - embedded) / calls,
    )


async def run(data_dir: Path, args: argparse.Namespace) -> None:
    postgres = EmbeddedPostgres(data_dir)
    postgres.start()
    try:
        await apply_migrations(postgres.url)
        db = await Database.open(postgres.url)
        try:
            await report(db, postgres.url, data_dir, args)
        finally:
            await db.close()
    finally:
        postgres.stop()


async def report(db: Database, url: str, data_dir: Path, args: argparse.Namespace) -> None:
    """Load the model and the memories, measure, print."""
    process = psutil.Process()
    rss_before = process.memory_info().rss
    start = time.perf_counter()
    settings = Settings(data_dir=data_dir)
    settings = settings.model_copy(
        update={"memory": settings.memory.model_copy(update={"threads": args.threads})}
    )
    store = await MemoryStore.open(settings, db)
    opened = time.perf_counter() - start
    rss_model = process.memory_info().rss
    rng = random.Random(1)  # noqa: S311 - benchmark data, not cryptography
    items = memories(args.users, args.per_user, rng)
    start = time.perf_counter()
    await store.import_memories(items)
    imported = time.perf_counter() - start
    try:
        await measure(store, args, rng)
        rss_after = process.memory_info().rss
        print(
            f"\nmodel loaded in {opened:.1f} s; {len(items):,} memories imported in "
            f"{imported:.1f} s (texts said by many users embedded once)"
        )
        print(
            f"RSS: {rss_before / 2**20:.0f} MB before the model, {rss_model / 2**20:.0f} MB "
            f"with it, {rss_after / 2**20:.0f} MB after the benchmark"
        )
    finally:
        await store.close()


async def measure(store: MemoryStore, args: argparse.Namespace, rng: random.Random) -> None:
    """The latency table and the throughput lines."""
    n = args.iterations

    def user(i: int) -> int:
        return (i * 7919) % args.users + 1

    def question(i: int) -> str:
        return QUESTIONS[i % len(QUESTIONS)]

    await timed(50, lambda i: store.search(user(i), question(i)))  # warm-up
    vector = await store.batcher.embed(question(0))
    rows = [
        ("search (embed + SQL)", await timed(n, lambda i: store.search(user(i), question(i)))),
        ("  embedding alone", await timed(n, lambda i: store.batcher.embed(question(i)))),
        ("  SQL alone", await timed(n, lambda i: store.search_vector(user(i), vector))),
    ]
    print(f"{'one search at a time':<32} {'median ms':>10} {'P95 ms':>10}   ({n} calls)")
    for name, samples in rows:
        print(f"{name:<32} {percentile(samples, 0.5):>10.2f} {percentile(samples, 0.95):>10.2f}")

    rate, p95, per_call = await throughput(store, args.users, args.seconds, args.concurrency)
    print(
        f"\n{args.concurrency} concurrent searchers, batched: {rate:,.0f} searches/s, "
        f"P95 {p95:.1f} ms, {per_call:.1f} queries per model call"
    )
    batched = store.batcher
    store.batcher = EmbeddingBatcher(store.backend.embedder.embed_many, max_batch=1, max_wait=0.0)
    try:
        rate, p95, _ = await throughput(store, args.users, args.seconds, args.concurrency)
    finally:
        await store.batcher.close()
        store.batcher = batched
    print(
        f"{args.concurrency} concurrent searchers, one query per model call: "
        f"{rate:,.0f} searches/s, P95 {p95:.1f} ms"
    )


def main() -> None:
    """Parse the arguments, run everything in a throwaway data dir, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--users", type=int, default=1000)
    parser.add_argument("--per-user", type=int, default=10)
    parser.add_argument("--iterations", type=int, default=300)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--threads", type=int, default=1, help="the model's CPU threads")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    # Under 64 concurrent searchers a search waits for a pool connection: every one of them
    # would be logged as a slow query. The figures below are the point here.
    logging.getLogger("healthbot.db.pool").setLevel(logging.ERROR)
    with tempfile.TemporaryDirectory(prefix="hb-bench-") as tmp:
        asyncio.run(run(Path(tmp), args))


if __name__ == "__main__":
    main()
