"""The cache figures of loadgen's report and monitor, from Prometheus text (no daemon)."""

from __future__ import annotations

import asyncio
import csv
import json
import uuid
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path

import aiohttp
import pytest
from prometheus_client import REGISTRY, generate_latest

from healthbot.cache import Cache, JsonCodec, Namespace
from loadgen import monitor as monitor_module
from loadgen.monitor import (
    CSV_FIELDS,
    CacheStats,
    Monitor,
    cache_stats,
    parse_metrics,
    series_key,
    split_series_key,
)
from loadgen.report import Phase, Report, _phase_json, derived_metrics, format_phase, write_json

HEADER = """\
# HELP healthbot_cache_hits_total Cache hits by tier (local, redis) and namespace.
# TYPE healthbot_cache_hits_total counter
# HELP healthbot_cache_misses_total Cache misses by tier (local, redis) and namespace.
# TYPE healthbot_cache_misses_total counter
# HELP healthbot_cache_loads_total Calls that went to the source, by namespace.
# TYPE healthbot_cache_loads_total counter
# HELP healthbot_cache_invalidations_total Keys invalidated on writes, by namespace.
# TYPE healthbot_cache_invalidations_total counter
"""


def exposition(counters: dict[str, dict[str, float]]) -> str:
    """Prometheus text for {namespace: {local_hits: n, ...}}, as prometheus_client writes it."""
    families: dict[str, list[str]] = {}
    created = 1.7e9
    for ns, values in counters.items():
        for field, (name, tier) in {
            "local_hits": ("hits", "local"),
            "redis_hits": ("hits", "redis"),
            "local_misses": ("misses", "local"),
            "redis_misses": ("misses", "redis"),
            "loads": ("loads", None),
            "invalidations": ("invalidations", None),
        }.items():
            labels = f'namespace="{ns}"' if tier is None else f'namespace="{ns}",tier="{tier}"'
            families.setdefault(name, []).extend(
                [
                    f"healthbot_cache_{name}_total{{{labels}}} {values.get(field, 0.0)}",
                    f"healthbot_cache_{name}_created{{{labels}}} {created}",  # not a count
                ]
            )
    lines = []
    for name, samples in families.items():
        lines += [f"# TYPE healthbot_cache_{name}_total counter", *samples]
    return HEADER + "\n".join(lines) + "\n"


# -- parsing ---------------------------------------------------------------------------------


def test_parse_keeps_the_sums_and_the_cache_series_per_label_set() -> None:
    text = exposition(
        {
            "user_profile": {"local_hits": 90, "redis_hits": 6, "local_misses": 10, "loads": 4},
            "nutrition": {"local_hits": 1, "local_misses": 2, "redis_misses": 2, "loads": 2},
        }
    )
    text += 'healthbot_db_pool_size{pool="main"} 10.0\n'
    metrics = parse_metrics(text)
    # The old flat sums are still there, and other families stay summed only.
    assert metrics["healthbot_cache_hits_total"] == 97
    assert metrics["healthbot_cache_misses_total"] == 14
    assert metrics["healthbot_db_pool_size"] == 10
    assert not any(key.startswith("healthbot_db_pool_size{") for key in metrics)
    key = series_key("healthbot_cache_hits_total", {"tier": "redis", "namespace": "user_profile"})
    assert key == 'healthbot_cache_hits_total{namespace="user_profile",tier="redis"}'
    assert metrics[key] == 6
    assert metrics['healthbot_cache_loads_total{namespace="nutrition"}'] == 2
    assert not any("_created{" in key for key in metrics)


def test_series_keys_round_trip_any_label_value() -> None:
    labels = {"namespace": 'we"ird\\name\n', "tier": "local"}
    assert split_series_key(series_key("x_total", labels)) == ("x_total", labels)
    assert split_series_key("healthbot_cache_hits_total") is None


# -- the figures -----------------------------------------------------------------------------


