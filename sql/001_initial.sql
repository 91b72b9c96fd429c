-- 001_initial: the whole product's first schema. Later migrations extend it.
--
-- Conventions: every timestamp is timestamptz; every table a user owns references
-- users(id) ON DELETE CASCADE, and its hot index leads with user_id, which also serves the
-- cascade; "local_date" is the user's calendar day at the time of the event, stored so
-- that "today" is an index lookup rather than a timezone computation per row.
-- The runner wraps this file in one transaction: no BEGIN/COMMIT here.

-- pgvector, for the coach's semantic memories (mem0 creates its own tables). The extension
-- is not "trusted": on a server of your own, a superuser creates it once beforehand.
CREATE EXTENSION IF NOT EXISTS vector;

-- People who talk to the bot; id is the Telegram user id.
CREATE TABLE users (
    id            bigint PRIMARY KEY,  -- the Telegram user id
    username      text,
    first_name    text NOT NULL DEFAULT '',
    last_name     text,
    language_code text,
    timezone      text NOT NULL DEFAULT 'UTC',  -- IANA name, validated by the application
    is_active     boolean NOT NULL DEFAULT true,
    is_blocked    boolean NOT NULL DEFAULT false,  -- the user blocked the bot (HTTP 403)
    blocked_at    timestamptz,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    last_seen_at  timestamptz NOT NULL DEFAULT now()
);

-- What the coach knows for sure about a user: body, goal, targets, diet. One row per user.
CREATE TABLE user_profiles (
    user_id               bigint PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    sex                   text CHECK (sex IN ('male', 'female', 'other')),
    birth_year            smallint CHECK (birth_year BETWEEN 1900 AND 2100),
    height_cm             numeric(4, 1) CHECK (height_cm BETWEEN 50 AND 272),
    activity_level        text CHECK (
        activity_level IN ('sedentary', 'light', 'moderate', 'active', 'very_active')
    ),
    goal                  text CHECK (goal IN ('lose', 'maintain', 'gain')),
    target_weight_kg      numeric(5, 2) CHECK (target_weight_kg BETWEEN 20 AND 500),
    daily_kcal_target     integer CHECK (daily_kcal_target BETWEEN 500 AND 10000),
    daily_water_ml_target integer CHECK (daily_water_ml_target BETWEEN 250 AND 10000),
    units                 text NOT NULL DEFAULT 'metric' CHECK (units IN ('metric', 'imperial')),
    diet                  text[] NOT NULL DEFAULT '{}',  -- e.g. {vegetarian, halal}
    allergies             text[] NOT NULL DEFAULT '{}',  -- e.g. {peanuts}
    preferences           jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(preferences) = 'object'),
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now()
);

-- The coach's conversation, one row per message (tool calls and results included).
CREATE TABLE conversation_history (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id      bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role         text NOT NULL CHECK (role IN ('user', 'assistant', 'tool')),
    content      text NOT NULL,
    message_type text NOT NULL DEFAULT 'text',
    metadata     jsonb NOT NULL DEFAULT '{}',
    created_at   timestamptz NOT NULL DEFAULT now()
);
-- "The last N messages of a user". The seed's index INCLUDEd content: a btree entry is
-- limited to about 2,700 bytes, so one long message (Telegram allows 4,096 characters, up
-- to 4 bytes each) would fail to insert. Without it, N heap fetches for N rows is cheap.
-- id breaks ties between messages stored in the same transaction (same now()).
CREATE INDEX conversation_history_user_recent_idx
    ON conversation_history (user_id, created_at DESC, id DESC);

