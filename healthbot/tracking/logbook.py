"""Water logs and weigh-ins as things the user logged, free of aiogram types: /undo and
/history remove, restore and change them one at a time (`TrackingLogs`), through the two
logbooks this feature declares (`healthbot.logbook`). Removing, restoring or changing a
weigh-in recomputes the targets that follow from weight, as a new weigh-in does."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal

from aiogram import Bot
from aiogram.fsm.context import FSMContext

from healthbot.gamification import GamificationService
from healthbot.localtime import day_and_clock, utc_now
from healthbot.logbook import Deleted, Logbook, Logged, Restored
from healthbot.measures import Units, volume, volume_units, weight, weight_units
from healthbot.tracking.entries import KINDS, EntryRepository, Kind, LogRow
from healthbot.tracking.parsing import (
    MAX_WATER_ML,
    MAX_WEIGHT_KG,
    MIN_WEIGHT_KG,
    AmountError,
    Problem,
)
from healthbot.tracking.texts import TEXTS
from healthbot.users import UserLookup, user_zone

SHOW_PREFIX = "track:show:"
"""The data of a button that shows a water log or weigh-in: "track:show:<kind>:<id>"."""


@dataclass(frozen=True, slots=True)
class LogEntry:
    """One water log (`amount` in ml) or weigh-in (in kg), when it was in the user's zone,
    and the user's units."""

    kind: Kind
    id: int
    amount: Decimal
    at: datetime
    deleted: bool
    units: Units
    logged: datetime  # when it was logged (the row written): /undo takes the last
    stones: bool = False  # the user weighs in stones: "13 st 4 lb" (and British water)
    timezone: str | None = None  # the user's: water reads in ml in Britain whatever the units

    def shown(self) -> str:
        """The amount in the user's units: "500 ml", "17 fl oz", "159.8 lb", "11 st 6 lb"."""
        if self.kind == "water":
            return volume(float(self.amount), volume_units(self.units, self.timezone, self.stones))
        return weight(float(self.amount), weight_units(self.units, self.stones))


