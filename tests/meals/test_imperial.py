"""Food amounts in the user's units (issue 21, item 2): with imperial units set (/units
imperial), every food amount the bot shows reads in ounces with the grams beside it, on the
card of a /log, on an entry opened from /history and on the amount buttons of a question;
typed answers still take grams, and ounces. Metric users are covered by test_bot and
test_cards, unchanged. The handlers in-process on the fake Telegram, as in test_bot."""

from __future__ import annotations

from decimal import Decimal

from healthbot.measures import food_amount, ounces
from tests.support.meals import Logged
from tests.support.telegram import buttons, data_of, shown


async def imperial(logged: Logged, user_id: int) -> None:
    """Set the user's units to imperial as they would: /units imperial."""
    reply = await logged.ask(user_id, "/units imperial")
    assert "imperial" in reply.lower(), reply


def test_a_food_amount_reads_in_ounces_with_its_grams_beside() -> None:
    assert food_amount(99, "imperial") == "3.5 oz (99 g)"
    assert food_amount(85.05, "imperial") == "3 oz (85 g)"
    assert food_amount(1000, "imperial") == "35.3 oz (1,000 g)"
    assert food_amount(1.2, "imperial") == "0.04 oz (1.2 g)"  # an almond is not 0 oz
    assert ounces(0.05) == "<0.01"
    assert food_amount(99, "metric") == "99 g"  # metric as it always read
    assert food_amount(1.2, "metric") == "1.2 g"


async def test_an_imperial_users_card_and_history_show_ounces_with_grams(
    logged: Logged, uid: int
) -> None:
    await imperial(logged, uid)
    [card] = await logged.say(uid, "/log for breakfast 2 eggs")
    assert "• 2 eggs → Egg, whole, raw, fresh, 3.5 oz (100 g) · 143 kcal" in shown(card)
    assert "protein" in shown(card)  # macros stay in grams, as food labels give them
    [page] = await logged.say(uid, "/history")
    logged.press(uid, page, data_of(page)[0])
    [opened] = await logged.fake.wait_for_messages(uid, 1, timeout=60)
    assert "Egg, whole, raw, fresh, 3.5 oz (100 g) · 143 kcal" in shown(opened)
    entry_id = await logged.entry_id(uid)
    logged.press(uid, opened, f"meal:set:{entry_id}:dinner")  # the edited card keeps ounces
    moved = await logged.edited(uid, 1)
    assert shown(moved).startswith("🍽 Dinner")
    assert "3.5 oz (100 g)" in shown(moved)
    [(meal, kcal, _, _)] = await logged.entries(uid)
    assert (meal, kcal) == ("dinner", Decimal("143.00"))
    logged.press(uid, moved, f"meal:edit:{entry_id}")  # the corrected entry reads in ounces
    [prompt] = await logged.fake.wait_for_messages(uid, 1, timeout=60)
    assert shown(prompt).startswith("✏️ Send the corrected list")
    assert "Egg, whole, raw, fresh, 1.8 oz (50 g) · 72 kcal" in await logged.ask(uid, "1 egg")


async def test_an_imperial_users_amount_question_offers_ounces_and_takes_oz_or_grams(
    logged: Logged, uid: int
) -> None:
    await imperial(logged, uid)
    [question] = await logged.say(uid, "/log 2 slices of avocado")
    text = shown(question)
    assert text.startswith("How much is “2 slices of avocado” (Avocados, raw")
    assert "like 4 oz or 1 cup" in text
    labels = [label for row in buttons(question)[:-1] for label, _ in row]
    assert "3.5 oz (100 g)" in labels, labels
    assert all("oz (" in label for label in labels), labels
    assert "Send the weight, like 4 oz (or 120 g)" in await logged.ask(uid, "lots")
    logged.press(uid, question, next(d for t, d in buttons(question)[0] if t == "3.5 oz (100 g)"))
    edit = await logged.edited(uid, 1)
    assert "3.5 oz (100 g) · 160 kcal" in shown(edit)
    await logged.say(uid, "/log 3 slices of avocado")
    assert "3 oz (85 g) · 136 kcal" in await logged.ask(uid, "3 oz")
    await logged.say(uid, "/log 3 slices of avocado")
    assert "1.6 oz (45 g) · 72 kcal" in await logged.ask(uid, "45 g")
