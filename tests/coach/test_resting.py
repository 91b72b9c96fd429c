"""When the coach will not answer (too many messages a minute, today's budget spent), a meal
told is logged as /log logs it, and any other message is kept for an "Ask again" tap: the
daemon on the fake Telegram and the fake model over HTTP, real PostgreSQL and Redis."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiogram import Router

from healthbot.app import App
from healthbot.coach.agent import CoachService
from healthbot.coach.ratelimit import MessageWindow
from healthbot.coach.resting import ASK_AGAIN
from healthbot.registry import FEATURES
from loadgen.anthropic import FakeAnthropic
from loadgen.telegram import SentMessage
from tests.support.coach import KEY, coach_settings
from tests.support.daemon import FailOnceAfter, RunningBot, bot_settings, feature
from tests.support.databases import create_database, drop_database
from tests.support.meals import Coached
from tests.support.telegram import TOKEN, ForgingTelegram, data_of, shown
from tests.support.users import new_user_id
from tests.support.waiting import until

LIMIT = 5  # messages a minute (tests.support.coach)
REFUSED = "healthbot_coach_answers_total"


class Clock:
    """The coach window's clock, which a test moves on instead of waiting a minute."""

    def __init__(self) -> None:
        self.ahead = 0.0

    def __call__(self) -> float:
        return time.monotonic() + self.ahead


class DiesOnce(FailOnceAfter):
    """After the handler of the first update whose text is `text`, the daemon dies: the
    update is handled again by a daemon that remembers only what is stored (its coach's
    window, in memory, starts empty)."""

    def __init__(self) -> None:
        super().__init__()
        self.coach: CoachService | None = None

    def forget(self) -> None:
        assert self.coach is not None
        self.coach.window = MessageWindow(LIMIT, 60.0, self.coach.window.clock)


class Resting(Coached):
    """The daemon, its fakes and database, the coach's clock and the death to arm."""

    def __init__(self, bot: RunningBot, url: str, model: FakeAnthropic, death: DiesOnce) -> None:
        assert isinstance(bot.fake, ForgingTelegram)
        super().__init__(bot, bot.fake, url)
        self.model = model
        self.death = death
        self.coach = bot.app.dependencies.get(CoachService)
        self.clock = Clock()
        self.coach.window.clock = self.clock

    async def tire(self, user_id: int) -> None:
        """Send the coach as many messages as it answers a minute (each answered)."""
        for n in range(LIMIT):
            await self.say(user_id, f"thanks {n}")

    def refusals(self, reason: str) -> float:
        assert isinstance(self.bot, RunningBot)
        return self.bot.scrape().get((REFUSED, (("outcome", reason),)), 0.0)

    async def card(self, user_id: int, text: str) -> SentMessage:
        """Send `text` (a new user's first meal); the entry's card that answers it, once the
        achievement it earned has come too, after it."""
        self.fake.send_text(self.user(user_id), text)
        card = await self.reply_with(user_id, "Total:")
        await self.reply_with(user_id, "First meal")
        return card

    async def handled_twice(self, user_id: int) -> None:
        """Wait until the user's last update is done, after a failed attempt."""
        sql = (
            "SELECT status, attempts FROM update_inbox WHERE chat_id = %s"
            " ORDER BY update_id DESC LIMIT 1"
        )
        done: list[tuple[Any, ...]] = []

        async def retried() -> bool:
            done[:] = await self.rows(sql, user_id)
            return done == [("done", 1)]  # one failed attempt counted

        deadline = time.monotonic() + 90  # a bound on a hang, on a loaded machine too
        while not await retried() and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        assert done == [("done", 1)]


@pytest.fixture(scope="module")
async def resting(
    tmp_path_factory: pytest.TempPathFactory, postgres_admin_url: str, redis_url: str
) -> AsyncIterator[Resting]:
    url = create_database(postgres_admin_url)
    death = DiesOnce()
    dying = feature("death", Router(name="death"), middlewares=lambda deps: (death,))
    try:
        async with ForgingTelegram(TOKEN) as fake, FakeAnthropic(KEY) as model:
            tmp_path = tmp_path_factory.mktemp("resting")
            settings = coach_settings(
                bot_settings(tmp_path, url, redis_url, fake.base_url), model.base_url
            )
            async with App(settings, TOKEN, (*FEATURES, dying)) as app, app.serving():
                death.coach = app.dependencies.get(CoachService)
                yield Resting(RunningBot(fake, app), url, model, death)
    finally:
        drop_database(postgres_admin_url, url)


