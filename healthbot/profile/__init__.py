"""Users' profiles: /start, /help, the setup dialog, /profile and the daily targets, /export
and /deleteme (the user record itself, and each update's user context, are the kernel's:
`healthbot.users`)."""

from __future__ import annotations

from collections.abc import Mapping

from healthbot.feature import Core, Feature
from healthbot.profile.export import ExportService
from healthbot.profile.repository import PROFILE, Profile, ProfileRepository
from healthbot.profile.router import build_router
from healthbot.profile.service import Answers, ProfileService
from healthbot.profile.targets import MAX_MANUAL_KCAL, MIN_KCAL, Body, Targets, adjustment_kcal
from healthbot.profile.texts import TEXTS
from healthbot.tables import Table


def _provide(core: Core) -> Mapping[str, object]:
    profiles = ProfileService(core.users, ProfileRepository(core.db, core.cache))
    return {"profiles": profiles, "exports": ExportService(core.db, core.tables, core.reports)}


FEATURE = Feature(
    name="profile",
    router=build_router,
    texts=TEXTS,
    provide=_provide,
    cache_namespaces=(PROFILE,),
    tables=(Table("user_profiles"),),
)

# What other features may use.
__all__ = [
    "FEATURE",
    "MAX_MANUAL_KCAL",
    "MIN_KCAL",
    "Answers",
    "Body",
    "Profile",
    "ProfileRepository",
    "ProfileService",
    "Targets",
    "adjustment_kcal",
]
