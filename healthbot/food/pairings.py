"""How much of a food goes with another when no amount is said, by what it goes with.

A topping's amount (`servings.TOPPINGS`, the FDA's reference amounts) is what goes on one
serving of a thing: on several cups, bowls or servings ("2 cups of spaghetti with marinara")
it goes on each; pieces counted are no servings ("3 pancakes with syrup" is one stack).

Some pairs are eaten otherwise than the topping alone would say, by the kind of food (SR24's
food group) they go with: milk on a cereal is the half cup a cereal box's label counts, cream
on fruit is two tablespoons of heavy cream (half and half is coffee's), butter on a vegetable
is a teaspoon and on toast or a roll a pat (SR24's, 5 g) (a nut butter a tablespoon, on each
slice or half: two in a sandwich), on pasta or noodles a tablespoon
for the dish, however many cups, and fruit on a cereal or a yogurt is half a cup (a cup is
fruit eaten on its own).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from healthbot.food.aliases import PLAIN_MILKS
from healthbot.food.asides import without_context
from healthbot.food.parser import ParsedItem, parse_meal
from healthbot.food.servings import TOPPINGS
from healthbot.food.text import normalize
from healthbot.food.units import Unit

CEREALS: Final = "Breakfast Cereals"
FRUITS: Final = "Fruits and Fruit Juices"
VEGETABLES: Final = "Vegetables and Vegetable Products"
DAIRY: Final = "Dairy and Egg Products"
BAKED: Final = "Baked Products"
GRAINS: Final = "Cereal Grains and Pasta"

NUT_BUTTER: Final = "peanut butter"
"""How `PAIRS` names any butter of nuts or seeds ("crunchy almond butter"): no butter."""
_NUT_BUTTER: Final = re.compile(
    r"\b(?:peanut|almond|cashew|hazel|hazelnut|nut|seed|sunflower|pb)\b.* butter$"
    r"|(?:^| )(?:crunchy |smooth )?pb$"  # as texted: "toast with pb"
)

PAIRS: Final[dict[tuple[str, str], str]] = {
    (CEREALS, "milk"): "1/2 cup milk",
    (FRUITS, "cream"): "2 tbsp heavy cream",
    (VEGETABLES, "butter"): "1 tsp butter",
    (BAKED, "butter"): "1 pat butter",
    (GRAINS, "butter"): "1 tbsp butter",
    (BAKED, NUT_BUTTER): f"1 tbsp {NUT_BUTTER}",
}
"""(the base's food group, the food named with it) -> the amount of it, as /log reads it."""
FRUIT_ON: Final = frozenset({CEREALS, DAIRY})
"""Food groups that fruit named with them tops, half a cup of it."""
FRUIT_TOPPING: Final = "1/2 cup"
MAX_EACH: Final = 4.0
"""A topping goes on each of at most this many servings of a thing."""
_SERVINGS: Final = frozenset({Unit.CUP, Unit.BOWL, Unit.SERVING})


SPREADS: Final = frozenset(
    {"butter", "margarine", "jam", "jelly", "marmalade", "nutella", "honey", "lemon curd",
     "golden syrup", NUT_BUTTER, "vegemite", "marmite", "promite", "yeast extract",
     "yeast extract spread"}
)  # fmt: skip
"""What is spread on each slice of toast or half of a bagel, a slice's worth on each (a
yeast extract too: its teaspoon a slice, as every diary set writes it)."""
HALVED: Final = frozenset({"bagel", "english muffin", "muffin", "bun", "roll"})
"""Breads cut in two and spread on each half."""
WHOLE: Final = frozenset({"crumpet", "pikelet", "rice cake", "cracker", "crispbread"})
"""Breads spread whole, each one counted (a crumpet is not cut in two)."""
SMALL: Final = frozenset({"cracker"})
"""Of `WHOLE`, pieces a fraction of a slice (a saltine is 3 g): `PER_SLICE` of them take
one slice's spread, not one each (a tablespoon of peanut butter covers three saltines)."""
PER_SLICE: Final = 3.0


def paired(item: ParsedItem, base: ParsedItem, group: str | None) -> ParsedItem:
    """The item named right after `base` (whose food is of `group`), in the amount it goes
    with it; as it is when it has an amount of its own or the pair says nothing. A spread
    goes on each slice or half of a bread counted ("2 slices of toast with jam": two)."""
    spread = _spread(item)
    if _one_on_a_part(item, base, group, spread):
        # "half a bagel with a schmear": half of one, as "with cream cheese" is
        item = replace(item, quantity=base.quantity)
    if item.quantity_typed or item.unit is not None or item.size is not None:
        return item
    food = normalize(item.singular_food)
    each = _pieces(base) if item.added and spread in SPREADS else 1.0
    if item.added and spread in SPREADS and _spread_whole(base):
        group = BAKED  # a rice cake (SR24's sweets and snacks) is spread as a slice is
    elif item.added and spread not in SPREADS and group == BAKED and 0 < base.quantity < 1:
        # "half a bagel with cream cheese": half the bagel's topping (a spread's is a half's)
        each = base.quantity if base.unit is None else 1.0
    pair = PAIRS.get((group or "", food))
    if pair is not None:
        [made] = parse_meal(pair)
        return replace(made, quantity=made.quantity * each, span=item.span, added=item.added)
    # "skim milk", "1% milk" on a cereal: its half cup of that milk (the kind is its last word,
    # or its common name a milk's: "semi skimmed"; "crunchy peanut butter" is no butter)
    last = "milk" if food in PLAIN_MILKS else food.rpartition(" ")[2]
    kind = PAIRS.get((group or "", NUT_BUTTER if spread == NUT_BUTTER else last))
    if kind is not None:
        [made] = parse_meal(kind)
        return replace(item, quantity=made.quantity * each, unit=made.unit, quantity_typed=True)
    if each != 1:
        return replace(item, quantity=each)
    if item.added and base.unit in _SERVINGS and normalize(item.food) in TOPPINGS:
        return replace(item, quantity=min(base.quantity, MAX_EACH))
    return item


def named_apart(item: ParsedItem) -> ParsedItem:
    """An addition named with words of where or when after it ("coffee with milk in the
    staff room", "a bagel with cream cheese on the train") as the addition alone, so that it
    goes with the food before it in the amount it always does (a splash, two tablespoons),
    not as a food of its own (a glass of milk, a cup of cream cheese); as it is otherwise."""
    heads = without_context(item.food) if item.added else []
    if not heads or normalize(item.food) in TOPPINGS:
        return item
    head = heads[-1]
    named = {normalize(head), normalize(replace(item, food=head).singular_food)}
    added = named & TOPPINGS.keys() or named & SPREADS or named & set(PLAIN_MILKS)
    return replace(item, food=head) if added else item


def _one_on_a_part(item: ParsedItem, base: ParsedItem, group: str | None, spread: str) -> bool:
    """Whether the item is one topping ("a schmear") named by its article with a part of a
    bread ("half a bagel"), whose topping is that part's; an egg is counted, not spread."""
    topping = normalize(item.singular_food) in TOPPINGS
    one = topping and item.quantity == 1 and item.unit is None and item.size is None
    article = item.span.lower().startswith(("a ", "an "))
    part = group == BAKED and base.unit is None and 0 < base.quantity < 1
    return item.added and one and article and part and spread not in SPREADS


STIRRED: Final = frozenset(
    {"sugar", "sweetener", "splenda", "stevia", "honey", "syrup", "milk", "cream", "creamer"}
)
"""What is stirred into each cup of a drink (its food's last word)."""


def goes_with(items: list[ParsedItem], position: int) -> int | None:
    """The place of the item the one at `position` goes with: the one before it, or, for
    what is stirred into a drink after another addition, the drink ("2 cups of coffee with
    milk and sugar": the sugar goes in each cup, as the milk does); None for the first."""
    item = items[position]
    stirred = item.added and item.singular_food.rpartition(" ")[2] in STIRRED
    spread = item.added and _spread(item) in SPREADS  # "toast with butter and vegemite"
    at = position - 1
    while at > 0 and items[at].added and (stirred or (spread and _spread(items[at]) in SPREADS)):
        at -= 1
    return at if position else None


def _spread(item: ParsedItem) -> str:
    """The item's food as `SPREADS` names it (any butter of nuts as `NUT_BUTTER`)."""
    food = normalize(item.singular_food)
    return NUT_BUTTER if _NUT_BUTTER.search(f" {food}") else food


def _spread_whole(base: ParsedItem) -> bool:
    """Whether the base is a bread spread whole, one by one (`WHOLE`)."""
    return base.unit is None and normalize(base.singular_food).endswith(tuple(WHOLE))


def _pieces(base: ParsedItem) -> float:
    """How many slices or halves a bread named with a count has, at most `MAX_EACH`; 1 for
    any other food or amount."""
    food = normalize(base.singular_food)
    words = food.split()
    if base.unit is Unit.SLICE:
        return min(base.quantity, MAX_EACH)
    if base.unit is None and any(food.endswith(h) for h in HALVED):
        return min(2 * base.quantity, MAX_EACH)
    if _spread_whole(base) and food.endswith(tuple(SMALL)):
        # crackers not counted ("crackers with jam") are a serving of them: the lot's amount
        counted = min(base.quantity, PER_SLICE * MAX_EACH) / PER_SLICE
        return counted if base.quantity_typed else 1.0
    if _spread_whole(base):
        return min(base.quantity, MAX_EACH)
    if base.unit is None and words[-1:] == ["toast"] and base.quantity_typed:
        return min(base.quantity, MAX_EACH)
    return 1.0


def group_of(group: str | None, name: str) -> str | None:
    """A food's group, or the one its name says when the table gives none (a cereal of the
    table's later additions: "Cereals ready-to-eat, WEETABIX ...")."""
    return group or (CEREALS if name.startswith(("Cereals ready-to-eat", "Cereals,")) else None)


def fruit_topping(item: ParsedItem, group: str | None, own_group: str | None) -> ParsedItem | None:
    """The item as half a cup when it is fruit named without an amount with a cereal or a
    yogurt ("oatmeal with blueberries"); None otherwise."""
    plain = not item.quantity_typed and item.unit is None and item.size is None
    if not (plain and item.added and own_group == FRUITS and group in FRUIT_ON):
        return None
    [made] = parse_meal(f"{FRUIT_TOPPING} {item.food}")
    return replace(made, span=item.span, added=True)