async def test_a_meal_told_to_a_tired_coach_is_logged_with_the_log_card(
    resting: Resting, uid: int
) -> None:
    await resting.tire(uid)
    before = resting.refusals("too_fast")
    text = "lunch was a turkey sandwich and a small bag of chips"
    card = await resting.card(uid, text)
    assert "catching my breath" in shown(card) and "/log" in shown(card)
    assert any(data.startswith("meal:ok:") for data in data_of(card))  # /log's buttons
    [(meal, kcal, deleted, items)] = await resting.entries(uid)
    assert (meal, deleted, items) == ("lunch", False, 3)  # bread, turkey, chips
    assert float(kcal) > 300
    assert not resting.asked(text)  # the model never saw it
    assert resting.refusals("too_fast") == before + 1  # still counted as refused


async def test_questions_and_stories_to_a_tired_coach_log_nothing_and_wait_for_a_tap(
    resting: Resting, uid: int
) -> None:
    await resting.tire(uid)
    before = resting.refusals("too_fast")
    asked = "should I eat pizza tonight?"
    [refusal] = await resting.say(uid, asked)
    told = "I had pizza yesterday and felt bad, what should I do?"
    [second] = await resting.say(uid, told)
    for said in (
        "I'm going to grab a burger after the gym",
        "my daughter ate three cookies",
        "I had fun",
        "had lunch with my sister",
    ):
        [reply] = await resting.say(uid, said)
        assert data_of(reply) == [ASK_AGAIN]
    assert await resting.entries(uid) == []
    assert "faster than I can think" in shown(refusal) and "Ask again" in shown(refusal)
    assert data_of(refusal) == [ASK_AGAIN] and data_of(second) == [ASK_AGAIN]
    assert resting.refusals("too_fast") == before + 6
    # A tap too soon: an alert says how long to wait, and nothing is asked.
    resting.press(uid, refusal, ASK_AGAIN)
    [*_, alert] = await resting.answers(uid, 1)
    assert alert.show_alert and "Not yet" in (alert.text or "")
    assert not resting.asked(asked)
    # A minute later, the tap has the coach answer the message refused, and the button goes.
    resting.clock.ahead += 61
    resting.press(uid, refusal, ASK_AGAIN)
    [answer] = await resting.fake.wait_for_messages(uid, 1, timeout=90)
    assert shown(answer) and resting.asked(asked) and not resting.asked(told)
    await until(
        lambda: bool(resting.fake.sent(uid, "editMessageReplyMarkup")), what="the button gone"
    )
    assert await resting.entries(uid) == []


async def test_someone_elses_meal_or_one_long_ago_told_to_a_tired_coach_logs_nothing(
    resting: Resting, uid: int
) -> None:
    await resting.tire(uid)
    for said in (
        "the boys had pizza",
        "Mum ate a cheeseburger",
        "a cappuccino for Lee",
        "I ate a hot dog last summer",
        "a muffin with Sam",  # Sam: UNCLE SAM cereal to /log
    ):
        [reply] = await resting.say(uid, said)
        assert data_of(reply) == [ASK_AGAIN], said
    assert await resting.entries(uid) == []


async def test_ask_again_tapped_twice_answers_once_and_the_second_tap_is_told(
    resting: Resting, uid: int
) -> None:
    await resting.tire(uid)
    asked = "how much protein is in a cup of lentils"
    [refusal] = await resting.say(uid, asked)
    resting.clock.ahead += 61
    resting.press(uid, refusal, ASK_AGAIN)  # a double tap: both before the button goes
    resting.press(uid, refusal, ASK_AGAIN)
    [answer] = await resting.fake.wait_for_messages(uid, 1, timeout=90)
    [*_, alert] = await resting.answers(uid, 2)
    assert alert.show_alert and "answered that message already" in (alert.text or "")
    calls = [
        r for r in resting.model.requests
        if isinstance(r.body, dict) and "tools" in r.body and asked in json.dumps(r.body)
    ]  # fmt: skip
    assert shown(answer) and len(calls) == 1  # the model's answer, asked once
    assert await resting.fake.wait_for_messages(uid, 0, timeout=2) == []


