"""Food-log phrases and the items a person reads in them, for the parser's tests and bench."""

from __future__ import annotations

from dataclasses import dataclass

from healthbot.food.units import Size, Unit


@dataclass(frozen=True)
class Expected:
    """One item as a person reads it: `quantity` `unit` (None: counted) of `size` `food`."""

    quantity: float
    unit: Unit | None
    food: str
    size: Size | None = None


@dataclass(frozen=True)
class Phrase:
    """A text typed after /log and the items it holds, in order."""

    text: str
    items: tuple[Expected, ...]
    known_wrong: bool = False  # the parser reads it otherwise; kept to be counted and seen


def phrase(text: str, *items: tuple[object, ...], known_wrong: bool = False) -> Phrase:
    """A phrase from (quantity, unit, food[, size]) tuples."""
    return Phrase(text, tuple(Expected(*item) for item in items), known_wrong)  # type: ignore[arg-type]


G, KG, OZ, LB, ML, L = Unit.G, Unit.KG, Unit.OZ, Unit.LB, Unit.ML, Unit.L
CUP, TBSP, TSP, SLICE, PIECE = Unit.CUP, Unit.TBSP, Unit.TSP, Unit.SLICE, Unit.PIECE
SMALL, MEDIUM, LARGE = Size.SMALL, Size.MEDIUM, Size.LARGE

