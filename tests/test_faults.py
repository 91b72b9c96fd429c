"""Nothing lost: the daemon under load through kill -9, SIGTERM, PostgreSQL and Redis outages,
and Telegram's flood limits. Real processes on loopback; figures are printed (`pytest -s`).
"""

from __future__ import annotations

import asyncio
import itertools
import signal
import time
from collections.abc import AsyncIterator
from pathlib import Path

import psycopg
import pytest
from aiohttp import web

from healthbot.embedded import EmbeddedPostgres, EmbeddedRedis
from healthbot.offline.telegram.limits import MESSAGE_METHODS
from healthbot.telegram.sender import SendLimits
from loadgen.telegram import FakeTelegram, RateLimits
from tests.support.conversations import converse, reply_text, settle
from tests.support.processes import TOKEN, Daemon, daemon_env, free_port, scene, start_daemon
from tests.support.telegram import sent_too_early
from tests.support.waiting import until

pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]  # a bound on a hang, loaded or not

LIMITS = SendLimits()  # Telegram's figures, as the daemon keeps them by default


@pytest.fixture
async def daemon(
    tmp_path: Path, empty_database_url: str, redis_url: str
) -> AsyncIterator[tuple[FakeTelegram, Daemon]]:
    """The fake Telegram and a daemon on a new database, rate limits off (fast)."""
    async with scene(tmp_path, empty_database_url, redis_url, rate_limits=False) as pair:
        yield pair


@pytest.fixture
async def limited(
    tmp_path: Path, empty_database_url: str, redis_url: str
) -> AsyncIterator[tuple[FakeTelegram, Daemon]]:
    """Telegram's flood limits on at the fake, the daemon pacing itself (its default)."""
    async with scene(tmp_path, empty_database_url, redis_url, rate_limits=True) as pair:
        yield pair


USERS = range(1000, 1100)  # 100 users
MESSAGES = 5
RESTART = 180.0
"""Seconds a user waits for a reply across a fault and a restart: a bound on a hang (a lost
message), not a speed; a daemon started on a loaded machine takes tens of seconds to answer."""


async def test_kill_9_under_load_then_restart_loses_nothing(
    daemon: tuple[FakeTelegram, Daemon],
) -> None:
    fake, bot = daemon
    await bot.start(fake)
    # Users think a little between messages, as people do (loadgen's default is 5-15 s).
    run = asyncio.create_task(converse(fake, USERS, MESSAGES, think=(0.2, 1.0), timeout=RESTART))
    await until(lambda: fake.calls["sendMessage"] >= 150, 120, what="150 replies")
    code, _ = await bot.stop(signal.SIGKILL)
    assert code == -signal.SIGKILL
    await bot.start(fake)
    outcome = await asyncio.wait_for(run, 240)
    duplicates = await settle(fake, USERS, len(USERS) * MESSAGES)
    print(f"\nkill -9 at 150 replies, restart: {outcome.summary()}; "
          f"{duplicates} duplicate send(s) in all")  # fmt: skip
    assert len(outcome.latencies) == len(USERS) * MESSAGES
    assert outcome.errors == []
    # Only a reply Telegram took in the instant before the kill, before its record was
    # written, may go out twice: at most one per chat being handled (64 by default).
    assert duplicates <= 64
    await bot.stop()


async def test_sigterm_under_load_drains_and_restart_finds_nothing_missing(
    daemon: tuple[FakeTelegram, Daemon],
) -> None:
    fake, bot = daemon
    await bot.start(fake)
    run = asyncio.create_task(converse(fake, USERS, MESSAGES, timeout=RESTART))
    await until(lambda: fake.calls["sendMessage"] >= 150, 120, what="150 replies")
    code, seconds = await bot.stop(signal.SIGTERM)
    print(f"\nSIGTERM under load: exit code {code} after {seconds:.2f} s")
    assert code == 0
    # Within systemd's TimeoutStopSec=30 (the drain's deadline is 20 s, the rest is margin for
    # a loaded machine); a daemon that did not drain is killed there and restarts as after -9.
    assert seconds < 30
    await bot.start(fake)
    outcome = await asyncio.wait_for(run, 240)
    duplicates = await settle(fake, USERS, len(USERS) * MESSAGES)
    print(f"after restart: {outcome.summary()}; {duplicates} duplicate send(s)")
    assert len(outcome.latencies) == len(USERS) * MESSAGES
    assert duplicates == 0
    await bot.stop()


