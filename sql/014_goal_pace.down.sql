-- Rollback of 014_goal_pace: the paces go back into the preferences, where they were kept.
UPDATE user_profiles
    SET preferences = preferences || jsonb_build_object('weekly_pace_kg', weekly_pace_kg)
    WHERE weekly_pace_kg IS NOT NULL;
ALTER TABLE user_profiles DROP COLUMN weekly_pace_kg;
