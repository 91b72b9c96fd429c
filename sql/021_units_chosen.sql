-- 021_units_chosen: units follow what a user types until they choose them.
--
-- A user who skipped the setup and typed "/weight 11 st 4" or "160 lb" saw every weight in
-- kg: units were 'metric' by default, and a default could not be told from a choice.
-- units_chosen is true once the user chose (the setup's question, /units, /profile, the
-- coach told); until then a weight or water typed in the other units switches them.
-- Imperial was always a choice; metric may have been one too, but cannot be told: it
-- follows what is typed next, which is what such a user types.

ALTER TABLE user_profiles ADD COLUMN units_chosen boolean NOT NULL DEFAULT false;
UPDATE user_profiles SET units_chosen = true WHERE units = 'imperial';
