"""Water said in words ("500ml", "2 glasses", "16 oz of water"), counted as /water counts it:
read by /water's parser, logged with its XP in one commit under the caller's key, and
answered with /water's reply (what was added, in the units it was typed in too, the day's
total, a hint or the units followed) and its quick-add buttons: /water after the command, and
water told in a sentence (`healthbot.tracking.water_told`)."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from aiogram.types import User as Sender

from healthbot.db import Joined
from healthbot.gamification import GamificationService, PendingAward, progress_lines
from healthbot.localtime import zone_named
from healthbot.measures import (
    VolumeUnits,
    british,
    typed_volume,
    volume,
    volume_units,
)
from healthbot.profile import ProfileService
from healthbot.telegram.ledger import next_reply_in_flight
from healthbot.tracking.parsing import (
    bare_number,
    cup_ml,
    fl_oz_ml,
    parse_water,
    pint_ml,
    quick_add_ml,
    sized_by_user,
    typed_water_units,
    water_button,
    water_drink,
)
from healthbot.tracking.service import TrackingService, WaterDay
from healthbot.tracking.texts import TEXTS, TrackingTexts
from healthbot.tracking.weight_replies import follows
from healthbot.users import User

BAR_CELLS = 10


async def water_said_ml(
    said: str, *, tracking: TrackingService, user_id: int, timezone: str | None
) -> int:
    """The millilitres `said` ("500ml", "a cup") as /water reads them; raises
    `AmountError` when it would not."""
    # A cup is the user's (250 ml, or 8 US fl oz where water reads in them), a pint and a
    # fluid ounce the British ones or the US ones, a bare number fluid ounces where water
    # reads in them: their units are read only then.
    if not sized_by_user(said) and not bare_number(said):
        return parse_water(said)
    units, stones = await tracking.weight_units(user_id)
    shown = volume_units(units, timezone, stones)
    return parse_water(
        said, pint_ml(timezone, stones), cup_ml(shown), fl_oz_ml(timezone, stones),
        bare_fl_oz=shown == "fl oz",
    )  # fmt: skip


async def log_water_said(
    said: str,
    ml: int,
    sender: Sender,
    user: User,
    *,
    key: str,
    tracking: TrackingService,
    gamification: GamificationService | None = None,
    profiles: ProfileService | None = None,
    notes: Sequence[str] = (),
    reply_to: int | None = None,
) -> tuple[str, InlineKeyboardMarkup]:
    """Log the `ml` that `said` was read as (`water_said_ml`) under `key`, its XP in the same
    commit; /water's reply to it, `notes` after the total, and its quick-add buttons.
    `reply_to`: the chat the caller sends that reply to next, before any other (its
    in-flight record is then written in the same commit too)."""
    awards: list[PendingAward] = []

    def paid(day: date) -> list[Joined]:
        # The XP is paid in the water's own transaction: one commit for both.
        if gamification is not None:
            awards.append(
                gamification.pending(user.id, "water", key, day, zone_named(user.timezone))
            )
        return [*awards, *([] if reply_to is None else next_reply_in_flight(reply_to))]

    day = await tracking.log_water(user.id, ml, key, user=user, joined=paid)
    texts = TEXTS.of(sender)
    earned = [line for a in awards for line in progress_lines(sender.language_code, a.progress)]
    typed = typed_water_units(said)
    if typed == "metric" and british(day.timezone, day.stones):
        typed = None  # ml is how water reads in Britain, whatever the units: no sign of them
    # ml on a bottle is how water is sold everywhere (a US "16.9 fl oz (500 mL)"): a sign of
    # metric units to hint at, never one to switch an imperial user's units on
    follow = None if typed == "metric" else typed
    if (followed := await follows(profiles, user.id, follow, day.units)) is not None:
        day = replace(day, units=followed)
        hint = [texts.units_followed[followed]]
    else:
        hint = [texts.units_hint[typed]] if typed not in (None, day.units) else []
    as_typed = None if typed is None else typed_volume(typed, day.timezone, day.stones)
    total = water_text(texts, day, ml, as_typed, water_drink(said))
    return "\n".join([total, *notes, *earned, *hint]), quick_add(texts, day.shown)


def quick_add(texts: TrackingTexts, units: VolumeUnits) -> InlineKeyboardMarkup:
    """The +250 ml / +500 ml buttons (+8 fl oz / +16 fl oz where water reads in US fluid
    ounces)."""
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
    typed: VolumeUnits | None = None,
    drink: str | None = None,
) -> str:
    """Today's total against the goal with a progress bar; what was just added, if anything
    (first in the units it was `typed` in, when they are not how the user's water reads;
    the `drink` that counted as water, if it was not water)."""
    fields = {
        "total": volume(day.total_ml, day.shown, with_unit=False),  # "500 of 2,000 ml"
        "goal": volume(day.goal_ml, day.shown),
        "percent": round(day.share * 100),
        "bar": progress_bar(day.share),
    }
    if added_ml is None:
        text = texts.water_today.format(**fields)
    else:
        amount = volume(added_ml, day.shown)
        if typed not in (None, day.shown):
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
