"""The /log accuracy phrase set is well formed: real foods, plausible grams, sane energy, and
sets of the same make-up (development, held_out, held_out_2) that do not overlap. (The bot's
score on it is measured by `bench/eval_food_log.py`, not here.)"""

from __future__ import annotations

import re
from itertools import combinations

import pytest

from tests.meals.phrases import SET_NAMES, Phrase, phrase_set
from tests.meals.phrases.table import food, item_kcal, phrase_kcal

MIN_PER_SET = 80
MAX_GRAMS = 2000.0
KCAL_RANGE = (5.0, 3000.0)


def all_phrases() -> list[tuple[str, Phrase]]:
    return [(name, phrase) for name in SET_NAMES for phrase in phrase_set(name)]


@pytest.mark.parametrize("name", SET_NAMES)
def test_every_item_names_a_food_of_the_table_with_plausible_grams(name: str) -> None:
    for phrase in phrase_set(name):
        assert phrase.text.strip() == phrase.text and phrase.text, phrase
        assert phrase.items, phrase.text
        for item in phrase.items:
            assert re.fullmatch(r"\d{5}", item.uid), (phrase.text, item)
            record = food(item.uid)  # KeyError: the uid is not in the packaged table
            assert record.kcal is not None, (phrase.text, item)
            assert 0 < item.grams < MAX_GRAMS, (phrase.text, item)
            assert item.basis.startswith(item.uid), (phrase.text, item)
            assert item_kcal(item) >= 0


@pytest.mark.parametrize("name", SET_NAMES)
def test_every_phrase_has_a_sane_energy(name: str) -> None:
    low, high = KCAL_RANGE
    for phrase in phrase_set(name):
        assert low <= phrase_kcal(phrase) <= high, (phrase.text, phrase_kcal(phrase))


def test_no_phrase_is_written_twice() -> None:
    texts = [phrase.text.casefold() for _, phrase in all_phrases()]
    duplicates = {text for text in texts if texts.count(text) > 1}
    assert not duplicates


@pytest.mark.parametrize(("first", "second"), list(combinations(SET_NAMES, 2)))
def test_no_phrase_is_in_two_sets(first: str, second: str) -> None:
    texts = [{p.text.casefold() for p in phrase_set(name)} for name in (first, second)]
    assert not texts[0] & texts[1]


def test_development_is_at_most_half_of_the_first_split() -> None:
    assert len(phrase_set("development")) <= len(phrase_set("held_out"))


@pytest.mark.parametrize("name", SET_NAMES)
def test_each_set_is_big_enough_and_a_third_sentences(name: str) -> None:
    phrases = phrase_set(name)
    assert len(phrases) >= MIN_PER_SET
    assert 3 * sum(phrase.sentence for phrase in phrases) >= len(phrases)


def test_every_set_holds_every_kind() -> None:
    kinds = [{phrase.kind for phrase in phrase_set(name)} for name in SET_NAMES]
    assert all(kind_set == kinds[0] for kind_set in kinds[1:])


def test_an_unknown_set_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown phrase set"):
        phrase_set("tuning")
