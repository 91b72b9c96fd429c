-- 011_coach: what the AI coach keeps besides the conversation (001).

-- Each model round of an answer, once finished: a retried update (a crash, a failure, a
-- restart) reads the rounds it already paid for instead of calling the model again, and so
-- takes the same tool calls with the same inputs (their writes are keyed by round too).
CREATE TABLE coach_rounds (
    op_key     text NOT NULL,
    round      smallint NOT NULL CHECK (round >= 0),
    user_id    bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    response   jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (op_key, round)
);
CREATE INDEX coach_rounds_created_idx ON coach_rounds (created_at);

-- Tokens and estimated cost per user and UTC day: the daily budget reads it, and each
-- round adds to it once (in the statement that stores the round).
CREATE TABLE coach_usage (
    user_id            bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    day                date NOT NULL,
    requests           integer NOT NULL DEFAULT 0,
    input_tokens       bigint NOT NULL DEFAULT 0,
    output_tokens      bigint NOT NULL DEFAULT 0,
    cache_read_tokens  bigint NOT NULL DEFAULT 0,
    cache_write_tokens bigint NOT NULL DEFAULT 0,
    cost_usd           numeric(12, 6) NOT NULL DEFAULT 0,
    PRIMARY KEY (user_id, day)
);

-- What the user told the coach about their eating, kept as rows so that every prompt has
-- them (not left to a semantic search): diet, allergies, dislikes, units.
CREATE TABLE coach_preferences (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id    bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind       text NOT NULL CHECK (kind IN ('diet', 'allergy', 'dislike', 'units')),
    value      text NOT NULL CHECK (length(value) BETWEEN 1 AND 200),
    created_at timestamptz NOT NULL DEFAULT now()
);
-- One row per thing said: "allergic to peanuts" twice is one allergy; a diet or units
-- replaces the one before (the code deletes it in the same transaction).
CREATE UNIQUE INDEX coach_preferences_one_idx ON coach_preferences (user_id, kind, lower(value));
