"""Watching the bot under test: its /metrics, its process (psutil), and a CSV row every N s."""

from __future__ import annotations

import asyncio
import contextlib
import csv
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Final, TextIO

import aiohttp
import psutil
from prometheus_client.parser import text_string_to_metric_families

log = logging.getLogger(__name__)

RATE_LIMITED_KEY: Final = "healthbot_telegram_429_total"
"""Derived key: Bot API calls of the bot that ended in TelegramRetryAfter (a 429)."""


def parse_metrics(text: str) -> dict[str, float]:
    """Flatten Prometheus text: each sample name -> the sum over its label sets.

    Histograms keep their ``_sum``/``_count``/``_bucket`` names (buckets summed are useless
    but harmless). One derived key counts the bot's 429s (``RATE_LIMITED_KEY``).
    """
    values: dict[str, float] = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            values[sample.name] = values.get(sample.name, 0.0) + sample.value
            if (
                sample.name == "healthbot_telegram_api_calls_total"
                and sample.labels.get("outcome") == "TelegramRetryAfter"
            ):
                values[RATE_LIMITED_KEY] = values.get(RATE_LIMITED_KEY, 0.0) + sample.value
    if "healthbot_telegram_api_calls_total" in values:
        values.setdefault(RATE_LIMITED_KEY, 0.0)
    return values


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
)  # fmt: skip


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
        return row

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
