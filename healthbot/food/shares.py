"""What a person ate of what was cooked, ordered or shared: "we grilled steaks, I had 6 oz
of sirloin", "I cooked pork chops, had one", "my kids had fish sticks so I ate 3 of them".

The first clause names what there was; the second what the writer ate of it. When the second
points back at the first ("one", "3 of them", "half of it"), the amount is of the food the
first named ("one pork chops"); when it names a food of its own, that food is the meal and
what others had is not ("we got takeout and I ate the general tso's chicken"). What the
writer cooked or ordered alone is kept beside what they name after it ("I made a smoothie and
had a muffin": both), since nothing says they did not eat it.
"""

from __future__ import annotations

import re
from typing import Final

from healthbot.food.parser import is_amount

BREAK: Final = "\ue000"
"""The character `sentences` marks where a label or a verb was taken out."""

_OTHERS = (
    r"we|they|(?:my|our|the)\s+(?:\w+\s+)?(?:kids?|family|husband|wife|partner|friends?|son"
    r"|daughter|roommates?|flatmates?|parents|guests|children|boys|girls|mates|colleagues)"
)
_GOT = r"had|ate|got|ordered|made|cooked|grilled|baked|roasted|barbecued|shared|bought|picked\s+up"
# A cooking that names another entry than the food's usual one is kept ("2 poached eggs");
# one that a product's name has is not ("grilled burgers" are no "Flame Grilled Burger").
_MADE = (
    r"cooked|made|grilled|baked|roasted|barbecued|toasted|microwaved|ordered|got|bought"
    r"|picked\s+up|prepared|opened|fixed|whipped\s+up|heated(?:\s+up)?|warmed(?:\s+up)?"
    r"|(?P<how>boiled|fried|browned|steamed|poached|scrambled|braised|stewed)"
)
_CLAUSES = re.compile(
    rf"^[\s{BREAK},]*(?:(?P<others>{_OTHERS})\s+(?:{_GOT})|(?:i\s+)?(?:{_MADE}))\s+"
    rf"(?P<made>[^,;{BREAK}]+?)[\s{BREAK}]*(?:,|;|\band\b|\bso\b|\bbut\b|{BREAK})[\s{BREAK},]*"
    r"(?:then\s+)?(?:(?:and\s+)?i\s+)?(?:only\s+|just\s+)?(?:had|ate|eaten|tried|finished)\s+"
    r"(?P<mine>.+)$",
    re.I | re.S,
)
_NUMBER = r"one|two|three|four|five|six|seven|eight|nine|ten|\d+(?:\.\d+)?|half|a\s+couple|a\s+few"
# What points back at the food before: "3 of them", "half of it", "one", "it".
_POINTING = re.compile(
    rf"^(?:(?P<amount>(?:about\s+|around\s+|maybe\s+)?(?:{_NUMBER}|some|a|an)(?:\s+\w+){{0,2}}?)"
    r"\s+(?:of\s+(?:it|them|those|these)|(?:of\s+)?(?:the|that)\s+(?:whole\s+)?(?P<noun>order"
    r"|bag|box|pack|packet|plate|portion|serving|bowl|tub|tin|can|bottle|pot|tray|batch|pan))\b"
    rf"|(?P<count>{_NUMBER})(?=\s*(?:$|[,;{BREAK}]|\b(?:with|and|plus)\b))"
    r"|(?P<all>it|them|the\s+(?:whole\s+)?lot|all\s+of\s+(?:it|them)|(?:it|them)\s+all"
    r"|the\s+whole\s+thing|everything)\b)",
    re.I,
)
_ONES = re.compile(r"\bones?\s*$", re.I)  # "2 pork ones", "the red velvet one"
_PART = re.compile(r"(?:a\s+)?(?:half|third|quarter)|two\s+thirds|three\s+quarters", re.I)
_FIRST = re.compile(rf"[,;{BREAK}]|\b(?:with|and|plus)\b", re.I)  # where the first item ends
# The amount of what was made, which "3 of them" replaces: "a dozen", "a batch of", "4".
_ARTICLE = re.compile(
    rf"^(?:a|an|the|some|{_NUMBER})\s+(?:(?:dozen|batch|tray|pot|pan|plate|bowl|bag|box|packet)"
    r"\s+(?:of\s+)?)?",
    re.I,
)


def _part_of(part: str, noun: str | None, how: str, made: str) -> str:
    """A part of what was made, in what it was said to come in when the made food does not
    say it: "general tso's chicken", "half the order": half an order of it."""
    if noun is None or re.search(rf"\b{noun}s?\b", made, re.I):
        return f"{part} of {how}{made}"
    article = "an" if noun[0] in "aeiou" else "a"
    return f"{part} of {article} {noun} of {how}{_ARTICLE.sub('', made)}"


