-- Idempotent feature writes: a retried update or job writes nothing twice.
--
-- A handler (or a job) runs again from the start after a crash, a failure or a restart.
-- Every row a feature writes on a user's behalf carries the key of the operation that wrote
-- it (healthbot.ops.OpKey.step: "update:<id>/<step>" or "job:<name>:<occurrence>/<step>"),
-- and is inserted with ON CONFLICT (user_id, idempotency_key) DO NOTHING. Unique per user:
-- update ids are per bot and Telegram may start them again after a quiet week, so a key
-- alone could meet another user's row. NULL is allowed (rows written by hand or by
-- `loadgen seed`); a unique constraint treats NULLs as distinct.
-- xp_events already has its own key (user_id, reason, source_ref); user_achievements its
-- primary key.

ALTER TABLE food_entries ADD COLUMN idempotency_key text,
    ADD CONSTRAINT food_entries_idempotency_key_key UNIQUE (user_id, idempotency_key);
ALTER TABLE water_logs ADD COLUMN idempotency_key text,
    ADD CONSTRAINT water_logs_idempotency_key_key UNIQUE (user_id, idempotency_key);
ALTER TABLE weight_logs ADD COLUMN idempotency_key text,
    ADD CONSTRAINT weight_logs_idempotency_key_key UNIQUE (user_id, idempotency_key);
ALTER TABLE reminders ADD COLUMN idempotency_key text,
    ADD CONSTRAINT reminders_idempotency_key_key UNIQUE (user_id, idempotency_key);
ALTER TABLE conversation_history ADD COLUMN idempotency_key text,
    ADD CONSTRAINT conversation_history_idempotency_key_key UNIQUE (user_id, idempotency_key);
