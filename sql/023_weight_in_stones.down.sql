-- Undo 023_weight_in_stones.
ALTER TABLE user_profiles DROP COLUMN weight_in_stones;
