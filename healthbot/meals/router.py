"""Handlers for /log, the entry's buttons, /today and /week (/history is the journal's: an
entry of it opens here, with buttons that move it to another day).

An entry is stored as soon as something in it is understood; the reply lists its items and
totals with buttons to confirm (OK), edit, delete or move it to another meal. Items the bot
is unsure of become questions (`healthbot.meals.dialog`). Callback data names an entry by
id; every service call checks that the presser owns it.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime

from aiogram import F, Router
from aiogram.filters import Command, CommandObject, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.types import (
    BufferedInputFile,
    CallbackQuery,
    Message,
)

from healthbot.food.parser import FoodParseError
from healthbot.gamification import GamificationService
from healthbot.handlers import answer_query
from healthbot.localtime import zone_named
from healthbot.logbook import Logbooks
from healthbot.meals import taps
from healthbot.meals.afterthoughts import corrects_last_meal, on_correction_text
from healthbot.meals.allergens import AllergySource, allergies_of, marked_all
from healthbot.meals.charts import week_chart
from healthbot.meals.dialog import (
    answering,
    may_answer,
    on_answer_text,
    on_not_this,
    on_question_button,
)
from healthbot.meals.edits import editing, on_edit_text, start_edit
from healthbot.meals.foods import FoodsNotReady
from healthbot.meals.records import Entry
from healthbot.meals.redraw import redraw_shown
from healthbot.meals.service import MealService
from healthbot.meals.shown import Seen, Shown, history_page, remember
from healthbot.meals.texts import TEXTS, MealTexts
from healthbot.meals.told_log import on_told_in_dialog
from healthbot.meals.typed import log_understood
from healthbot.meals.views import (
    DAY_PREFIX,
    PREFIX,
    entry_reply,
    problem_text,
    short_day,
    today_text,
    week_text,
    when_problem_text,
)
from healthbot.nutrition import NutritionService, low_lines, nutrients_button
from healthbot.ops import OpKey
from healthbot.users import User, UserRepository, ensure_registered
from healthbot.when import Meal, WhenError

log = logging.getLogger(__name__)

CAPTION_LIMIT = 1024
"""Characters a photo's caption may have (Telegram's limit)."""
_ENTRY_ACTION = re.compile(r"^meal:(ok|edit|del|undo|show|back):(\d{1,18})$")
_MEAL_ACTION = re.compile(r"^meal:set:(\d{1,18}):(breakfast|lunch|dinner|snack)$")
_DAY_ACTION = re.compile(r"^meal:day:(\d{1,18}):(\d{8})$")


def build_router() -> Router:
    """A new router with this feature's handlers (a router attaches to one dispatcher)."""
    router = Router(name="meals")
    taps.register(router)  # first: /log <saved name> or <copy words>, a rename's text
    router.message.register(cmd_log, Command("log"))
    router.message.register(cmd_today, Command("today"))
    router.message.register(cmd_week, Command("week"))
    not_a_command = F.text & ~F.text.startswith("/")
    router.message.register(on_answer_text, not_a_command, may_answer, answering)
    router.message.register(on_edit_text, not_a_command, editing)
    router.message.register(on_correction_text, not_a_command, corrects_last_meal)
    # Last of the texts: a meal told at a question of the default dialog (the setup's),
    # which passed it on; the state as the update's FSM middleware read it (no read more).
    router.message.register(on_told_in_dialog, not_a_command, ~StateFilter(None))
    router.callback_query.register(on_question_button, F.data.startswith(PREFIX + "pick:"))
    router.callback_query.register(on_question_button, F.data.startswith(PREFIX + "skip:"))
    router.callback_query.register(on_question_button, F.data.startswith(PREFIX + "g:"))
    router.callback_query.register(on_not_this, F.data.startswith(PREFIX + "alt:"))
    router.callback_query.register(on_day_button, F.data.startswith(PREFIX + "day:"))
    router.callback_query.register(on_meal_button, F.data.startswith(PREFIX + "set:"))
    router.callback_query.register(on_entry_button, F.data.startswith(PREFIX))
    return router


# --- /log ---------------------------------------------------------------------------------


