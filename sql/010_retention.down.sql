-- Rollback of 010_retention.sql.
DROP INDEX reminder_deliveries_claimed_idx;
DROP INDEX conversation_history_created_idx;
