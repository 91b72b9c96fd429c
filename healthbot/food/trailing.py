"""Words typed after a food that say how much of it there was or only qualify it: "chicken
breast 150g", "toast x2", "zucchini 1 cup sauteed"; "half a mango, cut up", "the regular
1.5 oz bar", "smallish ones". The parser reads an item's tokens with these."""

from __future__ import annotations

from healthbot.food.amounts import amount_alone
from healthbot.food.quantities import NUMBER_WORDS, read_measure, read_number, read_quantity
from healthbot.food.units import SIZE_ALIASES, Size, Unit

__all__ = ["cooked_after", "qualifier", "trailing", "uncooked_tail", "unprepared"]


def trailing(tokens: list[str]) -> tuple[float, Size | None, Unit | None, list[str]] | None:
    """A quantity typed after the food: "chicken breast 150g", "toast x2", "coffee 1 cup";
    words of how it was cut or cooked after it go with the food ("zucchini 1 cup sauteed":
    sauteed zucchini, "melon 1 cup cubed": melon)."""
    ended = len(tokens)
    while ended > 1 and (tokens[ended - 1] in _PREPARED or tokens[ended - 1] in _COOKED_AFTER):
        ended -= 1
    cooked = [word for word in tokens[ended:] if word in _COOKED_AFTER]
    for start in range(ended - 1, 0, -1):
        if read_number(tokens[start]) is None:
            continue
        value, end = read_quantity(tokens, start)
        size, unit, end = read_measure(tokens, end)
        if unit is None and end == ended - 1 and tokens[end] in _ORDERS:
            # "nachos one order": an order of nachos
            return value or 1.0, size, None, [*cooked, tokens[end], "of", *tokens[:start]]
        if tokens[start] in NUMBER_WORDS and unit is None:
            continue  # "coke zero", "7 up": a name; "toast one slice": its amount
        if value is not None and end == ended and (unit is not None or ended == len(tokens)):
            food = tokens[: start - 1] if tokens[start - 1] == "x" else tokens[:start]
            return value, size, unit, [*cooked, *food]
    return None


# A restaurant's order of a dish, said with a count after it ("nachos one order"): read as
# said before it ("an order of nachos"), the order being a measure of the dish's.
_ORDERS = frozenset({"order", "orders"})


# How a food was cooked, said after its amount: "zucchini 1 cup sauteed".
_COOKED_AFTER = frozenset(
    {"sauteed", "steamed", "boiled", "grilled", "roasted", "baked", "fried", "cooked", "raw",
     "microwaved", "poached", "scrambled", "mashed", "toasted", "broiled", "stewed"}
)  # fmt: skip


# What says how the food before was cut or served, not a food: "half a mango, cut up", "a
# can of chickpeas, drained", "a cup sliced", "2 slices of bacon crumbled".
_PREPARED = frozenset(
    {"sliced", "diced", "chopped", "cut", "drained", "rinsed", "crumbled", "shredded",
     "halved", "quartered", "cubed", "peeled", "minced", "cored", "pitted", "deseeded"}
)  # fmt: skip
# Words that point back at the food before ("smallish ones", "the big one", "the regular
# 1.5 oz bar"), and size words said loosely.
_POINTING = frozenset(
    {"the", "a", "an", "one", "ones", "regular", "size", "sized", "bar", "kind", "up"}
)
# they qualify nothing alone ("7 up"; "a regular one" does)
_NEUTRAL = frozenset({"the", "a", "an", "size", "kind", "up"})
_LOOSE_SIZES = {"smallish": "small", "little": "small", "tiny": "small", "biggish": "big",
                "largish": "large", "huge": "big", "massive": "big", "giant": "big",
                "mediumish": "medium"}  # fmt: skip


def _size_of(word: str) -> Size | None:
    return SIZE_ALIASES.get(_LOOSE_SIZES.get(word, word))


def unprepared(tokens: list[str]) -> list[str]:
    """The tokens without the words of how the food was cut that end them ("bacon
    crumbled"), unless nothing else is left."""
    end = len(tokens)
    while end and (tokens[end - 1] in _PREPARED or tokens[end - 2 : end] == ["cut", "up"]):
        end -= 1
    return tokens[:end] if end else tokens


def uncooked_tail(tokens: list[str]) -> list[str]:
    """The tokens without the words of how the food was cooked that end them ("a cup
    mashed", "about a cup once cooked"), unless nothing else is left: an amount said so is
    an amount still."""
    end = len(tokens)
    while end and tokens[end - 1] in _COOKED_AFTER:
        end -= 1
    if end < len(tokens) and end and tokens[end - 1] in ("once", "when", "after"):
        end -= 1
    return tokens[:end] if end else tokens


def cooked_after(tokens: list[str]) -> list[str]:
    """The words of how the food was cooked that end the tokens ("1 cup sauteed")."""
    return [word for word in tokens[len(uncooked_tail(tokens)) :] if word in _COOKED_AFTER]


def qualifier(tokens: list[str]) -> tuple[Size | None, list[str]] | None:
    """A span that only qualifies the food before it: the size it names, and its words of
    an amount ("the regular 1.5 oz bar": ["1.5", "oz"]); None when it names a food."""
    size, rest, said = None, [], False
    for token in tokens:
        if token in _PREPARED or token in _POINTING:
            said = said or token not in _NEUTRAL
        elif (found := _size_of(token)) is not None:
            size, said = found, True
        else:
            rest.append(token)
    if not said or (rest and amount_alone(rest) is None):
        return None
    return size, rest
