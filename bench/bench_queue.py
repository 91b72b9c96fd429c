"""Benchmark: per-chat ordered work from the inbox across worker processes, our chat claims
against procrastinate (a PostgreSQL job queue whose jobs sharing a `lock` run one at a time,
in order).

Run: python bench/bench_queue.py [--systems inbox procrastinate] [--chats 100] [--updates 10]
                                 [--workers 3] [--handler-ms 5] [--rate 100]
                                 [--phases burst paced crash] [--coach]

procrastinate is not a dependency of healthbot. To measure it, install it outside the
project's environment and put it on the path of this run only, for example:

    .venv/bin/pip install --target /tmp/procrastinate-deps --no-deps procrastinate croniter asgiref
    PYTHONPATH=/tmp/procrastinate-deps .venv/bin/python bench/bench_queue.py

(its other dependencies, psycopg and psycopg_pool among them, are healthbot's own). Without
it the procrastinate half is skipped, and the run says so.

One PostgreSQL from `healthbot servers`; `--workers` worker processes; the producer (this
process) stands for the poller: it stores updates in the inbox as getUpdates batches, the
way the poller does (`InboxRepository.store`). Every update goes through the same handler,
fed to an aiogram dispatcher: it waits `--handler-ms` (the handler's own I/O) and records
that it ran (a row in `bench_handled`, with the database's clock). The two systems:

- inbox: our daemons' path, `healthbot/telegram/claims.py` and `lanes.py` (a worker claims
  a chat with a session advisory lock, loads its waiting updates in order, marks them done in
  batches), each worker at most 20 chats at once; a worker looks every 0.25 s (the default:
  here no worker is the poller, whose own worker is woken at once).
- procrastinate: the producer also defers one job per update (`lock` = the chat: one job of
  a chat at a time, in order; a `queueing_lock` would refuse a chat's second waiting update),
  in one statement per batch; the job reads its update from the inbox, feeds it and marks it
  done the same way; each worker runs 20 jobs at once, woken by LISTEN/NOTIFY. A killed
  worker's jobs stay `doing` (and their chats blocked by the lock) until someone retries
  them: each worker retries every second the jobs of workers without a heartbeat for
  `STALLED_SECONDS` (procrastinate's recipe; its defaults are a heartbeat every 10 s and 30 s).

Three phases per system, each on fresh workers and empty tables:
- burst: every update stored at once; throughput = updates / (last handled - first stored);
- paced: each chat sends its updates one per `chats / rate` seconds (`--rate` updates/s in
  all, chats staggered); latency P50/P95/max from storing to handling;
- crash: a burst, and one worker killed -9 0.5 s into it (every worker has work in hand):
  updates lost (never handled), doubled (handled twice: a handler that ran, and ran
  again because its done mark or job state had not been written), and the recovery: how
  long chats paused across the kill (the dead worker's until another takes them on).
`--coach` measures instead how our claims share the coach's load (the issue's point that a
daemon claimed more chats than it answers at once): inbox workers at the daemon's default of
64 chats, the handler (`--handler-ms`, the model's time) in one of 20 turns as the coach's
answers are, each chat sending its next update once the last was handled; "blind": the
claims are not told of the turns (as before `healthbot/turns.py`), "aware": they are. CPU
is a few ms per update, so the machine's load hardly shows in it. For example:
`--coach --chats 90 --handler-ms 2000` (at most 3 x 20 / 2 s = 30/s).

Every phase checks per-chat order (a chat's updates first handled in order). CPU: the
workers' (psutil), and PostgreSQL's (the servers' process tree), per update.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import signal
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psutil
import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from asyncio.subprocess import Process

from aiogram import Bot, Dispatcher, Router
from aiogram.types import Message, Update

from healthbot.db import Database
from healthbot.servers import DATABASE_VARIABLE
from healthbot.telegram.claims import Claims
from healthbot.telegram.inbox import InboxRepository, StoreResult, prepare
from healthbot.telegram.lane_state import LaneLimits
from healthbot.telegram.lanes import Lanes
from healthbot.telegram.ledger import LedgerRepository
from healthbot.telegram.writer import InboxWriter
from healthbot.turns import Turns
from tests.support.fleet import servers

TOKEN = "123456:bench-queue"  # noqa: S105 (the fake bot of this bench: nothing is called)
CONCURRENCY = 20  # chats (inbox) or jobs (procrastinate) at once per worker
# procrastinate's workers are woken by NOTIFY when a job is deferred, but not when a job of
# the same lock finishes: a chat's next job waits for the next poll (5 s by default), here
# as often as our claims look.
POLL_SECONDS = 0.25
HEARTBEAT_SECONDS = 1.0
CRASH_AFTER_SECONDS = 0.5  # into the crash phase's burst: every worker has work in hand
COACH_CHATS = 64  # telegram.max_concurrent_updates by default
STALLED_SECONDS = 5.0
HANDLED_SQL = (
    "CREATE TABLE IF NOT EXISTS bench_handled (seq bigserial, update_id bigint NOT NULL,"
    " chat_id bigint NOT NULL, worker text NOT NULL,"
    " handled_at timestamptz NOT NULL DEFAULT clock_timestamp())"
)


def has_procrastinate() -> bool:
    try:
        import procrastinate  # noqa: F401
    except ImportError:
        return False
    return True


# --- the workers (`python bench/bench_queue.py worker SYSTEM URL NAME HANDLER_MS`) ------------


def dispatcher_for(
    db: Database, name: str, handler_seconds: float, turns: Turns | None = None
) -> Dispatcher:
    """The one handler both systems run: its own I/O (in one of `turns`, like the coach's
    answers), then a record that it ran."""
    router = Router()

    @router.message()
    async def handle(message: Message) -> None:
        if turns is None:
            await asyncio.sleep(handler_seconds)
        else:
            async with turns.turn():
                await asyncio.sleep(handler_seconds)
        async with db.pool.connection() as conn:
            await conn.execute(
                "INSERT INTO bench_handled (update_id, chat_id, worker) VALUES (%s, %s, %s)",
                (message.message_id, message.chat.id, name),
            )

    dispatcher = Dispatcher()
    dispatcher.include_router(router)
    return dispatcher


async def inbox_worker(
    url: str, name: str, handler_seconds: float, stop: asyncio.Event, system: str = "inbox"
) -> None:
    """Our claims and lanes; "blind" and "aware": the coach's case, at the daemon's default
    of 64 chats, the handler in one of 20 turns, the claims not told of them, or told."""
    chats = CONCURRENCY if system == "inbox" else COACH_CHATS
    turns = None if system == "inbox" else Turns("coach", CONCURRENCY)
    db = await Database.open(url, min_size=2, max_size=CONCURRENCY + 2)
    bot = Bot(TOKEN)
    inbox = InboxRepository(db)
    writer = InboxWriter(inbox)
    limits = LaneLimits(max_active_chats=chats)
    dispatcher = dispatcher_for(db, name, handler_seconds, turns)
    lanes = Lanes(bot, dispatcher, inbox, writer, LedgerRepository(db), limits=limits)
    lanes.stop_when(stop)
    told = (turns,) if turns is not None and system == "aware" else ()
    claims = Claims(db.session_conninfo, lanes, writer, max_chats=chats, turns=told)
    writer.start()
    claiming = asyncio.create_task(claims.run(stop))
    await claims.connected.wait()
    print("ready", flush=True)
    await stop.wait()
    await claiming
    await lanes.drain(asyncio.get_running_loop().time())
    await writer.close()
    await claims.close()
    await db.close()


def procrastinate_app(url: str) -> Any:
    import procrastinate

    logging.getLogger("procrastinate").setLevel(logging.ERROR)  # its notes on every start
    connector = procrastinate.PsycopgConnector(conninfo=url, min_size=2, max_size=CONCURRENCY + 4)
    return procrastinate.App(connector=connector)


async def procrastinate_worker(
    url: str, name: str, handler_seconds: float, stop: asyncio.Event
) -> None:
    db = await Database.open(url, min_size=2, max_size=CONCURRENCY + 2)
    bot = Bot(TOKEN)
    writer = InboxWriter(InboxRepository(db))
    dispatcher = dispatcher_for(db, name, handler_seconds)
    app = procrastinate_app(url)

    @app.task(name="handle")
    async def handle(update_id: int) -> None:
        async with db.pool.connection() as conn:
            cur = await conn.execute(
                "SELECT payload::text FROM update_inbox WHERE update_id = %s", (update_id,)
            )
            row = await cur.fetchone()
        assert row is not None
        update = Update.model_validate_json(row[0], context={"bot": bot})
        writer.started(update_id)
        await dispatcher.feed_update(bot, update)
        writer.done(update_id)

    async def retry_stalled() -> None:
        while not stop.is_set():
            for job in await app.job_manager.get_stalled_jobs(
                seconds_since_heartbeat=STALLED_SECONDS
            ):
                await app.job_manager.retry_job(job)
            await asyncio.sleep(1.0)

    writer.start()
    async with app.open_async():
        working = asyncio.create_task(
            app.run_worker_async(
                concurrency=CONCURRENCY, install_signal_handlers=False, wait=True,
                update_heartbeat_interval=HEARTBEAT_SECONDS,
                fetch_job_polling_interval=POLL_SECONDS,
                stalled_worker_timeout=STALLED_SECONDS, delete_jobs="never",
            )
        )  # fmt: skip
        retrying = asyncio.create_task(retry_stalled())
        print("ready", flush=True)
        await stop.wait()
        working.cancel()  # procrastinate's graceful stop: the jobs in hand finish
        await asyncio.gather(working, retrying, return_exceptions=True)
    await writer.close()
    await db.close()


def worker_main(system: str, url: str, name: str, handler_ms: float) -> None:
    async def main() -> None:
        stop = asyncio.Event()
        asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
        if system == "procrastinate":
            await procrastinate_worker(url, name, handler_ms / 1000, stop)
        else:
            await inbox_worker(url, name, handler_ms / 1000, stop, system)

    asyncio.run(main())


# --- the producer and the measures ------------------------------------------------------------


@dataclass
class Phase:
    """One phase's workload and what became of it."""

    name: str
    sends: list[tuple[float, int, int]]  # (seconds from the start, chat, update id)
    kill_at: float | None = None
    closed: bool = False  # a chat sends its next update once the last one was handled
    lines: list[str] = field(default_factory=list)


