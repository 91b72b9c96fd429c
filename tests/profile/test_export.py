"""/export end to end: a zip with one JSON file and a CSV per table that holds users' rows,
with everything of the user and nothing of anyone else."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from datetime import UTC, datetime

from healthbot.profile.export import JSON_NAME, TableRows, build_zip
from tests.support.profile import Chats
from tests.support.users import new_user_id

OWNER_MARK = "owner-note-7f3a"
OTHER_MARK = "other-note-91c2"


# The bot's bookkeeping about a user: never in their export (issue 21).
BOOKKEEPING = {
    "update_inbox", "update_quarantine", "coach_rounds", "coach_memory_writes", "food_entry_edits",
}  # fmt: skip


async def user_tables(chats: Chats) -> set[str]:
    """Every base table with a user_id column but the bookkeeping, and the coach's memories
    (the user is inside their payload), found independently of the code under test."""
    rows = await chats.rows(
        "SELECT c.table_name FROM information_schema.columns c"
        " JOIN information_schema.tables t USING (table_schema, table_name)"
        " WHERE c.table_schema = 'public' AND c.column_name = 'user_id'"
        " AND t.table_type = 'BASE TABLE'"
    )
    return {name for (name,) in rows} - BOOKKEEPING | {"coach_memories"}


async def fill(chats: Chats, user_id: int, mark: str) -> None:
    """Some of everything for a user: through the bot, and rows of other features by hand."""
    chats.user(user_id, first_name=f"Name{user_id}")
    await chats.say(user_id, "/start")
    await chats.say(user_id, "/water 300 ml")
    await chats.say(user_id, "/weight 71.3")
    await chats.say(user_id, "/profile")
    await chats.press(user_id, "Name")
    await chats.say(user_id, f"Nick {mark}")
    await chats.rows(
        "INSERT INTO reminders (user_id, kind, text, schedule)"
        " VALUES (%s, 'water', %s, '{\"every_minutes\": 90}')",
        user_id,
        mark,
    )
    await chats.rows(
        "INSERT INTO conversation_history (user_id, role, content, metadata)"
        " VALUES (%s, 'user', %s, '{\"k\": [1, 2]}')",
        user_id,
        mark,
    )
    await chats.rows(
        "INSERT INTO xp_events (user_id, amount, reason, source_ref) VALUES (%s, 10, 'test', %s)",
        user_id,
        mark,
    )
    await chats.rows(
        "INSERT INTO coach_memories (id, payload) VALUES (gen_random_uuid(),"
        " jsonb_build_object('user_id', %s::text, 'data', %s::text))",
        user_id,
        f"likes oat milk {mark}",
    )


async def test_export_sends_everything_of_the_user_and_nothing_of_others(
    chats: Chats, uid: int
) -> None:
    owner, other = uid, new_user_id()
    await fill(chats, owner, OWNER_MARK)
    await fill(chats, other, OTHER_MARK)

    chats.fake.send_text(owner, "/export")
    document = await chats.one(owner, timeout=60)
    assert document.method == "sendDocument" and document.file_id is not None
    content = chats.fake.file_content(document.file_id)
    assert content is not None
    archive = zipfile.ZipFile(io.BytesIO(content))
    assert archive.testzip() is None

    names = set(archive.namelist())
    tables = await user_tables(chats)
    assert {"water_logs", "weight_logs", "user_profiles", "reminders", "xp_events"} <= tables
    # Every table with a user_id column is in the zip, the bookkeeping aside, and the diary.
    assert names == {JSON_NAME, "users.csv", "diary.csv"} | {f"{table}.csv" for table in tables}

    data = json.loads(archive.read(JSON_NAME))
    assert data["user_id"] == owner
    exported = data["tables"]
    assert [row["id"] for row in exported["users"]] == [owner]
    assert [row["amount_ml"] for row in exported["water_logs"]] == [300]
    assert [row["weight_kg"] for row in exported["weight_logs"]] == [71.3]
    assert exported["user_profiles"][0]["display_name"] == f"Nick {OWNER_MARK}"
    assert exported["conversation_history"][0]["metadata"] == {"k": [1, 2]}
    [memory] = exported["coach_memories"]  # what the coach remembers is theirs too
    assert memory["payload"] == {"user_id": str(owner), "data": f"likes oat milk {OWNER_MARK}"}
    for table, rows in exported.items():
        if table != "coach_memories":
            key = "id" if table == "users" else "user_id"
            assert {row[key] for row in rows} <= {owner}, table

    for table in tables - {"coach_memories"}:
        reader = csv.DictReader(io.StringIO(archive.read(f"{table}.csv").decode()))
        assert {row["user_id"] for row in reader} <= {str(owner)}, table
    water = list(csv.DictReader(io.StringIO(archive.read("water_logs.csv").decode())))
    assert [row["amount_ml"] for row in water] == ["300"]

    # Nothing of the other user anywhere: not their id, not their words.
    everything = b"".join(archive.read(name) for name in names)
    assert OWNER_MARK.encode() in everything
    assert OTHER_MARK.encode() not in everything
    assert str(other).encode() not in everything


async def test_export_of_a_user_without_data_is_a_valid_zip(chats: Chats, uid: int) -> None:
    chats.user(uid)
    chats.fake.send_text(uid, "/export")
    document = await chats.one(uid, timeout=60)
    assert document.file_id is not None
    content = chats.fake.file_content(document.file_id)
    assert content is not None
    archive = zipfile.ZipFile(io.BytesIO(content))
    data = json.loads(archive.read(JSON_NAME))
    assert data["tables"]["users"] == []  # never sent /start: nothing stored at all
    # The /export update itself is in the inbox: bookkeeping, not in the export.
    assert {table for table, rows in data["tables"].items() if rows} == set()


def test_values_json_cannot_hold_are_written_as_text() -> None:
    at = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    table = TableRows(
        "things", ("user_id", "at", "blob", "tags", "none"), ((7, at, b"\x00\x01", ["a"], None),)
    )
    archive = zipfile.ZipFile(io.BytesIO(build_zip(7, [table], at)))
    row = json.loads(archive.read(JSON_NAME))["tables"]["things"][0]
    assert row == {"user_id": 7, "at": at.isoformat(), "blob": "AAE=", "tags": ["a"], "none": None}
    lines = archive.read("things.csv").decode().splitlines()
    assert lines == ["user_id,at,blob,tags,none", f'7,{at.isoformat()},AAE=,"[""a""]",']


async def test_export_has_a_readable_food_diary(chats: Chats, uid: int) -> None:
    chats.user(uid, first_name="Di")
    await chats.say(uid, "/start")
    # The first /log waits for the food table (built by every test daemon on a loaded machine).
    await chats.say(uid, "/log lunch: 2 eggs and a banana", timeout=180)
    await chats.one(uid)  # the first meal's achievement, after the entry
    chats.fake.send_text(uid, "/export")
    document = await chats.one(uid, timeout=60)
    assert document.file_id is not None
    archive = zipfile.ZipFile(io.BytesIO(chats.fake.file_content(document.file_id) or b""))
    diary = list(csv.DictReader(io.StringIO(archive.read("diary.csv").decode())))
    assert [row["food"] for row in diary] == ["Egg, whole, raw, fresh", "Bananas, raw"]
    assert [(row["meal"], row["as_typed"], row["kcal"]) for row in diary] == [
        ("lunch", "2 eggs", "143.00"),
        ("lunch", "a banana", "105.02"),
    ]
    assert re.fullmatch(r"\d\d:\d\d", diary[0]["time"]) and diary[0]["date"]
    assert set(diary[0]) == {"date", "time", "meal", "as_typed", "food", "grams", "kcal",
                             "protein_g", "carbs_g", "fat_g"}  # fmt: skip
