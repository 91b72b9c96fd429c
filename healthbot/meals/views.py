"""How meal logging looks in the chat: entries, questions, /today, /week (no handlers here).

Every user text shown (what they typed, food names) is HTML-escaped and cut short, so that
no entry, however long its items, passes Telegram's 4,096 characters.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup, Message

from healthbot.food.parser import FoodParseError
from healthbot.localtime import day_and_clock
from healthbot.meals.answers import Amount, Question
from healthbot.meals.cards import Card
from healthbot.meals.portions import Nutrients
from healthbot.meals.service import DaySummary, Entry, WeekSummary
from healthbot.meals.texts import MealTexts
from healthbot.measures import ML_PER_FL_OZ, Units, VolumeUnits, food_amount, volume, volume_units
from healthbot.when import Meal, WhenError

PREFIX = "meal:"
"""The callback data of every button of this feature starts with it."""
DAY_PREFIX = PREFIX + "day:"
"""A day button: "meal:day:<entry>:<YYYYMMDD>" moves the entry to that day."""
SAVE = PREFIX + "save:"
"""Save on an entry: "meal:save:<entry>" saves it as a meal under a name of its text."""
COPY = PREFIX + "copy:"
"""Copy on an entry opened from /history: "meal:copy:<entry>" logs it again now."""
BAR_CELLS = 10
MAX_TYPED_SHOWN = 60
MAX_FOOD_SHOWN = 80
MAX_ASKED = 4
"""Questions of a card shown with their buttons at once (the rest get theirs as these are
answered): a keyboard stays well under Telegram's limit."""


@dataclass(frozen=True, slots=True)
class Reply:
    """A message to send or to edit into: text (HTML) and its buttons."""

    text: str
    markup: InlineKeyboardMarkup | None = None

    async def send(self, message: Message) -> Message:
        """Send it in the message's chat; the message sent."""
        return await message.answer(self.text, reply_markup=self.markup)

    async def edit(self, message: Message) -> None:
        """Turn the message into it."""
        await message.edit_text(self.text, reply_markup=self.markup)


def entry_reply(
    texts: MealTexts,
    entry: Entry,
    earned: Sequence[str] = (),
    *,
    today: date | None = None,
    units: Units = "metric",
    water: VolumeUnits | None = None,
) -> Reply:
    """An entry's message with its buttons (and what logging it earned, if anything); with
    `today` (the user's), buttons that move it to the day before or after too. Amounts
    read in the user's `units` (volumes in `water`'s: `entry_text`)."""
    keyboard = entry_keyboard(texts, entry, today)
    return Reply("\n".join([entry_text(texts, entry, units, water), *earned]), keyboard)


def allergen_lines(texts: MealTexts, found: Sequence[tuple[str, str]]) -> list[str]:
    """A warning line for each food logged that has an allergen the user named
    (`allergens.in_entry`)."""
    return [
        texts.allergen_logged.format(
            food=html.escape(shorter(food, MAX_FOOD_SHOWN)), allergen=html.escape(allergen)
        )
        for food, allergen in found
    ]


def problem_text(texts: MealTexts, error: FoodParseError) -> str:
    """What bad input is told (the item at fault quoted, escaped and cut short)."""
    return texts.problems[error.problem].format(span=html.escape(error.span[:60]))


def when_problem_text(texts: MealTexts, error: WhenError, language_code: str | None) -> str:
    """What words about when a meal was eaten that cannot be used are told (a moment named
    on the user's clock: "Mon 07 Dec 11:00 PM" in the US)."""
    meant = texts.when_meant.format(meant=error.meant) if error.meant else ""
    said = error.span if error.moment is None else day_and_clock(error.moment, language_code)
    span = html.escape(said[:40])
    return texts.when_problems[error.problem].format(span=span, meant=meant)


def number(value: float) -> str:
    """A whole number with thousands separators, halves rounded up: "1,250"."""
    return f"{Decimal(str(value)).quantize(Decimal(1), rounding=ROUND_HALF_UP):,}"


def short_day(day: date) -> str:
    """ "Mon 28 Nov"."""
    return day.strftime("%a %d %b")


def totals_line(texts: MealTexts, totals: Nutrients) -> str:
    """The totals line of an entry."""
    return texts.total.format(
        kcal=number(totals.kcal),
        protein=number(totals.protein_g),
        carbs=number(totals.carbs_g),
        fat=number(totals.fat_g),
    )


