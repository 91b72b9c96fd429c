"""Results of a load run: latency statistics, the end-of-run table, the JSON report and a PNG.

Latencies are measured per message (see ``loadgen.runner``): ``first`` is the time from the
update being made available to the first visible response (a draft, a message or an edit),
``final`` the time to the final reply (the first ``sendMessage`` after any drafts; for a
button press, the first message or edit).
"""

from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Final, Protocol

from loadgen.monitor import CacheStats, cache_stats

QUANTILES: Final = (0.50, 0.75, 0.90, 0.95, 0.99)


class Section(Protocol):
    """A part of a phase's report that another module measures (the coach's timing)."""

    def to_json(self) -> dict[str, Any]:
        """The section in the JSON report."""
        ...

    def lines(self) -> list[str]:
        """The section's lines in the end-of-run table."""
        ...


@dataclass(slots=True)
class Sample:
    """One message a virtual user sent, and what came back."""

    user_id: int
    task: str
    text: str
    sent_at: float
    """``time.monotonic()`` when the update was made available to the bot."""
    first_at: float | None = None
    """When the first visible response arrived (draft, message or edit)."""
    final_at: float | None = None
    """When the final reply arrived."""
    error: str | None = None
    """None, or the kind of failure: timeout, error_reply, send_failed."""
    replies: int = 0
    """sendMessage calls attributed to this message (1 is normal; 0 for a lost reply)."""
    reply_text: str | None = None

    @property
    def first(self) -> float | None:
        """Seconds to the first visible response."""
        return None if self.first_at is None else self.first_at - self.sent_at

    @property
    def final(self) -> float | None:
        """Seconds to the final reply."""
        return None if self.final_at is None else self.final_at - self.sent_at


