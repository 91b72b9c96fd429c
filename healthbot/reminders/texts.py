"""The reminder feature's user-facing English text: what a bad phrase is told and shown."""

from __future__ import annotations

from typing import Final

_EXAMPLES: Final = (
    "For example: “every day at 8:00 take vitamins”, “weekdays 12:30 log lunch” "
    "or “in 30 minutes drink water”."
)
EMPTY: Final = "Tell me what to remind you of and when. " + _EXAMPLES
TOO_LONG: Final = (
    "That's too long for a reminder: please keep it under {limit} characters. " + _EXAMPLES
)
NO_TIME: Final = "I couldn't tell when to remind you. " + _EXAMPLES
BAD_TIME: Final = (
    "“{token}” isn't a time of day. Use 0:00-23:59 or am/pm, like “8:30”, “20:30” or “8:30 pm”."
)
TOO_OFTEN: Final = (
    "That's too often: reminders can repeat at most every {minimum} minutes. "
    "Try “every 2 hours from 9 to 17 drink water”."
)
TOO_RARE: Final = (
    "Repeats go up to every 24 hours. For rarer reminders pick days instead, "
    "like “mon, thu at 9:00 weigh in”."
)
BAD_DELAY: Final = "I can set a reminder from 1 minute to a year ahead, not “{token}”."
BAD_WINDOW: Final = "The time window “{token}” must end after it starts, like “from 9 to 17”."
WINDOW_ALONE: Final = "A time window needs a repeat, like “every 2 hours from 9 to 17 drink water”."
CONFLICT: Final = (
    "That mixes two kinds of schedule. Pick one: a repeat (“every 2 hours from 9 to 17”), "
    "a delay (“in 30 minutes”) or times and days (“weekdays at 12:30”)."
)
SEVERAL_ONCE: Final = (
    "For several times, say which days: “every day at 8:00 and 20:00 take vitamins”."
)
PAST: Final = "{when} has already passed today. Try “tomorrow at {when}”."
NO_TEXT: Final = "What should I remind you of? Add it to the time, like “at 8:00 take vitamins”."
UNSUPPORTED: Final = (
    "I can't repeat “{token}” yet. Pick days instead, like “mon, wed, fri at 7 pm gym”."
)
