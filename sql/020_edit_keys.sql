-- 020_edit_keys: every edit of an entry is written once, not only its last.
--
-- 019 kept one key per entry (food_entries.edited_by, the edit that reworked it last): a
-- retry of an older edit that came after a later edit of the same entry found another key
-- there and was applied again ("add a coffee" retried after "no cheese": two coffees).
-- Each edit's key is now a row of its own, written in the edit's transaction; an entry's
-- keys go with it (and with its user).

CREATE TABLE food_entry_edits (
    entry_id        bigint NOT NULL,
    user_id         bigint NOT NULL,
    idempotency_key text NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (entry_id, idempotency_key),
    FOREIGN KEY (entry_id, user_id) REFERENCES food_entries (id, user_id) ON DELETE CASCADE
);
-- /deleteme and the export go by user.
CREATE INDEX food_entry_edits_user_idx ON food_entry_edits (user_id);

INSERT INTO food_entry_edits (entry_id, user_id, idempotency_key)
    SELECT id, user_id, edited_by FROM food_entries WHERE edited_by IS NOT NULL;
ALTER TABLE food_entries DROP COLUMN edited_by;
