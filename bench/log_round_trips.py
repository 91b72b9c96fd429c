"""What one /log costs the database: statements, commits and round trips, counted in the
client (psycopg's cursor, transaction and pipeline, wrapped here, never in product code).

Run: python bench/log_round_trips.py [--logs 20] [--show]

The daemon (every registered feature, its inbox and reply ledger) serves loadgen's fake
Telegram in this process on an embedded PostgreSQL and Redis. Each user logs once to warm
up (registration, the food table, their XP row), then sends /log phrases of the task mix one
at a time; from each send until its replies are in and the inbox's writer has flushed, every
statement is counted: round trips (a statement, a BEGIN, a COMMIT alone, or a pipeline's
sync), commits (a transaction's, or a statement's outside one) and user-record reads
(`users.get` calls, through the user-profile cache: the ones it loads show as SELECTs). The
background jobs (reminders, retention) add a statement now and then: medians are shown.
`--show` lists the statements of one /log.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg
from psycopg import pq

from healthbot.app import App
from healthbot.cache.decorator import BoundCachedMethod
from healthbot.config import load_settings
from healthbot.embedded import EmbeddedPostgres, EmbeddedRedis
from healthbot.users import USER_PROFILE
from loadgen.telegram import FakeTelegram
from loadgen.users import PhraseBook, TaskKind

TOKEN = "123456:bench-log-round-trips"  # noqa: S105 - the fake's token, not a secret
USERS = 10


@dataclass
class Tally:
    """What the wrapped psycopg calls saw."""

    statements: list[str] = field(default_factory=list)
    round_trips: int = 0
    commits: int = 0
    writes: int = 0
    """Commits that wrote (an autocommit SELECT's does not wait for the disk)."""
    user_reads: int = 0

    def reset(self) -> None:
        self.statements.clear()
        self.round_trips = self.commits = self.writes = self.user_reads = 0


TALLY = Tally()


def _in_pipeline(conn: Any) -> bool:
    return getattr(conn, "_pipeline", None) is not None


def _idle(conn: Any) -> bool:
    return bool(conn.info.transaction_status == pq.TransactionStatus.IDLE)


def instrument() -> None:
    """Wrap psycopg's async cursor, transaction and pipeline, and the user lookup."""
    cursor_execute = psycopg.AsyncCursor.execute
    cursor_executemany = psycopg.AsyncCursor.executemany

    async def execute(self: Any, query: Any, params: Any = None, **kwargs: Any) -> Any:
        text = query if isinstance(query, str) else str(getattr(query, "_obj", query))
        TALLY.statements.append(" ".join(text.split())[:90])
        TALLY.commits += text.strip().upper() == "COMMIT"
        TALLY.writes += text.strip().upper() == "COMMIT"
        if not _in_pipeline(self.connection):
            TALLY.round_trips += 1
            # autocommit: a commit of its own (not a BEGIN, not a COMMIT counted above)
            TALLY.commits += _idle(self.connection) and text.strip().upper() not in (
                "BEGIN",
                "COMMIT",
            )
        return await cursor_execute(self, query, params, **kwargs)

    async def executemany(self: Any, query: Any, params_seq: Any, **kwargs: Any) -> Any:
        text = query if isinstance(query, str) else str(getattr(query, "_obj", query))
        TALLY.statements.append("(many) " + " ".join(text.split())[:83])
        if not _in_pipeline(self.connection):
            TALLY.round_trips += 1  # psycopg pipelines executemany itself
            TALLY.commits += _idle(self.connection)
            TALLY.writes += _idle(self.connection)
        return await cursor_executemany(self, query, params_seq, **kwargs)

    psycopg.AsyncCursor.execute = execute  # type: ignore[method-assign,assignment]
    psycopg.AsyncCursor.executemany = executemany  # type: ignore[method-assign,assignment]

    enter, leave = psycopg.AsyncTransaction.__aenter__, psycopg.AsyncTransaction.__aexit__

    async def transaction_enter(self: Any) -> Any:
        outer = not _in_pipeline(self._conn)
        TALLY.round_trips += outer  # BEGIN (queued in a pipeline)
        TALLY.statements.append("BEGIN")
        return await enter(self)

    async def transaction_exit(self: Any, *exc: Any) -> Any:
        TALLY.round_trips += not _in_pipeline(self._conn)
        TALLY.commits += exc[0] is None
        TALLY.writes += exc[0] is None
        TALLY.statements.append("COMMIT" if exc[0] is None else "ROLLBACK")
        return await leave(self, *exc)

    psycopg.AsyncTransaction.__aenter__ = transaction_enter  # type: ignore[method-assign]
    psycopg.AsyncTransaction.__aexit__ = transaction_exit  # type: ignore[method-assign]

    instrument_pipeline()

    call: Callable[..., Any] = BoundCachedMethod.__call__

    async def counted_call(self: Any, *args: Any, **kwargs: Any) -> Any:
        TALLY.user_reads += self._method.namespace is USER_PROFILE
        return await call(self, *args, **kwargs)

    BoundCachedMethod.__call__ = counted_call  # type: ignore[method-assign]


def instrument_pipeline() -> None:
    """Wrap psycopg's async pipeline: its syncs are round trips, and one without a BEGIN is
    a commit."""
    sync = psycopg.AsyncPipeline.sync
    pipe_exit = psycopg.AsyncPipeline.__aexit__

    async def counted_sync(self: Any) -> None:
        TALLY.round_trips += 1
        TALLY.statements.append("(pipeline sync)")
        await sync(self)

    async def counted_exit(self: Any, *exc: Any) -> Any:
        TALLY.round_trips += 1
        # No BEGIN in it (autocommit): what it sent is one implicit transaction, committed
        # at its Sync (`Database.pipelined`), a write.
        marks = [n for n, text in enumerate(TALLY.statements) if text == "(pipeline)"]
        begun = "BEGIN" in TALLY.statements[marks[-1] if marks else 0 :]
        TALLY.commits += not begun and exc[0] is None
        TALLY.writes += not begun and exc[0] is None
        TALLY.statements.append("(pipeline end)")
        return await pipe_exit(self, *exc)

    pipe_enter = psycopg.AsyncPipeline.__aenter__

    async def counted_enter(self: Any) -> Any:
        TALLY.statements.append("(pipeline)")
        return await pipe_enter(self)

    psycopg.AsyncPipeline.__aenter__ = counted_enter  # type: ignore[method-assign]
    psycopg.AsyncPipeline.sync = counted_sync  # type: ignore[method-assign]
    psycopg.AsyncPipeline.__aexit__ = counted_exit  # type: ignore[method-assign]


async def run(logs: int, show: bool) -> None:
    with tempfile.TemporaryDirectory(prefix="hb-bench-log-") as folder:
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
                        "HEALTHBOT_MEMORY__ENABLED": "false",
                    },
                )
                async with App(settings, TOKEN) as app, app.serving():
                    await measure(fake, logs, show)
        finally:
            redis.stop()
            postgres.stop()


