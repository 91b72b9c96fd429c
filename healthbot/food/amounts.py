"""The words of an item as the parser reads them, and an amount said alone ("about 2 cups",
"half a dozen"): what the parser, an amount question's answer and a shared dish's share
("3 of them") read."""

from __future__ import annotations

from healthbot.food.aliases import ALIASES
from healthbot.food.quantities import (
    ARTICLES,
    and_a_half,
    read_measure,
    read_number,
    read_quantity,
    token_at,
    tokenize,
)
from healthbot.food.spelling import unit_slip
from healthbot.food.units import (
    GRAMS_PER_UNIT,
    ML_PER_UNIT,
    NAMED_VOLUMES,
    SIZE_ALIASES,
    UNIT_ALIASES,
    Unit,
    jug_ml,
    pint_ml,
)

# Words before the quantity that say nothing about it: "I had about 2 eggs".
LEADING_FILLER = frozenset(
    {"i", "had", "ate", "have", "just", "about", "around", "approx", "approximately",
     "roughly", "maybe", "some", "like", "probably", "prob", "perhaps", "nearly", "almost",
     "easily", "so", "which", "was", "is", "that", "s", "guess", "guessing", "est", "estimated",
     "for", "also"}
)  # fmt: skip


def span_words(text: str) -> list[str]:
    """A span's tokens, "a cup and a half" read as 1.5 cup, a unit's typo after an amount
    mended ("a handfull of"): what both the amount alone and the item read (`amount_alone`,
    `_parse_item`), so a piece is tokenized once."""
    tokens = and_a_half(tokenize(text))
    for index in range(1, len(tokens)):
        before = tokens[index - 1]
        if before in _BEFORE_UNIT or read_number(before) is not None:
            tokens[index] = unit_slip(tokens[index], UNIT_ALIASES) or tokens[index]
    return _named_volumes(tokens)


def _named_volumes(tokens: list[str]) -> list[str]:
    """The tokens with a glass or can named by its size read as its millilitres: "3
    schooners of beer" as "3 x 425 ml of beer", "a tallboy of bud" as "a x 473 ml of bud",
    "a pint of lager" as a pub's pint (`pint_ml`); named last ("a schooner"), the glass is
    the beer's own name, not an amount."""
    if not any(
        word in NAMED_VOLUMES or word in _FIRST_WORDS or word in _PINTS or word in _HALVES
        for word in tokens
    ):
        return tokens
    read: list[str] = []
    index = 0
    while index < len(tokens):
        two = " ".join(tokens[index : index + 2])
        word = two if two in NAMED_VOLUMES else tokens[index]
        volume = NAMED_VOLUMES.get(word)
        if word in _PINTS and tokens[index + 1 : index + 2] == ["of"]:
            volume = pint_ml(tokens[index + 2 :])
        elif word in _JUGS:  # "a jug of lager"; not "a jug of gravy"
            of = tokens[index + 1 : index + 2] == ["of"]
            volume = jug_ml(tokens[index + 2 :]) if of else None
        elif word in _HALVES and tokens[index + 1 : index + 2] == ["of"] and read:
            # "a half of lager", "2 halves of cider": a pub's half pint
            pint = pint_ml(tokens[index + 2 :])
            volume = None if pint is None else pint / 2
        if index + len(word.split()) == len(tokens):
            volume = None  # "a schooner", "2 tinnies": the beer named by its glass (`VESSELS`)
        if volume is None:
            read.append(tokens[index])
            index += 1
            continue
        count = read[-2] if read[-1:] == ["of"] and len(read) > 1 else read[-1] if read else ""
        counted = count in _COUNTS or read_number(count) is not None
        if counted and read[-1] == "of":
            read.pop()  # "a couple of schooners": a couple x 425 ml
        read.extend([*(["x"] if counted else []), f"{volume:g}", "ml"])
        index += len(word.split())
    return read


_FIRST_WORDS = frozenset(name.split()[0] for name in NAMED_VOLUMES if " " in name)  # "tall boy"
_PINTS = frozenset({"pint", "pints"})
_JUGS = frozenset({"jug", "jugs"})
_HALVES = frozenset({"half", "halves"})
_COUNTS = ARTICLES | {"half", "one", "quarter", "couple", "few"}


