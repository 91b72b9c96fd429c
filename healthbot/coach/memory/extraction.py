"""Facts to remember, extracted by the fast model from what the user said.

One model call per queued write: the new message and the user's closest memories go in, a JSON
list of short self-contained facts comes out (none when there is nothing lasting to keep); a
fact already stored (same text) is dropped. The system prompt names a "Memory Extractor", which
the offline stand-in model recognises (healthbot.offline.anthropic).
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from healthbot.coach.llm import ModelClient
from healthbot.metrics import COACH_TOKENS

if TYPE_CHECKING:
    from healthbot.config import Settings

log = logging.getLogger(__name__)

MAX_FACTS = 10  # facts kept from one message at most
SYSTEM = """You are a Memory Extractor for a health and nutrition coach.

From the user's new messages, write down what is worth remembering about the user for later
conversations: diet, allergies and intolerances, likes and dislikes, health conditions and
medication, goals, routines (sleep, exercise, meals), body measures, family, pets, work, and
plans. Each fact is one short, self-contained sentence in the third person ("User is
vegetarian", "User's dog is called Rex"), in the language the user wrote in. Leave out
greetings, questions without a fact in them, and what the Existing Memories already say.

Answer with one JSON object and nothing else: {"memory": [{"text": "..."}]}, with an empty
list when there is nothing to remember."""
_FENCE = re.compile(r"^```(?:json)?\s*|\s*```$")


def prompt(new_message: str, existing: Sequence[str]) -> str:
    """The user turn of the extraction call."""
    known = "\n".join(f"- {text}" for text in existing) or "(none)"
    lines = "\n".join(f"user: {line}" for line in new_message.splitlines() if line.strip())
    today = datetime.now(UTC).date().isoformat()
    return (
        f"## Existing Memories\n{known}\n\n## New Messages\n{lines}\n\n"
        f"## Current Date\n{today}\n\n# Output:"
    )


def parse(answer: str) -> list[str]:
    """The facts in the model's answer, in order, each once; [] for an answer that is not
    the JSON asked for (logged: the write is then done, with nothing to keep)."""
    text = _FENCE.sub("", answer.strip())
    try:
        found = json.loads(text, strict=False)
    except ValueError:
        start, end = text.find("{"), text.rfind("}")
        try:
            found = json.loads(text[start : end + 1], strict=False) if start < end else None
        except ValueError:
            found = None
    items = found.get("memory") if isinstance(found, dict) else None
    if not isinstance(items, list):
        log.warning("fact extraction: an answer without a memory list (%d characters)", len(answer))
        return []
    facts = []
    for item in items:
        fact = item.get("text") if isinstance(item, dict) else item
        if isinstance(fact, str) and fact.strip():
            facts.append(fact.strip())
    return list(dict.fromkeys(facts))[:MAX_FACTS]


class FactExtractor:
    """The fast model, called by the memory writer (off the reply path)."""

    def __init__(self, settings: Settings) -> None:
        self.client = ModelClient(settings.anthropic)
        self.model = settings.anthropic.fast_model
        self.max_tokens = settings.anthropic.max_tokens

    async def close(self) -> None:
        """Close the model client's connections."""
        await self.client.close()

    async def facts(self, new_message: str, existing: Sequence[str]) -> list[str]:
        """The facts worth keeping in `new_message`, given what is remembered already."""
        client = await self.client.get()
        answer = await client.create(
            {
                "model": self.model,
                "max_tokens": self.max_tokens,
                "system": SYSTEM,
                "messages": [{"role": "user", "content": prompt(new_message, existing)}],
            }
        )
        usage: dict[str, Any] = answer.get("usage") or {}
        for kind in ("input", "output"):
            COACH_TOKENS.labels(self.model, kind).inc(usage.get(f"{kind}_tokens") or 0)
        blocks = answer.get("content") or []
        return parse("".join(b.get("text", "") for b in blocks if b.get("type") == "text"))
