"""Benchmark of the scale-out: one daemon against three (`--role all`) on one PostgreSQL and
Redis from `healthbot servers`, the claim of chats from the inbox on the path of every reply.

Run: python bench/bench_roles.py [--kind ping|coach] [--users N] [--messages 10]
                                 [--daemons 1 3] [--flood] [--lanes N] [--before CHECKOUT]

For each fleet size: the servers and the daemons start, then `--users` users each send
`--messages` messages one at a time (the next once the reply came, no thinking time).
Reported: replies/s, the reply latency P50/P95 (from the send at the fake Telegram to the
reply there), and the daemons' CPU (user+system, psutil) per reply after the warm-up.

--kind ping (100 users by default): /ping commands, tracking-sized replies. On a 2-core
machine shared with other work, three daemons cannot be three times one; the figure to read
is the CPU per reply, the cost of the claim and of the election.

--kind coach (120 users by default: more than three daemons answer at once): free text
answered by the coach, the fake Anthropic taking 2 s an answer, memory off, each daemon at
`anthropic.max_in_flight` = 20 and claiming at most `--lanes` chats
(`telegram.max_concurrent_updates`, its default of 64 unless told). Bound by the model's
latency, not the CPU (on an idle machine): one daemon answers at most 20 / 2 s = 10/s, three
30/s. The ratio is of the steady rates (the
middle 80% of the answers, without the start and the tail of the last users).

With other daemons up, a daemon keeps no more chats at work than it has turns
(`healthbot/telegram/claims.py`); `--lanes 20` was the tuning that did it by hand before. The
line says how many updates each daemon handled: how the load was shared.

`--before CHECKOUT` runs every fleet size on that checkout's daemon too (its package first on
the daemons' path), right before this code's: before and after in the same run, on the same
loaded machine. A checkout of a commit: `git archive COMMIT | tar -x -C /tmp/before`.

Flood limits are off unless --flood: then the daemons pace themselves with the shared limits
(Redis) and the fake Telegram refuses what passes Telegram's figures (its 429s reported).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import aiohttp
import psutil
import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.bench_replies import versions
from healthbot.servers import DATABASE_VARIABLE
from healthbot.telegram.claims import CHAT_LOCK_CLASS
from loadgen.anthropic import FakeAnthropic
from loadgen.telegram import FakeTelegram
from tests.support.conversations import Outcome, converse
from tests.support.fleet import Member, fleet_env, servers
from tests.support.processes import TOKEN
from tests.support.waiting import until

ROOT = Path(__file__).resolve().parents[1]  # the checkout whose daemons run (without --before)
WARM_UP_USERS = range(6_000_000, 6_000_020)
MODEL_KEY = "bench-key"
MODEL_SECONDS = 2.0
COACH_IN_FLIGHT = 20
ANSWERED: list[float] = []  # when each coach answer came: the steady rate is read from them
QUESTION = "How could I sleep better on the nights before an early run"


async def scrape(session: aiohttp.ClientSession, member: Member) -> dict[str, float]:
    """A daemon's metrics now, by sample name with its labels as written."""
    url = f"http://127.0.0.1:{member.env['HEALTHBOT_METRICS__PORT']}/metrics"
    async with session.get(url) as response:
        text = await response.text()
    found = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, _, value = line.rpartition(" ")
            found[name] = float(value)
    return found


async def done_by(fleet: list[Member]) -> list[int]:
    """Updates each daemon has handled so far (its `healthbot_inbox_updates_total{done}`)."""
    async with aiohttp.ClientSession() as session:
        found = [await scrape(session, member) for member in fleet]
    return [int(f.get('healthbot_inbox_updates_total{event="done"}', 0)) for f in found]


# What a coach run samples of each daemon, to say where its turns went.
GAUGES = {
    "turns held": 'healthbot_turns{kind="coach",state="held"}',
    "waiting for one": 'healthbot_turns{kind="coach",state="waiting"}',
    "chats claimed": "healthbot_chats_claimed",
    "updates in flight": "healthbot_updates_in_flight",
    "waiting for a connection": "healthbot_db_requests_waiting",
}