def entry_text(
    texts: MealTexts, entry: Entry, units: Units = "metric", water: VolumeUnits | None = None
) -> str:
    """An entry: its meal and day, one line per item (its amount in `units`, a recipe's
    part's volume in `water`: the user's `healthbot.measures.volume_units`, by default ml
    for metric, fl oz for imperial), and the totals on their own line."""
    meal = texts.meals[entry.meal]
    when = short_day(entry.row.local_date)
    if entry.row.deleted:
        return texts.entry_deleted.format(meal=meal, when=when)
    header = texts.entry_header.format(icon=texts.meal_icons[entry.meal], meal=meal, when=when)
    lines = [header]
    water = water or volume_units(units, None)
    for item in entry.items:
        typed = parts_shown(item.typed, water) or item_span(item.quantity, item.unit, item.size)
        template = texts.item if item.usda_id else texts.quick_item  # no food: a quick add
        lines.append(
            template.format(
                span=html.escape(shorter(typed, MAX_TYPED_SHOWN)),
                food=html.escape(shorter(item.food_name, MAX_FOOD_SHOWN)),
                amount=food_amount(float(item.grams or 0), units),
                kcal=number(float(item.kcal)),
            )
        )
    lines.append(totals_line(texts, entry.totals))
    return "\n".join(lines)


def amount_label(texts: MealTexts, amount: Amount, units: Units = "metric") -> str:
    """An amount button: "1 tbsp · 14 g", or "50 g" alone (button text is not HTML); in
    imperial units "1 tbsp · 0.5 oz (14 g)", "1.8 oz (50 g)"."""
    if amount.label.endswith(" g"):
        return amount.label if units == "metric" else food_amount(amount.grams, units)
    return texts.amount_button.format(amount=amount.label, grams=food_amount(amount.grams, units))


def shorter(text: str, limit: int) -> str:
    """The text in at most `limit` characters, an ellipsis ending it when cut: cut after a
    whole word when one ends in the second half ("Cookies, chocolate chip, commercially…",
    not "…commercially prepared,  "), else mid-word (a single long word)."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if text[limit - 1].isalnum() and (space := cut.rfind(" ")) > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-") + "…"


def in_words(text: str, limit: int) -> str:
    """The text in at most `limit` characters, in whole words: its first words (an amount)
    and its last (the food, as typed), the middle left out: "1 and a half cups … grain
    brown rice", never "1 and a half cups cooked long grain…" or "1 and a half cups cooked
    lo…" (a button names what it logs). A word longer than half the limit is cut."""
    if len(text) <= limit:
        return text
    words = text.split()
    tail: list[str] = []
    while words and len(" ".join([words[-1], *tail])) <= limit // 2:
        tail.insert(0, words.pop())
    head: list[str] = []
    room = limit - len(" ".join(tail)) - 3  # " … "
    while words and len(" ".join([*head, words[0]])) <= room:
        head.append(words.pop(0))
    if not tail:
        return shorter(text, limit)
    if head:
        return " ".join([*head, "…", *tail])
    while words and len(" ".join([words[-1], *tail])) <= limit - 2:  # the first word is long
        tail.insert(0, words.pop())
    return "… " + " ".join(tail)


_PART_FL_OZ = re.compile(r"(?<=: )(\d+(?:\.\d+)?) fl oz\b")
"""A recipe's part's volume in its label ("a flat white: 2 fl oz espresso"): US fluid
ounces, as the recipes (`healthbot.food.coffee`, `healthbot.food.cocktails`) keep them."""


def parts_shown(typed: str, water: VolumeUnits) -> str:
    """What the user typed, a recipe's part's volume in their units: "a flat white: 59 ml
    espresso" for one who counts in ml (metric, or British: `volume_units`), as labelled
    ("2 fl oz espresso") for one in US fluid ounces."""
    if water != "ml":
        return typed
    return _PART_FL_OZ.sub(lambda found: volume(float(found[1]) * ML_PER_FL_OZ, "ml"), typed)


def item_span(quantity: object, unit: str | None, size: str | None) -> str:
    """How much, from a stored item without its typed text ("2 slice", "0.5 large")."""
    amount = f"{float(str(quantity)):g}" if quantity is not None else "1"
    return " ".join(part for part in (amount, size or "", unit or "") if part)


