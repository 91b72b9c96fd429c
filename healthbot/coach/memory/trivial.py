"""Which messages are too trivial to search memories for ("hi", "thanks", "ok", emoji)."""

from __future__ import annotations

import re
import unicodedata

# The words of greetings, thanks, acknowledgements and farewells ("thank you", "see you
# later", "got it"), lower-case, without apostrophes. A short message made only of them
# (in any order) is trivial; one more word ("ok, I had eggs") and it is not.
_WORDS = frozenset(
    """
    hi hello hey heya hiya yo sup hola howdy there good morning evening afternoon night gm gn
    thanks thank you u thx ty tysm tnx cheers appreciated a lot so much many again
    ok okay k kk okey okie alright all right sure fine cool nice great awesome perfect
    got it gotcha understood noted roger yes yeah yep yup ya no nope nah
    lol haha hahaha hehe lmao wow oh ah hmm hm mm uh um
    bye goodbye see ya later cya ttyl np problem welcome youre
    """.split()  # noqa: SIM905 - a block of words reads better than a list of 90 strings
)
_NOT_WORD = re.compile(r"[^\w\s']+")
_MAX_WORDS = 4


def is_trivial(text: str) -> bool:
    """True for a message that carries nothing to recall memories by: empty, only emoji,
    punctuation or digits, or a few words of greeting, thanks or acknowledgement."""
    normalized = unicodedata.normalize("NFKC", text).casefold()
    if not any(ch.isalpha() for ch in normalized):
        return True  # emoji, punctuation, digits, whitespace
    words = _NOT_WORD.sub(" ", normalized).replace("'", "").split()
    if not words:
        return True
    if len(words) > _MAX_WORDS:
        return False
    # Letters repeated for emphasis ("heyyy", "okkk", "thanksss") count as the word.
    squeezed = [re.sub(r"(\w)\1{2,}", r"\1", word) for word in words]
    return all(word in _WORDS for word in squeezed)
