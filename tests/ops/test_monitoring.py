"""The monitoring kit (monitoring/) against the real promtool and Prometheus, and the daemon."""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import shutil
import signal
import subprocess
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from prometheus_client import REGISTRY

from healthbot.app import App
from healthbot.metrics import SystemCollector
from loadgen.telegram import FakeTelegram
from tests.support.cgroups import cgroup_tree
from tests.support.daemon import RunningBot, bot_settings
from tests.support.processes import free_port, scene
from tests.support.telegram import TOKEN

KIT = Path(__file__).resolve().parents[2] / "monitoring"
RULES = sorted((KIT / "rules").glob("*.yml"))
RULE_TESTS = sorted((KIT / "tests").glob("*.yml"))
DASHBOARD = KIT / "grafana" / "healthbot.json"
ROWS = ["Traffic", "Latency", "Errors", "Saturation", "Cache", "Database pool", "Sender",
        "Inbox", "Process"]  # fmt: skip
# Series Prometheus makes itself: the scrape's health and the alerts' state.
PROMETHEUS_SERIES = {"up", "ALERTS"}

PROMTOOL = shutil.which("promtool")
PROMETHEUS = shutil.which("prometheus")
needs_promtool = pytest.mark.skipif(
    PROMTOOL is None, reason="promtool is not installed (apt-get install prometheus)"
)
needs_prometheus = pytest.mark.skipif(
    PROMETHEUS is None, reason="prometheus is not installed (apt-get install prometheus)"
)


