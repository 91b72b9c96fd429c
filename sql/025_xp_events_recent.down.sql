-- 025_xp_events_recent, rolled back.
DROP INDEX xp_events_user_reason_at_idx;
