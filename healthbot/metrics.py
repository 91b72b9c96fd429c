"""Every Prometheus metric of the daemon, its collectors, and the HTTP server thread.

Metrics are declared here once, all with the `healthbot_` prefix and low-cardinality labels;
other modules import the objects they increment.
"""

from __future__ import annotations

import asyncio
import logging
import platform
import shutil
from collections.abc import Callable, Iterator, Mapping
from importlib.metadata import version
from pathlib import Path
from threading import Thread
from typing import Any, TypeVar
from wsgiref.simple_server import WSGIServer

import psutil
from prometheus_client import REGISTRY, Counter, Gauge, Histogram, Info, start_http_server
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.metrics import MetricWrapperBase
from prometheus_client.registry import Collector

from healthbot import __version__
from healthbot.errors import StartupError

log = logging.getLogger(__name__)

# From 1 ms to 60 s: a cached command takes milliseconds, a coach answer seconds.
LATENCY_BUCKETS = (
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5,
    1.0, 2.5, 5.0, 10.0, 20.0, 30.0, 60.0,
)  # fmt: skip
FAST_BUCKETS = (
    0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 5.0,
)  # fmt: skip

Labelled = TypeVar("Labelled", bound=MetricWrapperBase)
_CHILDREN: dict[tuple[MetricWrapperBase, tuple[str, ...]], Any] = {}


def child(metric: Labelled, *values: str) -> Labelled:
    """`metric.labels(*values)`, looked up once: prometheus_client's own takes a lock and
    builds its key at every call, several microseconds each, and an update pays a handful
    (its handler, its Bot API calls, its queries). Labels are few by design (this module's
    docstring), so the children kept are the ones the metric keeps anyway."""
    key = (metric, values)
    found = _CHILDREN.get(key)
    if found is None:
        found = _CHILDREN[key] = metric.labels(*values)
    return found


# --- updates --------------------------------------------------------------------------------
UPDATES = Counter(
    "healthbot_updates_total",
    "Updates handled, by update type, handler and outcome (handled, unhandled, error).",
    ["type", "handler", "outcome"],
)
UPDATE_LATENCY = Histogram(
    "healthbot_update_duration_seconds",
    "Time from the start of handling an update to its end, by handler.",
    ["handler"],
    buckets=LATENCY_BUCKETS,
)
SLOW_UPDATES = Counter(
    "healthbot_slow_updates_total", "Updates slower than telegram.slow_update_seconds."
)
UPDATES_IN_FLIGHT = Gauge("healthbot_updates_in_flight", "Updates being handled right now.")

# --- Telegram Bot API -----------------------------------------------------------------------
TELEGRAM_CALLS = Counter(
    "healthbot_telegram_api_calls_total",
    "Bot API calls by method and outcome (ok, or the error class).",
    ["method", "outcome"],
)
TELEGRAM_LATENCY = Histogram(
    "healthbot_telegram_api_duration_seconds",
    "Bot API call latency by method (getUpdates includes its long poll).",
    ["method"],
    buckets=LATENCY_BUCKETS,
)
LAST_GET_UPDATES = Gauge(
    "healthbot_telegram_get_updates_last_success_timestamp_seconds",
    "Unix time of the last successful getUpdates call (0 until the first).",
)
POLLING = Gauge(
    "healthbot_telegram_polling",
    "1 while this daemon takes updates from Telegram (it holds the poller's lock, or receives "
    "by webhook); 0 while it stands by or only works (another daemon polls).",
)
CHATS_CLAIMED = Gauge(
    "healthbot_chats_claimed", "Chats whose updates this daemon's workers hold (claims)."
)
TURNS = Gauge(
    "healthbot_turns",
    "Capped slow work (the coach's answers) by kind: turns held, and work waiting for one.",
    ["kind", "state"],
)

