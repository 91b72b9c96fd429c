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
from fractions import Fraction
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


# What a thing shared is said by: up to a clause's end, a decimal point kept ("a 1.25L coke").
_THING = r"(?:[^,.;!?]|(?<=\d)\.(?=\d))"
# A part of the thing said before it ("shared half a cantaloupe"): the share is of that part.
_PART_FIRST = (
    r"(?P<part>(?:half|a\s+third|a\s+quarter|1/2|1/3|1/4)\s+(?:of\s+)?(?=(?:a|an|the)\s))?"
)
_PARTS = {"half": Fraction(1, 2), "third": Fraction(1, 3), "quarter": Fraction(1, 4)}

# One thing split with one other person ("split a pizza with my husband"): half of it.
_ONE_OTHER = (
    r"husband|wife|partner|boyfriend|girlfriend|bf|gf|friend|mate|sister|brother|mum|mom|dad"
    r"|son|daughter|flatmate|roommate|housemate|colleague|coworker|date|other\s+half|hubby"
)
_SPLIT_WITH = re.compile(
    # "we shared a pizza with my sister" is three people: not a half
    rf"(?<!\bwe\s)(?<!\bthey\s)\b(?:split|shared)\s+{_PART_FIRST}"
    rf"(?=(?:a|an|one|the)\s{_THING}{{0,80}}?\bwith\s+(?:my|our|the|his|her)\s+(?:{_ONE_OTHER})\b)",
    re.I,
)
# Two people who split or shared one thing ("my sister and I split a pizza", "me and my mate
# shared a bag of chips", "we shared a bottle of wine"): each had half of it, unless the text
# says what part.
_SPLIT_IN_TWO = re.compile(
    r"\b(?:(?:my\s+)?[a-z]+\s+and\s+i|(?:me|i)\s+and\s+(?:my|our|the)\s+[a-z]+|we"
    rf"|the\s+two\s+of\s+us|both\s+of\s+us)\s+(?:split|shared)\s+{_PART_FIRST}"
    # not when the part is said ("so half of it"), nor shared with more ("with my sister")
    r"(?=(?:a|an|one|the)\s)(?!.*\b(?:half|halves|quarter|third|with\s+(?:my|our|the|his|her)"
    r"|between|among|amongst|ways)\b)",
    re.I,
)
# Several others a thing was shared with ("with 3 mates"): the writer had a part of it too.
_OTHER_PEOPLE = (
    r"others|people|mates|friends|pals|buddies|guys|lads|girls|colleagues|coworkers|workmates"
    r"|kids|children|sisters|brothers|cousins|flatmates|roommates|housemates|of\s+us"
)
# One thing split several ways ("split a bottle of prosecco 3 ways", "shared a pizza between
# the four of us"): that part of it.
_SPLIT_WAYS = re.compile(
    rf"\b(?:(?:we|they)\s+)?(?:split|shared)\s+{_PART_FIRST}"
    rf"(?P<what>(?:a|an|one|the)\s{_THING}{{0,80}}?)\s+"
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
    """The text with a thing split between two, with one other person or several ways said
    as the part the writer had ("split a bottle of red with my husband": half of a bottle of
    red; "my wife and I shared half a cantaloupe": a quarter of one), and a thing for the
    writer and others said as for us."""
    text = _SPLIT_IN_TWO.sub(lambda found: _share(found, 2), text)
    text = _SPLIT_WITH.sub(_with_one_other, text)
    return _SPLIT_WAYS.sub(_part, _FOR_ME_AND.sub("for us", text))


def _with_one_other(found: re.Match[str]) -> str:
    """A thing shared with one other person: half of it, unless the text says elsewhere what
    part the writer had ("..., so half of it")."""
    rest = found.string[: found.start()] + found.string[found.end() :]
    return found[0] if _PART_SAID.search(rest) else _share(found, 2)


def _share(found: re.Match[str], people: int) -> str:
    """The part the writer had of a thing shared by `people`, said before the thing, of the
    part of it said first ("shared half a cantaloupe" by two: a quarter of a cantaloupe)."""
    share = Fraction(1, people) * _part_said(found["part"])
    return f"{_fraction(share)} "


def _part_said(part: str | None) -> Fraction:
    """The part of a thing said before it ("half", "a quarter of", "1/3"); 1 when none is."""
    if not part:
        return Fraction(1)
    word = part.split()[-2] if part.split()[-1] == "of" else part.split()[-1]
    return _PARTS.get(word) or Fraction(word)


def _fraction(share: Fraction) -> str:
    """A part said as the parser reads it: "half of", "a sixth of", "1/5 of"."""
    words = {Fraction(1, 2): "half of", Fraction(1, 3): "a third of",
             Fraction(1, 4): "a quarter of", Fraction(1, 6): "a sixth of",
             Fraction(1, 8): "an eighth of"}  # fmt: skip
    return words.get(share) or f"{share.numerator}/{share.denominator} of"


_PART_SAID = re.compile(r"\b(?:half|halves|quarter|third)\b", re.I)


def _part(found: re.Match[str]) -> str:
    if found["said"]:  # "shared a pizza with 3 mates, a quarter each": the part said
        return f"{found['what']}{found['said']}"
    ways = (found["n"] or found["us"] or "").lower()
    if found["others"]:  # "with 3 mates": four of them
        number = _NUMBERS.get(found["others"].lower())
        ways = "" if number is None else str(number + 1)
    number = _NUMBERS.get(ways)
    if number is None or number < 2:
        return found[0]
    # "split a bottle of wine 5 ways": a fifth, said as a number ("a fifth" is a US bottle)
    return f"{_share(found, number)}{found['what']}"


_NUMBERS = {**{str(n): n for n in range(1, 10)}, "one": 1, "two": 2, "three": 3, "four": 4,
            "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "10": 10,
            "12": 12, "twelve": 12}  # fmt: skip
