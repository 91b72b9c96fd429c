"""A dish given with its parts: either the dish or its listed parts, never both.

People name a dish and then say what was in it: "stir fry with half a cup of tofu, a cup of
broccoli and a cup of rice", "a chicken wrap: a tortilla, 3 oz chicken and lettuce", "chips and
dip, an ounce of chips and 2 tbsp dip". The parts, which carry the amounts, win:

- a food named without an amount and named again later with one is that later item ("chips
  and dip, an ounce of chips": the ounce of chips), taking the fuller name of the two;
- a dish named without an amount before at least two parts with amounts, one of them the
  dish's base (a wrap's tortilla, an omelette's eggs, a stir fry's rice or noodles, a spag
  bol's spaghetti), is those parts; a salad named by its leaves whose parts do not name them
  keeps its leaves, two cups, as a side salad has them;
- pieces counted after a dish named without an amount ("fried chicken, a breast and a wing")
  are the dish's pieces ("fried chicken breast");
- a salad named by two vegetables ("a tomato and cucumber salad") is those vegetables;
- a dish that holds a filling whose amount is given after it ("a turkey roll, 3 slices"),
  with no recipe of the table's, is what holds it ("a roll") and that filling;
- a sandwich named by fillings the table has no recipe for ("a turkey and swiss sandwich") is
  a sandwich with those fillings, which `recipes` makes of bread and a deli serving.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Final

from healthbot.food.parser import HOLDERS, ParsedItem, parse_meal
from healthbot.food.recipes import BREADS, CHEESES, DELI_MEATS, recipe
from healthbot.food.repeats import said_again
from healthbot.food.text import normalize
from healthbot.food.units import Unit, singular

Mend = Callable[[str], str]

_BREAD_WORDS: Final = frozenset(
    {"bread", "toast", "roll", "bun", "bagel", "rye", "sourdough", "baguette", "ciabatta",
     "pita", "wheat", "white", "multigrain", "brioche", "croissant", "muffin", "focaccia",
     "wholemeal"}
)  # fmt: skip
_PASTA: Final = frozenset(
    {"pasta", "spaghetti", "penne", "noodle", "macaroni", "linguine", "fettuccine", "rigatoni",
     "fusilli", "lasagna", "lasagne", "tagliatelle", "ziti"}
)  # fmt: skip
_PASTA_DISHES: Final = ("bol", "bolognese", "carbonara", "pasta", "spaghetti", "lasagna",
                        "lasagne", "alfredo", "primavera")  # fmt: skip
_GRAINS: Final = frozenset({"rice", "noodle", "quinoa", "couscous"})
_WRAPPED: Final = frozenset({"tortilla", "wrap", "shell"})
_EGGS: Final = frozenset({"egg", "white"})
_OMELETS: Final = frozenset({"omelet", "omelette", "frittata"})
OMELET_EGGS: Final = "omelet eggs"
"""The eggs of an omelette given with its parts, as the common names call them."""
GREENS: Final = frozenset(
    {"spinach", "lettuce", "romaine", "kale", "arugula", "rocket", "greens", "cabbage"}
)
"""Leaves a salad is named by ("a spinach salad")."""
VEGETABLES: Final = GREENS | {
    "tomato", "cucumber", "onion", "pepper", "carrot", "beet", "beetroot", "corn", "bean",
    "avocado", "radish", "celery", "mushroom", "zucchini", "broccoli",
}  # fmt: skip
"""Vegetables a salad is named by ("a tomato and cucumber salad")."""
DISH_BASES: Final[dict[str, frozenset[str]]] = {
    **dict.fromkeys(("sandwich", "toastie", "sub", "panini", "hoagie", "melt"), _BREAD_WORDS),
    **dict.fromkeys(("burrito", "wrap", "quesadilla", "taco", "fajita", "enchilada"), _WRAPPED),
    **dict.fromkeys(("omelet", "omelette", "frittata", "scramble"), _EGGS),
    **dict.fromkeys(_PASTA_DISHES, _PASTA),
    **dict.fromkeys(("fry", "stirfry", "curry", "bowl", "poke", "risotto", "paella"), _GRAINS),
    "salad": GREENS,
}
"""A dish's last word -> the words of its base, one of which its listed parts name."""
SIDE_SALAD: Final = "2 cups"
"""The leaves of a salad named by them whose other parts are listed: a side salad's."""
PIECES: Final = frozenset(
    {"breast", "thigh", "wing", "drumstick", "leg", "tender", "tenderloin", "strip", "nugget"}
)
"""Pieces a dish of a bird is served in ("a breast and a thigh")."""
BIRDS: Final = frozenset({"chicken", "turkey", "duck", "chook"})
_MIN_PARTS: Final = 2


