-- 017_food_products: packaged foods read from Open Food Facts by barcode, kept 30 days (an
-- unknown code, found = false, one day) so that a product scanned often costs one request a
-- month. Reference data, no one's rows: nutrients per 100 g (NULL: not on the label) and the
-- serving in grams (NULL: the package gives none; the bot asks how much).
CREATE TABLE food_products (
    code       text        PRIMARY KEY CHECK (code ~ '^[0-9]{8,14}$'),
    found      boolean     NOT NULL,
    name       text,
    kcal       real,
    protein_g  real,
    carbs_g    real,
    fat_g      real,
    fiber_g    real,
    sugars_g   real,
    sodium_mg  real,
    serving_g  real,
    fetched_at timestamptz NOT NULL DEFAULT now(),
    CHECK (found = (name IS NOT NULL))
);