async def test_postgres_stopped_for_10_s_loses_nothing(tmp_path: Path, redis_url: str) -> None:
    pg = EmbeddedPostgres(tmp_path / "own-pg")
    await asyncio.to_thread(pg.start)
    try:
        async with scene(tmp_path, pg.url, redis_url, rate_limits=False) as (fake, bot):
            await bot.start(fake)
            baseline = await converse(fake, range(2000, 2100), 2)
            run = asyncio.create_task(converse(fake, USERS, MESSAGES, timeout=RESTART))
            await until(lambda: fake.calls["sendMessage"] >= 300, 120, what="300 replies")
            await asyncio.to_thread(pg.stop)
            await asyncio.sleep(10)
            await asyncio.to_thread(pg.start)
            outcome = await asyncio.wait_for(run, 240)
            assert bot.process is not None and bot.process.returncode is None, "no crash"
            print(f"\nbaseline: {baseline.summary()}\nPostgreSQL down 10 s: {outcome.summary()}")
            assert len(outcome.latencies) == len(USERS) * MESSAGES
            assert outcome.errors == []
            assert await settle(fake, USERS, len(USERS) * MESSAGES) == 0
            code, _ = await bot.stop()
            assert code == 0
    finally:
        await asyncio.to_thread(pg.stop)


async def test_redis_killed_under_load_is_invisible(
    tmp_path: Path, empty_database_url: str, own_redis: EmbeddedRedis
) -> None:
    async with scene(tmp_path, empty_database_url, own_redis.url, rate_limits=False) as (
        fake,
        bot,
    ):
        await bot.start(fake)
        run = asyncio.create_task(converse(fake, USERS, MESSAGES, timeout=RESTART))
        await until(lambda: fake.calls["sendMessage"] >= 150, 120, what="150 replies")
        own_redis.kill()
        outcome = await asyncio.wait_for(run, 240)
        print(f"\nRedis killed mid-run: {outcome.summary()}")
        assert len(outcome.latencies) == len(USERS) * MESSAGES
        assert outcome.errors == []
        code, _ = await bot.stop()
        assert code == 0


async def test_flood_limits_on_a_200_user_spike(limited: tuple[FakeTelegram, Daemon]) -> None:
    fake, bot = limited
    fake.limits = RateLimits(slack=0.5)  # as below: the load reorders arrivals
    await bot.start(fake)
    users = range(3000, 3200)
    start = time.monotonic()
    outcome = await converse(fake, users, 2, timeout=120)
    sends = [m.at for u in users for m in fake.sent(u) if m.method in MESSAGE_METHODS]
    print(f"\n200-user spike with flood limits: {outcome.summary()}; "
          f"{fake.rate_limited.total()} 429s in {len(sends)} sends")  # fmt: skip
    assert len(outcome.latencies) == 400
    # The bot's 30/s and burst of 30 kept from the first reply on, judged by when each send
    # arrived (a bot that does not pace sends 400 at once, and gets 652 429s). Not by the
    # fake's 429s: on a loaded machine a reply held up by the load reaches the fake in a
    # clump with the next ones (the project's CI saw 13 in 413 sends).
    assert not sent_too_early(sends, start, LIMITS.global_rate, LIMITS.global_burst)
    # Nor flooding Telegram with retries: the unpaced bot's 652 429s are 1.6 a send; a paced
    # one's, on a machine loaded enough to clump its replies, a few in a hundred.
    assert fake.rate_limited.total() <= 0.25 * len(sends)
    code, _ = await bot.stop()
    assert code == 0


