"""Words said around a food or drink that change nothing of what it is, or only how much:
a British or Irish voice's pint is the imperial pint (568 ml, a US pint stays 16 fl oz); how
a spirit was served ("neat", "on the rocks") and a piece eaten without its skin; "each with"
after a count; the occasion ("on a snowy evening", "when I was poorly", "off the tree", "in
my lunch box"); and words that say a food is the usual kind ("ripe", "organic")."""

from __future__ import annotations

import pytest

from healthbot.food.parser import parse_meal
from healthbot.food.sentences import read_sentence
from healthbot.meals.service import MealService


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("2 pints of bitter, a packet of crisps", "2 imperial pints of bitter, a packet of crisps"),
        ("a pint of cider down the local", "an imperial pint of cider"),
        ("2 pints down the pub", "2 imperial pints of beer"),  # a pint of nothing: beer
        ("a pint of ale at the pub", "a pint of ale"),  # the pub alone: no voice said
        ("a hot chocolate on a snowy evening", "a hot chocolate"),
        ("a bowl of tomato soup when I was poorly", "a bowl of tomato soup"),
        ("3 apricots straight off the tree", "3 apricots"),
        ("a yoghurt in my lunch box", "a yoghurt"),
        ("a banana on my way out", "a banana"),
        ("4 rice cakes each with a tbsp of jam", "4 rice cakes, a tbsp of jam in each"),
    ],
)  # fmt: skip
def test_words_around_the_items_fall_away(text: str, items: str) -> None:
    assert read_sentence(text).text == items


def test_each_with_is_one_item_for_each_before_it() -> None:
    items = parse_meal(read_sentence("4 rice cakes, each with a tbsp of peanut butter").text)
    assert [(item.quantity, item.unit, item.food) for item in items] == [
        (4.0, None, "rice cakes"), (4.0, "tbsp", "peanut butter")
    ]  # fmt: skip


async def test_a_british_pint_is_the_imperial_pint(service: MealService) -> None:
    [pint] = (await service.understand("a pint of beer down the local")).portions
    assert pint.grams == pytest.approx(568 * 1.005, rel=0.02)  # beer: 29.7 g a fl oz
    [pint] = (await service.understand("a pint of beer")).portions
    assert pint.grams == pytest.approx(473 * 1.005, rel=0.02)


async def test_how_it_was_served_is_no_item(service: MealService) -> None:
    for text in ("a rum, on the rocks", "2 tequilas, neat", "a roast chicken breast, skin removed"):
        understood = await service.understand(text)
        assert understood.questions == (), text
        assert len(understood.portions) == 1, text


async def test_a_usual_kind_is_its_common_name(service: MealService) -> None:
    for text, name in (("3 ripe plums", "Plums, raw"), ("2 organic pears", "Pears, raw")):
        understood = await service.understand(text)
        assert understood.questions == (), text
        [portion] = understood.portions
        assert portion.food_name.startswith(name), (text, portion.food_name)
