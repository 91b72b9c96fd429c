"""Handlers for /start and /help: parse, call the service, format."""

from __future__ import annotations

import html

from aiogram import Router
from aiogram.filters import Command, CommandStart
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message

from healthbot.feature import Menu
from healthbot.profile.service import ProfileService
from healthbot.profile.texts import TEXTS


def build_router() -> Router:
    """A new router with this feature's handlers (a router attaches to one dispatcher)."""
    router = Router(name="profile")
    router.message.register(cmd_start, CommandStart())
    router.message.register(cmd_help, Command("help"))
    router.message.register(cmd_deleteme, Command("deleteme"))
    router.callback_query.register(on_erase_button, is_erase_button)
    return router


ERASE_YES, ERASE_NO = "profile:erase:yes", "profile:erase:no"


async def cmd_start(message: Message, profiles: ProfileService) -> None:
    """Register the sender (arguments such as deep-link payloads are ignored) and greet."""
    sender = message.from_user
    if sender is None:  # channel posts have no sender; nothing to register
        return
    registration = await profiles.register(
        sender.id,
        first_name=sender.first_name,
        username=sender.username,
        last_name=sender.last_name,
        language_code=sender.language_code,
    )
    texts = TEXTS.of(sender)
    template = texts.welcome_new if registration.created else texts.welcome_back
    await message.answer(template.format(name=html.escape(sender.first_name)))


async def cmd_help(message: Message, menu: Menu) -> None:
    """List every feature's commands."""
    language = message.from_user.language_code if message.from_user else None
    lines = "\n".join(f"/{name} — {html.escape(about)}" for name, about in menu.commands(language))
    await message.answer(TEXTS.get(language).help.format(commands=lines))


async def cmd_deleteme(message: Message) -> None:
    """Ask before deleting everything: a button press confirms."""
    texts = TEXTS.of(message.from_user)
    keyboard = InlineKeyboardMarkup(
        inline_keyboard=[
            [InlineKeyboardButton(text=texts.erase_yes, callback_data=ERASE_YES)],
            [InlineKeyboardButton(text=texts.erase_no, callback_data=ERASE_NO)],
        ]
    )
    await message.answer(texts.erase_confirm, reply_markup=keyboard)


async def is_erase_button(query: CallbackQuery) -> bool:
    """The query is an answer to /deleteme's question."""
    return query.data in (ERASE_YES, ERASE_NO)


async def on_erase_button(
    query: CallbackQuery, profiles: ProfileService, state: FSMContext
) -> None:
    """Delete everything of the one who pressed (never anyone named in the data), or not."""
    texts = TEXTS.of(query.from_user)
    if query.data == ERASE_YES:
        await profiles.erase(query.from_user.id)
        await state.clear()  # a dialog in progress is their data too
        done = texts.erase_done
    else:
        done = texts.erase_cancelled
    await query.answer()
    if isinstance(query.message, Message):  # not an inaccessible (too old) message
        await query.message.edit_text(done, reply_markup=None)
    else:  # the question is too old to edit: say it in a new message
        assert query.bot is not None
        await query.bot.send_message(query.from_user.id, done)
