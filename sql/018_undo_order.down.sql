-- Undo 018_undo_order.
ALTER TABLE water_logs DROP COLUMN created_at, DROP COLUMN restored_by;
ALTER TABLE weight_logs DROP COLUMN created_at, DROP COLUMN restored_by;
ALTER TABLE food_entries DROP COLUMN restored_by;
