"""/stats and /leaderboard end to end: the daemon in-process on the fake Telegram over HTTP,
real PostgreSQL and Redis. XP comes from the daemon's own GamificationService (the other
features' handlers are not needed to earn it), on the same database.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest

from healthbot import gamification, profile
from healthbot.app import App
from healthbot.config import load_settings
from healthbot.gamification.levels import Activity
from healthbot.gamification.service import GamificationService
from loadgen.telegram import FakeTelegram, SentMessage
from tests.support.daemon import RunningBot
from tests.support.databases import rows as query
from tests.support.telegram import TOKEN, shown
from tests.support.users import add_user, new_user_id
from tests.support.waiting import until


@dataclass
class Running:
    """The daemon, its database's URL, and the service it runs."""

    bot: RunningBot
    url: str

    @property
    def fake(self) -> FakeTelegram:
        return self.bot.fake

    @property
    def service(self) -> GamificationService:
        found = self.bot.app.dependencies["gamification"]
        assert isinstance(found, GamificationService)
        return found

    async def ask(self, user_id: int, text: str, first_name: str = "") -> str:
        """Send text as a (new or known) user; return the bot's one reply."""
        if user_id not in self.fake._chats:
            self.fake.add_user(user_id, first_name=first_name or f"U{user_id}")
        return await self.bot.ask(user_id, text)

    def last(self, user_id: int, method: str = "sendMessage") -> SentMessage:
        return self.fake.sent(user_id, method)[-1]

    async def press(self, user_id: int, data: str, *, forged: bool = False) -> SentMessage:
        """Press a button of the last message; return the press's answer."""
        message = self.last(user_id)
        assert message.message_id is not None
        answered = len(self.fake.sent(user_id, "answerCallbackQuery"))
        self.fake.press_button(user_id, message.message_id, data, forged=forged)
        await until(
            lambda: len(self.fake.sent(user_id, "answerCallbackQuery")) > answered,
            what="the press is answered",
        )
        return self.last(user_id, "answerCallbackQuery")

    async def opted_in(self, user_id: int) -> list[tuple[object, ...]]:
        return await query(
            self.url, "SELECT leaderboard_opt_in FROM user_gamification WHERE user_id = %s", user_id
        )


@pytest.fixture(scope="module")
async def running(
    tmp_path_factory: pytest.TempPathFactory, gamification_url: str, redis_url: str
) -> AsyncIterator[Running]:
    """One daemon (profile and gamification) for the module, on the module's database."""
    tmp_path: Path = tmp_path_factory.mktemp("gamification")
    async with FakeTelegram(TOKEN) as fake:
        settings = load_settings(
            None,
            environ={
                "HEALTHBOT_DATA_DIR": str(tmp_path),
                "HEALTHBOT_TELEGRAM__API_BASE": fake.base_url,
                "HEALTHBOT_TELEGRAM__POLL_TIMEOUT": "1",
                "HEALTHBOT_DATABASE__URL": gamification_url,
                # Migrated by the fixture (with stand-ins while sql/ still has gaps).
                "HEALTHBOT_DATABASE__AUTO_MIGRATE": "false",
                "HEALTHBOT_REDIS__URL": redis_url,
                "HEALTHBOT_METRICS__PORT": "0",
            },
        )
        features = (profile.FEATURE, gamification.FEATURE)
        async with App(settings, TOKEN, features) as app, app.serving():
            yield Running(RunningBot(fake, app), gamification_url)


async def earn_water(running: Running, user_id: int, days: int, per_day: int = 1) -> None:
    """Water logs on the user's last `days` calendar days, today included, each made on its
    day (all paid: the daily cap is lifted meanwhile, these being a week's logs made at once)."""
    await log_on_the_day(running, user_id, list(range(days - 1, -1, -1)), per_day)


async def log_on_the_day(
    running: Running, user_id: int, days_back: list[int], per_day: int = 1
) -> None:
    """Water logs on these days before the user's today, each made on its day (the service's
    clock set back: a log of a day gone by, made today, builds no streak)."""
    service = running.service
    today = await service.today(user_id)
    clock, caps = service.clock, service.daily_caps
    service.daily_caps = dict.fromkeys(Activity, 1_000)
    try:
        for back in days_back:
            now = clock() - timedelta(days=back)
            service.clock = lambda now=now: now  # type: ignore[misc]  # a fixed instant
            day = today - timedelta(days=back)
            for n in range(per_day):
                await service.record(user_id, "water", f"test:{day}:{n}", day)
    finally:
        service.clock, service.daily_caps = clock, caps


# -- /stats -----------------------------------------------------------------------------------


async def test_stats_for_a_newcomer_say_how_to_start(running: Running) -> None:
    reply = await running.ask(new_user_id(), "/stats")
    assert reply.startswith("No XP yet.") and "/log" in reply


async def test_stats_show_level_xp_streak_freezes_and_achievements(running: Running) -> None:
    uid = new_user_id()
    await running.ask(uid, "/start")
    await earn_water(running, uid, days=7)
    reply = await running.ask(uid, "/stats")
    # 7 x 5 XP + first glass 10 + 3-day streak 30 + 7-day streak 70 = 145: level 2 (100-299)
    assert "⭐ Level 2 · 145 XP" in reply
    assert "▓▓░░░░░░░░ 155 XP to level 3" in reply
    assert "🔥 Streak: 7 days (longest 7 days)" in reply
    assert "🧊 Freeze days: 1 of 2" in reply
    assert "🏅 Achievements: 3 of 12\n• First glass\n• 3-day streak\n• 7-day streak" in reply
    assert reply.endswith("9 more to unlock.")


