-- Rollback of 001_initial: drop everything it created, in reverse order.

DROP TABLE IF EXISTS outbox;
DROP TABLE IF EXISTS update_inbox;
DROP TABLE IF EXISTS user_achievements;
DROP TABLE IF EXISTS achievements;
DROP TABLE IF EXISTS user_gamification;
DROP TABLE IF EXISTS xp_events;
DROP TABLE IF EXISTS reminders;
DROP TABLE IF EXISTS weight_logs;
DROP TABLE IF EXISTS water_logs;
DROP TABLE IF EXISTS food_entry_items;
DROP TABLE IF EXISTS food_entries;
DROP TABLE IF EXISTS conversation_history;
DROP TABLE IF EXISTS user_profiles;
DROP TABLE IF EXISTS users;

-- mem0 keeps its memories in tables of its own that use the vector type: drop the
-- extension only when nothing uses it any more, rather than fail the rollback or take
-- the memories with it.
DO $$
BEGIN
    DROP EXTENSION IF EXISTS vector;
EXCEPTION WHEN dependent_objects_still_exist THEN
    RAISE NOTICE 'extension vector is still in use; keeping it';
END
$$;
