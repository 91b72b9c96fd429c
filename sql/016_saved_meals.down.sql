-- Rollback of 016_saved_meals.sql.
DROP TABLE IF EXISTS saved_meals;
