"""Without an Anthropic key the coach is a stand-in that answers by rules
(`healthbot.offline.anthropic`): what a new user tells it in plain words that a command
would log is logged here as that command logs it, as the resting coach logs it.

A meal or plain water told (`healthbot.meals.told`: "I had 2 eggs and toast", "a pint of
water") is logged as /log or /water logs it (`healthbot.meals.told_log`), a weigh-in
("weight 61.5", "61.5kg this morning") as /weight does (`healthbot.tracking.weigh_in_told`),
each with its command's reply and one line saying the coach itself is offline; anything
else is the stand-in's. Each is stored under a key of the update, so a retry logs it once.
"""

from __future__ import annotations

from aiogram.fsm.context import FSMContext
from aiogram.types import Message

from healthbot.coach.texts import CoachTexts
from healthbot.gamification import GamificationService
from healthbot.meals.allergens import AllergySource
from healthbot.meals.service import MealService
from healthbot.meals.told_log import log_told_or_weighed
from healthbot.ops import OpKey
from healthbot.profile import ProfileService
from healthbot.tracking.service import TrackingService
from healthbot.users import User

TOLD_OFFLINE = "told-offline"
"""The step of an update's key under which a meal or water told to the stand-in is logged
(a weigh-in's is /weight's own)."""


async def logged_offline(
    message: Message,
    *,
    op: OpKey,
    state: FSMContext,
    texts: CoachTexts,
    meals: MealService,
    tracking: TrackingService,
    profiles: ProfileService,
    user: User,
    allergies: AllergySource | None,
    gamification: GamificationService | None = None,
) -> bool:
    """Log the weigh-in, meal or water the message tells of, as its command does, and answer
    as it does; whether it did (if not, the stand-in answers)."""
    return await log_told_or_weighed(
        message, op=op, key=op.step(TOLD_OFFLINE), state=state, note=texts.offline_logged,
        meals=meals, tracking=tracking, user=user, allergies=allergies,
        gamification=gamification, profiles=profiles,
    )  # fmt: skip
