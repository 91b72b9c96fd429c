"""The durable intake: no update blocks another, jobs share the lanes, payloads are dropped.

Most tests run the daemon in-process (`bot` fixture of test_bot) against the fake Telegram
over HTTP, on real PostgreSQL and Redis; the inbox's isolation is also tested on its own.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import psycopg
import pytest
from aiogram.types import Update
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from prometheus_client import REGISTRY

from healthbot.app import App
from healthbot.db import Database
from healthbot.telegram import poller as poller_module
from healthbot.telegram.inbox import (
    InboxRepository,
    Incoming,
    StoreResult,
    inbox_report,
    prepare,
)
from healthbot.telegram.intake import Intake
from loadgen.telegram import FakeTelegram, JsonDict
from tests.support.daemon import RunningBot, bot_settings
from tests.support.telegram import TOKEN, shown

# Any character, and more often than chance the ones PostgreSQL refuses: NUL and lone
# surrogates (a Python str holds them; JSON carries them as \u0000 and \ud800 escapes).
UNSAFE = "\x00\ud800\udbff\udc00\udfff"
ANY = st.text(st.one_of(st.characters(), st.sampled_from(UNSAFE)), max_size=40)
WILD = st.one_of(ANY, st.tuples(ANY, st.sampled_from(UNSAFE), ANY).map("".join))


class EscapingTelegram(FakeTelegram):
    """The fake Telegram, sending updates as ASCII JSON (NUL and surrogates as escapes)."""

    def _enqueue(self, kind: str, body: JsonDict) -> int:
        update_id = super()._enqueue(kind, body)
        if self._updates and self._updates[-1].update_id == update_id:
            self._updates[-1].payload = json.dumps({"update_id": update_id, **body})
        return update_id

    def send_callback(self, user: JsonDict, data: str) -> int:
        """A callback query from `user` with `data` (of a button in no message we know)."""
        query = {"id": str(user["id"]), "from": user, "chat_instance": "x", "data": data}
        return self._enqueue("callback_query", {"callback_query": query})


@pytest.fixture
async def bot(tmp_path: Path, empty_database_url: str, redis_url: str) -> AsyncIterator[RunningBot]:
    """The daemon in-process on a fake Telegram that sends escaped JSON."""
    async with EscapingTelegram(TOKEN) as fake:
        settings_ = bot_settings(tmp_path, empty_database_url, redis_url, fake.base_url)
        async with App(settings_, TOKEN) as app, app.serving():
            yield RunningBot(fake, app)


async def help_is_answered(fake: FakeTelegram, user_id: int, timeout: float = 15.0) -> None:
    """Send /help as the user; wait for the command list among the bot's new messages."""
    fake.add_user(user_id, first_name="Plain")
    fake.send_text(user_id, "/help")
    async with asyncio.timeout(timeout):
        while True:
            replies = await fake.wait_for_messages(user_id, 1, timeout=timeout)
            if any("/start" in shown(r) and "/help" in shown(r) for r in replies):
                return