async def cmd_log(
    message: Message,
    *,
    command: CommandObject,
    op: OpKey,
    state: FSMContext,
    meals: MealService,
    users: UserRepository,
    user: User | None,
    gamification: GamificationService | None = None,
    allergies: AllergySource | None = None,
) -> None:
    """`/log 2 eggs and a slice of toast`: store what is understood, ask about the rest
    (a food offered or logged that has an allergen the user named is marked)."""
    sender = message.from_user
    if sender is None:
        return
    texts = TEXTS.of(sender)
    try:
        zone = None if user is None else user.timezone  # a pint is where they live
        understood = await meals.understand(command.args or "", timezone=zone)
        allergic = await allergies_of(allergies, sender.id)
        understood = marked_all(understood, allergic)
        user = await ensure_registered(sender, user, users)  # the zone "at 8am" is read in
        at = await meals.instant(sender.id, understood.when, user)
    except FoodParseError as error:
        await message.answer(problem_text(texts, error))
        return
    except WhenError as error:
        await message.answer(when_problem_text(texts, error, sender.language_code))
        return
    except FoodsNotReady:
        await message.answer(texts.not_ready)
        return
    await log_understood(
        message, state, understood, op, key=op.step("log"), at=at, meals=meals, user=user,
        allergic=allergic, gamification=gamification,
    )  # fmt: skip


async def on_meal_button(
    query: CallbackQuery, *, state: FSMContext, meals: MealService, logbooks: Logbooks | None = None
) -> None:
    """A meal pressed on an entry: the entry moves to it (on every message showing it; a
    /history page showing it is put in order again)."""
    texts = TEXTS.of(query.from_user)
    moved = _MEAL_ACTION.match(query.data or "")
    if moved is None:
        await refuse(query, texts)
        return
    entry_id, meal = int(moved[1]), Meal(moved[2])
    entry = await meals.entry(query.from_user.id, entry_id)
    if entry is not None and entry.meal is meal and not entry.row.deleted:
        # Its own meal pressed: editing the card into itself is refused by Telegram.
        await answer_query(query, texts.moved.format(meal=texts.meals[meal]))
        return
    if not await meals.set_meal(query.from_user.id, entry_id, meal):
        await refuse(query, texts)  # not theirs, or deleted
        return
    await answer_query(query, texts.moved.format(meal=texts.meals[meal]))
    await show_entry(query, texts, meals, entry_id)
    await redraw(query, state, texts, meals, entry_id, logbooks=logbooks)


async def on_entry_button(query: CallbackQuery, *, state: FSMContext, meals: MealService) -> None:
    """OK, Edit, Delete or Undo on an entry, an entry of /history pressed, or Back from
    "Not this?"."""
    texts = TEXTS.of(query.from_user)
    action = _ENTRY_ACTION.match(query.data or "")
    user_id = query.from_user.id
    entry = None if action is None else await meals.entry(user_id, int(action[2]))
    if action is None or entry is None:  # nothing is said about whose entry it is
        await refuse(query, texts)
        return
    verb, message = action[1], query.message if isinstance(query.message, Message) else None
    if verb in {"show", "back"}:  # an entry of /history; Back from "Not this?"
        await answer_query(query)
        if message is not None and not entry.row.deleted:
            await _open(query, message, state=state, meals=meals, entry=entry, verb=verb)
    elif verb == "ok":
        await answer_query(query, texts.saved)
        if message is not None:
            await message.edit_reply_markup(reply_markup=None)
    elif verb in {"del", "undo"}:
        await (meals.delete if verb == "del" else meals.restore)(user_id, entry.id)
        await answer_query(query, texts.deleted if verb == "del" else texts.restored)
        await show_entry(query, texts, meals, entry.id)
        await redraw(query, state, texts, meals, entry.id)
    elif entry.row.deleted:  # edit
        await answer_query(query, texts.gone, alert=True)
    else:
        await answer_query(query)
        if message is not None:
            await start_edit(message, state, entry, query.from_user, meals)


async def _open(
    query: CallbackQuery,
    message: Message,
    *,
    state: FSMContext,
    meals: MealService,
    entry: Entry,
    verb: str,
) -> None:
    """An entry opened ("show": a new message, kept among those `shown`) or shown again in
    the pressed message ("back")."""
    texts, user_id = TEXTS.of(query.from_user), query.from_user.id
    today = await meals.today(user_id) if verb == "show" or with_days(query) else None
    units, water = await meals.units(user_id), await meals.volume_units(user_id)
    reply = entry_reply(texts, entry, today=today, units=units, water=water)
    if verb == "back":
        await reply.edit(message)
        return
    sent = await reply.send(message)
    pressed = message.reply_markup.inline_keyboard if message.reply_markup else []
    buttons = tuple(tuple((b.text, b.callback_data or "") for b in row) for row in pressed)
    if (page := history_page(message.message_id, buttons)) is not None:
        # Opened from /history: its page names the entry too (a copied day's card, whose
        # buttons open its entries as well, is kept as that).
        await remember(state, page, unless_known=True)
    await remember(state, Shown(sent.message_id, (entry.id,), with_days=today is not None))