async def test_twenty_messages_in_one_second_get_twenty_replies_in_order(
    limited: tuple[FakeTelegram, Daemon],
) -> None:
    fake, bot = limited
    # Telegram's figures, a call let through up to 0.5 s before its token as in test_flood
    # and test_scale_out: on 4 test workers sharing 2 cores a reply can reach the fake that
    # much after its turn while the next one does not, and the fake's default 0.1 s then
    # refuses a bot that paced itself right.
    fake.limits = RateLimits(slack=0.5)
    await bot.start(fake)
    fake.add_user(4000, first_name="Quick")
    start = time.monotonic()
    for k in range(20):
        fake.send_text(4000, f"/ping_{k}")
        await asyncio.sleep(0.04)
    replies = await fake.wait_for_messages(4000, 20, timeout=60)
    texts = [reply_text(r) for r in replies]
    assert len(texts) == 20
    assert all(f"/ping_{k}." in text for k, text in enumerate(texts)), texts
    # A chat's 1/s and burst of 3 kept (an unpaced bot sends all 20 within about a second).
    arrivals = [m.at for m in fake.sent(4000) if m.method in MESSAGE_METHODS]
    assert not sent_too_early(arrivals, start, LIMITS.chat_rate, LIMITS.chat_burst)
    code, _ = await bot.stop()
    assert code == 0


async def test_flaky_telegram_loses_nothing(daemon: tuple[FakeTelegram, Daemon]) -> None:
    fake, bot = daemon
    await bot.start(fake)
    fake.server_errors["sendMessage"] = 0.2  # answered 500/502 before the method runs
    fake.drops["sendMessage"] = 0.05  # connection closed unanswered
    users = range(5000, 5050)
    # A reply may meet several faults in a row; with retries backing off up to 10 s, the
    # unluckiest of 200 can take a minute or more.
    outcome = await converse(fake, users, 4, timeout=180)
    print(f"\n20% 5xx and 5% drops on sendMessage: {outcome.summary()}; "
          f"faults injected: {dict(fake.injected)}")  # fmt: skip
    assert len(outcome.latencies) == 200
    assert await settle(fake, users, 200) == 0
    assert sum(fake.injected.values()) > 20
    code, _ = await bot.stop()
    assert code == 0


async def test_failing_get_updates_backs_off(
    daemon: tuple[FakeTelegram, Daemon], monkeypatch: pytest.MonkeyPatch
) -> None:
    fake, bot = daemon
    failed: list[float] = []  # when each failing getUpdates reached the fake
    inject = fake._inject_faults

    async def recording(name: str, request: web.Request) -> web.Response | None:
        fault = await inject(name, request)
        if fault is not None and name == "getUpdates":
            failed.append(time.monotonic())
        return fault

    monkeypatch.setattr(fake, "_inject_faults", recording)
    await bot.start(fake)
    fake.server_errors["getUpdates"] = 1.0
    await until(lambda: len(failed) >= 4, 120, what="four failed getUpdates")
    # Backoff from 0.5 s doubling, jittered by +-50%: each call waits at least 0.25, 0.5, 1 s
    # after the failure before it. A loaded machine only makes the calls later; a tight loop
    # (or a fixed short delay) comes sooner.
    gaps = [later - earlier for earlier, later in itertools.pairwise(failed)]
    assert all(gap > 0.25 * 2**k - 0.01 for k, gap in enumerate(gaps[:3])), gaps
    del fake.server_errors["getUpdates"]
    outcome = await converse(fake, range(6000, 6001), 1, timeout=60)
    assert len(outcome.latencies) == 1
    code, _ = await bot.stop()
    assert code == 0


