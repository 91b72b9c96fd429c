"""The questions of /log, answered on its card (`healthbot.meals.cards`), and "Not this?".

A question is answered by a button (a choice, an amount, Skip: each names its card and item,
so a press on a question already answered, or on a forgotten card, is "over") or by text
(another name for the food, or the amount: grams, or a measure of the food's like "1 cup").
Text that cannot be such an answer, a sentence or a question ("what should I eat
tonight?"), is not taken for one: it goes on to the coach, and the questions stay open for
their buttons or a later answer. Every answer is written before the reply and idempotently
(an entry once per key, an item once per position), and the card moves on only after the
reply is out: a retried answer finds the card where it was and does the same again, which
the reply ledger sends once. A retry after the card moved is recognised by its key
(`Card.answered_by`) and only shows the card again.

"Not this?" on an entry offers, for one of its items, the other foods its words could
mean; the one chosen takes the item's place.
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from aiogram.exceptions import TelegramBadRequest
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message
from aiogram.types import User as TelegramUser

from healthbot.food.parser import MAX_GRAMS, FoodParseError, read_amount
from healthbot.food.units import GRAMS_PER_UNIT, Unit
from healthbot.gamification import GamificationService, award
from healthbot.handlers import answer_query
from healthbot.meals.allergens import AllergySource, allergies_of, marked
from healthbot.meals.answers import Portion, Question
from healthbot.meals.cards import Card, Cards, Logging, card_token, meal_dialog
from healthbot.meals.foods import FoodsNotReady
from healthbot.meals.products import is_product
from healthbot.meals.service import Entry, MealService, Understood
from healthbot.meals.shown import Shown, remember
from healthbot.meals.texts import TEXTS, MealTexts
from healthbot.meals.views import Reply, card_reply, items_reply, problem_text, shorter
from healthbot.measures import Units, VolumeUnits
from healthbot.ops import OpKey
from healthbot.users import User, UserRepository, ensure_registered
from healthbot.when import Meal

log = logging.getLogger(__name__)

_GRAMS = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*(g|gr|grams?|oz|ounces?)?\s*$", re.IGNORECASE)
_ANSWER_WORDS = 4  # text without a digit and longer than this is a sentence, not an answer
_QUESTION_ACTION = re.compile(r"^meal:(pick|skip|g):([0-9a-f]{8}):([0-9]{1,2})(?::([0-9]{1,2}))?$")
MAX_ALERT_NAME = 60
_ALTERNATIVES = re.compile(r"^meal:alt:(\d{1,18})(?::(\d{1,2}))?$")


async def answering(message: Message, state: FSMContext) -> bool:
    """Filter: a meal question is open."""
    return await meal_dialog(state).get_state() == Logging.answering.state


async def may_answer(message: Message) -> bool:
    """Filter: text that can answer a meal question: with a number ("120 g", "2 slices"), or
    a few words ending in no question mark (a food's name, "a slice"). A longer sentence
    without a number, or a question, is for the coach."""
    text = message.text or ""
    if any(c.isdigit() for c in text):
        return True
    return len(text.split()) <= _ANSWER_WORDS and not text.rstrip().endswith("?")


async def open_card(
    message: Message,
    state: FSMContext,
    understood: Understood,
    op: OpKey,
    *,
    entry: Entry | None = None,
    entry_id: int | None = None,
    meal: Meal | None = None,
    number: int = 0,
    at: datetime | None = None,
    notes: Sequence[str] = (),
    units: Units = "metric",
    water: VolumeUnits | None = None,
) -> None:
    """Send the card of what `understood` logged (`entry`, when shown here) with its
    questions, and keep them open beside the chat's other cards. `entry_id` is the entry
    the answers add to when it is not shown (the coach shows it first); `number` tells the
    cards of one operation apart; `at` is when it was eaten, if the /log said; `notes` are
    lines shown under the entry this once; `units` the user's, which amounts read in (and
    `water`, the volumes: `healthbot.meals.views.entry_text`)."""
    if entry is None and not understood.questions:
        return
    texts = TEXTS.of(message.from_user)
    target = entry.id if entry is not None else entry_id
    card = Card(
        token=card_token(op, number),
        entry_id=target,
        meal=None if meal is None else str(meal),
        days_ago=understood.days_ago,
        text=understood.text,
        questions=understood.questions,
        answered_by=str(op),
        at=at,
    )
    sent = await card_reply(texts, entry, card, notes, units, water=water).send(message)
    if entry is not None and not card.questions:  # redrawn when the entry moves elsewhere
        await remember(state, Shown(sent.message_id, (entry.id,)))
    if card.questions:
        cards = await Cards.of(state)
        cards.end_edit()  # its questions are answered first: an edit still open is left
        forgotten = cards.put(replace(card, message_id=sent.message_id))
        await cards.save()
        for old in forgotten:
            await without_buttons(message, old.message_id)


@dataclass(frozen=True, slots=True)
class Turn:
    """One answer to a question of a card: who answered, under which operation, the card
    as it stood and the chat's cards."""

    sender: TelegramUser
    op: OpKey
    cards: Cards
    card: Card
    meals: MealService
    gamification: GamificationService | None

    @property
    def texts(self) -> MealTexts:
        """The sender's texts."""
        return TEXTS.of(self.sender)

    @property
    def repeated(self) -> bool:
        """This operation already moved the card (a retry): show, don't apply again."""
        return self.card.answered_by == str(self.op)

    async def current(self) -> Reply:
        """The card as it stands."""
        entry = await self.entry(self.card.entry_id)
        units, water = await self.units(), await self.water()
        return card_reply(self.texts, entry, self.card, units=units, water=water)

    async def units(self) -> Units:
        """The sender's units, which the card's amounts read in."""
        return await self.meals.units(self.sender.id)

    async def water(self) -> VolumeUnits:
        """The sender's volume units, which a recipe's parts read in."""
        return await self.meals.volume_units(self.sender.id)

    async def entry(self, entry_id: int | None) -> Entry | None:
        """The card's entry as stored; None if there is none (yet, or any more)."""
        entry = None if entry_id is None else await self.meals.entry(self.sender.id, entry_id)
        return None if entry is None or entry.row.deleted else entry


