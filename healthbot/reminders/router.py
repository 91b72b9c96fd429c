"""Handlers for /remind, /reminders and the buttons: parse, call the service, format."""

from __future__ import annotations

import html
import logging
import re
from datetime import datetime
from typing import Final

from aiogram import Router
from aiogram.filters import Command, CommandObject
from aiogram.types import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message

from healthbot.gamification import GamificationService, award
from healthbot.handlers import answer_query
from healthbot.localtime import twelve_hour
from healthbot.ops import OpKey
from healthbot.reminders.format import hhmm, moment, schedule_text
from healthbot.reminders.refusals import ReminderPhraseError
from healthbot.reminders.scheduler import DELIVERY_PREFIX
from healthbot.reminders.service import (
    AlreadyAnswered,
    Reminder,
    RemindersService,
    TooManyReminders,
)
from healthbot.reminders.texts import TEXTS, ReminderTexts
from healthbot.reminders.times_command import is_times_command, remind_times
from healthbot.tracking import TrackingService, water_quick_add
from healthbot.users import User, UserRepository, ensure_registered

log = logging.getLogger(__name__)

LIST_PREFIX: Final = "rem:"
"""Callback data of the list's buttons: rem:<p|r|d>:<reminder id>."""
_LIST_DATA: Final = re.compile(r"rem:([prd]):([1-9][0-9]{0,17})")
_DELIVERY_DATA: Final = re.compile(r"rdl:(done|snooze|skip):([1-9][0-9]{0,17})")


def build_router() -> Router:
    """A new router with this feature's handlers (a router attaches to one dispatcher)."""
    router = Router(name="reminders")
    router.message.register(cmd_remind, Command("remind"))
    router.message.register(cmd_reminders, Command("reminders"))
    router.callback_query.register(on_list_button, is_list_button)
    router.callback_query.register(on_delivery_button, is_delivery_button)
    return router


async def is_list_button(query: CallbackQuery) -> bool:
    """The press comes from a /reminders button (or claims to: the handler checks the rest)."""
    return query.data is not None and query.data.startswith(LIST_PREFIX)


async def is_delivery_button(query: CallbackQuery) -> bool:
    """The press comes from a delivered reminder's button (or claims to)."""
    return query.data is not None and query.data.startswith(DELIVERY_PREFIX)


async def cmd_remind(
    message: Message,
    *,
    command: CommandObject,
    op: OpKey,
    reminders: RemindersService,
    users: UserRepository,
    user: User | None,
) -> None:
    """`/remind every day at 8:00 take vitamins`: store it, say what was understood
    (`/remind times ...`: the times that "every morning" or "at bedtime" stand for)."""
    sender = message.from_user
    if sender is None:  # channel posts have no sender
        return
    texts = TEXTS.of(sender)
    await ensure_registered(sender, user, users)
    if is_times_command(command.args or ""):
        twelve = twelve_hour(sender.language_code, (await reminders.zone(sender.id)).key)
        reply = await remind_times(texts, reminders, sender.id, command.args or "", twelve=twelve)
        await message.answer(reply)
        return
    try:
        created = await reminders.create(sender.id, command.args or "", op.step("reminder"))
    except ReminderPhraseError as error:
        await message.answer(error.explain(texts))
        return
    except TooManyReminders:
        await message.answer(texts.too_many.format(limit=reminders.max_per_user))
        return
    reminder = created.reminder
    now = reminders.clock()
    twelve = twelve_hour(sender.language_code, reminder.zone.key)
    lines = [
        texts.created.format(
            text=html.escape(reminder.text),
            schedule=schedule_text(texts, reminder.schedule, reminder.zone, now, twelve=twelve),
        )
    ]
    if reminder.next_run_at is not None:
        when = moment(texts, reminder.next_run_at, reminder.zone, now, twelve=twelve)
        lines.append(texts.next_at.format(when=when))
    if reminder.skip_if_meal_hours is not None:
        lines.append(texts.unless_meal.format(hours=reminder.skip_if_meal_hours))
    if created.period is not None:  # the time came from a word: say how to change it
        at = (await reminders.times(sender.id))[created.period]
        name = texts.period_names[created.period]
        lines.append(texts.period_used.format(word=name, time=hhmm(at, twelve=twelve)))
    await message.answer("\n".join(lines))


async def cmd_reminders(message: Message, *, reminders: RemindersService) -> None:
    """The user's reminders, each with Pause/Resume and Delete buttons."""
    sender = message.from_user
    if sender is None:
        return
    texts = TEXTS.of(sender)
    text, buttons = await listing(texts, reminders, sender.id, sender.language_code)
    await message.answer(text, reply_markup=buttons)


async def listing(
    texts: ReminderTexts, reminders: RemindersService, user_id: int, language: str | None
) -> tuple[str, InlineKeyboardMarkup | None]:
    """The list's text and buttons (no buttons when there is nothing to list)."""
    found = await reminders.of_user(user_id)
    if not found:
        return texts.list_empty, None
    now = reminders.clock()
    lines = [texts.list_header]
    rows = []
    for number, reminder in enumerate(found, start=1):
        twelve = twelve_hour(language, reminder.zone.key)
        lines.append(list_line(texts, number, reminder, now, twelve=twelve))
        toggle = (
            InlineKeyboardButton(
                text=texts.button_pause.format(number=number),
                callback_data=f"{LIST_PREFIX}p:{reminder.id}",
            )
            if reminder.active
            else InlineKeyboardButton(
                text=texts.button_resume.format(number=number),
                callback_data=f"{LIST_PREFIX}r:{reminder.id}",
            )
        )
        delete = InlineKeyboardButton(
            text=texts.button_delete.format(number=number),
            callback_data=f"{LIST_PREFIX}d:{reminder.id}",
        )
        rows.append([toggle, delete])
    return "\n".join(lines), InlineKeyboardMarkup(inline_keyboard=rows)


