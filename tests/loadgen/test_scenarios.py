"""loadgen's users, measurement and reports: correlation against real bots, and the math."""

from __future__ import annotations

import asyncio
import json
import random
import re
from collections.abc import AsyncIterator
from pathlib import Path

import numpy as np
import pytest
from aiogram import Bot, Dispatcher, F
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.types import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message

from healthbot.pseudonyms import pseudonym
from loadgen.__main__ import build_parser, parse_duration, parse_think
from loadgen.anthropic import Answered, Latency
from loadgen.coach import coach_timing
from loadgen.report import (
    Criterion,
    LatencyStats,
    Phase,
    Report,
    Sample,
    format_report,
    percentile,
    plot_latency,
    summarize_by_task,
    write_json,
)
from loadgen.runner import LoadConfig, LoadRun
from loadgen.scenarios import SCENARIOS, Output, Target, evaluate, run_phase
from loadgen.telegram import FakeTelegram
from loadgen.users import DEFAULT_MIX, PhraseBook, TaskKind, TaskMix

TOKEN = "123456:loadgen-test-token"

# -- the math ------------------------------------------------------------------------------------


@pytest.mark.parametrize("q", [0.0, 0.25, 0.5, 0.9, 0.95, 0.99, 1.0])
@pytest.mark.parametrize("size", [1, 2, 7, 100, 1001])
def test_percentile_matches_numpy_linear(q: float, size: int) -> None:
    values = sorted(random.Random(size).expovariate(5.0) for _ in range(size))
    assert percentile(values, q) == pytest.approx(float(np.percentile(values, q * 100)))


def test_percentile_interpolates_between_ranks() -> None:
    assert percentile([1.0, 2.0, 3.0, 4.0], 0.5) == 2.5
    assert percentile([10.0, 20.0], 0.95) == pytest.approx(19.5)
    with pytest.raises(ValueError, match="no values"):
        percentile([], 0.5)
    with pytest.raises(ValueError, match="outside"):
        percentile([1.0], 1.5)


def test_latency_stats_and_error_accounting() -> None:
    samples = [
        Sample(1, "chat", "hi", sent_at=0.0, first_at=0.01 * i, final_at=0.01 * i, replies=1)
        for i in range(1, 101)
    ]
    samples.append(Sample(2, "food", "egg", sent_at=0.0, error="timeout"))
    samples.append(Sample(2, "food", "egg", 0.0, first_at=0.2, final_at=0.3, replies=3,
                          error="error_reply"))  # fmt: skip
    summaries = summarize_by_task(samples)
    chat, food, overall = summaries["chat"], summaries["food"], summaries["all"]
    assert chat.final == LatencyStats.of([0.01 * i for i in range(1, 101)])
    assert chat.final is not None and chat.final.max == pytest.approx(1.0)
    assert food.final is None, "failed messages do not count in the latencies"
    assert food.errors_by_kind == {"timeout": 1, "error_reply": 1}
    assert overall.messages == 102 and overall.errors == 2
    assert overall.extra_replies == 2
    assert list(summaries) == ["chat", "food", "all"]


# -- reports -------------------------------------------------------------------------------------


def _phase(label: str, count: int = 300) -> Phase:
    rng = random.Random(7)
    samples = []
    for i in range(count):
        sent = 100.0 + i * 0.05
        latency = rng.lognormvariate(-4, 0.6)
        samples.append(
            Sample(
                i % 9,
                rng.choice(["chat", "food", "reminder"]),
                "x",
                sent,
                first_at=sent + latency / 2,
                final_at=sent + latency,
                replies=1,
            )
        )
    samples.append(Sample(3, "chat", "x", 105.0, error="timeout"))  # fmt: skip
    return Phase(label=label, bot="test bot", duration=count * 0.05, samples=samples,
                 started_at=100.0, users=9, sessions=9, loadgen_cpu=0.1, bot_cpu=0.5,
                 rss_mb=[(0.0, 100.0), (10.0, 101.0)])  # fmt: skip


