"""Text typed after a /log without pressing Edit: a correction of the meal changes it; a
comment or a question about its foods is the coach's. The handlers fed in-process (the
harness) with every feature, the coach on the fake Anthropic over HTTP, real PostgreSQL
(the food table loaded) and Redis."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import pytest

from loadgen.anthropic import FakeAnthropic
from tests.support.coach import KEY, coach_settings
from tests.support.harness import harness, harness_settings
from tests.support.meals import Logged


class Coached(Logged):
    """The meal tests' chats, with the fake model the coach asks."""

    model: FakeAnthropic

    def asked(self, text: str) -> bool:
        """Whether the coach asked the model about the user's `text`."""
        for request in list(self.model.requests):
            said = request.body.get("messages", []) if isinstance(request.body, dict) else []
            if any(m["role"] == "user" and text in json.dumps(m["content"]) for m in said):
                return True
        return False

    async def items(self, user_id: int) -> list[tuple[Any, ...]]:
        """(typed words, grams) of the user's items, in order."""
        return await self.rows(
            "SELECT i.typed, i.grams FROM food_entry_items i JOIN food_entries e"
            " ON e.id = i.entry_id WHERE e.user_id = %s ORDER BY e.id, i.position",
            user_id,
        )

    async def logged(self, user_id: int, text: str) -> list[tuple[Any, ...]]:
        """/log `text`: its card, and the XP lines it earned, read; the items it logged."""
        await self.say(user_id, f"/log {text}")
        await self.settled()
        chat = self.fake._chat(user_id)
        chat.read = len(chat.replies)  # the XP lines, sent after the card
        return await self.items(user_id)


@pytest.fixture(scope="module")
async def coached(
    tmp_path_factory: pytest.TempPathFactory, database_url: str, redis_url: str
) -> AsyncIterator[Coached]:
    tmp_path = tmp_path_factory.mktemp("afterthoughts")
    async with FakeAnthropic(KEY) as model:
        settings = coach_settings(
            harness_settings(tmp_path, database_url, redis_url), model.base_url
        )
        async with harness(tmp_path, database_url, redis_url, settings=settings) as running:
            chats = Coached(running, running.fake, database_url)
            chats.model = model
            # A model that talks and calls no tool: the fake logs any food a statement names
            # ("the banana was delicious": a banana), where a coach would answer the comment.
            model.tool_names = {}
            yield chats


@pytest.mark.parametrize(
    "comment",
    [
        "actually the banana was delicious, thanks",
        "sorry, is banana ok for diabetics?",
        "no, the eggs were great thanks",
        "actually eggs are good right?",
    ],
)
async def test_a_comment_on_the_meal_just_logged_is_no_correction_but_the_coachs(
    coached: Coached, uid: int, comment: str
) -> None:
    # Each started as a correction does and named a food of the meal: it was read as the
    # meal's edit ("great thanks eggs" in the eggs' place), and the coach never answered.
    logged = await coached.logged(uid, "2 eggs and a banana")
    [(_, kcal, _, _)] = await coached.entries(uid)
    answer = await coached.ask(uid, comment)
    assert coached.asked(comment), answer  # the model was asked: the answer is the coach's
    assert "Total:" not in answer and "Send the weight" not in answer, answer
    assert await coached.items(uid) == logged
    assert [row[1] for row in await coached.entries(uid)] == [kcal]
    # A correction after it still corrects the meal.
    corrected = await coached.ask(uid, "actually it was 2 bananas")
    assert "2 eggs" in corrected and "Total: 353 kcal" in corrected, corrected


async def test_a_question_without_a_question_mark_is_the_coachs_and_corrections_still_correct(
    coached: Coached, uid: int
) -> None:
    await coached.logged(uid, "2 eggs and a roti")
    [(_, kcal, _, _)] = await coached.entries(uid)
    asked = "sorry, are rotis fattening"
    answer = await coached.ask(uid, asked)
    assert coached.asked(asked) and "Total:" not in answer, answer
    assert [row[1] for row in await coached.entries(uid)] == [kcal]
    # The corrections af5f5af read still change the meal: a count, a removal.
    corrected = await coached.ask(uid, "actually it was 2 rotis")
    assert "2 eggs" in corrected and "2 roti" in corrected.lower(), corrected
    [(_, more, _, items)] = await coached.entries(uid)
    assert items == 2 and more > kcal
    await coached.ask(uid, "oops, no eggs, thanks")
    [typed] = [typed for typed, _ in await coached.items(uid)]
    assert "roti" in typed.lower() and not coached.asked("oops, no eggs")
