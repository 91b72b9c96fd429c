"""What the coach reads of a user's eating from their own words (no model)."""

from __future__ import annotations

import pytest

from healthbot.coach.preferences import Preference, extract


def allergies(text: str) -> list[str]:
    return [p.value for p in extract(text) if p.kind == "allergy"]


@pytest.mark.parametrize(
    ("text", "allergens"),
    [
        ("I'm allergic to peanuts", ["peanuts"]),
        ("I am vegetarian and allergic to peanuts. I want to lose 5 kg", ["peanuts"]),
        ("im severely allergic to shellfish, so no prawns please", ["shellfish"]),
        ("I'm allergic to peanuts, tree nuts and sesame", ["peanuts", "tree nuts", "sesame"]),
        ("I am allergic to eggs or milk, I'm not sure which", ["eggs", "milk"]),
        ("I'm allergic to kiwi and I love pasta", ["kiwi"]),
        ("I'm vegan, also allergic to soy", ["soy"]),
        ("I have a gluten allergy", ["gluten"]),
    ],
)
def test_allergies_are_read_from_first_person_statements(text: str, allergens: list[str]) -> None:
    assert allergies(text) == allergens


@pytest.mark.parametrize(
    "text",
    [
        "am I allergic to peanuts?",  # a question
        "I'm not allergic to anything",
        "allergic reactions scare me",
    ],
)
def test_no_allergy_is_read_where_none_is_stated(text: str) -> None:
    assert allergies(text) == []


def test_a_diet_and_an_allergy_in_one_sentence_are_both_kept() -> None:
    found = extract("I am vegetarian and allergic to peanuts")
    assert set(found) == {Preference("allergy", "peanuts"), Preference("diet", "vegetarian")}
