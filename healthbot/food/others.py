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
     "hostess"}
)  # fmt: skip
"""The people a writer names by how they are related ("my nan", "our flatmate")."""
PEOPLE: Final = "|".join(sorted(PERSON_WORDS, key=len, reverse=True))

# Who made, brought or bought the food, with its verb: "my nan baked", "that my flatmate
# cooked", "my mum made me", "our neighbour brought over".
MADE_BY = re.compile(
    rf"\b(?:that\s+|which\s+)?(?:my|our|his|her|their)\s+(?:{PEOPLE})\s+"
    r"(?:had\s+|has\s+|just\s+|kindly\s+)?"
    r"(?:made|baked|cooked|fried|grilled|roasted|bought|got|gave|left|sent|packed|ordered"
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
