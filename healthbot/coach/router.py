"""Free text goes to the coach: its answer streams as a draft, then lands as messages.

Registered after every other feature's router, so a dialog waiting for text (a meal
question, the onboarding) takes its answers first; commands never reach it.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import inspect
import logging
import time
from dataclasses import dataclass
from typing import Any

from aiogram import Bot, F, Router
from aiogram.exceptions import TelegramBadRequest
from aiogram.filters import Command, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message

from healthbot.coach import photos, resting
from healthbot.coach.agent import MAX_MESSAGE, Admission, Answer, CoachService, Refusal
from healthbot.coach.memories import Memories
from healthbot.coach.memory import is_trivial
from healthbot.coach.photos import has_image
from healthbot.coach.prompt import Context
from healthbot.coach.render import MAX_MESSAGE as MAX_HTML
from healthbot.coach.render import plain, split, to_html
from healthbot.coach.standin import logged_offline
from healthbot.coach.texts import TEXTS, CoachTexts
from healthbot.coach.tools import Services, Toolbox
from healthbot.gamification import GamificationService, award
from healthbot.handlers import answer_query
from healthbot.localtime import utc_now, zone_named
from healthbot.meals import MealShortcuts
from healthbot.meals.allergens import allergies_of, in_entry
from healthbot.meals.dialog import open_card
from healthbot.meals.service import MealService
from healthbot.meals.texts import TEXTS as MEAL_TEXTS
from healthbot.meals.views import allergen_lines, entry_reply
from healthbot.metrics import COACH_ANSWERS, COACH_LATENCY, child
from healthbot.ops import OpKey
from healthbot.profile import ProfileService
from healthbot.pseudonyms import pseudonym
from healthbot.reminders.service import RemindersService
from healthbot.telegram.middlewares import UpdateContext
from healthbot.tracking import weigh_in_asked, weigh_in_question
from healthbot.tracking.service import TrackingService
from healthbot.users import User, UserRepository, ensure_registered

log = logging.getLogger(__name__)

FORGET = "coach:forget:"
"""Callback data of the /memories buttons: the prefix, then a memory id or "all"."""
MAX_LISTED = 20
MAX_SHOWN = 200  # characters of one memory in the list


def build_router() -> Router:
    """A new router with the coach's handlers."""
    router = Router(name="coach")
    router.message.register(cmd_memories, Command("memories"))
    router.callback_query.register(on_forget, F.data.startswith(FORGET))
    router.callback_query.register(on_ask_again, F.data == resting.ASK_AGAIN)
    # Only outside a dialog: a dialog waiting for text (of any feature, whatever the order of
    # the routers) takes it.
    router.message.register(coach_reply, F.text & ~F.text.startswith("/"), StateFilter(None))
    router.message.register(coach_reply, F.func(has_image), StateFilter(None))
    return router


