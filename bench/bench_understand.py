"""CPU of reading a /log's words: `MealService.understand` on loadgen's /log phrases.

Run: python bench/bench_understand.py [--phrases 2000] [--profile tottime]

The service is built as `bench/eval_food_log.py` builds it (a migrated embedded database
with the food table loaded, user records in an embedded Redis). The phrases are those
`loadgen bench --kind log` sends (no typos), drawn with repeats as its users draw them; the
first half warms up (foods read, searches remembered), the second is measured: this
process's CPU per phrase. `--profile KEY` prints cProfile's top functions by that key.
Texts and items read before are not read again (`healthbot.meals.read_before`): `--cold`
reads every phrase afresh, the cost of the parser and searches themselves (a new rule's).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import cProfile
import pstats
import random
import time

from bench.eval_food_log import meal_service
from healthbot.food.parser import FoodParseError
from healthbot.meals import MealService
from loadgen.users import PhraseBook, TaskKind


async def read_all(service: MealService, phrases: list[str]) -> None:
    """Each phrase read (a phrase refused counts as read)."""
    for phrase in phrases:
        with contextlib.suppress(FoodParseError):
            await service.understand(phrase)


async def run(count: int, profile: str | None, cold: bool) -> None:
    book, rng = PhraseBook(2, typo_rate=0.0), random.Random(3)  # noqa: S311 - repeatable
    phrases = [book.pick(TaskKind.LOG, rng).removeprefix("/log ") for _ in range(2 * count)]
    warm, measured = phrases[:count], phrases[count:]
    async with meal_service() as service:
        if cold:
            service.read_before.size = service.catalog.read.kept.size = 0
        await read_all(service, warm)
        start = time.process_time()
        await read_all(service, measured)
        cpu = time.process_time() - start
        kept = "" if cold else f"; kept: {len(service.read_before)} texts, "
        kept += "" if cold else f"{len(service.catalog.read.kept)} items"
        print(f"understand: {cpu * 1e6 / count:.0f} us of CPU a phrase ({count} phrases{kept})")
        if profile is not None:
            profiler = cProfile.Profile()
            profiler.enable()
            await read_all(service, measured)
            profiler.disable()
            pstats.Stats(profiler).sort_stats(profile).print_stats(30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phrases", type=int, default=2000)
    parser.add_argument("--profile", default=None, metavar="KEY")
    parser.add_argument("--cold", action="store_true", help="no text or item read before kept")
    args = parser.parse_args()
    asyncio.run(run(args.phrases, args.profile, args.cold))


if __name__ == "__main__":
    main()
