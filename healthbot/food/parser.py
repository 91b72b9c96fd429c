"""Parse what people type when they log food ("2 eggs and a slice of toast") into items.

Free of aiogram and of the database: `parse_meal` turns text into `ParsedItem`s (quantity,
unit, size, food words) or raises `FoodParseError` with a `problem` the caller turns into a
reply. Decisions, chosen so that a mistake is visible in the confirmation rather than silent:

- Items are split on commas, semicolons, new lines, "+", "&", "and", "plus", "then" and
  "with" ("oatmeal with milk and a banana" is three items), except inside a few dish names
  ("mac and cheese", "half and half") and "one and a half".
- A comma between digits is a decimal comma ("1,5 l"), except before exactly three digits,
  which is a thousands separator ("1,500 g").
- A range is its middle ("2-3 eggs" is 2.5); "a couple" is 2, "a few" and "several" are 3.
- A minus sign before a number is an error, never dropped; "- 2 eggs" (a dash and a space)
  is a bulleted list line.
- What Python's float() reads but no one eats ("nan", "inf", "infinity", "1e999", any case,
  any sign) is a number that cannot be read: refused, neither taken as an amount nor left in
  the food's name, where search would pass over it and log the rest ("nan eggs" as an egg).
- No quantity means one (`quantity_typed` is False so that the caller can pick a serving);
  an amount alone after such a food is that food's: with a unit after any joint ("rice,
  1.5 cups"), counted after a comma ("wings, half a dozen"; "eggs and 3" stays an error).
- The whole message is refused when any item is implausible: more than `MAX_GRAMS` of a mass
  or volume in one item, or more than `MAX_COUNT` of anything else; nothing is half-logged.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

from healthbot.errors import UserInputError
from healthbot.food.units import (
    CONTAINERS,
    GRAMS_PER_UNIT,
    ML_PER_UNIT,
    SIZE_ALIASES,
    UNIT_ALIASES,
    Size,
    Unit,
    grams_of,
    millilitres_of,
    singular,
)

__all__ = [
    "MAX_COUNT",
    "MAX_GRAMS",
    "MAX_ITEMS",
    "MAX_TEXT",
    "FoodParseError",
    "ParseProblem",
    "ParsedItem",
    "parse_meal",
    "read_amount",
    "singular",
    "split_items",
]

MAX_TEXT = 4096  # Telegram's own limit on a message
MAX_ITEMS = 20
MAX_FOOD_CHARS = 120  # longer is not a food name, and search should not have to cope with it
MAX_ITEM_CHARS = 4 * MAX_FOOD_CHARS  # refused before the work of reading it
MAX_COUNT = 100.0  # pieces, cups, slices... of one item
MAX_GRAMS = 5000.0  # grams (or millilitres) of one item


class ParseProblem(StrEnum):
    """Why a text cannot be logged; the router's text catalog has a reply for each."""

    EMPTY = "empty"
    TOO_LONG = "too_long"
    TOO_MANY_ITEMS = "too_many_items"
    NEGATIVE = "negative"
    ZERO = "zero"
    BAD_NUMBER = "bad_number"
    TOO_MUCH = "too_much"
    NO_FOOD = "no_food"


_MESSAGES = {
    ParseProblem.EMPTY: "Tell me what you ate, for example: 2 eggs and a slice of toast.",
    ParseProblem.TOO_LONG: "That is too long to be a meal; send a shorter list.",
    ParseProblem.TOO_MANY_ITEMS: f"A meal can have at most {MAX_ITEMS} items; send it in parts.",
    ParseProblem.NEGATIVE: "A quantity cannot be negative.",
    ParseProblem.ZERO: "A quantity must be more than zero.",
    ParseProblem.BAD_NUMBER: "I cannot read that number.",
    ParseProblem.TOO_MUCH: "That is more than one sitting's worth; check the quantity and unit.",
    ParseProblem.NO_FOOD: "A quantity needs a food after it, for example: 2 cups rice.",
}


