"""What a food text says to the bot, or about the eating, and names no food: requests ("can
you log a flat white", "please add 2 eggs", "put down a banana for me", "I'd like to record
..."), politeness ("please", "thanks", "cheers"), where it goes ("to my diary", "for today"),
and the phrases of a meal's place in the day that end in "with" or "on" ("I broke my fast with
3 dates", "started the day with a coffee", "I settled for a salad").

`without_requests` turns each into the end of an item, so that no such word is searched as a
food's (a question "log a tall cappuccino?" was asked of "you log a tall cappuccino").
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["without_requests"]

_PLEASE: Final = r"(?:please|pls|plz|plse|kindly|just|quickly|also)"
_LOGGING: Final = (
    r"(?:log(?:ged)?|add|record|track|note(?:\s+down)?|jot(?:\s+down)?|write(?:\s+down)?"
    r"|enter|input|put(?:\s+(?:down|in))|save|register|count)"
)
# "can you log", "could u please add", "please put down", "I'd like to record", "log:",
# "help me log": a request to the bot, before what to log.
_REQUEST: Final = re.compile(
    r"(?:\b(?:can|could|would|will)\s+(?:you|u|ya)\s+"
    r"|\b(?:i(?:'d|\s+would)\s+like\s+to|i\s+(?:want|need|have)\s+to|i\s+wanna|let\s+me"
    r"|lemme|help\s+me|(?:i'm\s+|i\s+am\s+)?(?:going\s+to|gonna))\s+"
    rf"|\b(?={_PLEASE}\s)|^\s*)(?:{_PLEASE}\s+)*"
    rf"{_LOGGING}\b(?:\s+(?:for\s+me|that|this|the\s+following))?\s*:?",
    re.IGNORECASE,
)
# Where the food goes, and politeness, after it: "to my diary", "for today", "for me
# please", "thanks!", "ty".
_AFTER: Final = re.compile(
    r"\b(?:to|in(?:to)?|on)\s+(?:my|the|today'?s?)\s+(?:food\s+)?(?:diary|log|journal|tracker"
    r"|list|day|record|totals?|intake)\b"
    r"|\b(?:please|pls|plz|thanks|thank\s+you|thx|cheers)\b(?:\s+(?:so\s+much|a\s+lot))?"
    r"|\bfor\s+me\b(?=\s*(?:$|[,.;!?]|\b(?:please|thanks)\b))",
    re.IGNORECASE,
)
# Objects of the day or of the eating that name no food: "broke my fast", "started the day",
# "ended the night", "satisfied my sweet tooth".
_OCCASION: Final = (
    r"(?:fast|day|morning|afternoon|evening|night|week|weekend|meal|hunger|appetite|cravings?"
    r"|sweet\s+tooth|thirst|belly|stomach|tummy|tank|body|workout|run|ride|shift|session)"
)
# A verb phrase ending in "with", "on", "for" or "to" before an amount: "I broke my fast with
# 3 dates", "we started the day with 2 coffees", "I settled for a salad", "I stuck to one
# beer"; the subject is said, or the phrase opens the text or a clause.
_WITH_AN_AMOUNT: Final = (
    r"(?=\s*(?:a|an|one|two|three|four|five|six|some|half|several|few|couple|\d)\b)"
)
_EATING_WITH: Final = re.compile(
    r"(?:\b(?:i|we)\s+|(?:^|(?<=[,;.!]))\s*)(?:just\s+|then\s+|finally\s+)?"
    r"(?:broke|started|began|kicked\s+off|ended|finished|rounded\s+off|capped\s+off|topped\s+off"
    r"|fuel(?:l)?ed(?:\s+up)?|refuel(?:l)?ed|filled\s+up|satisfied|killed|fed|fixed|treated"
    r"|lined|broken|opened|closed|celebrated)\s+"
    rf"(?:(?:my|the|our|a|this|that)\s+(?:\w+\s+)?{_OCCASION}\s+)?(?:up\s+)?(?:with|on)\b"
    rf"{_WITH_AN_AMOUNT}"
    r"|\b(?:i|we)\s+(?:just\s+|then\s+)?(?:settled|went|stuck|kept|lived|survived|splurged"
    r"|indulged|caved|relied|made\s+do|got\s+by|managed)\s+(?:for|with|to|on|in|and\s+had)\b"
    rf"{_WITH_AN_AMOUNT}",
    re.IGNORECASE,
)


def without_requests(text: str, separator: str) -> str:
    """The text with each request to the bot, its politeness and the phrases of the day
    that end in "with" (see the module) turned into `separator`."""
    for pattern in (_REQUEST, _EATING_WITH, _AFTER):
        text = pattern.sub(separator, text)
    return text