def workload(name: str, chats: int, updates: int, rate: float, first_id: int) -> Phase:
    """`updates` per chat; all at once (`rate` 0), or each chat one per `chats / rate` s."""
    period = chats / rate if rate else 0.0
    sends = []
    for k in range(updates):
        for c in range(chats):
            offset = period * (k + c / chats) if rate else 0.0
            sends.append((offset, 7_000_000 + c, first_id + k * chats + c))
    sends.sort()
    return Phase(name, sends)


def update_of(chat: int, update_id: int) -> Update:
    return Update.model_validate(
        {
            "update_id": update_id,
            "message": {
                "message_id": update_id, "date": int(time.time()), "text": f"m{update_id}",
                "chat": {"id": chat, "type": "private"},
                "from": {"id": chat, "is_bot": False, "first_name": "U"},
            },
        }
    )  # fmt: skip


class Producer:
    """Stores updates as the poller does (and defers their jobs, for procrastinate)."""

    def __init__(self, db: Database, app: Any) -> None:
        self.db = db
        self.inbox = InboxRepository(db)
        self.app = app
        self.bot = Bot(TOKEN)

    async def send(self, batch: list[tuple[int, int]]) -> None:
        incoming = [prepare(update_of(chat, uid), self.bot) for chat, uid in batch]
        await self.inbox.store(incoming, StoreResult())
        if self.app is not None:
            task = self.app.tasks["handle"]
            jobs = [
                task.configure(lock=f"chat:{chat}").make_new_job(update_id=uid)
                for chat, uid in batch
            ]
            await self.app.job_manager.batch_defer_jobs_async(jobs)


