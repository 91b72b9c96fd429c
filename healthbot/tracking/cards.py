"""A water log or weigh-in opened from /history: its card with Edit and Delete (Undo once
deleted), and the new amount Edit asks for.

Button data names the kind and the row ("track:del:water:42"); every call checks that the
presser owns it. Edit waits for the amount in this feature's own dialog (FSM destiny
"tracking", which /cancel ends), so that it neither ends another dialog nor is ended by one;
only text with a number is taken for the amount, other text goes on to the other features.
"""

from __future__ import annotations

import html
import logging
import re
from dataclasses import replace
from decimal import Decimal
from typing import Final

from aiogram import F, Router
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message

from healthbot.handlers import answer_query
from healthbot.localtime import day_and_clock
from healthbot.tracking.entries import Kind
from healthbot.tracking.logbook import LogEntry
from healthbot.tracking.parsing import AmountError, parse_weight
from healthbot.tracking.service import TrackingService
from healthbot.tracking.texts import TEXTS, TrackingTexts
from healthbot.tracking.water_said import water_said_ml

log = logging.getLogger(__name__)

DESTINY: Final = "tracking"
"""The FSM destiny of this feature's dialog (the default one belongs to other dialogs)."""
PREFIX: Final = "track:"
_ACTION = re.compile(r"^track:(show|edit|del|undo):(water|weight):(\d{1,18})$")
_ICONS: Final = {"water": "💧", "weight": "⚖️"}


class Amending(StatesGroup):
    """The dialog of Edit on a water log or weigh-in."""

    amount = State()  # the new amount is awaited


def dialog(state: FSMContext) -> FSMContext:
    """The chat's tracking dialog, beside whatever dialog `state` (the default one) holds."""
    return FSMContext(storage=state.storage, key=replace(state.key, destiny=DESTINY))


def register(router: Router) -> None:
    """Add the card's handlers to the feature's router."""
    router.callback_query.register(on_card_button, F.data.startswith(PREFIX))
    router.message.register(on_amount, F.text & ~F.text.startswith("/"), amending)


async def amending(message: Message, state: FSMContext) -> bool:
    """Filter: an amount is awaited, and the text has a number (other text is not one)."""
    if not any(c.isdigit() for c in message.text or ""):
        return False
    return await dialog(state).get_state() == Amending.amount.state


def card_text(texts: TrackingTexts, entry: LogEntry, language: str | None) -> str:
    """The entry: its amount and when (on the user's clock), struck through once deleted."""
    template = texts.entry_deleted if entry.deleted else texts.entry
    when = day_and_clock(entry.at, language)
    return template.format(icon=_ICONS[entry.kind], amount=html.escape(entry.shown()), when=when)


def card_keyboard(texts: TrackingTexts, entry: LogEntry) -> InlineKeyboardMarkup:
    """Edit and Delete; Undo once deleted."""
    at = f"{entry.kind}:{entry.id}"
    if entry.deleted:
        buttons = [InlineKeyboardButton(text=texts.undo, callback_data=f"{PREFIX}undo:{at}")]
    else:
        buttons = [
            InlineKeyboardButton(text=texts.edit, callback_data=f"{PREFIX}edit:{at}"),
            InlineKeyboardButton(text=texts.delete, callback_data=f"{PREFIX}del:{at}"),
        ]
    return InlineKeyboardMarkup(inline_keyboard=[buttons])


async def on_card_button(
    query: CallbackQuery, *, state: FSMContext, tracking: TrackingService
) -> None:
    """A water log or weigh-in pressed in /history, or Edit, Delete, Undo on its card."""
    texts, logs = TEXTS.of(query.from_user), tracking.logs
    action = _ACTION.match(query.data or "")
    user_id = query.from_user.id
    kind: Kind | None = None if action is None else ("water" if action[2] == "water" else "weight")
    entry = None
    if action is not None and kind is not None:
        entry = await logs.entry(kind, user_id, int(action[3]))
    if action is None or kind is None or entry is None:  # forged, or erased since
        log.info("refused tracking button data %r from user %d", query.data, user_id)
        await answer_query(query, texts.gone, alert=True)
        return
    verb, message = action[1], query.message if isinstance(query.message, Message) else None
    if verb == "del":
        entry = await logs.remove(kind, user_id, entry.id) or entry
        await answer_query(query, texts.deleted)
    elif verb == "undo":
        entry = (await logs.restore(kind, user_id, entry.id))[0] or entry
        await answer_query(query, texts.restored)
    elif verb == "edit" and not entry.deleted:
        await answer_query(query)
        await dialog(state).set_state(Amending.amount)
        await dialog(state).set_data({"kind": kind, "id": entry.id})
        if message is not None:
            prompt = texts.water_edit_prompt if kind == "water" else texts.weight_edit_prompt
            await message.answer(prompt)
        return
    else:  # show; or edit of a deleted one: the card as it stands
        await answer_query(query, texts.gone if verb == "edit" else None)
    if message is None:
        return
    text = card_text(texts, entry, query.from_user.language_code)
    markup = card_keyboard(texts, entry)
    if verb == "show":
        await message.answer(text, reply_markup=markup)
    else:
        await message.edit_text(text, reply_markup=markup)


async def on_amount(message: Message, *, state: FSMContext, tracking: TrackingService) -> None:
    """The new amount of the water log or weigh-in whose Edit was pressed."""
    sender = message.from_user
    if sender is None or message.text is None:
        return
    texts, logs = TEXTS.of(sender), tracking.logs
    amending = dialog(state)
    data = await amending.get_data()
    kind: Kind = "weight" if data.get("kind") == "weight" else "water"
    row_id = data.get("id")
    if not isinstance(row_id, int):
        await amending.clear()
        return
    try:
        if kind == "water":  # as /water reads it: the user's cup, pint and fluid ounce
            zone = (await tracking.zone(sender.id)).key
            ml = await water_said_ml(
                message.text, tracking=tracking, user_id=sender.id, timezone=zone
            )
            amount = Decimal(ml)
        else:
            amount = parse_weight(message.text, await logs.units(sender.id))
        entry = await logs.change(kind, sender.id, row_id, amount)
    except AmountError as error:
        problems = texts.water_problems if kind == "water" else texts.weight_problems
        said = {"amount": html.escape(message.text[:10]), "said": html.escape(message.text[:40])}
        await message.answer(problems[error.problem].format(**said))
        return
    await amending.clear()
    if entry is None:  # deleted meanwhile
        await message.answer(texts.gone)
        return
    lines = f"{texts.changed}\n{card_text(texts, entry, sender.language_code)}"
    await message.answer(lines, reply_markup=card_keyboard(texts, entry))