-- A meal as the user reported it, with its totals. Deleted rows are kept (deleted_at) so
-- that "undo" can bring them back; queries filter on deleted_at IS NULL.
CREATE TABLE food_entries (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id     bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    eaten_at    timestamptz NOT NULL DEFAULT now(),
    local_date  date NOT NULL,
    meal        text NOT NULL CHECK (meal IN ('breakfast', 'lunch', 'dinner', 'snack')),
    description text NOT NULL DEFAULT '',  -- what the user wrote
    source      text NOT NULL DEFAULT 'text' CHECK (source IN ('text', 'photo', 'manual', 'coach')),
    kcal        numeric(8, 2) NOT NULL DEFAULT 0 CHECK (kcal >= 0),
    protein_g   numeric(8, 2) NOT NULL DEFAULT 0 CHECK (protein_g >= 0),
    carbs_g     numeric(8, 2) NOT NULL DEFAULT 0 CHECK (carbs_g >= 0),
    fat_g       numeric(8, 2) NOT NULL DEFAULT 0 CHECK (fat_g >= 0),
    fiber_g     numeric(8, 2) NOT NULL DEFAULT 0 CHECK (fiber_g >= 0),
    created_at  timestamptz NOT NULL DEFAULT now(),
    deleted_at  timestamptz,
    -- Target of food_entry_items' composite key, which keeps their user_id honest.
    UNIQUE (id, user_id)
);
-- A user's entries over a time range, newest first. The seed made this partial on
-- "timestamp > CURRENT_TIMESTAMP - interval '30 days'", which PostgreSQL refuses: an index
-- predicate may only use IMMUTABLE functions (and would go stale anyway).
CREATE INDEX food_entries_user_eaten_idx ON food_entries (user_id, eaten_at DESC);
-- A user's entries for one calendar day: "today's summary".
CREATE INDEX food_entries_user_day_idx ON food_entries (user_id, local_date);

-- The foods one entry is made of, with per-item nutrition.
CREATE TABLE food_entry_items (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    entry_id  bigint NOT NULL,
    -- Copied from the entry for per-user food analytics without a join; the composite
    -- foreign key below guarantees it matches the entry's.
    user_id   bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    food_name text NOT NULL,
    usda_id   text,  -- USDA food id when matched, else NULL
    quantity  numeric(10, 2) CHECK (quantity > 0),
    unit      text,  -- as the user said it: "slice", "cup", "g"
    grams     numeric(8, 2) CHECK (grams >= 0),
    kcal      numeric(8, 2) NOT NULL DEFAULT 0 CHECK (kcal >= 0),
    protein_g numeric(8, 2) NOT NULL DEFAULT 0 CHECK (protein_g >= 0),
    carbs_g   numeric(8, 2) NOT NULL DEFAULT 0 CHECK (carbs_g >= 0),
    fat_g     numeric(8, 2) NOT NULL DEFAULT 0 CHECK (fat_g >= 0),
    fiber_g   numeric(8, 2) NOT NULL DEFAULT 0 CHECK (fiber_g >= 0),
    FOREIGN KEY (entry_id, user_id) REFERENCES food_entries (id, user_id) ON DELETE CASCADE
);
-- The items of an entry (and the cascade from food_entries).
CREATE INDEX food_entry_items_entry_idx ON food_entry_items (entry_id);
-- The seed's analytics index: "how often does this user eat X", a user's usual foods.
CREATE INDEX food_entry_items_user_food_idx ON food_entry_items (user_id, food_name);

-- Water drunk, one row per log.
CREATE TABLE water_logs (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id    bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    amount_ml  integer NOT NULL CHECK (amount_ml > 0 AND amount_ml <= 5000),
    logged_at  timestamptz NOT NULL DEFAULT now(),
    local_date date NOT NULL
);
CREATE INDEX water_logs_user_logged_idx ON water_logs (user_id, logged_at DESC);
-- "Water today" by the user's calendar day.
CREATE INDEX water_logs_user_day_idx ON water_logs (user_id, local_date);

-- Body weight, one row per weigh-in.
CREATE TABLE weight_logs (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id   bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    weight_kg numeric(5, 2) NOT NULL CHECK (weight_kg BETWEEN 20 AND 500),
    logged_at timestamptz NOT NULL DEFAULT now(),
    note      text
);
CREATE INDEX weight_logs_user_logged_idx ON weight_logs (user_id, logged_at DESC);

