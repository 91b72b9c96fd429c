"""Dish names: the table is the lexicon of what "with" and "and" join into one food, and
what a dish sits on is an item of its own."""

from __future__ import annotations

import pytest

from healthbot.meals.service import MealService
from healthbot.meals.sure import names_it


async def items(service: MealService, text: str) -> list[tuple[str, str]]:
    understood = await service.understand(text)
    assert understood.questions == (), understood.questions
    return [(p.span, p.food_uid) for p in understood.portions]


async def test_a_food_and_what_joins_it_are_one_where_the_table_names_them_so(
    service: MealService,
) -> None:
    assert await items(service, "nachos with cheese") == [("nachos with cheese", "21078")]
    assert await items(service, "a ham and cheese sandwich") == [
        ("a ham and cheese sandwich", "21116")
    ]
    # Two foods the table has no one name for stay two.
    assert [uid for _, uid in await items(service, "2 eggs and toast")] == ["01123", "18070"]


async def test_what_a_food_sits_on_is_an_item_of_its_own(service: MealService) -> None:
    # A sandwich's bread comes first, as its recipe lists it.
    assert await items(service, "swiss on rye") == [("rye", "18060"), ("swiss", "01040")]
    assert [span for span, _ in await items(service, "eggs on toast")] == ["eggs", "toast"]


async def test_a_sauce_named_on_its_own_is_a_spoonful(service: MealService) -> None:
    understood = await service.understand("chips and salsa")
    salsa = understood.portions[1]
    two_tbsp = (await service.understand("2 tbsp salsa")).portions[0]
    assert (salsa.food_uid, salsa.grams) == (two_tbsp.food_uid, two_tbsp.grams)


@pytest.mark.parametrize(
    ("name", "query", "named"),
    [
        ("Cheesecake commercially prepared", "cheesecake", True),
        ("Fast foods, nachos, with cheese", "nachos with cheese", True),
        ("Rye", "swiss and rye", False),  # a part of the query is not the food it names
        ("Cheese, swiss", "swiss cheese sandwich", False),
        ("Bread, rye, toasted", "rye", False),  # more than plain words added
    ],
)
def test_usdas_name_names_the_food_only_with_every_word_and_nothing_but_plain_words(
    name: str, query: str, named: bool
) -> None:
    assert names_it(name, query) is named


@pytest.mark.parametrize(
    ("said", "uid"),
    [
        ("a glazed donut from the gas station", "18255"),
        ("a chili dog at the ballpark", "21119"),
        ("a big mac at mcdonald's", "21237"),
        ("a pretzel during the movie", "19047"),
    ],
)
async def test_a_phrase_of_time_or_place_after_a_food_falls_away(
    service: MealService, said: str, uid: str
) -> None:
    [(span, found)] = await items(service, said)
    assert found == uid
    assert said.startswith(span)  # the food as typed; the place may have been left out


async def test_a_dish_named_alone_is_the_items_of_its_recipe(service: MealService) -> None:
    found = await items(service, "2 BLTs")
    assert [uid for _, uid in found] == ["18069", "10862", "11252", "11529", "04025"]
    blt, two = await service.understand("a blt"), await service.understand("2 blts")
    assert [p.grams * 2 for p in blt.portions] == pytest.approx([p.grams for p in two.portions])
    assert found[0][0] == "2 BLTs: 2 slices bread"


async def test_a_bread_named_after_a_dish_is_the_bread_it_is_made_with(
    service: MealService,
) -> None:
    on_rye = await items(service, "an egg sandwich on rye")
    assert [uid for _, uid in on_rye] == ["18060", "01128"]  # Bread, rye; Egg, fried
    assert [uid for _, uid in await items(service, "a grilled cheese on sourdough, an apple")][
        :1
    ] == ["18029"]


async def test_a_dish_named_with_a_typo_is_still_the_items_of_its_recipe(
    service: MealService,
) -> None:
    typed = await items(service, "a grilld cheese")
    assert [uid for _, uid in typed] == [uid for _, uid in await items(service, "a grilled cheese")]


