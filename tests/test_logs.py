"""Logs: JSON lines for log shippers, at INFO no word a user wrote, in either format, and no
storm of slow-query lines from a saturated daemon."""

from __future__ import annotations

import asyncio
import json
import logging
import signal
import time
from pathlib import Path

import pytest
from prometheus_client import REGISTRY

from healthbot.db import Database
from healthbot.logs import (
    UPDATE,
    JsonFormatter,
    RequestIdFilter,
    Throttle,
    more_held_back,
    register_secrets,
)
from loadgen.telegram import FakeTelegram
from tests.support.processes import TOKEN, daemon_env, finish, start_daemon

# A word no log line has any other reason to hold.
WORD = "Quetzalword"


def record(message: str, *args: object, exc: BaseException | None = None) -> logging.LogRecord:
    """A record as the root logger's handler gets it (filters applied)."""
    exc_info = (type(exc), exc, exc.__traceback__) if exc is not None else None
    rec = logging.LogRecord("healthbot.x", logging.WARNING, __file__, 1, message, args, exc_info)
    RequestIdFilter().filter(rec)
    return rec


def test_a_json_line_has_every_field_and_masks_secrets() -> None:
    register_secrets(["json-secret-value-42"])
    token = UPDATE.set((9001, 77))
    try:
        rec = record("token %s\nsecond line", "json-secret-value-42")
    finally:
        UPDATE.reset(token)
    line = JsonFormatter().format(rec)
    assert "\n" not in line
    entry = json.loads(line)
    assert set(entry) == {
        "timestamp", "level", "logger", "request_id", "update_id", "chat_id", "message",
    }  # fmt: skip
    assert entry["level"] == "WARNING" and entry["logger"] == "healthbot.x"
    assert (entry["update_id"], entry["chat_id"]) == (9001, 77)
    assert entry["message"] == "token ***\nsecond line"
    assert entry["timestamp"].endswith("+00:00")


def test_a_json_line_carries_the_traceback_redacted() -> None:
    register_secrets(["json-secret-in-exception"])
    try:
        raise ValueError("bad json-secret-in-exception")
    except ValueError as exc:
        entry = json.loads(JsonFormatter().format(record("failed", exc=exc)))
    assert "ValueError: bad ***" in entry["exception"]
    assert "json-secret-in-exception" not in json.dumps(entry)
    assert (entry["update_id"], entry["chat_id"]) == (None, None)


@pytest.mark.slow
@pytest.mark.parametrize("log_format", ["json", "text"])
async def test_the_daemon_logs_no_word_a_user_wrote_at_info(
    tmp_path: Path, empty_database_url: str, redis_url: str, log_format: str
) -> None:
    async with FakeTelegram(TOKEN) as fake:
        env = daemon_env(
            tmp_path,
            HEALTHBOT_TELEGRAM__API_BASE=fake.base_url,
            HEALTHBOT_DATABASE__URL=empty_database_url,
            HEALTHBOT_REDIS__URL=redis_url,
            HEALTHBOT_LOG_FORMAT=log_format,
            HEALTHBOT_LOG_LEVEL="INFO",
        )
        process = await start_daemon(env)
        try:
            async with asyncio.timeout(90):
                while not fake.calls["getUpdates"]:
                    await asyncio.sleep(0.05)
            fake.add_user(8801, first_name=WORD)
            messages = [
                f"hello {WORD}",
                f"/log 2 {WORD} and a slice of toast",
                f"/remind in 30 minutes {WORD}",
                f"/weight {WORD}",
                f"/water {WORD}",
                f"{WORD}\x00{WORD}",
            ]
            for text in messages:
                fake.send_text(8801, text)
            await fake.wait_for_messages(8801, len(messages), timeout=60)
            process.send_signal(signal.SIGTERM)
            code, stderr = await finish(process, timeout=60)
        finally:
            if process.returncode is None:
                process.kill()
    assert code == 0, stderr
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert lines, "the daemon logged its start and stop"
    assert WORD not in stderr
    if log_format == "json":
        entries = [json.loads(line) for line in lines]  # every line is one JSON object
        assert any(e["message"].startswith("polling as @") for e in entries)
        assert all(e["level"] in {"INFO", "WARNING", "ERROR"} for e in entries)


async def test_a_storm_of_slow_queries_writes_one_line_and_counts_them_all(
    database_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    # slow_query_ms=0: every query is slow, as under a saturating load.
    db = await Database.open(database_url, min_size=1, max_size=2, slow_query_ms=0)
    before = REGISTRY.get_sample_value("healthbot_db_slow_queries_total", {"query": "storm"}) or 0
    try:
        with caplog.at_level("WARNING", logger="healthbot.db.pool"):
            for _ in range(25):
                await db.fetch_value("storm", "SELECT 1")
    finally:
        await db.close()
    lines = [r.getMessage() for r in caplog.records if "slow query storm" in r.getMessage()]
    assert len(lines) == 1, lines
    after = REGISTRY.get_sample_value("healthbot_db_slow_queries_total", {"query": "storm"})
    assert after == before + 25


def test_a_throttled_line_says_how_many_it_stands_for() -> None:
    throttle = Throttle(seconds=0.2)
    assert throttle("a") == 0  # the first is written
    assert [throttle("a") for _ in range(3)] == [None, None, None]
    assert throttle("b") == 0  # keys apart
    time.sleep(0.25)
    held = throttle("a")
    assert held == 3
    assert more_held_back(held, "query") == " (3 more slow query lines held back)"
    assert more_held_back(0, "query") == ""
