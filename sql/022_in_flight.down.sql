-- Undo 022_in_flight.
DROP INDEX update_inbox_message_idx;
DROP INDEX outbox_message_idx;
DROP INDEX outbox_in_flight_idx;
DELETE FROM outbox WHERE status = 'pending' AND after_message_id IS NOT NULL;
ALTER TABLE update_inbox DROP COLUMN message_id;
ALTER TABLE outbox DROP COLUMN after_message_id;
