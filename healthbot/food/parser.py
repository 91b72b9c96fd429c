"""Parse what people type when they log food ("2 eggs and a slice of toast") into items.

Free of aiogram and of the database: `parse_meal` turns text into `ParsedItem`s (quantity,
unit, size, food words) or raises `FoodParseError` with a `problem` the caller turns into a
reply. Decisions, chosen so that a mistake is visible in the confirmation rather than silent:

- Items are split on commas, semicolons, new lines, "+", "&", "and", "plus", "then" and
  "with" ("oatmeal with milk and a banana" is three items), except inside a few dish names
  ("mac and cheese", "half and half") and "one and a half".
- A comma between digits is a decimal comma ("1,5 l"), except before exactly three digits,
  which is a thousands separator ("1,500 g").
- A range is its middle ("2-3 eggs" is 2.5); "a couple" is 2, "a few" and "several" are 3.
- A minus sign before a number is an error, never dropped; "- 2 eggs" (a dash and a space)
  is a bulleted list line.
- What Python's float() reads but no one eats ("nan", "inf", "infinity", "1e999", any case,
  any sign) is a number that cannot be read: refused, neither taken as an amount nor left in
  the food's name, where search would pass over it and log the rest ("nan eggs" as an egg).
- No quantity means one (`quantity_typed` is False so that the caller can pick a serving);
  an amount alone after such a food is that food's: with a unit after any joint ("rice,
  1.5 cups"), counted after a comma ("wings, half a dozen"); one no food before it can take
  ("2 eggs, 3", "eggs and 3") is an item of its own, `unnamed`, whose food is asked;
  after a vessel of a food it is what was eaten of it ("a pot of quinoa, a cup").
- The whole message is refused when any item is implausible: more than `MAX_GRAMS` of a mass
  or volume in one item, or more than `MAX_COUNT` of anything else; nothing is half-logged.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from typing import Final

from healthbot.food.amounts import amount_alone, is_amount, read_amount, span_words
from healthbot.food.described import MEASURING, part_of_the_cup, qualifying
from healthbot.food.fits import fits, fitted_elsewhere
from healthbot.food.item import ParsedItem, check_plausible, parse_item
from healthbot.food.ones import with_ones_named
from healthbot.food.problems import (
    MAX_COUNT,
    MAX_FOOD_CHARS,
    MAX_GRAMS,
    MAX_ITEMS,
    MAX_TEXT,
    FoodParseError,
    ParseProblem,
)
from healthbot.food.quantities import read_number
from healthbot.food.repeats import with_repeats
from healthbot.food.second_thoughts import MARKS, after_second_thought
from healthbot.food.shared_words import with_shared_words
from healthbot.food.splitting import pieces, split_items
from healthbot.food.trailing import cooked_after, uncooked_tail, unprepared
from healthbot.food.units import Unit, singular

__all__ = [
    "HOLDERS",
    "MAX_COUNT",
    "MAX_FOOD_CHARS",
    "MAX_GRAMS",
    "MAX_ITEMS",
    "MAX_TEXT",
    "FoodParseError",
    "ParseProblem",
    "ParsedItem",
    "is_amount",
    "parse_meal",
    "read_amount",
    "singular",
    "split_items",
]


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")

# What a food is cooked or served in for many: "a big pot of chili", "a batch of cookies".
_VESSELS = frozenset(
    {"pot", "batch", "pan", "tray", "casserole", "pitcher", "jug", "skillet", "crockpot",
     "saucepan", "sheet"}
)  # fmt: skip


# What is made in a pot of its own, named by the pot alone: "made a cafetiere, had 2 mugs".
_MAKERS: Final = {
    "cafetiere": "coffee", "french press": "coffee", "coffee pot": "coffee",
    "moka pot": "coffee", "percolator": "coffee", "teapot": "tea", "tea pot": "tea",
}  # fmt: skip


def _cooked_in(item: ParsedItem) -> str | None:
    """The food of an item that is a vessel of it ("pot of quinoa": "quinoa"; "a cafetiere":
    coffee), else None."""
    if (made := _MAKERS.get(item.food)) is not None:
        return made
    vessel, of, food = [*item.food.split(" ", 2), "", ""][:3]
    return food if vessel in _VESSELS and of == "of" and food else None


# Units that measure: a weight or a kitchen volume (a glass, a splash or a shot is a guess).
def _measured(before: ParsedItem, unit: Unit | None) -> bool:
    """Whether an amount typed after an item says how much it was: a weight or volume after
    one bowl, plate, piece, sized cup or thing ("a steak, about 8 oz"), not after another measure or
    several ("2 bowls of chili, 2 cups": each, or both?)."""
    # "a big cup of lemonade, like 16 oz": a cup with a size is a vessel, not the measure
    vessel = before.unit not in MEASURING or before.size is not None
    return unit in MEASURING and vessel and before.quantity == 1


# "a cup of each" or "a cup each" (an amount for every food named before it without one), "a
# splash of milk in each" (an item for each of what was named before it).
_EACH = re.compile(
    r"(?:(?P<food>.+?)\s+(?:in|on|with)\s+each|(?P<amount>.+?)\s+(?:of\s+)?each)\s*", re.I
)


def _of_each(items: list[ParsedItem], amount_text: str, span: str) -> list[ParsedItem]:
    """The items, each without an amount of its own given this one; as they were when the
    text is no amount ("a cup")."""
    amount = amount_alone(span_words(amount_text))
    if amount is None:
        raise FoodParseError(ParseProblem.NO_FOOD, span)
    value, unit = amount
    return [
        item
        if item.quantity_typed
        else replace(item, quantity=value, unit=unit, quantity_typed=True)
        for item in items
    ]


def parse_meal(text: str) -> list[ParsedItem]:
    """The items of a food-log text, in order; raises `FoodParseError` if it cannot be logged."""
    if len(text) > MAX_TEXT:
        raise FoodParseError(ParseProblem.TOO_LONG)
    text = _CONTROL.sub(" ", text).strip()
    items: list[ParsedItem] = []
    group = 0  # where the items said together last start ("rum and coke")
    for added, after_comma, said in pieces(text):
        # "3 beers, actually make that 4": what was meant changes the items before
        span = said if said[:1] not in MARKS else after_second_thought(items, group, said)
        if not span:
            continue
        if after_comma and not added:
            group = len(items)
        items = _read_span(items, added, after_comma, span)
    # "a chicken drumstick and thigh"; "a donut and a second one"
    items = with_ones_named(with_shared_words(with_repeats(items)))
    if not items:
        pictures = "".join(c for c in text if unicodedata.category(c) == "So")
        if pictures:  # "🫠": a picture, not nothing (a food's is read before: `emoji`)
            raise FoodParseError(ParseProblem.PICTURE, pictures[:MAX_FOOD_CHARS])
        raise FoodParseError(ParseProblem.EMPTY)
    return items


def _read_span(
    items: list[ParsedItem], added: bool, after_comma: bool, span: str
) -> list[ParsedItem]:
    """The items with one more span read: an item, an amount of one before, or a word that
    only qualifies the one before."""
    if (each := _EACH.fullmatch(span)) is not None and items:
        return _with_each(items, each, span, added)
    # Only after a first item can a span be an amount alone (tokenized once for both).
    words = span_words(span) if items else None
    if words is not None and _some_of(items, words, span):
        return items
    if words is not None:
        words = qualifying(items, words, span, after_comma and not added)
        if not words:
            return items
    alone = None if words is None else amount_alone(uncooked_tail(unprepared(words)))
    try:
        if alone is not None and alone[1] is not None:
            # "red bull, the small 8.4 oz can": an amount alone, whatever words it has
            raise FoodParseError(ParseProblem.NO_FOOD, span)
        item = parse_item(span, added, words)
    except FoodParseError as error:
        amount = alone if error.problem is ParseProblem.NO_FOOD else None
        if amount is None and (item := _its_food(span)) is not None:
            items.append(item)  # "2 rashers": of bacon
            return items
        if amount is None:
            raise
        item = _placed(items, amount, span, after_comma)
    if item is not None:
        items.extend(part_of_the_cup(items, item))
    return items


def _some_of(items: list[ParsedItem], words: list[str], span: str) -> bool:
    """Whether the span is a count of the things just named ("6 wings, I ate 2 of them": the
    sentence leaves "2 of"), which is then what was eaten of them, out of what held them
    ("a box of 12 donuts, 3 of them": 3 donuts); a part ("half of it") is read as any
    amount alone is."""
    amount = amount_alone(words[:-1]) if len(words) > 1 and words[-1] == "of" else None
    if amount is None or amount[1] is not None or amount[0] < 1:
        return False
    before = items[-1]
    if before.unit is None:
        said = replace(before, quantity=amount[0], quantity_typed=True)
    else:  # a box of 12 of them: the food without its count
        food = before.food.split()
        counted = read_number(food[0]) is not None and len(food) > 1
        said = parse_item(f"{amount[0]:g} {' '.join(food[counted:])}", before.added) or before
    items[-1] = replace(said, span=f"{before.span}, {span}")
    return True


# What holds a filling ("a bacon sandwich, 4 slices": of the bacon), named last.
HOLDERS = frozenset(
    {"sandwich", "sandwiches", "sarnie", "butty", "buttie", "roll", "rolls", "bap", "bun",
     "toastie", "wrap", "sub", "panini", "bagel", "burger", "taco", "tacos", "pie"}
)  # fmt: skip


def _named_before(items: list[ParsedItem], span: str, said_apart: bool) -> bool:
    """An amount typed alone that the item before cannot take ("a bacon roll, 3 rashers";
    "bacon and eggs, 2 eggs and 3 rashers"), put on the food named before in another shape:
    the filling of what holds it (an item of its own after the dish, which keeps its bread),
    else the first food named without an amount of its own;
    False (nothing changed) when there is none, or the amount was not said apart (after a
    comma, or with a unit: "eggs and 3" says nothing)."""
    if not said_apart or not items:
        return False
    last = items[-1]
    *filling, holder = last.food.split()
    if filling and holder in HOLDERS:  # the dish stays, with the amount of its filling
        items.append(parse_item(f"{span} {' '.join(filling)}", True) or last)
        return True
    # "poached eggs on sourdough, two eggs and one slice": the slice is the sourdough's,
    # the eggs having been given their amount again
    unit = amount_alone(span_words(span))
    named = [i for i, item in enumerate(items)
             if not item.quantity_typed and not _named_again(item, items[i + 1 :])]  # fmt: skip
    # the first it fits ("beans on toast, half a tin of heinz over 2 slices": the toast's)
    fitting = [i for i in named if unit is not None and fits(items[i], unit[1])]
    at = next(iter(fitting or named), None)
    if at is None:
        return False
    items[at] = parse_item(f"{span} {items[at].food}", items[at].added) or items[at]
    return True


def _named_again(item: ParsedItem, after: list[ParsedItem]) -> bool:
    """Whether a food named without an amount is named again after with one ("eggs on
    toast, 2 eggs": the eggs)."""
    words = {singular(word) for word in item.food.split()}
    return any(
        later.quantity_typed and {singular(word) for word in later.food.split()} <= words
        for later in after
    )


def _with_each(
    items: list[ParsedItem], each: re.Match[str], span: str, added: bool
) -> list[ParsedItem]:
    """ "brown rice and black beans, a cup of each"; "coffee with milk in each"; "3 dates
    with a tsp of peanut butter each" (an item of its own, for each of the last)."""
    item = parse_item(each["food"], added) if each["food"] else None
    if each["amount"] and not is_amount(each["amount"]):
        item = parse_item(each["amount"], added)  # "a tsp of peanut butter each"
        if item is None or not item.quantity_typed:  # "lots of each": said again, not guessed
            raise FoodParseError(ParseProblem.NO_FOOD, span)
    elif each["amount"]:
        items = _of_each(items, each["amount"], span)
    if item is None:
        return items
    # "two mugs of tea, milk and one sugar in each": in each of the last things counted, with
    # what was named after them without an amount ("milk") in each as well
    at = next((i for i in range(len(items) - 1, -1, -1) if items[i].quantity_typed), None)
    times = 1.0 if at is None else items[at].quantity
    if at is not None and each["food"]:
        items = [
            *items[: at + 1],
            *(replace(i, quantity=i.quantity * times) for i in items[at + 1 :]),
        ]
    return [*items, replace(item, quantity=item.quantity * times, span=span)]


def _placed(
    items: list[ParsedItem], amount: tuple[float, Unit | None], span: str, after_comma: bool
) -> ParsedItem | None:
    """The item an amount typed alone makes (`_amount_alone`), else an item of its own
    whose food is asked ("2 eggs, 3": the eggs are logged and the 3 asked about)."""
    if (named := _its_food(span)) is not None:
        return named  # "a blt, 3 rashers": of bacon (the recipe's, which it says again)
    try:
        return _amount_alone(items, amount, span, after_comma)
    except FoodParseError as unplaced:
        if unplaced.problem is not ParseProblem.NO_FOOD:
            raise
    item = ParsedItem(*amount, None, span.lower(), span, unnamed=True)
    check_plausible(item)
    return item


# Units that say their food: a rasher is bacon's, a pat or a knob butter's.
_UNIT_OF: Final = {"rasher": "bacon", "rashers": "bacon", "pat": "butter", "pats": "butter",
                   "knob": "butter", "knobs": "butter"}  # fmt: skip


def _its_food(span: str) -> ParsedItem | None:
    """An amount alone in a unit that says its food ("2 rashers", "a knob") as that food's;
    None for any other span."""
    words = span_words(span)
    if not words or words[-1] not in _UNIT_OF or amount_alone(words) is None:
        return None
    return parse_item(f"{span} of {_UNIT_OF[words[-1]]}")


def _amount_alone(
    items: list[ParsedItem], amount: tuple[float, Unit | None], span: str, after_comma: bool
) -> ParsedItem | None:
    """The item an amount typed alone makes (None: it changed one of `items`): the item
    before with it (`_amount_of_before`), else the food named before in another shape
    (`_named_before`); raises `FoodParseError` (no food) when it is neither's."""
    if after_comma and _holds_the_dish(items, amount[1], span):
        return None  # "frosties with semi skimmed, one bowl": a bowl of the frosties
    tried = list(items)  # `items` stay as they were should the amount not be the one's before
    try:
        item = _amount_of_before(tried, amount, span, after_comma)
    except FoodParseError as refused:
        said_apart = after_comma or amount[1] is not None
        if refused.problem is not ParseProblem.NO_FOOD or not _named_before(
            items, span, said_apart
        ):
            raise
        return None
    items[:] = tried
    return item


def _amount_of_before(
    items: list[ParsedItem], amount: tuple[float, Unit | None], span: str, after_comma: bool
) -> ParsedItem | None:
    """The item before (taken off `items`) with the amount typed after it; raises
    `FoodParseError` (no food) when the amount is not its to take."""
    value, unit = amount
    before = items[-1]
    if fitted_elsewhere(before, unit, items[:-1]):
        # "beans on toast, a tin": the beans'; "rum and coke, one shot": the rum's
        raise FoodParseError(ParseProblem.NO_FOOD, span)
    if unit is None and 0 < value < 1:
        # "a large pizza, so half of it": a part of what was just named
        items.pop()
        return replace(before, quantity=before.quantity * value, span=f"{before.span}, {span}")
    if not (after_comma or unit is not None):
        raise FoodParseError(ParseProblem.NO_FOOD, span)
    if after_comma and _parts_of_one(before, unit):
        # "a large pepperoni pizza, 4 slices": 4 slices of it, not of what the pizza holds
        items.pop()
        size = f"{before.size} " if before.size is not None else ""
        return parse_item(f"{span} of {size}{before.food}", before.added)
    if after_comma and _one_in(before, value, unit):
        # "a buko juice, one glass": the one it named, in that vessel
        items.pop()
        size = f"{before.size} " if before.size is not None else ""
        return parse_item(f"{_THE_WHOLE.sub('', span)} of {size}{before.food}", before.added)
    cooked = _cooked_in(before)
    measured = _measured(before, unit)
    if before.quantity_typed and cooked is None and not measured:
        raise FoodParseError(ParseProblem.NO_FOOD, span)  # "2 eggs, 3": not ours to guess
    # An amount after a food is that food's: "rice, 1.5 cups", "wings, half a dozen";
    # after what it was cooked in, what was eaten of it ("a pot of quinoa, a cup");
    # after a bowl or a piece, what it measured ("a big bowl of pasta, probably 3 cups").
    items.pop()
    if measured and cooked is None:
        restated = f"{before.span}, {span}"
        named = before.food.split()  # "zucchini, 1 cup sauteed": sauteed zucchini
        how = [word for word in cooked_after(span_words(span)) if word not in named]
        item = replace(
            before, quantity=value, unit=unit, size=None, food=" ".join([*how, *named]),
            span=restated, quantity_typed=True,
        )  # fmt: skip
        check_plausible(item)  # "a steak, 99999 g" is refused as typed before the food
        return item
    said = _THE_WHOLE.sub("", span)  # "soup, the whole can": a can of it
    return parse_item(f"{said} {cooked or before.span}", before.added)


_PARTS: Final = frozenset({Unit.SLICE, Unit.PIECE, Unit.WEDGE})
# What a food or a dish is served or sold in, one of which holds all of it.
_HOLDING: Final = frozenset(
    {Unit.GLASS, Unit.BOWL, Unit.CAN, Unit.BOTTLE, Unit.BAG, Unit.BOX, Unit.PACKAGE, Unit.JAR,
     Unit.CONTAINER, Unit.SERVING}
)  # fmt: skip


def _one_in(before: ParsedItem, value: float, unit: Unit | None) -> bool:
    """Whether an amount said after the item is the one thing it named, in what held it ("a
    coconut water, one glass"; not "2 beers, a can", nor "a coke, 2 cans")."""
    one = before.quantity == 1 and before.unit is None and not before.unnamed
    return one and value == 1 and unit in _HOLDING


def _holds_the_dish(items: list[ParsedItem], unit: Unit | None, span: str) -> bool:
    """Whether an amount in what holds a dish ("one bowl"), said after what "with" added to
    it, is the dish's ("frosties with semi skimmed, one bowl"): then the dish before the
    additions takes it (they keep their own amounts: milk on cereal is the usual splash)."""
    if not items or not items[-1].added or unit not in _HOLDING:
        return False
    at = next((i for i in range(len(items) - 1, -1, -1) if not items[i].added), None)
    if at is None or items[at].unit is not None or items[at].quantity != 1:
        return False
    dish = items[at]
    items[at] = parse_item(f"{_THE_WHOLE.sub('', span)} of {dish.food}") or dish
    return True


def _parts_of_one(before: ParsedItem, unit: Unit | None) -> bool:
    """Whether an amount in `unit` said after the item is a count of the parts of the one
    whole it named ("a pizza, 3 slices"; not "a ham sandwich, 2 slices", of the ham)."""
    whole = before.quantity == 1 and before.unit is None and not before.unnamed
    return whole and unit in _PARTS and before.food.split()[-1] not in HOLDERS


_THE_WHOLE = re.compile(r"^the\s+(?:whole\s+|entire\s+)?", re.I)
