"""Barcode photos end to end: the daemon on the fake Telegram over HTTP, the products on the
fake Open Food Facts, real PostgreSQL and Redis.

One daemon for the module (distinct user ids per test: tests/barcodes/conftest.py); the
outage gets a daemon of its own, since a failed lookup pauses the lookups of the daemon that
made it.
"""

from __future__ import annotations

import socket
from pathlib import Path

from healthbot.app import App
from loadgen.images import food_photo
from loadgen.off import FakeOff
from tests.support.barcodes import CONTACT, barcode_photo, card, off_settings
from tests.support.daemon import RunningBot, bot_settings
from tests.support.databases import fresh_database
from tests.support.meals import Logged
from tests.support.telegram import TOKEN, ForgingTelegram, shown


async def test_a_barcode_photo_logs_one_serving_with_the_usual_card(
    scanned: Logged, off: FakeOff, uid: int
) -> None:
    scanned.fake.send_photo(scanned.user(uid), barcode_photo("3017620422003", angle=4.0))
    logged = await card(scanned.fake, uid)
    # The usual line, what the user gave (the code) read as the product: 15 g x 539 / 100 g.
    assert "barcode 3017620422003 → Nutella (Ferrero), 15 g · 81 kcal" in shown(logged)
    assert logged.reply_markup is not None
    buttons = [b["text"] for row in logged.reply_markup["inline_keyboard"] for b in row]
    assert {"✏️ Edit", "🗑 Delete"} <= set(buttons), buttons
    items = await scanned.rows(
        "SELECT food_name, usda_id, grams, kcal, protein_g, carbs_g, fat_g"
        " FROM food_entry_items WHERE user_id = %s",
        uid,
    )
    assert [tuple(map(str, row)) for row in items] == [
        ("Nutella (Ferrero)", "off:3017620422003", "15.00", "80.85", "0.94", "8.62", "4.63")
    ]
    [request] = [r for r in off.requests if r.path.endswith("/3017620422003.json")]
    assert request.user_agent == f"healthbot/0.1.0 ({CONTACT})"
    assert "nutriments" in request.query["fields"]


async def test_a_upc_a_photo_is_logged_and_a_second_scan_asks_open_food_facts_no_more(
    scanned: Logged, off: FakeOff, uid: int
) -> None:
    for angle in (-3.0, 5.0):
        scanned.fake.send_photo(scanned.user(uid), barcode_photo("036000291452", angle=angle))
        logged = await card(scanned.fake, uid)
        assert "→ Chocolate chip cookies (Crumbly), 28 g · 134 kcal" in shown(logged)
    assert len(await scanned.entries(uid)) == 2
    assert off.asked("0036000291452") == 1


async def test_a_package_without_a_serving_asks_how_much_as_log_does(
    scanned: Logged, uid: int
) -> None:
    photo = barcode_photo("5449000000996", angle=-4.0)
    scanned.fake.send_photo(scanned.user(uid), photo, caption="Snack")  # the meal it names
    [question] = await scanned.fake.wait_for_messages(uid, 1, timeout=90)
    assert "How much is “barcode 5449000000996” (Cola (Fizz))?" in shown(question)
    assert question.reply_markup is not None
    amounts = {b["text"]: b["callback_data"] for row in question.reply_markup["inline_keyboard"]
               for b in row}  # fmt: skip
    assert {"50 g", "100 g", "250 g"} <= set(amounts)
    assert await scanned.entries(uid) == []
    scanned.press(uid, question, amounts["250 g"])
    entry = await scanned.edited(uid, 1)
    assert "Cola (Fizz), 250 g · 105 kcal" in shown(entry)  # 250 g x 42 kcal / 100 g
    [(meal, kcal, deleted, items)] = await scanned.entries(uid)
    assert (meal, float(kcal), deleted, items) == ("snack", 105.0, False, 1)


