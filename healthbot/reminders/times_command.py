"""`/remind times`: what the period words of reminders ("every morning", "at bedtime") stand
for, and `/remind times bedtime 23:30` to change one for the user."""

from __future__ import annotations

import html
from datetime import time
from typing import Final

from healthbot.reminders.clock import read_clock, time_of
from healthbot.reminders.format import hhmm
from healthbot.reminders.periods import CLOCK_PERIOD, DEFAULT_TIMES, period_named
from healthbot.reminders.service import RemindersService
from healthbot.reminders.texts import ReminderTexts

SUBCOMMAND: Final = "times"


def is_times_command(args: str) -> bool:
    """Whether /remind's arguments are the `times` subcommand, not a reminder phrase."""
    words = args.split(maxsplit=1)
    return bool(words) and words[0].lower() == SUBCOMMAND


async def remind_times(
    texts: ReminderTexts, reminders: RemindersService, user_id: int, args: str, *, twelve: bool
) -> str:
    """The reply to `/remind times [<word> <time>]`: the times, or the one changed, or why
    nothing was (an unknown word, a missing or impossible time)."""
    rest = args.split()[1:]
    if not rest:
        return listing(texts, await reminders.times(user_id), twelve=twelve)
    split = _split(rest)
    if split is None:
        words = ", ".join(texts.period_names[word] for word in DEFAULT_TIMES)
        return texts.times_unknown.format(word=html.escape(" ".join(rest)[:40]), words=words)
    word, token = split
    name = texts.period_names[word]
    if not token:
        return texts.times_no_time.format(word=name)
    clock = read_clock(token)
    if clock is None:
        return texts.times_bad_time.format(token=html.escape(token[:40]), word=name)
    at = time_of(clock, CLOCK_PERIOD.get(word, word))  # "evening 7" is 19:00
    await reminders.set_time(user_id, word, at)
    return texts.times_set.format(word=name, time=hhmm(at, twelve=twelve))


def listing(texts: ReminderTexts, times: dict[str, time], *, twelve: bool) -> str:
    """Every period word and the user's time for it, and how to change one."""
    lines = [texts.times_header]
    lines += [
        texts.times_line.format(word=texts.period_names[word], time=hhmm(at, twelve=twelve))
        for word, at in times.items()
    ]
    lines.append(texts.times_how)
    return "\n".join(lines)


def _split(words: list[str]) -> tuple[str, str] | None:
    # The longest leading run of words that names a period ("lunch time 12:30" is lunch at
    # 12:30, not lunch at "time 12:30"); the rest is the time.
    for count in range(len(words), 0, -1):
        word = period_named(" ".join(words[:count]))
        if word is not None:
            return word, " ".join(words[count:])
    return None
