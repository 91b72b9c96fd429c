"""Nutrition: micronutrients of a day against the recommended intakes (the Nutrients button
under /today, what /week finds regularly low) and the adaptive energy target (/stats'
expenditure estimate and its button). Reads what meals and weigh-ins stored; stores nothing
of its own.

Other features show its parts through the functions below, in the user's language:

    reply_markup=nutrients_button(sender, day)           # under /today
    caption += low_lines(sender, await nutrition.low(user_id))      # /week
    text, markup = await stats_part(sender, nutrition, user_id)     # /stats
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from aiogram.types import InlineKeyboardMarkup

from healthbot.feature import Core, Feature
from healthbot.nutrition.repository import NutritionRepository
from healthbot.nutrition.router import SHOWN, build_router
from healthbot.nutrition.service import Low, NutritionService
from healthbot.nutrition.texts import TEXTS
from healthbot.nutrition.views import adaptive_keyboard, adaptive_text, day_keyboard, low_text
from healthbot.profile import ProfileService
from healthbot.texts import HasLanguage


def _provide(core: Core) -> Mapping[str, object]:
    service = NutritionService(NutritionRepository(core.db), core.users, ProfileService(core.users))
    return {"nutrition": service}


def nutrients_button(user: HasLanguage | None, day: date) -> InlineKeyboardMarkup:
    """The Nutrients button for a day's summary."""
    return day_keyboard(TEXTS.of(user), day)


def low_lines(user: HasLanguage | None, lows: list[Low]) -> str:
    """What was regularly low this week, as a paragraph ("" when nothing was)."""
    return low_text(TEXTS.of(user), lows)


async def stats_part(
    user: HasLanguage | None, nutrition: NutritionService, user_id: int
) -> tuple[str, InlineKeyboardMarkup | None]:
    """/stats' expenditure paragraph and the button that adopts the suggested target."""
    texts = TEXTS.of(user)
    adaptive = await nutrition.adaptive(user_id)
    return adaptive_text(texts, adaptive), adaptive_keyboard(texts, adaptive)


FEATURE = Feature(
    name="nutrition", router=build_router, texts=TEXTS, provide=_provide, cache_namespaces=(SHOWN,)
)

__all__ = ["FEATURE", "Low", "NutritionService", "low_lines", "nutrients_button", "stats_part"]
