"""A common name said with a way of cooking SR24 has its very cut cooked in is that cut
cooked so (its name but for the cooking words), not another cut that a search happens to rank
first."""

from __future__ import annotations

from healthbot.food.cookery import uncooked_key
from healthbot.meals.service import MealService


def test_the_names_of_one_cut_cooked_two_ways_share_their_uncooked_key() -> None:
    broiled = "Lamb, shoulder, arm, separable lean only, cooked, broiled"
    braised = "Lamb, shoulder, arm, separable lean only, cooked, braised"
    pan = "Lamb, shoulder, arm, separable lean only, cooked, pan-fried"
    assert uncooked_key(broiled) == uncooked_key(braised) == uncooked_key(pan)
    assert uncooked_key(broiled) == ("lamb", "shoulder", "arm", "separable lean only")
    assert uncooked_key("Lamb, shoulder, blade, cooked, broiled") != uncooked_key(broiled)


async def test_a_common_name_cooked_as_said_is_its_own_cut_cooked_so(
    service: MealService,
) -> None:
    understood = await service.understand("2 braised pork chops")
    assert understood.questions == ()
    [chops] = understood.portions
    # "pork chop" is SR24's center loin chop, bone-in, lean and fat, broiled: braised is the
    # same cut braised
    assert chops.food_uid == "10037"
    assert "center loin (chops), bone-in, separable lean and fat" in chops.food_name
