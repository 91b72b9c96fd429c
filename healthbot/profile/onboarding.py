"""The setup dialog (aiogram FSM, durable in Redis): one question per step, each skippable.

The same questions serve the first setup (mode "setup": step after step, targets at the
end) and /profile's edits (mode "edit": one question, then the profile again). Every answer
is stored as soon as it is given, so a dialog left half-way keeps what was said, and the
dialog's state itself (which question is open) survives a restart in Redis.

Commands are never answers: the text handler ignores messages starting with "/", so they
reach their own handlers (profile's router comes first, the others after it) and the dialog
stays open on its question; the next plain answer, or a button of the question, goes on
with it; /cancel (or /profile's buttons) leaves it.

Retries: a handler stores the answer, sends, and moves the dialog's state last; the dialog's
data holds the key of the update that moved it (see `replay`). A retried update is either
run again from the start (it crashed before the move: nothing it did is repeated, writes
being idempotent and sends recorded in the reply ledger) or, having moved the dialog
already, repeats its sends only: an answer is never applied to the next question.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Final

from aiogram import Bot
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message
from aiogram.types import User as TelegramUser

from healthbot.handlers import answer_query
from healthbot.ops import OpKey
from healthbot.profile import parsing, timezones, views
from healthbot.profile.repository import ProfileField
from healthbot.profile.service import ProfileService
from healthbot.profile.texts import TEXTS, ProfileTexts
from healthbot.profile.timezones import AmbiguousTimezone, UnknownTimezone
from healthbot.users import User, ensure_registered

log = logging.getLogger(__name__)


class Setup(StatesGroup):
    """The dialog's questions, one state each."""

    name = State()
    timezone = State()
    units = State()
    sex = State()
    age = State()
    height = State()
    weight = State()
    activity = State()
    goal = State()
    kcal = State()


STEPS: Final = ("name", "timezone", "units", "sex", "age", "height", "weight", "activity", "goal")
"""The setup dialog's questions, in order."""
EDITABLE: Final = (*STEPS, "kcal")
"""What /profile can change one at a time (the calorie target is asked for there only)."""
CHOICES: Final[dict[str, tuple[str, ...]]] = {
    "units": ("metric", "imperial"),
    "sex": ("male", "female", "other"),
    "activity": ("sedentary", "light", "moderate", "active", "very_active"),
    "goal": ("lose", "maintain", "gain"),
}
_COLUMNS: Final[dict[str, ProfileField]] = {
    "name": "display_name",
    "units": "units",
    "sex": "sex",
    "activity": "activity_level",
    "goal": "goal",
    "height": "height_cm",
}
# Answers the daily targets depend on: storing one recomputes them.
_TARGET_INPUTS: Final = frozenset({"sex", "age", "height", "weight", "activity", "goal"})
_STATE_STEP: Final = {getattr(Setup, step).state: step for step in EDITABLE}

ANSWER_PREFIX: Final = "ob:"
SKIP: Final = "skip"
TELEGRAM_NAME: Final = "tg"
AUTO_KCAL: Final = "auto"


def answer_data(step: str, value: str) -> str:
    """The callback data of an answer button: "ob:<step>:<value>" (at most 64 bytes)."""
    return f"{ANSWER_PREFIX}{step}:{value}"


def state_of(step: str) -> State:
    """The dialog state that asks `step`."""
    state: State = getattr(Setup, step)
    return state


@dataclass(frozen=True, slots=True)
class Asking:
    """What a question shows beside its text: the current values and the user's name."""

    first_name: str
    timezone: str
    units: str
    kcal: int


async def asking(profiles: ProfileService, sender: TelegramUser) -> Asking:
    """The current values a question mentions (cached reads)."""
    user = await profiles.get(sender.id)
    profile = await profiles.profile(sender.id)
    targets = await profiles.targets(sender.id)
    return Asking(
        first_name=sender.first_name,
        timezone=user.timezone if user is not None else "UTC",
        units=profile.units if profile is not None else "metric",
        kcal=targets.kcal,
    )


