"""Water and weight use cases, free of aiogram types: handlers and the coach's tools call these.

Days are the user's calendar days (their timezone, UTC until they set one); every write takes
the key of the operation that makes it (`OpKey.step`), so a retried update logs nothing twice.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from healthbot.db import Joined
from healthbot.localtime import day_start, utc_now, zone_named
from healthbot.measures import Units, VolumeUnits, WeightUnits, volume_units, weight_units
from healthbot.tracking.entries import EntryRepository
from healthbot.tracking.logbook import TrackingLogs
from healthbot.tracking.parsing import (
    MAX_WATER_ML,
    MAX_WEIGHT_KG,
    MIN_WEIGHT_KG,
    AmountError,
    Problem,
)
from healthbot.tracking.repository import TrackingRepository, WeighInRow
from healthbot.users import User, UserLookup, user_zone
from healthbot.when import MAX_DAYS_BACK, When

log = logging.getLogger(__name__)

DEFAULT_WATER_GOAL_ML = 2000
"""The daily goal of a user who has not set one (user_profiles.daily_water_ml_target)."""
_CENT = Decimal("0.01")  # weight_logs.weight_kg is numeric(5, 2)
DOUBT_SHARE = Decimal("0.10")
DOUBT_DAYS = 30
"""A weigh-in more than `DOUBT_SHARE` away from one of the last `DOUBT_DAYS` days is asked
about before it is stored: a typo or the wrong unit ("164" meant in lb), not a change."""
ADULT_MIN_KG = Decimal(35)
"""A first weigh-in lighter than this, when the same number in the other unit is not, is
asked about: "/weight 60.8" of a user in pounds meant kg (27.6 kg would set her protein
target to 33 g)."""
HEAVY_KG = Decimal(150)
"""A first weigh-in this heavy, whose number in the other unit is an adult's weight too
("/weight 185" of a metric user in New York: 185 kg or 185 lb?), is asked about."""
HISTORY_POINTS = 1000
"""At most this many weigh-ins in a history: a chart has no room for more."""


@dataclass(frozen=True, slots=True)
class WaterDay:
    """One calendar day's water: the total against the goal, and how it reads."""

    day: date
    total_ml: int
    goal_ml: int
    units: Units
    timezone: str | None = None  # the user's: water reads in ml in Britain whatever the units
    stones: bool = False  # the user weighs in stones: British, whatever their zone

    @property
    def shown(self) -> VolumeUnits:
        """How the user's water reads (`healthbot.measures.volume_units`)."""
        return volume_units(self.units, self.timezone, self.stones)

    @property
    def share(self) -> float:
        """The part of the goal reached (1.0 = the goal; more is possible)."""
        return self.total_ml / self.goal_ml


@dataclass(frozen=True, slots=True)
class WeighIn:
    """One weigh-in: when (and on which of the user's days), and the weight in kilograms."""

    at: datetime
    day: date
    kg: float


@dataclass(frozen=True, slots=True)
class WeightChange:
    """A weigh-in and how it compares: with the last one of an earlier day, and over the
    last 7 and 30 days, each only where it means something.

    A window's change is against the first weigh-in since the start of the user's day 7 (or
    30) days before the weigh-in's, given only when the user's weigh-ins began before that
    day (they span the window) and that weigh-in is not one already compared with; None
    otherwise. A second
    weigh-in of a day is compared with no other of that day: `earlier` says there was one.
    """

    latest: WeighIn
    since_previous: float | None
    previous_day: date | None
    over_7_days: float | None
    over_30_days: float | None
    units: Units
    stones: bool = False  # the user weighs in stones (read with `units`)
    earlier: bool = False  # some weigh-in came before this one (the same day's too)

    @property
    def shown(self) -> WeightUnits:
        """How the user's weights read."""
        return weight_units(self.units, self.stones)


@dataclass(frozen=True, slots=True)
class Doubt:
    """A weigh-in to confirm before it is stored (see `DOUBT_SHARE`): the weight as read,
    the last one, and the same number read in the other unit when that is near the last
    (the user meant it), else None; all in kg."""

    kg: Decimal
    previous: Decimal | None  # None: the first, lighter than `ADULT_MIN_KG` or past `HEAVY_KG`
    meant: Decimal | None
    units: Units
    stones: bool = False  # the user weighs in stones

    @property
    def shown(self) -> WeightUnits:
        """How the user's weights read."""
        return weight_units(self.units, self.stones)


def _units(value: str) -> Units:
    return "imperial" if value == "imperial" else "metric"


