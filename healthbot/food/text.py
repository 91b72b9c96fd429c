"""Text normalisation shared by food names, queries and aliases."""

from __future__ import annotations

import re
import unicodedata

MAX_QUERY_CHARS = 200  # a food name is short; the rest of a 4,000-character message is noise
MAX_QUERY_WORDS = 8

_WORD = re.compile(r"[a-z0-9]+")

FILLER_WORDS = frozenset(
    {"arvo", "brekkie", "brekky", "breaky", "brekkers", "snuck", "sneaked", "stole", "nicked",
     "scoffed", "myself", "ourselves", "yourself", "tonight", "today", "yesterday", "morning",
     "afternoon", "evening", "kids", "kid", "place", "leftover", "leftovers", "oops", "haha",
     "lol", "yum", "like", "just", "also", "then", "maybe", "guess", "probably", "about",
     "around", "ish", "smallish", "biggish", "largish", "ones", "bits", "stuff", "thing",
     "things", "some", "mate", "mates"}
)  # fmt: skip
"""Words people write around a food that name none: a typo's mending never makes one of
them a food's word ("arvo" is no "taro", "snuck" no "snack")."""


def fold(text: str) -> str:
    """Lower case ASCII: accents folded, everything else kept for `words_of` to split."""
    if text.isascii():  # every USDA name: skip the Unicode work at start
        return text.lower()
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def words_of(text: str) -> list[str]:
    """Every word of a text: runs of ASCII letters and digits, lower case."""
    return _WORD.findall(fold(text))


def normalize(text: str) -> str:
    """A query as plain words separated by one space: no NUL, control or other characters."""
    # Cut before folding, so a huge message costs no more than a long one.
    return " ".join(words_of(text[: MAX_QUERY_CHARS * 2]))[:MAX_QUERY_CHARS].strip()


def query_words(text: str) -> list[str]:
    """The words of a query, at most MAX_QUERY_WORDS."""
    return normalize(text).split()[:MAX_QUERY_WORDS]


def inflections(word: str) -> list[str]:
    """Singular and plural forms to try for a word: cherries -> cherry, tomatoes -> tomato."""
    forms = [word + "s", word + "es"]
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    elif word.endswith("y"):
        forms.append(word[:-1] + "ies")
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("s"):
        forms.append(word[:-1])
    return forms