async def test_a_tap_on_a_refusal_whose_message_is_gone_asks_for_it_again(
    resting: Resting, uid: int
) -> None:
    [hello] = await resting.say(uid, "hello there")
    resting.forge(uid, hello, ASK_AGAIN)  # a refusal that replies to nothing of the user's
    [*_, alert] = await resting.answers(uid, 1)
    assert alert.show_alert and "send it again" in (alert.text or "")


async def test_after_the_daily_budget_a_meal_is_logged_and_a_question_waits_for_tomorrow(
    resting: Resting, uid: int
) -> None:
    [_] = await resting.say(uid, "hi")  # the user is registered
    await resting.rows(
        "INSERT INTO coach_usage (user_id, day, input_tokens, output_tokens,"
        " cache_read_tokens, cache_write_tokens, cost_usd)"
        " VALUES (%s, (now() AT TIME ZONE 'UTC')::date, %s, 0, 0, 0, 0)"
        " ON CONFLICT (user_id, day) DO UPDATE SET input_tokens = excluded.input_tokens"
        " RETURNING user_id",
        uid,
        resting.coach.settings.daily_tokens,
    )
    before = resting.refusals("budget_spent")
    card = await resting.card(uid, "just had 2 boiled eggs and a coffee")
    assert "daily limit" in shown(card)
    [(_, _, _, items)] = await resting.entries(uid)
    assert items == 2
    [refusal] = await resting.say(uid, "is rice better than pasta")
    assert "back tomorrow" in shown(refusal) and data_of(refusal) == [ASK_AGAIN]
    resting.press(uid, refusal, ASK_AGAIN)
    [*_, alert] = await resting.answers(uid, 1)
    assert alert.show_alert and "tomorrow" in (alert.text or "")
    assert len(await resting.entries(uid)) == 1
    assert resting.refusals("budget_spent") == before + 3


async def test_a_meal_logged_while_resting_is_logged_once_when_the_daemon_dies_after(
    resting: Resting, uid: int
) -> None:
    await resting.tire(uid)
    text = "for dinner I ate grilled salmon and rice"
    resting.death.arm(text)
    card = await resting.card(uid, text)
    await until(lambda: resting.death.failed, what="the death")
    await resting.handled_twice(uid)
    # The new daemon's window admits the message; it finds the meal logged, and the coach
    # (which would log it again) is not asked. The card and the XP went out once.
    assert not resting.asked(text)
    [(meal, _, _, items)] = await resting.entries(uid)
    assert (meal, items) == ("dinner", 2)
    sent = [shown(m) for m in resting.fake.sent(uid, "sendMessage")]
    assert [said for said in sent if "Total:" in said] == [shown(card)]
    assert len([said for said in sent if "First meal" in said]) == 1
    paid = await resting.rows(
        "SELECT reason, count(*) FROM xp_events WHERE user_id = %s GROUP BY reason", uid
    )
    assert paid and all(count == 1 for _, count in paid)


async def test_water_told_to_a_tired_coach_is_counted_as_water_once_and_is_no_meal(
    resting: Resting, uid: int
) -> None:
    # "I drank 3 glasses of water" was a breakfast "Water, tap, 710 g", with meal XP and the
    # First meal badge; then it was refused ("Ask again") and not counted at all. It is the
    # day's water: counted as /water counts it, with its reply and buttons; the last one
    # once though the daemon dies after it (the new one's window admits it).
    await resting.tire(uid)
    # Water /water would not count now (another day's, a drink each meal) waits for a tap.
    for said in ("I drank a glass of water yesterday", "had 2 glasses of water after each meal"):
        [reply] = await resting.say(uid, said)
        assert data_of(reply) == [ASK_AGAIN], said
    told = ("drank 500ml of water", "I drank 3 glasses of water", "a bottle of water")
    resting.death.arm(told[-1])
    for said in told:
        resting.fake.send_text(resting.user(uid), said)
        reply = await resting.reply_with(uid, "catching my breath")
        assert "/water" in shown(reply) and "ml" in shown(reply), shown(reply)
        assert data_of(reply) and all(data.startswith("water:") for data in data_of(reply))
    await until(lambda: resting.death.failed, what="the death")
    await resting.handled_twice(uid)
    logged = "SELECT amount_ml FROM water_logs WHERE user_id = %s ORDER BY id"
    assert await resting.rows(logged, uid) == [(500,), (750,), (500,)]
    assert await resting.entries(uid) == []
    assert not any(resting.asked(said) for said in told)


