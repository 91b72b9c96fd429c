"""How well /log understands food text: the product's own reading scored on the phrase set.

Each phrase of `tests/meals/phrases` (text a person types after /log, with the SR24 foods and
grams it means) goes through `MealService.understand`, the function /log calls, on a real
embedded PostgreSQL with every migration applied and the food table loaded (and an embedded
Redis for the user records), as the test fixtures build them. Reported:

- phrases within max(10%, 15 kcal) of the expected energy (a phrase answered with any
  question, or refused with an error, is a miss);
- the share of phrases answered with a question;
- among committed items (the portions of phrases answered without a question), the share
  more than 25% off in energy (and more than 1 kcal): each portion is paired with the
  expected item of the same food, the others in order; a portion left without an expected
  item counts as off unless it carries no energy (a pinch of salt).

Expected energy is computed from the product's packaged table (grams x kcal per 100 g), never
typed by hand.

    python bench/eval_food_log.py [--set development|held_out] [--show-misses] [--json FILE]

Tune against `development` (the default). `held_out` is scored ONCE, at the end of tuning;
do not run it, or look at its misses, while tuning.

Set HB_TEST_DATABASE_URL (a superuser URL) and HB_TEST_REDIS_URL to use servers of your own
instead of embedded ones, as for the tests.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Sequence
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from healthbot.cache import Cache, connect_redis
from healthbot.db import Database
from healthbot.db.migrations import apply_migrations
from healthbot.embedded import EmbeddedPostgres, EmbeddedRedis
from healthbot.meals.foods import FoodCatalog
from healthbot.meals.repository import MealRepository
from healthbot.meals.service import MealService, Understood
from healthbot.profile.service import ProfileService
from healthbot.users import UserRepository
from tests.conftest import create_database, drop_database
from tests.meals.phrases import SET_NAMES, Phrase, phrase_set
from tests.meals.phrases.table import food, item_kcal, phrase_kcal

PHRASE_TOLERANCE = 0.10  # a phrase is right within max(10%, 15 kcal) of the expected energy
PHRASE_FLOOR_KCAL = 15.0
ITEM_TOLERANCE = 0.25  # a committed item is off when more than 25% (and 1 kcal) away
ITEM_FLOOR_KCAL = 1.0


@dataclass
class ItemResult:
    """An expected item or a committed portion, as reported."""

    uid: str
    name: str
    grams: float
    kcal: float
    span: str = ""


@dataclass
class PhraseResult:
    """What the bot made of one phrase, against what it means."""

    text: str
    kind: str
    sentence: bool
    expected_kcal: float
    expected: list[ItemResult]
    got_kcal: float = 0.0
    portions: list[ItemResult] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    error: str | None = None
    hit: bool = False
    items_committed: int = 0
    items_off: int = 0

    @property
    def status(self) -> str:
        if self.error is not None:
            return "error"
        if self.questions:
            return "question"
        return "hit" if self.hit else "off"


def phrase_within(got: float, expected: float) -> bool:
    """A phrase's energy is right within max(10%, 15 kcal)."""
    return abs(got - expected) <= max(PHRASE_TOLERANCE * expected, PHRASE_FLOOR_KCAL)


def item_off(got: float, expected: float) -> bool:
    """A committed item is off by more than 25% of the expected energy (and 1 kcal)."""
    return abs(got - expected) > max(ITEM_TOLERANCE * expected, ITEM_FLOOR_KCAL)


def expected_items(phrase: Phrase) -> list[ItemResult]:
    return [
        ItemResult(item.uid, food(item.uid).name, item.grams, item_kcal(item))
        for item in phrase.items
    ]


def score(phrase: Phrase, understood: Understood | None, error: str | None) -> PhraseResult:
    """Compare one reading with the phrase's items."""
    result = PhraseResult(
        phrase.text, phrase.kind, phrase.sentence, phrase_kcal(phrase), expected_items(phrase)
    )
    if understood is None:
        result.error = error or "no result"
        return result
    result.portions = [
        ItemResult(p.food_uid, p.food_name, p.grams, p.nutrients.kcal, p.span)
        for p in understood.portions
    ]
    result.got_kcal = sum(p.kcal for p in result.portions)
    result.questions = [f"{q.kind} question on {q.span!r} ({q.food})" for q in understood.questions]
    if result.questions:
        return result
    result.hit = phrase_within(result.got_kcal, result.expected_kcal)
    result.items_committed = len(result.portions)
    result.items_off = sum(
        (want is None and got.kcal > ITEM_FLOOR_KCAL)
        or (want is not None and item_off(got.kcal, want.kcal))
        for got, want in pair_items(result.portions, result.expected)
    )
    return result


def pair_items(
    portions: Sequence[ItemResult], expected: Sequence[ItemResult]
) -> list[tuple[ItemResult, ItemResult | None]]:
    """Each committed portion with the expected item it stands for: the item of the same food
    first (a dish's parts come in the recipe's order, not the phrase's), then the rest in
    order; a portion left over has none."""
    left = list(expected)
    pairs: dict[int, ItemResult | None] = {}
    for index, got in enumerate(portions):
        same = next((want for want in left if want.uid == got.uid), None)
        if same is not None:
            left.remove(same)
            pairs[index] = same
    for index in range(len(portions)):
        if index not in pairs:
            pairs[index] = left.pop(0) if left else None
    return [(got, pairs[index]) for index, got in enumerate(portions)]


