"""GamificationService against a real PostgreSQL: paid once, streaks, achievements,
announcements once, the weekly leaderboard."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, time, timedelta

import pytest

from healthbot.db import Database
from healthbot.gamification.formatting import progress_lines
from healthbot.gamification.levels import Activity
from healthbot.gamification.repository import GamificationRepository
from healthbot.gamification.service import GamificationService, Progress
from tests.support.clocks import Clock
from tests.support.databases import rows as query
from tests.support.gamification import Users, consistent, levels_reached
from tests.support.users import add_user, new_user_id


@pytest.fixture
def service(gdb: Database, clock: Clock) -> GamificationService:
    return GamificationService(GamificationRepository(gdb), Users(gdb), clock)


@pytest.fixture
async def uid(gamification_url: str) -> int:
    """A registered user no other test uses."""
    user_id = new_user_id()
    await add_user(gamification_url, user_id)
    return user_id


def codes(progress: Progress) -> list[str]:
    return [a.code for a in progress.achievements]


async def ledger(url: str, user_id: int) -> list[tuple[object, ...]]:
    """The user's xp_events as (reason, source_ref, amount), in order."""
    return await query(
        url,
        "SELECT reason, source_ref, amount FROM xp_events WHERE user_id = %s ORDER BY id",
        user_id,
    )


# -- paid once --------------------------------------------------------------------------------


async def test_a_retried_award_pays_once(
    service: GamificationService, gamification_url: str, uid: int, clock: Clock
) -> None:
    day = clock.now.date()
    first = await service.record(uid, "meal", "update:1/food_entry", day)
    assert (first.xp_awarded, first.total_xp, first.streak) == (30, 30, 1)  # 10 + first meal
    assert codes(first) == ["first_meal"] and not first.repeated
    again = await service.record(uid, "meal", "update:1/food_entry", day)
    assert again.repeated and again.xp_awarded == 0 and again.total_xp == 30
    assert await ledger(gamification_url, uid) == [
        ("meal", "update:1/food_entry", 10),
        ("achievement", "first_meal", 20),
    ]
    assert await consistent(gamification_url, uid) == 30
    catalogue = await query(
        gamification_url, "SELECT title, xp FROM achievements WHERE code = 'first_meal'"
    )
    assert catalogue == [("First meal", 20)]  # upserted with the first unlock


async def test_concurrent_calls_for_one_award_pay_once(
    service: GamificationService, gamification_url: str, uid: int, clock: Clock
) -> None:
    day = clock.now.date()
    results = await asyncio.gather(
        *(service.record(uid, Activity.WATER, "update:7/water", day) for _ in range(6))
    )
    paid = [r for r in results if not r.repeated]
    assert len(paid) == 1 and paid[0].xp_awarded == 15  # 5 + first glass
    assert all(r.xp_awarded == 0 and r.total_xp == 15 for r in results if r.repeated)
    assert len(await ledger(gamification_url, uid)) == 2
    assert await consistent(gamification_url, uid) == 15


async def test_concurrent_distinct_awards_all_pay_and_the_total_matches_the_ledger(
    service: GamificationService, gamification_url: str, uid: int, clock: Clock
) -> None:
    day = clock.now.date()
    await asyncio.gather(
        *(service.record(uid, "water", f"update:{n}/water", day) for n in range(12))
    )
    # 12 x 5 + first glass 10 + 10 entries 50
    assert await consistent(gamification_url, uid) == 120
    achieved = await query(
        gamification_url, "SELECT code FROM user_achievements WHERE user_id = %s ORDER BY 1", uid
    )
    assert achieved == [("entries_10",), ("first_water",)]


async def test_the_same_source_ref_pays_once_per_activity(
    service: GamificationService, gamification_url: str, uid: int, clock: Clock
) -> None:
    day = clock.now.date()
    await service.record(uid, "weight", "update:9/log", day)
    await service.record(uid, "weight", "update:9/log", day)
    await service.record(uid, "reminder_done", "update:9/log", day)
    reasons = [row[0] for row in await ledger(gamification_url, uid)]
    assert reasons.count("weight") == 1 and reasons.count("reminder_done") == 1


@pytest.mark.parametrize(
    ("activity", "source_ref"),
    [("dance", "update:1/x"), ("", "update:1/x"), ("meal", ""), ("meal", "x" * 201)],
)
async def test_bad_arguments_are_refused_and_nothing_is_stored(
    service: GamificationService, gamification_url: str, uid: int, activity: str, source_ref: str
) -> None:
    with pytest.raises(ValueError):
        await service.record(uid, activity, source_ref, date(2031, 3, 12))
    assert await ledger(gamification_url, uid) == []


