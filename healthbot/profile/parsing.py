"""Onboarding answers as people type them: a name, an age, a height, a weight, a calorie target.

Pure: text in, a value in our units (cm, kg, years) out, or a `ProfileInputError` naming the
problem, which the router turns into a reply from the catalog (and asks again). Numbers go
through `Decimal`, so no input ("1e999", "nan", forty digits) overflows.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Final

from healthbot.errors import UserInputError

MAX_NAME_CHARS: Final = 64
MIN_AGE, MAX_AGE = 13, 120
MIN_HEIGHT_CM, MAX_HEIGHT_CM = Decimal(100), Decimal(250)  # user_profiles allows 50-272
MIN_WEIGHT_KG, MAX_WEIGHT_KG = Decimal(20), Decimal(500)  # weight_logs' CHECK
MIN_KCAL, MAX_KCAL = 500, 10_000  # user_profiles.daily_kcal_target's CHECK
CM_PER_INCH: Final = Decimal("2.54")
KG_PER_LB: Final = Decimal("0.45359237")
MAX_INPUT_CHARS: Final = 40


class Problem(StrEnum):
    """Why an answer cannot be stored."""

    NOT_UNDERSTOOD = "not_understood"
    OUT_OF_RANGE = "out_of_range"


class ProfileInputError(UserInputError):
    """An answer that cannot be stored; `problem` says why."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.value)
        self.problem = problem


_NUMBER = r"\d{1,4}(?:[.,]\d{1,3})?"
_AGE_RE: Final = re.compile(r"^(?P<n>\d{1,3})\s*(?:y|yr|yrs|years?(?:\s+old)?)?$")
_CM_RE: Final = re.compile(rf"^(?P<n>{_NUMBER})\s*(?P<unit>cm|centimet(?:er|re)s?)?$")
_M_RE: Final = re.compile(rf"^(?P<n>{_NUMBER})\s*(?:m|met(?:er|re)s?)$")
_FEET_RE: Final = re.compile(
    rf"^(?P<ft>\d)\s*(?:'|’|ft|feet|foot)\s*(?:(?P<in>{_NUMBER})\s*(?:\"|”|''|in|inch|inches)?)?$"
)
_INCHES_RE: Final = re.compile(rf"^(?P<n>{_NUMBER})\s*(?:\"|”|''|in|inch|inches)$")
_WEIGHT_RE: Final = re.compile(
    rf"^(?P<n>{_NUMBER})\s*(?:(?P<kg>kg|kgs|kilos?|kilograms?)|(?P<lb>lb|lbs|pounds?))?$"
)
_KCAL_RE: Final = re.compile(r"^(?P<n>\d{1,6})\s*(?:kcal|cal|calories|kilocalories)?$")


def _clean(text: str) -> str:
    if len(text) > MAX_INPUT_CHARS:
        raise ProfileInputError(Problem.NOT_UNDERSTOOD)
    return " ".join(text.lower().split())


def _number(token: str) -> Decimal:
    try:
        return Decimal(token.replace(",", "."))
    except InvalidOperation:
        raise ProfileInputError(Problem.NOT_UNDERSTOOD) from None


def parse_name(text: str) -> str:
    """What to call the user: 1-64 printable characters, spaces tidied."""
    name = " ".join(text.split())
    if not name or len(name) > MAX_NAME_CHARS:
        raise ProfileInputError(Problem.OUT_OF_RANGE if name else Problem.NOT_UNDERSTOOD)
    if any(unicodedata.category(c).startswith("C") for c in name):  # control, surrogates...
        raise ProfileInputError(Problem.NOT_UNDERSTOOD)
    return name


def parse_age(text: str) -> int:
    """Whole years from "34", "34 years", "34 y" (13-120)."""
    match = _AGE_RE.match(_clean(text))
    if match is None:
        raise ProfileInputError(Problem.NOT_UNDERSTOOD)
    age = int(match["n"])
    if not MIN_AGE <= age <= MAX_AGE:
        raise ProfileInputError(Problem.OUT_OF_RANGE)
    return age


def parse_height(text: str, imperial: bool = False) -> Decimal:
    """Centimetres (one decimal) from "175", "175 cm", "1.75 m", "5'10\"", "5 ft 10", "70 in".

    A bare number is centimetres, or inches for an imperial user when below 100.
    """
    normal = _clean(text)
    if match := _M_RE.match(normal):
        cm = _number(match["n"]) * 100
    elif match := _FEET_RE.match(normal):
        inches = int(match["ft"]) * 12 + (_number(match["in"]) if match["in"] else 0)
        cm = inches * CM_PER_INCH
    elif match := _INCHES_RE.match(normal):
        cm = _number(match["n"]) * CM_PER_INCH
    elif match := _CM_RE.match(normal):
        value = _number(match["n"])
        bare = match["unit"] is None
        cm = value * CM_PER_INCH if imperial and bare and value < 100 else value
    else:
        raise ProfileInputError(Problem.NOT_UNDERSTOOD)
    cm = cm.quantize(Decimal("0.1"))
    if not MIN_HEIGHT_CM <= cm <= MAX_HEIGHT_CM:
        raise ProfileInputError(Problem.OUT_OF_RANGE)
    return cm


def parse_weight(text: str, imperial: bool = False) -> Decimal:
    """Kilograms (two decimals) from "72.5", "72,5 kg", "160 lb" (20-500 kg).

    A bare number is read in the user's units: kilograms, or pounds for imperial users.
    """
    match = _WEIGHT_RE.match(_clean(text))
    if match is None:
        raise ProfileInputError(Problem.NOT_UNDERSTOOD)
    value = _number(match["n"])
    pounds = match["lb"] is not None or (match["kg"] is None and imperial)
    kg = (value * KG_PER_LB if pounds else value).quantize(Decimal("0.01"))
    if not MIN_WEIGHT_KG <= kg <= MAX_WEIGHT_KG:
        raise ProfileInputError(Problem.OUT_OF_RANGE)
    return kg


def parse_kcal(text: str) -> int:
    """A daily calorie target from "1800" or "1800 kcal" (500-10,000)."""
    match = _KCAL_RE.match(_clean(text).replace(",", "").replace(" ", "", 1))
    if match is None:
        raise ProfileInputError(Problem.NOT_UNDERSTOOD)
    kcal = int(match["n"])
    if not MIN_KCAL <= kcal <= MAX_KCAL:
        raise ProfileInputError(Problem.OUT_OF_RANGE)
    return kcal
