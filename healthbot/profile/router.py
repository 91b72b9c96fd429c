"""Handlers for /start, /help, /profile, /timezone, /units, /cancel, /export, /deleteme and
the setup dialog.

The dialog's question handlers come last and never take a command (see `onboarding`): a
command in the middle of a dialog is obeyed as that command, here or in a later router.
"""

from __future__ import annotations

import functools
import html
import logging
from dataclasses import replace

from aiogram import Router
from aiogram.filters import Command, CommandStart, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.types import (
    BufferedInputFile,
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
)

from healthbot.feature import Menu
from healthbot.handlers import answer_query
from healthbot.ops import OpKey
from healthbot.profile import onboarding, questions, settings, views
from healthbot.profile.export import ExportService
from healthbot.profile.questions import Setup
from healthbot.profile.service import ProfileService
from healthbot.profile.texts import TEXTS
from healthbot.users import User, ensure_registered

log = logging.getLogger(__name__)

MAX_EXPORT_BYTES = 50 * 1024 * 1024  # the Bot API's limit for a document a bot sends


def build_router() -> Router:
    """A new router with this feature's handlers (a router attaches to one dispatcher)."""
    router = Router(name="profile")
    router.message.register(cmd_start, CommandStart())
    router.message.register(cmd_help, Command("help"))
    router.message.register(cmd_profile, Command("profile"))
    router.message.register(cmd_cancel, Command("cancel"))
    router.message.register(settings.cmd_timezone, Command("timezone"))
    router.message.register(settings.cmd_units, Command("units"))
    router.message.register(cmd_export, Command("export"))
    router.message.register(cmd_deleteme, Command("deleteme"))
    router.callback_query.register(on_erase_button, is_erase_button)
    router.callback_query.register(on_setup_button, is_setup_button)
    router.callback_query.register(on_edit_button, is_edit_button)
    router.callback_query.register(onboarding.on_answer_button, is_answer_button)
    router.callback_query.register(settings.on_timezone_button, is_timezone_button)
    router.callback_query.register(settings.on_units_button, is_units_button)
    # Last: a message while a question is open, unless it is a command; /skip is the
    # question's Skip button typed.
    router.message.register(onboarding.on_text_answer, StateFilter(Setup), Command("skip"))
    router.message.register(onboarding.on_text_answer, StateFilter(Setup), is_not_command)
    return router


ERASE_YES, ERASE_NO = "profile:erase:yes", "profile:erase:no"


async def is_not_command(message: Message) -> bool:
    """The message is not a command (a command is never the answer to a question)."""
    return not (message.text or "").startswith("/")


async def is_setup_button(query: CallbackQuery) -> bool:
    """The query is the "set up my profile" (or "run the setup again") button."""
    return query.data == views.SETUP_BUTTON


async def is_edit_button(query: CallbackQuery) -> bool:
    """The query is one of /profile's buttons (the handler checks the rest)."""
    return query.data is not None and query.data.startswith(views.EDIT_PREFIX)


async def is_answer_button(query: CallbackQuery) -> bool:
    """The query answers a question of the dialog (or claims to: the handler checks)."""
    return query.data is not None and query.data.startswith(questions.ANSWER_PREFIX)


async def is_timezone_button(query: CallbackQuery) -> bool:
    """The query chooses a zone offered by /timezone (the handler checks which)."""
    return query.data is not None and query.data.startswith(settings.TIMEZONE_PREFIX)


async def is_units_button(query: CallbackQuery) -> bool:
    """The query chooses units offered by /units (the handler checks which)."""
    return query.data is not None and query.data.startswith(settings.UNITS_PREFIX)


async def cmd_start(message: Message, profiles: ProfileService) -> None:
    """Register the sender (arguments such as deep-link payloads are ignored), greet, and
    offer the setup to whoever has not done it: an offer, never a dialog forced on them."""
    sender = message.from_user
    if sender is None:  # channel posts have no sender; nothing to register
        return
    registration = await profiles.users.register(
        sender.id,
        first_name=sender.first_name,
        username=sender.username,
        last_name=sender.last_name,
        language_code=sender.language_code,
    )
    texts = TEXTS.of(sender)
    template = texts.welcome_new if registration.created else texts.welcome_back
    text = template.format(name=html.escape(sender.first_name))
    profile = None if registration.created else await profiles.profile(sender.id)
    if profile is not None and profile.onboarded_at is not None:
        await message.answer(text)
        return
    await message.answer(text + texts.offer_setup, reply_markup=views.setup_offer_keyboard(texts))


