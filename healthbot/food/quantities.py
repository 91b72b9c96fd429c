"""The words of an item and the amounts they say: numbers ("1,5", "2-3", "1 1/2", "three"),
amount words ("a couple", "half a dozen", "three quarters of"), and a size and unit ("a large
glass of"), each read from a position in the item's tokens."""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from healthbot.food.problems import FoodParseError, ParseProblem
from healthbot.food.units import (
    CONTAINERS,
    GRAMS_PER_UNIT,
    ML_PER_UNIT,
    SIZE_ALIASES,
    SIZED_ALIASES,
    UNIT_ALIASES,
    Size,
    Unit,
    singular,
)

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


def tokenize(item: str) -> list[str]:
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


NUMBER_WORDS = {
    word: float(value)
    for value, word in enumerate(
        ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen", "twenty")
    )
}  # fmt: skip
_FRACTION_WORDS = {"half": 0.5, "quarter": 0.25, "third": 1 / 3, "fourth": 0.25, "sixth": 1 / 6,
                   "eighth": 0.125}  # fmt: skip
# "three quarters of a cup", "two thirds of a cup", "one half", "three eighths of a pie"
_PARTS = {
    **_FRACTION_WORDS,
    **{
        "halves": 0.5,
        "quarters": 0.25,
        "thirds": 1 / 3,
        "fourths": 0.25,
        "sixths": 1 / 6,
        "eighths": 0.125,
    },
}
_AMOUNT_WORDS = {"couple": 2.0, "pair": 2.0, "few": 3.0, "several": 3.0, "dozen": 12.0,
                 "hundred": 100.0}  # fmt: skip
_DECIMAL = re.compile(r"\d+(?:[.,]\d+)?|[.,]\d+")
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")
_FRACTION = re.compile(r"(\d+)/(\d+)")
_RANGE = re.compile(r"([\d.,/]+)-([\d.,/]+)")
ARTICLES = frozenset({"a", "an", "the"})
_HUNDRED = "hundred"


def read_number(token: str) -> float | None:
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
    return NUMBER_WORDS.get(token)


def _range(first: str, second: str) -> float | None:
    """The middle of "2-3"; "1-1/2" is how US recipes write one and a half."""
    low, high = read_number(first), read_number(second)
    if low is None or high is None:
        return None
    if low.is_integer() and "/" in second and high < 1:
        return low + high
    return (low + high) / 2


def and_a_half(tokens: list[str]) -> list[str]:
    """The tokens with "a cup and a half" read as "1.5 cup" (a count then a unit, then "and a
    half"); as they are otherwise."""
    for index in range(1, len(tokens) - 3):
        if tokens[index] in UNIT_ALIASES and tokens[index + 1 : index + 4] == ["and", "a", "half"]:
            count = 1.0 if tokens[index - 1] in ("a", "an") else read_number(tokens[index - 1])
            if count is not None:
                return [*tokens[: index - 1], f"{count + 0.5:g}", *tokens[index:index + 1],
                        *tokens[index + 4 :]]  # fmt: skip
    return tokens


_INCHES = frozenset({"inch", "inches"})
_LENGTH = re.compile(r"\d+(?:\.\d+)?-?(?:inch|inches|in)")


def without_lengths(tokens: list[str]) -> list[str]:
    """The tokens without a length that describes the food ("a 6 inch sub", "a 10-inch
    tortilla"): one of it, never six."""
    kept: list[str] = []
    for token in tokens:
        if token in _INCHES and kept and read_number(kept[-1]) is not None:
            kept.pop()
        elif not _LENGTH.fullmatch(token):
            kept.append(token)
    return kept


def token_at(tokens: list[str], index: int) -> str:
    return tokens[index] if index < len(tokens) else ""


def _skip_of(tokens: list[str], index: int) -> int:
    """Past "of" and an article: "half of an avocado", "a couple of eggs"."""
    if token_at(tokens, index) == "of":
        index += 1
    return index + 1 if token_at(tokens, index) in ARTICLES else index


