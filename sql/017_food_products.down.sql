-- Rollback of 017_food_products.sql.
DROP TABLE IF EXISTS food_products;
