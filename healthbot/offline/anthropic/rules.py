"""The fake Anthropic's tool use: rules that read a user's words, and inputs fitted to a schema."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from typing import Any, Final

from healthbot.offline.anthropic.records import JsonDict
from healthbot.offline.anthropic.told import matches_profile, profile_input, weighed

_FOOD_FORMS: Final = {
    form: name
    for name, forms in {
        "egg": ("egg", "eggs"),
        "toast": ("toast", "toasts"),
        "apple": ("apple", "apples"),
        "banana": ("banana", "bananas"),
        "rice": ("rice",),
        "chicken": ("chicken",),
        "salad": ("salad", "salads"),
        "pasta": ("pasta",),
        "coffee": ("coffee", "coffees"),
        "milk": ("milk",),
        "oatmeal": ("oatmeal", "porridge", "oats"),
        "yogurt": ("yogurt", "yoghurt", "yogurts"),
        "bread": ("bread",),
        "cheese": ("cheese",),
        "pizza": ("pizza", "pizzas"),
        "sandwich": ("sandwich", "sandwiches"),
        "soup": ("soup",),
        "steak": ("steak", "steaks"),
        "fish": ("fish",),
        "salmon": ("salmon",),
        "avocado": ("avocado", "avocados"),
        "orange": ("orange", "oranges"),
        "potato": ("potato", "potatoes"),
        "burger": ("burger", "burgers"),
        "cereal": ("cereal",),
        "tea": ("tea",),
        "juice": ("juice",),
        "nuts": ("nuts", "almonds", "peanuts"),
        "cookie": ("cookie", "cookies"),
        "chocolate": ("chocolate",),
    }.items()
    for form in forms
}
_FOOD_RE: Final = re.compile(
    r"\b(" + "|".join(sorted(_FOOD_FORMS, key=len, reverse=True)) + r")\b", re.IGNORECASE
)
_ATE_RE: Final = re.compile(
    r"\b(i ate|ate|eaten|had\b.{0,60}?\b(breakfast|lunch|dinner|snack))\b",
    re.IGNORECASE,
)
_MEAL_RE: Final = re.compile(r"\b(breakfast|lunch|dinner|snack)\b", re.IGNORECASE)
_NUMBER_WORDS: Final = {
    "a": 1.0,
    "an": 1.0,
    "one": 1.0,
    "two": 2.0,
    "three": 3.0,
    "four": 4.0,
    "five": 5.0,
    "six": 6.0,
    "half": 0.5,
    "half a": 0.5,
}
_UNITS: Final = {
    "g": "g",
    "gram": "g",
    "grams": "g",
    "kg": "kg",
    "ml": "ml",
    "l": "l",
    "cup": "cup",
    "cups": "cup",
    "slice": "slice",
    "slices": "slice",
    "bowl": "bowl",
    "bowls": "bowl",
    "piece": "piece",
    "pieces": "piece",
    "glass": "glass",
    "glasses": "glass",
    "tbsp": "tbsp",
    "tsp": "tsp",
    "oz": "oz",
    "plate": "plate",
    "plates": "plate",
    "handful": "handful",
}
_QUANTITY_BEFORE: Final = re.compile(
    r"(?P<qty>\b\d+(?:[.,]\d+)?|\b(?:half a|half|an|a|one|two|three|four|five|six)\b)\s*"
    r"(?:(?P<unit>" + "|".join(sorted(_UNITS, key=len, reverse=True)) + r")\b\s*)?"
    r"(?:of\s+)?(?:[a-z-]+\s+){0,2}$",
    re.IGNORECASE,
)
_REMIND_RE: Final = re.compile(r"\bremind me\b", re.IGNORECASE)
_REMIND_WHAT: Final = re.compile(
    r"\bremind me\s+(?:to\s+|about\s+|that\s+)?(?P<what>[^.!?]+)", re.IGNORECASE
)
_RECURRING: Final = re.compile(
    r"\b(every day|daily|each day|every morning|every evening)\b", re.IGNORECASE
)
# A repeat and its window, which only a tool's `when` in words can say ("every 2 hours from
# 11pm to 7am"): handed over as said, for the reminder parser to read.
_CLOCK_SAID: Final = r"\d{1,2}(?::\d{2})?\s*(?:am|pm)?"
_REPEAT_SAID: Final = re.compile(
    r"\bevery\s+(?:\d+|two|three|four|couple\s+of)?\s*(?:hours?|h|minutes?|mins?)\b|\bhourly\b"
    r"|\b(?:from|between)\s+" + _CLOCK_SAID + r"\s*(?:-|to|and|until|till)\s*" + _CLOCK_SAID,
    re.IGNORECASE,
)
_AT_TIME: Final = re.compile(r"\bat\s+(\d{1,2})(?::(\d{2}))?\s*(am|pm)?\b", re.IGNORECASE)
_IN_TIME: Final = re.compile(r"\bin\s+(\d+)\s*(minutes?|mins?|hours?|h)\b", re.IGNORECASE)
_WATER_AMOUNT: Final = re.compile(
    r"(?P<qty>\b\d+(?:[.,]\d+)?|\b(?:an|a|one|two|three|four|five|six)\b)\s*"
    r"(?P<unit>ml|l|liters?|litres?|oz|cups?|glass(?:es)?|bottles?)\b",
    re.IGNORECASE,
)
_WATER_ML: Final = {"ml": 1, "l": 1000, "oz": 30, "cup": 240, "glass": 250, "bottle": 500}
_WEIGHT_RE: Final = re.compile(
    r"(?P<value>\d+(?:[.,]\d+)?)\s*(?P<unit>kgs?|kilos?|kilograms?|lbs?|pounds?)\b",
    re.IGNORECASE,
)
_WEIGH_NUMBER: Final = re.compile(r"\bweigh\s+(?P<value>\d+(?:[.,]\d+)?)", re.IGNORECASE)
_STATS_RE: Final = re.compile(r"\b(my xp|xp|streak|level|my stats|my progress)\b", re.IGNORECASE)
_NUMBER: Final = re.compile(r"\d+(?:[.,]\d+)?")


def _number(text: str) -> float:
    if text.lower() in _NUMBER_WORDS:
        return _NUMBER_WORDS[text.lower()]
    return float(text.replace(",", "."))


def _plain_number(value: float) -> float | int:
    return int(value) if value == int(value) else value


def _food_input(text: str) -> JsonDict:
    items: list[JsonDict] = []
    previous_end = 0
    for match in _FOOD_RE.finditer(text):
        name = _FOOD_FORMS[match.group(1).lower()]
        quantity: float = 1.0
        unit = "serving"
        # An amount belongs to the nearest food after it: look back no further than the last.
        window = text[max(previous_end, match.start() - 40) : match.start()]
        previous_end = match.end()
        before = _QUANTITY_BEFORE.search(window)
        if before is not None:
            quantity = _number(before.group("qty"))
            unit = _UNITS[before.group("unit").lower()] if before.group("unit") else "piece"
        items.append({"name": name, "quantity": _plain_number(quantity), "unit": unit})
    result: JsonDict = {"description": text, "text": text, "items": items}
    if meal := _MEAL_RE.search(text):
        result["meal"] = meal.group(1).lower()
    return result


def _reminder_input(text: str) -> JsonDict:
    # What to remind of is what is left once the time phrases are taken out.
    repeats = [match.group() for match in _REPEAT_SAID.finditer(text)]
    rest = _RECURRING.sub(" ", _IN_TIME.sub(" ", _AT_TIME.sub(" ", _REPEAT_SAID.sub(" ", text))))
    what = _REMIND_WHAT.search(rest)
    result: JsonDict = {"text": " ".join(what.group("what").split()) if what else text}
    # None: a schema's `when` is left out rather than filled from `time`, which says it then.
    result["when"] = " ".join(repeats) if repeats else None
    if at := _AT_TIME.search(text):
        hour, minute = int(at.group(1)), int(at.group(2) or 0)
        suffix = (at.group(3) or "").lower()
        if suffix == "pm" and hour < 12:
            hour += 12
        elif suffix == "am" and hour == 12:
            hour = 0
        result["time"] = f"{hour % 24:02d}:{minute:02d}"
    elif in_time := _IN_TIME.search(text):
        minutes = int(in_time.group(1)) * (60 if in_time.group(2).lower().startswith("h") else 1)
        result["in_minutes"] = minutes
        result["time"] = f"in {minutes} minutes"
    if _RECURRING.search(text):
        result["recurrence"] = "daily"
    return result


def _water_input(text: str) -> JsonDict:
    amount = 250.0
    said: JsonDict = {}  # an amount in ounces stays in ounces for a tool that takes a unit
    if match := _WATER_AMOUNT.search(text):
        unit = match.group("unit").lower()
        unit = next(key for key in _WATER_ML if unit.startswith(key))
        amount = _number(match.group("qty")) * _WATER_ML[unit]
        if unit == "oz":
            said = {"amount": _plain_number(_number(match.group("qty"))), "unit": "fl oz"}
    ml = _plain_number(round(amount))
    return {"amount_ml": ml, "amount": ml, "unit": "ml", **said, "text": text}


def _weight_input(text: str) -> JsonDict:
    unit = None  # as said: "I weigh 160" names none (the tool's default applies)
    match = next(iter(weighed(text, list(_WEIGHT_RE.finditer(text)))), None)
    if match is not None:
        value = _number(match.group("value"))
        unit = "lb" if match.group("unit").lower().startswith(("lb", "pound")) else "kg"
    elif weigh := _WEIGH_NUMBER.search(text):
        value = _number(weigh.group("value"))
    else:
        value = 0.0
    kilograms = value * 0.45359237 if unit == "lb" else value
    found: JsonDict = {"weight": _plain_number(value), "weight_kg": round(kilograms, 1)}
    return {**found, **({"unit": unit} if unit else {}), "text": text}


def _stats_input(text: str) -> JsonDict:
    return {"text": text}


def _matches_reminder(text: str) -> bool:
    return bool(_REMIND_RE.search(text))


def _matches_stats(text: str) -> bool:
    return bool(_STATS_RE.search(text))


# "how many calories in a banana": a question, even without its question mark.
_QUESTION_RE: Final = re.compile(
    r"\s*(how|what|which|who|why|when|where|is|are|can|could|should|do|does|would|will)\b",
    re.IGNORECASE,
)
# "I'm allergic to peanuts", "I hate olives", "I ate too much": about food, but no food named
# that was eaten.
_NOT_EATEN_RE: Final = re.compile(
    r"\b(allergic|allergy|allergies|intolerant|hate|dislike|don'?t (?:like|eat)|never eat"
    r"|overate|ate (?:too much|too little|a lot|nothing|less|more))\b",
    re.IGNORECASE,
)


def _matches_food(text: str) -> bool:
    if _NOT_EATEN_RE.search(text):
        return False
    return bool(_FOOD_RE.search(text) or _ATE_RE.search(text))


def _matches_water(text: str) -> bool:
    lowered = text.lower()
    if re.search(r"\bwater\b", lowered):
        return bool(
            re.search(r"\d|\b(glass|glasses|cup|cups|bottle|bottles|drank|drink)\b", lowered)
        )
    return bool(re.search(r"\bdrank\b", lowered)) and not _FOOD_RE.search(text)


# A weight wished for, once had, or someone else's: no weigh-in ("I want to weigh 55 kg",
# "I used to weigh 80 kg", "my wife weighs 60kg").
_NOT_WEIGHED: Final = re.compile(
    r"\b(?:want|wanna|like|hope|need|wish|would|goal|target|used)\s+(?:to\s+)?weigh\b"
    r"|\bweighs\b",
    re.IGNORECASE,
)


def _matches_weight(text: str) -> bool:
    lowered = text.lower()
    if _NOT_WEIGHED.search(text):
        return False
    return "i weigh" in lowered or ("weigh" in lowered and bool(_WEIGHT_RE.search(text)))


# rule -> (does the text call for it, the tool input it suggests); in the order tried.
_RULES: Final = {
    "reminder": (_matches_reminder, _reminder_input),
    "weight": (_matches_weight, _weight_input),
    "water": (_matches_water, _water_input),
    "food": (_matches_food, _food_input),
    "stats": (_matches_stats, _stats_input),
    "profile": (matches_profile, profile_input),
}
_LOGGING_RULES: Final = frozenset({"weight", "water", "food", "profile"})


def matching_rules(text: str) -> list[str]:
    """The rules the user's text calls for, in order (see the module docstring)."""
    if _REMIND_RE.search(text):
        return ["reminder"]  # "remind me to drink water" logs no water
    question = "?" in text or bool(_QUESTION_RE.match(text))
    rules = [
        rule
        for rule, (matches, _) in _RULES.items()
        if not (question and rule in _LOGGING_RULES) and matches(text)
    ]
    if "weight" in rules and "food" in rules and not _FOOD_RE.search(text):
        rules.remove("food")  # "I weigh 70 kg, ate less" is about the weight
    said = list(_WEIGHT_RE.finditer(text))
    weights = weighed(text, said)
    if "weight" in rules and said and not weights:
        rules.remove("weight")  # "I want to lose weight, down to 62 kg": no weigh-in
    elif "profile" in rules and "weight" not in rules and weights:
        rules.insert(0, "weight")  # "I'm 41, 5'11", 200 lbs": a weigh-in, then the rest
    return rules


