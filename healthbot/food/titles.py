"""A dish's name said as a title before what was in it: "steak and eggs - 6oz sirloin and 2
eggs fried", "a full english: 2 fried eggs, 2 rashers, ...", "ham and cheese toastie, 2 slices
of ham and a slice of cheddar". The detail, which carries the amounts, is what was eaten; the
title only names it, so it is never logged beside its own parts. What the detail leaves out
of a bread-based dish is its bread ("toastie": 2 slices), which stays.
"""

from __future__ import annotations

import re
from typing import Final

from healthbot.food.parser import HOLDERS, is_amount
from healthbot.food.parts import DISH_BASES
from healthbot.food.quantities import read_number
from healthbot.food.recipes import recipe
from healthbot.food.units import UNIT_ALIASES, singular

# A title, then a detail with amounts: after a colon or a dash, or after a comma when the
# detail names the title's foods again.
_TITLE = re.compile(r"^(?P<head>[^\d:]+?)\s*(?::|\s[-–—])\s+(?P<tail>.*\d.*)$")
_COMMA_TITLE = re.compile(r"^(?P<head>[^\d:,]+?),\s+(?P<tail>.*\d.*)$")
_TITLE_FILLER = frozenset({"and", "the", "with", "for", "some", "plus", "a", "an", "on", "of"})
_MAX_TITLE_WORDS: Final = 6
_ROLLS: Final = frozenset({"roll", "bun", "bap", "bread", "muffin", "bagel"})
# The bread of a dish that holds a filling, when its detail names none.
_BREAD_OF: Final = {
    **dict.fromkeys(("sandwich", "toastie", "sub", "panini", "hoagie", "melt", "sarnie",
                     "butty", "buttie"), "2 slices bread"),
    **dict.fromkeys(("roll", "bap", "bun", "burger"), "1 bun"),
    **dict.fromkeys(("wrap", "burrito"), "1 flour tortilla"),
    "bagel": "1 bagel",
}  # fmt: skip
_BASE_WORDS: Final = {holder: DISH_BASES.get(holder, _ROLLS) | _ROLLS for holder in _BREAD_OF}


_COOKED: Final = (
    r"fried|scrambled|boiled|poached|grilled|roasted|roast|baked|toasted|steamed|smoked"
    r"|mashed|hard\s+boiled|soft\s+boiled"
)
# A bread named in a detail without an amount: "on white bread", ", rye".
_BARE_BREAD = re.compile(
    r"(?P<lead>(?:^|,|\bon|\band)\s*)(?P<bread>(?:white|brown|wholemeal|whole\s+wheat|wheat|rye"
    r"|sourdough|multigrain|granary|seeded)(?:\s+bread)?|bread|toast)\b",
    re.I,
)


def _cooked_as_titled(head: str, tail: str) -> str:
    """The detail with a food named cooked in the title cooked so ("fried egg sandwich, 2
    eggs": 2 fried eggs), unless the detail says how."""
    for cooked in re.finditer(rf"\b(?P<how>{_COOKED})\s+(?P<food>[a-z]+?)(?:e?s)?\b", head, re.I):
        food = cooked["food"].lower()
        plain = re.compile(rf"\b(?<!{cooked['how']}\s)(?P<food>{food}(?:e?s)?)\b", re.I)
        if re.search(rf"\b(?:{_COOKED})\s+{food}", tail, re.I) is None:
            tail = plain.sub(rf"{cooked['how'].lower()} \g<food>", tail, 1)
    return tail


def _words(text: str) -> set[str]:
    return {word.removesuffix("s") for word in re.findall(r"[a-z]+", text.lower())} - _TITLE_FILLER


def without_title(text: str) -> str:
    """The text without a title that the detail after it restates (`_restated`), a dish's
    title joined to its parts ("a chicken wrap: a tortilla, 3 oz chicken"); as it is
    otherwise ("coffee: 2 sugars" is coffee and its sugar)."""
    found = _TITLE.match(text)
    comma = found is None
    found = found or _COMMA_TITLE.match(text)
    if found is None or len(found["head"].split()) > _MAX_TITLE_WORDS:
        return text
    if comma and not _holds(found["head"]):
        return text
    if (restated := _restated(found["head"], found["tail"])) is not None:
        return restated
    if comma:
        return text
    name = re.sub(r"^(?:an?|the)\s+", "", found["head"].lower())
    if recipe(name) is not None and len(re.split(r",|\band\b", found["tail"])) > 1:
        return found["tail"]  # "a full english: 2 fried eggs, 2 rashers, ...": what it had
    # "a chicken wrap: a tortilla, 3 oz chicken": a dish and its parts, which `parts` weighs
    last = singular(found["head"].lower().split()[-1])
    dish = last in DISH_BASES or last in HOLDERS
    return f"{found['head']} with {found['tail']}" if dish else text


def _restated(head: str, tail: str) -> str | None:
    """The detail of a title it names foods of again, the title's foods cooked as it says
    (`_cooked_as_titled`), with the bread of a dish that holds a filling (`_BREAD_OF`: two
    slices of the bread the detail names without an amount, else the usual bread) and the
    title's other foods, which an amount said alone in the detail may be of ("bacon and egg
    roll, 1 egg and 2 rashers": the rashers are of bacon); None when it names none again."""
    said, detail = _words(head), _words(tail)
    if not said & detail:
        return None
    words = head.lower().split()
    last = singular(words[-1])
    restated = _cooked_as_titled(head, tail)
    bread = _BREAD_OF.get(last)
    if bread is not None and _BASE_WORDS[last] & detail:
        # "a fried egg sandwich, 2 eggs on white bread": its two slices of white bread
        count = bread.split()[0] if bread.endswith("slices bread") else ""
        lead = rf"\g<lead>{count} slices of \g<bread>"
        restated = _BARE_BREAD.sub(lead, restated, 1) if count else restated
        bread = None
    pieces = re.split(r",|\band\b|\bwith\b", tail)
    alone = any(is_amount(piece) for piece in pieces)
    others = [word for word in words[:-1] if alone and _other(word, detail)]
    return ", ".join([*filter(None, [bread]), *others, restated])


def _other(word: str, detail: set[str]) -> bool:
    """Whether a title's word names a food its detail does not name again."""
    plain = word.removesuffix("s")
    return plain not in detail and word not in _TITLE_FILLER and not re.fullmatch(_COOKED, word)


def _holds(head: str) -> bool:
    """Whether a title before a comma names a dish that holds a filling whose restated parts
    the recipes do not weigh, with no amount ("a piece of apple pie, 1/8 of the pie" is the
    piece's)."""
    words = head.lower().split()
    name = " ".join(word for word in words if word not in ("a", "an", "the"))
    # a recipe's own name weighs its restated parts itself ("egg salad sandwich, made with 2
    # eggs"); one of two fillings the parser parts at its "and" cannot ("ham and cheese")
    weighed = recipe(name) is not None and " and " not in f" {name} "
    return (
        singular(words[-1]) in _BREAD_OF and not weighed
        and not any(word in UNIT_ALIASES or read_number(word) is not None for word in words)
    )  # fmt: skip