async def produce(producer: Producer, phase: Phase, kill: Callable[[], Awaitable[None]]) -> None:
    """Send the phase's updates on schedule, in batches of what is due (at most 100), and
    kill a worker at `kill_at`."""
    if phase.kill_at is not None:
        killing = asyncio.create_task(kill_after(phase.kill_at, kill))
    start = time.monotonic()
    pending = list(phase.sends)
    while pending:
        now = time.monotonic() - start
        due = [s for s in pending[:100] if s[0] <= now]
        if due:
            del pending[: len(due)]
            await producer.send([(chat, uid) for _, chat, uid in due])
        else:
            await asyncio.sleep(min(0.01, max(0.0, pending[0][0] - now)))
    if phase.kill_at is not None:
        await killing


async def kill_after(seconds: float, kill: Callable[[], Awaitable[None]]) -> None:
    await asyncio.sleep(seconds)
    await kill()


async def closed_loop(producer: Producer, url: str, phase: Phase) -> None:
    """Each chat sends its updates one at a time, the next once the last one was handled
    (users waiting for the coach's answer), read from `bench_handled` every 50 ms."""
    queues: dict[int, list[int]] = {}
    for _, chat, uid in phase.sends:
        queues.setdefault(chat, []).append(uid)
    waiting = {queue.pop(0): chat for chat, queue in queues.items()}
    await producer.send([(chat, uid) for uid, chat in waiting.items()])
    deadline = time.monotonic() + 600
    while waiting and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
        rows = await fetch(
            url, "SELECT DISTINCT update_id FROM bench_handled WHERE update_id = ANY(%s)",
            list(waiting),
        )  # fmt: skip
        batch = []
        for (uid,) in rows:
            chat = waiting.pop(uid)
            if queues[chat]:
                batch.append((chat, queues[chat].pop(0)))
        if batch:
            waiting.update({uid: chat for chat, uid in batch})
            await producer.send(batch)


