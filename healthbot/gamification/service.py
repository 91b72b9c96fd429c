"""XP, levels, streaks, achievements and the weekly leaderboard, free of aiogram types.

Other features call `GamificationService.record` after a successful log, with the key of the
write they just made as `source_ref` (e.g. `op.step("water")`), and append
`progress_lines(language, progress)` to their reply. The coach's tools call the same methods.

**Paid once.** An award is idempotent on (user, activity, source_ref): a retried update
pays nothing more, and two concurrent calls for the same award pay once (they take turns on
the user's row lock; the second finds the award paid).

**Announced once.** What an award unlocks (a level, achievements) is stored with the award's
xp_events id, and `record` returns it for that award only: the first call returns it, a
retry of the same award (same source_ref) returns the same items again with
`repeated=True`, and no other award ever returns them. So a crash between the award and its
reply loses nothing (the retried handler rebuilds the same reply), and the reply ledger sends
that reply once: each level-up and achievement reaches the user exactly once.

**Weeks.** The leaderboard ranks by XP earned in the current ISO week in UTC (Monday 00:00
UTC to Sunday 24:00 UTC): one window for everyone, whatever their timezone, named to each
user by when it began in their own zone ("since Sun Nov 30, 4:00 PM"). Streaks and
calorie weeks use the user's own calendar days (`local_day`).

**Back-filled logs.** A log of a day before the user's today ("/weight 3 days ago 81.9",
yesterday's dinner logged this morning) counts as a log and pays its XP, under the same cap
of paid awards in 24 hours as today's logs (so back-filling a month buys no more than a day
would), but moves no streak: a streak counts the days the user came and logged.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import psycopg
from psycopg.rows import class_row

from healthbot.db.pool import Connection
from healthbot.gamification.award_sql import AWARD, LOCK, AwardRow, award_params
from healthbot.gamification.levels import (
    ACHIEVEMENTS,
    DAILY_XP_CAP,
    XP_PER_ACTIVITY,
    Achievement,
    Activity,
    level_for_xp,
    standing,
    week_of,
    xp_for_level,
)
from healthbot.gamification.repository import BoardRow, GamificationRepository
from healthbot.gamification.undone import Reversals
from healthbot.users import UserLookup, user_zone

log = logging.getLogger(__name__)

BOARD_SIZE = 10
"""The leaderboard's top: this many lines, plus the user's own rank."""
MAX_SOURCE_REF = 200
"""A source_ref is a key (`update:123/water`), not free text."""


@dataclass(frozen=True, slots=True)
class Progress:
    """What an award did: its XP, the user's new standing, and what it unlocked.

    `new_level` and `achievements` are what this award announces (None and empty when
    nothing); on a retry of the same award (`repeated`) they are the same as the first time.
    """

    xp_awarded: int
    total_xp: int
    level: int
    streak: int
    new_level: int | None = None
    achievements: tuple[Achievement, ...] = ()
    repeated: bool = False
    capped: Activity | None = None  # the first log of this kind today past its XP cap
    back_filled: bool = False  # a log of a day before the user's today: it moved no streak

    @property
    def news(self) -> bool:
        """True when there is something to announce."""
        return self.new_level is not None or bool(self.achievements) or self.capped is not None


@dataclass(frozen=True, slots=True)
class Stats:
    """A user's standing for /stats; the streak is as seen on their today."""

    total_xp: int
    level: int
    level_xp: int  # the total at which the current level started
    next_level_xp: int  # the total at which the next one starts
    current_streak: int
    longest_streak: int
    freeze_days: int
    unlocked: tuple[Achievement, ...]
    locked: tuple[Achievement, ...]
    on_leaderboard: bool

    @property
    def to_next_level(self) -> int:
        """XP still needed for the next level."""
        return self.next_level_xp - self.total_xp

    @property
    def level_share(self) -> float:
        """How far into the current level (0.0 to 1.0)."""
        return (self.total_xp - self.level_xp) / (self.next_level_xp - self.level_xp)


@dataclass(frozen=True, slots=True)
class BoardLine:
    """One member's line: rank (ties share one), first name, XP this week."""

    rank: int
    name: str
    xp: int
    is_you: bool


