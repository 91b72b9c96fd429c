"""Progress as text: the lines other features append to their replies, /stats, /leaderboard.

Pure functions (no aiogram): text in the user's language, HTML parse mode, with every name a
user chose escaped.
"""

from __future__ import annotations

import html
import re
from datetime import datetime

from healthbot.gamification.levels import DAILY_XP_CAP, MAX_FREEZE_DAYS
from healthbot.gamification.service import BoardLine, Leaderboard, Progress, Stats
from healthbot.gamification.texts import TEXTS, GamificationTexts
from healthbot.localtime import clock

BAR_CELLS = 10
MAX_NAME_CHARS = 24
"""A longer first name is cut (with an ellipsis): a board line stays one line."""
_SPACES = re.compile(r"\s+")


def progress_lines(
    texts_or_language: GamificationTexts | str | None, progress: Progress | None
) -> list[str]:
    """The lines announcing what an award unlocked: "🎉 Level 3!", "🏅 Achievement: First
    meal"; empty when there is nothing new (or no progress at all).

    `texts_or_language` is a Telegram language code ("en", "en-US", None for English) or
    this feature's texts. Lines hold no user input; they are safe in HTML parse mode.
    """
    if progress is None or not progress.news:
        return []
    texts = (
        texts_or_language
        if isinstance(texts_or_language, GamificationTexts)
        else TEXTS.get(texts_or_language)
    )
    lines = []
    if progress.new_level is not None:
        lines.append(texts.level_up.format(level=progress.new_level))
    lines += [
        texts.achievement_unlocked.format(title=html.escape(texts.title(a.code)))
        for a in progress.achievements
    ]
    if progress.capped is not None:  # once a day: the log counts, the XP stops
        cap = DAILY_XP_CAP[progress.capped]
        said = texts.xp_capped_back_filled if progress.back_filled else texts.xp_capped
        lines.append(said.format(cap=cap, logs=texts.cap_names[progress.capped]))
    return lines


def stats_text(texts: GamificationTexts, stats: Stats) -> str:
    """The /stats reply."""
    if stats.total_xp == 0 and not stats.unlocked:
        return texts.stats_empty
    lines = [
        texts.stats_title,
        texts.stats_level.format(level=stats.level, xp=f"{stats.total_xp:,}"),
        texts.stats_next.format(
            bar=progress_bar(stats.level_share),
            needed=f"{stats.to_next_level:,}",
            next=stats.level + 1,
        ),
    ]
    longest = texts.day_count(stats.longest_streak)
    if stats.current_streak:
        current = texts.day_count(stats.current_streak)
        lines.append(texts.stats_streak.format(current=current, longest=longest))
    else:
        lines.append(texts.stats_streak_none.format(longest=longest))
    lines.append(texts.stats_freezes.format(count=stats.freeze_days, most=MAX_FREEZE_DAYS))
    total = len(stats.unlocked) + len(stats.locked)
    lines.append(texts.stats_achievements.format(unlocked=len(stats.unlocked), total=total))
    lines += [
        texts.stats_achievement_line.format(title=html.escape(texts.title(a.code)))
        for a in stats.unlocked
    ]
    if stats.locked:
        lines.append(texts.stats_left.format(left=len(stats.locked)))
    else:
        lines.append(texts.stats_all_unlocked)
    return "\n".join(lines)


def board_text(texts: GamificationTexts, board: Leaderboard, language: str | None = None) -> str:
    """The /leaderboard reply: the week's top, then the user's own rank (or how to join);
    the week is named by when it began in the user's timezone, in their clock."""
    lines = [texts.board_title.format(since=week_start(texts, board.starts, language))]
    lines += [board_line(texts, line) for line in board.top] or [texts.board_empty]
    lines.append("")
    if board.you is None:
        lines.append(texts.board_not_member)
    else:
        you = board.you
        lines.append(texts.board_own.format(rank=you.rank, members=board.members, xp=you.xp))
    return "\n".join(lines)


def week_start(texts: GamificationTexts, starts: datetime, language: str | None) -> str:
    """ "Sun Nov 30, 4:00 PM your time", or "Mon Dec 1, 00:00 UTC" for a user in UTC."""
    zone = getattr(starts.tzinfo, "key", None)  # a ZoneInfo's name, for the 12-hour guess
    when = f"{starts:%a %b} {starts.day}, {clock(starts, language, zone)}"
    template = texts.board_since_local if starts.utcoffset() else texts.board_since_utc
    return template.format(when=when)


def board_line(texts: GamificationTexts, line: BoardLine) -> str:
    """ "1. Anna · 120 XP", with "(you)" on the user's own line."""
    text = texts.board_line.format(
        rank=line.rank, name=display_name(texts, line.name), xp=f"{line.xp:,}"
    )
    return text + texts.board_you if line.is_you else text


def display_name(texts: GamificationTexts, first_name: str) -> str:
    """A first name fit for a shared board: one line, at most 24 characters, HTML-escaped."""
    name = _SPACES.sub(" ", first_name).strip()
    if not name:
        return texts.anonymous
    if len(name) > MAX_NAME_CHARS:
        name = name[: MAX_NAME_CHARS - 1].rstrip() + "…"
    return html.escape(name)


def progress_bar(share: float) -> str:
    """Ten cells, filled in proportion."""
    filled = min(BAR_CELLS, max(0, int(share * BAR_CELLS)))
    return "▓" * filled + "░" * (BAR_CELLS - filled)
