"""/timezone and /units: a setting changed in one message, echoing what was understood.

`/timezone Portland` answers "Portland → America/Los_Angeles (UTC-8)" and the local time; a
place with several zones ("USA", "IST") or a misspelt one gets buttons to choose from, and
nothing changes until one is chosen. `/units imperial` switches what every amount is shown
in. Button data is untrusted: a zone must be one IANA knows, units one of the two.
"""

from __future__ import annotations

import html
import logging
from datetime import datetime
from typing import Final

from aiogram.filters import CommandObject
from aiogram.types import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message

from healthbot.handlers import answer_query
from healthbot.measures import volume_units
from healthbot.profile import timezones
from healthbot.profile.choices import read_choice
from healthbot.profile.service import ProfileService
from healthbot.profile.texts import TEXTS, ProfileTexts
from healthbot.profile.timezones import AmbiguousTimezone, UnknownTimezone
from healthbot.profile.views import local_clock, zone_now
from healthbot.users import User, ensure_registered

log = logging.getLogger(__name__)

TIMEZONE_PREFIX: Final = "tz:"
UNITS_PREFIX: Final = "units:"
MAX_ECHO_CHARS: Final = 40
UNITS: Final = ("metric", "imperial")


def understood(texts: ProfileTexts, said: str, zone: str, at: datetime) -> str:
    """ "Portland → America/Los_Angeles (UTC-8)"; the label alone when it is what was typed."""
    label = timezones.zone_label(zone, at)
    typed = "_".join(said.split()).lower()
    text = label if typed in (zone.lower(), label.lower()) else f"{said[:MAX_ECHO_CHARS]} → {label}"
    fixed = texts.timezone_fixed if zone.startswith("Etc/") else ""
    return html.escape(text) + fixed


def zone_buttons(zones: tuple[str, ...], at: datetime) -> InlineKeyboardMarkup:
    """One button per zone to choose from, labelled with its offset now."""
    rows = [
        [InlineKeyboardButton(text=timezones.zone_label(z, at), callback_data=TIMEZONE_PREFIX + z)]
        for z in zones
    ]
    return InlineKeyboardMarkup(inline_keyboard=rows)


def units_buttons(texts: ProfileTexts) -> InlineKeyboardMarkup:
    """Metric and Imperial, as buttons."""
    rows = [
        [InlineKeyboardButton(text=texts.choices["units"][u], callback_data=UNITS_PREFIX + u)]
        for u in UNITS
    ]
    return InlineKeyboardMarkup(inline_keyboard=rows)


async def cmd_timezone(
    message: Message, command: CommandObject, profiles: ProfileService, user: User | None
) -> None:
    """Set the timezone from a city, a zone or an offset; say what it was taken for."""
    sender = message.from_user
    if sender is None:
        return
    texts = TEXTS.of(sender)
    said, at = " ".join((command.args or "").split()), profiles.clock()
    if not said:
        zone = user.timezone if user is not None else "UTC"
        now = zone_now(texts, zone, at, sender.language_code)
        await message.answer(texts.timezone_usage.format(now=now))
        return
    try:
        zone = timezones.resolve(said)
    except AmbiguousTimezone as error:
        text = texts.timezone_ambiguous.format(text=html.escape(said[:MAX_ECHO_CHARS]))
        await message.answer(text, reply_markup=zone_buttons(error.suggestions, at))
        return
    except UnknownTimezone as error:
        text = texts.timezone_not_found.format(text=html.escape(said[:MAX_ECHO_CHARS]))
        if error.suggestions:
            text += " " + texts.timezone_suggest
            await message.answer(text, reply_markup=zone_buttons(error.suggestions, at))
        else:
            await message.answer(text + "\n" + texts.timezone_try)
        return
    await ensure_registered(sender, user, profiles.users)
    await profiles.set_timezone(sender.id, zone)
    await message.answer(
        texts.timezone_set.format(
            understood=understood(texts, said, zone, at),
            clock=local_clock(zone, at, sender.language_code),
        )
    )


