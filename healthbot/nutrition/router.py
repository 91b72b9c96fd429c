"""Handlers for the Nutrients button (under /today) and the adaptive target's button (under
/stats): call the service, format. The data names a day or nothing: the presser's own."""

from __future__ import annotations

import hashlib
import logging
import re
from datetime import date, datetime
from typing import Final

from aiogram import F, Router
from aiogram.types import CallbackQuery, Message

from healthbot.cache import Cache, Namespace
from healthbot.handlers import answer_query
from healthbot.nutrition.service import NutritionService
from healthbot.nutrition.texts import TEXTS
from healthbot.nutrition.views import ADOPT, DAY, PREFIX, day_text

log = logging.getLogger(__name__)

SHOWN: Final = Namespace("nutrients_shown", ttl=2 * 24 * 3600)
"""The Nutrients views sent, each for its /today message, known for a day and its next
(marks in Redis alone: `Cache.remember`; without Redis a view is sent again, as a second
copy is better than none)."""
_DAY = re.compile(r"^" + DAY + r"(\d{8})$")


def build_router() -> Router:
    """A new router with this feature's handlers (a router attaches to one dispatcher)."""
    router = Router(name="nutrition")
    router.callback_query.register(on_nutrients_button, F.data.startswith(DAY))
    router.callback_query.register(on_adopt_button, F.data == ADOPT)
    router.callback_query.register(on_unknown_button, F.data.startswith(PREFIX))
    return router


def _day(data: str | None) -> date | None:
    found = _DAY.match(data or "")
    if found is None:
        return None
    try:
        return datetime.strptime(found.group(1), "%Y%m%d").date()
    except ValueError:
        return None


async def on_nutrients_button(
    query: CallbackQuery, *, nutrition: NutritionService, cache: Cache
) -> None:
    """The day's nutrients against the recommended intakes, as a new message; pressed
    again on the same message while they are the same, a toast that they are above."""
    texts = TEXTS.of(query.from_user)
    day = _day(query.data)
    if day is None:
        await on_unknown_button(query)
        return
    nutrients = await nutrition.day(query.from_user.id, day)
    message = query.message if isinstance(query.message, Message) else None
    if message is None:
        await answer_query(query)
        return
    view = day_text(texts, nutrients)
    key = _shown_key(message, view)
    if await cache.remembered(SHOWN, key):
        await answer_query(query, texts.shown_above)
        return
    await answer_query(query)
    await message.answer(view)
    await cache.remember(SHOWN, key)


def _shown_key(message: Message, view: str) -> str:
    """The key that says this view was sent for this /today message (a press is handled
    after the one before it in the same chat, so checking, sending, then setting it is
    enough; a retry after a crash before the set sends the view again, as a retry would)."""
    digest = hashlib.sha256(view.encode()).hexdigest()[:16]
    return f"{message.chat.id}:{message.message_id}:{digest}"


async def on_adopt_button(query: CallbackQuery, *, nutrition: NutritionService) -> None:
    """Set the energy target to the one suggested now (worked out again: the button holds
    no number, so an old button cannot set a stale one)."""
    texts = TEXTS.of(query.from_user)
    adaptive = await nutrition.adopt(query.from_user.id)
    if adaptive.suggested_kcal is None:
        await answer_query(query, texts.nothing_to_adopt, alert=True)
        return
    done = texts.adopted.format(kcal=f"{adaptive.suggested_kcal:,}")
    await answer_query(query, done)
    if isinstance(query.message, Message):
        await query.message.answer(done)


async def on_unknown_button(query: CallbackQuery) -> None:
    """Data no button of ours carries: refused, and logged."""
    log.info("refused nutrition button data %r from user %d", query.data, query.from_user.id)
    await answer_query(query, TEXTS.of(query.from_user).refused, alert=True)
