"""`loadgen queries`: latency percentiles of the hot repository queries on a seeded database.

Each query runs through `healthbot.db.Database`, so it pays what the bot pays: a pool
checkout, an autocommit round trip, and psycopg's automatic prepared statements (from the
fifth execution on a connection). Parameters come from the data: users in proportion to
their activity (a sample of conversation rows, so heavy users come up as often as they
would send updates), days within the last week, "now" as the seeded data's now.

Before timing, each query is EXPLAINed twice: with real parameters (the custom plan of the
first executions) and as the generic plan a prepared statement may switch to later
(`EXPLAIN (GENERIC_PLAN)`, PostgreSQL 16). Both must use the query's index.

The SQL is that of tests/db/test_indexes.py (the plans it asserts are the plans measured
here; a test keeps the two in step), plus the latest weigh-in.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import re
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Final, LiteralString

import psycopg

from healthbot.db import Database
from healthbot.errors import HealthbotError
from loadgen.seed import add_database_arguments, database_target

BUDGET_MS: Final = 2.0  # DESIGN.md: hot SQL under 2 ms at P95 at 10,000 users / 1M messages
USER_SAMPLE: Final = 5_000

Params = dict[str, Any]


class ParamSampler:
    """Realistic parameters for the hot queries, drawn from the seeded data."""

    def __init__(self, rng: random.Random, user_ids: list[int], now: datetime) -> None:
        if not user_ids:
            raise HealthbotError("the database has no users: run `loadgen seed` first")
        self.rng = rng
        self.user_ids = user_ids
        self.now = now

    @classmethod
    async def load(cls, db: Database, seed: int = 1) -> ParamSampler:
        """Users weighted by activity and the data's "now", read from the database."""
        now = await db.fetch_value("loadgen_now", "SELECT max(last_seen_at) FROM users")
        estimate = await db.fetch_value(
            "loadgen_history_size",
            "SELECT greatest(reltuples, 0) FROM pg_class"
            " WHERE oid = 'conversation_history'::regclass",
        )
        percent = min(100.0, 100.0 * USER_SAMPLE / max(1.0, float(estimate or 0)))
        async with db.pool.connection() as conn:
            cur = await conn.execute(
                "SELECT user_id FROM conversation_history"
                " TABLESAMPLE BERNOULLI (%s) REPEATABLE (%s)",
                (percent, seed),
            )
            user_ids = [user_id for (user_id,) in await cur.fetchall()]
            if not user_ids:  # no history: every user alike
                cur = await conn.execute("SELECT id FROM users ORDER BY id")
                user_ids = [user_id for (user_id,) in await cur.fetchall()]
        return cls(random.Random(seed), user_ids, now or datetime.now(UTC))

    def nothing(self) -> Params:
        """No parameters."""
        return {}

    def data_now(self) -> Params:
        """The data's now."""
        return {"now": self.now}

    def user(self) -> Params:
        """One user."""
        return {"user_id": self.rng.choice(self.user_ids)}

    def user_day(self) -> Params:
        """A user and one of the last seven days."""
        day = self.now.date() - timedelta(days=self.rng.randrange(7))
        return {"user_id": self.rng.choice(self.user_ids), "day": day}

    def user_today(self) -> Params:
        """A user and today."""
        return {"user_id": self.rng.choice(self.user_ids), "day": self.now.date()}

    def user_week(self) -> Params:
        """A user and seven days ending within the last three."""
        end = self.now - timedelta(seconds=self.rng.uniform(0, 3 * 86_400))
        return {
            "user_id": self.rng.choice(self.user_ids),
            "start": end - timedelta(days=7),
            "end": end,
        }


@dataclass(frozen=True)
class HotQuery:
    """A query the bot runs on its hot path, and the index it must use."""

    name: str
    sql: LiteralString
    index: str
    params: Callable[[ParamSampler], Params]