async def coach_reply(
    message: Message,
    *,
    op: OpKey,
    state: FSMContext,
    coach: CoachService,
    meals: MealService,
    tracking: TrackingService,
    reminders: RemindersService,
    profiles: ProfileService,
    users: UserRepository,
    memories: Memories,
    user: User | None,
    gamification: GamificationService | None = None,
    shortcuts: MealShortcuts | None = None,
    update_context: UpdateContext | None = None,
) -> None:
    """Answer free text, or a photo of a meal, with the coach (or say kindly why not now;
    a photo's bytes that the barcode reader downloaded are in `update_context.files`)."""
    sender = message.from_user
    if sender is None or message.bot is None:
        return
    text = storable(message.text or message.caption or "")[:MAX_MESSAGE]
    started = time.perf_counter()
    texts = TEXTS.of(sender)
    record = await ensure_registered(sender, user, users)
    if coach.client.offline and await logged_offline(
        message, op=op, state=state, texts=texts, meals=meals, tracking=tracking,
        profiles=profiles, user=record, allergies=coach.preferences, gamification=gamification,
    ):  # fmt: skip
        return  # no model to ask: a meal, water or weigh-in told is logged as its command does
    try:
        coach.admit(sender.id, op)
    except Refusal:
        await refuse(
            message, texts, "too_fast", op=op, state=state, coach=coach, meals=meals,
            tracking=tracking, user=record, gamification=gamification, profiles=profiles,
        )  # fmt: skip
        return
    admitted: Admission | None = None
    photo = None
    if has_image(message):
        admitted = await coach.opening(sender.id, op)  # no download for a refusal
        if admitted.spent:
            await refuse(
                message, texts, "budget_spent", op=op, state=state, coach=coach, meals=meals,
                tracking=tracking, user=record, gamification=gamification, profiles=profiles,
            )  # fmt: skip
            return
        try:
            photo = await photos.fetch(
                message.bot, message, seconds=coach.settings.photo_download_seconds,
                files=None if update_context is None else update_context.files,
            )  # fmt: skip
        except photos.Unusable as unusable:
            COACH_ANSWERS.labels("photo_" + unusable.reason).inc()
            await message.answer(getattr(texts, "photo_" + unusable.reason))
            return
    admitted, context = await _context(
        sender.first_name, text, record, op, admitted, coach=coach, meals=meals,
        profiles=profiles, memories=memories,
    )  # fmt: skip
    if admitted.spent or admitted.rested:  # rested: a retry's, of a meal logged already
        await refuse(
            message, texts, "budget_spent" if admitted.spent else "too_fast", op=op,
            state=state, coach=coach, meals=meals, tracking=tracking, user=record,
            gamification=gamification, profiles=profiles, counted=not admitted.rested,
        )  # fmt: skip
        return
    services = Services(
        meals, tracking, reminders, profiles, gamification, memories.keep, coach.preferences,
        shortcuts,
    )  # fmt: skip
    toolbox = Toolbox(sender.id, op, services)
    drafts = Drafts(
        message.bot,
        message.chat.id,
        message.message_id,
        coach.settings.draft_interval_ms / 1000,
        started,
    )
    drafts.typing()
    image = None if photo is None else photo.block()
    answer = await coach.answer(
        text, context, toolbox, on_text=drafts.update, image=image,
        user_tag=pseudonym(message.bot.token, sender.id), admitted=admitted,
        reply_to=message.chat.id,
    )  # fmt: skip
    await drafts.close()
    # The stand-in says what it is once per conversation, not under every answer.
    offline = coach.client.offline and await coach.opens_conversation(sender.id)
    await send_answer(message, texts, answer, offline=offline)
    child(COACH_LATENCY, "answer").observe(time.perf_counter() - started)
    await show_logged(message, state, toolbox, op, gamification)
    # After the reply (it waits for none of these commits), what the message said is kept
    # before its turns: stored, they mark it answered, and a retry of an "Ask again" tap that
    # finds them stops there (a normal update's retry goes on; each write is once per key).
    stated = await coach.keep_said(sender.id, text)
    # "Use imperial units" said to the coach switches them, as /units does, everywhere.
    if units := next((p.value for p in stated if p.kind == "units"), None):
        await profiles.set_field(sender.id, "units", units)
    if not is_trivial(text):
        await memories.keep(sender.id, text, op.step("memory"))
    source = None if photo is None else photo.file_unique_id
    await coach.remember_turn(sender.id, text, answer, toolbox.used, op, photo=source)


async def refuse(
    message: Message, texts: CoachTexts, reason: str, *, op: OpKey, state: FSMContext,
    coach: CoachService, meals: MealService, tracking: TrackingService, user: User,
    gamification: GamificationService | None, profiles: ProfileService | None = None,
    counted: bool = True,
) -> None:  # fmt: skip
    """Say kindly why the coach does not answer now ("too_fast", "budget_spent"): a meal or
    water the message tells of is logged all the same, anything else waits for "Ask again"
    (`healthbot.coach.resting`); `counted=False`: a retry's, counted the first time."""
    await resting.refused(
        message, reason, op=op, state=state, texts=texts, wait=coach.window.wait(user.id),
        meals=meals, tracking=tracking, user=user, allergies=coach.preferences,
        gamification=gamification, profiles=profiles, counted=counted,
    )  # fmt: skip