async def fetch(url: str, query: str, *args: object) -> list[tuple[Any, ...]]:
    async with await psycopg.AsyncConnection.connect(url, autocommit=True) as conn:
        cur = await conn.execute(query, args or None)
        return await cur.fetchall() if cur.description is not None else []


def cpu_of(processes: list[psutil.Process]) -> float:
    total = 0.0
    for process in processes:
        try:
            times = process.cpu_times()
        except psutil.NoSuchProcess:
            continue
        total += times.user + times.system + times.children_user + times.children_system
    return total


def tree(pid: int) -> list[psutil.Process]:
    root = psutil.Process(pid)
    return [root, *root.children(recursive=True)]


async def start_workers(system: str, url: str, args: Any) -> list[Process]:
    """Empty tables, and `--workers` fresh worker processes, ready."""
    await fetch(url, "TRUNCATE bench_handled, update_inbox CASCADE")
    if system == "procrastinate":
        await fetch(url, "TRUNCATE procrastinate_jobs CASCADE")
        await fetch(url, "DELETE FROM procrastinate_workers")
    workers = []
    for n in range(args.workers):
        process = await asyncio.create_subprocess_exec(
            sys.executable, __file__, "worker", system, url, f"w{n}", str(args.handler_ms),
            stdout=asyncio.subprocess.PIPE,
        )  # fmt: skip
        workers.append(process)
    for process in workers:
        assert process.stdout is not None
        async with asyncio.timeout(180):  # a loaded machine starts Python slowly
            assert (await process.stdout.readline()).strip() == b"ready"
    return workers


async def stop_workers(workers: list[Process]) -> None:
    for process in workers:
        if process.returncode is None:
            process.send_signal(signal.SIGTERM)
    for process in workers:
        try:
            await asyncio.wait_for(process.wait(), 30)
        except TimeoutError:
            process.kill()
            await process.wait()


