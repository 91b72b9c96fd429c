"""What meal logging reads and stores, as its use cases return them: a /log text understood,
an entry with its items, a day's and a week's sums (no I/O here)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from healthbot.meals.answers import Portion, Question
from healthbot.meals.portions import Nutrients, total
from healthbot.meals.repository import EntryRow, ItemRow, TotalsRow
from healthbot.measures import VolumeUnits, volume_units
from healthbot.profile import Targets
from healthbot.when import Meal, When


@dataclass(frozen=True, slots=True)
class Understood:
    """A /log text read: the meal it names (None: from the time), the portions found, and
    the questions to ask about the rest, in the order typed."""

    text: str
    meal: Meal | None
    portions: tuple[Portion, ...]
    questions: tuple[Question, ...]
    days_ago: int = 0  # "yesterday: ...", "last night I had ..."
    when: When = field(default_factory=When)  # the day, time and meal its first words named


@dataclass(frozen=True, slots=True)
class Entry:
    """A stored entry with its items."""

    row: EntryRow
    items: tuple[ItemRow, ...]

    @property
    def id(self) -> int:
        """The entry's id."""
        return self.row.id

    @property
    def meal(self) -> Meal:
        """The meal it belongs to."""
        return Meal(self.row.meal)

    @property
    def totals(self) -> Nutrients:
        """Its totals (the sums of its items)."""
        return nutrients(self.row)


@dataclass(frozen=True, slots=True)
class DaySummary:
    """One of the user's days: totals per meal and in all, against the targets."""

    day: date
    meals: dict[Meal, Nutrients]
    entries: int
    total: Nutrients
    targets: Targets
    water_ml: int
    units: str = "metric"  # the user's: how the day's amounts are shown
    timezone: str | None = None  # the user's: water reads in ml in Britain whatever the units
    stones: bool = False  # the user weighs in stones: British, whatever their zone

    @property
    def water_units(self) -> VolumeUnits:
        """How the day's water reads (`healthbot.measures.volume_units`)."""
        return volume_units(self.units, self.timezone, self.stones)

    @property
    def left(self) -> Nutrients:
        """What is left of each target (negative: over)."""
        t = self.targets
        return Nutrients(
            kcal=t.kcal - self.total.kcal,
            protein_g=t.protein_g - self.total.protein_g,
            carbs_g=t.carbs_g - self.total.carbs_g,
            fat_g=t.fat_g - self.total.fat_g,
        )


@dataclass(frozen=True, slots=True)
class WeekSummary:
    """The user's last seven days, oldest first, today last (days without entries as
    zeros)."""

    days: tuple[tuple[date, Nutrients], ...]
    targets: Targets

    @property
    def logged_days(self) -> int:
        """Days with something logged, today included."""
        return sum(1 for _, n in self.days if n.kcal > 0)

    @property
    def finished_days(self) -> int:
        """Days before today with something logged: those an average counts."""
        return sum(1 for _, n in self.days[:-1] if n.kcal > 0)

    @property
    def today(self) -> Nutrients:
        """What is logged today so far."""
        return self.days[-1][1] if self.days else Nutrients()

    @property
    def average(self) -> Nutrients:
        """The mean of the days before today with something logged (zeros if none): today is
        not over, and its breakfast alone is no day's eating."""
        logged = [n for _, n in self.days[:-1] if n.kcal > 0]
        if not logged:
            return Nutrients()
        sums = total(logged)
        return Nutrients(
            sums.kcal / len(logged),
            sums.protein_g / len(logged),
            sums.carbs_g / len(logged),
            sums.fat_g / len(logged),
            sums.fiber_g / len(logged),
        )


def nutrients(row: EntryRow | TotalsRow | ItemRow) -> Nutrients:
    """The nutrients of a stored row (an entry, an item, a sum)."""
    return Nutrients(
        float(row.kcal),
        float(row.protein_g),
        float(row.carbs_g),
        float(row.fat_g),
        float(row.fiber_g),
    )