PHRASES = [
    # The examples.
    phrase("2 eggs and a slice of toast", (2, None, "eggs"), (1, SLICE, "toast")),
    phrase("150g chicken breast, 1 cup rice", (150, G, "chicken breast"), (1, CUP, "rice")),
    phrase("half an avocado", (0.5, None, "avocado")),
    phrase("a medium apple", (1, None, "apple", MEDIUM)),
    # Integers, decimals, decimal commas.
    phrase("3 eggs", (3, None, "eggs")),
    phrase("200 g greek yogurt", (200, G, "greek yogurt")),
    phrase("1.5 cups milk", (1.5, CUP, "milk")),
    phrase("1,5 l water", (1.5, L, "water")),
    phrase("0.5 kg potatoes", (0.5, KG, "potatoes")),
    phrase(".5 cup oats", (0.5, CUP, "oats")),
    # Fractions.
    phrase("1/2 cup rice", (0.5, CUP, "rice")),
    phrase("½ cup oatmeal", (0.5, CUP, "oatmeal")),
    phrase("1 1/2 cups milk", (1.5, CUP, "milk")),
    phrase("1½ cups cooked pasta", (1.5, CUP, "cooked pasta")),
    phrase("3/4 cup blueberries", (0.75, CUP, "blueberries")),
    phrase("¼ cup almonds", (0.25, CUP, "almonds")),
    # Words.
    phrase("an orange", (1, None, "orange")),
    phrase("one banana", (1, None, "banana")),
    phrase("two slices of bread", (2, SLICE, "bread")),
    phrase("three eggs", (3, None, "eggs")),
    phrase("twelve almonds", (12, None, "almonds")),
    phrase("half a cup of rice", (0.5, CUP, "rice")),
    phrase("a couple of cookies", (2, None, "cookies")),
    phrase("a few strawberries", (3, None, "strawberries")),
    phrase("a dozen grapes", (12, None, "grapes")),
    phrase("half a dozen eggs", (6, None, "eggs")),
    phrase("one and a half cups of rice", (1.5, CUP, "rice")),
    phrase("a quarter cup of honey", (0.25, CUP, "honey")),
    # Ranges.
    phrase("2-3 eggs", (2.5, None, "eggs")),
    phrase("2 to 3 slices of pizza", (2.5, SLICE, "pizza")),
    # Units, attached and apart.
    phrase("500ml milk", (500, ML, "milk")),
    phrase("2tbsp peanut butter", (2, TBSP, "peanut butter")),
    phrase("1 tsp sugar", (1, TSP, "sugar")),
    phrase("1 tablespoon olive oil", (1, TBSP, "olive oil")),
    phrase("2 teaspoons honey", (2, TSP, "honey")),
    phrase("6 oz salmon", (6, OZ, "salmon")),
    phrase("8 ounces steak", (8, OZ, "steak")),
    phrase("1 lb ground beef", (1, LB, "ground beef")),
    phrase("0.5 pounds shrimp", (0.5, LB, "shrimp")),
    phrase("1 kg watermelon", (1, KG, "watermelon")),
    phrase("100 grams cheddar cheese", (100, G, "cheddar cheese")),
    phrase("250 ml orange juice", (250, ML, "orange juice")),
    phrase("1 liter of water", (1, L, "water")),
    phrase("a glass of milk", (1, Unit.GLASS, "milk")),
    phrase("a bowl of soup", (1, Unit.BOWL, "soup")),
    phrase("a can of coke", (1, Unit.CAN, "coke")),
    phrase("a bottle of beer", (1, Unit.BOTTLE, "beer")),
    phrase("a handful of almonds", (1, Unit.HANDFUL, "almonds")),
    phrase("2 pieces of chicken", (2, PIECE, "chicken")),
    phrase("1 serving of pasta", (1, Unit.SERVING, "pasta")),
    phrase("2 cups of coffee", (2, CUP, "coffee")),
    phrase("12 fl oz cola", (12, Unit.FL_OZ, "cola")),
    # Sizes.
    phrase("a large banana", (1, None, "banana", LARGE)),
    phrase("2 small potatoes", (2, None, "potatoes", SMALL)),
    phrase("1 large egg", (1, None, "egg", LARGE)),
    phrase("a large glass of orange juice", (1, Unit.GLASS, "orange juice", LARGE)),
    # Lists and "with".
    phrase(
        "oatmeal with milk and a banana",
        (1, None, "oatmeal"),
        (1, None, "milk"),
        (1, None, "banana"),
    ),
    phrase("coffee with milk", (1, None, "coffee"), (1, None, "milk")),
    phrase("2 eggs, 1 toast, 1 coffee", (2, None, "eggs"), (1, None, "toast"), (1, None, "coffee")),
    phrase("bagel with cream cheese", (1, None, "bagel"), (1, None, "cream cheese")),
    phrase("1 cup rice; 100g chicken", (1, CUP, "rice"), (100, G, "chicken")),
    phrase("3 eggs + 2 slices bacon", (3, None, "eggs"), (2, SLICE, "bacon")),
    phrase("- 2 eggs\n- 1 apple", (2, None, "eggs"), (1, None, "apple")),
    phrase("mac and cheese", (1, None, "mac and cheese")),
    phrase("a cup of half and half", (1, CUP, "half and half")),
    phrase("fish and chips", (1, None, "fish and chips")),
    # No quantity, or a quantity after the food.
    phrase("banana", (1, None, "banana")),
    phrase("chicken breast 150g", (150, G, "chicken breast")),
    phrase("toast x2", (2, None, "toast")),
    phrase("rice 1 cup", (1, CUP, "rice")),
    phrase("I had 2 eggs", (2, None, "eggs")),
    phrase("Two Eggs And A Banana", (2, None, "eggs"), (1, None, "banana")),
    phrase("an apple 🍎", (1, None, "apple")),
    # Phrasings nobody wrote the grammar for, found by trying.
    phrase("1 medium sized apple", (1, None, "apple", MEDIUM)),
    phrase("a medium-sized banana", (1, None, "banana", MEDIUM)),
    phrase("one 6oz steak", (6, OZ, "steak")),
    phrase("2 scrambled eggs", (2, None, "scrambled eggs")),
    phrase("1 cup of 2% milk", (1, CUP, "2% milk")),
    phrase("2 cups of coffee with 2 tbsp of cream", (2, CUP, "coffee"), (2, TBSP, "cream")),
    phrase("a slice of pizza and a coke", (1, SLICE, "pizza"), (1, None, "coke")),
    phrase("3 tbsp. olive oil", (3, TBSP, "olive oil")),
    phrase("about 100g of almonds", (100, G, "almonds")),
    phrase("peanut butter and jelly sandwich", (1, None, "peanut butter and jelly sandwich")),
    phrase("1 pint of beer", (1, Unit.PINT, "beer")),
    phrase("big mac and large fries", (1, None, "big mac"), (1, None, "fries", LARGE)),
    phrase("3 strips of bacon", (3, Unit.STRIP, "bacon")),
    phrase("2 scoops of protein powder", (2, Unit.SCOOP, "protein powder")),
    phrase("1 lg egg", (1, None, "egg", LARGE)),
    phrase("1 and 1/2 cups oats", (1.5, CUP, "oats")),
    phrase("1-1/2 cups oats", (1.5, CUP, "oats")),
    phrase("2 x 100g yoghurt", (200, G, "yoghurt")),
    phrase("a stick of butter", (1, Unit.STICK, "butter")),
    phrase("1 bagel w/ cream cheese", (1, None, "bagel"), (1, None, "cream cheese")),
    phrase("a 12 oz can of coke", (1, Unit.CAN, "coke"), known_wrong=True),
    phrase("1 cup of milk, 2% fat", (1, CUP, "milk, 2% fat"), known_wrong=True),
    phrase("3 eggs, scrambled", (3, None, "eggs scrambled"), known_wrong=True),
    phrase("chicken with rice soup", (1, None, "chicken with rice soup"), known_wrong=True),
    phrase("an 8 oz glass of milk", (8, Unit.FL_OZ, "milk")),
    # Amounts in words: parts of a unit, a unit and a half.
    phrase("two thirds of a cup of oats", (2 / 3, CUP, "oats")),
    phrase("three quarters cup milk", (0.75, CUP, "milk")),
    phrase("a tablespoon and a half of honey", (1.5, TBSP, "honey")),
    phrase("hummus, 2 tbsp and a half", (2.5, TBSP, "hummus")),
    phrase("about a pound and a half of ribs", (1.5, Unit.LB, "ribs")),
    phrase("two quarter pounders", (2, None, "quarter pounders")),
    # A length describes the food: one of it, never six.
    phrase("a 12 inch meatball sub", (1, None, "meatball sub")),
    phrase("2 8-inch tortillas", (2, None, "tortillas")),
    # Sizes beyond the three: extra large is its own, mini and bite size are one.
    phrase("an extra large blueberry muffin", (1, None, "blueberry muffin", Size.EXTRA_LARGE)),
    phrase("three mini bagels", (3, None, "bagels", Size.MINI)),
    phrase("2 bite size snickers", (2, None, "snickers", Size.MINI)),
    phrase("extra small coffee", (1, None, "coffee", SMALL)),
    # Spoken amounts: a drizzle or squirt is a teaspoon, a knob a tablespoon, a pat its own.
    phrase("a drizzle of honey", (1, Unit.TSP, "honey")),
    phrase("a knob of butter", (1, TBSP, "butter")),
    phrase("2 pats of butter", (2, Unit.PAT, "butter")),
]
