"""The fake Anthropic's profile rule: what a user says about themselves ("I'm 34, female,
165 cm, I want to lose weight, I live in Melbourne") read into a profile tool's input, by
patterns, as the other rules read food and water. Only what is said plainly is read."""

from __future__ import annotations

import re
from typing import Final

from healthbot.offline.anthropic.records import JsonDict

_AGE: Final = re.compile(
    r"\b(?:(?:i'?m|i am|aged?)\s+(?P<a>\d{2})\b(?!\s*(?:kg|kilo|lb|pound|cm|%|ml|g\b|st\b))"
    r"|(?P<b>\d{2})[\s-]*(?:years?[\s-]*old|yrs?[\s-]*old|y/?o)\b)",
    re.IGNORECASE,
)
_SEX: Final = re.compile(
    r"\b(?:(?:i'?m|i am)\s+(?:a\s+)?|\d\d[\s-]*(?:years?[\s-]*old|yrs?[\s-]*old|y/?o)\s+)"
    r"(?P<said>woman|man|female|male|guy|girl|lady)\b|\b(?P<bare>female|male)\b",
    re.IGNORECASE,
)
_HEIGHT_CM: Final = re.compile(r"\b(?P<cm>1\d{2}(?:[.,]\d)?)\s*cm\b", re.IGNORECASE)
_HEIGHT_FT: Final = re.compile(
    r"\b(?P<ft>[4-7])\s*(?:'|ft|feet|foot)\s*(?P<inch>\d{1,2})?\s*(?:\"|''|in\b|inch(?:es)?)?",
    re.IGNORECASE,
)
_GOAL: Final = re.compile(
    r"\b(?P<way>lose|losing|drop|shed|gain|gaining|put on|bulk|maintain|maintaining|keep)"
    r"\s+(?:some\s+|my\s+|a bit of\s+)?(?:weight|fat|muscle|mass|up\b|\d)",
    re.IGNORECASE,
)
_GOAL_WEIGHT: Final = re.compile(
    r"\b(?:get (?:down |up )?to|reach|hit|goal(?: weight)?(?: is| of)?|target(?: weight)?"
    r"(?: is| of)?)\s*(?P<value>\d{2,3}(?:[.,]\d+)?)\s*(?P<unit>kgs?|kilos?|lbs?|pounds?)?",
    re.IGNORECASE,
)
_PLACE: Final = re.compile(
    r"\b(?:i live in|i'?m living in|i am living in|living in|i moved to|i'?ve moved to"
    r"|i'?m based in|i am based in|based in|my time ?zone is)\s+"
    r"(?P<place>[^,.;!?\d]{2,40}?)(?=\s*(?:[,.;!?]|$|\band\b|\bnow\b|\bso\b))",
    re.IGNORECASE,
)
_WAYS: Final = {"lose": "lose", "losing": "lose", "drop": "lose", "shed": "lose",
                "gain": "gain", "gaining": "gain", "put on": "gain", "bulk": "gain",
                "maintain": "maintain", "maintaining": "maintain", "keep": "maintain"}  # fmt: skip


def profile_input(text: str) -> JsonDict:
    """The profile the text states, in the coach tool's names (only what was said)."""
    found: JsonDict = {}
    if match := _AGE.search(text):
        found["age"] = int(match["a"] or match["b"])
    if match := _SEX.search(text):
        word = (match["said"] or match["bare"]).lower()
        found["sex"] = "female" if word in ("woman", "female", "girl", "lady") else "male"
    if match := _HEIGHT_CM.search(text):
        found["height"], found["height_unit"] = float(match["cm"].replace(",", ".")), "cm"
    elif match := _HEIGHT_FT.search(text):
        found["height"] = int(match["ft"]) * 12 + int(match["inch"] or 0)
        found["height_unit"] = "in"
    if match := _GOAL.search(text):
        found["goal"] = _WAYS[match["way"].lower()]
    if match := _GOAL_WEIGHT.search(text):
        found["goal_weight"] = float(match["value"].replace(",", "."))
        if match["unit"]:
            found["goal_weight_unit"] = "lb" if match["unit"][0].lower() in "lp" else "kg"
    if match := _PLACE.search(text):
        found["timezone"] = " ".join(match["place"].split())
    return found


def matches_profile(text: str) -> bool:
    """Whether the text states something about the user's body, goal or place."""
    return bool(profile_input(text))


def weighed(text: str, weights: list[re.Match[str]]) -> list[re.Match[str]]:
    """The weights in the text (`weights`) that are no goal weight ("get down to 62 kg"):
    what the user weighs now, if anything."""
    goal = _GOAL_WEIGHT.search(text)
    return [w for w in weights if goal is None or not goal.start() <= w.start() < goal.end()]
