"""Spellings Python's float() reads as numbers that are none ("nan", "inf", "1e999") get a
clear reply and log nothing, wherever a user types an amount (issue 19: "/log nan eggs"
logged an egg). The daemon in-process on the fake Telegram, as in test_bot."""

from __future__ import annotations

import pytest

from tests.support.meals import Logged
from tests.support.telegram import shown


@pytest.mark.parametrize(
    "text",
    ["/log nan eggs", "/log NaN eggs", "/log inf eggs", "/log -inf eggs", "/log infinity eggs",
     "/log 1e999 eggs", "/log eggs x nan", "/log Infinity g rice", "/log toast and inf eggs"],
)  # fmt: skip
async def test_log_refuses_a_float_spelling_that_is_no_number(
    logged: Logged, uid: int, text: str
) -> None:
    reply = await logged.ask(uid, text)
    assert "I can't read that number." in reply, reply
    assert await logged.entries(uid) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [("/water nan", "couldn't read that amount"), ("/water inf ml", "couldn't read that amount"),
     ("/water 1e999", "couldn't read that amount"), ("/weight nan", "couldn't read that weight"),
     ("/weight -inf kg", "couldn't read that weight"), ("/weight 1e999", "couldn't read")],
)  # fmt: skip
async def test_water_and_weight_refuse_a_float_spelling_that_is_no_number(
    logged: Logged, uid: int, text: str, expected: str
) -> None:
    assert expected in await logged.ask(uid, text)
    water = await logged.rows("SELECT count(*) FROM water_logs WHERE user_id = %s", uid)
    weight = await logged.rows("SELECT count(*) FROM weight_logs WHERE user_id = %s", uid)
    assert water == weight == [(0,)]


@pytest.mark.parametrize("typed", ["nan", "inf g", "1e999", "Infinity grams"])
async def test_an_amount_question_asks_again_for_a_float_spelling(
    logged: Logged, uid: int, typed: str
) -> None:
    [question] = await logged.say(uid, "/log 2 slices of avocado")
    assert shown(question).startswith("How much is “2 slices of avocado”")
    assert "Send the weight in grams" in await logged.ask(uid, typed)
    assert await logged.entries(uid) == []
