"""The last router: replies for what no feature handled (unknown commands, stickers, edits)."""

from __future__ import annotations

import difflib
import html
from typing import Final

from aiogram import Router
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message

from healthbot.feature import Menu
from healthbot.telegram.filters import has_text, is_command
from healthbot.texts import texts_of

LIKE_CUTOFF: Final = 0.75
"""How close a mistyped command must be to one of ours to be offered (/wieght: 0.83)."""
NEVER_OFFERED: Final = frozenset({"deleteme"})
"""Commands no slip is taken for: /delete (an entry, surely) is not /deleteme (everything)."""


def build_router() -> Router:
    """A new fallback router; include it after every feature router."""
    router = Router(name="fallback")
    router.message.register(unknown_command, is_command)
    router.message.register(free_text, has_text)
    router.message.register(not_text)
    router.edited_message.register(edited_message)
    router.callback_query.register(stale_button)
    return router


async def unknown_command(message: Message, menu: Menu | None = None) -> None:
    """A command no feature knows; the one of ours it is a slip for, if one is close
    (/wieght, /histroy)."""
    assert message.text is not None
    command = message.text.split(maxsplit=1)[0][:64]
    texts = texts_of(message.from_user)
    name = command.lstrip("/").split("@", 1)[0].lower()
    ours = [] if menu is None else [n for n, _ in menu.commands() if n not in NEVER_OFFERED]
    like = difflib.get_close_matches(name, ours, n=1, cutoff=LIKE_CUTOFF)
    if like:
        text = texts.unknown_command_like.format(command=html.escape(command), like=f"/{like[0]}")
    else:
        text = texts.unknown_command.format(command=html.escape(command))
    await message.answer(text)


async def free_text(message: Message, state: FSMContext | None = None) -> None:
    """Plain text no feature took: before the coach exists, or while a dialog's question
    waits (the coach stays out of dialogs): say so kindly, and how to go on."""
    texts = texts_of(message.from_user)
    in_dialog = state is not None and await state.get_state() is not None
    await message.answer(texts.free_text_in_dialog if in_dialog else texts.free_text)


async def not_text(message: Message) -> None:
    """Stickers, photos, voice notes and the rest: ask for words."""
    texts = texts_of(message.from_user)
    await message.answer(texts.not_text)


async def edited_message(message: Message) -> None:
    """An edit: explain that corrections go in a new message."""
    texts = texts_of(message.from_user)
    await message.answer(texts.edited_message)


async def stale_button(query: CallbackQuery) -> None:
    """A button no feature claims (an old message, a removed feature, forged data): answer
    it, or the user's button keeps spinning."""
    texts = texts_of(query.from_user)
    await query.answer(texts.stale_button, show_alert=True)
