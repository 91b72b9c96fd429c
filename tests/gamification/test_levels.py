"""The pure level curve, streak and achievement rules, with property-based tests."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from healthbot.gamification.formatting import display_name, progress_bar, progress_lines
from healthbot.gamification.levels import (
    ACHIEVEMENTS,
    BY_CODE,
    MAX_FREEZE_DAYS,
    Activity,
    Facts,
    Streak,
    advance,
    level_for_xp,
    settle,
    standing,
    week_of,
    xp_for_level,
)
from healthbot.gamification.service import Progress
from healthbot.gamification.texts import EN

DAY = date(2031, 3, 10)  # a Monday


def days(*offsets: int) -> list[date]:
    return [DAY + timedelta(days=offset) for offset in offsets]


def run(streak: Streak, logged: list[date]) -> Streak:
    for day in logged:
        streak = advance(streak, day)
    return streak


# -- the level curve --------------------------------------------------------------------------


def test_the_curve_starts_as_documented() -> None:
    assert [xp_for_level(n) for n in range(1, 6)] == [0, 100, 300, 600, 1000]
    assert xp_for_level(10) == 4500
    assert [level_for_xp(xp) for xp in (0, 99, 100, 299, 300, 999, 1000, 4499, 4500)] == [
        1, 1, 2, 2, 3, 4, 5, 9, 10,
    ]  # fmt: skip


@given(st.integers(min_value=1, max_value=10**6))
def test_a_level_is_reached_exactly_at_its_xp(level: int) -> None:
    assert level_for_xp(xp_for_level(level)) == level
    if level > 1:
        assert level_for_xp(xp_for_level(level) - 1) == level - 1


@given(st.integers(min_value=0, max_value=10**15), st.integers(min_value=0, max_value=10**15))
def test_more_xp_never_means_a_lower_level(a: int, b: int) -> None:
    low, high = sorted((a, b))
    assert level_for_xp(low) <= level_for_xp(high)
    level = level_for_xp(high)
    assert xp_for_level(level) <= high < xp_for_level(level + 1)


@given(st.integers(min_value=1, max_value=10**6))
def test_each_level_costs_more_than_the_one_before(level: int) -> None:
    step = xp_for_level(level + 1) - xp_for_level(level)
    assert step == 100 * level
    assert xp_for_level(level + 2) - xp_for_level(level + 1) > step


def test_bad_arguments_are_refused() -> None:
    with pytest.raises(ValueError):
        xp_for_level(0)
    with pytest.raises(ValueError):
        level_for_xp(-1)


# -- streaks ----------------------------------------------------------------------------------


def test_consecutive_days_grow_the_streak_and_earn_a_freeze_every_seven() -> None:
    streak = run(Streak(), days(*range(7)))
    assert (streak.current, streak.longest, streak.freeze_days) == (7, 7, 1)
    streak = run(streak, days(*range(7, 21)))
    assert (streak.current, streak.freeze_days) == (21, MAX_FREEZE_DAYS)  # capped at 2


def test_a_freeze_bridges_a_missed_day_and_is_spent() -> None:
    streak = run(Streak(), days(*range(7), 8))  # day 7 missed
    assert (streak.current, streak.longest, streak.freeze_days) == (8, 8, 0)
    streak = advance(streak, DAY + timedelta(days=10))  # day 9 missed, no freeze left
    assert (streak.current, streak.longest, streak.freeze_days) == (1, 8, 0)


def test_two_freezes_bridge_two_missed_days_but_not_three() -> None:
    streak = run(Streak(), days(*range(14)))
    assert streak.freeze_days == 2
    bridged = advance(streak, DAY + timedelta(days=16))  # 14 and 15 missed
    assert (bridged.current, bridged.freeze_days) == (15, 0)
    broken = advance(streak, DAY + timedelta(days=17))  # 14, 15 and 16 missed
    assert (broken.current, broken.longest, broken.freeze_days) == (1, 14, 2)  # kept


def test_the_same_day_or_an_earlier_one_changes_nothing() -> None:
    streak = run(Streak(), days(0, 1, 2))
    assert advance(streak, DAY + timedelta(days=2)) == streak
    assert advance(streak, DAY) == streak


def test_standing_drops_to_zero_once_a_log_today_could_not_save_the_streak() -> None:
    streak = run(Streak(), days(0, 1, 2))  # no freeze
    assert standing(streak, DAY + timedelta(days=2)) == 3
    assert standing(streak, DAY + timedelta(days=3)) == 3  # yesterday counts
    assert standing(streak, DAY + timedelta(days=4)) == 0
    frozen = run(Streak(), days(*range(7)))  # one freeze
    assert standing(frozen, DAY + timedelta(days=8)) == 7
    assert standing(frozen, DAY + timedelta(days=9)) == 0
    assert standing(Streak(), DAY) == 0


@given(st.lists(st.integers(min_value=0, max_value=120), max_size=80))
def test_any_sequence_of_logs_keeps_the_streak_consistent(offsets: list[int]) -> None:
    streak = Streak()
    for offset in offsets:
        before = streak
        streak = advance(streak, DAY + timedelta(days=offset))
        assert 0 <= streak.freeze_days <= MAX_FREEZE_DAYS
        assert streak.longest >= streak.current >= 1
        assert streak.longest >= before.longest
        assert streak.last_day is not None and streak.last_day >= DAY + timedelta(days=offset)
    assert streak.current <= len(set(offsets))


@given(st.integers(min_value=1, max_value=100))
def test_logging_every_day_makes_the_streak_the_number_of_days(n: int) -> None:
    streak = run(Streak(), days(*range(n)))
    assert streak.current == streak.longest == n
    assert streak.freeze_days == min(n // 7, MAX_FREEZE_DAYS)


# -- achievements -----------------------------------------------------------------------------


def test_a_first_meal_unlocks_its_achievement_and_pays_its_xp() -> None:
    outcome = settle(10, Facts({Activity.MEAL: 1}, longest_streak=1), already=())
    assert [a.code for a in outcome.unlocked] == ["first_meal"]
    assert (outcome.total_xp, outcome.level) == (30, 1)


def test_held_achievements_are_not_unlocked_again() -> None:
    outcome = settle(40, Facts({Activity.MEAL: 2}, longest_streak=1), already={"first_meal"})
    assert outcome.unlocked == ()
    assert outcome.total_xp == 40


def test_achievement_xp_can_reach_a_level_badge() -> None:
    # 985 XP is level 4; the first weigh-in's 20 XP make 1005: level 5, which earns its badge.
    outcome = settle(985, Facts({Activity.WEIGHT: 1}, longest_streak=1), already=())
    assert [a.code for a in outcome.unlocked] == ["first_weigh_in", "level_5"]
    assert (outcome.total_xp, outcome.level) == (1005, 5)


def test_streak_entry_and_calorie_rules() -> None:
    counts = {Activity.MEAL: 6, Activity.WATER: 3, Activity.WEIGHT: 1}
    facts = Facts(counts, longest_streak=7, calorie_days=5)
    held = {"first_meal", "first_water", "first_weigh_in"}
    codes = {a.code for a in settle(500, facts, held).unlocked}
    assert codes == {"streak_3", "streak_7", "entries_10", "calorie_week"}
    assert "calorie_week" not in {a.code for a in settle(500, Facts(calorie_days=4), ()).unlocked}


@given(
    st.integers(min_value=0, max_value=10**7),
    st.dictionaries(st.sampled_from(list(Activity)), st.integers(0, 500)),
    st.integers(0, 400),
    st.integers(0, 7),
    st.sets(st.sampled_from([a.code for a in ACHIEVEMENTS])),
)
def test_a_settlement_is_consistent(
    xp: int, counts: dict[Activity, int], streak: int, calorie_days: int, held: set[str]
) -> None:
    outcome = settle(xp, Facts(counts, streak, calorie_days), held)
    codes = [a.code for a in outcome.unlocked]
    assert not set(codes) & held and len(codes) == len(set(codes))
    assert outcome.total_xp == xp + sum(BY_CODE[code].xp for code in codes)
    assert outcome.level == level_for_xp(outcome.total_xp)
    again = settle(outcome.total_xp, Facts(counts, streak, calorie_days), held | set(codes))
    assert again.unlocked == ()  # a fixed point: nothing left to unlock from the same facts


def test_iso_weeks_run_monday_to_sunday() -> None:
    assert week_of(date(2031, 3, 12)) == (date(2031, 3, 10), date(2031, 3, 16))
    assert week_of(date(2031, 3, 16)) == (date(2031, 3, 10), date(2031, 3, 16))
    assert week_of(date(2031, 3, 17))[0] == date(2031, 3, 17)


# -- formatting -------------------------------------------------------------------------------


def test_progress_lines_announce_a_level_and_achievements_or_nothing() -> None:
    news = Progress(30, 130, 2, 1, new_level=2, achievements=(BY_CODE["first_meal"],))
    assert progress_lines("en", news) == ["🎉 Level 2!", "🏅 Achievement: First meal"]
    assert progress_lines(EN, news) == progress_lines("en-GB", news) == progress_lines(None, news)
    assert progress_lines("en", Progress(10, 140, 2, 1)) == []
    assert progress_lines("en", None) == []


def test_every_achievement_has_a_name_and_a_description() -> None:
    assert set(EN.achievements) == {a.code for a in ACHIEVEMENTS}
    assert all(title and about for title, about in EN.achievements.values())


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("Anna", "Anna"),
        ("<b>Eve</b>", "&lt;b&gt;Eve&lt;/b&gt;"),
        ("  ", "Anonymous"),
        ("two\nlines", "two lines"),
        ("x" * 40, "x" * 23 + "…"),
    ],
)
def test_display_names_are_one_short_escaped_line(name: str, shown: str) -> None:
    assert display_name(EN, name) == shown


def test_the_progress_bar_has_ten_cells() -> None:
    assert progress_bar(0) == "░" * 10
    assert progress_bar(0.55) == "▓" * 5 + "░" * 5
    assert progress_bar(1.5) == "▓" * 10
