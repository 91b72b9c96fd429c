"""Nutrition use cases, free of aiogram types: a day's nutrients against the intakes, what
is regularly low over a week, and the adaptive energy target."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Final

from healthbot.localtime import utc_now
from healthbot.measures import WeightUnits, units_of, weight_units
from healthbot.nutrition.amounts import Amount, Eaten, NutrientTable
from healthbot.nutrition.expenditure import WINDOW_DAYS, Estimate, NotYet, estimate
from healthbot.nutrition.intakes import Intake, intakes
from healthbot.nutrition.repository import ItemRow, NutritionRepository
from healthbot.profile import MAX_MANUAL_KCAL, MIN_KCAL, Body, ProfileService, adjustment_kcal
from healthbot.users import UserLookup, user_zone

WEEK_DAYS: Final = 7
LOW_SHARE: Final = 2 / 3
"""A day below this share of a nutrient's intake is a low day."""
MIN_JUDGED_DAYS: Final = 3
"""Regularly low needs at least this many days whose amount is known."""
MOSTLY_KNOWN: Final = 0.75
"""A day is judged on a nutrient only if at least this share of its items have a figure for
it: with more unknown, its low total may be the unknown items' doing."""
FULL_DAY: Final = 0.5
"""A day is judged only if its logged energy reaches this share of the energy target: less
is more likely a day logged in part (a breakfast, then nothing) than a day of little food."""
MIN_CHANGE_KCAL: Final = 50
"""A suggested target this close to the current one is not worth a button."""


@dataclass(frozen=True, slots=True)
class DayNutrients:
    """One day: each nutrient's amount against the user's intake figure."""

    day: date
    items: int
    rows: tuple[tuple[Intake, Amount], ...]
    sex: str | None  # whom the intakes are for
    age: int | None


@dataclass(frozen=True, slots=True)
class Person:
    """Whom the intakes are for (sex and age as the profile says), the energy target, and
    their intake figures."""

    sex: str | None
    age: int | None
    kcal_target: int
    intakes: tuple[Intake, ...]


@dataclass(frozen=True, slots=True)
class Low:
    """A nutrient that was low on most judged days of the week."""

    intake: Intake
    low_days: int
    judged_days: int


@dataclass(frozen=True, slots=True)
class Adaptive:
    """The expenditure estimate (or why there is none yet), and the target it suggests."""

    estimate: Estimate | NotYet
    target_kcal: int  # the current energy target
    suggested_kcal: int | None  # None: no estimate, or too close to the target to matter
    shown: WeightUnits = "kg"  # how the user's weights read


class NutritionService:
    """Reads what the user ate and weighed; the only write is adopting a suggested target."""

    def __init__(
        self,
        repository: NutritionRepository,
        users: UserLookup,
        profiles: ProfileService,
        table: NutrientTable | None = None,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self.repository = repository
        self.users = users
        self.profiles = profiles
        self.table = table or NutrientTable()
        self.clock = clock

    async def today(self, user_id: int) -> date:
        """The user's calendar day now."""
        return self.clock().astimezone(await user_zone(self.users, user_id)).date()

    async def _person(self, user_id: int) -> Person:
        """The user's sex, age, energy target and intake figures."""
        profile, targets = await asyncio.gather(
            self.profiles.profile(user_id), self.profiles.targets(user_id)
        )
        sex = None if profile is None else profile.sex
        born = None if profile is None else profile.birth_year
        age = None if born is None else self.clock().year - born
        return Person(sex, age, targets.kcal, intakes(sex, age, targets.kcal))

    async def day(self, user_id: int, day: date | None = None) -> DayNutrients:
        """The day's nutrients (today by default) against the user's intakes."""
        day = day or await self.today(user_id)
        rows = await self.repository.items(user_id, day, day)
        totals = await self.table.totals(_eaten(row.usda_id, row.grams) for row in rows)
        person = await self._person(user_id)
        rows_shown = tuple((figure, totals[figure.nutrient]) for figure in person.intakes)
        return DayNutrients(day, len(rows), rows_shown, person.sex, person.age)

    async def low(self, user_id: int) -> list[Low]:
        """The nutrients below `LOW_SHARE` of their intake on most of the last seven days
        judged: days logged in full (`FULL_DAY`) whose amount is mostly known (limits never
        count; a day with nothing logged is not judged at all)."""
        last = await self.today(user_id)
        first = last - timedelta(days=WEEK_DAYS - 1)
        person = await self._person(user_id)
        by_day: dict[date, list[ItemRow]] = {}
        for row in await self.repository.items(user_id, first, last):
            by_day.setdefault(row.day, []).append(row)
        full = [
            items
            for items in by_day.values()
            if sum(item.kcal for item in items) >= FULL_DAY * person.kcal_target
        ]
        days = [
            await self.table.totals(_eaten(i.usda_id, i.grams) for i in items) for items in full
        ]
        found = []
        for figure in person.intakes:
            if figure.kind != "target":
                continue
            amounts = [d[figure.nutrient] for d in days]
            judged = [a for a in amounts if a.unknown_items <= (1 - MOSTLY_KNOWN) * a.items]
            low = sum(1 for a in judged if a.known < LOW_SHARE * figure.amount)
            if len(judged) >= MIN_JUDGED_DAYS and low * 2 > len(judged):
                found.append(Low(figure, low, len(judged)))
        return found

    async def adaptive(self, user_id: int) -> Adaptive:
        """The expenditure over the last weeks, and the energy target toward the goal pace."""
        zone = await user_zone(self.users, user_id)
        last = self.clock().astimezone(zone).date()
        first = last - timedelta(days=WINDOW_DAYS - 1)
        energy, weights, targets, profile = await asyncio.gather(
            self.repository.energy(user_id, first, last),
            self.repository.weights(user_id, first, last, zone.key),
            self.profiles.targets(user_id),
            self.profiles.profile(user_id),
        )
        found = estimate(
            {row.day: float(row.kcal) for row in energy},
            {row.day: float(row.weight_kg) for row in weights},
            last,
        )
        shown = weight_units(
            units_of(None if profile is None else profile.units),
            profile is not None and profile.weight_in_stones,
        )
        if isinstance(found, NotYet):
            return Adaptive(found, targets.kcal, None, shown)
        body = Body(
            weight_kg=found.trend_kg,
            goal=None if profile is None else profile.goal,
            target_kg=_float(None if profile is None else profile.target_weight_kg),
            pace_kg=_float(None if profile is None else profile.weekly_pace_kg),
        )
        suggested = _round10(found.kcal + adjustment_kcal(body))
        suggested = min(MAX_MANUAL_KCAL, max(MIN_KCAL, suggested))
        if abs(suggested - targets.kcal) < MIN_CHANGE_KCAL:
            return Adaptive(found, targets.kcal, None, shown)
        return Adaptive(found, targets.kcal, suggested, shown)

    async def adopt(self, user_id: int) -> Adaptive:
        """Set the energy target to what `adaptive` suggests now (a manual target, as the
        user would type it in /profile); unchanged when there is no suggestion."""
        adaptive = await self.adaptive(user_id)
        if adaptive.suggested_kcal is not None:
            await self.profiles.set_kcal_target(user_id, adaptive.suggested_kcal)
        return adaptive


def _eaten(uid: str | None, grams: Decimal | None) -> Eaten:
    return Eaten(uid, _float(grams))


def _float(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def _round10(kcal: float) -> int:
    return int((kcal + 5) // 10 * 10)