# --- intake and delivery -------------------------------------------------------------------
INBOX_UPDATES = Counter(
    "healthbot_inbox_updates_total",
    "Updates through the durable inbox by event: stored, duplicate (delivered again, skipped), "
    "recovered (unfinished at start), done, retried, failed (gave up after max_attempts).",
    ["event"],
)
INBOX_QUEUED = Gauge(
    "healthbot_inbox_queued", "Stored updates waiting for their chat's turn in this process."
)
INBOX_QUARANTINED = Counter(
    "healthbot_inbox_quarantined_total",
    "Updates the inbox could not store (the database refused their data), kept apart.",
)
INBOX_DEFERRED = Counter(
    "healthbot_inbox_deferred_total",
    "Updates left in the inbox, not in memory, because their chat's lane was full.",
)
JOBS = Counter(
    "healthbot_jobs_total", "Background jobs run in the chat lanes, by outcome.", ["outcome"]
)
INTAKE_ERRORS = Counter(
    "healthbot_intake_errors_total",
    "Failures of the intake by stage (get_updates, store, webhook_auth, webhook_body).",
    ["stage"],
)
SEND_QUEUE = Gauge(
    "healthbot_send_queue", "Outgoing messages waiting for their turn under the rate limits."
)
SEND_PACED_LOCALLY = Gauge(
    "healthbot_send_paced_locally",
    "1 while the shared flood limits are paced on a local share (Redis unreachable).",
)
SEND_WAIT = Histogram(
    "healthbot_send_wait_seconds",
    "Time an outgoing message waited for its turn under the rate limits.",
    buckets=(0.0, 0.01, 0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 30.0, 60.0),
)
REPLY_UNRECORDED = Histogram(
    "healthbot_reply_unrecorded_seconds",
    "Time from Telegram's answer to a reply until its ledger record was written: a kill -9"
    " of the daemon within it sends the reply again.",
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0),
)
REPLY_PROBES = Counter(
    "healthbot_reply_probes_total",
    "Replies whose send was in flight at a daemon's death, looked for in the chat before"
    " sending them again, by outcome: delivered (found: not sent again), absent (not found:"
    " sent), unknown (the probe could not tell: sent).",
    ["outcome"],
)
SEND_RETRIES = Counter(
    "healthbot_send_retries_total",
    "Outgoing calls retried, by reason (retry_after: a 429; server: 5xx; network).",
    ["reason"],
)
# Labelled counters appear at their first increment, and `increase()` cannot see a series'
# first value: created at 0 here, the first failed update or 429 moves an alert.
for _event in ("stored", "duplicate", "recovered", "done", "retried", "failed"):
    INBOX_UPDATES.labels(_event)
for _stage in ("get_updates", "store", "webhook_auth", "webhook_body"):
    INTAKE_ERRORS.labels(_stage)
for _reason in ("retry_after", "server", "network"):
    SEND_RETRIES.labels(_reason)

# --- database ------------------------------------------------------------------------------
DB_QUERY_LATENCY = Histogram(
    "healthbot_db_query_duration_seconds",
    "Query latency by query name, including waiting for a pool connection.",
    ["query"],
    buckets=FAST_BUCKETS,
)
DB_QUERY_ERRORS = Counter(
    "healthbot_db_query_errors_total", "Queries that raised, by query name.", ["query"]
)
DB_SLOW_QUERIES = Counter(
    "healthbot_db_slow_queries_total",
    "Queries slower than database.slow_query_ms, by query name.",
    ["query"],
)

# --- cache ---------------------------------------------------------------------------------
CACHE_HITS = Counter(
    "healthbot_cache_hits_total", "Cache hits by tier (local, redis) and namespace.",
    ["tier", "namespace"],
)  # fmt: skip
CACHE_MISSES = Counter(
    "healthbot_cache_misses_total", "Cache misses by tier (local, redis) and namespace.",
    ["tier", "namespace"],
)  # fmt: skip
CACHE_SETS = Counter("healthbot_cache_sets_total", "Values stored, by namespace.", ["namespace"])
CACHE_INVALIDATIONS = Counter(
    "healthbot_cache_invalidations_total", "Keys invalidated on writes, by namespace.",
    ["namespace"],
)  # fmt: skip
CACHE_ERRORS = Counter(
    "healthbot_cache_errors_total",
    "Redis errors and timeouts seen by the cache, by operation.",
    ["operation"],
)
CACHE_LOADS = Counter(
    "healthbot_cache_loads_total", "Calls that went to the source, by namespace.", ["namespace"]
)
CACHE_REDIS_AVAILABLE = Gauge(
    "healthbot_cache_redis_available",
    "1 while the cache uses Redis, 0 while its circuit breaker is open.",
)

# --- process -------------------------------------------------------------------------------
EVENT_LOOP_LAG = Histogram(
    "healthbot_event_loop_lag_seconds",
    "How late a periodic asyncio timer fires: time the loop was busy elsewhere.",
    buckets=FAST_BUCKETS,
)
BUILD_INFO = Info("healthbot_build", "Version of healthbot and of its main libraries.")


def _build_info() -> dict[str, str]:
    # The installed distributions' versions, not `aiogram.__version__`: importing aiogram
    # (1.5-2 s of CPU) for its version made every command that opens the database pay it
    # (`healthbot migrate`, `backup`, `restore`, `stats`...).
    return {
        "version": __version__,
        "python": platform.python_version(),
        "aiogram": version("aiogram"),
        "psycopg": version("psycopg"),
    }


BUILD_INFO.info(_build_info())


