-- 010_retention: indexes the hourly retention prune (healthbot/retention.py) walks, so that
-- each of its batches finds its rows through an index rather than by scanning the table
-- (after a prune, new rows reuse the freed space: old rows are no longer at the table's start).

-- Conversation history past retention.conversation_days.
CREATE INDEX conversation_history_created_idx ON conversation_history (created_at);
-- Finished reminder occurrences past retention.reminder_deliveries_days. Pending ones are
-- never pruned, and are few: the partial index leaves them out.
CREATE INDEX reminder_deliveries_claimed_idx ON reminder_deliveries (claimed_at)
    WHERE status <> 'pending';