UNCLAIMED_SQL = (
    "SELECT count(DISTINCT i.chat_id) FROM update_inbox i WHERE i.status IN ('pending',"
    " 'processing') AND i.chat_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_locks l"
    " WHERE l.locktype = 'advisory' AND l.objsubid = 2 AND l.classid = %s::int::oid"
    " AND l.objid = (abs(i.chat_id %% 2147483647))::int::oid)"
)


async def sample(
    fleet: list[Member], into: list[tuple[float, int, dict[str, float]]], database_url: str
) -> None:
    """Every 0.2 s, each daemon's `GAUGES` and the chats waiting unclaimed (daemon -1)
    (until cancelled)."""
    async with (
        aiohttp.ClientSession() as session,
        await psycopg.AsyncConnection.connect(database_url, autocommit=True) as conn,
    ):
        while True:
            for n, member in enumerate(fleet):
                found = await scrape(session, member)
                values = {key: found.get(name, 0.0) for key, name in GAUGES.items()}
                into.append((time.monotonic(), n, values))
            cur = await conn.execute(UNCLAIMED_SQL, (CHAT_LOCK_CLASS,))
            row = await cur.fetchone()
            into.append((time.monotonic(), -1, {"unclaimed": float(row[0] if row else 0)}))
            await asyncio.sleep(0.2)


def where_turns_went(
    samples: list[tuple[float, int, dict[str, float]]], daemons: int, window: tuple[float, float],
    model: FakeAnthropic,
) -> str:  # fmt: skip
    """The means over the steady window of each daemon's gauges, and how many model calls
    ran at once (the fake model's own record)."""
    first, last = window
    parts = []
    for key in GAUGES:
        means = []
        for n in range(daemons):
            found = [v[key] for t, m, v in samples if m == n and first <= t <= last]
            means.append(statistics.fmean(found) if found else 0.0)
        parts.append(f"{key} {'/'.join(f'{x:.1f}' for x in means)}")
    unclaimed = [v["unclaimed"] for t, m, v in samples if m == -1 and first <= t <= last]
    parts.append(f"chats waiting unclaimed {statistics.fmean(unclaimed or [0.0]):.1f}")
    calls = sum(max(0.0, min(a.done_at, last) - max(a.at, first)) for a in model.answered) / (
        last - first
    )
    parts.append(f"model calls at once {calls:.1f} of {daemons * COACH_IN_FLIGHT}")
    return "; ".join(parts)


def cpu_of(pids: list[int]) -> float:
    """User+system seconds of the processes so far."""
    total = 0.0
    for pid in pids:
        times = psutil.Process(pid).cpu_times()
        total += times.user + times.system
    return total


def tree_cpu(pid: int) -> dict[int, float]:
    """User+system seconds of a process and of each of its descendants, by pid (the
    servers: PostgreSQL's backends and Redis)."""
    found = {}
    root = psutil.Process(pid)
    for process in (root, *root.children(recursive=True)):
        with contextlib.suppress(psutil.Error):
            times = process.cpu_times()
            found[process.pid] = times.user + times.system
    return found


async def loop_lag(into: list[float]) -> None:
    """This process's event-loop lag, sampled every 0.1 s (until cancelled): the load
    generator and the fakes share this loop."""
    loop = asyncio.get_running_loop()
    while True:
        start = loop.time()
        await asyncio.sleep(0.1)
        into.append(max(0.0, loop.time() - start - 0.1))


async def daemon_lag(fleet: list[Member]) -> list[tuple[float, float]]:
    """Each daemon's event-loop lag so far: (sum of seconds, samples)."""
    async with aiohttp.ClientSession() as session:
        found = [await scrape(session, member) for member in fleet]
    name = "healthbot_event_loop_lag_seconds"
    return [(f.get(f"{name}_sum", 0.0), f.get(f"{name}_count", 0.0)) for f in found]


