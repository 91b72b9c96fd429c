"""Food search over the whole table: relevance, typos, aliases, and bad input."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from prometheus_client import REGISTRY

from healthbot.db import Database
from healthbot.food.aliases import ALIASES
from healthbot.food.search import FoodMatch, FoodSearch
from healthbot.food.table import read_table
from healthbot.food.text import MAX_QUERY_WORDS, normalize, query_words
from tests.food.cases import RELEVANCE, TYPOS, Case


async def misses(search: FoodSearch, cases: list[Case]) -> list[str]:
    """The cases whose accepted answer is not where it should be, described."""
    found = []
    for case in cases:
        matches = await search.search(case.query, limit=5)
        if not any(m.uid in case.accept for m in matches[: case.within]):
            got = ", ".join(f"{m.uid} {m.name}" for m in matches[:3]) or "nothing"
            found.append(
                f"{case.query!r}: wanted {sorted(case.accept)} within {case.within}, got {got}"
            )
    return found


async def test_common_queries_find_what_a_person_expects(ranking_only: FoodSearch) -> None:
    # Aliases off: the ranking alone must put an accepted food first (or in the top 3).
    missed = await misses(ranking_only, RELEVANCE)
    print(f"\nrelevance: {len(RELEVANCE) - len(missed)}/{len(RELEVANCE)} hits")
    print("\n".join(missed))
    assert len(RELEVANCE) >= 40
    assert missed == []


async def test_misspelt_queries_find_the_same_foods(ranking_only: FoodSearch) -> None:
    missed = await misses(ranking_only, TYPOS)
    print(f"\ntypos: {len(TYPOS) - len(missed)}/{len(TYPOS)} hits")
    print("\n".join(missed))
    assert missed == []


async def test_egg_finds_the_whole_raw_egg_before_custard_mix(ranking_only: FoodSearch) -> None:
    uids = [m.uid for m in await ranking_only.search("egg", limit=200)]
    assert uids[0] == "01123"  # Egg, whole, raw, fresh
    assert "19169" not in uids[:10]  # Egg custards, dry mix


def test_every_alias_is_a_normalised_query_for_a_packaged_food() -> None:
    uids = {food.uid for food in read_table().foods}
    for alias, uid in ALIASES.items():
        assert uid in uids, alias
        assert normalize(alias) == alias, alias
    for required in ("toast", "oatmeal", "porridge", "coke", "latte", "cappuccino", "coffee"):
        assert required in ALIASES


@pytest.mark.parametrize(
    ("query", "uid"),
    [
        ("coke", "14400"),
        ("Latte", "01079"),
        ("toast", "18070"),
        ("eggs", "01123"),
        ("BAGELS", "18001"),
        ("porridge", "08121"),
        ("plain nonfat yogurt", "01118"),  # "plain" says the usual kind: "nonfat yogurt"
        ("regular coke", "14400"),
        ("eggs sunny side up", "01128"),
    ],
)
async def test_an_alias_puts_its_food_first(food_search: FoodSearch, query: str, uid: str) -> None:
    matches = await food_search.search(query)
    assert matches[0].uid == uid
    assert len({m.uid for m in matches}) == len(matches)  # the alias is not listed twice


@pytest.mark.parametrize(
    ("query", "uid"),
    [("dry cheerios", "08013"), ("muesli dry", "42184"), ("dry granola", "08037"),
     ("full size butterfinger", "19069")],
)  # fmt: skip
async def test_dry_or_full_size_said_of_a_food_as_it_comes_changes_nothing(
    food_search: FoodSearch, query: str, uid: str
) -> None:
    assert (await food_search.search(query))[0].uid == uid


async def test_dry_said_of_a_food_eaten_cooked_is_not_its_cooked_name(
    food_search: FoodSearch,
) -> None:
    assert "dry" in (await food_search.search("dry spaghetti"))[0].name  # not "spaghetti"
    assert (await food_search.search("dry spaghetti"))[0].uid != ALIASES["spaghetti"]


async def test_a_prefix_finds_the_longer_name(ranking_only: FoodSearch) -> None:
    assert (await ranking_only.search("kiwi"))[0].uid == "09148"  # Kiwifruit, green, raw


async def test_words_run_together_are_found_by_the_last_resort(ranking_only: FoodSearch) -> None:
    assert (await ranking_only.search("icecream"))[0].name.startswith("Ice cream")
    assert (await ranking_only.search("peanutbutter"))[0].name.startswith("Peanut butter")
    assert await ranking_only.search("xyzzy") == []


def searches() -> float:
    """Full-text queries sent to PostgreSQL so far."""
    labels = {"query": "foods.search"}
    return REGISTRY.get_sample_value("healthbot_db_query_duration_seconds_count", labels) or 0.0


async def test_a_repeated_query_is_answered_without_the_database(food_db: Database) -> None:
    search = await FoodSearch.load(food_db, remembered=2)
    before = searches()
    first = await search.search("chicken breast roasted", limit=5)
    asked = searches() - before
    assert asked >= 1
    again = await search.search("  Chicken   BREAST roasted!", limit=5)  # the same words
    assert again == first
    assert searches() - before == asked
    again.clear()  # the caller's list is its own
    assert await search.search("chicken breast roasted", limit=5) == first
    assert await search.search("chicken breast roasted", limit=3) == first[:3]  # asked anew
    await search.search("rice", limit=5)  # a third answer: the oldest is forgotten
    before = searches()
    assert await search.search("chicken breast roasted", limit=5) == first
    assert searches() > before


async def test_the_limit_is_respected(food_search: FoodSearch) -> None:
    assert len(await food_search.search("chicken", limit=3)) == 3
    assert await food_search.search("chicken", limit=0) == []


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "\x00",
        "🍕🍔🍟",
        "égg",
        "egg\x00",
        "\ud800",  # a lone surrogate, as a broken client may send
        "'; DROP TABLE foods; --",
        "egg' OR '1'='1",
        "egg & | ! ( ) :* <-> \\",
        "x" * 4000,
        "apple " * 700,
        "<script>alert(1)</script>",
        "12345",
        "a",
    ],
)
async def test_bad_input_gives_a_list_never_an_exception(
    food_search: FoodSearch, query: str
) -> None:
    matches = await food_search.search(query)
    assert isinstance(matches, list)
    assert all(isinstance(m, FoodMatch) for m in matches)
    assert len(matches) <= 10


async def test_bad_input_still_finds_what_it_names(
    food_search: FoodSearch, food_db: Database
) -> None:
    assert await food_search.search("") == []
    assert await food_search.search("🍕🍔🍟") == []
    assert (await food_search.search("egg\x00"))[0].uid == "01123"
    assert (await food_search.search("ÉGG"))[0].uid == "01123"
    assert (await food_search.search("apple " * 700))[0].uid == "09003"
    await food_search.search("'; DROP TABLE foods; --")
    assert await food_db.fetch_value("test.count", "SELECT count(*) FROM foods") == 8858
    assert len(food_search) == 8857  # every food with an energy value


@given(text=st.text(max_size=300))
@settings(max_examples=300, deadline=None)
def test_query_words_are_few_plain_words_whatever_the_text(text: str) -> None:
    words = query_words(text)
    assert len(words) <= MAX_QUERY_WORDS
    assert all(re.fullmatch("[a-z0-9]+", word) for word in words)


@given(text=st.text(max_size=200))
@settings(max_examples=200, deadline=None)
def test_terms_never_fail_and_stay_plain_lexemes(ranking_only: FoodSearch, text: str) -> None:
    # The in-memory half of a search (stems, typo correction) on arbitrary text.
    for term in ranking_only.terms(query_words(text)):
        assert re.fullmatch("[a-z0-9]+", term.lexeme)


@pytest.mark.parametrize(
    ("typed", "mended"),
    [
        ("brocoli and spagetti", "broccoli and spaghetti"),
        ("a bowl of cherrys", "a bowl of cherries"),  # a plural spelt as a verb's "-s"
        ("vanilla yoghurt", "vanilla yogurt"),  # a common name spelt otherwise than USDA
        ("frosty and a coke", "frosty and a coke"),  # common names are no typos
        ("xq zzzz", "xq zzzz"),  # nothing close: left as typed
    ],
)
def test_mend_replaces_each_typo_by_the_word_search_reads(
    food_search: FoodSearch, typed: str, mended: str
) -> None:
    assert food_search.mend(typed) == mended
