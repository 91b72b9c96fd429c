-- Rollback of 005_food_database.sql.
DROP TABLE IF EXISTS food_dataset;
DROP TABLE IF EXISTS food_aliases;
DROP TABLE IF EXISTS food_measures;
DROP TABLE IF EXISTS foods;
