"""The fake Anthropic's texts: the coach's reply and the memory's facts (its answer to tool results
is in `results`)."""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Sequence
from typing import Final

from healthbot.offline.anthropic.records import JsonDict
from healthbot.offline.anthropic.requests import Request
from healthbot.offline.images import description_of


def last_user_text(message: JsonDict, seen: Sequence[str | None]) -> str | None:
    """The text of a user message, or None if it carries tool results. With photos, what
    they show (`seen`: see `photo_descriptions`) as "I had <that>." in place of the caption."""
    if any(block["type"] == "tool_result" for block in message["content"]):
        return None
    if named := [f"I had {what}." for what in seen if what]:
        return " ".join(named)
    return " ".join(b["text"] for b in message["content"] if b["type"] == "text").strip()


def photo_descriptions(message: JsonDict) -> list[str | None]:
    """What each base64 image of the message shows (None: nothing the fake can name)."""
    return [
        description_of(base64.b64decode(b["source"]["data"]))
        for b in message["content"]
        if b["type"] == "image" and b["source"].get("type") == "base64"
    ]


_OPENERS: Final = (
    "Nice work checking in!",
    "Thanks for sharing that.",
    "Good question.",
    "Great to hear from you.",
    "Happy to help with that.",
    "You're doing well to keep track.",
)
_SENTENCES: Final = (
    "Small, steady habits beat big plans that fade after a week.",
    "Aim for a plate that is half vegetables, a quarter protein and a quarter whole grains.",
    "Drinking a glass of water before each meal is an easy win.",
    "A short walk after dinner helps your digestion and your sleep.",
    "Protein at breakfast keeps you full until lunch.",
    "Try to get seven to nine hours of sleep; recovery matters as much as effort.",
    "Logging your meals for a week shows patterns you would otherwise miss.",
    "If you slip up, just log it and carry on: consistency counts more than perfection.",
    "Fibre from beans, oats and vegetables keeps your energy even through the day.",
    "Keep a piece of fruit within reach for when a snack craving hits.",
)
_CLOSERS: Final = (
    "Keep it up!",
    "You've got this.",
    "Let me know how it goes.",
    "One step at a time.",
)


MEMORY_EXTRACTOR: Final = "Memory Extractor"
"""In the system prompt of the memory's fact extraction (healthbot.coach.memory.extraction)."""
EXTRACTED_PREFIX: Final = "User said: "


def extracted_memories(request: Request) -> str:
    """The memory's fact extraction answered: each new user message becomes one memory, as JSON
    (``{"memory": [{"text": "User said: ..."}]}``). Assistant messages give none."""
    prompt = " ".join(
        b["text"] for m in request.messages for b in m["content"] if b["type"] == "text"
    )
    section = prompt.partition("## New Messages\n")[2].partition("\n\n## ")[0]
    said = [
        line.removeprefix("user: ").strip()
        for line in section.splitlines()
        if line.startswith("user: ") and line.removeprefix("user: ").strip()
    ]
    return json.dumps({"memory": [{"text": EXTRACTED_PREFIX + text} for text in said]})


UNCLEAR_PHOTO: Final = (
    "I can't make out the food in this photo. What's on the plate? Tell me and I'll log it."
)


def coach_text(seed_text: str, target_tokens: int) -> str:
    """A friendly, deterministic reply of about ``target_tokens`` tokens."""
    digest = hashlib.blake2b(seed_text.encode(), digest_size=8).digest()
    pick = int.from_bytes(digest, "big")
    parts = [_OPENERS[pick % len(_OPENERS)]]
    index = pick // len(_OPENERS)
    length = len(parts[0])
    closer = _CLOSERS[pick % len(_CLOSERS)]
    while (length + len(closer)) / 4 < target_tokens:
        sentence = _SENTENCES[index % len(_SENTENCES)]
        parts.append(sentence)
        length += len(sentence) + 1
        index += 1
    parts.append(closer)
    return " ".join(parts)