async def coach(fake: FakeTelegram, users: range, messages: int) -> Outcome:
    """Each user writes free text and waits for the coach's answer before the next."""
    outcome = Outcome()

    async def user(user_id: int) -> None:
        fake.add_user(user_id, first_name=f"U{user_id}")
        for k in range(messages):
            start = time.monotonic()
            fake.send_text(user_id, f"{QUESTION} ({k})?")
            replies = await fake.wait_for_messages(user_id, 1, timeout=300)
            answered = time.monotonic()
            outcome.latencies.append(answered - start)
            outcome.duplicates += len(replies) - 1
            ANSWERED.append(answered)

    await asyncio.gather(*(user(u) for u in users))
    return outcome


async def run(
    daemons: int, kind: str, users: int, messages: int, *, flood: bool, lanes: int,
    path: dict[str, str], model_seconds: float = MODEL_SECONDS,
) -> tuple[str, float]:  # fmt: skip
    """One fleet size: start everything, warm up, measure; the report's line."""
    talk = coach if kind == "coach" else converse
    with tempfile.TemporaryDirectory(prefix="bench-roles-") as folder:
        base = Path(folder)
        async with (
            servers(base / "servers") as (process, urls),
            FakeTelegram(TOKEN, rate_limits=flood) as fake,
            FakeAnthropic(MODEL_KEY, latency=model_seconds) as model,
        ):
            # This checkout's daemon unless told another's: the daemons' environment is
            # built anew (tests.support.processes.daemon_env), without the caller's path.
            extra = (
                {"PYTHONPATH": str(ROOT)}
                | path
                | {
                    "HEALTHBOT_TELEGRAM__RATE_LIMITS": str(flood).lower(),
                    "HEALTHBOT_TELEGRAM__SHARED_RATE_LIMITS": str(flood).lower(),
                }
            )
            if kind == "coach":
                extra |= {
                    "HEALTHBOT_ANTHROPIC__API_KEY": MODEL_KEY,
                    "HEALTHBOT_ANTHROPIC__BASE_URL": model.base_url,
                    "HEALTHBOT_ANTHROPIC__MAX_IN_FLIGHT": str(COACH_IN_FLIGHT),
                    "HEALTHBOT_TELEGRAM__MAX_CONCURRENT_UPDATES": str(lanes),
                    "HEALTHBOT_ANTHROPIC__MESSAGES_PER_MINUTE": "1000",  # no user's cap
                    "HEALTHBOT_ANTHROPIC__DAILY_TOKENS": "100000000",
                }
            fleet = [
                Member(f"d{n}", fleet_env(base, f"d{n}", urls, fake.base_url, **extra))
                for n in range(daemons)
            ]
            try:
                await asyncio.gather(*(m.start() for m in fleet))
                await until(lambda: all(m.said("polls Telegram") for m in fleet), 120,
                            what="the fleet up")  # fmt: skip
                await talk(fake, WARM_UP_USERS, 3)
                pids = [m.pid for m in fleet]
                warm = await done_by(fleet)
                lags_before, lags = await daemon_lag(fleet), list[float]()
                servers_before, own_before = tree_cpu(process.pid), cpu_of([os.getpid()])
                cpu, start = cpu_of(pids), time.monotonic()
                samples: list[tuple[float, int, dict[str, float]]] = []
                sampler = asyncio.create_task(sample(fleet, samples, urls[DATABASE_VARIABLE]))
                lagging = asyncio.create_task(loop_lag(lags))
                outcome = await talk(fake, range(6_100_000, 6_100_000 + users), messages)
                elapsed, cpu = time.monotonic() - start, cpu_of(pids) - cpu
                own = cpu_of([os.getpid()]) - own_before
                servers_cpu = sum(
                    t - servers_before.get(pid, 0.0) for pid, t in tree_cpu(process.pid).items()
                )
                sampler.cancel()
                lagging.cancel()
                daemons_lag = [
                    (s1 - s0) / max(1.0, n1 - n0) * 1000
                    for (s1, n1), (s0, n0) in zip(await daemon_lag(fleet), lags_before, strict=True)
                ]
                shares = [n - w for n, w in zip(await done_by(fleet), warm, strict=True)]
            finally:
                for member in fleet:
                    if member.alive():
                        await member.stop()
    replies = len(outcome.latencies)
    lat = sorted(outcome.latencies)
    steady = turns = ""
    if kind == "coach":  # the middle 80% of the answers: no start, no tail of the last users
        done = sorted(ANSWERED[-replies:])
        first, last = done[replies // 10], done[replies - 1 - replies // 10]
        rate = (replies - 1 - 2 * (replies // 10)) / (last - first)
        steady = f" (steady {rate:.1f}/s)"
        turns = f"; steady means: {where_turns_went(samples, daemons, (first, last), model)}"
    p95 = lat[int(0.95 * (replies - 1))]
    return (
        f"{kind}, {daemons} daemon(s){', flood limits on' if flood else ''}"
        f"{f', {lanes} chats at once' if kind == 'coach' else ''}: {replies} replies "
        f"in {elapsed:.1f} s = {replies / elapsed:.1f}/s{steady}; "
        f"latency P50 {statistics.median(lat) * 1000:.0f} ms, P95 {p95 * 1000:.0f} ms; "
        f"daemons' CPU {cpu / replies * 1000:.2f} ms per reply (the servers' "
        f"{servers_cpu / replies * 1000:.2f}, this process's {own / replies * 1000:.2f}: the "
        f"users and the fakes); event-loop lag, mean: daemons "
        f"{'/'.join(f'{x:.0f}' for x in daemons_lag)} ms, this process "
        f"{statistics.fmean(lags or [0.0]) * 1000:.0f} ms; "
        f"handled by each daemon {'/'.join(map(str, shares))}; "
        f"{outcome.duplicates} duplicate(s); 429s {dict(fake.refused_by)}; Bot API calls "
        f"{ {m: n for m, n in fake.calls.items() if m.startswith('send')} }{turns}; "
        f"load {os.getloadavg()[0]:.1f}"
    ), (rate if steady else replies / elapsed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kind", choices=("ping", "coach"), default="ping")
    parser.add_argument("--users", type=int)
    parser.add_argument("--messages", type=int, default=10)
    parser.add_argument("--daemons", type=int, nargs="+", default=[1, 3])
    parser.add_argument("--flood", action="store_true", help="flood limits on (shared)")
    parser.add_argument(
        "--lanes", type=int, default=64,
        help="coach: telegram.max_concurrent_updates (chats a daemon claims; default 64)",
    )  # fmt: skip
    parser.add_argument(
        "--model-seconds", type=float, default=MODEL_SECONDS,
        help="coach: the fake model's time per answer (longer: less CPU per second of run)",
    )  # fmt: skip
    parser.add_argument(
        "--before", type=Path, default=None, metavar="CHECKOUT",
        help="also run that checkout's daemons, just before this code's",
    )  # fmt: skip
    args = parser.parse_args()
    users = args.users or (120 if args.kind == "coach" else 100)
    rates: dict[str, list[float]] = {}
    for daemons in args.daemons:
        for label, path in versions(args.before):
            fleet = run(daemons, args.kind, users, args.messages, flood=args.flood,
                        lanes=args.lanes, path=path, model_seconds=args.model_seconds)  # fmt: skip
            line, rate = asyncio.run(fleet)
            rates.setdefault(label, []).append(rate)
            print(line + label, flush=True)
    for label, found in rates.items():
        if len(found) > 1:
            print(f"{args.daemons[-1]} against {args.daemons[0]}{label}: "
                  f"{found[-1] / found[0]:.2f}x")  # fmt: skip


if __name__ == "__main__":
    main()
