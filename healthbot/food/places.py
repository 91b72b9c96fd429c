"""Where a food was bought or eaten, said beside it and naming no food: "a cappuccino from
Costa", "egg fried rice from the chinese", "a kopi from the kopitiam downstairs", "chips from
maccas", "stopped at Hungry Jacks for a whopper".

`without_places` takes such phrases out of a food text before its items are read, so that
the place's name is never searched as a food's word. A chain's menu is still read from the
whole text the user typed (`chains.at_the_chain`). What "from" joins to a food stays: "the
water from a coconut", "juice from 2 oranges", "a slice from the big pizza" (an article or
a number, then a food: no capital, no kind of shop).
"""

from __future__ import annotations

import re
from typing import Final

from healthbot.food.chains import CHAINS
from healthbot.food.others import PEOPLE
from healthbot.food.text import words_of

_MENUS: Final = frozenset(spoken for forms in CHAINS.values() for spoken in forms)
"""Chains the food table has a menu of: "from wendys" stays, the items are read on it."""
_CHAINS_SPOKEN: Final = (
    # chains the food table has no menu of, named as people do
    "maccas", "macca's", "hungry jacks", "hungry jack's", "timmies", "timmy's",
    "tim hortons", "tim horton's", "starbucks", "costa", "pret", "greggs", "subway",
    "chipotle", "nandos", "nando's", "red rooster", "dunkin", "dunkin donuts", "krispy kreme",
    "panera", "chick fil a", "chick-fil-a", "five guys", "in n out", "shake shack", "arbys",
    "arby's", "dairy queen", "jack in the box", "wawa", "sheetz", "7 eleven", "7-eleven",
    # coffee shops by their names and nicknames (Starbucks' "sbux", "starbs")
    "sbux", "starbs", "starbies", "caffe nero", "cafe nero", "pret a manger", "gloria jeans",
    "gloria jean's", "the coffee club", "second cup", "peets", "peet's", "dutch bros",
    "coffee bean", "blue bottle", "tims",
    # shops and warehouse clubs whose ready food people log by the shop ("a rotisserie
    # chicken from costco")
    "costco", "sams club", "sam's club", "walmart", "trader joes", "trader joe's",
    "whole foods", "aldi", "lidl", "tesco", "sainsburys", "sainsbury's", "asda", "waitrose",
    "marks and spencer", "woolies", "woolworths", "coles", "kroger", "publix", "safeway",
    "loblaws", "wegmans", "h-e-b", "heb",
)  # fmt: skip
# Kinds of shop or kitchen: "from the chinese", "at the local indian", "from the chippy".
_KINDS: Final = (
    r"(?:chinese|indian|thai|italian|mexican|greek|turkish|lebanese|japanese|vietnamese"
    r"|korean|malaysian|indonesian|caribbean|kebab|chippy|chipper|takeaway|takeout|kopitiam"
    r"|hawker(?:\s+cent(?:re|er)|\s+stall)?|food\s+court|canteen|cafeteria|servo|bakery|deli"
    r"|local|corner\s+shop|petrol\s+station|gas\s+station|vending\s+machine"
    # South Asia's roadside eatery, New York's corner store, Malaysia's and Indonesia's
    r"|dhaba|bodega|mamak|warung|taqueria|(?:tea|chai|food|street)\s+stall|food\s+truck"
    # a café or a bar, and where food is sold to a crowd: "a macchiato at the cafe near work",
    # "a tequila shot at the bar", "2 corn dogs at the fair"
    r"|cafe|café|coffee\s+shop|pub|bar|fair|carnival|ballpark|stadium|cinema|movies)"
)
# Where the shop is from the writer: "downstairs", "next door", "across the road".
_NEARBY: Final = (
    r"(?:downstairs|upstairs|next\s+door|nearby|down\s+the\s+road|down\s+the\s+street"
    r"|(?:a)?round\s+the\s+corner|across\s+the\s+(?:road|street)|at\s+work|near\s+(?:work|home))"
)
_OUR = r"(?:the|a|an|our|my)\s+"
_WENT = r"(?:stopped|swung|went|popped|dropped|ran)\s+(?:in\s+|over\s+)?(?:at|by|to|into)"
_FROM = rf"(?:\b{_WENT}|\b(?:from|at)|@)\s+"
_PLACES: Final = (
    # a chain by the name people call it: "from wendys", "at maccas"
    re.compile(
        _FROM + rf"(?:{_OUR})?(?:{'|'.join(map(re.escape, _CHAINS_SPOKEN))})(?:'?s)?\b"
        rf"(?:\s+{_NEARBY})?",
        re.I,
    ),
    # a kind of shop: "from the chinese", "from the kopitiam downstairs"
    re.compile(
        _FROM + _OUR + rf"(?:local\s+)?{_KINDS}"
        r"(?:\s+(?:place|shop|stall|restaurant|joint|takeaway|takeout|buffet))?"
        rf"\b(?!\s+(?:food|dish|style)\b)(?:\s+{_NEARBY})?",
        re.I,
    ),
    # any shop said with where it is: "from the place downstairs", "from the van next door"
    re.compile(rf"\bfrom\s+{_OUR}(?:\w+\s+){{1,2}}?{_NEARBY}\b", re.I),
    # someone's home, named by who they are to the writer: "at nan's", "round grandma's place"
    re.compile(
        rf"\b(?:at|round|around|over\s+at)\s+(?:{PEOPLE})'?s\b(?:\s+(?:house|place|flat))?", re.I
    ),
    # a name written with capitals: "from Costa", "at Hungry Jacks", "from The Coffee Club"
    re.compile(
        rf"(?:\b(?i:{_WENT})|\b(?:[Ff]rom|[Aa]t))\s+(?:[Tt]he\s+)?(?!(?:A|An|I|My|Our|The|This|That|Home|Work)\b)"
        r"[A-Z][\w'&.-]*(?:\s+(?!(?:And|With|On|For|In)\b)[A-Z][\w'&.-]*)*"
    ),
)


