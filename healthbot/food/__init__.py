"""Food: the embedded USDA SR24 table, its loading into PostgreSQL, and food search.

- `table` reads the packaged table (`data/foods.jsonl.gz`), which `build` derives from the
  USDA archive (`python -m healthbot.food.build`).
- `repository.ensure_food_table(db)` loads it at start when the database lacks this version;
  `FoodRepository` reads foods and their household measures.
- `search.FoodSearch` answers free-text queries (full-text search, typos, aliases); its
  ranking lives in `ranking`.
"""