def _first_value(words: list[str], index: int) -> tuple[float | None, int]:
    """The quantity word or number at `index` and the index past it; None if none is there."""
    word = token_at(words, index)
    if word in ("a", "an"):
        following = token_at(words, index + 1)
        if following in _FRACTION_WORDS and not _names_food(words, index + 1):
            return _FRACTION_WORDS[following], _skip_of(words, index + 2)
        if following in _AMOUNT_WORDS and following != "dozen":
            return _AMOUNT_WORDS[following], _skip_of(words, index + 2)
        return 1.0, index + 1
    # "half and half" and "quarter pounder" are foods
    if (
        word in _FRACTION_WORDS
        and token_at(words, index + 1) != "and"
        and not _names_food(words, index)
    ):
        return _FRACTION_WORDS[word], _skip_of(words, index + 1)
    if word in _AMOUNT_WORDS:
        return _AMOUNT_WORDS[word], _skip_of(words, index + 1)
    if word == "minus":
        raise FoodParseError(ParseProblem.NEGATIVE)
    value = read_number(word)
    return (None, index) if value is None else (value, index + 1)


def read_quantity(tokens: list[str], index: int) -> tuple[float | None, int]:
    """The quantity at `index` ("1 1/2", "2 to 3", "one and a half", "half a dozen")."""
    said = token_at(tokens, index)
    value, index = _first_value(tokens, index)
    if value is None:
        return None, index
    if token_at(tokens, index) in _PARTS and not _names_food(tokens, index):
        value *= _PARTS[tokens[index]]  # "three quarters of a cup"
        index = _skip_of(tokens, index + 1)
    following = token_at(tokens, index)
    if following == "and" and _FRACTION.fullmatch(token_at(tokens, index + 1)):
        index += 1  # "1 and 1/2 cups"
        following = tokens[index]
    if value.is_integer() and _FRACTION.fullmatch(following):
        # "1 1/2 cups" is one and a half; "a 1/2 cup", "a 1/4 lb burger" are the fraction
        whole = 0.0 if said in ARTICLES or said == "one" else value
        value = whole + (read_number(following) or 0.0)
        index += 1
    elif (part := _and_a_part(tokens, index)) is not None:
        value += part[0]  # "one and a half", "two and a quarter", "1 and three quarters"
        index = part[1]
    elif (
        following in ("to", "or", "-")
        and (high := read_number(token_at(tokens, index + 1))) is not None
    ):
        value = (value + high) / 2
        index += 2
    if value < 1 and token_at(tokens, index) == "of":
        index = _skip_of(tokens, index)  # "1/4 of a bottle of wine", "0.5 of the pizza"
    if token_at(tokens, index) == "dozen":
        value *= 12
        index = _skip_of(tokens, index + 1)
    elif token_at(tokens, index) == _HUNDRED:  # "two hundred grams"
        value *= 100
        index += 1
    if token_at(tokens, index) == "x":  # "2 x eggs", "2x eggs"
        index += 1
        inner, after = read_quantity(tokens, index)  # "2 x 100g yogurt": two of 100 g
        if inner is not None:
            value, index = value * inner, after
    return value, index


def _and_a_part(tokens: list[str], index: int) -> tuple[float, int] | None:
    """The part said after "and" at `index` ("and a half", "and a quarter", "and three
    quarters") and the index past it; None when none is there."""
    if token_at(tokens, index) != "and":
        return None
    count, part = token_at(tokens, index + 1), token_at(tokens, index + 2)
    times = 1.0 if count in ("a", "an") else NUMBER_WORDS.get(count, read_number(count) or 0.0)
    if part not in _PARTS or not 0 < times * _PARTS[part] < 1:
        return None
    return times * _PARTS[part], index + 3


# Foods whose name starts with a unit, size or amount word: "a pound cake" is not a pound of
# cake, "a quarter pounder" no quarter of anything, "2 half boiled eggs" two soft-boiled ones.
_UNIT_FOODS = frozenset({"pound cake", "big mac", "strip steak", "quarter pounder", "half boiled"})


def _names_food(tokens: list[str], index: int) -> bool:
    """Whether the words at `index` start a food's name rather than an amount."""
    return singular(" ".join(tokens[index : index + 2])) in _UNIT_FOODS