async def on_timezone_button(
    query: CallbackQuery, profiles: ProfileService, user: User | None
) -> None:
    """A zone chosen among /timezone's buttons."""
    texts = TEXTS.of(query.from_user)
    zone = (query.data or "").removeprefix(TIMEZONE_PREFIX)
    if not timezones.is_known(zone):
        log.info("refused timezone button %r from user %d", query.data, query.from_user.id)
        await answer_query(query, texts.setting_closed, alert=True)
        return
    await ensure_registered(query.from_user, user, profiles.users)
    await profiles.set_timezone(query.from_user.id, zone)
    await answer_query(query)
    at = profiles.clock()
    text = texts.timezone_set.format(
        understood=understood(texts, zone, zone, at),
        clock=local_clock(zone, at, query.from_user.language_code),
    )
    await _settled(query, text)


async def units_name(
    texts: ProfileTexts, units: str, profiles: ProfileService, user_id: int, user: User | None
) -> str:
    """ "metric (kg, cm, ml)", "imperial (lb, ft/in, fl oz)", or for a British or Irish user
    (or one who weighs in stones) "imperial (lb, ft/in; water in ml)" (`volume_units`)."""
    listed = await units_listed(texts, units, profiles, user_id, user)
    return texts.units_named.format(units=units, listed=listed)


async def units_listed(
    texts: ProfileTexts, units: str, profiles: ProfileService, user_id: int, user: User | None
) -> str:
    """What the units show the user: "kg, cm, ml", "lb, ft/in, fl oz", or "lb, ft/in;
    water in ml" for an imperial user whose water reads in ml (`water_in_ml`)."""
    if units == "imperial" and await water_in_ml(units, profiles, user_id, user):
        return texts.units_listed["imperial_ml"]
    return texts.units_listed[units]


async def units_usage(
    texts: ProfileTexts, profiles: ProfileService, user_id: int, user: User | None
) -> str:
    """The two systems, imperial as this user would see it (water in ml for a British one)."""
    imperial = await units_listed(texts, "imperial", profiles, user_id, user)
    return texts.units_usage.format(metric=texts.units_listed["metric"], imperial=imperial)


async def water_in_ml(
    units: str, profiles: ProfileService, user_id: int, user: User | None
) -> bool:
    """Whether the user's water reads in ml in these units (`measures.volume_units`)."""
    profile = await profiles.profile(user_id)
    stones = profile is not None and profile.weight_in_stones
    zone = None if user is None else user.timezone
    return volume_units(units, zone, stones) == "ml"


async def cmd_units(
    message: Message, command: CommandObject, profiles: ProfileService, user: User | None
) -> None:
    """Set metric or imperial units in one message; anything else is told the two."""
    sender = message.from_user
    if sender is None:
        return
    texts = TEXTS.of(sender)
    said = " ".join((command.args or "").lower().split())
    if not said:
        profile = await profiles.profile(sender.id)
        current = profile.units if profile is not None else "metric"
        named = await units_name(texts, current, profiles, sender.id, user)
        text = texts.units_now.format(units=named)
        usage = await units_usage(texts, profiles, sender.id, user)
        await message.answer(text + "\n" + usage, reply_markup=units_buttons(texts))
        return
    units = read_choice(texts, "units", said)
    if units is None:
        await message.answer(await units_usage(texts, profiles, sender.id, user))
        return
    await ensure_registered(sender, user, profiles.users)
    await profiles.set_field(sender.id, "units", units)
    named = await units_name(texts, units, profiles, sender.id, user)
    await message.answer(texts.units_set.format(units=named))


async def on_units_button(
    query: CallbackQuery, profiles: ProfileService, user: User | None
) -> None:
    """Metric or Imperial pressed under /units."""
    texts = TEXTS.of(query.from_user)
    units = (query.data or "").removeprefix(UNITS_PREFIX)
    if units not in UNITS:
        log.info("refused units button %r from user %d", query.data, query.from_user.id)
        await answer_query(query, texts.setting_closed, alert=True)
        return
    await ensure_registered(query.from_user, user, profiles.users)
    await profiles.set_field(query.from_user.id, "units", units)
    await answer_query(query)
    named = await units_name(texts, units, profiles, query.from_user.id, user)
    await _settled(query, texts.units_set.format(units=named))


async def _settled(query: CallbackQuery, text: str) -> None:
    """The choice replaces its question (whose buttons go); a question too old to edit gets
    the answer as a new message."""
    if isinstance(query.message, Message):
        await query.message.edit_text(text, reply_markup=None)
    else:
        assert query.bot is not None
        await query.bot.send_message(query.from_user.id, text)
