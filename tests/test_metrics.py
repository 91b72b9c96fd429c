"""The metrics the alert rules need: last good poll, data dir space, the cgroup's memory."""

from __future__ import annotations

import shutil
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from healthbot.app import App
from healthbot.metrics import SystemCollector, cgroup_memory
from loadgen.telegram import FakeTelegram
from tests.support.cgroups import cgroup_tree
from tests.support.daemon import RunningBot, bot_settings
from tests.support.telegram import TOKEN
from tests.support.waiting import until

GIB = 1024**3


def test_cgroup_memory_reads_the_units_limits(tmp_path: Path) -> None:
    proc, root = cgroup_tree(tmp_path, high=str(768 * 2**20), max_=str(GIB))
    assert cgroup_memory(proc, root) == {
        "current": 300 * 2**20,
        "working_set": 240 * 2**20,
        "high": 768 * 2**20,
        "max": GIB,
    }


def test_cgroup_memory_leaves_out_a_limit_that_is_max(tmp_path: Path) -> None:
    proc, root = cgroup_tree(tmp_path, high="max")
    assert cgroup_memory(proc, root).keys() == {"current", "working_set"}


@pytest.mark.parametrize(
    "proc_text",
    ["4:memory:/user.slice\n1:name=systemd:/\n", "0::/elsewhere\n", ""],
    ids=["cgroup-v1-only", "files-hidden", "empty"],
)
def test_cgroup_memory_is_empty_without_a_readable_cgroup_v2(
    tmp_path: Path, proc_text: str
) -> None:
    proc, root = cgroup_tree(tmp_path, high="max")
    proc.write_text(proc_text)
    assert cgroup_memory(proc, root) == {}
    assert cgroup_memory(tmp_path / "absent", root) == {}


def test_the_collector_exports_the_cgroups_memory_in_bytes(tmp_path: Path) -> None:
    collector = SystemCollector()
    collector.cgroup_files = cgroup_tree(tmp_path, high=str(768 * 2**20))
    samples = {s.name: s.value for family in collector.collect() for s in family.samples}
    assert samples["healthbot_cgroup_memory_working_set_bytes"] == 240 * 2**20
    assert samples["healthbot_cgroup_memory_high_bytes"] == 768 * 2**20
    assert "healthbot_cgroup_memory_max_bytes" not in samples
    assert "healthbot_data_dir_filesystem_size_bytes" not in samples  # no data dir given


@pytest.fixture
async def bot(tmp_path: Path, empty_database_url: str, redis_url: str) -> AsyncIterator[RunningBot]:
    """The daemon in-process on the session's PostgreSQL and Redis."""
    async with FakeTelegram(TOKEN) as fake:
        settings = bot_settings(tmp_path, empty_database_url, redis_url, fake.base_url)
        async with App(settings, TOKEN) as app, app.serving():
            yield RunningBot(fake, app)


async def test_last_get_updates_moves_with_good_polls_only(bot: RunningBot) -> None:
    gauge = ("healthbot_telegram_get_updates_last_success_timestamp_seconds", ())
    started = time.time()
    await until(lambda: bot.scrape()[gauge] >= started, timeout=60, what="a poll after start")
    bot.fake.server_errors["getUpdates"] = 1.0

    def failed() -> int:
        return bot.fake.injected["500"] + bot.fake.injected["502"]

    # Polls are sequential: once two have failed, the one in flight before is over.
    await until(lambda: failed() >= 2, timeout=60, what="two failed polls")
    stalled = bot.scrape()[gauge]
    seen = failed()
    await until(lambda: failed() > seen, timeout=60, what="one more failed poll")
    assert bot.scrape()[gauge] == stalled
    del bot.fake.server_errors["getUpdates"]
    await until(lambda: bot.scrape()[gauge] > stalled, timeout=60, what="a good poll again")


async def test_data_dir_space_and_cgroup_memory_are_exported(
    bot: RunningBot, tmp_path: Path
) -> None:
    samples = bot.scrape()
    usage = shutil.disk_usage(tmp_path)
    size = samples[("healthbot_data_dir_filesystem_size_bytes", ())]
    avail = samples[("healthbot_data_dir_filesystem_avail_bytes", ())]
    assert size == usage.total
    assert 0 < avail <= size
    exported = {name for name, _ in samples if name.startswith("healthbot_cgroup_memory_")}
    assert exported == {f"healthbot_cgroup_memory_{key}_bytes" for key in cgroup_memory()}


async def test_never_seen_failures_are_exported_at_zero(bot: RunningBot) -> None:
    samples = bot.scrape()
    assert (("healthbot_inbox_updates_total", (("event", "failed"),))) in samples
    assert (("healthbot_send_retries_total", (("reason", "retry_after"),))) in samples
    assert (("healthbot_intake_errors_total", (("stage", "get_updates"),))) in samples
