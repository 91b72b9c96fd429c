"""'Not this?' on an entry logged from a barcode: the product's name searched in the food
table (the foods it could be instead), or, when the table has none, a plain word that it was
the packaged product with /log by name to log something else; never an empty list."""

from __future__ import annotations

from loadgen.off import FakeOff, OffItem
from tests.support.barcodes import barcode_photo, card
from tests.support.meals import Logged
from tests.support.telegram import labels, shown


async def test_not_this_on_a_scanned_product_offers_table_foods_by_its_name(
    scanned: Logged, uid: int
) -> None:
    scanned.fake.send_photo(scanned.user(uid), barcode_photo("036000291452"))
    logged = await card(scanned.fake, uid)
    scanned.press(uid, logged, labels(logged)["🔄 Not this?"])
    asked = await scanned.edited(uid, 1)
    assert "Not Chocolate chip cookies (Crumbly)?" in shown(asked)
    offered = {text: data for text, data in labels(asked).items() if "meal:pick:" in data}
    assert offered and all(text.startswith("Cookies, chocolate chip") for text in offered)
    scanned.press(uid, asked, next(iter(offered.values())))
    chosen = await scanned.edited(uid, 2)
    assert "→ Cookies, chocolate chip" in shown(chosen) and "28 g" in shown(chosen)
    [(food, grams)] = await scanned.rows(
        "SELECT usda_id, grams FROM food_entry_items WHERE user_id = %s", uid
    )
    assert not food.startswith("off:") and float(grams) == 28.0  # the grams the package gave


async def test_not_this_on_a_product_the_table_lacks_says_what_it_was(
    scanned: Logged, off: FakeOff, uid: int
) -> None:
    code = "5000112637922"
    off.products[code] = OffItem(code, "Zorbleflax", "Qwerty", 300.0, 5.0, 50.0, 8.0, 40.0)
    try:
        scanned.fake.send_photo(scanned.user(uid), barcode_photo(code))
        logged = await card(scanned.fake, uid)
        assert "→ Zorbleflax (Qwerty), 40 g · 120 kcal" in shown(logged)
        scanned.press(uid, logged, labels(logged)["🔄 Not this?"])
        [answer] = await scanned.answers(uid, 1)
    finally:
        del off.products[code]
    assert answer.show_alert and answer.text is not None
    assert "“Zorbleflax (Qwerty)” is the packaged product read from its barcode" in answer.text
    assert "/log it by name" in answer.text and len(answer.text) <= 200  # an alert's limit
