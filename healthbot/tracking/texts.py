"""The water and weight feature's texts (HTML parse mode), one object per language."""

from __future__ import annotations

from dataclasses import dataclass

from healthbot.texts import Catalog
from healthbot.tracking.parsing import Problem
from healthbot.when import WhenProblem


@dataclass(frozen=True, slots=True)
class TrackingTexts:
    """Replies to /water and /weight, what bad input is told, and the menu commands."""

    water_today: str
    water_logged: str
    water_goal_reached: str
    water_button: str
    water_button_added: str
    water_problems: dict[Problem, str]
    water_as: str
    button_refused: str
    weight_logged: str
    weight_logged_as_typed: str
    weight_logged_on: str
    weight_corrected: str
    weight_corrected_not: str  # what was logged after the weigh-in a correction changed
    weight_when_problems: dict[WhenProblem, str]
    when_meant: str
    units_hint: dict[str, str]
    units_followed: dict[str, str]
    weight_latest: str
    weight_first: str
    weight_since_previous: str
    weight_windows: tuple[str, str]  # over 7 and over 30 days, joined by " · " when both
    weight_none: str
    weight_only_one: str
    weight_one_day: str
    weight_title: str
    weight_goal: str
    weight_doubt: str
    weight_doubt_light: str
    weight_doubt_heavy: str
    weight_yes: str
    weight_meant: str
    weight_cancel: str
    weight_not_logged: str
    weight_button_refused: str
    weight_problems: dict[Problem, str]
    no_change: str
    no_data: str
    water_label: str
    weight_label: str
    entry: str
    entry_deleted: str
    edit: str
    delete: str
    undo: str
    deleted: str
    restored: str
    gone: str
    water_edit_prompt: str
    weight_edit_prompt: str
    changed: str
    commands: tuple[tuple[str, str], ...]


_WATER_EXAMPLES = (
    "Try /water 500ml, /water 0.5 l, /water a glass, /water 2 glasses or /water 16 oz."
)
_WEIGHT_WHEN = "Try /weight yesterday 72.5 or /weight 72.5 on monday."
_WEIGHT_EXAMPLES = "Try /weight 72.5, /weight 72,5 kg, /weight 160 lb or /weight 11 st 4."

