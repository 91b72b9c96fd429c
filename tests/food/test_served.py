"""What one portion is when no amount is said, or a bowl: a restaurant's side is its package,
a cereal's bowl its labelled serving, any milk on a cereal its half cup."""

from __future__ import annotations

from healthbot.food.measures import match_measure
from healthbot.food.pairings import CEREALS, paired
from healthbot.food.parser import parse_meal
from healthbot.food.servings import usual_portion
from healthbot.food.units import Unit

SIDE = [(1.0, "cup", 180.0), (1.0, "package", 105.0), (1.0, "oz", 28.35)]


def test_a_restaurants_side_is_its_package_a_shops_food_its_usual_measure() -> None:
    assert usual_portion(SIDE, "Fast Foods") == 105.0
    assert usual_portion(SIDE, "Restaurant Foods") == 105.0
    assert usual_portion(SIDE, "Vegetables and Vegetable Products") == 180.0
    # A frozen pizza's "package 20 oz pizza" is the whole box, not what one person is served.
    boxed = [(1.0, "package 20 oz pizza", 567.0), (1.0, "serving 5 per package", 113.0)]
    assert usual_portion(boxed, "Fast Foods") == 113.0


def test_a_bowl_of_cereal_is_its_labelled_serving_whatever_cup_it_is() -> None:
    cereal = [(0.75, "cup (1 NLEA serving)", 30.0), (1.0, "cup", 40.0)]
    assert match_measure(Unit.BOWL, None, cereal) == 30.0
    spaced = [(1.25, "cup ( 1 NLEA serving)", 33.0)]
    assert match_measure(Unit.BOWL, None, spaced) == 33.0
    assert match_measure(Unit.SERVING, None, spaced) == 33.0
    assert match_measure(Unit.CUP, None, spaced) == 33.0 / 1.25  # a cup is still a cup


def test_any_milk_on_a_cereal_is_half_a_cup_of_that_milk() -> None:
    cereal, oat_milk, plain = parse_meal("raisin bran with oat milk and milk")
    made = paired(oat_milk, cereal, CEREALS)
    assert (made.food, made.quantity, made.unit) == ("oat milk", 0.5, Unit.CUP)
    made = paired(plain, cereal, CEREALS)
    assert (made.quantity, made.unit) == (0.5, Unit.CUP)
    # A milk with an amount of its own keeps it.
    [cereal, measured] = parse_meal("granola with 1 cup soy milk")
    assert paired(measured, cereal, CEREALS) == measured
