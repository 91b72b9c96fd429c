"""The seed's load scenarios (steady, spike, endurance), a custom one, the ratio bench, and
their pass/fail criteria; ``execute`` runs one and writes its report.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Final, Literal, TextIO

import aiohttp

from loadgen.anthropic import FakeAnthropic, Latency
from loadgen.coach import coach_timing
from loadgen.monitor import Monitor, ProcessProbe, ServersProbe, scrape
from loadgen.report import (
    Criterion,
    Phase,
    Report,
    format_report,
    percentile,
    plot_latency,
    summarize,
    write_json,
)
from loadgen.runner import (
    BotProcess,
    LoadConfig,
    LoadRun,
    daemon_process,
    free_port,
    ref_bot_process,
)
from loadgen.telegram import FakeTelegram
from loadgen.users import TaskKind, TaskMix

DEFAULT_TOKEN: Final = "123456:LOADGEN-fake-token"  # noqa: S105 - the fake's own test token
LLM_KEY: Final = "loadgen-fake-anthropic-key"  # the fake model's key, for the spawned daemon
LOADGEN_CPU_SHARE: Final = 0.25
"""loadgen must spend under this share of the reference bot's CPU per 1,000 replies..."""
LOADGEN_CPU_USERS: Final = 100
"""...at this many users (fewer users mean fewer updates per getUpdates: the fake's cost per
reply rises, and the comparison says more about batching than about loadgen)."""


@dataclass(frozen=True, slots=True)
class Scenario:
    """A named load shape and the criteria it must meet."""

    name: str
    description: str
    users: int
    duration: float
    spawn_rate: float
    think: tuple[float, float] = (5.0, 15.0)
    max_p95: float | None = None
    """Seconds; P95 of the final-reply latency over all messages."""
    max_error_rate: float | None = None
    max_degradation: float | None = None
    """Allowed growth of P95 from the first tenth of the run to the last (0.2 = 20 %)."""
    degradation_slack: float = 0.05
    """Seconds of P95 growth always tolerated: millisecond P95s are noisy on a shared box."""
    max_rss_growth: float | None = None
    """Allowed growth of the bot's RSS from the end of the first tenth to the end."""
    rate_limits: bool = True
    """Whether the fake applies Telegram's flood limits by default (429 with retry_after)."""


SCENARIOS: Final = {
    "steady": Scenario(
        "steady", "100 users, spawned 10/s, for 10 minutes", users=100, duration=600.0,
        spawn_rate=10.0, max_p95=3.0, max_error_rate=0.01,
    ),
    "spike": Scenario(
        "spike", "0 to 200 users at once, for 5 minutes", users=200, duration=300.0,
        spawn_rate=0.0, max_p95=5.0, max_error_rate=0.05,
    ),
    "endurance": Scenario(
        "endurance", "50 users, spawned 5/s, for 60 minutes, without degradation", users=50,
        duration=3600.0, spawn_rate=5.0, max_p95=3.0, max_error_rate=0.01,
        max_degradation=0.2, max_rss_growth=0.10,
    ),
    "custom": Scenario("custom", "users and criteria from flags", users=10, duration=60.0,
                       spawn_rate=0.0, rate_limits=False),
    "bench": Scenario(
        "bench", "the reference echo bot, then the daemon: same users, zero think time",
        users=100, duration=20.0, spawn_rate=0.0, think=(0.0, 0.0), max_error_rate=0.01,
        rate_limits=False,
    ),
}  # fmt: skip


BENCH_KINDS: Final = {
    "help": {TaskKind.HELP: 1.0},
    "log": {TaskKind.LOG: 1.0},
    "today": {TaskKind.TODAY: 1.0},
    "water": {TaskKind.WATER: 1.0},
    "mix": {TaskKind.LOG: 1.0, TaskKind.TODAY: 1.0, TaskKind.WATER: 1.0},
    "coach": {TaskKind.CHAT: 1.0},
}
"""`loadgen bench --kind`: one kind of reply at a time (mix: /log, /today and /water), each
measured against the echo bot; coach is free text for the coach (its memory off)."""


def bench_mix(kind: str) -> TaskMix:
    """The task mix of a bench kind."""
    return TaskMix(BENCH_KINDS[kind])