async def wait_until(check: Callable[[], Awaitable[bool]], timeout: float = 10.0) -> None:
    """Poll `check` until it holds; fail after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while not await check():
        assert time.monotonic() < deadline, "condition not met in time"
        await asyncio.sleep(0.05)


async def fetch(url: str, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    """Rows of one query on its own connection."""
    async with await psycopg.AsyncConnection.connect(url) as conn:
        cur = await conn.execute(sql, params)
        return await cur.fetchall()


# --- no update blocks another ------------------------------------------------------------------


Example = tuple[str, str, str, str, str]  # kind, text, first name, last name, username


@pytest.fixture
def examples() -> list[Example]:
    """The same 40 examples every run (derandomize), drawn while no daemon runs.

    Drawing beside a running daemon would not do: Hypothesis checks that the global `random`
    state is the same after each draw as before, and the daemon's libraries (psycopg's pool,
    redis' backoff) draw from it on their own, so a draw could now and then be blamed for them.
    """
    drawn: list[Example] = []

    @settings(
        max_examples=40, deadline=None, database=None, phases=[Phase.generate],
        suppress_health_check=[HealthCheck.too_slow], derandomize=True,
    )  # fmt: skip
    @given(
        kind=st.sampled_from(["text", "caption", "callback"]),
        text=st.one_of(WILD, WILD.map(lambda s: "/start " + s), WILD.map(lambda s: "/" + s)),
        first=WILD.filter(bool), last=WILD, username=WILD,
    )  # fmt: skip
    def draw(kind: str, text: str, first: str, last: str, username: str) -> None:
        drawn.append((kind, text, first, last, username))

    draw()
    return drawn


# `examples` before `bot`: the examples are drawn before the daemon starts.
async def test_any_strings_in_any_field_never_block_anyone(
    examples: list[Example], bot: RunningBot
) -> None:
    fake = bot.fake
    assert isinstance(fake, EscapingTelegram)
    next_user = iter(range(900_000, 1_000_000, 2))
    assert len(examples) == 40
    unsafe = 0  # examples with a NUL or a lone surrogate somewhere
    for kind, text, first, last, username in examples:
        unsafe += any(ch in UNSAFE for ch in text + first + last + username)
        user_id = next(next_user)
        fake.add_user(user_id, first_name="Plain")
        user = {"id": user_id, "is_bot": False, "first_name": first, "last_name": last,
                "username": username, "language_code": text[:5]}  # fmt: skip
        chat = {"id": user_id, "type": "private", "first_name": first, "last_name": last,
                "username": username}  # fmt: skip
        if kind == "callback":
            fake.send_callback(user, text)
        else:
            extra: JsonDict = {"from": user, "chat": chat}
            if kind == "caption":
                photo = {"file_id": text or "f", "file_unique_id": "u", "width": 1, "height": 1}
                extra |= {"photo": [photo], "caption": text}
            else:
                extra["text"] = text
            fake.send_message_update(user_id, extra)
        example = (kind, text, first, last, username)
        try:
            await help_is_answered(fake, user_id + 1)  # another user
            await help_is_answered(fake, user_id)  # and the same one
        except TimeoutError as exc:
            raise AssertionError(f"the intake blocked after {example!r}") from exc
    assert unsafe >= 20, "the strategy should often produce what PostgreSQL refuses"
    print(f"\n{unsafe} of the examples held NUL or a lone surrogate")


@given(text=WILD, name=WILD.filter(bool))
def test_prepared_updates_are_safe_for_postgres(text: str, name: str) -> None:
    update = Update.model_validate(message_update(1, 42, text, first_name=name))
    item = prepare(update, bot=None)  # type: ignore[arg-type]
    assert item.payload is not None
    assert "\\u0000" not in item.payload.replace("\\\\", "")
    item.payload.encode("utf-8")  # no lone surrogate left
    assert item.update.message is not None and item.update.message.text is not None
    assert all(ch not in UNSAFE for ch in item.update.message.text)
    assert len(item.update.message.text) == len(text)  # replaced, not dropped


def test_a_clean_update_is_passed_through_as_is() -> None:
    update = Update.model_validate(message_update(1, 42, "hello, 🙂 \\u0000 as typed"))
    assert prepare(update, bot=None).update is update  # type: ignore[arg-type]


def message_update(update_id: int, chat_id: int, text: str, first_name: str = "A") -> JsonDict:
    """A text message update as the Bot API sends it."""
    user = {"id": chat_id, "is_bot": False, "first_name": first_name}
    return {
        "update_id": update_id,
        "message": {"message_id": 1, "date": 1, "chat": {"id": chat_id, "type": "private"},
                    "from": user, "text": text},
    }  # fmt: skip


def raw_incoming(update_id: int, chat_id: int, text: str) -> Incoming:
    """An update stored as it came, without cleaning (what `prepare` would have fixed)."""
    update = Update.model_validate(message_update(update_id, chat_id, text))
    return Incoming(update, json.dumps(json.loads(update.model_dump_json(exclude_none=True))))


async def test_an_unstorable_update_is_quarantined_and_the_rest_stored(
    db: Database, database_url: str
) -> None:
    inbox = InboxRepository(db)
    batch = [raw_incoming(71_000 + i, 71, "ok") for i in range(7)]
    batch[4] = raw_incoming(71_004, 71, "NUL \x00 here")  # jsonb refuses \u0000
    result = StoreResult()
    await inbox.store(batch, result)
    assert result.new == {71_000, 71_001, 71_002, 71_003, 71_005, 71_006}
    assert [item.update_id for item in result.quarantined] == [71_004]
    [(raw, error)] = await fetch(
        database_url, "SELECT raw, error FROM update_quarantine WHERE update_id = 71004"
    )
    assert b"NUL \\u0000 here" in raw
    assert "Unicode" in error or "\\u0000" in error
    lines = await inbox_report(database_url, 10)
    assert any(line.startswith("update 71004 (message, chat 71) quarantined") for line in lines)
    # Telegram sends the batch again: nothing is new, nothing quarantined twice.
    again = StoreResult()
    await inbox.store(batch, again)
    assert again.new == set()
    assert again.quarantined == []


async def test_a_database_outage_is_waited_out_not_quarantined(
    db: Database, database_url: str
) -> None:
    class Unreachable(InboxRepository):
        async def _insert(self, batch: list[Incoming], durable: bool) -> set[int]:
            raise psycopg.OperationalError("connection refused")

    with pytest.raises(psycopg.OperationalError):
        await Unreachable(db).store([raw_incoming(72_000, 72, "NUL \x00")], StoreResult())
    assert await fetch(database_url, "SELECT 1 FROM update_quarantine WHERE chat_id = 72") == []


async def test_a_bad_update_in_a_batch_is_quarantined_and_its_sender_told(
    bot: RunningBot, empty_database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Without cleaning, the NUL reaches the jsonb insert, as it did before the fix.
    def unclean(update: Update, bot: object) -> Incoming:
        return Incoming(update, update.model_dump_json(exclude_none=True))

    monkeypatch.setattr(poller_module, "prepare", unclean)
    for user_id in (7301, 7302, 7303):
        bot.fake.add_user(user_id, first_name="Q")
    # One batch: the long poll is woken by the first and answers after all three.
    bot.fake.send_text(7301, "/help")
    bot.fake.send_text(7302, "nul \x00 inside")
    bot.fake.send_text(7303, "/help")
    for user_id in (7301, 7303):
        [reply] = await bot.fake.wait_for_messages(user_id, 1)
        assert "/start" in shown(reply)
    [apology] = await bot.fake.wait_for_messages(7302, 1)
    assert "couldn't read your last message" in shown(apology)
    rows = await fetch(empty_database_url, "SELECT chat_id FROM update_quarantine")
    assert rows == [(7302,)]


# --- personal data ------------------------------------------------------------------------------


async def test_a_done_update_keeps_no_text(bot: RunningBot, empty_database_url: str) -> None:
    bot.fake.add_user(7401, first_name="Secretive")
    update_id = bot.fake.send_text(7401, "/help my secret diary")
    await bot.fake.wait_for_messages(7401, 1)

    async def done_without_text() -> bool:
        rows = await fetch(
            empty_database_url,
            "SELECT status, payload::text FROM update_inbox WHERE update_id = %s",
            update_id,
        )
        return bool(rows) and rows[0][0] == "done" and "secret" not in rows[0][1]

    await wait_until(done_without_text)
    [(payload,)] = await fetch(
        empty_database_url, "SELECT payload::text FROM update_inbox WHERE update_id = %s", update_id
    )
    assert "Secretive" not in payload


# --- background jobs ----------------------------------------------------------------------------


def lanes(bot: RunningBot) -> Intake:
    """The running daemon's intake."""
    assert bot.app.intake is not None
    return bot.app.intake