@dataclass(frozen=True, slots=True)
class Leaderboard:
    """This week's top and the user's own line (None when not a member)."""

    week: date  # its Monday (UTC)
    starts: datetime  # that Monday's 00:00 UTC, in the user's timezone (how it is named)
    top: tuple[BoardLine, ...]
    you: BoardLine | None
    members: int


def _utc_now() -> datetime:
    return datetime.now(UTC)


class GamificationService:
    """Pays XP for logs, keeps levels, streaks and achievements, and ranks the week."""

    def __init__(
        self,
        repository: GamificationRepository,
        users: UserLookup,
        clock: Callable[[], datetime] = _utc_now,
        daily_caps: Mapping[Activity, int] = DAILY_XP_CAP,
    ) -> None:
        self.repository = repository
        self.users = users
        self.clock = clock
        self.daily_caps = daily_caps  # paid awards per activity in any 24 hours
        self.reversals = Reversals(repository.db)

    async def record(
        self, user_id: int, activity: Activity | str, source_ref: str, local_day: date
    ) -> Progress:
        """Pay the XP of one log ("meal", "water", "weight", "reminder_done") once per
        `source_ref`, on the user's calendar day `local_day`; return what it changed.

        The user's `users` row must exist (the caller registered them to log). Raises
        ValueError for an unknown activity or an empty or oversized source_ref.
        """
        # The zone before the connection: a lookup that reads the database takes its own.
        award = self.pending(user_id, activity, source_ref, local_day, await self.zone(user_id))
        async with self.repository.award() as conn:
            await award.queue(conn)
        await award.finish()  # committed: the pipeline synced with the COMMIT
        return award.progress

    def pending(
        self, user_id: int, activity: Activity | str, source_ref: str, local_day: date,
        zone: ZoneInfo | None = None,
    ) -> PendingAward:  # fmt: skip
        """`record`'s award, to be made in another write's transaction and pipeline (a
        `healthbot.db.Joined`: a /log's entry and its XP are one commit); its `progress` is
        there once the write is done. The same checks as `record`'s. `zone`: the user's,
        when the caller has it (else it is looked up as the award is sent)."""
        kind = Activity(activity)
        if not source_ref or len(source_ref) > MAX_SOURCE_REF:
            raise ValueError(f"a source_ref is 1-{MAX_SOURCE_REF} characters")
        return PendingAward(user_id, kind, source_ref, local_day, now=self.clock(),
                            daily_cap=self.daily_caps[kind],
                            zone=zone or (lambda: self.zone(user_id)))  # fmt: skip

    async def take_back(
        self, user_id: int, activity: Activity | str, source_refs: Sequence[str], key: str
    ) -> int:
        """Take back the XP the awards of these logs (their `source_ref`s) paid: the logs
        were undone by the operation `key` (once per key); the XP taken (`undone`)."""
        return await self.reversals.take_back(user_id, Activity(activity), source_refs, key)

    async def give_back(self, user_id: int, activity: Activity | str, key: str) -> int:
        """Give back the XP the undo `key` took: its logs are back (once); the XP given."""
        return await self.reversals.give_back(user_id, Activity(activity), key)

    async def stats(self, user_id: int) -> Stats:
        """The user's level, XP, streaks, freeze days and achievements."""
        state = await self.repository.state(user_id)
        codes = set(await self.repository.unlocked(user_id)) if state is not None else set()
        unlocked = tuple(a for a in ACHIEVEMENTS if a.code in codes)
        locked = tuple(a for a in ACHIEVEMENTS if a.code not in codes)
        if state is None:
            return Stats(0, 1, 0, xp_for_level(2), 0, 0, 0, unlocked, locked, False)
        today = self.clock().astimezone(await self.zone(user_id)).date()
        level = level_for_xp(state.total_xp)
        return Stats(
            total_xp=state.total_xp,
            level=level,
            level_xp=xp_for_level(level),
            next_level_xp=xp_for_level(level + 1),
            current_streak=standing(state.streak, today),
            longest_streak=state.longest_streak,
            freeze_days=state.freeze_days,
            unlocked=unlocked,
            locked=locked,
            on_leaderboard=state.leaderboard_opt_in,
        )

    async def leaderboard(self, user_id: int, size: int = BOARD_SIZE) -> Leaderboard:
        """This week's top `size` members by XP, and the user's own rank if a member."""
        monday, _ = week_of(self.clock().astimezone(UTC).date())
        starts = datetime.combine(monday, time(), UTC).astimezone(await self.zone(user_id))
        rows = await self.repository.board(monday, size, user_id)
        top = tuple(_line(row, user_id) for row in rows[:size] if row.xp > 0)
        own = next((row for row in rows if row.user_id == user_id), None)
        members = rows[0].members if rows else 0
        you = None if own is None else _line(own, user_id)
        return Leaderboard(monday, starts, top, you, members)

    async def join_leaderboard(self, user_id: int) -> None:
        """Show the user on the leaderboard (first name and weekly XP only)."""
        await self.repository.join(user_id)

    async def leave_leaderboard(self, user_id: int) -> None:
        """Hide the user from the leaderboard."""
        await self.repository.leave(user_id)

    async def zone(self, user_id: int) -> ZoneInfo:
        """The user's timezone (from the cached user record); UTC if unknown or invalid."""
        return await user_zone(self.users, user_id)

    async def today(self, user_id: int) -> date:
        """The user's calendar day now (what a caller passes as `local_day`)."""
        return self.clock().astimezone(await self.zone(user_id)).date()


