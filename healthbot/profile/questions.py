"""The setup dialog's questions: its states (one per question), the steps in order, and
what each question shows (its text and buttons, with the user's current values)."""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Final

from aiogram.fsm.state import State, StatesGroup
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from aiogram.types import User as TelegramUser

from healthbot.profile import goals, views
from healthbot.profile.service import ProfileService
from healthbot.profile.texts import ProfileTexts
from healthbot.profile.timezones import offset_name


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
    pace = State()
    kcal = State()


STEPS: Final = (
    "name", "timezone", "units", "sex", "age", "height", "weight", "activity", "goal", "pace",
)  # fmt: skip
"""The setup dialog's questions, in order (the pace only when the goal points somewhere)."""
EDITABLE: Final = (*STEPS, "kcal")
"""What /profile can change one at a time (the calorie target is asked for there only)."""
CHOICES: Final[dict[str, tuple[str, ...]]] = {
    "units": ("metric", "imperial"),
    "sex": ("male", "female", "other"),
    "activity": ("sedentary", "light", "moderate", "active", "very_active"),
}

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
    stones: bool = False  # weights typed (or units chosen) in stones: examples so too


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
        stones=profile is not None and profile.weight_in_stones,
    )


def example(step: str, units: str, stones: bool = False) -> str:
    """How to write the answer to `step`, in the user's units ("like 72.5 kg"; "like 11 st
    4" for an imperial user who weighs in `stones`)."""
    imperial = units == "imperial"
    if imperial and stones and step in ("weight", "goal"):
        return views.STONES_EXAMPLE
    if step == "height":
        return views.height_example(imperial)
    if step == "pace":
        return goals.pace_example(imperial)
    return views.weight_example(imperial)


def question(
    texts: ProfileTexts, step: str, mode: str, now: Asking, suggestions: tuple[str, ...] = ()
) -> tuple[str, InlineKeyboardMarkup]:
    """A step's question and its buttons (choices, suggestions, then Skip)."""
    text = texts.questions[step].format(
        timezone=html.escape(now.timezone),
        example=example(step, now.units, now.stones),
        kcal=f"{now.kcal:,}",
    )
    if mode == "setup" and step in STEPS:
        text = texts.step_counter.format(number=STEPS.index(step) + 1, total=len(STEPS)) + text
    rows: list[list[InlineKeyboardButton]] = []
    for value in CHOICES.get(step, ()):
        label = texts.choices[step][value]
        rows.append([InlineKeyboardButton(text=label, callback_data=answer_data(step, value))])
    for label, value in goals.buttons(step, texts, now.units):
        rows.append([InlineKeyboardButton(text=label, callback_data=answer_data(step, value))])
    for zone in suggestions:
        # Etc/GMT-5 is UTC+5: a fixed offset is shown as the user would type it.
        label = offset_name(zone, datetime.now(UTC)) if zone.startswith("Etc/") else zone
        rows.append([InlineKeyboardButton(text=label, callback_data=answer_data(step, zone))])
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


STATE_STEP: Final = {getattr(Setup, step).state: step for step in EDITABLE}
"""Which step each dialog state asks."""
