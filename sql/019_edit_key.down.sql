-- Undo 019_edit_key.
ALTER TABLE food_entries DROP COLUMN edited_by;
