"""The reminder feature's texts (HTML parse mode), one object per language.

`{name}` fields are str.format-ted; whatever comes from the user is HTML-escaped first.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from healthbot.texts import Catalog


class Problem(StrEnum):
    """What is wrong with a reminder phrase: each has its own explanation in the texts."""

    EMPTY = "empty"
    TOO_LONG = "too_long"
    NO_TIME = "no_time"
    BAD_TIME = "bad_time"
    TOO_OFTEN = "too_often"
    TOO_RARE = "too_rare"
    BAD_DELAY = "bad_delay"
    BAD_WINDOW = "bad_window"
    WINDOW_ALONE = "window_alone"
    CONFLICT = "conflict"
    SEVERAL_ONCE = "several_once"
    PAST = "past"
    NO_TEXT = "no_text"
    UNSUPPORTED = "unsupported"
    BAD_CONDITION = "bad_condition"


@dataclass(frozen=True, slots=True)
class ReminderTexts:
    """Replies to /remind and /reminders, the delivered reminder and its buttons, the menu."""

    problems: dict[Problem, str]
    created: str
    next_at: str
    unless_meal: str
    too_many: str
    list_header: str
    list_empty: str
    list_line: str
    list_paused: str
    list_blocked: str
    button_pause: str
    button_resume: str
    button_delete: str
    paused: str
    resumed: str
    deleted: str
    cannot_resume: str
    refused: str
    delivered: str
    button_done: str
    button_snooze: str
    button_skip: str
    marked_done: str
    marked_skipped: str
    snoozed: str
    already_snoozed: str
    already_answered: str
    snooze_full: str
    weekdays: tuple[str, ...]  # Monday first
    today_at: str
    tomorrow_at: str
    every_day: str
    on_weekdays: str
    on_weekends: str
    on_days: str
    at_times: str
    every_minutes: str
    every_hours: str
    window: str
    once_at: str
    commands: tuple[tuple[str, str], ...]
    period_names: dict[str, str]  # a key of periods.DEFAULT_TIMES -> how it is said
    period_used: str
    times_header: str
    times_line: str
    times_how: str
    times_set: str
    times_unknown: str
    times_no_time: str
    times_bad_time: str


_EXAMPLES = (
    "For example: “every day at 8:00 take vitamins”, “weekdays 12:30 log lunch” "
    "or “in 30 minutes drink water”."
)

EN = ReminderTexts(
    problems={
        Problem.EMPTY: "Tell me what to remind you of and when. " + _EXAMPLES,
        Problem.TOO_LONG: "That's too long for a reminder: please keep it under {limit} "
        "characters. " + _EXAMPLES,
        Problem.NO_TIME: "I couldn't tell when to remind you. " + _EXAMPLES,
        Problem.BAD_TIME: "“{token}” isn't a time of day. Use 0:00-23:59 or am/pm, "
        "like “8:30”, “20:30” or “8:30 pm”.",
        Problem.TOO_OFTEN: "That's too often: reminders can repeat at most every {minimum} "
        "minutes. Try “every 2 hours from 9 to 17 drink water”.",
        Problem.TOO_RARE: "Repeats go up to every 24 hours. For rarer reminders pick days "
        "instead, like “mon, thu at 9:00 weigh in”.",
        Problem.BAD_DELAY: "I can set a reminder from 1 minute to a year ahead, not “{token}”.",
        Problem.BAD_WINDOW: "The time window “{token}” ends when it starts: "
        "give it a length, like “from 9 to 17” or “from 23:00 to 7:00”.",
        Problem.WINDOW_ALONE: "A time window needs a repeat, "
        "like “every 2 hours from 9 to 17 drink water”.",
        Problem.CONFLICT: "That mixes two kinds of schedule. Pick one: a repeat "
        "(“every 2 hours from 9 to 17”), a delay (“in 30 minutes”) or times and days "
        "(“weekdays at 12:30”).",
        Problem.SEVERAL_ONCE: "For several times, say which days: "
        "“every day at 8:00 and 20:00 take vitamins”.",
        Problem.PAST: "{when} has already passed today. Try “tomorrow at {when}”.",
        Problem.NO_TEXT: "What should I remind you of? Add it to the time, "
        "like “at 8:00 take vitamins”.",
        Problem.UNSUPPORTED: "I can't repeat “{token}” yet. Pick days instead, "
        "like “mon, wed, fri at 7 pm gym”.",
        Problem.BAD_CONDITION: "I can skip a reminder after a meal logged in the last 1 to "
        "24 hours, like “every day at 15:00 snack unless I logged a meal in the last 3 hours”.",
    },
    created="⏰ Reminder set: <b>{text}</b>\n{schedule}",
    next_at="Next: {when}",
    unless_meal="Skipped when you logged a meal in the last {hours} h.",
    too_many="You have {limit} reminders already. Delete one in /reminders first.",
    list_header="⏰ Your reminders:",
    list_empty="You have no reminders. Set one with /remind, for example "
    "“/remind every day at 8:00 take vitamins”.",
    list_line="{number}. <b>{text}</b>: {schedule}",
    list_paused="paused",
    list_blocked="paused while the bot was blocked",
    button_pause="⏸ Pause {number}",
    button_resume="▶️ Resume {number}",
    button_delete="🗑 Delete {number}",
    paused="Paused.",
    resumed="Resumed.",
    deleted="Deleted.",
    cannot_resume="That one-off time has passed: set a new reminder with /remind.",
    refused="This button doesn't work. Send /reminders to see your reminders.",
    delivered="⏰ {text}",
    button_done="✅ Done",
    button_snooze="⏰ Snooze {minutes} min",
    button_skip="⏭ Skip",
    marked_done="✅ Done",
    marked_skipped="⏭ Skipped",
    snoozed="⏰ Snoozed until {when}",
    already_snoozed="This reminder is snoozed already: it comes back once.",
    already_answered="You've answered this reminder already.",
    snooze_full="You have {limit} reminders already, so I can't snooze this one. "
    "Delete one in /reminders first.",
    weekdays=("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    today_at="today {time}",
    tomorrow_at="tomorrow {time}",
    every_day="every day",
    on_weekdays="weekdays",
    on_weekends="weekends",
    on_days="{days}",
    at_times="{days} at {times}",
    every_minutes="every {minutes} min",
    every_hours="every {hours} h",
    window="{every} from {start} to {end}, {days}",
    once_at="once, {when}",
    commands=(
        ("remind", "set a reminder, e.g. every day at 8:00 take vitamins"),
        ("reminders", "list, pause or delete your reminders"),
    ),
    period_names={
        "morning": "morning",
        "afternoon": "afternoon",
        "evening": "evening",
        "night": "night",
        "breakfast": "breakfast time",
        "lunch": "lunchtime",
        "dinner": "dinner time",
        "bedtime": "bedtime",
    },
    period_used="Your {word} is {time}: change it with “/remind times {word} 23:00”.",
    times_header="⏰ What the words of your reminders stand for:",
    times_line="{word}: {time}",
    times_how="Change one with “/remind times bedtime 23:30” or “/remind times morning 7am”; "
    "reminders you set after that use it (those you have keep their times).",
    times_set="✅ From now on, {word} is {time} in the reminders you set. "
    "Try “/remind every day at {word} …”.",
    times_unknown="“{word}” isn't a word I use for a time. I know: {words}.",
    times_no_time="Say the time too, like “/remind times {word} 23:30”.",
    times_bad_time="“{token}” isn't a time of day. Use 0:00-23:59 or am/pm, "
    "like “/remind times {word} 23:30” or “/remind times {word} 11:30 pm”.",
)

TEXTS = Catalog({"en": EN})
