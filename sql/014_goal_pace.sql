-- 014_goal_pace: the weekly pace toward the goal weight (user_profiles.target_weight_kg, in
-- the schema since 001, is the goal weight the setup asks for). The energy target follows
-- from the two; a profile without them keeps its goal's fixed adjustment.
ALTER TABLE user_profiles
    -- Kilograms a week toward target_weight_kg: 0.25-0.75 from the setup's buttons (0.5-1.5
    -- lb stored as kg), 0.1-1 typed. NULL: no pace chosen.
    ADD COLUMN weekly_pace_kg numeric(4, 3) CHECK (weekly_pace_kg BETWEEN 0.1 AND 1);
-- Paces chosen before this migration were kept in the preferences, under the same name.
UPDATE user_profiles
    SET weekly_pace_kg = (preferences ->> 'weekly_pace_kg')::numeric,
        preferences = preferences - 'weekly_pace_kg'
    WHERE preferences ? 'weekly_pace_kg';
