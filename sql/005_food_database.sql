-- The embedded USDA food table (SR24), its household measures, and common-name aliases.
--
-- The rows are not inserted here: healthbot.food.repository.ensure_food_table loads them
-- from the packaged table at start (COPY), and again only when the package's data changes
-- (its checksum is kept in food_dataset). Nutrients are per 100 g; NULL means the source
-- does not give the value (unknown), which is not the same as 0.

CREATE TABLE foods (
    uid        text PRIMARY KEY CHECK (uid ~ '^[0-9]{5}$'),  -- the USDA NDB number
    name       text NOT NULL,
    food_group text,                 -- SR food group, NULL where the uid does not tell it
    kcal       double precision,
    protein_g  double precision,
    carbs_g    double precision,
    fat_g      double precision,
    fiber_g    double precision,
    sugars_g   double precision,
    sodium_mg  double precision,
    -- USDA names put the food first ("Egg, whole, raw, fresh"), so the first comma-separated
    -- part weighs A and the qualifiers after it weigh B.
    search     tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english'::regconfig, split_part(name, ',', 1)), 'A')
        || setweight(
            to_tsvector('english'::regconfig, substr(name, length(split_part(name, ',', 1)) + 2)),
            'B'
        )
    ) STORED
);
-- fastupdate off: the table is written only by bulk loads, and a pending list left by a load
-- would be scanned linearly by every search until a vacuum merged it.
CREATE INDEX foods_search_idx ON foods USING gin (search) WITH (fastupdate = off);

-- "1.0 large = 50 g": the units food logging resolves quantities with, in the source's order.
CREATE TABLE food_measures (
    food_uid text NOT NULL REFERENCES foods (uid) ON DELETE CASCADE,
    position smallint NOT NULL,
    amount   double precision NOT NULL CHECK (amount > 0),
    name     text NOT NULL,
    grams    double precision NOT NULL CHECK (grams > 0),
    PRIMARY KEY (food_uid, position)
);

-- Common names ("toast", "latte") for foods that USDA names otherwise; one food per alias.
CREATE TABLE food_aliases (
    alias    text PRIMARY KEY CHECK (alias = lower(alias) AND alias <> ''),
    food_uid text NOT NULL REFERENCES foods (uid) ON DELETE CASCADE
);
CREATE INDEX food_aliases_food_idx ON food_aliases (food_uid);

-- Which packaged table is loaded: one row, replaced in the transaction that loads the data.
CREATE TABLE food_dataset (
    singleton  boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    checksum   text NOT NULL,
    foods      integer NOT NULL,
    loaded_at  timestamptz NOT NULL DEFAULT now()
);