def percentile(ordered: Sequence[float], q: float) -> float:
    """The q-quantile (0..1) of sorted values, interpolating linearly between ranks.

    The same definition as numpy's default ("linear"): rank ``q * (n - 1)``.
    """
    if not ordered:
        raise ValueError("percentile of no values")
    if not 0.0 <= q <= 1.0:
        raise ValueError(f"quantile {q} is outside 0..1")
    rank = q * (len(ordered) - 1)
    low = math.floor(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


@dataclass(frozen=True, slots=True)
class LatencyStats:
    """Percentiles of one set of latencies, in seconds."""

    count: int
    p50: float
    p75: float
    p90: float
    p95: float
    p99: float
    max: float
    mean: float

    @classmethod
    def of(cls, values: Iterable[float]) -> LatencyStats | None:
        """Statistics of the values (None when there are none)."""
        ordered = sorted(values)
        if not ordered:
            return None
        p50, p75, p90, p95, p99 = (percentile(ordered, q) for q in QUANTILES)
        return cls(
            count=len(ordered),
            p50=p50,
            p75=p75,
            p90=p90,
            p95=p95,
            p99=p99,
            max=ordered[-1],
            mean=sum(ordered) / len(ordered),
        )


@dataclass(frozen=True, slots=True)
class TaskSummary:
    """What happened to the messages of one task kind (or of all)."""

    messages: int
    errors: int
    errors_by_kind: dict[str, int]
    final: LatencyStats | None
    first: LatencyStats | None
    extra_replies: int
    """sendMessage calls beyond the first, for messages that got more than one."""

    @property
    def error_rate(self) -> float:
        """Errors per message (0 when there were no messages)."""
        return self.errors / self.messages if self.messages else 0.0


def summarize(samples: Iterable[Sample]) -> TaskSummary:
    """Summarize samples of any mix of tasks."""
    samples = list(samples)
    errors = Counter(sample.error for sample in samples if sample.error is not None)
    return TaskSummary(
        messages=len(samples),
        errors=sum(errors.values()),
        errors_by_kind=dict(errors.most_common()),
        final=LatencyStats.of(s.final for s in samples if s.error is None and s.final is not None),
        first=LatencyStats.of(s.first for s in samples if s.error is None and s.first is not None),
        extra_replies=sum(max(sample.replies - 1, 0) for sample in samples),
    )


def summarize_by_task(samples: Iterable[Sample]) -> dict[str, TaskSummary]:
    """One summary per task kind, in a stable order, plus ``all``."""
    by_task: defaultdict[str, list[Sample]] = defaultdict(list)
    every: list[Sample] = []
    for sample in samples:
        by_task[sample.task].append(sample)
        every.append(sample)
    result = {task: summarize(by_task[task]) for task in sorted(by_task)}
    result["all"] = summarize(every)
    return result


def summarize_by_command(samples: Iterable[Sample]) -> dict[str, TaskSummary]:
    """One summary per bot command sent ("/log", "/today", ...), most used first; messages
    that are no command (chat, button presses) are left out."""
    by_command: defaultdict[str, list[Sample]] = defaultdict(list)
    for sample in samples:
        if sample.text.startswith("/") and sample.task != "probe":
            by_command[sample.text.split(maxsplit=1)[0].split("@")[0]].append(sample)
    ordered = sorted(by_command.items(), key=lambda item: (-len(item[1]), item[0]))
    return {command: summarize(found) for command, found in ordered}


@dataclass(frozen=True, slots=True)
class Criterion:
    """One pass/fail check of a scenario."""

    name: str
    limit: str
    measured: str
    passed: bool
    note: str = ""


@dataclass(slots=True)
class Phase:
    """The results of driving one bot: latencies, throughput, resources."""

    label: str
    bot: str
    duration: float
    """Seconds from the first message sent to the last reply awaited."""
    samples: list[Sample]
    started_at: float
    """``time.monotonic()`` at the start of the run (the time axis of the samples)."""
    users: int
    sessions: int
    unexpected_replies: int = 0
    """sendMessage calls that arrived after their chat's last message was settled."""
    loadgen_cpu: float | None = None
    bot_cpu: float | None = None
    servers_cpu: float | None = None
    """CPU of a spawned daemon's embedded PostgreSQL and Redis (None: not spawned so)."""
    measured_from: float | None = None
    """``time.monotonic()`` when CPU began to be measured (None: from the start)."""
    bot_pid: int | None = None
    rss_mb: list[tuple[float, float]] = field(default_factory=list)
    """(seconds into the run, bot RSS in MB) as sampled by the monitor."""
    metrics_before: dict[str, float] = field(default_factory=dict)
    metrics_after: dict[str, float] = field(default_factory=dict)
    rate_limited: int | None = None
    """429 answers the fake gave the bot (None: unknown)."""
    faults: dict[str, int] = field(default_factory=dict)
    """Faults the fake injected, by kind ("500", "502", "drop")."""
    coach: Section | None = None
    """The coach's model time and overhead, when loadgen ran the fake model."""

    @property
    def replies(self) -> int:
        """Messages that got their final reply."""
        return sum(1 for sample in self.samples if sample.final_at is not None)

    @property
    def throughput(self) -> float:
        """Final replies per second over the run."""
        return self.replies / self.duration if self.duration > 0 else 0.0

    def second_half(self) -> list[Sample]:
        """The messages sent in the second half of the run: the daemon's start-up (loading
        the food search and the embedding model, the first users arriving) is behind them."""
        middle = self.started_at + self.duration / 2
        return [sample for sample in self.samples if sample.sent_at >= middle]

    def measured(self) -> list[Sample]:
        """The messages answered while CPU was measured (all, without a warm-up)."""
        start = self.measured_from
        return [
            sample for sample in self.samples
            if sample.final_at is not None and (start is None or sample.final_at >= start)
        ]  # fmt: skip

    def cpu_per_1000(self, seconds: float | None) -> float | None:
        """CPU seconds per 1,000 final replies (those of the measured time)."""
        replies = len(self.measured())
        if seconds is None or not replies:
            return None
        return seconds * 1000.0 / replies


@dataclass(slots=True)
class Report:
    """Everything a run produced; ``to_json`` is the file format."""

    scenario: str
    description: str
    settings: dict[str, Any]
    phases: list[Phase]
    criteria: list[Criterion] = field(default_factory=list)
    started: str = ""
    """Wall-clock start, ISO 8601."""

    @property
    def passed(self) -> bool:
        """Whether every criterion passed."""
        return all(criterion.passed for criterion in self.criteria)

    def to_json(self) -> dict[str, Any]:
        """The report as JSON-ready data (latencies in seconds)."""
        return {
            "scenario": self.scenario,
            "description": self.description,
            "started": self.started,
            "settings": self.settings,
            "passed": self.passed,
            "criteria": [asdict(criterion) for criterion in self.criteria],
            "phases": [_phase_json(phase) for phase in self.phases],
        }


def _phase_json(phase: Phase) -> dict[str, Any]:
    summaries = summarize_by_task(phase.samples)
    return {
        "label": phase.label,
        "bot": phase.bot,
        "users": phase.users,
        "sessions": phase.sessions,
        "duration_s": round(phase.duration, 3),
        "messages": len(phase.samples),
        "replies": phase.replies,
        "throughput_per_s": round(phase.throughput, 3),
        "unexpected_replies": phase.unexpected_replies,
        "rate_limited_429": phase.rate_limited,
        "faults_injected": phase.faults,
        "cpu": {
            "loadgen_s": phase.loadgen_cpu,
            "bot_s": phase.bot_cpu,
            "bot_pid": phase.bot_pid,
            "loadgen_s_per_1000_replies": phase.cpu_per_1000(phase.loadgen_cpu),
            "bot_s_per_1000_replies": phase.cpu_per_1000(phase.bot_cpu),
            "servers_s": phase.servers_cpu,
            "servers_s_per_1000_replies": phase.cpu_per_1000(phase.servers_cpu),
        },
        "tasks": {task: _summary_json(summary) for task, summary in summaries.items()},
        "commands": {
            command: _summary_json(summary)
            for command, summary in summarize_by_command(phase.samples).items()
        },
        "commands_second_half": {
            command: _summary_json(summary)
            for command, summary in summarize_by_command(phase.second_half()).items()
        },
        "rss_mb": phase.rss_mb,
        "metrics_before": phase.metrics_before,
        "metrics_after": phase.metrics_after,
        "derived_metrics": _derived_json(phase),
        "coach": None if phase.coach is None else phase.coach.to_json(),
    }


def _derived_json(phase: Phase) -> dict[str, Any]:
    """``derived_metrics``, plus ``cache``: per namespace, its ``CacheStats.to_json``."""
    derived: dict[str, Any] = dict(derived_metrics(phase.metrics_before, phase.metrics_after))
    by_namespace = cache_stats(phase.metrics_before, phase.metrics_after)
    if by_namespace:
        derived["cache"] = {ns: stats.to_json() for ns, stats in by_namespace.items()}
    return derived


def _summary_json(summary: TaskSummary) -> dict[str, Any]:
    return {
        "messages": summary.messages,
        "errors": summary.errors,
        "error_rate": summary.error_rate,
        "errors_by_kind": summary.errors_by_kind,
        "extra_replies": summary.extra_replies,
        "final_s": None if summary.final is None else asdict(summary.final),
        "first_visible_s": None if summary.first is None else asdict(summary.first),
    }


def derived_metrics(before: Mapping[str, float], after: Mapping[str, float]) -> dict[str, float]:
    """Cache hit ratios over the run, pool utilization and RSS at the end, from /metrics.

    ``cache_hit_rate`` is the old figure: hits / (hits + misses) of both tiers summed, so a
    local miss answered by Redis counts as one hit and one miss. ``cache_hit_ratio`` counts
    a miss only when the source was loaded (``CacheStats.hit_ratio`` over all namespaces);
    ``cache_stats`` has it per namespace.
    """
    derived: dict[str, float] = {}

    def delta(name: str) -> float:
        return after.get(name, 0.0) - before.get(name, 0.0)

    hits, misses = delta("healthbot_cache_hits_total"), delta("healthbot_cache_misses_total")
    if hits + misses > 0:
        derived["cache_hit_rate"] = hits / (hits + misses)
    ratio = CacheStats.total(cache_stats(before, after).values()).hit_ratio
    if ratio is not None:
        derived["cache_hit_ratio"] = ratio
    size = after.get("healthbot_db_pool_size")
    available = after.get("healthbot_db_pool_available")
    if size:
        derived["pool_utilization_end"] = (size - (available or 0.0)) / size
    if "healthbot_process_rss_bytes" in after:
        derived["rss_mb_end"] = after["healthbot_process_rss_bytes"] / 2**20
    if "process_cpu_seconds_total" in after:
        derived["bot_cpu_s_from_metrics"] = delta("process_cpu_seconds_total")
    if "healthbot_telegram_429_total" in after:
        derived["bot_429s_from_metrics"] = delta("healthbot_telegram_429_total")
    return derived


# ---------------------------------------------------------------------------------------------
# The table


def _ms(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value * 1000:.0f}" if value >= 0.1 else f"{value * 1000:.1f}"


def _per_1000(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f} s"


def format_phase(phase: Phase) -> str:
    """The end-of-run table for one phase: latencies per task, throughput, errors, CPU."""
    summaries = summarize_by_task(phase.samples)
    header = (
        f"{'task':<13}{'msgs':>7}{'errors':>8}"
        f"{'P50':>8}{'P75':>8}{'P90':>8}{'P95':>8}{'P99':>8}{'max':>8}{'first P95':>11}"
    )
    lines = [
        f"== {phase.label}: {phase.bot}, {phase.users} users, {phase.sessions} sessions, "
        f"{phase.duration:.1f} s",
        "final-reply latency in ms (first P95: first visible response)",
        header,
        "-" * len(header),
    ]
    for task, summary in summaries.items():
        if task == "all":
            lines.append("-" * len(header))
        lines.append(_summary_row(task, summary))
    commands = summarize_by_command(phase.samples)
    if commands:
        lines += ["", f"{'command':<13}" + header[13:], "-" * len(header)]
        lines += [_summary_row(command, summary) for command, summary in commands.items()]
        later = summarize_by_command(phase.second_half())
        lines += ["", "the same, for the messages of the second half of the run (start-up over)"]
        lines += [_summary_row(command, summary) for command, summary in later.items()]
    overall = summaries["all"]
    errors = ", ".join(f"{kind} {count}" for kind, count in overall.errors_by_kind.items())
    lines += [
        "",
        f"throughput     {phase.throughput:.1f} replies/s ({phase.replies} replies)",
        f"errors         {overall.errors} ({overall.error_rate:.2%})"
        + (f": {errors}" if errors else ""),
        f"extra replies  {overall.extra_replies} (more than one sendMessage for a message), "
        f"unexpected {phase.unexpected_replies}",
        "429s received  "
        + ("n/a" if phase.rate_limited is None else str(phase.rate_limited))
        + (f"; faults injected: {phase.faults}" if phase.faults else ""),
        f"CPU / 1000     loadgen {_per_1000(phase.cpu_per_1000(phase.loadgen_cpu))}, "
        f"bot {_per_1000(phase.cpu_per_1000(phase.bot_cpu))} (its own process; per 1000 "
        "replies, so idle time counts when users think)"
        + ("" if phase.servers_cpu is None else
           f", its embedded servers {_per_1000(phase.cpu_per_1000(phase.servers_cpu))}"),
    ]  # fmt: skip
    derived = derived_metrics(phase.metrics_before, phase.metrics_after)
    by_namespace = cache_stats(phase.metrics_before, phase.metrics_after)
    if by_namespace:
        # The cache table below has the ratio that counts a miss only for a load.
        derived.pop("cache_hit_rate", None)
        derived.pop("cache_hit_ratio", None)
    if derived:
        lines.append(
            "bot metrics    " + ", ".join(f"{key} {value:.3g}" for key, value in derived.items())
        )
    if phase.coach is not None:
        lines += phase.coach.lines()
    if by_namespace:
        lines += ["", *format_cache(by_namespace)]
    return "\n".join(lines)


def _summary_row(name: str, summary: TaskSummary) -> str:
    final = summary.final
    return (
        f"{name[:12]:<13}{summary.messages:>7}{summary.errors:>8}"
        + "".join(
            f"{_ms(None if final is None else getattr(final, stat)):>8}"
            for stat in ("p50", "p75", "p90", "p95", "p99", "max")
        )
        + f"{_ms(None if summary.first is None else summary.first.p95):>11}"
    )


def _ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.1%}"


