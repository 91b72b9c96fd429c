"""The data's whole life in the feature contract (issue 22): every table of the schema is
claimed by the core or a feature, cache namespaces do not clash, and a feature added by one
registration line is in /help, /export, /deleteme and retention without a change to any
shared module."""

from __future__ import annotations

import asyncio
import io
import json
import zipfile
from collections import Counter
from pathlib import Path

import psycopg
import pytest
from aiogram import Router
from aiogram.filters import Command
from aiogram.types import Message

from healthbot.app import CORE_TABLES, build_retention, check_namespaces
from healthbot.cache import Namespace
from healthbot.config import RetentionSettings
from healthbot.db.migrations import apply_migrations
from healthbot.errors import StartupError
from healthbot.feature import Feature, JobContext
from healthbot.profile.export import JSON_NAME
from healthbot.registry import FEATURES
from healthbot.retention import HOUR, Rule, batch_delete
from healthbot.tables import Table
from healthbot.texts import Catalog
from healthbot.users import UserRepository
from tests.support.daemon import running
from tests.support.telegram import labels
from tests.support.waiting import until

USER, OTHER = 9801, 9802


async def test_every_table_of_the_schema_is_claimed_once(empty_database_url: str) -> None:
    await apply_migrations(empty_database_url)
    async with await psycopg.AsyncConnection.connect(empty_database_url) as conn:
        cur = await conn.execute(
            "SELECT table_name FROM information_schema.tables"
            " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
        )
        schema = {name for (name,) in await cur.fetchall()}
    claimed = Counter(t.name for t in (*CORE_TABLES, *(t for f in FEATURES for t in f.tables)))
    assert {name for name, count in claimed.items() if count > 1} == set()
    assert schema - set(claimed) == set(), "tables nobody claims: add them to a Feature.tables"
    assert set(claimed) - schema == set(), "claimed tables the migrations do not create"


def test_two_cache_namespaces_of_one_name_refuse_the_start() -> None:
    check_namespaces(FEATURES)  # the real ones are apart
    twin = Feature(
        name="twin",
        router=Router,
        texts=Catalog({"en": _JotTexts()}),
        cache_namespaces=(Namespace("user_profile", ttl=60),),  # the kernel's name
    )
    with pytest.raises(StartupError, match="declared twice: user_profile"):
        check_namespaces([*FEATURES, twin])


class _JotTexts:
    commands: tuple[tuple[str, str], ...] = (("jot", "note a thing down"),)


def jots_feature(job_ran: asyncio.Event) -> Feature:
    """A feature of this test's: a command that writes a table of its own (no reference to
    users, so /deleteme must erase it by its claim), a retention rule and a job."""
    router = Router(name="jots")

    @router.message(Command("jot"))
    async def cmd_jot(message: Message, users: UserRepository) -> None:
        assert message.from_user is not None and message.text is not None
        await users.db.execute(
            "test.jot",
            "INSERT INTO test_jots (user_id, text) VALUES (%s, %s)",
            (message.from_user.id, message.text.removeprefix("/jot ").strip()),
        )
        await message.answer("noted")

    async def job(context: JobContext) -> None:
        job_ran.set()
        await asyncio.Event().wait()

    def rules(settings: RetentionSettings) -> list[Rule]:
        return [Rule("test_jots", HOUR, batch_delete("test_jots", "id", "at < %(cutoff)s"))]

    return Feature(
        name="jots",
        router=lambda: router,
        texts=Catalog({"en": _JotTexts()}),
        jobs=(job,),
        tables=(Table("test_jots", erase=True),),
        retention=rules,
    )


async def test_a_feature_added_by_one_line_is_in_help_export_deleteme_and_retention(
    tmp_path: Path, empty_database_url: str, redis_url: str
) -> None:
    await apply_migrations(empty_database_url)
    async with await psycopg.AsyncConnection.connect(empty_database_url, autocommit=True) as c:
        await c.execute(
            "CREATE TABLE test_jots (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
            " user_id bigint NOT NULL, text text NOT NULL, at timestamptz NOT NULL DEFAULT now())"
        )
    job_ran = asyncio.Event()
    jots = jots_feature(job_ran)
    async with running(tmp_path, empty_database_url, redis_url, [jots]) as bot:
        for user_id in (USER, OTHER):
            bot.fake.add_user(user_id, first_name=f"J{user_id}")
            await bot.ask(user_id, "/start")
            assert await bot.ask(user_id, f"/jot call mum {user_id}") == "noted"
        assert "/jot" in await bot.ask(USER, "/help")  # the menu
        await asyncio.wait_for(job_ran.wait(), 10)  # the job

        bot.fake.send_text(USER, "/export")
        [document] = await bot.fake.wait_for_messages(USER, 1, timeout=60)
        assert document.file_id is not None
        archive = zipfile.ZipFile(io.BytesIO(bot.fake.file_content(document.file_id) or b""))
        exported = json.loads(archive.read(JSON_NAME))["tables"]["test_jots"]
        assert [row["text"] for row in exported] == [f"call mum {USER}"]  # theirs only
        assert "test_jots.csv" in archive.namelist()

        async with await psycopg.AsyncConnection.connect(empty_database_url) as conn:
            await conn.execute(
                "INSERT INTO test_jots (user_id, text, at)"
                " VALUES (%s, 'old', now() - interval '2 hours')",
                (OTHER,),
            )
            await conn.commit()
        db = bot.app.core.db
        pruned = await build_retention(db, RetentionSettings(), [*FEATURES, jots]).prune()
        assert pruned["test_jots"] == 1  # the retention rule

        bot.fake.send_text(USER, "/deleteme")
        [question] = await bot.fake.wait_for_messages(USER, 1)
        assert question.message_id is not None
        yes = labels(question)["Yes, delete everything"]
        bot.fake.press_button(USER, question.message_id, yes)
        await until(lambda: bot.fake.sent(USER, "editMessageText"), what="the erasure")
        async with await psycopg.AsyncConnection.connect(empty_database_url) as conn:
            cur = await conn.execute("SELECT user_id, text FROM test_jots ORDER BY id")
            assert await cur.fetchall() == [(OTHER, f"call mum {OTHER}")]  # the erasure