def entry_keyboard(
    texts: MealTexts, entry: Entry, today: date | None = None
) -> InlineKeyboardMarkup:
    """OK, Edit, Delete, Not this? (when an item is a food of the table's), the four meals
    (the current one marked), and Save; with `today`, Copy and the day before and the day
    after (up to today); Undo once deleted."""
    if entry.row.deleted:
        undo = InlineKeyboardButton(text=texts.undo, callback_data=f"{PREFIX}undo:{entry.id}")
        return InlineKeyboardMarkup(inline_keyboard=[[undo]])
    actions = [
        InlineKeyboardButton(text=texts.ok, callback_data=f"{PREFIX}ok:{entry.id}"),
        InlineKeyboardButton(text=texts.edit, callback_data=f"{PREFIX}edit:{entry.id}"),
        InlineKeyboardButton(text=texts.delete, callback_data=f"{PREFIX}del:{entry.id}"),
    ]
    if any(item.usda_id for item in entry.items):  # a food of the table's: others may fit
        actions.append(
            InlineKeyboardButton(text=texts.not_this, callback_data=f"{PREFIX}alt:{entry.id}")
        )
    meals = [
        InlineKeyboardButton(
            text=("• " if meal is entry.meal else "") + texts.meals[meal],
            callback_data=f"{PREFIX}set:{entry.id}:{meal}",
        )
        for meal in Meal
    ]
    # Save (and Copy, on an entry opened from /history) on a row of their own: short rows.
    keep = [
        InlineKeyboardButton(text=texts.shortcuts.save_button, callback_data=f"{SAVE}{entry.id}")
    ]
    if today is not None:
        copy = texts.shortcuts.copy_button
        keep.append(InlineKeyboardButton(text=copy, callback_data=f"{COPY}{entry.id}"))
    rows = [actions, meals, keep]
    if today is not None:
        days = (entry.row.local_date - timedelta(days=1), entry.row.local_date + timedelta(days=1))
        moves = [
            InlineKeyboardButton(
                text=template.format(day=short_day(day)),
                callback_data=f"{DAY_PREFIX}{entry.id}:{day:%Y%m%d}",
            )
            for day, template in zip(days, (texts.day_before, texts.day_after), strict=True)
            if day <= today
        ]
        rows.append(moves)
    return InlineKeyboardMarkup(inline_keyboard=rows)


def card_reply(
    texts: MealTexts,
    entry: Entry | None,
    card: Card,
    earned: Sequence[str] = (),
    units: Units = "metric",
    *,
    water: VolumeUnits | None = None,
) -> Reply:
    """A card: the entry as it stands (if there is one yet) and what it earned, then a
    question for each item still open, each with its own buttons (those of the first
    `MAX_ASKED`), then the entry's buttons; numbered when there are several. Amounts read
    in the user's `units`."""
    numbered = len(card.questions) > 1
    lines = [] if entry is None else [entry_text(texts, entry, units, water), *earned]
    rows: list[list[InlineKeyboardButton]] = []
    for label, question in enumerate(card.questions, start=1):
        mark = f"{label}. " if numbered else ""
        lines.append(mark + question_text(texts, question, entry, card, units))
        if label <= MAX_ASKED:
            number = label if numbered else None
            rows.extend(question_rows(texts, question, card.token, number, units))
    if len(card.questions) > MAX_ASKED:
        lines.append(texts.more_questions)
    if entry is not None and not entry.row.deleted:
        rows.extend(entry_keyboard(texts, entry).inline_keyboard)
    return Reply("\n".join(lines), InlineKeyboardMarkup(inline_keyboard=rows) if rows else None)


def question_text(
    texts: MealTexts, question: Question, entry: Entry | None, card: Card, units: Units = "metric"
) -> str:
    """What a question asks: which food, which food instead of the one logged ("Not
    this?"), how much (an example in the user's `units`), or another name for a food the
    table lacks."""
    span = html.escape(question.span[:80])
    if question.kind == "amount":
        food = html.escape(question.choices[0].name if question.choices else question.food)
        return texts.ask_amount.format(span=span, food=food, example=texts.amount_example[units])
    if not question.choices:  # the user's own words, not the food spelt out ("bol")
        typed = question.food if question.food in question.span.lower() else question.span
        return texts.ask_unknown.format(food=html.escape(typed[:80]))
    logged = None
    if entry is not None and question.position in card.replacing:
        logged = next((i for i in entry.items if i.position == question.position), None)
    asked = texts.ask_food.format(span=span)
    if logged is not None:
        food = html.escape(shorter(logged.food_name, MAX_FOOD_SHOWN))
        asked = texts.ask_instead.format(span=span, food=food)
    allergens = [a for a in dict.fromkeys(c.allergen for c in question.choices) if a]
    if allergens:
        asked += "\n" + texts.allergen_note.format(allergens=html.escape(", ".join(allergens)))
    return asked


