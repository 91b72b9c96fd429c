"""Latency of the one-tap logs under load: /log alone (the recent foods) and /log <saved
name>, with /help as the floor, at 100 users thinking; and the plans of their queries.

Run: python bench/bench_shortcuts.py [--users 100] [--think 5-15] [--duration 120]
     [--warmup SECONDS] [--before CHECKOUT [--rounds N]] [--stages] [--daemon-log FILE]

The daemon (every registered feature) serves loadgen's fake Telegram on an embedded
PostgreSQL and Redis (flood limits off). Each user first logs through the bot
(registration), then gets 21 days of breakfasts, lunches and dinners through the entry
writer (`MealService.log`) and a saved meal ("usual breakfast"), from a daemon in a seeding
process; the load then runs against `healthbot run` in a process of its own (as loadgen's
--spawn-bot; --in-process seeds and measures a daemon in this process instead). Then every
user, at once, sends one of /log, /log usual breakfast or /help, waits for the reply,
thinks (a uniform pause), and again, for the duration; P50 and P95 from sending to the
reply are printed per command (the first half of the run left out as warm-up too), and the
CPU per reply of the daemon and of its PostgreSQL and Redis (the load's noise moves the
latencies more than the CPU a reply costs), then EXPLAIN ANALYZE of the recent foods'
query and of the saved meal's lookup for one user.

`--before CHECKOUT` runs the same load on that checkout's daemon first (its package first on
the path), then on this code's (`--rounds` alternates them more times): before and after in
the same run, on the same machine's load. Each side has a database of its own on the same
embedded server (and a Redis database of its own), migrated and seeded by that side's own
code (this file's seeding, run in a process with that checkout's package first on the
path, both sides at once), so a checkout without this code's newest migration is measured
as it is; then vacuumed, analyzed and checkpointed, so that the phase measured first does
not pay for the seeding's aftermath. `--stages` runs the daemon under `bench/stages.py`
and prints where each command's time goes, stage by stage (getUpdates, the inbox, the
claim, the handler, sendMessage), the event loop's stalls and the garbage collector's
pauses.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import islice
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql

# Only what every version of the code has: the seeding process imports this file with the
# measured checkout's package first on the path (the services it seeds through are imported
# where they are used).
from healthbot.embedded import EmbeddedPostgres, EmbeddedRedis
from loadgen.monitor import ProcessProbe, ServersProbe
from loadgen.runner import daemon_process
from loadgen.telegram import FakeTelegram

sys.path.append(str(Path(__file__).parent))
import stages  # bench/stages.py, beside this file

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
    if not ordered:  # a run too short for this command
        return 0.0, 0.0
    return ordered[len(ordered) // 2] * 1000, ordered[int(len(ordered) * 0.95)] * 1000


async def run(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory(prefix="hb-bench-shortcuts-") as folder:
        base = Path(folder)
        postgres = EmbeddedPostgres(base / "pg", database="postgres")
        redis = EmbeddedRedis(base / "redis")
        postgres.start()
        redis.start()
        try:
            if args.in_process:
                await in_process(args, base, postgres.url, redis.url)
                explained = postgres.url
            else:
                sides = versions(args.before, base, postgres.url, redis.url)
                await create_databases(postgres.url, sides)
                await asyncio.gather(*(seeded(side, args.users) for side in sides))
                await settle(sides)
                async with FakeTelegram(TOKEN) as fake:
                    fake.rate_limits = False
                    for user in range(FIRST, FIRST + args.users):
                        fake.add_user(user, first_name=f"U{user}")
                    bench = Bench(fake, args, base, _watch(fake))
                    for _ in range(args.rounds):
                        for side in sides:
                            await spawned(bench, side)
                explained = sides[-1].database_url  # this code's
            await explain(explained)
        finally:
            redis.stop()
            postgres.stop()


@dataclass(frozen=True, slots=True)
class Side:
    """One version of the code measured, with its own database, Redis database and data dir."""

    label: str
    env: dict[str, str]  # the daemon's (and its seeding's) extra environment
    database: str
    database_url: str
    redis_url: str
    data_dir: Path


def versions(before: Path | None, base: Path, postgres_url: str, redis_url: str) -> list[Side]:
    """Each version of the code measured: with `--before`, that checkout's first (its
    package first on the daemon's path), each on a database of its own."""
    labels: list[tuple[str, dict[str, str]]] = [("this code", {})]
    if before is not None:
        labels = [("before", {"PYTHONPATH": str(before.resolve())}), ("after", {})]
    sides = []
    for number, (label, env) in enumerate(labels):
        database = "bench_" + label.replace(" ", "_")
        sides.append(Side(
            label, env, database, postgres_url.replace("/postgres?", f"/{database}?"),
            f"{redis_url}?db={number + 1}", base / f"data-{database}",
        ))  # fmt: skip
    return sides


