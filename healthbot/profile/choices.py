"""Choices typed instead of tapped ("lbs", "I'm a woman", "desk job"): the words people use
for each of a question's buttons, read from the texts' catalog.

A typed answer is the choice whose words it holds, the longer words first ("very active"
before "active", "not active" before "active"); an answer whose words point at two choices
("I walk the dog, otherwise desk job") is no answer, so that nothing is guessed.
"""

from __future__ import annotations

import re

from healthbot.profile.texts import ProfileTexts

_SPLIT = re.compile(r"[^\w'/+-]+")


def read_choice(texts: ProfileTexts, step: str, text: str) -> str | None:
    """The value of `step`'s choice that `text` names, or None (none, or more than one)."""
    said = " " + " ".join(_SPLIT.sub(" ", text.lower().replace("_", " ")).split()) + " "
    if said.strip() == "":
        return None
    found: set[str] = set()
    for phrase, value in _phrases(texts, step):
        if f" {phrase} " in said:
            found.add(value)
            said = said.replace(f" {phrase} ", "  ")
    return found.pop() if len(found) == 1 else None


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