def test_cache_stats_are_increases_per_namespace() -> None:
    before = parse_metrics(
        exposition({"user_profile": {"local_hits": 100, "redis_hits": 5, "local_misses": 20,
                                     "redis_misses": 15, "loads": 15, "invalidations": 3}})
    )  # fmt: skip
    after = parse_metrics(
        exposition(
            {
                # 400 lookups: 300 local hits; of the 100 local misses 60 were Redis hits
                # (hits overall), 30 Redis misses then loads, 10 waited for a load in flight.
                "user_profile": {"local_hits": 400, "redis_hits": 65, "local_misses": 120,
                                 "redis_misses": 45, "loads": 45, "invalidations": 8},
                # First used during the run: no series before, counts from 0. No Redis: local
                # misses are loads without any Redis miss.
                "nutrition": {"local_hits": 3, "local_misses": 1, "loads": 1},
            }
        )
    )  # fmt: skip
    stats = cache_stats(before, after)
    assert list(stats) == ["nutrition", "user_profile"]
    profile = stats["user_profile"]
    assert profile == CacheStats(local_hits=300, redis_hits=60, loads=30, local_misses=100,
                                 redis_misses=30, invalidations=5)  # fmt: skip
    assert (profile.hits, profile.misses, profile.lookups, profile.coalesced) == (360, 30, 400, 10)
    # A local miss answered by Redis is a hit: 360 / (360 + 30), not 360 / (360 + 130).
    assert profile.hit_ratio == pytest.approx(360 / 390)
    assert stats["nutrition"].hit_ratio == pytest.approx(3 / 4)
    assert profile.to_json() == {
        "hits_local": 300, "hits_redis": 60, "hits": 360, "misses": 30,
        "hit_ratio": pytest.approx(360 / 390), "lookups": 400, "coalesced": 10,
        "local_tier_misses": 100, "redis_tier_misses": 30, "invalidations": 5,
    }  # fmt: skip
    total = CacheStats.total(stats.values())
    assert (total.hits, total.misses) == (363, 31)


def test_cache_stats_edge_cases() -> None:
    assert cache_stats({}, {}) == {}
    assert CacheStats().hit_ratio is None
    # The daemon restarted between the scrapes: a counter that went down counts from 0.
    before = parse_metrics(exposition({"user_profile": {"local_hits": 500, "loads": 50}}))
    after = parse_metrics(exposition({"user_profile": {"local_hits": 7, "loads": 60}}))
    assert cache_stats(before, after)["user_profile"] == CacheStats(local_hits=7, loads=10)


class FakeRedis:
    """Enough of Redis for the cache: a dict, no expiry."""

    def __init__(self) -> None:
        self.data: dict[str, bytes] = {}

    async def get(self, name: str, /) -> bytes | None:
        return self.data.get(name)

    async def set(
        self, name: str, value: bytes, *, px: int | None = None, nx: bool = False
    ) -> bool:
        if nx and name in self.data:
            return False
        self.data[name] = value
        return True

    async def delete(self, *names: str) -> int:
        return sum(self.data.pop(name, None) is not None for name in names)

    async def incr(self, name: str, amount: int = 1) -> int:
        value = int(self.data.get(name, b"0")) + amount
        self.data[name] = str(value).encode()
        return value

    async def publish(self, channel: str, message: bytes) -> int:
        return 0  # no other process listens


