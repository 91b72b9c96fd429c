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
    too_fast_logged: str
    budget_spent_logged: str
    offline_logged: str
    ask_again_button: str
    not_yet: str
    still_spent: str
    ask_again_gone: str
    answered_already: str
    few_seconds: str
    seconds: str
    a_minute: str
    photo_too_big: str
    photo_format: str
    photo_unreachable: str
    memories_title: str
    memories_none: str
    memory_loading: str
    memory_off: str
    forget_button: str
    forget_all_button: str
    forgot: str
    forgot_all: str
    forget_gone: str
    commands: tuple[tuple[str, str], ...]


_STILL_WORKS = "/log, /today, /water, /weight and /remind still work."

EN = CoachTexts(
    offline_note="<i>(Offline coach: no Anthropic key is configured, so these answers come "
    "from a stand-in.)</i>",
    unavailable="Sorry, I can't think right now: the AI service is not answering. "
    + _STILL_WORKS
    + " Try me again in a minute.",
    too_fast="You're writing faster than I can think! Give me {wait}, then tap “Ask again” "
    "and I'll answer this message. " + _STILL_WORKS,
    budget_spent="We've talked a lot today and I've reached my daily limit. I'll be back "
    "tomorrow: tap “Ask again” then and I'll answer this message. " + _STILL_WORKS,
    too_fast_logged="☕ I'm catching my breath, so I logged this as {command} does. Talk to me "
    "again in a minute.",
    budget_spent_logged="☕ I've reached my daily limit for talking, so I logged this as "
    "{command} does.",
    offline_logged="<i>(The coach itself is offline: no Anthropic key is configured, so I "
    "logged this as {command} does.)</i>",
    ask_again_button="💬 Ask again",
    not_yet="Not yet: give me {wait} more.",
    still_spent="I'm still at today's limit: I'll be back tomorrow.",
    ask_again_gone="I can't see that message any more: please send it again.",
    answered_already="I've answered that message already: it's just below it.",
    few_seconds="a few seconds",
    seconds="{n} seconds",
    a_minute="a minute",
    photo_too_big="That image is too big for me (over 5 MB). Send it as a photo rather than "
    "as a file, or tell me what you ate in words.",
    photo_format="I can't read that image format: send it as a photo (JPEG or PNG), or tell "
    "me what you ate in words.",
    photo_unreachable="I couldn't get your photo from Telegram just now. Please send it "
    "again in a minute, or tell me what you ate in words.",
    memories_title="🧠 What I remember about you (tap a number to forget it):",
    memories_none="I don't remember anything about you yet. Tell me about your goals, "
    "what you like to eat, or any allergies, and I'll keep it in mind.",
    memory_loading="My memory is still waking up: try again in a minute.",
    memory_off="My memory is switched off on this bot.",
    forget_button="🗑 {n}",
    forget_all_button="🗑 Forget everything",
    forgot="Forgotten.",
    forgot_all="I've forgotten everything I remembered about you.",
    forget_gone="That one is already forgotten.",
    commands=(("memories", "what the coach remembers about you"),),
)

TEXTS: Catalog[CoachTexts] = Catalog({"en": EN})
