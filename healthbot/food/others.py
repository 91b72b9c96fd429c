"""Other people a food text names: who made or brought the food ("2 sausage rolls my nan
baked", "my mum made me a bacon butty"), which names no food and falls away, and whom a food
was for ("a coffee for my wife"), which is no food of the writer's alone.

"nan" here is a grandmother: after "my" or "our" it is never the number float() reads.
"""

from __future__ import annotations

import re
from typing import Final

PERSON_WORDS: Final = frozenset(
    {"mum", "mom", "mam", "mummy", "mommy", "mother", "dad", "daddy", "father", "nan", "nana",
     "nanna", "nanny", "gran", "granny", "grandma", "grandmother", "grandpa", "grandad",
     "granddad", "grandfather", "gramps", "wife", "husband", "hubby", "partner", "boyfriend",
     "girlfriend", "bf", "gf", "fiance", "fiancee", "flatmate", "roommate", "housemate",
     "friend", "mate", "bestie", "sister", "brother", "sis", "bro", "aunt", "auntie", "aunty",
     "uncle", "cousin", "neighbour", "neighbor", "colleague", "coworker", "boss", "son",
     "daughter", "kid", "kids", "children", "niece", "nephew", "landlady", "landlord", "host",
     "hostess",
     # as families say them in Spanish, Tagalog, Italian, German, Greek, Yiddish and Hindi
     "tia", "tio", "tita", "tito", "abuela", "abuelo", "abuelita", "lola", "lolo", "nonna",
     "nonno", "oma", "opa", "yiayia", "bubbe", "nani", "dadi"}
)  # fmt: skip
"""The people a writer names by how they are related ("my nan", "our flatmate")."""
PEOPLE: Final = "|".join(sorted(PERSON_WORDS, key=len, reverse=True))

# Who made, brought or bought the food, with its verb: "my nan baked", "that my flatmate
# cooked", "my mum made me", "our neighbour brought over".
MADE_BY = re.compile(
    # "mi granny boil some pumpkin": the verb as some dialects say it, without -ed
    rf"\b(?:that\s+|which\s+)?(?:my|mi|our|his|her|their|the)\s+(?:{PEOPLE})\s+"
    r"(?:had\s+|has\s+|just\s+|kindly\s+)?"
    r"(?:made|baked|cooked|fried|grilled|roasted|bought|got|gave|left|packed|ordered"
    r"|sent(?:\s+(?:over|round|around|home|back))?"
    r"|boiled|steamed|stewed|curried|served|dished\s+up"
    r"|(?:make|bake|cook|fry|grill|roast|boil|steam|stew|serve)s?"
    r"|whipped\s+up|picked\s+up|knocked\s+up|rustled\s+up|dropped\s+off|put\s+out"
    r"|brought(?:\s+(?:in|over|round|around|back|home))?)"
    r"(?:\s+(?:for\s+)?(?:me|us))?\b",
    re.I,
)
# At someone's home: "at my nan's", "round my mate's place".
AT_THEIRS = re.compile(
    rf"\b(?:at|round|around|over\s+at)\s+(?:my|our)\s+(?:{PEOPLE})'?s(?:\s+(?:house|place|flat))?\b",
    re.I,
)

# What another person left of their food, said before the writer's own part: "my kid left
# half so I ate ...", "my husband didn't finish his, so I had ...": the writer says theirs.
LEFT_BY = re.compile(
    rf"\b(?:my|mi|our|the)\s+(?:{PEOPLE})\s+(?:left|didn'?t\s+finish|did\s+not\s+finish"
    r"|couldn'?t\s+finish|could\s+not\s+finish|didn'?t\s+want|did\s+not\s+want)"
    r"(?:\s+(?:half|some|most|a\s+bit|the\s+rest|it|them|theirs|his|hers)(?:\s+of\s+(?:it|them"
    r"|theirs|his|hers))?)?\s*,?\s*(?:so|and)?\b",
    re.I,
)
# What another person says of a food, after it: "my aunty swears by it", "my mum says it's
# good for you". It names no food of the writer's.
OTHERS_SAY = re.compile(
    rf"\b(?:my|mi|our)\s+(?:{PEOPLE})\s+(?:swears?\s+by|says?|said|thinks?|reckons?"
    r"|recommends?|recommended|loves?|insists?|told\s+me|tells\s+me)\b[^,;.!?]*",
    re.I,
)
# Whom the writer took somewhere, in a clause of its own: "took my son to Burger King and I
# ate ...", "brought the kids to the fair, had ..." (a chain's menu is read from the whole
# text all the same).
TOOK_THERE = re.compile(
    rf"\b(?:(?:i|we)\s+)?(?:took|brought|drove|dragged)\s+(?:my|our|the)\s+(?:\w+\s+)?"
    rf"(?:{PEOPLE}|boys|girls|lads|family|dog)\s+(?:to|into|out\s+to)\s+[^,;.!?]*?"
    r"(?=\s+and\s+(?:i|we)\b|\s*[,;.!?]|\s*$)",
    re.I,
)
# The company said with the writer: "me and the boys", "me and my sister", "the girls and I".
WITH_ME = re.compile(
    rf"\b(?:(?:me|i)\s+and\s+(?:my|the|our)\s+(?:\w+\s+)?(?:{PEOPLE}|boys|girls|lads|guys"
    r"|mates|family|crew|gang|team)|(?:my|the|our)\s+(?:{PEOPLE}|boys|girls|lads|guys|mates)"
    r"\s+and\s+(?:i|me))\b".replace("{PEOPLE}", PEOPLE),
    re.I,
)