# -- streaks ----------------------------------------------------------------------------------


async def log_days(
    service: GamificationService, user_id: int, first: date, offsets: range | list[int]
) -> Progress:
    """Log water on each day, on the day: the clock is set to its start in UTC (that day for
    a user in UTC up to UTC+14), where the test leaves it."""
    assert isinstance(service.clock, Clock)
    progress = None
    for offset in offsets:
        day = first + timedelta(days=offset)
        service.clock.now = datetime.combine(day, time(), UTC)
        progress = await service.record(user_id, "water", f"day:{day}", day)
    assert progress is not None
    return progress


async def test_back_filled_weigh_ins_pay_under_the_days_cap_and_build_no_streak(
    service: GamificationService, gamification_url: str, uid: int, clock: Clock
) -> None:
    today = clock.now.date()
    back_filled = [
        await service.record(uid, "weight", f"update:{n}/weight", today - timedelta(days=n))
        for n in (3, 2, 1)
    ]
    assert [p.streak for p in back_filled] == [0, 0, 0]
    assert "first_weigh_in" in codes(back_filled[0])
    assert "streak_3" not in [code for p in back_filled for code in codes(p)]
    # They pay as logs do, under the cap of paid awards in 24 hours (2 weigh-ins): three
    # days back-filled at once buy no more than a day's XP.
    weigh_ins = [row for row in await ledger(gamification_url, uid) if row[0] == "weight"]
    assert [amount for _, _, amount in weigh_ins] == [10, 10, 0]
    assert [p.capped for p in back_filled] == [None, None, Activity.WEIGHT]
    [told] = progress_lines(None, back_filled[2])  # no streak promised: it moved none
    assert "(those for earlier days too)" in told and "streak" not in told
    weighed = await service.record(uid, "weight", "update:4/weight", today)
    assert (weighed.streak, weighed.xp_awarded, weighed.capped) == (1, 0, None)  # told once
    assert (await service.stats(uid)).longest_streak == 1


async def test_a_meal_back_filled_for_yesterday_pays_a_meals_xp_and_leaves_the_streak(
    service: GamificationService, gamification_url: str, uid: int, clock: Clock
) -> None:
    today = clock.now.date()
    first = await service.record(uid, "meal", "update:1/log", today - timedelta(days=1))
    assert first.xp_awarded == 10 + 20  # the meal's, and First meal's
    assert first.streak == 0
    again = await service.record(uid, "meal", "update:2/log", today - timedelta(days=1))
    assert (again.xp_awarded, again.streak) == (10, 0)
    assert (await service.record(uid, "meal", "update:3/log", today)).streak == 1


async def test_a_streak_survives_a_missed_day_on_a_freeze_and_breaks_on_the_next(
    service: GamificationService, gamification_url: str, uid: int, clock: Clock
) -> None:
    start = date(2031, 3, 1)
    week = await log_days(service, uid, start, range(7))
    assert week.streak == 7 and "streak_7" in codes(week)
    assert (await service.stats(uid)).freeze_days == 1
    bridged = await log_days(service, uid, start, [8])  # day 7 missed: the freeze bridges it
    assert bridged.streak == 8
    stats = await service.stats(uid)
    assert stats.freeze_days == 0 and stats.longest_streak == 8
    broken = await log_days(service, uid, start, [10])  # day 9 missed, no freeze left
    assert broken.streak == 1
    stored = await query(
        gamification_url,
        "SELECT current_streak, longest_streak, freeze_days, last_activity_date"
        " FROM user_gamification WHERE user_id = %s",
        uid,
    )
    assert stored == [(1, 8, 0, start + timedelta(days=10))]


async def test_stats_show_a_broken_streak_as_none_on_the_users_today(
    service: GamificationService, gamification_url: str, clock: Clock
) -> None:
    uid = new_user_id()
    await add_user(gamification_url, uid, timezone="Pacific/Kiritimati")  # UTC+14
    local_today = (clock.now + timedelta(hours=14)).date()
    await log_days(service, uid, local_today - timedelta(days=2), range(3))
    assert (await service.stats(uid)).current_streak == 3
    clock.advance(days=1)
    assert (await service.stats(uid)).current_streak == 3  # yesterday counts
    clock.advance(days=1)
    stats = await service.stats(uid)
    assert (stats.current_streak, stats.longest_streak) == (0, 3)


