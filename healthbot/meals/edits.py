"""Editing an entry: Edit on its card asks for the corrected list, which replaces its items
(and the questions still open about its old ones) and opens a card of its own. A correction
of one item alone ("2 bananas" for a breakfast with a banana in it, "actually the fries were
small", "no cheese", "add a coffee": `corrections`) changes, removes or adds that item and
keeps the rest: people correct what was wrong, not the whole meal. An edit that would put
nothing known in the place of several items is asked again, never stored.

An edit that changes nothing gets one more try after Edit; a second miss, a miss of a
correction typed without Edit (`afterthoughts`), a question, or another meal logged ends it,
so that the chat is never stuck in an edit, nor an older meal corrected by what is said of
the new one: the text goes on to the next handler, and Edit opens it again. Any command
ends it too (`CommandsEndEdits`): whoever typed /today, /water or /log has moved on, and
the next text is not the old entry's corrected list."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from aiogram import BaseMiddleware
from aiogram.dispatcher.event.bases import SkipHandler
from aiogram.fsm.context import FSMContext
from aiogram.types import Message, TelegramObject, Update
from aiogram.types import User as TelegramUser

from healthbot.food.parser import FoodParseError
from healthbot.meals.answers import Portion
from healthbot.meals.cards import Cards, Logging, meal_dialog
from healthbot.meals.corrections import (
    Correction,
    asks,
    named_dishes,
    names_items,
    of_the_food,
    read_correction,
    removed_items,
)
from healthbot.meals.dialog import open_card, without_buttons
from healthbot.meals.foods import FoodsNotReady
from healthbot.meals.records import Understood
from healthbot.meals.repository import ItemRow
from healthbot.meals.service import Entry, MealService
from healthbot.meals.texts import TEXTS, MealTexts
from healthbot.meals.views import problem_text
from healthbot.ops import OpKey
from healthbot.telegram.middlewares import Handler


async def editing(message: Message, state: FSMContext) -> bool:
    """Filter: the corrected list of an entry is awaited."""
    return await meal_dialog(state).get_state() == Logging.editing.state


class CommandsEndEdits(BaseMiddleware):
    """Outer update middleware: a command (any: /today as much as /log) ends an open edit
    before it is handled, every router's commands alike; the cards' questions stay open."""

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        """End the chat's edit if the update is a command, then handle it."""
        message = event.message if isinstance(event, Update) else None
        state: FSMContext | None = data.get("state")
        if (
            message is not None and state is not None
            and (message.text or "").startswith("/")
            and await editing(message, state)
        ):  # fmt: skip
            cards = await Cards.of(state)
            cards.end_edit()
            await cards.save()
        return await handler(event, data)


async def start_edit(
    message: Message, state: FSMContext, entry: Entry, presser: TelegramUser, meals: MealService
) -> None:
    """Ask (under the entry's message) for the corrected list of the presser's entry."""
    texts = TEXTS.of(presser)
    await message.answer(texts.edit_prompt.format(meal=texts.meals[entry.meal].lower()))
    newest = await meals.repository.last(presser.id)
    cards = await Cards.of(state)
    cards.start_edit(entry.id, message.message_id, None if newest is None else newest.id)
    await cards.save()


async def on_edit_text(
    message: Message,
    *,
    op: OpKey,
    state: FSMContext,
    meals: MealService,
) -> None:
    """The corrected list of an entry: it replaces the entry's items (and the questions
    still open about its old ones); or a correction of one of its items ("the fries were
    small", "no cheese", "add a coffee"), which keeps the rest."""
    sender = message.from_user
    if sender is None or message.text is None:
        return
    texts = TEXTS.of(sender)
    cards = await Cards.of(state)
    current = await _edited(message, cards, meals)
    if current is None:
        return
    entry_id = current.id
    # A card with open questions keeps them (or loses them to a new list, in `_changed`).
    asked = {card.message_id for card in cards}
    correction = _correction(message.text, current)
    try:
        understood = await _read(message, meals, correction)
        entry, understood = await _write(
            message, meals, cards, current=current, understood=understood,
            correction=correction, key=op.step("edit"),
        )  # fmt: skip
    except _Missed as missed:
        await _miss(message, cards, missed.reply)
        return
    edited_on = cards.edited_on
    cards.end_edit()
    await cards.save()
    if entry is None:
        await message.answer(texts.gone)
        return
    # The new card shows the entry now: the old one's buttons go, its figures are stale.
    await without_buttons(message, None if edited_on in asked else edited_on)
    if understood.meal is not None:
        await meals.set_meal(sender.id, entry_id, understood.meal)
        entry = await meals.entry(sender.id, entry_id) or entry
    shown = entry if understood.portions or correction is not None else None
    units, water = await meals.units(sender.id), await meals.volume_units(sender.id)
    await open_card(
        message, state, understood, op,
        entry=shown, entry_id=entry_id, meal=entry.meal, units=units, water=water,
    )  # fmt: skip


