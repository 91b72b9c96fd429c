-- Rollback of 015_reminder_times.sql.
DROP TABLE IF EXISTS reminder_times;
