"""Levels, streaks and achievements as pure functions: no database, no clock, no aiogram.

**The level curve.** Reaching level n takes 50·n·(n-1) XP in total: level 1 at 0 XP, 2 at
100, 3 at 300, 4 at 600, 5 at 1,000, 10 at 4,500, 20 at 19,000. Going from level n to n+1
costs 100·n XP, so each level takes a little longer than the one before. At a typical day's
logging (three meals, four glasses of water, a weigh-in: 60 XP) level 5 comes after about
two weeks and level 10 after about two and a half months.

**Streaks.** A streak counts the user's calendar days with at least one log (a meal, water
or a weight) in a row. A freeze day is earned each time the streak reaches a multiple of 7
days (at most 2 are kept) and is spent automatically: a gap of k missed days is bridged when
the user holds at least k freeze days (the streak goes on, counting the days logged, not the
days frozen); a longer gap starts a new streak at 1 and keeps the freeze days. A log for a
day before the last logged day (a late retry, a timezone change) leaves the streak alone.

**Achievements** are earned from facts about the user (counts of logs, the longest streak,
days on calorie target in a week, the level); each is unlocked once, and its XP (if any) is
paid with the award that unlocked it. Level badges carry no XP, so that a badge can never
raise the level that earned it.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from typing import Final

XP_STEP: Final = 50
"""The curve's constant: level n starts at XP_STEP·n·(n-1) XP."""
MAX_FREEZE_DAYS: Final = 2
FREEZE_EVERY_DAYS: Final = 7
"""A freeze day is earned each time the streak reaches a multiple of this."""


def xp_for_level(level: int) -> int:
    """The total XP at which `level` (1 or more) is reached."""
    if level < 1:
        raise ValueError(f"levels start at 1, not {level}")
    return XP_STEP * level * (level - 1)