@dataclass(frozen=True, slots=True)
class Target:
    """The bot under test and how to reach it."""

    kind: Literal["daemon", "ref"] = "daemon"
    spawn: bool = True
    """Start it as a subprocess; otherwise wait for one the operator points at the fake."""
    port: int = 0
    """The fake's port (0: any free one; give one for a bot started by the operator)."""
    token: str = DEFAULT_TOKEN
    database_url: str | None = None
    redis_url: str | None = None
    data_dir: Path | None = None
    extra_env: dict[str, str] = field(default_factory=dict)
    metrics_url: str | None = None
    pid: int | None = None
    start_timeout: float = 180.0
    rate_limits: bool = False
    """Make the fake refuse like Telegram over 1 message/s per chat or 30/s overall."""
    server_errors: float = 0.0
    """Share of the bot's Bot API calls (getUpdates included) answered 500/502."""
    drops: float = 0.0
    """Share of the bot's Bot API calls whose connection the fake closes unanswered."""
    jitter: float = 0.0
    """Up to this many seconds of extra delay on every Bot API call."""
    fault_seed: int = 0
    llm: Latency | None = None
    """For a spawned daemon: run the fake Anthropic in loadgen with this latency and point
    the daemon's coach at it (the model's time then costs the daemon no CPU, and the report
    splits the coach's reply time); None: the daemon's own offline fake."""
    memory: bool | None = None
    """For a spawned daemon: the coach's memory on or off (None: the daemon's default);
    when on, the run starts once the memory is ready."""


@dataclass(frozen=True, slots=True)
class Output:
    """Where and how results are shown and written."""

    directory: Path
    progress: bool = True
    png: bool = True
    monitor_interval: float | None = None
    """Seconds between monitor rows (None: from the duration, 1-5 s)."""
    stream: TextIO = field(default_factory=lambda: sys.stderr)


# ---------------------------------------------------------------------------------------------
# Criteria


def evaluate(scenario: Scenario, phase: Phase) -> list[Criterion]:
    """Check one phase against the scenario's criteria."""
    overall = summarize(phase.samples)
    criteria: list[Criterion] = []
    prefix = f"{phase.label}: " if scenario.name == "bench" else ""
    if scenario.max_p95 is not None:
        p95 = None if overall.final is None else overall.final.p95
        criteria.append(
            Criterion(
                f"{prefix}P95 final reply",
                f"< {scenario.max_p95:g} s",
                "no replies" if p95 is None else f"{p95:.3f} s",
                p95 is not None and p95 < scenario.max_p95,
            )
        )
    if scenario.max_error_rate is not None:
        criteria.append(
            Criterion(
                f"{prefix}error rate",
                f"< {scenario.max_error_rate:.0%}",
                f"{overall.error_rate:.2%} ({overall.errors}/{overall.messages})",
                overall.messages > 0 and overall.error_rate < scenario.max_error_rate,
            )
        )
    if scenario.max_degradation is not None:
        criteria.append(_degradation(scenario, phase))
    if scenario.max_rss_growth is not None:
        criteria.append(_rss_growth(scenario.max_rss_growth, phase))
    return criteria


def tenth_p95s(phase: Phase) -> tuple[list[float], list[float]]:
    """Final-reply latencies of messages sent in the first and in the last tenth of the run."""
    tenth = phase.duration / 10.0
    first: list[float] = []
    last: list[float] = []
    for sample in phase.samples:
        if sample.error is not None or sample.final is None:
            continue
        offset = sample.sent_at - phase.started_at
        if offset < tenth:
            first.append(sample.final)
        elif offset >= phase.duration - tenth:
            last.append(sample.final)
    return sorted(first), sorted(last)


def _degradation(scenario: Scenario, phase: Phase) -> Criterion:
    assert scenario.max_degradation is not None
    name = "no degradation (P95 last tenth vs first)"
    limit = f"<= first x {1 + scenario.max_degradation:g} + {scenario.degradation_slack:g} s"
    first, last = tenth_p95s(phase)
    if len(first) < 5 or len(last) < 5:
        return Criterion(name, limit, f"{len(first)}/{len(last)} samples", True,
                         "skipped: too few messages in a tenth")  # fmt: skip
    p95_first, p95_last = percentile(first, 0.95), percentile(last, 0.95)
    allowed = p95_first * (1 + scenario.max_degradation) + scenario.degradation_slack
    return Criterion(name, limit, f"{p95_first:.3f} s -> {p95_last:.3f} s", p95_last <= allowed)