def _size_at(tokens: list[str], index: int) -> Size | None:
    """The size word at `index`, unless it starts a food's name ("big mac")."""
    if _names_food(tokens, index):
        return None
    if token_at(tokens, index + 1) in ("size", "sized"):  # "king size", not "king crab"
        return SIZED_ALIASES.get(tokens[index]) or SIZE_ALIASES.get(tokens[index])
    return SIZE_ALIASES.get(token_at(tokens, index))


# What a food is sold in that no unit names, said after its weight ("a 150 g pot").
_PACKAGES = frozenset({"pot", "pots", "punnet", "punnets", "carton", "cartons", "tray", "trays"})


def read_measure(tokens: list[str], index: int) -> tuple[Size | None, Unit | None, int]:
    """The size and unit at `index` ("large", "cup", "large glass of") and the index past."""
    size = None
    if token_at(tokens, index) == "extra" and token_at(tokens, index + 1) in SIZE_ALIASES:
        large = SIZE_ALIASES[tokens[index + 1]] is Size.LARGE
        size = Size.EXTRA_LARGE if large else SIZE_ALIASES[tokens[index + 1]]
        index += 2  # "extra large": its own measure (`Size.EXTRA_LARGE`); "extra small": small
    elif (size := _size_at(tokens, index)) is not None:
        index += 2 if token_at(tokens, index + 1) in ("sized", "size") else 1
    if token_at(tokens, index) == "whole" and token_at(tokens, index + 1) in UNIT_ALIASES:
        index += 1  # "a whole pound of strawberries": a pound
    unit = None
    two_words = " ".join(tokens[index : index + 2]) if index + 1 < len(tokens) else ""
    if two_words in UNIT_ALIASES:
        unit, index = UNIT_ALIASES[two_words], index + 2
    elif token_at(tokens, index) in UNIT_ALIASES and singular(two_words) not in _UNIT_FOODS:
        unit, index = UNIT_ALIASES[tokens[index]], index + 1
    if unit is not None:
        container = UNIT_ALIASES.get(token_at(tokens, index))
        weighed = unit in GRAMS_PER_UNIT or unit in ML_PER_UNIT
        if weighed and token_at(tokens, index) in _PACKAGES:
            index += 1  # "a 150 g pot of yoghurt", "a 250g punnet of strawberries"
        elif container in CONTAINERS and weighed:
            index += 1  # "330 ml can of coke": the amount typed, not the can's
            if unit is Unit.OZ and container in (Unit.GLASS, Unit.BOTTLE):
                unit = Unit.FL_OZ  # "an 8 oz glass of milk"
        index = _skip_of(tokens, index)
    if size is None and (size := _size_at(tokens, index)) is not None:
        index += 1  # "a slice of large pizza"
    return size, unit, index


# What a size said after a food may be of: "a snickers king size bar", "fries large size one".
_SIZED_THINGS: Final = frozenset({"bar", "bars", "one", "ones", "pack", "packet", "bag"})


def trailing_size(food: str) -> tuple[str, Size] | None:
    """The food and the size typed after it ("oreo mcflurry regular size", "fries, large",
    "a latte extra large", "fry kids size"); None when the food ends in no size word, or is
    nothing but one."""
    words = food.split()
    if len(words) > 3 and words[-2] in ("size", "sized") and words[-1] in _SIZED_THINGS:
        kept = [] if words[-1] in ("one", "ones") else words[-1:]
        words = [*words[:-3], *kept, *words[-3:-1]]  # "snickers king size bar"
    if len(words) > 2 and words[-1] in ("size", "sized"):
        size = SIZED_ALIASES.get(words[-2]) or SIZE_ALIASES.get(words[-2])
        rest = words[:-2]
    elif len(words) > 1:
        size, rest = SIZE_ALIASES.get(words[-1]), words[:-1]
    else:
        return None
    if size is None or not rest:
        return None
    if rest[-1] == "extra" and size is Size.LARGE:
        size, rest = Size.EXTRA_LARGE, rest[:-1]
    return (" ".join(rest), size) if rest else None
