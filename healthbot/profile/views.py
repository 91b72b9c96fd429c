"""How the profile and the targets look: values in the user's units, the cards, the keyboards."""

from __future__ import annotations

import html
import math
from datetime import datetime
from decimal import Decimal
from typing import Final

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from healthbot import measures
from healthbot.localtime import clock, zone_named
from healthbot.profile import timezones
from healthbot.profile.service import Overview
from healthbot.profile.texts import ProfileTexts

SETUP_BUTTON: Final = "ob:go"
EDIT_PREFIX: Final = "pf:edit:"
EDIT_ROWS: Final = (("name", "timezone", "units"), ("sex", "age", "height"),
                    ("weight", "activity", "goal"))  # fmt: skip


def height(cm: Decimal | float, units: str) -> str:
    """ "175 cm", or "5'9"" for imperial users (`healthbot.measures`, as everywhere)."""
    return measures.height(float(cm), measures.units_of(units))


def weight(kg: Decimal | float, units: str, *, in_stones: bool = False) -> str:
    """ "72.5 kg", or "159.8 lb" for imperial users ("11 st 6 lb" for those who weigh in
    stones)."""
    return measures.weight(float(kg), measures.weight_units(measures.units_of(units), in_stones))


def water(ml: int, units: str, timezone: str | None, stones: bool = False) -> str:
    """ "2,800 ml", or "95 fl oz" for imperial users who are not British (in Britain or
    Ireland, or weighing in stones: `healthbot.measures.volume_units`)."""
    return measures.volume(ml, measures.volume_units(units, timezone, stones))


def height_example(imperial: bool) -> str:
    """How to write a height, in the user's units."""
    return "like 5'10\" or 70 in" if imperial else "like 175 cm or 1.75 m"


STONES_EXAMPLE: Final = "like 11 st 4"
"""How to write a weight for those who weigh in stones."""


def weight_example(imperial: bool) -> str:
    """How to write a weight, in the user's units."""
    return "like 160 lb" if imperial else "like 72.5 kg"


def local_clock(zone: str, at: datetime, language_code: str | None) -> str:
    """The time of day at `at` in `zone`, as the user reads it ("3:15 PM" or "15:15")."""
    return clock(at.astimezone(zone_named(zone)), language_code, zone)


def zone_now(texts: ProfileTexts, zone: str, at: datetime, language_code: str | None) -> str:
    """ "America/Los_Angeles (UTC-8), 3:15 PM there now": a zone as /profile shows it."""
    return texts.timezone_now.format(
        zone=html.escape(timezones.zone_label(zone, at)),
        clock=local_clock(zone, at, language_code),
    )


def targets_text(texts: ProfileTexts, overview: Overview) -> str:
    """The daily targets block, saying where the energy target comes from."""
    profile = overview.profile
    if profile is not None and profile.kcal_target_manual:
        source = texts.kcal_source_manual
    elif profile is not None and profile.daily_kcal_target is not None:
        source = texts.kcal_source_formula
    else:
        source = _default_source(texts, overview)
    t = overview.targets
    return texts.targets.format(
        kcal=f"{t.kcal:,}",
        source=source,
        protein=t.protein_g,
        carbs=t.carbs_g,
        fat=t.fat_g,
        water=water(
            t.water_ml,
            overview.units,
            overview.timezone,
            overview.profile is not None and overview.profile.weight_in_stones,
        ),
    )


def _default_source(texts: ProfileTexts, overview: Overview) -> str:
    """ "standard; tell me your age and height to personalise it": what the formula still
    lacks (a weigh-in or a goal already given is not asked for again)."""
    profile = overview.profile
    known = {
        "age": overview.age,
        "height": None if profile is None else profile.height_cm,
        "weight": overview.weight_kg,
    }
    missing = [texts.missing_names[name] for name, value in known.items() if value is None]
    if not missing:
        return texts.kcal_source_default
    said = (
        ", ".join(missing[:-1]) + f" {texts.and_word} {missing[-1]}"
        if len(missing) > 1
        else missing[0]
    )
    return texts.kcal_source_missing.format(missing=said)


