"""An entry redrawn on the other messages that show it (`healthbot.meals.shown`), after it
moved, was deleted or brought back: by a card's button, or by /undo and its Bring it back
(the journal's, through the meal logbook)."""

from __future__ import annotations

import logging
from dataclasses import replace

from aiogram.exceptions import TelegramBadRequest
from aiogram.fsm.context import FSMContext
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from healthbot.logbook import Logbooks
from healthbot.meals.copies import CopyOf
from healthbot.meals.history_order import reordered
from healthbot.meals.logbook import label
from healthbot.meals.service import MealService
from healthbot.meals.shown import Seen, Shown, history_page, relabelled, remember, showing
from healthbot.meals.tap_replies import copied_day_reply
from healthbot.meals.texts import TEXTS
from healthbot.meals.views import entry_reply

log = logging.getLogger(__name__)


async def redraw_shown(
    seen: Seen,
    state: FSMContext,
    meals: MealService,
    entry_id: int,
    *,
    besides: int | None = None,
    logbooks: Logbooks | None = None,
) -> None:
    """Redraw the messages that show the entry but `besides` (the one pressed): a /log's
    card, a copied day's card, an entry opened from /history (with `logbooks`, after a
    move, its page in order again); one Telegram will no longer edit is left as it is."""
    texts, user_id = TEXTS.get(seen.language), seen.user_id
    units, water = await meals.units(user_id), await meals.volume_units(user_id)
    for shown in await showing(state, entry_id, besides):
        if shown.page:
            await _relabel(seen, state, meals, shown, entry_id, logbooks=logbooks)
            continue
        found = [e for i in shown.entries if (e := await meals.entry(user_id, i)) is not None]
        entries = [e for e in found if not e.row.deleted]  # a day's card: those left
        if shown.day is not None and entries:
            reply = copied_day_reply(texts, CopyOf(shown.day, None), entries, units, water)
        elif shown.day is None and found:  # an entry's card: deleted, it offers Undo
            today = await meals.today(user_id) if shown.with_days else None
            reply = entry_reply(texts, found[0], today=today, units=units, water=water)
        else:
            continue
        try:
            await seen.bot.edit_message_text(
                reply.text, chat_id=user_id, message_id=shown.message_id,
                reply_markup=reply.markup,
            )  # fmt: skip
        except TelegramBadRequest as error:
            log.info("message %d left as it is: %s", shown.message_id, error)


async def _relabel(
    seen: Seen,
    state: FSMContext,
    meals: MealService,
    page: Shown,
    entry_id: int,
    *,
    logbooks: Logbooks | None,
) -> None:
    """The /history page's button of the entry says its day and meal as they are now (with
    `logbooks`, the page in order again: the entry moved)."""
    entry = await meals.entry(seen.user_id, entry_id)
    if entry is None:
        return
    buttons = relabelled(page.page, entry_id, label([entry.row], seen.language))
    if logbooks is not None:
        buttons = await reordered(page.page, seen.user_id, seen.language, logbooks) or buttons
    if buttons == page.page:
        return
    markup = [[InlineKeyboardButton(text=t, callback_data=d) for t, d in row] for row in buttons]
    try:
        await seen.bot.edit_message_reply_markup(
            chat_id=seen.user_id, message_id=page.message_id,
            reply_markup=InlineKeyboardMarkup(inline_keyboard=markup),
        )  # fmt: skip
    except TelegramBadRequest as error:
        log.info("message %d left as it is: %s", page.message_id, error)
        return
    # The page's entries as they are now: one moved off it is no longer redrawn on it.
    kept = history_page(page.message_id, buttons) or replace(page, entries=(), page=buttons)
    await remember(state, kept)
