"""Water and weight: /water with quick-add buttons, /weight with its trend and chart."""

from __future__ import annotations

from collections.abc import Mapping

from healthbot.feature import Core, Feature
from healthbot.profile import ProfileRepository, ProfileService
from healthbot.tables import Table
from healthbot.tracking.repository import TrackingRepository
from healthbot.tracking.router import build_router
from healthbot.tracking.service import TrackingService
from healthbot.tracking.texts import TEXTS


def _provide(core: Core) -> Mapping[str, object]:
    # The daily targets follow from the weight (the profile's formula): each weigh-in
    # recomputes them, whether typed, confirmed or logged by the coach.
    profiles = ProfileService(core.users, ProfileRepository(core.db, core.cache))
    repository = TrackingRepository(core.db)
    return {"tracking": TrackingService(repository, core.users, weighed=profiles.recompute)}


FEATURE = Feature(
    name="tracking",
    router=build_router,
    texts=TEXTS,
    provide=_provide,
    tables=(Table("water_logs"), Table("weight_logs")),
)
