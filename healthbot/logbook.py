"""What users log, across features: the contract /undo and /history go through.

A feature whose users log things (meals; water and weigh-ins) declares a `Logbook` for each
kind (`Feature.logbooks`, built from the dependencies, as middlewares are); the app gathers
them into one `Logbooks`, the dependency of the handlers that list, remove and restore
what anyone logged, so that those know no feature. A logbook removes softly (its rows keep
`deleted_at`, and `deleted_by`: the key of the operation that removed them, so that a
retried /undo removes nothing more), and restores what it removed, once.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from aiogram import Bot
    from aiogram.fsm.context import FSMContext


@dataclass(frozen=True, slots=True)
class Logged:
    """One thing a user logged, as /undo and /history name it."""

    kind: str  # its logbook's: "meal", "water", "weight"
    id: int  # its row's, in the logbook's table
    logged_at: datetime  # when the user logged it (the row written): /undo takes the last
    at: datetime  # when it happened (eaten, drunk, weighed): /history's order
    label: str  # one line, plain text, in the user's language and units
    open: str  # the data of a button that shows it with its Edit and Delete


@dataclass(frozen=True, slots=True)
class Deleted:
    """A thing removed and still removed, and when (on the app's clock, as things are
    logged): by the user with a card's Delete, or by an /undo (`by_undo`)."""

    at: datetime
    id: int
    by_undo: bool


@dataclass(frozen=True, slots=True)
class Restored:
    """What restoring did: `logged` is the thing (None: there is no such thing of the
    user's any more), `changed` whether it was removed until now (False: it was there)."""

    logged: Logged | None
    changed: bool


class Logbook(Protocol):
    """One kind of thing users log, as its feature keeps it."""

    @property
    def kind(self) -> str:
        """Its name in button data: a few lowercase letters."""
        ...

    async def last(self, user_id: int, language: str | None) -> Logged | None:
        """What the user logged last of this kind and still has; None if nothing."""
        ...

    async def recent(self, user_id: int, language: str | None, limit: int) -> Sequence[Logged]:
        """The user's latest `limit` of this kind (not removed), the latest `at` first."""
        ...

    async def removed_by(self, user_id: int, key: str, language: str | None) -> Logged | None:
        """What the operation `key` removed of the user's and is still removed, if any."""
        ...

    async def last_deleted(self, user_id: int) -> Deleted | None:
        """What was removed last of the user's of this kind and is still removed, if
        anything: /undo right after a card's Delete brings it back."""
        ...

    async def restored_by(self, user_id: int, key: str, language: str | None) -> Logged | None:
        """What the operation `key` brought back after a card's Delete and is still there."""
        ...

    async def remove(
        self, user_id: int, item_id: int, key: str, language: str | None
    ) -> Logged | None:
        """Remove the user's item under the operation `key`; what was removed, None if
        there is no such item of theirs still there."""
        ...

    async def restore(
        self, user_id: int, item_id: int, language: str | None, key: str | None = None
    ) -> Restored:
        """Bring back the user's removed item (once: a second time changes nothing), under
        the /undo `key` when an /undo brings back a card's Delete."""
        ...

    async def redraw(
        self, bot: Bot, state: FSMContext, user_id: int, item_id: int, language: str | None
    ) -> None:
        """Show the item as it now is (removed or back) on the messages of the chat `state`
        is of that show it, after /undo or its Bring it back; nothing if none are kept."""
        ...


@dataclass(frozen=True, slots=True)
class Logbooks:
    """Every feature's logbooks: what a user logged, of any kind."""

    books: tuple[Logbook, ...] = ()

    def get(self, kind: str) -> Logbook | None:
        """The logbook of this kind."""
        return next((book for book in self.books if book.kind == kind), None)

    async def last(self, user_id: int, language: str | None) -> Logged | None:
        """What the user logged last, of any kind, and still has."""
        found = await asyncio.gather(*(book.last(user_id, language) for book in self.books))
        present = [logged for logged in found if logged is not None]
        return max(present, key=_logged_order, default=None)

    async def last_deleted(self, user_id: int) -> tuple[Logbook, Deleted] | None:
        """What was removed last of the user's, of any kind (by a card's Delete or an
        /undo), and its logbook."""
        found = await asyncio.gather(*(book.last_deleted(user_id) for book in self.books))
        deleted = [(book, d) for book, d in zip(self.books, found, strict=True) if d is not None]
        return max(deleted, key=lambda pair: (pair[1].at, pair[1].id), default=None)

    async def removed_by(self, user_id: int, key: str, language: str | None) -> Logged | None:
        """What the operation `key` removed, of any kind (a retried /undo shows it again)."""
        for book in self.books:
            if (logged := await book.removed_by(user_id, key, language)) is not None:
                return logged
        return None

    async def restored_by(self, user_id: int, key: str, language: str | None) -> Logged | None:
        """What the operation `key` brought back after a card's Delete, of any kind."""
        for book in self.books:
            if (logged := await book.restored_by(user_id, key, language)) is not None:
                return logged
        return None

    async def page(
        self, user_id: int, language: str | None, offset: int, limit: int
    ) -> list[Logged]:
        """The user's things of every kind, the latest `at` first: `limit` of them after
        the first `offset`."""
        found = await asyncio.gather(
            *(book.recent(user_id, language, offset + limit) for book in self.books)
        )
        merged = sorted((logged for book in found for logged in book), key=_at_order, reverse=True)
        return merged[offset : offset + limit]


def _logged_order(logged: Logged) -> tuple[datetime, int]:
    return logged.logged_at, logged.id


def _at_order(logged: Logged) -> tuple[datetime, datetime, int]:
    return logged.at, logged.logged_at, logged.id