EN = TrackingTexts(
    water_today="💧 Today: <b>{total}</b> of {goal} ({percent}%)\n<code>{bar}</code>",
    water_logged="💧 Logged {amount}.\nToday: <b>{total}</b> of {goal} ({percent}%)\n"
    "<code>{bar}</code>",
    water_goal_reached="🎉 You reached today's goal!",
    water_button="+{amount}",
    water_button_added="+{amount} · today {total}",
    water_problems={
        Problem.NOT_UNDERSTOOD: "I couldn't read that amount. " + _WATER_EXAMPLES,
        Problem.NOT_POSITIVE: "The amount must be more than zero. " + _WATER_EXAMPLES,
        Problem.TOO_MUCH: "That's more than 5 l at once: I log up to 5,000 ml per entry.",
        Problem.NO_UNIT: "{amount} what? Add a unit, like /water {amount} glasses "
        "or /water {amount} l.",
        Problem.FL_OZ_OR_ML: "{amount} fl oz or {amount} ml? Say which: /water {amount} fl oz "
        "or /water {amount} ml.",
        Problem.OUT_OF_RANGE: "I couldn't read that amount. " + _WATER_EXAMPLES,
        Problem.NOT_WATER: "/water counts water, and tea or sparkling water as water. "
        "A drink with calories is a meal entry: /log {said}",
    },
    water_as="{amount} of {drink}, counted as water",
    button_refused="This button doesn't work. Send /water to log water.",
    weight_logged="⚖️ Logged <b>{weight}</b>.",
    weight_logged_as_typed="⚖️ Logged <b>{typed}</b> ({weight}).",
    weight_logged_on="For {day}.",
    weight_corrected="⚖️ Changed your weigh-in to <b>{weight}</b> (it said {was}).",
    weight_corrected_not="What you logged after it is as it was: {since}.",
    weight_when_problems={
        WhenProblem.UNKNOWN_DAY: "I don't know which day “{span}” is.{meant} " + _WEIGHT_WHEN,
        WhenProblem.BAD_TIME: "“{span}” is no time I can read. " + _WEIGHT_WHEN,
        WhenProblem.FUTURE: "“{span}” is still to come: log a weigh-in you made. " + _WEIGHT_WHEN,
        WhenProblem.TOO_FAR: "{span} is more than a year ago: I log weigh-ins of the last year.",
    },
    when_meant=" Did you mean “{meant}”?",
    units_followed={
        "imperial": "📏 From now on I show amounts in lb, ft/in and fl oz, as you typed them "
        "(/units metric to go back).",
        "metric": "📏 From now on I show amounts in kg, cm and ml, as you typed them "
        "(/units imperial to go back).",
        "stones": "📏 From now on I show weights in stones and pounds, as you typed them, "
        "and heights in feet and inches (/units metric to go back).",
    },
    units_hint={
        "imperial": "Pounds and ounces? /units imperial shows every amount in lb, ft/in, fl oz.",
        "metric": "Kilograms and litres? /units metric shows every amount in kg, cm, ml.",
    },
    weight_latest="⚖️ Latest weigh-in: <b>{weight}</b> ({day}).",
    weight_first="Your first weigh-in! Log again in a few days to see the trend.",
    weight_since_previous="Since the last one ({day}): {change}",
    weight_windows=("last 7 days: {change}", "last 30 days: {change}"),
    weight_none="No weigh-ins yet. " + _WEIGHT_EXAMPLES,
    weight_only_one="Log another weigh-in and I'll draw your trend.",
    weight_one_day="Weigh in on another day and I'll draw your trend.",
    weight_title="Weight ({unit}): each day's last weigh-in",
    weight_goal="goal {weight}",
    weight_doubt="⚖️ <b>{weight}</b> is far from your last weigh-in, {previous}. Log it?",
    weight_doubt_light="⚖️ <b>{weight}</b> ({other}) is very light for an adult. Log it?",
    weight_doubt_heavy="⚖️ <b>{weight}</b> ({other}) is very heavy. Which did you mean?",
    weight_yes="Yes, {weight}",
    weight_meant="I meant {weight}",
    weight_cancel="Cancel",
    weight_not_logged="⚖️ Not logged.",
    weight_button_refused="This button doesn't work. Send /weight with your weight to log it.",
    weight_problems={
        Problem.NOT_UNDERSTOOD: "I couldn't read that weight. " + _WEIGHT_EXAMPLES,
        Problem.NOT_POSITIVE: "A weight must be more than zero. " + _WEIGHT_EXAMPLES,
        Problem.TOO_MUCH: "That doesn't look like a body weight: I take 20-500 kg (44-1,102 lb).",
        Problem.NO_UNIT: "I couldn't read that weight. " + _WEIGHT_EXAMPLES,
        Problem.FL_OZ_OR_ML: "I couldn't read that weight. " + _WEIGHT_EXAMPLES,
        Problem.OUT_OF_RANGE: "That doesn't look like a body weight: "
        "I take 20-500 kg (44-1,102 lb).",
    },
    no_change="no change",
    no_data="—",
    water_label="{when} · 💧 Water {amount}",
    weight_label="{when} · ⚖️ Weight {amount}",
    entry="{icon} <b>{amount}</b> · {when}",
    entry_deleted="🗑 <s>{icon} {amount} · {when}</s>",
    edit="✏️ Edit",
    delete="🗑 Delete",
    undo="↩️ Undo",
    deleted="Deleted. Tap Undo to bring it back.",
    restored="Restored.",
    gone="That entry is gone.",
    water_edit_prompt="✏️ Send the right amount of this water, like 300 ml, 12 fl oz or 2 glasses "
    "(/cancel leaves it as it is).",
    weight_edit_prompt="✏️ Send the right weight of this weigh-in, like 72.5 kg or 160 lb "
    "(/cancel leaves it as it is).",
    changed="Changed.",
    commands=(
        ("water", "log a glass of water or see today's total"),
        ("weight", "log your weight or see the trend"),
    ),
)

TEXTS = Catalog({"en": EN})