async def test_fillings_named_on_a_bread_are_a_sandwich(service: MealService) -> None:
    understood = await service.understand("salami and provolone on pumpernickel")
    assert understood.questions == ()
    bread, salami, provolone = understood.portions
    assert salami.grams == pytest.approx(56.7)  # a deli serving, 2 oz
    one_slice = (await service.understand("a slice of pumpernickel")).portions[0]
    assert bread.grams == pytest.approx(2 * one_slice.grams)
    assert provolone.grams == (await service.understand("provolone")).portions[0].grams
    # What sits on toast without being a sandwich's filling keeps its own amounts.
    eggs_on_toast = await service.understand("eggs on toast")
    assert eggs_on_toast.portions[1].grams == (await service.understand("toast")).portions[0].grams


async def test_a_deli_meat_named_with_a_sandwich_is_a_deli_serving(service: MealService) -> None:
    understood = await service.understand("a sandwich with pastrami and mustard")
    assert understood.questions == ()
    assert [round(p.grams, 1) for p in understood.portions][1] == 56.7


async def test_the_serving_a_name_stands_for_is_found_through_its_typos(
    service: MealService,
) -> None:
    typed = (await service.understand("a peach yoghourt")).portions[0]
    assert (typed.food_uid, typed.grams) == ("01120", pytest.approx(170.1))  # a 6 oz cup


async def test_rice_and_beans_is_one_side_of_a_cup(service: MealService) -> None:
    [side] = (await service.understand("a steak, rice and beans")).portions[1:]
    assert (side.food_uid, side.grams) == ("36406", 157.0)


async def test_a_kind_named_again_is_the_food_named_elsewhere(service: MealService) -> None:
    understood = await service.understand("crackers with my soup, a bowl of tomato soup")
    assert understood.questions == ()
    assert len(understood.portions) == 2


async def test_how_a_food_was_cooked_after_a_comma_finds_the_food(service: MealService) -> None:
    assert await items(service, "3 eggs, poached") == [("3 eggs, poached", "01131")]
    [tilapia] = (await service.understand("tilapia, broiled")).questions  # how much, only
    assert (tilapia.kind, tilapia.choices[0].uid) == ("amount", "15262")
    [patty] = (await service.understand("a quarter pound beef patty, no bun")).portions
    assert patty.grams < 100  # the cooked patty of a quarter pound of raw meat
    cooked = await items(service, "200 g cooked rice")
    assert cooked == [("200 g cooked rice", "20045")]  # the common name, as eaten: cooked


async def test_what_goes_with_a_food_is_in_the_amount_it_goes_with_it(
    service: MealService,
) -> None:
    half_cup = (await service.understand("1/2 cup milk")).portions[0].grams
    cereal = await service.understand("a bowl of corn flakes with milk")
    assert cereal.portions[1].grams == half_cup  # what a cereal box's label counts
    coffee = await service.understand("coffee with milk")
    assert coffee.portions[1].grams < half_cup  # a splash
    peaches = await service.understand("peaches and cream")
    assert [p.food_uid for p in peaches.portions][1] == "01053"  # heavy cream, 2 tbsp
    assert (
        peaches.portions[1].grams
        == 2 * (await service.understand("1 tbsp heavy cream")).portions[0].grams
    )


async def test_a_plural_of_something_small_without_a_count_is_some_of_it(
    service: MealService,
) -> None:
    grapes = (await service.understand("grapes")).portions[0]
    one = (await service.understand("a grape")).portions[0]
    assert grapes.grams > 10 * one.grams  # some grapes: the usual portion, not one grape
    eggs = (await service.understand("eggs")).portions[0]
    assert eggs.grams == (await service.understand("an egg")).portions[0].grams  # not small


async def test_two_foods_added_together_may_be_one(service: MealService) -> None:
    found = await items(service, "a pork chop with rice and beans")
    assert [uid for _, uid in found][1:] == ["36406"]