class FoodParseError(UserInputError):
    """A food text cannot be logged; `problem` says why and `span` names the item at fault."""

    def __init__(self, problem: ParseProblem, span: str = "") -> None:
        message = _MESSAGES[problem]
        super().__init__(f"{span}: {message}" if span else message)
        self.problem = problem
        self.span = span


@dataclass(frozen=True, slots=True)
class ParsedItem:
    """One food of a meal as typed: `quantity` `unit` (None: counted) of `size` `food`."""

    quantity: float
    unit: Unit | None
    size: Size | None
    food: str  # lower case, without the quantity, unit and size words
    span: str  # the item's text as the user typed it
    quantity_typed: bool = True  # False when no quantity was given and 1 was assumed
    added: bool = False  # named after "with" ("coffee with milk"): an addition to the last

    @property
    def singular_food(self) -> str:
        """The food with its last word singular ("chicken breasts" → "chicken breast")."""
        return singular(self.food)


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Spaces around a separator are left to the strip of each item: a leading \s* here would be
# tried at every space of a long text.
_SEPARATOR = re.compile(r"[;\n+&]|,(?!\d)|(?<!\d),|\b(?:and|plus|then|with)\b|\bw/", re.IGNORECASE)
_NUMBER_WORD = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# Phrases whose "and" or "&" is not a separator.
_KEEP_TOGETHER = re.compile(
    r"\b(?:m\s*&\s*m'?s?|mac(?:aroni)?\s+(?:and|&|n)\s+cheese|fish\s+(?:and|&|n)\s+chips"
    r"|salt\s+(?:and|&)\s+pepper|sweet\s+(?:and|&)\s+sour|bread\s+(?:and|&)\s+butter"
    r"|peanut\s+butter\s+(?:and|&)\s+jelly|pb\s*(?:and|&|n)\s*j\b|surf\s+(?:and|&)\s+turf|half\s+(?:and|&)\s+half"
    r"|cookies\s+(?:and|&|n)\s+cream|pork\s+(?:and|&)\s+beans|franks\s+(?:and|&)\s+beans"
    rf"|{_NUMBER_WORD}\s+and\s+(?:a\s+half\b|\d+/\d+|[½⅓⅔¼¾⅛])"
    rf"|\b(?:{'|'.join(a for a in UNIT_ALIASES if len(a) > 1)})\s+and\s+a\s+half\b)",
    re.IGNORECASE,
)
_EXPONENT = re.compile(r"[0-9]+(?:[.,][0-9]+)?e[+-]?[0-9]+")  # scientific notation
# What float() reads that is no number, alone or in a sign, range or fraction ("-inf", "2-nan",
# "nan/2"); tokens are folded to lower case.
_NOT_FINITE = re.compile(r"(?:^|[-/.,])(?:nan|inf|infinity)(?:$|[-/.,])")
# Foods whose name starts with one of those words: "nan bread" is how many spell naan.
_NOT_FINITE_FOODS = frozenset({"nan bread"})
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
    return [span for _, _, span in _pieces(text)]


_WITH = frozenset({"with", "w/"})
_AND = frozenset({"and", "&"})


def _pieces(text: str) -> list[tuple[bool, bool, str]]:
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
        after_comma = joint in ("", ",", ";") or (after_comma and not item)
        # "coffee with milk and sugar": "and" goes on adding; a comma starts a new item.
        after_with = joint in _WITH or (after_with and joint in _AND)
        start = next_start
    return items


_VULGAR = {"½": "1/2", "⅓": "1/3", "⅔": "2/3", "¼": "1/4", "¾": "3/4", "⅕": "1/5",
           "⅖": "2/5", "⅗": "3/5", "⅘": "4/5", "⅙": "1/6", "⅚": "5/6", "⅛": "1/8",
           "⅜": "3/8", "⅝": "5/8", "⅞": "7/8"}  # fmt: skip
