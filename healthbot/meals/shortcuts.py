"""Logging in one tap, free of aiogram types: the recent foods for this time of day, saved
meals, and copies of a meal or a day.

Every entry these make goes through `MealService.log`, the one writer of entries: keyed by
its operation (a retried update logs once), on the card like any /log, and removed by /undo
like any /log. A copy or a saved meal carries its items as they were stored (their energy
and amounts), so nothing is searched again. The coach's tools call the same methods.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Final

from healthbot.cache import Cache
from healthbot.db import Joined
from healthbot.food.sentences import MEAL_DISHES
from healthbot.localtime import zone_named
from healthbot.meals.answers import Portion
from healthbot.meals.copies import MAX_COPIED, CopyOf, CopySources, SourceItem, read_copy
from healthbot.meals.joined_entries import JoinedEntry
from healthbot.meals.portions import MEAL_WORDS, meal_at
from healthbot.meals.recents import Recent, RecentFoods, dish_words
from healthbot.meals.removals import part_key
from healthbot.meals.repository import EntryRow, ItemRow
from healthbot.meals.saved import (
    MAX_NAME,
    MAX_SAVED,
    NameProblem,
    NameTaken,
    SavedMeal,
    SavedMeals,
    check_name,
    items_json,
    portion_of,
)
from healthbot.meals.service import MAX_DESCRIPTION, Entry, MealService
from healthbot.users import User, user_zone
from healthbot.when import Meal

log = logging.getLogger(__name__)

__all__ = [
    "CopyOf", "MealShortcuts", "NameProblem", "NameTaken", "Recent", "SavedMeal", "TooMany",
    "Write", "check_name",
]  # fmt: skip

_DEFAULT_NAME: Final = "Meal"
_MEAL_NAMED: Final = re.compile(
    r"\b(" + "|".join(MEAL_WORDS) + rf")\b(?!\s+{MEAL_DISHES})", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Write:
    """How a one-tap log is written: under its operation's key, with the record the update
    came with (None: looked up), and `joined`: what goes in the entry's own transaction,
    from its local day (the XP it pays), as a /log's. `refreshed`: the caller refreshes the
    user's recent foods once the entry is shown (`MealShortcuts.refresh`, after the reply,
    whatever happens), so the write leaves them as they are instead of forgetting them on
    the reply's path: one Redis round trip less before the card."""

    key: str
    user: User | None = None
    joined: Callable[[date], Sequence[Joined]] | None = None
    refreshed: bool = False


class TooMany(Exception):
    """More than a limit: saved meals (`MAX_SAVED`), or the items of a copy (`MAX_COPIED`)."""

    def __init__(self, limit: int) -> None:
        super().__init__(limit)
        self.limit = limit


@dataclass(frozen=True, slots=True)
class Copied:
    """What a copy logged: an entry, or for a day of several meals an entry per meal in the
    order eaten (none: the meal or day it names has nothing); and what it copied."""

    entries: tuple[Entry, ...]
    source: CopyOf


