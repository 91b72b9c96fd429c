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

__all__ = ["opening_words", "without_requests"]

_PLEASE: Final = r"(?:please|pls|plz|plse|kindly|just|quickly|also)"
_LOGGING: Final = (
    r"(?:log(?:ged)?|add|record|track|note(?:\s+down)?|jot(?:\s+down)?|write(?:\s+down)?"
    r"|enter|input|put(?:\s+(?:down|in))|save|register|count)"
)
# "can you log", "could u please add", "please put down", "I'd like to record", "help me
# log": a request to the bot, before what to log.
_TO_LOG: Final = rf"{_LOGGING}\b(?:\s+(?:for\s+me|that|this|the\s+following))?\s*:?"
_REQUEST: Final = re.compile(
    r"(?:\b(?:can|could|would|will)\s+(?:you|u|ya)\s+"
    r"|\b(?:i(?:'d|\s+would)\s+like\s+to|i\s+(?:want|need|have)\s+to|i\s+wanna|let\s+me"
    r"|lemme|help\s+me|(?:i'm\s+|i\s+am\s+)?(?:going\s+to|gonna))\s+"
    rf"|\b(?={_PLEASE}\s))(?:{_PLEASE}\s+)*{_TO_LOG}",
    re.IGNORECASE,
)
# Alone at the very start, only a verb that asks to log is a request ("log: 3 kiwis", "add 2
# eggs", "jot down a pear"): "save the best for last", "count chocula", "enter the dragon
# roll" open with a food's words.
_OPENING: Final = re.compile(
    r"^\s*(?:log|add|record|track|(?:note|jot|put|write)\s+down)\b"
    r"(?:\s+(?:for\s+me|that|this|the\s+following))?\s*:?",
    re.IGNORECASE,
)
# Where the words of a food's name that opens the text end ("log cabin syrup on pancakes").
_NAME_ENDS: Final = re.compile(
    r"[,;:.!?()]|\d|\s(?:and|&|with|on|plus|for|in|at|from|then|yesterday|today)\b",
    re.IGNORECASE,
)
# What opens an item after the verb: a request's ("log a banana", "add 2 eggs").
_AN_ITEM: Final = re.compile(
    r"\s*(?:$|\d|(?:a|an|one|two|three|some|my|the|half|another)\b)", re.IGNORECASE
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


def opening_words(text: str) -> tuple[str, str] | None:
    """The words a request verb opens the text with, up to the end of what may be a food's
    name, with the verb and without ("log cabin syrup", "cabin syrup" of "log cabin syrup on
    2 pancakes"), for the caller to ask which names a food; None when no such verb opens the
    text, or an item follows it ("log 2 eggs", "add a banana": a request)."""
    verb = _OPENING.match(text)
    if verb is None or verb[0].endswith(":") or _AN_ITEM.match(text, verb.end()):
        return None
    end = _NAME_ENDS.search(text, verb.end())
    said = text[: len(text) if end is None else end.start()]
    return said.strip(), said[verb.end() :].strip()


def without_requests(text: str, separator: str, *, opening: bool = True) -> str:
    """The text with each request to the bot, its politeness and the phrases of the day
    that end in "with" (see the module) turned into `separator`; `opening`: whether a verb
    at the very start is a request too (False: "log cabin syrup", a food's name)."""
    if opening:
        text = _OPENING.sub(separator, text, count=1)
    for pattern in (_REQUEST, _EATING_WITH, _AFTER):
        text = pattern.sub(separator, text)
    return text
