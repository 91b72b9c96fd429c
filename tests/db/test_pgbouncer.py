"""Behind PgBouncer in transaction mode (Debian's package, started here): the daemon's pool goes
through it (no prepared statements, no session state between transactions), while what needs
a session (the migrations' lock, the reminder scheduler's owner lock, mem0's pool) uses the
direct `database.session_url`. The meals tests' main paths run here again, through a whole
daemon (polling, the inbox, the lanes, the sender) on PgBouncer."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import psycopg
import pytest

from healthbot import journal, meals, profile, tracking
from healthbot.app import App
from healthbot.config import Settings
from tests.meals.test_bot import (
    test_a_meal_named_first_is_used_and_can_be_changed_with_a_button,
    test_an_amount_question_takes_a_button_or_typed_grams,
    test_an_unsure_food_is_asked_with_choices_and_the_choice_is_logged,
    test_edit_replaces_the_items_of_the_entry,
    test_log_stores_the_items_and_replies_with_totals_and_buttons,
    test_ok_removes_the_buttons_delete_and_undo_work,
)
from tests.support.daemon import RunningBot, bot_settings
from tests.support.meals import Logged
from tests.support.pgbouncer import BINARY, MISSING, PgBouncer, pgbouncer
from tests.support.telegram import TOKEN, ForgingTelegram
from tests.support.users import new_user_id

pytestmark = pytest.mark.skipif(BINARY is None, reason=MISSING)

__all__ = [  # the meals tests run again here, with this module's `logged`
    "test_a_meal_named_first_is_used_and_can_be_changed_with_a_button",
    "test_an_amount_question_takes_a_button_or_typed_grams",
    "test_an_unsure_food_is_asked_with_choices_and_the_choice_is_logged",
    "test_edit_replaces_the_items_of_the_entry",
    "test_log_stores_the_items_and_replies_with_totals_and_buttons",
    "test_ok_removes_the_buttons_delete_and_undo_work",
]


@pytest.fixture(scope="module")
def bouncer(
    tmp_path_factory: pytest.TempPathFactory, postgres_admin_url: str
) -> Iterator[PgBouncer]:
    with pgbouncer(tmp_path_factory.mktemp("pgbouncer"), postgres_admin_url) as running:
        yield running


def through(settings: Settings, bouncer: PgBouncer, direct_url: str) -> Settings:
    """`settings` with the pool on PgBouncer and sessions on PostgreSQL itself."""
    database = settings.database.model_copy(
        update={
            "url": bouncer.url_for(direct_url),
            "session_url": direct_url,
            "pgbouncer": True,
        }
    )
    return settings.model_copy(update={"database": database})


@pytest.fixture(scope="module")
async def logged(
    tmp_path_factory: pytest.TempPathFactory, database_url: str, redis_url: str, bouncer: PgBouncer
) -> AsyncIterator[Logged]:
    """The whole daemon with the features the meals tests use (as tests/meals/conftest.py),
    its pool through PgBouncer, on the session's database."""
    tmp_path = tmp_path_factory.mktemp("bounced")
    async with ForgingTelegram(TOKEN) as fake:
        settings = through(
            bot_settings(tmp_path, database_url, redis_url, fake.base_url), bouncer, database_url
        )
        features = (profile.FEATURE, tracking.FEATURE, meals.FEATURE, journal.FEATURE)
        async with App(settings, TOKEN, features) as app, app.serving():
            yield Logged(RunningBot(fake, app), fake, database_url)


async def transactions(bouncer: PgBouncer, database: str) -> int:
    """How many transactions PgBouncer ran for `database` (its admin console's SHOW STATS)."""
    admin = bouncer.url_for("postgresql:///pgbouncer")
    async with await psycopg.AsyncConnection.connect(
        admin, autocommit=True, cursor_factory=psycopg.AsyncClientCursor
    ) as conn:
        cur = await conn.execute("SHOW STATS")
        assert cur.description is not None
        columns = [c.name for c in cur.description]
        for row in await cur.fetchall():
            stats = dict(zip(columns, row, strict=True))
            if stats["database"] == database:
                return int(stats["total_xact_count"])
    return 0


async def test_each_update_is_stored_done_and_answered_through_pgbouncer(
    logged: Logged, database_url: str, bouncer: PgBouncer
) -> None:
    database = bouncer.url_for(database_url).rsplit("/", 1)[1]
    before = await transactions(bouncer, database)
    user = logged.user(new_user_id())
    for text in ("/start", "/help", "/today"):
        await logged.say(user, text)
    async with asyncio.timeout(10):  # marks are written in batches every few milliseconds
        while True:
            async with await psycopg.AsyncConnection.connect(database_url) as conn:
                cur = await conn.execute(
                    "SELECT i.status, o.seq FROM update_inbox i LEFT JOIN outbox o"
                    " USING (update_id) WHERE i.chat_id = %s ORDER BY i.update_id",
                    (user,),
                )
                rows = await cur.fetchall()
            if all(status == "done" for status, _ in rows):
                break
            await asyncio.sleep(0.05)
    assert rows == [("done", 1)] * 3
    assert await transactions(bouncer, database) > before  # it did go through PgBouncer


async def test_the_pool_prepares_nothing_and_sessions_go_direct(
    tmp_path: Path, empty_database_url: str, redis_url: str, bouncer: PgBouncer
) -> None:
    settings = through(
        bot_settings(tmp_path, empty_database_url, redis_url, "http://127.0.0.1:9"),
        bouncer,
        empty_database_url,
    )
    async with App(settings, TOKEN) as app:  # migrated through the direct URL (a session lock)
        assert app.db.session_conninfo == empty_database_url
        assert app.db.conninfo == bouncer.url_for(empty_database_url)
        async with app.db.pool.connection() as conn:
            assert conn.prepare_threshold is None
            # The same statement many times over: prepared, it would be missing on
            # whichever server connection PgBouncer gives the next transaction.
            for _ in range(20):
                await (
                    await conn.execute("SELECT count(*) FROM users WHERE id = %s", (1,))
                ).fetchone()
