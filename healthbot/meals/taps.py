"""Handlers for logging in one tap: /log alone (the recent foods), /log <saved name>, /log
<copy words>, /save, /meals with Rename and Delete, and the Save, Copy and recent-food
buttons. The use cases are `MealShortcuts`'; what they log is shown as the entry's card,
with its XP, like any /log. The replies' texts and keyboards are built in
`healthbot.meals.tap_replies`.

Callback data: "meal:re:<item>" (a recent food), "meal:save:<entry>", "meal:copy:<entry>",
"meal:slog|sren|sdel|skeep:<saved>" and "meal:srep:<saved>:<entry>" (replace a saved
meal's items by an entry's); every use case checks that the presser owns what they name.
"""

from __future__ import annotations

import html
import logging
import re
from dataclasses import replace
from datetime import date
from typing import Final
from zoneinfo import ZoneInfo

from aiogram import F, Router
from aiogram.filters import Command, CommandObject
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message
from aiogram.types import User as TelegramUser

from healthbot.db import Joined
from healthbot.gamification import GamificationService, PendingAward, progress_lines
from healthbot.handlers import answer_query
from healthbot.localtime import zone_named
from healthbot.meals.copies import CopyOf
from healthbot.meals.recents import Recent
from healthbot.meals.saved import MAX_NAME, NameProblem, NameTaken, SavedMeal, check_name
from healthbot.meals.service import Entry, MealService
from healthbot.meals.shortcuts import MealShortcuts, TooMany, Write
from healthbot.meals.shown import Shown, remember
from healthbot.meals.tap_replies import (
    copied_day_reply,
    copy_empty,
    meals_reply,
    recent_reply,
    saved_text,
)
from healthbot.meals.texts import TEXTS, MealTexts
from healthbot.meals.views import PREFIX, entry_reply, shorter
from healthbot.ops import OpKey
from healthbot.telegram.ledger import next_reply_in_flight
from healthbot.users import User
from healthbot.when import Meal

log = logging.getLogger(__name__)

NAMING: Final = "saved_meals"
"""The FSM destiny of the rename dialog (beside the meal questions' and the default one)."""
MAX_NAME_WORDS: Final = 8
"""Words at most of a text taken for a new name (more: a sentence, for the coach)."""
_BUTTON: Final = re.compile(
    r"^meal:(re|save|copy|slog|sren|sdel|skeep|srep):(\d{1,18})(?::(\d{1,18}))?$"
)


class Naming(StatesGroup):
    """The rename dialog: the new name of a saved meal is awaited."""

    renaming = State()


def register(router: Router) -> None:
    """Put this module's handlers on the meal router, before its /log and its text answers
    (a /log that names a saved meal or a copy is this module's; a rename's text too)."""
    router.message.register(log_shortcut, Command("log"), shortcut_of)
    router.message.register(cmd_save, Command("save"))
    router.message.register(cmd_meals, Command("meals"))
    router.message.register(on_name_text, F.text & ~F.text.startswith("/"), renaming)
    router.callback_query.register(on_button, F.data.regexp(_BUTTON))


def naming_dialog(state: FSMContext) -> FSMContext:
    """The chat's rename dialog, beside its other dialogs."""
    return FSMContext(storage=state.storage, key=replace(state.key, destiny=NAMING))


async def renaming(message: Message, state: FSMContext) -> bool:
    """Filter: a saved meal's new name is awaited, and the text may be one. A sentence or a
    question ("what should I eat tonight?") is none: the rename ends, and the text goes on
    (to the coach) instead of waiting behind it."""
    dialog = naming_dialog(state)
    if await dialog.get_state() != Naming.renaming.state:
        return False
    text = (message.text or "").strip()
    if len(text) > 2 * MAX_NAME or len(text.split()) > MAX_NAME_WORDS or text.endswith("?"):
        await dialog.clear()
        return False
    return True


# --- /log alone, /log <saved name>, /log <copy words> ---------------------------------------


