"""Handlers for /water, its quick-add buttons, and /weight: parse, call the service, format."""

from __future__ import annotations

import html
import logging

from aiogram import F, Router
from aiogram.filters import Command, CommandObject
from aiogram.fsm.context import FSMContext
from aiogram.types import BufferedInputFile, CallbackQuery, Message

from healthbot.gamification import GamificationService, award
from healthbot.handlers import answer_query
from healthbot.measures import KG_PER_LB, volume, weight, weight_units
from healthbot.ops import OpKey
from healthbot.profile import Profile, ProfileService
from healthbot.tracking import cards
from healthbot.tracking.charts import weight_chart
from healthbot.tracking.parsing import (
    BUTTON_PREFIX,
    AmountError,
    Problem,
    parse_water_button,
    parse_weight,
    split_day,
)
from healthbot.tracking.service import TrackingService
from healthbot.tracking.texts import TEXTS, TrackingTexts
from healthbot.tracking.water_said import log_water_said, quick_add, water_said_ml, water_text
from healthbot.tracking.weight_buttons import (
    WEIGHT_PREFIX,
    parse_weight_button,
    weight_button_day,
    weight_button_instead,
)
from healthbot.tracking.weight_meant import changed_weigh_in, meant_weight, on_meant_weight
from healthbot.tracking.weight_replies import (
    change_lines,
    day_name,
    weigh_in,
)
from healthbot.tracking.weight_told import answer_weigh_in
from healthbot.users import User, UserRepository, ensure_registered
from healthbot.when import WhenError

log = logging.getLogger(__name__)

TREND_DAYS = 90
"""The days the /weight chart covers."""


def build_router() -> Router:
    """A new router with this feature's handlers (a router attaches to one dispatcher)."""
    router = Router(name="tracking")
    router.message.register(cmd_water, Command("water"))
    router.message.register(cmd_weight, Command("weight"))
    router.callback_query.register(on_water_button, is_water_button)
    router.callback_query.register(on_weight_button, F.data.startswith(WEIGHT_PREFIX))
    cards.register(router)  # a water log or weigh-in opened from /history
    # "I meant 185 lb" (after Edit's amount, which a card's dialog waits for)
    router.message.register(on_meant_weight, F.text & ~F.text.startswith("/"), meant_weight)
    return router


async def is_water_button(query: CallbackQuery) -> bool:
    """The query comes from a quick-add button (or claims to: the handler checks the rest)."""
    return query.data is not None and query.data.startswith(BUTTON_PREFIX)


async def cmd_water(
    message: Message,
    *,
    command: CommandObject,
    op: OpKey,
    tracking: TrackingService,
    users: UserRepository,
    user: User | None,
    gamification: GamificationService | None = None,
    profiles: ProfileService | None = None,
) -> None:
    """`/water 500ml` logs water; `/water` alone shows today's total; both offer quick adds."""
    sender = message.from_user
    if sender is None:  # channel posts have no sender
        return
    texts = TEXTS.of(sender)
    args = (command.args or "").strip()
    if not args:
        day = await tracking.water_today(sender.id)
        await message.answer(water_text(texts, day), reply_markup=quick_add(texts, day.shown))
        return
    try:
        timezone = None if user is None else user.timezone
        ml = await water_said_ml(args, tracking=tracking, user_id=sender.id, timezone=timezone)
    except AmountError as error:
        await message.answer(problem_text(texts.water_problems, error.problem, args))
        return
    user = await ensure_registered(sender, user, users)
    text, keyboard = await log_water_said(
        args, ml, sender, user, key=op.step("water"), tracking=tracking,
        gamification=gamification, profiles=profiles, reply_to=message.chat.id,
    )  # fmt: skip
    await message.answer(text, reply_markup=keyboard)


async def on_water_button(
    query: CallbackQuery,
    *,
    op: OpKey,
    tracking: TrackingService,
    users: UserRepository,
    user: User | None,
    gamification: GamificationService | None = None,
) -> None:
    """A quick-add press: one write per press (the update's key), then the message updated."""
    texts = TEXTS.of(query.from_user)
    try:
        ml = parse_water_button(query.data or "")
    except AmountError:
        log.info("refused water button data %r from user %d", query.data, query.from_user.id)
        await answer_query(query, texts.button_refused, alert=True)
        return
    await ensure_registered(query.from_user, user, users)
    # The presser is the user: the data carries an amount only, never whose water it is.
    day = await tracking.log_water(query.from_user.id, ml, op.step("water"))
    earned = await award(gamification, query.from_user, "water", op.step("water"), day.day)
    total = texts.water_button_added.format(
        amount=volume(ml, day.shown), total=volume(day.total_ml, day.shown)
    )
    await answer_query(query, total)
    if isinstance(query.message, Message):  # else too old to edit: the answer says it all
        # A retry after the edit went through gets "message is not modified": the paced
        # sender takes that answer as done.
        text = "\n".join([water_text(texts, day, ml), *earned])
        await query.message.edit_text(text, reply_markup=quick_add(texts, day.shown))


