"""Editing an entry: Edit on its card asks for the corrected list, which replaces its items
(and the questions still open about its old ones) and opens a card of its own."""

from __future__ import annotations

from dataclasses import replace

from aiogram.fsm.context import FSMContext
from aiogram.types import Message
from aiogram.types import User as TelegramUser

from healthbot.food.parser import FoodParseError
from healthbot.meals.cards import Cards, Logging, meal_dialog
from healthbot.meals.dialog import open_card, without_buttons
from healthbot.meals.foods import FoodsNotReady
from healthbot.meals.service import Entry, MealService
from healthbot.meals.texts import TEXTS
from healthbot.meals.views import problem_text
from healthbot.ops import OpKey


async def editing(message: Message, state: FSMContext) -> bool:
    """Filter: the corrected list of an entry is awaited."""
    return await meal_dialog(state).get_state() == Logging.editing.state


async def start_edit(
    message: Message, state: FSMContext, entry: Entry, presser: TelegramUser
) -> None:
    """Ask (under the entry's message) for the corrected list of the presser's entry."""
    texts = TEXTS.of(presser)
    await message.answer(texts.edit_prompt.format(meal=texts.meals[entry.meal].lower()))
    cards = await Cards.of(state)
    cards.editing = entry.id
    await cards.save()


async def on_edit_text(
    message: Message,
    *,
    op: OpKey,
    state: FSMContext,
    meals: MealService,
) -> None:
    """The corrected list of an entry: it replaces the entry's items (and the questions
    still open about its old ones)."""
    sender = message.from_user
    if sender is None or message.text is None:
        return
    texts = TEXTS.of(sender)
    cards = await Cards.of(state)
    entry_id = cards.editing
    if entry_id is None:
        await cards.save()
        return
    try:
        understood = await meals.understand(message.text)
    except FoodParseError as error:
        await message.answer(problem_text(texts, error))
        return
    except FoodsNotReady:
        await message.answer(texts.not_ready)
        return
    entry = await meals.replace(sender.id, entry_id, understood.portions, understood.text)
    cards.editing = None
    stale = [card for card in cards if card.entry_id == entry_id]  # about the old items
    for card in stale:
        cards.put(replace(card, questions=()))
    await cards.save()
    for card in stale:
        await without_buttons(message, card.message_id)
    if entry is None:
        await message.answer(texts.gone)
        return
    if understood.meal is not None:
        await meals.set_meal(sender.id, entry_id, understood.meal)
        entry = await meals.entry(sender.id, entry_id) or entry
    shown = entry if understood.portions else None
    units = await meals.units(sender.id)
    await open_card(
        message, state, understood, op,
        entry=shown, entry_id=entry_id, meal=entry.meal, units=units,
    )  # fmt: skip