_NAMED_BEFORE: Final = (
    "starbucks", "sbux", "starbs", "costa", "pret", "pret a manger", "caffe nero", "cafe nero",
    "gloria jeans", "dutch bros", "peets", "peet's", "greggs", "tim hortons", "timmies",
    "dunkin", "dunkin donuts", "dunkins", "krispy kreme",
)  # fmt: skip
"""Coffee shops and bakeries without a menu of their own that are said before their food as
well ("a greggs sausage roll", "a krispy kreme glazed donut"): what they sell is the common
food of its name. Not a chain whose name is a food's word too ("chipotle", "subway"), nor
one whose plain-named food is far from the common one (a Five Guys burger is two patties, a
Nando's quarter chicken a leg, a Crumbl cookie four servings): those stay asked."""
_CHAIN_BEFORE: Final = re.compile(
    rf"(?<![\w'-])(?:{'|'.join(map(re.escape, _NAMED_BEFORE))})(?:'?s)?\s+"
    r"(?=(?!(?:and|or|with|for|on|in|at|near|to|run|trip|order)\b)[a-z])",
    re.I,
)


def without_places(text: str, mark: str) -> str:
    """The text with each phrase saying where its food came from replaced by `mark`, and a
    chain's name said before its food dropped."""
    for pattern in _PLACES:
        text = pattern.sub(lambda found: _unless_menu(found, mark), text)
    return _CHAIN_BEFORE.sub("", text)


def _unless_menu(found: re.Match[str], mark: str) -> str:
    """The mark for a place, or the phrase as typed when it names a chain with a menu (an
    item's name may hold it: "caesar salad with grilled chicken from mcdonalds")."""
    words = " ".join(words_of(found[0]))
    named = any(f" {spoken} " in f" {words} " for spoken in _MENUS)
    return found[0] if named else mark