class TrackingLogs:
    """Water logs and weigh-ins one at a time: listed, removed, restored, changed."""

    def __init__(
        self,
        repository: EntryRepository,
        users: UserLookup,
        units: Callable[[int], Awaitable[Units]],
        *,
        weighed: Callable[[int], Awaitable[object]] | None = None,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self.repository = repository
        self.clock = clock  # the app's: when a row is removed, as when one is logged
        self.users = users
        self.units = units  # the user's: how amounts are shown
        self.weighed = weighed  # after a weigh-in changed: the targets that follow from it

    async def entry(self, kind: Kind, user_id: int, row_id: int) -> LogEntry | None:
        """The user's water log or weigh-in (removed ones too); None if not theirs."""
        row = await self.repository.get(kind, user_id, row_id)
        return None if row is None else (await self._entries(kind, user_id, [row]))[0]

    async def recent(self, kind: Kind, user_id: int, limit: int) -> list[LogEntry]:
        """The user's latest `limit` of the kind, the latest first."""
        return await self._entries(
            kind, user_id, await self.repository.latest(kind, user_id, limit)
        )

    async def last_logged(self, kind: Kind, user_id: int) -> LogEntry | None:
        """The user's one of the kind logged last and still there (not the latest in time:
        a weigh-in for yesterday logged now is the last logged)."""
        row = await self.repository.last_logged(kind, user_id)
        return None if row is None else (await self._entries(kind, user_id, [row]))[0]

    async def restored_by(self, kind: Kind, user_id: int, key: str) -> LogEntry | None:
        """What the /undo `key` brought back of the kind after a card's Delete, if there."""
        row = await self.repository.restored_by(kind, user_id, key)
        return None if row is None else (await self._entries(kind, user_id, [row]))[0]

    async def removed_by(self, kind: Kind, user_id: int, key: str) -> LogEntry | None:
        """What the operation `key` removed of the kind, if it still is."""
        row = await self.repository.removed_by(kind, user_id, key)
        return None if row is None else (await self._entries(kind, user_id, [row]))[0]

    async def remove(
        self, kind: Kind, user_id: int, row_id: int, key: str | None = None
    ) -> LogEntry | None:
        """Remove the user's water log or weigh-in (softly: `restore` brings it back), under
        the operation `key` if one; None if there is no such one of theirs still there."""
        row = await self.repository.remove(kind, user_id, row_id, key, at=self.clock())
        if row is None:
            return None
        await self._weighed(kind, user_id)
        return (await self._entries(kind, user_id, [row]))[0]

    async def restore(
        self, kind: Kind, user_id: int, row_id: int, key: str | None = None
    ) -> tuple[LogEntry | None, bool]:
        """Bring back the user's removed water log or weigh-in (under the /undo `key` that
        undoes a card's Delete, if one): it (None if not theirs) and whether it was removed
        until now (a second restore changes nothing)."""
        changed = await self.repository.restore(kind, user_id, row_id, key)
        if changed:
            await self._weighed(kind, user_id)
        return await self.entry(kind, user_id, row_id), changed

    async def change(
        self, kind: Kind, user_id: int, row_id: int, amount: Decimal
    ) -> LogEntry | None:
        """Set the amount (ml, or kg) of the user's water log or weigh-in still there;
        `AmountError` for one out of range, None if there is no such one of theirs."""
        if kind == "water" and not 0 < amount <= MAX_WATER_ML:
            raise AmountError(Problem.NOT_POSITIVE if amount <= 0 else Problem.TOO_MUCH)
        if kind == "weight" and not MIN_WEIGHT_KG <= amount <= MAX_WEIGHT_KG:
            raise AmountError(Problem.OUT_OF_RANGE)
        row = await self.repository.change(kind, user_id, row_id, amount)
        if row is None:
            return None
        await self._weighed(kind, user_id)
        return (await self._entries(kind, user_id, [row]))[0]

    async def correct(
        self, user_id: int, row_id: int, kg: Decimal, key: str
    ) -> tuple[LogEntry, LogEntry] | None:
        """Correct the user's weigh-in still there to `kg` once per operation `key`: the
        weigh-in as it is now and as it was before the operation; None if there is none."""
        if not MIN_WEIGHT_KG <= kg <= MAX_WEIGHT_KG:
            raise AmountError(Problem.OUT_OF_RANGE)
        found = await self.repository.correct(user_id, row_id, kg, key)
        if found is None:
            return None
        await self._weighed("weight", user_id)
        [now] = await self._entries("weight", user_id, [found.row])
        return now, replace(now, amount=found.was)

    def books(self, gamification: GamificationService | None = None) -> tuple[Logbook, ...]:
        """The logbooks of water and of weigh-ins (with `gamification`, /undo takes back the
        XP of what it removes, and Bring it back gives it back)."""
        return tuple(_Book(self, kind, gamification) for kind in KINDS)

    async def _weighed(self, kind: Kind, user_id: int) -> None:
        if kind == "weight" and self.weighed is not None:
            await self.weighed(user_id)

    async def _entries(self, kind: Kind, user_id: int, rows: Sequence[LogRow]) -> list[LogEntry]:
        if not rows:
            return []
        zone, units = await user_zone(self.users, user_id), await self.units(user_id)
        stones = units == "imperial" and await self._in_stones(user_id)
        return [
            LogEntry(
                kind,
                row.id,
                row.amount,
                row.logged_at.astimezone(zone),
                row.deleted,
                units,
                row.created_at,
                stones,
                zone.key,
            )
            for row in rows
        ]

    async def _in_stones(self, user_id: int) -> bool:
        """Whether the user weighs in stones (`healthbot.profile`'s weight_in_stones)."""
        found = await self.repository.db.fetch_value(
            "tracking.in_stones",
            "SELECT weight_in_stones FROM user_profiles WHERE user_id = %(user_id)s",
            {"user_id": user_id},
        )
        return bool(found)


def label(entry: LogEntry, language: str | None) -> str:
    """One line naming the entry (plain text): "Tue 10 Mar 14:05 · 💧 Water 500 ml" (2:05 PM on
    a 12-hour clock)."""
    texts = TEXTS.get(language)
    template = texts.water_label if entry.kind == "water" else texts.weight_label
    return template.format(when=day_and_clock(entry.at, language), amount=entry.shown())


@dataclass(frozen=True, slots=True)
class _Book:
    """The logbook of one kind (`healthbot.logbook.Logbook`)."""

    logs: TrackingLogs
    kind: Kind
    gamification: GamificationService | None = None

    def logged(self, entry: LogEntry, language: str | None) -> Logged:
        return Logged(
            kind=self.kind,
            id=entry.id,
            logged_at=entry.logged,
            at=entry.at,
            label=label(entry, language),
            open=f"{SHOW_PREFIX}{self.kind}:{entry.id}",
        )

    async def last(self, user_id: int, language: str | None) -> Logged | None:
        found = await self.logs.last_logged(self.kind, user_id)
        return None if found is None else self.logged(found, language)

    async def recent(self, user_id: int, language: str | None, limit: int) -> Sequence[Logged]:
        return [self.logged(e, language) for e in await self.logs.recent(self.kind, user_id, limit)]

    async def removed_by(self, user_id: int, key: str, language: str | None) -> Logged | None:
        found = await self.logs.removed_by(self.kind, user_id, key)
        if found is None:
            return None
        await self._take_back(user_id, key)  # a retried /undo: if the first died before it
        return self.logged(found, language)

    async def last_deleted(self, user_id: int) -> Deleted | None:
        return await self.logs.repository.last_deleted(self.kind, user_id)

    async def restored_by(self, user_id: int, key: str, language: str | None) -> Logged | None:
        found = await self.logs.restored_by(self.kind, user_id, key)
        return None if found is None else self.logged(found, language)

    async def remove(
        self, user_id: int, item_id: int, key: str, language: str | None
    ) -> Logged | None:
        found = await self.logs.remove(self.kind, user_id, item_id, key)
        if found is None:
            return None
        await self._take_back(user_id, key)
        return self.logged(found, language)

    async def restore(
        self, user_id: int, item_id: int, language: str | None, key: str | None = None
    ) -> Restored:
        undo = key
        key = await self.logs.repository.removed_under(self.kind, user_id, item_id)
        found, changed = await self.logs.restore(self.kind, user_id, item_id, undo)
        if changed and key is not None and self.gamification is not None:
            await self.gamification.give_back(user_id, self.kind, key)
        return Restored(None if found is None else self.logged(found, language), changed)

    async def redraw(
        self, bot: Bot, state: FSMContext, user_id: int, item_id: int, language: str | None
    ) -> None:
        return None  # a water or weight card is not kept: it shows what was logged then

    async def _take_back(self, user_id: int, key: str) -> None:
        """The XP of what the undo `key` removed, taken back (once per key)."""
        if self.gamification is not None:
            paid_under = await self.logs.repository.paid_under(self.kind, user_id, key)
            await self.gamification.take_back(user_id, self.kind, paid_under, key)
