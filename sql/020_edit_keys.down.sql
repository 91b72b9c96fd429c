-- Undo 020_edit_keys: the entry keeps the key of its newest edit again.
ALTER TABLE food_entries ADD COLUMN edited_by text;
UPDATE food_entries e SET edited_by = (
    SELECT idempotency_key FROM food_entry_edits k WHERE k.entry_id = e.id
    ORDER BY created_at DESC LIMIT 1
);
DROP TABLE food_entry_edits;
