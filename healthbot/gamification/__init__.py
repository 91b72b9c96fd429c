"""XP, levels, daily streaks with freeze days, achievements, /stats and an opt-in /leaderboard.

Other features pay XP after a successful log and append what it unlocked to their reply:

    lines += await award(gamification, sender, "water", op.step("water"), local_day)

(`gamification: GamificationService | None = None` is an optional handler dependency that
this feature provides: without it, logging works the same and pays nothing.)
"""

from __future__ import annotations

from collections.abc import Mapping

from healthbot.feature import Core, Feature
from healthbot.gamification.awards import TodaysAwards, award
from healthbot.gamification.formatting import progress_lines
from healthbot.gamification.levels import Activity
from healthbot.gamification.repository import GamificationRepository
from healthbot.gamification.router import build_router
from healthbot.gamification.service import GamificationService, PendingAward, Progress
from healthbot.gamification.texts import TEXTS
from healthbot.gamification.zones import move_streak
from healthbot.tables import Table


def _provide(core: Core) -> Mapping[str, object]:
    core.users.on_timezone_change(move_streak)  # the streak's last day follows the zone
    gamification = GamificationService(GamificationRepository(core.db), core.users)
    return {"gamification": gamification, "rewards": TodaysAwards(gamification)}


FEATURE = Feature(
    name="gamification",
    router=build_router,
    texts=TEXTS,
    provide=_provide,
    tables=(
        Table("xp_events"),
        Table("user_gamification"),
        Table("user_achievements"),
        Table("level_ups"),
        Table("achievements", None, export=False),  # the catalogue: no one's rows
    ),
)

__all__ = [
    "FEATURE", "Activity", "GamificationService", "PendingAward", "Progress", "award",
    "progress_lines",
]  # fmt: skip