def natural_input(rule: str, text: str) -> JsonDict:
    """The input the rule reads from the text, in its own names (before `conform`)."""
    return _RULES[rule][1](text)


def find_tool(candidates: Sequence[str], offered: Collection[str]) -> str | None:
    """The offered tool for a rule: an exact name first, then one that contains a name."""
    for name in candidates:
        if name in offered:
            return name
    for name in candidates:
        for tool in offered:
            if name in tool.lower():
                return tool
    return None


# property name -> key of the natural input that answers it
SYNONYMS: Final = {
    "food": "description",
    "foods": "items",
    "food_items": "items",
    "meal_description": "description",
    "query": "description",
    "input": "description",
    "note": "description",
    "meal_type": "meal",
    "message": "text",
    "reminder": "text",
    "reminder_text": "text",
    "title": "text",
    "task": "text",
    "what": "text",
    "at": "time",
    "when": "time",
    "remind_at": "time",
    "time_of_day": "time",
    "repeat": "recurrence",
    "ml": "amount_ml",
    "amount": "amount_ml",
    "volume_ml": "amount_ml",
    "milliliters": "amount_ml",
    "kg": "weight_kg",
    "value": "weight",
    "weight_value": "weight",
}
_ITEM_SYNONYMS: Final = {
    "food": "name",
    "item": "name",
    "description": "name",
    "amount": "quantity",
    "qty": "quantity",
    "count": "quantity",
    "servings": "quantity",
    "units": "unit",
}