async def test_a_done_reminder_pays_xp_but_is_no_log_for_the_streak(
    service: GamificationService, uid: int, clock: Clock
) -> None:
    day = clock.now.date()
    done = await service.record(uid, "reminder_done", "job:reminder:1/done", day)
    assert done.streak == 0 and codes(done) == ["first_reminder"]
    assert done.xp_awarded == 15


# -- achievements and announcements ----------------------------------------------------------


async def test_achievements_are_unlocked_and_announced_once(
    service: GamificationService, gamification_url: str, uid: int, clock: Clock
) -> None:
    day = clock.now.date()
    announced: list[str] = []
    for n in range(12):
        progress = await service.record(uid, "meal", f"update:{n}/food_entry", day)
        announced += codes(progress)
    assert announced == ["first_meal", "entries_10"]
    rows = await query(
        gamification_url, "SELECT count(*) FROM user_achievements WHERE user_id = %s", uid
    )
    assert rows == [(2,)]


async def test_a_retry_gets_the_same_announcement_and_no_other_award_does(
    service: GamificationService, gamification_url: str, uid: int, clock: Clock
) -> None:
    day = clock.now.date()
    await service.record(uid, "meal", "update:1/food_entry", day)  # 30 XP
    await query(gamification_url, "UPDATE user_gamification SET total_xp = 95 WHERE user_id = %s",
                uid)  # fmt: skip
    up = await service.record(uid, "water", "update:2/water", day)  # +5 +10 first glass
    assert (up.new_level, up.level, codes(up)) == (2, 2, ["first_water"])
    # The handler crashed before replying: its retry rebuilds the same announcement.
    retry = await service.record(uid, "water", "update:2/water", day)
    assert retry.repeated and (retry.new_level, codes(retry)) == (2, ["first_water"])
    later = await service.record(uid, "water", "update:3/water", day)
    assert later.new_level is None and later.achievements == () and not later.news
    assert await levels_reached(gamification_url, uid) == [2]


async def test_a_big_award_reaches_level_five_and_its_badge(
    service: GamificationService, gamification_url: str, uid: int, clock: Clock
) -> None:
    await service.record(uid, "weight", "update:1/weight", clock.now.date())  # 10 + 20
    await query(gamification_url, "UPDATE user_gamification SET total_xp = 995, level = 4"
                " WHERE user_id = %s", uid)  # fmt: skip
    progress = await service.record(uid, "weight", "update:2/weight", clock.now.date())
    assert (progress.level, progress.new_level, codes(progress)) == (5, 5, ["level_5"])
    assert await levels_reached(gamification_url, uid) == [5]


async def add_meal(
    url: str, user_id: int, day: date, kcal: float, *, deleted: bool = False
) -> None:
    await query(
        url,
        "INSERT INTO food_entries (user_id, local_date, meal, kcal, deleted_at)"
        " VALUES (%s, %s, 'lunch', %s, CASE WHEN %s THEN now() END)",
        user_id,
        day,
        kcal,
        deleted,
    )


async def test_five_days_on_calorie_target_in_one_week_unlock_on_target(
    service: GamificationService, gamification_url: str, uid: int
) -> None:
    monday = date(2031, 3, 10)
    for offset, kcal in enumerate([1850, 2150, 1000, 2000, 1900]):  # 4 on target (±10%)
        await add_meal(gamification_url, uid, monday + timedelta(days=offset), kcal)
    await add_meal(gamification_url, uid, monday + timedelta(days=2), 900)  # day 3: 1,900
    await add_meal(gamification_url, uid, monday - timedelta(days=1), 2000)  # last week
    await add_meal(gamification_url, uid, monday + timedelta(days=5), 2000, deleted=True)
    friday = monday + timedelta(days=4)
    progress = await service.record(uid, "meal", "update:1/food_entry", friday)
    assert "calorie_week" in codes(progress)