async def measure(fake: FakeTelegram, logs: int, show: bool) -> None:
    book, rng = PhraseBook(seed=5, typo_rate=0.0), random.Random(2)  # noqa: S311
    texts = [book.pick(TaskKind.LOG, rng) for _ in range(logs)]
    for user in range(1, USERS + 1):
        fake.add_user(user, first_name=f"U{user}", language_code="en")

    async def one(user: int, text: str) -> tuple[int, int, int, int, int, list[str]]:
        await asyncio.sleep(0.3)  # the last one's writes are flushed
        TALLY.reset()
        fake.send_text(user, text)
        await fake.wait_for_messages(user, 1, timeout=60)
        await asyncio.sleep(0.3)  # what follows the reply: XP, the ledger, the inbox's marks
        await fake.wait_for_messages(user, 0, timeout=0)
        marks = sum(text.startswith("(pipeline") for text in TALLY.statements)
        return (len(TALLY.statements) - marks, TALLY.round_trips, TALLY.commits,
                TALLY.writes, TALLY.user_reads, list(TALLY.statements))  # fmt: skip

    for user in range(1, USERS + 1):  # warm: registration, the food table, the XP row
        await one(user, "/log 2 eggs")
    results = [await one(1 + i % USERS, text) for i, text in enumerate(texts)]
    statements, trips, commits, writes, reads = (
        [result[k] for result in results] for k in range(5)
    )  # fmt: skip
    print(f"{logs} /log (one at a time, after a warm-up /log per user): per /log, median "
          f"(min-max)")  # fmt: skip
    for name, values in (("statements", statements), ("round trips", trips),
                         ("commits", commits), ("of them writes", writes),
                         ("user-record reads", reads)):  # fmt: skip
        print(f"  {name:<18} {statistics.median(values):5.1f} ({min(values)}-{max(values)})")
    if show:
        typical = min(results, key=lambda result: abs(result[1] - statistics.median(trips)))
        print(f"\nthe statements of one /log ({texts[results.index(typical)]!r}):")
        for statement in typical[5]:
            print(f"  {statement}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--logs", type=int, default=20)
    parser.add_argument("--show", action="store_true", help="list one /log's statements")
    args = parser.parse_args()
    instrument()
    asyncio.run(run(args.logs, args.show))


if __name__ == "__main__":
    main()
