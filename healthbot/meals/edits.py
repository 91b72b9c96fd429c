"""Editing an entry: Edit on its card asks for the corrected list, which replaces its items
(and the questions still open about its old ones) and opens a card of its own. A correction
of one item alone ("2 bananas" for a breakfast with a banana in it) changes that item and
keeps the rest: people correct what was wrong, not the whole meal."""

from __future__ import annotations

from dataclasses import replace

from aiogram.fsm.context import FSMContext
from aiogram.types import Message
from aiogram.types import User as TelegramUser

from healthbot.food.parser import FoodParseError
from healthbot.meals.answers import Portion
from healthbot.meals.cards import Cards, Logging, meal_dialog
from healthbot.meals.dialog import open_card, without_buttons
from healthbot.meals.foods import FoodsNotReady
from healthbot.meals.records import Understood
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
    still open about its old ones); or the correction of one of its items."""
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
    current = await meals.entry(sender.id, entry_id)
    changed = None if current is None else one_item_changed(current, understood)
    cards.editing = None
    if changed is not None:  # the other items, and the questions open about them, stay
        await cards.save()
        entry = await meals.replace_item(sender.id, entry_id, changed)
    else:
        entry = await meals.replace(sender.id, entry_id, understood.portions, understood.text)
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


def one_item_changed(entry: Entry, understood: Understood) -> Portion | None:
    """The item an edit corrects when it names one food of an entry of several, once ("2
    bananas" for the banana of porridge, banana and tea): that portion, in the place of the
    item it corrects. None when the edit is a list to replace the items with."""
    if len(understood.portions) != 1 or understood.questions or len(entry.items) < 2:
        return None
    [portion] = understood.portions
    same = [item for item in entry.items if item.usda_id == portion.food_uid]
    if len(same) != 1:
        return None
    return replace(portion, position=same[0].position)