def _rss_growth(max_growth: float, phase: Phase) -> Criterion:
    name = "RSS growth (end of first tenth -> end)"
    limit = f"< {max_growth:.0%}"
    series = phase.rss_mb
    if len(series) < 2:
        return Criterion(name, limit, "no RSS samples", True, "skipped: bot RSS unknown")
    tenth = phase.duration / 10.0
    base = next((rss for at, rss in series if at >= tenth), series[0][1])
    end = series[-1][1]
    growth = (end - base) / base if base else 0.0
    return Criterion(
        name, limit, f"{base:.1f} -> {end:.1f} MB ({growth:+.1%})", growth < max_growth
    )


def bench_criteria(ref: Phase, bot: Phase | None) -> list[Criterion]:
    """loadgen is not the bottleneck; and the throughput ratio (reported, not judged)."""
    criteria: list[Criterion] = []
    loadgen = ref.cpu_per_1000(ref.loadgen_cpu)
    ref_bot = ref.cpu_per_1000(ref.bot_cpu)
    if loadgen is not None and ref_bot is not None:
        judged = ref.users >= LOADGEN_CPU_USERS
        criteria.append(
            Criterion(
                "loadgen CPU per 1000 replies vs the echo bot's",
                f"< {LOADGEN_CPU_SHARE:g} x {ref_bot:.3f} s",
                f"{loadgen:.3f} s ({loadgen / ref_bot:.2f} x)",
                loadgen < LOADGEN_CPU_SHARE * ref_bot or not judged,
                "" if judged else f"reported only: judged at >= {LOADGEN_CPU_USERS} users",
            )
        )
    if bot is not None and ref.throughput > 0:
        ratio = bot.throughput / ref.throughput
        criteria.append(
            Criterion(
                "throughput ratio daemon / echo bot",
                "reported",
                f"{bot.throughput:.1f} / {ref.throughput:.1f} = {ratio:.3f}",
                True,
            )
        )
    return criteria


# ---------------------------------------------------------------------------------------------
# Running


async def run_phase(
    label: str, target: Target, load: LoadConfig, output: Output, *, warmup: float = 0.0
) -> Phase:
    """Start the fake (and the bot), drive the users, measure, stop everything; CPU is
    measured from `warmup` seconds into the run (of `load.duration`)."""
    output.directory.mkdir(parents=True, exist_ok=True)
    workdir: Path | None = None
    bot: BotProcess | None = None
    metrics_url = target.metrics_url
    faults = {"*": target.server_errors} if target.server_errors else None
    drops = {"*": target.drops} if target.drops else None
    async with contextlib.AsyncExitStack() as stack:
        fake = await stack.enter_async_context(FakeTelegram(
            target.token, port=target.port, rate_limits=target.rate_limits,
            server_errors=faults, drops=drops, jitter=target.jitter, seed=target.fault_seed,
        ))  # fmt: skip
        model = None
        extra_env = dict(target.extra_env)
        if target.kind == "daemon" and target.spawn:
            extra_env = {**_coach_env(target), **extra_env}
            if target.llm is not None:
                model = await stack.enter_async_context(
                    FakeAnthropic(LLM_KEY, latency=target.llm, keep_requests=0)
                )
                extra_env["HEALTHBOT_ANTHROPIC__BASE_URL"] = model.base_url
        try:
            if target.spawn:
                log_path = output.directory / f"bot-{label}.log"
                if target.kind == "ref":
                    bot = ref_bot_process(api_base=fake.base_url, token=target.token,
                                          log_path=log_path)  # fmt: skip
                else:
                    workdir = target.data_dir or Path(tempfile.mkdtemp(prefix="loadgen-bot-"))
                    metrics_port = free_port()
                    metrics_url = metrics_url or f"http://127.0.0.1:{metrics_port}/metrics"
                    bot = daemon_process(
                        api_base=fake.base_url, token=target.token, data_dir=workdir,
                        metrics_port=metrics_port, log_path=log_path,
                        database_url=target.database_url, redis_url=target.redis_url,
                        pacing=target.rate_limits, extra_env=extra_env,
                    )  # fmt: skip
                _say(output, f"[{label}] starting {bot.name} (log: {log_path}) ...")
                started = time.monotonic()
                await bot.start(fake, within=target.start_timeout)
                _say(output, f"[{label}] {bot.name} is polling after "
                             f"{time.monotonic() - started:.1f} s")  # fmt: skip
                if target.memory and metrics_url:
                    await _wait_for_memory(metrics_url, target.start_timeout)
                    _say(output, f"[{label}] the coach's memory is ready after "
                                 f"{time.monotonic() - started:.1f} s")  # fmt: skip
            else:
                _say(
                    output,
                    f"[{label}] fake Telegram at {fake.base_url} (token {target.token}):"
                    " start the bot against it; waiting for its first getUpdates ...",
                )
                await _wait_for_poll(fake, target.start_timeout)
            probe = bot.probe if bot is not None else (
                ProcessProbe(target.pid) if target.pid else None
            )  # fmt: skip
            return await _drive(
                label,
                target=target,
                load=load,
                output=output,
                fake=fake,
                model=model,
                probe=probe,
                servers=None if workdir is None else ServersProbe(workdir),
                metrics_url=metrics_url,
                warmup=warmup,
            )
        finally:
            if bot is not None:
                code = await bot.stop()
                if code not in (0, None):
                    _say(output, f"[{label}] {bot.name} exited with code {code}:\n"
                                 f"{bot.log_tail()}")  # fmt: skip
            if workdir is not None and target.data_dir is None:
                shutil.rmtree(workdir, ignore_errors=True)