def pace_amount(kg: Decimal | float, units: str) -> str:
    """ "0.5 kg", or "1.1 lb" for imperial users (the buttons' amounts come out as labelled)."""
    if units == "imperial":
        return f"{float(kg) / measures.KG_PER_LB:.1f}".removesuffix(".0") + " lb"
    return f"{float(kg):.2f}".rstrip("0").rstrip(".") + " kg"


def goal_text(texts: ProfileTexts, overview: Overview) -> str:
    """The goal on /profile: "65.0 kg, losing 0.5 kg a week (about 14 weeks)", "65.0 kg:
    reached", "Stay where I am", or a way set before the setup asked for a weight."""
    profile, units = overview.profile, overview.units
    if profile is None or (profile.goal is None and profile.target_weight_kg is None):
        return texts.not_set
    if profile.target_weight_kg is None or profile.goal == "maintain":
        return texts.choices["goal"].get(profile.goal or "maintain", texts.not_set)
    target = weight(profile.target_weight_kg, units, in_stones=profile.weight_in_stones)
    way = overview.direction
    if overview.weight_kg is None:  # nothing to measure the way from: nothing is reached yet
        way = profile.goal or "maintain"
        if way not in texts.goal_ways:
            return texts.goal_unweighed.format(target=target)
    elif way == "maintain":  # within reach of the goal weight
        return texts.goal_reached.format(target=target)
    if profile.weekly_pace_kg is None:
        return texts.goal_no_pace.format(target=target, way=texts.choices["goal"][way])
    text = texts.goal_pace.format(
        target=target, way=texts.goal_ways[way], pace=pace_amount(profile.weekly_pace_kg, units)
    )
    if overview.weight_kg is not None:
        gap = abs(float(overview.weight_kg) - float(profile.target_weight_kg))
        text += texts.goal_weeks.format(weeks=math.ceil(gap / float(profile.weekly_pace_kg)))
    return text


def profile_text(texts: ProfileTexts, overview: Overview) -> str:
    """The /profile card: every answer (or a dash) and the targets."""
    profile, units, unset = overview.profile, overview.units, texts.not_set
    language = overview.user.language_code if overview.user is not None else None

    def choice(step: str, value: str | None) -> str:
        return texts.choices[step].get(value, unset) if value else unset

    return texts.profile.format(
        name=html.escape(overview.name or unset),
        timezone=zone_now(texts, overview.timezone, overview.at, language),
        units=choice("units", units),
        sex=choice("sex", profile.sex if profile else None),
        age=overview.age if overview.age is not None else unset,
        height=height(profile.height_cm, units) if profile and profile.height_cm else unset,
        weight=unset
        if overview.weight_kg is None
        else weight(
            overview.weight_kg, units, in_stones=bool(profile and profile.weight_in_stones)
        ),
        activity=choice("activity", profile.activity_level if profile else None),
        goal=goal_text(texts, overview),
        targets=targets_text(texts, overview),
    )


def profile_keyboard(texts: ProfileTexts) -> InlineKeyboardMarkup:
    """A button per answer, the calorie target, and the whole setup again."""
    rows = [
        [
            InlineKeyboardButton(text=texts.edit_buttons[step], callback_data=EDIT_PREFIX + step)
            for step in row
        ]
        for row in EDIT_ROWS
    ]
    rows.append([InlineKeyboardButton(text=texts.kcal_button, callback_data=EDIT_PREFIX + "kcal")])
    rows.append([InlineKeyboardButton(text=texts.rerun_button, callback_data=SETUP_BUTTON)])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def after_setup_keyboard(texts: ProfileTexts) -> InlineKeyboardMarkup:
    """Under the setup's summary: set the calorie target by hand."""
    button = InlineKeyboardButton(text=texts.kcal_button, callback_data=EDIT_PREFIX + "kcal")
    return InlineKeyboardMarkup(inline_keyboard=[[button]])


def setup_offer_keyboard(texts: ProfileTexts) -> InlineKeyboardMarkup:
    """Under /start's greeting: the offer to set up a profile (never forced)."""
    button = InlineKeyboardButton(text=texts.setup_button, callback_data=SETUP_BUTTON)
    return InlineKeyboardMarkup(inline_keyboard=[[button]])
