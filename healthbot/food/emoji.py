"""Food emoji read as the foods they picture: "/log 🍕" is a slice of pizza, "2 🥚" two eggs,
"🍺🍺" two beers. An emoji the table below lacks is left for the parser, which says it cannot
tell which food a picture is rather than asking for words as if none were sent."""

from __future__ import annotations

import re
from typing import Final

EMOJI_FOODS: Final[dict[str, str]] = {
    "🍕": "pizza", "🍔": "hamburger", "🍟": "french fries", "🌭": "hot dog", "🌮": "taco",
    "🌯": "burrito", "🥪": "sandwich", "🍣": "sushi", "🍜": "ramen", "🍝": "spaghetti",
    "🍚": "rice", "🍛": "curry", "🍙": "rice", "🥗": "salad", "🥣": "cereal", "🍳": "fried egg",
    "🥚": "egg", "🥓": "bacon", "🥞": "pancakes", "🧇": "waffle", "🍞": "bread",
    "🥐": "croissant", "🥯": "bagel", "🥖": "baguette", "🧀": "cheese", "🍗": "chicken leg",
    "🥩": "steak", "🍤": "fried shrimp", "🍎": "apple", "🍏": "apple", "🍌": "banana",
    "🍊": "orange", "🍋": "lemon", "🍉": "watermelon", "🍇": "grapes", "🍓": "strawberries",
    "🫐": "blueberries", "🍒": "cherries", "🍑": "peach", "🥭": "mango", "🍍": "pineapple",
    "🥝": "kiwi", "🍐": "pear", "🥑": "avocado", "🥕": "carrot", "🌽": "corn on the cob",
    "🥦": "broccoli", "🥒": "cucumber", "🍅": "tomato", "🥔": "potato", "🍠": "sweet potato",
    "🥜": "peanuts", "🍿": "popcorn", "🍩": "doughnut", "🍪": "cookie", "🎂": "cake",
    "🍰": "cake", "🧁": "cupcake", "🥧": "pie", "🍫": "chocolate bar", "🍦": "ice cream cone",
    "🍨": "ice cream", "☕": "coffee", "🍵": "tea", "🧋": "bubble tea", "🥛": "glass of milk",
    "🍺": "beer", "🍻": "beer", "🍷": "glass of wine", "🥂": "glass of champagne",
    "🍸": "martini", "🥃": "whiskey", "🧃": "juice box", "🥤": "soda", "🍶": "sake",
    "🥟": "dumpling", "🥙": "gyro", "🧆": "falafel", "🍲": "stew", "🥨": "pretzel",
    "🍘": "rice cracker", "🫓": "flatbread", "🥥": "coconut", "🍆": "eggplant",
    "🫑": "bell pepper", "🧅": "onion", "🧄": "garlic", "🍄": "mushroom", "🥬": "lettuce",
    "🍯": "honey", "🧈": "butter", "🥫": "canned soup", "🍱": "bento", "🍢": "oden",
    "🍡": "mochi", "🥠": "fortune cookie", "🍮": "custard", "🍭": "lollipop", "🍬": "candy",
}  # fmt: skip
"""A food emoji -> the common name it pictures."""

# A run of emoji, each with the variation selector or skin tone that may follow it.
_MODIFIERS = "\ufe0f\ufe0e\U0001f3fb-\U0001f3ff"
_RUN = re.compile("(?:(?:" + "|".join(map(re.escape, EMOJI_FOODS)) + f")[{_MODIFIERS}]*\\s*)+")
_ONE = re.compile("|".join(map(re.escape, EMOJI_FOODS)))
# Words after which a picture is the food of the same item: "2 🥚", "a bowl of 🍜".
_COUNTED = re.compile(
    r"(?:^|\b)(?:\d+(?:[.,]\d+)?|a|an|one|two|three|four|five|six|half|of|some|x)\s*$", re.I
)


def with_food_names(text: str) -> str:
    """The text with each run of food emoji as the foods it pictures, one item each, an emoji
    repeated being that many ("🍺🍺": 2 beer); a count typed before the run is its first's."""
    if not text.isascii() and _ONE.search(text) is not None:
        return _RUN.sub(lambda run: _named(run, text), text)
    return text


def _named(run: re.Match[str], text: str) -> str:
    counts: dict[str, int] = {}
    for found in _ONE.findall(run[0]):
        counts[EMOJI_FOODS[found]] = counts.get(EMOJI_FOODS[found], 0) + 1
    items = [name if count == 1 else f"{count} {name}" for name, count in counts.items()]
    counted = _COUNTED.search(text[: run.start()]) is not None
    lead = " " if counted or not run.start() else ", "
    return lead + ", ".join(items) + ", "