def promtool(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """Run promtool; its output is in stdout and stderr."""
    assert PROMTOOL is not None
    return subprocess.run(
        [PROMTOOL, *map(str, args)], capture_output=True, text=True, timeout=60, check=False
    )


def recording_rules() -> set[str]:
    """The names our recording rules define."""
    return {m for path in RULES for m in re.findall(r"^\s*- record: (\S+)", path.read_text(), re.M)}


def alert_blocks() -> dict[str, str]:
    """Each alert rule's YAML text by alert name."""
    text = (KIT / "rules" / "healthbot-alerts.yml").read_text()
    blocks = re.split(r"^\s+- alert: ", text, flags=re.M)[1:]
    return {block.split("\n", 1)[0]: block for block in blocks}


def dashboard_exprs() -> list[str]:
    """Every PromQL expression of the dashboard, its variables filled in."""
    board = json.loads(DASHBOARD.read_text())
    exprs = [t["expr"] for p in board["panels"] for t in p.get("targets", [])]
    exprs += [a["expr"] for a in board["annotations"]["list"]]
    for variable in board["templating"]["list"]:
        if variable["type"] == "query":  # label_values(<series selector>, label)
            exprs.append(re.fullmatch(r"label_values\((.+), \w+\)", variable["definition"])[1])
    return [e.replace("$instance", ".+") for e in exprs]


def exprs_in(text: str) -> list[str]:
    """The `expr:` values of rules' YAML text, block scalars joined into one line each."""
    found = re.findall(r"expr: (\|\n(?:\s{10,}.*\n)+|.*\n)", text)
    return [" ".join(expr.removeprefix("|").split()) for expr in found]


def rule_exprs() -> list[str]:
    """Every expression of our rules."""
    return [expr for path in RULES for expr in exprs_in(path.read_text())]


_KEYWORDS = {"and", "or", "unless", "by", "without", "on", "ignoring", "group_left",
             "group_right", "offset", "bool", "inf", "nan"}  # fmt: skip


def metric_names(expr: str) -> set[str]:
    """The series names an expression reads (not functions, labels or keywords)."""
    expr = re.sub(r'"(?:[^"\\]|\\.)*"', '""', expr)
    expr = re.sub(r"\{[^}]*\}|\[[^\]]*\]", " ", expr)
    expr = re.sub(r"\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)", " ", expr)
    names = re.findall(r"(?<![\w.:])([a-zA-Z_:][\w:]*)\b(?!\s*\()", expr)
    return {name for name in names if name.lower() not in _KEYWORDS}


# --- promtool ---------------------------------------------------------------------------------


@needs_promtool
def test_the_scrape_config_and_its_rule_files_are_valid() -> None:
    result = promtool("check", "config", KIT / "prometheus.yml")
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"SUCCESS: {len(RULES)} rule files found" in result.stdout


@needs_promtool
def test_the_rules_are_valid() -> None:
    result = promtool("check", "rules", *RULES)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"SUCCESS: {len(alert_blocks())} rules found" in result.stdout


@needs_promtool
def test_the_rules_unit_tests_pass() -> None:
    result = promtool("test", "rules", *RULE_TESTS)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count("SUCCESS") == len(RULE_TESTS)


@pytest.mark.parametrize(
    ("broken", "error"),
    [
        ("expr: sum by (instance (rate(x[5m]))", "parse error"),
        ("expr: up == 0\n   for: [", "yaml"),
    ],
    ids=["promql", "yaml"],
)
@needs_promtool
def test_a_rules_file_with_a_syntax_error_fails(tmp_path: Path, broken: str, error: str) -> None:
    text = (KIT / "rules" / "healthbot-alerts.yml").read_text()
    bad = tmp_path / "bad.yml"
    bad.write_text(text.replace('expr: up{job="healthbot"} == 0', broken, 1))
    assert bad.read_text() != text
    result = promtool("check", "rules", bad)
    assert result.returncode != 0
    assert error in (result.stdout + result.stderr).lower()


@needs_promtool
def test_a_rules_unit_test_that_expects_wrongly_fails(tmp_path: Path) -> None:
    source = KIT / "tests" / "alerts.test.yml"
    text = source.read_text().replace("../rules/", f"{KIT}/rules/")
    # HealthbotDown fires at 4m in its test; at 2m it is only pending.
    wrong = re.sub(r"eval_time: 4m(\n\s+alertname: HealthbotDown\n\s+exp_alerts:\n)",
                   r"eval_time: 2m\1", text, count=1)  # fmt: skip
    assert wrong != text
    (tmp_path / "wrong.test.yml").write_text(wrong)
    result = promtool("test", "rules", tmp_path / "wrong.test.yml")
    assert result.returncode != 0
    assert "HealthbotDown" in result.stdout + result.stderr


def test_every_alert_has_a_summary_a_runbook_and_tests_that_fire_and_spare_it() -> None:
    tests = (KIT / "tests" / "alerts.test.yml").read_text()
    assert len(alert_blocks()) >= 12
    for name, block in alert_blocks().items():
        assert "summary:" in block and "runbook: >-" in block, name
        assert re.search(rf"alertname: {name}\n\s+exp_alerts: \[\]", tests), f"{name} spared"
        assert re.search(rf"alertname: {name}\n\s+exp_alerts:\n\s+- exp_labels", tests), name


def test_the_readme_lists_every_alert_with_its_expression() -> None:
    readme = (KIT / "README.md").read_text()
    for name, block in alert_blocks().items():
        (expr,) = exprs_in(block)
        row = re.search(rf"^\| {name} \| \w+ \| `(.+)` \|", readme, re.M)
        assert row is not None, name
        assert row[1].replace(" ", "") == expr.replace(" ", ""), name


# --- the dashboard ----------------------------------------------------------------------------


def test_the_dashboard_is_provisionable_with_the_rows_asked_for() -> None:
    board = json.loads(DASHBOARD.read_text())
    assert board["uid"] == "healthbot" and board["title"]
    assert [p["title"] for p in board["panels"] if p["type"] == "row"] == ROWS
    variables = {v["name"]: v for v in board["templating"]["list"]}
    assert variables["datasource"]["type"] == "datasource"
    assert variables["datasource"]["query"] == "prometheus"
    for panel in board["panels"]:
        if panel["type"] != "row":
            assert panel["datasource"]["uid"] == "${datasource}", panel["title"]
            assert panel["targets"], panel["title"]
    provider = (KIT / "grafana" / "provisioning" / "dashboards" / "healthbot.yml").read_text()
    assert "type: file" in provider


@needs_promtool
def test_every_dashboard_expression_parses(tmp_path: Path) -> None:
    exprs = dashboard_exprs()
    rules = "groups:\n  - name: dashboard\n    rules:\n" + "".join(
        f"      - record: dashboard:expr_{i}\n        expr: {json.dumps(e)}\n"
        for i, e in enumerate(exprs)
    )
    (tmp_path / "dashboard.yml").write_text(rules)
    result = promtool("check", "rules", tmp_path / "dashboard.yml")
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"SUCCESS: {len(exprs)} rules found" in result.stdout


def test_metric_names_finds_series_not_functions_labels_or_numbers() -> None:
    expr = ('histogram_quantile(0.95, sum by (instance, le) (rate(a_bucket{le="1", x=~"a|b"}[5m])))'
            ' / on (instance) group_left b:rec > 1e9 or c unless d offset 5m')  # fmt: skip
    assert metric_names(expr) == {"a_bucket", "b:rec", "c", "d"}


@pytest.fixture
async def bot(tmp_path: Path, empty_database_url: str, redis_url: str) -> AsyncIterator[RunningBot]:
    """The daemon in-process on the session's PostgreSQL and Redis."""
    async with FakeTelegram(TOKEN) as fake:
        settings = bot_settings(tmp_path, empty_database_url, redis_url, fake.base_url)
        async with App(settings, TOKEN) as app, app.serving():
            yield RunningBot(fake, app)


def declared_names() -> set[str]:
    """The sample names of every metric the daemon declares, as the exposition writes them."""
    suffixes = {
        "counter": ["_total"],
        "histogram": ["_bucket", "_count", "_sum"],
        "info": ["_info"],
    }
    return {
        family.name + suffix
        for family in REGISTRY.collect()
        for suffix in suffixes.get(family.type, [""])
    }


async def test_the_dashboard_and_the_rules_read_only_series_that_exist(
    bot: RunningBot, tmp_path: Path
) -> None:
    bot.fake.add_user(7001, first_name="Mo")
    await bot.ask(7001, "/start")
    exported = {name for name, _ in bot.scrape()} | declared_names()
    # Under a cgroup v2 limit, as systemd runs the unit (this host may have none).
    system = SystemCollector()
    system.cgroup_files = cgroup_tree(tmp_path, high=str(768 * 2**20), max_=str(2**30))
    exported |= {s.name for family in system.collect() for s in family.samples}
    known = exported | recording_rules() | PROMETHEUS_SERIES
    for expr in dashboard_exprs() + rule_exprs():
        assert metric_names(expr) <= known, (expr, metric_names(expr) - known)
    assert "healthbot_cgroup_memory_high_bytes" in exported
    assert "healthbot_telegram_get_updates_last_success_timestamp_seconds" in exported


# --- a real Prometheus scraping a real daemon ---------------------------------------------------


@contextlib.contextmanager
def prometheus(tmp_path: Path, target: str) -> Iterator[str]:
    """Prometheus on a free loopback port scraping `target` every second with our rules;
    yields its base URL and stops it (by its PID) on exit."""
    assert PROMETHEUS is not None
    config = tmp_path / "prometheus.yml"
    rule_files = "".join(f"  - {path}\n" for path in RULES)
    config.write_text(
        "global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\n"
        f"rule_files:\n{rule_files}"
        "scrape_configs:\n  - job_name: healthbot\n"
        f"    static_configs:\n      - targets: ['{target}']\n"
    )
    port = free_port()
    log = (tmp_path / "prometheus.log").open("w")
    process = subprocess.Popen(
        [PROMETHEUS, f"--config.file={config}", f"--storage.tsdb.path={tmp_path / 'tsdb'}",
         f"--web.listen-address=127.0.0.1:{port}", "--log.level=warn"],
        stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
        log.close()


async def eventually(probe: Callable[[], Awaitable[Any]], timeout: float, what: str) -> Any:
    """The first truthy result of `probe()`, polled until `timeout` seconds."""
    try:
        async with asyncio.timeout(timeout):
            while not (result := await probe()):
                await asyncio.sleep(0.25)
            return result
    except TimeoutError:
        raise AssertionError(f"not within {timeout} s: {what}") from None


@dataclass
class PrometheusAPI:
    """The HTTP API of the Prometheus at `base`."""

    http: aiohttp.ClientSession
    base: str

    async def query(self, expr: str) -> list[dict[str, Any]]:
        """The instant vector of `expr` now; empty while Prometheus does not listen yet."""
        try:
            async with self.http.get(f"{self.base}/api/v1/query", params={"query": expr}) as r:
                body = await r.json()
        except aiohttp.ClientError:
            return []
        assert body["status"] == "success", body
        result: list[dict[str, Any]] = body["data"]["result"]
        return result

    async def value(self, expr: str) -> float:
        """The value of the one series `expr` gives."""
        (sample,) = await self.query(expr)
        return float(sample["value"][1])

    async def alert_state(self, name: str) -> str | None:
        """ "pending" or "firing", or None while the alert is inactive."""
        async with self.http.get(f"{self.base}/api/v1/alerts") as r:
            body = await r.json()
        states = {a["labels"]["alertname"]: a["state"] for a in body["data"]["alerts"]}
        return states.get(name)


@pytest.mark.slow
@needs_prometheus
async def test_prometheus_scrapes_the_daemon_records_the_rules_and_alerts_when_it_stops(
    tmp_path: Path, empty_database_url: str, redis_url: str
) -> None:
    async with (
        scene(tmp_path, empty_database_url, redis_url, rate_limits=False) as (fake, daemon),
        aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10)) as http,
    ):
        await daemon.start(fake)
        target = f"127.0.0.1:{daemon.env['HEALTHBOT_METRICS__PORT']}"
        with prometheus(tmp_path, target) as base:
            api = PrometheusAPI(http, base)
            await eventually(lambda: api.query('up{job="healthbot"} == 1'), 60, "a good scrape")
            users = range(7100, 7105)
            for user in users:
                fake.add_user(user, first_name=f"U{user}")

            async def help_for_all() -> None:
                for user in users:
                    fake.send_text(user, "/help")
                for user in users:
                    await fake.wait_for_messages(user, 1, timeout=60)

            # A handler's series appear with its first update, and rate() starts from their
            # first scrape: one round to create them, one that the rates see.
            await help_for_all()
            await eventually(
                lambda: api.query('healthbot_updates_total{handler="cmd_help"}'), 30, "scraped"
            )
            await help_for_all()
            updates = await eventually(
                lambda: api.query("instance:healthbot_updates:rate1m > 0"), 60, "updates/s"
            )
            assert [u["metric"]["instance"] for u in updates] == [target]
            assert await api.value("instance:healthbot_update_duration_seconds:p95_5m") > 0
            assert await api.value("instance:healthbot_updates_errors:ratio_rate5m") == 0
            for ratio in ["instance:healthbot_db_pool:usage_ratio",
                          "instance:healthbot_data_dir_filesystem_avail:ratio",
                          "instance:healthbot_memory:ratio_memory_high"]:  # fmt: skip
                assert 0 <= await api.value(ratio) <= 1, ratio
            hits = await api.query("instance_namespace:healthbot_cache_hit:ratio_rate5m")
            assert hits and all("namespace" in h["metric"] for h in hits), hits
            assert await api.alert_state("HealthbotDown") is None
            assert await api.alert_state("HealthbotNoGetUpdates") is None

            code, _ = await daemon.stop()
            assert code == 0
            state = await eventually(
                lambda: api.alert_state("HealthbotDown"), 30, "HealthbotDown active"
            )
            assert state == "pending"  # for: 1m