async def shortcut_of(
    message: Message, command: CommandObject, shortcuts: MealShortcuts, user: User | None
) -> dict[str, object] | bool:
    """Filter: the /log is one tap's: alone, with recent foods to offer; a saved meal's name
    (which wins over a food of that name); or words asking for a copy. Other /logs (and
    /log alone without a food logged yet, whose reply says how to log) go on to food."""
    sender, text = message.from_user, (command.args or "").strip()
    if sender is None or user is None:  # no record (yet, or erased): nothing logged or saved
        return False
    if not text:
        meal, recent = await shortcuts.recent(sender.id, user)
        return {"shortcut": (meal, recent)} if recent else False
    if (saved := await shortcuts.named(sender.id, text)) is not None:
        return {"shortcut": saved}
    if (copy := await shortcuts.copy_of(sender.id, text, user)) is not None:
        return {"shortcut": copy}
    return False


async def log_shortcut(
    message: Message,
    *,
    shortcut: tuple[Meal, list[Recent]] | SavedMeal | CopyOf,
    op: OpKey,
    meals: MealService,
    shortcuts: MealShortcuts,
    user: User | None,
    state: FSMContext,
    gamification: GamificationService | None = None,
) -> None:
    """/log alone: the recent foods as buttons; /log <saved name>: the saved meal logged
    again; /log same as yesterday, yesterday's breakfast: the copy logged."""
    sender = message.from_user
    if sender is None:
        return
    texts = TEXTS.of(sender)
    if isinstance(shortcut, tuple):
        text, markup = recent_reply(texts, *shortcut)
        await message.answer(text, reply_markup=markup)
        return
    # Whatever is logged, its card is the next reply (a copy of nothing writes nothing).
    paying = Paying(gamification, sender.id, op.step("log"), reply_to=message.chat.id)
    try:
        await _log_again(
            message, shortcut, paying, write=paying.write(user, True), meals=meals,
            shortcuts=shortcuts, state=state,
        )  # fmt: skip
    except Exception:
        await shortcuts.refresh(sender.id)  # the write may have committed: see below
        raise
    # After the replies (the write left them: `refreshed`); after a failure too, above. Not
    # when cut short by a stop (a CancelledError, no Exception), which must not wait for a
    # query: the update runs again at the next start, and that run refreshes them.
    await shortcuts.refresh(sender.id)


async def _log_again(
    message: Message,
    shortcut: SavedMeal | CopyOf,
    paying: Paying,
    *,
    write: Write,
    meals: MealService,
    shortcuts: MealShortcuts,
    state: FSMContext,
) -> None:
    """Log the saved meal or the copy, and show it (the sender's message's); a copied
    day's card is kept among the messages `shown`."""
    sender = message.from_user
    assert sender is not None  # log_shortcut's check
    texts = TEXTS.of(sender)
    if isinstance(shortcut, SavedMeal):
        entry = await shortcuts.log_saved(sender.id, shortcut, write)
        await show_logged(message, sender, meals=meals, entry=entry, paying=paying)
        return
    try:
        copied = await shortcuts.copy(sender.id, shortcut, write)
    except TooMany as many:
        await message.answer(texts.shortcuts.copy_too_many.format(limit=many.limit))
        return
    if not copied.entries:
        await message.answer(copy_empty(texts, shortcut))
        return
    if len(copied.entries) > 1:  # a day of several meals: one card of them all
        units, water = await meals.units(sender.id), await meals.volume_units(sender.id)
        sent = await copied_day_reply(texts, shortcut, copied.entries, units, water).send(message)
        entries = tuple(entry.id for entry in copied.entries)
        await remember(state, Shown(sent.message_id, entries, shortcut.day))
        await paying.tell(message, sender.language_code)
        return
    await show_logged(message, sender, meals=meals, entry=copied.entries[0], paying=paying)


