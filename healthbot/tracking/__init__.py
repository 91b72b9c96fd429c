"""Water and weight: /water with quick-add buttons, /weight with its trend and chart."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from aiogram.fsm.context import FSMContext
from aiogram.types import InlineKeyboardMarkup

from healthbot.feature import Core, Dependencies, Feature
from healthbot.gamification import GamificationService
from healthbot.localdays import follow_zone
from healthbot.logbook import Logbook
from healthbot.measures import VolumeUnits
from healthbot.profile import ProfileRepository, ProfileService
from healthbot.tables import Table
from healthbot.tracking.cards import DESTINY
from healthbot.tracking.repository import TrackingRepository
from healthbot.tracking.router import build_router
from healthbot.tracking.service import Doubt, TrackingService
from healthbot.tracking.texts import TEXTS
from healthbot.tracking.water_said import quick_add
from healthbot.tracking.weight_doubt import remember_question, weight_question
from healthbot.tracking.weight_told import weigh_in_told


def _provide(core: Core) -> Mapping[str, object]:
    # A water log's day is the user's day of the instant drunk, in their zone as it is now
    # (weigh-ins keep no day: theirs is computed when read).
    core.users.on_timezone_change(follow_zone("water_logs", "logged_at"))
    # The daily targets follow from the weight (the profile's formula): each weigh-in
    # recomputes them, whether typed, confirmed or logged by the coach.
    profiles = ProfileService(core.users, ProfileRepository(core.db, core.cache))
    repository = TrackingRepository(core.db)
    return {"tracking": TrackingService(repository, core.users, weighed=profiles.recompute)}


def _logbooks(dependencies: Dependencies) -> Sequence[Logbook]:
    logs = dependencies.get(TrackingService).logs
    return logs.books(dependencies.find(GamificationService))


def water_quick_add(language_code: str | None, units: VolumeUnits) -> InlineKeyboardMarkup:
    """The +250 ml / +500 ml buttons (+8 / +16 fl oz where water reads in US fluid ounces:
    `TrackingService.volume_units`), for another
    feature's message (a water reminder's Done): their presses are this feature's."""
    return quick_add(TEXTS.get(language_code), units)


def weigh_in_question(language_code: str | None, doubt: Doubt) -> tuple[str, InlineKeyboardMarkup]:
    """The confirmation a doubtful weigh-in gets (text and Yes / I meant / Cancel buttons),
    for another feature's message (the coach's log_weight): their presses are this feature's."""
    return weight_question(TEXTS.get(language_code), doubt)


async def weigh_in_asked(state: FSMContext, tracking: TrackingService, user_id: int) -> None:
    """Keep in the chat that another feature (the coach's log_weight) just asked about a
    weigh-in with `weigh_in_question`: a weight typed next ("I meant 85 kg") answers it,
    as at /weight's own question."""
    await remember_question(state, tracking, user_id, None)


FEATURE = Feature(
    name="tracking",
    router=build_router,
    texts=TEXTS,
    provide=_provide,
    tables=(Table("water_logs"), Table("weight_logs")),
    dialogs=(DESTINY,),
    logbooks=_logbooks,
)

# What other features may use.
__all__ = [
    "FEATURE",
    "Doubt",
    "TrackingService",
    "water_quick_add",
    "weigh_in_asked",
    "weigh_in_question",
    "weigh_in_told",
]