class PendingAward:
    """One award's statements (`award_sql`), sent in a transaction's pipeline (`queue`) and
    read once it is synced (`finish`): with the log's own statements and the COMMIT, one
    round trip.

    Paid once and announced once as `GamificationService.record` says: the user's row is
    locked first, and the xp_events row is unique on (user, activity, source_ref).
    """

    def __init__(
        self, user_id: int, kind: Activity, source_ref: str, local_day: date, *,
        now: datetime, daily_cap: int, zone: ZoneInfo | Callable[[], Awaitable[ZoneInfo]],
    ) -> None:  # fmt: skip
        self.user_id = user_id
        self.kind = kind
        self.source_ref = source_ref
        self.local_day = local_day
        self.now = now
        self.daily_cap = daily_cap
        self.zone = zone  # the user's: their today at `now` says if the log is back-filled
        self._cursor: psycopg.AsyncCursor[AwardRow] | None = None
        self._back_filled = False
        self._progress: Progress | None = None

    @property
    def progress(self) -> Progress:
        """What the award did (once `finish` ran)."""
        assert self._progress is not None, "the award's write has not finished"
        return self._progress

    async def queue(self, conn: Connection) -> None:
        """Send the lock of the user's row and the award (a meal's calorie days count its
        entry, written before in the same transaction); fetch nothing."""
        zone = self.zone if isinstance(self.zone, ZoneInfo) else await self.zone()
        today = self.now.astimezone(zone).date()
        self._back_filled = self.local_day < today
        await conn.execute(LOCK, {"user_id": self.user_id})
        self._cursor = conn.cursor(row_factory=class_row(AwardRow))
        await self._cursor.execute(AWARD, award_params(
            self.user_id, self.kind, self.source_ref, self.local_day,
            amount=XP_PER_ACTIVITY[self.kind], at=self.now, daily_cap=self.daily_cap,
            today=today,
        ))  # fmt: skip

    async def finish(self) -> None:
        """Read what the award did (its pipeline synced)."""
        assert self._cursor is not None, "queue first"
        row = await self._cursor.fetchone()
        assert row is not None  # one row: the user's state row exists (locked before)
        codes = set(row.codes)
        unlocked = tuple(a for a in ACHIEVEMENTS if a.code in codes)
        if not row.repeated and (unlocked or row.new_level is not None):
            log.info("user %d: %s unlocked %s, level %d", self.user_id, self.kind.value,
                     [a.code for a in unlocked], row.level)  # fmt: skip
        self._progress = Progress(
            xp_awarded=row.xp_awarded,
            total_xp=row.total_xp,
            level=row.level,
            streak=row.streak,
            new_level=row.new_level,
            achievements=unlocked,
            repeated=row.repeated,
            capped=self.kind if row.capped else None,
            back_filled=self._back_filled,
        )


def _line(row: BoardRow, user_id: int) -> BoardLine:
    return BoardLine(row.rank, row.first_name, row.xp, row.user_id == user_id)