async def on_question_button(
    query: CallbackQuery,
    *,
    op: OpKey,
    state: FSMContext,
    meals: MealService,
    users: UserRepository,
    user: User | None,
    gamification: GamificationService | None = None,
) -> None:
    """A choice, an amount or Skip, pressed on a question of a card."""
    texts = TEXTS.of(query.from_user)
    match = _QUESTION_ACTION.match(query.data or "")
    cards = await Cards.of(state)
    card = None if match is None else cards.get(match[2])
    message = query.message if isinstance(query.message, Message) else None
    if match is None or card is None:
        await answer_query(query, texts.stale if match is not None else texts.refused)
        return
    turn = Turn(query.from_user, op, cards, card, meals, gamification)
    if turn.repeated:
        await answer_query(query)  # a retry after the card moved: show where it is
        if message is not None:
            await (await turn.current()).edit(message)
        return
    question = card.question(int(match[3]))
    if question is None:
        await answer_query(query, texts.stale)
        return
    try:
        found = await pressed(meals, question, match[1], match[4])
    except ValueError:
        log.info("refused meal question data %r from user %d", query.data, query.from_user.id)
        await answer_query(query, texts.refused, alert=True)
        return
    except FoodParseError as error:
        await answer_query(query, problem_text(texts, error), alert=True)
        return
    except FoodsNotReady:
        await answer_query(query, texts.not_ready, alert=True)
        return
    await answer_query(query)
    await ensure_registered(query.from_user, user, users)
    reply = await advance(turn, question, found)
    if message is not None:
        await reply.edit(message)
    await cards.save()


async def pressed(
    meals: MealService, question: Question, action: str, argument: str | None
) -> Portion | Question | None:
    """What a button of `question` answers (None: Skip); ValueError if it has no such button."""
    if action == "skip":
        return None
    index = -1 if argument is None else int(argument)
    if action == "pick" and question.kind == "food" and 0 <= index < len(question.choices):
        return await meals.choose(question, question.choices[index].uid)
    if action == "g" and question.kind == "amount" and 0 <= index < len(question.amounts):
        return await meals.weigh(question, question.amounts[index].grams)
    raise ValueError("not a button of this question")


