"""A weigh-in told in plain words ("weight 61.5", "I weigh 61.5 kg", "61.5kg this morning"),
logged as /weight logs it, and the reply both give: the weigh-in, or the question /weight
asks about a weight it doubts.

Plain words only: the whole text is a weighing word or "I'm" before a weight, or a weight
with its unit, and day words /weight reads ("this morning", "yesterday"). A bare number is
a weight only after a weighing word ("61.5" alone is no weigh-in, "I'm 34" an age); a goal,
a wish, someone else's weight or a question ("I want to weigh 55 kg", "goal weight 55",
"my wife weighs 60 kg", "weight 61.5?") is none.
"""

from __future__ import annotations

import re
from datetime import datetime
from decimal import Decimal
from typing import Final

from aiogram.fsm.context import FSMContext
from aiogram.types import Message

from healthbot.gamification import GamificationService
from healthbot.ops import OpKey
from healthbot.profile import ProfileService
from healthbot.tracking.parsing import (
    AmountError,
    other_reading,
    parse_weight,
    said_units,
    split_day,
)
from healthbot.tracking.service import TrackingService
from healthbot.tracking.texts import TEXTS, TrackingTexts
from healthbot.tracking.weight_doubt import remember_question, weight_question
from healthbot.tracking.weight_replies import typed_in_stones, weigh_in
from healthbot.when import WhenError

# A weighing word: after it, a bare number is a weight ("weight 61.5", "weighed in at 62").
_WEIGHING: Final = re.compile(
    r"^(?:(?:i|i've|ive|i\s+have)\s+(?:just\s+)?)?weigh(?:ed)?(?:\s+in)?(?:\s+at)?\b"
    r"|^(?:(?:my|today'?s|this\s+morning'?s|morning|current)\s+)?(?:weight|weigh[\s-]?in)"
    r"(?:\s+(?:is|was|today|this\s+morning|now))?(?:\s*[:=-]|\b)",
    re.IGNORECASE,
)
# "I'm 61.5 kg": a weight only with its unit ("I'm 34" is an age).
_BEING: Final = re.compile(r"^(?:i'?m|i\s+am)\b", re.IGNORECASE)


def weighing_words(text: str) -> tuple[str, bool] | None:
    """The words /weight would take of a weigh-in the text tells of ("I weigh 61.5 kg this
    morning": "61.5 kg this morning"), and whether a weighing word came before them (else
    the weight must name its unit); None when it tells of none."""
    said = " ".join(text.replace("’", "'").split()).rstrip(".!")
    if not said or "?" in said:
        return None
    if found := _WEIGHING.match(said):
        return said[found.end() :].strip(" :=-"), True
    if found := _BEING.match(said):
        return said[found.end() :].strip(), False
    return said, False


async def weigh_in_told(
    message: Message,
    *,
    note: str,
    op: OpKey,
    state: FSMContext,
    tracking: TrackingService,
    gamification: GamificationService | None = None,
    profiles: ProfileService | None = None,
) -> bool:
    """If the message tells of a weigh-in in plain words, log it as /weight does (or ask
    about it as /weight does), `note` under the reply; False, with nothing said, if it tells
    of none or /weight would not take it."""
    sender = message.from_user
    words = weighing_words(message.text or "")
    if sender is None or words is None:
        return False
    args, weighed = words
    try:
        when, amount = split_day(args)
        if not weighed and said_units(amount) is None:
            return False  # a bare number: no weight without a weighing word or a unit
        at = await tracking.instant(sender.id, when)
        kg = parse_weight(amount, await tracking.units(sender.id))
    except (AmountError, WhenError):
        return False
    await answer_weigh_in(
        message, TEXTS.of(sender), kg, amount, at, op=op, state=state, tracking=tracking,
        gamification=gamification, profiles=profiles, note=note,
    )  # fmt: skip
    return True


async def answer_weigh_in(
    message: Message,
    texts: TrackingTexts,
    kg: Decimal,
    amount: str,
    at: datetime | None,
    *,
    op: OpKey,
    state: FSMContext,
    tracking: TrackingService,
    gamification: GamificationService | None = None,
    profiles: ProfileService | None = None,
    note: str | None = None,
) -> None:
    """Log the weight `kg` read from `amount` (for `at`, None: now) once per operation and
    say so, `note` under it; or ask about it when it is doubtful (nothing logged yet: no
    `note`, which says it was)."""
    assert message.from_user is not None
    sender = message.from_user
    other = other_reading(amount, await tracking.units(sender.id))
    if (doubt := await tracking.doubt(sender.id, kg, other)) is not None:
        day = None if at is None else at.date()
        question, keyboard = weight_question(texts, doubt, day)
        await remember_question(state, tracking, sender.id, day)  # "I meant 185 lb" answers
        await message.answer(question, reply_markup=keyboard)
        return
    said = await weigh_in(
        texts, tracking, sender, kg, op=op, gamification=gamification,
        typed=said_units(amount), at=at, profiles=profiles, stones=typed_in_stones(amount),
    )  # fmt: skip
    await message.answer(said if note is None else f"{said}\n{note}")