async def test_stats_after_a_missed_day_spend_the_freeze(running: Running) -> None:
    uid = new_user_id()
    await running.ask(uid, "/start")
    # 7 days, a day missed, then yesterday and today
    await log_on_the_day(running, uid, [*range(9, 2, -1), 1, 0])
    reply = await running.ask(uid, "/stats")
    assert "🔥 Streak: 9 days (longest 9 days)" in reply
    assert "🧊 Freeze days: 0 of 2" in reply


# -- /leaderboard -----------------------------------------------------------------------------


async def test_the_leaderboard_join_rank_and_leave(running: Running) -> None:
    members = [new_user_id() for _ in range(12)]
    for rank, user_id in enumerate(members):
        await add_user(running.url, user_id, f"Member{rank:02d}", username=f"handle{user_id}")
        await earn_water(running, user_id, days=1, per_day=20 - rank)  # 160 XP down to 55
        await running.service.join_leaderboard(user_id)
    hidden = new_user_id()  # has XP but never joins
    await add_user(running.url, hidden, "Hidden")
    await earn_water(running, hidden, days=1, per_day=30)

    me = new_user_id()
    reply = await running.ask(me, "/leaderboard", first_name="Zed")
    assert reply.startswith("🏆 Leaderboard: XP this week (since Mon ")
    lines = reply.splitlines()
    assert lines[1].startswith("1. Member00 · ") and lines[10].startswith("10. Member09 · ")
    assert "Member10" not in reply and "Hidden" not in reply
    assert "You're not on the leaderboard." in reply
    for user_id in members:  # display names only: no ids, no usernames
        assert str(user_id) not in reply and "handle" not in reply
    assert running.last(me).reply_markup == {
        "inline_keyboard": [[{"text": "Join the leaderboard", "callback_data": "board:join"}]]
    }

    await running.ask(me, "/start")  # what logging a weight does first
    await running.service.record(me, "weight", "test:weigh-in", await running.service.today(me))
    await running.ask(me, "/leaderboard")
    answer = await running.press(me, "board:join")
    assert answer.text == "You joined the leaderboard." and not answer.show_alert
    await until(lambda: bool(running.fake.sent(me, "editMessageText")), what="the board updated")
    board = shown(running.last(me, "editMessageText"))
    assert "You: #13 of 13 · 30 XP this week" in board  # not in the top 10, still ranked
    assert await running.opted_in(me) == [(True,)]
    assert running.last(me, "editMessageText").reply_markup == {
        "inline_keyboard": [[{"text": "Leave the leaderboard", "callback_data": "board:leave"}]]
    }

    await earn_water(running, me, days=1, per_day=40)  # 40 x 5 + first glass + 10 entries
    reply = await running.ask(me, "/leaderboard")
    assert "1. Zed · 290 XP (you)" in reply and "You: #1 of 13 · 290 XP this week" in reply
    assert "Member09" not in reply  # pushed out of the top 10

    answer = await running.press(me, "board:leave")
    assert answer.text == "You left the leaderboard: you're hidden from it now."
    assert await running.opted_in(me) == [(False,)]
    other = await running.ask(members[0], "/leaderboard", first_name="Member00")
    assert "Zed" not in other and other.splitlines()[1].startswith("1. Member00 · ")
    assert "You: #1 of 12" in other


async def test_names_on_the_board_are_escaped(running: Running) -> None:
    uid = new_user_id()
    await running.ask(uid, "/start", first_name="<b>Eve</b> & co")
    await earn_water(running, uid, days=1, per_day=60)  # 360 XP: the top, whoever else is on
    await running.service.join_leaderboard(uid)
    reply = await running.ask(uid, "/leaderboard")
    assert "1. <b>Eve</b> & co · 360 XP (you)" in reply  # shown literally, not as markup
    await running.service.leave_leaderboard(uid)


@pytest.mark.parametrize(
    "data",
    ["board:join:1", "board:leave;DROP TABLE users", "board:", "board:JOIN", "board:\x00"],
)
async def test_forged_button_data_is_refused_with_an_alert_and_changes_nothing(
    running: Running, data: str
) -> None:
    uid = new_user_id()
    await running.ask(uid, "/leaderboard")
    answer = await running.press(uid, data, forged=True)
    assert answer.show_alert
    assert answer.text == "This button doesn't work. Send /leaderboard to see the board."
    assert await running.opted_in(uid) == []
    assert running.fake.sent(uid, "editMessageText") == []


async def test_the_menu_lists_stats_and_leaderboard(running: Running) -> None:
    await until(lambda: bool(running.fake.commands), what="setMyCommands")
    names = [command["command"] for command in running.fake.commands]
    assert "stats" in names and "leaderboard" in names


async def test_leave_from_someone_never_registered_stores_nothing(running: Running) -> None:
    uid = new_user_id()
    await running.ask(uid, "/leaderboard")  # viewing registers nobody
    answer = await running.press(uid, "board:leave", forged=True)  # no such button shown
    assert answer.text == "You left the leaderboard: you're hidden from it now."
    assert await running.opted_in(uid) == []
    assert await query(running.url, "SELECT id FROM users WHERE id = %s", uid) == []
