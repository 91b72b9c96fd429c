"""The questions of /log: asked one at a time in a dialog of the meal feature's own.

The dialog lives under its own FSM destiny ("meals"), so that a /log sent in the middle of
another dialog (the onboarding's) neither ends it nor is ended by it; its text handlers
never see a command (text starting with "/"), which is obeyed as that command.

A question is answered by a button (a choice, an amount, Skip: each carries the question's
token, so a press on an older question is "over") or by text (another name for the food, or
the grams). Text that cannot be such an answer, a sentence or a question ("what should I eat
tonight?"), is not taken for one: it goes on to the coach, and the question stays open for
its buttons or a later answer. Every answer is written before the reply and idempotently
(an entry once per key, an item once per position), and the dialog moves on only after the
reply is out: a retried answer finds the dialog where it was and does the same again, which
the reply ledger sends once. A retry after the dialog moved is recognised by its key
(`answered_by`) and only shows the current question again.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from typing import Any

from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, Message
from aiogram.types import User as TelegramUser

from healthbot.food.parser import MAX_GRAMS, FoodParseError
from healthbot.food.units import GRAMS_PER_UNIT, Unit
from healthbot.gamification import GamificationService, award
from healthbot.handlers import answer_query, ensure_registered
from healthbot.meals.foods import FoodsNotReady, Portion, Question
from healthbot.meals.portions import Meal
from healthbot.meals.service import Entry, MealService, Understood
from healthbot.meals.texts import TEXTS, MealTexts
from healthbot.meals.views import Reply, entry_reply, problem_text, question_message
from healthbot.ops import OpKey
from healthbot.profile.repository import User
from healthbot.profile.service import ProfileService

log = logging.getLogger(__name__)

DESTINY = "meals"
"""The FSM destiny of the meal dialog (the default one belongs to other dialogs)."""
_GRAMS = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*(g|gr|grams?|oz|ounces?)?\s*$", re.IGNORECASE)
_ANSWER_WORDS = 4  # text without a digit and longer than this is a sentence, not an answer
_QUESTION_ACTION = re.compile(r"^meal:(pick|skip|g):([0-9a-f]{8})(?::([0-9]{1,2}))?$")


class Logging(StatesGroup):
    """The dialog states of meal logging."""

    answering = State()  # a question about an item is open
    editing = State()  # the corrected list of an entry is awaited


def meal_dialog(state: FSMContext) -> FSMContext:
    """The chat's meal dialog, beside whatever dialog `state` (the default one) holds."""
    return FSMContext(storage=state.storage, key=replace(state.key, destiny=DESTINY))


async def answering(message: Message, state: FSMContext) -> bool:
    """Filter: a meal question is open."""
    return await meal_dialog(state).get_state() == Logging.answering.state


async def may_answer(message: Message) -> bool:
    """Filter: text that can answer a meal question: with a number ("120 g", "2 slices"), or
    a few words ending in no question mark (a food's name, "a slice"). A longer sentence
    without a number, or a question, is for the coach."""
    text = message.text or ""
    if any(c.isdigit() for c in text):
        return True
    return len(text.split()) <= _ANSWER_WORDS and not text.rstrip().endswith("?")


async def editing(message: Message, state: FSMContext) -> bool:
    """Filter: the corrected list of an entry is awaited."""
    return await meal_dialog(state).get_state() == Logging.editing.state


async def open_questions(
    message: Message,
    state: FSMContext,
    understood: Understood,
    *,
    entry_id: int | None,
    meal: Meal | None,
    op: OpKey,
) -> None:
    """Ask the first of the text's questions, then keep them all in the meal dialog (which
    ends when there are none)."""
    dialog = meal_dialog(state)
    if not understood.questions:
        await dialog.clear()
        return
    token = op_token(op)
    texts = TEXTS.of(message.from_user)
    await question_message(texts, understood.questions[0], token).send(message)
    await dialog.set_state(Logging.answering)
    await dialog.set_data(
        {
            "entry_id": entry_id,
            "meal": None if meal is None else str(meal),
            "days_ago": understood.days_ago,
            "text": understood.text,
            "questions": [q.to_json() for q in understood.questions],
            "token": token,
            "answered_by": str(op),
        }
    )


def op_token(op: OpKey) -> str:
    """A short token naming the operation that asked a question (its buttons carry it); the
    same in every process, so that a retried update's buttons still match its dialog."""
    return hashlib.blake2b(str(op).encode(), digest_size=4).hexdigest()


@dataclass(frozen=True, slots=True)
class Turn:
    """One answer to the open question: who answered, under which operation, and the
    dialog as it stood."""

    sender: TelegramUser
    op: OpKey
    dialog: FSMContext
    data: dict[str, Any]
    meals: MealService
    gamification: GamificationService | None

    @property
    def texts(self) -> MealTexts:
        """The sender's texts."""
        return TEXTS.of(self.sender)

    @property
    def questions(self) -> list[Question]:
        """The open questions, the one being answered first."""
        return [Question.from_json(q) for q in self.data.get("questions", [])]

    @property
    def repeated(self) -> bool:
        """This operation already moved the dialog (a retry): show, don't apply again."""
        return self.data.get("answered_by") == str(self.op)

    def current(self) -> Reply:
        """The open question as it is shown."""
        return question_message(self.texts, self.questions[0], str(self.data.get("token")))


