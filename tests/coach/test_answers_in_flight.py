"""A daemon answers at most `anthropic.max_in_flight` coach messages at once (issue 24): the
others wait their turn and are answered too. The fake model records when each answer
started and ended; their overlap is the referee."""

from __future__ import annotations

import asyncio
from pathlib import Path

from pydantic import SecretStr

from healthbot.app import App
from loadgen.anthropic import FakeAnthropic
from loadgen.telegram import FakeTelegram
from tests.support.daemon import bot_settings
from tests.support.telegram import TOKEN
from tests.support.users import new_user_id

KEY = "in-flight-test-key"
CAP = 3


def most_at_once(spans: list[tuple[float, float]]) -> int:
    """The most spans (start, end) open at one moment."""
    events = sorted([(start, 1) for start, _ in spans] + [(end, -1) for _, end in spans])
    most = open_now = 0
    for _, step in events:  # at a tie the end (-1) sorts first: back to back is not at once
        open_now += step
        most = max(most, open_now)
    return most


async def test_no_more_than_max_in_flight_answers_at_once_and_the_rest_wait(
    tmp_path: Path, empty_database_url: str, redis_url: str
) -> None:
    users = [new_user_id() for _ in range(3 * CAP)]
    async with FakeTelegram(TOKEN) as fake, FakeAnthropic(KEY, latency=0.5) as model:
        settings = bot_settings(tmp_path, empty_database_url, redis_url, fake.base_url)
        anthropic = settings.anthropic.model_copy(
            update={"api_key": SecretStr(KEY), "base_url": model.base_url, "max_in_flight": CAP}
        )
        settings = settings.model_copy(update={"anthropic": anthropic})
        async with App(settings, TOKEN) as app, app.serving():
            for user in users:
                fake.add_user(user)
                fake.send_text(user, "How could I sleep better before an early run?")
            replies = await asyncio.gather(
                *(fake.wait_for_messages(user, 1, timeout=60) for user in users)
            )
    assert all(len(got) == 1 and got[0].text for got in replies)
    spans = [(a.at, a.done_at) for a in model.answered]
    assert len(spans) == len(users)  # one model call each: no tools for a question
    assert most_at_once(spans) <= CAP
