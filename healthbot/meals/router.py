"""Handlers for /log (with its questions and entry buttons), /today, /week and /history.

An entry is stored as soon as something in it is understood; the reply lists its items and
totals with buttons to confirm (OK), edit, delete or move it to another meal. Items the bot
is unsure of become questions, asked one at a time in a dialog (durable: a restart keeps
it): a food question offers the best matches, an amount question asks for grams. A command
sent while a question is open is obeyed as that command (the dialog handlers never see
text starting with "/"), and the question stays open until answered, skipped or replaced
by the next /log.

Callback data names an entry by id; every service call checks that the presser owns it.
Question buttons carry the question's token: a press on an older question is "over".
"""

from __future__ import annotations

import hashlib
import html
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from aiogram import F, Router
from aiogram.filters import Command, CommandObject, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import (
    BufferedInputFile,
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
)
from aiogram.types import User as TelegramUser

from healthbot.food.parser import FoodParseError
from healthbot.gamification import GamificationService, award
from healthbot.handlers import answer_query, ensure_registered
from healthbot.meals.charts import week_chart
from healthbot.meals.foods import FoodsNotReady, Portion, Question
from healthbot.meals.portions import Meal, Nutrients
from healthbot.meals.service import DaySummary, Entry, MealService, Understood, WeekSummary
from healthbot.meals.texts import TEXTS, MealTexts
from healthbot.ops import OpKey
from healthbot.profile.repository import User
from healthbot.profile.service import ProfileService

log = logging.getLogger(__name__)

PREFIX = "meal:"
AMOUNTS_G = (50, 100, 150, 250)
"""The grams an amount question offers as buttons."""
BAR_CELLS = 10
MAX_GRAMS_TYPED = 5000.0
_OZ_G = 28.349523125
_GRAMS = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*(g|gr|grams?|oz|ounces?)?\s*$", re.IGNORECASE)
_ENTRY_ACTION = re.compile(r"^meal:(ok|edit|del|undo|show):(\d{1,18})$")
_MEAL_ACTION = re.compile(r"^meal:set:(\d{1,18}):(breakfast|lunch|dinner|snack)$")
_HISTORY_PAGE = re.compile(r"^meal:hist:(\d{1,4})$")
_QUESTION_ACTION = re.compile(r"^meal:(pick|skip|g):([0-9a-f]{8})(?::([0-9]{1,5}))?$")


@dataclass(frozen=True, slots=True)
class Reply:
    """A message to send or to edit into: text (HTML) and its buttons."""

    text: str
    markup: InlineKeyboardMarkup | None = None

    async def send(self, message: Message) -> None:
        """Send it in the message's chat."""
        await message.answer(self.text, reply_markup=self.markup)

    async def edit(self, message: Message) -> None:
        """Turn the message into it."""
        await message.edit_text(self.text, reply_markup=self.markup)


def entry_reply(texts: MealTexts, entry: Entry, earned: Sequence[str] = ()) -> Reply:
    """An entry's message with its buttons (and what logging it earned, if anything)."""
    return Reply("\n".join([entry_text(texts, entry), *earned]), entry_keyboard(texts, entry))


class Logging(StatesGroup):
    """The dialog states of meal logging."""

    answering = State()  # a question about an item is open
    editing = State()  # the corrected list of an entry is awaited


def build_router() -> Router:
    """A new router with this feature's handlers (a router attaches to one dispatcher)."""
    router = Router(name="meals")
    router.message.register(cmd_log, Command("log"))
    router.message.register(cmd_today, Command("today"))
    router.message.register(cmd_week, Command("week"))
    router.message.register(cmd_history, Command("history"))
    not_a_command = F.text & ~F.text.startswith("/")
    router.message.register(on_answer_text, StateFilter(Logging.answering), not_a_command)
    router.message.register(on_edit_text, StateFilter(Logging.editing), not_a_command)
    router.callback_query.register(on_question_button, F.data.startswith(PREFIX + "pick:"))
    router.callback_query.register(on_question_button, F.data.startswith(PREFIX + "skip:"))
    router.callback_query.register(on_question_button, F.data.startswith(PREFIX + "g:"))
    router.callback_query.register(on_history_page, F.data.startswith(PREFIX + "hist:"))
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
    profiles: ProfileService,
    user: User | None,
    gamification: GamificationService | None = None,
) -> None:
    """`/log 2 eggs and a slice of toast`: store what is understood, ask about the rest."""
    sender = message.from_user
    if sender is None:
        return
    texts = TEXTS.of(sender)
    try:
        understood = await meals.understand(command.args or "")
    except FoodParseError as error:
        await message.answer(problem_text(texts, error))
        return
    except FoodsNotReady:
        await message.answer(texts.not_ready)
        return
    await ensure_registered(sender, user, profiles)
    entry = None
    if understood.portions:
        entry = await meals.log(
            sender.id,
            understood.portions,
            meal=understood.meal,
            description=understood.text,
            key=op.step("log"),
        )
        earned = await award(gamification, sender, "meal", op.step("log"), entry.row.local_date)
        await entry_reply(texts, entry, earned).send(message)
    entry_id = None if entry is None else entry.id
    await open_questions(message, state, understood, entry_id=entry_id, meal=understood.meal, op=op)