async def _context(
    name: str, text: str, user: User, op: OpKey, admitted: Admission | None, *,
    coach: CoachService, meals: MealService, profiles: ProfileService, memories: Memories,
) -> tuple[Admission, Context]:  # fmt: skip
    """The budget's read (unless `admitted` read it, before a photo's download) and the
    answer's context, their round trips at once: the budget's and the day's totals (the
    memory search's too, which embeds the text). The profile and the preferences are
    cache hits but once an hour: awaited in turn, as a task each would cost more CPU than
    the rare miss's wait (a hit does not wait)."""
    day = asyncio.ensure_future(meals.day(user.id, user=user))
    search = asyncio.ensure_future(memories.search(user.id, text)) if memories.ready else None
    try:
        if admitted is None:
            admitted = await coach.opening(user.id, op)
        profile = await profiles.profile(user.id)
        preferences = await coach.preferences.of_user(user.id)
        today = await day
        recalled = [] if search is None else await search
    finally:  # a read that failed: the others are not left running, nor their errors unread
        for task in (day, search):
            if task is not None and not task.done():
                task.cancel()
            elif task is not None and not task.cancelled():
                task.exception()
    now = utc_now().astimezone(zone_named(user.timezone))
    return admitted, Context(name, now, profile, today, preferences, recalled)


_REPLY_DEPENDENCIES = frozenset(inspect.signature(coach_reply).parameters) - {"message", "op"}


async def on_ask_again(
    query: CallbackQuery, *, op: OpKey, coach: CoachService, **data: Any
) -> None:
    """The button under a refusal: once the coach has room, it answers the message refused
    (the one the refusal replies to: `healthbot.coach.resting` says why a button); else an
    alert says how long to wait. `data` is what the update carries, for `coach_reply`.

    The answer is keyed by the message asked, not by the tap (`OpKey.for_message`): a second
    tap (a double tap, another device, before the button goes) is handled after the first
    (a chat's updates run in order, in any daemon), finds the answer's turns stored and gets
    an alert; a tap after a first one that failed takes its stored rounds, asking the model
    nothing again. A retry of the tap that answered goes on as its first try did until the
    turns are stored (the ledger skips what was sent); after them, it stops there."""
    texts = TEXTS.of(query.from_user)
    refusal = query.message if isinstance(query.message, Message) else None
    asked = None if refusal is None else refusal.reply_to_message
    mine = (
        asked is not None
        and asked.from_user is not None
        and (asked.from_user.id == query.from_user.id)
    )
    if refusal is None or asked is None or not mine:
        await answer_query(query, texts.ask_again_gone, alert=True)
        return
    op = OpKey.for_message(asked.chat.id, asked.message_id)
    try:
        coach.admit(query.from_user.id, op)  # counts the tap (`coach_reply` finds it counted)
    except Refusal:
        COACH_ANSWERS.labels("too_fast").inc()
        wait = resting.wait_words(texts, coach.window.wait(query.from_user.id))
        await answer_query(query, texts.not_yet.format(wait=wait), alert=True)
        return
    read = await coach.opening(query.from_user.id, op)
    if read.answered:
        await answer_query(query, texts.answered_already, alert=True)
        return
    if read.spent:
        COACH_ANSWERS.labels("budget_spent").inc()
        await answer_query(query, texts.still_spent, alert=True)
        return
    await answer_query(query)
    with contextlib.suppress(TelegramBadRequest):  # already gone: the answer comes anyway
        await refusal.edit_reply_markup(reply_markup=None)
    given = {name: value for name, value in data.items() if name in _REPLY_DEPENDENCIES}
    await coach_reply(asked, op=op, coach=coach, **given)


