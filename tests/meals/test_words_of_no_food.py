"""Words that name no food (an occasion, a place, a person, a label, a filler) are never a
food nor a question: an item of nothing else beside foods is dropped, and around a food
they fall away when the food is then sure; a food unknown among them is still asked about."""

from __future__ import annotations

from healthbot.meals.service import MealService


async def test_an_occasion_after_a_drink_is_no_item(service: MealService) -> None:
    understood = await service.understand("I had a whiskey and coke at my friend's wedding")
    assert understood.questions == ()  # not "wedding" (a wedding soup) asked about
    assert len(understood.portions) == 2


async def test_a_party_is_never_logged_as_a_party_cake(service: MealService) -> None:
    understood = await service.understand("a bottle of water at my nephew's party")
    assert understood.questions == ()
    assert [p.food_name for p in understood.portions] == ["Water, tap, drinking"]


async def test_a_label_after_a_comma_is_no_item(service: MealService) -> None:
    for text in ("a cheese stick, snack time", "a pear, mid morning snack"):
        understood = await service.understand(text)
        assert understood.questions == (), text
        assert len(understood.portions) == 1, text


async def test_fillers_before_a_unit_fall_away(service: MealService) -> None:
    jam = await service.understand("a tiny spoonful of jam")
    assert jam.questions == ()
    assert [p.food_name for p in jam.portions] == ["Jams and preserves"]
    flakes = await service.understand("a little bowl of cornflakes")
    assert flakes.questions == ()
    assert "Corn Flakes" in flakes.portions[0].food_name


async def test_a_place_word_after_a_dish_falls_away(service: MealService) -> None:
    understood = await service.understand("chicken chow mein takeout")
    assert understood.questions == ()
    assert [p.food_name for p in understood.portions] == ["Restaurant, Chinese, chicken chow mein"]


async def test_an_unknown_food_among_such_words_is_still_asked(service: MealService) -> None:
    understood = await service.understand("a zorble at my cousin's wedding")
    assert [q.food for q in understood.questions] == ["zorble"]
    assert understood.portions == ()
    alone = await service.understand("a snack")  # a label alone: which food is asked
    assert [q.food for q in alone.questions] == ["snack"]


async def test_snacks_joined_by_and_are_eaten_and_asked_about(service: MealService) -> None:
    # 58f8aba dropped them silently: "a coffee and snacks" logged the coffee alone
    for text, asked in (
        ("a black coffee and snacks", "snack"),
        ("a cider & some party snacks", "party snack"),
        ("a cup of tea plus some office snacks", "office snack"),
    ):
        understood = await service.understand(text)
        assert [q.food for q in understood.questions] == [asked], text
        assert {p.position for p in understood.portions} == {0}, text
    label = await service.understand("a banana and a muffin, snacks")  # a label: no item
    assert label.questions == ()
    assert {p.position for p in label.portions} == {0, 1}


async def test_what_is_left_must_be_a_food_not_a_meal_or_an_occasion(
    service: MealService,
) -> None:
    # review15 F17: "work" fell away and "lunch" was a frozen chicken alfredo; "night" fell
    # away and "date" was a date (the fruit). A meal's name or the word that names an
    # occasion is asked about, never another food committed.
    for text in ("a canteen dinner of ramen", "a pub lunch", "game night"):
        understood = await service.understand(text)
        assert understood.portions == (), text
        assert len(understood.questions) == 1, text
    understood = await service.understand("a bowl of chili, date night")
    assert [p.span for p in understood.portions] == ["a bowl of chili"]


async def test_a_meals_name_is_the_meal_never_a_food(service: MealService) -> None:
    # "lunch" alone was 272 g of SR24's STOUFFER'S LUNCH EXPRESS chicken alfredo, 373 kcal,
    # beside the foods it was the lunch of ("a burger at the work lunch")
    understood = await service.understand("a burger at the work lunch")
    assert len(understood.portions) == 1 and understood.questions == ()
    assert "LUNCH" not in understood.portions[0].food_name
    alone = await service.understand("lunch")
    assert alone.portions == () and [q.food for q in alone.questions] == ["lunch"]
