DROP TABLE update_quarantine;
DROP INDEX outbox_job_created_idx;
DROP INDEX outbox_update_idx;
DROP INDEX outbox_delivery_seq_idx;
-- Job replies have no update to be keyed by.
DELETE FROM outbox WHERE update_id IS NULL AND delivery_key IS NOT NULL;
CREATE UNIQUE INDEX outbox_update_seq_idx ON outbox (update_id, seq);
ALTER TABLE outbox DROP COLUMN delivery_key;
