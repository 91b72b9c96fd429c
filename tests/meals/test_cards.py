"""Cards (issue 20, items 1-3): every question of a /log on one card, each with its own
buttons, answered in any order, by button or typed (grams or a measure of the food's); a
new /log leaves the open cards open; typed text answers the card it replies to; "Not this?"
offers the other foods an item's words could mean, and the one chosen takes its place. The
daemon in-process on the fake Telegram, as in test_bot."""

from __future__ import annotations

import time
from decimal import Decimal

from loadgen.telegram import SentMessage
from tests.support.meals import Logged
from tests.support.telegram import buttons, data_of, shown
from tests.support.waiting import until


def button(message: SentMessage, starts: str) -> tuple[str, str]:
    """The first button whose text starts so: (text, data)."""
    return next(b for row in buttons(message) for b in row if b[0].startswith(starts))


async def items(logged: Logged, user_id: int) -> list[tuple[int, str, Decimal, Decimal]]:
    """(position, usda_id, grams, kcal) of the user's items."""
    rows = await logged.rows(
        "SELECT position, usda_id, grams, kcal FROM food_entry_items WHERE user_id = %s"
        " ORDER BY entry_id, position",
        user_id,
    )
    return [(int(r[0]), str(r[1]), r[2], r[3]) for r in rows]


async def not_this(logged: Logged, user_id: int, text: str) -> tuple[SentMessage, int, SentMessage]:
    """Log `text`, press "Not this?" on its entry: the card, the entry's id, what it became."""
    [card] = await logged.say(user_id, text)
    entry_id = await logged.entry_id(user_id)
    logged.press(user_id, card, f"meal:alt:{entry_id}")
    return card, entry_id, await logged.edited(user_id, 1)


async def test_every_question_of_a_log_is_on_one_card_and_answered_in_any_order(
    logged: Logged, uid: int
) -> None:
    [card] = await logged.say(uid, "/log a cup of juice, 2 eggs and a serving of soup")
    text = shown(card)
    assert "• 2 eggs → Egg, whole, raw, fresh, 100 g · 143 kcal" in text
    assert "1. Which food is “a cup of juice”?" in text
    assert "2. Which food is “a serving of soup”?" in text
    juice, soup = button(card, "1 · Juice"), button(card, "2 · Soup")
    logged.press(uid, card, soup[1])  # the second question first: its food, then its amount
    first = await logged.edited(uid, 1)
    assert "Which food is “a cup of juice”?" in shown(first)
    assert "How much is “a serving of soup”" in shown(first)
    logged.press(uid, card, juice[1])  # its buttons stay: positions, not order, name them
    second = await logged.edited(uid, 2)
    assert "• a cup of juice → Juice, apple and grape blend" in shown(second)
    assert "Which food" not in shown(second)
    done = await logged.ask(uid, "300 g")  # typed: the card's first open question
    assert "How much" not in done and "• a serving of soup → Soup" in done
    stored = await items(logged, uid)
    assert stored[2][2] == Decimal("300.00")
    assert [p for p, *_ in stored] == [0, 1, 2] and len(await logged.entries(uid)) == 1
    answered = len(logged.fake.sent(uid, "answerCallbackQuery"))
    logged.forge(uid, card, juice[1])  # answered already (an old copy of the card)
    assert (await logged.answers(uid, answered + 1))[-1].text == "That question is over."
    assert len(await items(logged, uid)) == 3


async def test_a_new_log_leaves_the_open_questions_open(logged: Logged, uid: int) -> None:
    [juice] = await logged.say(uid, "/log a cup of juice")
    [eggs] = await logged.say(uid, "/log 2 eggs")
    [soup] = await logged.say(uid, "/log a bowl of soup")
    logged.press(uid, juice, data_of(juice)[0])  # the oldest card still answers
    edit = await logged.edited(uid, 1)
    assert "• a cup of juice → Juice" in shown(edit)
    logged.press(uid, soup, button(soup, "Skip")[1])
    assert shown(await logged.edited(uid, 2)) == "Nothing logged."
    assert "Total: 143 kcal" in shown(eggs)
    assert [r[3] for r in await logged.entries(uid)] == [1, 1]  # juice, eggs; no soup