async def on_day_button(
    query: CallbackQuery, *, state: FSMContext, meals: MealService, logbooks: Logbooks | None = None
) -> None:
    """A day pressed on an entry opened from /history: the entry moves to it, at the same
    time of day (on every message showing it; the /history page is put in order again)."""
    texts = TEXTS.of(query.from_user)
    moved = _DAY_ACTION.match(query.data or "")
    try:
        day = None if moved is None else datetime.strptime(moved[2], "%Y%m%d").date()
    except ValueError:
        day = None
    if moved is None or day is None:
        await refuse(query, texts)
        return
    try:
        entry = await meals.move_to_day(query.from_user.id, int(moved[1]), day)
    except ValueError:  # a day still to come (an old card, or forged)
        await answer_query(query, texts.day_to_come, alert=True)
        return
    if entry is None:
        await refuse(query, texts)  # not theirs, or deleted
        return
    await answer_query(query, texts.moved_day.format(day=short_day(day)))
    if isinstance(query.message, Message):
        user_id = query.from_user.id
        today, units = await meals.today(user_id), await meals.units(user_id)
        water = await meals.volume_units(user_id)
        await entry_reply(texts, entry, today=today, units=units, water=water).edit(query.message)
    await redraw(query, state, texts, meals, entry.id, logbooks=logbooks)


def with_days(query: CallbackQuery) -> bool:
    """Whether the pressed card shows the day buttons (it was opened from /history)."""
    markup = query.message.reply_markup if isinstance(query.message, Message) else None
    rows = [] if markup is None else markup.inline_keyboard
    return any((b.callback_data or "").startswith(DAY_PREFIX) for row in rows for b in row)


async def refuse(query: CallbackQuery, texts: MealTexts) -> None:
    """Answer a press that names no entry of the presser's (forged, or gone) with an alert."""
    log.info("refused meal button data %r from user %d", query.data, query.from_user.id)
    await answer_query(query, texts.refused, alert=True)


async def show_entry(
    query: CallbackQuery, texts: MealTexts, meals: MealService, entry_id: int
) -> None:
    """Update the pressed message to the entry as it now stands (with the day buttons if
    it had them)."""
    entry = await meals.entry(query.from_user.id, entry_id)
    if isinstance(query.message, Message) and entry is not None:
        today = await meals.today(query.from_user.id) if with_days(query) else None
        units = await meals.units(query.from_user.id)
        water = await meals.volume_units(query.from_user.id)
        await entry_reply(texts, entry, today=today, units=units, water=water).edit(query.message)


async def redraw(
    query: CallbackQuery,
    state: FSMContext,
    texts: MealTexts,
    meals: MealService,
    entry_id: int,
    *,
    logbooks: Logbooks | None = None,
) -> None:
    """Redraw the other messages that show the entry than the one pressed (`redraw_shown`)."""
    if not isinstance(query.message, Message) or query.bot is None:
        return
    seen = Seen(query.bot, query.from_user.id, query.from_user.language_code)
    await redraw_shown(seen, state, meals, entry_id, besides=query.message.message_id,
                       logbooks=logbooks)  # fmt: skip


# --- /today, /week --------------------------------------------------------------


async def cmd_today(message: Message, *, meals: MealService, user: User | None = None) -> None:
    """Today's totals per meal and in all, against the targets, and what is left."""
    sender = message.from_user
    if sender is None:
        return
    texts = TEXTS.of(sender)
    day = await meals.day(sender.id, user=user, reply_to=message.chat.id)
    buttons = nutrients_button(sender, day.day) if day.entries else None
    await message.answer(today_text(texts, day), reply_markup=buttons)


async def cmd_week(
    message: Message,
    *,
    meals: MealService,
    user: User | None = None,
    nutrition: NutritionService | None = None,
) -> None:
    """The last seven days as a table, with a chart of energy and macros against the target,
    and the nutrients that were regularly low."""
    sender = message.from_user
    if sender is None:
        return
    texts = TEXTS.of(sender)
    week = await meals.week(sender.id)
    if week.logged_days == 0:
        await message.answer(texts.week_empty)
        return
    labels = {"protein_g": "protein", "carbs_g": "carbs", "fat_g": "fat",
              "other": "alcohol, other", "target": "target", "title": "Energy per day, kcal",
              "empty": "nothing logged"}  # fmt: skip
    since = None if user is None else user.created_at.astimezone(zone_named(user.timezone)).date()
    png = await week_chart(week, labels, since)
    caption = week_text(texts, week, since)
    low = "" if nutrition is None else low_lines(sender, await nutrition.low(sender.id))
    if low and len(caption) + len(low) + 2 <= CAPTION_LIMIT:
        caption, low = f"{caption}\n\n{low}", ""
    await message.answer_photo(BufferedInputFile(png, filename="week.png"), caption=caption)
    if low:  # too long for the caption
        await message.answer(low)
