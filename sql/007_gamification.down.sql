-- Rollback of 007_gamification.sql.
DROP TABLE level_ups;
ALTER TABLE user_achievements DROP COLUMN xp_event_id;
DROP INDEX xp_events_week_user_idx;
ALTER TABLE xp_events DROP COLUMN week;
DROP INDEX user_gamification_opt_in_idx;
ALTER TABLE user_gamification DROP COLUMN leaderboard_opt_in, DROP COLUMN freeze_days;
