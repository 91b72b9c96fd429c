"""The last router: replies for what no feature handled (unknown commands, stickers, edits)."""

from __future__ import annotations

import html

from aiogram import Router
from aiogram.types import CallbackQuery, Message

from healthbot.telegram.filters import has_text, is_command
from healthbot.texts import texts_of


def build_router() -> Router:
    """A new fallback router; include it after every feature router."""
    router = Router(name="fallback")
    router.message.register(unknown_command, is_command)
    router.message.register(free_text, has_text)
    router.message.register(not_text)
    router.edited_message.register(edited_message)
    router.callback_query.register(stale_button)
    return router


async def unknown_command(message: Message) -> None:
    """A command no feature knows."""
    assert message.text is not None
    command = message.text.split(maxsplit=1)[0][:64]
    texts = texts_of(message.from_user)
    await message.answer(texts.unknown_command.format(command=html.escape(command)))


async def free_text(message: Message) -> None:
    """Plain text before the coach exists: say so kindly."""
    texts = texts_of(message.from_user)
    await message.answer(texts.free_text)


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