class PoolCollector(Collector):
    """Exports psycopg_pool's `get_stats()` as gauges (sizes) and counters (totals)."""

    GAUGES = frozenset({"pool_min", "pool_max", "pool_size", "pool_available", "requests_waiting"})

    def __init__(self) -> None:
        self.stats: Callable[[], Mapping[str, int]] | None = None

    def collect(self) -> Iterator[Metric]:
        """Read the pool's statistics at scrape time."""
        if self.stats is None:
            return
        for name, value in self.stats().items():
            if name in self.GAUGES:
                yield GaugeMetricFamily(f"healthbot_db_{name}", f"psycopg pool {name}.", value)
            else:
                yield CounterMetricFamily(f"healthbot_db_{name}", f"psycopg pool {name}.", value)


def cgroup_memory(
    proc_cgroup: Path = Path("/proc/self/cgroup"), root: Path = Path("/sys/fs/cgroup")
) -> dict[str, int]:
    """Memory figures of this process's cgroup v2 (what systemd's MemoryHigh= limits).

    Keys: current, working_set (current less inactive page cache, the part the kernel
    cannot simply drop), high and max (absent when "max", i.e. no limit). Empty outside a
    cgroup v2 hierarchy or when the files are hidden.
    """
    try:
        lines = proc_cgroup.read_text().splitlines()
        path = next(line[3:] for line in lines if line.startswith("0::"))
        group = root / path.lstrip("/")
        found = {"current": int((group / "memory.current").read_text())}
        stat = dict(line.split() for line in (group / "memory.stat").read_text().splitlines())
        found["working_set"] = max(0, found["current"] - int(stat.get("inactive_file", 0)))
        for name in ("high", "max"):
            value = (group / f"memory.{name}").read_text().strip()
            if value != "max":
                found[name] = int(value)
    except (OSError, StopIteration, ValueError):
        return {}
    return found


class SystemCollector(Collector):
    """Process and host figures from psutil, read at scrape time; with `data_dir` set, the
    space on its file system too."""

    def __init__(self) -> None:
        self._process = psutil.Process()
        self._process.cpu_percent()  # the first call only starts the measurement
        self.data_dir: Path | None = None
        self.cgroup_files = (Path("/proc/self/cgroup"), Path("/sys/fs/cgroup"))

    def collect(self) -> Iterator[Metric]:
        """Read CPU, memory, disk I/O and file descriptors of this process."""
        p = self._process
        with p.oneshot():
            yield GaugeMetricFamily(
                "healthbot_process_cpu_percent",
                "CPU use of the daemon since the previous scrape, in % of one core.",
                p.cpu_percent(),
            )
            memory = p.memory_info()
            yield GaugeMetricFamily(
                "healthbot_process_rss_bytes", "Resident memory of the daemon.", memory.rss
            )
            yield GaugeMetricFamily(
                "healthbot_process_memory_percent",
                "Resident memory of the daemon in % of the host's memory.",
                p.memory_percent(),
            )
            yield GaugeMetricFamily(
                "healthbot_process_open_fds", "Open file descriptors.", p.num_fds()
            )
            try:
                io = p.io_counters()
            except (psutil.AccessDenied, AttributeError):
                pass  # some sandboxes hide /proc/self/io
            else:
                yield CounterMetricFamily(
                    "healthbot_process_disk_read_bytes", "Bytes read from storage.", io.read_bytes
                )
                yield CounterMetricFamily(
                    "healthbot_process_disk_write_bytes",
                    "Bytes written to storage.",
                    io.write_bytes,
                )
        yield GaugeMetricFamily(
            "healthbot_host_cpu_percent", "CPU use of the whole host in %.", psutil.cpu_percent()
        )
        yield GaugeMetricFamily(
            "healthbot_host_memory_percent",
            "Memory use of the whole host in %.",
            psutil.virtual_memory().percent,
        )
        yield from self._cgroup()
        yield from self._disk()

    def _cgroup(self) -> Iterator[Metric]:
        helps = {
            "current": "Memory charged to the daemon's cgroup (with embedded PostgreSQL, Redis).",
            "working_set": "The cgroup's memory less its inactive page cache.",
            "high": "The cgroup's memory.high (systemd MemoryHigh=), if set.",
            "max": "The cgroup's memory.max (systemd MemoryMax=), if set.",
        }
        for name, value in cgroup_memory(*self.cgroup_files).items():
            yield GaugeMetricFamily(f"healthbot_cgroup_memory_{name}_bytes", helps[name], value)

    def _disk(self) -> Iterator[Metric]:
        if self.data_dir is None:
            return
        try:
            usage = shutil.disk_usage(self.data_dir)
        except OSError:
            return  # not created yet, or removed under us: nothing to say
        yield GaugeMetricFamily(
            "healthbot_data_dir_filesystem_avail_bytes",
            "Bytes free for the daemon on the file system of its data dir.",
            usage.free,
        )
        yield GaugeMetricFamily(
            "healthbot_data_dir_filesystem_size_bytes",
            "Size of the file system of the data dir.",
            usage.total,
        )