_DASHES = str.maketrans({"–": "-", "—": "-", "−": "-", "⁄": "/", "_": " "})
# "150g" → "150 g", "2x" → "2 x"; only units, so that "7up" stays a word.
_ATTACHED_UNITS = "|".join(sorted((a for a in UNIT_ALIASES if " " not in a), key=len, reverse=True))
_ATTACHED = re.compile(rf"(\d)(?=(?:{_ATTACHED_UNITS}|x)\b)")
_TIMES_PREFIX = re.compile(r"(?<!\w)x(\d)")  # "x2" → "x 2"
_SIZED = re.compile(r"-siz(?:ed|e)\b")
_NOT_TOKEN = re.compile(r"[^\w\s./,'%&-]")
_HAS_WORD = re.compile(r"[^\W_]")


def _tokens(item: str) -> list[str]:
    """The item's words in lower case, numbers and units apart, emoji and punctuation gone."""
    text = item.casefold()
    for vulgar, fraction in _VULGAR.items():
        text = text.replace(vulgar, f" {fraction} ")
    text = unicodedata.normalize("NFKC", text).translate(_DASHES)
    text = _ATTACHED.sub(r"\1 ", text)
    text = _TIMES_PREFIX.sub(r"x \1", text)
    text = _SIZED.sub(" sized", text)  # "medium-sized", "medium-size"
    text = _NOT_TOKEN.sub(" ", text)
    # A leading point is a decimal one (".5 cup"); a lone dash is kept for "2 - 3 eggs".
    tokens = (token.rstrip(".,'/").lstrip(",'/") for token in text.split())
    words = ["and" if part == "&" else part for part in tokens]  # "mac & cheese"
    return [word for word in words if word == "-" or _HAS_WORD.search(word)]


_NUMBER_WORDS = {
    word: float(value)
    for value, word in enumerate(
        ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen", "twenty")
    )
}  # fmt: skip
_FRACTION_WORDS = {"half": 0.5, "quarter": 0.25, "third": 1 / 3}
# "three quarters of a cup", "two thirds of a cup", "one half"
_PARTS = {**_FRACTION_WORDS, "halves": 0.5, "quarters": 0.25, "thirds": 1 / 3}
_AMOUNT_WORDS = {"couple": 2.0, "pair": 2.0, "few": 3.0, "several": 3.0, "dozen": 12.0}
_DECIMAL = re.compile(r"\d+(?:[.,]\d+)?|[.,]\d+")
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")
_FRACTION = re.compile(r"(\d+)/(\d+)")
_RANGE = re.compile(r"([\d.,/]+)-([\d.,/]+)")
_ARTICLES = frozenset({"a", "an", "the"})


def _number(token: str) -> float | None:
    """The value of a numeric token ("2", "1.5", "1,5", "1/2", "2-3", "three"), else None."""
    if _THOUSANDS.fullmatch(token):
        return float(token.replace(",", ""))
    if _DECIMAL.fullmatch(token):
        return float(token.replace(",", "."))
    if fraction := _FRACTION.fullmatch(token):
        numerator, denominator = (float(part) for part in fraction.groups())
        if denominator == 0:
            raise FoodParseError(ParseProblem.BAD_NUMBER)
        return numerator / denominator
    if span := _RANGE.fullmatch(token):
        return _range(span[1], span[2])
    return _NUMBER_WORDS.get(token)


def _range(first: str, second: str) -> float | None:
    """The middle of "2-3"; "1-1/2" is how US recipes write one and a half."""
    low, high = _number(first), _number(second)
    if low is None or high is None:
        return None
    if low.is_integer() and "/" in second and high < 1:
        return low + high
    return (low + high) / 2


def _and_a_half(tokens: list[str]) -> list[str]:
    """The tokens with "a cup and a half" read as "1.5 cup" (a count then a unit, then "and a
    half"); as they are otherwise."""
    for index in range(1, len(tokens) - 3):
        if tokens[index] in UNIT_ALIASES and tokens[index + 1 : index + 4] == ["and", "a", "half"]:
            count = 1.0 if tokens[index - 1] in ("a", "an") else _number(tokens[index - 1])
            if count is not None:
                return [*tokens[: index - 1], f"{count + 0.5:g}", *tokens[index:index + 1],
                        *tokens[index + 4 :]]  # fmt: skip
    return tokens