def _coach_env(target: Target) -> dict[str, str]:
    """The spawned daemon's coach settings: its fake model, memory, and no per-user limits
    (a load run is many messages from few users; the limits would answer instead)."""
    env = {
        "HEALTHBOT_ANTHROPIC__MESSAGES_PER_MINUTE": "1000000",
        "HEALTHBOT_ANTHROPIC__DAILY_TOKENS": "1000000000000",
    }
    if target.llm is not None:
        env["HEALTHBOT_ANTHROPIC__API_KEY"] = LLM_KEY
    if target.memory is not None:
        env["HEALTHBOT_MEMORY__ENABLED"] = "true" if target.memory else "false"
    return env


async def _wait_for_memory(metrics_url: str, within: float) -> None:
    """Until the daemon says its memory is ready (the embedding model loads in the
    background)."""
    deadline = time.monotonic() + within
    async with aiohttp.ClientSession() as session:
        while (await scrape(session, metrics_url)).get("healthbot_coach_memory_ready") != 1:
            if time.monotonic() > deadline:
                raise TimeoutError(f"the daemon's memory was not ready within {within:.0f} s")
            await asyncio.sleep(1.0)


async def _wait_for_poll(fake: FakeTelegram, within: float) -> None:
    deadline = time.monotonic() + within
    while not fake.calls["getUpdates"]:
        if time.monotonic() > deadline:
            raise TimeoutError(f"no bot polled the fake within {within:.0f} s")
        await asyncio.sleep(0.1)