def format_cache(by_namespace: Mapping[str, CacheStats]) -> list[str]:
    """The cache table: per namespace over the run, hits by tier, misses (loads), hit ratio."""
    width = max([13, *(len(namespace) + 1 for namespace in by_namespace)])
    header = (
        f"{'namespace':<{width}}{'lookups':>9}{'local hits':>12}{'redis hits':>12}"
        f"{'misses':>9}{'coalesced':>11}{'hit ratio':>11}"
    )
    lines = [
        "cache over the run (misses: loads from the source; coalesced: waited for a load in "
        "flight)",
        header,
        "-" * len(header),
    ]
    rows = dict(by_namespace)
    if len(rows) > 1:
        rows["all"] = CacheStats.total(by_namespace.values())
    for namespace, stats in rows.items():
        if namespace == "all":
            lines.append("-" * len(header))
        lines.append(
            f"{namespace:<{width}}{stats.lookups:>9}{stats.local_hits:>12}{stats.redis_hits:>12}"
            f"{stats.misses:>9}{stats.coalesced:>11}{_ratio(stats.hit_ratio):>11}"
        )
    return lines


def format_report(report: Report) -> str:
    """Every phase's table, then the criteria with a verdict."""
    parts = [format_phase(phase) for phase in report.phases]
    if report.criteria:
        width = max(len(criterion.name) for criterion in report.criteria)
        lines = ["criteria"]
        for criterion in report.criteria:
            verdict = "PASS" if criterion.passed else "FAIL"
            note = f"  ({criterion.note})" if criterion.note else ""
            lines.append(
                f"  {verdict}  {criterion.name:<{width}}  {criterion.measured} "
                f"(limit {criterion.limit}){note}"
            )
        lines.append(f"result: {'PASS' if report.passed else 'FAIL'}")
        parts.append("\n".join(lines))
    return "\n\n".join(parts)


