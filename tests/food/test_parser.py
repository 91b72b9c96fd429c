"""The food-log parser: the phrase set, bad input, properties, and USDA measure matching."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from healthbot.errors import UserInputError
from healthbot.food.measures import match_measure, one_unitless
from healthbot.food.parser import (
    MAX_GRAMS,
    MAX_ITEMS,
    FoodParseError,
    ParsedItem,
    ParseProblem,
    parse_meal,
)
from healthbot.food.units import (
    GRAMS_PER_UNIT,
    ML_PER_UNIT,
    UNIT_ALIASES,
    Size,
    Unit,
    grams_of,
    millilitres_of,
    singular,
)
from tests.food.parser_cases import PHRASES, Phrase


def _phrase_param(case: Phrase) -> object:
    marks = (
        [pytest.mark.xfail(strict=True, reason="a known misreading")] if case.known_wrong else []
    )
    return pytest.param(case, id=case.text.replace("\n", " "), marks=marks)


@pytest.mark.parametrize("case", [_phrase_param(case) for case in PHRASES])
def test_each_phrase_is_read_as_a_person_reads_it(case: Phrase) -> None:
    items = parse_meal(case.text)
    got = [(item.quantity, item.unit, item.size, item.food) for item in items]
    expected = [(e.quantity, e.unit, e.size, e.food) for e in case.items]
    assert len(got) == len(expected), got
    for (quantity, *rest), (want_quantity, *want_rest) in zip(got, expected, strict=True):
        assert quantity == pytest.approx(want_quantity)
        assert rest == want_rest


def test_each_span_is_the_item_as_typed() -> None:
    items = parse_meal("2 Eggs and a slice of toast, 150g chicken breast")
    assert [item.span for item in items] == ["2 Eggs", "a slice of toast", "150g chicken breast"]


def test_a_food_without_quantity_counts_one_and_says_so() -> None:
    (item,) = parse_meal("oatmeal")
    assert (item.quantity, item.quantity_typed) == (1.0, False)
    (item,) = parse_meal("1 oatmeal")
    assert item.quantity_typed


def test_the_singular_food_is_there_for_search() -> None:
    (item,) = parse_meal("2 chicken breasts")
    assert (item.food, item.singular_food) == ("chicken breasts", "chicken breast")


@pytest.mark.parametrize(
    ("plural", "singular_form"),
    [
        ("eggs", "egg"),
        ("strawberries", "strawberry"),
        ("tomatoes", "tomato"),
        ("peaches", "peach"),
        ("cookies", "cookie"),
        ("leaves", "leaf"),
        ("hummus", "hummus"),
        ("oats", "oats"),
        ("rice", "rice"),
        ("french fries", "french fries"),
        ("glasses", "glass"),
    ],
)
def test_singular_makes_the_last_word_singular(plural: str, singular_form: str) -> None:
    assert singular(plural) == singular_form


# Bad input: each refused with a problem the router can answer, or read harmlessly.


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", ParseProblem.EMPTY),
        ("   \n ", ParseProblem.EMPTY),
        ("🍕🍔🥗", ParseProblem.PICTURE),  # pictures the parser alone does not read
        ("!!! ... ???", ParseProblem.EMPTY),
        ("-2 eggs", ParseProblem.NEGATIVE),
        ("−2 eggs", ParseProblem.NEGATIVE),
        ("minus 2 eggs", ParseProblem.NEGATIVE),
        ("toast, -1 egg", ParseProblem.NEGATIVE),
        ("0 eggs", ParseProblem.ZERO),
        ("zero eggs", ParseProblem.ZERO),
        ("0.0 g rice", ParseProblem.ZERO),
        ("1/0 cup rice", ParseProblem.BAD_NUMBER),
        ("1e308 g butter", ParseProblem.BAD_NUMBER),
        ("2 eggs, 1E5 kg rice", ParseProblem.BAD_NUMBER),
        ("1e999 eggs", ParseProblem.BAD_NUMBER),
        ("nan eggs", ParseProblem.BAD_NUMBER),
        ("NaN eggs", ParseProblem.BAD_NUMBER),
        ("inf eggs", ParseProblem.BAD_NUMBER),
        ("Infinity cups rice", ParseProblem.BAD_NUMBER),
        ("-inf eggs", ParseProblem.BAD_NUMBER),
        ("−INF g rice", ParseProblem.BAD_NUMBER),
        ("I had nan eggs", ParseProblem.BAD_NUMBER),
        ("eggs x nan", ParseProblem.BAD_NUMBER),
        ("chicken breast inf g", ParseProblem.BAD_NUMBER),
        ("2-nan eggs", ParseProblem.BAD_NUMBER),
        ("nan/2 cup rice", ParseProblem.BAD_NUMBER),
        ("toast and nan eggs", ParseProblem.BAD_NUMBER),
        ("999999 kg butter", ParseProblem.TOO_MUCH),
        ("2 eggs and 999999 kg butter", ParseProblem.TOO_MUCH),
        ("6 l milk", ParseProblem.TOO_MUCH),
        ("500 eggs", ParseProblem.TOO_MUCH),
        ("9" * 300 + " eggs", ParseProblem.TOO_MUCH),
        ("2 cups", ParseProblem.NO_FOOD),
        (", ".join(["1 egg"] * (MAX_ITEMS + 1)), ParseProblem.TOO_MANY_ITEMS),
        (", ".join(["2 eggs"] * 600)[:4000], ParseProblem.TOO_MANY_ITEMS),
        ("x" * 5000, ParseProblem.TOO_LONG),
        ("y" * 4000, ParseProblem.TOO_LONG),
    ],
    ids=lambda value: str(value)[:30],
)
def test_bad_input_is_refused_with_a_problem(text: str, problem: ParseProblem) -> None:
    with pytest.raises(FoodParseError) as raised:
        parse_meal(text)
    assert raised.value.problem is problem
    assert isinstance(raised.value, UserInputError)
    assert str(raised.value)  # a message the user can read


def test_the_item_at_fault_is_named() -> None:
    with pytest.raises(FoodParseError) as raised:
        parse_meal("toast, 999999 kg butter")
    assert raised.value.span == "999999 kg butter"


def test_words_that_only_look_like_float_spellings_are_food() -> None:
    items = parse_meal("nan bread, 2 naan breads, infinite fries, nancy's pie")
    assert [(item.quantity, item.food) for item in items] == [
        (1, "nan bread"), (2, "naan breads"), (1, "infinite fries"), (1, "nancy's pie")
    ]  # fmt: skip


def test_the_most_of_an_item_is_accepted() -> None:
    assert parse_meal("5 kg watermelon")[0].quantity == 5
    assert parse_meal("100 almonds")[0].quantity == 100


def test_sql_looking_text_is_only_words() -> None:
    items = parse_meal("1 egg'; DROP TABLE food_log; --")
    assert [item.food for item in items] == ["egg", "drop table food log"]


def test_nul_and_control_characters_are_spaces() -> None:
    items = parse_meal("2\x00eggs\x00and\x07 toast\r\n")
    assert [(item.quantity, item.food) for item in items] == [(2, "eggs"), (1, "toast")]


# Properties over any text and over text built from the grammar's own words.

_WORDS = [
    "a", "an", "half", "one", "two", "dozen", "couple", "of", "and", "with", "-", "to", "x",
    "1", "2.5", "1,5", "1/2", "½", "2-3", "0", "-1", "1/0", "99999", ".", ",", "small",
    "large", "extra", "egg", "eggs", "rice", "chicken breast", "toast", "🍕", "\x00", "\n",
    "nan", "NaN", "inf", "-inf", "Infinity", "1e999", *list(UNIT_ALIASES)[::3],
]  # fmt: skip
# Python's float() reads these; none is an amount, nor a food.
_NOT_FINITE = ["nan", "NaN", "-nan", "inf", "INF", "-inf", "+inf", "infinity", "-Infinity", "1e999"]
_NOT_FINITE_TEXT = st.sampled_from(_NOT_FINITE)
_GRAMMAR_TEXT = st.lists(st.sampled_from(_WORDS), max_size=30).map(" ".join)
_NUMERIC_TEXT = st.text(alphabet="0123456789/.,- ½xandofg", max_size=60)


def _check_items(items: list[ParsedItem]) -> None:
    assert 1 <= len(items) <= MAX_ITEMS
    for item in items:
        assert math.isfinite(item.quantity)
        assert not {"nan", "inf", "-inf", "infinity"} & set(item.food.split())
        assert item.quantity > 0
        assert item.food.strip()
        weight = grams_of(item.quantity, item.unit) if item.unit else None
        volume = millilitres_of(item.quantity, item.unit) if item.unit else None
        assert (weight or volume or 0) <= MAX_GRAMS


@settings(max_examples=300, deadline=None)  # deadline: cores are shared; speed is the bench's
@given(st.text(max_size=300) | _GRAMMAR_TEXT | _NUMERIC_TEXT)
def test_any_text_gives_sane_items_or_a_parse_error(text: str) -> None:
    try:
        items = parse_meal(text)
    except FoodParseError as error:
        assert error.problem in ParseProblem
        return
    _check_items(items)


@settings(max_examples=200, deadline=None)
@given(_GRAMMAR_TEXT, _NOT_FINITE_TEXT, _GRAMMAR_TEXT)
def test_a_float_spelling_that_is_no_number_is_never_logged(
    before: str, word: str, after: str
) -> None:
    # Items are read in order: the one holding the word is refused unless one before it is.
    with pytest.raises(FoodParseError) as raised:
        parse_meal(f"{before} {word} {after}")
    if not before.strip():
        assert raised.value.problem in (ParseProblem.BAD_NUMBER, ParseProblem.NEGATIVE,
                                        ParseProblem.TOO_MANY_ITEMS)  # fmt: skip


@settings(max_examples=50, deadline=None)
@given(st.lists(st.sampled_from(["2 eggs", "toast", "1 cup rice", "🍕"]), min_size=1, max_size=60))
def test_the_number_of_items_is_bounded(pieces: list[str]) -> None:
    text = ", ".join(pieces)
    try:
        items = parse_meal(text)
    except FoodParseError as error:
        assert error.problem in (ParseProblem.TOO_MANY_ITEMS, ParseProblem.PICTURE)
        return
    assert len(items) == sum(piece != "🍕" for piece in pieces) <= MAX_ITEMS


# match_measure on measure lists as they are in USDA SR24: (amount, name, grams).

EGG = [(1, "cup (4.86 large eggs)", 243), (1, "extra large", 56), (1, "jumbo", 63),
       (1, "large", 50), (1, "medium", 44), (1, "small", 38)]  # fmt: skip
BANANA = [(1, "cup, mashed", 225), (1, "cup, sliced", 150),
          (1, 'extra small (less than 6" long)', 81), (1, 'small (6" to 6-7/8" long)', 101),
          (1, 'medium (7" to 7-7/8" long)', 118), (1, 'large (8" to 8-7/8" long)', 136),
          (1, 'extra large (9" or longer)', 152), (1, "NLEA serving", 126)]  # fmt: skip
ORANGE = [(1, "cup, sections", 180), (1, 'large (3-1/16" dia)', 184), (1, 'small (2-3/8" dia)', 96),
          (1, 'fruit (2-5/8" dia)', 131)]  # fmt: skip
AVOCADO = [(1, "cup, cubes", 150), (1, "cup, pureed", 230), (1, "cup, sliced", 146),
           (1, "avocado, NS as to Florida or California", 201)]  # fmt: skip
CHICKEN_BREAST = [(1, "cup, chopped or diced", 140),
                  (1, "unit (yield from 1 lb ready-to-cook chicken)", 52),
                  (0.5, "breast, bone and skin removed", 86)]  # fmt: skip
WHITE_BREAD = [(1, "slice", 28), (1, "oz", 28.35), (1, "cup, crumbs", 45), (1, "cup, cubes", 35),
               (1, "slice, large", 30), (1, "slice", 25), (1, "slice, thin", 20)]  # fmt: skip
TOMATO = [(1, "cup cherry tomatoes", 149), (1, "cup, chopped or sliced", 180), (1, "cherry", 17),
          (1, 'large whole (3" dia)', 182), (1, 'medium whole (2-3/5" dia)', 123),
          (1, 'slice, medium (1/4" thick)', 20), (1, 'slice, thick/large (1/2" thick)', 27),
          (1, "slice, thin/small", 15)]  # fmt: skip
RICE = [(1, "cup", 158)]
PEANUT_BUTTER = [(1, "cup", 258), (2, "tbsp", 32)]
OLIVE_OIL = [(1, "tablespoon", 13.5), (1, "cup", 216), (1, "tsp", 4.5)]
BUTTER = [(1, "cup", 227), (1, "tbsp", 14.2), (1, 'pat (1" sq, 1/3" high)', 5), (1, "stick", 113)]
MILK = [(1, "cup", 244), (1, "tbsp", 15), (1, "fl oz", 30.5), (1, "quart", 976)]
COLA = [(1, "fl oz", 30.7), (1, "can 12 fl oz", 368), (1, "bottle 16 lf oz", 491)]
SALMON = [(0.5, "fillet", 198), (3, "oz", 85)]


@pytest.mark.parametrize(
    ("unit", "size", "measures", "food", "grams"),
    [
        (None, None, EGG, "eggs", 50),  # USDA's standard egg is large
        (None, Size.MEDIUM, EGG, "egg", 44),
        (None, Size.SMALL, EGG, "egg", 38),
        (None, Size.LARGE, EGG, "egg", 50),  # not "extra large"
        (Unit.CUP, None, EGG, "eggs", 243),
        (None, None, BANANA, "banana", 118),  # fruit: medium
        (None, Size.LARGE, BANANA, "bananas", 136),
        (Unit.SERVING, None, BANANA, "banana", 126),
        (Unit.CUP, None, BANANA, "banana", 225),  # the first cup measure
        (None, None, ORANGE, "orange", 131),  # no medium: the whole fruit
        (None, Size.MEDIUM, ORANGE, "orange", 131),
        (None, Size.LARGE, ORANGE, "orange", 184),
        (None, None, AVOCADO, "avocado", 201),  # the measure named after the food
        (None, None, CHICKEN_BREAST, "chicken breast", 86),  # USDA's half breast: one side
        (Unit.PIECE, None, CHICKEN_BREAST, "chicken breast", 86),
        (Unit.SLICE, None, WHITE_BREAD, "toast", 28),
        (Unit.SLICE, Size.LARGE, WHITE_BREAD, "bread", 30),
        (Unit.SLICE, None, TOMATO, "tomato", 20),  # no plain slice: the medium one
        (Unit.SLICE, Size.LARGE, TOMATO, "tomato", 27),
        (None, None, TOMATO, "tomato", 123),
        (Unit.CUP, None, RICE, "rice", 158),
        (Unit.TBSP, None, PEANUT_BUTTER, "peanut butter", 16),
        (Unit.TBSP, None, OLIVE_OIL, "olive oil", 13.5),
        (Unit.TSP, None, OLIVE_OIL, "olive oil", 4.5),
        (Unit.TSP, None, BUTTER, "butter", 14.2 / 3),  # from the tablespoon's density
        (Unit.ML, None, MILK, "milk", 244 / ML_PER_UNIT[Unit.CUP]),
        (Unit.L, None, MILK, "milk", 1000 * 244 / ML_PER_UNIT[Unit.CUP]),
        (Unit.PINT, None, MILK, "milk", 488),  # half the quart
        (Unit.FL_OZ, None, COLA, "coke", 30.7),
        (Unit.CAN, None, COLA, "coke", 368),
        (Unit.BOTTLE, None, COLA, "coke", 491),
        (Unit.ML, None, COLA, "coke", 30.7 / ML_PER_UNIT[Unit.FL_OZ]),
        (Unit.OZ, None, SALMON, "salmon", 28.349523125),  # mass units need no measure
        (Unit.G, None, [], "salmon", 1),
        (Unit.LB, None, [], "beef", 453.59237),
        (Unit.KG, None, [], "beef", 1000),
        (Unit.ML, None, [], "juice", 1),  # no measure: water's density
        (Unit.GLASS, None, [], "juice", ML_PER_UNIT[Unit.CUP]),  # a glass is 8 fl oz
        (Unit.GLASS, None, MILK, "milk", 244),
        (Unit.STICK, None, BUTTER, "butter", 113),
        # A counted food's own measure before a generic piece; a plural name is one too.
        (None, None, [(1, "piece (3 x 2 in)", 45), (1, "nugget", 16)], "chicken nuggets", 16),
        (None, None, [(1, "cup, whole", 143), (23, "almonds", 28)], "almonds", 28 / 23),
        (None, Size.LARGE, [(1, "cookie, large", 40), (1, "cookie", 15)], "cookie", 40),
        # Measures named by size come first: "medium" before "biscuit (2-1/2 in dia)".
        (None, None, [(1, "medium", 51), (1, "biscuit (2-1/2 in)", 35)], "biscuit", 51),
        # A bird's half breast is one side of it: "a duck breast".
        (None, None, [(0.5, "breast, bone and skin removed", 83)], "duck breast", 83),
        # A cup that is one NLEA serving is the serving a bowl of cereal is.
        (Unit.BOWL, None, [(1, "cup (1 NLEA serving)", 30)], "bran flakes", 30),
        # Else a bowl is a soup bowl, 1.5 cups, of anything that has a volume.
        (Unit.BOWL, None, [(1, "serving 1 cup", 248)], "chicken noodle soup", 372),
        (Unit.BOWL, None, RICE, "rice", 1.5 * 158),
        # Sizes of their own: "mini", "extra large" (not large).
        (
            None,
            Size.MINI,
            [(1, 'mini bagel (2-1/2" dia)', 26), (1, "medium bagel", 105)],
            "bagel",
            26,
        ),
        (None, Size.EXTRA_LARGE, [(1, "large", 139), (1, "extra large", 168)], "muffin", 168),
        # A unit SR24 names after a size is that unit of that size.
        (
            Unit.BOX,
            Size.MINI,
            [(1, "miniature box (.5 oz)", 14), (1, "small box (1.5 oz)", 43)],
            "raisins",
            14,
        ),
        # A cracker of any name is counted by the cracker.
        (None, None, [(1, "cup, crushed", 70), (1, "cracker square", 3)], "saltines", 3),
        # A scoop is half a cup of a food with no scoop of its own.
        (Unit.SCOOP, None, [(0.5, "cup (4 fl oz)", 66)], "chocolate ice cream", 66),
        # A measure named by the end of the food's word: "50 berries" of blueberries.
        (None, None, [(1, "cup", 148), (50, "berries", 68)], "blueberries", 68 / 50),
        # A pat of butter is SR24's pat; of another spread, a teaspoon.
        (Unit.PAT, None, [(1, 'pat (1" sq, 1/3" high)', 5), (1, "tbsp", 14.2)], "butter", 5),
        (
            Unit.PAT,
            None,
            [(1, "tbsp", 15)],
            "margarine",
            5,
        ),  # A can that states its volume gives the drink its density.
        (Unit.FL_OZ, None, [(1, "can 8 fl oz", 240)], "energy drink", 30),
    ],
)
def test_match_measure_picks_the_usda_measure(
    unit: Unit | None,
    size: Size | None,
    measures: list[tuple[float, str, float]],
    food: str,
    grams: float,
) -> None:
    assert match_measure(unit, size, measures, food) == pytest.approx(grams, rel=1e-3)


@pytest.mark.parametrize(
    ("unit", "size", "measures", "food"),
    [
        (None, Size.SMALL, AVOCADO, "avocado"),  # no small measure: ask, don't guess
        (None, None, RICE, "rice"),  # rice is not counted
        (None, None, SALMON, "salmon"),
        (Unit.SLICE, None, RICE, "rice"),
        (Unit.CUP, None, SALMON, "salmon"),  # no volume measure to take a density from
        (Unit.CUP, None, [], "soup"),
        (Unit.HANDFUL, None, [], "almonds"),
        (Unit.SERVING, None, RICE, "rice"),
        (None, None, [(0, "large", 50), (1, "medium", 0)], "egg"),  # malformed rows are skipped
    ],
)
def test_match_measure_gives_none_when_nothing_fits(
    unit: Unit | None, size: Size | None, measures: list[tuple[float, str, float]], food: str
) -> None:
    assert match_measure(unit, size, measures, food) is None


ALL_MEASURES = [EGG, BANANA, ORANGE, AVOCADO, CHICKEN_BREAST, WHITE_BREAD, TOMATO, RICE,
                PEANUT_BUTTER, OLIVE_OIL, BUTTER, MILK, COLA, SALMON, []]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(_GRAMMAR_TEXT, st.sampled_from(ALL_MEASURES))
def test_grams_of_any_parsed_item_are_positive_or_unknown(
    text: str, measures: list[tuple[float, str, float]]
) -> None:
    try:
        items = parse_meal(text)
    except FoodParseError:
        return
    for item in items:
        grams = match_measure(item.unit, item.size, measures, item.food)
        assert grams is None or (math.isfinite(grams) and grams > 0)
        if grams is not None and item.unit in (None, *GRAMS_PER_UNIT, *ML_PER_UNIT):
            assert item.quantity * grams <= 5 * MAX_GRAMS  # bounded: 100 items or 5 l at most


def test_conversions_are_the_exact_definitions() -> None:
    assert grams_of(2, Unit.LB) == pytest.approx(907.18474)
    assert grams_of(1, Unit.OZ) == pytest.approx(28.349523125)
    assert millilitres_of(1, Unit.CUP) == pytest.approx(236.5882365)
    assert millilitres_of(16, Unit.TBSP) == pytest.approx(millilitres_of(1, Unit.CUP))
    assert millilitres_of(3, Unit.TSP) == pytest.approx(millilitres_of(1, Unit.TBSP))
    assert grams_of(1, Unit.CUP) is None
    assert millilitres_of(1, Unit.G) is None


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("rice, 1.5 cups", [(1.5, Unit.CUP, "rice")]),
        ("chicken breast, 150g, rice, 1 cup", [(150.0, Unit.G, "chicken breast"),
                                               (1.0, Unit.CUP, "rice")]),
        ("pineapple chunks, 1 cup, and a coffee", [(1.0, Unit.CUP, "pineapple chunks"),
                                                   (1.0, None, "coffee")]),
        ("wings, half a dozen", [(6.0, None, "wings")]),
        ("mozzarella sticks, 4 of", [(4.0, None, "mozzarella sticks")]),
    ],
)  # fmt: skip
def test_an_amount_after_a_comma_is_the_food_befores(
    text: str, read: list[tuple[float, Unit | None, str]]
) -> None:
    assert [(i.quantity, i.unit, i.food) for i in parse_meal(text)] == read


@pytest.mark.parametrize("text", ["2 eggs, 3 cups", "eggs and 3"])
def test_an_amount_after_a_food_with_its_own_is_no_amount_of_it(text: str) -> None:
    eggs, amount = parse_meal(text)
    assert eggs.food == "eggs" and not eggs.unnamed
    assert amount.quantity == 3 and amount.unnamed  # its food is asked


def test_an_amount_with_no_food_at_all_is_refused() -> None:
    with pytest.raises(FoodParseError) as caught:
        parse_meal("2 cups")
    assert caught.value.problem is ParseProblem.NO_FOOD


def test_a_measure_after_one_vague_amount_is_how_much_it_was() -> None:
    [pasta, butter] = parse_meal("a big bowl of spaghetti, probably 3 cups, with butter")
    assert (pasta.quantity, pasta.unit, pasta.food, butter.food) == (
        3,
        "cup",
        "spaghetti",
        "butter",
    )
    [steak] = parse_meal("one ribeye, roughly 10 oz")
    assert (steak.quantity, steak.unit, steak.food) == (10, "oz", "ribeye")


def test_a_size_and_amount_restated_after_a_food_is_its_amount() -> None:
    [can] = parse_meal("red bull, the small 8.4 oz can")
    assert (can.quantity, can.unit, can.food) == (8.4, "oz", "red bull")
    [pinch] = parse_meal("a pinch of salt")
    assert (pinch.quantity, pinch.unit, pinch.food) == (1, "pinch", "salt")


def test_a_cut_named_after_its_weight_is_the_food() -> None:
    [salmon] = parse_meal("a 5 oz piece of baked salmon")
    assert (salmon.quantity, salmon.unit, salmon.food) == (5, "oz", "baked salmon")
    [piece] = parse_meal("a piece of cake")  # no weight: the piece is its unit
    assert (piece.unit, piece.food) == ("piece", "cake")


def test_a_part_after_a_food_is_that_part_of_it() -> None:
    [pie] = parse_meal("an apple pie, a quarter of")  # "of it": `read_sentence` drops "it"
    assert (pie.quantity, pie.unit, pie.food) == (0.25, None, "apple pie")
    [pizza, soda] = parse_meal("a large pizza, half, a soda")
    assert (pizza.quantity, pizza.size, soda.food) == (0.5, Size.LARGE, "soda")


def test_an_amount_after_a_vessel_of_a_food_is_what_was_eaten_of_it() -> None:
    [chili] = parse_meal("a big pot of chili, 2 cups")
    assert (chili.quantity, chili.unit, chili.food) == (2, "cup", "chili")
    [cookies, _] = parse_meal("a batch of cookies, 3, milk")
    assert (cookies.quantity, cookies.unit, cookies.food) == (3, None, "cookies")
    # a bowl is eaten: which amount is meant is asked, the bowls kept as typed
    bowls, cups = parse_meal("2 bowls of chili, 2 cups")
    assert (bowls.quantity, bowls.unit, bowls.food, cups.unnamed) == (2, "bowl", "chili", True)


def test_a_size_before_size_names_a_candy_bars_size_and_king_crab_stays_a_food() -> None:
    [bar] = parse_meal("a king size twix")
    assert (bar.size, bar.food) == (Size.KING, "twix")
    [bars] = parse_meal("3 fun-size milky ways")
    assert (bars.quantity, bars.size, bars.food) == (3, Size.FUN, "milky ways")
    [crab] = parse_meal("king crab legs")
    assert (crab.size, crab.food) == (None, "king crab legs")
    [muffin] = parse_meal("a jumbo muffin")
    assert (muffin.size, muffin.food) == (Size.JUMBO, "muffin")


def test_a_named_size_is_the_measure_that_names_it_anywhere() -> None:
    bar = [(1.0, "bar (1.5 oz)", 43.0), (1.0, "bar, fun size", 17.0), (1.0, "bar, king size", 85.0)]
    assert match_measure(None, Size.KING, bar, "twix") == 85.0
    assert match_measure(None, Size.FUN, bar, "twix") == 17.0
    assert match_measure(None, Size.KING, bar[:1], "twix") is None  # no such bar: ask
    muffin = [(1.0, "muffin, medium", 113.0), (1.0, "muffin, large", 139.0)]
    assert match_measure(None, Size.JUMBO, muffin, "muffin") == 139.0  # the biggest it has
    muffin_xl = [*muffin, (1.0, "muffin, extra large", 170.0)]
    assert match_measure(None, Size.JUMBO, muffin_xl, "muffin") == 170.0


def test_a_small_bag_of_a_snack_is_the_single_serve_bag() -> None:
    pretzels = [(1.0, "oz", 28.35), (1.0, "bag (16 oz)", 454.0)]
    assert match_measure(Unit.BAG, Size.SMALL, pretzels, "pretzels") == pytest.approx(28.35, 0.01)
    # a bag said plainly of a snack sold by the ounce is the single-serve one too
    assert match_measure(Unit.BAG, None, pretzels, "pretzels") == pytest.approx(28.35, 0.01)
    by_the_ounce = [(1.0, "cup", 46.0), (1.0, "oz", 28.35)]  # no bag: a snack by the ounce
    assert match_measure(Unit.BAG, Size.SMALL, by_the_ounce, "trail mix") == pytest.approx(
        28.35, 0.01
    )
    assert match_measure(Unit.BAG, Size.SMALL, [(1.0, "cup", 128.0)], "carrots") is None
    own = [*pretzels, (1.0, "bag, small (1.5 oz)", 42.0)]
    assert match_measure(Unit.BAG, Size.SMALL, own, "pretzels") == 42.0


def test_a_foods_one_measure_by_another_name_is_one_of_it() -> None:
    assert match_measure(None, None, [(1.0, "submarine", 228.0)], "turkey sub") == 228.0
    assert match_measure(None, None, [(1.0, "cup", 240.0)], "turkey sub") is None


def test_what_a_count_counts_is_the_one_measure_without_a_unit() -> None:
    cereal = [(1.0, "cup", 57.0), (1.0, "biscuit", 18.0)]  # "2 weetabix"
    assert match_measure(None, None, cereal, "weetabix") is None  # a count alone: see below
    assert one_unitless(cereal) == 18.0
    patty = [(1.0, 'patty, oval (approx 3" x 1-1/2")', 29.0), (0.5, "cup", 78.0)]
    assert one_unitless(patty) == 29.0
    assert one_unitless([*cereal, (1.0, "patty", 40.0)]) is None  # which one: asked
    assert one_unitless([(0.5, "fillet", 198.0), (3.0, "oz", 85.0)]) is None  # a side


def test_a_count_in_a_measures_name_weighs_one_of_what_it_counts() -> None:
    pecans = [(1.0, "cup, chopped", 109.0), (1.0, "oz (20 halves)", 28.35)]
    assert match_measure(None, None, pecans, "pecan half") == pytest.approx(28.35 / 20)
    pistachios = [(1.0, "cup", 123.0), (1.0, "oz (49 kernels)", 28.35)]
    assert match_measure(None, None, pistachios, "pistachio kernel") == pytest.approx(28.35 / 49)
    # A weight or volume in brackets counts nothing: "bag (8 oz)" is no eighth of a bag.
    assert match_measure(None, None, [(1.0, "bag (8 oz)", 227.0)], "chips") is None


def test_an_amount_of_each_is_every_unmeasured_food_s_before_it() -> None:
    read = [
        (i.quantity, i.unit, i.food) for i in parse_meal("rice and lentils, half a cup of each")
    ]
    assert read == [(0.5, "cup", "rice"), (0.5, "cup", "lentils")]
    _, honey = parse_meal("3 mugs of tea with a teaspoon of honey in each")
    assert (honey.quantity, honey.unit, honey.food) == (3, "tsp", "honey")
    with pytest.raises(FoodParseError):
        parse_meal("rice and lentils, lots of each")  # no amount: said again, not guessed
