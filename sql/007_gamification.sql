-- 007_gamification: freeze days, the leaderboard opt-in, weekly XP by ISO week, level-ups,
-- and announcements keyed by the award that caused them.
--
-- How an award works (healthbot/gamification/service.py): one transaction locks the user's
-- user_gamification row, inserts the xp_events row (ON CONFLICT DO NOTHING on
-- (user_id, reason, source_ref): a retried update pays nothing), advances the streak and the
-- level, and stores what the award unlocked (user_achievements, level_ups) with the id of
-- the xp_events row that caused it. That id is the announcement marker: a level-up or an
-- achievement is announced by the reply to that award and by no other. A retry of the same
-- award finds the same items again (so a crash between the award and its reply loses no
-- announcement), and the reply ledger sends that reply once.

-- Freeze days: one earned per 7 days of streak, at most 2, spent automatically to bridge
-- missed days. The leaderboard shows only those who joined it.
ALTER TABLE user_gamification
    ADD COLUMN freeze_days smallint NOT NULL DEFAULT 0 CHECK (freeze_days BETWEEN 0 AND 2),
    ADD COLUMN leaderboard_opt_in boolean NOT NULL DEFAULT false;
-- Who is on the leaderboard (a few among all users). The board ranks by this week's XP, so
-- 001's index on total_xp serves /leaderboard no more (loadgen's query list still uses it).
CREATE INDEX user_gamification_opt_in_idx ON user_gamification (user_id)
    WHERE leaderboard_opt_in;

-- The ISO week of an award (its Monday, in UTC: one week for everyone on a shared board),
-- computed by PostgreSQL from created_at so that it can never disagree with it.
-- date_trunc on a timestamp without time zone, and AT TIME ZONE with a constant zone, are
-- IMMUTABLE, as a generated column requires (date_trunc on timestamptz is only STABLE).
ALTER TABLE xp_events
    ADD COLUMN week date NOT NULL
        GENERATED ALWAYS AS ((date_trunc('week', created_at AT TIME ZONE 'UTC'))::date) STORED;
-- Weekly XP: a board member's XP this week is one range of this index, and the whole
-- week's XP one range too (index-only scans: amount is included).
CREATE INDEX xp_events_week_user_idx ON xp_events (week, user_id) INCLUDE (amount);

-- The award whose reply announces an achievement (NULL: unlocked some other way). No
-- foreign key: both rows go with their user, and a key would make deleting a user's
-- events look up this table once per event.
ALTER TABLE user_achievements ADD COLUMN xp_event_id bigint;

-- Levels reached, each announced once by the reply to the award that reached it.
CREATE TABLE level_ups (
    user_id     bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    level       integer NOT NULL CHECK (level >= 2),
    xp_event_id bigint NOT NULL,
    reached_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, level)
);

-- The achievements catalogue is not seeded here: `loadgen seed` refuses a database that
-- holds rows, and replaces this table with its own. healthbot/gamification/levels.py holds
-- the codes, rules and XP; the statement that unlocks an achievement upserts its catalogue
-- row first, so the foreign key always finds it, whoever filled the table.
