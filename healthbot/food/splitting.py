"""Where a food-log text splits into its items: at commas, semicolons, new lines, "and",
"with", "plus", "&", "w/", except inside names that hold them ("mac and cheese", "fish and
chips", "one and a half"), each item without its bullet and the punctuation around it, and
with what came before it (a "with", a comma)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from healthbot.food.problems import MAX_ITEMS, FoodParseError, ParseProblem
from healthbot.food.units import UNIT_ALIASES

# Spaces around a separator are left to the strip of each item: a leading \s* here would be
# tried at every space of a long text. A dash between words separates ("kfc 3 piece - breast,
# thigh"), one between two numbers is a range ("2 - 3 cookies").
_SEPARATOR = re.compile(
    r"[;\n+&]|,(?!\d)|(?<!\d),|(?<=[^\W\d])\s[-–—]\s(?=\w)|(?<=\d)\s[-–—]\s(?=[^\W\d])"
    r"|\b(?:and|plus|then|with)\b|\bw/",
    re.IGNORECASE,
)
_NUMBER_WORD = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# Phrases whose "and" or "&" is not a separator.
_KEEP_TOGETHER = re.compile(
    r"\b(?:m\s*&\s*m'?s?|mac(?:aroni)?\s+(?:and|&|n)\s+cheese|fish\s+(?:and|&|n)\s+chips"
    r"|salt\s+(?:and|&)\s+pepper|sweet\s+(?:and|&)\s+sour|bread\s+(?:and|&)\s+butter"
    r"|peanut\s+butter\s+(?:and|&)\s+jelly|pb\s*(?:and|&|n)\s*j\b|surf\s+(?:and|&)\s+turf|half\s+(?:and|&)\s+half"
    r"|cookies\s+(?:and|&|n)\s+cream|pork\s+(?:and|&)\s+beans|franks\s+(?:and|&)\s+beans"
    r"|thin\s+(?:and|&|n)\s+crispy|chicken\s+(?:and|&|n)\s+waffles|biscuits\s+(?:and|&|n)\s+gravy"
    r"|bangers\s+(?:and|&|n)\s+mash|steak\s+(?:and|&)\s+kidney|liver\s+(?:and|&)\s+onions"
    r"|cheese\s+(?:and|&|n)\s+onion|salt\s+(?:and|&|n)\s+vinegar|sour\s+cream\s+(?:and|&|n)\s+onion"
    # flavours of oatmeal, bars and breads: "apples and cinnamon instant oatmeal"
    r"|apples?\s+(?:and|&|n)\s+cinnamon|maple\s+(?:and|&|n)\s+brown\s+sugar"
    r"|cinnamon\s+(?:and|&|n)\s+raisin|fruit\s+(?:and|&|n)\s+nut"
    r"|hot\s+(?:and|&|n)\s+ready"  # Little Caesars' Hot-N-Ready
    rf"|{_NUMBER_WORD}\s+and\s+(?:an?\s+(?:half|quarter|third)\b|\d+/\d+|[½⅓⅔¼¾⅛]"
    r"|(?:two|three|2|3)\s+(?:quarters|thirds)\b)"
    rf"|\b(?:{'|'.join(a for a in UNIT_ALIASES if len(a) > 1)})\s+and\s+a\s+half\b)",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^(?:[-–—•*·]\s+|[•*·]\s*|\d+[.)]\s+)")  # "- eggs", "• eggs", "1. eggs"


def _boundaries(text: str) -> Iterator[tuple[int, int]]:
    """Where each item ends and the next begins: separators outside protected phrases."""
    # Both come in text order, so one pass keeps this linear in the length of the text.
    # Every protected phrase has an "and", "&" or " n "; most texts have none of them.
    folded = text.casefold()
    has_joint = "and" in folded or "&" in folded or " n " in folded
    protected = (match.span() for match in _KEEP_TOGETHER.finditer(text if has_joint else ""))
    guard = next(protected, None)
    for match in _SEPARATOR.finditer(text):
        while guard is not None and guard[1] <= match.start():
            guard = next(protected, None)
        if guard is None or match.start() < guard[0]:
            yield match.span()
    yield len(text), len(text)


def split_items(text: str) -> list[str]:
    """The items of a food-log text as typed, bullets and surrounding punctuation removed."""
    return [span for _, _, span in pieces(text)]


_WITH = frozenset({"with", "w/"})
_AND = frozenset({"and", "&"})


def pieces(text: str) -> list[tuple[bool, bool, str]]:
    """The items as `split_items` gives them, each with whether "with" came before it and
    whether a comma (or a semicolon, a new line) did."""
    items: list[tuple[bool, bool, str]] = []
    start, after_with, after_comma = 0, False, False
    for end, next_start in _boundaries(text):
        item = _BULLET.sub("", text[start:end].strip()).rstrip(" \t.,:;!?").strip()
        if item:
            items.append((after_with, after_comma, item))
            if len(items) > MAX_ITEMS:
                raise FoodParseError(ParseProblem.TOO_MANY_ITEMS)
        joint = text[end:next_start].strip().lower()
        # a dash between words is said as a comma ("kfc 3 piece - breast, thigh and wing")
        after_comma = joint in ("", ",", ";", "-", "–", "—") or (after_comma and not item)
        # "coffee with milk and sugar": "and" goes on adding; a comma starts a new item.
        after_with = joint in _WITH or (after_with and joint in _AND)
        start = next_start
    return items


def topped_spans(text: str) -> list[tuple[int, int]]:
    """Where each item of the text lies with what "with" adds to it: "2 flapjacks with syrup
    and butter, bacon" is the flapjacks with their syrup and butter, then the bacon."""
    spans: list[tuple[int, int]] = []
    start, after_with = 0, False
    for end, next_start in _boundaries(text):
        if after_with and spans:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
        joint = text[end:next_start].strip().lower()
        after_with = joint in _WITH or (after_with and joint in _AND)
        start = next_start
    return spans