async def test_cache_stats_match_what_the_cache_did() -> None:
    """The real Cache's counters, read back through /metrics text, give the right figures."""
    ns = Namespace(f"t{uuid.uuid4().hex[:12]}", ttl=60)
    codec = JsonCodec(int)
    cache = Cache(FakeRedis())
    release = asyncio.Event()
    loaded: list[str] = []

    def loader(key: str, *, wait: bool = False) -> Callable[[], Awaitable[int]]:
        async def load() -> int:
            loaded.append(key)
            if wait:
                await release.wait()
            return len(key)

        return load

    before = parse_metrics(generate_latest(REGISTRY).decode())
    assert await cache.get_or_load(ns, "a", codec, loader("a")) == 1  # local, Redis miss: load
    assert await cache.get_or_load(ns, "a", codec, loader("a")) == 1  # local hit
    cache.clear_local()
    assert await cache.get_or_load(ns, "a", codec, loader("a")) == 1  # local miss, Redis hit
    # Three concurrent misses of one key: one load, two waiting for it.
    waiting = [
        asyncio.ensure_future(cache.get_or_load(ns, "bb", codec, loader("bb", wait=True)))
        for _ in range(3)
    ]
    await asyncio.sleep(0.01)
    release.set()
    assert await asyncio.gather(*waiting) == [2, 2, 2]
    await cache.invalidate(ns, "a")
    after = parse_metrics(generate_latest(REGISTRY).decode())

    assert loaded == ["a", "bb"]
    stats = cache_stats(before, after)[ns.name]
    assert stats == CacheStats(local_hits=1, redis_hits=1, loads=2, local_misses=5,
                               redis_misses=2, invalidations=1)  # fmt: skip
    assert (stats.lookups, stats.coalesced, stats.hit_ratio) == (6, 2, 0.5)


# -- report and monitor ----------------------------------------------------------------------


def _phase(before: dict[str, float], after: dict[str, float]) -> Phase:
    return Phase(label="daemon", bot="healthbot daemon", duration=10.0, samples=[],
                 started_at=0.0, users=5, sessions=5, metrics_before=before,
                 metrics_after=after)  # fmt: skip


def test_report_shows_the_cache_per_namespace(tmp_path: Path) -> None:
    before = parse_metrics(
        exposition(
            {"user_profile": {"local_hits": 10, "local_misses": 5, "redis_misses": 5, "loads": 5}}
        )
    )
    after = parse_metrics(exposition({
        "user_profile": {"local_hits": 910, "redis_hits": 40, "local_misses": 105,
                         "redis_misses": 65, "loads": 65},
        "nutrition": {"local_hits": 8, "local_misses": 2, "redis_misses": 2, "loads": 2},
    }))  # fmt: skip
    phase = _phase(before, after)
    write_json(Report("steady", "test", {}, [phase]), tmp_path / "report.json")
    derived = json.loads((tmp_path / "report.json").read_text())["phases"][0]["derived_metrics"]
    assert derived["cache"]["user_profile"]["hits_local"] == 900
    assert derived["cache"]["user_profile"]["hits_redis"] == 40
    assert derived["cache"]["user_profile"]["misses"] == 60
    assert derived["cache"]["user_profile"]["hit_ratio"] == pytest.approx(940 / 1000)
    assert derived["cache"]["nutrition"]["hit_ratio"] == pytest.approx(0.8)
    assert derived["cache_hit_ratio"] == pytest.approx(948 / 1010)
    # The old key is still there, with its old meaning (tiers' hits and misses summed).
    assert derived["cache_hit_rate"] == pytest.approx(948 / (948 + 100 + 60 + 2 + 2))
    assert derived == {**derived_metrics(before, after), "cache": derived["cache"]}

    table = format_phase(phase)
    assert "namespace" in table and "hit ratio" in table
    rows = {line.split()[0]: line.split() for line in table.splitlines() if line.strip()}
    assert rows["user_profile"] == ["user_profile", "1000", "900", "40", "60", "0", "94.0%"]
    assert rows["nutrition"] == ["nutrition", "10", "8", "0", "2", "0", "80.0%"]
    assert rows["all"][-1] == "93.9%"


def test_report_without_cache_series_is_unchanged() -> None:
    flat = {"healthbot_cache_hits_total": 3.0, "healthbot_cache_misses_total": 1.0}
    phase = _phase({}, flat)
    assert "namespace" not in format_phase(phase)
    assert "cache_hit_rate 0.75" in format_phase(phase)
    assert derived_metrics({}, flat) == {"cache_hit_rate": 0.75}