def my_share(text: str) -> str:
    """The text with what others had, or what was cooked, read as what the writer ate of it;
    the text as it is when it says nothing of the kind."""
    found = _CLAUSES.match(text)
    if found is None:
        return text
    made, mine = found["made"].strip(), found["mine"]
    pointing = _POINTING.match(mine)
    if pointing is not None:
        # "I boiled 4 eggs and ate 2 of them": 2 boiled eggs (sentences reads the cooking)
        how = f"{found['how']} " if found["how"] else ""
        food = _ARTICLE.sub("", made)
        if pointing["all"]:
            return f"{how}{made}{mine[pointing.end() :]}"
        amount = pointing["amount"] or pointing["count"]
        part = pointing["noun"] or pointing["count"]
        if part and _PART.fullmatch(amount):  # "half the order", "I had half": of all of it
            return f"{_part_of(amount, pointing['noun'], how, made)}{mine[pointing.end() :]}"
        counted = re.fullmatch(_NUMBER, amount, re.I) is not None  # "3 of them": 3 tacos
        joint = " " if counted else " of "
        return f"{amount}{joint}{how}{food}{mine[pointing.end() :]}"
    if (of_it := _of_what_was_made(made, _FIRST.split(mine, 1)[0])) is not None:
        return f"{of_it}, {mine}"
    # The writer's own food after what others had is their meal; after what they cooked, it
    # is one more item (as the text was).
    return mine if found["others"] else text


def _of_what_was_made(made: str, first: str) -> str | None:
    """What was made, said before the writer's first item when that item is only an amount
    of it ("we ordered wings and I ate half a dozen": of the wings) or one of its kind ("we
    got cupcakes, I had the red velvet one", without its amount: `ones` names it); None when
    the item names a food of its own."""
    if is_amount(first):
        return made
    return _ARTICLE.sub("", made) if _ONES.search(first) else None


# One thing split with one other person ("split a pizza with my husband"): half of it.
_ONE_OTHER = (
    r"husband|wife|partner|boyfriend|girlfriend|bf|gf|friend|mate|sister|brother|mum|mom|dad"
    r"|son|daughter|flatmate|roommate|housemate|colleague|coworker|date|other\s+half|hubby"
)
_SPLIT_WITH = re.compile(
    # "we shared a pizza with my sister" is three people: not a half
    r"(?<!\bwe\s)(?<!\bthey\s)\b(?:split|shared)\s+(?=(?:a|an|one|the)\s[^,.;!?]{0,80}?\bwith\s+(?:my|our|the|his|her)\s+"
    rf"(?:{_ONE_OTHER})\b)",
    re.I,
)
# Several others a thing was shared with ("with 3 mates"): the writer had a part of it too.
_OTHER_PEOPLE = (
    r"others|people|mates|friends|pals|buddies|guys|lads|girls|colleagues|coworkers|workmates"
    r"|kids|children|sisters|brothers|cousins|flatmates|roommates|housemates|of\s+us"
)
# One thing split several ways ("split a bottle of prosecco 3 ways", "shared a pizza between
# the four of us"): that part of it.
_WAYS = {"2": "half of", "two": "half of", "3": "a third of", "three": "a third of",
         "4": "a quarter of", "four": "a quarter of", "6": "a sixth of", "six": "a sixth of",
         "8": "an eighth of", "eight": "an eighth of"}  # fmt: skip
_SPLIT_WAYS = re.compile(
    r"\b(?:(?:we|they)\s+)?(?:split|shared)\s+(?P<what>(?:a|an|one|the)\s[^,.;!?]{0,80}?)\s+"
    r"(?:(?P<n>\w+)\s+ways"
    r"|(?:between|among(?:st)?)\s+(?:(?:the|all)\s+)?(?P<us>\w+)\s+(?:of\s+us|people)"
    rf"|with\s+(?:(?:my|our|the)\s+)?(?P<others>\w+)\s+(?:other\s+)?(?:{_OTHER_PEOPLE}))\b"
    # the part each had, said after it ("with 3 mates, a quarter each"), is the part
    r"(?P<said>[^.;!?]*\b(?:each|i\s+(?:had|ate|got)|slices?|pieces?|half|third|quarter)\b)?",
    re.I,
)


# A thing for the writer and others ("fries for me and the kids", "a pizza for me and my
# wife"): "for us", which the resolver asks about (`healthbot.food.asides.for_others`), the
# "and" being no list of foods.
_FOR_ME_AND = re.compile(
    r"\bfor\s+(?:me|myself)\s+and\s+(?:my|our|the)\s+(?:\w+\s+)?"
    rf"(?:kids?|family|children|friends?|guests|parents|boys|girls|mates|{_ONE_OTHER})\b",
    re.I,
)


def split_shares(text: str) -> str:
    """The text with a thing split with one other person or several ways said as the part
    the writer had ("split a bottle of red with my husband": half of a bottle of red), and
    a thing for the writer and others said as for us."""
    if _PART_SAID.search(text) is None:  # "..., so half of it": the part is said
        text = _SPLIT_WITH.sub("half of ", text)
    return _SPLIT_WAYS.sub(_part, _FOR_ME_AND.sub("for us", text))


_PART_SAID = re.compile(r"\b(?:half|halves|quarter|third)\b", re.I)


def _part(found: re.Match[str]) -> str:
    if found["said"]:  # "shared a pizza with 3 mates, a quarter each": the part said
        return f"{found['what']}{found['said']}"
    ways = (found["n"] or found["us"] or "").lower()
    if found["others"]:  # "with 3 mates": four of them
        number = _NUMBERS.get(found["others"].lower())
        ways = "" if number is None else str(number + 1)
    number = _NUMBERS.get(ways)
    # "split a bottle of wine 5 ways": a fifth, said as a number ("a fifth" is a US bottle)
    part = _WAYS.get(ways) or (f"1/{number} of" if number is not None and number > 1 else None)
    return found[0] if part is None else f"{part} {found['what']}"


_NUMBERS = {**{str(n): n for n in range(1, 10)}, "one": 1, "two": 2, "three": 3, "four": 4,
            "five": 5, "six": 6, "seven": 7}  # fmt: skip
