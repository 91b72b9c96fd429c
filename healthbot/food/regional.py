"""Names that are another food by where the writer lives, read before the table is asked.

A flapjack is an oat bar in Britain and Ireland and a pancake in North America ("a stack of
flapjacks with syrup"); said with syrup, butter or as a stack it is a pancake anywhere (its own
words and its toppings, not the bacon sandwich beside it). A
plain biscuit with a British or Irish cup of tea is a sweet one (a digestive), not the
American scone-like biscuit of "biscuits and gravy". Where the writer lives is their zone, as
for the pint (`healthbot.measures.pours_imperial_pints`), which the caller says.
"""

from __future__ import annotations

import re
from typing import Final

from healthbot.food.splitting import topped_spans

_FLAPJACK: Final = re.compile(r"\bflap\s?jack(?P<s>s?)\b", re.I)
_PANCAKE_WORDS: Final = re.compile(
    r"\b(?:syrup|maple|stack|short\s+stack|butter(?:milk)?|blueberr(?:y|ies)|bacon)\b", re.I
)
"""Words of a flapjack's item that make it a pancake in Britain too ("flapjacks with maple
syrup"); a bacon sandwich or toast with butter beside an oat bar leaves it one."""
_BARE_BISCUIT: Final = re.compile(
    r"\b(?P<count>an?|one|two|three|four|five|six|\d{1,2}|some|a\s+few|a\s+couple(?:\s+of)?)"
    r"\s+biscuit(?P<s>s?)\b(?!\s+(?:and|with|n|&)\s+gravy)",
    re.I,
)
"""A biscuit counted with no kind said ("2 biscuits", "a biscuit"), not one of gravy."""
_CHAIN_BISCUIT: Final = re.compile(r"\b(?:kfc|popeyes?|bojangles|hardees|chick fil a)\b", re.I)
"""Chains whose biscuit is the American one wherever it is eaten."""


def regional_names(text: str, *, british: bool) -> str:
    """The text with the names that differ by region as the writer means them, `british`
    when they live in Britain or Ireland (`pours_imperial_pints` of their zone): "flapjacks"
    are pancakes elsewhere, or wherever said with syrup or as a stack; "a biscuit" with no
    kind said is a digestive there."""
    if _FLAPJACK.search(text):
        text = _pancakes(text, british=british)
    if british and not _CHAIN_BISCUIT.search(text):
        text = _BARE_BISCUIT.sub(
            lambda found: f"{found['count']} digestive biscuit{found['s']}", text
        )
    return text


def _pancakes(text: str, *, british: bool) -> str:
    """The flapjacks of the text that are pancakes renamed: all of them outside Britain and
    Ireland; there, those whose own item says syrup, butter, a stack ("a stack of flapjacks",
    "flapjacks with butter and syrup")."""
    if not british:
        return _FLAPJACK.sub(lambda found: f"pancake{found['s']}", text)
    parts, done = [], 0
    for start, end in topped_spans(text):
        item = text[start:end]
        if _FLAPJACK.search(item) and _PANCAKE_WORDS.search(item):
            parts += [text[done:start], _FLAPJACK.sub(lambda f: f"pancake{f['s']}", item)]
            done = end
    return "".join(parts) + text[done:]
