-- Undo 024_weight_corrected.
ALTER TABLE weight_logs DROP COLUMN corrected_by, DROP COLUMN corrected_from;
