"""Which items of a /log text are no food of their own: a food named twice (a kind, then
the food of that kind: "cereal, a cup of cheerios"; a name, then another name of it:
"a cup of fried plantain (dodo)"; what a food is made with, named with "with" when the
food's own name holds it: "split pea soup with ham"), and a sentence's words beside its
foods ("I only had a banana")."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Final

from healthbot.food.asides import KINDS, named_elsewhere
from healthbot.food.parser import ParsedItem
from healthbot.food.repeats import said_again
from healthbot.food.spelling import MIN_LETTERS, is_english
from healthbot.food.text import normalize
from healthbot.food.units import singular
from healthbot.meals.answers import Portion, Question
from healthbot.meals.own_words import CHAT

__all__ = ["is_sentence", "own_items"]


def own_items(
    items: Sequence[ParsedItem],
    portions: list[Portion],
    questions: list[Question],
    *,
    sentence: bool,
) -> tuple[list[Portion], list[Question]]:
    """The portions and questions of the items that name a food of their own (see the
    module); `sentence`: whether the text was a sentence (`is_sentence`)."""
    # "crackers with my soup, a cup of chicken noodle": the soup is the chicken noodle's;
    # "I only had a banana": in a sentence (its verbs or labels taken out), words no food
    # is named by, without an amount, beside foods logged, are the sentence's, not a food.
    names = [portion.food_name for portion in portions]
    questions = [
        q for q in questions
        if not (q.kind == "food" and q.unit is None and named_elsewhere(q.food, names))
        and not (sentence and portions and q.kind == "food" and not q.choices
                 and _bare(q, items) and not _unknown_word(q.span))
        and not _named_again(q.position, _uid(q), items, portions)
    ]  # fmt: skip
    # "cereal, a cup of cheerios": a kind named alone, then a food of that kind
    portions = [
        p for p in portions
        if not _kind_of_another(p, items, portions)
        and not _named_again(p.position, p.food_uid, items, portions)
        and not _in_its_name(p, items, portions)
    ]  # fmt: skip
    return portions, questions


_WITHOUT: Final = re.compile(r"(?:without|no|unsweetened|free of)\b", re.IGNORECASE)


def _in_its_name(portion: Portion, items: Sequence[ParsedItem], portions: list[Portion]) -> bool:
    """Whether the portion's item, named with "with" and without an amount, is what the
    food it goes with is made with by that food's own name ("split pea soup with ham":
    "Soup, pea, split with ham"; "a bowl of chili with beans": "Chili con carne with
    beans"; "milo made with milk": "..., prepared with whole milk"): no second helping."""
    item = items[portion.position] if portion.position < len(items) else None
    if item is None or not item.added or item.quantity_typed or item.unit is not None:
        return False
    at = portion.position - 1
    while at > 0 and items[at].added:  # "nachos with cheese and jalapenos": the nachos
        at -= 1
    base = next((p for p in portions if p.position == at and p is not portion), None)
    if base is None:
        return False
    # what the name says the food is made without is not in it ("..., without salt")
    made = [part for part in base.food_name.split(",") if not _WITHOUT.match(part.strip())]
    name = {singular(word) for word in normalize(" ".join(made)).split()}
    # a food's last word is what it is ("full cream milk" is milk)
    words = normalize(item.singular_food).split()
    return bool(words) and singular(words[-1]) in name


def _uid(question: Question) -> str | None:
    """The food an amount question is about (its one choice)."""
    one = question.kind == "amount" and len(question.choices) == 1
    return question.choices[0].uid if one else None


def _named_again(
    position: int, uid: str | None, items: Sequence[ParsedItem], portions: Sequence[Portion]
) -> bool:
    """Whether the item at `position`, named without an amount, is the food of the item
    right before it by another name ("a cup of fried plantain (dodo)", "2 tbsp flaxseed
    (linseed)"), or of the item right after it that has the amount ("dodo (fried plantain),
    about a cup"): the same food named twice, not a second helping."""
    item = items[position] if position < len(items) else None
    if uid is None or item is None or item.quantity_typed or item.unit is not None or item.added:
        return False
    after = items[position + 1] if position + 1 < len(items) else None
    measured = (
        after is not None
        and (after.quantity_typed or after.unit is not None)
        and not said_again(after)  # "chips and more chips": a second helping
    )
    near = {position - 1, position + 1} if measured else {position - 1}
    return any(p.position in near and p.food_uid == uid for p in portions)


def _bare(question: Question, items: Sequence[ParsedItem]) -> bool:
    """Whether the question's item was named without an amount ("I only")."""
    item = items[question.position] if question.position < len(items) else None
    return item is not None and not item.quantity_typed and item.unit is None


_PLACES: Final = frozenset({"at", "in", "on", "from", "during", "after", "before", "to", "by"})


def _unknown_word(span: str) -> bool:
    """Whether the words hold a word of four letters or more that is no English word
    ("some zorble"): a food we do not know is asked about, not taken for the sentence's
    words; a phrase of place or time ("at the ballgame") and chat ("haha") are the
    sentence's."""
    words = span.lower().split()
    return words[:1] != [] and words[0] not in _PLACES and any(
        len(word) >= MIN_LETTERS and word.isalpha() and not is_english(word)
        and not CHAT.fullmatch(word)
        for word in words
    )  # fmt: skip


def _kind_of_another(
    portion: Portion, items: Sequence[ParsedItem], portions: list[Portion]
) -> bool:
    """Whether the portion's item is a kind of food named alone ("cereal") that another
    portion is a food of ("Cereals ready-to-eat, CHEERIOS"): the same food named twice."""
    item = items[portion.position] if portion.position < len(items) else None
    if item is None or item.quantity_typed or item.unit is not None or item.food not in KINDS:
        return False
    others = [
        p.food_name for p in portions
        if p is not portion  # "toast and more toast": the more is a second helping
        and not (p.position < len(items) and said_again(items[p.position]))
    ]  # fmt: skip
    return named_elsewhere(item.food, others)


# Words a list joins its foods with: a reading that only put commas in their place
# ("zorble on toast": "zorble, toast") took no sentence's words out.
_JOINING: Final = frozenset({"on", "with", "and", "plus", "&", "n", "w"})


def is_sentence(said: str, read: str) -> bool:
    """Whether reading `said` took words of a sentence out (verbs, labels, fillers): then
    words beside the foods that name none are the sentence's, not an unknown food."""
    gone = Counter(said.lower().replace(",", " ").split())
    gone.subtract(read.lower().replace(",", " ").split())
    return any(count > 0 and word.strip(".!") not in _JOINING for word, count in gone.items())