class TrackingService:
    """Logs water and weigh-ins, and reads the day's water and the weight trend."""

    def __init__(
        self,
        repository: TrackingRepository,
        users: UserLookup,
        clock: Callable[[], datetime] = utc_now,
        *,
        weighed: Callable[[int], Awaitable[object]] | None = None,
    ) -> None:
        self.repository = repository
        self.users = users
        self.clock = clock
        self.weighed = weighed  # after a weigh-in: the targets that follow from weight
        # One at a time, for /undo and /history (a weigh-in's change recomputes them too).
        self.logs = TrackingLogs(
            EntryRepository(repository.db),
            users,
            self.units,
            weighed=weighed,
            clock=self.now,
        )

    def now(self) -> datetime:
        """Now on this service's clock (whatever it is set to after construction)."""
        return self.clock()

    async def zone(self, user_id: int) -> ZoneInfo:
        """The user's timezone (from the cached user record); UTC if unknown or invalid."""
        return await user_zone(self.users, user_id)

    async def log_water(
        self, user_id: int, ml: int, key: str, *, user: User | None = None,
        joined: Callable[[date], Sequence[Joined]] | None = None,
    ) -> WaterDay:  # fmt: skip
        """Log `ml` millilitres (1-5000) once per `key`; return the day's total and goal.
        `user` is the record the update came with (else it is looked up); `joined` gives
        what is written in the same transaction, from the user's day (the XP it pays)."""
        if not 0 < ml <= MAX_WATER_ML:
            raise AmountError(Problem.NOT_POSITIVE if ml <= 0 else Problem.TOO_MUCH)
        now = self.clock()
        zone = zone_named(user.timezone) if user is not None and user.id == user_id else None
        zone = zone or await self.zone(user_id)
        day = now.astimezone(zone).date()
        also = () if joined is None else joined(day)
        row = await self.repository.add_water(user_id, ml, at=now, day=day, key=key, joined=also)
        goal = row.goal_ml or DEFAULT_WATER_GOAL_ML
        return WaterDay(day, row.total_ml, goal, _units(row.units), zone.key, row.stones)

    async def water_today(self, user_id: int) -> WaterDay:
        """The water drunk on the user's today, against their goal."""
        zone = await self.zone(user_id)
        day = self.clock().astimezone(zone).date()
        row = await self.repository.water_total(user_id, day)
        goal = row.goal_ml or DEFAULT_WATER_GOAL_ML
        return WaterDay(day, row.total_ml, goal, _units(row.units), zone.key, row.stones)

    async def volume_units(self, user_id: int) -> VolumeUnits:
        """How the user's water reads (their units, zone, and whether they weigh in stones)."""
        units, stones = await self.weight_units(user_id)
        return volume_units(units, (await self.zone(user_id)).key, stones)

    async def log_weight(
        self, user_id: int, kg: Decimal | float, key: str, *, at: datetime | None = None
    ) -> WeightChange:
        """Log a weigh-in (20-500 kg) once per `key`, made now or `at` an earlier instant;
        return how it compares with earlier ones."""
        value = Decimal(str(kg))
        # NaN, infinity and huge numbers have no two-decimal form: refuse them before rounding.
        if not value.is_finite() or not MIN_WEIGHT_KG - 1 < value < MAX_WEIGHT_KG + 1:
            raise AmountError(Problem.OUT_OF_RANGE)
        exact = value.quantize(_CENT)
        if not MIN_WEIGHT_KG <= exact <= MAX_WEIGHT_KG:
            raise AmountError(Problem.OUT_OF_RANGE)
        now = self.clock()
        moment = now if at is None else min(at, now)
        weigh_in = await self.repository.add_weight(user_id, exact, at=moment, now=now, key=key)
        if self.weighed is not None:
            await self.weighed(user_id)
        return await self._change(user_id, weigh_in)

    async def instant(self, user_id: int, when: When) -> datetime | None:
        """The instant a weigh-in's day words name ("yesterday": this time yesterday), on
        the user's clock; None for now. `WhenError` for a day to come or over a year back."""
        return when.instant(self.clock().astimezone(await self.zone(user_id)))

    async def on_day(self, user_id: int, day: date) -> datetime | None:
        """An instant of the user's `day`: this time of day on it, or now if that is later;
        None for a day to come or more than `MAX_DAYS_BACK` days back (as `instant`
        refuses: a button's day comes from data a client can forge)."""
        now = self.clock().astimezone(await self.zone(user_id))
        if not 0 <= (now.date() - day).days <= MAX_DAYS_BACK:
            return None
        return min(now, datetime.combine(day, now.timetz()))

    async def doubtful(
        self, user_id: int, kg: Decimal, instead_of: int | None = None
    ) -> Decimal | None:
        """The user's last weigh-in (kg; `instead_of` the one `kg` corrects), when it is
        recent and `kg` is far from it: the new one should be confirmed; None when it can be
        stored as it is."""
        latest = await self.repository.latest_weight(user_id, instead_of)
        if latest is None or latest.logged_at < self.clock() - timedelta(days=DOUBT_DAYS):
            return None
        previous = latest.weight_kg
        return previous if abs(kg - previous) > DOUBT_SHARE * previous else None

    async def doubt(
        self, user_id: int, kg: Decimal, other: Decimal | None, instead_of: int | None = None
    ) -> Doubt | None:
        """What to ask before storing `kg` (`other`: the same number read in the other unit;
        `instead_of`: the weigh-in it would change, which is no comparison); None when it can
        be stored as it is."""
        previous = await self.doubtful(user_id, kg, instead_of)
        if previous is None:
            if other is None or ADULT_MIN_KG <= kg < HEAVY_KG or other < ADULT_MIN_KG:
                return None
            if await self.repository.latest_weight(user_id, instead_of) is not None:
                return None  # a weigh-in near recent ones is no typo
            return Doubt(kg, None, other, *await self.weight_units(user_id))
        if other is not None and abs(other - previous) > DOUBT_SHARE * previous:
            other = None  # the other unit is no nearer: nothing to offer
        return Doubt(kg, previous, other, *await self.weight_units(user_id))

    async def weight_trend(self, user_id: int) -> WeightChange | None:
        """The last weigh-in and how it compares with earlier ones; None before the first."""
        latest = await self.repository.latest_weight(user_id)
        return None if latest is None else await self._change(user_id, latest)

    async def weight_history(self, user_id: int, days: int) -> list[WeighIn]:
        """The weigh-ins of the user's last `days` calendar days (today included), oldest first."""
        zone = await self.zone(user_id)
        since = self._day_start(zone, days - 1)
        rows = await self.repository.weights_since(user_id, since, HISTORY_POINTS)
        return [_weigh_in(row, zone) for row in rows]

    async def weight_units(self, user_id: int) -> tuple[Units, bool]:
        """The user's units, and whether they weigh in stones."""
        row = await self.repository.weight_units(user_id)
        return _units(row.units), row.stones

    async def units(self, user_id: int) -> Units:
        """The user's units: metric (the default) or imperial."""
        return _units(await self.repository.units(user_id))

    async def _change(self, user_id: int, row: WeighInRow) -> WeightChange:
        zone = await self.zone(user_id)
        latest = _weigh_in(row, zone)

        # Windows end on the weigh-in's day: one logged for an earlier day ("/weight 3
        # days ago 81.5") is compared over the 7 and 30 days before it, not before today.
        def window_start(days: int) -> datetime:
            return day_start(zone, latest.day - timedelta(days=days))

        change = await self.repository.weight_change(
            user_id,
            row,
            day_from=day_start(zone, latest.day),
            week_from=window_start(7),
            month_from=window_start(30),
        )
        kg, compared = row.weight_kg, {change.previous_at}

        def minus(earlier: Decimal | None) -> float | None:
            return None if earlier is None else float(kg - earlier)

        def window(earlier: Decimal | None, at: datetime | None, days: int) -> float | None:
            """A window's change, if the weigh-ins span it and its start is a new point."""
            spans = change.first_at is not None and change.first_at < window_start(days)
            if not spans or at is None or at in compared:
                return None
            compared.add(at)
            return minus(earlier)

        previous_day = None
        if change.previous_at is not None:
            previous_day = change.previous_at.astimezone(zone).date()
        return WeightChange(
            latest=latest,
            since_previous=minus(change.previous_kg),
            previous_day=previous_day,
            over_7_days=window(change.week_kg, change.week_at, 7),
            over_30_days=window(change.month_kg, change.month_at, 30),
            units=_units(change.units),
            stones=change.stones,
            earlier=change.earlier,
        )

    def _day_start(self, zone: ZoneInfo, days_ago: int) -> datetime:
        """The start of the user's calendar day `days_ago` days before their today."""
        today = self.clock().astimezone(zone).date()
        return day_start(zone, today - timedelta(days=days_ago))


def _weigh_in(row: WeighInRow, zone: ZoneInfo) -> WeighIn:
    return WeighIn(
        at=row.logged_at, day=row.logged_at.astimezone(zone).date(), kg=float(row.weight_kg)
    )