def storable(text: str) -> str:
    """The text as PostgreSQL and the model's API can take it: without NUL characters, lone
    surrogates replaced (Telegram may deliver both; a database error would fail the update)."""
    return text.replace("\x00", "").encode("utf-8", "replace").decode("utf-8")


async def cmd_memories(message: Message, *, memories: Memories) -> None:
    """/memories: what the coach remembers, each with a button to forget it."""
    sender = message.from_user
    if sender is None:
        return
    texts = TEXTS.of(sender)
    found = await memories.of_user(sender.id)
    if found is None:
        await message.answer(texts.memory_loading if memories.enabled else texts.memory_off)
        return
    if not found:
        await message.answer(texts.memories_none)
        return
    shown = found[:MAX_LISTED]
    lines = [texts.memories_title]
    lines += [f"{n}. {html.escape(m.text[:MAX_SHOWN])}" for n, m in enumerate(shown, start=1)]
    rows = [
        [InlineKeyboardButton(text=texts.forget_button.format(n=n), callback_data=FORGET + m.id)
         for n, m in enumerate(shown[i : i + 5], start=i + 1)]
        for i in range(0, len(shown), 5)
    ]  # fmt: skip
    rows.append([InlineKeyboardButton(text=texts.forget_all_button, callback_data=FORGET + "all")])
    await message.answer("\n".join(lines), reply_markup=InlineKeyboardMarkup(inline_keyboard=rows))


async def on_forget(query: CallbackQuery, *, memories: Memories) -> None:
    """A /memories button: forget that memory (only one's own), or all of them."""
    texts = TEXTS.of(query.from_user)
    target = (query.data or "")[len(FORGET) :]
    if target == "all":
        done = await memories.forget_all(query.from_user.id)
        await answer_query(query, texts.forgot_all if done is not None else texts.memory_loading)
        return
    forgotten = await memories.forget(query.from_user.id, target[:64])
    await answer_query(query, texts.forgot if forgotten else texts.forget_gone, alert=not forgotten)


async def send_answer(
    message: Message, texts: CoachTexts, answer: Answer, *, offline: bool
) -> None:
    """The answer as one or more messages (HTML; plain text if Telegram refuses it); with
    `offline`, the note that a stand-in answered under the last."""
    if not answer.ok:
        await message.answer(texts.unavailable)
        return
    pieces = split(answer.text)
    for number, piece in enumerate(pieces):
        body = to_html(piece)
        if offline and number == len(pieces) - 1 and len(body) + len(texts.offline_note) < MAX_HTML:
            body = f"{body}\n\n{texts.offline_note}"
        try:
            await message.answer(body)
        except TelegramBadRequest as error:
            if "parse" not in str(error).lower():
                raise
            log.warning("the coach's HTML was refused (%s); sent as plain text", error)
            await message.answer(plain(piece)[:MAX_HTML], parse_mode=None)


