"""The daemon's RSS after 10,000 replies of the default mix, with the coach's memory off and on
(DESIGN.md's budget: under 300 MB with it on, 220 MB off).

Run: python bench/bench_rss.py [--messages 10000] [--users 100] [--memory on,off]
     [--before CHECKOUT] [--runs 1]

Each phase is loadgen's (`loadgen custom --spawn-bot --users 100 --think 0 --cap 50
--sessions 200 --[no-]memory --llm-first-token 0.5` runs the same): the daemon spawned on a
new embedded PostgreSQL and Redis, its coach on loadgen's fake model (0.5 s to the first
token), 100 users with no think time, 50 messages a session, until `--messages` are sent.
RSS is psutil's (VmRSS) of the daemon's process, sampled every 5 s: the last sample and the
largest. `--before CHECKOUT` runs each setting on that checkout's daemon too, just before;
run it from outside both checkouts (`python -m healthbot` puts the working directory first
on the daemon's path, ahead of PYTHONPATH).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_replies import versions

from loadgen.anthropic import Latency
from loadgen.runner import LoadConfig
from loadgen.scenarios import Output, Target, run_phase
from loadgen.users import DEFAULT_MIX, TaskMix

CAP = 50  # messages a session, as the README's loadgen command


async def one_run(args: argparse.Namespace, number: int, directory: Path) -> list[str]:
    """Every (memory, version) phase of one run; a line each."""
    output = Output(directory=directory / f"run{number}", progress=False, png=False,
                    monitor_interval=5.0)  # fmt: skip
    load = LoadConfig(
        users=args.users, duration=args.max_seconds, think_min=0.0, think_max=0.0,
        session_cap=CAP, max_sessions=-(-args.messages // CAP), mix=TaskMix(DEFAULT_MIX),
        timeout=120.0, seed=args.seed + number,  # a session ends at its first timeout
    )  # fmt: skip
    lines = []
    for memory in args.memory:
        for label, env in versions(args.before):
            target = Target(llm=Latency(args.llm_first_token, 0.0), memory=memory, extra_env=env)
            name = f"memory {'on' if memory else 'off'}{label}"
            phase = await run_phase(name.replace(" ", "-"), target, load, output)
            rss = [mb for _, mb in phase.rss_mb]
            lines.append(
                f"{name:<24} {phase.replies:>6,} replies in {phase.duration:5.0f} s: RSS at the "
                f"end {rss[-1] if rss else float('nan'):.0f} MB, largest "
                f"{max(rss, default=float('nan')):.0f} MB"
            )
            print(lines[-1], flush=True)
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--users", type=int, default=100)
    parser.add_argument("--memory", default="on,off", help="on, off or both (on,off)")
    parser.add_argument("--llm-first-token", type=float, default=0.5)
    parser.add_argument("--max-seconds", type=float, default=1800.0, help="a phase at most")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=None, help="reports (default: a temp dir)")
    parser.add_argument("--before", type=Path, default=None, metavar="CHECKOUT")
    args = parser.parse_args()
    args.memory = [part.strip() == "on" for part in args.memory.split(",") if part.strip()]
    directory = args.out or Path(tempfile.mkdtemp(prefix="bench-rss-"))
    for number in range(1, args.runs + 1):
        print(f"run {number} of {args.runs} (reports in {directory})", flush=True)
        asyncio.run(one_run(args, number, directory))


if __name__ == "__main__":
    main()
