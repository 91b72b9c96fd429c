"""Benchmark of the at-least-once window: how many replies a kill -9 of a daemon sends twice.

Run: python bench/bench_copies.py [--runs 3] [--kills 2] [--users 100] [--messages 10]
                                  [--flood] [--before CHECKOUT]

Three daemons (`--role all`) on one PostgreSQL and Redis from `healthbot servers`, one fake
Telegram; `--users` users each send `--messages` /ping commands at a human pace (0.1-1 s apart,
not waiting for the replies, as tests/test_scale_out.py does). A daemon is killed -9 after
every 1/(kills+1) of the replies, and started again at once (so three stay up); the run ends
when every message is answered. A reply that Telegram took in the instant before a kill, before
its ledger record was written, is sent again by the daemon that takes the chat over: the copies
are counted per kill.

Reported per run: the copies, the replies/s, and the daemons' `healthbot_reply_unrecorded_seconds`
(the time from Telegram's answer to a reply until its ledger record is written: the window);
then the copies per kill over all runs. Flood limits are off unless --flood (then the daemons
pace themselves at Telegram's 30/s together, and fewer replies are in flight at a kill).

`--before CHECKOUT` runs the same on that checkout's daemons first, in the same process: before
and after on the same machine. A checkout of a commit: `git archive COMMIT | tar -x -C DIR`.
It needs the same migrations on both sides (`healthbot servers` comes from this code); across a
migration, run each checkout's own bench in turn.

Each run also prints the reply probes of the daemons alive at its end (a killed one's are
gone): replies in flight at a kill found in their chat (delivered), not found (absent, sent),
or that the probe could not tell of (unknown, sent); see healthbot/telegram/probe.py.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.bench_replies import versions
from loadgen.telegram import FakeTelegram
from tests.support.conversations import reply_text
from tests.support.fleet import Member, fleet_env, servers
from tests.support.processes import TOKEN
from tests.support.waiting import until

ROOT = Path(__file__).resolve().parents[1]
FIRST_USER = 7_100_000
WINDOW = "healthbot_reply_unrecorded_seconds"
PROBES = "healthbot_reply_probes_total"


def answered(fake: FakeTelegram, users: range) -> dict[int, list[int]]:
    """The numbers of the /ping replies each user got, in order."""
    found = {}
    for user_id in users:
        numbers = []
        for message in fake.sent(user_id, "sendMessage"):
            text = reply_text(message)
            if "/ping_" in text:
                numbers.append(int(text.split("/ping_", 1)[1].split(".", 1)[0]))
        found[user_id] = numbers
    return found


async def metrics(member: Member) -> str:
    """A daemon's /metrics text ("" if it cannot be read)."""
    url = f"http://127.0.0.1:{member.env['HEALTHBOT_METRICS__PORT']}/metrics"
    try:
        async with aiohttp.ClientSession() as session, session.get(url) as response:
            return await response.text()
    except aiohttp.ClientError:
        return ""


def probes(text: str) -> dict[str, float]:
    """A daemon's reply probes by outcome (none before the probe existed)."""
    found: dict[str, float] = {}
    for line in text.splitlines():
        if line.startswith(f"{PROBES}{{"):
            outcome = line.split('outcome="', 1)[1].split('"', 1)[0]
            found[outcome] = found.get(outcome, 0.0) + float(line.rpartition(" ")[2])
    return found


async def window(member: Member) -> tuple[float, float, list[tuple[float, float]]]:
    """A daemon's window histogram: (sum, count, cumulative buckets), zeros if it has none."""
    total = count = 0.0
    buckets = []
    text = await metrics(member)
    for line in text.splitlines():
        if line.startswith(f"{WINDOW}_sum"):
            total = float(line.rpartition(" ")[2])
        elif line.startswith(f"{WINDOW}_count"):
            count = float(line.rpartition(" ")[2])
        elif line.startswith(f"{WINDOW}_bucket"):
            bound = line.split('le="', 1)[1].split('"', 1)[0]
            buckets.append((float(bound), float(line.rpartition(" ")[2])))
    return total, count, buckets


