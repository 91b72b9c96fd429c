"""The open questions of meal logging, kept per card (no handlers here).

A card is the message that shows what one operation logged (a /log, an edit, the coach's
log_food, a "Not this?") together with a question for each item the bot was unsure of. Its
buttons carry the card's token and the item's position, so the questions of a card are
answered in any order, and a new /log opens a card of its own beside the ones still open
(up to `MAX_CARDS`; the oldest is forgotten first, and its buttons then say the question is
over). Typed text answers the first open question of the card it replies to, or else of the
newest card.

The cards live in the chat's meal dialog, an FSM destiny of the meal feature's own
("meals"), so that a /log sent in the middle of another dialog (the onboarding's) neither
ends it nor is ended by it. Its state is `answering` while a card has questions and
`editing` while the corrected list of an entry is awaited (the cards stay open meanwhile;
a card with questions opened, or a newer entry logged, ends the edit).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, Final

from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup

from healthbot.meals.answers import Question
from healthbot.ops import OpKey

DESTINY: Final = "meals"
"""The FSM destiny of the meal dialog (the default one belongs to other dialogs)."""
MAX_CARDS: Final = 8
"""Cards with open questions kept per chat."""


class Logging(StatesGroup):
    """The dialog states of meal logging."""

    answering = State()  # a card has open questions
    editing = State()  # the corrected list of an entry is awaited


def meal_dialog(state: FSMContext) -> FSMContext:
    """The chat's meal dialog, beside whatever dialog `state` (the default one) holds."""
    return FSMContext(storage=state.storage, key=replace(state.key, destiny=DESTINY))


def card_token(op: OpKey, number: int = 0) -> str:
    """A short token naming the `number`-th card an operation opened (its buttons carry it);
    the same in every process, so that a retried update's buttons still match its card."""
    return hashlib.blake2b(f"{op}#{number}".encode(), digest_size=4).hexdigest()


@dataclass(frozen=True, slots=True)
class Card:
    """One card: the entry it adds to (None until an answer starts it), how to start it,
    and its open questions in the order typed."""

    token: str
    entry_id: int | None
    meal: str | None
    days_ago: int
    text: str  # what was typed: the entry's description
    questions: tuple[Question, ...]
    replacing: frozenset[int] = frozenset()  # "Not this?": the answer replaces that item
    answered_by: str = ""  # the operation that last moved it (a retry of it only shows it)
    message_id: int | None = None  # the message that shows it, when known
    at: datetime | None = None  # when it was eaten, if the /log said ("yesterday at 7pm")

    def question(self, position: int) -> Question | None:
        """The open question about the item at `position`."""
        return next((q for q in self.questions if q.position == position), None)

    def answered(self, position: int, then: Question | None, op: OpKey) -> Card:
        """The card after an answer about `position`: the question gone, or become `then`
        (the food is known now, its amount is not)."""
        questions: list[Question] = []
        for question in self.questions:
            if question.position != position:
                questions.append(question)
            elif then is not None:
                questions.append(then)
        return replace(self, questions=tuple(questions), answered_by=str(op))

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (dialog state)."""
        return {
            "token": self.token,
            "entry_id": self.entry_id,
            "meal": self.meal,
            "days_ago": self.days_ago,
            "text": self.text,
            "questions": [q.to_json() for q in self.questions],
            "replacing": sorted(self.replacing),
            "answered_by": self.answered_by,
            "message_id": self.message_id,
            "at": None if self.at is None else self.at.isoformat(),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Card:
        """The card `to_json` wrote."""
        entry_id, message_id, at = data.get("entry_id"), data.get("message_id"), data.get("at")
        return cls(
            token=str(data["token"]),
            entry_id=entry_id if isinstance(entry_id, int) else None,
            meal=data.get("meal") if isinstance(data.get("meal"), str) else None,
            days_ago=int(data.get("days_ago") or 0),
            text=str(data.get("text", "")),
            questions=tuple(Question.from_json(q) for q in data.get("questions", [])),
            replacing=frozenset(int(p) for p in data.get("replacing", [])),
            answered_by=str(data.get("answered_by", "")),
            message_id=message_id if isinstance(message_id, int) else None,
            at=datetime.fromisoformat(at) if isinstance(at, str) else None,
        )


@dataclass(slots=True)
class Cards:
    """The chat's open cards (oldest first) and the entry being edited, as read from its
    meal dialog; `save` writes them back and sets the dialog's state."""

    dialog: FSMContext
    cards: list[Card] = field(default_factory=list)
    editing: int | None = None  # the entry whose corrected list is awaited
    edited_on: int | None = None  # the message whose Edit was pressed (its buttons go after)
    missed: int = 0  # tries of the edit that changed nothing (see `edits._miss`)
    newest: int | None = None  # the user's newest entry at Edit: a newer one ends the edit

    @classmethod
    async def of(cls, state: FSMContext) -> Cards:
        """The cards of the chat whose dialog `state` is."""
        dialog = meal_dialog(state)
        data = await dialog.get_data()
        editing, edited_on = data.get("editing"), data.get("edited_on")
        missed, newest = data.get("missed"), data.get("newest")
        return cls(
            dialog,
            [Card.from_json(card) for card in data.get("cards", [])],
            editing if isinstance(editing, int) else None,
            edited_on if isinstance(edited_on, int) else None,
            missed if isinstance(missed, int) else 0,
            newest if isinstance(newest, int) else None,
        )

    def __iter__(self) -> Iterator[Card]:
        return iter(self.cards)

    def end_edit(self) -> None:
        """No entry's corrected list is awaited any more."""
        self.editing, self.edited_on, self.missed, self.newest = None, None, 0, None

    def start_edit(self, entry_id: int, edited_on: int | None, newest: int | None) -> None:
        """Await the corrected list of `entry_id` (Edit pressed on `edited_on`), while
        `newest` is the user's newest entry."""
        self.editing, self.edited_on, self.missed, self.newest = entry_id, edited_on, 0, newest

    def get(self, token: str) -> Card | None:
        """The open card with this token."""
        return next((card for card in self.cards if card.token == token), None)

    def target(self, reply_to: int | None) -> Card | None:
        """The card typed text answers: the one it replies to, else the newest."""
        replied = next((c for c in self.cards if reply_to and c.message_id == reply_to), None)
        return replied or (self.cards[-1] if self.cards else None)

    def put(self, card: Card) -> list[Card]:
        """Keep the card (in place of the one with its token), or forget it when it has no
        question left; the oldest cards go past `MAX_CARDS`: return those."""
        index = next((i for i, c in enumerate(self.cards) if c.token == card.token), None)
        if not card.questions:
            if index is not None:
                del self.cards[index]
            return []
        if index is None:
            self.cards.append(card)
        else:
            self.cards[index] = card
        forgotten = self.cards[:-MAX_CARDS]
        del self.cards[:-MAX_CARDS]
        return forgotten

    async def save(self) -> None:
        """Write the cards back; the state follows: editing, answering, or none."""
        if not self.cards and self.editing is None:
            await self.dialog.clear()
            return
        await self.dialog.set_state(
            Logging.editing if self.editing is not None else Logging.answering
        )
        await self.dialog.set_data(
            {
                "cards": [card.to_json() for card in self.cards],
                "editing": self.editing,
                "edited_on": self.edited_on,
                "missed": self.missed,
                "newest": self.newest,
            }
        )