def _words(food: str, mend: Mend) -> list[str]:
    return [singular(word) for word in normalize(mend(food)).split()]


def _untyped(item: ParsedItem) -> bool:
    return not item.quantity_typed and item.unit is None


def with_parts(items: list[ParsedItem], mend: Mend) -> list[ParsedItem]:
    """The items with each dish given with its parts read as those parts (see the module)."""
    parts = _dishes(_salads(_sandwiches(_held(items, mend), mend), mend), mend)
    return _named_again(_pieces(parts, mend), mend)


def _held(items: list[ParsedItem], mend: Mend) -> list[ParsedItem]:
    """A dish that holds a filling, its filling's amount given after it ("a turkey roll, 3
    slices": the parser's), as what holds it and that filling when the table has no recipe
    of the dish ("a roll"; with one, the recipe takes the amount: "a ham sandwich")."""
    read = list(items)
    for index, item in enumerate(read[:-1]):
        *filling, holder = item.food.split()
        after = read[index + 1]
        if (
            filling and holder in HOLDERS and after.added and after.quantity_typed
            and after.food == " ".join(filling) and recipe(mend(item.food)) is None
        ):  # fmt: skip
            read[index] = replace(item, food=holder)
    return read


def _salads(items: list[ParsedItem], mend: Mend) -> list[ParsedItem]:
    """A salad named by what is in it, a vegetable last ("a tomato and cucumber salad", split
    at its "and"): those foods."""
    read: list[ParsedItem] = []
    for item in items:
        words = _words(item.food, mend)
        before = _words(read[-1].food, mend) if read and _one(read[-1]) else []
        if (
            _untyped(item) and len(words) == 2 and words[-1] == "salad"
            and words[0] in VEGETABLES and len(before) == 1
        ):  # fmt: skip
            read.append(replace(item, food=item.food.rsplit(" ", 1)[0]))
        else:
            read.append(item)
    return read


def _named_again(items: list[ParsedItem], mend: Mend) -> list[ParsedItem]:
    """Items named without an amount and named again later with one, as the later item."""
    read = list(items)
    index = 0
    while index < len(read):
        item = read[index]
        later = _later(read, index, mend) if _untyped(item) else None
        if later is None:
            index += 1
            continue
        again = read[later]
        if (shared := _dish_pointed_at(read, index, later, mend)) is not None:
            start, end, dish = shared  # "fish and chips, half of the chips": the fish too
            read[start:end] = dish
            del read[later + len(dish) - (end - start)]
            index = start + len(dish)
            continue
        said = _words(again.food, mend)
        if _toast_of(item, again, mend):
            bread = BREADS[normalize(mend(again.food))].removesuffix(" bread")
            read[later] = replace(again, food=f"{bread} toast")  # "wholemeal toast"
        elif set(said) <= _EGGS_COOKED:
            read[later] = replace(again, food=f"{again.food} {item.food}")  # "2 poached" eggs
        elif len(said) < len(_words(item.food, mend)) and not _of_parts(read, index, mend):
            read[later] = replace(again, food=item.food)  # "chips" after "tortilla chips"
        del read[index]
    return read


def _dish_pointed_at(
    items: list[ParsedItem], index: int, later: int, mend: Mend
) -> tuple[int, int, list[ParsedItem]] | None:
    """The dish the item at `index` is or is a part of (with the item before or after it,
    which the parser split at their "and": "sausage and chips"), read with a part of it that
    the item at `later` points at: where it starts and ends, and its items; else None."""
    around = [(index, index + 1)]
    around += [(index, index + 2)] if index + 1 < later and _untyped(items[index + 1]) else []
    around += [(index - 1, index + 1)] if index and _untyped(items[index - 1]) else []
    for start, end in around:
        dish = items[start]
        if end - start > 1:
            other = items[start + 1]
            food, span = f"{dish.food} and {other.food}", f"{dish.span} and {other.span}"
            dish = replace(dish, food=food, span=span)
        if (made := _part_pointed_at(dish, items[later], mend)) is not None:
            return start, end, made
    return None