async def _write(
    message: Message,
    meals: MealService,
    cards: Cards,
    *,
    current: Entry,
    understood: Understood,
    correction: Correction | None,
    key: str,
) -> tuple[Entry | None, Understood]:
    """The edit written, once per `key`: an item or a dish taken out, items added, one
    changed, or the list replaced; the entry then, and what was understood, placed. `_Missed`
    when it names nothing it can change, unless this very edit was written already (a retry
    answers as the first try did)."""
    assert message.from_user is not None
    texts, user_id, entry_id = TEXTS.of(message.from_user), message.from_user.id, current.id
    if correction is not None and correction.kind == "remove":
        targets = removed_items(correction.about, current.items)  # an item, or a dish's parts
        if not targets and not await meals.repository.edited_by(user_id, entry_id, key):
            said = texts.edit_not_found.format(food=correction.about)
            raise _Missed(_which(texts, correction, current) or said)
        return await meals.rework(user_id, entry_id, targets, (), key), understood
    if correction is not None and correction.kind == "add":  # beside what is there
        understood = _after(understood, current)
        return await meals.rework(user_id, entry_id, (), understood.portions, key), understood
    changed = items_changed(current, understood, correction)
    if (
        changed is None
        and _unsure(current, understood, correction)
        and not await meals.repository.edited_by(user_id, entry_id, key)
    ):  # nothing lost to a misreading
        raise _Missed(_which(texts, correction, current) or texts.edit_unsure)
    if changed is not None and (
        len(understood.portions) > 1 or understood.questions or len(changed[0]) > 1
    ):  # its answers, or one food for a dish's parts, must not take a used place
        understood = _after(understood, current)
    entry = await _changed(
        message, meals, cards, user_id, current=current, understood=understood,
        changed=changed, key=key,
    )  # fmt: skip
    return entry, understood


def _which(texts: MealTexts, correction: Correction | None, entry: Entry) -> str:
    """Which of the dishes that the correction's words name equally well is meant ("the
    sandwich" of a ham and a cheese sandwich), asked; "" when they name no such dishes."""
    tied = [] if correction is None else named_dishes(correction.about, entry.items)
    if len(tied) < 2:
        return ""
    dishes = " or ".join(f"“{parts[0].typed.split(': ', 1)[0]}”" for parts in tied)
    return texts.edit_which.format(food=correction.about if correction else "", dishes=dishes)


def _correction(text: str, entry: Entry) -> Correction | None:
    """The correction the edit's text makes, an amount alone ("it was 2 cups") of the
    entry's one food; None for a list."""
    correction = read_correction(text)
    return None if correction is None else of_the_food(correction, entry.items)


async def _edited(message: Message, cards: Cards, meals: MealService) -> Entry | None:
    """The entry the text edits; None when there is none (deleted meanwhile: said), the
    edit ended. A question, or an entry logged since Edit, ends it too and goes on to the
    next handler (a correction of the newest meal, or the coach)."""
    assert message.from_user is not None and message.text is not None
    entry_id, user_id = cards.editing, message.from_user.id
    current = None if entry_id is None else await meals.entry(user_id, entry_id)
    newer = await _logged_since(meals, user_id, cards.newest)
    if current is not None and not asks(message.text) and not newer:
        return current
    cards.end_edit()
    await cards.save()
    if current is not None or newer:  # "what should I eat tonight?" is no list
        raise SkipHandler
    if entry_id is not None:
        await message.answer(TEXTS.of(message.from_user).gone)
    return None


async def _logged_since(meals: MealService, user_id: int, newest: int | None) -> bool:
    """Whether the user logged an entry after `newest` (by /log, the coach, a photo...):
    the text is about that meal now, not the one whose Edit was pressed before it."""
    if newest is None:
        return False
    last = await meals.repository.last(user_id)
    return last is not None and last.id > newest


