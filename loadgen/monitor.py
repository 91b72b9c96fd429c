"""Watching the bot under test: its /metrics, its process (psutil), and a CSV row every N s."""

from __future__ import annotations

import asyncio
import contextlib
import csv
import logging
import re
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Final, TextIO

import aiohttp
import psutil
from prometheus_client.parser import text_string_to_metric_families

log = logging.getLogger(__name__)

RATE_LIMITED_KEY: Final = "healthbot_telegram_429_total"
"""Derived key: Bot API calls of the bot that ended in TelegramRetryAfter (a 429)."""

CACHE_HITS_TOTAL: Final = "healthbot_cache_hits_total"
"""Lookups answered by a tier, by ``tier`` (local, redis) and ``namespace``."""
CACHE_MISSES_TOTAL: Final = "healthbot_cache_misses_total"
"""Lookups a tier could not answer, by ``tier`` and ``namespace`` (not loads: see CacheStats)."""
CACHE_LOADS_TOTAL: Final = "healthbot_cache_loads_total"
"""Values loaded from the source (the decorated coroutine), by ``namespace``."""
CACHE_INVALIDATIONS_TOTAL: Final = "healthbot_cache_invalidations_total"
"""Invalidations on writes, by ``namespace``."""
LABELLED: Final = frozenset(
    {CACHE_HITS_TOTAL, CACHE_MISSES_TOTAL, CACHE_LOADS_TOTAL, CACHE_INVALIDATIONS_TOTAL}
)
"""Samples also kept per label set by ``parse_metrics``, under ``series_key`` keys."""
CACHE_NAMESPACES: Final = ("user_profile", "nutrition", "conversation")
"""The daemon's namespaces: one CSV column each (reports show whichever namespaces appear)."""


def series_key(name: str, labels: Mapping[str, str]) -> str:
    """The flat key of one labelled series: ``name{a="x",b="y"}``, labels sorted, as Prometheus.

    Values are escaped as in the text format (backslash, double quote, newline).
    """
    inner = ",".join(f'{label}="{_escape(labels[label])}"' for label in sorted(labels))
    return f"{name}{{{inner}}}"


_SERIES: Final = re.compile(r"(?P<name>[A-Za-z_:][\w:]*)\{(?P<labels>.*)\}", re.DOTALL)
_LABEL: Final = re.compile(r'(?P<label>\w+)="(?P<value>(?:[^"\\]|\\.)*)",?')


def split_series_key(key: str) -> tuple[str, dict[str, str]] | None:
    """The name and labels of a ``series_key`` key; None for a plain (summed) name."""
    match = _SERIES.fullmatch(key)
    if match is None:
        return None
    labels = {
        found["label"]: _unescape(found["value"]) for found in _LABEL.finditer(match["labels"])
    }
    return match["name"], labels


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def _unescape(value: str) -> str:
    return re.sub(r"\\(.)", lambda m: "\n" if m[1] == "n" else m[1], value)


def parse_metrics(text: str) -> dict[str, float]:
    """Flatten Prometheus text: each sample name -> the sum over its label sets.

    Histograms keep their ``_sum``/``_count``/``_bucket`` names (buckets summed are useless
    but harmless). One derived key counts the bot's 429s (``RATE_LIMITED_KEY``). The cache
    counters (``LABELLED``) are also kept per label set, under ``series_key(name, labels)``,
    for ``cache_stats``.
    """
    values: dict[str, float] = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            values[sample.name] = values.get(sample.name, 0.0) + sample.value
            if sample.name in LABELLED and sample.labels:
                key = series_key(sample.name, sample.labels)
                values[key] = values.get(key, 0.0) + sample.value
            if (
                sample.name == "healthbot_telegram_api_calls_total"
                and sample.labels.get("outcome") == "TelegramRetryAfter"
            ):
                values[RATE_LIMITED_KEY] = values.get(RATE_LIMITED_KEY, 0.0) + sample.value
    if "healthbot_telegram_api_calls_total" in values:
        values.setdefault(RATE_LIMITED_KEY, 0.0)
    return values


