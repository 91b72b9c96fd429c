-- 015_reminder_times: the user's own times for the period words of reminders ("every
-- morning", "at bedtime"). A word without a row here stands for its default
-- (healthbot.reminders.periods.DEFAULT_TIMES); a change applies to reminders set after it,
-- as a reminder stores the time it was set for.
CREATE TABLE reminder_times (
    user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    word    text   NOT NULL CHECK (word IN (
        'morning', 'afternoon', 'evening', 'night', 'breakfast', 'lunch', 'dinner', 'bedtime')),
    at      time   NOT NULL,
    PRIMARY KEY (user_id, word)
);