def question(
    texts: ProfileTexts, step: str, mode: str, now: Asking, suggestions: tuple[str, ...] = ()
) -> tuple[str, InlineKeyboardMarkup]:
    """A step's question and its buttons (choices, suggestions, then Skip)."""
    imperial = now.units == "imperial"
    text = texts.questions[step].format(
        timezone=html.escape(now.timezone),
        example=views.height_example(imperial)
        if step == "height"
        else views.weight_example(imperial),
        kcal=f"{now.kcal:,}",
    )
    if mode == "setup" and step in STEPS:
        text = texts.step_counter.format(number=STEPS.index(step) + 1, total=len(STEPS)) + text
    rows: list[list[InlineKeyboardButton]] = []
    for value in CHOICES.get(step, ()):
        label = texts.choices[step][value]
        rows.append([InlineKeyboardButton(text=label, callback_data=answer_data(step, value))])
    for zone in suggestions:
        rows.append([InlineKeyboardButton(text=zone, callback_data=answer_data(step, zone))])
    if step == "name":
        call_me = texts.call_me.format(name=now.first_name[:40])
        rows.append(
            [InlineKeyboardButton(text=call_me, callback_data=answer_data(step, TELEGRAM_NAME))]
        )
    if step == "kcal":
        rows.append(
            [
                InlineKeyboardButton(
                    text=texts.use_formula, callback_data=answer_data(step, AUTO_KCAL)
                )
            ]
        )
    rows.append([InlineKeyboardButton(text=texts.skip, callback_data=answer_data(step, SKIP))])
    return text, InlineKeyboardMarkup(inline_keyboard=rows)


async def ask(
    bot: Bot,
    chat_id: int,
    state: FSMContext,
    profiles: ProfileService,
    sender: TelegramUser,
    *,
    step: str,
    mode: str,
    op: OpKey,
    answered: str | None = None,
    prefix: str = "",
    suggestions: tuple[str, ...] = (),
) -> None:
    """Send `step`'s question, then open it: the dialog's state moves last (see `replay`)."""
    texts = TEXTS.of(sender)
    text, keyboard = question(texts, step, mode, await asking(profiles, sender), suggestions)
    await bot.send_message(chat_id, prefix + text, reply_markup=keyboard)
    await state.set_data({"mode": mode, "step": step, "op": op.value, "answered": answered})
    await state.set_state(state_of(step))


class Refused(Exception):
    """An answer that cannot be stored; `reply` says why, `suggestions` are buttons to offer."""

    def __init__(self, reply: str, suggestions: tuple[str, ...] = ()) -> None:
        super().__init__(reply)
        self.reply = reply
        self.suggestions = suggestions


async def read_text(
    step: str, message: Message, texts: ProfileTexts, now: Asking
) -> tuple[object, str]:
    """A typed (or shared) answer as (value to store, what to show); raise `Refused`."""
    if step == "timezone":
        return await _read_timezone(message, texts)
    if step in CHOICES:
        value = _choice(step, message.text or "", texts)
        return value, texts.choices[step][value]
    imperial = now.units == "imperial"
    try:
        return _parse(step, message.text, now.units)
    except parsing.ProfileInputError as error:
        example = (
            views.height_example(imperial) if step == "height" else views.weight_example(imperial)
        )
        raise Refused(texts.problems[step][error.problem].format(example=example)) from None


def _parse(step: str, text: str | None, units: str) -> tuple[object, str]:
    """A typed number or name; raise `ProfileInputError`."""
    if text is None:  # a sticker, a photo...
        raise parsing.ProfileInputError(parsing.Problem.NOT_UNDERSTOOD)
    imperial = units == "imperial"
    if step == "name":
        name = parsing.parse_name(text)
        return name, name
    if step == "age":
        age = parsing.parse_age(text)
        return age, str(age)
    if step == "height":
        cm = parsing.parse_height(text, imperial)
        return cm, views.height(cm, units)
    if step == "weight":
        kg = parsing.parse_weight(text, imperial)
        return kg, views.weight(kg, units)
    kcal = parsing.parse_kcal(text)
    return kcal, f"{kcal:,} kcal"