@dataclass(frozen=True, slots=True)
class CacheStats:
    """One namespace's cache counters over an interval (increases, not totals).

    What ``healthbot.cache.Cache.get_or_load`` counts, per call: a local-tier hit
    (``local_hits``) or a local-tier miss (``local_misses``). A local miss then either waits
    for a load of the same key already in flight (single-flight: no further counter) or
    starts one, which asks Redis: a Redis hit (``redis_hits``, done), a Redis miss
    (``redis_misses``), or nothing counted when Redis is skipped (breaker open, error, no
    Redis) or its value does not decode. Those last end in a load from the source
    (``loads``, counted once it succeeded). So a local miss answered by Redis is a hit
    overall, and a miss overall is a load, not a tier's miss.
    """

    local_hits: int = 0
    redis_hits: int = 0
    loads: int = 0
    """Misses overall: values loaded from the source."""
    local_misses: int = 0
    """The local tier's misses (each then a Redis hit, a Redis miss/skip, or a wait)."""
    redis_misses: int = 0
    """Redis answered "not there" (a Redis skipped or failing counts nothing)."""
    invalidations: int = 0

    @property
    def hits(self) -> int:
        """Lookups answered by a tier: local + Redis."""
        return self.local_hits + self.redis_hits

    @property
    def misses(self) -> int:
        """Lookups that loaded from the source (``loads``)."""
        return self.loads

    @property
    def lookups(self) -> int:
        """Calls of the cached methods: local hits + local misses."""
        return self.local_hits + self.local_misses

    @property
    def coalesced(self) -> int:
        """Local misses neither a Redis hit nor a load: they waited for another caller's load
        in flight (or their load failed). Neither hits nor misses in ``hit_ratio``."""
        return max(self.local_misses - self.redis_hits - self.loads, 0)

    @property
    def hit_ratio(self) -> float | None:
        """(local hits + Redis hits) / (those + loads); None without either."""
        served = self.hits + self.misses
        return self.hits / served if served else None

    def __add__(self, other: CacheStats) -> CacheStats:
        """Counter by counter (namespaces summed)."""
        return CacheStats(
            local_hits=self.local_hits + other.local_hits,
            redis_hits=self.redis_hits + other.redis_hits,
            loads=self.loads + other.loads,
            local_misses=self.local_misses + other.local_misses,
            redis_misses=self.redis_misses + other.redis_misses,
            invalidations=self.invalidations + other.invalidations,
        )

    def to_json(self) -> dict[str, int | float | None]:
        """The figures for report.json: hits by tier, misses (loads), the ratio, the rest."""
        return {
            "hits_local": self.local_hits,
            "hits_redis": self.redis_hits,
            "hits": self.hits,
            "misses": self.misses,
            "hit_ratio": self.hit_ratio,
            "lookups": self.lookups,
            "coalesced": self.coalesced,
            "local_tier_misses": self.local_misses,
            "redis_tier_misses": self.redis_misses,
            "invalidations": self.invalidations,
        }

    @staticmethod
    def total(stats: Iterable[CacheStats]) -> CacheStats:
        """The sum over namespaces."""
        return sum(stats, CacheStats())


def cache_stats(before: Mapping[str, float], after: Mapping[str, float]) -> dict[str, CacheStats]:
    """Per namespace seen in ``after``, sorted: the cache counters' increase since ``before``.

    Both are ``parse_metrics`` results; a series missing from ``before`` counts from 0 (the
    daemon creates a namespace's series on its first use), and one that went down counts
    from 0 too (the daemon restarted in between).
    """
    fields = {
        (CACHE_HITS_TOTAL, "local"): "local_hits",
        (CACHE_HITS_TOTAL, "redis"): "redis_hits",
        (CACHE_MISSES_TOTAL, "local"): "local_misses",
        (CACHE_MISSES_TOTAL, "redis"): "redis_misses",
        (CACHE_LOADS_TOTAL, None): "loads",
        (CACHE_INVALIDATIONS_TOTAL, None): "invalidations",
    }
    counts: dict[str, dict[str, int]] = {}
    for key, value in after.items():
        parsed = split_series_key(key)
        if parsed is None:
            continue
        name, labels = parsed
        namespace = labels.get("namespace")
        field = fields.get((name, labels.get("tier")))
        if namespace is None or field is None:
            continue
        previous = before.get(key, 0.0)
        increase = value - previous if value >= previous else value
        per_namespace = counts.setdefault(namespace, {})
        per_namespace[field] = per_namespace.get(field, 0) + round(increase)
    return {namespace: CacheStats(**counts[namespace]) for namespace in sorted(counts)}


