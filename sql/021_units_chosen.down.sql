-- Undo 021_units_chosen.
ALTER TABLE user_profiles DROP COLUMN units_chosen;