async def _read_timezone(message: Message, texts: ProfileTexts) -> tuple[object, str]:
    if message.location is not None:
        found = await timezones.from_location(message.location.latitude, message.location.longitude)
        if found is None:
            raise Refused(texts.timezone_location_unknown)
        return found, found
    text = message.text or ""
    try:
        zone = timezones.resolve(text)
    except AmbiguousTimezone as error:
        reply = texts.timezone_ambiguous.format(text=html.escape(text[:40]))
        raise Refused(reply, error.suggestions) from None
    except UnknownTimezone as error:
        reply = texts.timezone_unknown.format(text=html.escape(text[:40]))
        if error.suggestions:
            reply += " " + texts.timezone_suggest
        raise Refused(reply, error.suggestions) from None
    return zone, zone


def _choice(step: str, text: str, texts: ProfileTexts) -> str:
    """A choice typed instead of pressed: its value or its label, in any case."""
    wanted = " ".join(text.lower().replace("_", " ").split())
    for value, label in texts.choices[step].items():
        if wanted in (value.replace("_", " "), label.lower(), label.lower().split(" (")[0]):
            return value
    raise Refused(texts.choose_a_button)


def read_button(
    step: str, value: str, sender: TelegramUser, texts: ProfileTexts
) -> tuple[object, str] | None:
    """A pressed answer as (value to store, what to show); None for an unknown value.

    Button data is untrusted: only a value one of our buttons carries is accepted.
    """
    if step in CHOICES:
        return (value, texts.choices[step][value]) if value in CHOICES[step] else None
    if step == "name" and value == TELEGRAM_NAME:
        try:
            name = parsing.parse_name(sender.first_name[: parsing.MAX_NAME_CHARS])
        except parsing.ProfileInputError:  # a Telegram name we would not store if typed
            return None
        return name, name
    if step == "timezone" and timezones.is_known(value):
        return value, value
    if step == "kcal" and value == AUTO_KCAL:
        return None, texts.use_formula
    return None


async def save(profiles: ProfileService, user_id: int, step: str, value: object, op: OpKey) -> None:
    """Store one answer (idempotent: a weigh-in is keyed by the update) and the targets."""
    if step == "timezone":
        assert isinstance(value, str)
        await profiles.set_timezone(user_id, value)
    elif step == "age":
        assert isinstance(value, int)
        await profiles.set_age(user_id, value)
    elif step == "weight":
        assert isinstance(value, Decimal)
        await profiles.log_weight(user_id, value, op.step("profile:weight"))
    elif step == "kcal":
        assert value is None or isinstance(value, int)
        await profiles.set_kcal_target(user_id, value)
    else:
        await profiles.set_field(user_id, _COLUMNS[step], value)
    if step in _TARGET_INPUTS:
        await profiles.recompute(user_id)


async def proceed(
    bot: Bot,
    chat_id: int,
    state: FSMContext,
    profiles: ProfileService,
    sender: TelegramUser,
    *,
    step: str,
    data: Mapping[str, Any],
    op: OpKey,
) -> None:
    """After an answer (or a skip): the next question, the summary, or the profile."""
    mode = str(data.get("mode", "setup"))
    if mode == "setup" and step in STEPS and step != STEPS[-1]:
        following = STEPS[STEPS.index(step) + 1]
        await ask(
            bot, chat_id, state, profiles, sender,
            step=following, mode=mode, op=op, answered=step,
        )  # fmt: skip
        return
    texts = TEXTS.of(sender)
    if mode == "setup":
        await profiles.mark_onboarded(sender.id)
        overview = await profiles.overview(sender.id)
        text = texts.setup_done.format(
            name=html.escape(overview.name or sender.first_name),
            targets=views.targets_text(texts, overview),
        )
        await bot.send_message(chat_id, text, reply_markup=views.after_setup_keyboard(texts))
    else:
        await profiles.recompute(sender.id)
        overview = await profiles.overview(sender.id)
        await bot.send_message(
            chat_id,
            views.profile_text(texts, overview),
            reply_markup=views.profile_keyboard(texts),
        )
    # The dialog ends last; its data says which update ended it (see `replay`).
    await state.set_state(None)
    await state.set_data({"mode": mode, "op": op.value, "answered": step})


