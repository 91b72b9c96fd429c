-- 009_meal_items: the order of a meal's items, which also makes adding one idempotent.
--
-- /log stores the items it understood at once and asks about the others; an answer adds
-- its item at the position the item had in the message. UNIQUE (entry_id, position) makes
-- a retried answer a no-op, and keeps the items in the order the user typed them.
-- `typed` is the item as the user wrote it ("2 eggs"), shown beside the food it was matched
-- to; `size` is the size word they gave ("large"). `usda_id` holds the SR24 NDB number.

ALTER TABLE food_entry_items
    ADD COLUMN position smallint NOT NULL DEFAULT 0 CHECK (position >= 0),
    ADD COLUMN size text CHECK (size IN ('small', 'medium', 'large')),
    ADD COLUMN typed text NOT NULL DEFAULT '',
    ADD CONSTRAINT food_entry_items_entry_position_key UNIQUE (entry_id, position);
-- The unique index above leads with entry_id and serves the items of an entry too.
DROP INDEX food_entry_items_entry_idx;
