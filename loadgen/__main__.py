"""The ``loadgen`` command: load scenarios against the bot, the reference echo bot, a monitor.

Usage (``python -m loadgen ...`` or ``loadgen ...``)::

    loadgen steady --duration 30s --users 20 --spawn-bot     # also: spike, endurance
    loadgen custom --users 50 --think 0 --duration 1m --max-p95 0.5 --spawn-bot
    loadgen bench --users 100 --duration 20s --spawn-bot     # echo bot, then the daemon
    loadgen steady --port 8081                               # a bot you started yourself
    loadgen ref-bot --api-base http://127.0.0.1:8081 --token 123456:LOADGEN-fake-token
    loadgen monitor --metrics-url http://127.0.0.1:9100/metrics --interval 5 --output m.csv

Exit codes: 0 every criterion passed, 1 a criterion failed, 2 the run could not be made.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import logging
import re
import sys
from collections.abc import Callable
from pathlib import Path

from loadgen import queries, seed
from loadgen.anthropic import Latency
from loadgen.monitor import Monitor, ProcessProbe
from loadgen.refbot import run_ref_bot
from loadgen.runner import BotStartError, LoadConfig
from loadgen.scenarios import (
    BENCH_KINDS,
    DEFAULT_TOKEN,
    SCENARIOS,
    Output,
    Scenario,
    Target,
    bench_mix,
    execute,
)
from loadgen.users import DEFAULT_MIX, TaskMix

EXIT_OK, EXIT_FAILED, EXIT_ERROR = 0, 1, 2

_DURATION = re.compile(r"(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m)?(?:(\d+(?:\.\d+)?)s?)?")


def parse_duration(text: str) -> float:
    """Seconds from ``90``, ``30s``, ``10m``, ``1h``, ``1m30s``."""
    match = _DURATION.fullmatch(text.strip())
    if not text.strip() or match is None:
        raise argparse.ArgumentTypeError(f"not a duration: {text!r} (try 30s, 10m, 1h)")
    hours, minutes, seconds = (float(part) if part else 0.0 for part in match.groups())
    total = hours * 3600 + minutes * 60 + seconds
    if total <= 0:
        raise argparse.ArgumentTypeError(f"a duration must be positive: {text!r}")
    return total


def parse_think(text: str) -> tuple[float, float]:
    """Think time: ``5-15`` (uniform, seconds), ``2.5`` (fixed) or ``0``."""
    low, sep, high = text.partition("-")
    try:
        bounds = (float(low), float(high) if sep else float(low))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a think time: {text!r} (try 5-15 or 0)") from None
    if bounds[0] < 0 or bounds[1] < bounds[0]:
        raise argparse.ArgumentTypeError(f"think time must be 0 <= MIN <= MAX: {text!r}")
    return bounds


def parse_mix(text: str) -> TaskMix:
    """``chat=50,food=20,reminder=20,gamification=10``."""
    try:
        return TaskMix.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def parse_env(text: str) -> tuple[str, str]:
    """``KEY=VALUE``."""
    key, sep, value = text.partition("=")
    if not sep or not key:
        raise argparse.ArgumentTypeError(f"expected KEY=VALUE: {text!r}")
    return key, value


# ---------------------------------------------------------------------------------------------
# Parser


def _add_load_arguments(parser: argparse.ArgumentParser, scenario: Scenario) -> None:
    load = parser.add_argument_group("load")
    load.add_argument(
        "--users",
        type=int,
        default=scenario.users,
        help=f"concurrent virtual users (default {scenario.users})",
    )
    load.add_argument(
        "--duration",
        type=parse_duration,
        default=scenario.duration,
        help=f"how long to run: 30s, 10m, 1h (default {scenario.duration:g} s)",
    )
    load.add_argument(
        "--spawn-rate",
        type=float,
        default=scenario.spawn_rate,
        help=f"users started per second; 0 = all at once (default {scenario.spawn_rate:g})",
    )
    load.add_argument(
        "--think",
        type=parse_think,
        default=scenario.think,
        metavar="MIN-MAX",
        help="seconds between a reply and the next message, e.g. 5-15 or 0 "
        f"(default {scenario.think[0]:g}-{scenario.think[1]:g})",
    )
    load.add_argument(
        "--cap",
        type=int,
        default=50,
        help="messages per session, then a new user takes over; 0 = no cap (default 50)",
    )
    load.add_argument(
        "--sessions",
        type=int,
        default=0,
        help="stop after this many sessions in all (default 0: run for the duration)",
    )
    load.add_argument(
        "--mix",
        type=parse_mix,
        default=TaskMix(DEFAULT_MIX),
        help="task weights (default chat=50,food=20,reminder=20,gamification=10; also: probe)",
    )
    load.add_argument(
        "--timeout",
        type=parse_duration,
        default=30.0,
        help="seconds to wait for a reply before counting an error (default 30)",
    )
    load.add_argument(
        "--button-rate",
        type=float,
        default=0.3,
        help="chance of pressing an inline button the bot offers (default 0.3)",
    )
    load.add_argument(
        "--typo-rate", type=float, default=0.08, help="share of messages with a typo (default 0.08)"
    )
    load.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    load.add_argument(
        "--error-pattern",
        default=None,
        help="regex (case-insensitive) of replies that count as errors",
    )

    bot = parser.add_argument_group("bot under test")
    where = bot.add_mutually_exclusive_group()
    where.add_argument(
        "--spawn-bot",
        action="store_true",
        help="start `healthbot run` (or the ref bot) as a subprocess",
    )
    where.add_argument(
        "--port",
        type=int,
        default=None,
        help="serve the fake on this port and wait for a bot started by you",
    )
    bot.add_argument(
        "--bot",
        choices=("daemon", "ref"),
        default="daemon",
        help="which bot --spawn-bot starts (default daemon)",
    )
    bot.add_argument("--token", default=DEFAULT_TOKEN, help="the bot token the fake accepts")
    bot.add_argument(
        "--database-url",
        default=None,
        help="PostgreSQL for the spawned daemon (default: embedded, temporary)",
    )
    bot.add_argument(
        "--redis-url",
        default=None,
        help="Redis for the spawned daemon (default: embedded, temporary)",
    )
    bot.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help="the spawned daemon's data dir, kept (default: temporary)",
    )
    bot.add_argument(
        "--bot-env",
        type=parse_env,
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="extra environment for the spawned daemon",
    )
    bot.add_argument(
        "--metrics-url",
        default=None,
        help="the bot's /metrics (default for a spawned daemon: its own)",
    )
    bot.add_argument(
        "--bot-pid",
        type=int,
        default=None,
        help="PID of a bot you started, for CPU and RSS via psutil",
    )
    bot.add_argument(
        "--start-timeout",
        type=parse_duration,
        default=180.0,
        help="how long to wait for the bot's first poll (default 180 s)",
    )

    model = parser.add_argument_group("the coach (a spawned daemon)")
    model.add_argument(
        "--fake-llm", action=argparse.BooleanOptionalAction, default=True,
        help="run the fake Anthropic in loadgen and point the daemon's coach at it, so the "
        "report splits its reply time into the model's and the daemon's (default on; off: "
        "the daemon's own offline fake)",
    )  # fmt: skip
    model.add_argument(
        "--llm-first-token", type=float, default=0.2, metavar="SECONDS",
        help="the fake model's time to first token (default 0.2)",
    )  # fmt: skip
    model.add_argument(
        "--llm-per-token", type=float, default=0.0, metavar="SECONDS",
        help="the fake model's time per output token after the first (default 0; answers "
        "are about 40 tokens)",
    )  # fmt: skip
    model.add_argument(
        "--memory", action=argparse.BooleanOptionalAction, default=None,
        help="the coach's memory on or off (default: the daemon's setting); on waits for "
        "the embedding model before the load starts",
    )  # fmt: skip

    fake = parser.add_argument_group("fake Telegram")
    fake.add_argument(
        "--rate-limits",
        action=argparse.BooleanOptionalAction,
        default=scenario.rate_limits,
        help="Telegram's flood limits in the fake (1 msg/s per chat, 30/s overall; 429 with "
        "retry_after); a spawned daemon paces itself only when they are on "
        f"(default {'on' if scenario.rate_limits else 'off'})",
    )
    fake.add_argument(
        "--server-errors", type=float, default=0.0, metavar="SHARE",
        help="share of the bot's API calls answered 500/502 (default 0)",
    )  # fmt: skip
    fake.add_argument(
        "--drops", type=float, default=0.0, metavar="SHARE",
        help="share of the bot's API calls whose connection is dropped (default 0)",
    )  # fmt: skip
    fake.add_argument(
        "--jitter", type=float, default=0.0, metavar="SECONDS",
        help="up to this much extra delay on every API call (default 0)",
    )  # fmt: skip

    out = parser.add_argument_group("output")
    out.add_argument(
        "--out",
        type=Path,
        default=None,
        help="report directory (default reports/<scenario>-<time>)",
    )
    out.add_argument(
        "--monitor-interval",
        type=parse_duration,
        default=None,
        help="seconds between monitor CSV rows (default: 1-5 s by duration)",
    )
    out.add_argument("--no-png", action="store_true", help="skip the latency PNG")
    out.add_argument("--quiet", action="store_true", help="no live progress line")
    if scenario.name == "custom":
        crit = parser.add_argument_group("criteria (custom)")
        crit.add_argument("--max-p95", type=float, default=None, help="seconds")
        crit.add_argument("--max-error-rate", type=float, default=None, help="e.g. 0.01")
        crit.add_argument(
            "--max-degradation",
            type=float,
            default=None,
            help="allowed P95 growth, last tenth vs first, e.g. 0.2",
        )
        crit.add_argument("--max-rss-growth", type=float, default=None, help="e.g. 0.1")
    if scenario.name == "bench":
        parser.add_argument(
            "--ref-only", action="store_true", help="measure only the reference echo bot"
        )
        parser.add_argument(
            "--kind", choices=tuple(BENCH_KINDS), default=None,
            help="one kind of reply instead of --mix (mix: /log, /today, /water; coach: chat "
            "with the memory off unless --memory); no typos, no buttons, no session cap; "
            "bench/bench_replies.py runs them all into one table",
        )  # fmt: skip


def build_parser() -> argparse.ArgumentParser:
    """The whole command line."""
    parser = argparse.ArgumentParser(
        prog="loadgen",
        description="Load tests for healthbot through a fake Telegram Bot API.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log at INFO")
    sub = parser.add_subparsers(required=True, metavar="COMMAND")
    for name, scenario in SCENARIOS.items():
        command = sub.add_parser(name, help=scenario.description,
                                 description=scenario.description)  # fmt: skip
        _add_load_arguments(command, scenario)
        command.set_defaults(func=cmd_scenario, scenario=scenario)

    ref = sub.add_parser("ref-bot", help="run the reference aiogram echo bot against a fake")
    ref.add_argument("--api-base", required=True, help="the fake's base URL")
    ref.add_argument("--token", default=DEFAULT_TOKEN)
    ref.add_argument("--poll-timeout", type=int, default=10)
    ref.set_defaults(func=cmd_ref_bot)

    monitor = sub.add_parser("monitor", help="write the bot's CPU, RSS, cache and pool to CSV")
    monitor.add_argument("--metrics-url", default="http://127.0.0.1:9100/metrics")
    monitor.add_argument("--pid", type=int, default=None, help="the bot's PID (psutil)")
    monitor.add_argument("--interval", type=parse_duration, default=5.0)
    monitor.add_argument("--output", type=Path, default=Path("metrics.csv"))
    monitor.set_defaults(func=cmd_monitor)

    # Subcommands that live in their own modules: each exposes add_parser(subparsers).
    for add_parser in (seed.add_parser, queries.add_parser):
        add_parser(sub)
    return parser


# ---------------------------------------------------------------------------------------------
# Commands


def cmd_scenario(args: argparse.Namespace) -> int:
    """Run a scenario; exit 1 when a criterion fails."""
    base: Scenario = args.scenario
    scenario = base
    if base.name == "custom":
        scenario = Scenario(
            "custom", base.description, users=args.users, duration=args.duration,
            spawn_rate=args.spawn_rate, think=args.think, max_p95=args.max_p95,
            max_error_rate=args.max_error_rate, max_degradation=args.max_degradation,
            max_rss_growth=args.max_rss_growth,
        )  # fmt: skip
    if args.users < 1:
        print("loadgen: --users must be at least 1", file=sys.stderr)
        return EXIT_ERROR
    if args.port is None and not args.spawn_bot and base.name != "bench":
        print("loadgen: say where the bot is: --spawn-bot, or --port PORT for a bot you start",
              file=sys.stderr)  # fmt: skip
        return EXIT_ERROR
    kind: str | None = getattr(args, "kind", None)
    if kind is not None:  # one kind of reply: every message is one, with nothing else mixed in
        args.mix, args.typo_rate, args.button_rate, args.cap = bench_mix(kind), 0.0, 0.0, 0
        if kind == "coach" and args.memory is None:
            args.memory = False
    load = LoadConfig(
        users=args.users,
        duration=args.duration,
        spawn_rate=args.spawn_rate,
        think_min=args.think[0],
        think_max=args.think[1],
        session_cap=args.cap,
        max_sessions=args.sessions,
        mix=args.mix,
        timeout=args.timeout,
        button_rate=args.button_rate,
        typo_rate=args.typo_rate,
        seed=args.seed,
        **({"error_pattern": args.error_pattern} if args.error_pattern else {}),
    )
    target = Target(
        kind=args.bot,
        spawn=args.port is None,
        port=args.port or 0,
        token=args.token,
        database_url=args.database_url,
        redis_url=args.redis_url,
        data_dir=args.data_dir,
        extra_env=dict(args.bot_env),
        metrics_url=args.metrics_url,
        pid=args.bot_pid,
        start_timeout=args.start_timeout,
        rate_limits=args.rate_limits,
        server_errors=args.server_errors,
        drops=args.drops,
        jitter=args.jitter,
        fault_seed=args.seed,
        llm=Latency(args.llm_first_token, args.llm_per_token) if args.fake_llm else None,
        memory=args.memory,
    )
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    output = Output(
        directory=args.out or Path("reports") / f"{scenario.name}-{stamp}",
        progress=not args.quiet,
        png=not args.no_png,
        monitor_interval=args.monitor_interval,
    )
    settings: dict[str, object] = {
        "users": load.users, "duration_s": load.duration, "spawn_rate": load.spawn_rate,
        "think_s": [load.think_min, load.think_max], "session_cap": load.session_cap,
        "max_sessions": load.max_sessions,
        "mix": load.mix.describe(), "timeout_s": load.timeout, "button_rate": load.button_rate,
        "typo_rate": load.typo_rate, "seed": load.seed, "bot": target.kind,
        "spawned": target.spawn, "error_pattern": load.error_pattern,
        "rate_limits": target.rate_limits, "server_errors": target.server_errors,
        "drops": target.drops, "jitter_s": target.jitter,
        "fake_llm": None if target.llm is None else {
            "first_token_s": target.llm.first_token, "per_token_s": target.llm.per_token,
        },
        "memory": target.memory,
    }  # fmt: skip
    try:
        report = asyncio.run(
            execute(scenario, load, target, output, settings=settings,
                    ref_only=bool(getattr(args, "ref_only", False)))
        )  # fmt: skip
    except (BotStartError, TimeoutError, OSError) as exc:
        print(f"loadgen: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return EXIT_ERROR
    return EXIT_OK if report.passed else EXIT_FAILED


def cmd_ref_bot(args: argparse.Namespace) -> int:
    """Run the echo bot until SIGTERM/SIGINT."""
    asyncio.run(run_ref_bot(args.api_base, args.token, poll_timeout=args.poll_timeout))
    return EXIT_OK


def cmd_monitor(args: argparse.Namespace) -> int:
    """Write monitor rows until Ctrl-C."""
    probe = ProcessProbe(args.pid) if args.pid else None
    monitor = Monitor(interval=args.interval, probe=probe, metrics_url=args.metrics_url,
                      output=args.output)  # fmt: skip
    print(f"loadgen: writing {args.output} every {args.interval:g} s; Ctrl-C stops",
          file=sys.stderr)  # fmt: skip
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(monitor.run(asyncio.Event()))
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and run the command; return the exit code."""
    args = build_parser().parse_args(argv)
    # aiogram logs every update at INFO: that would cost the bots' and loadgen's CPU.
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    func: Callable[[argparse.Namespace], int] = args.func
    return func(args)


if __name__ == "__main__":
    sys.exit(main())