_INCHES = frozenset({"inch", "inches"})
_LENGTH = re.compile(r"\d+(?:\.\d+)?-?(?:inch|inches|in)")


def _without_lengths(tokens: list[str]) -> list[str]:
    """The tokens without a length that describes the food ("a 6 inch sub", "a 10-inch
    tortilla"): one of it, never six."""
    kept: list[str] = []
    for token in tokens:
        if token in _INCHES and kept and _number(kept[-1]) is not None:
            kept.pop()
        elif not _LENGTH.fullmatch(token):
            kept.append(token)
    return kept


def _at(tokens: list[str], index: int) -> str:
    return tokens[index] if index < len(tokens) else ""


def _skip_of(tokens: list[str], index: int) -> int:
    """Past "of" and an article: "half of an avocado", "a couple of eggs"."""
    if _at(tokens, index) == "of":
        index += 1
    return index + 1 if _at(tokens, index) in _ARTICLES else index


def _first_value(words: list[str], index: int) -> tuple[float | None, int]:
    """The quantity word or number at `index` and the index past it; None if none is there."""
    word = _at(words, index)
    if word in ("a", "an"):
        following = _at(words, index + 1)
        if following in _FRACTION_WORDS and not _names_food(words, index + 1):
            return _FRACTION_WORDS[following], _skip_of(words, index + 2)
        if following in _AMOUNT_WORDS and following != "dozen":
            return _AMOUNT_WORDS[following], _skip_of(words, index + 2)
        return 1.0, index + 1
    # "half and half" and "quarter pounder" are foods
    if word in _FRACTION_WORDS and _at(words, index + 1) != "and" and not _names_food(words, index):
        return _FRACTION_WORDS[word], _skip_of(words, index + 1)
    if word in _AMOUNT_WORDS:
        return _AMOUNT_WORDS[word], _skip_of(words, index + 1)
    if word == "minus":
        raise FoodParseError(ParseProblem.NEGATIVE)
    value = _number(word)
    return (None, index) if value is None else (value, index + 1)


def _quantity(tokens: list[str], index: int) -> tuple[float | None, int]:
    """The quantity at `index` ("1 1/2", "2 to 3", "one and a half", "half a dozen")."""
    value, index = _first_value(tokens, index)
    if value is None:
        return None, index
    if _at(tokens, index) in _PARTS and not _names_food(tokens, index):
        value *= _PARTS[tokens[index]]  # "three quarters of a cup"
        index = _skip_of(tokens, index + 1)
    following = _at(tokens, index)
    if following == "and" and _FRACTION.fullmatch(_at(tokens, index + 1)):
        index += 1  # "1 and 1/2 cups"
        following = tokens[index]
    if value.is_integer() and _FRACTION.fullmatch(following):
        value += _number(following) or 0.0
        index += 1
    elif tokens[index : index + 3] == ["and", "a", "half"]:
        value += 0.5
        index += 3
    elif following in ("to", "or", "-") and (high := _number(_at(tokens, index + 1))) is not None:
        value = (value + high) / 2
        index += 2
    if _at(tokens, index) == "dozen":
        value *= 12
        index = _skip_of(tokens, index + 1)
    if _at(tokens, index) == "x":  # "2 x eggs", "2x eggs"
        index += 1
        inner, after = _quantity(tokens, index)  # "2 x 100g yogurt": two of 100 g
        if inner is not None:
            value, index = value * inner, after
    return value, index


# Foods whose name starts with a unit, size or amount word: "a pound cake" is not a pound of
# cake, "a quarter pounder" no quarter of anything.
_UNIT_FOODS = frozenset({"pound cake", "big mac", "strip steak", "quarter pounder"})