@pytest.fixture
def scrapes(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[dict[str, float]]]:
    """What the monitor's next scrapes return, in order."""
    queue: list[dict[str, float]] = []

    async def scrape(session: aiohttp.ClientSession, url: str) -> dict[str, float]:
        return queue.pop(0)

    monkeypatch.setattr(monitor_module, "scrape", scrape)
    yield queue


async def test_monitor_csv_has_hit_ratios_per_interval(
    tmp_path: Path, scrapes: list[dict[str, float]]
) -> None:
    scrapes += [
        parse_metrics(exposition({"user_profile": {"local_hits": 8, "loads": 2}})),
        {},  # a scrape that failed: no figures, and the next row still covers both intervals
        parse_metrics(exposition({"user_profile": {"local_hits": 17, "loads": 3},
                                  "nutrition": {"redis_hits": 1, "loads": 1}})),
    ]  # fmt: skip
    monitor = Monitor(interval=1.0, metrics_url="http://metrics.invalid/metrics")
    async with aiohttp.ClientSession() as session:
        rows = [await monitor.sample(session) for _ in range(3)]
    assert "cache_hit_ratio_user_profile" in CSV_FIELDS
    assert rows[0]["cache_hit_ratio_user_profile"] == "0.800"
    assert rows[1]["cache_hit_ratio"] == "" and "cache_hit_ratio_user_profile" not in rows[1]
    assert rows[2]["cache_hit_ratio_user_profile"] == "0.900"
    assert rows[2]["cache_hit_ratio_nutrition"] == "0.500"
    assert rows[2]["cache_hit_ratio"] == "0.833"
    with (tmp_path / "m.csv").open("w", newline="") as file:
        writer = csv.DictWriter(file, fieldnames=CSV_FIELDS)
        writer.writeheader()
        writer.writerows(rows)
    with (tmp_path / "m.csv").open(newline="") as file:
        assert [row["cache_hit_ratio_conversation"] for row in csv.DictReader(file)] == [""] * 3


def test_commands_are_summarized_one_by_one_most_used_first() -> None:
    from loadgen.report import Sample, summarize_by_command

    def sample(task: str, text: str, seconds: float) -> Sample:
        return Sample(1, task, text, sent_at=0.0, first_at=seconds, final_at=seconds, replies=1)

    samples = [
        sample("food", "/log 2 eggs", 0.010),
        sample("food", "/log@healthbot a banana", 0.030),
        sample("food", "/today", 0.005),
        sample("chat", "how many calories in an egg", 0.5),
        sample("probe", "/probe_1_2", 0.001),
    ]
    commands = summarize_by_command(samples)
    assert list(commands) == ["/log", "/today"]
    assert commands["/log"].messages == 2
    final = commands["/log"].final
    assert final is not None and final.max == 0.030
    phase_text = format_phase(
        Phase(
            label="x",
            bot="daemon",
            users=1,
            sessions=1,
            started_at=0.0,
            duration=1.0,
            samples=samples,
        )
    )
    assert "/today" in phase_text and "command" in phase_text


def test_the_second_half_of_a_run_is_summarized_apart() -> None:
    from loadgen.report import Sample

    def sample(sent_at: float, seconds: float) -> Sample:
        done = sent_at + seconds
        return Sample(1, "food", "/log an egg", sent_at, first_at=done, final_at=done, replies=1)

    # Slow answers while the daemon starts, fast ones later.
    samples = [sample(100.0 + t, 0.5) for t in range(5)] + [
        sample(100.0 + t, 0.02) for t in range(10, 20)
    ]
    phase = Phase(label="x", bot="daemon", users=1, sessions=1, started_at=100.0,
                  duration=20.0, samples=samples)  # fmt: skip
    assert [s.sent_at for s in phase.second_half()] == [100.0 + t for t in range(10, 20)]
    data = _phase_json(phase)
    assert data["commands"]["/log"]["messages"] == 15
    later = data["commands_second_half"]["/log"]
    assert later["messages"] == 10 and later["final_s"]["max"] == pytest.approx(0.02)
    assert "second half of the run" in format_phase(phase)