async def test_a_job_run_again_with_its_key_sends_nothing_twice(bot: RunningBot) -> None:
    bot.fake.add_user(7501, first_name="Rem")
    runs = 0

    async def remind() -> None:
        nonlocal runs
        runs += 1
        await bot.app.bot.send_message(7501, "Time to drink water")

    lanes(bot).submit_job(7501, "reminder:7501:2026-11-28", remind)
    [message] = await bot.fake.wait_for_messages(7501, 1)
    assert message.text == "Time to drink water"
    lanes(bot).submit_job(7501, "reminder:7501:2026-11-28", remind)  # e.g. after a restart
    lanes(bot).submit_job(7501, "reminder:7501:2026-11-29", remind)  # a new one
    [second] = await bot.fake.wait_for_messages(7501, 1)
    assert second.text == "Time to drink water"
    await wait_until(lambda: _true(runs == 3))
    assert len(bot.fake.sent(7501, "sendMessage")) == 2


async def _true(value: bool) -> bool:
    return value


async def test_jobs_and_updates_of_a_chat_run_in_order(bot: RunningBot) -> None:
    bot.fake.add_user(7601, first_name="Ord")
    intake = lanes(bot)
    update_queued, release = asyncio.Event(), asyncio.Event()

    async def first() -> None:
        # Hold the lane until the update is queued behind this job and the test says go.
        await wait_until(lambda: _true(intake.queued(7601) >= 1))
        update_queued.set()
        await asyncio.wait_for(release.wait(), 10)
        await bot.app.bot.send_message(7601, "job one")

    async def second() -> None:
        await bot.app.bot.send_message(7601, "job two")

    intake.submit_job(7601, "order:1", first)
    bot.fake.send_text(7601, "/ping_7601")
    await asyncio.wait_for(update_queued.wait(), 10)
    intake.submit_job(7601, "order:2", second)
    release.set()
    replies = await bot.fake.wait_for_messages(7601, 3)
    texts = [shown(r) for r in replies]
    assert texts[0] == "job one"
    assert "/ping_7601" in texts[1]
    assert texts[2] == "job two"