def level_for_xp(xp: int) -> int:
    """The level a total of `xp` (0 or more) reaches: the largest n with xp_for_level(n) <= xp."""
    if xp < 0:
        raise ValueError(f"XP cannot be negative: {xp}")
    # n(n-1) <= q with q = xp // 50  <=>  (2n-1)² <= 4q + 1; integers only, so exact for any xp.
    return (math.isqrt(4 * (xp // XP_STEP) + 1) + 1) // 2


class Activity(StrEnum):
    """What a user did that earns XP (the `reason` of its xp_events row)."""

    MEAL = "meal"
    WATER = "water"
    WEIGHT = "weight"
    REMINDER_DONE = "reminder_done"


XP_PER_ACTIVITY: Final[Mapping[Activity, int]] = {
    Activity.MEAL: 10,
    Activity.WATER: 5,
    Activity.WEIGHT: 10,
    Activity.REMINDER_DONE: 5,
}
DAILY_XP_CAP: Final[Mapping[Activity, int]] = {
    Activity.MEAL: 8,
    Activity.WATER: 12,
    Activity.WEIGHT: 2,
    Activity.REMINDER_DONE: 12,
}
"""Awards of an activity that pay XP in any 24 hours; more still count as logs but pay 0, so
that pressing +250 ml all day (or logging and deleting) does not buy the leaderboard."""
LOGGING: Final = frozenset({Activity.MEAL, Activity.WATER, Activity.WEIGHT})
"""The activities that are logs: they keep the streak alive and count as entries."""


@dataclass(frozen=True, slots=True)
class Streak:
    """A user's daily logging streak as of their last logged day."""

    current: int = 0
    longest: int = 0
    last_day: date | None = None
    freeze_days: int = 0


def advance(streak: Streak, day: date) -> Streak:
    """The streak after a log on the user's calendar day `day`."""
    last = streak.last_day
    if last is None:
        current, freezes = 1, streak.freeze_days
    elif day <= last:
        return streak  # the same day again, or a day before the last one
    else:
        missed = (day - last).days - 1
        if missed <= streak.freeze_days:
            current, freezes = streak.current + 1, streak.freeze_days - missed
        else:
            current, freezes = 1, streak.freeze_days
    if current % FREEZE_EVERY_DAYS == 0:
        freezes = min(freezes + 1, MAX_FREEZE_DAYS)
    return Streak(current, max(streak.longest, current), day, freezes)


def standing(streak: Streak, today: date) -> int:
    """The current streak as seen on `today`: 0 once a log today could no longer save it."""
    if streak.last_day is None or today < streak.last_day:
        return streak.current
    missed = (today - streak.last_day).days - 1
    return streak.current if missed <= streak.freeze_days else 0


class Rule(StrEnum):
    """What an achievement's threshold is compared with."""

    COUNT = "count"  # logs of one activity
    ENTRIES = "entries"  # logs of any kind (meals, water, weigh-ins)
    STREAK = "streak"  # the longest streak
    CALORIE_DAYS = "calorie_days"  # days on calorie target in the week of the last meal
    LEVEL = "level"


@dataclass(frozen=True, slots=True)
class Achievement:
    """One entry of the catalogue: its code, its XP, and the rule that earns it."""

    code: str
    xp: int
    rule: Rule
    threshold: int
    activity: Activity | None = None  # for Rule.COUNT


ACHIEVEMENTS: Final[tuple[Achievement, ...]] = (
    Achievement("first_meal", 20, Rule.COUNT, 1, Activity.MEAL),
    Achievement("first_water", 10, Rule.COUNT, 1, Activity.WATER),
    Achievement("first_weigh_in", 20, Rule.COUNT, 1, Activity.WEIGHT),
    Achievement("first_reminder", 10, Rule.COUNT, 1, Activity.REMINDER_DONE),
    Achievement("streak_3", 30, Rule.STREAK, 3),
    Achievement("streak_7", 70, Rule.STREAK, 7),
    Achievement("streak_30", 300, Rule.STREAK, 30),
    Achievement("entries_10", 50, Rule.ENTRIES, 10),
    Achievement("entries_100", 200, Rule.ENTRIES, 100),
    Achievement("calorie_week", 150, Rule.CALORIE_DAYS, 5),
    Achievement("level_5", 0, Rule.LEVEL, 5),
    Achievement("level_10", 0, Rule.LEVEL, 10),
)
BY_CODE: Final[Mapping[str, Achievement]] = {a.code: a for a in ACHIEVEMENTS}
CALORIE_TOLERANCE: Final = 0.10
"""A day is on target when its calories are within 10% of the daily target."""
DEFAULT_KCAL_TARGET: Final = 2000
"""The daily calorie target of a user who has not set one."""


@dataclass(frozen=True, slots=True)
class Facts:
    """What the achievement rules look at (the level is the settlement's to fill in)."""

    counts: Mapping[Activity, int] = field(default_factory=dict)
    longest_streak: int = 0
    calorie_days: int = 0
    level: int = 1

    def value(self, achievement: Achievement) -> int:
        """The number an achievement's threshold is compared with."""
        match achievement.rule:
            case Rule.COUNT:
                assert achievement.activity is not None
                return self.counts.get(achievement.activity, 0)
            case Rule.ENTRIES:
                return sum(self.counts.get(activity, 0) for activity in LOGGING)
            case Rule.STREAK:
                return self.longest_streak
            case Rule.CALORIE_DAYS:
                return self.calorie_days
            case Rule.LEVEL:
                return self.level


@dataclass(frozen=True, slots=True)
class Settlement:
    """An award's outcome: the new total and level, and the achievements it unlocked."""

    total_xp: int
    level: int
    unlocked: tuple[Achievement, ...]


def settle(total_xp: int, facts: Facts, already: Collection[str]) -> Settlement:
    """Unlock what `facts` earn (beyond `already`), pay their XP, and level up, to a fixed point.

    An achievement's XP can raise the level, which can earn a level badge: the loop goes on
    until nothing more is earned (twice at most with this catalogue).
    """
    unlocked: list[Achievement] = []
    held = set(already)
    while True:
        facts = replace(facts, level=level_for_xp(total_xp))
        new = [a for a in ACHIEVEMENTS if a.code not in held and facts.value(a) >= a.threshold]
        if not new:
            return Settlement(total_xp, facts.level, tuple(unlocked))
        unlocked += new
        held.update(a.code for a in new)
        total_xp += sum(a.xp for a in new)


def week_of(day: date) -> tuple[date, date]:
    """The ISO week (Monday to Sunday) that holds `day`."""
    monday = date.fromordinal(day.toordinal() - day.weekday())
    return monday, date.fromordinal(monday.toordinal() + 6)