async def open_questions(
    message: Message,
    state: FSMContext,
    understood: Understood,
    *,
    entry_id: int | None,
    meal: Meal | None,
    op: OpKey,
) -> None:
    """Ask the first of the text's questions, and keep them all in the dialog (or end the
    dialog when there are none)."""
    if not understood.questions:
        await state.clear()
        return
    token = op_token(op)
    await state.set_state(Logging.answering)
    await state.set_data(
        {
            "entry_id": entry_id,
            "meal": None if meal is None else str(meal),
            "text": understood.text,
            "questions": [q.to_json() for q in understood.questions],
            "token": token,
        }
    )
    texts = TEXTS.of(message.from_user)
    await question_message(texts, understood.questions[0], token).send(message)


def op_token(op: OpKey) -> str:
    """A short token naming the operation that asked a question (its buttons carry it); the
    same in every process, so that a retried update's buttons still match its dialog."""
    return hashlib.blake2b(str(op).encode(), digest_size=4).hexdigest()


@dataclass(frozen=True, slots=True)
class Turn:
    """One answer to an open question: who answered, under which operation, with what."""

    sender: TelegramUser
    op: OpKey
    state: FSMContext
    meals: MealService
    gamification: GamificationService | None

    @property
    def texts(self) -> MealTexts:
        """The sender's texts."""
        return TEXTS.of(self.sender)


async def on_question_button(
    query: CallbackQuery,
    *,
    op: OpKey,
    state: FSMContext,
    meals: MealService,
    profiles: ProfileService,
    user: User | None,
    gamification: GamificationService | None = None,
) -> None:
    """A choice, an amount or Skip, pressed on the open question."""
    texts = TEXTS.of(query.from_user)
    match = _QUESTION_ACTION.match(query.data or "")
    data = await state.get_data()
    questions = [Question.from_json(q) for q in data.get("questions", [])]
    if match is None or not questions or data.get("token") != match[2]:
        await answer_query(query, texts.stale)
        return
    action, argument = match[1], match[3]
    question = questions[0]
    try:
        if action == "skip":
            found: Portion | Question | None = None
        elif action == "pick" and argument is not None and question.kind == "food":
            if not 0 <= int(argument) < len(question.choices):
                raise ValueError("no such choice")
            found = await meals.choose(question, question.choices[int(argument)].uid)
        elif action == "g" and argument is not None and question.kind == "amount":
            if int(argument) not in AMOUNTS_G:
                raise ValueError("no such amount")
            found = await meals.weigh(question, float(argument))
        else:
            raise ValueError("not a button of this question")
    except ValueError:
        log.info("refused meal question data %r from user %d", query.data, query.from_user.id)
        await answer_query(query, texts.refused, alert=True)
        return
    except FoodParseError as error:
        await answer_query(query, problem_text(texts, error), alert=True)
        return
    await answer_query(query)
    await ensure_registered(query.from_user, user, profiles)
    turn = Turn(query.from_user, op, state, meals, gamification)
    reply = await advance(turn, data, questions, found)
    if isinstance(query.message, Message):
        await reply.edit(query.message)


