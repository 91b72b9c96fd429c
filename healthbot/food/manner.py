"""How a food was eaten, which names no food: "a tomato with salt like an apple", "half a
pomegranate, ate it with a spoon", "a pint of milk in one go", "a quart over the day".

`without_manner` takes those words out of a food text before its items are read, so that an
apple in a simile or the spoon it was eaten with is never logged or asked about.
"""

from __future__ import annotations

import re
from typing import Final

# A simile ends the clause it is in: "like an apple", "like a sandwich" (but "had like a
# sandwich" and "something like a cup": the "like" of an amount or of filler, which stays).
_SIMILE: Final = re.compile(
    r"(?P<before>[\w']+)\s+like\s+(?:an?|a\s+proper)\s+[a-z]+(?:\s+[a-z]+)?(?=\s*(?:$|[,;.!?]))",
    re.I,
)
_NOT_A_SIMILE: Final = frozenset(
    {"had", "ate", "have", "eat", "drank", "drink", "got", "get", "was", "is", "were",
     "just", "and", "i", "we", "with", "something", "more", "for", "about", "of", "then",
     "also", "only", "probably", "maybe", "snacked", "grabbed"}
)  # fmt: skip
# What it was eaten with or how: "with a spoon", "ate it with my fingers", "in one go".
_MANNER: Final = re.compile(
    r"(?:\b(?:ate|eaten|had|drank|drunk|finished|eat)\s+(?:it|them|the\s+lot)\s+)?"
    r"\b(?:(?:with|using)\s+(?:(?:a|an|my|the|some|two|plastic|wooden)\s+)?(?:spoon|teaspoon"
    r"|fork|knife|chopsticks|hands?|fingers|straw|spork)(?!\s*(?:of|ful)\b)"
    r"|in\s+one\s+(?:go|sitting|bite|gulp|mouthful)"
    r"|(?:over|throughout|across)\s+the\s+(?:course\s+of\s+the\s+)?(?:day|evening|afternoon"
    r"|morning)|all\s+day(?:\s+long)?)\b",
    re.I,
)


def without_manner(text: str) -> str:
    """The text without the words of how its foods were eaten; as it is when it has none."""
    text = _SIMILE.sub(_simile, text)
    return _MANNER.sub(" ", text)


def _simile(found: re.Match[str]) -> str:
    before = found["before"]
    return found[0] if before.lower() in _NOT_A_SIMILE else before
