"""An award as SQL: the statements that pay one log's XP and settle what it earns, sent in
the log's own transaction and pipeline, so that a /log is one round trip and one commit.

Two statements, after the log's own:

- `LOCK` upserts the user's `user_gamification` row, and so locks it until the commit: two
  awards of one user take turns.
- `AWARD` then does what `levels.py` says, from a snapshot taken after the lock (each
  statement of a READ COMMITTED transaction takes its own), so it sees every award that held
  the lock before: it inserts the xp_events row (nothing on a replay: the row is unique on
  the log's key), advances the streak (`advance`), unlocks achievements and levels up to a
  fixed point (`settle`, a recursive CTE over the catalogue, which it is given), stores
  what that unlocked with the award's id, saves the new standing, and returns the progress.
  On a replay it writes nothing and returns what the award announced the first time.

`levels.py` stays the statement of the rules (and what /stats uses); the constants and the
catalogue are parameters here, never copied, and tests/gamification check the two agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Final

from healthbot.db.literals import array_literal as array
from healthbot.gamification.levels import (
    ACHIEVEMENTS,
    CALORIE_TOLERANCE,
    DEFAULT_KCAL_TARGET,
    FREEZE_EVERY_DAYS,
    LOGGING,
    MAX_FREEZE_DAYS,
    XP_STEP,
    Activity,
    Rule,
    week_of,
)
from healthbot.gamification.texts import EN

LOCK: Final = (
    # `AWARD` runs on the plan PostgreSQL made once for it (the setting lasts until the
    # commit): with its 20-odd CTEs, planning it again at every run (a custom plan, which
    # the plan cache keeps choosing for it) cost the server about as much as running it.
    "WITH plan_mode AS (SELECT set_config('plan_cache_mode', 'force_generic_plan', true))"
    " INSERT INTO user_gamification (user_id) SELECT %(user_id)s::bigint FROM plan_mode"
    " ON CONFLICT (user_id) DO UPDATE SET user_id = EXCLUDED.user_id"
)
"""Create the user's state row if missing and lock it (an upsert: one statement either way),
and have the award that follows it run on its generic plan."""

COUNTED: Final = frozenset(a.code for a in ACHIEVEMENTS if a.rule in {Rule.COUNT, Rule.ENTRIES})
MOST_COUNTED: Final = max(a.threshold for a in ACHIEVEMENTS if a.code in COUNTED)
"""Logs of an activity that `AWARD` counts at most: the highest count-based threshold."""
CALORIE: Final = frozenset(a.code for a in ACHIEVEMENTS if a.rule is Rule.CALORIE_DAYS)


def _level(xp: str) -> str:
    """`level_for_xp` of an SQL integer expression (the square root of a double is exact for
    the integers an XP total reaches)."""
    return f"((floor(sqrt(4 * (({xp}) / %(step)s) + 1))::int + 1) / 2)"


AWARD: Final = (
    "WITH RECURSIVE state AS (SELECT total_xp, level, current_streak, longest_streak,"
    "  last_activity_date, freeze_days FROM user_gamification WHERE user_id = %(user_id)s),"
    # Past the daily cap of paid awards in the 24 hours before it, the award pays 0 XP. A
    # log of a day before the user's today (back-filled) pays as any log, and counts
    # against the same cap: back-filling a month of meals buys no more than a day's XP.
    " added AS (INSERT INTO xp_events (user_id, amount, reason, source_ref, created_at)"
    "  SELECT %(user_id)s, CASE WHEN count(*) >= %(cap)s THEN 0 ELSE %(amount)s END,"
    "  %(reason)s, %(source_ref)s, %(at)s FROM xp_events"
    "  WHERE user_id = %(user_id)s AND reason = %(reason)s AND amount > 0"
    "  AND created_at > %(at)s::timestamptz - interval '1 day'"
    "  ON CONFLICT (user_id, reason, source_ref) DO NOTHING RETURNING id, amount),"
    # A replay: the award paid before (the snapshot holds it: it committed under the lock).
    " prior AS (SELECT id FROM xp_events WHERE user_id = %(user_id)s AND reason = %(reason)s"
    "  AND source_ref = %(source_ref)s AND NOT EXISTS (SELECT FROM added)),"
    " held AS (SELECT coalesce(array_agg(code), '{}') AS codes FROM user_achievements"
    "  WHERE user_id = %(user_id)s),"
    # Logs per activity, this one included, each counted up to the highest threshold of a
    # count-based code (a count past it unlocks nothing more, alone or summed), so that an
    # award reads at most that many rows of a user's history per activity, not all of it;
    # none counted once every count-based code is held.
    " counted AS (SELECT a.reason, (SELECT count(*)::int FROM (SELECT FROM xp_events"
    "  WHERE user_id = %(user_id)s AND reason = a.reason LIMIT %(most)s) AS log)"
    "  + (SELECT count(*)::int FROM added WHERE a.reason = %(reason)s) AS n"
    "  FROM unnest(%(activities)s::text[]) AS a (reason), held"
    "  WHERE NOT held.codes @> %(counted)s::text[]),"
    # Days of the meal's week within the tolerance of the kcal target, summed per day
    # through food_entries_user_day_idx (the entry written before in this transaction is
    # in); deleted meals do not count. No week (not a meal): no days.
    " calories AS (SELECT count(*)::int AS days FROM (SELECT sum(kcal) AS kcal"
    "  FROM food_entries WHERE user_id = %(user_id)s"
    "  AND local_date BETWEEN %(first)s::date AND %(last)s::date AND deleted_at IS NULL"
    "  GROUP BY local_date) AS day,"
    "  (SELECT coalesce((SELECT daily_kcal_target FROM user_profiles"
    "   WHERE user_id = %(user_id)s), %(default)s)::numeric AS kcal) AS target, held"
    "  WHERE NOT held.codes @> %(calorie)s::text[]"
    "  AND day.kcal BETWEEN target.kcal * (1 - %(tolerance)s)"
    "  AND target.kcal * (1 + %(tolerance)s)),"
    # `advance`: a log on a day after the last logged one moves the streak (a back-filled
    # log does not: a streak counts the days the user came and logged); a gap of k
    # missed days is bridged by k freeze days; each multiple of the period earns one.
    " streak AS (SELECT CASE WHEN moved THEN run ELSE s.current_streak END AS current,"
    "  CASE WHEN moved THEN greatest(s.longest_streak, run) ELSE s.longest_streak END"
    "  AS longest, CASE WHEN moved THEN %(day)s::date ELSE s.last_activity_date END"
    "  AS last_day, CASE WHEN NOT moved THEN s.freeze_days WHEN mod(run, %(every)s) = 0"
    "  THEN least(kept + 1, %(max_freezes)s) ELSE kept END AS freezes"
    "  FROM state AS s CROSS JOIN LATERAL (SELECT %(logging)s AND NOT %(back_filled)s"
    "  AND (s.last_activity_date"
    "  IS NULL OR %(day)s::date > s.last_activity_date) AS moved,"
    "  %(day)s::date - s.last_activity_date - 1 AS missed) AS gap"
    "  CROSS JOIN LATERAL (SELECT CASE WHEN gap.missed <= s.freeze_days"
    "  THEN s.current_streak + 1 ELSE 1 END AS run, CASE WHEN gap.missed <= s.freeze_days"
    "  THEN s.freeze_days - gap.missed ELSE s.freeze_days END AS kept) AS next),"
    " catalogue AS (SELECT * FROM unnest(%(codes)s::text[], %(xps)s::int[],"
    "  %(rules)s::text[], %(thresholds)s::int[], %(of)s::text[], %(titles)s::text[],"
    "  %(descriptions)s::text[]) AS c (code, xp, rule, threshold, activity, title,"
    "  description)),"
    # `settle`: unlock what the facts earn, pay it, and again at the level that reaches,
    # until nothing more is earned.
    " settling (total, codes) AS (SELECT s.total_xp + added.amount, held.codes"
    "  FROM state AS s, added, held"
    "  UNION ALL SELECT t.total + earned.xp, t.codes || earned.codes FROM settling AS t"
    "  CROSS JOIN LATERAL (SELECT sum(c.xp)::int AS xp, array_agg(c.code) AS codes"
    "  FROM catalogue AS c, streak WHERE NOT c.code = ANY(t.codes) AND CASE c.rule"
    "  WHEN 'count' THEN coalesce((SELECT n FROM counted WHERE reason = c.activity), 0)"
    "  WHEN 'entries' THEN (SELECT coalesce(sum(n), 0) FROM counted"
    "   WHERE reason = ANY(%(logs)s::text[]))"
    "  WHEN 'streak' THEN streak.longest"
    "  WHEN 'calorie_days' THEN (SELECT days FROM calories)"
    "  WHEN 'level' THEN " + _level("t.total") + " END >= c.threshold) AS earned"
    "  WHERE earned.codes IS NOT NULL),"
    " settled AS (SELECT total, " + _level("total") + " AS level, codes FROM settling"
    "  ORDER BY cardinality(codes) DESC LIMIT 1),"
    " unlocked AS (SELECT c.* FROM catalogue AS c, settled, held"
    "  WHERE c.code = ANY(settled.codes) AND NOT c.code = ANY(held.codes)),"
    # Each catalogue row is upserted first (the migration does not seed the table, and
    # `loadgen seed` replaces it); the foreign keys are checked at the statement's end,
    # where they see it. An achievement's XP is an xp_events row of its own, keyed by its
    # code, so it too is paid once.
    " listed AS (INSERT INTO achievements (code, title, description, xp)"
    "  SELECT code, title, description, xp FROM unlocked ON CONFLICT (code) DO NOTHING),"
    " achieved AS (INSERT INTO user_achievements (user_id, code, unlocked_at, xp_event_id)"
    "  SELECT %(user_id)s, u.code, %(at)s, added.id FROM unlocked AS u, added"
    "  ON CONFLICT (user_id, code) DO NOTHING),"
    " bonus AS (INSERT INTO xp_events (user_id, amount, reason, source_ref, created_at)"
    "  SELECT %(user_id)s, xp, 'achievement', code, %(at)s FROM unlocked WHERE xp > 0"
    "  ON CONFLICT (user_id, reason, source_ref) DO NOTHING),"
    " reached AS (INSERT INTO level_ups (user_id, level, xp_event_id, reached_at)"
    "  SELECT %(user_id)s, up.level, added.id, %(at)s FROM state AS s, settled, added,"
    "  generate_series(s.level + 1, settled.level) AS up (level)"
    "  ON CONFLICT (user_id, level) DO NOTHING),"
    # The level stored is the highest reached: an undone log may take the XP below it
    # (`undone`), and reaching it again is no news to announce.
    " saved AS (UPDATE user_gamification AS g SET total_xp = settled.total,"
    "  level = greatest(settled.level, s.level), current_streak = k.current,"
    "  longest_streak = k.longest, last_activity_date = k.last_day,"
    "  freeze_days = k.freezes, updated_at = now()"
    "  FROM settled, state AS s, streak AS k WHERE g.user_id = %(user_id)s)"
    " SELECT added.id IS NULL AS repeated,"
    "  coalesce(settled.total - s.total_xp, 0) AS xp_awarded,"
    "  coalesce(settled.total, s.total_xp) AS total_xp,"
    "  coalesce(settled.level, s.level) AS level,"
    "  CASE WHEN added.id IS NULL THEN s.current_streak ELSE k.current END AS streak,"
    "  CASE WHEN added.id IS NULL THEN (SELECT max(level) FROM level_ups"
    "   WHERE user_id = %(user_id)s AND xp_event_id = (SELECT id FROM prior))"
    "  WHEN settled.level > s.level THEN settled.level END AS new_level,"
    "  CASE WHEN added.id IS NULL THEN (SELECT coalesce(array_agg(code), '{}')"
    "   FROM user_achievements WHERE user_id = %(user_id)s"
    "   AND xp_event_id = (SELECT id FROM prior))"
    "  ELSE (SELECT coalesce(array_agg(code), '{}') FROM unlocked) END AS codes,"
    # The first award of its kind in 24 hours that the cap left unpaid is news: no unpaid
    # one since the last paid.
    "  coalesce(added.amount = 0 AND NOT EXISTS (SELECT FROM xp_events"
    "   WHERE user_id = %(user_id)s AND reason = %(reason)s AND amount = 0"
    "   AND created_at > %(at)s::timestamptz - interval '1 day'"
    "   AND id > (SELECT coalesce(max(id), 0) FROM xp_events WHERE user_id = %(user_id)s"
    "   AND reason = %(reason)s AND amount > 0"
    "   AND created_at > %(at)s::timestamptz - interval '1 day')), false) AS capped"
    " FROM state AS s CROSS JOIN streak AS k LEFT JOIN added ON true"
    " LEFT JOIN settled ON true"
)
"""One award, settled (see the module's docstring); one row: `AwardRow`."""


@dataclass(frozen=True, slots=True)
class AwardRow:
    """What `AWARD` did: nothing (`repeated`: paid before, with what it announced then) or
    the XP it paid, the standing after it, and what it unlocked."""

    repeated: bool
    xp_awarded: int
    total_xp: int
    level: int
    streak: int
    new_level: int | None
    codes: list[str]
    capped: bool


# The same on every award: sent as array literals (`array_literal` says why).
_CATALOGUE: Final = {
    "codes": array(a.code for a in ACHIEVEMENTS),
    "xps": array(a.xp for a in ACHIEVEMENTS),
    "rules": array(a.rule.value for a in ACHIEVEMENTS),
    "thresholds": array(a.threshold for a in ACHIEVEMENTS),
    "of": array(None if a.activity is None else a.activity.value for a in ACHIEVEMENTS),
    "titles": array(EN.achievements.get(a.code, (a.code, ""))[0] for a in ACHIEVEMENTS),
    "descriptions": array(EN.achievements.get(a.code, (a.code, ""))[1] for a in ACHIEVEMENTS),
    "step": XP_STEP,
    "every": FREEZE_EVERY_DAYS,
    "max_freezes": MAX_FREEZE_DAYS,
    "activities": array(activity.value for activity in Activity),
    "logs": array(sorted(activity.value for activity in LOGGING)),
    "counted": array(sorted(COUNTED)),
    "most": MOST_COUNTED,
    "default": DEFAULT_KCAL_TARGET,
    "tolerance": CALORIE_TOLERANCE,
}
_CALORIE_WEEK: Final = array(sorted(CALORIE))
_NONE: Final = array(())


def award_params(
    user_id: int,
    kind: Activity,
    source_ref: str,
    local_day: date,
    *,
    amount: int,
    at: datetime,
    daily_cap: int,
    today: date,
) -> dict[str, object]:
    """`AWARD`'s parameters: the award, and the rules and catalogue of `levels.py`.

    `local_day` is the log's day and `today` the user's calendar day at `at`: a log of an
    earlier day is back-filled."""
    first, last = week_of(local_day) if kind is Activity.MEAL else (None, None)
    return {
        **_CATALOGUE,
        "user_id": user_id,
        "reason": kind.value,
        "source_ref": source_ref,
        "amount": amount,
        "at": at,
        "cap": daily_cap,
        "day": local_day,
        "back_filled": local_day < today,
        "logging": kind in LOGGING,
        "first": first,
        "last": last,
        "calorie": _CALORIE_WEEK if first is not None else _NONE,
    }
