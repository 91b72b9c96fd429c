"""Onboarding answers as people type them: a name, an age, a height, a weight, a weekly pace,
a calorie target.

Pure: text in, a value in our units (cm, kg, years) out, or a `ProfileInputError` naming the
problem, which the router turns into a reply from the catalog (and asks again). Numbers go
through `Decimal`, so no input ("1e999", "nan", forty digits) overflows. What people wrap a
number in ("I'm 34", "about 78 kg", "5'6\" tall", "I want to get to 65") is dropped first.
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
MIN_PACE_KG, MAX_PACE_KG = Decimal("0.1"), Decimal(1)  # a week; faster needs a doctor


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
# Words around the number: "I'm 34 years old", "about 78 kg", "I want to get to 65 kg".
_LEADING: Final = re.compile(
    r"^(?:i'?m|i am|im|i weigh|weigh|weighing|my (?:age|height|weight|goal|target) is|age|aged"
    r"|height|weight|goal|target|about|around|roughly|approximately|approx|nearly|almost|just"
    r"|currently|now|~"
    r"|i(?:'d| would)? (?:want|like|hope|aim) to (?:weigh|be|reach|get (?:down |up )?to|hit)"
    r"|get (?:down |up )?to|down to|up to|to|reach|aiming for|aim for)\s*[:=,-]?\s*"
)
_TRAILING: Final = re.compile(
    r"\s*(?:years? old|yrs? old|y/?o|old|tall|now|currently|or so|ish|roughly|[.!])$"
)
_AGE_RE: Final = re.compile(r"^(?P<n>\d{1,3})\s*(?:y|yr|yrs|years?)?$")
_CM_RE: Final = re.compile(rf"^(?P<n>{_NUMBER})\s*(?P<unit>cm|centimet(?:er|re)s?)?$")
_M_RE: Final = re.compile(rf"^(?P<n>{_NUMBER})\s*(?:m|met(?:er|re)s?)$")
_M_CM_RE: Final = re.compile(r"^(?P<m>[12])\s*m\s*(?P<cm>\d{2})(?:\s*cm)?$")  # "1m68"
_FEET_RE: Final = re.compile(
    rf"^(?P<ft>\d)\s*(?:'|ft|feet|foot)\s*(?:(?P<in>{_NUMBER})\s*(?:\"|''|in|inch|inches)?)?$"
)
_INCHES_RE: Final = re.compile(rf"^(?P<n>{_NUMBER})\s*(?:\"|''|in|inch|inches)$")
_WEIGHT_RE: Final = re.compile(
    rf"^(?P<n>{_NUMBER})\s*(?:(?P<kg>kg|kgs|kilos?|kilograms?)|(?P<lb>lb|lbs|pounds?))?$"
)
_STONE_RE: Final = re.compile(
    rf"^(?P<st>\d{{1,2}})\s*(?:st|stones?)\s*(?:(?P<lb>{_NUMBER})\s*(?:lb|lbs|pounds?)?)?$"
)
_PACE_RE: Final = re.compile(
    rf"^(?P<n>{_NUMBER})\s*(?:(?P<kg>kg|kgs|kilos?|kilograms?)|(?P<lb>lb|lbs|pounds?))?"
    r"\s*(?:(?:a|per|each|every|/)\s*(?:week|wk|w)|weekly)?$"
)
_QUOTES: Final = str.maketrans({"’": "'", "‘": "'", "′": "'", "”": '"', "“": '"', "″": '"'})
_KCAL_RE: Final = re.compile(r"^(?P<n>\d{1,6})\s*(?:kcal|cal|calories|kilocalories)?$")


def _clean(text: str) -> str:
    if len(text) > MAX_INPUT_CHARS:
        raise ProfileInputError(Problem.NOT_UNDERSTOOD)
    return " ".join(text.lower().translate(_QUOTES).split())


def _bare(text: str) -> str:
    """The answer without the words around it ("I'm about 34 years old" -> "34")."""
    normal = _clean(text)
    while True:
        shorter = _TRAILING.sub("", _LEADING.sub("", normal, count=1), count=1).strip()
        if shorter == normal:
            return normal
        normal = shorter


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


# Words that open a question, never a name: "who?", "what is a good snack?", "can I skip?"
# fmt: off
_ASKING: Final = frozenset({
    "who", "what", "why", "how", "when", "where", "which", "whose", "whom", "can", "could",
    "do", "does", "did", "is", "are", "am", "was", "will", "would", "should", "shall", "may",
    "might", "have", "has", "must", "any", "anything", "why's", "what's", "how's",
})
# Words asked back that are no name, wherever they stand: "huh?", "Excuse me?", "Idk?",
# "Come again?", "Skip?".
_NO_NAME: Final = frozenset({
    "huh", "eh", "sorry", "pardon", "hello", "hi", "hey", "me", "my", "your", "name",
    "really", "seriously", "ok", "okay", "yes", "no", "excuse", "idk", "dunno", "skip",
    "come", "again", "um", "umm", "hmm", "hm", "uh", "er", "erm", "wait", "oh", "ah", "what",
    "lol", "nothing", "none", "nobody", "whatever", "next", "later", "pass", "help", "stop",
    "cancel", "nope", "yeah", "yep", "maybe", "you", "here", "there", "thanks", "please",
    "why", "who", "anyone", "someone", "test", "start",
})
# fmt: on
_NAME_WORD: Final = re.compile(r"^[^\W\d_]+(?:['’.-][^\W\d_]+)*\.?$")


def name_asked_back(text: str, known: tuple[str | None, ...] = ()) -> str | None:
    """The name in a name typed as if asked back ("Kim?", "Anne-Marie?", "Dr. Lee?"): one to
    three words of letters that look like a name (each capitalised and none a word asked
    back, "Excuse me?", "Idk?"), or one of the `known` names (Telegram's first name and
    username) in any case; None for a question ("who?", "is it ok?"). Its length is
    `parse_name`'s to judge."""
    words = text.strip().rstrip("?!").split()
    if not 1 <= len(words) <= 3 or words[0].lower().strip(".'’") in _ASKING:
        return None
    if not all(_NAME_WORD.match(word) for word in words):
        return None
    said = " ".join(words)
    if said.casefold() in {name.casefold() for name in known if name}:
        return said
    if any(word[0].islower() or word.lower().strip(".'’") in _NO_NAME for word in words):
        return None
    return said