async def test_water_told_to_a_tired_coach_in_other_units_is_answered_as_water_is(
    resting: Resting, uid: int
) -> None:
    # The coach's copy of /water's reply had no units line: a metric user who told it "16 oz
    # of water" was not told, as /water 16 oz tells, that /units imperial shows fl oz; one
    # who never chose units was not followed into them. Both are /water's one reply now.
    chose = new_user_id()
    [units] = await resting.say(chose, "/units metric")
    assert "kg" in shown(units), shown(units)
    for user_id in (chose, uid):
        await resting.tire(user_id)
        resting.fake.send_text(resting.user(user_id), "drank 16 oz of water")
        said = shown(await resting.reply_with(user_id, "catching my breath"))
        assert "Logged 16 fl oz" in said, said  # "(473 ml)" after it while ml are theirs
        hint = "/units imperial shows every amount"
        followed = "From now on I show amounts in lb, ft/in and fl oz"
        assert (hint in said, followed in said) == (user_id == chose, user_id == uid), said
    logged = "SELECT amount_ml FROM water_logs WHERE user_id = %s"
    assert await resting.rows(logged, chose) == [(473,)]


async def test_a_weigh_in_told_to_a_tired_coach_is_logged_as_weight_logs_it(
    resting: Resting, uid: int
) -> None:
    # "weight 67.6" told to a coach out of breath got the refusal and "Ask again" (a trial
    # chat): the weigh-in was not logged until the user tapped. It is logged as /weight
    # logs it; a weight of someone else's, or one wished for, still waits for a tap.
    await resting.tire(uid)
    for said in ("my wife weighs 60kg", "I want to weigh 55 kg"):
        [reply] = await resting.say(uid, said)
        assert data_of(reply) == [ASK_AGAIN], said
    resting.fake.send_text(resting.user(uid), "weight 67.6")
    reply = shown(await resting.reply_with(uid, "catching my breath"))
    assert "67.6 kg" in reply and "/weight" in reply, reply
    logged = "SELECT weight_kg FROM weight_logs WHERE user_id = %s"
    assert [float(kg) for (kg,) in await resting.rows(logged, uid)] == [67.6]
    assert not resting.asked("weight 67.6")


async def test_an_answer_to_ask_again_is_remembered_though_its_tap_failed_after_the_turns(
    resting: Resting, uid: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The tap's update fails once the answer's turns are stored (the daemon dies, any raise):
    # its retry finds the message answered and stops there, so what the message said must
    # have been kept by then, as a normal answer's retry keeps it.
    await resting.tire(uid)
    asked = "I am vegetarian and I train for a marathon in spring"
    [refusal] = await resting.say(uid, asked)
    assert data_of(refusal) == [ASK_AGAIN]
    original = resting.coach.repository.append
    failed: list[bool] = []

    async def failing_once(*args: Any, **kwargs: Any) -> None:
        await original(*args, **kwargs)
        if not failed:
            failed.append(True)
            raise RuntimeError("the tap's update failed after the turns were stored")

    monkeypatch.setattr(resting.coach.repository, "append", failing_once)
    resting.clock.ahead += 61
    resting.press(uid, refusal, ASK_AGAIN)
    [answer] = await resting.fake.wait_for_messages(uid, 1, timeout=90)
    assert shown(answer) and resting.asked(asked)
    await until(lambda: bool(failed), what="the failure")
    await resting.handled_twice(uid)
    kept = "SELECT key FROM coach_memory_writes WHERE user_id = %s AND key LIKE 'message:%%'"
    [(key,)] = await resting.rows(kept, uid)  # under the key of the message asked
    assert key.startswith(f"message:{uid}:") and key.endswith("/memory")
