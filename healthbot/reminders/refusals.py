"""Why a reminder phrase is refused: one error per reason, each with its message in the
user's language (`healthbot.reminders.texts`), raised by the phrase reader (`phrases.py`)."""

from __future__ import annotations

import html

from healthbot.errors import UserInputError
from healthbot.reminders.texts import EN, Problem, ReminderTexts


class ReminderPhraseError(UserInputError):
    """A reminder phrase cannot be turned into a reminder; the message says why and how.

    `str()` is the English explanation; `explain` gives it in the user's language, with
    the parts quoted from the phrase HTML-escaped.
    """

    def __init__(self, problem: Problem, **fields: object) -> None:
        self.problem = problem
        self.fields = fields
        super().__init__(EN.problems[problem].format(**fields))

    def explain(self, texts: ReminderTexts) -> str:
        """The explanation in `texts`' language, safe to send in HTML parse mode."""
        escaped = {name: html.escape(str(value)) for name, value in self.fields.items()}
        return texts.problems[self.problem].format(**escaped)


class EmptyPhrase(ReminderPhraseError):
    """The phrase is empty or only whitespace."""


class PhraseTooLong(ReminderPhraseError):
    """The phrase is longer than a reminder may be."""


class NoTimeFound(ReminderPhraseError):
    """The phrase says what but not when."""


class InvalidTime(ReminderPhraseError):
    """A clock time is out of range ("25:99", "13 pm")."""


class IntervalOutOfRange(ReminderPhraseError):
    """A repeat is more often than every 15 minutes or rarer than every 24 hours."""


class DelayOutOfRange(ReminderPhraseError):
    """A delay ("in 0 minutes", "in 9999 days") is not between a minute and a year."""


class InvalidWindow(ReminderPhraseError):
    """A "from ... to ..." window ends when it starts or comes without a repeat."""


class ConflictingSchedule(ReminderPhraseError):
    """The phrase mixes schedules that cannot be combined ("in 2 hours every day")."""


class TimeInPast(ReminderPhraseError):
    """A one-off reminder for "today" at a time already passed."""


class NothingToRemind(ReminderPhraseError):
    """The phrase says when but not what."""


class UnsupportedRepeat(ReminderPhraseError):
    """A repeat the schedules cannot express ("every 2 days", "every other week")."""


class InvalidCondition(ReminderPhraseError):
    """A "unless I logged a meal in the last N hours" condition with N outside 1..24."""