class Paying:
    """The XP a one-tap log pays, in the entry's own transaction (one commit for both, as
    a /log's), and what it earned once written."""

    def __init__(
        self, gamification: GamificationService | None, user_id: int, key: str,
        reply_to: int | None = None,
    ) -> None:  # fmt: skip
        """`reply_to`: the chat the log's card goes to as the update's next reply, put on
        record as in flight in the log's transaction too (`next_reply_in_flight`)."""
        self.gamification = gamification
        self.user_id = user_id
        self.key = key
        self.reply_to = reply_to
        self.awards: list[PendingAward] = []
        self.zone: ZoneInfo | None = None  # the user's, once known: else the award looks it up

    def __call__(self, day: date) -> list[Joined]:
        if self.gamification is not None and not self.awards:
            award = self.gamification.pending(self.user_id, "meal", self.key, day, self.zone)
            self.awards.append(award)
        in_flight = [] if self.reply_to is None else next_reply_in_flight(self.reply_to)
        return [*self.awards, *in_flight]

    def write(self, user: User | None, refreshed: bool = False) -> Write:
        """How the log is written: under the key, with the update's record, paying
        (`refreshed`: the caller refreshes the recent foods after the replies)."""
        if user is not None:
            self.zone = zone_named(user.timezone)
        return Write(self.key, user, self, refreshed)

    def earned(self, language: str | None) -> list[str]:
        """What the log earned, as lines to say (after the card)."""
        return [line for a in self.awards for line in progress_lines(language, a.progress)]

    async def tell(self, message: Message, language: str | None) -> None:
        """Say what the log earned, if anything (after its card)."""
        if earned := self.earned(language):
            await message.answer("\n".join(earned))


async def show_logged(
    message: Message, sender: TelegramUser, *, meals: MealService, entry: Entry, paying: Paying
) -> None:
    """Send the card of what one tap logged, then what it earned (once per entry)."""
    texts = TEXTS.of(sender)
    units, water = await meals.units(sender.id), await meals.volume_units(sender.id)
    await entry_reply(texts, entry, units=units, water=water).send(message)
    await paying.tell(message, sender.language_code)


# --- /save, /meals ----------------------------------------------------------------------------


async def cmd_save(message: Message, *, command: CommandObject, shortcuts: MealShortcuts) -> None:
    """`/save usual breakfast`: the meal logged last, saved under that name."""
    sender = message.from_user
    if sender is None:
        return
    texts = TEXTS.of(sender).shortcuts
    name = check_name(command.args or "")
    if isinstance(name, NameProblem):
        shown = html.escape(shorter(" ".join((command.args or "").split()), 60))
        await message.answer(texts.name_problems[name].format(name=shown))
        return
    last = await shortcuts.last_logged(sender.id)
    if last is None:
        await message.answer(texts.save_nothing)
        return
    text, markup = await saving(TEXTS.of(sender), shortcuts, sender.id, last.id, name)
    await message.answer(text, reply_markup=markup)


async def saving(
    every: MealTexts, shortcuts: MealShortcuts, user_id: int, entry_id: int, name: str | None
) -> tuple[str, InlineKeyboardMarkup | None]:
    """Save the user's entry (under `name`, or one of its text); the reply, with Replace
    and Keep when the name is taken."""
    texts = every.shortcuts
    try:
        saved = await shortcuts.save(user_id, entry_id, name)
    except TooMany as many:
        return texts.too_many_saved.format(limit=many.limit), None
    except NameTaken as taken:
        old = taken.taken
        buttons = [
            InlineKeyboardButton(
                text=texts.replace_button, callback_data=f"{PREFIX}srep:{old.id}:{entry_id}"
            ),
            InlineKeyboardButton(text=texts.keep_button, callback_data=f"{PREFIX}skeep:{old.id}"),
        ]
        markup = InlineKeyboardMarkup(inline_keyboard=[buttons])
        return texts.name_taken.format(name=html.escape(old.name)), markup
    if saved is None:
        return every.gone, None
    return saved_text(texts, texts.saved_as, saved), None


async def cmd_meals(message: Message, *, shortcuts: MealShortcuts) -> None:
    """The user's saved meals, each with a button that logs it, Rename and Delete."""
    sender = message.from_user
    if sender is None:
        return
    texts = TEXTS.of(sender).shortcuts
    text, markup = meals_reply(texts, await shortcuts.saved_meals(sender.id))
    await message.answer(text, reply_markup=markup)


async def on_name_text(message: Message, *, state: FSMContext, shortcuts: MealShortcuts) -> None:
    """The new name of a saved meal (after Rename): checked, then given."""
    sender = message.from_user
    if sender is None or message.text is None:
        return
    texts = TEXTS.of(sender).shortcuts
    dialog = naming_dialog(state)
    saved_id = (await dialog.get_data()).get("saved_id")
    name = check_name(message.text)
    if isinstance(name, NameProblem):  # the dialog stays: another name may follow
        shown = html.escape(shorter(" ".join(message.text.split()), 60))
        await message.answer(texts.name_problems[name].format(name=shown))
        return
    try:
        renamed = (
            None
            if not isinstance(saved_id, int)
            else await shortcuts.rename(sender.id, saved_id, name)
        )
    except NameTaken as taken:
        await message.answer(texts.rename_taken.format(name=html.escape(taken.taken.name)))
        return
    await dialog.clear()
    if renamed is None:
        await message.answer(texts.saved_gone)
        return
    await message.answer(saved_text(texts, texts.renamed, renamed))


