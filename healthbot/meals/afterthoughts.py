"""A correction of the meal just logged, typed as a message of its own and not through its
card's Edit: "actually it was 2 bananas", "sorry, the fries were small", "oops, no cheese".

Such text went to the coach, which cannot change an entry: the user believed the meal
corrected and it was not. When it starts as a correction does and names an item of the
entry the user logged last (in the last `RECENT`), it is that entry's edit, read as one
(`edits.on_edit_text`); anything else stays the coach's.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Final

from aiogram.fsm.context import FSMContext
from aiogram.types import Message

from healthbot.meals.cards import Cards
from healthbot.meals.corrections import names_item, read_correction
from healthbot.meals.edits import on_edit_text
from healthbot.meals.service import MealService
from healthbot.ops import OpKey

RECENT: Final = timedelta(hours=3)
"""How long after a meal is logged a correction typed alone is taken as its edit."""
_SAID_AS_CORRECTION: Final = re.compile(
    r"^\W*(?:actually|correction|oops|sorry|my bad|i meant|make (?:that|it)|it was"
    r"|(?:no|nope)\s*[,:;!.-])",
    re.IGNORECASE,
)


async def corrects_last_meal(message: Message, meals: MealService) -> dict[str, int] | bool:
    """Filter: the text corrects an item of the user's last meal, logged within `RECENT`;
    passes the entry's id on as `corrected`."""
    text, sender = message.text or "", message.from_user
    if sender is None or not _SAID_AS_CORRECTION.match(text):
        return False
    correction = read_correction(text)
    if correction is None:
        return False
    last = await meals.repository.last(sender.id)
    if last is None or last.created_at < meals.clock() - RECENT:
        return False
    entry = await meals.entry(sender.id, last.id)
    if entry is None or names_item(correction.about, entry.items) is None:
        return False
    return {"corrected": entry.id}


async def on_correction_text(
    message: Message, *, corrected: int, op: OpKey, state: FSMContext, meals: MealService
) -> None:
    """The correction, as if typed after the entry's Edit."""
    cards = await Cards.of(state)
    cards.editing, cards.edited_on = corrected, None
    await cards.save()
    await on_edit_text(message, op=op, state=state, meals=meals)