async def test_an_unknown_code_says_so_and_offers_log_by_name(
    scanned: Logged, off: FakeOff, uid: int
) -> None:
    for _ in range(2):
        scanned.fake.send_photo(scanned.user(uid), barcode_photo("5901234123457"))
        [reply] = await scanned.fake.wait_for_messages(uid, 1, timeout=90)
        assert "5901234123457" in shown(reply) and "doesn't know that product" in shown(reply)
        assert "/log" in shown(reply)
    scanned.fake.send_photo(uid, barcode_photo("7622210449283"))  # listed without energy
    [reply] = await scanned.fake.wait_for_messages(uid, 1, timeout=90)
    assert "Mystery biscuits (Nobody)" in shown(reply) and "without its energy" in shown(reply)
    assert await scanned.entries(uid) == []
    assert off.asked("5901234123457") == 1  # "not found" is kept too


async def test_a_photo_without_a_barcode_still_goes_to_the_coach(
    scanned: Logged, off: FakeOff, uid: int
) -> None:
    before = len(off.requests)
    scanned.fake.send_photo(scanned.user(uid), food_photo("a banana", width=1280, height=960))
    replies = await scanned.fake.wait_for_messages(uid, 1, timeout=60)
    assert not any("barcode" in shown(reply) for reply in replies)
    assert len(off.requests) == before


async def test_with_open_food_facts_down_a_scan_gets_a_clear_reply_at_once(
    tmp_path: Path, postgres_admin_url: str, redis_url: str, off: FakeOff, uid: int
) -> None:
    off.faults.down = True  # every answer a 503
    before = len(off.requests)
    try:
        with fresh_database(postgres_admin_url) as url:
            async with ForgingTelegram(TOKEN) as fake:
                settings = bot_settings(tmp_path, url, redis_url, fake.base_url)
                async with App(off_settings(settings, off.base_url), TOKEN) as app, app.serving():
                    logged = Logged(RunningBot(fake, app), fake, url)
                    for code in ("4006381333931", "5000112637922"):  # the second: not tried
                        fake.send_photo(logged.user(uid), barcode_photo(code))
                        [reply] = await fake.wait_for_messages(uid, 1, timeout=60)
                        assert "can't reach Open Food Facts" in shown(reply)
                        assert "/log" in shown(reply)
                    assert await logged.entries(uid) == []
    finally:
        off.faults.down = False
    # Two tries of the first code (off_attempts), then OFF is left alone for a while.
    assert [r.path for r in off.requests[before:]] == ["/api/v2/product/4006381333931.json"] * 2


async def test_with_open_food_facts_unreachable_a_scan_gets_the_same_clear_reply(
    tmp_path: Path, postgres_admin_url: str, redis_url: str, uid: int
) -> None:
    # No server at all: a port bound and not listening refuses every connection, as a host
    # without network or a firewall would fail it at once.
    with socket.socket() as closed, fresh_database(postgres_admin_url) as url:
        closed.bind(("127.0.0.1", 0))
        nowhere = f"http://127.0.0.1:{closed.getsockname()[1]}"
        async with ForgingTelegram(TOKEN) as fake:
            settings = bot_settings(tmp_path, url, redis_url, fake.base_url)
            async with App(off_settings(settings, nowhere), TOKEN) as app, app.serving():
                logged = Logged(RunningBot(fake, app), fake, url)
                fake.send_photo(logged.user(uid), barcode_photo("4006381333931"))
                [reply] = await fake.wait_for_messages(uid, 1, timeout=60)
                assert "4006381333931" in shown(reply)
                assert "can't reach Open Food Facts" in shown(reply)
                assert "/log" in shown(reply)
                assert await logged.entries(uid) == []


async def test_a_photo_without_a_barcode_is_downloaded_once_for_the_reader_and_the_coach(
    scanned: Logged, uid: int
) -> None:
    fake = scanned.fake
    before = (fake.calls["getFile"], fake.calls["file"])
    fake.send_photo(scanned.user(uid), food_photo("a bowl of soup", width=1280, height=960))
    [reply] = await fake.wait_for_messages(uid, 1, timeout=60)
    assert "barcode" not in shown(reply)  # the coach's answer, about the photo it got
    assert (fake.calls["getFile"], fake.calls["file"]) == (before[0] + 1, before[1] + 1)
