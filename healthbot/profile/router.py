"""Handlers for /start and /help."""

from __future__ import annotations

import html

from aiogram import Router
from aiogram.filters import Command, CommandStart
from aiogram.types import Message

from healthbot.profile.repository import UserRepository
from healthbot.texts import Texts, texts_of


def build_router() -> Router:
    """A new router with this feature's handlers (a router attaches to one dispatcher)."""
    router = Router(name="profile")
    router.message.register(cmd_start, CommandStart())
    router.message.register(cmd_help, Command("help"))
    return router


async def cmd_start(message: Message, users: UserRepository) -> None:
    """Register the sender (arguments such as deep-link payloads are ignored) and greet."""
    sender = message.from_user
    if sender is None:  # channel posts have no sender; nothing to register
        return
    registration = await users.register(
        sender.id,
        first_name=sender.first_name,
        username=sender.username,
        last_name=sender.last_name,
        language_code=sender.language_code,
    )
    texts = texts_of(sender)
    template = texts.welcome_new if registration.created else texts.welcome_back
    await message.answer(template.format(name=html.escape(sender.first_name)))


async def cmd_help(message: Message) -> None:
    """List the commands."""
    texts = texts_of(message.from_user)
    await message.answer(help_text(texts))


def help_text(texts: Texts) -> str:
    """The /help message: one line per command."""
    lines = "\n".join(f"/{name} — {html.escape(about)}" for name, about in texts.commands)
    return texts.help.format(commands=lines)
