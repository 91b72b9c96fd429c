DROP INDEX update_inbox_finished_idx;
DROP INDEX outbox_update_seq_idx;
CREATE INDEX outbox_update_idx ON outbox (update_id);
ALTER TABLE outbox
    DROP CONSTRAINT outbox_update_id_fkey,
    ADD CONSTRAINT outbox_update_id_fkey
        FOREIGN KEY (update_id) REFERENCES update_inbox (update_id) ON DELETE SET NULL;
ALTER TABLE outbox
    DROP COLUMN result,
    DROP COLUMN seq,
    ALTER COLUMN payload DROP DEFAULT;