def replay(data: Mapping[str, Any], op: OpKey) -> str | None:
    """The step this update answered, if it is a retry of a run that moved the dialog on.

    Everything a run does comes before the dialog's state moves (stores, then sends, then
    the state), so a run that crashed earlier left the question open and simply runs again:
    its writes are idempotent and the reply ledger keeps its sends from repeating. Only a
    run that got as far as moving the state (and failed after) finds its own key here: it
    must not take its answer for the next question's, and repeats its sends instead.
    """
    answered = data.get("answered")
    return str(answered) if data.get("op") == op.value and answered else None


async def on_text_answer(
    message: Message, state: FSMContext, op: OpKey, profiles: ProfileService, user: User | None
) -> None:
    """A message (not a command) while a question is open: the answer to it."""
    sender = message.from_user
    step = _STATE_STEP.get(await state.get_state() or "")
    if sender is None or step is None or message.bot is None:
        return
    data = await state.get_data()
    mode = str(data.get("mode", "setup"))
    bot, chat_id = message.bot, message.chat.id
    if (answered := replay(data, op)) is not None:
        await proceed(bot, chat_id, state, profiles, sender, step=answered, data=data, op=op)
        return
    await ensure_registered(sender, user, profiles.users)
    texts = TEXTS.of(sender)
    try:
        value, _shown = await read_text(step, message, texts, await asking(profiles, sender))
    except Refused as refused:
        await ask(
            bot, chat_id, state, profiles, sender, step=step, mode=mode, op=op,
            prefix=refused.reply + "\n\n", suggestions=refused.suggestions,
        )  # fmt: skip
        return
    await save(profiles, sender.id, step, value, op)
    await proceed(bot, chat_id, state, profiles, sender, step=step, data=data, op=op)


async def on_answer_button(
    query: CallbackQuery, state: FSMContext, op: OpKey, profiles: ProfileService, user: User | None
) -> None:
    """A press of a question's button: the answer (or Skip) to the open question."""
    sender = query.from_user
    texts = TEXTS.of(sender)
    _, step, value = (
        (query.data or "").split(":", 2) if (query.data or "").count(":") >= 2 else ("", "", "")
    )
    current = _STATE_STEP.get(await state.get_state() or "")
    data = await state.get_data()
    repeated = replay(data, op) == step
    if not repeated and (step not in EDITABLE or step != current):
        await answer_query(query, texts.question_closed, alert=True)
        return
    answer = None if value == SKIP else read_button(step, value, sender, texts)
    if answer is None and value != SKIP:
        log.info("refused answer button %r from user %d", query.data, sender.id)
        await answer_query(query, texts.question_closed, alert=True)
        return
    if not repeated:
        await ensure_registered(sender, user, profiles.users)
        if answer is not None:
            await save(profiles, sender.id, step, answer[0], op)
    await answer_query(query)
    await _mark_answered(query, texts, None if answer is None else answer[1])
    assert query.bot is not None
    await proceed(query.bot, sender.id, state, profiles, sender, step=step, data=data, op=op)


async def _mark_answered(query: CallbackQuery, texts: ProfileTexts, shown: str | None) -> None:
    """Show the answer under its question and take the buttons away."""
    if not isinstance(query.message, Message):  # too old to edit: nothing to tidy
        return
    asked = query.message.html_text
    if shown is None:
        text = texts.skipped.format(question=asked)
    else:
        text = texts.answered.format(question=asked, answer=html.escape(shown))
    await query.message.edit_text(text, reply_markup=None)
