"""Foods said another way than by their name and amount, read as the parser reads them: "one
of those big cookies" (one big cookie), "2 half boiled eggs" (soft boiled, not one egg), "a
strawberry yoghurt pot" (its tub), "kids fries" (a kid size); and what the writer did before
eating, which names no food ("watched a movie and ate ...")."""

from __future__ import annotations

import re
from typing import Final

_ONE_OF: Final = re.compile(
    r"\b(?P<count>one|two|three|four|five|six|\d+)\s+of\s+(?:those|these)\s+(?!\d|one\b|two\b)",
    re.I,
)
_HALF_BOILED: Final = re.compile(r"\bhalf[\s-]+(?=boiled\b)", re.I)
_DID_FIRST: Final = re.compile(
    r"\b(?:(?:i|we)\s+)?(?:watched|played|walked|cleaned|studied|worked|visited|attended|hiked"
    r"|swam|cycled|biked|trained|mowed|painted|washed|tidied|met|called|read)"
    r"\s+(?:[a-z']+\s+){1,4}?(?:and|then)\s+(?=(?:(?:i|we)\s+)?(?:ate|had|drank|grabbed)\b)",
    re.I,
)
# "a pot of strawberry yoghurt", "a strawberry yoghurt pot": a yoghurt's tub.
_YOGHURT_POT: Final = re.compile(
    r"\b(?:(?P<pot>pots?)\s+of\s+(?=(?:[a-z]+\s+){0,2}yogh?urts?\b)"
    r"|(?P<count>a|an|one|two|three|\d+)\s+(?P<food>(?:[a-z]+\s+){0,2}yogh?urts?)\s+pots?\b)",
    re.I,
)


# A child's portion: "kids fries", "mac and cheese from the kids menu" ("my kids' fries" are
# theirs, whose words fall away).
_KIDS: Final = re.compile(
    r"(?:^|(?<=\ba\s)|(?<=\ban\s)|(?<=\bone\s)|(?<=\d\s)|(?<=,\s))(?:kids?|childs?)'?\s+"
    r"(?!size\b|sized\b|menus?\b|meals?\b)(?=[a-z])",
    re.I,
)
_KIDS_MENU: Final = re.compile(
    r"\s+(?:from|off|on)\s+the\s+(?:kids?|child(?:ren)?)'?s?'?\s+menu\b", re.I
)


def _tub(found: re.Match[str]) -> str:
    if found["pot"]:
        return "tubs of " if found["pot"].lower().endswith("s") else "tub of "
    return f"{found['count']} tub of {found['food']}"


def rephrased(text: str, separator: str) -> str:
    """The text with each food said another way said as the parser reads it, and what the
    writer did before eating turned into `separator`."""
    text = _HALF_BOILED.sub("soft ", text)
    text = _ONE_OF.sub(lambda found: f"{found['count']} ", text)
    text = _YOGHURT_POT.sub(_tub, text)
    text = _KIDS_MENU.sub(" kids size", _KIDS.sub("kids size ", text))
    return _DID_FIRST.sub(separator, text)
