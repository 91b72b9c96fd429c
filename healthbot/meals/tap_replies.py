"""The replies of one-tap logging, built and not sent: the recent foods as buttons (/log
alone), a copied day's card, what an empty copy is told, a saved meal as a reply names it,
and the /meals list with its Log, Rename and Delete buttons. Texts and keyboards only: the
handlers that send them are `healthbot.meals.taps`'.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Final

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from healthbot.meals.copies import CopyOf
from healthbot.meals.recents import Recent
from healthbot.meals.saved import SavedMeal
from healthbot.meals.service import Entry
from healthbot.meals.texts import MealTexts, ShortcutTexts
from healthbot.meals.views import PREFIX, Reply, entry_text, in_words, number, short_day, shorter
from healthbot.measures import Units, VolumeUnits
from healthbot.when import Meal

MAX_BUTTON_TEXT: Final = 40
"""Characters of what a recent food's button names (one a row: room for this and its energy);
a saved meal's name is never longer (`MAX_NAME`)."""


def recent_reply(
    texts: MealTexts, meal: Meal, recent: list[Recent]
) -> tuple[str, InlineKeyboardMarkup]:
    """The recent foods: what they are, a button for each (one a row: they stay readable)."""
    short = texts.shortcuts
    rows = [
        [
            InlineKeyboardButton(
                text=short.recent_button.format(
                    typed=in_words(food.typed or food.food_name, MAX_BUTTON_TEXT),
                    kcal=number(float(food.kcal)),
                ),
                callback_data=f"{PREFIX}re:{food.item_id}",
            )
        ]
        for food in recent
    ]
    header = short.recent_header.format(meal=texts.meals[meal].lower())
    return header, InlineKeyboardMarkup(inline_keyboard=rows)


def copied_day_reply(
    texts: MealTexts,
    copy: CopyOf,
    entries: Sequence[Entry],
    units: Units,
    water: VolumeUnits | None = None,
) -> Reply:
    """A day copied, an entry per meal: one card of them all (each as its own card reads),
    their total, and a button for each that opens its card (Edit, Delete, Not this?...)."""
    short = texts.shortcuts
    blocks = [short.copied_day.format(day=short_day(copy.day))]
    blocks += [entry_text(texts, entry, units, water) for entry in entries]
    kcal = number(sum(float(entry.row.kcal) for entry in entries))
    blocks.append(short.copied_day_total.format(kcal=kcal))
    rows = [
        [
            InlineKeyboardButton(
                text=short.open_meal_button.format(
                    icon=texts.meal_icons[entry.meal], meal=texts.meals[entry.meal],
                    kcal=number(float(entry.row.kcal)),
                ),
                callback_data=f"{PREFIX}show:{entry.id}",
            )
        ]
        for entry in entries
    ]  # fmt: skip
    return Reply("\n\n".join(blocks), InlineKeyboardMarkup(inline_keyboard=rows))


def copy_empty(texts: MealTexts, copy: CopyOf) -> str:
    """What a copy of a meal or day with nothing logged is told."""
    day = short_day(copy.day)
    if copy.meal is None:
        return texts.shortcuts.copy_empty_day.format(day=day)
    return texts.shortcuts.copy_empty_meal.format(meal=texts.meals[copy.meal].lower(), day=day)


def saved_text(texts: ShortcutTexts, template: str, saved: SavedMeal) -> str:
    """A saved meal in a reply: its name (escaped) and energy."""
    return template.format(name=html.escape(saved.name), kcal=number(float(saved.kcal)))


def meals_reply(
    texts: ShortcutTexts, saved: list[SavedMeal]
) -> tuple[str, InlineKeyboardMarkup | None]:
    """/meals: a line per saved meal; under it a button that logs it, and its Rename and
    Delete (short rows)."""
    if not saved:
        return texts.meals_empty, None
    lines, rows = [texts.meals_header], []
    for meal in saved:
        foods = ", ".join(meal.foods())
        lines.append(
            texts.meals_row.format(
                name=html.escape(meal.name),
                kcal=number(float(meal.kcal)),
                foods=html.escape(shorter(foods, 80)),
            )
        )
        name = in_words(meal.name, MAX_BUTTON_TEXT)
        rows.append(
            [
                InlineKeyboardButton(
                    text=texts.log_button.format(name=name),
                    callback_data=f"{PREFIX}slog:{meal.id}",
                )
            ]
        )
        rows.append(
            [
                InlineKeyboardButton(
                    text=texts.rename_button, callback_data=f"{PREFIX}sren:{meal.id}"
                ),
                InlineKeyboardButton(
                    text=texts.delete_button, callback_data=f"{PREFIX}sdel:{meal.id}"
                ),
            ]
        )
    return "\n".join(lines), InlineKeyboardMarkup(inline_keyboard=rows)
