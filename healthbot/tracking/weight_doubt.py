"""A doubtful weigh-in's question ("185.0 kg is very heavy. Which did you mean?"): its text
and buttons, and the chat's memory of it, so that a weight typed at it ("I meant 185 lb") is
logged as its button would log it, and a weight typed elsewhere is not taken for one."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any, Final

from aiogram.fsm.context import FSMContext
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from healthbot.measures import WeightUnits, weight
from healthbot.tracking.service import HEAVY_KG, Doubt, TrackingService
from healthbot.tracking.texts import TrackingTexts
from healthbot.tracking.weight_buttons import weight_button

OPEN_FOR: Final = timedelta(minutes=30)
"""How long a question stays open to a weight typed at it."""
_KEY: Final = "weight_doubt"  # in the chat's FSM data, which the chat's state does not touch


def weight_question(
    texts: TrackingTexts, doubt: Doubt, day: date | None = None, instead: int | None = None
) -> tuple[str, InlineKeyboardMarkup]:
    """The question a doubtful weigh-in gets, and its buttons: Yes (the weight as read), I
    meant (the same number in the other unit, when that is near the last weigh-in), Cancel;
    each carries the `day` the weigh-in was for, when one was named, or the weigh-in it
    changes (`instead`: a correction's)."""
    units, kg, meant = doubt.shown, doubt.kg, doubt.meant
    other: WeightUnits = "kg" if doubt.units == "imperial" else "lb"
    if doubt.previous is None:
        heavy = doubt.kg >= HEAVY_KG
        question = (texts.weight_doubt_heavy if heavy else texts.weight_doubt_light).format(
            weight=weight(float(kg), units), other=weight(float(kg), other)
        )
    else:
        question = texts.weight_doubt.format(
            weight=weight(float(kg), units), previous=weight(float(doubt.previous), units)
        )
    yes = texts.weight_yes.format(weight=weight(float(kg), units))
    rows = [[button(yes, weight_button(kg, day, instead))]]
    if meant is not None:
        label = texts.weight_meant.format(weight=weight(float(meant), other))
        rows.append([button(label, weight_button(meant, day, instead))])
    rows.append([button(texts.weight_cancel, weight_button(None))])
    return question, InlineKeyboardMarkup(inline_keyboard=rows)


def button(text: str, data: str) -> InlineKeyboardButton:
    """An inline button."""
    return InlineKeyboardButton(text=text, callback_data=data)


async def remember_question(
    state: FSMContext, tracking: TrackingService, user_id: int, day: date | None
) -> None:
    """Keep in the chat that a weigh-in (for `day`, None: today) was asked about just now,
    after the user's last weigh-in logged (a weigh-in logged since answers it)."""
    last = await tracking.logs.last_logged("weight", user_id)
    asked = {
        "at": tracking.now().isoformat(),
        "after": None if last is None else last.id,
        "day": None if day is None else day.isoformat(),
    }
    await state.update_data({_KEY: asked})


def open_question(
    data: dict[str, Any], now: datetime, last_weigh_in: int | None
) -> tuple[bool, date | None]:
    """Whether a weigh-in question is open in the chat's FSM `data` (asked within
    `OPEN_FOR`, no weigh-in logged since), and the day it was about (None: today)."""
    asked = data.get(_KEY)
    if not isinstance(asked, dict) or asked.get("after") != last_weigh_in:
        return False, None
    try:
        if now - datetime.fromisoformat(asked["at"]) > OPEN_FOR:
            return False, None
        return True, None if asked.get("day") is None else date.fromisoformat(asked["day"])
    except (KeyError, TypeError, ValueError):  # none of ours: no question
        return False, None


def asked_before(data: dict[str, Any], when: datetime) -> bool:
    """Whether the weigh-in question kept in the chat's FSM `data` was asked before `when`
    (False when none is kept)."""
    asked = data.get(_KEY)
    try:
        return isinstance(asked, dict) and datetime.fromisoformat(asked["at"]) < when
    except (KeyError, TypeError, ValueError):  # none of ours, or a naive time: no question
        return False
