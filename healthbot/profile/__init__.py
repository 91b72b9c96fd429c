"""Users and their profiles: /start, /help, the setup dialog, /profile and the daily targets,
/export and /deleteme, and the user context of each update."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from aiogram import BaseMiddleware

from healthbot.cache import USER_PROFILE
from healthbot.feature import Core, Feature
from healthbot.profile.export import ExportService
from healthbot.profile.middleware import UserContextMiddleware
from healthbot.profile.repository import PROFILE, ProfileRepository
from healthbot.profile.router import build_router
from healthbot.profile.service import ProfileService
from healthbot.profile.texts import TEXTS


def _provide(core: Core) -> Mapping[str, object]:
    profiles = ProfileService(core.users, ProfileRepository(core.db, core.cache))
    return {"profiles": profiles, "exports": ExportService(core.db)}


def _middlewares(dependencies: Mapping[str, object]) -> Sequence[BaseMiddleware]:
    profiles = dependencies["profiles"]
    assert isinstance(profiles, ProfileService)
    return (UserContextMiddleware(profiles),)


FEATURE = Feature(
    name="profile",
    router=build_router,
    texts=TEXTS,
    provide=_provide,
    middlewares=_middlewares,
    cache_namespaces=(USER_PROFILE, PROFILE),
)
