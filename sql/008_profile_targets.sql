-- 008_profile_targets: what onboarding and /profile store beside the columns of 001.
--
-- daily_kcal_target (001) stays the one energy target every feature reads; these columns
-- say where it came from and add the rest of the targets. A NULL macro target means
-- "derived from the energy target" (healthbot.profile.targets: a 20/30/50 split of protein,
-- fat and carbohydrate energy). Body weight is not here: it is the latest row of weight_logs.

ALTER TABLE user_profiles
    -- What the user asked to be called (users.first_name is Telegram's and is refreshed on
    -- every /start).
    ADD COLUMN display_name text CHECK (char_length(display_name) BETWEEN 1 AND 64),
    -- True when the user typed the energy target: a profile change then keeps it, where a
    -- computed one is recomputed.
    ADD COLUMN kcal_target_manual boolean NOT NULL DEFAULT false,
    ADD COLUMN protein_g_target integer CHECK (protein_g_target BETWEEN 0 AND 1000),
    ADD COLUMN carbs_g_target integer CHECK (carbs_g_target BETWEEN 0 AND 2000),
    ADD COLUMN fat_g_target integer CHECK (fat_g_target BETWEEN 0 AND 1000),
    -- When the user last finished the setup dialog (NULL: never; /start offers it).
    ADD COLUMN onboarded_at timestamptz;
