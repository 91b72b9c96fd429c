"""Handlers for /undo, its Bring-it-back button, and /history with its pages.

They know no feature: what a user logged comes from the features' logbooks (`Logbooks`,
`healthbot.logbook`), and an item of /history opens as its own feature's card (the button
data its logbook gives). /undo removes under its operation's key, so that a retried /undo
shows what it removed the first time instead of removing one thing more.
"""

from __future__ import annotations

import html
import logging
import re
from typing import Final

from aiogram import Bot, F, Router
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.types import (
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    User,
)

from healthbot.handlers import answer_query
from healthbot.journal.texts import TEXTS, JournalTexts
from healthbot.logbook import Logbooks, Logged
from healthbot.ops import OpKey

log = logging.getLogger(__name__)

PAGE: Final = 8
"""Things per /history page."""
_RESTORE = re.compile(r"^undo:([a-z]{1,12}):(\d{1,18})$")
_PAGE = re.compile(r"^hist:(\d{1,4})$")


def build_router() -> Router:
    """A new router with this feature's handlers (a router attaches to one dispatcher)."""
    router = Router(name="journal")
    router.message.register(cmd_undo, Command("undo"))
    router.message.register(cmd_history, Command("history"))
    router.callback_query.register(on_bring_back, F.data.startswith("undo:"))
    router.callback_query.register(on_history_page, F.data.startswith("hist:"))
    return router


async def cmd_undo(message: Message, *, op: OpKey, logbooks: Logbooks, state: FSMContext) -> None:
    """Remove the last thing the user logged (a meal, water, a weigh-in), saying what, with
    a button that brings it back; its cards show it removed (or back: an /undo of a
    card's Delete)."""
    sender = message.from_user
    if sender is None:
        return
    texts, language, key = TEXTS.of(sender), sender.language_code, op.step("undo")
    removed = await logbooks.removed_by(sender.id, key, language)  # a retry: the same one
    back = None if removed is not None else await logbooks.restored_by(sender.id, key, language)
    if back is not None:  # a retry of an /undo that undid a Delete: said again, nothing more
        await message.answer(texts.delete_undone.format(label=html.escape(back.label)))
        return
    last = None if removed is not None else await logbooks.last(sender.id, language)
    if removed is None and await bring_back_deleted(message, state, logbooks, last, key):
        return
    if removed is None and last is not None:
        book = logbooks.get(last.kind)
        removed = None if book is None else await book.remove(sender.id, last.id, key, language)
    if removed is None:
        await message.answer(texts.nothing_to_undo)
        return
    log.info("user %d undid their %s %d", sender.id, removed.kind, removed.id)
    button = InlineKeyboardButton(
        text=texts.bring_back, callback_data=f"undo:{removed.kind}:{removed.id}"
    )
    await message.answer(
        texts.removed.format(label=html.escape(removed.label)),
        reply_markup=InlineKeyboardMarkup(inline_keyboard=[[button]]),
    )
    await _redraw(message.bot, state, logbooks, removed, sender)


async def bring_back_deleted(
    message: Message, state: FSMContext, logbooks: Logbooks, last: Logged | None, key: str
) -> bool:
    """/undo right after a card's Delete: the deleted thing brought back under the /undo's
    `key` (what the user undoes is the Delete, not the thing logged before it); False when
    the last thing done was no Delete: something was logged since (the `last` thing) or
    removed by an /undo (a second /undo after one that removed what was logged after the
    Delete takes the next thing logged, not the deleted one)."""
    assert message.from_user is not None
    user_id, language = message.from_user.id, message.from_user.language_code
    found = await logbooks.last_deleted(user_id)  # by a Delete or an /undo: the later
    if found is None or found[1].by_undo:
        return False
    if last is not None and found[1].at <= last.logged_at:
        return False
    book, deleted = found
    restored = await book.restore(user_id, deleted.id, language, key)
    if restored.logged is None:
        return False
    log.info("user %d undid the delete of their %s %d", user_id, book.kind, deleted.id)
    label = html.escape(restored.logged.label)
    await message.answer(TEXTS.of(message.from_user).delete_undone.format(label=label))
    await _redraw(message.bot, state, logbooks, restored.logged, message.from_user)
    return True


async def on_bring_back(query: CallbackQuery, *, logbooks: Logbooks, state: FSMContext) -> None:
    """Bring back what /undo removed (once: a second press changes nothing)."""
    texts, language = TEXTS.of(query.from_user), query.from_user.language_code
    found = _RESTORE.match(query.data or "")
    book = None if found is None else logbooks.get(found[1])
    if found is None or book is None:
        log.info("refused undo data %r from user %d", query.data, query.from_user.id)
        await answer_query(query, texts.refused, alert=True)
        return
    restored = await book.restore(query.from_user.id, int(found[2]), language)
    message = query.message if isinstance(query.message, Message) else None
    if restored.logged is None:  # erased since (or not theirs): nothing to bring back
        await answer_query(query, texts.gone, alert=True)
        if message is not None:
            await message.edit_reply_markup(reply_markup=None)
        return
    await answer_query(query, None if restored.changed else texts.already_back)
    if restored.changed:
        await _redraw(query.bot, state, logbooks, restored.logged, query.from_user)
    if message is not None:
        label = html.escape(restored.logged.label)
        await message.edit_text(texts.brought_back.format(label=label), reply_markup=None)


async def _redraw(
    bot: Bot | None, state: FSMContext, logbooks: Logbooks, logged: Logged, user: User
) -> None:
    """The thing shown as it now is on its feature's messages that show it."""
    book = logbooks.get(logged.kind)
    if bot is not None and book is not None:
        await book.redraw(bot, state, user.id, logged.id, user.language_code)


async def cmd_history(message: Message, *, logbooks: Logbooks) -> None:
    """What the user logged, latest first: a button for each, which opens it with its Edit
    and Delete, and one for older things if there are."""
    sender = message.from_user
    if sender is None:
        return
    texts = TEXTS.of(sender)
    text, markup = await history_page(texts, logbooks, sender.id, sender.language_code, 0)
    await message.answer(text, reply_markup=markup)


async def on_history_page(query: CallbackQuery, *, logbooks: Logbooks) -> None:
    """ "Older": the next page of /history, in the same message."""
    texts = TEXTS.of(query.from_user)
    page = _PAGE.match(query.data or "")
    if page is None:
        await answer_query(query, texts.refused, alert=True)
        return
    await answer_query(query)
    user = query.from_user
    text, markup = await history_page(texts, logbooks, user.id, user.language_code, int(page[1]))
    if isinstance(query.message, Message):
        await query.message.edit_text(text, reply_markup=markup)


async def history_page(
    texts: JournalTexts, logbooks: Logbooks, user_id: int, language: str | None, offset: int
) -> tuple[str, InlineKeyboardMarkup | None]:
    """A page of /history: its text and its buttons."""
    found = await logbooks.page(user_id, language, offset, PAGE + 1)
    if not found:
        return (texts.history_empty if offset == 0 else texts.history_header), None
    rows = [[_opens(logged)] for logged in found[:PAGE]]
    if len(found) > PAGE:
        more = InlineKeyboardButton(text=texts.older, callback_data=f"hist:{offset + PAGE}")
        rows.append([more])
    return texts.history_header, InlineKeyboardMarkup(inline_keyboard=rows)


def _opens(logged: Logged) -> InlineKeyboardButton:
    return InlineKeyboardButton(text=logged.label[:64], callback_data=logged.open)