def _part_pointed_at(dish: ParsedItem, again: ParsedItem, mend: Mend) -> list[ParsedItem] | None:
    """A dish of the table's recipes named by its parts ("fish and chips") before a part of
    one of them pointed at ("half of the chips", shared with a sister): the dish's items,
    that one in the part said; None for any other pair of items."""
    pointed = _POINTED.match(again.span) is not None and 0 < again.quantity < 1
    parts = recipe(dish.food) or recipe(mend(dish.food)) if pointed and again.unit is None else None
    names = _JOINED.split(normalize(mend(dish.food)))
    said = set(_words(again.food, mend))
    named = next((name for name in names if said <= set(_words(name, mend))), None)
    if parts is None or named is None:
        return None
    # the part by its words ("mash": "1 cup mashed potatoes"), else by its place in the name
    # when the recipe has one part a name ("chips": "1 large french fries")
    at = next((i for i, part in enumerate(parts) if _same_food(named, part, mend)), None)
    if at is None and len(parts) == len(names):
        at = names.index(named)
    if at is None:
        return None
    made = []
    for index, part in enumerate(parts):
        [one] = parse_meal(part)
        share = dish.quantity * (again.quantity if index == at else 1.0)
        span = f"{again.span if index == at else dish.span}: {part}"
        made.append(replace(one, quantity=one.quantity * share, span=span))
    return made


def _same_food(name: str, part: str, mend: Mend) -> bool:
    """Whether a dish's part ("1 cup mashed potatoes") is of the food of a word of its name
    ("mash"), a word of one starting the other's."""
    words = _words(part, mend)
    return any(
        w.startswith(n) or n.startswith(w) for n in _words(name, mend) for w in words if len(w) > 2
    )


_POINTED: Final = re.compile(r"(?:half|a\s+third|a\s+quarter|\d+/\d+)\s+(?:of\s+)?the\s", re.I)
"""A part of something named before ("half of the chips", "a third of the rice")."""
_JOINED: Final = re.compile(r"\s+(?:and|with|n)\s+")


def _of_parts(items: list[ParsedItem], index: int, mend: Mend) -> bool:
    """Whether the food named at `index` is a dish whose parts are named after it, each its
    own item: a name joined by "and" or "with" ("bangers and mash, 2 sausages and a cup of
    mash"), one whose other words another item names ("chicken rice, a cup of rice and
    100g chicken"), or a salad named by no leaf ("salad greens, 2 cups romaine")."""
    food = items[index].food
    words = set(_words(food, mend))
    if " and " in f" {food} " or " with " in f" {food} " or words <= _SALAD_WORDS:
        return True  # "salad greens, 2 cups romaine": the romaine
    named = [set(_words(other.food, mend)) & words for other in items[index + 1 :]]
    return len([found for found in named if found]) >= _MIN_PARTS and len(set().union(*named)) > 1


_SALAD_WORDS: Final = frozenset({"salad", "green", "greens", "leaf", "leaves", "mixed", "side"})
"""The words of a salad named by no leaf ("salad greens"), which a leaf named after says."""
_EGGS_COOKED: Final = frozenset({"poached", "fried", "scrambled", "boiled", "hard", "soft"})
"""How eggs named before were cooked, said with their count alone ("eggs on toast, 2
poached")."""


def _toast_of(item: ParsedItem, again: ParsedItem, mend: Mend) -> bool:
    """Whether a bread with an amount said after toast named without one is that toast ("beans
    on toast, half a tin on 2 slices of wholemeal": wholemeal toast)."""
    bread = normalize(mend(again.food))
    return _words(item.food, mend) == ["toast"] and bread in BREADS and bread != "toast"


def _later(items: list[ParsedItem], index: int, mend: Mend) -> int | None:
    """Which item after `index` names its food again with an amount: the same last word,
    and all of the words of one of the two ("tortilla chips", "chips"; not "chicken salad",
    "chicken")."""
    words = _words(items[index].food, mend)
    for at in range(index + 1, len(items)):
        other = items[at]
        again = _words(other.food, mend)
        if _untyped(other) or not again or not words or said_again(other):
            continue  # "chips and more chips": a second helping, not the chips named again
        eggs = words[-1] == "egg" and set(again) <= _EGGS_COOKED
        leaves = set(words) <= _SALAD_WORDS and bool(set(again) & GREENS)  # "greens, romaine"
        if eggs or leaves or _toast_of(items[index], other, mend):
            return at
        if again[-1] != words[-1]:
            continue
        if set(again) <= set(words) or set(words) <= set(again):
            return at
    return None


