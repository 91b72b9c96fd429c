"""Water and weight: /water with quick-add buttons, /weight with its trend and chart."""

from __future__ import annotations

from collections.abc import Mapping

from healthbot.feature import Core, Feature
from healthbot.tables import Table
from healthbot.tracking.repository import TrackingRepository
from healthbot.tracking.router import build_router
from healthbot.tracking.service import TrackingService
from healthbot.tracking.texts import TEXTS


def _provide(core: Core) -> Mapping[str, object]:
    return {"tracking": TrackingService(TrackingRepository(core.db), core.users)}


FEATURE = Feature(
    name="tracking",
    router=build_router,
    texts=TEXTS,
    provide=_provide,
    tables=(Table("water_logs"), Table("weight_logs")),
)
