"""Benchmark of food search over the whole USDA table, on an embedded PostgreSQL.

Run: python bench/bench_food_search.py [--iterations 2000]

Prints the time to load the packaged table (cold, then the no-op check of a warm start) and
to build the in-memory search, then the median and P95 latency of a search per query kind
(one word, five words, misspelt, alias), each against a bare primary-key SELECT through the
same pool in the same run, as a ratio, and the CPU time this process spends per call (the
PostgreSQL backend's share is not in it). The target is a P95 under 5 ms for one-word and
five-word queries; the load average printed at the end says how busy the machine was.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

from healthbot.db import Database
from healthbot.db.migrations import apply_migrations
from healthbot.embedded import EmbeddedPostgres
from healthbot.food.repository import FoodRepository, ensure_food_table
from healthbot.food.search import FoodSearch

ONE_WORD = [
    "egg", "apple", "banana", "rice", "milk", "bread", "chicken", "beef", "cheese", "butter",
    "orange", "broccoli", "carrot", "spinach", "tomato", "avocado", "salmon", "tuna", "yogurt",
    "almonds", "oats", "potato", "onion", "garlic", "pasta", "honey", "sugar", "coffee", "tea",
    "beer", "wine", "pizza", "bacon", "lentils", "quinoa", "shrimp", "turkey", "pork", "lamb",
    "cookie",
]  # fmt: skip
FIVE_WORDS = [
    "chicken breast meat only roasted",
    "white rice long grain cooked",
    "raw apple with the skin",
    "whole milk with vitamin d",
    "black beans boiled without salt",
    "hard boiled egg whole large",
    "ground beef lean cooked patty",
    "salmon atlantic farmed cooked fillet",
    "peanut butter smooth with salt",
    "whole wheat bread commercially prepared",
    "sweet potato baked in skin",
    "greek yogurt plain nonfat milk",
    "cheddar cheese sliced one ounce",
    "broccoli cooked boiled drained salt",
    "orange juice fresh squeezed raw",
]
TYPOS = [
    "bananna", "chiken breast", "brocoli", "strawbery", "avocdo", "spinnach", "yoghurt",
    "tomatoe", "salmn", "cheddar chese", "blueberies", "pinapple", "letuce", "cucumbr",
    "watermellon",
]  # fmt: skip
ALIASES = ["toast", "oatmeal", "coke", "latte", "cappuccino", "pizza", "fries", "bagel"]


@dataclass(frozen=True)
class _Name:
    uid: str
    name: str


async def timed(n: int, call: Callable[[int], Awaitable[object]]) -> list[float]:
    """Run call(i) n times one after another; return the latencies in microseconds."""
    samples, _ = await timed_with_cpu(n, call)
    return samples


async def timed_with_cpu(
    n: int, call: Callable[[int], Awaitable[object]]
) -> tuple[list[float], float]:
    """The latencies in microseconds, and this process's CPU time per call in microseconds
    (what the bot's own process spends, whatever else the machine runs)."""
    samples = []
    cpu = time.process_time()
    for i in range(n):
        start = time.perf_counter_ns()
        await call(i)
        samples.append((time.perf_counter_ns() - start) / 1000)
    return samples, (time.process_time() - cpu) / n * 1e6


def _cycling(search: FoodSearch, queries: list[str]) -> Callable[[int], Awaitable[object]]:
    """A call that searches the i-th query of the list, round and round."""

    def call(i: int) -> Awaitable[object]:
        return search.search(queries[i % len(queries)])

    return call


def percentile(samples: list[float], p: float) -> float:
    """The p-quantile of the samples (nearest rank)."""
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p))]


async def run(data_dir: Path, iterations: int) -> None:
    """Start PostgreSQL, load the table, measure, print."""
    postgres = EmbeddedPostgres(data_dir)
    postgres.start()
    try:
        await apply_migrations(postgres.url)
        db = await Database.open(postgres.url)
        try:
            await report(db, iterations)
        finally:
            await db.close()
    finally:
        postgres.stop()


async def report(db: Database, iterations: int) -> None:
    """Measure the load, then each query kind against the bare SELECT, and print."""
    cold = await ensure_food_table(db)
    warm = await ensure_food_table(db)
    start = time.perf_counter()
    search = await FoodSearch.load(db, remembered=0)  # every query searched, none recalled
    built = time.perf_counter() - start
    print(f"table load (COPY, {cold.foods} foods): {cold.seconds * 1000:8.1f} ms")
    print(f"warm-start check (no load):          {warm.seconds * 1000:8.1f} ms")
    print(f"search index build ({len(search)} foods): {built * 1000:6.1f} ms\n")

    uids = [food.uid for food in await FoodRepository(db).names()]

    def bare(i: int) -> Awaitable[object]:
        return db.fetch_one(
            "bench_pk",
            "SELECT uid, name FROM foods WHERE uid = %(uid)s",
            {"uid": uids[(i * 7919) % len(uids)]},
            _Name,
        )

    await timed(300, bare)  # warm-up: code paths, pool connections, the GIN pages
    await timed(300, lambda i: search.search(ONE_WORD[i % len(ONE_WORD)]))
    kinds = {
        "one word": ONE_WORD,
        "five words": FIVE_WORDS,
        "misspelt": TYPOS,
        "alias": ALIASES,
    }
    reference, ref_cpu = await timed_with_cpu(iterations, bare)
    ref_p95 = percentile(reference, 0.95)
    print(f"{'query kind':<26} {'median µs':>10} {'P95 µs':>10} {'P95 / PK':>9} {'CPU µs':>7}")
    for kind, queries in kinds.items():
        samples, cpu = await timed_with_cpu(iterations, _cycling(search, queries))
        p95 = percentile(samples, 0.95)
        print(
            f"{kind:<26} {percentile(samples, 0.5):>10.1f} {p95:>10.1f}"
            f" {p95 / ref_p95:>8.1f}x {cpu:>7.0f}"
        )
    print(
        f"{'bare PK SELECT (reference)':<26} {percentile(reference, 0.5):>10.1f}"
        f" {ref_p95:>10.1f} {1.0:>8.1f}x {ref_cpu:>7.0f}"
    )
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"\nload average {load} on {os.cpu_count()} cores during the run")
    print(f"\n({iterations} sequential calls per row, cycling over each kind's queries)")


def main() -> None:
    """Parse the arguments, run everything in a throwaway data dir, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--iterations", type=int, default=2000)
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)
    with tempfile.TemporaryDirectory(prefix="hb-bench-") as tmp:
        asyncio.run(run(Path(tmp), args.iterations))


if __name__ == "__main__":
    main()