HOT_QUERIES: Final = (
    HotQuery(
        "last 20 conversation messages",
        """
        SELECT id, role, content, message_type, metadata, created_at
        FROM conversation_history WHERE user_id = %(user_id)s
        ORDER BY created_at DESC, id DESC LIMIT 20
        """,
        "conversation_history_user_recent_idx",
        ParamSampler.user,
    ),
    HotQuery(
        "food entries of the last 7 days",
        """
        SELECT id, eaten_at, meal, description, kcal, protein_g, carbs_g, fat_g, fiber_g
        FROM food_entries
        WHERE user_id = %(user_id)s AND eaten_at >= %(start)s AND eaten_at < %(end)s
          AND deleted_at IS NULL
        ORDER BY eaten_at DESC
        """,
        "food_entries_user_eaten_idx",
        ParamSampler.user_week,
    ),
    HotQuery(
        "food entries of one day",
        """
        SELECT id, eaten_at, meal, description, kcal, protein_g, carbs_g, fat_g, fiber_g
        FROM food_entries
        WHERE user_id = %(user_id)s AND local_date = %(day)s AND deleted_at IS NULL
        ORDER BY eaten_at
        """,
        "food_entries_user_day_idx",
        ParamSampler.user_day,
    ),
    HotQuery(
        "a user's usual foods",
        """
        SELECT food_name, count(*) FROM food_entry_items WHERE user_id = %(user_id)s
        GROUP BY food_name ORDER BY count(*) DESC LIMIT 5
        """,
        "food_entry_items_user_food_idx",
        ParamSampler.user,
    ),
    HotQuery(
        "water today",
        """
        SELECT sum(amount_ml) FROM water_logs
        WHERE user_id = %(user_id)s AND local_date = %(day)s AND deleted_at IS NULL
        """,
        "water_logs_user_day_idx",
        ParamSampler.user_today,
    ),
    HotQuery(
        "latest weight",
        """
        SELECT weight_kg, logged_at FROM weight_logs
        WHERE user_id = %(user_id)s AND deleted_at IS NULL ORDER BY logged_at DESC LIMIT 1
        """,
        "weight_logs_user_logged_idx",
        ParamSampler.user,
    ),
    HotQuery(
        "reminders due now (scheduler)",
        """
        SELECT id, user_id, kind, text, schedule, timezone, next_run_at
        FROM reminders WHERE active AND next_run_at <= %(now)s
        ORDER BY next_run_at LIMIT 100
        FOR UPDATE SKIP LOCKED
        """,
        "reminders_due_idx",
        ParamSampler.data_now,
    ),
    HotQuery(
        "a user's active reminders",
        """
        SELECT id, kind, text, schedule, timezone, next_run_at
        FROM reminders WHERE user_id = %(user_id)s AND active ORDER BY next_run_at
        """,
        "reminders_user_active_idx",
        ParamSampler.user,
    ),
    HotQuery(
        "XP leaderboard top 10",
        """
        SELECT user_id, total_xp, level, current_streak FROM user_gamification
        ORDER BY total_xp DESC, user_id LIMIT 10
        """,
        "user_gamification_leaderboard_idx",
        ParamSampler.nothing,
    ),
    HotQuery(
        "XP leaderboard top 10 with names",
        """
        SELECT g.user_id, u.first_name, g.total_xp, g.level, g.current_streak
        FROM user_gamification AS g JOIN users AS u ON u.id = g.user_id
        ORDER BY g.total_xp DESC, g.user_id LIMIT 10
        """,
        "user_gamification_leaderboard_idx",
        ParamSampler.nothing,
    ),
    HotQuery(
        "user by id",
        "SELECT * FROM users WHERE id = %(user_id)s",
        "users_pkey",
        ParamSampler.user,
    ),
    HotQuery(
        "unfinished inbox updates",
        """
        SELECT update_id, chat_id, user_id, kind, payload, status, attempts
        FROM update_inbox WHERE status IN ('pending', 'processing')
        ORDER BY update_id LIMIT 100
        """,
        "update_inbox_unfinished_idx",
        ParamSampler.nothing,
    ),
    HotQuery(
        "pending outbox replies",
        """
        SELECT id, chat_id, method, payload FROM outbox WHERE status = 'pending'
        ORDER BY id LIMIT 100
        """,
        "outbox_pending_idx",
        ParamSampler.nothing,
    ),
)


