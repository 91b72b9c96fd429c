"""A typed answer to the timezone question, read before any place is looked up: text
normalised for lookup, the words people put before a place ("I live in"), and what is
clearly not a place at all (a meal, a correction, a question)."""

from __future__ import annotations

import re
import unicodedata
from typing import Final

MAX_INPUT_CHARS: Final = 64
"""Longer text names no place; only this much of it is read."""

# What people type before a place: "I live in Berlin", "I'm in Leeds", "from the UK".
LEAD: Final = re.compile(
    r"^(?:(?:i'?m|i am|i live|i'?m living|i'?m based|i'?m staying|we'?re|we live|living|based"
    r"|it'?s|its)\s+)?(?:in|near|from|at)\s+(?:the\s+)?(?=\S)"
)
# What no place typed alone says, clearly: a question of several words, a correction with
# something after it ("actually it was..."), a meal in words ("I had...", "2 eggs"), or a
# sentence. A word alone ("no", "hello", "berlin?") or a number ("5", "3pm") is an answer
# to refuse with the question's own reply.
NOT_A_PLACE: Final = re.compile(
    r"^(?:what|how|why|when|where|which|who|should|can|could|would|is|are|do|does)\s"
    r"|^(?:actually|no|nope|oops|sorry|wait|correction|make that|add|remove|delete|undo)\b\W*\s"
    r"|^(?:(?:i|we)\s+)?(?:had|ate|drank|just had|just ate|also had|forgot)\b"
    r"|^(?:i'?ve|i'?d|i'?ll|my)\s"
    r"|[0-9]\s*(?!(?:am|pm|h|hrs?|hours?|utc|gmt)\b)[a-z]{2,}"
    r"|\S\s+\S.*\?$"
)
# Said to a bot, not a place: "hello" suggested America/Bogota.
GREETINGS: Final = frozenset({"hello", "hallo", "hey there", "thanks", "thank you", "okay"})
_MAX_PLACE_WORDS: Final = 6


def not_a_place(text: str) -> bool:
    """Whether text that names no timezone is something else altogether: a meal, a
    correction, a question ("actually it was 1 cheese sandwich", "2 eggs and toast")."""
    key = normalize(text[:MAX_INPUT_CHARS])
    return bool(NOT_A_PLACE.search(key)) or len(key.split()) > _MAX_PLACE_WORDS


def normalize(text: str) -> str:
    """Lower case, accents removed, "_" and runs of spaces as one space, dashes as "-"."""
    folded = unicodedata.normalize("NFKD", text[: MAX_INPUT_CHARS + 1])
    plain = "".join(c for c in folded if not unicodedata.combining(c))
    plain = plain.replace("−", "-").replace("–", "-").replace("_", " ").replace(".", "")
    plain = plain.replace(" ,", ",").replace("’", "'").replace("‘", "'").rstrip("?!")
    return " ".join(plain.lower().split())
