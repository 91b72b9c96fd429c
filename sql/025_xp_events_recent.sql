-- 025_xp_events_recent: an award's daily cap reads the user's paid events of the activity
-- in the 24 hours before it (gamification/award_sql.py, AWARD's `added`), and its counts
-- read at most 100 of them. Through the unique index on (user_id, reason, source_ref) both
-- walked every event of the activity the user ever had, each a heap row for its amount and
-- instant: about 2.0 ms of the server's CPU an award for a user with 1,500 meal events,
-- against 1.2-1.6 ms for a new user (README, issue 23's fifth round). On this index the cap
-- is one range of the last day, read from the index alone.
CREATE INDEX xp_events_user_reason_at_idx ON xp_events (user_id, reason, created_at)
    INCLUDE (amount);