class _Missed(Exception):
    """The edit's words could not be read; `reply` says why."""

    def __init__(self, reply: str) -> None:
        super().__init__(reply)
        self.reply = reply


async def _miss(message: Message, cards: Cards, reply: str) -> None:
    """An edit that changed nothing: say why, and what now. The first miss after Edit
    leaves it open for another try; a second, or a correction typed without Edit (which
    comes in with one miss counted), ends it."""
    texts = TEXTS.of(message.from_user)
    if cards.missed:
        cards.end_edit()
        follow = texts.edit_left
    else:
        cards.missed += 1
        follow = texts.edit_again
    await cards.save()
    await message.answer(f"{reply}\n{follow}")


async def _read(message: Message, meals: MealService, correction: Correction | None) -> Understood:
    """The edit's words read as food (a correction's corrected words); `_Missed` when they
    cannot be."""
    texts = TEXTS.of(message.from_user)
    if correction is not None and correction.kind == "remove":  # nothing to read as food
        return Understood(message.text or "", None, (), ())
    sender = message.from_user
    user = None if sender is None else await meals.users.get(sender.id)
    try:
        return await meals.understand(
            (message.text or "") if correction is None else correction.text,
            timezone=None if user is None else user.timezone,  # a pint is where they live
        )
    except FoodParseError as error:
        raise _Missed(problem_text(texts, error)) from None
    except FoodsNotReady:
        raise _Missed(texts.not_ready) from None


async def _changed(
    message: Message,
    meals: MealService,
    cards: Cards,
    user_id: int,
    *,
    current: Entry,
    understood: Understood,
    changed: tuple[tuple[ItemRow, ...], Portion] | None,
    key: str,
) -> Entry | None:
    """One item (or a dish's parts) changed, the others and the questions open about them
    kept; or the entry's items replaced by the edit's (each once per `key`)."""
    entry_id = current.id
    if changed is not None:
        items, portion = changed
        if len(items) == 1 and len(understood.portions) == 1 and not understood.questions:
            moved = replace(portion, position=items[0].position)
            return await meals.replace_item(user_id, entry_id, moved, key)
        # After the others, in one transaction: a crash between the parts' removal and the
        # new portions' insert left the dish gone, and its retry found no dish to correct.
        return await meals.rework(user_id, entry_id, items, understood.portions, key)
    entry = await meals.replace(user_id, entry_id, understood.portions, understood.text, key)
    stale = [card for card in cards if card.entry_id == entry_id]  # about the old items
    for card in stale:
        cards.put(replace(card, questions=()))
    for card in stale:
        await without_buttons(message, card.message_id)
    return entry


def _after(understood: Understood, entry: Entry) -> Understood:
    """The edit's items and questions placed after the entry's items (an addition)."""
    start = max((item.position for item in entry.items), default=-1) + 1
    return replace(
        understood,
        portions=tuple(replace(p, position=p.position + start) for p in understood.portions),
        questions=tuple(replace(q, position=q.position + start) for q in understood.questions),
    )


def _unsure(current: Entry, understood: Understood, correction: Correction | None) -> bool:
    """Whether the edit would put nothing known in the place of an entry of several items
    (a sentence misread as a list), or is a correction of no item we can tell."""
    if len(current.items) < 2:
        return False
    return correction is not None or not understood.portions


def items_changed(
    entry: Entry, understood: Understood, correction: Correction | None = None
) -> tuple[tuple[ItemRow, ...], Portion] | None:
    """The item an edit corrects (or the parts of a dish typed as one: "actually it was 3
    sausage rolls"), and its first new portion: when it names one food of an entry of
    several ("2 bananas" for the banana of porridge, banana and tea), or a correction's
    words name one item ("the fries were small") or dish, or the entry has one item and a
    correction changes it. None when the edit is a list to replace the items with."""
    if not understood.portions:
        return None
    first = understood.portions[0]
    if correction is None:
        if len(understood.portions) != 1 or understood.questions or len(entry.items) < 2:
            return None
        same = [item for item in entry.items if item.usda_id == first.food_uid]
        return ((same[0],), first) if len(same) == 1 else None
    if len(entry.items) == 1:
        return entry.items, first
    same = [item for item in entry.items if item.usda_id == first.food_uid]
    named = names_items(correction.about, entry.items)
    # A dish named is all its parts, though its first part's food is one item's.
    items = (same[0],) if len(same) == 1 and len(named) < 2 else named
    return (items, first) if items else None
