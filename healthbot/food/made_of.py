"""A dish said with what it was made of, each with its amount: "I made a stir fry with 150g
tofu, a cup of broccoli and a cup of rice", "cooked a curry using 200 g chicken and a tin of
tomatoes", "a smoothie of a banana and 200 ml of milk". The ingredients are what was eaten;
the dish only names them, and is never logged beside them (nor asked about). A dish that
holds a filling keeps its bread ("made a wrap with 2 eggs and 30 g cheese": a tortilla), as
a title does (`titles.without_title`).
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["ingredients_of"]

_AMOUNT: Final = (
    r"(?:\d+(?:[.,/]\d+)?\s*(?:g|kg|ml|l|oz|lbs?)?\b|(?:a|an|one|two|three|four|five|six|half"
    r"(?:\s+an?)?)\s+(?:\w+\s+)?(?:cups?|tbsps?|tsps?|tablespoons?|teaspoons?|tins?|cans?"
    r"|handfuls?|slices?|pieces?|scoops?|glass(?:es)?|splash|dash|knob|pinch|pounds?|ounces?"
    r"|grams?|bunch|bag|packet|pack|carton|jar|fillets?|breasts?|thighs?|cloves?|bowls?)\b)"
)
_COUNTED: Final = r"(?:a|an|one|two|three|four|five|six|\d+)\s+(?!of\b)\w+"
_TWO_AMOUNTS: Final = (
    rf"(?=(?:about\s+|around\s+|roughly\s+)?(?:{_AMOUNT}|{_COUNTED})[^,;.]*?(?:,|\band\b)\s*"
    rf"(?:and\s+)?(?:about\s+|around\s+)?{_AMOUNT})"
)
"""Two things or more, the second with a measure: "a banana, 200 ml milk", "150g tofu, a cup
of broccoli" (not "a side of fries and a coke")."""
# "made a stir fry with 150g tofu, a cup of broccoli": a verb of cooking at home, the dish (no
# amount of its own), then two or more things it was made with, each with an amount.
_MADE: Final = re.compile(
    # the verb's, said by the writer or opening a clause ("a cup of cooked oats with ..." is
    # no cooking of a dish)
    r"(?:\b(?:i|we)\s+|(?:^|(?<=[,;.!:\ue000]))\s*)(?:just\s+|then\s+)?(?:made|cooked|prepared|whipped\s+up|threw\s+together|knocked\s+up|put\s+together"
    r"|fixed|blended|rustled\s+up)\s+(?:(?:myself|ourselves|us|me)\s+)?"
    r"(?:(?:a|an|some|my|our|the)\s+)?(?P<dish>(?:(?!of\b)[a-z][a-z'-]*\s+){0,3}?(?!of\b)[a-z][a-z'-]*)"
    rf"\s+(?:with|using|from|out\s+of)\s+{_TWO_AMOUNTS}",
    re.IGNORECASE,
)
# "a smoothie of a banana and 200 ml milk", "a sandwich made with 2 slices of ham and a slice
# of swiss": a dish whose name is never a measure, then what it was made of.
_DISH_OF: Final = re.compile(
    r"\b(?:a|an)\s+(?P<dish>(?:[a-z]+\s+)?(?:smoothie|shake|salad|sandwich|sarnie|wrap|toastie"
    r"|omelett?e|stir\s+fry|stir-fry|scramble|curry|stew|soup))\s+"
    rf"(?:of|made\s+(?:of|with|from|using))\s+{_TWO_AMOUNTS}",
    re.IGNORECASE,
)
_EGG_DISH: Final = re.compile(r"\b(?:omelett?e|omelet|frittata|scramble|bhurji)\b", re.I)
_HOLDERS: Final = frozenset(
    {"sandwich", "sarnie", "wrap", "toastie", "burrito", "sub", "panini", "bagel", "roll",
     "bap", "bun", "burger", "taco", "tacos", "quesadilla", "pitta", "pita"}
)  # fmt: skip


def _ingredients(found: re.Match[str], separator: str) -> str:
    dish = found["dish"].strip()
    if _EGG_DISH.search(dish):
        return found[0]  # "an omelette with 3 eggs": its eggs are the dish's (`egg_dishes`)
    if dish.lower().split()[-1] in _HOLDERS:
        return f"{separator}{dish}: "  # the dish's title, which keeps its bread
    return separator


def ingredients_of(text: str, separator: str) -> str:
    """The text with a dish said with its ingredients' amounts (see the module) as those
    ingredients, the end of an item (`separator`) before them."""
    text = _MADE.sub(lambda found: _ingredients(found, separator), text)
    return _DISH_OF.sub(lambda found: _ingredients(found, separator), text)
