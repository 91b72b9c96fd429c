"""Words said for short in a /log ("marge", "spag bol"): a clip that could mean two foods is
asked about, and a food the table lacks is asked about in the user's own words."""

from __future__ import annotations

from tests.support.meals import Logged
from tests.support.telegram import shown


async def test_a_marg_is_asked_about_not_logged_as_margarine(logged: Logged, uid: int) -> None:
    # "marg" was spelt out as margarine: 14 g logged without a word, where in the US a
    # "marg" is a margarita.
    [card] = await logged.say(uid, "/log a marg")
    assert "Margarine" not in shown(card), shown(card)
    assert await logged.entries(uid) == []
    [card] = await logged.say(uid, "/log toast with marge")  # British only: margarine
    assert "Margarine" in shown(card), shown(card)


async def test_an_unknown_food_is_asked_about_in_the_users_own_words(
    logged: Logged, uid: int
) -> None:
    # "I don't know “bolognese”" answered "a pint of bol": a word the user never typed
    # ("bol" is known now, spag bol's recipe; "choc" is spelt out as "chocolate" too).
    [question] = await logged.say(uid, "/log a pint of choc zorble")
    assert "“a pint of choc zorble”" in shown(question), shown(question)
    assert "chocolate" not in shown(question).lower(), shown(question)
    [question] = await logged.say(uid, "/log 2 xyzzyfruit")
    assert shown(question).startswith("I don't know “xyzzyfruit”"), shown(question)