POOL = PoolCollector()
REGISTRY.register(POOL)
SYSTEM = SystemCollector()
REGISTRY.register(SYSTEM)


class MetricsServer:
    """prometheus-client's HTTP server, serving the default registry from a daemon thread."""

    def __init__(self, host: str, port: int) -> None:
        self.host = host
        self.port = port
        self._server: WSGIServer | None = None
        self._thread: Thread | None = None

    def start(self) -> None:
        """Bind and serve; a busy port is a clear start error."""
        try:
            self._server, self._thread = start_http_server(self.port, addr=self.host)
        except OSError as exc:
            raise StartupError(
                f"metrics.port: cannot listen on {self.host}:{self.port}: {exc.strerror}"
            ) from None
        self.port = self._server.server_port
        log.info("metrics on http://%s:%d/metrics", self.host, self.port)

    def stop(self) -> None:
        """Stop serving and close the socket."""
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None


async def watch_event_loop_lag(interval: float = 0.25) -> None:
    """Measure how late the loop wakes a sleeping task, forever (cancel to stop)."""
    loop = asyncio.get_running_loop()
    while True:
        start = loop.time()
        await asyncio.sleep(interval)
        EVENT_LOOP_LAG.observe(max(0.0, loop.time() - start - interval))


# From 10 ms to 10 min: a reminder is on time within a second; after downtime or under
# Telegram's 30 messages/s a big minute takes minutes.
LAG_BUCKETS = (
    0.01, 0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0, 600.0,
)  # fmt: skip

REMINDER_LAG = Histogram(
    "healthbot_reminder_lag_seconds",
    "Time from a reminder's due instant to Telegram taking the message.",
    buckets=LAG_BUCKETS,
)
REMINDERS = Counter(
    "healthbot_reminders_total",
    "Reminder occurrences by outcome: claimed, sent, skipped_late (missed past the grace "
    "window), skipped_meal (the meal condition held), blocked (403), failed (given up), "
    "taken_over (resent after an instance stopped).",
    ["outcome"],
)

# --- the coach -------------------------------------------------------------------------------
COACH_ANSWERS = Counter(
    "healthbot_coach_answers_total",
    "Coach answers by outcome: ok, failed (the model did not answer: the fallback was sent), "
    "too_fast (per-user rate limit), budget_spent (daily tokens; both count a meal told "
    "that was logged without the coach), photo_too_big, "
    "photo_format and photo_unreachable (an image the model cannot take or Telegram did not "
    "hand over).",
    ["outcome"],
)
BARCODE_SCANS = Counter(
    "healthbot_barcode_scans_total",
    "Photos read for a barcode, by outcome: found (a product logged or its amount asked), "
    "unknown (no such product, or none with its energy), unavailable (Open Food Facts "
    "unreachable), none (no barcode in the photo: it went on to the coach).",
    ["outcome"],
)
COACH_TOKENS = Counter(
    "healthbot_coach_tokens_total",
    "Tokens of the coach's model calls, by model and kind (input, output, cache_read, "
    "cache_write).",
    ["model", "kind"],
)
COACH_ERRORS = Counter(
    "healthbot_coach_errors_total",
    "Model calls that failed after the SDK's retries, by error class.",
    ["error"],
)
COACH_ROUNDS = Histogram(
    "healthbot_coach_rounds",
    "Model calls per coach answer (one per tool round).",
    buckets=(1, 2, 3, 4, 5, 8, 12, 20),
)
COACH_LATENCY = Histogram(
    "healthbot_coach_answer_seconds",
    "Time from a coach message's start to its reply, by part: first_draft (the first "
    "streamed text shown), answer (the whole answer sent).",
    ["part"],
    buckets=LATENCY_BUCKETS,
)
COACH_MEMORY_SEARCH = Histogram(
    "healthbot_coach_memory_search_seconds",
    "One memory search for a coach message: embedding the message and the user's query.",
    buckets=(0.002, 0.005, 0.01, 0.015, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5),
)
COACH_MEMORY_READY = Gauge(
    "healthbot_coach_memory_ready",
    "1 once the coach's memory store is open (its embedding model loaded), else 0.",
)
for _outcome in (
    "ok", "failed", "too_fast", "budget_spent", "photo_too_big", "photo_format",
    "photo_unreachable",
):  # fmt: skip
    COACH_ANSWERS.labels(_outcome)
