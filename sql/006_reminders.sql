-- Reminders: what each occurrence became (sent, skipped, the user's answer), the optional
-- "skip if a meal was logged" condition, and why a reminder is paused.
--
-- The scheduler claims due reminders (reminders_due_idx, FOR UPDATE SKIP LOCKED), advances
-- next_run_at and inserts the occurrence here in the same transaction, so that each
-- occurrence is claimed once whatever the number of daemons. A 'pending' row is being sent
-- by the scheduler instance named in `owner` (each holds a session advisory lock on its id
-- while it lives); a live instance takes over the pending rows of a dead one and sends them
-- under the same reply-ledger key, which the ledger sends at most once.

ALTER TABLE reminders
    -- Skip an occurrence when the user logged a meal within this many hours before it.
    ADD COLUMN skip_if_meal_hours smallint CHECK (skip_if_meal_hours BETWEEN 1 AND 24),
    -- Why an inactive reminder with a next run is paused: by the user, or the user blocked
    -- the bot (a 403). A done one-off is inactive with next_run_at NULL.
    ADD COLUMN paused_reason text CHECK (paused_reason IN ('user', 'blocked'));

CREATE TABLE reminder_deliveries (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    reminder_id bigint NOT NULL REFERENCES reminders (id) ON DELETE CASCADE,
    user_id     bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    occurrence  timestamptz NOT NULL,  -- the due instant: with reminder_id, the identity
    status      text NOT NULL DEFAULT 'pending'
                CHECK (status IN ('pending', 'sent', 'skipped', 'blocked', 'failed')),
    -- Why an occurrence was not sent: 'late' (past the grace window after downtime) or
    -- 'meal' (the condition held).
    skip_reason text CHECK (skip_reason IN ('late', 'meal')),
    owner       integer,  -- the scheduler instance sending a pending row
    attempts    smallint NOT NULL DEFAULT 1,  -- instances that took it on
    claimed_at  timestamptz NOT NULL DEFAULT now(),
    sent_at     timestamptz,
    message_id  bigint,
    -- The user's answer with the buttons.
    outcome     text CHECK (outcome IN ('done', 'skipped', 'snoozed')),
    outcome_at  timestamptz,
    UNIQUE (reminder_id, occurrence)
);
-- What a starting (or surviving) instance looks for: pending rows, by owner. Partial: it
-- holds only what is in flight.
CREATE INDEX reminder_deliveries_pending_idx ON reminder_deliveries (owner)
    WHERE status = 'pending';
-- A user's deliveries (erase cascades through it; the buttons check user_id with the id).
CREATE INDEX reminder_deliveries_user_idx ON reminder_deliveries (user_id);