def _names_food(tokens: list[str], index: int) -> bool:
    """Whether the words at `index` start a food's name rather than an amount."""
    return singular(" ".join(tokens[index : index + 2])) in _UNIT_FOODS


def _size_at(tokens: list[str], index: int) -> Size | None:
    """The size word at `index`, unless it starts a food's name ("big mac")."""
    if _names_food(tokens, index):
        return None
    return SIZE_ALIASES.get(_at(tokens, index))


def _measure(tokens: list[str], index: int) -> tuple[Size | None, Unit | None, int]:
    """The size and unit at `index` ("large", "cup", "large glass of") and the index past."""
    if _at(tokens, index) == "extra" and _at(tokens, index + 1) in SIZE_ALIASES:
        index += 1  # "extra large" is counted as large: the nearest of the three sizes
    if (size := _size_at(tokens, index)) is not None:
        index += 2 if _at(tokens, index + 1) in ("sized", "size") else 1
    unit = None
    two_words = " ".join(tokens[index : index + 2]) if index + 1 < len(tokens) else ""
    if two_words in UNIT_ALIASES:
        unit, index = UNIT_ALIASES[two_words], index + 2
    elif _at(tokens, index) in UNIT_ALIASES and singular(two_words) not in _UNIT_FOODS:
        unit, index = UNIT_ALIASES[tokens[index]], index + 1
    if unit is not None:
        container = UNIT_ALIASES.get(_at(tokens, index))
        if container in CONTAINERS and (unit in GRAMS_PER_UNIT or unit in ML_PER_UNIT):
            index += 1  # "330 ml can of coke": the amount typed, not the can's
            if unit is Unit.OZ and container in (Unit.GLASS, Unit.BOTTLE):
                unit = Unit.FL_OZ  # "an 8 oz glass of milk"
        index = _skip_of(tokens, index)
    if size is None and (size := _size_at(tokens, index)) is not None:
        index += 1  # "a slice of large pizza"
    return size, unit, index


def _trailing(tokens: list[str]) -> tuple[float, Size | None, Unit | None, list[str]] | None:
    """A quantity typed after the food: "chicken breast 150g", "toast x2", "coffee 1 cup"."""
    for start in range(len(tokens) - 1, 0, -1):
        if _number(tokens[start]) is None or tokens[start] in _NUMBER_WORDS:
            continue
        value, end = _quantity(tokens, start)
        size, unit, end = _measure(tokens, end)
        if value is not None and end == len(tokens):
            food = tokens[: start - 1] if tokens[start - 1] == "x" else tokens[:start]
            return value, size, unit, food
    return None


# Words before the quantity that say nothing about it: "I had about 2 eggs".
_LEADING_FILLER = frozenset(
    {"i", "had", "ate", "have", "just", "about", "around", "approx", "approximately",
     "roughly", "maybe", "some", "like"}
)  # fmt: skip


def _parse_item(span: str, added: bool = False) -> ParsedItem | None:
    """One item of the meal; None when it holds no words at all (an emoji, a stray dash)."""
    if len(span) > MAX_ITEM_CHARS:
        raise FoodParseError(ParseProblem.TOO_LONG, span[:MAX_FOOD_CHARS] + "…")
    tokens = _without_lengths(_and_a_half(_tokens(span)))
    while tokens and tokens[0] in _LEADING_FILLER:
        tokens = tokens[1:]
    if all(part == "-" for part in tokens):
        return None
    if any(part.startswith("-") and _number(part[1:]) is not None for part in tokens):
        raise FoodParseError(ParseProblem.NEGATIVE, span)  # never read "-2 eggs" as 2 eggs
    if any(_EXPONENT.fullmatch(part) for part in tokens):
        raise FoodParseError(ParseProblem.BAD_NUMBER, span)  # "1e308 g": no food is named so
    if any(_not_finite_at(tokens, index) for index in range(len(tokens))):
        raise FoodParseError(ParseProblem.BAD_NUMBER, span)  # "nan eggs", "inf g rice"
    value, index = _quantity(tokens, 0)
    if tokens[0] in ("a", "an", "one") and index == 1 and _number(_at(tokens, 1)) is not None:
        # "a 6 oz steak", "one 200g yogurt": the article counts one of what follows
        value, index = _quantity(tokens, 1)
    size, unit, index = _measure(tokens, index)
    food = tokens[index:]
    typed = value is not None or unit is not None
    if not typed and (trailing := _trailing(tokens)) is not None:
        value, size, unit, food = trailing
        typed = True
    while food and food[0] in _ARTICLES | {"of", "x"}:
        food = food[1:]
    food = [part for part in food if part != "-"]
    if not food:
        raise FoodParseError(ParseProblem.NO_FOOD, span)
    text = " ".join(food)
    if len(text) > MAX_FOOD_CHARS:
        raise FoodParseError(ParseProblem.TOO_LONG, span[:MAX_FOOD_CHARS] + "…")
    item = ParsedItem(1.0 if value is None else value, unit, size, text, span, typed, added)
    _check_plausible(item)
    return item


