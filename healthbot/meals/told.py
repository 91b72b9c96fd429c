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
4. It tells no story: no feeling or consequence ("felt", "made me", "stomach", "because",
   "but"), nobody else eating ("my son ate", "she had"), and at most `MAX_WORDS` words.
5. /log's own reading of it (`MealService.understand`) finds a food it is sure of, and no
   words it cannot take for a food at all: "had a great run" names none.
"""

from __future__ import annotations

import re
from typing import Final

from healthbot.meals.records import Understood

MAX_WORDS: Final = 30
"""Words at most of a meal told in passing: a longer text is a story, the coach's to read."""

_MEAL: Final = r"(?:breakfast|brunch|lunch|dinner|supper|snacks?|dessert)"
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
_SOMEONE_ELSE: Final = re.compile(
    r"\b(?:he|she|they|you|it|(?:my|our|his|her|their)\s+(?!breakfast|brunch|lunch|dinner"
    r"|supper|snacks?|dessert|meal)\w+)\s+(?:just\s+|also\s+|only\s+)?(?:had|ate|drank|grabbed"
    r"|snacked|munched|finished|enjoyed|devoured|eats|has|drinks)\b",
    re.IGNORECASE,
)


def says_eaten(text: str) -> bool:
    """Rules 1 to 4 of the module docstring: the text's words report a meal eaten."""
    if "?" in text or len(text.split()) > MAX_WORDS:
        return False
    if not (_EATEN.search(text) or _LABELLED.search(text) or _AMOUNT_FIRST.search(text)):
        return False
    return not any(
        rule.search(text) for rule in (_ASKS, _NOT_EATEN, _STORY, _MEAL_ONLY, _SOMEONE_ELSE)
    )


def read_as_meal(understood: Understood) -> bool:
    """Rule 5: /log's reading found a food it is sure of (a portion, or a food whose amount
    it asks), and each other item it asks about is at least like a food (a question without
    a single candidate is words of no food)."""
    amounts = [q for q in understood.questions if q.kind == "amount"]
    if not understood.portions and not amounts:
        return False
    return all(q.choices or q.kind == "amount" for q in understood.questions)
