DROP TABLE coach_preferences;
DROP TABLE coach_usage;
DROP TABLE coach_rounds;
