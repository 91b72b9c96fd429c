"""A database with at least one row in every table, of every awkward kind of value."""

from __future__ import annotations

import psycopg

# Schema version 10. A table added later must get its rows here: `test_every_table_is_filled`
# fails until it does.
FILL = """
INSERT INTO users (id, username, first_name, last_name, timezone, blocked_at)
VALUES (1001, 'ann', 'Ann', NULL, 'Europe/Berlin', NULL),
       (1002, NULL, 'Zoë “quoted” \\ back', 'O''Neil', 'UTC', now());
INSERT INTO user_profiles (user_id, sex, birth_year, height_cm, goal, daily_kcal_target, diet,
                           allergies, preferences, display_name, protein_g_target, onboarded_at)
VALUES (1001, 'female', 1990, 170.5, 'lose', 1800, '{vegetarian,halal}', '{peanuts}',
        '{"a": [1, 2, {"b": null}]}', 'Annie', 90, now());
INSERT INTO conversation_history (user_id, role, content, metadata, idempotency_key)
VALUES (1001, 'user', E'Hi — ünïcode 🍎\\nline two\\ttab', '{"k": [1, 2]}', 'update:1/0'),
       (1001, 'assistant', repeat('long ', 2000), '{}', NULL);
WITH entry AS (
    INSERT INTO food_entries (user_id, local_date, meal, description, kcal, protein_g, deleted_at)
    VALUES (1001, '2025-01-31', 'lunch', '2 eggs and a slice of toast', 350.25, 20, NULL)
    RETURNING id, user_id
)
INSERT INTO food_entry_items (entry_id, user_id, food_name, usda_id, quantity, unit, grams, kcal,
                              position, size, typed)
SELECT id, user_id, 'Egg, whole, raw', '01123', 2, 'large', 100, 143, 0, 'large', '2 eggs'
FROM entry;
INSERT INTO food_entry_edits (entry_id, user_id, idempotency_key)
SELECT id, user_id, 'update:7/edit' FROM food_entries WHERE user_id = 1001;
INSERT INTO saved_meals (user_id, name, items, kcal)
VALUES (1001, 'Usual “breakfast” ✨', '[{"typed": "2 eggs", "food_name": "Egg, whole, raw",
        "usda_id": "01123", "quantity": 2, "unit": null, "grams": 100, "kcal": 143}]', 143);
INSERT INTO water_logs (user_id, amount_ml, local_date) VALUES (1001, 250, '2025-01-31');
INSERT INTO weight_logs (user_id, weight_kg, note) VALUES (1001, 70.25, NULL), (1002, 80, 'am');
INSERT INTO reminders (user_id, kind, text, schedule, next_run_at, skip_if_meal_hours)
VALUES (1001, 'water', 'Drink', '{"times": ["08:00"], "days": [1, 2]}', now(), 2);
INSERT INTO reminder_times (user_id, word, at) VALUES (1001, 'bedtime', '23:30');
INSERT INTO xp_events (user_id, amount, reason, source_ref)
VALUES (1001, 10, 'meal', 'food_entry:1');
INSERT INTO user_gamification (user_id, total_xp, level, current_streak, longest_streak,
                               freeze_days, leaderboard_opt_in)
VALUES (1001, 10, 2, 1, 2, 1, true);
INSERT INTO achievements (code, title, xp) VALUES ('first_meal', 'First meal', 5);
INSERT INTO user_achievements (user_id, code, xp_event_id)
SELECT 1001, 'first_meal', id FROM xp_events;
INSERT INTO level_ups (user_id, level, xp_event_id) SELECT 1001, 2, id FROM xp_events;
INSERT INTO update_inbox (update_id, chat_id, user_id, kind, payload, status, finished_at)
VALUES (5001, 1001, 1001, 'message', '{"message": {"text": "hi"}}', 'done', now()),
       (5003, 1001, 1001, 'message', '{}', 'pending', NULL);
INSERT INTO outbox (update_id, chat_id, method, payload, status, seq, delivery_key, result)
VALUES (5001, 1001, 'sendMessage', '{}', 'sent', 1, 'update:5001', '{"message_id": 1}'),
       (NULL, 1001, 'sendMessage', '{}', 'sent', 1, 'job:reminder:1', '{"message_id": 2}');
INSERT INTO update_quarantine (update_id, chat_id, kind, raw, error)
VALUES (5002, 1001, 'message', '\\x00ff10'::bytea, 'invalid byte sequence');
INSERT INTO foods (uid, name, food_group, kcal, protein_g)
VALUES ('01123', 'Egg, whole, raw, fresh', 'Dairy and Egg Products', 143, 12.56);
INSERT INTO food_measures (food_uid, position, amount, name, grams)
VALUES ('01123', 1, 1, 'large', 50);
INSERT INTO food_aliases (alias, food_uid) VALUES ('egg', '01123');
INSERT INTO food_dataset (checksum, foods) VALUES ('abc123', 1);
INSERT INTO food_products (code, found, name, kcal, protein_g, carbs_g, fat_g, serving_g)
VALUES ('3017620422003', true, 'Nutella (Ferrero)', 539, 6.3, 57.5, 30.9, 15),
       ('5901234123457', false, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO reminder_deliveries (reminder_id, user_id, occurrence, status, sent_at, message_id,
                                 outcome, outcome_at)
SELECT id, user_id, now(), 'sent', now(), 7, 'done', now() FROM reminders;
INSERT INTO coach_rounds (op_key, round, user_id, response)
VALUES ('update:1', 0, 1001, '{"content": [{"type": "text", "text": "Hi ✨"}]}');
INSERT INTO coach_usage (user_id, day, requests, input_tokens, output_tokens, cost_usd)
VALUES (1001, current_date, 1, 1200, 80, 0.004800);
INSERT INTO coach_preferences (user_id, kind, value) VALUES (1001, 'allergy', 'peanuts');
INSERT INTO coach_memories (id, vector, payload)
VALUES ('6f1c1c7e-1b1a-4f5e-9d3e-2a9b8c7d6e5f', array_fill(0.05::real, ARRAY[384])::vector,
        '{"user_id": "1001", "data": "Allergic to peanuts 🥜", "write_id": "1"}');
INSERT INTO coach_memory_writes (user_id, key, text, status, memory_id)
VALUES (1001, 'update:1/memory', NULL, 'done', '6f1c1c7e-1b1a-4f5e-9d3e-2a9b8c7d6e5f');
"""


def fill(url: str) -> None:
    """Put the rows above into a migrated database."""
    with psycopg.connect(url) as conn:
        conn.execute(FILL)


def table_rows(url: str) -> dict[str, list[str]]:
    """Every user table's rows as text, sorted: equal dicts mean equal contents."""
    with psycopg.connect(url) as conn:
        tables = conn.execute(
            "SELECT quote_ident(table_schema) || '.' || quote_ident(table_name)"
            " FROM information_schema.tables WHERE table_type = 'BASE TABLE'"
            " AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1"
        ).fetchall()
        # Table names come from the catalog, quoted by the server.
        return {
            name: sorted(
                row[0]
                for row in conn.execute(f"SELECT t::text FROM {name} AS t").fetchall()  # type: ignore[arg-type]
            )
            for (name,) in tables
        }
