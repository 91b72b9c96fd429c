"""Benchmark per kind of reply: the daemon's CPU per reply (and its embedded servers') for
/help, /log, /today, /water, their mix and the coach, against the bare aiogram echo bot
measured in the same run; P50/P95 of the final reply. Printed as one table.

Run: python bench/bench_replies.py [--kinds help,log,today,water,mix,coach] [--runs 2]
     [--users 100] [--think 0] [--duration 15s] [--llm-first-token 0.5]

Each phase is loadgen's (`loadgen bench --kind KIND` runs one): the fake Telegram in this
process, the bot spawned (the daemon on a new embedded PostgreSQL and Redis each time),
users sending one kind of message with no typos and no button presses; what the first
`--warmup` seconds cost (imports, connections, each user's /start) is left out. The echo bot runs
first in every run; its CPU per reply does not depend on what is echoed. `--before CHECKOUT`
runs each kind on that checkout's daemon too, right before this code's. Think time 0 makes
the CPU per reply a measure of work (no idle polling counted); `--think 5-15` gives the
latencies of users who pause like people. The coach's memory is off (loading its model in
the background would be counted against every kind); the coach runs on loadgen's fake
model, in this process.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from loadgen.__main__ import parse_duration, parse_think
from loadgen.anthropic import Latency
from loadgen.report import Phase, summarize
from loadgen.runner import LoadConfig
from loadgen.scenarios import BENCH_KINDS, Output, Target, bench_mix, run_phase
from loadgen.users import TaskKind, TaskMix


@dataclass(frozen=True, slots=True)
class Row:
    """One line of the table."""

    kind: str
    phase: Phase

    def cells(self, echo_ms: float | None) -> list[str]:
        phase = self.phase
        measured = phase.measured()
        replies = len(measured) or 1
        bot = None if phase.bot_cpu is None else phase.bot_cpu * 1000 / replies
        servers = None if phase.servers_cpu is None else phase.servers_cpu * 1000 / replies
        start = phase.measured_from or phase.started_at
        sent = [sample for sample in phase.samples if sample.sent_at >= start]
        summary = summarize(sent)
        final = summary.final
        seconds = phase.started_at + phase.duration - start
        ratio = "-" if bot is None or not echo_ms else f"{bot / echo_ms:.2f}"
        both = bot + servers if bot is not None and servers is not None else None
        ratio_both = "-" if both is None or not echo_ms else f"{both / echo_ms:.2f}"
        overhead = "-"
        coach = phase.coach
        stats = getattr(coach, "overhead", None)
        if stats is not None:
            overhead = f"{stats.p50 * 1000:.1f} / {stats.p95 * 1000:.1f}"
        return [
            self.kind,
            f"{len(measured) / seconds:.1f}" if seconds > 0 else "-",
            _ms(bot),
            _ms(servers),
            ratio,
            ratio_both,
            "-" if final is None else f"{final.p50 * 1000:.1f}",
            "-" if final is None else f"{final.p95 * 1000:.1f}",
            overhead,
            str(summary.errors),
        ]


HEADER = [
    "kind", "replies/s", "daemon CPU ms/reply", "servers CPU ms/reply", "daemon / echo",
    "(daemon + servers) / echo", "P50 ms", "P95 ms", "coach overhead P50 / P95 ms", "errors",
]  # fmt: skip


def _ms(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def table(rows: list[Row], echo: Phase) -> str:
    """The run's rows as a Markdown table, the echo bot first."""
    echo_ms = None if echo.bot_cpu is None else echo.bot_cpu * 1000 / (len(echo.measured()) or 1)
    lines = [
        "| " + " | ".join(HEADER) + " |",
        "|" + "---|" * len(HEADER),
        "| " + " | ".join(Row("echo bot", echo).cells(echo_ms)) + " |",
    ]
    lines += ["| " + " | ".join(row.cells(echo_ms)) + " |" for row in rows]
    return "\n".join(lines)


async def one_run(args: argparse.Namespace, number: int, directory: Path) -> str:
    """The echo bot, then the daemon for each kind; the table."""
    # Scraped as the operator's Prometheus scrapes it (monitoring/prometheus.yml: every 15 s), not
    # every second: a scrape renders and gzips the whole page, ~8% of the daemon's CPU under the mix
    # at one a second (py-spy), a cost the echo bot, which has no /metrics, never pays.
    output = Output(
        directory=directory / f"run{number}", progress=False, png=False, monitor_interval=15.0
    )

    def load(mix: TaskMix) -> LoadConfig:
        return LoadConfig(
            users=args.users, duration=args.warmup + args.duration, think_min=args.think[0],
            think_max=args.think[1], session_cap=0, mix=mix, button_rate=0.0, typo_rate=0.0,
            seed=args.seed + number,
        )  # fmt: skip

    warmup = args.warmup
    echo = await run_phase(
        "echo", Target(kind="ref"), load(TaskMix({TaskKind.HELP: 1.0})), output, warmup=warmup
    )
    rows: list[Row] = []
    for kind in args.kinds:
        for label, env in versions(args.before):
            target = Target(
                llm=Latency(args.llm_first_token, args.llm_per_token) if kind == "coach" else None,
                memory=False,  # its model's loading would be counted against the commands
                extra_env=env,
            )
            name = f"{kind}{label}"
            phase = await run_phase(name, target, load(bench_mix(kind)), output, warmup=warmup)
            rows.append(Row(name, phase))
    return table(rows, echo)


def versions(before: Path | None) -> list[tuple[str, dict[str, str]]]:
    """(label, the daemon's extra environment) of each version of the code a kind runs on:
    with `--before`, that checkout's first (its package first on the daemon's path)."""
    if before is None:
        return [("", {})]
    return [(" (before)", {"PYTHONPATH": str(before.resolve())}), (" (after)", {})]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kinds", default=",".join(BENCH_KINDS),
                        help=f"comma-separated, of {', '.join(BENCH_KINDS)}")  # fmt: skip
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--users", type=int, default=100)
    parser.add_argument("--think", type=parse_think, default=(0.0, 0.0))
    parser.add_argument("--duration", type=parse_duration, default=15.0,
                        help="measured, per phase (after the warm-up)")  # fmt: skip
    parser.add_argument("--warmup", type=parse_duration, default=5.0,
                        help="seconds of load before the measuring starts")  # fmt: skip
    parser.add_argument("--llm-first-token", type=float, default=0.5)
    parser.add_argument("--llm-per-token", type=float, default=0.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=None, help="reports (default: a temp dir)")
    parser.add_argument(
        "--before", type=Path, default=None, metavar="CHECKOUT",
        help="also run each kind on the daemon of another checkout (e.g. a git worktree at an "
        "earlier commit), just before this code's: before and after in the same run",
    )  # fmt: skip
    args = parser.parse_args()
    args.kinds = [kind.strip() for kind in args.kinds.split(",") if kind.strip()]
    unknown = [kind for kind in args.kinds if kind not in BENCH_KINDS]
    if unknown:
        parser.error(f"unknown kinds: {', '.join(unknown)}")
    directory = args.out or Path(tempfile.mkdtemp(prefix="bench-replies-"))
    think = f"{args.think[0]:g}-{args.think[1]:g} s" if args.think[1] else "none"
    for number in range(1, args.runs + 1):
        result = asyncio.run(one_run(args, number, directory))
        print(f"\nrun {number} of {args.runs}: {args.users} users, think {think}, "
              f"{args.duration:g} s measured a phase after {args.warmup:g} s "
              f"(reports in {directory})")  # fmt: skip
        print(result, flush=True)
    sys.exit(0)


if __name__ == "__main__":
    main()
