-- 013_undo: every kind of log can be removed and brought back (/undo, /history's Delete).
--
-- Water and weigh-ins are removed softly, as meals already are: the row keeps deleted_at,
-- and every read of the logs filters on deleted_at IS NULL. deleted_by is the key of the
-- operation that removed the row (healthbot.ops.OpKey.step), so that a retried /undo finds
-- what it removed the first time instead of removing one thing more; NULL once restored
-- (or when removed by a button, which names its row).

ALTER TABLE water_logs ADD COLUMN deleted_at timestamptz, ADD COLUMN deleted_by text;
ALTER TABLE weight_logs ADD COLUMN deleted_at timestamptz, ADD COLUMN deleted_by text;
ALTER TABLE food_entries ADD COLUMN deleted_by text;
