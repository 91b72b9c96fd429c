"""What an edit says when it corrects an entry rather than lists it again, as people write
corrections: "actually the fries were small", "3 eggs, not 2", "make that a diet coke", "no
cheese", "I didn't have the coke", "add a coffee", "forgot the ketchup". Read into the change
it asks for (one item changed, taken out, or added), and the item it is about. The words are
matched to an entry's items by `names_item` (or to a dish's parts, `names_items`); anything
else is no correction, and the edit is read as the new list.

This module alone says what opens a correction (`opens_correction`: a lead such as
"oops, no:" or "actually", or what was meant, "it was", "make that") and what asks instead
(`asks`); an edit and a correction typed after a /log (`afterthoughts`) both go by it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, Literal

from healthbot.food.amounts import read_amount
from healthbot.food.item import ParsedItem
from healthbot.food.parser import FoodParseError, parse_meal
from healthbot.food.units import singular_word
from healthbot.meals.repository import ItemRow

_LEAD: Final = re.compile(
    r"^(?:(?:oh|oops|sorry|actually|correction|wait|hmm|ah|my bad|i mean)\b[\s,:;!.-]*"
    r"|(?:no|nope)[,:;!.-]+\s*)+",
    re.IGNORECASE,
)
_MEANT: Final = re.compile(
    r"^(?:i meant|make (?:that|it)|change (?:that|it) to|it was(?: actually)?|they were"
    r"|that was|should (?:have )?be(?:en)?|it should (?:have )?be(?:en)?)\s+",
    re.IGNORECASE,
)
# A question after the opener ("sorry, is banana ok for diabetics"): "should" opens one
# unless it says what the food should have been ("sorry, should have been 2 bananas").
_ASKS: Final = re.compile(
    r"^(?:is|isn'?t|are|aren'?t|am|was|were|do|does|did|can|could|would|will|shall|may"
    r"|might|must|should(?!\s+(?:have\s+)?be)|what|what'?s|how|why|when|where|which|who"
    r"|whose)\b",
    re.IGNORECASE,
)
_OPENING: Final = re.compile(r"^\W+")
_WAS: Final = re.compile(
    r"^(?:(?:the|my|that|those|these)\s+)?(?P<what>[^,]+?)\s+"
    r"(?:was|were|is|are|should(?: have)? been|should be)\s+"
    r"(?:actually\s+|only\s+|just\s+|really\s+)?(?P<how>[^,]+?)(?:\s+ones?)?$",
    re.IGNORECASE,
)
_NOT: Final = re.compile(
    r"^(?P<right>[^,]+?),?\s+not\s+(?:a\s+|an\s+|the\s+)?(?P<wrong>[^,]+)$", re.IGNORECASE
)
_REMOVE: Final = re.compile(
    r"^(?:remove|delete|drop|take (?:off|out|away)|minus|no|without|skip|scratch|cancel"
    r"|(?:i )?(?:did ?n[o']?t|never) (?:have|eat|drink|had|ate|drank)|there was no)"
    r"\s+(?:the\s+|my\s+|that\s+|any\s+)?(?P<what>.+)$",
    re.IGNORECASE,
)
_ADD: Final = re.compile(
    r"^(?:add|also|plus|and also|i also had|also had|and|forgot(?: to add)?(?: the)?"
    r"|you forgot(?: the)?|(?:it )?also (?:had|with))\s+(?P<what>.+)$",
    re.IGNORECASE,
)
_WORD: Final = re.compile(r"[a-z]+")
# Words that name no food: an item is found by the others.
_NOT_NAMES: Final = frozenset({
    "a", "an", "the", "of", "with", "and", "or", "in", "on", "some", "my", "one", "two",
    "three", "small", "medium", "large", "big", "regular", "little", "extra", "cup", "cups",
    "glass", "slice", "slices", "piece", "pieces", "g", "ml", "oz",
})  # fmt: skip


@dataclass(frozen=True, slots=True)
class Correction:
    """What an edit asks: `change` an item to `text`, `remove` the item `about` names, or
    `add` `text` to the entry. `about`: the words naming the item (the whole `text` when
    none were said apart); `contrasted`: said as "X, not Y"."""

    kind: Literal["change", "remove", "add"]
    text: str
    about: str
    contrasted: bool = False


def read_correction(text: str) -> Correction | None:
    """The correction an edit's text makes, or None when it reads as a new list."""
    said = " ".join(text.split()).strip(" .!")
    plain = unlead(said)
    lead = plain != said
    if match := _REMOVE.match(plain):
        return Correction("remove", match["what"], match["what"])
    if match := _ADD.match(plain):
        return Correction("add", match["what"], match["what"])
    if match := _MEANT.match(plain):
        plain, lead = plain[match.end() :], True
    if match := _WAS.match(plain):
        what, how = match["what"], match["how"]
        said = (
            f"{what} {how}" if how.lower().startswith(("with ", "in ", "and ")) else f"{how} {what}"
        )
        return Correction("change", said, what)
    if match := _NOT.match(plain):
        about = f"{match['right']} {match['wrong']}"
        return Correction("change", match["right"], about, contrasted=True)
    return Correction("change", plain, plain) if lead else None


def unlead(text: str) -> str:
    """The text without the words a correction opens with ("oops, sorry, no: ...")."""
    return _LEAD.sub("", text)


