-- Rollback of 008_profile_targets.
ALTER TABLE user_profiles
    DROP COLUMN display_name,
    DROP COLUMN kcal_target_manual,
    DROP COLUMN protein_g_target,
    DROP COLUMN carbs_g_target,
    DROP COLUMN fat_g_target,
    DROP COLUMN onboarded_at;
