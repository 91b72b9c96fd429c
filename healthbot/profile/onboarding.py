"""The setup dialog (aiogram FSM, durable in Redis): one question per step, each skippable.
This module runs it; the questions are `questions`', the answers `answers`'.

The same questions serve the first setup (mode "setup": step after step, targets at the
end) and /profile's edits (mode "edit": one question, then the profile again). Every answer
is stored as soon as it is given, so a dialog left half-way keeps what was said, and the
dialog's state itself (which question is open) survives a restart in Redis.

Commands are never answers: the text handler ignores messages starting with "/", so they
reach their own handlers (profile's router comes first, the others after it) and the dialog
stays open on its question; the next plain answer, or a button of the question, goes on
with it; /cancel (or /profile's buttons) leaves it. /skip alone is taken, as the question's
Skip button typed. Text that is clearly no answer (a meal
or a correction typed at the timezone's question: `answers.NotAnAnswer`) goes on in the
same way to the handlers after this one. An answer, typed or tapped, is shown under its
question (✓), and the question's buttons go.

Retries: a handler stores the answer, sends, and moves the dialog's state last; the dialog's
data holds the key of the update that moved it (see `replay`). A retried update is either
run again from the start (it crashed before the move: nothing it did is repeated, writes
being idempotent and sends recorded in the reply ledger) or, having moved the dialog
already, repeats its sends only: an answer is never applied to the next question.
"""

from __future__ import annotations

import contextlib
import html
import logging
from collections.abc import Mapping, Sequence
from typing import Any

from aiogram import Bot
from aiogram.dispatcher.event.bases import SkipHandler
from aiogram.exceptions import TelegramBadRequest
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message
from aiogram.types import User as TelegramUser

from healthbot.handlers import answer_query
from healthbot.ops import OpKey
from healthbot.profile import goals, parsing, views
from healthbot.profile.answers import (
    NotAnAnswer,
    Refused,
    read_button,
    read_text,
    save,
    says_skip,
)
from healthbot.profile.asides import unhedged
from healthbot.profile.questions import (
    EDITABLE,
    SKIP,
    STATE_STEP,
    STEPS,
    asking,
    question,
    state_of,
)
from healthbot.profile.service import ProfileService
from healthbot.profile.texts import TEXTS, ProfileTexts
from healthbot.rewards import Rewards
from healthbot.users import User, ensure_registered

log = logging.getLogger(__name__)


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
    sent = await bot.send_message(chat_id, prefix + text, reply_markup=keyboard)
    await state.set_data(
        {
            "mode": mode, "step": step, "op": op.value, "answered": answered,
            # The question as sent: a typed answer is shown under it, as a tapped one is.
            "asked": sent.message_id, "asked_text": sent.html_text,
        }
    )  # fmt: skip
    await state.set_state(state_of(step))


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
    if (following := await next_step(profiles, sender.id, step, mode)) is not None:
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


async def next_step(profiles: ProfileService, user_id: int, step: str, mode: str) -> str | None:
    """The question after `step`: the next of the setup, the pace after the goal (in an edit
    too) when the goal points somewhere; None when the dialog is done."""
    if step == "goal":
        return "pace" if goals.needs_pace(await profiles.profile(user_id)) else None
    if mode == "setup" and step in STEPS and step != STEPS[-1]:
        return STEPS[STEPS.index(step) + 1]
    return None


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
    message: Message,
    state: FSMContext,
    op: OpKey,
    profiles: ProfileService,
    user: User | None,
    *,
    rewards: Rewards | None = None,
) -> None:
    """A message (not a command) while a question is open: the answer to it (a weight is
    the user's first weigh-in, or another: it pays a weigh-in's XP, as /weight does)."""
    sender = message.from_user
    step = STATE_STEP.get(await state.get_state() or "")
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
    if says_skip(message.text):  # as the Skip button
        await _show_typed(bot, chat_id, data, texts, None)
        await proceed(bot, chat_id, state, profiles, sender, step=step, data=data, op=op)
        return
    try:
        value, shown = await read_text(step, message, texts, await asking(profiles, sender))
    except NotAnAnswer:
        raise SkipHandler from None  # a meal, a correction: the handlers after this one's
    except Refused as refused:
        await ask(
            bot, chat_id, state, profiles, sender, step=step, mode=mode, op=op,
            prefix=refused.reply + "\n\n", suggestions=refused.suggestions,
        )  # fmt: skip
        return
    await save(profiles, sender.id, step, value, op)
    earned: list[str] = []
    if step == "weight" and rewards is not None:  # keyed as the weigh-in's row
        earned = await rewards(sender.id, sender.language_code, "weight", op.step("profile:weight"))
    if step in ("weight", "goal"):  # "13 st 6": the user's weights in stones from now on
        said = message.text or ""
        await profiles.weigh_in_stones(sender.id, parsing.said_in_stones(unhedged(said) or said))
    elif step == "units":  # "stones": imperial, and weights in stones
        await profiles.weigh_in_stones(sender.id, parsing.says_stones(message.text or ""))
    await _show_typed(bot, chat_id, data, texts, shown, earned=earned)
    await proceed(bot, chat_id, state, profiles, sender, step=step, data=data, op=op)


async def _show_typed(
    bot: Bot,
    chat_id: int,
    data: Mapping[str, Any],
    texts: ProfileTexts,
    shown: str | None,
    *,
    earned: Sequence[str] = (),
) -> None:
    """Show a typed answer under its question, as a tapped one is (with what it `earned`:
    "🏅 Achievement: First weigh-in"), and take the question's buttons away (a question asked
    before this was kept in the dialog has nothing to edit)."""
    asked, asked_text = data.get("asked"), data.get("asked_text")
    if not isinstance(asked, int) or not isinstance(asked_text, str):
        return
    if shown is None:
        text = texts.skipped.format(question=asked_text)
    else:
        text = texts.answered.format(question=asked_text, answer=html.escape(shown))
    text = "\n".join([text, *earned])
    with contextlib.suppress(TelegramBadRequest):  # deleted, or too old to edit
        await bot.edit_message_text(text, chat_id=chat_id, message_id=asked, reply_markup=None)


async def on_answer_button(
    query: CallbackQuery, state: FSMContext, op: OpKey, profiles: ProfileService, user: User | None
) -> None:
    """A press of a question's button: the answer (or Skip) to the open question."""
    sender = query.from_user
    texts = TEXTS.of(sender)
    _, step, value = (
        (query.data or "").split(":", 2) if (query.data or "").count(":") >= 2 else ("", "", "")
    )
    current = STATE_STEP.get(await state.get_state() or "")
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
