"""Handlers for /water, its quick-add buttons, and /weight: parse, call the service, format."""

from __future__ import annotations

import html
import logging
from dataclasses import replace
from datetime import date

from aiogram import F, Router
from aiogram.filters import Command, CommandObject
from aiogram.fsm.context import FSMContext
from aiogram.types import (
    BufferedInputFile,
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
)

from healthbot.gamification import GamificationService, PendingAward, award, progress_lines
from healthbot.handlers import answer_query
from healthbot.meals.when import WhenError
from healthbot.measures import KG_PER_LB, Units, volume, weight, weight_units
from healthbot.ops import OpKey
from healthbot.profile import Profile, ProfileService
from healthbot.tracking import cards
from healthbot.tracking.charts import weight_chart
from healthbot.tracking.parsing import (
    BUTTON_PREFIX,
    WEIGHT_PREFIX,
    AmountError,
    Problem,
    cup_ml,
    names_cup,
    other_reading,
    parse_water,
    parse_water_button,
    parse_weight,
    parse_weight_button,
    pint_ml,
    quick_add_ml,
    said_units,
    split_day,
    typed_water_units,
    water_button,
    water_drink,
    weight_button_day,
    weight_button_instead,
)
from healthbot.tracking.service import TrackingService, WaterDay
from healthbot.tracking.texts import TEXTS, TrackingTexts
from healthbot.tracking.weight_doubt import remember_question, weight_question
from healthbot.tracking.weight_meant import changed_weigh_in, meant_weight, on_meant_weight
from healthbot.tracking.weight_replies import (
    change_lines,
    day_name,
    follows,
    typed_in_stones,
    weigh_in,
)
from healthbot.users import User, UserRepository, ensure_registered

log = logging.getLogger(__name__)

TREND_DAYS = 90
"""The days the /weight chart covers."""
BAR_CELLS = 10


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
        await message.answer(water_text(texts, day), reply_markup=quick_add(texts, day.units))
        return
    try:
        # A cup is the user's (250 ml, or 8 fl oz for imperial): their units read only then.
        cup = cup_ml(await tracking.units(sender.id)) if names_cup(args) else None
        ml = parse_water(args, pint_ml(None if user is None else user.timezone), cup)
    except AmountError as error:
        await message.answer(problem_text(texts.water_problems, error.problem, args))
        return
    user = await ensure_registered(sender, user, users)
    awards: list[PendingAward] = []

    def paid(day: date) -> list[PendingAward]:
        # The XP is paid in the water's own transaction: one commit for both.
        if gamification is not None:
            awards.append(gamification.pending(sender.id, "water", op.step("water"), day))
        return awards

    day = await tracking.log_water(sender.id, ml, op.step("water"), user=user, joined=paid)
    earned = [line for a in awards for line in progress_lines(sender.language_code, a.progress)]
    typed = typed_water_units(args)
    if (followed := await follows(profiles, sender.id, typed, day.units)) is not None:
        day = replace(day, units=followed)
        hint = [texts.units_followed[followed]]
    else:
        hint = [texts.units_hint[typed]] if typed not in (None, day.units) else []
    said = water_text(texts, day, ml, typed, water_drink(args))
    text = "\n".join([said, *earned, *hint])
    await message.answer(text, reply_markup=quick_add(texts, day.units))


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
        amount=volume(ml, day.units), total=volume(day.total_ml, day.units)
    )
    await answer_query(query, total)
    if isinstance(query.message, Message):  # else too old to edit: the answer says it all
        # A retry after the edit went through gets "message is not modified": the paced
        # sender takes that answer as done.
        text = "\n".join([water_text(texts, day, ml), *earned])
        await query.message.edit_text(text, reply_markup=quick_add(texts, day.units))


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
    other = other_reading(amount, units)
    if (doubt := await tracking.doubt(sender.id, kg, other)) is not None:
        day = None if at is None else at.date()
        question, keyboard = weight_question(texts, doubt, day)
        await remember_question(state, tracking, sender.id, day)  # "I meant 185 lb" answers
        await message.answer(question, reply_markup=keyboard)
        return
    typed = said_units(amount)
    said = await weigh_in(
        texts, tracking, sender, kg, op=op, gamification=gamification, typed=typed, at=at,
        profiles=profiles, stones=typed_in_stones(amount),
    )  # fmt: skip
    await message.answer(said)


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
        if change.since_previous is None:
            lines.append(texts.weight_only_one)
        elif len(history) > 1:  # weighed twice today
            lines.append(texts.weight_one_day)
        await message.answer("\n".join(lines))
        return
    factor = 1.0 if change.units == "metric" else 1 / KG_PER_LB
    points = [(entry.day, entry.kg * factor) for entry in history]
    unit = "kg" if change.units == "metric" else "st" if in_stones else "lb"
    png = await weight_chart(
        points, unit, texts.weight_title, profile=profile, goal_label=texts.weight_goal
    )
    photo = BufferedInputFile(png, filename="weight.png")
    await message.answer_photo(photo, caption="\n".join(lines))


def problem_text(problems: dict[Problem, str], problem: Problem, args: str) -> str:
    """What bad input is told (only a short, parsed-looking input is ever echoed)."""
    return problems[problem].format(amount=html.escape(args[:10]), said=html.escape(args))


def quick_add(texts: TrackingTexts, units: Units) -> InlineKeyboardMarkup:
    """The +250 ml / +500 ml buttons (+8 fl oz / +16 fl oz in imperial units)."""
    buttons = [
        InlineKeyboardButton(
            text=texts.water_button.format(amount=volume(ml, units)), callback_data=water_button(ml)
        )
        for ml in quick_add_ml(units)
    ]
    return InlineKeyboardMarkup(inline_keyboard=[buttons])


def water_text(
    texts: TrackingTexts,
    day: WaterDay,
    added_ml: int | None = None,
    typed: Units | None = None,
    drink: str | None = None,
) -> str:
    """Today's total against the goal with a progress bar; what was just added, if anything
    (first in the units it was `typed` in, when they are not the user's; the `drink` that
    counted as water, if it was not water)."""
    fields = {
        "total": volume(day.total_ml, day.units, with_unit=False),  # "500 of 2,000 ml"
        "goal": volume(day.goal_ml, day.units),
        "percent": round(day.share * 100),
        "bar": progress_bar(day.share),
    }
    if added_ml is None:
        text = texts.water_today.format(**fields)
    else:
        amount = volume(added_ml, day.units)
        if typed not in (None, day.units):
            amount = f"{volume(added_ml, typed)} ({amount})"
        if drink is not None:
            amount = texts.water_as.format(amount=amount, drink=html.escape(drink))
        text = texts.water_logged.format(amount=amount, **fields)
    if day.total_ml >= day.goal_ml:
        text += "\n" + texts.water_goal_reached
    return text


def progress_bar(share: float) -> str:
    """Ten cells, filled in proportion (a full bar past the goal)."""
    filled = min(BAR_CELLS, max(0, round(share * BAR_CELLS)))
    return "▓" * filled + "░" * (BAR_CELLS - filled)