async def on_answer_text(
    message: Message,
    *,
    op: OpKey,
    state: FSMContext,
    meals: MealService,
    profiles: ProfileService,
    user: User | None,
    gamification: GamificationService | None = None,
) -> None:
    """Text sent while a question is open: another name for the food, or the grams."""
    sender = message.from_user
    if sender is None or message.text is None:
        return
    texts = TEXTS.of(sender)
    data = await state.get_data()
    questions = [Question.from_json(q) for q in data.get("questions", [])]
    if not questions:
        await state.clear()
        return
    question = questions[0]
    try:
        if question.kind == "amount":
            grams = typed_grams(message.text)
            if grams is None:
                await message.answer(texts.amount_not_understood)
                return
            found: Portion | Question | None = await meals.weigh(question, grams)
        else:
            found = await meals.rename(question, message.text[:200])
    except FoodParseError as error:
        await message.answer(problem_text(texts, error))
        return
    except FoodsNotReady:
        await message.answer(texts.not_ready)
        return
    await ensure_registered(sender, user, profiles)
    turn = Turn(sender, op, state, meals, gamification)
    await (await advance(turn, data, questions, found)).send(message)


async def advance(
    turn: Turn,
    data: dict[str, object],
    questions: list[Question],
    found: Portion | Question | None,
) -> Reply:
    """Apply the answer to the first question (None: skipped); return the next message:
    the next question, or the entry as it now stands."""
    entry_id = data.get("entry_id")
    earned: list[str] = []
    if isinstance(found, Question):  # the food is known now, its amount is not (or renamed)
        questions = [found, *questions[1:]]
    else:
        questions = questions[1:]
        if isinstance(found, Portion):
            entry, earned = await store(turn, data, found)
            entry_id = None if entry is None else entry.id
    token = op_token(turn.op)
    if questions:
        await turn.state.update_data(
            entry_id=entry_id, questions=[q.to_json() for q in questions], token=token
        )
        return question_message(turn.texts, questions[0], token)
    await turn.state.clear()
    user_id = turn.sender.id
    entry = None if not isinstance(entry_id, int) else await turn.meals.entry(user_id, entry_id)
    if entry is None or entry.row.deleted:
        return Reply(turn.texts.nothing_logged)
    return entry_reply(turn.texts, entry, earned)


async def store(
    turn: Turn, data: dict[str, object], portion: Portion
) -> tuple[Entry | None, list[str]]:
    """Add an answered item to the dialog's entry, or start the entry with it (which earns
    what logging a meal earns); return the entry and the lines announcing what it earned."""
    entry_id = data.get("entry_id")
    if isinstance(entry_id, int):
        return await turn.meals.add(turn.sender.id, entry_id, portion), []
    meal = data.get("meal")
    key = turn.op.step("log")
    entry = await turn.meals.log(
        turn.sender.id,
        [portion],
        meal=Meal(meal) if isinstance(meal, str) and meal in set(Meal) else None,
        description=str(data.get("text", "")),
        key=key,
    )
    earned = await award(turn.gamification, turn.sender, "meal", key, entry.row.local_date)
    return entry, earned


def typed_grams(text: str) -> float | None:
    """Grams from "120", "120 g", "4 oz" (None if it is not a weight in range)."""
    match = _GRAMS.match(text)
    if match is None:
        return None
    value = float(match[1].replace(",", "."))
    if match[2] and match[2].lower().startswith(("oz", "ounce")):
        value *= _OZ_G
    return value if 0 < value <= MAX_GRAMS_TYPED else None


# --- the entry's buttons -----------------------------------------------------------------


async def on_history_page(query: CallbackQuery, *, meals: MealService) -> None:
    """ "Older": the next page of /history, in the same message."""
    texts = TEXTS.of(query.from_user)
    page = _HISTORY_PAGE.match(query.data or "")
    if page is None:
        await refuse(query, texts)
        return
    await answer_query(query)
    if isinstance(query.message, Message):
        reply = await history_message(texts, meals, query.from_user.id, int(page[1]))
        await reply.edit(query.message)


async def on_meal_button(query: CallbackQuery, *, meals: MealService) -> None:
    """A meal pressed on an entry: the entry moves to it."""
    texts = TEXTS.of(query.from_user)
    moved = _MEAL_ACTION.match(query.data or "")
    if moved is None:
        await refuse(query, texts)
        return
    entry_id, meal = int(moved[1]), Meal(moved[2])
    if not await meals.set_meal(query.from_user.id, entry_id, meal):
        await refuse(query, texts)  # not theirs, or deleted
        return
    await answer_query(query, texts.moved.format(meal=texts.meals[meal]))
    await show_entry(query, texts, meals, entry_id)


