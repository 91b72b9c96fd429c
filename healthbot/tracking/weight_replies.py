"""What a weigh-in's reply says: the weight in the user's units (and first in the ones it
was typed in), the change since the last one and over 7 and 30 days, what it earned, and
the units it made the user's. Stored once per operation, whether typed (/weight, "I meant
185 lb") or pressed (a doubtful weigh-in's buttons)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

from aiogram.types import User as TelegramUser

from healthbot.gamification import GamificationService, award
from healthbot.measures import KG_PER_LB, Units, weight, weight_units
from healthbot.ops import OpKey
from healthbot.profile import ProfileService
from healthbot.tracking.parsing import said_units, typed_units
from healthbot.tracking.service import TrackingService, WeightChange
from healthbot.tracking.texts import TrackingTexts


async def weigh_in(
    texts: TrackingTexts,
    tracking: TrackingService,
    sender: TelegramUser,
    kg: Decimal,
    *,
    op: OpKey,
    gamification: GamificationService | None,
    typed: Units | None = None,
    at: datetime | None = None,
    profiles: ProfileService | None = None,
    stones: bool | None = None,
) -> str:
    """Store a weigh-in once per operation; what the reply says of it (and what it earned).

    It speaks the user's units, and first the ones the weight was `typed` in when they differ
    ("/weight 180 lb" of a metric user: "Logged 180.0 lb (81.6 kg)"); those become the
    user's if they never chose any (`profiles`). Typed in `stones` (True; in kg or lb:
    False), an imperial user's weights read in stones and pounds from now on."""
    change = await tracking.log_weight(sender.id, kg, op.step("weight"), at=at)
    followed = await follows(profiles, sender.id, typed, change.units)
    if followed is not None:
        change = replace(change, units=followed)
    in_stones = await weighs_in_stones(profiles, sender.id, stones, change.stones)
    change = replace(change, stones=in_stones)
    theirs = weight(change.latest.kg, change.shown)
    logged = (
        texts.weight_logged.format(weight=theirs)
        if typed in (None, change.units)
        else texts.weight_logged_as_typed.format(
            typed=weight(change.latest.kg, weight_units(typed, bool(stones))), weight=theirs
        )
    )
    if at is not None:  # a day named: say which, as the user's calendar has it
        logged += " " + texts.weight_logged_on.format(day=weekday_name(change.latest.day))
    lines = [logged]
    lines += change_lines(texts, change)
    if not change.earlier and await first_weigh_in(tracking, sender.id, change, at):
        lines.append(texts.weight_first)
    lines += await award(gamification, sender, "weight", op.step("weight"), change.latest.day)
    if followed is not None:
        lines.append(texts.units_followed["stones" if in_stones else followed])
    elif typed not in (None, change.units):
        lines.append(texts.units_hint[typed])
    return "\n".join(lines)


async def weighs_in_stones(
    profiles: ProfileService | None, user_id: int, stones: bool | None, were: bool
) -> bool:
    """Whether the user's body weights read in stones, after a weight typed in them
    (`stones` True), in kg or lb (False), or bare (None), when they `were` read so before
    (a write only when that changes)."""
    if stones is None or stones == were:
        return were
    if profiles is not None:
        await profiles.weigh_in_stones(user_id, stones)
    return stones


def typed_in_stones(text: str) -> bool | None:
    """Whether a weight `parse_weight` read was typed in stones ("12st 4", "12 stone"), in
    kg or lb (False), or is a bare number (None)."""
    if typed_units(text) is not None:
        return False
    return True if said_units(text) is not None else None


async def follows(
    profiles: ProfileService | None, user_id: int, typed: Units | None, units: Units
) -> Units | None:
    """The units an amount was `typed` in, if they now are the user's: they differ from
    the user's `units`, which the user never chose."""
    if typed is None or typed == units or profiles is None:
        return None
    return typed if await profiles.follow_units(user_id, typed) else None


async def first_weigh_in(
    tracking: TrackingService, user_id: int, change: WeightChange, at: datetime | None
) -> bool:
    """Whether the weigh-in with nothing before it is the user's only one (one logged for
    an earlier day may have later ones)."""
    if at is None:
        return True
    trend = await tracking.weight_trend(user_id)
    return trend is None or trend.latest.at == change.latest.at


def change_lines(texts: TrackingTexts, change: WeightChange) -> list[str]:
    """Since the last weigh-in of an earlier day, and over 7 and 30 days: each only when
    the service found it meaningful (no line for what is not)."""
    units, latest = change.units, change.latest.kg
    lines = []
    if change.since_previous is not None and change.previous_day is not None:
        lines.append(
            texts.weight_since_previous.format(
                day=day_name(change.previous_day),
                change=difference(texts, shown_change(latest, change.since_previous, units), units),
            )
        )
    windows = [
        template.format(change=difference(texts, shown_change(latest, kg, units), units))
        for template, kg in zip(
            texts.weight_windows, (change.over_7_days, change.over_30_days), strict=True
        )
        if kg is not None
    ]
    if windows:
        line = " · ".join(windows)
        lines.append(line[:1].upper() + line[1:])
    return lines


def shown_change(latest_kg: float, change_kg: float | None, units: Units) -> float | None:
    """A change as the two weights shown differ (89.8 kg then 89.4 kg: -0.4, where the
    weights themselves, 89.81 and 89.36, differ by 0.45, which is shown as 0.5)."""
    if change_kg is None:
        return None
    factor = 1 / KG_PER_LB if units == "imperial" else 1.0

    def shown(kg: float) -> Decimal:
        return Decimal(f"{kg * factor:.1f}")

    return float(shown(latest_kg) - shown(latest_kg - change_kg)) / factor


def difference(texts: TrackingTexts, kg: float | None, units: Units) -> str:
    """A signed change in the user's units ("+0.8 kg", with a minus sign when down)."""
    if kg is None:
        return texts.no_data
    shown = weight(abs(kg), weight_units(units, False))  # a change reads in lb, not stones
    if shown.startswith("0.0 "):
        return texts.no_change
    return ("+" if kg > 0 else "−") + shown


def weekday_name(day: date) -> str:
    """A short date with its weekday: "Sun, Dec 6"."""
    return f"{day:%a}, {day_name(day)}"


def day_name(day: date) -> str:
    """A short date: "Nov 26"."""
    return f"{day:%b} {day.day}"