def said_in_stones(text: str) -> bool | None:
    """Whether a weight was typed in stones ("13 st 6", "12 stone"): True; in kg or lb:
    False; a bare number (or no weight): None."""
    try:
        normal = _bare(text)
    except ProfileInputError:
        return None
    if _STONE_RE.match(normal):
        return True
    match = _WEIGHT_RE.match(normal)
    return None if match is None or not (match["kg"] or match["lb"]) else False


def in_stones(text: str, stones: bool) -> bool:
    """Whether a weight typed so reads in stones: typed in them, or bare from one who
    weighs in `stones`."""
    said = said_in_stones(text)
    return stones if said is None else said


def says_stones(text: str) -> bool | None:
    """Whether units typed name stones ("stones", "uk stone"): True; else None (the units
    chosen say nothing of stones)."""
    words = set(re.findall(r"[a-z]+", text.lower()))
    return True if words & {"st", "stone", "stones"} else None


def parse_age(text: str) -> int:
    """Whole years from "34", "34 years", "I'm 34", "34 years old" (13-120)."""
    match = _AGE_RE.match(_bare(text))
    if match is None:
        raise ProfileInputError(Problem.NOT_UNDERSTOOD)
    age = int(match["n"])
    if not MIN_AGE <= age <= MAX_AGE:
        raise ProfileInputError(Problem.OUT_OF_RANGE)
    return age


def parse_height(text: str, imperial: bool = False) -> Decimal:
    """Centimetres (one decimal) from "175", "175 cm", "1.75 m", "1m75", "5'10\"", "5 ft 10",
    "70 in", "I'm 5'6\" tall".

    A bare number is centimetres, metres from 1 to 2.5, or for an imperial user feet from 3
    to 8 ("5.5") and inches up to 100.
    """
    normal = _bare(text)
    if match := _M_RE.match(normal):
        cm = _number(match["n"]) * 100
    elif match := _M_CM_RE.match(normal):
        cm = Decimal(int(match["m"]) * 100 + int(match["cm"]))
    elif match := _FEET_RE.match(normal):
        inches = int(match["ft"]) * 12 + (_number(match["in"]) if match["in"] else 0)
        cm = inches * CM_PER_INCH
    elif match := _INCHES_RE.match(normal):
        cm = _number(match["n"]) * CM_PER_INCH
    elif match := _CM_RE.match(normal):
        value = _number(match["n"])
        bare = match["unit"] is None
        if bare and 1 <= value <= Decimal("2.5"):
            cm = value * 100  # metres
        elif bare and imperial and 3 <= value <= 8:
            cm = value * 12 * CM_PER_INCH  # feet
        else:
            cm = value * CM_PER_INCH if imperial and bare and value < 100 else value
    else:
        raise ProfileInputError(Problem.NOT_UNDERSTOOD)
    cm = cm.quantize(Decimal("0.1"))
    if not MIN_HEIGHT_CM <= cm <= MAX_HEIGHT_CM:
        raise ProfileInputError(Problem.OUT_OF_RANGE)
    return cm


def parse_weight(text: str, imperial: bool = False) -> Decimal:
    """Kilograms (two decimals) from "72.5", "72,5 kg", "160 lb", "11 st 4", "I weigh about
    172 lbs" (20-500 kg).

    A bare number is read in the user's units: kilograms, or pounds for imperial users.
    """
    normal = _bare(text)
    if stone := _STONE_RE.match(normal):
        pounds_in_all = int(stone["st"]) * 14 + (_number(stone["lb"]) if stone["lb"] else 0)
        kg = (pounds_in_all * KG_PER_LB).quantize(Decimal("0.01"))
    elif (match := _WEIGHT_RE.match(normal)) is not None:
        value = _number(match["n"])
        pounds = match["lb"] is not None or (match["kg"] is None and imperial)
        kg = (value * KG_PER_LB if pounds else value).quantize(Decimal("0.01"))
    else:
        raise ProfileInputError(Problem.NOT_UNDERSTOOD)
    if not MIN_WEIGHT_KG <= kg <= MAX_WEIGHT_KG:
        raise ProfileInputError(Problem.OUT_OF_RANGE)
    return kg


def parse_pace(text: str, imperial: bool = False) -> Decimal:
    """A weekly pace in kilograms (three decimals) from "0.5", "0.5 kg a week", "1 lb/week"
    (0.1-1 kg); a bare number is in the user's units."""
    match = _PACE_RE.match(_bare(text))
    if match is None:
        raise ProfileInputError(Problem.NOT_UNDERSTOOD)
    value = _number(match["n"])
    pounds = match["lb"] is not None or (match["kg"] is None and imperial)
    kg = (value * KG_PER_LB if pounds else value).quantize(Decimal("0.001"))
    if not MIN_PACE_KG <= kg <= MAX_PACE_KG:
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