async def test_typed_text_answers_the_card_it_replies_to_else_the_newest(
    logged: Logged, uid: int
) -> None:
    [first] = await logged.say(uid, "/log 2 xyzzyfruit")
    [second] = await logged.say(uid, "/log 3 qqqzzberries")
    assert "I don't know" in shown(first) and "I don't know" in shown(second)
    chat = logged.fake._chat(uid).user.chat_to_api()
    replied = {"message_id": first.message_id, "date": int(time.time()), "chat": chat}
    logged.fake.send_message_update(uid, {"text": "banana", "reply_to_message": replied})
    [answer] = await logged.fake.wait_for_messages(uid, 1, timeout=90)
    assert "• 2 xyzzyfruit (banana) → Bananas, raw, 236 g" in shown(answer)
    newest = await logged.ask(uid, "apple")  # no reply: the newest card
    assert "3 qqqzzberries (apple) → Apples" in newest
    assert [r[3] for r in await logged.entries(uid)] == [1, 1]


async def test_typed_text_answers_the_question_of_its_kind(logged: Logged, uid: int) -> None:
    [card] = await logged.say(uid, "/log a cup of juice and 2 slices of avocado")
    assert "1. Which food is “a cup of juice”?" in shown(card)
    assert "2. How much is “2 slices of avocado”" in shown(card)
    weighed = await logged.ask(uid, "100 g")  # an amount: the amount question, not the first
    assert "• 2 slices of avocado → Avocados, raw, all commercial varieties, 100 g" in weighed
    assert "Which food is “a cup of juice”?" in weighed
    await until(
        lambda: bool(logged.fake.sent(uid, "editMessageReplyMarkup")), what="buttons taken off"
    )
    [stripped] = logged.fake.sent(uid, "editMessageReplyMarkup")  # the card above: superseded
    assert stripped.message_id == card.message_id and not (stripped.reply_markup or {}).get(
        "inline_keyboard"
    )
    refused = await logged.ask(uid, "6")  # no food's name
    assert refused == "Tap the food “a cup of juice” is, or send another name for it."
    # An amount where only a food is asked was read as the food's name: "1 glass" asked
    # "Which food is “a cup of juice (1 glass)”?" with legs of lamb to choose from.
    refused = await logged.ask(uid, "1 glass")
    assert refused.startswith("That's an amount, and the food comes first: tap the food “a cup")
    assert [(p, g) for p, _, g, _ in await items(logged, uid)] == [(1, Decimal("100.00"))]


async def test_an_amount_in_words_or_a_unit_the_food_lacks_gets_its_measures(
    logged: Logged, uid: int
) -> None:
    [question] = await logged.say(uid, "/log 2 slices of avocado")
    assert shown(question).startswith("How much is “2 slices of avocado”")
    refused = await logged.ask(uid, "2 slices")  # a unit the avocado has no measure for
    assert refused.startswith("Send the weight in grams") and "1 cup" in refused
    assert await logged.entries(uid) == []
    done = await logged.ask(uid, "half a cup")
    [(food, grams)] = [(u, g) for _, u, g, _ in await items(logged, uid)]
    cups = await logged.rows(
        "SELECT grams FROM food_measures WHERE food_uid = %s AND amount = 1"
        " AND name LIKE 'cup%%' ORDER BY position LIMIT 1",
        food,
    )
    assert grams == Decimal(str(round(float(cups[0][0]) / 2, 2)))
    assert "Total:" in done


