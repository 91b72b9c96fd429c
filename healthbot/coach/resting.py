"""When the coach will not answer a message now (too many a minute, today's budget spent),
nothing of it is lost.

- A message that tells of a meal (`healthbot.meals.told`: a report of food eaten, never a
  question, a plan or a story) is logged as /log logs it (`healthbot.meals.told_log`): the
  same reading, the same card with its buttons and questions, the same XP, with one line
  saying that the coach rests.
  Its key is the update's `RESTED` step, so a retry logs it once; and a retry that finds it
  logged (the daemon died in between, and the new one's window admits the message) takes
  this path again, where the coach would have logged the meal a second time: the entry is
  found by its key, and what was already sent is in the reply ledger.
- A message that tells of plain water drunk ("drank 500ml of water") is counted as /water
  counts it (its amount read by /water's parser, the same reply, the same XP) under that
  same key, with the same line.
- A message that tells of a weigh-in in plain words ("weight 67.6", "I weigh 150 lb today")
  is logged, or asked about, as /weight does (`healthbot.tracking.weigh_in_told`), with the
  same line; its key is /weight's own step of the update.
- Any other message gets the refusal as a reply to it, with an "Ask again" button: tapped
  once the coach has room (the refusal says when), the coach answers that message, read
  back from the reply, as if it had just been sent.

Why a button, not an answer sent by itself once the window admits again: the limit bounds
the model calls a user's burst makes, and answering every refused message a minute later
would only delay them; a queue of late answers would also land among the answers to what
the user wrote since, out of order. The button costs a model call only for a message the
user still wants answered, and keeps nothing on our side to expire, erase or lose in a
restart: the message stays in the user's chat, where the refusal points at it.
"""

from __future__ import annotations

import math

from aiogram.fsm.context import FSMContext
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup, Message

from healthbot.coach.agent import RESTED
from healthbot.coach.texts import CoachTexts
from healthbot.gamification import GamificationService
from healthbot.meals.allergens import AllergySource
from healthbot.meals.service import MealService
from healthbot.meals.told_log import log_told_or_weighed
from healthbot.metrics import COACH_ANSWERS
from healthbot.ops import OpKey
from healthbot.profile import ProfileService
from healthbot.tracking.service import TrackingService
from healthbot.users import User

ASK_AGAIN = "coach:again"
"""Callback data of the button under a refusal (the message it refused is the one replied to)."""


async def refused(
    message: Message,
    reason: str,
    *,
    op: OpKey,
    state: FSMContext,
    texts: CoachTexts,
    wait: float,
    meals: MealService,
    tracking: TrackingService,
    user: User,
    allergies: AllergySource | None,
    gamification: GamificationService | None = None,
    profiles: ProfileService | None = None,
    counted: bool = True,
) -> None:
    """Answer a message the coach refused for `reason` ("too_fast", "budget_spent"; `wait`:
    seconds until it has room): log the weigh-in, the meal or
    the water it tells of, or reply with the refusal and its "Ask again" button. Counted as refused
    either way (`healthbot_coach_answers_total` by reason), unless not `counted` (a retry's)."""
    if counted:
        COACH_ANSWERS.labels(reason).inc()
    logged = texts.too_fast_logged if reason == "too_fast" else texts.budget_spent_logged
    if await log_told_or_weighed(
        message, op=op, key=op.step(RESTED), state=state, note=logged, meals=meals,
        tracking=tracking, user=user, allergies=allergies, gamification=gamification,
        profiles=profiles,
    ):  # fmt: skip
        return
    said = getattr(texts, reason).format(wait=wait_words(texts, wait))
    button = InlineKeyboardButton(text=texts.ask_again_button, callback_data=ASK_AGAIN)
    await message.reply(said, reply_markup=InlineKeyboardMarkup(inline_keyboard=[[button]]))


def wait_words(texts: CoachTexts, seconds: float) -> str:
    """A wait as the refusal says it: "a few seconds", "40 seconds" (rounded up to 5),
    "a minute"."""
    if seconds <= 5:
        return texts.few_seconds
    rounded = 5 * math.ceil(seconds / 5)
    return texts.a_minute if rounded >= 60 else texts.seconds.format(n=rounded)