async def create_databases(url: str, sides: list[Side]) -> None:
    """An empty database for each side (its own code migrates it)."""
    async with await psycopg.AsyncConnection.connect(url, autocommit=True) as conn:
        for side in sides:
            await conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(side.database)))


async def settle(sides: list[Side]) -> None:
    """Vacuum and analyze each side's seeded tables, then checkpoint: the phase measured
    first (the before side's) would otherwise share the machine with the server's
    aftermath of the seeding (autovacuum of 12,600 new rows a side, a checkpoint)."""
    started = time.perf_counter()
    for side in sides:
        async with await psycopg.AsyncConnection.connect(side.database_url, autocommit=True) as c:
            await c.execute("VACUUM ANALYZE")
            await c.execute("CHECKPOINT")
    print(f"vacuumed, analyzed and checkpointed in {time.perf_counter() - started:.1f} s")


async def seeded(side: Side, users: int) -> None:
    """Seed the side's database with its own code: this file's `--seed-only`, in a process
    with that side's package first on the path."""
    started = time.perf_counter()
    argv = [
        sys.executable, __file__, "--seed-only", "--users", str(users),
        "--database-url", side.database_url, "--redis-url", side.redis_url,
        "--data-dir", str(side.data_dir),
    ]  # fmt: skip
    env = {**os.environ, **side.env}
    process = await asyncio.create_subprocess_exec(
        *argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    out, _ = await process.communicate()
    if process.returncode != 0:
        raise SystemExit(f"seeding {side.label} failed:\n{out.decode(errors='replace')}")
    print(f"[{side.label}] seeded {users} users x {DAYS * len(MEALS)} entries in "
          f"{time.perf_counter() - started:.0f} s")  # fmt: skip


async def seed_only(args: argparse.Namespace) -> None:
    """`--seed-only`: migrate and seed one database with the code on this process's path,
    through a daemon in this process on a fake Telegram of its own."""
    from healthbot.app import App
    from healthbot.config import load_settings
    from healthbot.meals import MealService, MealShortcuts

    async with FakeTelegram(TOKEN) as fake:
        fake.rate_limits = False
        settings = load_settings(None, environ=_environ(fake, args.data_dir, args.database_url,
                                                         args.redis_url))  # fmt: skip
        async with App(settings, TOKEN) as app, app.serving():
            meals = app.dependencies.get(MealService)
            await seed(fake, meals, app.dependencies.get(MealShortcuts), args.users)


def _environ(
    fake: FakeTelegram, data_dir: Path, database_url: str, redis_url: str
) -> dict[str, str]:
    return {
        "HEALTHBOT_DATA_DIR": str(data_dir),
        "HEALTHBOT_TELEGRAM__API_BASE": fake.base_url,
        "HEALTHBOT_TELEGRAM__POLL_TIMEOUT": "1",
        "HEALTHBOT_DATABASE__URL": database_url,
        "HEALTHBOT_REDIS__URL": redis_url,
        "HEALTHBOT_METRICS__PORT": "0",
    }


async def in_process(
    args: argparse.Namespace, base: Path, database_url: str, redis_url: str
) -> None:
    """`--in-process`: seed and measure a daemon of this process (this code)."""
    from healthbot.app import App
    from healthbot.config import load_settings
    from healthbot.meals import MealService, MealShortcuts

    async with FakeTelegram(TOKEN) as fake:
        fake.rate_limits = False
        bench = Bench(fake, args, base, _watch(fake))
        settings = load_settings(None, environ=_environ(fake, base / "data", database_url,
                                                         redis_url))  # fmt: skip
        async with App(settings, TOKEN) as app, app.serving():
            meals = app.dependencies.get(MealService)
            await seed(fake, meals, app.dependencies.get(MealShortcuts), args.users)
            await measure(bench, "in process", None)


@dataclass(frozen=True, slots=True)
class Bench:
    """What every phase of a run shares."""

    fake: FakeTelegram
    args: argparse.Namespace
    base: Path  # the run's folder
    answered: dict[int, float]  # update id -> when getUpdates first handed it out


async def spawned(bench: Bench, side: Side) -> None:
    """One phase: a new daemon of the side's code in a process of its own, on the side's
    database, measured."""
    args, base, label = bench.args, bench.base, side.label
    out = base / f"stages-{label.replace(' ', '-')}-{time.monotonic_ns()}.json"
    bot = daemon_process(
        api_base=bench.fake.base_url, token=TOKEN, data_dir=side.data_dir, metrics_port=0,
        log_path=base / "daemon.log", database_url=side.database_url,
        redis_url=side.redis_url, pacing=False,
        extra_env={**side.env, "HB_STAGES_OUT": str(out)} if args.stages else side.env,
    )  # fmt: skip
    if args.stages:  # the same daemon, its pipeline's steps timed (bench/stages.py)
        bot.argv = [sys.executable, str(Path(__file__).with_name("stages.py")), "run"]
    await bot.start(bench.fake)
    try:
        if args.warmup > 0:  # the daemon's start-up work done, its caches and plans warm
            await load(bench, args.warmup, {command: [] for command in COMMANDS})
        assert bot.pid is not None  # started
        daemon, servers = ProcessProbe(bot.pid), ServersProbe(base)
        cpu, before = daemon.cpu_seconds() or 0.0, servers.readings()
        replies, traced = await measure(bench, label, out if args.stages else None)
        spent = (daemon.cpu_seconds() or 0.0) - cpu
        served = ServersProbe.spent(before, servers.readings())
        print(
            f"CPU per reply: the daemon {spent / replies * 1000:.2f} ms, the database and "
            f"Redis {served / replies * 1000:.2f} ms ({replies} replies)"
        )
    finally:
        await bot.stop()
        if args.daemon_log is not None:
            shutil.copyfile(base / "daemon.log", args.daemon_log)
    if traced is not None:
        traced()


async def ask(fake: FakeTelegram, user: int, text: str) -> Asked:
    """Send the text; when it was sent, its update and when the reply came (what follows the
    reply is drained)."""
    start = time.monotonic()
    update_id = fake.send_text(user, text)
    reply = (await fake.wait_for_messages(user, 1, timeout=60))[0]
    seen = time.monotonic()
    await asyncio.sleep(0.05)  # what a message sends after its reply (XP, a level)
    await fake.wait_for_messages(user, 0, timeout=0)
    return Asked(update_id, start, reply.at, seen)


@dataclass(frozen=True, slots=True)
class Asked:
    """One message and its reply (monotonic times; the fake stamps its messages so too)."""

    update_id: int
    sent: float
    reply: float  # when the fake accepted the sendMessage
    seen: float  # when the user's wait ended

    @property
    def elapsed(self) -> float:
        return self.seen - self.sent


def _watch(fake: FakeTelegram) -> dict[int, float]:
    """When getUpdates first handed out each update, by id (the fake's `_take`, wrapped)."""
    answered: dict[int, float] = {}
    take = fake._take

    def timed_take(limit: int) -> Any:
        now = time.monotonic()
        for update in islice(fake._updates, limit):
            answered.setdefault(update.update_id, now)
        return take(limit)

    fake._take = timed_take  # type: ignore[method-assign]
    return answered


async def seed(fake: FakeTelegram, meals: Any, shortcuts: Any, users: int) -> None:
    """Register the users, log their weeks of meals (`meals`: a MealService) and save each a
    meal (`shortcuts`: MealShortcuts), with the code on this process's path."""
    try:
        from healthbot.when import Meal
    except ModuleNotFoundError:  # a tree from before 9cd8972 (--before), where it was meals'
        from healthbot.meals.when import Meal  # type: ignore[no-redef]

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


async def load(bench: Bench, seconds: float, samples: dict[str, list[Asked]]) -> None:
    """Every user, at once, sends one of `COMMANDS`, waits for the reply, thinks, and again,
    for `seconds`; each message and its reply is added to `samples`, by command."""
    fake, think = bench.fake, bench.args.think
    end = time.monotonic() + seconds

    async def user_loop(user: int) -> None:
        rng = random.Random(user)  # noqa: S311 - a repeatable mix
        await asyncio.sleep(rng.uniform(0, think[1]))  # users arrive spread out
        while time.monotonic() < end:
            command = rng.choice(COMMANDS)
            samples[command].append(await ask(fake, user, command))
            await asyncio.sleep(rng.uniform(*think))

    await asyncio.gather(*(user_loop(user) for user in range(FIRST, FIRST + bench.args.users)))


async def measure(
    bench: Bench, label: str, stages_out: Path | None
) -> tuple[int, Callable[[], None] | None]:
    """Run the users for the duration and print the latencies; return how many replies came
    and, with `--stages`, what prints the break-down once the daemon has written its stage
    times (at its stop)."""
    args, answered = bench.args, bench.answered
    users, think, duration = args.users, args.think, args.duration
    samples: dict[str, list[Asked]] = {command: [] for command in COMMANDS}
    start = time.monotonic()
    await load(bench, duration, samples)
    print(f"\n[{label}] {users} users thinking {think[0]:g}-{think[1]:g} s for {duration:g} s")
    for command, asked in samples.items():
        every = [one.elapsed for one in asked]
        later = [one.elapsed for one in asked if one.sent - start >= duration / 2]
        p50, p95 = _percentiles(every)
        h50, h95 = _percentiles(later) if later else (0.0, 0.0)
        print(f"{command:<22} n={len(every):4d}  P50 {p50:6.1f} ms  P95 {p95:6.1f} ms"
              f"   second half: P50 {h50:6.1f} ms  P95 {h95:6.1f} ms")  # fmt: skip
    replies = sum(len(asked) for asked in samples.values())
    if stages_out is None:
        return replies, None

    def print_stages() -> None:
        data = json.loads(stages_out.read_text())
        times, spent = data["times"], data["spent"]
        for command, asked in samples.items():
            for name, since in (("all", 0.0), ("second half", duration / 2)):
                rows, sums = [], []
                for one in asked:
                    if one.sent - start < since:
                        continue
                    stamps = dict(times.get(str(one.update_id), {}))
                    if one.update_id in answered:
                        stamps["answered"] = answered[one.update_id]
                    stamps["reply"], stamps["seen"] = one.reply, one.seen
                    rows.append(stages.breakdown(stamps, one.sent))
                    sums.append(spent.get(str(one.update_id), {}))
                print(stages.report(rows, sums, f"[{label}] {command}, {name}"))
        print(stages.lag_report([(at, lag) for at, lag in data["lags"]], start, duration))
        if args.lag_timeline:
            print(stages.lag_timeline([(at, lag) for at, lag in data["lags"]], start))
        for at, generation, seconds in data.get("gc", []):
            print(
                f"  gc of generation {generation} at {at - start:6.1f} s: {seconds * 1000:.1f} ms"
            )
        for stack, seconds in data.get("stalls", [])[: args.stall_stacks]:
            print(f"  stalled {seconds:6.3f} s: {stack}")

    return replies, print_stages


async def explain(url: str) -> None:
    """The plans of the two reads, for one seeded user."""
    from healthbot.meals.recents import RECENT_QUERY

    params = {"user_id": FIRST + 1, "limit": 6, "since": datetime.now(UTC) - timedelta(days=60)}
    async with await psycopg.AsyncConnection.connect(url, autocommit=True) as conn:
        await conn.execute("ANALYZE")
        for name, query, args in (
            ("recent foods", RECENT_QUERY, params),
            ("saved meal by name",
             "SELECT id, name, items, kcal FROM saved_meals"
             " WHERE user_id = %(user_id)s AND lower(name) = %(key)s",
             {"user_id": FIRST + 1, "key": "usual breakfast"}),
        ):  # fmt: skip
            await conn.execute("EXPLAIN (ANALYZE, COSTS OFF) " + query, args)  # warm
            cursor = await conn.execute("EXPLAIN (ANALYZE, COSTS OFF) " + query, args)
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
    parser.add_argument(
        "--before", type=Path, default=None, metavar="CHECKOUT",
        help="also run the load on the daemon of another checkout (e.g. a git worktree at an "
        "earlier commit), just before this code's: before and after in the same run",
    )  # fmt: skip
    parser.add_argument(
        "--warmup", type=float, default=0.0, metavar="SECONDS",
        help="run the same load this long on each new daemon first, not measured (its "
        "start-up work, such as loading the memory model, and its cold caches and plans left "
        "out: the steady state of a daemon that has run a while)",
    )  # fmt: skip
    parser.add_argument("--rounds", type=int, default=1,
                        help="with --before: alternate the two this many times")  # fmt: skip
    parser.add_argument(
        "--stages", action="store_true",
        help="time each update's way through the pipeline (bench/stages.py) and print it",
    )  # fmt: skip
    # The seeding process's (`seeded`): one side's database, seeded by the code on its path.
    parser.add_argument("--seed-only", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--database-url", help=argparse.SUPPRESS)
    parser.add_argument("--redis-url", help=argparse.SUPPRESS)
    parser.add_argument("--data-dir", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--daemon-log", type=Path, default=None,
                        help="copy the spawned daemon's log here")  # fmt: skip
    parser.add_argument(
        "--lag-timeline",
        action="store_true",
        help="with --stages: the loop's stalls every 2 s of the run",
    )
    parser.add_argument("--stall-stacks", type=int, default=12,
                        help="with --stages: the loop's stalls, how many places")  # fmt: skip
    args = parser.parse_args()
    low, _, high = args.think.partition("-")
    args.think = (float(low), float(high or low))
    asyncio.run(seed_only(args) if args.seed_only else run(args))


if __name__ == "__main__":
    main()
