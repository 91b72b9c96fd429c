"""Whether a free text tells of a meal the writer ate, so it can be logged as /log would
without the coach (who reads everything else).

Free text goes to the coach, who decides with the model whether to log it. When the coach will
not answer (it is resting: too many messages a minute, today's budget spent), a report of a
meal must still be logged; nothing else may be. The two mistakes cost differently: food
logged from a question or a story puts a meal the user never ate in their day, while a meal
not recognised here only leaves the user with the coach's refusal and its way on (and
/log). So the rules are strict, and a text tells of a meal only when all of them hold:

1. It says that something was eaten or drunk: a past verb of eating ("had", "ate",
   "grabbed", "snacked on"), a meal's label at its start ("lunch was", "breakfast:", "for
   dinner"), or it opens with an amount ("2 eggs and toast", "a banana").
2. It asks nothing: no question mark, no opening question word ("should", "is", "how"), no
   asking phrase inside ("what should I", "is it ok", "any tips").
3. It plans, wishes or generalises nothing ("going to", "want", "craving", "usually",
   "tomorrow") and denies nothing ("didn't", "never", "skipped"): those name food not eaten.
   It names no time further back than yesterday ("last week", "in 2019", "on monday",
   "years ago"): a meal long eaten is not today's, and /log reads no such time in a sentence.
4. It tells no story: no feeling or consequence ("felt", "made me", "stomach", "because",
   "but"), and at most `MAX_WORDS` words. Nobody else eats in it: each verb of eating has
   "I" or "we" for its subject, or none (it opens the text, or follows "and" or a meal or
   time word: "had 2 eggs", "lunch: had soup"); any other ("Sam ate", "the kids had",
   "everyone had", "Dad had") is someone else's meal. Nothing is "for" anyone ("a coffee for
   Jo", "pizza for the party"), save for a meal or the user ("for lunch", "for me").
5. /log's own reading of it (`MealService.understand`) finds a food it is sure of, and no
   words it cannot take for a food at all: "had a great run" names none. Nor is an item a
   capitalised word that /log matched to one word of a longer brand: a name ("Sam" is
   UNCLE SAM cereal, "Dad" DOO DADS snack mix), where a product's own name ("Cheerios",
   CHEERIOS) is a food. Nor is all it found plain water ("I drank 3 glasses of water"):
   that is the day's water, not a meal (`read_as_water`: logged as /water logs it, its
   amount read by /water from the words after the verb, `drunk_words`).
"""

from __future__ import annotations

import re
from typing import Final

from healthbot.food.sentences import MEAL_WORDS
from healthbot.food.text import fold
from healthbot.food.units import singular_word
from healthbot.meals.answers import Portion
from healthbot.meals.records import Understood
from healthbot.when import MEAL_NAMES

MAX_WORDS: Final = 30
"""Words at most of a meal told in passing: a longer text is a story, the coach's to read."""