async def on_answer_text(
    message: Message,
    *,
    op: OpKey,
    state: FSMContext,
    meals: MealService,
    users: UserRepository,
    user: User | None,
    gamification: GamificationService | None = None,
    allergies: AllergySource | None = None,
) -> None:
    """Text sent while a question is open: another name for the food, or the amount. It
    answers the card it replies to, or the newest card: the first of its questions that
    text of its kind answers (`typed_for`)."""
    sender = message.from_user
    if sender is None or message.text is None:
        return
    cards = await Cards.of(state)
    replied = message.reply_to_message
    card = cards.target(None if replied is None else replied.message_id)
    if card is None or not card.questions:
        await cards.save()  # nothing open: the state follows
        return
    turn = Turn(sender, op, cards, card, meals, gamification)
    texts = turn.texts
    if turn.repeated:  # a retry after the card moved: the answer was applied once
        await (await turn.current()).send(message)
        return
    question = typed_for(card, message.text)
    try:
        found = await typed_answer(meals, question, message.text)
        if isinstance(found, Question):  # another name: its foods, allergens marked
            found = marked(found, await allergies_of(allergies, sender.id))
    except FoodParseError as error:
        await message.answer(problem_text(texts, error))
        return
    except FoodsNotReady:
        await message.answer(texts.not_ready)
        return
    if found is None:
        units = await turn.units()
        await message.answer(await not_understood(meals, texts, question, units, message.text))
        return
    await ensure_registered(sender, user, users)
    reply = await advance(turn, question, found)
    sent = await reply.send(message)
    moved = cards.get(card.token)
    if moved is not None:  # typed answers are shown below: the card is that message now
        cards.put(replace(moved, message_id=sent.message_id))
    await cards.save()
    if card.message_id != sent.message_id:  # the card above is superseded
        await without_buttons(message, card.message_id)


async def not_understood(
    meals: MealService,
    texts: MealTexts,
    question: Question,
    units: Units = "metric",
    text: str = "",
) -> str:
    """What `text` that answers nothing is told: how to answer this question (a weight in
    the user's `units` first; a food before its amount, "1 glass")."""
    if question.kind == "food":
        amount = read_amount(text) is not None
        said = texts.amount_before_food if amount else texts.name_not_understood
        return said.format(span=html.escape(question.span[:80]))
    labels = ", ".join(html.escape(label) for label in await meals.measure_labels(question))
    measures = texts.amount_measures.format(labels=labels) if labels else ""
    return texts.amount_not_understood.format(hint=texts.weight_hint[units], measures=measures)


def typed_for(card: Card, text: str) -> Question:
    """The question of a card that typed text answers: an amount ("120 g", "1 cup") the
    first amount question, words the first food question; else the first question."""
    kind = "amount" if _amount_alone(text) else "food"
    return next((q for q in card.questions if q.kind == kind), card.questions[0])


async def typed_answer(
    meals: MealService, question: Question, text: str
) -> Portion | Question | None:
    """What text typed to `question` answers: for an amount, grams ("120", "4 oz") or a
    measure of the food's ("1 cup", "2 slices"); for a food, another name for it (words,
    not a number). None if it is none of these."""
    if question.kind == "amount":
        grams = typed_grams(text)
        if grams is not None:
            return await meals.weigh(question, grams)
        return await meals.measure(question, text)
    if not any(c.isalpha() for c in text) or _amount_alone(text):
        return None  # "6", "1 slice": no food's name
    return await meals.rename(question, text[:200])


def _amount_alone(text: str) -> bool:
    """Whether the text is an amount and nothing else ("120 g", "1 glass")."""
    return typed_grams(text) is not None or read_amount(text) is not None


async def advance(turn: Turn, question: Question, found: Portion | Question | None) -> Reply:
    """Apply the answer to `question` (None: skipped): store what it resolved, in the
    card's entry (replacing the item, for "Not this?"). Return the card as it now stands;
    the caller saves the cards once it is out."""
    card, user_id = turn.card, turn.sender.id
    entry_id = card.entry_id
    earned: Sequence[str] = ()
    if isinstance(found, Portion):
        if question.position in card.replacing and entry_id is not None:
            entry = await turn.meals.replace_item(user_id, entry_id, found)
        else:
            entry, earned = await store(turn, found)
        if entry is None:  # deleted meanwhile: nothing more to add to
            turn.cards.put(replace(card, questions=()))
            return Reply(turn.texts.gone)
        entry_id = entry.id
    then = found if isinstance(found, Question) else None
    moved = replace(card.answered(question.position, then, turn.op), entry_id=entry_id)
    turn.cards.put(moved)
    entry = await turn.entry(entry_id)
    if entry is None and not moved.questions:
        return Reply(turn.texts.nothing_logged)
    units, water = await turn.units(), await turn.water()
    return card_reply(turn.texts, entry, moved, earned, units, water=water)