async def test_pieces_a_measure_counts_are_counted(service: MealService) -> None:
    [halves] = (await service.understand("12 pecan halves")).portions
    assert halves.food_name.startswith("Nuts, pecans")
    assert halves.grams == pytest.approx(12 * 28.35 / 19, abs=0.01)  # "oz (19 halves)"


async def test_a_typo_s_food_is_weighed_by_the_food_s_own_measures(service: MealService) -> None:
    [typed] = (await service.understand("a crossiant")).portions
    [spelt] = (await service.understand("a croissant")).portions
    assert (typed.food_uid, typed.grams) == (spelt.food_uid, spelt.grams)  # "croissant, medium"


async def test_a_vegetable_named_alone_is_its_usual_cup_not_its_biggest_piece(
    service: MealService,
) -> None:
    [broccoli] = (await service.understand("steamed broccoli")).portions
    assert broccoli.grams == pytest.approx(78)  # SR24's "0.5 cup, chopped", not a large stalk


async def test_how_a_fried_egg_is_ordered_is_a_fried_egg(service: MealService) -> None:
    for said in ("2 eggs over easy", "2 eggs sunny side up", "two over medium eggs"):
        [eggs] = (await service.understand(said)).portions
        assert (eggs.food_uid, eggs.quantity) == ("01128", 2), said


async def test_the_sides_of_a_chain_meal_are_the_chain_s(service: MealService) -> None:
    _, fries = (await service.understand("a whopper and fries")).portions
    assert fries.food_name == "BURGER KING, French Fries"  # known by the whopper
    _, coke = (await service.understand("a whopper and a small coke")).portions
    assert coke.food_name.startswith("Carbonated beverage, cola")  # BK has no entry of its own
    understood = await service.understand("we went to wendy's and I had a frosty")
    assert [p.food_name.split(",")[0] for p in understood.portions] == ["WENDY'S"]


@pytest.mark.parametrize(
    "text",
    [
        "a bagel with egg and egg and egg",
        "half a bagel with cream cheese and cream cheese and cream cheese",
        "toast with jam and jam and jam and jam",
    ],
)
async def test_a_food_joined_by_and_over_and_over_is_read_not_failed(
    service: MealService, text: str
) -> None:
    # three made one left the window before them two long: IndexError failed the update
    understood = await service.understand(text)
    assert understood.portions or understood.questions


@pytest.mark.parametrize(
    ("text", "asked"), [("glorp with splorp", ["glorp", "splorp"]), ("both with ketchup", ["both"])]
)
async def test_words_joined_by_with_that_the_table_has_no_food_for_are_asked_about(
    service: MealService, text: str, asked: list[str]
) -> None:
    # one_food read its first match before asking whether there was one: IndexError
    understood = await service.understand(text)
    assert [q.span for q in understood.questions] == asked


async def test_a_count_before_a_plural_counts_it_not_the_dish_the_table_names(
    service: MealService,
) -> None:
    # McDonald's "Hotcakes (with 2 pats margarine & syrup)" is a platter of three hotcakes:
    # '3 hotcakes and syrup' was three platters, 1,803 kcal
    assert [uid for _, uid in await items(service, "3 hotcakes and syrup")] == ["21321", "19129"]
    three = [uid for _, uid in await items(service, "2 hotcakes with syrup and butter")]
    assert three == ["21321", "19129", "01001"]
    assert [uid for _, uid in await items(service, "hotcakes and syrup")] == ["21365"]
    assert [uid for _, uid in await items(service, "2 ham and cheese sandwiches")] == ["21116"]


async def test_a_bread_with_egg_is_the_bread_and_an_egg(service: MealService) -> None:
    # "a bagel with egg" was SR24's "Bagels, egg", a bagel made with egg: the egg was lost
    uids = [uid for _, uid in await items(service, "a bagel with egg and cheese")]
    assert uids == ["18001", "01123", "01009"]
    assert [uid for _, uid in await items(service, "bread with egg")] == ["18069", "01123"]
    assert [uid for _, uid in await items(service, "an egg bagel")] == ["18003"]  # the kind