async def run_phase(system: str, url: str, servers_pid: int, phase: Phase, args: Any) -> None:
    workers = await start_workers(system, url, args)
    db = await Database.open(url, min_size=1, max_size=4)
    app = procrastinate_app(url) if system == "procrastinate" else None
    if app is not None:
        app.task(name="handle")(_job_stub)
        await app.open_async()
    watched = [psutil.Process(p.pid) for p in workers]
    database = tree(servers_pid)
    cpu_workers, cpu_db = cpu_of(watched), cpu_of(database)
    killed: list[float] = []

    async def kill() -> None:
        rows = await fetch(url, "SELECT extract(epoch FROM clock_timestamp())")
        killed.append(float(rows[0][0]))
        nonlocal cpu_workers
        cpu_workers -= cpu_of(watched[:1])  # its CPU so far leaves the sum with it
        workers[0].kill()
        await workers[0].wait()

    expected = len(phase.sends)
    try:
        if phase.closed:
            await closed_loop(Producer(db, app), url, phase)
        else:
            await produce(Producer(db, app), phase, kill)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            rows = await fetch(url, "SELECT count(DISTINCT update_id) FROM bench_handled")
            if rows[0][0] >= expected:
                break
            await asyncio.sleep(0.1)
        await asyncio.sleep(0.5)  # late doubles, if any
        cpu_workers = cpu_of(watched[1:] if killed else watched) - cpu_workers
        cpu_db = cpu_of(tree(servers_pid)) - cpu_db
    finally:
        await stop_workers(workers)
        if app is not None:
            await app.close_async()
        await db.close()
    phase.lines.append(await report(url, phase, expected, killed, (cpu_workers, cpu_db)))


async def _job_stub(update_id: int) -> None:
    """The producer only defers "handle"; the workers define what it does."""


async def report(
    url: str, phase: Phase, expected: int, killed: list[float], cpu: tuple[float, float]
) -> str:
    """The phase's line: throughput, latency, lost, doubled, order, CPU (workers, database)."""
    cpu_workers, cpu_db = cpu
    rows = await fetch(
        url,
        "SELECT i.update_id, i.chat_id, extract(epoch FROM i.received_at),"
        " extract(epoch FROM min(h.handled_at)), count(h.update_id), min(h.seq)"
        " FROM update_inbox i LEFT JOIN bench_handled h USING (update_id)"
        " GROUP BY i.update_id, i.chat_id, i.received_at",
    )
    handled = [r for r in rows if r[4]]
    lost = expected - len(handled)
    doubled = sum(r[4] - 1 for r in handled)
    by_chat: dict[int, list[tuple[int, int]]] = {}
    for r in handled:
        by_chat.setdefault(r[1], []).append((r[5], r[0]))
    disorder = sum(
        1 for seqs in by_chat.values() if [u for _, u in sorted(seqs)] != sorted(u for _, u in seqs)
    )
    lat = sorted(float(r[3]) - float(r[2]) for r in handled)
    first, last = min(float(r[2]) for r in rows), max(float(r[3]) for r in handled)
    line = (
        f"{phase.name}: {len(handled)}/{expected} handled in {last - first:.2f} s = "
        f"{len(handled) / (last - first):.0f}/s; latency P50 {statistics.median(lat) * 1000:.0f}"
        f" ms, P95 {lat[int(0.95 * (len(lat) - 1))] * 1000:.0f} ms, max {lat[-1] * 1000:.0f} ms;"
        f" lost {lost}, doubled {doubled}, chats out of order {disorder}; CPU per update:"
        f" workers {cpu_workers / expected * 1000:.2f} ms,"
        f" PostgreSQL {cpu_db / expected * 1000:.2f} ms"
    )
    if phase.closed:  # the middle 80% of the handlings: no start, no tail of the last chats
        done = sorted(float(r[3]) for r in handled)
        cut = len(done) // 10
        line += f"; steady {(len(done) - 1 - 2 * cut) / (done[-1 - cut] - done[cut]):.1f}/s"
        shares = await fetch(
            url, "SELECT worker, count(*) FROM bench_handled GROUP BY 1 ORDER BY 1"
        )
        line += "; handled by each worker " + "/".join(str(n) for _, n in shares)
    if killed:
        # How long chats paused across the kill: a chat in the dead worker's hands pauses
        # until another worker takes it on; others only wait their turn, as in a burst.
        rows = await fetch(
            url,
            "WITH firsts AS (SELECT update_id, chat_id, min(handled_at) AS at"
            "  FROM bench_handled GROUP BY 1, 2),"
            " before AS (SELECT chat_id, max(at) AS last FROM firsts"
            "  WHERE at <= to_timestamp(%s) GROUP BY 1),"
            " after AS (SELECT chat_id, min(at) AS next FROM firsts"
            "  WHERE at > to_timestamp(%s) GROUP BY 1)"
            " SELECT extract(epoch FROM a.next - b.last) FROM before b JOIN after a USING (chat_id)"
            " ORDER BY 1",
            killed[0], killed[0],
        )  # fmt: skip
        pauses = [float(r[0]) for r in rows]
        line += (
            f"; one worker killed -9 {CRASH_AFTER_SECONDS} s in: chats' pauses across the kill"
            f" P50 {statistics.median(pauses) if pauses else 0:.2f} s,"
            f" longest {max(pauses, default=0):.2f} s"
        )
    return line


