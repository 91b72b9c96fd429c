ALTER TABLE conversation_history DROP COLUMN idempotency_key;
ALTER TABLE reminders DROP COLUMN idempotency_key;
ALTER TABLE weight_logs DROP COLUMN idempotency_key;
ALTER TABLE water_logs DROP COLUMN idempotency_key;
ALTER TABLE food_entries DROP COLUMN idempotency_key;