async def store(turn: Turn, portion: Portion) -> tuple[Entry | None, Sequence[str]]:
    """Add an answered item to the card's entry, or start the entry with it (which earns
    what logging a meal earns); return the entry (None if it was deleted meanwhile) and the
    lines announcing what it earned."""
    card = turn.card
    if card.entry_id is not None:
        return await turn.meals.add(turn.sender.id, card.entry_id, portion), []
    key = turn.op.step("log")
    entry = await turn.meals.log(
        turn.sender.id,
        [portion],
        meal=Meal(card.meal) if card.meal in set(Meal) else None,
        description=card.text,
        key=key,
        days_ago=card.days_ago,
        at=card.at,
    )
    earned = await award(turn.gamification, turn.sender, "meal", key, entry.row.local_date)
    return entry, earned


async def without_buttons(message: Message, message_id: int | None) -> None:
    """Take the buttons off a card that another message took over (or that was forgotten),
    so that none of them is left to answer "that question is over"; a message Telegram
    will no longer edit (too old, deleted) is left as it is."""
    if message_id is None or message.bot is None:
        return
    try:
        await message.bot.edit_message_reply_markup(
            chat_id=message.chat.id, message_id=message_id, reply_markup=None
        )
    except TelegramBadRequest as error:
        log.info("buttons of message %d left as they are: %s", message_id, error)


def typed_grams(text: str) -> float | None:
    """Grams from "120", "120 g", "4 oz" (None if it is not a weight in range)."""
    match = _GRAMS.match(text)
    if match is None:
        return None
    value = float(match[1].replace(",", "."))
    if match[2] and match[2].lower().startswith(("oz", "ounce")):
        value *= GRAMS_PER_UNIT[Unit.OZ]
    return value if 0 < value <= MAX_GRAMS else None


# --- "Not this?" ---------------------------------------------------------------------------


async def on_not_this(
    query: CallbackQuery,
    *,
    op: OpKey,
    state: FSMContext,
    meals: MealService,
    allergies: AllergySource | None = None,
) -> None:
    """ "Not this?" on an entry: with one food, the others its words could mean, as a
    question on the card; with several, first which of them."""
    texts = TEXTS.of(query.from_user)
    match = _ALTERNATIVES.match(query.data or "")
    user_id = query.from_user.id
    entry = None if match is None else await meals.entry(user_id, int(match[1]))
    message = query.message if isinstance(query.message, Message) else None
    if match is None or entry is None:
        log.info("refused meal button data %r from user %d", query.data, user_id)
        await answer_query(query, texts.refused, alert=True)
        return
    if entry.row.deleted:
        await answer_query(query, texts.gone, alert=True)
        return
    foods = [item for item in entry.items if item.usda_id]
    position = int(match[2]) if match[2] is not None else None
    if position is None and len(foods) == 1:
        position = foods[0].position
    if position is None:
        await answer_query(query)
        if message is not None:
            units, water = await meals.units(user_id), await meals.volume_units(user_id)
            await items_reply(texts, entry, units, water).edit(message)
        return
    try:
        question = await meals.alternatives(user_id, entry, position)
        if question is not None:
            question = marked(question, await allergies_of(allergies, user_id))
    except FoodsNotReady:
        await answer_query(query, texts.not_ready, alert=True)
        return
    if question is None:
        item = next((i for i in entry.items if i.position == position), None)
        typed = "" if item is None else item.typed
        said = texts.no_alternatives.format(span=typed[:60])
        if item is not None and is_product(item.usda_id):  # its words are a code: say what
            name = shorter(item.food_name, MAX_ALERT_NAME)  # an alert holds 200 characters
            said = texts.no_product_alternatives.format(name=name)
        await answer_query(query, said, alert=True)
        return
    await answer_query(query)
    card = Card(
        token=card_token(op),
        entry_id=entry.id,
        meal=str(entry.meal),
        days_ago=0,
        text=entry.row.description,
        questions=(question,),
        replacing=frozenset({position}),
        answered_by=str(op),
        message_id=None if message is None else message.message_id,
    )
    cards = await Cards.of(state)
    cards.put(card)
    if message is not None:
        units, water = await meals.units(user_id), await meals.volume_units(user_id)
        await card_reply(texts, entry, card, units=units, water=water).edit(message)
    await cards.save()
