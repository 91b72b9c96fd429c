-- Durable delivery: replies are recorded per update and sequence number, so that an update
-- handled again (after a crash or a failed attempt) does not send the same reply twice.
ALTER TABLE outbox
    ADD COLUMN seq integer,
    ADD COLUMN result jsonb,
    ALTER COLUMN payload SET DEFAULT '{}';

-- Replies go with their update when old inbox rows are pruned.
ALTER TABLE outbox
    DROP CONSTRAINT outbox_update_id_fkey,
    ADD CONSTRAINT outbox_update_id_fkey
        FOREIGN KEY (update_id) REFERENCES update_inbox (update_id) ON DELETE CASCADE;

-- "The replies of this update" and at most one record per reply.
DROP INDEX outbox_update_idx;
CREATE UNIQUE INDEX outbox_update_seq_idx ON outbox (update_id, seq);

-- Pruning finished updates by age.
CREATE INDEX update_inbox_finished_idx ON update_inbox (finished_at)
    WHERE status IN ('done', 'failed');
