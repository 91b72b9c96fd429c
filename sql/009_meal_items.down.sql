-- Rollback of 009_meal_items.sql.
CREATE INDEX food_entry_items_entry_idx ON food_entry_items (entry_id);
ALTER TABLE food_entry_items
    DROP CONSTRAINT food_entry_items_entry_position_key,
    DROP COLUMN typed,
    DROP COLUMN size,
    DROP COLUMN position;
