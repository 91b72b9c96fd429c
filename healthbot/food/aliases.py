"""Common names mapped to one USDA food each (curated; a test checks that every uid exists).

USDA names foods by kind and state ("Carbonated beverage, cola, contains caffeine"), while
people write "coke". An alias is the whole query as `search.normalize` leaves it (lower
case, words separated by one space), and a final "s" is also tried, so "bagels" finds
"bagel". Each alias stands for the plain, most common form of the food.
"""

from __future__ import annotations

ALIASES: dict[str, str] = {
    # Breakfast
    "toast": "18070",  # Bread, white, commercially prepared, toasted
    "bread": "18069",  # Bread, white, commercially prepared
    "white bread": "18069",
    "oatmeal": "08121",  # Cereals, oats, regular and quick, unenriched, cooked with water
    "porridge": "08121",
    "oats": "08120",  # Cereals, oats, regular and quick, not fortified, dry
    "cereal": "08020",  # Cereals ready-to-eat, KELLOGG'S Corn Flakes
    "corn flakes": "08020",
    "granola": "08037",  # Cereals ready-to-eat, granola, homemade
    "bagel": "18001",  # Bagels, plain, enriched
    "croissant": "18239",  # Croissants, butter
    "muffin": "18274",  # Muffins, blueberry, commercially prepared
    "pancake": "18293",  # Pancakes, plain, prepared from recipe
    "waffle": "18367",  # Waffles, plain, prepared from recipe
    "donut": "18248",  # Doughnuts, cake-type, plain
    "doughnut": "18248",
    "egg": "01123",  # Egg, whole, raw, fresh
    "bacon": "10862",  # Pork, cured, bacon, cooked, pan-fried
    "yogurt": "01116",  # Yogurt, plain, whole milk
    "yoghurt": "01116",
    "peanut butter": "16098",  # Peanut butter, smooth style, with salt
    "butter": "01001",  # Butter, salted
    "nutella": "19125",  # Chocolate-flavored hazelnut spread
    # Drinks
    "coffee": "14209",  # Coffee, brewed from grounds, prepared with tap water
    "espresso": "14210",  # Coffee, brewed, espresso, restaurant-prepared
    # SR24 has no espresso-and-milk drinks; their energy is nearly all the milk's, so they
    # stand for 2% milk (a 350 g latte: 175 kcal, close to what coffee shops list).
    "latte": "01079",  # Milk, reduced fat, fluid, 2% milkfat
    "cappuccino": "01079",
    "tea": "14355",  # Tea, black, brewed, prepared with tap water
    "black tea": "14355",
    "orange juice": "09206",  # Orange juice, raw
    "oj": "09206",
    "apple juice": "09016",  # Apple juice, canned or bottled, unsweetened
    "coke": "14400",  # Carbonated beverage, cola, contains caffeine
    "cola": "14400",
    "coca cola": "14400",
    "pepsi": "14400",
    "soda": "14400",
    "diet coke": "14416",  # Carbonated beverage, low calorie, cola, aspartame, caffeine
    "sparkling water": "14121",  # Carbonated beverage, club soda
    "water": "14411",  # Water, tap, drinking
    "soy milk": "16120",  # Soymilk, original and vanilla, unfortified
    "beer": "14003",  # Alcoholic beverage, beer, regular, all
    "wine": "14084",  # Alcoholic beverage, wine, table, all
    "red wine": "14096",
    "white wine": "14106",
    # Meals and snacks
    "pizza": "21224",  # Pizza, cheese topping, regular crust, frozen, cooked
    "burger": "21107",  # Fast foods, hamburger; single, regular patty; plain
    "hamburger": "21107",
    "cheeseburger": "21089",  # Fast foods, cheeseburger; single, regular patty; plain
    "fries": "21138",  # Fast foods, potato, french fried in vegetable oil
    "french fries": "21138",
    "chips": "19411",  # Snacks, potato chips, plain, salted
    "potato chips": "19411",
    "crisps": "19411",
    "tortilla chips": "19056",  # Snacks, tortilla chips, plain, white corn
    "hummus": "16158",  # Hummus, commercial
    "tofu": "16426",  # Tofu, raw, firm, prepared with calcium sulfate
    "salmon": "15237",  # Fish, salmon, Atlantic, farmed, cooked, dry heat
    "tuna": "15121",  # Fish, tuna, light, canned in water, drained solids
    "steak": "13451",  # Beef, top sirloin, steak, lean and fat, 0" fat, cooked, broiled
    "pasta": "20121",  # Spaghetti, cooked, enriched, without added salt
    "spaghetti": "20121",
    "rice": "20045",  # Rice, white, long-grain, regular, cooked
    "white rice": "20045",
    "cheese": "01009",  # Cheese, cheddar
    "cheddar": "01009",
    "cheddar cheese": "01009",
    "mozzarella": "01026",  # Cheese, mozzarella, whole milk
    "black beans": "16015",  # Beans, black, mature seeds, cooked, boiled, without salt
    "kidney beans": "16033",  # Beans, kidney, red, mature seeds, cooked, boiled
    "chickpeas": "16057",  # Chickpeas, mature seeds, cooked, boiled, without salt
    "lentils": "16070",  # Lentils, mature seeds, cooked, boiled, without salt
    "grapes": "09132",  # Grapes, red or green (European type), raw
    "chicken breast": "05064",  # Chicken, broilers or fryers, breast, meat only, roasted
    "chicken": "05013",  # Chicken, broilers or fryers, meat only, roasted
    "chocolate chip cookie": "18159",  # Cookies, chocolate chip, commercially prepared
    "ice cream": "19095",  # Ice creams, vanilla
    "chocolate": "19120",  # Candies, milk chocolate
    "cookie": "18159",  # Cookies, chocolate chip, commercially prepared
    "ketchup": "11935",  # Catsup
    "mayo": "04025",  # Salad dressing, mayonnaise, soybean oil, with salt
    "mayonnaise": "04025",
    "flour": "20081",  # Wheat flour, white, all-purpose, enriched, bleached
    "sugar": "19335",  # Sugars, granulated
    # No SR24 entry: sushi (a roll is rice, fish and seaweed; better asked about than guessed).
}