def write_json(report: Report, path: Path) -> None:
    """Write the JSON report."""
    path.write_text(json.dumps(report.to_json(), indent=2, ensure_ascii=False) + "\n")


# ---------------------------------------------------------------------------------------------
# The picture


def _bins(phase: Phase, width: float) -> tuple[list[float], list[float], list[float], list[float]]:
    """Per time bin: its centre, P50 and P95 of final latency, replies per second."""
    buckets: defaultdict[int, list[float]] = defaultdict(list)
    replies: Counter[int] = Counter()
    for sample in phase.samples:
        if sample.final_at is None:
            continue
        replies[int((sample.final_at - phase.started_at) // width)] += 1
        if sample.error is None and sample.final is not None:
            buckets[int((sample.sent_at - phase.started_at) // width)].append(sample.final)
    centres, p50s, p95s, rates = [], [], [], []
    for index in range(max([*buckets, *replies], default=-1) + 1):
        centres.append((index + 0.5) * width)
        ordered = sorted(buckets.get(index, []))
        p50s.append(percentile(ordered, 0.5) if ordered else math.nan)
        p95s.append(percentile(ordered, 0.95) if ordered else math.nan)
        # The last bin may be cut short by the end of the run: a rate over what it covers.
        covered = min(width, phase.duration - index * width)
        rates.append(replies[index] / covered if covered > width / 4 else math.nan)
    return centres, p50s, p95s, rates


def plot_latency(report: Report, path: Path, *, max_points: int = 20_000) -> None:
    """Draw latency over time (every message, P50/P95 per bin) and throughput, as a PNG."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt
    from matplotlib.ticker import FuncFormatter, LogLocator, NullFormatter

    phases = report.phases
    fig, axes = plt.subplots(
        2, len(phases), figsize=(7.5 * len(phases), 7.0), squeeze=False, sharex="col", sharey="row",
        gridspec_kw={"height_ratios": [3, 1.3]},
    )  # fmt: skip
    for column, phase in enumerate(phases):
        top, bottom = axes[0][column], axes[1][column]
        width = max(phase.duration / 60.0, 0.5)
        ok = [s for s in phase.samples if s.error is None and s.final is not None]
        step = max(1, len(ok) // max_points)  # thin the dots, never the percentiles
        shown = ok[::step]
        top.scatter(
            [s.sent_at - phase.started_at for s in shown],
            [max(s.final or 0.0, 1e-4) * 1000 for s in shown],
            s=4, alpha=0.25, color="tab:blue", linewidths=0, label="final reply (each message)",
        )  # fmt: skip
        centres, p50s, p95s, rates = _bins(phase, width)
        # Markers, so that a bin between empty ones (a burst of sends) still shows.
        top.plot(
            centres,
            [v * 1000 for v in p50s],
            color="tab:green",
            lw=1.8,
            marker="o",
            ms=3,
            label="P50 (by send time)",
        )
        top.plot(centres, [v * 1000 for v in p95s], color="tab:orange", lw=1.8, marker="o",
                 ms=3, label="P95 (by send time)")  # fmt: skip
        failed = [s for s in phase.samples if s.error is not None]
        if failed:
            ceiling = max([(s.final or 0.0) * 1000 for s in ok] or [1000.0]) * 1.5
            top.scatter(
                [s.sent_at - phase.started_at for s in failed], [ceiling] * len(failed),
                marker="x", color="tab:red", s=25, label=f"error ({len(failed)})",
            )  # fmt: skip
        top.set_yscale("log")
        top.yaxis.set_major_locator(LogLocator(subs=(1.0, 2.0, 5.0)))
        top.yaxis.set_major_formatter(FuncFormatter(lambda value, _: f"{value:g}"))
        top.yaxis.set_minor_formatter(NullFormatter())
        top.set_ylabel("latency to final reply (ms, log scale)")
        top.grid(True, which="both", alpha=0.3)
        overall = summarize(phase.samples)
        p95 = "-" if overall.final is None else f"{overall.final.p95 * 1000:.0f} ms"
        top.set_title(
            f"{report.scenario} · {phase.label}: {phase.bot}\n"
            f"{phase.users} users, {phase.throughput:.1f} replies/s, P95 {p95}, "
            f"errors {overall.errors}/{overall.messages}",
            fontsize=10,
        )
        top.legend(loc="best", fontsize=8)
        bottom.bar(centres, rates, width=width * 0.9, color="tab:gray")
        bottom.set_ylabel("replies/s")
        bottom.set_xlabel("seconds since start")
        bottom.grid(True, alpha=0.3)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
