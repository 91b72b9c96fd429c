-- 012_coach_memory: the coach's semantic memories (stored by mem0) and their durable write queue.

-- mem0's pgvector collection for the default embedder (all-MiniLM-L6-v2, 384 dimensions), in
-- the exact shape mem0 2.2 creates (id, vector, payload), so that mem0 finds it and uses it.
-- Another embedder gets a collection of its own, made the same way when the store opens.
-- No HNSW index: every search is scoped to one user, whose few memories an index on the
-- user id finds; a user-scoped search through HNSW (mem0's default) filters by user after
-- pgvector 0.6 has looked at only 40 candidates, and so finds nothing among many users.
CREATE TABLE coach_memories (
    id      uuid PRIMARY KEY,
    vector  vector(384),
    payload jsonb
);
CREATE INDEX coach_memories_user_idx ON coach_memories ((payload->>'user_id'));
-- Which queued write a memory came from: a write retried after a crash finds it.
CREATE INDEX coach_memories_write_idx ON coach_memories ((payload->>'write_id'))
    WHERE payload ? 'write_id';

-- Memories to write, off the reply path. A row is enqueued once per (user, key) (a retried
-- update enqueues nothing twice) and keeps the text only until it is written.
CREATE TABLE coach_memory_writes (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id    bigint NOT NULL,
    key        text NOT NULL,
    text       text,
    status     text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'failed')),
    attempts   integer NOT NULL DEFAULT 0,
    not_before timestamptz NOT NULL DEFAULT now(),
    memory_id  uuid,
    error      text,
    created_at timestamptz NOT NULL DEFAULT now(),
    written_at timestamptz,
    UNIQUE (user_id, key)
);
CREATE INDEX coach_memory_writes_pending_idx ON coach_memory_writes (id)
    WHERE status = 'pending';