def opens_correction(text: str) -> bool:
    """Whether the text opens as a correction does: a lead ("oops", "actually", "no,") or
    what was meant ("i meant 2", "make that 2", "it was 2 bananas")."""
    said = _OPENING.sub("", " ".join(text.split()))
    plain = unlead(said)
    return plain != said or bool(_MEANT.match(plain))


def asks(text: str) -> bool:
    """Whether the text asks something ("sorry, is banana ok?", "what should I eat"), after
    any correction's opener: a question is no correction."""
    return "?" in text or bool(_ASKS.match(unlead(" ".join(text.split()).strip(" .!,"))))


_POLITE: Final = frozenset({"thanks", "thank", "you", "please", "pls", "thx", "ta"})
"""Words said with a removal that name no food ("no eggs, thanks")."""


def names_item(words: str, items: tuple[ItemRow, ...]) -> ItemRow | None:
    """The one item whose typed words or food name share a naming word with `words` ("the
    fries" for "medium fries"); None when none does, or more than one."""
    wanted = naming_words(words)
    found = [item for item in items if wanted & item_words(item)]
    return found[0] if len(found) == 1 else None


def names_items(words: str, items: tuple[ItemRow, ...]) -> tuple[ItemRow, ...]:
    """The items `words` name: the one item `names_item` finds, else the parts of the dish
    typed as one that shares the most naming words with them ("3 sausage rolls" for
    "2 sausage rolls: 35 g puff pastry" and "2 sausage rolls: 45 g sausage"; "cheese
    sandwich" for the cheese sandwich beside a ham sandwich); () when none, or when
    dishes tie (`named_dishes` tells them)."""
    if (item := names_item(words, items)) is not None:
        return (item,)
    found = named_dishes(words, items)
    return found[0] if len(found) == 1 else ()


def removed_items(words: str, items: tuple[ItemRow, ...]) -> tuple[ItemRow, ...]:
    """The items a removal takes out: those `names_items` finds, when they carry every naming
    word said ("no eggs, thanks" is the eggs; "no cheese sandwich" is not a lone ham
    sandwich, which shares only "sandwich"); () otherwise."""
    named = names_items(words, items)
    said = naming_words(words) - _POLITE
    return named if named and said <= set().union(*map(item_words, named)) else ()


def named_dishes(words: str, items: tuple[ItemRow, ...]) -> list[tuple[ItemRow, ...]]:
    """The parts of each dish typed as one that shares the most naming words with `words`
    (several when they tie: "sandwich" for a ham and a cheese sandwich); [] when none
    shares one."""
    wanted = naming_words(words)
    dishes: dict[str, list[ItemRow]] = {}
    for item in items:  # a dish's part reads "<the dish's words>: <the part>"
        dishes.setdefault(item.typed.split(": ", 1)[0].lower(), []).append(item)
    shared = {
        dish: len(wanted & naming_words(dish)) for dish, parts in dishes.items() if len(parts) > 1
    }
    best = max(shared.values(), default=0)
    return [tuple(dishes[dish]) for dish, count in shared.items() if best and count == best]


def one_food(items: tuple[ItemRow, ...]) -> tuple[ItemRow, ...]:
    """The entry's items when they are one food: one item, or the parts of one dish typed
    as one; () otherwise."""
    dishes = {item.typed.split(": ", 1)[0].lower() for item in items}
    return items if len(dishes) == 1 else ()


def of_the_food(correction: Correction, items: tuple[ItemRow, ...]) -> Correction:
    """An amount said alone ("it was 2 cups") as the amount of the food it is of (`amount_of`:
    "2 cups of masala chai"); any other correction as it is."""
    if correction.kind != "change" or read_amount(correction.text) is None:
        return correction
    of = amount_of(correction.text, items)
    said = _typed(of[0]) if of else None
    if said is None:
        return correction
    return Correction("change", f"{correction.text} of {said.food}", said.food)


def amount_of(text: str, items: tuple[ItemRow, ...]) -> tuple[ItemRow, ...]:
    """The items an amount said alone is of: the entry's one food, or of several the one
    typed in the amount's unit ("3 slices" of "2 slices of toast, butter and tea"); ()."""
    if food := one_food(items):
        return food
    amount = read_amount(text)
    dishes: dict[str, list[ItemRow]] = {}
    for item in items:  # a dish's parts as one
        dishes.setdefault(item.typed.split(": ", 1)[0].lower(), []).append(item)
    counted = [
        parts for parts in dishes.values()
        if amount is not None and (said := _typed(parts[0])) is not None and said.unit is amount[1]
    ]  # fmt: skip
    return tuple(counted[0]) if len(counted) == 1 else ()


def _typed(item: ItemRow) -> ParsedItem | None:
    """The item (or its dish) as typed, parsed again; None if it no longer parses as one."""
    try:
        [said] = parse_meal(item.typed.split(": ", 1)[0])
    except (FoodParseError, ValueError):
        return None
    return said


def item_words(item: ItemRow) -> set[str]:
    """The words naming an item: of its typed words and its food's name."""
    return naming_words(item.typed) | naming_words(item.food_name)


def naming_words(text: str) -> set[str]:
    """The words of `text` that may name a food, singular ("a cup of eggs": {"egg"})."""
    words = {singular_word(w) for w in _WORD.findall(text.lower()) if w not in _NOT_NAMES}
    # `singular_word` keeps a word ending in "is" as it is (a singular: "anis", "iris"),
    # but "rotis", "kiwis" and "bhajis" are plurals: "2 rotis" names the item "a roti".
    return words | {w[:-1] for w in words if len(w) > 3 and w.endswith("is")}