async def on_entry_button(query: CallbackQuery, *, state: FSMContext, meals: MealService) -> None:
    """OK, Edit, Delete or Undo on an entry, or an entry of /history pressed."""
    texts = TEXTS.of(query.from_user)
    action = _ENTRY_ACTION.match(query.data or "")
    user_id = query.from_user.id
    entry = None if action is None else await meals.entry(user_id, int(action[2]))
    if action is None or entry is None:  # nothing is said about whose entry it is
        await refuse(query, texts)
        return
    verb, message = action[1], query.message if isinstance(query.message, Message) else None
    if verb == "show":
        await answer_query(query)
        if message is not None and not entry.row.deleted:
            await entry_reply(texts, entry).send(message)
    elif verb == "ok":
        await answer_query(query, texts.saved)
        if message is not None:
            await message.edit_reply_markup(reply_markup=None)
    elif verb in {"del", "undo"}:
        if verb == "del":
            await meals.delete(user_id, entry.id)
        else:
            await meals.restore(user_id, entry.id)
        await answer_query(query, texts.deleted if verb == "del" else texts.restored)
        await show_entry(query, texts, meals, entry.id)
    elif entry.row.deleted:  # edit
        await answer_query(query, texts.gone, alert=True)
    else:
        await answer_query(query)
        await state.set_state(Logging.editing)
        await state.set_data({"entry_id": entry.id})
        if message is not None:
            await message.answer(texts.edit_prompt.format(meal=texts.meals[entry.meal].lower()))


async def refuse(query: CallbackQuery, texts: MealTexts) -> None:
    """Answer a press that names no entry of the presser's (forged, or gone) with an alert."""
    log.info("refused meal button data %r from user %d", query.data, query.from_user.id)
    await answer_query(query, texts.refused, alert=True)


async def show_entry(
    query: CallbackQuery, texts: MealTexts, meals: MealService, entry_id: int
) -> None:
    """Update the pressed message to the entry as it now stands."""
    entry = await meals.entry(query.from_user.id, entry_id)
    if isinstance(query.message, Message) and entry is not None:
        await entry_reply(texts, entry).edit(query.message)


async def on_edit_text(
    message: Message,
    *,
    op: OpKey,
    state: FSMContext,
    meals: MealService,
) -> None:
    """The corrected list of an entry: it replaces the entry's items."""
    sender = message.from_user
    if sender is None or message.text is None:
        return
    texts = TEXTS.of(sender)
    entry_id = (await state.get_data()).get("entry_id")
    if not isinstance(entry_id, int):
        await state.clear()
        return
    try:
        understood = await meals.understand(message.text)
    except FoodParseError as error:
        await message.answer(problem_text(texts, error))
        return
    except FoodsNotReady:
        await message.answer(texts.not_ready)
        return
    entry = await meals.replace(sender.id, entry_id, understood.portions, understood.text)
    if entry is None:
        await state.clear()
        await message.answer(texts.gone)
        return
    if understood.meal is not None:
        await meals.set_meal(sender.id, entry_id, understood.meal)
        entry = await meals.entry(sender.id, entry_id) or entry
    if understood.portions:
        await entry_reply(texts, entry).send(message)
    await open_questions(message, state, understood, entry_id=entry_id, meal=entry.meal, op=op)


# --- /today, /week, /history --------------------------------------------------------------


async def cmd_today(message: Message, *, meals: MealService) -> None:
    """Today's totals per meal and in all, against the targets, and what is left."""
    sender = message.from_user
    if sender is None:
        return
    texts = TEXTS.of(sender)
    await message.answer(today_text(texts, await meals.day(sender.id)))


async def cmd_week(message: Message, *, meals: MealService) -> None:
    """The last seven days as a table, with a chart of energy and macros against the target."""
    sender = message.from_user
    if sender is None:
        return
    texts = TEXTS.of(sender)
    week = await meals.week(sender.id)
    if week.logged_days == 0:
        await message.answer(texts.week_empty)
        return
    labels = {"protein_g": "protein", "carbs_g": "carbs", "fat_g": "fat", "target": "target"}
    png = await week_chart(week, labels)
    await message.answer_photo(
        BufferedInputFile(png, filename="week.png"), caption=week_text(texts, week)
    )


