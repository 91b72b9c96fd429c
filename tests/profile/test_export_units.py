"""/export states its units (issue 21): amounts as stored, in metric units, said in the
caption and in the JSON file, with the conversion for a user who sees imperial units."""

from __future__ import annotations

import io
import json
import zipfile
from typing import Any

from healthbot.profile.export import JSON_NAME
from tests.support.profile import Chats
from tests.support.telegram import shown


async def exported(chats: Chats, uid: int) -> tuple[str, dict[str, Any]]:
    """The caption of the user's /export and its JSON document."""
    chats.fake.send_text(uid, "/export")
    document = await chats.one(uid, timeout=60)
    assert document.method == "sendDocument" and document.file_id is not None
    archive = zipfile.ZipFile(io.BytesIO(chats.fake.file_content(document.file_id) or b""))
    return shown(document), json.loads(archive.read(JSON_NAME))


async def test_an_imperial_users_export_says_its_amounts_are_metric(chats: Chats, uid: int) -> None:
    chats.user(uid)
    await chats.say(uid, "/start")
    await chats.say(uid, "/units imperial")
    await chats.say(uid, "/weight 160 lb")
    caption, data = await exported(chats, uid)
    assert "Amounts are in metric units, as stored: weight in kg" in caption
    assert "You see them in imperial units: 1 kg = 2.205 lb" in caption
    assert data["units"] == {
        "in_this_export": {"weight": "kg", "height": "cm", "water": "ml", "food": "g",
                           "energy": "kcal", "protein, carbs, fat": "g"},
        "shown_to_you": "imperial",
    }  # fmt: skip
    assert [row["weight_kg"] for row in data["tables"]["weight_logs"]] == [72.57]


async def test_a_metric_users_export_states_its_units_without_conversions(
    chats: Chats, uid: int
) -> None:
    chats.user(uid)
    caption, data = await exported(chats, uid)  # never set anything: metric
    assert "Amounts are in metric units" in caption and "imperial" not in caption
    assert data["units"]["shown_to_you"] == "metric"


async def test_a_british_users_export_gives_no_fluid_ounces(chats: Chats, uid: int) -> None:
    # one who weighs in stones is British: water reads in ml (49681bd), not US fl oz
    chats.user(uid)
    await chats.say(uid, "/start")
    await chats.say(uid, "/units imperial")
    await chats.say(uid, "/weight 11 st 4 lb")
    caption, _ = await exported(chats, uid)
    assert "You see them in imperial units: 1 kg = 2.205 lb" in caption
    assert "fl oz" not in caption and "water in ml" in caption
