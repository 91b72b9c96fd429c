"""Water told in a sentence, not by /water ("drank 500ml of water"): counted as /water counts
it, for whoever reads free text (the resting coach, a setup question's open dialog)."""

from __future__ import annotations

from aiogram.types import Message

from healthbot.gamification import GamificationService
from healthbot.profile import ProfileService
from healthbot.tracking.parsing import AmountError
from healthbot.tracking.service import TrackingService
from healthbot.tracking.water_said import log_water_said, water_said_ml
from healthbot.users import User


async def log_told_water(
    message: Message,
    said: str,
    *,
    key: str,
    note: str,
    tracking: TrackingService,
    user: User,
    gamification: GamificationService | None = None,
    profiles: ProfileService | None = None,
) -> bool:
    """Count the water `said` ("500ml of water") as `/water 500ml of water` does, under
    `key` (its retry counts it once), and answer as it does, `note` after the total; False
    if /water would not read it ("a glass of water yesterday")."""
    sender = message.from_user
    assert sender is not None
    try:
        ml = await water_said_ml(said, tracking=tracking, user_id=user.id, timezone=user.timezone)
    except AmountError:
        return False
    text, keyboard = await log_water_said(
        said, ml, sender, user, key=key, tracking=tracking, gamification=gamification,
        profiles=profiles, notes=(note,),
    )  # fmt: skip
    await message.answer(text, reply_markup=keyboard)
    return True