# --- the buttons ----------------------------------------------------------------------------


async def on_button(
    query: CallbackQuery,
    *,
    op: OpKey,
    state: FSMContext,
    meals: MealService,
    shortcuts: MealShortcuts,
    user: User | None,
    gamification: GamificationService | None = None,
) -> None:
    """A recent food, Save or Copy on an entry, or a saved meal's Log, Rename, Delete,
    Replace or Keep."""
    found = _BUTTON.match(query.data or "")
    message = query.message if isinstance(query.message, Message) else None
    texts, presser = TEXTS.of(query.from_user), query.from_user
    if found is None or message is None or user is None:  # erased since: nothing is theirs
        await answer_query(query, texts.refused, alert=True)
        return
    verb, first = found[1], int(found[2])
    short, paying = texts.shortcuts, Paying(gamification, presser.id, op.step("log"))
    if verb in {"re", "copy", "slog"}:
        try:
            write = paying.write(user, True)
            entry = await _logged_by(verb, shortcuts, presser.id, first, write)
            if entry is None:
                gone = {"re": short.recent_gone, "copy": texts.gone, "slog": short.saved_gone}
                await answer_query(query, gone[verb], alert=True)
                return
            await answer_query(query, short.copied if verb == "copy" else None)
            await show_logged(message, presser, meals=meals, entry=entry, paying=paying)
        except Exception:
            await shortcuts.refresh(presser.id)  # as log_shortcut's: after a failure too
            raise
        await shortcuts.refresh(presser.id)  # after the replies (the write left them)
    elif verb == "save":
        await answer_query(query)
        text, markup = await saving(texts, shortcuts, presser.id, first, None)
        await message.answer(text, reply_markup=markup)
    elif verb == "srep" and found[3] is not None:
        saved = await shortcuts.replace_saved(presser.id, first, int(found[3]))
        await _settle(
            query, message, None if saved is None else saved_text(short, short.replaced, saved)
        )
    elif verb == "skeep":
        saved = await shortcuts.get_saved(presser.id, first)
        await _settle(
            query, message, None if saved is None else saved_text(short, short.kept, saved)
        )
    elif verb == "sren":
        saved = await shortcuts.get_saved(presser.id, first)
        await answer_query(query, None if saved is not None else short.saved_gone)
        if saved is not None:
            dialog = naming_dialog(state)
            await dialog.set_state(Naming.renaming)
            await dialog.set_data({"saved_id": saved.id})
            await message.answer(short.rename_prompt.format(name=html.escape(saved.name)))
    elif verb == "sdel":
        deleted = await shortcuts.delete_saved(presser.id, first)
        if deleted is None:  # deleted already: the list shows it gone, or will
            await answer_query(query, short.saved_gone)
            return
        await answer_query(query, short.deleted.format(name=deleted.name))
        text, markup = meals_reply(short, await shortcuts.saved_meals(presser.id))
        await message.edit_text(text, reply_markup=markup)
    else:
        log.info("refused meal shortcut data %r from user %d", query.data, presser.id)
        await answer_query(query, texts.refused, alert=True)


async def _logged_by(
    verb: str, shortcuts: MealShortcuts, user_id: int, first: int, write: Write
) -> Entry | None:
    if verb == "re":
        return await shortcuts.log_recent(user_id, first, write)
    if verb == "copy":
        return await shortcuts.copy_entry(user_id, first, write)
    saved = await shortcuts.get_saved(user_id, first)
    return None if saved is None else await shortcuts.log_saved(user_id, saved, write)


async def _settle(query: CallbackQuery, message: Message, text: str | None) -> None:
    """Replace or Keep pressed: the question becomes what was done (its buttons go)."""
    texts = TEXTS.of(query.from_user).shortcuts
    await answer_query(query, texts.saved_gone if text is None else None, alert=text is None)
    await message.edit_text(text or texts.saved_gone, reply_markup=None)