class MealShortcuts:
    """Recent foods, saved meals and copies, on the meal service's entry writer."""

    def __init__(
        self, meals: MealService, saved: SavedMeals, recents: RecentFoods, sources: CopySources
    ) -> None:
        self.meals = meals
        self.saved = saved
        self.recents = recents
        self.sources = sources

    @classmethod
    def of(cls, meals: MealService, cache: Cache | None = None) -> MealShortcuts:
        """The shortcuts on the meal service's database (the saved meals cached in `cache`,
        by default in this process only; the recent foods in the repository's, which its
        writes invalidate)."""
        repository = meals.repository
        saved = SavedMeals(repository.db, cache or Cache(None))
        recents = RecentFoods(repository.db, repository.cache)
        return cls(meals, saved, recents, CopySources(repository.db))

    # --- recent foods ----------------------------------------------------------------------

    async def recent(self, user_id: int, user: User | None = None) -> tuple[Meal, list[Recent]]:
        """The meal of the user's time of day now, and their foods most eaten at it (then at
        any meal), each in its usual amount, best first (`user`: the update's record)."""
        now = self.meals.clock()
        zone = zone_named(user.timezone) if user is not None and user.id == user_id else None
        local = now.astimezone(zone or await user_zone(self.meals.users, user_id))
        meal = meal_at(local.time())
        return meal, await self.recents.of_user(user_id, meal, now)

    async def refresh(self, user_id: int) -> None:
        """Read the user's recent foods again and store them in the cache over what it held
        (and tell the other processes), after a one-tap log's reply (its write left them:
        `Write.refreshed`), so that the next /log alone (theirs: a user of the one-tap logs)
        finds them there instead of reading them on its own reply's path. If they cannot be
        read, they are forgotten, as any write of the user's entries forgets them. Never
        raises (the next /log alone reads them if this could not)."""
        now = self.meals.clock()
        try:
            await self.recents.refresh(user_id, now)
        except Exception:  # the handler's work is done and replied: failing it would redo it
            log.warning("could not read user %d's recent foods again", user_id, exc_info=True)
            try:
                await self.meals.repository.changed(user_id)
            except Exception:
                log.warning("could not forget user %d's recent foods", user_id, exc_info=True)

    async def log_recent(self, user_id: int, item_id: int, write: Write) -> Entry | None:
        """Log one of the user's items again, now, in the same amount (a recent food's
        button), with the other parts of its dish ("a grande latte": its espresso and its
        milk); None if there is no such item of theirs."""
        items = await self.recents.items(user_id, item_id)
        if not items:
            return None
        described = items[0].typed if len(items) == 1 else dish_words(items[0].typed)
        return await self._log(user_id, items, meal=None, description=described, write=write)

    # --- saved meals -----------------------------------------------------------------------

    async def last_logged(self, user_id: int) -> EntryRow | None:
        """The entry the user logged last and still has (what /save saves)."""
        return await self.meals.repository.last(user_id)

    async def save(self, user_id: int, entry_id: int, name: str | None = None) -> SavedMeal | None:
        """Save the user's entry under `name` (by default a free name from its text); None
        if the entry is not theirs (or deleted). `NameTaken` when a given name is theirs
        already, `TooMany` past `MAX_SAVED`."""
        entry = await self.meals.entry(user_id, entry_id)
        if entry is None or entry.row.deleted or not entry.items:
            return None
        items = items_json(entry.items)
        if name is not None and (taken := await self.saved.named(user_id, name)) is not None:
            if taken.items == items:  # saved so already (a retried update, a second tap)
                return taken
            raise NameTaken(taken)  # asked about before the limit: replacing adds none
        if name is None:  # Save on a card: once, however often it is pressed
            saved = await self.saved.of_user(user_id)
            if (same := next((m for m in saved if m.items == items), None)) is not None:
                return same
        if await self.saved.count(user_id) >= MAX_SAVED:
            raise TooMany(MAX_SAVED)
        if name is not None:
            return await self.saved.add(user_id, name, entry.items)
        base = _default_name(entry.row.description)
        for number in range(1, MAX_SAVED + 2):
            candidate = base if number == 1 else f"{base[: MAX_NAME - 3]} {number}"
            try:
                return await self.saved.add(user_id, candidate, entry.items)
            except NameTaken:
                continue
        raise TooMany(MAX_SAVED)  # unreachable: fewer names are taken than tried

    async def replace_saved(self, user_id: int, saved_id: int, entry_id: int) -> SavedMeal | None:
        """Make the user's entry the items of their saved meal (a name taken, replaced);
        None if either is not theirs."""
        entry = await self.meals.entry(user_id, entry_id)
        if entry is None or entry.row.deleted or not entry.items:
            return None
        return await self.saved.replace(user_id, saved_id, entry.items)

    async def saved_meals(self, user_id: int) -> list[SavedMeal]:
        """The user's saved meals by name."""
        return await self.saved.of_user(user_id)

    async def named(self, user_id: int, name: str) -> SavedMeal | None:
        """The user's saved meal of this name (whatever its case)."""
        if isinstance(check_name(name), NameProblem):
            return None  # no such name can be saved: no query
        return await self.saved.named(user_id, name)

    async def log_saved(self, user_id: int, saved: SavedMeal, write: Write) -> Entry:
        """Log the saved meal again, now: at the meal its name says ("usual breakfast" logged
        at noon or at night is still breakfast), else at the meal of the time of day."""
        return await self.meals.log(
            user_id, saved.portions(), meal=named_meal(saved.name), description=saved.name,
            key=write.key, user=write.user, joined=write.joined, forget=not write.refreshed,
        )  # fmt: skip

    async def rename(self, user_id: int, saved_id: int, name: str) -> SavedMeal | None:
        """Rename the user's saved meal; None if it is not theirs, `NameTaken`."""
        return await self.saved.rename(user_id, saved_id, name)

    async def delete_saved(self, user_id: int, saved_id: int) -> SavedMeal | None:
        """Delete the user's saved meal; what was deleted, None if none of theirs."""
        return await self.saved.delete(user_id, saved_id)

    async def get_saved(self, user_id: int, saved_id: int) -> SavedMeal | None:
        """The user's saved meal by id."""
        return await self.saved.get(user_id, saved_id)

    # --- copies ----------------------------------------------------------------------------

    async def copy_of(self, user_id: int, text: str, user: User | None = None) -> CopyOf | None:
        """The meal or day a /log text asks to copy, in the user's days (`user`: the
        update's record); None: no copy."""
        if len(text) > 60:  # longer than any copy's words: food
            return None
        return read_copy(text, await self.meals.today(user_id, user))

    async def copy(self, user_id: int, source: CopyOf, write: Write) -> Copied:
        """Log the meal or day again, now: an entry for each meal copied, at that meal (a
        day's breakfast stays breakfast), logged together (/undo takes them back as one;
        the XP is paid once), in one write: the other meals and the XP are joined to the
        first's (`JoinedEntry`). `TooMany` past `MAX_COPIED` items."""
        found = await self.sources.items(user_id, source)
        if len(found) > MAX_COPIED:
            raise TooMany(MAX_COPIED)
        by_meal: dict[str, list[SourceItem]] = {}
        for item in found:
            by_meal.setdefault(item.meal, []).append(item)
        meals = [
            _Copied(Meal(meal), items, ", ".join(dict.fromkeys(i.description for i in items
                                                               if i.description)),
                    write.key if len(by_meal) == 1 else part_key(write.key, meal))
            for meal, items in by_meal.items()
        ]  # fmt: skip
        if not meals:
            return Copied((), source)
        first, rest = meals[0], meals[1:]
        now = self.meals.clock()
        others: list[JoinedEntry] = []

        def joined(day: date) -> list[Joined]:
            # The other meals before the XP, whose calorie days count them (one transaction),
            # each logged after the one before, as when they were logged one by one: the last
            # one is what /save takes (called once the first's instant is read).
            others[:] = [
                JoinedEntry(user_id, copied.portions(), meal=str(copied.meal), at=now, day=day,
                            description=copied.description[:MAX_DESCRIPTION], key=copied.key,
                            logged=self.meals.clock())
                for copied in rest
            ]  # fmt: skip
            return [*others, *(() if write.joined is None else write.joined(day))]

        entries = [await self._log(
            user_id, first.items, meal=first.meal, description=first.description,
            write=Write(first.key, write.user, joined, write.refreshed), at=now,
        )]  # fmt: skip
        for copied, other in zip(rest, others, strict=True):
            entries.append(other.entry or await self._log(  # a retry: stored by the first try
                user_id, copied.items, meal=copied.meal, description=copied.description,
                write=Write(copied.key, write.user, None, write.refreshed), at=now,
            ))  # fmt: skip
        return Copied(tuple(entries), source)

    async def copy_entry(self, user_id: int, entry_id: int, write: Write) -> Entry | None:
        """Log the user's entry again, now, at its meal (a Copy button); None if it is not
        theirs (or deleted)."""
        entry = await self.meals.entry(user_id, entry_id)
        if entry is None or entry.row.deleted or not entry.items:
            return None
        return await self._log(
            user_id, entry.items, meal=entry.meal, description=entry.row.description, write=write
        )

    async def _log(
        self,
        user_id: int,
        items: Sequence[ItemRow],
        *,
        meal: Meal | None,
        description: str,
        write: Write,
        at: datetime | None = None,
    ) -> Entry:
        return await self.meals.log(
            user_id, _portions(items), meal=meal, description=description, key=write.key,
            at=at, user=write.user, joined=write.joined, forget=not write.refreshed,
        )  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Copied:
    """One meal of a copy: its items as stored, what its entries said, and its key."""

    meal: Meal
    items: list[SourceItem]
    description: str
    key: str

    def portions(self) -> list[Portion]:
        """Its items as portions to log again."""
        return _portions(self.items)


def _portions(items: Sequence[ItemRow]) -> list[Portion]:
    return [portion_of(item, position) for position, item in enumerate(items)]


def named_meal(name: str) -> Meal | None:
    """The meal a saved meal's name names ("Usual breakfast", "sunday lunch"), if it names
    one; None for none, for two ("breakfast or lunch") and for a dish named after a meal
    ("breakfast burrito")."""
    meals = {MEAL_WORDS[found.group(1).lower()] for found in _MEAL_NAMED.finditer(name)}
    return meals.pop() if len(meals) == 1 else None


def _default_name(description: str) -> str:
    """A name for a meal saved without one: its text, as far as a name may read."""
    kept = "".join(c if c.isalnum() or c in " '&.,+()-" else " " for c in description)
    name = " ".join(kept.split()).lstrip(".,-'&+()")
    if len(name) > MAX_NAME:
        name = name[:MAX_NAME].rsplit(" ", 1)[0]
    checked = check_name(name)
    return checked if isinstance(checked, str) else _DEFAULT_NAME
