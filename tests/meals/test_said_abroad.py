"""Foods, drinks and chain orders as kitchens and bars outside the US name them, read by /log
end to end: a short common name is its own food (not a word of its entry's name), a chain by
its Australian name, a count typed after a chain's name, a chips at a burger chain, a beer's
glass of any beer, a bottle of "red", and a vegetable never a fish of the same word."""

from __future__ import annotations

from healthbot.meals.service import MealService


async def portions(service: MealService, text: str) -> list[tuple[str, str, float]]:
    understood = await service.understand(text)
    assert understood.questions == (), understood.questions
    return [(p.food_uid, p.food_name, round(p.grams)) for p in understood.portions]


async def test_a_short_common_name_is_its_drink_not_a_word_of_its_entry(
    service: MealService,
) -> None:
    # "milo" is close to "milk", the word its entry ends with: it stays the malted drink
    [(uid, _, grams)] = await portions(service, "2 glasses of milo")
    assert uid == "14316" and grams == 2 * 265
    [(uid, _, _)] = await portions(service, "a mug of horlicks")
    assert uid == "14310"


async def test_hungry_jacks_is_burger_king_and_its_chips_are_fries(service: MealService) -> None:
    found = await portions(service, "a whopper and large chips from hungry jacks")
    assert found == [
        ("21252", "BURGER KING, WHOPPER, no cheese", 291),
        ("21249", "BURGER KING, French Fries", 160),
    ]


async def test_a_count_after_the_chains_name_counts_its_item(service: MealService) -> None:
    [(uid, name, grams)] = await portions(service, "kfc 5 tenders")
    assert uid == "21421" and "Strips" in name and grams == 5 * 47
    [(uid, _, grams)] = await portions(service, "the 9 oz house sirloin at applebees")
    assert uid == "36000" and grams < 300  # a weight on the menu, never nine steaks


async def test_a_beers_glass_holds_whichever_beer_is_named(service: MealService) -> None:
    [(uid, _, grams)] = await portions(service, "2 middies of budweiser")
    assert uid == "14004" and 2 * 280 <= grams <= 2 * 290
    [(uid, _, grams)] = await portions(service, "4 schooners of lager")
    assert uid == "14003" and 4 * 420 <= grams <= 4 * 430


async def test_a_glass_of_red_is_red_wine(service: MealService) -> None:
    [(uid, _, grams)] = await portions(service, "a glass of red")
    assert (uid, grams) == ("14096", 147)
    [(uid, _, grams)] = await portions(service, "half a bottle of white")
    assert uid == "14106" and 360 <= grams <= 380


async def test_pumpkin_is_the_vegetable_not_the_pumpkinseed_fish(service: MealService) -> None:
    [(uid, name, grams)] = await portions(service, "250g of roasted pumpkin")
    assert uid == "11423" and name.startswith("Pumpkin") and grams == 250


async def test_a_tin_of_beans_is_britains_tin_of_baked_beans(service: MealService) -> None:
    [(uid, _, grams)] = await portions(service, "a whole tin of beans")
    assert (uid, grams) == ("16006", 415)


async def test_a_latte_by_its_ounces_is_that_cup(service: MealService) -> None:
    by_ounces = await portions(service, "a 16oz latte")
    assert by_ounces == await portions(service, "a grande latte")


async def test_corn_on_the_cob_is_an_ear_of_the_size_said(service: MealService) -> None:
    [(uid, _, medium)] = await portions(service, "corn on the cob")
    [(_, _, small)] = await portions(service, "2 small corn on the cob")
    assert uid == "11168" and (medium, small) == (103, 2 * 89)


async def test_a_milk_said_cold_or_a_dish_said_homemade_is_its_common_name(
    service: MealService,
) -> None:
    [(uid, _, _)] = await portions(service, "a glass of chilled milk")
    assert uid == "01079"
    [(uid, _, _)] = await portions(service, "homemade mashed potato")
    assert uid == "11934"
