-- Undo 013_undo: removed water and weigh-ins are deleted for good first (without the
-- column they would count again).
DELETE FROM water_logs WHERE deleted_at IS NOT NULL;
DELETE FROM weight_logs WHERE deleted_at IS NOT NULL;
ALTER TABLE water_logs DROP COLUMN deleted_at, DROP COLUMN deleted_by;
ALTER TABLE weight_logs DROP COLUMN deleted_at, DROP COLUMN deleted_by;
ALTER TABLE food_entries DROP COLUMN deleted_by;
