"""The gamification feature's texts (HTML parse mode), one object per language."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from healthbot.gamification.levels import Activity
from healthbot.texts import Catalog


@dataclass(frozen=True, slots=True)
class GamificationTexts:
    """Replies to /stats and /leaderboard, announcement lines, and achievement names."""

    level_up: str
    achievement_unlocked: str
    xp_capped: str
    xp_capped_back_filled: str  # the same, for a log of an earlier day (no streak moved)
    cap_names: dict[Activity, str]
    achievements: Mapping[str, tuple[str, str]]
    """code -> (title, description)."""
    stats_title: str
    stats_level: str
    stats_next: str
    stats_streak: str
    stats_streak_none: str
    stats_freezes: str
    stats_achievements: str
    stats_achievement_line: str
    stats_left: str
    stats_all_unlocked: str
    stats_empty: str
    days: tuple[str, str]
    """"{n} day" and "{n} days"."""
    board_title: str
    board_since_local: str
    board_since_utc: str
    board_line: str
    board_you: str
    board_empty: str
    board_own: str
    board_not_member: str
    board_join: str
    board_leave: str
    joined: str
    left: str
    button_refused: str
    anonymous: str
    commands: tuple[tuple[str, str], ...]

    def day_count(self, n: int) -> str:
        """ "1 day", "3 days"."""
        return (self.days[0] if n == 1 else self.days[1]).format(n=n)

    def title(self, code: str) -> str:
        """An achievement's name (its code if the catalogue has no name for it)."""
        return self.achievements.get(code, (code, ""))[0]


EN = GamificationTexts(
    level_up="🎉 Level {level}!",
    achievement_unlocked="🏅 Achievement: {title}",
    xp_capped="ℹ️ Logged. XP stops at {cap} {logs} in 24 hours, so this one and the next "
    "earn none; they still count for your streak and your totals.",
    xp_capped_back_filled="ℹ️ Logged. XP stops at {cap} {logs} in 24 hours (those for earlier "
    "days too), so this one and the next earn none; they still count for your totals.",
    cap_names={
        Activity.MEAL: "meals",
        Activity.WATER: "water logs",
        Activity.WEIGHT: "weigh-ins",
        Activity.REMINDER_DONE: "reminders done",
    },
    achievements={
        "first_meal": ("First meal", "Log your first meal."),
        "first_water": ("First glass", "Log water for the first time."),
        "first_weigh_in": ("First weigh-in", "Log your weight for the first time."),
        "first_reminder": ("Reminder kept", "Mark a reminder as done."),
        "streak_3": ("3-day streak", "Log something 3 days in a row."),
        "streak_7": ("7-day streak", "Log something 7 days in a row."),
        "streak_30": ("30-day streak", "Log something 30 days in a row."),
        "entries_10": ("10 entries", "Log 10 meals, drinks or weigh-ins."),
        "entries_100": ("100 entries", "Log 100 meals, drinks or weigh-ins."),
        "calorie_week": (
            "On target",
            "Eat within 10% of your calorie target on 5 days of one week.",
        ),
        "level_5": ("Level 5", "Reach level 5."),
        "level_10": ("Level 10", "Reach level 10."),
    },
    stats_title="📊 <b>Your progress</b>",
    stats_level="⭐ Level <b>{level}</b> · {xp} XP",
    stats_next="<code>{bar}</code> {needed} XP to level {next}",
    stats_streak="🔥 Streak: <b>{current}</b> (longest {longest})",
    stats_streak_none="🔥 No streak yet (longest {longest}): log something today to start one.",
    stats_freezes="🧊 Freeze days: {count} of {most} (one earned every 7 days of streak; "
    "a freeze saves your streak on a day you miss)",
    stats_achievements="🏅 Achievements: {unlocked} of {total}",
    stats_achievement_line="• {title}",
    stats_left="{left} more to unlock.",
    stats_all_unlocked="You have unlocked them all!",
    stats_empty="No XP yet. Log a meal (/log), water (/water) or your weight (/weight) "
    "to start earning XP and a streak.",
    days=("{n} day", "{n} days"),
    board_title="🏆 <b>Leaderboard</b>: XP this week (since {since})",
    board_since_local="{when} your time",
    board_since_utc="{when} UTC",
    board_line="{rank}. {name} · {xp} XP",
    board_you=" (you)",
    board_empty="Nobody on the board has earned XP this week yet.",
    board_own="You: #{rank} of {members} · {xp} XP this week",
    board_not_member="You're not on the leaderboard. Join it to see your rank: "
    "others see only your first name and your XP this week.",
    board_join="Join the leaderboard",
    board_leave="Leave the leaderboard",
    joined="You joined the leaderboard.",
    left="You left the leaderboard: you're hidden from it now.",
    button_refused="This button doesn't work. Send /leaderboard to see the board.",
    anonymous="Anonymous",
    commands=(
        ("stats", "your level, XP, streak and achievements"),
        ("leaderboard", "this week's top 10 (join to take part)"),
    ),
)

TEXTS = Catalog({"en": EN})