async def _drive(
    label: str,
    *,
    target: Target,
    load: LoadConfig,
    output: Output,
    fake: FakeTelegram,
    model: FakeAnthropic | None,
    probe: ProcessProbe | None,
    metrics_url: str | None,
    servers: ServersProbe | None = None,
    warmup: float = 0.0,
) -> Phase:
    run = LoadRun(fake, load)
    interval = output.monitor_interval or min(max(load.duration / 60.0, 1.0), 5.0)
    monitor = Monitor(
        interval=interval, progress=run.progress, probe=probe, metrics_url=metrics_url,
        output=output.directory / f"monitor-{label}.csv",
    )  # fmt: skip
    async with aiohttp.ClientSession() as session:
        before = await scrape(session, metrics_url) if metrics_url else {}
    stop = asyncio.Event()
    monitoring = asyncio.create_task(monitor.run(stop))
    showing = (
        asyncio.create_task(_show_progress(label, run, load, output.stream, stop))
        if output.progress and output.stream.isatty()
        else None
    )
    running = asyncio.create_task(run.run())
    if warmup > 0:  # the first imports, connections and registrations are no reply's cost
        await asyncio.wait({running}, timeout=warmup)
    measured_from = time.monotonic() if warmup > 0 else None
    cpu_before = time.process_time()
    bot_cpu_before = probe.cpu_seconds() if probe else None
    servers_before = servers.readings() if servers else {}
    try:
        await running
    finally:
        loadgen_cpu = time.process_time() - cpu_before
        bot_cpu_after = probe.cpu_seconds() if probe else None
        servers_after = servers.readings() if servers else {}
        stop.set()
        await monitoring
        if showing is not None:
            await showing
    async with aiohttp.ClientSession() as session:
        after = await scrape(session, metrics_url) if metrics_url else {}
    bot_cpu = (
        bot_cpu_after - bot_cpu_before
        if bot_cpu_after is not None and bot_cpu_before is not None
        else None
    )
    # The fake counts the 429s it gave; the bot's own count (if it has one) is in the metrics.
    rate_limited = fake.rate_limited.total()
    return Phase(
        label=label,
        bot="reference echo bot" if target.kind == "ref" else "healthbot daemon",
        duration=run.elapsed,
        samples=run.samples,
        started_at=run.started_at,
        users=load.users,
        sessions=run.stats.sessions,
        unexpected_replies=run.unexpected_replies,
        loadgen_cpu=loadgen_cpu,
        bot_cpu=bot_cpu,
        servers_cpu=None if servers is None else servers.spent(servers_before, servers_after),
        measured_from=measured_from,
        bot_pid=probe.pid if probe else None,
        rss_mb=monitor.rss_mb,
        metrics_before=before,
        metrics_after=after,
        rate_limited=rate_limited,
        faults=dict(fake.injected),
        coach=None if model is None else coach_timing(run.samples, model.answered, target.token),
    )


async def _show_progress(
    label: str, run: LoadRun, load: LoadConfig, stream: TextIO, stop: asyncio.Event
) -> None:
    """Rewrite one status line every second (terminals only)."""
    while not stop.is_set():
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), 1.0)
        progress = run.progress()
        p95 = "-" if progress.p95 is None else f"{progress.p95 * 1000:.0f} ms"
        stream.write(
            f"\r[{label}] {run.elapsed:6.1f}/{load.duration:.0f} s  users {progress.users:>4}  "
            f"sent {progress.sent:>7}  replies {progress.replies:>7}  "
            f"errors {progress.errors:>5}  P95(10 s) {p95:>8}   "
        )
        stream.flush()
    stream.write("\n")


def _say(output: Output, text: str) -> None:
    output.stream.write(text + "\n")
    output.stream.flush()


async def execute(
    scenario: Scenario,
    load: LoadConfig,
    target: Target,
    output: Output,
    *,
    settings: dict[str, object] | None = None,
    ref_only: bool = False,
    print_table: Callable[[str], None] = print,
) -> Report:
    """Run the scenario (for ``bench``: the echo bot, then the daemon), then report."""
    started = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    phases: list[Phase] = []
    criteria: list[Criterion] = []
    if scenario.name == "bench":
        ref = await run_phase("reference", replace(target, kind="ref", spawn=True), load, output)
        phases.append(ref)
        criteria += evaluate(scenario, ref)
        daemon: Phase | None = None
        if not ref_only:
            daemon = await run_phase("daemon", target, load, output)
            phases.append(daemon)
            criteria += evaluate(scenario, daemon)
        criteria += bench_criteria(ref, daemon)
    else:
        phase = await run_phase(target.kind if target.kind == "ref" else "daemon", target,
                                load, output)  # fmt: skip
        phases.append(phase)
        criteria += evaluate(scenario, phase)
    report = Report(
        scenario=scenario.name,
        description=scenario.description,
        settings=dict(settings or {}),
        phases=phases,
        criteria=criteria,
        started=started,
    )
    write_json(report, output.directory / "report.json")
    if output.png:
        plot_latency(report, output.directory / "latency.png")
    print_table(format_report(report))
    print_table(f"\nreport: {output.directory / 'report.json'}"
                + (f", {output.directory / 'latency.png'}" if output.png else ""))  # fmt: skip
    return report