def question_rows(
    texts: MealTexts, question: Question, token: str, label: int | None, units: Units = "metric"
) -> list[list[InlineKeyboardButton]]:
    """A question's buttons: a row per food, or the amounts two to a row; then Skip. Their
    data names the card and the item: "meal:pick:<token>:<position>:<choice>"."""
    mark = "" if label is None else f"{label} · "
    at = f"{token}:{question.position}"
    skip = [InlineKeyboardButton(text=mark + texts.skip, callback_data=f"{PREFIX}skip:{at}")]
    if question.kind == "amount":
        amounts = [
            InlineKeyboardButton(
                text=mark + amount_label(texts, amount, units),
                callback_data=f"{PREFIX}g:{at}:{index}",
            )
            for index, amount in enumerate(question.amounts)
        ]
        return [amounts[i : i + 2] for i in range(0, len(amounts), 2)] + [skip]
    rows = [
        [
            InlineKeyboardButton(
                text=mark
                + (texts.allergen_mark if choice.allergen else "")
                + (
                    texts.choice.format(name=shorter(choice.name, 48), kcal=number(choice.kcal))
                    if choice.kcal is not None
                    else texts.choice_no_kcal.format(name=shorter(choice.name, 56))
                ),
                callback_data=f"{PREFIX}pick:{at}:{index}",
            )
        ]
        for index, choice in enumerate(question.choices)
    ]
    return [*rows, skip]


def items_reply(
    texts: MealTexts, entry: Entry, units: Units = "metric", water: VolumeUnits | None = None
) -> Reply:
    """ "Not this?" on an entry of several foods: which of them is not right (and Back)."""
    shown = water or volume_units(units, None)
    rows = [
        [
            InlineKeyboardButton(
                text=shorter(f"{parts_shown(item.typed, shown)} → {item.food_name}", 60),
                callback_data=f"{PREFIX}alt:{entry.id}:{item.position}",
            )
        ]
        for item in entry.items
        if item.usda_id
    ]
    rows.append([InlineKeyboardButton(text=texts.back, callback_data=f"{PREFIX}back:{entry.id}")])
    text = "\n".join([entry_text(texts, entry, units, water), texts.which_item])
    return Reply(text, InlineKeyboardMarkup(inline_keyboard=rows))


def progress_bar(share: float) -> str:
    """Ten cells, filled in proportion (a full bar past the target)."""
    filled = min(BAR_CELLS, max(0, round(share * BAR_CELLS)))
    return "▓" * filled + "░" * (BAR_CELLS - filled)


def today_text(texts: MealTexts, day: DaySummary) -> str:
    """/today: per meal, the total against the target with a bar, macros, what is left."""
    lines = [texts.today_header.format(day=short_day(day.day))]
    if day.entries == 0:
        lines.append(texts.today_empty)
    for meal, totals in day.meals.items():
        lines.append(
            texts.today_meal.format(
                icon=texts.meal_icons[meal], meal=texts.meals[meal], kcal=number(totals.kcal)
            )
        )
    target = day.targets
    if day.entries:
        lines.append(
            texts.today_total.format(
                kcal=number(day.total.kcal),
                target=number(target.kcal),
                percent=round(day.total.kcal / target.kcal * 100),
                bar=progress_bar(day.total.kcal / target.kcal),
            )
        )
        lines.append(
            texts.today_macros.format(
                protein=number(day.total.protein_g),
                protein_target=number(target.protein_g),
                carbs=number(day.total.carbs_g),
                carbs_target=number(target.carbs_g),
                fat=number(day.total.fat_g),
                fat_target=number(target.fat_g),
            )
        )
    left = day.left.kcal
    template = texts.today_left if left >= 0 else texts.today_over
    lines.append(template.format(kcal=number(abs(left))))
    water = volume(day.water_ml, day.water_units, with_unit=False)
    goal = volume(day.targets.water_ml, day.water_units)
    lines.append(texts.today_water.format(water=water, goal=goal))
    return "\n".join(lines)


def week_text(texts: MealTexts, week: WeekSummary, since: date | None = None) -> str:
    """/week's table: a row per day, the average of the days before today with entries
    (today is not over: its breakfast would pull the average down), and today so far.

    A day with nothing logged says so, as the chart does: a row of zeros reads as a day of
    fasting. A day before `since` (the user's first) has its date alone: a new user's week is
    mostly days before they came, when there was nothing to log."""
    rows = [
        texts.week_row.format(
            day=day.strftime("%a %d"),
            kcal=number(n.kcal),
            protein=number(n.protein_g),
            carbs=number(n.carbs_g),
            fat=number(n.fat_g),
        )
        if n.kcal > 0
        else (texts.week_row_empty if since is None or day >= since else "{day}").format(
            day=day.strftime("%a %d")
        )
        for day, n in week.days
    ]
    header = texts.week_header.format(target=number(week.targets.kcal))
    lines = [header, "<pre>" + "\n".join(rows) + "</pre>"]
    if week.finished_days:
        template = texts.week_average_one if week.finished_days == 1 else texts.week_average
        lines.append(template.format(days=week.finished_days, kcal=number(week.average.kcal)))
    if week.today.kcal > 0:
        lines.append(texts.week_today_so_far.format(kcal=number(week.today.kcal)))
    return "\n".join(lines)