_MEAL: Final = MEAL_WORDS
_EATEN: Final = re.compile(
    r"\b(?:had|ate|eaten|drank|drunk|grabbed|snacked|munched|finished|enjoyed|devoured"
    r"|gobbled|polished\s+off|demolished|nibbled|sipped|downed|scoffed|chowed)\b",
    re.IGNORECASE,
)
_LABELLED: Final = re.compile(
    rf"^\s*(?:(?:my|today'?s|this\s+morning'?s)\s+)?(?:for\s+(?:my\s+)?)?{_MEAL}\b"
    r"(?:\s+(?:today|tonight|yesterday|was|were|is|:|-|–|—)|\s*[:\-–—])",
    re.IGNORECASE,
)
_AMOUNT_FIRST: Final = re.compile(
    r"^\s*(?:\d+(?:[.,]\d+)?|an?|one|two|three|four|five|six|half)\b",
    re.IGNORECASE,
)
_ASKS: Final = re.compile(
    r"^\s*(?:how|what|which|who|whom|why|when|where|is|are|am|was|were|can|could|should"
    r"|shall|do|does|did|would|will|may|might|must|any|tell|help|please|recommend|suggest"
    r"|explain|ideas?)\b"
    r"|\b(?:should\s+i|can\s+i|could\s+i|may\s+i|do\s+you|what\s+should|what\s+do|how\s+do"
    r"|how\s+much|how\s+many|is\s+(?:it|that|this)\s+(?:ok|okay|fine|bad|good|healthy)"
    r"|ok(?:ay)?\s+to|any\s+(?:tips|ideas|advice)|advice|wonder(?:ing)?|idk|not\s+sure)\b",
    re.IGNORECASE,
)
_NOT_EATEN: Final = re.compile(
    r"\b(?:going\s+to|gonna|will|want(?:ed|s)?|wanna|would|like\s+to|planning|plan|thinking"
    r"|craving|crave|might|maybe|tomorrow|later|usually|always|often|normally"
    r"|typically|sometimes|every\s+(?:day|morning|night)|never|not|no\s+longer|skip(?:ped)?"
    r"|instead|almost|nearly|supposed)\b|n['’]t\b|['’]ll\b|['’]d\b",
    re.IGNORECASE,
)
_STORY: Final = re.compile(
    r"\b(?:felt|feel|feeling|made\s+me|makes\s+me|sick|bloated|guilty|regret|stomach|hurt"
    r"|pain|ache|because|cause|since|but|although|though|worried|worry|afraid|hope|wish"
    r"|then\s+i|and\s+i\s+(?:was|am|feel|got)|say|says|said|think|thinks|heard|read"
    # what else was done: "had a coffee with Jo and talked about work"
    r"|talked|chatted|went|met|worked|walked|watched|played|slept|ran|called|told|asked|saw"
    r"|visited|cooked|made|bought|ordered)\b",
    re.IGNORECASE,
)
# "had lunch with Sam", "ate breakfast late": the meal is named, not what was in it.
_MEAL_ONLY: Final = re.compile(
    r"\b(?:had|ate|eaten|grabbed|finished|enjoyed)\s+(?:my\s+|a\s+|an\s+|our\s+)?"
    rf"(?:late\s+|early\s+|quick\s+|big\s+|light\s+)?{_MEAL}\b(?!\s*[:\-–—])"
    # "ate well", "had fun": words that name no food where the food would be
    r"|\b(?:had|ate|eaten)\s+(?:well|fun|out|in|late|early|enough|plenty|nothing|everything"
    r"|something|healthy|healthily|badly|clean|lots|loads|little|less|more|much|too|so|a\s+lot)\b",
    re.IGNORECASE,
)
# Further back than yesterday: "last week" (not "last night"), "in 2019", "on monday", "ago".
_LONG_AGO: Final = re.compile(
    r"\b(?:last\s+(?!night\b)\w+|ago|(?:19|20)\d\d|years?|months?|weeks?|weekends?"
    r"|fortnight|decades?|once|ever|recently|lately|the\s+other\s+day|back\s+(?:then|when|in)"
    r"|when\s+(?:i|we)\s+was|when\s+(?:i|we)\s+were|as\s+a\s+(?:kid|child|teen|teenager)"
    r"|growing\s+up|birthday|christmas|holidays?|vacation"
    r"|mon|tues?|wed|thu(?:rs)?|fri|sat|sun|(?:mon|tues|wednes|thurs|fri|satur|sun)days?"
    r"|january|february|april|june|july|august|september|october|november|december)\b",
    re.IGNORECASE,
)
# A verb of eating whatever its tense ("has", "eats": someone else's habit or meal).
_EATING: Final = re.compile(
    _EATEN.pattern + r"|\b(?:eats?|eating|drinks?|drinking|has|having)\b", re.IGNORECASE
)
# The words of a subject that is the writer ("I", "we", "my wife and I"), or of none: what
# may come before a verb of eating, adverbs aside ("I just had", "we both had").
_ME: Final = frozenset(
    {"i", "we", "i've", "we've", "ive", "me", "myself", "and", "&", "+", ",", ";", ":", "-",
     "–", "—", "today", "tonight", "yesterday", "morning", "afternoon", "evening", "night",
     "earlier", "meal"}
    # a meal's one-word names, but "tea" (a drink as often) and "lunchtime" (a time)
    | {name for name in MEAL_NAMES if " " not in name} - {"tea", "lunchtime"}
)  # fmt: skip
_BY_THE_WAY: Final = frozenset(
    {"just", "also", "only", "finally", "already", "both", "all", "then", "quickly", "really",
     "actually", "have", "has", "had", "definitely", "literally", "totally", "once",
     "again", "too"}
)  # fmt: skip
_TOKEN: Final = re.compile(r"[\w'’]+|[^\w\s]")
# "for" someone: what follows is no meal, no time and not the writer.
_FOR_SOMEONE: Final = re.compile(
    r"\bfor\s+(?!(?:(?:my|our|a|an|the|this|today'?s)\s+)?(?:(?:late|early|quick|light|big"
    rf"|second|2nd|midnight|afternoon|morning|evening|pre|post|mid)[\s-]+)?(?:{MEAL_WORDS}"
    r"|meal|tea|pudding|workout|run|road|drive|way|trip|commute)\b"
    r"|(?:me|myself|us|today|tonight|now)\b)",
    re.IGNORECASE,
)


