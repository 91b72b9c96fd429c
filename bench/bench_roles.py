"""Benchmark of the scale-out: one daemon against three (`--role all`) on one PostgreSQL and
Redis from `healthbot servers`, the claim of chats from the inbox on the path of every reply.

Run: python bench/bench_roles.py [--users 100] [--messages 10] [--daemons 1 3]

For each fleet size: the servers and the daemons start, then `--users` users each send
`--messages` /ping commands one at a time (the next once the reply came, no thinking time),
flood limits off. Reported: replies/s, the reply latency P50/P95 (from the send at the fake
Telegram to the reply there), and the daemons' CPU (user+system, psutil) per reply after
the warm-up. On a 2-core machine shared with other work, three daemons cannot be three times
one; the figure to read is the CPU per reply, the cost of the claim and of the election.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from loadgen.telegram import FakeTelegram
from tests.support.conversations import converse
from tests.support.fleet import Member, fleet_env, servers
from tests.support.processes import TOKEN
from tests.support.waiting import until

WARM_UP_USERS = range(6_000_000, 6_000_020)


def cpu_of(pids: list[int]) -> float:
    """User+system seconds of the processes so far."""
    total = 0.0
    for pid in pids:
        times = psutil.Process(pid).cpu_times()
        total += times.user + times.system
    return total


async def run(daemons: int, users: int, messages: int) -> str:
    """One fleet size: start everything, warm up, measure; the report's line."""
    with tempfile.TemporaryDirectory(prefix="bench-roles-") as folder:
        base = Path(folder)
        async with servers(base / "servers") as (_, urls), FakeTelegram(TOKEN) as fake:
            extra = {"HEALTHBOT_TELEGRAM__RATE_LIMITS": "false"}
            fleet = [
                Member(f"d{n}", fleet_env(base, f"d{n}", urls, fake.base_url, **extra))
                for n in range(daemons)
            ]
            try:
                await asyncio.gather(*(m.start() for m in fleet))
                await until(lambda: all(m.said("polls Telegram") for m in fleet), 120,
                            what="the fleet up")  # fmt: skip
                await converse(fake, WARM_UP_USERS, 3)
                pids = [m.pid for m in fleet]
                cpu, start = cpu_of(pids), time.monotonic()
                outcome = await converse(fake, range(6_100_000, 6_100_000 + users), messages)
                elapsed, cpu = time.monotonic() - start, cpu_of(pids) - cpu
            finally:
                for member in fleet:
                    if member.alive():
                        await member.stop()
    replies = len(outcome.latencies)
    lat = sorted(outcome.latencies)
    p95 = lat[int(0.95 * (replies - 1))]
    return (
        f"{daemons} daemon(s): {replies} replies in {elapsed:.1f} s = {replies / elapsed:.0f}/s; "
        f"latency P50 {statistics.median(lat) * 1000:.0f} ms, P95 {p95 * 1000:.0f} ms; "
        f"daemons' CPU {cpu / replies * 1000:.2f} ms per reply; "
        f"{outcome.duplicates} duplicate(s)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=100)
    parser.add_argument("--messages", type=int, default=10)
    parser.add_argument("--daemons", type=int, nargs="+", default=[1, 3])
    args = parser.parse_args()
    for daemons in args.daemons:
        print(asyncio.run(run(daemons, args.users, args.messages)), flush=True)


if __name__ == "__main__":
    main()