async def bench(args: Any) -> None:
    systems = [] if args.coach else list(args.systems)
    if "procrastinate" in systems and not has_procrastinate():
        print("procrastinate: SKIPPED, not installed (see this script's docstring)")
        systems.remove("procrastinate")
    with tempfile.TemporaryDirectory(prefix="bench-queue-") as folder:
        async with servers(Path(folder) / "servers") as (process, urls):
            url = urls[DATABASE_VARIABLE]
            await fetch(url, HANDLED_SQL)
            if "procrastinate" in systems:
                app = procrastinate_app(url)
                async with app.open_async():
                    await app.schema_manager.apply_schema_async()
            for system in ("blind", "aware") if args.coach else ():
                print(f"coach ({system}), {args.workers} workers of {COACH_CHATS} chats and"
                      f" {CONCURRENCY} turns, {args.chats} chats x {args.updates} updates in a"
                      f" closed loop, handler {args.handler_ms} ms:", flush=True)  # fmt: skip
                phase = workload("closed", args.chats, args.updates, 0, 1)
                phase.closed = True
                await run_phase(system, url, process.pid, phase, args)
                print("  " + phase.lines[-1], flush=True)
            for system in systems:
                print(f"{system}, {args.workers} workers, {args.chats} chats x {args.updates}"
                      f" updates, handler {args.handler_ms} ms:", flush=True)  # fmt: skip
                phases = [
                    workload("burst", args.chats, args.updates, 0, 1),
                    workload("paced", args.chats, args.updates, args.rate, 100_001),
                    workload("crash", args.chats, args.updates, 0, 200_001),
                ]
                phases[2].kill_at = CRASH_AFTER_SECONDS
                for phase in (p for p in phases if p.name in args.phases):
                    await run_phase(system, url, process.pid, phase, args)
                    print("  " + phase.lines[-1], flush=True)


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "worker":
        system, url, name, handler_ms = sys.argv[2:6]
        worker_main(system, url, name, float(handler_ms))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--systems", nargs="+", default=["inbox", "procrastinate"],
                        choices=("inbox", "procrastinate"))  # fmt: skip
    parser.add_argument("--chats", type=int, default=100)
    parser.add_argument("--updates", type=int, default=10)
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--handler-ms", type=float, default=5.0)
    parser.add_argument("--rate", type=float, default=100.0, help="updates/s when paced")
    parser.add_argument("--phases", nargs="+", default=["burst", "paced", "crash"],
                        choices=("burst", "paced", "crash"))  # fmt: skip
    parser.add_argument(
        "--coach", action="store_true",
        help="instead: the coach's case (see the docstring), e.g. --chats 90 --handler-ms 2000",
    )  # fmt: skip
    args = parser.parse_args()
    os.environ.setdefault("HEALTHBOT_LOG_LEVEL", "WARNING")
    asyncio.run(bench(args))


if __name__ == "__main__":
    main()