-- Reminders. schedule is {"times": ["08:00", "20:00"], "days": [1, 2, 3, 4, 5]} (ISO
-- weekdays, 1 = Monday; days absent = every day) or {"every_minutes": 90}; times are read
-- in `timezone`. The scheduler keeps next_run_at (UTC instant of the next firing) current.
CREATE TABLE reminders (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id     bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind        text NOT NULL CHECK (kind IN ('water', 'meal', 'weight', 'medication', 'custom')),
    text        text NOT NULL DEFAULT '',
    schedule    jsonb NOT NULL CHECK (jsonb_typeof(schedule) = 'object'),
    timezone    text NOT NULL DEFAULT 'UTC',
    next_run_at timestamptz,
    last_run_at timestamptz,
    active      boolean NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
-- The seed's index: one user's active reminders, next first. Partial, so it stays small;
-- inactive ones are few per user and found through this table's seq scan only when a user
-- is deleted.
CREATE INDEX reminders_user_active_idx ON reminders (user_id, next_run_at) WHERE active;
-- The scheduler's "due now": WHERE active AND next_run_at <= now() ORDER BY next_run_at.
CREATE INDEX reminders_due_idx ON reminders (next_run_at) WHERE active;

-- Gamification. The XP ledger: one row per award. source_ref names what earned it
-- ("food_entry:123", "day:2025-01-31"), so awarding the same thing twice is a no-op
-- (INSERT ... ON CONFLICT DO NOTHING).
CREATE TABLE xp_events (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id    bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    amount     integer NOT NULL,
    reason     text NOT NULL,
    source_ref text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (user_id, reason, source_ref)
);

-- Each user's XP total, level and streaks, kept in step with xp_events.
CREATE TABLE user_gamification (
    user_id            bigint PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    total_xp           bigint NOT NULL DEFAULT 0 CHECK (total_xp >= 0),
    level              integer NOT NULL DEFAULT 1 CHECK (level >= 1),
    current_streak     integer NOT NULL DEFAULT 0 CHECK (current_streak >= 0),
    longest_streak     integer NOT NULL DEFAULT 0 CHECK (longest_streak >= current_streak),
    last_activity_date date,  -- the user's calendar day of the last activity
    updated_at         timestamptz NOT NULL DEFAULT now()
);
-- The leaderboard, as an index-only scan. The seed's index INCLUDEd (level, streak) but
-- not the user: user_id is a key column here, which also orders ties the same way every time.
CREATE INDEX user_gamification_leaderboard_idx
    ON user_gamification (total_xp DESC, user_id) INCLUDE (level, current_streak);

-- The catalogue of achievements.
CREATE TABLE achievements (
    code        text PRIMARY KEY,  -- e.g. 'first_meal', 'streak_7'
    title       text NOT NULL,
    description text NOT NULL DEFAULT '',
    xp          integer NOT NULL DEFAULT 0 CHECK (xp >= 0)
);

-- Achievements a user has unlocked.
CREATE TABLE user_achievements (
    user_id     bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code        text NOT NULL REFERENCES achievements (code) ON UPDATE CASCADE,
    unlocked_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, code)
);

-- Durable intake: every Telegram update, stored before getUpdates confirms it. update_id
-- makes a re-delivery a no-op. No foreign key to users: an update arrives before its
-- sender has a row. Old finished rows are pruned by update_id range (the primary key).
CREATE TABLE update_inbox (
    update_id   bigint PRIMARY KEY,
    chat_id     bigint,  -- NULL for updates without a chat
    user_id     bigint,
    kind        text NOT NULL,  -- message, callback_query, ...
    payload     jsonb NOT NULL,
    status      text NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'processing', 'done', 'failed')),
    attempts    integer NOT NULL DEFAULT 0,
    last_error  text,
    received_at timestamptz NOT NULL DEFAULT now(),
    started_at  timestamptz,
    finished_at timestamptz
);
-- Work left after a crash or restart, in arrival order; tiny, since most rows are done.
CREATE INDEX update_inbox_unfinished_idx ON update_inbox (update_id)
    WHERE status IN ('pending', 'processing');

-- Durable replies: a Bot API call to make, stored with the update that caused it.
CREATE TABLE outbox (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    update_id           bigint REFERENCES update_inbox (update_id) ON DELETE SET NULL,
    chat_id             bigint NOT NULL,
    method              text NOT NULL,  -- sendMessage, editMessageText, ...
    payload             jsonb NOT NULL,
    status              text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
    telegram_message_id bigint,
    attempts            integer NOT NULL DEFAULT 0,
    last_error          text,
    created_at          timestamptz NOT NULL DEFAULT now(),
    sent_at             timestamptz
);
-- Replies still to send, oldest first.
CREATE INDEX outbox_pending_idx ON outbox (id) WHERE status = 'pending';
-- For ON DELETE SET NULL when inbox rows are pruned (else a seq scan per deleted update),
-- and for "the replies of this update".
CREATE INDEX outbox_update_idx ON outbox (update_id);
