"""Choices typed instead of tapped ("lbs", "I'm a woman", "desk job"): the words people use
for each of a question's buttons, read from the texts' catalog.

A typed answer is the choice whose words it holds, the longer words first ("very active"
before "active", "not active" before "active"); an answer whose words point at two choices
("I walk the dog, otherwise desk job") is no answer, so that nothing is guessed. So is an
answer with a negation that no choice's words take up ("not a man"): what it denies is no
choice. The activity question lists the negations among the sedentary words ("very little",
"I don't walk much"), so they answer it, or point two ways ("barely active").
"""

from __future__ import annotations

import re

from healthbot.profile.texts import ProfileTexts

_SPLIT = re.compile(r"[^\w'/+-]+")
_UNSURE = re.compile(r" (?:(?:don't|dont|do not) know|not sure|no idea|unsure) ")
_NEGATION = re.compile(
    r" (?:not|no|never|nor|neither|don't|dont|barely|hardly|rarely|seldom|little|\w+n't) "
)


def read_choice(texts: ProfileTexts, step: str, text: str) -> str | None:
    """The value of `step`'s choice that `text` names, or None (none, or more than one)."""
    words = _SPLIT.sub(" ", text.lower().replace("_", " ").replace("’", "'")).split()
    said = " " + " ".join(words) + " "
    if said.strip() == "" or _UNSURE.search(said):
        return None
    if step == "sex" and any(c.isdigit() for c in said):
        return None  # "1.62 m" is a height typed a question late, not "m" for male
    found: set[str] = set()
    for phrase, value in _phrases(texts, step):
        if f" {phrase} " in said:
            found.add(value)
            said = said.replace(f" {phrase} ", "  ")
    if len(found) != 1 or _NEGATION.search(said):
        return None
    return found.pop()


def _phrases(texts: ProfileTexts, step: str) -> tuple[tuple[str, str], ...]:
    """(phrase, value) for `step`, the longest phrases first; each value's own name and its
    button's label are phrases too."""
    pairs: dict[str, str] = {}
    for value, label in texts.choices[step].items():
        pairs[value.replace("_", " ")] = value
        pairs[" ".join(_SPLIT.sub(" ", label.lower()).split())] = value
        pairs[" ".join(_SPLIT.sub(" ", label.lower().split(" (")[0]).split())] = value
        for phrase in texts.choice_words.get(step, {}).get(value, ()):
            pairs[phrase] = value
    return tuple(sorted(pairs.items(), key=lambda pair: (-len(pair[0].split()), pair[0])))
