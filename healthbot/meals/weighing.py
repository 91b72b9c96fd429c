"""How much of a food an item is: its amount typed, in grams, by the food's own measures."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final, Protocol

from healthbot.food.drinks import GRAMS_PER_FL_OZ, poured, wine_glass
from healthbot.food.handfuls import handful_grams
from healthbot.food.measures import by_size, match_measure, one_unitless
from healthbot.food.packs import pack_of, pack_of_several
from healthbot.food.parser import MAX_GRAMS, FoodParseError, ParseProblem
from healthbot.food.pies import inches_said, pie_grams
from healthbot.food.repository import Food
from healthbot.food.servings import (
    RESTAURANT_GROUPS,
    bought_raw,
    cooked_patty,
    cut_counted,
    cut_helping,
    restaurant_order,
    served,
    served_several,
    usual_portion,
)
from healthbot.food.units import (
    GRAMS_PER_UNIT,
    VESSEL_SIZES,
    Size,
    Unit,
    singular,
    singular_word,
)
from healthbot.food.wholes import whole_measure
from healthbot.meals.answers import Amount, Choice, Portion, Question, with_grams
from healthbot.meals.portions import Nutrients
from healthbot.meals.raw_sizes import Measured, sized_as_raw
from healthbot.meals.readings import measure_amounts

MAX_USUAL_KCAL: Final = 400.0
"""An item without quantity or unit takes the food's usual portion ("a latte": a cup of
milk) only up to this energy; above it ("butter": a cup, 1,628 kcal) the bot asks how much."""
MAX_ONE_KCAL: Final = 2500.0
"""One whole counted item ("a turkey", "a cake") past this energy is not what "a ..." means:
the bot asks how much."""
MAX_UNCOUNTED_GRAMS: Final = 500.0
"""A whole heavier than this is not what the food's name without a count means: no one eats
the 4.5 kg melon "watermelon" or "some watermelon" says, but a helping of it."""
_CUT_WORDS: Final = frozenset({"slice", "slices", "chunk", "chunks", "piece", "pieces"})
"""Words after a food that count its cut parts, not wholes ("a watermelon slice")."""
SMALL_PIECE: Final = 15.0
"""Grams under which one of a food is never what its plural without a count means: a berry,
a grape, a chip ("strawberries" are some, the food's usual portion)."""
_VESSELS: Final = frozenset({Unit.GLASS, Unit.CUP, Unit.BOWL, Unit.PLATE})
"""Units that are what a food is served in as well as a measure ("a small glass", "a big
mug", which is a cup)."""
PIECES_PER_CUP: Final = 8
"""Bite-size chunks or cubes of a fruit or vegetable (about an inch each way) in a cup."""
PRODUCE: Final = frozenset({"Fruits and Fruit Juices", "Vegetables and Vegetable Products"})
"""SR24's food groups of what is cut in bite-size chunks (melon, pineapple, squash)."""
_PIECE_WORDS: Final = frozenset({"cubes", "chunks", "pieces", "diced", "cubed"})
_SMALL_WHOLE: Final = 50.0
"""Grams up to which a food's smallest measure may stand for one of its cuts ("2 sugar
cubes": its cube, 2.3 g)."""
_VOLUME: Final = re.compile(r"(?:cup|tbsp|tsp|fl oz|pint|quart|nlea)\b")
"""Measures that weigh no one thing of a food ("tbsp", "NLEA serving")."""
GRAM_AMOUNTS: Final = (50.0, 100.0, 150.0, 250.0)
"""What an amount question offers when the food has no measure for the unit typed."""
NUTS: Final = "Nut and Seed Products"
CANDIES: Final = "Candies,"
"""SR24's food group of nuts and seeds, and how it names its candies: both eaten by the
handful."""
SNACKS: Final = "Snacks,"
"""How SR24 names its snacks (popcorn, chips, pretzels: filed among its sweets), whose
labelled serving is an ounce."""
CEREALS: Final = "Breakfast Cereals"
"""SR24's food group of cereals, cold or cooked: a bowl of one is its labelled serving, else a
cup (porridge, grits), not the 1.5 cups of a bowl of soup."""


class Weighed(Measured, Protocol):
    """What `weigh` asks of the food catalog (`healthbot.meals.foods`)."""

    async def food(self, uid: str) -> Food | None:
        """A food by its uid."""
        ...


async def weigh(foods: Weighed, question: Question, uid: str) -> Portion | Question:
    """The item of `question` as a portion of food `uid`, or an amount question."""
    food = await foods.food(uid)
    if food is None:  # a uid from a stale question whose food left the table
        return replace(question, kind="food", choices=())
    unit = Unit(question.unit) if question.unit else None
    size = Size(question.size) if question.size else None
    measures = await foods.measures(uid)
    # "a large glass of red" is a bar's large glass, not SR24's one serving
    # "2 weetabix": what is counted is its biscuit, beside its cup
    counts = unit is None and size is None and question.counted
    # "general tso's chicken", "half the general tso's": the order a restaurant serves (or a
    # part of it), not one of its pieces
    ordered = unit is None and size is None and (not question.counted or question.quantity < 1)
    # "a reese's 2 pack": one pack of two, each a half of it
    packed = unit is Unit.PACKAGE and _pack_said(question)
    cut = _one_cut(question, food, measures) if counts else None
    if cut is False:  # "4 cucumber slices": no measure of a slice, and 4 cucumbers they are not
        asked = replace(question, kind="amount", choices=(Choice(uid, food.name, None),))
        return replace(asked, amounts=tuple(Amount(f"{g:g} g", g) for g in GRAM_AMOUNTS))
    one = (
        cut
        or (_of_diameter(question.span, measures) if unit is None else None)
        or (_pie(question, size, food, measures) if unit is None else None)
        or (_cup_held(question.food, measures) if unit is None else None)
        or (_in_a_pack(question, measures, food.name) if packed else None)
        or (_chunk(question, food, measures) if unit in (Unit.PIECE, Unit.CUBE) else None)
        or (_piece_cut(size, measures) if unit is Unit.PIECE else None)
        or wine_glass(unit, size, food.name, measures)
        or (restaurant_order(measures, food.food_group) if ordered else None)
        or (_cereal_bowl(measures) if unit is Unit.BOWL and food.food_group == CEREALS else None)
        or (_snack_bowl(measures) if unit is Unit.BOWL and food.name.startswith(SNACKS) else None)
        or match_measure(unit, size, measures, question.food, food.name)
        or (one_unitless(measures) if counts else None)
    )
    if unit is None and size is not None and size.value not in by_size(measures):
        # "2 medium eggs, hard boiled": SR24's boiled egg is only "large"
        one = await sized_as_raw(foods, food, measures, size) or one
    one = _of_several(question, food, measures, packed=packed) or one
    if one is None and (fl_oz := poured(unit, size, food.name, food.food_group)):
        one = fl_oz * (match_measure(Unit.FL_OZ, None, measures) or GRAMS_PER_FL_OZ)
    asked = replace(question, kind="amount", choices=(Choice(uid, food.name, None),))
    part = question.quantity if unit is None and question.quantity < 1 else 1.0
    if unit is None and one is not None and Nutrients.of(food, part * one).kcal > MAX_ONE_KCAL:
        # "a turkey sandwich" is no whole turkey: one of that is not what anyone eats.
        return replace(asked, amounts=measure_amounts(question.quantity, measures))
    if unit is None and one is not None and _not_one(question, food, one, measures):
        one = None  # "strawberries": some; "roast chicken": a helping (`usual_portion`)
    if one is None and counts:
        one = _between_sizes(measures)  # "10 olives": SR24 weighs a small and a large one
    if one is None and unit is None and not question.size and measures:
        usual = _helping(food, measures)
        # A helping for each of a count ("20 cherries", whose one is not weighed) is a guess:
        # too much only when its smallest measure each is ("100 pizzas"), else it is asked.
        smallest = min((g / n for n, _, g in measures if n > 0), default=usual)
        if question.quantity * smallest > MAX_GRAMS:
            raise FoodParseError(ParseProblem.TOO_MUCH, question.span)
        too_much = question.quantity * usual > MAX_GRAMS
        rich = Nutrients.of(food, question.quantity * usual).kcal > MAX_USUAL_KCAL
        if too_much or (rich and not served(measures)):
            return replace(asked, amounts=measure_amounts(question.quantity, measures))
        one = usual
    if one is None:
        return replace(asked, amounts=tuple(Amount(f"{g:g} g", g) for g in GRAM_AMOUNTS))
    grams = question.quantity * one
    if unit in GRAMS_PER_UNIT:  # "a quarter pound patty" is named by its raw meat
        pounds = unit is Unit.LB and bought_raw(question.food)
        grams = cooked_patty(grams, measures, pounds=pounds) or grams
    return with_grams(question, food, grams)


def _of_several(
    question: Question, food: Food, measures: tuple[tuple[float, str, float], ...], *, packed: bool
) -> float | None:
    """Grams in one of an item that is a part or a lot of the food's measure: a part of a
    whole ("a quarter of a cantaloupe"), a plural served by several ("hotcakes": McDonald's
    "3 hotcakes"), a pack of a plural ("a pack of reese's cups": of two cups), a handful
    (SR24 has none: what the hand holds of that food), a large or small glass, mug or bowl
    (`VESSEL_SIZES`); None for any other."""
    unit = Unit(question.unit) if question.unit else None
    size = Size(question.size) if question.size else None
    if unit is None and question.quantity < 1:
        return whole_measure(measures, question.size)
    if unit is None and size is None:
        return _uncounted(question, food, measures)
    if unit is Unit.PACKAGE and not packed and _plural(question.span):
        return pack_of_several(measures)
    if unit is Unit.HANDFUL:
        return handful_grams(food.food_group, measures, size, food.kcal)
    wine = wine_glass(unit, size, food.name, measures)
    if unit in _VESSELS and size in VESSEL_SIZES and wine is None:
        return _sized_vessel(question, food, measures, unit, size)
    return None


def _uncounted(
    question: Question, food: Food, measures: tuple[tuple[float, str, float], ...]
) -> float | None:
    """Grams in some of a food named without a unit or size: a plural served by several
    ("hotcakes": McDonald's "3 hotcakes"), its cut pieces' cup, a chain's order of pieces
    ("nuggets"; "popcorn chicken", whose piece is a bite); None for any other."""
    if question.plural:
        several = served_several(measures, question.food, SMALL_PIECE)
        return several or cut_helping(measures, question.food) or _order_of_pieces(food, measures)
    if not question.counted:
        return _order_of_pieces(food, measures, smaller_than=SMALL_PIECE)
    return None


def _sized_vessel(
    question: Question,
    food: Food,
    measures: tuple[tuple[float, str, float], ...],
    unit: Unit,
    size: Size,
) -> float | None:
    """Grams in one vessel of a size the food has no measure of ("a small glass of milk",
    "a big mug of hot chocolate"): the plain vessel times `VESSEL_SIZES`; None when the food
    has a measure of that size ("cup, large"), which the caller has taken."""
    if unit is Unit.BOWL and food.food_group == CEREALS:
        plain: float | None = _cereal_bowl(measures)
    elif unit is Unit.BOWL and food.name.startswith(SNACKS) and _snack_bowl(measures):
        plain = _snack_bowl(measures)
    else:
        plain = match_measure(unit, None, measures, question.food, food.name)
        if match_measure(unit, size, measures, question.food, food.name) != plain:
            return None
    return None if plain is None else VESSEL_SIZES[size] * plain


def _order_of_pieces(
    food: Food, measures: tuple[tuple[float, str, float], ...], smaller_than: float | None = None
) -> float | None:
    """Grams in the order of several pieces a chain serves a food in, the one nearest six
    pieces ("nuggets": its "6 pieces"; "popcorn chicken", whose piece is a bite: its "10
    pieces"), for a food named without a count; with `smaller_than`, only if one piece
    weighs less; None for a food that is no chain's or has no such measure."""
    if food.food_group not in RESTAURANT_GROUPS:
        return None
    orders = [(n, g) for n, name, g in measures if n > 1 and _PIECES.match(name.lower())]
    if not orders:
        return None
    count, grams = min(orders, key=lambda order: (abs(order[0] - _USUAL_ORDER), order[0]))
    return None if smaller_than is not None and grams / count >= smaller_than else grams


_PIECES: Final = re.compile(r"pieces?\b")
_USUAL_ORDER: Final = 6
"""Pieces in the order a chain's nuggets are most often bought in."""


def _plural(span: str) -> bool:
    """Whether the span ends in a plural ("a pack of reese's cups")."""
    last = re.sub(r"[^a-z&' ]+", " ", span.lower()).split()[-1:]
    return bool(last) and singular(last[0]) != last[0]


def _pack_said(question: Question) -> bool:
    """Whether a count before "pack" says what one pack holds ("a 2 pack", "the 2-pack",
    "pack of 2"), not how many packs ("2 packs")."""
    count = f"{question.quantity:g}"
    said = re.sub(r"[^a-z0-9]+", " ", question.span.lower())
    return question.quantity > 1 and bool(re.search(rf"\b{count} pack\b|\bpack of {count}\b", said))


def _in_a_pack(
    question: Question, measures: tuple[tuple[float, str, float], ...], name: str
) -> float | None:
    """Grams in each of the pieces a pack of them holds: the package measure that counts
    them, else one piece ("a 2 pack of snickers": two bars)."""
    pack = pack_of(question.quantity, measures)
    if pack is not None:
        return pack / question.quantity
    return match_measure(None, None, measures, question.food, name)


def _cereal_bowl(measures: tuple[tuple[float, str, float], ...]) -> float | None:
    """Grams in a bowl of a cereal: its labelled serving, else a cup ("a bowl of oatmeal")."""
    return match_measure(Unit.SERVING, None, measures) or match_measure(Unit.CUP, None, measures)


def _snack_bowl(measures: tuple[tuple[float, str, float], ...]) -> float | None:
    """Grams in a bowl of a snack sold by the ounce: a bowl's 1.5 cups, but never less than
    the ounce its label counts a serving ("a bowl of popcorn": 28 g, not the 12 g 1.5 cups of
    air-popped weigh; "a bowl of pretzels", which SR24 weighs by no cup); None for a snack not
    weighed by the ounce."""
    if not any(name.lower().startswith("oz") for amount, name, _ in measures if amount > 0):
        return None
    return max(match_measure(Unit.BOWL, None, measures) or 0.0, GRAMS_PER_UNIT[Unit.OZ])


def _helping(food: Food, measures: tuple[tuple[float, str, float], ...]) -> float:
    """Grams in a helping of a food named without an amount (`usual_portion`), but a handful,
    an ounce, of nuts, seeds and candies whose usual portion is more than a helping ("some
    almonds": not their 828 kcal cup; "gummy bears", "some chocolate")."""
    usual = usual_portion(measures, food.food_group)
    by_hand = food.food_group == NUTS or food.name.startswith(CANDIES)
    rich = Nutrients.of(food, usual).kcal > MAX_USUAL_KCAL
    return GRAMS_PER_UNIT[Unit.OZ] if by_hand and rich else usual


def _between_sizes(measures: tuple[tuple[float, str, float], ...]) -> float | None:
    """Grams in one of a counted food that SR24 weighs small and large but not medium
    ("10 olives": its "large" 4.4 g and "small" 3.2 g): between the two; None for another."""
    sizes = by_size(measures)
    small, large = sizes.get(Size.SMALL.value), sizes.get(Size.LARGE.value)
    if Size.MEDIUM.value in sizes or small is None or large is None:
        return None
    return (small + large) / 2


def _one_cut(
    question: Question, food: Food, measures: tuple[tuple[float, str, float], ...]
) -> float | bool | None:
    """Grams of one of a food's cut pieces counted after its name ("2 tomato slices": SR24's
    "slice, medium", 20 g; "3 melon chunks": an eighth of its cup of cubes); False when it
    has no measure of that cut and a whole of it is more than a cut is ("4 cucumber slices":
    never 4 cucumbers); None for a food not said by its cuts, or one with a small measure ("2
    sugar cubes": the cube's 2.3 g)."""
    cut = cut_counted(question.food, food.name)
    if cut is None:
        return None
    one = match_measure(cut, None, measures, question.food, food.name)
    cup = _cup_of_pieces(measures) if food.food_group in PRODUCE else None
    if one is None and cut is Unit.CUBE and cup is not None:
        return cup / PIECES_PER_CUP  # "3 melon chunks": a cup of cubes holds about eight
    pieces = [g / n for n, name, g in measures if n > 0 and not _VOLUME.match(name.lower())]
    smallest = min(pieces, default=0.0)
    return one or (None if 0 < smallest <= _SMALL_WHOLE else False)


def _of_diameter(span: str, measures: tuple[tuple[float, str, float], ...]) -> float | None:
    """Grams in one of a food said by its width ("a 10 inch flour tortilla", "2 6" pancakes")
    where a measure names that diameter ("tortilla (approx 10" dia)"); None for any other."""
    if (inches := _inches(span)) is None:
        return None
    for amount, name, grams in measures:
        for found in _DIAMETER.finditer(name):
            if amount > 0 and inches in (found[1], found[2]):
                return grams / amount
    return None


def _pie(
    question: Question,
    size: Size | None,
    food: Food,
    measures: tuple[tuple[float, str, float], ...],
) -> float | None:
    """Grams in one pizza said by its width or size ("an 8 inch pizza", "a medium pizza"):
    the chain's 14" pie by area (`healthbot.food.pies`); None for any other food."""
    inches = inches_said(_inches(question.span), question.span, size)
    return pie_grams(food.name, measures, inches)


def _inches(span: str) -> str | None:
    """The inches a width typed says ("8" of "an eight inch pizza"); None when none is."""
    said = _INCHES.search(span)
    return None if said is None else _INCH_WORDS.get(said[1].lower(), said[1])


_INCH_WORDS: Final = {
    word: str(number)
    for number, word in enumerate(
        ["four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"], start=4
    )
}
_INCHES: Final = re.compile(
    rf"\b(\d{{1,2}}|{'|'.join(_INCH_WORDS)})\s*-?\s*(?:inch(?:es)?\b|in\b|\")", re.I
)
_DIAMETER: Final = re.compile(r"\b(\d{1,2})(?:-(\d{1,2}))?\" dia\b")
"""A diameter in a measure's name: '(approx 10" dia)', '(approx 7-8" dia)'."""


def _cup_held(food: str, measures: tuple[tuple[float, str, float], ...]) -> float | None:
    """Grams in one single-serve container of a food named by it ("a chocolate pudding cup",
    "2 yogurt pots": SR24's smallest "container", 98 g, not an ounce); None for any other."""
    words = food.lower().split()
    if len(words) < 2 or singular_word(words[-1]) not in _HELD_IN:
        return None
    held = [g / n for n, name, g in measures if n > 0 and name.lower().startswith("container")]
    return min(held, default=None)


_HELD_IN: Final = frozenset({"cup", "pot", "tub"})
"""Words after a food that name the one-serving container it is sold in."""


def _chunk(
    question: Question, food: Food, measures: tuple[tuple[float, str, float], ...]
) -> float | None:
    """Grams in one chunk or cube of a food said so ("3 chunks of melon") that SR24 weighs
    by the cup of its pieces but by no cube: an eighth of that cup, never the whole melon its
    "piece" would find; None for any other."""
    if food.food_group not in PRODUCE or not _CHUNK.search(question.span):
        return None  # "a chunk of bread" is no inch cube
    if match_measure(Unit.CUBE, None, measures, question.food, food.name) is not None:
        return None  # cheese's "cubic inch"
    cup = _cup_of_pieces(measures)
    return None if cup is None else cup / PIECES_PER_CUP


def _piece_cut(size: Size | None, measures: tuple[tuple[float, str, float], ...]) -> float | None:
    """Grams in a piece of a food that SR24 weighs by no piece: its slice ("a piece of pumpkin
    pie", "of pizza": never the whole pie its count finds), else its fillet ("a piece of
    salmon"); None for a food with a piece of its own, or with neither."""
    names = [name.lower() for amount, name, _ in measures if amount > 0]
    if any(name.startswith("piece") for name in names):
        return None
    sliced = match_measure(Unit.SLICE, size, measures)
    if sliced is None and any(name.startswith("fillet") for name in names):
        return match_measure(None, None, measures, "fillet")
    return sliced


_CHUNK: Final = re.compile(r"\b(?:chunks?|cubes?)\b", re.I)


def _cup_of_pieces(measures: tuple[tuple[float, str, float], ...]) -> float | None:
    """Grams in a cup of a food cut in bite-size pieces ("cup, cubes", "cup pieces", "cup,
    chunks", "cup, diced"); None if it has no such measure."""
    for amount, name, grams in measures:
        words = re.findall(r"[a-z]+", name.lower())
        if amount > 0 and words[:1] == ["cup"] and _PIECE_WORDS.intersection(words[1:]):
            return grams / amount
    return None


def _not_one(
    question: Question, food: Food, one: float, measures: tuple[tuple[float, str, float], ...]
) -> bool:
    """Whether a food named without a unit is not one of it but its usual portion: a plural
    of something small ("strawberries": some, not one), or, named without a count or size, a
    whole past `MAX_UNCOUNTED_GRAMS` ("watermelon") or one that SR24 weighs only by a part of
    it and that is more than a usual helping (`MAX_USUAL_KCAL`): "roast chicken" is a
    helping of it, not the whole bird its "0.5 chicken, bone removed" makes (598 g, 1,429
    kcal). A restaurant's food is one of it (its order, "a big mac"), unless that is a whole
    past `MAX_UNCOUNTED_GRAMS` the restaurant does not serve as one person's order: "had
    pizza for dinner" is a slice, not the 853 g pie."""
    if question.plural and one < SMALL_PIECE:
        return True
    if one > MAX_UNCOUNTED_GRAMS and _CUT_WORDS.intersection(question.food.lower().split()):
        return True  # "a watermelon slice": one of its slices, not the 4.5 kg melon
    if question.counted or question.size:
        return False
    if food.food_group in RESTAURANT_GROUPS:
        # "had pizza for dinner": a helping of it, not a whole 14" pie; but "general tso's
        # chicken" is the order a restaurant serves
        ordered = restaurant_order(measures, food.food_group) is not None
        return one > MAX_UNCOUNTED_GRAMS and not ordered
    if one > MAX_UNCOUNTED_GRAMS:
        return True
    halved = any(0 < amount < 1 and grams / amount == one for amount, _, grams in measures)
    return halved and Nutrients.of(food, one).kcal > MAX_USUAL_KCAL