def conform(natural: JsonDict, schema: Any, text: str, synonyms: Mapping[str, str]) -> JsonDict:
    """Fit the natural input to a JSON schema's properties, filling required ones."""
    if not isinstance(schema, dict):
        return natural
    properties = schema.get("properties")
    if not isinstance(properties, dict):
        return natural  # a free-form object: give everything the rule found
    required = set(schema.get("required") or ())
    result: JsonDict = {}
    for name, prop in properties.items():
        key = name if name in natural else synonyms.get(name.lower(), name)
        value = natural.get(key)
        if value is None and name not in required:
            continue
        value = _fit(value, prop if isinstance(prop, dict) else {}, text)
        if value is not None:
            result[name] = value
    return result


def _fit(value: Any, prop: JsonDict, text: str) -> Any:  # noqa: PLR0911 - a return per type
    """Make a value match a property's type, or invent one from the text (None: give up)."""
    kind = prop.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    enum = prop.get("enum")
    if isinstance(enum, list) and enum:
        return value if value in enum else enum[0]
    if kind == "string":
        return value if isinstance(value, str) else text
    if kind in {"number", "integer"}:
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            found = _NUMBER.search(text)
            value = float(found.group().replace(",", ".")) if found else 1
        return round(value) if kind == "integer" else value
    if kind == "boolean":
        return value if isinstance(value, bool) else False
    if kind == "array":
        if not isinstance(value, list):
            return []
        item_schema = prop.get("items")
        return [
            conform(item, item_schema, text, _ITEM_SYNONYMS) if isinstance(item, dict) else item
            for item in value
        ]
    if kind == "object":
        return conform(value if isinstance(value, dict) else {}, prop, text, SYNONYMS)
    return value if value is not None else text