async def scrape(session: aiohttp.ClientSession, url: str) -> dict[str, float]:
    """GET the metrics page and flatten it; an empty dict when it cannot be read."""
    try:
        async with session.get(url, timeout=aiohttp.ClientTimeout(total=5)) as response:
            response.raise_for_status()
            text = await response.text()
    except (aiohttp.ClientError, TimeoutError) as exc:
        log.warning("cannot scrape %s: %s", url, exc)
        return {}
    return parse_metrics(text)


class ProcessProbe:
    """CPU seconds and RSS of one process by PID, via psutil.

    Only that process: a daemon's embedded PostgreSQL detaches from it (and a real one runs
    elsewhere), so the figures are the bot's own work, not its database's.
    """

    def __init__(self, pid: int):
        self.pid = pid
        self._process = psutil.Process(pid)

    def cpu_seconds(self) -> float | None:
        """User + system CPU seconds of the process so far (None once it is gone)."""
        try:
            times = self._process.cpu_times()
        except psutil.Error:
            return None
        return times.user + times.system

    def rss_bytes(self) -> int | None:
        """Resident memory (None once the process is gone)."""
        try:
            return int(self._process.memory_info().rss)
        except psutil.Error:
            return None


class ServersProbe:
    """CPU seconds of a spawned daemon's embedded servers: every process working in its data
    dir (the postmaster and its backends, redis-server), which ProcessProbe leaves out.

    A server process that exits between two readings takes its CPU with it; the pool's
    backends live as long as the daemon, so a run's figure misses little.
    """

    def __init__(self, data_dir: Path):
        self.data_dir = str(data_dir.resolve())
        self._processes: dict[int, psutil.Process] = {}

    def _scan(self) -> None:
        for process in psutil.process_iter():
            if process.pid in self._processes:
                continue
            with contextlib.suppress(psutil.Error):
                if process.cwd().startswith(self.data_dir):
                    self._processes[process.pid] = process

    def readings(self) -> dict[int, float]:
        """User + system CPU seconds so far of each server process (found anew each time)."""
        self._scan()
        found: dict[int, float] = {}
        for pid, process in list(self._processes.items()):
            try:
                times = process.cpu_times()
            except psutil.Error:
                continue
            found[pid] = times.user + times.system
        return found

    @staticmethod
    def spent(before: Mapping[int, float], after: Mapping[int, float]) -> float:
        """CPU seconds the servers spent between two readings (a process new since the
        first counts whole; one gone by the second is left out)."""
        return sum(seconds - before.get(pid, 0.0) for pid, seconds in after.items())


@dataclass(frozen=True, slots=True)
class Progress:
    """What the load run has done so far, for the monitor and the progress line."""

    users: int
    sent: int
    replies: int
    errors: int
    p95: float | None
    """P95 of final-reply latency over the recent window, seconds."""


CSV_FIELDS: Final = (
    "time", "elapsed_s", "bot_cpu_percent", "bot_rss_mb", "users", "messages_sent", "replies",
    "errors", "p95_recent_ms", "cache_hit_rate", "db_pool_in_use", "db_pool_size",
    "cache_hit_ratio", *(f"cache_hit_ratio_{namespace}" for namespace in CACHE_NAMESPACES),
)  # fmt: skip
"""``cache_hit_rate`` is the old per-tier figure (hits / (hits + misses) summed over both
tiers); ``cache_hit_ratio`` and its per-namespace columns count a miss only when the source
was loaded (see ``CacheStats``). Both cover the time since the previous row."""