# Words after which a unit is typed: "a peice", "half a handfull", "a large slcie".
_BEFORE_UNIT = ARTICLES | frozenset(SIZE_ALIASES) | {"half", "quarter", "dozen", "few", "couple"}


def is_amount(text: str) -> bool:
    """Whether a text is an amount and nothing else: "half a dozen", "about 2 cups"."""
    return amount_alone(span_words(text)) is not None


def read_amount(text: str) -> tuple[float, Unit] | None:
    """An amount with a unit ("2 tbsp", "1/2 cup", "16 fl oz"), or None if the text is none."""
    found = amount_alone(span_words(text))
    return None if found is None or found[1] is None else (found[0], found[1])


# What may come before an amount said alone: "the small 8.4 oz can" is its amount.
_AMOUNT_FILLER = LEADING_FILLER | {"the"} | frozenset(SIZE_ALIASES)


def amount_alone(tokens: list[str]) -> tuple[float, Unit | None] | None:
    """The amount a span's tokens (`span_words`) are when they are one and nothing else: with a
    unit ("1.5 cups", "about a cup") or counted ("4 of", "half a dozen"); None otherwise."""
    start = 0
    while start < len(tokens) and tokens[start] in _AMOUNT_FILLER:
        start += 1
    the = "the" in tokens[:start]
    if the and token_at(tokens, start) in ("whole", "entire"):
        start += 1  # "the entire bag"
    tokens = tokens[start:]
    value, index = read_quantity(tokens, 0)
    _, unit, index = read_measure(tokens, index)
    if value is None and the and unit is not None:
        value = 1.0  # "the whole can", "the bag": one of it
    if token_at(tokens, index) == "of":
        index += 1
    return None if value is None or index != len(tokens) else (value, unit)


def _numbered(name: str) -> bool:
    number, _, rest = name.partition(" ")
    return number.isdigit() and bool(rest) and rest not in ALIASES


NUMBERED_NAMES: frozenset[str] = frozenset(filter(_numbered, ALIASES))
"""Common names that start with a number which counts nothing ("3 musketeers", "4 finger
kitkat"; not "2 milk", which is milk)."""


def leading_quantity(tokens: list[str]) -> tuple[float | None, int]:
    """The quantity an item's tokens start with, and the index past it: "a 6 oz steak" and
    "one 200g yogurt" count one of what follows (6, at "oz"), but a number after "a" with no
    unit is a name's ("a 7 layer dip": one), and so is one that begins a common name ("3
    musketeers, 1 bar": none); "half an 8 oz bag" is half of that amount (4, at "oz")."""
    if any(" ".join(tokens[:length]) in NUMBERED_NAMES for length in (2, 3, 4)):
        return None, 0
    value, index = read_quantity(tokens, 0)
    ahead = read_number(token_at(tokens, 1))
    if tokens[0] in ("a", "an", "one") and index == 1 and ahead is not None:
        counted, past = read_quantity(tokens, 1)
        size, unit, _ = read_measure(tokens, past)
        if unit is None and size is None and past < len(tokens):
            return 1.0, 1  # "a 3 musketeers bar", "a 4 cheese pizza": the number is a name's
        return counted, past
    if value is not None and value < 1 and token_at(tokens, index - 1) in ("a", "an", "the"):
        return _part_of_amount(tokens, value, index)
    return value, index


def _part_of_amount(tokens: list[str], part: float, index: int) -> tuple[float, int]:
    """A part of the weight or volume at `index` ("half an | 8 oz bag": 4, at "oz"; "a
    third of the | big 8 oz bag" the same); the part and `index` as they are when no such
    amount is there."""
    if token_at(tokens, index) in SIZE_ALIASES and read_number(token_at(tokens, index + 1)):
        index += 1  # the size a weight says already
    if read_number(token_at(tokens, index)) is None:
        return part, index
    whole, after = read_quantity(tokens, index)
    _, unit, _ = read_measure(tokens, after)
    if whole is None or not (unit in GRAMS_PER_UNIT or unit in ML_PER_UNIT):
        return part, index
    return part * whole, after