def _dishes(items: list[ParsedItem], mend: Mend) -> list[ParsedItem]:
    """Each dish named without an amount before parts that make it, as those parts (an
    omelette's eggs as an omelette's)."""
    read: list[ParsedItem] = []
    omelet = False
    for index, named in enumerate(items):
        eggs = omelet and _words(named.food, mend) == ["egg"]
        item = replace(named, food=OMELET_EGGS) if eggs else named
        omelet = omelet and not _untyped(item)
        parts = items[index + 1 :]
        words = _words(item.food, mend)
        typed = [part for part in parts[:_MIN_PARTS] if not _untyped(part)]
        if (
            not _untyped(item) or not words or len(typed) < _MIN_PARTS
            or recipe(mend(item.food)) is not None
        ):  # fmt: skip
            read.append(item)
            continue
        base = DISH_BASES.get(words[-1], frozenset())
        based = any(base & set(_words(part.food, mend)) for part in parts)
        leaves = [word for word in words if word in GREENS]
        if words[-1] == "salad" and leaves and not based:
            [made] = parse_meal(f"{SIDE_SALAD} {' '.join(leaves)}")
            read.append(replace(made, span=item.span))
        elif not based:
            read.append(item)
        else:
            omelet = words[-1] in _OMELETS
    return read


def _pieces(items: list[ParsedItem], mend: Mend) -> list[ParsedItem]:
    """Pieces counted after a dish named without an amount, as the dish's pieces: of the
    bird among the dishes named just before them ("chicken and waffles, one breast")."""
    read: list[ParsedItem] = []
    run: list[ParsedItem] = []  # the items named without an amount just before
    for item in items:
        words = _words(item.food, mend)
        # "kfc 3 piece, breast, thigh and wing": pieces said bare after a dish counting them
        counted = any(_COUNTED.search(d.food) or d.unit is Unit.PIECE for d in run)
        piece = len(words) == 1 and words[0] in PIECES
        if run and piece and (counted or not _untyped(item)):
            dish = next((d for d in run if _bird(d.food)), run[-1])
            if any(kept is dish for kept in read):
                read = [kept for kept in read if kept is not dish]
            whole = _bird(dish.food) or _uncounted(dish.food)
            read.append(replace(item, food=f"{whole} {item.food}"))
            continue
        of_pieces = _untyped(item) or item.unit is Unit.PIECE
        run = [*run, item] if of_pieces and not set(words) & PIECES else []
        read.append(item)
    return read


_COUNTED = re.compile(
    r"\b(?:\d+|two|three|four|five|six|eight|ten|twelve)[\s-]*(?:pieces?|pcs?|piece)\b\s*"
)


def _uncounted(food: str) -> str:
    """A dish's name without the count of its pieces ("kfc 2 pieces original": "kfc
    original"), which its pieces named after it say."""
    return " ".join(_COUNTED.sub(" ", food).split()) or food


def _bird(food: str) -> str | None:
    """The part of a dish's name its pieces are of ("chicken" of "chicken with waffles");
    None if it names no bird."""
    named = [part for part in food.replace(" with ", " and ").split(" and ") if part]
    return next((part for part in named if set(part.split()) & BIRDS), None)


def _sandwiches(items: list[ParsedItem], mend: Mend) -> list[ParsedItem]:
    """A sandwich named by fillings the table has no recipe for, said to be on a bread ("a
    turkey and swiss sandwich on rye"), as a sandwich of that bread and those fillings, the
    bread first, as `recipes` reads it; without a bread named, the name as it is."""
    read: list[ParsedItem] = []
    index = 0
    while index < len(items):
        item = items[index]
        index += 1
        words = normalize(mend(item.food)).split()
        fillings = " ".join(words[:-1]).split(" and ")
        after = items[index] if index < len(items) else None
        if (
            len(words) < 2 or words[-1] != "sandwich" or recipe(mend(item.food)) is not None
            or not all(_filling(filling) for filling in fillings)
            or after is None or not _untyped(after)
            or normalize(mend(after.food)) not in BREADS
        ):  # fmt: skip
            read.append(item)
            continue
        # "a turkey and provolone sandwich" was split at its "and": its first fillings
        while read and _one(read[-1]) and _filling(normalize(mend(read[-1].singular_food))):
            fillings.insert(0, read.pop().food)
        read.extend((replace(item, food="sandwich"), after))
        index += 1
        read.extend(
            replace(item, food=filling, added=True, quantity=1.0, quantity_typed=False)
            for filling in fillings
        )
    return read


def _one(item: ParsedItem) -> bool:
    """Named with no amount but an article ("a turkey")."""
    return item.quantity == 1 and item.unit is None and item.size is None and not item.added


def _filling(name: str) -> bool:
    return singular(name) in DELI_MEATS or name in DELI_MEATS or name in CHEESES