async def test_days_off_target_or_deleted_do_not_count(
    service: GamificationService, gamification_url: str, uid: int
) -> None:
    monday = date(2031, 3, 10)
    await query(
        gamification_url,
        "INSERT INTO user_profiles (user_id, daily_kcal_target) VALUES (%s, 1500)",
        uid,
    )
    for offset in range(4):
        await add_meal(gamification_url, uid, monday + timedelta(days=offset), 1500)
    await add_meal(gamification_url, uid, monday + timedelta(days=4), 2000)  # 133%: off
    await add_meal(gamification_url, uid, monday + timedelta(days=5), 1500, deleted=True)
    progress = await service.record(uid, "meal", "update:1/food_entry", monday)
    assert "calorie_week" not in codes(progress)
    await add_meal(gamification_url, uid, monday + timedelta(days=6), 1400)
    progress = await service.record(uid, "meal", "update:2/food_entry", monday)
    assert "calorie_week" in codes(progress)


async def test_stats_list_unlocked_achievements_and_what_is_left(
    service: GamificationService, uid: int, clock: Clock
) -> None:
    empty = await service.stats(uid)
    assert (empty.total_xp, empty.level, empty.to_next_level, len(empty.locked)) == (0, 1, 100, 12)
    await service.record(uid, "meal", "update:1/food_entry", clock.now.date())
    stats = await service.stats(uid)
    assert (stats.total_xp, stats.level, stats.to_next_level) == (30, 1, 70)
    assert [a.code for a in stats.unlocked] == ["first_meal"] and len(stats.locked) == 11
    assert stats.current_streak == stats.longest_streak == 1


# -- the leaderboard --------------------------------------------------------------------------


async def test_the_board_ranks_members_by_this_weeks_xp_only(
    service: GamificationService, gamification_url: str, clock: Clock
) -> None:
    monday = datetime(2031, 3, 10, 0, 0, tzinfo=clock.now.tzinfo)
    clock.now = monday - timedelta(seconds=1)  # Sunday 23:59:59 UTC, last week
    ids = [new_user_id() for _ in range(4)]
    for user_id, name in zip(ids, ["Ann", "Bob", "Cat", "Dan"], strict=True):
        await add_user(gamification_url, user_id, name)
    for n in range(20):  # Ann earns a lot, last week
        await service.record(ids[0], "water", f"old:{n}", clock.now.date())
    clock.now = monday  # this week
    await service.record(ids[1], "meal", "new:1", clock.now.date())  # 30
    await service.record(ids[2], "water", "new:2", clock.now.date())  # 15
    await service.record(ids[3], "water", "new:3", clock.now.date())  # 15, not a member
    for user_id in ids[:3]:
        await service.join_leaderboard(user_id)
    board = await service.leaderboard(ids[2])
    assert board.week == monday.date()
    assert [(line.rank, line.name, line.xp) for line in board.top] == [
        (1, "Bob", 30),
        (2, "Cat", 15),
    ]
    assert board.you is not None and (board.you.rank, board.you.is_you) == (2, True)
    ann = await service.leaderboard(ids[0])
    assert ann.you is not None and (ann.you.rank, ann.you.xp) == (3, 0)  # member, no XP yet
    dan = await service.leaderboard(ids[3])
    assert dan.you is None and "Dan" not in [line.name for line in dan.top]
    await service.leave_leaderboard(ids[1])
    after = await service.leaderboard(ids[2])
    assert [line.name for line in after.top] == ["Cat"] and after.members == 2


async def test_an_activity_pays_xp_up_to_its_daily_cap_and_still_counts(
    service: GamificationService, gamification_url: str, uid: int, clock: Clock
) -> None:
    day = clock.now.date()
    progress = [
        await service.record(uid, "water", f"update:{n}/water", day)
        for n in range(15)  # 15 quick-add presses in a row
    ]
    # The first unpaid one says so, once: the 13th, not the 14th or 15th.
    assert [n for n, p in enumerate(progress) if p.capped is not None] == [12]
    assert progress[12].capped is Activity.WATER and progress[12].news
    [line] = progress_lines("en", progress[12])
    assert line.startswith("ℹ️ Logged. XP stops at 12 water logs in 24 hours")
    assert progress_lines("en", progress[13]) == []
    rows = await query(
        gamification_url,
        "SELECT count(*), sum(amount) FROM xp_events WHERE user_id = %s AND reason = 'water'",
        uid,
    )
    assert rows == [(15, 12 * 5)]  # 15 logs, 12 paid
    clock.now += timedelta(days=1, minutes=1)  # a day later the cap starts again
    later = await service.record(uid, "water", "update:99/water", clock.now.date())
    assert later.xp_awarded == 5
    assert await consistent(gamification_url, uid) == later.total_xp