async def test_kill_9_on_the_embedded_default_then_restart_answers_everything(
    tmp_path: Path,
) -> None:
    # No URLs at all: the daemon runs its own PostgreSQL and Redis under the data dir, and
    # kill -9 hits the daemon alone, as the OOM killer would.
    async with FakeTelegram(TOKEN, rate_limits=False) as fake:
        env = daemon_env(
            tmp_path,
            HEALTHBOT_TELEGRAM__API_BASE=fake.base_url,
            HEALTHBOT_TELEGRAM__RATE_LIMITS="false",
        )
        bot = Daemon(env)
        try:
            await bot.start(fake)
            users = range(7000, 7030)
            run = asyncio.create_task(converse(fake, users, 4, think=(0.1, 0.5), timeout=RESTART))
            await until(lambda: fake.calls["sendMessage"] >= 30, 120, what="30 replies")
            code, _ = await bot.stop(signal.SIGKILL)
            assert code == -signal.SIGKILL
            await bot.start(fake)  # the servers it left behind do not stop the next start
            outcome = await asyncio.wait_for(run, 240)
            print(f"\nkill -9 on the embedded default, restart: {outcome.summary()}")
            assert len(outcome.latencies) == len(users) * 4
            assert outcome.errors == []
            code, _ = await bot.stop()
            assert code == 0
        finally:
            if bot.process is not None and bot.process.returncode is None:
                bot.process.kill()
                await bot.process.wait()


# --- stop wins; one chat cannot slow every other (added with the per-chat lanes) -------------

DRAIN = 5.0  # telegram.drain_seconds of the stop tests
STOP_MARGIN = 10.0
"""Process exit after the drain (closing the pool, the loop), on a loaded machine: a bound on
a hang, not a speed. A daemon that waits for the Bot API does not exit at all (the hung reply
is cut off after 30 s and retried), and one that ignores the setting drains for its 20 s."""


async def stop_timed(process: asyncio.subprocess.Process) -> tuple[int, float, str]:
    """SIGTERM; return the exit code, the seconds to exit and the log."""
    start = time.monotonic()
    process.send_signal(signal.SIGTERM)
    _, err = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode is not None
    return process.returncode, time.monotonic() - start, err.decode()


async def log_line(process: asyncio.subprocess.Process, *words: str, timeout: float = 60) -> str:
    """Read the daemon's log until a line holds all `words`; return it."""
    assert process.stderr is not None
    async with asyncio.timeout(timeout):
        while line := (await process.stderr.readline()).decode():
            if all(word in line for word in words):
                return line
    raise AssertionError(f"the daemon exited before logging {words}")


async def test_sigterm_with_the_bot_api_unreachable_from_the_start_exits_0_within_drain(
    tmp_path: Path, empty_database_url: str, redis_url: str
) -> None:
    env = daemon_env(
        tmp_path,
        HEALTHBOT_TELEGRAM__API_BASE=f"http://127.0.0.1:{free_port()}",  # nothing listens
        HEALTHBOT_TELEGRAM__DRAIN_SECONDS=str(DRAIN),
        HEALTHBOT_DATABASE__URL=empty_database_url,
        HEALTHBOT_REDIS__URL=redis_url,
    )
    process = await start_daemon(env)
    try:
        await log_line(process, "failed (", "retrying")  # getMe/setMyCommands keep failing
        code, seconds, err = await stop_timed(process)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    print(f"\nBot API unreachable from the start: SIGTERM to exit {seconds:.2f} s, code {code}")
    assert code == 0, err[-2000:]
    assert seconds < DRAIN + STOP_MARGIN


