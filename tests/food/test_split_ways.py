"""One thing split with one other person is half of it; split several ways, that part of it;
a part said outright wins."""

from __future__ import annotations

import pytest

from healthbot.food.sentences import read_sentence


@pytest.mark.parametrize(
    ("said", "items"),
    [
        ("split a rack of ribs with my boyfriend", "half of a rack of ribs"),
        ("shared a bottle of rose with my mum", "half of a bottle of rose"),
        ("split a lasagne 4 ways", "a quarter of a lasagne"),
        ("shared a cheesecake between the six of us", "a sixth of a cheesecake"),
        ("split a pizza five ways", "1/5 of a pizza"),  # "a fifth" is a US bottle: a number
    ],
)  # fmt: skip
def test_a_thing_split_is_the_writers_part(said: str, items: str) -> None:
    assert read_sentence(said).text == items


@pytest.mark.parametrize(
    ("said", "items"),
    [
        # the writer is one more than the others named
        ("shared a family size lasagne with 5 friends", "a sixth of a family size lasagne"),
        ("split a bottle of cava with 2 colleagues", "a third of a bottle of cava"),
        ("shared a tray of nachos with the 3 kids", "a quarter of a tray of nachos"),
        ("split a pitcher of margaritas among 4 people", "a quarter of a pitcher of margaritas"),
        ("we split a bottle of merlot 3 ways", "a third of a bottle of merlot"),
        # the part each had, said after the company, is the part
        ("shared an extra large pizza with 3 mates, a quarter each",
         "an extra large pizza, a quarter"),
        ("split a 12 inch calzone with 2 friends, a third each", "a 12 inch calzone, a third"),
    ],
)  # fmt: skip
def test_a_thing_shared_with_several_is_the_writers_part(said: str, items: str) -> None:
    assert read_sentence(said).text == items


def test_a_part_said_outright_is_the_part() -> None:
    said = "split a calzone with my sister, I had a third of it"
    assert "half of" not in read_sentence(said).text


def test_company_counted_without_a_share_is_no_food() -> None:
    # "2 friends" was an item: 100 g of SR24's KASHI GOOD FRIENDS cereal (317 kcal)
    assert read_sentence("a pizza with 2 friends").text == "a pizza"
    assert read_sentence("had a bottle of wine with three mates").text == "a bottle of wine"
    assert read_sentence("nachos with a couple of friends").text == "nachos"
    # a share it has no word for (a fifth) is said as a number, not with a friend
    assert read_sentence("shared a large pizza with 4 friends").text == "1/5 of a large pizza"
    assert read_sentence("a salad with 2 eggs").text == "a salad with 2 eggs"
