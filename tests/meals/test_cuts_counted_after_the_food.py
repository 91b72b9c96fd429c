"""A food's cut pieces counted after its name ("4 cucumber slices") are that many cuts: a
measure of the cut where SR24 has one, else an amount question; never that many wholes."""

from __future__ import annotations

import pytest

from healthbot.meals.service import MealService
from tests.support.portions import one_portion


@pytest.mark.parametrize(
    "said",
    # each was that many whole fruits or vegetables: 1,204 g of cucumber, 590 g of banana
    # (chunks are an eighth of the fruit's cup of them: test_sizes_and_pieces_as_meant)
    ["4 cucumber slices", "5 banana slices", "3 apple slices", "2 orange slices",
     "3 avocado slices"],
)  # fmt: skip
async def test_cuts_without_a_measure_of_their_own_are_asked_about(
    service: MealService, said: str
) -> None:
    understood = await service.understand(said)
    assert understood.portions == ()
    assert [q.kind for q in understood.questions] == ["amount"]


async def test_cuts_with_a_measure_are_weighed_by_it(service: MealService) -> None:
    # SR24's "slice, medium (1/4" thick)", 20 g, not the 123 g tomato
    assert await one_portion(service, "2 tomato slices") == ("11529", pytest.approx(40.0))
    # a food whose small measure is one of its cuts keeps it ("serving 1 cube")
    assert (await one_portion(service, "2 sugar cubes"))[0] == "19335"
    assert (await one_portion(service, "2 sugar cubes"))[1] < 10