@dataclass(frozen=True)
class Plan:
    """What EXPLAIN says about one plan of a query."""

    indexes: tuple[str, ...]  # every index the plan scans
    seq_scans: tuple[str, ...]  # tables it reads whole
    top: str  # node type of the plan's root


@dataclass(frozen=True)
class QueryResult:
    """The figures of one query: latency percentiles in ms, and its plans."""

    name: str
    index: str
    samples: int
    mean_rows: float
    p50_ms: float
    p95_ms: float
    p99_ms: float
    max_ms: float
    mean_ms: float
    custom_plan: Plan
    generic_plan: Plan | None  # None when the server cannot show it (before PostgreSQL 16)
    slowest_params: dict[str, str] = field(default_factory=dict)
    analysis: str = ""  # EXPLAIN (ANALYZE, BUFFERS) with slowest_params, when asked for

    @property
    def uses_index(self) -> bool:
        """Both plans scan the intended index and no table is read whole."""
        plans = [self.custom_plan] + ([self.generic_plan] if self.generic_plan else [])
        return all(self.index in plan.indexes and not plan.seq_scans for plan in plans)


@dataclass(frozen=True)
class BenchmarkReport:
    """Every query's result, with what they ran on."""

    started_at: str
    iterations: int
    concurrency: int
    users: int
    history_rows: int
    data_now: str
    results: list[QueryResult]