async def cmd_weight(
    message: Message,
    *,
    command: CommandObject,
    op: OpKey,
    state: FSMContext,
    tracking: TrackingService,
    users: UserRepository,
    user: User | None,
    gamification: GamificationService | None = None,
    profiles: ProfileService | None = None,
) -> None:
    """`/weight 72.5` logs a weigh-in; `/weight` alone shows the trend (with a chart, and
    the goal weight on it when the profile has one)."""
    sender = message.from_user
    if sender is None:
        return
    texts = TEXTS.of(sender)
    args = (command.args or "").strip()
    if not args:
        profile = None if profiles is None else await profiles.profile(sender.id)
        await send_trend(message, texts, tracking, sender.id, profile)
        return
    units = await tracking.units(sender.id)
    try:
        when, amount = split_day(args)
        at = await tracking.instant(sender.id, when)
        kg = parse_weight(amount, units)
    except AmountError as error:
        await message.answer(problem_text(texts.weight_problems, error.problem, args))
        return
    except WhenError as error:
        meant = texts.when_meant.format(meant=error.meant) if error.meant else ""
        span = html.escape(error.span[:40])
        await message.answer(
            texts.weight_when_problems[error.problem].format(span=span, meant=meant)
        )
        return
    await ensure_registered(sender, user, users)
    await answer_weigh_in(
        message, texts, kg, amount, at, op=op, state=state, tracking=tracking,
        gamification=gamification, profiles=profiles,
    )  # fmt: skip


async def on_weight_button(
    query: CallbackQuery,
    *,
    op: OpKey,
    tracking: TrackingService,
    users: UserRepository,
    user: User | None,
    gamification: GamificationService | None = None,
    profiles: ProfileService | None = None,
) -> None:
    """The answer to a doubtful weigh-in: store the weight the button names, or nothing (or
    change the weigh-in a correction was about)."""
    texts = TEXTS.of(query.from_user)
    day, instead = weight_button_day(query.data or ""), weight_button_instead(query.data or "")
    try:
        kg = parse_weight_button(query.data or "")
        # a day to come or over a year back: no button of ours (the typed day is bounded)
        at = None if day is None else await tracking.on_day(query.from_user.id, day)
        if day is not None and at is None:
            raise AmountError(Problem.OUT_OF_RANGE)
    except AmountError:
        log.info("refused weight button data %r from user %d", query.data, query.from_user.id)
        await answer_query(query, texts.weight_button_refused, alert=True)
        return
    await answer_query(query)
    await ensure_registered(query.from_user, user, users)
    # The presser is the user: the data carries a weight only, never whose it is.
    text = texts.weight_not_logged
    if kg is not None and instead is not None:
        text = await changed_weigh_in(
            texts, tracking, query.from_user, instead, kg, key=op.step("weight-meant"),
            profiles=profiles,
        )  # fmt: skip
    elif kg is not None:
        text = await weigh_in(
            texts, tracking, query.from_user, kg, op=op, gamification=gamification, at=at
        )
    if isinstance(query.message, Message):
        await query.message.edit_text(text, reply_markup=None)


async def send_trend(
    message: Message,
    texts: TrackingTexts,
    tracking: TrackingService,
    user_id: int,
    profile: Profile | None = None,
) -> None:
    """The latest weigh-in, its changes, and the chart when there are two points to draw."""
    change = await tracking.weight_trend(user_id)
    if change is None:
        await message.answer(texts.weight_none)
        return
    in_stones = profile is not None and profile.weight_in_stones
    latest = texts.weight_latest.format(
        weight=weight(change.latest.kg, weight_units(change.units, in_stones)),
        day=day_name(change.latest.day),
    )
    lines = [latest, *change_lines(texts, change)]
    history = await tracking.weight_history(user_id, TREND_DAYS)
    if len({entry.day for entry in history}) < 2:  # a chart of one day is one dot
        if not change.earlier:
            lines.append(texts.weight_only_one)
        elif len(history) > 1:  # weighed twice today
            lines.append(texts.weight_one_day)
        await message.answer("\n".join(lines))
        return
    factor = 1.0 if change.units == "metric" else 1 / KG_PER_LB
    points = [(entry.day, entry.kg * factor) for entry in history]
    unit = "kg" if change.units == "metric" else "st" if in_stones else "lb"
    today = tracking.now().astimezone(await tracking.zone(user_id)).date()
    png = await weight_chart(
        points, unit, texts.weight_title, profile=profile, goal_label=texts.weight_goal,
        today=today,
    )  # fmt: skip
    photo = BufferedInputFile(png, filename="weight.png")
    await message.answer_photo(photo, caption="\n".join(lines))


def problem_text(problems: dict[Problem, str], problem: Problem, args: str) -> str:
    """What bad input is told (only a short, parsed-looking input is ever echoed)."""
    return problems[problem].format(amount=html.escape(args[:10]), said=html.escape(args))