async def cmd_history(message: Message, *, meals: MealService) -> None:
    """The latest entries, each a button that shows it with its edit and delete buttons."""
    sender = message.from_user
    if sender is None:
        return
    texts = TEXTS.of(sender)
    await (await history_message(texts, meals, sender.id, 0)).send(message)


async def history_message(texts: MealTexts, meals: MealService, user_id: int, offset: int) -> Reply:
    """A page of /history: a button per entry, and one for older entries if there are."""
    rows = await meals.history(user_id, offset=offset, limit=PAGE + 1)
    if not rows:
        return Reply(texts.history_empty if offset == 0 else texts.history_header)
    buttons = [
        [
            InlineKeyboardButton(
                text=texts.history_button.format(
                    day=short_day(row.local_date),
                    meal=texts.meals[Meal(row.meal)],
                    kcal=number(float(row.kcal)),
                    description=row.description[:40],
                ),
                callback_data=f"{PREFIX}show:{row.id}",
            )
        ]
        for row in rows[:PAGE]
    ]
    if len(rows) > PAGE:
        buttons.append(
            [InlineKeyboardButton(text=texts.older, callback_data=f"{PREFIX}hist:{offset + PAGE}")]
        )
    return Reply(texts.history_header, InlineKeyboardMarkup(inline_keyboard=buttons))


PAGE = 8
"""Entries per /history page."""


# --- formatting ---------------------------------------------------------------------------


def problem_text(texts: MealTexts, error: FoodParseError) -> str:
    """What bad input is told (the item at fault quoted, escaped and cut short)."""
    return texts.problems[error.problem].format(span=html.escape(error.span[:60]))


def number(value: float) -> str:
    """A whole number with thousands separators: "1,250"."""
    return f"{round(value):,}"


def grams(value: float) -> str:
    """Grams: whole above 10, one decimal below ("1.2 g" of an almond)."""
    return f"{value:,.0f}" if value >= 10 else f"{value:.1f}".rstrip("0").rstrip(".")


def short_day(day: date) -> str:
    """ "Mon 28 Nov"."""
    return day.strftime("%a %d %b")


def totals_line(texts: MealTexts, totals: Nutrients) -> str:
    """The totals line of an entry."""
    return texts.total.format(
        kcal=number(totals.kcal),
        protein=number(totals.protein_g),
        carbs=number(totals.carbs_g),
        fat=number(totals.fat_g),
    )


def entry_text(texts: MealTexts, entry: Entry) -> str:
    """An entry: its meal and day, one line per item, and the totals on their own line."""
    meal = texts.meals[entry.meal]
    when = short_day(entry.row.local_date)
    if entry.row.deleted:
        return texts.entry_deleted.format(meal=meal, when=when)
    header = texts.entry_header.format(icon=texts.meal_icons[entry.meal], meal=meal, when=when)
    lines = [header]
    for item in entry.items:
        lines.append(
            texts.item.format(
                span=html.escape(item.typed or item_span(item.quantity, item.unit, item.size)),
                food=html.escape(item.food_name),
                grams=grams(float(item.grams or 0)),
                kcal=number(float(item.kcal)),
            )
        )
    lines.append(totals_line(texts, entry.totals))
    return "\n".join(lines)


def item_span(quantity: object, unit: str | None, size: str | None) -> str:
    """How much, from a stored item without its typed text ("2 slice", "0.5 large")."""
    amount = f"{float(str(quantity)):g}" if quantity is not None else "1"
    return " ".join(part for part in (amount, size or "", unit or "") if part)


def entry_keyboard(texts: MealTexts, entry: Entry) -> InlineKeyboardMarkup:
    """OK, Edit, Delete, and the four meals (the current one marked); Undo once deleted."""
    if entry.row.deleted:
        undo = InlineKeyboardButton(text=texts.undo, callback_data=f"{PREFIX}undo:{entry.id}")
        return InlineKeyboardMarkup(inline_keyboard=[[undo]])
    actions = [
        InlineKeyboardButton(text=texts.ok, callback_data=f"{PREFIX}ok:{entry.id}"),
        InlineKeyboardButton(text=texts.edit, callback_data=f"{PREFIX}edit:{entry.id}"),
        InlineKeyboardButton(text=texts.delete, callback_data=f"{PREFIX}del:{entry.id}"),
    ]
    meals = [
        InlineKeyboardButton(
            text=("• " if meal is entry.meal else "") + texts.meals[meal],
            callback_data=f"{PREFIX}set:{entry.id}:{meal}",
        )
        for meal in Meal
    ]
    return InlineKeyboardMarkup(inline_keyboard=[actions, meals])


