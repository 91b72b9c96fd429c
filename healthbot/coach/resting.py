"""When the coach will not answer a message now (too many a minute, today's budget spent),
nothing of it is lost.

- A message that tells of a meal (`healthbot.meals.told`: a report of food eaten, never a
  question, a plan or a story) is logged as /log logs it: the same reading, the same card
  with its buttons and questions, the same XP, with one line saying that the coach rests.
  Its key is the update's `RESTED` step, so a retry logs it once; and a retry that finds it
  logged (the daemon died in between, and the new one's window admits the message) takes
  this path again, where the coach would have logged the meal a second time: the entry is
  found by its key, and what was already sent is in the reply ledger.
- A message that tells of plain water drunk ("drank 500ml of water") is counted as /water
  counts it (its amount read by /water's parser, the same reply, the same XP) under that
  same key, with the same line.
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
from datetime import date

from aiogram.fsm.context import FSMContext
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup, Message

from healthbot.coach.agent import RESTED
from healthbot.coach.texts import CoachTexts
from healthbot.food.parser import FoodParseError
from healthbot.gamification import GamificationService, PendingAward, progress_lines
from healthbot.meals.allergens import AllergySource, allergies_of, marked_all
from healthbot.meals.foods import FoodsNotReady
from healthbot.meals.service import MealService
from healthbot.meals.told import drunk_words, read_as_meal, read_as_water, says_eaten
from healthbot.meals.typed import log_understood
from healthbot.meals.when import WhenError
from healthbot.metrics import COACH_ANSWERS
from healthbot.ops import OpKey
from healthbot.tracking.parsing import (
    AmountError,
    cup_ml,
    names_cup,
    parse_water,
    pint_ml,
    typed_water_units,
)
from healthbot.tracking.router import quick_add, water_text
from healthbot.tracking.service import TrackingService
from healthbot.tracking.texts import TEXTS as TRACKING_TEXTS
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
    counted: bool = True,
) -> None:
    """Answer a message the coach refused for `reason` ("too_fast", "budget_spent"; `wait`:
    seconds until it has room): log the meal or the water
    it tells of, or reply with the refusal and its "Ask again" button. Counted as refused
    either way (`healthbot_coach_answers_total` by reason), unless not `counted` (a retry's)."""
    if counted:
        COACH_ANSWERS.labels(reason).inc()
    logged = texts.too_fast_logged if reason == "too_fast" else texts.budget_spent_logged
    if await log_told(
        message, op=op, state=state, note=logged, meals=meals, tracking=tracking, user=user,
        allergies=allergies, gamification=gamification,
    ):  # fmt: skip
        return
    said = getattr(texts, reason).format(wait=wait_words(texts, wait))
    button = InlineKeyboardButton(text=texts.ask_again_button, callback_data=ASK_AGAIN)
    await message.reply(said, reply_markup=InlineKeyboardMarkup(inline_keyboard=[[button]]))


async def log_told(
    message: Message,
    *,
    op: OpKey,
    state: FSMContext,
    note: str,
    meals: MealService,
    tracking: TrackingService,
    user: User,
    allergies: AllergySource | None,
    gamification: GamificationService | None = None,
) -> bool:
    """If the message tells of a meal or of water drunk (`healthbot.meals.told`), log it
    under the update's `RESTED` key and answer as /log or /water does, `note` (a "{command}"
    to fill) among the lines; say whether it did."""
    text = message.text or ""  # a photo is the model's to see: never logged here
    if message.from_user is None or not says_eaten(text):
        return False
    try:
        understood = await meals.understand(text, timezone=user.timezone)
        at = await meals.instant(user.id, understood.when, user)
    except (FoodParseError, WhenError, FoodsNotReady):
        return False  # no meal /log would log now: the refusal, and its way on
    if read_as_water(understood):
        return await log_told_water(
            message, drunk_words(text), op=op, note=note.format(command="/water"),
            tracking=tracking, user=user, gamification=gamification,
        )  # fmt: skip
    if not read_as_meal(understood):
        return False
    allergic = await allergies_of(allergies, user.id)
    await log_understood(
        message, state, marked_all(understood, allergic), op,
        key=op.step(RESTED), at=at, meals=meals, user=user, allergic=allergic,
        gamification=gamification, notes=(note.format(command="/log"),),
    )  # fmt: skip
    return True


async def log_told_water(
    message: Message,
    said: str,
    *,
    op: OpKey,
    note: str,
    tracking: TrackingService,
    user: User,
    gamification: GamificationService | None = None,
) -> bool:
    """Count the water `said` ("500ml of water") as `/water 500ml of water` does, under the
    update's `RESTED` key, and answer as it does, `note` after the total; False if /water
    would not read it ("a glass of water yesterday": the refusal, and its way on)."""
    sender = message.from_user
    assert sender is not None
    try:
        cup = cup_ml(await tracking.units(user.id)) if names_cup(said) else None
        ml = parse_water(said, pint_ml(user.timezone), cup)
    except AmountError:
        return False
    awards: list[PendingAward] = []

    def paid(day: date) -> list[PendingAward]:
        # The XP is paid in the water's own transaction, as /water pays it: one commit.
        if gamification is not None:
            awards.append(gamification.pending(user.id, "water", op.step(RESTED), day))
        return awards

    day = await tracking.log_water(user.id, ml, op.step(RESTED), user=user, joined=paid)
    texts = TRACKING_TEXTS.of(sender)
    earned = [line for a in awards for line in progress_lines(sender.language_code, a.progress)]
    total = water_text(texts, day, ml, typed_water_units(said))
    keyboard = quick_add(texts, day.units)
    await message.answer("\n".join([total, note, *earned]), reply_markup=keyboard)
    return True


def wait_words(texts: CoachTexts, seconds: float) -> str:
    """A wait as the refusal says it: "a few seconds", "40 seconds" (rounded up to 5),
    "a minute"."""
    if seconds <= 5:
        return texts.few_seconds
    rounded = 5 * math.ceil(seconds / 5)
    return texts.a_minute if rounded >= 60 else texts.seconds.format(n=rounded)
