"""A correction said inside the food text it corrects: "I had 3 beers, actually make that 4",
"scrambled 2 eggs, sorry I meant 3", "a rum and coke, make it a double", "a beer, no wait, a
glass of wine", "2 eggs and toast, oops 3 eggs". What was meant counts; the words of the
correction are no food.

Two steps, as the text is read: `mark_second_thoughts` (on the sentence) puts a mark where a
correction opens, in place of its words ("sorry I meant", "make that"); the parser gives each
item that starts with a mark to `second_thought`, which changes the items before it:

- an amount alone ("4", "2 cups") is the amount of the last food named (not of what was added
  to it: "2 coffees with milk, sorry 3" is 3 coffees);
- words that only qualify ("a double", "a large", "decaf") go before the food they were said
  after, the first of its group ("rum and coke, make it a double": a double rum);
- a food named before, with an amount ("2 eggs and toast, sorry 3 eggs"), is that item with
  the amount (its other words kept: "scrambled");
- another food replaces what was said last (with what was added to it) when the correction
  says so ("make that", "I meant", "sorry", "wait": "a beer, no wait, a glass of wine");
  after a mere "actually" it is an item of its own ("toast, actually also jam").
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from healthbot.food.amounts import amount_alone, span_words
from healthbot.food.item import ParsedItem, parse_item
from healthbot.food.problems import FoodParseError, ParseProblem
from healthbot.food.units import SIZE_ALIASES, Unit, singular

__all__ = ["MARKS", "after_second_thought", "mark_second_thoughts"]

STRONG: Final = "\ue001"
"""Marks a correction that replaces what was said last ("make that", "sorry", "I meant")."""
WEAK: Final = "\ue002"
"""Marks a correction that only changes what it names ("actually")."""
MARKS: Final = frozenset({STRONG, WEAK})

_WEAK_LEAD: Final = r"actually|um+|uh+|er+m?|hmm+|oh|ah"
_STRONG_LEAD: Final = (
    r"wait|sorry|oops|whoops|correction|my\s+bad|hang\s+on|hold\s+on|i\s+mean"
    # "no" is a correction's only before a pause or another of its words ("no sugar" is not)
    r"|(?:no|nope|nah)(?=\s*[,.!:;-]|\s+(?:wait|sorry|actually|i\s+mean)\b)"
)
_STRONG_MEANT: Final = (
    r"i\s+meant|make\s+(?:that|it|those|them|mine)|change\s+(?:that|it)\s+to|(?:or\s+)?rather"
    r"|scratch\s+that|correct(?:ion)?\s+that\s+to"
)
_WEAK_MEANT: Final = (
    r"it\s+was(?:\s+actually)?|they\s+were|(?:that|it|they)\s+should\s+(?:be|have\s+been)"
    r"|should\s+(?:be|have\s+been)"
)
_DASH: Final = r"[-\u2013\u2014]"  # a hyphen, an en or an em dash
# A dash between a correction's words is punctuation ("no - 3", "oops - a wine"), but not one
# a digit follows: that is the amount's sign ("sorry I meant -5").
_PAUSE: Final = rf"(?:[\s,.:;!]|{_DASH}(?!\d))*"
_OPENS: Final = re.compile(
    r"(?:^|(?<=[\s,;.!?:]))"
    rf"(?P<leads>(?:(?:{_STRONG_LEAD}|{_WEAK_LEAD})\b{_PAUSE})*)"
    rf"(?:(?P<strong>{_STRONG_MEANT})|(?P<weak>{_WEAK_MEANT}))?\b{_PAUSE}",
    re.IGNORECASE,
)
# An amount with its sign: "-5", an en dash's, or the minus sign's (never a dash: with a space).
_SIGNED: Final = re.compile(rf"(?:{_DASH}|\u2212\s*)\d")
_STRONG_WORDS: Final = re.compile(rf"\b(?:{_STRONG_LEAD})\b", re.IGNORECASE)

# Words that only qualify a food, said alone in a correction ("make it a double", "a large").
_QUALIFYING: Final = frozenset(
    {"double", "triple", "single", "quad", "decaf", "skinny", "iced", "diet", "tall", "grande",
     "venti", "short", "extra", "large", "small", "medium", "regular", "big", "one", "ones",
     "shot", "shots", "the", "a", "an"}
    | set(SIZE_ALIASES)
)  # fmt: skip


def _marked(found: re.Match[str], separator: str) -> str:
    leads, strong = found["leads"], found["strong"]
    if not leads and not strong:
        return found[0]  # "it was" alone opens no correction ("it was huge")
    if not found.string[found.end() :].strip(" ,.!?;:"):
        return separator  # "we split a pizza, oops": nothing said after it
    if strong or _STRONG_WORDS.search(leads):
        return f"{separator}{STRONG}"
    before = found.string[: found.start()].rstrip()
    if before and before[-1] not in ",;.!?:-":
        return found[0]  # "I actually ate 3 cookies": a word of the clause, no correction
    return f"{separator}{WEAK}"


def mark_second_thoughts(text: str, separator: str) -> str:
    """The text with each correction's opening words (see the module) as the end of an item
    (`separator`) and a mark of the correction that follows."""
    return _OPENS.sub(lambda found: _marked(found, separator) if found[0] else "", text)


def after_second_thought(items: list[ParsedItem], group: int, said: str) -> str:
    """What is left to read of a correction `said` (marked) after it changed `items` in place
    (see the module): "" when it did, else its words as an item of their own (after a mere
    "actually": "toast, actually also jam"). `group`: where the items said together last
    start ("rum and coke")."""
    span = said[1:].strip()
    if _SIGNED.match(span):
        raise FoodParseError(ParseProblem.NEGATIVE, span)  # never "sorry I meant -5" as 5
    if not items or not span:
        return span
    last = next((i for i in range(len(items) - 1, -1, -1) if not items[i].added), len(items) - 1)
    words = span_words(span)
    if (amount := amount_alone(words)) is not None:
        items[last] = _amount(items[last], *amount, span)
        return ""
    if all(word in _QUALIFYING for word in words):
        at = min(max(group, 0), len(items) - 1)
        changed = _qualified(items[at], words, span)
        if changed is not None:
            items[at] = changed
        return ""
    return "" if _meant(items, last, span, strong=said[0] == STRONG) else span


def _meant(items: list[ParsedItem], last: int, span: str, *, strong: bool) -> bool:
    """Whether the food said in a correction changed `items`: the item it names, or (`strong`)
    the last said; False when it reads as no item, or as one of its own."""
    meant = _parsed(span, False)
    if meant is None:
        return False
    if (named := _named(items, meant)) is not None:
        before = items[named]
        food = before.food if set(meant.food.split()) <= set(before.food.split()) else meant.food
        items[named] = replace(meant, food=food, span=f"{before.span}, {span}")
        return True
    if strong:
        del items[last:]  # what was said last, with what was added to it
        items.append(meant)
    return strong


def _qualified(item: ParsedItem, words: list[str], span: str) -> ParsedItem | None:
    """The item with the words that qualify it before its food ("make it a double": a
    double rum), its amount kept; None if that reads as no item."""
    said = " ".join(word for word in words if word not in ("a", "an", "the"))
    qualified = _parsed(f"{said} {item.food}", item.added)
    if qualified is None:
        return None
    if item.quantity_typed and not qualified.quantity_typed:
        qualified = replace(qualified, quantity=item.quantity, unit=item.unit)
    return replace(qualified, span=f"{item.span}, {span}")


def _amount(item: ParsedItem, value: float, unit: Unit | None, span: str) -> ParsedItem:
    """The item with the amount meant: "3 cups of rice, actually 2" are 2 cups."""
    unit = item.unit if unit is None else unit
    said = f"{item.span}, {span}"
    return replace(item, quantity=value, unit=unit, quantity_typed=True, span=said)


def _parsed(span: str, added: bool) -> ParsedItem | None:
    try:
        return parse_item(span, added)
    except FoodParseError:
        return None


def _named(items: list[ParsedItem], meant: ParsedItem) -> int | None:
    """The last item whose food shares a word with the food meant, or None."""
    wanted = {singular(word) for word in meant.food.split()} - _QUALIFYING
    for at in range(len(items) - 1, -1, -1):
        if wanted & {singular(word) for word in items[at].food.split()}:
            return at
    return None
