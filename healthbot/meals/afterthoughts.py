"""A correction of the meal just logged, typed as a message of its own and not through its
card's Edit: "actually it was 2 bananas", "sorry, the fries were small", "oops, no cheese".

Such text went to the coach, which cannot change an entry: the user believed the meal
corrected and it was not. When it starts as a correction does and names an item of the
entry the user logged last (in the last `RECENT`), it is that entry's edit, read as one
(`edits.on_edit_text`); anything else stays the coach's.

An opener and a food's name are not enough: "actually the banana was delicious, thanks" and
"sorry, is banana ok for diabetics?" are for the coach. Text is a correction only when it
asks nothing and says what changed: a food with an amount, a count or a size ("it was 2
bananas"), a removal naming the item alone ("no eggs", "without the banana"), or "it was X,
not Y" (`said_as_correction`).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import Final

from aiogram.fsm.context import FSMContext
from aiogram.types import Message

from healthbot.food.amounts import read_amount
from healthbot.food.parser import FoodParseError, parse_meal
from healthbot.meals.cards import Cards
from healthbot.meals.corrections import (
    Correction,
    amount_of,
    asks,
    names_items,
    opens_correction,
    read_correction,
    removed_items,
)
from healthbot.meals.edits import on_edit_text
from healthbot.meals.service import MealService
from healthbot.ops import OpKey

RECENT: Final = timedelta(hours=3)
"""How long after a meal is logged a correction typed alone is taken as its edit."""


def said_as_correction(text: str) -> Correction | None:
    """The correction the text reads as, said on its own after a meal; None when it asks
    something or says no amount, count or size of the food it changes (a comment)."""
    if asks(text):
        return None
    correction = read_correction(text)
    if correction is None or correction.kind == "remove" or correction.contrasted:
        return correction
    if read_amount(correction.text) is not None:  # "it was 2 cups": of the meal's one food
        return replace(correction, about="")
    try:
        items = parse_meal(correction.text)
    except FoodParseError:
        return None
    amounted = any(i.quantity_typed or i.unit is not None or i.size is not None for i in items)
    return correction if amounted else None


async def corrects_last_meal(message: Message, meals: MealService) -> dict[str, int] | bool:
    """Filter: the text corrects an item of the user's last meal, logged within `RECENT`;
    passes the entry's id on as `corrected`."""
    text, sender = message.text or "", message.from_user
    if sender is None or not opens_correction(text):
        return False
    correction = said_as_correction(text)
    if correction is None:
        return False
    last = await meals.repository.last(sender.id)
    if last is None or last.created_at < meals.clock() - RECENT:
        return False
    entry = await meals.entry(sender.id, last.id)
    named = () if entry is None else names_items(correction.about, entry.items)
    if entry is not None and not correction.about:  # an amount alone: the one food's
        named = amount_of(correction.text, entry.items)
    if entry is None or not named:
        return False
    # A removal names the item and nothing else: "no eggs, thanks", not "no, no thanks, I'm
    # full of eggs".
    if correction.kind == "remove" and not removed_items(correction.about, entry.items):
        return False
    return {"corrected": entry.id}


async def on_correction_text(
    message: Message, *, corrected: int, op: OpKey, state: FSMContext, meals: MealService
) -> None:
    """The correction, as if typed after the entry's Edit."""
    cards = await Cards.of(state)
    # One try: a correction that misses ends here, the chat left out of any edit.
    cards.start_edit(corrected, None, None)  # the user's last entry: none is newer
    cards.missed = 1
    await cards.save()
    await on_edit_text(message, op=op, state=state, meals=meals)