class Monitor:
    """Writes a CSV row every ``interval`` seconds: bot CPU and RSS, load counters, P95.

    Bot CPU and RSS come from psutil when the PID is known, else from the bot's /metrics
    (``process_cpu_seconds_total``, ``healthbot_process_rss_bytes``).
    """

    def __init__(
        self,
        *,
        interval: float,
        progress: Callable[[], Progress] | None = None,
        probe: ProcessProbe | None = None,
        metrics_url: str | None = None,
        output: Path | None = None,
    ):
        self.interval = interval
        self.progress = progress
        self.probe = probe
        self.metrics_url = metrics_url
        self.output = output
        self.rss_mb: list[tuple[float, float]] = []
        """(elapsed s, RSS MB) samples, for the endurance scenario's growth check."""
        self._started = time.monotonic()
        self._last_cpu: tuple[float, float] | None = None  # (monotonic, cpu seconds)
        self._last_cache: tuple[float, float] | None = None  # (hits, misses)
        self._last_metrics: dict[str, float] = {}  # the last scrape that answered

    async def run(self, stop: asyncio.Event) -> None:
        """Sample until ``stop`` is set (one last row then)."""
        self._started = time.monotonic()
        file: TextIO | None = None
        writer = None
        if self.output is not None:
            file = self.output.open("w", newline="")
            writer = csv.DictWriter(file, fieldnames=CSV_FIELDS)
            writer.writeheader()
        try:
            async with aiohttp.ClientSession() as session:
                while True:
                    row = await self.sample(session)
                    if writer is not None and file is not None:
                        writer.writerow(row)
                        file.flush()
                    if stop.is_set():
                        return
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(stop.wait(), self.interval)
        finally:
            if file is not None:
                file.close()

    async def sample(self, session: aiohttp.ClientSession) -> dict[str, object]:
        """One row: measure now."""
        now = time.monotonic()
        elapsed = now - self._started
        metrics = await scrape(session, self.metrics_url) if self.metrics_url else {}
        cpu = self.probe.cpu_seconds() if self.probe else metrics.get("process_cpu_seconds_total")
        cpu_percent: float | None = None
        if cpu is not None:
            if self._last_cpu is not None and now > self._last_cpu[0]:
                cpu_percent = 100.0 * (cpu - self._last_cpu[1]) / (now - self._last_cpu[0])
            self._last_cpu = (now, cpu)
        rss = self.probe.rss_bytes() if self.probe else metrics.get("healthbot_process_rss_bytes")
        rss_mb = None if rss is None else rss / 2**20
        if rss_mb is not None:
            self.rss_mb.append((round(elapsed, 2), round(rss_mb, 2)))
        progress = self.progress() if self.progress else None
        row: dict[str, object] = {
            "time": time.strftime("%H:%M:%S"),
            "elapsed_s": f"{elapsed:.1f}",
            "bot_cpu_percent": _fmt(cpu_percent, ".1f"),
            "bot_rss_mb": _fmt(rss_mb, ".1f"),
            "users": "" if progress is None else progress.users,
            "messages_sent": "" if progress is None else progress.sent,
            "replies": "" if progress is None else progress.replies,
            "errors": "" if progress is None else progress.errors,
            "p95_recent_ms": _fmt(
                None if progress is None or progress.p95 is None else progress.p95 * 1000, ".1f"
            ),
            "cache_hit_rate": _fmt(self._cache_hit_rate(metrics), ".3f"),
            "db_pool_in_use": _fmt(_pool_in_use(metrics), ".0f"),
            "db_pool_size": _fmt(metrics.get("healthbot_db_pool_size"), ".0f"),
        }
        row.update(self._cache_hit_ratios(metrics))
        return row

    def _cache_hit_ratios(self, metrics: dict[str, float]) -> dict[str, str]:
        """``cache_hit_ratio`` overall and per namespace since the previous row."""
        stats: dict[str, CacheStats] = {}
        if metrics:
            stats = cache_stats(self._last_metrics, metrics)
            self._last_metrics = metrics
        ratios = {
            f"cache_hit_ratio_{namespace}": _fmt(stats[namespace].hit_ratio, ".3f")
            for namespace in CACHE_NAMESPACES
            if namespace in stats
        }
        ratios["cache_hit_ratio"] = _fmt(CacheStats.total(stats.values()).hit_ratio, ".3f")
        return ratios

    def _cache_hit_rate(self, metrics: dict[str, float]) -> float | None:
        """Hit rate since the previous row (cumulative counters, so a difference)."""
        if "healthbot_cache_hits_total" not in metrics:
            return None
        current = (
            metrics["healthbot_cache_hits_total"],
            metrics.get("healthbot_cache_misses_total", 0.0),
        )
        previous, self._last_cache = self._last_cache or (0.0, 0.0), current
        hits, misses = current[0] - previous[0], current[1] - previous[1]
        return hits / (hits + misses) if hits + misses > 0 else None


def _pool_in_use(metrics: dict[str, float]) -> float | None:
    size = metrics.get("healthbot_db_pool_size")
    if size is None:
        return None
    return size - metrics.get("healthbot_db_pool_available", 0.0)


def _fmt(value: float | None, spec: str) -> str:
    return "" if value is None else format(value, spec)
