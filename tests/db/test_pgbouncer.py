"""Behind PgBouncer in transaction mode (Debian's package, started here): the daemon's pool goes
through it (no prepared statements, no session state between transactions), while what needs
a session (the migrations' lock, the reminder scheduler's owner lock) uses the
direct `database.session_url`. The meals' main paths run here through a whole daemon (polling,
the inbox, the lanes, the sender) on PgBouncer. For the whole suite so, set HB_TEST_PGBOUNCER
(tests/support/pgbouncer.py)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from decimal import Decimal
from pathlib import Path

import psycopg
import pytest

from healthbot import journal, meals, profile, tracking
from healthbot.app import App
from healthbot.health import check_all
from loadgen.telegram import FakeTelegram
from tests.support import pgbouncer as pgbouncer_module
from tests.support.daemon import RunningBot, bot_settings
from tests.support.meals import Logged
from tests.support.pgbouncer import BINARY, MISSING, PgBouncer, env_through, pgbouncer, through
from tests.support.processes import TOKEN as DAEMON_TOKEN
from tests.support.processes import Daemon, daemon_env
from tests.support.telegram import TOKEN, ForgingTelegram, buttons, shown
from tests.support.users import new_user_id

pytestmark = pytest.mark.skipif(BINARY is None, reason=MISSING)


@pytest.fixture(scope="module")
def bouncer(
    tmp_path_factory: pytest.TempPathFactory, postgres_admin_url: str
) -> Iterator[PgBouncer]:
    """A PgBouncer of the module's own, or the session's when the whole suite runs through
    one (HB_TEST_PGBOUNCER): the daemons' settings then already point at that one."""
    if pgbouncer_module.ACTIVE is not None:
        yield pgbouncer_module.ACTIVE
        return
    with pgbouncer(tmp_path_factory.mktemp("pgbouncer"), postgres_admin_url) as running:
        yield running


@pytest.fixture(scope="module")
async def logged(
    tmp_path_factory: pytest.TempPathFactory, database_url: str, redis_url: str, bouncer: PgBouncer
) -> AsyncIterator[Logged]:
    """The whole daemon with the features the meals tests use (as tests/meals/conftest.py),
    its pool through PgBouncer, on the session's database."""
    tmp_path = tmp_path_factory.mktemp("bounced")
    async with ForgingTelegram(TOKEN) as fake:
        settings = through(bot_settings(tmp_path, database_url, redis_url, fake.base_url), bouncer)
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
    async with asyncio.timeout(60):  # marks are written in batches every few milliseconds
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
        bot_settings(tmp_path, empty_database_url, redis_url, "http://127.0.0.1:9"), bouncer
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


async def test_a_meal_is_logged_moved_and_deleted_through_pgbouncer(logged: Logged) -> None:
    user = logged.user(new_user_id())
    [reply] = await logged.say(user, "/log dinner: 2 eggs and a slice of toast")
    assert "Total: 207 kcal" in shown(reply)
    entry_id = await logged.entry_id(user)
    [(_, kcal, deleted, items)] = await logged.entries(user)
    assert (kcal, deleted, items) == (Decimal("207.46"), False, 2)
    logged.press(user, reply, f"meal:set:{entry_id}:breakfast")
    assert shown(await logged.edited(user, 1)).startswith("🍳 Breakfast")
    assert [row[0] for row in await logged.entries(user)] == ["breakfast"]
    logged.press(user, reply, f"meal:del:{entry_id}")
    assert shown(await logged.edited(user, 2)).startswith("🗑")
    assert [row[2] for row in await logged.entries(user)] == [True]


async def test_a_question_and_its_answer_go_through_pgbouncer(logged: Logged) -> None:
    user = logged.user(new_user_id())
    [question] = await logged.say(user, "/log a cup of juice")
    assert shown(question) == "Which food is “a cup of juice”?"
    logged.press(user, question, buttons(question)[0][0][1])
    assert "Total: 125 kcal" in shown(await logged.edited(user, 1))
    assert "125 kcal" in await logged.ask(user, "/today")


async def test_check_reaches_both_pgbouncer_and_postgresql(
    tmp_path: Path, database_url: str, redis_url: str, bouncer: PgBouncer
) -> None:
    settings = through(
        bot_settings(tmp_path, database_url, redis_url, "http://127.0.0.1:9"), bouncer
    )
    [postgres] = [r for r in await check_all(settings) if r.name == "postgresql"]
    assert postgres.ok, postgres.detail
    assert (
        f"127.0.0.1:{bouncer.port}" in postgres.detail
        and "; sessions: PostgreSQL" in postgres.detail
    )
    broken = settings.database.model_copy(
        update={"session_url": "postgresql://nobody@127.0.0.1:9/x"}
    )
    [postgres] = [
        r
        for r in await check_all(settings.model_copy(update={"database": broken}))
        if r.name == "postgresql"
    ]
    assert not postgres.ok


@pytest.mark.slow
async def test_a_daemon_process_runs_through_pgbouncer(
    tmp_path: Path, empty_database_url: str, redis_url: str, bouncer: PgBouncer
) -> None:
    """`healthbot run` as a process (as HB_TEST_PGBOUNCER runs the suite's): it migrates on
    the direct session URL, answers through the pool on PgBouncer, and stops cleanly."""
    database = bouncer.url_for(empty_database_url).rsplit("/", 1)[1]
    async with FakeTelegram(DAEMON_TOKEN) as fake:
        env = daemon_env(
            tmp_path,
            HEALTHBOT_TELEGRAM__API_BASE=fake.base_url,
            HEALTHBOT_DATABASE__URL=empty_database_url,
            HEALTHBOT_REDIS__URL=redis_url,
        )
        env = env_through(env, bouncer)  # as daemon_env does with the session's PgBouncer
        assert env["HEALTHBOT_DATABASE__URL"] == bouncer.url_for(empty_database_url)
        assert env["HEALTHBOT_DATABASE__SESSION_URL"] == empty_database_url
        daemon = Daemon(env)
        await daemon.start(fake)
        try:
            before = await transactions(bouncer, database)
            user = new_user_id()
            fake.add_user(user, first_name="Bo")
            fake.send_text(user, "/help")
            async with asyncio.timeout(60):
                while not fake.sent(user, "sendMessage"):
                    await asyncio.sleep(0.05)
            assert "/log" in (fake.sent(user, "sendMessage")[0].text or "")
            async with asyncio.timeout(60):  # the reply's record, then the update's mark
                while await transactions(bouncer, database) <= before:
                    await asyncio.sleep(0.05)
        finally:
            code, _ = await daemon.stop()
        assert code == 0