def _sample(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


async def test_an_update_stored_while_its_chat_is_busy_is_taken_from_memory_in_order(
    bot: RunningBot,
) -> None:
    # The poller alone stores updates: what it stored after a claimed lane's last update is
    # all the inbox holds of the chat, so the lane takes it without asking the inbox.
    bot.fake.add_user(7701, first_name="Busy")
    intake = lanes(bot)
    update_queued, release = asyncio.Event(), asyncio.Event()

    async def first() -> None:
        await wait_until(lambda: _true(intake.queued(7701) >= 1))
        update_queued.set()
        await asyncio.wait_for(release.wait(), 10)
        await bot.app.bot.send_message(7701, "job one")

    intake.submit_job(7701, "busy:1", first)
    bot.fake.send_text(7701, "/ping_7701_a")
    await asyncio.wait_for(update_queued.wait(), 10)  # loaded from the inbox by the claim
    asked = _sample("healthbot_db_query_duration_seconds_count", query="inbox.pending_of_chat")
    stored = _sample("healthbot_inbox_updates_total", event="stored")
    bot.fake.send_text(7701, "/ping_7701_b")
    # Counted as stored right before the lanes hear of it, in the same step of the poller.
    await wait_until(lambda: _true(
        _sample("healthbot_inbox_updates_total", event="stored") > stored
    ))  # fmt: skip
    release.set()
    replies = await bot.fake.wait_for_messages(7701, 3)
    texts = [shown(r) for r in replies]
    assert texts[0] == "job one"
    assert "/ping_7701_a" in texts[1] and "/ping_7701_b" in texts[2]
    assert len(bot.fake.sent(7701, "sendMessage")) == 3  # each once
    assert (
        _sample("healthbot_db_query_duration_seconds_count", query="inbox.pending_of_chat") == asked
    )
