-- 018_undo_order: /undo goes by when a row was logged, not by when what it records happened.
--
-- A weigh-in for an earlier day ('/weight yesterday 80.6') has logged_at yesterday; /undo
-- took the last row by logged_at, so it removed something logged before it. created_at is
-- when the row was written (the app's clock, as food_entries.created_at is); rows before
-- this migration were written when they say.
--
-- restored_by is the key of the /undo that brought the row back after a card's Delete, so
-- that a retried /undo says so again instead of bringing back or removing one more thing.

ALTER TABLE water_logs ADD COLUMN created_at timestamptz;
ALTER TABLE weight_logs ADD COLUMN created_at timestamptz;
UPDATE water_logs SET created_at = logged_at;
UPDATE weight_logs SET created_at = logged_at;
ALTER TABLE water_logs ALTER COLUMN created_at SET NOT NULL,
    ALTER COLUMN created_at SET DEFAULT now(), ADD COLUMN restored_by text;
ALTER TABLE weight_logs ALTER COLUMN created_at SET NOT NULL,
    ALTER COLUMN created_at SET DEFAULT now(), ADD COLUMN restored_by text;
ALTER TABLE food_entries ADD COLUMN restored_by text;