async def turn_of(
    sender: TelegramUser,
    op: OpKey,
    state: FSMContext,
    meals: MealService,
    gamification: GamificationService | None,
) -> Turn:
    """The turn of an answer, with the meal dialog as it stands."""
    dialog = meal_dialog(state)
    return Turn(sender, op, dialog, await dialog.get_data(), meals, gamification)


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
    turn = await turn_of(query.from_user, op, state, meals, gamification)
    texts = turn.texts
    match = _QUESTION_ACTION.match(query.data or "")
    questions = turn.questions
    message = query.message if isinstance(query.message, Message) else None
    if questions and turn.repeated and match is not None:
        await answer_query(query)  # a retry after the dialog moved: show where it is
        if message is not None:
            await turn.current().edit(message)
        return
    if match is None or not questions or turn.data.get("token") != match[2]:
        await answer_query(query, texts.stale)
        return
    try:
        found = await pressed(meals, questions[0], match[1], match[3])
    except ValueError:
        log.info("refused meal question data %r from user %d", query.data, query.from_user.id)
        await answer_query(query, texts.refused, alert=True)
        return
    except FoodParseError as error:
        await answer_query(query, problem_text(texts, error), alert=True)
        return
    except FoodsNotReady:
        await answer_query(query, texts.not_ready, alert=True)
        return
    await answer_query(query)
    await ensure_registered(query.from_user, user, profiles)
    reply, settle = await advance(turn, found)
    if message is not None:
        await reply.edit(message)
    await settle()


async def pressed(
    meals: MealService, question: Question, action: str, argument: str | None
) -> Portion | Question | None:
    """What a button of `question` answers (None: Skip); ValueError if it has no such button."""
    if action == "skip":
        return None
    index = -1 if argument is None else int(argument)
    if action == "pick" and question.kind == "food" and 0 <= index < len(question.choices):
        return await meals.choose(question, question.choices[index].uid)
    if action == "g" and question.kind == "amount" and 0 <= index < len(question.amounts):
        return await meals.weigh(question, question.amounts[index].grams)
    raise ValueError("not a button of this question")


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
    turn = await turn_of(sender, op, state, meals, gamification)
    texts, questions = turn.texts, turn.questions
    if not questions:
        await turn.dialog.clear()
        return
    if turn.repeated:  # a retry after the dialog moved: the answer was applied once
        await turn.current().send(message)
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
    reply, settle = await advance(turn, found)
    await reply.send(message)
    await settle()


Settle = Callable[[], Awaitable[None]]


async def advance(turn: Turn, found: Portion | Question | None) -> tuple[Reply, Settle]:
    """Apply the answer to the first question (None: skipped): store what it resolved.
    Return the next message (the next question, or the entry as it now stands) and what
    moves the dialog on, to be awaited once that message is out."""
    questions = turn.questions
    entry_id = turn.data.get("entry_id")
    earned: list[str] = []
    if isinstance(found, Question):  # the food is known now, its amount is not (or renamed)
        questions = [found, *questions[1:]]
    else:
        questions = questions[1:]
        if isinstance(found, Portion):
            entry, earned = await store(turn, found)
            if entry is None:  # deleted meanwhile: nothing more to add it to
                return Reply(turn.texts.gone), turn.dialog.clear
            entry_id = entry.id
    if questions:
        token = op_token(turn.op)
        data = {
            **turn.data,
            "entry_id": entry_id,
            "questions": [q.to_json() for q in questions],
            "token": token,
            "answered_by": str(turn.op),
        }

        async def move_on() -> None:
            await turn.dialog.set_data(data)

        return question_message(turn.texts, questions[0], token), move_on
    user_id = turn.sender.id
    entry = None if not isinstance(entry_id, int) else await turn.meals.entry(user_id, entry_id)
    if entry is None or entry.row.deleted:
        return Reply(turn.texts.nothing_logged), turn.dialog.clear
    return entry_reply(turn.texts, entry, earned), turn.dialog.clear


async def store(turn: Turn, portion: Portion) -> tuple[Entry | None, list[str]]:
    """Add an answered item to the dialog's entry, or start the entry with it (which earns
    what logging a meal earns); return the entry (None if it was deleted meanwhile) and the
    lines announcing what it earned."""
    entry_id = turn.data.get("entry_id")
    if isinstance(entry_id, int):
        return await turn.meals.add(turn.sender.id, entry_id, portion), []
    meal = turn.data.get("meal")
    key = turn.op.step("log")
    entry = await turn.meals.log(
        turn.sender.id,
        [portion],
        meal=Meal(meal) if isinstance(meal, str) and meal in set(Meal) else None,
        description=str(turn.data.get("text", "")),
        key=key,
        days_ago=int(turn.data.get("days_ago") or 0),
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
        value *= GRAMS_PER_UNIT[Unit.OZ]
    return value if 0 < value <= MAX_GRAMS else None


# --- editing an entry ---------------------------------------------------------------------


async def start_edit(
    message: Message, state: FSMContext, entry: Entry, presser: TelegramUser
) -> None:
    """Ask (under the entry's message) for the corrected list of the presser's entry."""
    texts = TEXTS.of(presser)
    dialog = meal_dialog(state)
    await message.answer(texts.edit_prompt.format(meal=texts.meals[entry.meal].lower()))
    await dialog.set_state(Logging.editing)
    await dialog.set_data({"entry_id": entry.id})


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
    dialog = meal_dialog(state)
    entry_id = (await dialog.get_data()).get("entry_id")
    if not isinstance(entry_id, int):
        await dialog.clear()
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
        await message.answer(texts.gone)
        await dialog.clear()
        return
    if understood.meal is not None:
        await meals.set_meal(sender.id, entry_id, understood.meal)
        entry = await meals.entry(sender.id, entry_id) or entry
    if understood.portions:
        await entry_reply(texts, entry).send(message)
    await open_questions(message, state, understood, entry_id=entry_id, meal=entry.meal, op=op)