@asynccontextmanager
async def meal_service() -> AsyncIterator[MealService]:
    """A MealService as the `service` test fixture builds it: a migrated database with the
    food catalog loaded, and user records cached in Redis."""
    async with AsyncExitStack() as stack:
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="hb-eval-log-")))
        admin_url = os.environ.get("HB_TEST_DATABASE_URL")
        if admin_url is None:
            postgres = EmbeddedPostgres(folder / "pg", database="postgres")
            postgres.start()
            stack.callback(postgres.stop)
            admin_url = postgres.url
        redis_url = os.environ.get("HB_TEST_REDIS_URL")
        if redis_url is None:
            redis = EmbeddedRedis(folder / "redis")
            redis.start()
            stack.callback(redis.stop)
            redis_url = redis.url
        url = await asyncio.to_thread(create_database, admin_url)
        stack.push_async_callback(asyncio.to_thread, drop_database, admin_url, url)
        await apply_migrations(url)
        db = await Database.open(url, min_size=1, max_size=4)
        stack.push_async_callback(db.close)
        catalog = FoodCatalog(db)
        await catalog.load()
        client = connect_redis(redis_url, timeout=0.25)
        stack.push_async_callback(client.aclose)
        users = UserRepository(db, Cache(client))
        yield MealService(catalog, MealRepository(db), users, ProfileService(users))


async def evaluate(phrases: Sequence[Phrase]) -> list[PhraseResult]:
    """Read every phrase with the product and score it."""
    results = []
    async with meal_service() as service:
        for phrase in phrases:
            try:
                understood = await service.understand(phrase.text)
            except Exception as error:  # a refusal (FoodParseError, ...) is a scored outcome
                results.append(score(phrase, None, f"{type(error).__name__}: {error}"))
            else:
                results.append(score(phrase, understood, None))
    return results


def share(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.1f}%)" if whole else "0/0"


def summary(results: Sequence[PhraseResult]) -> dict[str, Any]:
    """The three headline figures (and their counts)."""
    count = len(results)
    committed = sum(r.items_committed for r in results)
    off = sum(r.items_off for r in results)
    return {
        "phrases": count,
        "sentences": sum(r.sentence for r in results),
        "within_tolerance": sum(r.hit for r in results),
        "within_tolerance_share": sum(r.hit for r in results) / count if count else 0.0,
        "with_question": sum(bool(r.questions) for r in results),
        "with_question_share": sum(bool(r.questions) for r in results) / count if count else 0.0,
        "errors": sum(r.error is not None for r in results),
        "items_committed": committed,
        "items_off": off,
        "items_off_share": off / committed if committed else 0.0,
    }


def print_summary(name: str, results: Sequence[PhraseResult]) -> None:
    figures = summary(results)
    count = figures["phrases"]
    print(f"/log accuracy on the {name} set ({count} phrases, {figures['sentences']} sentences)")
    print()
    rows = [
        ("phrases within max(10%, 15 kcal)", share(figures["within_tolerance"], count)),
        ("phrases answered with a question", share(figures["with_question"], count)),
        ("phrases refused with an error", share(figures["errors"], count)),
        (
            "committed items > 25% off",
            share(figures["items_off"], figures["items_committed"]),
        ),
    ]
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        print(f"  {label:<{width}}  {value}")
    print()
    groups: dict[str, list[PhraseResult]] = {}
    for result in results:
        groups.setdefault(result.kind, []).append(result)
    groups["(sentences)"] = [r for r in results if r.sentence]
    groups["(notes)"] = [r for r in results if not r.sentence]
    print(f"  {'kind':<14} {'n':>4} {'within':>8} {'question':>9} {'error':>6} {'items off':>10}")
    for kind, group in groups.items():
        figures = summary(group)
        committed = figures["items_committed"]
        off = f"{figures['items_off']}/{committed}" if committed else "-"
        print(
            f"  {kind:<14} {len(group):>4} {figures['within_tolerance_share']:>8.0%}"
            f" {figures['with_question_share']:>9.0%} {figures['errors']:>6} {off:>10}"
        )


def describe(item: ItemResult) -> str:
    span = f"{item.span!r} -> " if item.span else ""
    return f"{span}{item.uid} {item.name[:60]}: {item.grams:.0f} g, {item.kcal:.0f} kcal"


def print_misses(results: Sequence[PhraseResult]) -> None:
    misses = [r for r in results if not r.hit]
    print()
    print(f"Misses ({len(misses)}):")
    for result in misses:
        print()
        print(
            f"- [{result.status}] {result.text!r}: expected {result.expected_kcal:.0f} kcal,"
            f" understood {result.got_kcal:.0f} kcal"
        )
        if result.error is not None:
            print(f"    error: {result.error}")
        for question in result.questions:
            print(f"    asked: {question}")
        for portion in result.portions:
            print(f"    got:      {describe(portion)}")
        for item in result.expected:
            print(f"    expected: {describe(item)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--set", choices=SET_NAMES, default="development", dest="name")
    parser.add_argument("--show-misses", action="store_true", help="print every miss")
    parser.add_argument("--json", type=Path, help="also write the figures and results here")
    args = parser.parse_args(argv)
    phrases = phrase_set(args.name)
    start = time.perf_counter()
    results = asyncio.run(evaluate(phrases))
    elapsed = time.perf_counter() - start
    print_summary(args.name, results)
    print(f"\n  ({elapsed:.1f} s, database start and table load included)")
    if args.show_misses:
        print_misses(results)
    if args.json is not None:
        payload = {
            "set": args.name,
            "summary": summary(results),
            "results": [asdict(r) | {"status": r.status} for r in results],
        }
        args.json.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
