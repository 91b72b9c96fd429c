"""The call other features' handlers make after a successful log: pay its XP, announce."""

from __future__ import annotations

from datetime import date

from aiogram.types import User as TelegramUser

from healthbot.gamification.formatting import progress_lines
from healthbot.gamification.levels import Activity
from healthbot.gamification.service import GamificationService


async def award(
    gamification: GamificationService | None,
    sender: TelegramUser,
    activity: Activity | str,
    source_ref: str,
    local_day: date,
) -> list[str]:
    """Pay the XP of one log once per `source_ref` (the key of the row it wrote); return the
    lines announcing what it unlocked, in the sender's language.

    `gamification` is None when the daemon runs without the gamification feature: a handler
    takes it as an optional dependency, and logging works the same without it.
    """
    if gamification is None:
        return []
    progress = await gamification.record(sender.id, activity, source_ref, local_day)
    return progress_lines(sender.language_code, progress)


class TodaysAwards:
    """`healthbot.rewards.Rewards` over the service: `award` for the user's today, as a
    dependency (`rewards`) of features that may not import this one."""

    def __init__(self, gamification: GamificationService) -> None:
        self.gamification = gamification

    async def __call__(
        self, user_id: int, language_code: str | None, activity: str, source_ref: str
    ) -> list[str]:
        """Pay the log on the user's today; the lines announcing what it unlocked."""
        day = await self.gamification.today(user_id)
        progress = await self.gamification.record(user_id, activity, source_ref, day)
        return progress_lines(language_code, progress)