def says_eaten(text: str) -> bool:
    """Rules 1 to 4 of the module docstring: the text's words report a meal eaten."""
    if "?" in text or len(text.split()) > MAX_WORDS:
        return False
    if not (_EATEN.search(text) or _LABELLED.search(text) or _AMOUNT_FIRST.search(text)):
        return False
    rules = (_ASKS, _NOT_EATEN, _LONG_AGO, _STORY, _MEAL_ONLY, _FOR_SOMEONE)
    return not any(rule.search(text) for rule in rules) and not _someone_else_eats(text)


def _someone_else_eats(text: str) -> bool:
    """A verb of eating with a subject other than the writer (rule 4)."""
    for verb in _EATING.finditer(text):
        before = [t.lower().replace("’", "'") for t in _TOKEN.findall(text[: verb.start()])]
        while before and before[-1] in _BY_THE_WAY:
            before.pop()
        if before and before[-1] not in _ME:
            return True
    return False


def read_as_meal(understood: Understood) -> bool:
    """Rule 5: /log's reading found a food it is sure of (a portion, or a food whose amount
    it asks), and each other item it asks about is at least like a food (a question without
    a single candidate is words of no food)."""
    amounts = [q for q in understood.questions if q.kind == "amount"]
    if not understood.portions and not amounts:
        return False
    if read_as_water(understood):
        return False  # "I drank 3 glasses of water": the day's water, no meal
    if any(_a_name(p.span, p.food_name) for p in understood.portions):
        return False
    return all(q.choices or q.kind == "amount" for q in understood.questions)


def read_as_water(understood: Understood) -> bool:
    """/log's reading found plain water alone, and asks nothing: the day's water."""
    portions = understood.portions
    return bool(portions) and not understood.questions and all(_water(p) for p in portions)


def drunk_words(text: str) -> str:
    """The words of what was eaten or drunk in a text `says_eaten` accepts: after its first
    verb of eating and the writer's words before it ("I just drank 500ml of water": "500ml
    of water"), or the whole text (it opens with an amount: "a bottle of water")."""
    verb = _EATEN.search(text)
    if verb is None:
        return text.strip()
    before = [t.lower().replace("’", "'") for t in _TOKEN.findall(text[: verb.start()])]
    if any(word not in _ME and word not in _BY_THE_WAY for word in before):
        return text.strip()
    return text[verb.end() :].strip()


def _water(portion: Portion) -> bool:
    """The portion is plain water ("Water, tap"): nothing to eat, and no energy."""
    return portion.nutrients.kcal < 1 and "water" in _TOKEN.findall(fold(portion.food_name))


_CAPITALS: Final = re.compile(r"[A-Z][A-Z'&.-]*(?:\s+[A-Z][A-Z'&.-]*)*\b(?![a-z])")


def _a_name(span: str, food_name: str) -> bool:
    """Whether an item typed as one capitalised word ("Sam") was matched to one word of a
    longer brand in capitals ("UNCLE SAM CEREAL"): a person's name, not the product's."""
    words = span.split()
    if len(words) != 1 or not words[0][:1].isupper() or words[0].isupper():
        return False
    typed = singular_word(fold(words[0]))
    for brand in _CAPITALS.findall(food_name):
        named = [singular_word(fold(word)) for word in brand.split()]
        if len(named) > 1 and typed in named:
            return True
    return False
