-- Rollback of 012_coach_memory.sql.
DROP TABLE coach_memory_writes;
DROP TABLE coach_memories;
