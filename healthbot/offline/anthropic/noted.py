"""What a user's message tells the fake model about their eating and their units ("I'm
allergic to peanuts", "I'm vegetarian", "I hate olives", "use imperial units"), so that its
answer acknowledges it: "Noted: allergic to peanuts." A few plain patterns, as a model would
read them; none in a question."""

from __future__ import annotations

import re
from typing import Final

_ITEM: Final = r"([a-z][a-z' -]{1,60}?)"
_END: Final = r"(?=\s*(?:[.,;!?]|\band\b|\bbut\b|$))"
_I_AM: Final = r"\b(?:i'?m|i am)\s+(?:very\s+|severely\s+)?"
_READ: Final = (
    ("allergic to {}", re.compile(_I_AM + r"allergic\s+to\s+" + _ITEM + _END)),
    ("allergic to {}", re.compile(r"\bi\s+have\s+an?\s+" + _ITEM + r"\s+allergy\b")),
    ("no {}", re.compile(r"\bi\s+(?:don'?t|do not|never)\s+(?:like|eat)\s+" + _ITEM + _END)),
    ("no {}", re.compile(r"\bi\s+(?:hate|dislike|can'?t stand)\s+" + _ITEM + _END)),
    ("{}", re.compile(_I_AM + r"(?:a\s+)?(vegetarian|vegan|pescatarian|on a keto diet|"
                      r"gluten[- ]free|lactose[- ]intolerant)\b")),
    ("{} units", re.compile(r"\b(metric|imperial)\s+units\b")),
    ("{} units", re.compile(r"\buse\s+(metric|imperial)\b")),
)  # fmt: skip


def noted(text: str) -> str | None:
    """ "Noted: allergic to peanuts, vegetarian." for what the message states; None if it
    states nothing of the kind (or asks a question)."""
    lowered = " ".join(text.lower().replace("’", "'").split())
    if lowered.endswith("?"):
        return None
    found = [
        form.format(match.group(1).strip(" '-"))
        for form, pattern in _READ
        for match in pattern.finditer(lowered)
        if not match.group(1).startswith(("it", "that", "this"))
    ]
    return f"Noted: {', '.join(dict.fromkeys(found))}." if found else None