def list_line(
    texts: ReminderTexts, number: int, reminder: Reminder, now: datetime, *, twelve: bool
) -> str:
    """One reminder in the list: what, when, and the next time or why it is paused."""
    line = texts.list_line.format(
        number=number,
        text=html.escape(reminder.text),
        schedule=schedule_text(texts, reminder.schedule, reminder.zone, now, twelve=twelve),
    )
    if not reminder.active:
        paused = texts.list_blocked if reminder.paused_reason == "blocked" else texts.list_paused
        return f"{line} ({paused})"
    if reminder.next_run_at is not None:
        when = moment(texts, reminder.next_run_at, reminder.zone, now, twelve=twelve)
        return f"{line} · {texts.next_at.format(when=when)}"
    return line


async def on_list_button(query: CallbackQuery, *, reminders: RemindersService) -> None:
    """Pause, resume or delete: only a reminder of the presser's (the SQL checks it)."""
    texts = TEXTS.of(query.from_user)
    match = _LIST_DATA.fullmatch(query.data or "")
    if match is None:
        await refuse(query, texts)
        return
    action, reminder_id, user_id = match[1], int(match[2]), query.from_user.id
    if action == "p":
        done, answer = await reminders.pause(user_id, reminder_id), texts.paused
    elif action == "d":
        done, answer = await reminders.delete(user_id, reminder_id), texts.deleted
    else:
        outcome = await reminders.resume(user_id, reminder_id)
        if outcome == "past":
            await answer_query(query, texts.cannot_resume, alert=True)
            return
        done, answer = outcome == "resumed", texts.resumed
    if not done:
        await refuse(query, texts)
        return
    await answer_query(query, answer)
    if isinstance(query.message, Message):
        text, buttons = await listing(texts, reminders, user_id, query.from_user.language_code)
        await query.message.edit_text(text, reply_markup=buttons)


async def on_delivery_button(
    query: CallbackQuery,
    *,
    op: OpKey,
    reminders: RemindersService,
    gamification: GamificationService | None = None,
    tracking: TrackingService | None = None,
) -> None:
    """Done, Snooze or Skip on a delivered reminder of the presser's (Done on a water
    reminder offers to log the water, with the quick-add buttons)."""
    texts = TEXTS.of(query.from_user)
    match = _DELIVERY_DATA.fullmatch(query.data or "")
    if match is None:
        await refuse(query, texts)
        return
    action, delivery_id, user_id = match[1], int(match[2]), query.from_user.id
    markup: InlineKeyboardMarkup | None = None
    if action == "snooze":
        snoozed = await snooze_delivery(query, texts, reminders, delivery_id, op.step("snooze"))
        if snoozed is None:
            return
        status, text = snoozed, None
    else:
        done = action == "done"
        answered = await reminders.answer(user_id, delivery_id, "done" if done else "skipped")
        if answered is None:
            await refuse(query, texts)
            return
        text = answered.text
        status = texts.marked_done if done else texts.marked_skipped
        if done and answered.kind == "water" and tracking is not None:  # log what was drunk
            units = await tracking.volume_units(user_id)
            markup = water_quick_add(query.from_user.language_code, units)
        if done and gamification is not None:  # once per delivery, however often pressed
            day = await gamification.today(user_id)
            ref = f"reminder_delivery:{delivery_id}"
            earned = await award(gamification, query.from_user, "reminder_done", ref, day)
            status = "\n".join([status, *earned])
    await answer_query(query, status)
    if isinstance(query.message, Message):
        shown = (
            query.message.html_text
            if text is None
            else texts.delivered.format(text=html.escape(text))
        )
        await query.message.edit_text(f"{shown}\n{status}", reply_markup=markup)


async def snooze_delivery(
    query: CallbackQuery,
    texts: ReminderTexts,
    reminders: RemindersService,
    delivery_id: int,
    key: str,
) -> str | None:
    """Snooze the delivery; the status to show, or None when the press was answered with
    why nothing was snoozed (not theirs, snoozed or answered before, at the cap)."""
    user_id = query.from_user.id
    try:
        at = await reminders.snooze(user_id, delivery_id, key)
    except AlreadyAnswered as answered:
        again = texts.already_snoozed if answered.outcome == "snoozed" else texts.already_answered
        await answer_query(query, again, alert=True)
        return None
    except TooManyReminders:
        await answer_query(
            query, texts.snooze_full.format(limit=reminders.max_per_user), alert=True
        )
        return None
    if at is None:
        await refuse(query, texts)
        return None
    zone = await reminders.zone(user_id)
    twelve = twelve_hour(query.from_user.language_code, zone.key)
    return texts.snoozed.format(when=moment(texts, at, zone, reminders.clock(), twelve=twelve))


async def refuse(query: CallbackQuery, texts: ReminderTexts) -> None:
    """A press with data no button of the presser's carries: an alert, nothing changed."""
    log.info("refused reminder button data %r from user %d", query.data, query.from_user.id)
    await answer_query(query, texts.refused, alert=True)
