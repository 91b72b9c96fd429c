"""`loadgen seed`: fill a database with realistic synthetic users and their rows, through COPY.

The point is to measure query plans and latencies at the size a successful bot reaches
(10,000 users, 1,000,000 conversation messages), so the data has the shape that matters
for them rather than for a demo:
- Activity is heavy-tailed: each user's share of every table comes from a log-normal
  weight, so a few users have thousands of messages and most have a few dozen.
- Rows arrive in time order, interleaved across users, as they would in production: a
  user's last 20 messages sit on 20 different heap pages, not on one.
- Rows agree with each other: a user's first row comes after the user's `created_at`,
  `user_gamification.total_xp` is the sum of the user's `xp_events`, streaks are computed
  from the days with activity, achievements follow from the counts.
- Text has realistic lengths, a few messages close to Telegram's 4,096-character limit
  (TOASTed, as in production).

Everything is written in one transaction: TRUNCATE then `COPY ... (FREEZE)`, so a failed
run leaves the tables empty, and the rows are written frozen and all-visible (index-only
scans work at once, no VACUUM pass over the heap). Foreign keys stay enforced throughout.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import math
import random
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Final
from zoneinfo import ZoneInfo

import psycopg
from psycopg import sql

from healthbot.db.migrations import apply_migrations
from healthbot.embedded import EmbeddedPostgres
from healthbot.errors import HealthbotError

DEFAULT_DATA_DIR: Final = Path("var/seed")

# The tables this command fills, in load order (referenced tables first).
SEEDED_TABLES: Final = (
    "users",
    "user_profiles",
    "conversation_history",
    "food_entries",
    "food_entry_items",
    "water_logs",
    "weight_logs",
    "achievements",
    "user_achievements",
    "xp_events",
    "user_gamification",
    "reminders",
    "update_inbox",
    "outbox",
)

# Volumes of the other tables, relative to the conversation history.
FOOD_ENTRIES_PER_MESSAGE: Final = 1 / 5
WATER_LOGS_PER_MESSAGE: Final = 1 / 8
WEIGHT_LOGS_PER_MESSAGE: Final = 1 / 50
INBOX_UPDATES_PER_MESSAGE: Final = 1 / 10

HISTORY_DAYS: Final = 180  # the span of the history, food, water and weight rows
INBOX_DAYS: Final = 2  # finished updates older than this are pruned in production
ACTIVITY_SIGMA: Final = 1.6  # log-normal spread of the users' activity
BLOCKED_SHARE: Final = 0.02
PROFILE_SHARE: Final = 0.85
UNFINISHED_UPDATES: Final = 40  # the tail of the inbox still pending or processing

_DAY: Final = 86_400.0
_EPOCH_ORDINAL: Final = date(1970, 1, 1).toordinal()
_BATCH_LINES: Final = 4_000
_COPY_ESCAPES: Final = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})
_NULL: Final = "\\N"
LEVEL_XP_STEP: Final = 50
"""The daemon's level curve, loadgen's copy: level n starts at LEVEL_XP_STEP·n·(n-1) XP (a
test checks that it agrees with gamification's)."""


class DatabaseNotEmptyError(HealthbotError):
    """The target database already holds rows and the caller did not ask to replace them."""


@dataclass(frozen=True)
class TableLoad:
    """How many rows went into one table, and how long generating and copying them took."""

    table: str
    rows: int
    seconds: float

    @property
    def rows_per_second(self) -> float:
        """Throughput of the load, generation included."""
        return self.rows / self.seconds if self.seconds > 0 else 0.0


@dataclass(frozen=True)
class SeedReport:
    """The outcome of one seed run."""

    tables: list[TableLoad]
    analyze_seconds: float
    total_seconds: float

    @property
    def rows(self) -> dict[str, int]:
        """Rows written per table."""
        return {load.table: load.rows for load in self.tables}


async def seed_database(
    url: str,
    *,
    users: int,
    history: int,
    seed: int = 1,
    force: bool = False,
    now: datetime | None = None,
    progress: Callable[[TableLoad], None] | None = None,
) -> SeedReport:
    """Migrate the database at `url`, then fill it; refuse a non-empty one unless `force`.

    `progress` is called after each table with its figures.
    """
    if users < 1:
        raise ValueError(f"users must be >= 1, not {users}")
    if history < 0:
        raise ValueError(f"history must be >= 0, not {history}")
    started = time.perf_counter()
    await apply_migrations(url)
    generator = _Generator(users, history, seed, now or datetime.now(UTC))
    loads: list[TableLoad] = []
    async with await psycopg.AsyncConnection.connect(url, autocommit=True) as conn:
        if not force:
            busy = await _non_empty_tables(conn)
            if busy:
                raise DatabaseNotEmptyError(
                    f"the database already holds rows ({', '.join(busy)}); "
                    "use --force to truncate the seeded tables"
                )
        async with conn.transaction():
            # TRUNCATE in the same transaction is what allows COPY FREEZE. CASCADE also
            # empties tables of later migrations that reference these.
            await conn.execute(
                sql.SQL("TRUNCATE {} RESTART IDENTITY CASCADE").format(
                    sql.SQL(", ").join(map(sql.Identifier, SEEDED_TABLES))
                )
            )
            for table, columns, lines in generator.tables():
                loads.append(await _copy(conn, table, columns, lines))
                if progress is not None:
                    progress(loads[-1])
            for table in SEEDED_TABLES:
                await _sync_identity(conn, table)
        analyze_start = time.perf_counter()
        # VACUUM is nearly free on frozen pages and sets the visibility map of any table
        # that COPY could not freeze; ANALYZE gives the planner the real distributions.
        await conn.execute(
            sql.SQL("VACUUM (ANALYZE) {}").format(
                sql.SQL(", ").join(map(sql.Identifier, SEEDED_TABLES))
            )
        )
        analyze_seconds = time.perf_counter() - analyze_start
    return SeedReport(loads, analyze_seconds, time.perf_counter() - started)


async def _non_empty_tables(conn: psycopg.AsyncConnection[Any]) -> list[str]:
    """Every table of the public schema, except the migrations' own, that holds a row."""
    cur = await conn.execute(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
        " AND tablename <> 'schema_migrations' ORDER BY tablename"
    )
    busy = []
    for (table,) in await cur.fetchall():
        probe = await conn.execute(
            sql.SQL("SELECT EXISTS (SELECT 1 FROM {})").format(sql.Identifier(table))
        )
        found = await probe.fetchone()
        if found and found[0]:
            busy.append(table)
    return busy


async def _copy(
    conn: psycopg.AsyncConnection[Any], table: str, columns: str, lines: Iterable[str]
) -> TableLoad:
    """COPY lines of text format into `table` (`columns` space-separated), in batches."""
    start = time.perf_counter()
    statement = sql.SQL("COPY {} ({}) FROM STDIN (FREEZE)").format(
        sql.Identifier(table), sql.SQL(", ").join(map(sql.Identifier, columns.split()))
    )
    rows = 0
    batch: list[str] = []
    async with conn.cursor().copy(statement) as copy:
        for line in lines:
            batch.append(line)
            if len(batch) >= _BATCH_LINES:
                await copy.write("".join(batch))
                rows += len(batch)
                batch.clear()
        if batch:
            await copy.write("".join(batch))
            rows += len(batch)
    return TableLoad(table, rows, time.perf_counter() - start)


async def _sync_identity(conn: psycopg.AsyncConnection[Any], table: str) -> None:
    """Move an identity sequence past the ids COPY wrote explicitly."""
    cur = await conn.execute(
        "SELECT attname FROM pg_attribute WHERE attrelid = %s::regclass AND attidentity <> ''",
        (table,),
    )
    for (column,) in await cur.fetchall():
        await conn.execute(
            sql.SQL(
                "SELECT setval(pg_get_serial_sequence({t}, {c}), max({col})) FROM {tab}"
            ).format(
                t=sql.Literal(table),
                c=sql.Literal(column),
                col=sql.Identifier(column),
                tab=sql.Identifier(table),
            )
        )


# -- the data ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Locale:
    language: str | None
    weight: int
    timezones: tuple[str, ...]
    first_names: tuple[str, ...]
    last_names: tuple[str, ...]


_LOCALES: Final = (
    _Locale(
        "en", 38,
        ("America/New_York", "America/Chicago", "America/Los_Angeles", "Europe/London",
         "Australia/Sydney", "Asia/Kolkata", "UTC"),
        ("James", "Mary", "John", "Emma", "Olivia", "Liam", "Noah", "Ava", "Sophia", "Michael",
         "Sarah", "David", "Emily", "Chris", "Jessica", "Priya", "Arjun", "Grace", "Jack"),
        ("Smith", "Johnson", "Brown", "Taylor", "Miller", "Wilson", "Moore", "Clark", "Patel",
         "O'Connor"),
    ),
    _Locale(
        "ru", 14, ("Europe/Moscow", "Asia/Yekaterinburg", "Asia/Novosibirsk"),
        ("Алексей", "Мария", "Дмитрий", "Анна", "Иван", "Екатерина", "Сергей", "Ольга"),
        ("Иванов", "Смирнова", "Кузнецов", "Попова", "Соколов"),
    ),
    _Locale(
        "es", 10,
        ("Europe/Madrid", "America/Mexico_City", "America/Bogota",
         "America/Argentina/Buenos_Aires"),
        ("Lucía", "Mateo", "Sofía", "Santiago", "Valentina", "Diego", "Camila", "Javier"),
        ("García", "Martínez", "López", "Hernández", "González"),
    ),
    _Locale(
        "de", 7, ("Europe/Berlin", "Europe/Vienna", "Europe/Zurich"),
        ("Lukas", "Anna", "Jonas", "Lea", "Felix", "Marie", "Paul"),
        ("Müller", "Schmidt", "Schneider", "Fischer", "Weber"),
    ),
    _Locale(
        "pt-br", 7, ("America/Sao_Paulo", "America/Fortaleza"),
        ("João", "Ana", "Pedro", "Beatriz", "Gabriel", "Júlia"),
        ("Silva", "Santos", "Oliveira", "Souza"),
    ),
    _Locale(
        "fr", 5, ("Europe/Paris", "Europe/Brussels", "America/Montreal"),
        ("Louis", "Chloé", "Hugo", "Léa", "Jules", "Manon"),
        ("Martin", "Bernard", "Dubois", "Lefèvre"),
    ),
    _Locale("it", 4, ("Europe/Rome",), ("Giulia", "Marco", "Francesca", "Luca"),
            ("Rossi", "Russo", "Ferrari")),
    _Locale("uk", 4, ("Europe/Kyiv",), ("Олена", "Андрій", "Ірина", "Тарас"),
            ("Шевченко", "Коваленко", "Бондаренко")),
    _Locale("tr", 3, ("Europe/Istanbul",), ("Elif", "Mehmet", "Zeynep", "Emre"),
            ("Yılmaz", "Kaya", "Demir")),
    _Locale("id", 3, ("Asia/Jakarta",), ("Putri", "Budi", "Siti", "Agus"), ("Santoso", "Wijaya")),
    _Locale("ja", 2, ("Asia/Tokyo",), ("Yuki", "Haruto", "Sakura", "Ren"), ("Sato", "Suzuki")),
    _Locale(None, 3, ("UTC", "Europe/London"), ("Alex", "Sam", "Max", "Kim"), ()),
)  # fmt: skip

_USERNAME_STEMS: Final = (
    "fit", "runner", "healthy", "gym", "veggie", "lifter", "yoga", "coffee", "hiker", "chef",
    "cyclist", "marathon", "keto", "sunny", "night_owl",
)  # fmt: skip


@dataclass(frozen=True)
class _Food:
    name: str
    usda_id: str | None
    unit: str
    grams_per_unit: float
    quantities: tuple[float, ...]
    per_100g: tuple[float, float, float, float, float]  # kcal, protein, carbs, fat, fiber
    meals: str  # initials of the meals it belongs to: b, l, d, s


_FOODS: Final = (
    _Food("egg", "01123", "piece", 50, (1, 2, 3), (143, 12.6, 0.7, 9.5, 0), "bl"),
    _Food("toast", "18069", "slice", 30, (1, 2), (266, 8.9, 49.4, 3.3, 2.7), "bs"),
    _Food("oatmeal", "08121", "g", 1, (40, 60, 80), (379, 13.2, 67.7, 6.5, 10.1), "b"),
    _Food("banana", "09040", "piece", 118, (1,), (89, 1.1, 22.8, 0.3, 2.6), "bs"),
    _Food("greek yogurt", "01256", "g", 1, (150, 170, 200), (59, 10.2, 3.6, 0.4, 0), "bs"),
    _Food("coffee with milk", None, "cup", 240, (1, 2), (16, 0.9, 1.6, 0.6, 0), "bs"),
    _Food("apple", "09003", "piece", 182, (1,), (52, 0.3, 13.8, 0.2, 2.4), "s"),
    _Food("almonds", "12061", "g", 1, (20, 30), (579, 21.2, 21.6, 49.9, 12.5), "s"),
    _Food("protein bar", None, "piece", 60, (1,), (350, 33, 38, 10, 5), "s"),
    _Food("chicken breast", "05064", "g", 1, (120, 150, 200), (165, 31, 0, 3.6, 0), "ld"),
    _Food("white rice", "20045", "cup", 158, (0.5, 1, 1.5), (130, 2.7, 28.2, 0.3, 0.4), "ld"),
    _Food("brown rice", "20037", "cup", 195, (0.5, 1), (123, 2.7, 25.6, 1, 1.6), "ld"),
    _Food("pasta", "20121", "g", 1, (80, 100, 150), (158, 5.8, 30.9, 0.9, 1.8), "ld"),
    _Food("salmon", "15236", "g", 1, (120, 150), (208, 20.4, 0, 13.4, 0), "ld"),
    _Food("broccoli", "11090", "cup", 91, (1, 2), (34, 2.8, 6.6, 0.4, 2.6), "ld"),
    _Food("mixed salad", None, "bowl", 150, (1,), (20, 1.5, 3.5, 0.2, 2), "ld"),
    _Food("olive oil", "04053", "tbsp", 13.5, (1, 2), (884, 0, 0, 100, 0), "ld"),
    _Food("lentil soup", None, "bowl", 250, (1,), (56, 3.6, 9.3, 0.6, 2.6), "ld"),
    _Food("beef steak", "13000", "g", 1, (150, 200, 250), (250, 26, 0, 15, 0), "d"),
    _Food("tofu", "16126", "g", 1, (100, 150), (144, 17.3, 2.8, 8.7, 2.3), "ld"),
    _Food("pizza", None, "slice", 107, (1, 2, 3), (266, 11, 33, 10, 2.3), "ld"),
    _Food("burger", None, "piece", 226, (1,), (254, 17, 24, 10, 1.3), "ld"),
    _Food("sushi roll", None, "piece", 30, (6, 8, 12), (150, 5, 28, 1.5, 0.6), "ld"),
    _Food("potatoes", "11362", "g", 1, (150, 200), (93, 2.5, 21, 0.1, 2.2), "d"),
    _Food("dark chocolate", "19904", "g", 1, (20, 30), (598, 7.8, 45.9, 42.6, 10.9), "s"),
    _Food("orange juice", "09206", "glass", 250, (1,), (45, 0.7, 10.4, 0.2, 0.2), "b"),
)  # fmt: skip

# (meal, weight, local hours in which it is eaten)
_MEALS: Final = (
    ("breakfast", 30, (6.0, 10.5)),
    ("lunch", 30, (11.5, 15.0)),
    ("dinner", 28, (17.5, 21.5)),
    ("snack", 12, (9.0, 23.0)),
)

_QUESTIONS: Final = (
    "How much protein should I eat to build muscle?",
    "Is {food} good for weight loss?",
    "How many calories are in {qty} {unit} of {food}?",
    "What can I eat for dinner that is high in protein and low in carbs?",
    "I feel hungry all the time in the evening, any tips?",
    "What's a good breakfast if I only have 5 minutes?",
    "Should I eat before or after a workout?",
    "How much water should I drink per day?",
    "is it ok to skip breakfast if im doing intermittent fasting",
    "Why did my weight go up even though I ate less yesterday?",
    "Can you suggest a vegetarian lunch with at least 30 g of protein?",
    "what's my progress this week?",
    "how many calories do I have left today?",
    "Give me a snack idea under 200 kcal",
)
_SHORT: Final = (
    "thanks!", "ok", "hi", "👍", "got it", "what's my streak?", "/today", "/stats", "yes",
    "no, the other one", "good morning", "hello coach", "cool", "/water", "thx",
)  # fmt: skip
_ADVICE: Final = (
    "Aim for about 1.6 to 2.2 g of protein per kilogram of body weight if you train regularly.",
    "Spreading protein over three or four meals helps more than one big portion.",
    "Water needs vary, but 30 to 35 ml per kilogram of body weight is a sensible start.",
    "Day-to-day weight changes are mostly water and salt; look at the weekly average instead.",
    "A small calorie deficit of 300 to 500 kcal a day is sustainable for most people.",
    "Fibre from vegetables, legumes and whole grains keeps you full for longer.",
    "If evenings are hard, try moving some of your calories from lunch to dinner.",
    "Sleep matters: short nights raise appetite the next day.",
    "Greek yogurt with berries, cottage cheese or a couple of boiled eggs make easy snacks.",
    "You don't need to cut carbs completely; choose whole-grain versions and watch portions.",
    "Great job logging consistently, that's the habit that makes the biggest difference.",
    "Strength training two or three times a week helps keep muscle while you lose fat.",
    "Alcohol adds up quickly: a glass of wine is about 120 kcal.",
    "Try to include a source of protein and a vegetable in every main meal.",
)
_PLAN_DAYS: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_ASSISTANT_MODELS: Final = ("claude-sonnet-4-5", "claude-haiku-4-5")


def _esc(value: str) -> str:
    """A value in COPY's text format."""
    return value.translate(_COPY_ESCAPES)


def _ts(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, UTC).isoformat()


def _day(ordinal_from_epoch: int) -> str:
    return date.fromordinal(_EPOCH_ORDINAL + ordinal_from_epoch).isoformat()


def _opt(value: object) -> str:
    return _NULL if value is None else str(value)


def _opt_ts(epoch: float | None) -> str:
    return _NULL if epoch is None else _ts(epoch)


@dataclass(slots=True)
class _User:
    """One synthetic user and the tallies that later tables derive from."""

    id: int
    first_name: str
    last_name: str | None
    username: str | None
    language: str | None
    timezone: str
    utc_offset: float  # seconds; the offset of today, applied to the whole history
    activity: float
    created: float = 0.0
    last_seen: float = 0.0
    blocked: bool = False
    weight_kg: float = 75.0
    weight_trend_kg: float = 0.0  # change over the whole history window
    goal: str = "maintain"
    kcal_target: int = 2000
    messages: int = 0
    meals: int = 0
    water_logs: int = 0
    weigh_ins: int = 0
    xp: int = 0
    next_message_id: int = 1
    days: set[int] = field(default_factory=set)  # local calendar days with activity


@dataclass(frozen=True)
class _Plan:
    """Which user owns each row of a time-ordered table, and the time slot of each row."""

    owners: list[int]
    start: float
    step: float

    def at(self, index: int, jitter: float) -> float:
        return self.start + (index + jitter) * self.step


class _Generator:
    """Builds every table's rows as COPY text, table after table, consistently."""

    def __init__(self, users: int, history: int, seed: int, now: datetime) -> None:
        self.rng = random.Random(seed)
        self.now = now.timestamp()
        self.today = math.floor(self.now / _DAY)
        self.history = history
        self.users = self._make_users(users, now)
        self.cum_activity = list(_accumulate(user.activity for user in self.users))
        window_start = self.now - HISTORY_DAYS * _DAY
        exchanges = (history + 1) // 2  # a user message and the assistant's reply
        self.chat = self._plan(exchanges, window_start, self.now)
        self.food = self._plan(int(history * FOOD_ENTRIES_PER_MESSAGE), window_start, self.now)
        self.water = self._plan(int(history * WATER_LOGS_PER_MESSAGE), window_start, self.now)
        self.weight = self._plan(int(history * WEIGHT_LOGS_PER_MESSAGE), window_start, self.now)
        inbox = max(int(history * INBOX_UPDATES_PER_MESSAGE), min(history, 50))
        self.inbox = self._plan(inbox, self.now - INBOX_DAYS * _DAY, self.now)
        self._place_users_in_time()
        self.user_pool = [self._user_message() for _ in range(3_000)]
        self.assistant_pool = [self._assistant_message() for _ in range(3_000)]
        self.xp_lines: list[str] = []
        self.item_lines: list[str] = []
        # (update_id, chat_id, time, outbox status) of the replies the updates caused
        self.replies: list[tuple[int, int, float, str]] = []

    def tables(self) -> Iterator[tuple[str, str, Iterable[str]]]:
        """(table, columns, lines) in load order; a table's lines may fill later tables'."""
        yield (
            "users",
            "id username first_name last_name language_code timezone is_active is_blocked "
            "blocked_at created_at updated_at last_seen_at",
            self._users_lines(),
        )
        yield (
            "user_profiles",
            "user_id sex birth_year height_cm activity_level goal target_weight_kg "
            "daily_kcal_target daily_water_ml_target units diet allergies preferences "
            "created_at updated_at",
            self._profile_lines(),
        )
        yield (
            "conversation_history",
            "id user_id role content message_type metadata created_at",
            self._history_lines(),
        )
        yield (
            "food_entries",
            "id user_id eaten_at local_date meal description source kcal protein_g carbs_g "
            "fat_g fiber_g created_at deleted_at",
            self._food_lines(),
        )
        yield (
            "food_entry_items",
            "id entry_id user_id position typed food_name usda_id quantity unit grams kcal "
            "protein_g carbs_g fat_g fiber_g",
            self.item_lines,
        )
        yield "water_logs", "id user_id amount_ml logged_at local_date", self._water_lines()
        yield "weight_logs", "id user_id weight_kg logged_at note", self._weight_lines()
        yield "achievements", "code title description xp", self._achievement_lines()
        yield "user_achievements", "user_id code unlocked_at", self._user_achievement_lines()
        yield "xp_events", "id user_id amount reason source_ref created_at", self._xp_lines()
        yield (
            "user_gamification",
            "user_id total_xp level current_streak longest_streak last_activity_date updated_at",
            self._gamification_lines(),
        )
        yield (
            "reminders",
            "id user_id kind text schedule timezone next_run_at last_run_at active created_at "
            "updated_at",
            self._reminder_lines(),
        )
        yield (
            "update_inbox",
            "update_id chat_id user_id kind payload status attempts last_error received_at "
            "started_at finished_at",
            self._inbox_lines(),
        )
        yield (
            "outbox",
            "id update_id seq chat_id method payload status telegram_message_id attempts "
            "last_error created_at sent_at",
            self._outbox_lines(),
        )

    # -- users --------------------------------------------------------------------------

    def _make_users(self, count: int, now: datetime) -> list[_User]:
        rng = self.rng
        offsets: dict[str, float] = {}
        ids = rng.sample(range(100_000_000, 8_000_000_000), count)  # Telegram-like ids
        locales = rng.choices(_LOCALES, weights=[locale.weight for locale in _LOCALES], k=count)
        users = []
        for user_id, locale in zip(ids, locales, strict=True):
            timezone = rng.choice(locale.timezones)
            if timezone not in offsets:
                offset = ZoneInfo(timezone).utcoffset(now.replace(tzinfo=None))
                offsets[timezone] = offset.total_seconds() if offset else 0.0
            has_last_name = locale.last_names and rng.random() < 0.6
            users.append(
                _User(
                    id=user_id,
                    first_name=rng.choice(locale.first_names),
                    last_name=rng.choice(locale.last_names) if has_last_name else None,
                    username=(
                        f"{rng.choice(_USERNAME_STEMS)}_{rng.randint(1, 9999)}"
                        if rng.random() < 0.65
                        else None
                    ),
                    language=locale.language,
                    timezone=timezone,
                    utc_offset=offsets[timezone],
                    activity=rng.lognormvariate(0.0, ACTIVITY_SIGMA),
                    blocked=rng.random() < BLOCKED_SHARE,
                )
            )
        return users

    def _plan(self, count: int, start: float, end: float) -> _Plan:
        population = range(len(self.users))
        owners = self.rng.choices(population, cum_weights=self.cum_activity, k=count)
        return _Plan(owners, start, (end - start) / count if count else 0.0)

    def _place_users_in_time(self) -> None:
        """Sign-up before a user's first row, last seen after the last one."""
        rng = self.rng
        first = [math.inf] * len(self.users)
        last = [-math.inf] * len(self.users)
        for plan in (self.chat, self.food, self.water, self.weight, self.inbox):
            for index, owner in enumerate(plan.owners):
                slot = plan.start + index * plan.step
                first[owner] = min(first[owner], slot)
                last[owner] = max(last[owner], slot + plan.step)
        for index, user in enumerate(self.users):
            if first[index] == math.inf:  # pressed /start once, never came back
                user.created = self.now - rng.uniform(0.1, 365) * _DAY
                user.last_seen = min(self.now, user.created + rng.uniform(1, 600))
            else:
                # Meals and weigh-ins move within their local day: a day of margin.
                user.created = first[index] - _DAY - rng.uniform(0, 14) * _DAY
                user.last_seen = min(self.now, last[index] + _DAY)

    def _users_lines(self) -> Iterator[str]:
        rng = self.rng
        for user in self.users:
            blocked_at = (
                _ts(min(self.now, user.last_seen + rng.uniform(3_600, 10 * _DAY)))
                if user.blocked
                else _NULL
            )
            yield (
                f"{user.id}\t{_opt(user.username)}\t{_esc(user.first_name)}\t"
                f"{_esc(user.last_name) if user.last_name else _NULL}\t{_opt(user.language)}\t"
                f"{user.timezone}\t{'f' if user.blocked else 't'}\t{'t' if user.blocked else 'f'}\t"
                f"{blocked_at}\t{_ts(user.created)}\t{_ts(user.last_seen)}\t{_ts(user.last_seen)}\n"
            )

    def _profile_lines(self) -> Iterator[str]:
        rng = self.rng
        for user in self.users:
            sex = rng.choices(("male", "female", "other"), weights=(48, 48, 4))[0]
            height = rng.gauss(177, 7) if sex == "male" else rng.gauss(164, 6.5)
            height = min(210.0, max(145.0, height))
            bmi = min(45.0, max(17.5, rng.gauss(26.5, 4.5)))
            user.weight_kg = bmi * (height / 100) ** 2
            user.goal = rng.choices(("lose", "maintain", "gain"), weights=(55, 30, 15))[0]
            user.weight_trend_kg = {"lose": -rng.uniform(0, 8), "gain": rng.uniform(0, 4)}.get(
                user.goal, rng.uniform(-1, 1)
            )
            birth_year = rng.randint(1955, 2008)
            base = 10 * user.weight_kg + 6.25 * height - 5 * (2025 - birth_year)
            base += 5 if sex == "male" else -161
            activity_level, factor = rng.choice(
                (("sedentary", 1.2), ("light", 1.375), ("moderate", 1.55), ("active", 1.725),
                 ("very_active", 1.9))
            )  # fmt: skip
            shift = {"lose": -400, "gain": 300}.get(user.goal, 0)
            user.kcal_target = int(round((base * factor + shift) / 50) * 50)
            user.kcal_target = min(4500, max(1200, user.kcal_target))
            if rng.random() > PROFILE_SHARE:
                continue  # never finished onboarding: no profile row
            target = {"lose": 0.88, "gain": 1.06}.get(user.goal, 1.0) * user.weight_kg
            units = (
                "imperial"
                if user.timezone.startswith("America/") and rng.random() < 0.6
                else "metric"
            )
            diet = rng.choices(
                ("{}", "{vegetarian}", "{vegan}", "{halal}", "{keto}", "{gluten_free}",
                 "{vegetarian,lactose_free}"),
                weights=(78, 8, 3, 3, 3, 2, 3),
            )[0]  # fmt: skip
            allergies = rng.choices(
                ("{}", "{peanuts}", "{lactose}", "{shellfish}", "{peanuts,tree_nuts}"),
                weights=(85, 4, 5, 3, 3),
            )[0]
            preferences = rng.choice(
                ("{}", '{"reminder_style": "gentle"}', '{"reminder_style": "strict"}',
                 '{"cuisine": ["italian", "japanese"]}', '{"quiet_hours": ["22:00", "07:00"]}')
            )  # fmt: skip
            created = _ts(min(self.now, user.created + rng.uniform(5, 900)))
            yield (
                f"{user.id}\t{sex}\t{birth_year}\t{height:.1f}\t{activity_level}\t{user.goal}\t"
                f"{target:.2f}\t{user.kcal_target}\t{rng.randrange(1500, 3501, 250)}\t{units}\t"
                f"{diet}\t{allergies}\t{preferences}\t{created}\t{_ts(user.last_seen)}\n"
            )

    # -- the conversation ---------------------------------------------------------------

    def _food_phrase(self) -> str:
        rng = self.rng
        food = rng.choice(_FOODS)
        quantity = rng.choice(food.quantities)
        amount = f"{quantity:g} {food.unit}" if food.unit != "piece" else f"{quantity:g}"
        return f"{amount} {food.name}"

    def _user_message(self) -> tuple[str, str]:
        """(text, message_type) of a message a user might send."""
        rng = self.rng
        kind = rng.choices(
            ("food", "question", "log", "reminder", "short", "photo", "long"),
            weights=(35, 24, 10, 8, 19, 2, 2),
        )[0]
        meal = rng.choice(_MEALS)[0]
        foods = " and ".join(self._food_phrase() for _ in range(rng.randint(1, 3)))
        if kind == "food":
            text = rng.choice(
                (f"I had {foods} for {meal}", foods, f"just ate {foods}", f"{meal}: {foods}",
                 f"for {meal} i had {foods} lol", f"Log {foods} please")
            )  # fmt: skip
        elif kind == "question":
            food = rng.choice(_FOODS)
            text = rng.choice(_QUESTIONS).format(
                food=food.name, qty=rng.choice(food.quantities), unit=food.unit
            )
        elif kind == "log":
            text = rng.choice(
                (f"drank {rng.choice((250, 330, 500))} ml water", "2 glasses of water",
                 f"weight {rng.uniform(55, 110):.1f} kg today",
                 f"weighed myself: {rng.uniform(120, 240):.1f} lbs")
            )  # fmt: skip
        elif kind == "reminder":
            text = rng.choice(
                ("remind me to drink water every 2 hours", "remind me to take vitamins at 9pm",
                 "stop the water reminders please", "Remind me to log dinner at 8")
            )  # fmt: skip
        elif kind == "short":
            text = rng.choice(_SHORT)
        elif kind == "photo":
            return f"[photo] {meal}", "photo"
        else:  # someone pastes a whole week of meals: close to Telegram's limit
            lines = ["Here is everything I ate this week, can you check it?"]
            target = rng.randint(2_500, 3_600)
            while sum(map(len, lines)) < target:
                day = rng.choice(_PLAN_DAYS)
                lines.append(f"{day} {rng.choice(_MEALS)[0]}: {self._food_phrase()}, "
                             f"{self._food_phrase()} and {self._food_phrase()}")  # fmt: skip
            text = "\n".join(lines)
        return text, "text"

    def _assistant_message(self) -> str:
        rng = self.rng
        kind = rng.choices(("logged", "advice", "plan"), weights=(25, 72, 3))[0]
        if kind == "logged":
            kcal = rng.randint(80, 900)
            return (
                f"Logged: {self._food_phrase()}. That's {kcal} kcal and {rng.randint(2, 45)} g of "
                f"protein. You're at {rng.randint(kcal, 2600)} kcal today."
            )
        if kind == "advice":
            paragraphs = []
            for _ in range(rng.choices((1, 2, 3, 4), weights=(30, 35, 25, 10))[0]):
                sentences = rng.sample(_ADVICE, rng.randint(1, 4))
                if rng.random() < 0.2:
                    paragraphs.append("\n".join(f"- {sentence}" for sentence in sentences))
                else:
                    paragraphs.append(" ".join(sentences))
            return "\n\n".join(paragraphs)
        lines = ["Here is a 7-day plan that fits your target:"]
        target = rng.randint(2_600, 3_900)
        while sum(map(len, lines)) < target:
            for day in _PLAN_DAYS:
                lines.append(f"\n**{day}**")
                for meal, _, _ in _MEALS:
                    kcal = rng.randint(150, 800)
                    lines.append(
                        f"- {meal.capitalize()}: {self._food_phrase()} with "
                        f"{self._food_phrase()} (~{kcal} kcal)"
                    )
        return "\n".join(lines)[:4_000]

    def _history_lines(self) -> Iterator[str]:
        rng = self.rng
        users = self.users
        # Pre-render the middle of each line: only ids and times differ from row to row.
        asked = [
            f"user\t{_esc(text)}\t{message_type}\t{{}}" for text, message_type in self.user_pool
        ]
        answered = [
            f"assistant\t{_esc(text)}\ttext\t"
            f'{{"model": "{rng.choice(_ASSISTANT_MODELS)}", "input_tokens": '
            f'{rng.randint(900, 9000)}, "output_tokens": {len(text) // 4 + 1}}}'
            for text in self.assistant_pool
        ]
        plan = self.chat
        row_id = 0
        for index, owner in enumerate(plan.owners):
            user = users[owner]
            user.messages += 1
            at = plan.at(index, rng.random())
            row_id += 1
            yield f"{row_id}\t{user.id}\t{rng.choice(asked)}\t{_ts(at)}\n"
            if row_id == self.history:
                break  # an odd count ends on a message still waiting for its answer
            row_id += 1
            reply_at = min(self.now, at + rng.uniform(1.5, 25))
            yield f"{row_id}\t{user.id}\t{rng.choice(answered)}\t{_ts(reply_at)}\n"

    # -- food, water, weight ------------------------------------------------------------

    def _local_time(
        self, user: _User, slot: float, hours: tuple[float, float]
    ) -> tuple[float, int]:
        """A moment at local hours `hours` of the user's day around `slot`: (epoch, local day)."""
        local_day = math.floor((slot + user.utc_offset) / _DAY)
        at = local_day * _DAY + self.rng.uniform(*hours) * 3_600 - user.utc_offset
        if at > self.now:
            at -= _DAY
            local_day -= 1
        return at, local_day

    def _food_lines(self) -> Iterator[str]:
        rng = self.rng
        meals, meal_weights = [m[0] for m in _MEALS], [m[1] for m in _MEALS]
        hours = {meal: window for meal, _, window in _MEALS}
        foods_by_meal = {meal: [f for f in _FOODS if meal[0] in f.meals] for meal in meals}
        plan = self.food
        item_id = 0
        for index, owner in enumerate(plan.owners):
            entry_id = index + 1
            user = self.users[owner]
            meal = rng.choices(meals, meal_weights)[0]
            eaten, local_day = self._local_time(user, plan.at(index, rng.random()), hours[meal])
            created = min(self.now, eaten + rng.uniform(5, 900))
            totals = [0.0] * 5
            phrases = []
            count = rng.choices((1, 2, 3, 4), weights=(30, 35, 25, 10))[0]
            for position, food in enumerate(rng.sample(foods_by_meal[meal], count)):
                quantity = rng.choice(food.quantities)
                grams = quantity * food.grams_per_unit
                values = [grams * per_100g / 100 for per_100g in food.per_100g]
                totals = [a + b for a, b in zip(totals, values, strict=True)]
                phrase = f"{quantity:g} {food.unit} {food.name}"
                phrases.append(phrase)
                item_id += 1
                self.item_lines.append(
                    f"{item_id}\t{entry_id}\t{user.id}\t{position}\t{_esc(phrase)}\t"
                    f"{food.name}\t{_opt(food.usda_id)}\t"
                    f"{quantity}\t{food.unit}\t{grams:.2f}\t"
                    + "\t".join(f"{value:.2f}" for value in values)
                    + "\n"
                )
            source = rng.choices(("text", "photo", "manual", "coach"), weights=(80, 8, 5, 7))[0]
            deleted = rng.random() < 0.02  # undone; kept for "undo"
            yield (
                f"{entry_id}\t{user.id}\t{_ts(eaten)}\t{_day(local_day)}\t{meal}\t"
                f"{_esc(', '.join(phrases))}\t{source}\t"
                + "\t".join(f"{value:.2f}" for value in totals)
                + f"\t{_ts(created)}\t{_ts(min(self.now, created + 60)) if deleted else _NULL}\n"
            )
            if deleted:
                continue
            user.meals += 1
            user.days.add(local_day)
            self._award(user, 10, "meal", f"food_entry:{entry_id}", created)

    def _water_lines(self) -> Iterator[str]:
        rng = self.rng
        plan = self.water
        for index, owner in enumerate(plan.owners):
            user = self.users[owner]
            at, local_day = self._local_time(user, plan.at(index, rng.random()), (7.0, 23.0))
            amount = rng.choices((150, 200, 250, 330, 500, 750), weights=(5, 15, 40, 10, 25, 5))[0]
            user.water_logs += 1
            user.days.add(local_day)
            self._award(user, 5, "water", f"water_log:{index + 1}", at)
            yield f"{index + 1}\t{user.id}\t{amount}\t{_ts(at)}\t{_day(local_day)}\n"

    def _weight_lines(self) -> Iterator[str]:
        rng = self.rng
        plan = self.weight
        window = HISTORY_DAYS * _DAY
        for index, owner in enumerate(plan.owners):
            user = self.users[owner]
            at, local_day = self._local_time(user, plan.at(index, rng.random()), (6.0, 9.5))
            progress = min(1.0, max(0.0, (at - plan.start) / window))
            kg = user.weight_kg + user.weight_trend_kg * progress + rng.gauss(0, 0.4)
            note = rng.choices((_NULL, "morning", "after the gym", "new scale"), (90, 6, 3, 1))[0]
            user.weigh_ins += 1
            user.days.add(local_day)
            self._award(user, 10, "weight", f"weight_log:{index + 1}", at)
            yield f"{index + 1}\t{user.id}\t{min(500.0, max(20.0, kg)):.2f}\t{_ts(at)}\t{note}\n"

    # -- gamification -------------------------------------------------------------------

    def _award(self, user: _User, amount: int, reason: str, source_ref: str, at: float) -> None:
        user.xp += amount
        self.xp_lines.append(f"{user.id}\t{amount}\t{reason}\t{source_ref}\t{_ts(at)}\n")

    def _achievement_lines(self) -> Iterator[str]:
        for achievement in _ACHIEVEMENTS:
            yield (
                f"{achievement.code}\t{_esc(achievement.title)}\t"
                f"{_esc(achievement.description)}\t{achievement.xp}\n"
            )

    def _user_achievement_lines(self) -> Iterator[str]:
        rng = self.rng
        for user in self.users:
            streak = _streaks(user.days, self.today)[1]
            tallies = {
                "meals": user.meals,
                "water": user.water_logs,
                "weigh_ins": user.weigh_ins,
                "messages": user.messages,
                "streak": streak,
            }
            for achievement in _ACHIEVEMENTS:
                if tallies[achievement.tally] < achievement.threshold:
                    continue
                unlocked = rng.uniform(user.created, max(user.created, user.last_seen))
                self._award(user, achievement.xp, "achievement", achievement.code, unlocked)
                yield f"{user.id}\t{achievement.code}\t{_ts(unlocked)}\n"

    def _xp_lines(self) -> Iterator[str]:
        for index, line in enumerate(self.xp_lines, start=1):
            yield f"{index}\t{line}"

    def _gamification_lines(self) -> Iterator[str]:
        # Every user has a row from /start on, with the sum of the user's xp_events.
        for user in self.users:
            current, longest = _streaks(user.days, self.today)
            level = level_for_xp(user.xp)
            last_day = _day(max(user.days)) if user.days else _NULL
            yield (
                f"{user.id}\t{user.xp}\t{level}\t{current}\t{longest}\t{last_day}\t"
                f"{_ts(user.last_seen)}\n"
            )

    # -- reminders and intake -----------------------------------------------------------

    def _reminder_lines(self) -> Iterator[str]:
        rng = self.rng
        reminder_id = 0
        for user in self.users:
            for _ in range(rng.choices((0, 1, 2, 3, 4), weights=(30, 30, 20, 12, 8))[0]):
                kind, text, schedule, period = rng.choice(_REMINDERS)
                reminder_id += 1
                created = rng.uniform(user.created, max(user.created, user.last_seen))
                # A third are paused; the scheduler keeps the active ones' next_run_at within
                # the next day, so only those of the last minute or two are due right now.
                active = not user.blocked and rng.random() < 0.67
                next_run: float | None
                last_run: float | None
                if active:
                    next_run = self.now + rng.uniform(-120, _DAY)
                    last_run = next_run - period if next_run - period > created else None
                else:
                    next_run = None
                    last_run = created + period if created + period < self.now else None
                yield (
                    f"{reminder_id}\t{user.id}\t{kind}\t{_esc(text)}\t{schedule}\t"
                    f"{user.timezone}\t{_opt_ts(next_run)}\t{_opt_ts(last_run)}\t"
                    f"{'t' if active else 'f'}\t"
                    f"{_ts(created)}\t{_ts(created)}\n"
                )

    def _inbox_lines(self) -> Iterator[str]:
        rng = self.rng
        plan = self.inbox
        first_update = 700_000_000 + rng.randrange(100_000_000)
        unfinished_from = len(plan.owners) - min(UNFINISHED_UPDATES, len(plan.owners) // 20)
        texts = [text[:300] for text, _ in self.user_pool]
        for index, owner in enumerate(plan.owners):
            user = self.users[owner]
            update_id = first_update + index
            received = plan.at(index, rng.random())
            kind, payload = self._update_payload(user, update_id, received, rng.choice(texts))
            started: float | None
            finished: float | None = None
            error = None
            if index >= unfinished_from:
                status = rng.choice(("pending", "processing"))
                attempts = int(status == "processing")
                started = received + 0.01 if status == "processing" else None
                if status == "processing" and rng.random() < 0.5:
                    self.replies.append((update_id, user.id, received + 0.3, "pending"))
            else:
                status = "failed" if rng.random() < 0.002 else "done"
                attempts = 3 if status == "failed" else 1
                started = received + rng.uniform(0.002, 0.05)
                finished = started + rng.lognormvariate(-1.5, 1.0)
                if status == "failed":
                    error = "TelegramForbiddenError: bot was blocked by the user"
                self.replies.append(
                    (update_id, user.id, finished, "sent" if status == "done" else "failed")
                )
            yield (
                f"{update_id}\t{user.id}\t{user.id}\t{kind}\t{payload}\t{status}\t{attempts}\t"
                f"{_opt(error)}\t{_ts(received)}\t{_opt_ts(started)}\t{_opt_ts(finished)}\n"
            )

    def _update_payload(self, user: _User, update_id: int, at: float, text: str) -> tuple[str, str]:
        """(kind, payload as COPY text) of a Telegram update from `user`."""
        sender = {"id": user.id, "is_bot": False, "first_name": user.first_name}
        if user.language:
            sender["language_code"] = user.language
        chat = {"id": user.id, "type": "private", "first_name": user.first_name}
        message_id = user.next_message_id
        user.next_message_id += 2  # the bot's reply takes the next id in the chat
        if self.rng.random() < 0.1:
            kind = "callback_query"
            body: dict[str, Any] = {
                "id": str(update_id * 7 + 3),
                "from": sender,
                "message": {"message_id": max(1, message_id - 1), "chat": chat, "date": int(at)},
                "chat_instance": str(user.id * 31),
                "data": self.rng.choice(("meal:confirm", "meal:undo", "water:250", "stats:week")),
            }
        else:
            kind = "message"
            body = {
                "message_id": message_id, "from": sender, "chat": chat, "date": int(at),
                "text": text,
            }  # fmt: skip
        payload = {"update_id": update_id, kind: body}
        return kind, _esc(json.dumps(payload, ensure_ascii=False, separators=(",", ":")))

    def _outbox_lines(self) -> Iterator[str]:
        rng = self.rng
        texts = [text[:600] for text in self.assistant_pool[:500]]
        seqs: Counter[int] = Counter()  # replies numbered within their update, from 1
        for index, (update_id, chat_id, at, status) in enumerate(self.replies, start=1):
            seqs[update_id] += 1
            payload = {"chat_id": chat_id, "text": rng.choice(texts), "parse_mode": "HTML"}
            sent = status == "sent"
            message_id = rng.randrange(2, 1_000_000) if sent else _NULL
            attempts = {"sent": 1, "failed": 3}.get(status, 0)
            error = "Forbidden: bot was blocked by the user" if status == "failed" else _NULL
            yield (
                f"{index}\t{update_id}\t{seqs[update_id]}\t{chat_id}\tsendMessage\t"
                f"{_esc(json.dumps(payload, ensure_ascii=False))}\t{status}\t{message_id}\t"
                f"{attempts}\t{error}\t{_ts(at - 0.005)}\t{_ts(at) if sent else _NULL}\n"
            )


@dataclass(frozen=True)
class _Achievement:
    code: str
    title: str
    description: str
    xp: int
    tally: str
    threshold: int


_ACHIEVEMENTS: Final = (
    _Achievement("first_meal", "First meal", "Logged your first meal", 10, "meals", 1),
    _Achievement("meals_10", "Getting started", "Logged 10 meals", 25, "meals", 10),
    _Achievement("meals_100", "Food diary", "Logged 100 meals", 100, "meals", 100),
    _Achievement("meals_500", "Food historian", "Logged 500 meals", 250, "meals", 500),
    _Achievement("first_water", "First sip", "Logged water for the first time", 5, "water", 1),
    _Achievement("water_50", "Hydrated", "Logged water 50 times", 50, "water", 50),
    _Achievement("first_weigh_in", "On the scale", "Logged your weight", 10, "weigh_ins", 1),
    _Achievement("weigh_ins_10", "Tracking trends", "Logged your weight 10 times", 50,
                 "weigh_ins", 10),
    _Achievement("streak_3", "Three in a row", "Active 3 days in a row", 15, "streak", 3),
    _Achievement("streak_7", "A full week", "Active 7 days in a row", 50, "streak", 7),
    _Achievement("streak_30", "Habit formed", "Active 30 days in a row", 200, "streak", 30),
    _Achievement("chatty_100", "Curious mind", "Asked the coach 100 questions", 20,
                 "messages", 100),
)  # fmt: skip

# (kind, text, schedule as JSON, seconds between firings)
_REMINDERS: Final = (
    ("water", "Time for a glass of water 💧", '{"every_minutes": 120}', 7_200.0),
    ("water", "Water break!", '{"every_minutes": 90}', 5_400.0),
    ("water", "Drink some water", '{"times": ["10:00", "13:00", "16:00", "19:00"]}', 10_800.0),
    ("meal", "Don't forget to log your meals", '{"times": ["08:30", "13:00", "19:30"]}', 28_800.0),
    ("meal", "Log lunch", '{"times": ["13:30"], "days": [1, 2, 3, 4, 5]}', _DAY),
    ("weight", "Weekly weigh-in", '{"times": ["07:30"], "days": [1]}', 7 * _DAY),
    ("medication", "Vitamin D", '{"times": ["09:00"]}', _DAY),
    ("medication", "Metformin 500 mg", '{"times": ["08:00", "20:00"]}', 43_200.0),
    ("custom", "Walk 10 minutes", '{"times": ["18:00"], "days": [1, 2, 3, 4, 5]}', _DAY),
    ("custom", "Stretch and breathe", '{"times": ["22:00"]}', _DAY),
)


def level_for_xp(xp: int) -> int:
    """The level a total of `xp` (0 or more) reaches on the daemon's curve: the largest n
    with LEVEL_XP_STEP·n·(n-1) <= xp."""
    return (math.isqrt(4 * (xp // LEVEL_XP_STEP) + 1) + 1) // 2


def _streaks(days: set[int], today: int) -> tuple[int, int]:
    """(current, longest) runs of consecutive active days; current counts up to yesterday."""
    longest = run = 0
    previous = None
    for day in sorted(days):
        run = run + 1 if previous is not None and day == previous + 1 else 1
        longest = max(longest, run)
        previous = day
    current = run if previous is not None and previous >= today - 1 else 0
    return current, longest


def _accumulate(values: Iterable[float]) -> Iterator[float]:
    total = 0.0
    for value in values:
        total += value
        yield total


# -- command line -------------------------------------------------------------------------


def add_database_arguments(parser: argparse.ArgumentParser) -> None:
    """--database-url or --data-dir (an embedded PostgreSQL), shared with `queries`."""
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--database-url", metavar="URL", help="PostgreSQL to use (default: an embedded one)"
    )
    group.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help=f"data dir of the embedded PostgreSQL (default: ./{DEFAULT_DATA_DIR})",
    )


@contextlib.contextmanager
def database_target(url: str | None, data_dir: Path | None) -> Iterator[str]:
    """The URL to use: the given one, else an embedded server's, stopped on exit."""
    if url:
        yield url
        return
    server = EmbeddedPostgres(data_dir or DEFAULT_DATA_DIR, database="healthbot")
    print(f"embedded PostgreSQL in {server.pgdata}", flush=True)
    server.start()
    try:
        yield server.url
    finally:
        server.stop()


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `seed` subcommand."""
    parser = subparsers.add_parser(
        "seed",
        help="fill a database with realistic synthetic users and rows",
        description="Fill a database with realistic synthetic users and rows (COPY), "
        "then VACUUM ANALYZE, so that plans and latencies can be measured at scale.",
    )
    parser.add_argument("--users", type=int, default=10_000, help="users (default: 10000)")
    parser.add_argument(
        "--history",
        type=int,
        default=1_000_000,
        help="conversation messages (default: 1000000); other tables scale with it",
    )
    add_database_arguments(parser)
    parser.add_argument("--seed", type=int, default=1, help="random seed (default: 1)")
    parser.add_argument(
        "--force", action="store_true", help="truncate the seeded tables if they hold rows"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run `seed`; return the exit code."""
    try:
        with database_target(args.database_url, args.data_dir) as url:
            report = asyncio.run(
                seed_database(
                    url,
                    users=args.users,
                    history=args.history,
                    seed=args.seed,
                    force=args.force,
                    progress=_print_load,
                )
            )
    except (HealthbotError, ValueError, psycopg.Error) as exc:
        print(f"loadgen seed: {exc}", file=sys.stderr)
        return 1
    rows = sum(load.rows for load in report.tables)
    print(f"{'vacuum analyze':<22} {report.analyze_seconds:8.1f} s")
    print(f"{'total':<22} {rows:>10,} rows {report.total_seconds:8.1f} s")
    return 0


def _print_load(load: TableLoad) -> None:
    print(
        f"{load.table:<22} {load.rows:>10,} rows {load.seconds:8.1f} s "
        f"{load.rows_per_second:>10,.0f} rows/s",
        flush=True,
    )


if __name__ == "__main__":  # `python -m loadgen.seed ...`, the same as `python -m loadgen seed`
    _parser = argparse.ArgumentParser(prog="loadgen")
    add_parser(_parser.add_subparsers())
    _args = _parser.parse_args(["seed", *sys.argv[1:]])
    sys.exit(_args.func(_args))