def _not_finite_at(tokens: list[str], index: int) -> bool:
    """The token at `index` is a number float() reads that is none ("nan", "-inf"), and no
    food's name starts with it there."""
    if _NOT_FINITE.search(tokens[index]) is None:
        return False
    return singular(" ".join(tokens[index : index + 2])) not in _NOT_FINITE_FOODS


def _check_plausible(item: ParsedItem) -> None:
    """Refuse zero and amounts no one eats at once ("999999 kg butter")."""
    if not item.quantity > 0:
        raise FoodParseError(ParseProblem.ZERO, item.span)
    if item.unit is None:
        amount, limit = item.quantity, MAX_COUNT
    else:
        weight = grams_of(item.quantity, item.unit) or millilitres_of(item.quantity, item.unit)
        amount, limit = (item.quantity, MAX_COUNT) if weight is None else (weight, MAX_GRAMS)
    if amount > limit:
        raise FoodParseError(ParseProblem.TOO_MUCH, item.span)


def read_amount(text: str) -> tuple[float, Unit] | None:
    """An amount with a unit ("2 tbsp", "1/2 cup", "16 fl oz"), or None if the text is none."""
    found = _amount(text)
    return None if found is None or found[1] is None else (found[0], found[1])


def _amount(text: str) -> tuple[float, Unit | None] | None:
    """The amount a text is when it is one and nothing else: with a unit ("1.5 cups", "about
    a cup") or counted ("4 of", "half a dozen"); None otherwise."""
    tokens = _and_a_half(_tokens(text))
    while tokens and tokens[0] in _LEADING_FILLER:
        tokens = tokens[1:]
    value, index = _quantity(tokens, 0)
    _, unit, index = _measure(tokens, index)
    if _at(tokens, index) == "of":
        index += 1
    return None if value is None or index != len(tokens) else (value, unit)


def parse_meal(text: str) -> list[ParsedItem]:
    """The items of a food-log text, in order; raises `FoodParseError` if it cannot be logged."""
    if len(text) > MAX_TEXT:
        raise FoodParseError(ParseProblem.TOO_LONG)
    text = _CONTROL.sub(" ", text).strip()
    items: list[ParsedItem] = []
    for added, after_comma, span in _pieces(text):
        try:
            item = _parse_item(span, added)
        except FoodParseError as error:
            amount = _amount(span) if error.problem is ParseProblem.NO_FOOD and items else None
            if amount is None or not (after_comma or amount[1] is not None):
                raise
            if items[-1].quantity_typed:  # "2 eggs, 3": which is meant is not ours to guess
                raise
            # An amount after a food is that food's: "rice, 1.5 cups", "wings, half a dozen".
            before = items.pop()
            item = _parse_item(f"{span} {before.span}", before.added)
        if item is not None:
            items.append(item)
    if not items:
        raise FoodParseError(ParseProblem.EMPTY)
    return items
