"""A meal or water told in a sentence, not by /log or /water (`healthbot.meals.told`'s rules):
logged as those commands log it, for whoever reads free text that no command took (the
resting coach, a setup question's open dialog)."""

from __future__ import annotations

from aiogram.dispatcher.event.bases import SkipHandler
from aiogram.fsm.context import FSMContext
from aiogram.types import Message

from healthbot.food.parser import FoodParseError
from healthbot.gamification import GamificationService
from healthbot.meals.allergens import AllergySource, allergies_of, marked_all
from healthbot.meals.foods import FoodsNotReady
from healthbot.meals.service import MealService
from healthbot.meals.texts import TEXTS
from healthbot.meals.told import drunk_words, read_as_meal, read_as_water, says_eaten
from healthbot.meals.typed import log_understood
from healthbot.ops import OpKey
from healthbot.profile import ProfileService
from healthbot.tracking import weigh_in_told
from healthbot.tracking.service import TrackingService
from healthbot.tracking.water_told import log_told_water
from healthbot.users import User, UserRepository, ensure_registered
from healthbot.when import WhenError

TOLD_IN_DIALOG = "told-in-dialog"
"""The step of an update's key under which a meal or water told at a dialog's question is
logged."""


async def on_told_in_dialog(
    message: Message,
    *,
    op: OpKey,
    state: FSMContext,
    meals: MealService,
    tracking: TrackingService,
    users: UserRepository,
    user: User | None,
    allergies: AllergySource | None = None,
    gamification: GamificationService | None = None,
    profiles: ProfileService | None = None,
) -> None:
    """Text that no handler took while a dialog's question waits (the dialog passed it on:
    no answer to it): the meal or the water it tells of is logged, and the reply says that
    the question still waits; any other text goes on (to the fallback's reply)."""
    sender = message.from_user
    if sender is None:
        raise SkipHandler
    if not await log_told(
        message, op=op, key=op.step(TOLD_IN_DIALOG), state=state,
        note=TEXTS.of(sender).told_in_dialog, meals=meals, tracking=tracking,
        user=await ensure_registered(sender, user, users), allergies=allergies,
        gamification=gamification, profiles=profiles,
    ):  # fmt: skip
        raise SkipHandler


async def log_told(
    message: Message,
    *,
    op: OpKey,
    key: str,
    state: FSMContext,
    note: str,
    meals: MealService,
    tracking: TrackingService,
    user: User,
    allergies: AllergySource | None,
    gamification: GamificationService | None = None,
    profiles: ProfileService | None = None,
) -> bool:
    """If the message tells of a meal or of water drunk (`healthbot.meals.told`), log it
    under `key` (its retry logs it once) and answer as /log or /water does, `note` (a
    "{command}" to fill) among the lines; say whether it did."""
    text = message.text or ""  # a photo is the model's to see: never logged here
    if message.from_user is None or not says_eaten(text):
        return False
    try:
        understood = await meals.understand(text, timezone=user.timezone)
        at = await meals.instant(user.id, understood.when, user)
    except (FoodParseError, WhenError, FoodsNotReady):
        return False  # no meal /log would log now: the caller's reply, and its way on
    if read_as_water(understood):
        return await log_told_water(
            message, drunk_words(text), key=key, note=note.format(command="/water"),
            tracking=tracking, user=user, gamification=gamification, profiles=profiles,
        )  # fmt: skip
    if not read_as_meal(understood):
        return False
    allergic = await allergies_of(allergies, user.id)
    await log_understood(
        message, state, marked_all(understood, allergic), op,
        key=key, at=at, meals=meals, user=user, allergic=allergic,
        gamification=gamification, notes=(note.format(command="/log"),),
    )  # fmt: skip
    return True


async def log_told_or_weighed(
    message: Message,
    *,
    op: OpKey,
    key: str,
    state: FSMContext,
    note: str,
    meals: MealService,
    tracking: TrackingService,
    user: User,
    allergies: AllergySource | None,
    gamification: GamificationService | None = None,
    profiles: ProfileService | None = None,
) -> bool:
    """As `log_told`, a weigh-in told in plain words first ("weight 67.6": logged or asked
    about as /weight does, under /weight's own step of the update); say whether it did."""
    if await weigh_in_told(
        message, note=note.format(command="/weight"), op=op, state=state, tracking=tracking,
        gamification=gamification, profiles=profiles,
    ):  # fmt: skip
        return True
    return await log_told(
        message, op=op, key=key, state=state, note=note, meals=meals, tracking=tracking,
        user=user, allergies=allergies, gamification=gamification, profiles=profiles,
    )  # fmt: skip
