"""The setup dialog's answers: what a typed (or shared) answer or a pressed button means,
refused with a reply when it cannot be stored, and how each is stored."""

from __future__ import annotations

import contextlib
import html
import logging
from decimal import Decimal
from typing import Final

from aiogram.types import Message
from aiogram.types import User as TelegramUser

from healthbot.ops import OpKey
from healthbot.profile import goals, parsing, timezones, views
from healthbot.profile.asides import not_a_number_answer, says_something_else, unhedged
from healthbot.profile.choices import read_choice
from healthbot.profile.place_text import not_a_place
from healthbot.profile.questions import AUTO_KCAL, CHOICES, TELEGRAM_NAME, Asking, example
from healthbot.profile.repository import ProfileField
from healthbot.profile.service import ProfileService
from healthbot.profile.texts import ProfileTexts
from healthbot.profile.timezones import AmbiguousTimezone, UnknownTimezone

log = logging.getLogger(__name__)

COLUMNS: Final[dict[str, ProfileField]] = {
    "name": "display_name",
    "units": "units",
    "sex": "sex",
    "activity": "activity_level",
    "height": "height_cm",
}
# Answers the daily targets depend on: storing one recomputes them.
TARGET_INPUTS: Final = frozenset({"sex", "age", "height", "weight", "activity", "goal", "pace"})


class Refused(Exception):
    """An answer that cannot be stored; `reply` says why, `suggestions` are buttons to offer."""

    def __init__(self, reply: str, suggestions: tuple[str, ...] = ()) -> None:
        super().__init__(reply)
        self.reply = reply
        self.suggestions = suggestions


SKIP_WORDS: Final = frozenset(
    {"skip", "pass", "next", "later", "skip it", "skip this", "skip that", "not now", "/skip"}
)
"""What typed means Skip, as the button does."""


def says_skip(text: str | None) -> bool:
    """Whether a typed answer is "skip" (or says so another way, "/skip@healthbot" too)."""
    words = " ".join((text or "").lower().strip(" .!").split())
    if words.startswith("/"):
        words = words.split("@", 1)[0]
    return words in SKIP_WORDS


class NotAnAnswer(Exception):
    """Text that is no answer to the question but something else (a meal, a correction, a
    question): it is handled as what it is, and the question stays open."""


async def read_text(
    step: str, message: Message, texts: ProfileTexts, now: Asking
) -> tuple[object, str]:
    """A typed (or shared) answer as (value to store, what to show); raise `Refused`, or
    `NotAnAnswer`."""
    if step == "timezone":  # "berlin?" is a place: not_a_place tells questions
        return await _read_timezone(message, texts)
    text = message.text or ""
    if text.rstrip().endswith("?"):
        name = step == "name" and parsing.name_asked_back(text, _known_names(message))
        if not name:
            raise NotAnAnswer  # a question ("what is a good snack?"): the coach's
        text = name  # "Kim?": the name said as if asked back (too long: the name's reply)
    if step in CHOICES:
        value = _choice(step, text, texts)
        return value, texts.choices[step][value]
    try:
        return _number(step, text, now, texts)
    except parsing.ProfileInputError as error:
        problem = error.problem
    if (rest := unhedged(text)) is not None:  # "sorry, 44", "no 12 stone"
        with contextlib.suppress(parsing.ProfileInputError):
            return _number(step, rest, now, texts)
    if problem == parsing.Problem.NOT_UNDERSTOOD and not_a_number_answer(text):
        raise NotAnAnswer  # a meal typed at the age: the handlers after ours
    like = example(step, now.units, now.stones)
    raise Refused(texts.problems[step][problem].format(example=like))


def _known_names(message: Message) -> tuple[str | None, ...]:
    """The names Telegram knows the sender by: a name asked back as one of them is theirs."""
    sender = message.from_user
    return () if sender is None else (sender.first_name, sender.username)


def _number(step: str, text: str, now: Asking, texts: ProfileTexts) -> tuple[object, str]:
    """A typed answer to a question that takes a number (or a name); raise
    `ProfileInputError`."""
    if step == "goal":
        return goals.read_goal(text, now.units, texts, stones=now.stones)
    if step == "pace":
        return goals.read_pace(text, now.units, texts)
    return _parse(step, text, now.units, stones=now.stones)


def _parse(step: str, text: str, units: str, *, stones: bool) -> tuple[object, str]:
    """A typed number or name ("" for a sticker, a photo...); raise `ProfileInputError`. A
    weight shows in stones when typed in them, or bare from one who weighs in `stones`."""
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
        return kg, views.weight(kg, units, in_stones=parsing.in_stones(text, stones))
    kcal = parsing.parse_kcal(text)
    return kcal, f"{kcal:,} kcal"


async def _read_timezone(message: Message, texts: ProfileTexts) -> tuple[object, str]:
    if message.location is not None:
        found = await timezones.from_location(message.location.latitude, message.location.longitude)
        if found is None:
            raise Refused(texts.timezone_location_unknown)
        return found, found
    text = message.text or ""
    if text.rstrip().endswith("?") and not_a_place(text):
        raise NotAnAnswer  # "is it ok?" names Oklahoma
    try:
        zone = timezones.resolve(text)
    except AmbiguousTimezone as error:
        reply = texts.timezone_ambiguous.format(text=html.escape(text[:40]))
        raise Refused(reply, error.suggestions) from None
    except UnknownTimezone as error:
        if not_a_place(text):
            raise NotAnAnswer from None
        reply = texts.timezone_unknown.format(text=html.escape(text[:40]))
        reply += " " + (texts.timezone_suggest if error.suggestions else texts.timezone_meanwhile)
        raise Refused(reply, error.suggestions) from None
    return zone, zone


def _choice(step: str, text: str, texts: ProfileTexts) -> str:
    """A choice typed instead of pressed ("lbs", "I'm a woman"); refused with the words that
    would do."""
    value = read_choice(texts, step, text)
    if value is None and (rest := unhedged(text)) is not None:  # "no, male"
        value = read_choice(texts, step, rest)
    if value is None and says_something_else(text):
        raise NotAnAnswer  # "lunch was a ham sandwich" at the sex question
    if value is None:
        said = [f"“{value.replace('_', ' ')}”" for value in texts.choices[step]]
        options = f"{', '.join(said[:-1])} {texts.or_word} {said[-1]}"
        raise Refused(texts.choose_typed.format(options=options))
    return value


def read_button(
    step: str, value: str, sender: TelegramUser, texts: ProfileTexts
) -> tuple[object, str] | None:
    """A pressed answer as (value to store, what to show); None for an unknown value.

    Button data is untrusted: only a value one of our buttons carries is accepted.
    """
    if step in CHOICES:
        return (value, texts.choices[step][value]) if value in CHOICES[step] else None
    if step in ("goal", "pace"):
        return goals.read_button(step, value, texts)
    if step == "name" and value == TELEGRAM_NAME:
        return _telegram_name(sender)
    if step == "timezone" and timezones.is_known(value):
        return value, value
    if step == "kcal" and value == AUTO_KCAL:
        return None, texts.use_formula
    return None


def _telegram_name(sender: TelegramUser) -> tuple[object, str] | None:
    try:
        name = parsing.parse_name(sender.first_name[: parsing.MAX_NAME_CHARS])
    except parsing.ProfileInputError:  # a Telegram name we would not store if typed
        return None
    return name, name


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
    elif step in ("goal", "pace"):
        await goals.save(profiles, user_id, step, value)
    else:
        await profiles.set_field(user_id, COLUMNS[step], value)
    if step in TARGET_INPUTS:
        await profiles.recompute(user_id)
