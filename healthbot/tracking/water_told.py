"""Water told in a sentence, not by /water ("drank 500ml of water"): counted as /water counts
it, for whoever reads free text (the resting coach, a setup question's open dialog)."""

from __future__ import annotations

from datetime import date

from aiogram.types import Message

from healthbot.gamification import GamificationService, PendingAward, progress_lines
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
from healthbot.tracking.texts import TEXTS
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
) -> bool:
    """Count the water `said` ("500ml of water") as `/water 500ml of water` does, under
    `key` (its retry counts it once), and answer as it does, `note` after the total; False
    if /water would not read it ("a glass of water yesterday")."""
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
            awards.append(gamification.pending(user.id, "water", key, day))
        return awards

    day = await tracking.log_water(user.id, ml, key, user=user, joined=paid)
    texts = TEXTS.of(sender)
    earned = [line for a in awards for line in progress_lines(sender.language_code, a.progress)]
    total = water_text(texts, day, ml, typed_water_units(said))
    keyboard = quick_add(texts, day.units)
    await message.answer("\n".join([total, note, *earned]), reply_markup=keyboard)
    return True
