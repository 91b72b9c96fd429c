-- No update blocks another, and background jobs share the reply ledger.

-- Replies are recorded under a delivery key: "update:<id>" for an update's handler,
-- "job:<key>" for a background job, so that a job run again sends nothing twice either.
-- update_id stays (NULL for jobs) so that pruning an update still takes its replies along.
ALTER TABLE outbox ADD COLUMN delivery_key text;
UPDATE outbox SET delivery_key = 'update:' || update_id WHERE update_id IS NOT NULL;
DROP INDEX outbox_update_seq_idx;
CREATE UNIQUE INDEX outbox_delivery_seq_idx ON outbox (delivery_key, seq);
-- For ON DELETE CASCADE when inbox rows are pruned.
CREATE INDEX outbox_update_idx ON outbox (update_id);
-- Pruning job replies (no update to cascade from) by age.
CREATE INDEX outbox_job_created_idx ON outbox (created_at) WHERE update_id IS NULL;

-- Updates the inbox could not store (PostgreSQL refused their data): kept apart with the
-- error, their raw JSON as bytes (it may hold what text and jsonb cannot), so that they
-- are never retried forever and never hold up the rest of their batch.
CREATE TABLE update_quarantine (
    update_id   bigint PRIMARY KEY,
    chat_id     bigint,
    user_id     bigint,
    kind        text NOT NULL,
    raw         bytea,  -- cleared after telegram.failed_retention_hours (personal data)
    error       text NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX update_quarantine_received_idx ON update_quarantine (received_at);