async def test_not_this_offers_other_foods_and_the_one_chosen_takes_the_items_place(
    logged: Logged, uid: int
) -> None:
    _, _, question = await not_this(logged, uid, "/log 2 eggs")
    assert "Not Egg, whole, raw, fresh? Which food is “2 eggs”?" in shown(question)
    choices = [b for row in buttons(question) for b in row if b[1].startswith("meal:pick:")]
    assert choices and all(" kcal" in text for text, _ in choices)
    assert all(not text.endswith(" 143 kcal") for text, _ in choices)  # none of its energy
    text, data = choices[0]
    logged.press(uid, question, data)
    replaced = await logged.edited(uid, 2)
    [(position, uid_stored, _, kcal)] = await items(logged, uid)
    assert position == 0 and uid_stored != "01123"
    assert f"{round(kcal)} kcal" in text  # the energy the button offered
    assert f"Total: {round(kcal)} kcal" in shown(replaced)
    assert [r[1] for r in await logged.entries(uid)] == [kcal]


async def test_not_this_on_several_foods_asks_which_and_back_or_skip_keeps_them(
    logged: Logged, uid: int
) -> None:
    card, entry_id, which = await not_this(logged, uid, "/log 2 eggs and a banana")
    assert shown(which).endswith("Which of these is not right?")
    assert data_of(which) == [f"meal:alt:{entry_id}:0", f"meal:alt:{entry_id}:1",
                              f"meal:back:{entry_id}"]  # fmt: skip
    logged.press(uid, which, f"meal:back:{entry_id}")
    back = await logged.edited(uid, 2)
    # The entry as the card showed it (the first /log's line about the timezone is said once).
    assert shown(card).startswith(shown(back) + "\n🕓") and data_of(back) == data_of(card)
    logged.press(uid, back, f"meal:alt:{entry_id}")
    logged.press(uid, await logged.edited(uid, 3), f"meal:alt:{entry_id}:1")
    banana = await logged.edited(uid, 4)
    assert "Not Bananas, raw? Which food is “a banana”?" in shown(banana)
    logged.press(uid, banana, button(banana, "Skip")[1])
    kept = await logged.edited(uid, 5)
    assert "Which food" not in shown(kept) and "Total: 248 kcal" in shown(kept)
    assert [u for _, u, _, _ in await items(logged, uid)] == ["01123", "09040"]


async def test_past_eight_open_cards_the_oldest_is_forgotten_and_loses_its_buttons(
    logged: Logged, uid: int
) -> None:
    cards = [(await logged.say(uid, f"/log {n} xyzzyfruits"))[0] for n in range(2, 11)]
    await until(
        lambda: bool(logged.fake.sent(uid, "editMessageReplyMarkup")), what="buttons taken off"
    )
    [stripped] = logged.fake.sent(uid, "editMessageReplyMarkup")
    assert stripped.message_id == cards[0].message_id  # the first of nine
    answers = len(logged.fake.sent(uid, "answerCallbackQuery"))
    logged.forge(uid, cards[0], data_of(cards[0])[0])  # its Skip, pressed from an old copy
    assert (await logged.answers(uid, answers + 1))[-1].text == "That question is over."
    logged.press(uid, cards[1], data_of(cards[1])[0])  # the second is still open
    assert shown(await logged.edited(uid, 1)) == "Nothing logged."


async def test_cancel_ends_the_open_meal_questions(logged: Logged, uid: int) -> None:
    [card] = await logged.say(uid, "/log a cup of juice")
    assert "Which food is" in shown(card)
    assert await logged.ask(uid, "/cancel") == "OK, stopped. Nothing more to answer."
    answers = len(logged.fake.sent(uid, "answerCallbackQuery"))
    logged.press(uid, card, data_of(card)[0])  # its buttons answer nothing any more
    assert (await logged.answers(uid, answers + 1))[-1].text == "That question is over."
    assert await logged.entries(uid) == []
    assert await logged.ask(uid, "/cancel") == "There's no question to cancel."
