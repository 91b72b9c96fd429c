"""How the nutrition texts are filled in: the Nutrients view, /week's lows, /stats' part."""

from __future__ import annotations

from datetime import date

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from healthbot.measures import KG_PER_LB, WeightUnits, weight
from healthbot.nutrition.amounts import Amount
from healthbot.nutrition.expenditure import Estimate
from healthbot.nutrition.intakes import Intake
from healthbot.nutrition.service import LOW_SHARE, Adaptive, DayNutrients, Low
from healthbot.nutrition.texts import NutritionTexts

PREFIX = "nutri:"
DAY = PREFIX + "day:"
ADOPT = PREFIX + "adopt"


def amount_text(value: float) -> str:
    """1,850 · 38 · 2.4 · 0.45: as many digits as a reader needs."""
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.0f}"
    if value >= 1:
        return f"{value:.1f}".rstrip("0").rstrip(".")
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _mark(intake: Intake, amount: Amount) -> str:
    share = amount.known / intake.amount if intake.amount else 1.0
    if intake.kind == "limit":
        return "⚠️" if share > 1 else "✅"
    if share >= 1:
        return "✅"
    return "🟡" if share >= LOW_SHARE else "🔻"


def _line(texts: NutritionTexts, intake: Intake, amount: Amount) -> str:
    name, unit = texts.names[intake.nutrient]
    if amount.unknown:
        return texts.unknown_line.format(name=name)
    template = texts.limit_line if intake.kind == "limit" else texts.target_line
    return template.format(
        mark=_mark(intake, amount),
        name=name,
        amount=amount_text(amount.known),
        star=texts.partly_known if amount.unknown_items else "",
        figure=amount_text(intake.amount),
        unit=unit,
        share=round(100 * amount.known / intake.amount) if intake.amount else 100,
    )


def day_text(texts: NutritionTexts, day: DayNutrients) -> str:
    """The Nutrients view of one day."""
    shown = day.day.strftime("%a %d %b")
    if day.items == 0:
        return texts.empty.format(day=shown)
    lines = [texts.title.format(day=shown), ""]
    lines += [_line(texts, intake, amount) for intake, amount in day.rows]
    if any(a.unknown_items and not a.unknown for _, a in day.rows):
        lines += ["", texts.partly_note]
    lines += ["", texts.source.format(who=who_text(texts, day.sex, day.age))]
    return "\n".join(lines)


def who_text(texts: NutritionTexts, sex: str | None, age: int | None) -> str:
    """ "a woman of 34", "an adult": whom the intake figures are for."""
    person = texts.sexes.get(sex or "", texts.anyone)
    return person if age is None else f"{person} of {age}"


def low_text(texts: NutritionTexts, lows: list[Low]) -> str:
    """/week's line about what was regularly low ("" when nothing was)."""
    if not lows:
        return ""
    items = ", ".join(
        texts.low_item.format(
            name=texts.names[low.intake.nutrient][0], low=low.low_days, judged=low.judged_days
        )
        for low in lows
    )
    return f"{texts.low_title} {items}."


def day_keyboard(texts: NutritionTexts, day: date) -> InlineKeyboardMarkup:
    """The Nutrients button under /today."""
    data = DAY + day.strftime("%Y%m%d")
    return InlineKeyboardMarkup(
        inline_keyboard=[[InlineKeyboardButton(text=texts.button, callback_data=data)]]
    )


def adaptive_text(texts: NutritionTexts, adaptive: Adaptive) -> str:
    """/stats' part: the expenditure with its uncertainty, or what it still needs."""
    found = adaptive.estimate
    if not isinstance(found, Estimate):
        one, many = texts.span_days
        span = one if found.span_days == 1 else many.format(n=found.span_days)
        return texts.not_yet.format(days=found.logged_days, span=span)
    lines = [
        texts.expenditure_title,
        texts.expenditure.format(
            kcal=f"{_round10(found.kcal):,}",
            error=f"{_round10(found.error_kcal):,}",
            days=found.logged_days,
            weigh_ins=found.weigh_ins,
            since=found.first.strftime("%d %b"),
        ),
        texts.expenditure_basis.format(
            intake=f"{_round10(found.intake_kcal):,}",
            trend=weight(found.trend_kg, adaptive.shown),
            rate=_rate(found.kg_per_week, adaptive.shown),
            energy=texts.energy_per["kg" if adaptive.shown == "kg" else "lb"],
        ),
        texts.target_now.format(kcal=f"{adaptive.target_kcal:,}"),
    ]
    if adaptive.suggested_kcal is not None:
        lines.append(texts.suggest.format(kcal=f"{adaptive.suggested_kcal:,}"))
    return "\n".join(lines)


def _rate(kg_per_week: float, shown: WeightUnits) -> str:
    """ "+0.45 kg", or "-1.0 lb" in pounds (stones too: a week's change is a few pounds)."""
    if shown == "kg":
        return f"{kg_per_week:+.2f} kg"
    return f"{kg_per_week / KG_PER_LB:+.1f} lb"


def adaptive_keyboard(texts: NutritionTexts, adaptive: Adaptive) -> InlineKeyboardMarkup | None:
    """The button that sets the suggested target (None without a suggestion)."""
    if adaptive.suggested_kcal is None:
        return None
    label = texts.suggest_button.format(kcal=f"{adaptive.suggested_kcal:,}")
    return InlineKeyboardMarkup(
        inline_keyboard=[[InlineKeyboardButton(text=label, callback_data=ADOPT)]]
    )


def _round10(kcal: float) -> int:
    return int((kcal + 5) // 10 * 10)