async def show_logged(
    message: Message, state: FSMContext, toolbox: Toolbox, op: OpKey,
    gamification: GamificationService | None,
) -> None:  # fmt: skip
    """The entries the answer logged, with their usual buttons (and a warning for a food
    with an allergen the user named, as /log gives it, and their XP); then a card
    of questions about the foods it was unsure of, per log_food, as /log asks them; then
    the confirmation of each weigh-in held, as /weight asks it."""
    sender = message.from_user
    assert sender is not None
    if not (toolbox.entries or toolbox.questions or toolbox.doubts):
        return  # most answers log nothing: no reads for them
    meal_texts = MEAL_TEXTS.of(sender)
    units = await toolbox.services.meals.units(sender.id)
    water = await toolbox.services.meals.volume_units(sender.id)
    allergic = await allergies_of(toolbox.services.allergies, sender.id)
    for entry in toolbox.entries:
        warned = allergen_lines(meal_texts, in_entry(entry, allergic))
        await entry_reply(meal_texts, entry, warned, units=units, water=water).send(message)
        if earned := await award(
            gamification, sender, "meal", f"entry:{entry.id}", entry.row.local_date
        ):
            await message.answer("\n".join(earned))
    for number, (understood, entry_id) in enumerate(toolbox.questions):
        await open_card(
            message, state, understood, op,
            entry_id=entry_id, meal=understood.meal, number=number, units=units,
        )  # fmt: skip
    for doubt in toolbox.doubts:  # weigh-ins held: the /weight confirmation, its buttons
        question, keyboard = weigh_in_question(sender.language_code, doubt)
        await message.answer(question, reply_markup=keyboard)
        # "I meant 85 kg" typed next answers it, as at /weight's question.
        await weigh_in_asked(state, toolbox.services.tracking, sender.id)


TYPING_AFTER = 1.0
"""Seconds without a draft before "typing..." is shown: a draft that comes sooner shows the
answer coming anyway, and the Bot API call would be one more for nothing."""


@dataclass(slots=True)
class Drafts:
    """Streams the answer as a draft (sendMessageDraft) at most every `interval` seconds;
    a draft that fails is skipped, never retried (the final message follows anyway)."""

    bot: Bot | None
    chat_id: int
    draft_id: int
    interval: float
    started: float
    _shown: str = ""
    _sent_at: float = 0.0
    _task: asyncio.Task[None] | None = None
    _typing_due: asyncio.TimerHandle | None = None
    _typing: asyncio.Task[None] | None = None
    _first: bool = True

    def typing(self, after: float | None = None) -> None:
        """Show "typing..." if no draft came `after` seconds (TYPING_AFTER) from now (the model
        thinks, or tools run); the answer does not wait for it. A timer, not a task: most
        answers draft before it is due, and a cancelled timer costs next to nothing."""
        if self.bot is not None:
            wait = TYPING_AFTER if after is None else after
            self._typing_due = asyncio.get_running_loop().call_later(wait, self._start_typing)

    def _start_typing(self) -> None:
        self._typing_due = None
        self._typing = asyncio.create_task(self._send_typing())

    async def _send_typing(self) -> None:
        if self.bot is not None:
            with contextlib.suppress(Exception):
                await self.bot.send_chat_action(self.chat_id, "typing")

    def _no_typing(self) -> None:
        """A draft is going out, or the answer is done: no typing action that has not begun."""
        if self._typing_due is not None:
            self._typing_due.cancel()
            self._typing_due = None

    def update(self, text: str) -> None:
        """The answer so far; shown if the last draft is done and old enough."""
        now = time.perf_counter()
        busy = self._task is not None and not self._task.done()
        if busy or now - self._sent_at < self.interval or not text.strip():
            return
        self._sent_at = now
        self._no_typing()
        self._task = asyncio.create_task(self._send(text))

    async def _send(self, text: str) -> None:
        if self.bot is None or text == self._shown:
            return
        self._shown = text
        try:
            await self.bot.send_message_draft(
                chat_id=self.chat_id, draft_id=self.draft_id, text=to_html(text[-MAX_MESSAGE:])
            )
        except Exception as exc:  # a draft is a preview: the answer does not depend on it
            log.debug("draft not shown: %s", exc)
            return
        if self._first:
            self._first = False
            child(COACH_LATENCY, "first_draft").observe(time.perf_counter() - self.started)

    async def close(self) -> None:
        """Wait for the draft and the typing action in flight (the final message must come
        after them); a typing action still waiting is not sent."""
        self._no_typing()
        tasks = {task for task in (self._typing, self._task) if task is not None}
        if tasks:
            await asyncio.wait(tasks)  # their failures and cancellations are theirs