async def test_sigterm_with_the_bot_api_gone_mid_reply_exits_0_within_drain(
    tmp_path: Path, empty_database_url: str, redis_url: str
) -> None:
    async with FakeTelegram(TOKEN) as fake:
        env = daemon_env(
            tmp_path,
            HEALTHBOT_TELEGRAM__API_BASE=fake.base_url,
            HEALTHBOT_TELEGRAM__DRAIN_SECONDS=str(DRAIN),
            HEALTHBOT_DATABASE__URL=empty_database_url,
            HEALTHBOT_REDIS__URL=redis_url,
        )
        process = await start_daemon(env)
        try:
            async with asyncio.timeout(60):
                while not fake.calls["getUpdates"]:
                    await asyncio.sleep(0.05)
            fake.add_user(8801, first_name="Gone")
            fake.delays["sendMessage"] = 30.0  # the reply hangs at Telegram...
            fake.send_text(8801, "/help")
            async with asyncio.timeout(60):
                while not fake.calls["sendMessage"]:
                    await asyncio.sleep(0.05)
            await fake.stop()  # ...and then Telegram is gone, the reply cut off
            await log_line(process, "sendMessage failed (", "retrying")
            code, seconds, err = await stop_timed(process)
        finally:
            if process.returncode is None:
                process.kill()
                await process.wait()
    print(f"\nBot API gone with a reply in flight: SIGTERM to exit {seconds:.2f} s, code {code}")
    assert code == 0, err[-2000:]
    assert seconds < DRAIN + STOP_MARGIN


async def test_a_flooding_chat_does_not_slow_the_others(
    limited: tuple[FakeTelegram, Daemon], empty_database_url: str
) -> None:
    fake, bot = limited
    # A small shared queue, as in the issue; chats answered at 4 messages/s to keep it short.
    fake.limits = RateLimits(per_chat=4.0)
    bot.env |= {
        "HEALTHBOT_TELEGRAM__MAX_QUEUED_UPDATES": "20",
        "HEALTHBOT_TELEGRAM__MAX_QUEUED_PER_CHAT": "10",
        "HEALTHBOT_TELEGRAM__CHAT_MESSAGES_PER_SECOND": "4",
    }
    await bot.start(fake)
    baseline = await converse(fake, range(9001, 9002), 3)
    fake.add_user(9000, first_name="Flood")
    for k in range(60):
        fake.send_text(9000, f"/ping_{k}")
    # The daemon has taken the flood once the first answer arrives.
    texts = [reply_text(r) for r in await fake.wait_for_messages(9000, 1, timeout=120)]
    during = await converse(fake, range(9002, 9003), 3, timeout=120)
    print(f"\nanother chat's replies: baseline {baseline.summary()}; "
          f"during a 60-message flood {during.summary()}")  # fmt: skip
    # The other chat is answered without waiting for the flood, judged by the flood's own
    # replies as the clock (the daemon sends them at 4/s at most; load only slows them), not
    # by a latency: a daemon held up by the flood (the shared queue before the per-chat cap:
    # 9.4 s; one update at a time: all 61 of the flood's replies first) sends many more.
    answered = max(m.at for m in fake.sent(9002, "sendMessage"))
    flood_before = [m for m in fake.sent(9000, "sendMessage") if m.at < answered]
    assert len(flood_before) < 30, len(flood_before)

    # Every one of the flood's messages is answered, in order, and done in the inbox.
    async with asyncio.timeout(120):
        while sum("/ping_" in text for text in texts) < 60:
            texts += [reply_text(r) for r in await fake.wait_for_messages(9000, 1, timeout=120)]
    pings = [t for t in texts if "/ping_" in t]
    assert all(f"/ping_{k}." in text for k, text in enumerate(pings)), pings
    assert sum("faster than I can answer" in t for t in texts) == 1, texts

    async def all_done() -> bool:
        async with await psycopg.AsyncConnection.connect(empty_database_url) as conn:
            cur = await conn.execute(
                "SELECT count(*) FROM update_inbox WHERE chat_id = 9000 AND status = 'done'"
            )
            row = await cur.fetchone()
            return row is not None and row[0] == 60

    async with asyncio.timeout(60):
        while not await all_done():
            await asyncio.sleep(0.1)
    code, _ = await bot.stop()
    assert code == 0