async def cmd_help(message: Message, menu: Menu) -> None:
    """List every feature's commands."""
    language = message.from_user.language_code if message.from_user else None
    await message.answer(_help_text(tuple(menu.commands(language)), language))


@functools.lru_cache(maxsize=32)
def _help_text(commands: tuple[tuple[str, str], ...], language: str | None) -> str:
    """/help's text: the same for every update in one language (built once per language;
    keyed by the commands themselves, so that another menu gets its own)."""
    lines = "\n".join(f"/{name} — {html.escape(about)}" for name, about in commands)
    return TEXTS.get(language).help.format(commands=lines)


async def cmd_profile(message: Message, profiles: ProfileService) -> None:
    """The profile and the daily targets, with a button to change each answer."""
    sender = message.from_user
    if sender is None:
        return
    texts = TEXTS.of(sender)
    overview = await profiles.overview(sender.id)
    await message.answer(
        views.profile_text(texts, overview), reply_markup=views.profile_keyboard(texts)
    )


async def cmd_cancel(message: Message, state: FSMContext, menu: Menu) -> None:
    """Leave whatever dialog is open: the default one (this feature's or another's) and the
    features' own (`Feature.dialogs`: the meal questions); answers given are kept."""
    texts = TEXTS.of(message.from_user)
    dialogs = [state] + [
        FSMContext(storage=state.storage, key=replace(state.key, destiny=destiny))
        for destiny in menu.dialogs()
    ]
    ended = False
    for dialog in dialogs:
        if await dialog.get_state() is not None:
            await dialog.clear()
            ended = True
    await message.answer(texts.cancelled if ended else texts.nothing_to_cancel)


async def cmd_export(
    message: Message, exports: ExportService, profiles: ProfileService, user: User | None
) -> None:
    """Send everything stored about the sender as a zip (JSON and a CSV per table)."""
    sender = message.from_user
    if sender is None:
        return
    texts = TEXTS.of(sender)
    export = await exports.export(sender.id)
    log.info("export for user %d: %d rows, %d bytes", sender.id, export.rows, len(export.content))
    if len(export.content) > MAX_EXPORT_BYTES:
        size = f"{len(export.content) / 1024 / 1024:.0f}"
        await message.answer(texts.export_too_big.format(size=size))
        return
    document = BufferedInputFile(export.content, filename=export.filename)
    caption = texts.export_caption
    if export.units == "imperial":
        in_ml = await settings.water_in_ml(export.units, profiles, sender.id, user)
        caption += texts.export_imperial_ml if in_ml else texts.export_imperial
    await message.answer_document(document, caption=caption)


async def on_setup_button(
    query: CallbackQuery, state: FSMContext, op: OpKey, profiles: ProfileService, user: User | None
) -> None:
    """The "set up my profile" button (or "run the setup again"): the first question."""
    await answer_query(query)
    await ensure_registered(query.from_user, user, profiles.users)
    assert query.bot is not None
    await onboarding.ask(
        query.bot, query.from_user.id, state, profiles, query.from_user,
        step=questions.STEPS[0], mode="setup", op=op,
    )  # fmt: skip


async def on_edit_button(
    query: CallbackQuery, state: FSMContext, op: OpKey, profiles: ProfileService, user: User | None
) -> None:
    """One of /profile's buttons: the question for that answer alone."""
    step = (query.data or "").removeprefix(views.EDIT_PREFIX)
    texts = TEXTS.of(query.from_user)
    if step not in questions.EDITABLE:
        log.info("refused profile button %r from user %d", query.data, query.from_user.id)
        await answer_query(query, texts.question_closed, alert=True)
        return
    await answer_query(query)
    await ensure_registered(query.from_user, user, profiles.users)
    assert query.bot is not None
    await onboarding.ask(
        query.bot, query.from_user.id, state, profiles, query.from_user,
        step=step, mode="edit", op=op,
    )  # fmt: skip


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