async def run_benchmark(
    url: str,
    *,
    iterations: int = 2_000,
    concurrency: int = 1,
    warmup: int | None = None,
    seed: int = 1,
    queries: tuple[HotQuery, ...] = HOT_QUERIES,
    analyze: bool = False,
    progress: Callable[[QueryResult], None] | None = None,
) -> BenchmarkReport:
    """Time every query `iterations` times, after `warmup` untimed runs (default: a tenth).

    With `analyze`, each result also carries EXPLAIN (ANALYZE, BUFFERS) of the parameters
    of its slowest run. `progress` is called with each result as soon as it is known.
    """
    if iterations < 1 or concurrency < 1:
        raise ValueError("iterations and concurrency must be 1 or more")
    warmup = max(20, iterations // 10) if warmup is None else warmup
    started_at = datetime.now(UTC).isoformat(timespec="seconds")
    # Slow queries are this command's subject: report them in the table, not as warnings.
    db = await Database.open(url, min_size=concurrency, max_size=concurrency, slow_query_ms=60_000)
    try:
        sampler = await ParamSampler.load(db, seed)
        users = await db.fetch_value("loadgen_count", "SELECT count(*) FROM users")
        history = await db.fetch_value("loadgen_count", "SELECT count(*) FROM conversation_history")
        results = []
        for query in queries:
            result = await _measure(
                db,
                query,
                sampler=sampler,
                iterations=iterations,
                concurrency=concurrency,
                warmup=warmup,
            )
            if analyze:
                analysis = await _explain_analyze(db, query, result.slowest_params)
                result = replace(result, analysis=analysis)
            results.append(result)
            if progress is not None:
                progress(result)
    finally:
        await db.close()
    return BenchmarkReport(
        started_at=started_at,
        iterations=iterations,
        concurrency=concurrency,
        users=int(users or 0),
        history_rows=int(history or 0),
        data_now=sampler.now.isoformat(timespec="seconds"),
        results=results,
    )


class _Row:
    """Any row: `class_row` passes the columns as keyword arguments."""

    __slots__ = ("columns",)

    def __init__(self, **columns: Any) -> None:
        self.columns = columns


async def _measure(
    db: Database,
    query: HotQuery,
    *,
    sampler: ParamSampler,
    iterations: int,
    concurrency: int,
    warmup: int,
) -> QueryResult:
    example = query.params(sampler)
    custom, generic = await _plans(db, query, example)
    name = "loadgen_" + re.sub(r"\W+", "_", query.name).strip("_")
    timings: list[float] = []
    rows = 0
    slowest: tuple[float, Params] = (-1.0, example)

    async def worker(tickets: Iterator[int], timed: bool) -> None:
        nonlocal rows, slowest
        for _ in tickets:
            params = query.params(sampler)
            start = time.perf_counter()
            found = await db.fetch_all(name, query.sql, params or None, _Row)
            elapsed = time.perf_counter() - start
            if timed:
                timings.append(elapsed)
                rows += len(found)
                if elapsed > slowest[0]:
                    slowest = (elapsed, params)

    for count, timed in ((warmup, False), (iterations, True)):
        # One shared iterator: the workers take tickets from it until it runs dry.
        tickets = iter(range(count))
        await asyncio.gather(*(worker(tickets, timed) for _ in range(concurrency)))

    ms = sorted(t * 1000 for t in timings)
    cuts = statistics.quantiles(ms, n=100, method="inclusive") if len(ms) > 1 else ms * 99
    return QueryResult(
        name=query.name,
        index=query.index,
        samples=len(ms),
        mean_rows=rows / len(ms),
        p50_ms=cuts[49],
        p95_ms=cuts[94],
        p99_ms=cuts[98],
        max_ms=ms[-1],
        mean_ms=statistics.fmean(ms),
        custom_plan=custom,
        generic_plan=generic,
        slowest_params={key: str(value) for key, value in slowest[1].items()},
    )


async def _plans(db: Database, query: HotQuery, params: Params) -> tuple[Plan, Plan | None]:
    async with db.pool.connection() as conn:
        cur = await conn.execute("EXPLAIN (FORMAT JSON) " + query.sql, params or None)
        custom = _summarize(await cur.fetchone())
        if conn.info.server_version < 160000:
            return custom, None
        # GENERIC_PLAN wants $n placeholders and no values.
        numbers: dict[str, int] = {}
        text = re.sub(
            r"%\((\w+)\)s",
            lambda m: f"${numbers.setdefault(m[1], len(numbers) + 1)}",
            query.sql,
        ).replace("%%", "%")
        cur = await conn.execute(("EXPLAIN (GENERIC_PLAN, FORMAT JSON) " + text).encode())
        return custom, _summarize(await cur.fetchone())


def _summarize(row: tuple[Any, ...] | None) -> Plan:
    assert row is not None
    root = row[0][0]["Plan"]
    nodes = list(_nodes(root))
    return Plan(
        indexes=tuple(dict.fromkeys(n["Index Name"] for n in nodes if "Index Name" in n)),
        seq_scans=tuple(n["Relation Name"] for n in nodes if n["Node Type"] == "Seq Scan"),
        top=root["Node Type"],
    )


def _nodes(node: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield node
    for child in node.get("Plans", []):
        yield from _nodes(child)


async def _explain_analyze(db: Database, query: HotQuery, params: dict[str, str]) -> str:
    """EXPLAIN (ANALYZE, BUFFERS) with the parameters of the slowest run, indented."""
    async with db.pool.connection() as conn, conn.transaction(force_rollback=True):
        # Rolled back: the scheduler's query takes row locks.
        cur = await conn.execute("EXPLAIN (ANALYZE, BUFFERS) " + query.sql, _retype(params) or None)
        lines = [line for (line,) in await cur.fetchall()]
    return "\n".join(f"    {line}" for line in [f"slowest: {params}", *lines])


def _retype(params: dict[str, str]) -> Params:
    """Parameters as recorded (strings) back to the types the query compares them with."""
    typed: Params = {}
    for key, value in params.items():
        if key == "user_id":
            typed[key] = int(value)
        elif key == "day":
            typed[key] = datetime.fromisoformat(value).date()
        else:
            typed[key] = datetime.fromisoformat(value)
    return typed


# -- output -------------------------------------------------------------------------------

_HEADER: Final = (
    f"{'query':<34} {'rows':>6} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7} {'max ms':>7}  "
    f"{'p95':<6} index (custom plan / generic plan)"
)


def _row(result: QueryResult) -> str:
    budget = "ok" if result.p95_ms < BUDGET_MS else "OVER"
    plans = [result.custom_plan] + ([result.generic_plan] if result.generic_plan else [])
    described = " / ".join(_describe(plan, result.index) for plan in plans)
    return (
        f"{result.name:<34} {result.mean_rows:>6.1f} {result.p50_ms:>7.2f} {result.p95_ms:>7.2f} "
        f"{result.p99_ms:>7.2f} {result.max_ms:>7.2f}  {budget:<6} {described}"
    )


def _print_result(result: QueryResult) -> None:
    print(_row(result), flush=True)
    if result.analysis:
        print(result.analysis, flush=True)


def _describe(plan: Plan, index: str) -> str:
    used = index if index in plan.indexes else "MISSING " + index
    extra = [name for name in plan.indexes if name != index]
    extra += [f"Seq Scan on {table}" for table in plan.seq_scans]
    return used + (f" (+ {', '.join(extra)})" if extra else "")


# -- command line -------------------------------------------------------------------------


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `queries` subcommand."""
    parser = subparsers.add_parser(
        "queries",
        help="latency percentiles of the hot SQL queries on a seeded database",
        description="Run each hot repository query with realistic parameters through the "
        "bot's pool; report P50/P95/P99/max in ms and the index each plan uses. "
        "Exit code 1 when a plan does not use its index.",
    )
    add_database_arguments(parser)
    parser.add_argument(
        "--iterations", type=int, default=2_000, help="timed runs per query (default: 2000)"
    )
    parser.add_argument(
        "--concurrency", type=int, default=1, help="concurrent connections (default: 1)"
    )
    parser.add_argument(
        "--warmup", type=int, default=None, help="untimed runs first (default: a tenth)"
    )
    parser.add_argument("--seed", type=int, default=1, help="random seed (default: 1)")
    parser.add_argument("--json", type=Path, metavar="FILE", help="write the figures as JSON")
    parser.add_argument(
        "--analyze",
        action="store_true",
        help="print EXPLAIN (ANALYZE, BUFFERS) of each query's slowest parameters",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run `queries`; return the exit code."""
    try:
        with database_target(args.database_url, args.data_dir) as url:
            print(_HEADER, flush=True)
            report = asyncio.run(
                run_benchmark(
                    url,
                    iterations=args.iterations,
                    concurrency=args.concurrency,
                    warmup=args.warmup,
                    seed=args.seed,
                    analyze=args.analyze,
                    progress=_print_result,
                )
            )
    except (HealthbotError, ValueError, psycopg.Error) as exc:
        print(f"loadgen queries: {exc}", file=sys.stderr)
        return 1
    over = [r.name for r in report.results if r.p95_ms >= BUDGET_MS]
    print(
        f"{report.users:,} users, {report.history_rows:,} messages; {report.iterations} runs "
        f"per query at concurrency {report.concurrency}; P95 over {BUDGET_MS:g} ms: "
        f"{', '.join(over) if over else 'none'}"
    )
    if args.json:
        args.json.write_text(json.dumps(asdict(report), indent=2) + "\n")
        print(f"figures written to {args.json}")
    missing = [r.name for r in report.results if not r.uses_index]
    if missing:
        print(f"plans without their index: {', '.join(missing)}", file=sys.stderr)
        return 1
    return 0


if (
    __name__ == "__main__"
):  # `python -m loadgen.queries ...`, the same as `python -m loadgen queries`
    _parser = argparse.ArgumentParser(prog="loadgen")
    add_parser(_parser.add_subparsers())
    _args = _parser.parse_args(["queries", *sys.argv[1:]])
    sys.exit(_args.func(_args))
