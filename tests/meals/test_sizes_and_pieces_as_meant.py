"""Amounts that were silently wrong: a size said of a vessel (review14 finding 16), a jug of a
drink (finding 11), chunks of a fruit counted (finding 9's melon), a chain's pieces named
without a count, a diameter said, a size after a chain's name, a head of lettuce."""

from __future__ import annotations

import pytest

from healthbot.meals.service import MealService
from tests.support.portions import one_portion

GLASS_OF_MILK = 244.0  # 01079 2% milk: SR24's cup, the 8 fl oz glass
MUG_OF_COCOA = 250.0  # 01105 hot cocoa, homemade: its cup


@pytest.mark.parametrize(
    ("said", "uid", "grams"),
    [
        ("a small glass of 2% milk", "01079", 0.75 * GLASS_OF_MILK),
        ("one glass of 2% milk", "01079", GLASS_OF_MILK),
        ("a big glass of 2% milk", "01079", 1.5 * GLASS_OF_MILK),
        ("a small mug of hot chocolate", "01105", 0.75 * MUG_OF_COCOA),
        ("a large mug of hot chocolate", "01105", 1.5 * MUG_OF_COCOA),
    ],
)
async def test_a_size_said_of_a_vessel_scales_it(
    service: MealService, said: str, uid: str, grams: float
) -> None:
    assert await one_portion(service, said) == (uid, pytest.approx(grams, rel=0.02))


async def test_a_small_glass_is_less_than_a_glass_and_a_large_one_more(
    service: MealService,
) -> None:
    small = (await one_portion(service, "a small glass of apple juice"))[1]
    plain = (await one_portion(service, "a glass of apple juice"))[1]
    large = (await one_portion(service, "a large glass of apple juice"))[1]
    assert small < plain < large


@pytest.mark.parametrize(
    ("said", "millilitres"),
    [
        ("3 jugs of beer", 3 * 1140.0),
        ("a jug of lager", 1140.0),
        ("half a jug of pale ale", 570.0),
    ],
)
async def test_a_jug_is_a_litre_and_a_bit_however_counted(
    service: MealService, said: str, millilitres: float
) -> None:
    understood = await service.understand(said)
    assert understood.questions == ()
    [portion] = understood.portions
    assert portion.food_name.lower().startswith("alcoholic beverage, beer")
    assert portion.grams == pytest.approx(millilitres, rel=0.03)  # beer: about 1 g/ml


@pytest.mark.parametrize(
    "said", ["sunday roast chicken with a jug of gravy", "a jug of custard", "a jug of cream"]
)
async def test_a_jug_of_what_is_poured_at_the_table_is_not_a_litre_of_it(
    service: MealService, said: str
) -> None:
    # a jug of beer is a pub's pour for one; a jug of gravy, custard or cream is the table's
    understood = await service.understand(said)
    jugs = [p for p in understood.portions if "jug" in p.span]
    assert all(p.grams < 500 for p in jugs)


@pytest.mark.parametrize(
    ("said", "uid", "grams"),
    [
        # a cup of cubes (160 g) holds about eight bite-size chunks
        ("4 cantaloupe chunks", "09181", 4 * 160 / 8),
        ("6 chunks of cantaloupe", "09181", 6 * 160 / 8),
        # watermelon's "cup, diced" (152 g)
        ("5 watermelon cubes", "09326", 5 * 152 / 8),
    ],
)
async def test_chunks_of_a_fruit_are_bites_of_its_cup_not_wholes(
    service: MealService, said: str, uid: str, grams: float
) -> None:
    assert await one_portion(service, said) == (uid, pytest.approx(grams, rel=0.01))


async def test_a_chunk_of_bread_is_no_fruit_chunk(service: MealService) -> None:
    # bread's "cup, cubes" is of croutons: a chunk torn off a loaf stays a piece of bread
    assert (await one_portion(service, "a chunk of white bread"))[1] > 20


@pytest.mark.parametrize(
    ("said", "uid", "grams"),
    [
        # no count said: the chain's order nearest six pieces, not one piece
        ("nuggets", "21229", 96.0),
        ("some kfc popcorn chicken", "21422", 56.0),
        ("mcnuggets", "21309", 95.0),
        # counted, one piece each
        ("a nugget", "21229", 16.0),
        ("8 nuggets", "21229", 128.0),
    ],
)
async def test_chain_pieces_named_without_a_count_are_an_order(
    service: MealService, said: str, uid: str, grams: float
) -> None:
    assert await one_portion(service, said) == (uid, pytest.approx(grams, rel=0.01))


@pytest.mark.parametrize(
    ("said", "uid", "grams"),
    [
        ("a 12 inch flour tortilla", "18364", 117.0),  # 'tortilla (approx 12" dia)'
        ("2 eight inch flour tortillas", "18364", 98.0),  # 'approx 7-8" dia' (49 g)
        ("two 6 inch pancakes", "18293", 154.0),  # 'pancake (6" dia)' (77 g)
    ],
)
async def test_a_diameter_said_picks_the_measure_of_that_width(
    service: MealService, said: str, uid: str, grams: float
) -> None:
    assert await one_portion(service, said) == (uid, pytest.approx(grams, rel=0.01))


@pytest.mark.parametrize(
    ("said", "grams"),
    [
        ("burger king medium fries", 117.0),
        ("bk large fries", 160.0),
        ("hungry jacks small fries", 74.0),
    ],
)
async def test_a_size_after_a_chains_name_is_the_items(
    service: MealService, said: str, grams: float
) -> None:
    assert await one_portion(service, said) == ("21249", pytest.approx(grams, rel=0.01))


@pytest.mark.parametrize(
    ("said", "uid", "grams"),
    [
        # "head, medium (6\" dia)" 539 g, not the "head, large" (755 g) SR24 lists first
        ("a quarter of a head of iceberg", "11252", 539 / 4),
        ("a small head of iceberg lettuce", "11252", 324.0),
        # a size said picks that one of the pieces named: "stalk, large (11\"-12\" long)"
        ("2 large celery stalks", "11143", 128.0),
    ],
)
async def test_a_piece_named_after_the_food_is_the_medium_one_or_the_size_said(
    service: MealService, said: str, uid: str, grams: float
) -> None:
    assert await one_portion(service, said) == (uid, pytest.approx(grams, rel=0.01))


@pytest.mark.parametrize(
    ("said", "grams"),
    [
        # SR24's smallest "container" (shelf stable, 3.5 oz), not its first measure, an ounce
        ("a chocolate pudding cup", 98.0),
        ("3 chocolate pudding cups", 3 * 98.0),
    ],
)
async def test_a_food_named_by_its_cup_is_one_container_of_it(
    service: MealService, said: str, grams: float
) -> None:
    assert await one_portion(service, said) == ("19183", pytest.approx(grams, rel=0.01))