def test_report_json_parses_and_png_is_a_png(tmp_path: Path) -> None:
    report = Report(
        scenario="steady",
        description="test",
        settings={"users": 9},
        phases=[_phase("reference"), _phase("daemon")],
        criteria=[Criterion("P95", "< 3 s", "0.03 s", passed=True)],
    )
    write_json(report, tmp_path / "report.json")
    data = json.loads((tmp_path / "report.json").read_text())
    assert data["passed"] is True
    phase = data["phases"][0]
    assert phase["messages"] == 301 and phase["replies"] == 300
    assert phase["tasks"]["all"]["errors_by_kind"] == {"timeout": 1}
    assert phase["tasks"]["all"]["final_s"]["p95"] > phase["tasks"]["all"]["final_s"]["p50"]
    assert phase["cpu"]["bot_s_per_1000_replies"] == pytest.approx(0.5 * 1000 / 300)

    plot_latency(report, tmp_path / "latency.png")
    assert (tmp_path / "latency.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    table = format_report(report)
    assert "P95" in table and "throughput" in table and "result: PASS" in table


def test_degradation_and_rss_criteria() -> None:
    phase = _phase("daemon", count=400)
    steady = evaluate(SCENARIOS["endurance"], phase)
    assert {c.name: c.passed for c in steady} == {
        "P95 final reply": True,
        "error rate": True,
        "no degradation (P95 last tenth vs first)": True,
        "RSS growth (end of first tenth -> end)": True,
    }
    for sample in phase.samples[-40:]:  # the last tenth gets 10x slower
        if sample.final_at is not None:
            sample.final_at = sample.sent_at + 10 * (sample.final_at - sample.sent_at) + 0.1
    phase.rss_mb.append((20.0, 150.0))
    failed = {c.name for c in evaluate(SCENARIOS["endurance"], phase) if not c.passed}
    assert "no degradation (P95 last tenth vs first)" in failed
    assert "RSS growth (end of first tenth -> end)" in failed


# -- users and the command line ------------------------------------------------------------------


def test_phrasings_are_many_and_varied() -> None:
    book = PhraseBook(seed=3)
    for kind in (TaskKind.CHAT, TaskKind.FOOD, TaskKind.REMINDER):
        assert book.distinct(kind) > 300, kind
    assert book.distinct(TaskKind.GAMIFICATION) >= 13
    again = PhraseBook(seed=3)
    rng1, rng2 = random.Random(1), random.Random(1)
    assert [book.pick(TaskKind.FOOD, rng1) for _ in range(50)] == [
        again.pick(TaskKind.FOOD, rng2) for _ in range(50)
    ], "seeded: the same run sends the same messages"


def test_task_mix_follows_its_weights() -> None:
    mix = TaskMix(DEFAULT_MIX)
    rng = random.Random(5)
    drawn = [mix.pick(rng) for _ in range(20_000)]
    assert drawn.count(TaskKind.CHAT) / len(drawn) == pytest.approx(0.5, abs=0.02)
    assert drawn.count(TaskKind.GAMIFICATION) / len(drawn) == pytest.approx(0.1, abs=0.01)
    assert TaskMix.parse("chat=1,probe=3").weights == {TaskKind.CHAT: 0.25, TaskKind.PROBE: 0.75}
    with pytest.raises(ValueError, match="bad mix entry"):
        TaskMix.parse("dance=5")


def test_command_line_parses_the_short_forms() -> None:
    assert parse_duration("30s") == 30 and parse_duration("10m") == 600
    assert parse_duration("1h") == 3600 and parse_duration("1m30s") == 90
    assert parse_think("5-15") == (5.0, 15.0) and parse_think("0") == (0.0, 0.0)
    args = build_parser().parse_args(
        ["steady", "--duration", "30s", "--users", "20", "--spawn-bot"]
    )
    assert (args.users, args.duration, args.spawn_rate, args.think) == (20, 30.0, 10.0, (5, 15))
    spike = build_parser().parse_args(["spike", "--spawn-bot"])
    assert (spike.users, spike.spawn_rate) == (200, 0.0)


# -- correlation against real bots ---------------------------------------------------------------


def _no_stray_probe(sample: Sample) -> bool:
    tokens = re.findall(r"/probe_\d+_\d+", sample.reply_text or "")
    return tokens == ([sample.text] if sample.task == TaskKind.PROBE else [])


async def test_every_echo_matches_its_own_message(tmp_path: Path) -> None:
    """Against the reference echo bot each reply must be exactly the text it answers."""
    load = LoadConfig(users=10, duration=60.0, think_min=0.0, think_max=0.0, session_cap=10,
                      max_sessions=20, mix=TaskMix.parse("chat=1,food=1,probe=2"))  # fmt: skip
    phase = await run_phase("reference", Target(kind="ref", token=TOKEN), load,
                            Output(tmp_path, progress=False, png=False))  # fmt: skip
    assert len(phase.samples) == 200
    assert [s for s in phase.samples if s.error or s.replies != 1] == []
    assert [s for s in phase.samples if s.reply_text != s.text] == []
    assert phase.unexpected_replies == 0
    assert phase.bot_cpu is not None and phase.loadgen_cpu is not None


@pytest.mark.slow
async def test_short_steady_run_against_the_daemon(
    tmp_path: Path, database_url: str, redis_url: str
) -> None:
    """10 users, no think time, 40 messages: none lost, each reply answers its own message."""
    load = LoadConfig(users=10, duration=120.0, spawn_rate=20.0, think_min=0.0, think_max=0.0,
                      session_cap=4, max_sessions=10, timeout=60.0,
                      mix=TaskMix.parse("probe=2,chat=1,gamification=1"))  # fmt: skip
    target = Target(token=TOKEN, database_url=database_url, redis_url=redis_url,
                    llm=Latency(first_token=0.05, per_token=0.002), memory=False)  # fmt: skip
    phase = await run_phase("daemon", target, load, Output(tmp_path, progress=False, png=False))
    samples = phase.samples
    assert len(samples) == 40
    assert [(s.user_id, s.text, s.error) for s in samples if s.error] == [], "no lost replies"
    assert all(s.replies == 1 for s in samples), "one reply per message"
    assert phase.unexpected_replies == 0
    by_user: dict[int, list[Sample]] = {}
    for sample in samples:
        by_user.setdefault(sample.user_id, []).append(sample)
    assert len(by_user) == 10
    for user_samples in by_user.values():
        assert user_samples[0].task == TaskKind.START
        assert user_samples[0].reply_text is not None and "/help" in user_samples[0].reply_text
        # In order: each message's reply came after the previous message's reply.
        finals = [s.final_at for s in user_samples]
        assert finals == sorted(finals)
    assert sum(s.task == TaskKind.PROBE for s in samples) >= 5
    assert [(s.text, s.reply_text) for s in samples if not _no_stray_probe(s)] == []
    assert phase.metrics_after, "the daemon's /metrics were scraped"
    # The coach talked to loadgen's fake model: each chat message's calls were found by the
    # daemon's pseudonym of its user, and its reply time split into model time and overhead.
    chats = [s for s in samples if s.task == TaskKind.CHAT]
    assert chats and phase.coach is not None
    assert phase.coach.answers == len(chats)
    assert phase.coach.model is not None and phase.coach.model.p50 >= 0.05
    assert phase.coach.overhead is not None and phase.coach.overhead.p50 > 0
    assert phase.coach.draft_lag is not None
    assert max(s.final for s in chats if s.final) >= phase.coach.model.p50


def test_coach_timing_splits_reply_time_by_the_users_calls() -> None:
    token = "1:T"
    samples = [
        Sample(1, "chat", "hi", sent_at=10.0, first_at=10.60, final_at=11.0),
        Sample(2, "chat", "hey", sent_at=10.0, first_at=None, final_at=10.9),
        Sample(3, "chat", "lost", sent_at=10.0, error="timeout"),
        Sample(1, "chat", "again", sent_at=20.0, first_at=20.2, final_at=20.3),  # no call
    ]
    calls = [
        # user 1: two rounds (a tool round without text, then the answer)
        Answered(pseudonym(token, 1), at=10.05, first_text_at=None, done_at=10.25),
        Answered(pseudonym(token, 1), at=10.30, first_text_at=10.55, done_at=10.80),
        Answered(pseudonym(token, 2), at=10.10, first_text_at=10.5, done_at=10.70),
        Answered(pseudonym(token, 3), at=10.10, first_text_at=10.2, done_at=10.30),  # failed
        Answered(pseudonym("9:other", 1), at=10.1, first_text_at=None, done_at=10.2),
        Answered(None, at=10.1, first_text_at=None, done_at=10.2),
    ]
    timing = coach_timing(samples, calls, token)
    assert timing is not None
    assert (timing.answers, timing.model_calls) == (2, 3)
    assert timing.model is not None and timing.overhead is not None
    # model time: user 1 0.2 + 0.5 (its two rounds), user 2 0.6
    assert (round(timing.model.p50, 6), round(timing.model.max, 6)) == (0.65, 0.7)
    # overheads: user 1 1.0 - 0.7 = 0.3; user 2 0.9 - 0.6 = 0.3
    assert round(timing.overhead.max, 6) == round(timing.overhead.p50, 6) == 0.3
    # draft lag: only user 1 saw a draft before the final reply (10.60 - 10.55)
    assert timing.draft_lag is not None and timing.draft_lag.count == 1
    assert round(timing.draft_lag.p50, 6) == 0.05
    assert coach_timing(samples[2:], calls, token) is None
    assert "overhead" in "\n".join(timing.lines()) and timing.to_json()["answers"] == 2


# -- buttons -------------------------------------------------------------------------------------


@pytest.fixture
async def keyboard_bot() -> AsyncIterator[FakeTelegram]:
    """An in-process aiogram bot: every message gets a keyboard; a press edits the message."""
    dispatcher = Dispatcher()

    async def offer(message: Message) -> None:
        markup = InlineKeyboardMarkup(inline_keyboard=[[
            InlineKeyboardButton(text="Yes", callback_data="yes"),
            InlineKeyboardButton(text="No", callback_data="no"),
        ]])  # fmt: skip
        await message.answer(f"got {message.text}", reply_markup=markup)

    async def pressed(query: CallbackQuery) -> None:
        await query.answer()
        assert isinstance(query.message, Message)
        await query.message.edit_text(f"you chose {query.data}")

    dispatcher.message.register(offer)
    dispatcher.callback_query.register(pressed, F.data)
    async with FakeTelegram(TOKEN) as fake:
        bot = Bot(TOKEN, session=AiohttpSession(api=TelegramAPIServer.from_base(fake.base_url)))
        polling = asyncio.create_task(
            dispatcher.start_polling(bot, handle_signals=False, polling_timeout=1)
        )
        try:
            yield fake
        finally:
            await dispatcher.stop_polling()
            await polling
            await bot.session.close()


async def test_users_press_offered_buttons_and_time_the_edit(keyboard_bot: FakeTelegram) -> None:
    fake = keyboard_bot  # updates wait in the fake until the bot's first poll
    load = LoadConfig(users=3, duration=30.0, think_min=0.0, think_max=0.0, session_cap=8,
                      max_sessions=3, button_rate=1.0, mix=TaskMix.parse("probe=1"))  # fmt: skip
    run = LoadRun(fake, load)
    samples = await run.run(grace=0.2)
    buttons = [s for s in samples if s.task == TaskKind.BUTTON]
    assert len(buttons) == 12 and len(samples) == 24
    assert [s for s in samples if s.error] == []
    assert all(s.reply_text in {"you chose yes", "you chose no"} for s in buttons)
    assert all(s.final is not None and s.first is not None and s.first <= s.final for s in buttons)
    texts = [s for s in samples if s.task == TaskKind.PROBE]
    assert all(s.reply_text == f"got {s.text}" for s in texts)
    assert run.unexpected_replies == 0
