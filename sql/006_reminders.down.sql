-- Rollback of 006_reminders.sql.
DROP TABLE IF EXISTS reminder_deliveries;
ALTER TABLE reminders DROP COLUMN IF EXISTS paused_reason,
    DROP COLUMN IF EXISTS skip_if_meal_hours;