def question_message(texts: MealTexts, question: Question, token: str) -> Reply:
    """The question about an item, with its choices (or amounts) and Skip as buttons."""
    skip = InlineKeyboardButton(text=texts.skip, callback_data=f"{PREFIX}skip:{token}")
    span = html.escape(question.span[:80])
    if question.kind == "amount":
        food = html.escape(question.choices[0].name if question.choices else question.food)
        amounts = [
            InlineKeyboardButton(
                text=texts.amount_button.format(grams=g), callback_data=f"{PREFIX}g:{token}:{g}"
            )
            for g in AMOUNTS_G
        ]
        text = texts.ask_amount.format(span=span, food=food)
        return Reply(text, InlineKeyboardMarkup(inline_keyboard=[amounts, [skip]]))
    if not question.choices:
        text = texts.ask_unknown.format(food=html.escape(question.food[:80]))
        return Reply(text, InlineKeyboardMarkup(inline_keyboard=[[skip]]))
    rows = [
        [
            InlineKeyboardButton(
                text=(
                    texts.choice.format(name=choice.name[:48], kcal=number(choice.kcal))
                    if choice.kcal is not None
                    else texts.choice_no_kcal.format(name=choice.name[:56])
                ),
                callback_data=f"{PREFIX}pick:{token}:{index}",
            )
        ]
        for index, choice in enumerate(question.choices)
    ]
    rows.append([skip])
    return Reply(texts.ask_food.format(span=span), InlineKeyboardMarkup(inline_keyboard=rows))


def progress_bar(share: float) -> str:
    """Ten cells, filled in proportion (a full bar past the target)."""
    filled = min(BAR_CELLS, max(0, round(share * BAR_CELLS)))
    return "▓" * filled + "░" * (BAR_CELLS - filled)


def today_text(texts: MealTexts, day: DaySummary) -> str:
    """/today: per meal, the total against the target with a bar, macros, what is left."""
    lines = [texts.today_header.format(day=short_day(day.day))]
    if day.entries == 0:
        lines.append(texts.today_empty)
    for meal, totals in day.meals.items():
        lines.append(
            texts.today_meal.format(
                icon=texts.meal_icons[meal], meal=texts.meals[meal], kcal=number(totals.kcal)
            )
        )
    target = day.targets
    if day.entries:
        lines.append(
            texts.today_total.format(
                kcal=number(day.total.kcal),
                target=number(target.kcal),
                percent=round(day.total.kcal / target.kcal * 100),
                bar=progress_bar(day.total.kcal / target.kcal),
            )
        )
        lines.append(
            texts.today_macros.format(
                protein=number(day.total.protein_g),
                protein_target=number(target.protein_g),
                carbs=number(day.total.carbs_g),
                carbs_target=number(target.carbs_g),
                fat=number(day.total.fat_g),
                fat_target=number(target.fat_g),
            )
        )
    left = day.left.kcal
    template = texts.today_left if left >= 0 else texts.today_over
    lines.append(template.format(kcal=number(abs(left))))
    lines.append(
        texts.today_water.format(water=number(day.water_ml), goal=number(day.targets.water_ml))
    )
    return "\n".join(lines)


def week_text(texts: MealTexts, week: WeekSummary) -> str:
    """/week's table: a row per day, and the average of the days with entries."""
    rows = [
        texts.week_row.format(
            day=day.strftime("%a %d"),
            kcal=number(n.kcal),
            protein=number(n.protein_g),
            carbs=number(n.carbs_g),
            fat=number(n.fat_g),
        )
        for day, n in week.days
    ]
    header = texts.week_header.format(target=number(week.targets.kcal))
    average = texts.week_average.format(days=week.logged_days, kcal=number(week.average.kcal))
    return "\n".join([header, "<pre>" + "\n".join(rows) + "</pre>", average])
