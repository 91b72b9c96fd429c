"""A photo with a product's barcode: the product logged, as /log logs a food.

Registered before the coach's router: a photo whose image holds an EAN-13 or UPC-A code is
taken here; any other photo is skipped on (`SkipHandler`) to where photos went before (the
coach, which names the food it sees).
"""

from __future__ import annotations

import html
import logging
import time

from aiogram import F, Router
from aiogram.dispatcher.event.bases import SkipHandler
from aiogram.filters import StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.types import Message

from healthbot.barcodes.decode import read_code_async
from healthbot.barcodes.photos import fetch, has_image
from healthbot.barcodes.texts import TEXTS
from healthbot.food.products import ProductsUnavailable
from healthbot.gamification import GamificationService, award
from healthbot.meals import MealService, ProductCatalog, ProductUnknown, open_card
from healthbot.metrics import BARCODE_SCANS
from healthbot.ops import OpKey
from healthbot.telegram.middlewares import UpdateContext
from healthbot.users import User, UserRepository, ensure_registered

log = logging.getLogger(__name__)


def build_router() -> Router:
    """A new router with the barcode scan."""
    router = Router(name="barcodes")
    router.message.register(on_photo, F.func(has_image), StateFilter(None))
    return router


async def on_photo(
    message: Message,
    *,
    op: OpKey,
    state: FSMContext,
    meals: MealService,
    products: ProductCatalog,
    users: UserRepository,
    user: User | None,
    gamification: GamificationService | None = None,
    update_context: UpdateContext | None = None,
) -> None:
    """Log the product whose barcode the photo shows (one serving, or ask how much); a
    photo without a barcode goes on, with its bytes (`update_context.files`)."""
    sender = message.from_user
    if sender is None or message.bot is None:
        raise SkipHandler
    data = await fetch(
        message.bot, message, None if update_context is None else update_context.files
    )
    started = time.perf_counter()
    code = None if data is None else await read_code_async(data)
    if code is None:
        BARCODE_SCANS.labels("none").inc()
        raise SkipHandler
    log.debug("barcode read in %.0f ms", (time.perf_counter() - started) * 1000)
    texts = TEXTS.of(sender)
    try:
        understood = await products.scan(code, message.caption or "")
    except ProductUnknown as unknown:
        BARCODE_SCANS.labels("unknown").inc()
        reply = texts.unknown if unknown.name is None else texts.no_energy
        name = html.escape((unknown.name or "")[:60])
        await message.answer(reply.format(code=code, name=name))
        return
    except ProductsUnavailable as error:
        BARCODE_SCANS.labels("unavailable").inc()
        log.warning("barcode lookup unavailable: %s", error)
        await message.answer(texts.unavailable.format(code=code))
        return
    BARCODE_SCANS.labels("found").inc()
    await ensure_registered(sender, user, users)  # the entry's day is in the user's zone
    entry = None
    if understood.portions:
        entry = await meals.log(
            sender.id, understood.portions, meal=understood.meal,
            description=understood.text, key=op.step("log"),
        )  # fmt: skip
    units = await meals.units(sender.id)
    await open_card(message, state, understood, op, entry=entry, meal=understood.meal, units=units)
    if entry is not None and (
        earned := await award(gamification, sender, "meal", op.step("log"), entry.row.local_date)
    ):
        await message.answer("\n".join(earned))
