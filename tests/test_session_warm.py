"""Before the daemon serves, its session builds what the first updates would otherwise build
while others wait: the validators of the types every update is read as and of the calls it
makes, and their answers'; nothing else."""

from __future__ import annotations

import subprocess
import sys

# In a fresh interpreter: in this one, other tests have built aiogram's models long ago.
_SCRIPT = """
import healthbot
from aiogram.methods import EditMessageText
from aiogram.methods.base import Response
from healthbot.telegram.session import WARM_METHODS, WARM_TYPES, JsonSession

session = JsonSession()
models = [*WARM_METHODS, *WARM_TYPES]
print("built before", sum(m.__pydantic_complete__ for m in models), "of", len(models))
session.warm()
print("built after", sum(m.__pydantic_complete__ for m in models), "of", len(models))
answers = [session._response_type_of(kind) for kind in WARM_METHODS]
print("answers built", sum(a.__pydantic_complete__ for a in answers), "of", len(answers))
print("edits built", int(EditMessageText.__pydantic_complete__))
"""


def test_warm_builds_what_every_update_needs_and_nothing_more() -> None:
    ran = subprocess.run(
        [sys.executable, "-c", _SCRIPT], capture_output=True, text=True, check=True, timeout=120
    )
    lines = ran.stdout.splitlines()
    total = lines[0].rsplit(" ", 1)[1]
    assert lines[0] == f"built before 0 of {total}"
    assert lines[1] == f"built after {total} of {total}"
    answers = lines[2].rsplit(" ", 1)[1]
    assert lines[2] == f"answers built {answers} of {answers}"
    assert lines[3] == "edits built 0"  # a button's edits: built at its first press


_LATER = """
import asyncio
import time

import healthbot
from aiogram.methods import EditMessageReplyMarkup
from healthbot.telegram.session import JsonSession


async def main() -> None:
    session = JsonSession()
    session.warm()
    answer = session._response_types.get(EditMessageReplyMarkup)
    print("edits built at warm", int(EditMessageReplyMarkup.__pydantic_complete__),
          int(answer is not None))
    deadline = time.monotonic() + 60
    while EditMessageReplyMarkup not in session._response_types and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
    answer = session._response_types.get(EditMessageReplyMarkup)
    print("edits built later", int(EditMessageReplyMarkup.__pydantic_complete__),
          int(answer is not None and answer.__pydantic_complete__))


asyncio.run(main())
"""


def test_the_edits_are_built_once_the_daemon_serves_not_at_a_cards_first_edit() -> None:
    ran = subprocess.run(
        [sys.executable, "-c", _LATER], capture_output=True, text=True, check=True, timeout=120
    )
    assert ran.stdout.splitlines() == ["edits built at warm 0 0", "edits built later 1 1"]
