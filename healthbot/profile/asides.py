"""Text typed at a setup question (a choice, or a number: an age, a height, a weight, a pace,
a calorie target) which is something else altogether: a meal, a drink, a correction of the
meal just logged. It is handled as what it is, and the question stays open."""

from __future__ import annotations

import re
from typing import Final

from healthbot.profile.place_text import normalize

# What no number answer says: a meal named ("lunch was..."), eaten ("I had..."), a
# correction ("oops it was 2"), a sentence of the user's own ("my knee hurts").
_ELSEWHERE: Final = re.compile(
    r"^(?:actually|no|nope|oops|sorry|wait|correction|make that|add|remove|delete|undo)\b\W*\s"
    r"|^(?:(?:i|we)\s+)?(?:had|ate|drank|just had|just ate|also had|forgot)\b"
    r"|^(?:for\s+)?(?:breakfast|brunch|lunch|dinner|supper|tea time|snack|dessert)\b\W*\S"
    r"|^i'?ve\s"
)
# A sentence of the user's own ("my knee hurts", "I'd love a coffee"); with a number in it
# ("I'll be 45 next week") it is an answer the question refuses with its own reply.
_OWN_SENTENCE: Final = re.compile(r"^(?:i'?d|i'?ll|my)\s")
_NUMBER_WORDS: Final = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
    r"|eighty|ninety|hundred|half|quarter)\b"
)
_MAX_ANSWER_WORDS: Final = 6
# Words said before an answer that are no part of it: a correction of what was just typed
# ("no 12 stone", "sorry, 44", "make that male") or a hedge ("I'd like 12 stone", "I think
# about 44").
_HEDGE: Final = re.compile(
    r"^(?:(?:no|nope|sorry|actually|oops|wait|correction|make (?:that|it)|i mean|i meant"
    r"|i'?d (?:like|say)|i think|about|around|um+|erm?|oh|well)\b[\s,.:;!-]*)+",
    re.IGNORECASE,
)


def says_something_else(text: str) -> bool:
    """Whether text is clearly no answer to a choice: a meal named or eaten, a correction,
    a sentence of the user's own, or a long one with a number in it ("2 weetabix with semi
    skimmed milk"); a long answer in words ("I walk the dog, otherwise desk job") is one."""
    key = normalize(text)
    long = len(key.split()) > _MAX_ANSWER_WORDS and any(c.isdigit() for c in key)
    return bool(_ELSEWHERE.search(key) or _OWN_SENTENCE.search(key)) or long


def not_a_number_answer(text: str) -> bool:
    """Whether text that could not be read as a number answer is something else: a meal
    ("2 weetabix with semi skimmed milk and a cup of tea", "a pint of water"), a correction
    ("oops it was 2 ham sandwiches"). An answer the question can refuse with its own reply
    ("five foot ten", "tall", "62 kilos-ish") is not."""
    key = normalize(text)
    words = key.split()
    if _ELSEWHERE.search(key) or len(words) > _MAX_ANSWER_WORDS:
        return True
    spelled = any(c.isdigit() for c in key) or _NUMBER_WORDS.search(key)
    return not spelled and (len(words) >= 3 or bool(_OWN_SENTENCE.search(key)))


def unhedged(text: str) -> str | None:
    """The answer in text that opens with words of correction or hedging ("no, 12 stone":
    "12 stone"); None for text that opens with none, or has nothing after them."""
    said = text.replace("’", "'").strip()
    rest = _HEDGE.sub("", said, count=1)
    return rest if rest and rest != said else None
