"""The coach's own texts (HTML parse mode), one object per language. What the coach says
otherwise comes from the model."""

from __future__ import annotations

from dataclasses import dataclass

from healthbot.texts import Catalog


@dataclass(frozen=True, slots=True)
class CoachTexts:
    """What the coach says around the model's answers, and the menu commands it adds."""

    offline_note: str
    unavailable: str
    too_fast: str
    budget_spent: str
    too_long: str
    commands: tuple[tuple[str, str], ...]


_STILL_WORKS = "/log, /today, /water, /weight and /remind still work."

EN = CoachTexts(
    offline_note="<i>(Offline coach: no Anthropic key is configured, so these answers come "
    "from a stand-in.)</i>",
    unavailable="Sorry, I can't think right now: the AI service is not answering. "
    + _STILL_WORKS
    + " Try me again in a minute.",
    too_fast="You're writing faster than I can think! Give me a minute. " + _STILL_WORKS,
    budget_spent="We've talked a lot today and I've reached my daily limit. "
    + _STILL_WORKS
    + " I'll be back tomorrow.",
    too_long="That message is too long for me: please keep it under {limit} characters.",
    commands=(),
)

TEXTS: Catalog[CoachTexts] = Catalog({"en": EN})
