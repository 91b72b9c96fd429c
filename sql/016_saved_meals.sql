-- 016_saved_meals: meals a user saved under a name (/save, a card's Save button), logged
-- again by that name (/log <name>).
--
-- A saved meal keeps its items as they were logged (typed text, food, amount, grams and
-- nutrients: healthbot.meals.saved.items_json), so that logging it again needs no food
-- search and gives the same energy. Names are unique per user whatever their case: /log
-- <name> finds one by lower(name), on the unique index.
--
-- The recent foods of /log alone need no index of their own: a range of the user's
-- entries on food_entries_user_eaten_idx (001), their items on
-- food_entry_items_entry_position_key (009), the usual amount's item on the primary key.
CREATE TABLE saved_meals (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id    bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name       text NOT NULL CHECK (length(name) BETWEEN 1 AND 40),
    items      jsonb NOT NULL CHECK (jsonb_typeof(items) = 'array'),
    kcal       numeric(8, 2) NOT NULL DEFAULT 0 CHECK (kcal >= 0),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX saved_meals_user_name_key ON saved_meals (user_id, lower(name));
