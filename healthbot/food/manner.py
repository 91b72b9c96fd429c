"""How a food was eaten, which names no food: "a tomato with salt like an apple", "half a
pomegranate, ate it with a spoon", "a pint of milk in one go", "a quart over the day".

`without_manner` takes those words out of a food text before its items are read, so that an
apple in a simile or the spoon it was eaten with is never logged or asked about.
"""

from __future__ import annotations

import re
from typing import Final

from healthbot.food.aliases import ALIASES

# A simile ends the clause it is in: "like an apple", "like a sandwich" (but "had like a
# sandwich" and "something like a cup": the "like" of an amount or of filler, which stays).
_SIMILE: Final = re.compile(
    r"(?P<before>[\w']+)\s+like\s+(?:an?|a\s+proper)\s+[a-z]+(?:\s+[a-z]+)?(?=\s*(?:$|[,;.!?]))",
    re.I,
)
_NOT_A_SIMILE: Final = frozenset(
    {"had", "ate", "have", "eat", "drank", "drink", "got", "get", "was", "is", "were",
     "just", "and", "i", "we", "with", "something", "more", "for", "about", "of", "then",
     "also", "only", "probably", "maybe", "snacked", "grabbed"}
)  # fmt: skip
# What it was eaten with or how: "with a spoon", "ate it with my fingers", "in one go".
_MANNER: Final = re.compile(
    r"(?:\b(?:ate|eaten|had|drank|drunk|finished|eat)\s+(?:it|them|the\s+lot)\s+)?"
    r"\b(?:(?:with|using)\s+(?:(?:a|an|my|the|some|two|plastic|wooden)\s+)?(?:spoon|teaspoon"
    r"|fork|knife|chopsticks|hands?|fingers|straw|spork)(?!\s*(?:of|ful)\b)"
    r"|in\s+one\s+(?:go|sitting|bite|gulp|mouthful)"
    r"|(?:over|throughout|across)\s+the\s+(?:course\s+of\s+the\s+)?(?:day|evening|afternoon"
    r"|morning)|all\s+day(?:\s+long)?"
    # "4 egg whites only": nothing else, which the items say
    r"|only(?=\s*(?:$|[,;.!?])))\b",
    re.I,
)


# When and near what, around a workout or a place: "post gym", "pre-run", "near work".
_AROUND: Final = re.compile(
    r"\b(?:post|pre)[\s-]?(?:gym|workout|run|training|session|swim|ride|game|match|class"
    r"|lift|yoga)\b|\b(?:near|close\s+to|next\s+to)\s+(?:work|home|school|the\s+office"
    r"|my\s+(?:work|office|place|house|flat|school))\b",
    re.I,
)
MADE_WITH_WATER: Final = frozenset(
    name.removesuffix(" with water").removesuffix(" made")
    for name in ALIASES
    if name.endswith(" with water")
)
"""Foods whose making with water is an entry of its own ("hot chocolate made with water": the
cocoa mix made with water, not the homemade cocoa of milk): water said after one stays."""
# What it was made up with that adds nothing: "porridge with water", "made up with water"; but
# after a food of `MADE_WITH_WATER` ("2 hot chocolates made with boiling water"), that entry.
_MADE: Final = "|".join(map(re.escape, sorted(MADE_WITH_WATER, key=len, reverse=True)))
_WITH_WATER: Final = re.compile(
    rf"(?:\b(?P<name>{_MADE})s?\s+)?"
    r"\b(?:(?:made|mixed|cooked)\s+(?:up\s+)?)?with\s+(?:hot\s+|boiling\s+|cold\s+)?water\b"
    r"(?!\s+(?:chestnuts?|crackers?|biscuits?|cress|melon|spinach))(?P<more>\s+and\b)?",
    re.I,
)
# A dish a drink was had with, named by "the" and nothing else: "2 cans of sprite with the
# pizza", "a glass of red with the roast" (what goes in the drink stays: "with the milk").
_WITH_THE_MEAL: Final = re.compile(
    r"(?P<drink>\b(?:glass|glasses|can|cans|bottle|bottles|pint|pints|mug|mugs|cup|cups|shot"
    r"|shots|schooner|schooners)\s+of\s+[a-z' ]+?)\s+with\s+the\s+(?P<dish>[a-z]+)"
    r"(?=\s*(?:$|[,;.!?]))",
    re.I,
)
_IN_A_DRINK: Final = frozenset(
    {"milk", "cream", "sugar", "honey", "lemon", "lime", "ice", "mixer", "coke", "tonic",
     "soda", "lemonade", "juice", "syrup", "creamer", "foam", "froth", "sweetener"}
)  # fmt: skip


def without_manner(text: str) -> str:
    """The text without the words of how, when and with what meal its foods were eaten
    (which name no food of the writer's); as it is when it has none."""
    text = _SIMILE.sub(_simile, _WITH_THE_MEAL.sub(_drink_alone, text))
    text = _WITH_WATER.sub(_water, text)
    return _AROUND.sub(" ", _MANNER.sub(" ", text))


def _drink_alone(found: re.Match[str]) -> str:
    return found[0] if found["dish"].lower() in _IN_A_DRINK else found["drink"]


def _simile(found: re.Match[str]) -> str:
    before = found["before"]
    return found[0] if before.lower() in _NOT_A_SIMILE else before


def _water(found: re.Match[str]) -> str:
    """What water said with a food leaves: nothing, but after a food it makes another entry of
    ("2 hot chocolates made with boiling water"), that entry's name, one of it for each."""
    more = " and" if found["more"] else ""
    if found["name"]:
        return f"{found['name']} with water{more}"
    return " with" if more else " "