async def one_run(
    users: int, messages: int, kills: int, *, flood: bool, path: dict[str, str]
) -> tuple[int, str]:
    """One run: the copies, and its report line."""
    people = range(FIRST_USER, FIRST_USER + users)
    expected = users * messages
    with tempfile.TemporaryDirectory(prefix="bench-copies-") as folder:
        base = Path(folder)
        async with (
            servers(base / "servers") as (_, urls),
            FakeTelegram(TOKEN, rate_limits=flood) as fake,
        ):
            extra = {"PYTHONPATH": str(ROOT)} | path | {
                "HEALTHBOT_TELEGRAM__RATE_LIMITS": str(flood).lower(),
                "HEALTHBOT_TELEGRAM__SHARED_RATE_LIMITS": str(flood).lower(),
            }  # fmt: skip
            fleet = [
                Member(f"d{n}", fleet_env(base, f"d{n}", urls, fake.base_url, **extra))
                for n in range(3)
            ]
            windows: list[tuple[float, float, list[tuple[float, float]]]] = []
            outcomes: dict[str, float] = {}  # the living daemons' probes (a killed one's are gone)
            try:
                await asyncio.gather(*(m.start() for m in fleet))
                await until(lambda: all(m.said("polls Telegram") for m in fleet), 120,
                            what="the fleet up")  # fmt: skip
                for user_id in people:
                    fake.add_user(user_id, first_name=f"U{user_id}")

                async def talk(user_id: int) -> None:
                    for k in range(messages):
                        fake.send_text(user_id, f"/ping_{k}")
                        await asyncio.sleep(random.uniform(0.1, 1.0))  # noqa: S311 - pacing, not secrets

                start = time.monotonic()
                talking = asyncio.gather(*(talk(u) for u in people))

                def replies() -> int:
                    return sum(len(n) for n in answered(fake, people).values())

                for kill in range(kills):
                    await until(lambda k=kill: replies() >= expected * (k + 1) // (kills + 1),
                                300, what="replies")  # fmt: skip
                    victim = fleet[kill % len(fleet)]
                    windows.append(await window(victim))
                    await victim.kill()
                    fleet[kill % len(fleet)] = Member(f"{victim.name}k", victim.env)
                    await fleet[kill % len(fleet)].start()
                await talking
                firsts = lambda: sum(len(set(n)) for n in answered(fake, people).values())  # noqa: E731
                await until(lambda: firsts() >= expected, 300, what="every reply")
                elapsed = time.monotonic() - start
                await asyncio.sleep(2.0)  # late copies, if any, arrive now
                windows.extend([await window(m) for m in fleet])
                for member in fleet:
                    for outcome, n in probes(await metrics(member)).items():
                        outcomes[outcome] = outcomes.get(outcome, 0.0) + n
            finally:
                for member in fleet:
                    if member.alive():
                        await member.stop()
    copies = sum(len(n) - len(set(n)) for n in answered(fake, people).values())
    total = sum(w[0] for w in windows)
    count = sum(w[1] for w in windows)
    merged: dict[float, float] = {}
    for _, _, buckets in windows:
        for bound, n in buckets:
            merged[bound] = merged.get(bound, 0.0) + n
    p95 = next((b for b, n in sorted(merged.items()) if count and n >= 0.95 * count), None)
    mean = f"{total / count * 1000:.1f} ms" if count else "not measured"
    p95_text = f", P95 <= {p95 * 1000:.0f} ms" if p95 is not None else ""
    return copies, (
        f"{expected} replies at {expected / elapsed:.1f}/s, {kills} kill(s): {copies} copies"
        f"{' (flood limits on)' if flood else ''}; window mean {mean}{p95_text}"
        f"; probes {', '.join(f'{k} {v:g}' for k, v in sorted(outcomes.items())) or 'none'}"
        f"; load {os.getloadavg()[0]:.1f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--kills", type=int, default=2)
    parser.add_argument("--users", type=int, default=100)
    parser.add_argument("--messages", type=int, default=10)
    parser.add_argument("--flood", action="store_true", help="flood limits on (shared)")
    parser.add_argument(
        "--before", type=Path, default=None, metavar="CHECKOUT",
        help="also run that checkout's daemons, just before this code's",
    )  # fmt: skip
    args = parser.parse_args()
    copies: dict[str, list[int]] = {}
    for run in range(args.runs):
        for label, path in versions(args.before):
            found, line = asyncio.run(
                one_run(args.users, args.messages, args.kills, flood=args.flood, path=path)
            )
            copies.setdefault(label, []).append(found)
            print(f"run {run + 1}: {line}{label}", flush=True)
    for label, found in copies.items():
        per_kill = [c / args.kills for c in found]
        print(f"copies per kill{label}: {', '.join(f'{c:g}' for c in per_kill)}; "
              f"mean {statistics.fmean(per_kill):.1f}")  # fmt: skip


if __name__ == "__main__":
    main()
