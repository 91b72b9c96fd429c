"""The development half of the food-log phrase set: tune the product against these.

Written apart from the parser's code (see `tests/meals/phrases/__init__.py` for how the
amounts were worked out). The split is fixed: within each kind of phrase (and within its
sentences and its notes) the phrases alternate between this half and `held_out`, so both
halves hold the same mix. Never move a phrase between the halves.

Score with `python bench/eval_food_log.py --set development`.
"""

# ruff: noqa: E501 (data: a basis names the SR24 food in full)

from tests.meals.phrases import Item, Phrase

PHRASES: tuple[Phrase, ...] = (
    Phrase(
        "Lunch was a turkey sandwich on rye with mustard and an apple",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item("18060", 64.0, "18060 Bread, rye: 2 x slice, regular (32 g) = 64 g"),
            Item(
                "07079",
                56.7,
                "07079 Turkey breast meat: deli turkey in a sandwich, 2 oz = 56.7 g (usual deli serving)",
            ),
            Item(
                "02046",
                5.0,
                "02046 Mustard, prepared, yellow: 1 tsp or 1 packet = 5 g (1 tsp mustard)",
            ),
            Item("09003", 182.0, '09003 Apples, raw, with skin: 1 medium (3" dia) = 182 g'),
        ),
    ),
    Phrase(
        "Breakfast was a bowl of cheerios with milk and a banana sliced on top",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "08013",
                28.0,
                "08013 Cereals ready-to-eat, GENERAL MILLS, CHEERIOS: 1 cup (1 NLEA serving) = 28 g (a bowl of cereal = 1 NLEA serving)",
            ),
            Item(
                "01079",
                122.0,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 0.5 x cup (244 g) = 122 g (milk on cereal = 1/2 cup, 2% unless said)",
            ),
            Item("09040", 118.0, '09040 Bananas, raw: 1 medium (7" to 7-7/8" long) = 118 g'),
        ),
    ),
    Phrase(
        "had a bowl of tomato soup and a grilled cheese for lunch",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "06559",
                372.0,
                "06559 Soup, tomato, canned, prepared with equal volume water, commercial: 1.5 x serving 1 cup (248 g) = 372 g (a bowl of soup = 1.5 cups)",
            ),
            Item(
                "18069",
                56.0,
                "18069 Bread, white, commercially prepared (includes soft bread crumbs): grilled cheese: 2 slices white bread x 28 g (SR 1 slice = 28 g)",
            ),
            Item(
                "01042",
                42.0,
                "01042 Cheese, pasteurized process, American, fortified with vitamin D: 2 x slice (3/4 oz) (21 g) = 42 g (grilled cheese: 2 slices American cheese)",
            ),
            Item(
                "01001",
                14.2,
                "01001 Butter, salted: 1 tbsp = 14.2 g (butter to grill the sandwich, 1 tbsp)",
            ),
        ),
    ),
    Phrase(
        "we got chinese takeout and I ate about half the general tso's chicken plus a cup of fried rice",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "36618",
                267.5,
                "36618 Restaurant, Chinese, general tso's chicken: 0.5 x order (535 g) = 267.5 g (half of one restaurant order (535 g))",
            ),
            Item("36602", 140.0, "36602 Restaurant, Chinese, fried rice: 1 cup = 140 g"),
        ),
    ),
    Phrase(
        "My lunch today was a chicken caesar salad and a diet coke",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "11251",
                94.0,
                "11251 Lettuce, cos or romaine, raw: 2 x cup shredded (47 g) = 94 g (salad base: 2 cups romaine)",
            ),
            Item(
                "05064",
                86.0,
                "05064 Chicken, broilers or fryers, breast, meat only, cooked, roasted: 0.5 x breast, bone and skin removed (SR24: 0.5 breast, bone and skin removed = 86 g) = 86 g (grilled chicken: one breast (a half breast))",
            ),
            Item(
                "01032",
                10.0,
                "01032 Cheese, parmesan, grated: 2 x tbsp (5 g) = 10 g (2 tbsp grated parmesan)",
            ),
            Item(
                "43015",
                30.0,
                "43015 Salad dressing, caesar dressing, regular: 1 serving (2 tbsp) = 30 g (dressing: 2 tbsp)",
            ),
            Item(
                "18243",
                20.0,
                "18243 Croutons, seasoned: 0.5 x cup (40 g) = 20 g (croutons: 1/2 cup)",
            ),
            Item(
                "14416",
                355.0,
                "14416 Carbonated beverage, low calorie, cola or pepper-type, with aspartame, contains caffeine: 1 can 12 fl oz = 355 g (diet coke = 12 fl oz can)",
            ),
        ),
    ),
    Phrase(
        "For dinner I had two beef tacos with rice and beans on the side",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "21082",
                138.0,
                "21082 Fast foods, taco with beef, cheese and lettuce, hard shell: 2 x each taco (69 g) = 138 g (hard shell beef taco)",
            ),
            Item(
                "36405",
                146.0,
                "36405 Restaurant, Latino, Arroz con frijoles negros (rice and black beans): 1 cup = 146 g (side of rice and beans = 1 cup)",
            ),
        ),
    ),
    Phrase(
        "I had a bagel with cream cheese and a glass of orange juice",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "18001",
                105.0,
                '18001 Bagels, plain, enriched, with calcium propionate (includes onion, poppy, sesame): 1 medium bagel (3-1/2" to 4" dia) = 105 g (size not said: medium)',
            ),
            Item(
                "01017",
                29.0,
                "01017 Cheese, cream: 2 x tbsp (14.5 g) = 29 g (cream cheese on a bagel = 2 tbsp)",
            ),
            Item(
                "09209",
                249.0,
                "09209 Orange juice, chilled, includes from concentrate: 1 cup = 249 g (a glass = 8 fl oz)",
            ),
        ),
    ),
    Phrase(
        "Ate a tuna salad sandwich on wheat bread and a small bag of chips",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "15128",
                102.5,
                "15128 Fish, tuna salad: 0.5 x cup (205 g) = 102.5 g (sandwich filling = 1/2 cup)",
            ),
            Item("18064", 58.0, "18064 Bread, wheat: 2 x slice (29 g) = 58 g"),
            Item(
                "19411",
                28.4,
                "19411 Snacks, potato chips, plain, salted: 1 oz = 28.4 g (small (single-serve) bag = 1 oz)",
            ),
        ),
    ),
    Phrase(
        "Snacked on an apple with two tablespoons of peanut butter this afternoon",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item("09003", 182.0, '09003 Apples, raw, with skin: 1 medium (3" dia) = 182 g'),
            Item(
                "16098",
                32.0,
                "16098 Peanut butter, smooth style, with salt: 2 x tbsp (SR24: 2 tbsp = 32 g) = 32 g",
            ),
        ),
    ),
    Phrase(
        "Dinner tonight was 2 cups of spaghetti with marinara and some parmesan on top",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "20121",
                280.0,
                "20121 Spaghetti, cooked, enriched, without added salt: 2 x cup (140 g) = 280 g",
            ),
            Item(
                "06931",
                264.0,
                "06931 Sauce, pasta, spaghetti/marinara, ready-to-serve: 2 x serving 1/2 cup (132 g) = 264 g (1/2 cup sauce per cup of pasta)",
            ),
            Item(
                "01032",
                10.0,
                "01032 Cheese, parmesan, grated: 2 x tbsp (5 g) = 10 g (some parmesan = 2 tbsp grated)",
            ),
        ),
    ),
    Phrase(
        "had a packet of instant ramen before bed",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "06583",
                85.0,
                "06583 Soup, ramen noodle, any flavor, dry: 1 package = 85 g (the whole block and seasoning, weighed dry)",
            ),
        ),
    ),
    Phrase(
        "For supper I enjoyed about 5 oz of pot roast with two carrots and two small potatoes",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "13373",
                141.8,
                '13373 Beef, chuck, arm pot roast, separable lean and fat, trimmed to 0" fat, all grades, cooked, braised: 5 oz = 5 x 28.35 g = 141.8 g (chuck arm pot roast, braised)',
            ),
            Item(
                "11125",
                92.0,
                "11125 Carrots, cooked, boiled, drained, without salt: 2 x carrot (46 g) = 92 g",
            ),
            Item(
                "11367",
                250.0,
                '11367 Potatoes, boiled, cooked without skin, flesh, without salt: 2 x small (1-3/4" to 2-1/2" dia.) (125 g) = 250 g',
            ),
        ),
    ),
    Phrase(
        "Had a serving of frozen lasagna for lunch and a can of diet pepsi",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "22916", 297.0, "22916 Lasagna with meat & sauce, frozen entree: 1 serving = 297 g"
            ),
            Item(
                "14416",
                355.0,
                "14416 Carbonated beverage, low calorie, cola or pepper-type, with aspartame, contains caffeine: 1 can 12 fl oz = 355 g (diet cola, 12 fl oz can)",
            ),
        ),
    ),
    Phrase(
        "I had fish and chips at the pub with a pint of lager",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "21047",
                91.0,
                "21047 Entrees, fish fillet, battered or breaded, and fried: 1 fillet = 91 g",
            ),
            Item(
                "36014",
                208.0,
                "36014 Restaurant, family style, French fries: 1 serving = 208 g (restaurant portion of chips (fries))",
            ),
            Item(
                "14003",
                475.2,
                "14003 Alcoholic beverage, beer, regular, all: 16 fl oz, 1 fl oz = 29.7 g -> 475.2 g (a US pint = 16 fl oz)",
            ),
        ),
    ),
    Phrase(
        "quarter pounder w/ cheese + large fries",
        kind="chain",
        sentence=False,
        items=(
            Item("21235", 199.0, "21235 McDONALD'S, QUARTER POUNDER with Cheese: 1 item = 199 g"),
            Item("21238", 154.0, "21238 McDONALD'S, French Fries: 1 large serving = 154 g"),
        ),
    ),
    Phrase(
        "Picked up a 6 piece chicken mcnuggets with a bbq sauce on the drive home",
        kind="chain",
        sentence=True,
        items=(
            Item("21309", 95.0, "21309 McDONALD'S, Chicken McNUGGETS: 6 pieces 3.4 oz = 95 g"),
            Item("21310", 28.0, "21310 McDONALD'S, Barbeque Sauce: 1 package = 28 g"),
        ),
    ),
    Phrase(
        "2 slices of domino's pepperoni pizza",
        kind="chain",
        sentence=False,
        items=(
            Item(
                "21280",
                226.0,
                "21280 DOMINO'S 14\" Pepperoni Pizza, Classic Hand-Tossed Crust: 2 x slice (113 g) = 226 g (Domino's default: 14\" classic hand-tossed)",
            ),
        ),
    ),
    Phrase(
        "small frosty and a jr cheeseburger at wendy's",
        kind="chain",
        sentence=False,
        items=(
            Item("21248", 227.0, "21248 WENDY'S, Frosty Dairy Dessert: 1 small 12 oz. cup = 227 g"),
            Item("21242", 129.0, "21242 WENDY'S, Jr. Hamburger, with cheese: 1 item = 129 g"),
        ),
    ),
    Phrase(
        "Grabbed a 6 inch cold cut sub for lunch",
        kind="chain",
        sentence=True,
        items=(
            Item(
                "21124",
                228.0,
                "21124 Fast foods, submarine sandwich, with cold cuts: 1 submarine = 228 g (SR24 1 submarine (6-inch) = 228 g)",
            ),
        ),
    ),
    Phrase(
        "applebee's mozzarella sticks, ate 4 of them",
        kind="chain",
        sentence=False,
        items=(
            Item("36004", 128.0, "36004 APPLEBEE'S, mozzarella sticks: 4 x piece (32 g) = 128 g"),
        ),
    ),
    Phrase(
        "popeyes spicy thigh and a biscuit",
        kind="chain",
        sentence=False,
        items=(
            Item(
                "21454",
                121.0,
                "21454 POPEYES, Fried Chicken, Spicy, Thigh, meat and skin with breading, analyzed prior to January 2007: 1 thigh, with skin = 121 g",
            ),
            Item("21415", 59.0, "21415 POPEYES, Biscuit: 1 biscuit = 59 g"),
        ),
    ),
    Phrase(
        "denny's top sirloin steak with fries",
        kind="chain",
        sentence=False,
        items=(
            Item("36615", 107.0, "36615 DENNY'S, top sirloin steak: 1 steak = 107 g"),
            Item("36610", 164.0, "36610 DENNY'S, French fries: 1 serving = 164 g"),
        ),
    ),
    Phrase(
        "I ate a Wendy's classic single with cheese and medium fries in the car",
        kind="chain",
        sentence=True,
        items=(
            Item(
                "21240",
                236.0,
                "21240 WENDY'S, CLASSIC SINGLE Hamburger, with cheese: 1 item = 236 g",
            ),
            Item("21247", 142.0, "21247 WENDY'S, French Fries: 1 medium Serving = 142 g"),
        ),
    ),
    Phrase(
        "mcdonalds hotcakes and sausage",
        kind="chain",
        sentence=False,
        items=(Item("21364", 264.0, "21364 McDONALD'S, Hotcakes and Sausage: 1 item = 264 g"),),
    ),
    Phrase(
        "Had the 9 oz house sirloin at Applebee's with a side of fries",
        kind="chain",
        sentence=True,
        items=(
            Item("36000", 179.0, "36000 APPLEBEE'S, 9 oz house sirloin steak: 1 steak = 179 g"),
            Item("36002", 190.0, "36002 APPLEBEE'S, French fries: 1 serving = 190 g"),
        ),
    ),
    Phrase(
        "grande latte",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14210",
                60.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 2 x fluid ounce (30 g) = 60 g (grande = 2 espresso shots of 1 fl oz)",
            ),
            Item(
                "01079",
                366.0,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 12 fl oz, 1 fl oz = 30.5 g -> 366 g (grande (16 fl oz) latte: about 12 fl oz steamed 2% milk, foam fills the rest)",
            ),
        ),
    ),
    Phrase(
        "I picked up a venti soy latte before my meeting",
        kind="coffee",
        sentence=True,
        items=(
            Item(
                "14210",
                60.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 2 x fluid ounce (30 g) = 60 g (venti hot = 2 espresso shots)",
            ),
            Item(
                "16139",
                489.6,
                "16139 Soymilk, original and vanilla, with added calcium, vitamins A and D: 16 fl oz, 1 fl oz = 30.6 g -> 489.6 g (venti (20 fl oz) latte: about 16 fl oz steamed soymilk (original, fortified))",
            ),
        ),
    ),
    Phrase(
        "coffee with milk",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14209",
                237.0,
                "14209 Coffee, brewed from grounds, prepared with tap water: 1 cup (8 fl oz) = 237 g (a cup of coffee = 8 fl oz)",
            ),
            Item(
                "01079",
                30.5,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 1 fl oz, 1 fl oz = 30.5 g -> 30.5 g (a splash = 2 tbsp = 1 fl oz of 2% milk)",
            ),
        ),
    ),
    Phrase(
        "large coffee with two creams",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14209",
                592.0,
                "14209 Coffee, brewed from grounds, prepared with tap water: 20 fl oz, 1 fl oz = 29.6 g -> 592 g (large coffee = 20 fl oz)",
            ),
            Item(
                "01049",
                30.0,
                "01049 Cream, fluid, half and half: 2 x container, individual (.5 fl oz) (15 g) = 30 g (a cream = one half-and-half creamer cup)",
            ),
        ),
    ),
    Phrase(
        "A tall americano with a splash of half and half got me through the morning",
        kind="coffee",
        sentence=True,
        items=(
            Item(
                "14210",
                60.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 2 x fluid ounce (30 g) = 60 g (tall americano = 2 espresso shots topped with water)",
            ),
            Item(
                "01049",
                30.0,
                "01049 Cream, fluid, half and half: 2 x tbsp (15 g) = 30 g (a splash = 2 tbsp)",
            ),
        ),
    ),
    Phrase(
        "double espresso and a butter croissant",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14210",
                60.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 2 x fluid ounce (30 g) = 60 g (double = 2 shots of 1 fl oz)",
            ),
            Item("18239", 57.0, "18239 Croissants, butter: 1 croissant, medium = 57 g"),
        ),
    ),
    Phrase(
        "a can of ginger ale",
        kind="drink",
        sentence=False,
        items=(
            Item(
                "14136",
                366.0,
                "14136 Carbonated beverage, ginger ale: 1 can or bottle (12 fl oz) = 366 g",
            ),
        ),
    ),
    Phrase(
        "Drank two pints of beer at the pub after work",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "14003",
                950.4,
                "14003 Alcoholic beverage, beer, regular, all: 32 fl oz, 1 fl oz = 29.7 g -> 950.4 g (2 US pints = 2 x 16 fl oz)",
            ),
        ),
    ),
    Phrase(
        "glass of white wine",
        kind="drink",
        sentence=False,
        items=(
            Item(
                "14106",
                147.0,
                "14106 Alcoholic beverage, wine, table, white: 1 serving 5 fl oz = 147 g",
            ),
        ),
    ),
    Phrase(
        "red bull",
        kind="drink",
        sentence=False,
        items=(
            Item(
                "14154",
                258.0,
                "14154 Energy drink, RED BULL, with added caffeine, niacin, pantothenic acid, vitamins B6 and B12: 1 can 8.4 fl oz = 258 g (the standard small can)",
            ),
        ),
    ),
    Phrase(
        "Had 2 cans of sprite with the pizza",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "14145",
                738.0,
                "14145 Carbonated beverage, SPRITE, lemon-lime, without caffeine: 2 x can 12 fl oz (369 g) = 738 g",
            ),
        ),
    ),
    Phrase(
        "12oz apple juice",
        kind="drink",
        sentence=False,
        items=(
            Item(
                "09016",
                372.0,
                "09016 Apple juice, canned or bottled, unsweetened, without added ascorbic acid: 12 fl oz, 1 fl oz = 31 g -> 372 g",
            ),
        ),
    ),
    Phrase(
        "a glass of 1% milk before bed",
        kind="drink",
        sentence=False,
        items=(
            Item(
                "01082",
                244.0,
                "01082 Milk, lowfat, fluid, 1% milkfat, with added vitamin A and vitamin D: 1 cup = 244 g (a glass = 8 fl oz)",
            ),
        ),
    ),
    Phrase(
        "lunch - ham and swiss on rye",
        kind="label",
        sentence=False,
        items=(
            Item("18060", 64.0, "18060 Bread, rye: 2 x slice, regular (32 g) = 64 g"),
            Item(
                "07029",
                56.0,
                "07029 Ham, sliced, regular (approximately 11% fat): 2 x slice (28 g) = 56 g (2 slices deli ham)",
            ),
            Item("01040", 28.0, "01040 Cheese, swiss: 1 slice (1 oz) = 28 g"),
        ),
    ),
    Phrase(
        "snack: string cheese and about 15 grapes",
        kind="label",
        sentence=False,
        items=(
            Item(
                "01029",
                28.4,
                "01029 Cheese, mozzarella, part skim milk, low moisture: 1 oz = 28.4 g (a string cheese stick = 1 oz part-skim mozzarella)",
            ),
            Item(
                "09132",
                73.5,
                "09132 Grapes, red or green (European type, such as Thompson seedless), raw: 15 grapes x 4.9 g (SR24: 10 grapes = 49 g)",
            ),
        ),
    ),
    Phrase(
        "For lunch on Monday I had leftover mac and cheese, about a cup",
        kind="label",
        sentence=True,
        items=(
            Item(
                "22970",
                137.0,
                "22970 Macaroni and cheese, frozen entree: 1 cup = 137 g (the only SR24 macaroni and cheese with a cup measure)",
            ),
        ),
    ),
    Phrase(
        "2nd breakfast - croissant and a tall cappuccino",
        kind="label",
        sentence=False,
        items=(
            Item("18239", 57.0, "18239 Croissants, butter: 1 croissant, medium = 57 g"),
            Item(
                "14210",
                30.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 1 fluid ounce = 30 g (tall = 1 espresso shot)",
            ),
            Item(
                "01079",
                213.5,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 7 fl oz, 1 fl oz = 30.5 g -> 213.5 g (tall (12 fl oz) cappuccino: about 7 fl oz 2% milk, the rest is foam)",
            ),
        ),
    ),
    Phrase(
        "dessert: 2 scoops vanilla ice cream",
        kind="label",
        sentence=False,
        items=(
            Item(
                "19095",
                132.0,
                "19095 Ice creams, vanilla: 2 x serving 1/2 cup (66 g) = 132 g (a scoop = 1/2 cup)",
            ),
        ),
    ),
    Phrase(
        "Yesterday for lunch I had a Big Mac and a small fries",
        kind="label",
        sentence=True,
        items=(
            Item("21237", 219.0, "21237 McDONALD'S, BIG MAC: 1 item = 219 g"),
            Item("21238", 71.0, "21238 McDONALD'S, French Fries: 1 small serving = 71 g"),
        ),
    ),
    Phrase(
        "small banana and a large apple",
        kind="size",
        sentence=False,
        items=(
            Item("09040", 101.0, '09040 Bananas, raw: 1 small (6" to 6-7/8" long) = 101 g'),
            Item("09003", 223.0, '09003 Apples, raw, with skin: 1 large (3-1/4" dia) = 223 g'),
        ),
    ),
    Phrase(
        "I ate a large orange and a small pear at my desk",
        kind="size",
        sentence=True,
        items=(
            Item(
                "09200",
                184.0,
                '09200 Oranges, raw, all commercial varieties: 1 large (3-1/16" dia) = 184 g',
            ),
            Item("09252", 148.0, "09252 Pears, raw: 1 small = 148 g"),
        ),
    ),
    Phrase(
        "large peach",
        kind="size",
        sentence=False,
        items=(Item("09236", 175.0, '09236 Peaches, raw: 1 large (2-3/4" dia) = 175 g'),),
    ),
    Phrase(
        "king size snickers",
        kind="size",
        sentence=False,
        items=(
            Item(
                "19155",
                113.0,
                "19155 Candies, MARS SNACKFOOD US, SNICKERS Bar: 1 bar, king size (4 oz) = 113 g",
            ),
        ),
    ),
    Phrase(
        "I had a jumbo glazed donut from the bakery",
        kind="size",
        sentence=True,
        items=(
            Item(
                "18255",
                157.0,
                '18255 Doughnuts, yeast-leavened, glazed, enriched (includes honey buns): 1 jumbo (approx 6" dia) = 157 g',
            ),
        ),
    ),
    Phrase(
        "large wendy's fries",
        kind="size",
        sentence=False,
        items=(Item("21247", 184.0, "21247 WENDY'S, French Fries: 1 large Serving = 184 g"),),
    ),
    Phrase(
        "3 rashers of bacon and 2 fried eggs",
        kind="unit",
        sentence=False,
        items=(
            Item(
                "10862",
                23.7,
                "10862 Pork, cured, bacon, cooked, pan-fried: 3 x slice cooked (7.9 g) = 23.7 g (rasher = slice, fried)",
            ),
            Item("01128", 92.0, "01128 Egg, whole, cooked, fried: 2 x large (46 g) = 92 g"),
        ),
    ),
    Phrase(
        "2 sticks of beef jerky",
        kind="unit",
        sentence=False,
        items=(
            Item(
                "19002",
                40.0,
                "19002 Snacks, beef jerky, chopped and formed: 2 x piece, large (20 g) = 40 g (a stick = one large piece)",
            ),
        ),
    ),
    Phrase(
        "a slab of cornbread",
        kind="unit",
        sentence=False,
        items=(
            Item(
                "18023",
                60.0,
                "18023 Bread, cornbread, dry mix, prepared: 1 piece = 60 g (slab = piece)",
            ),
        ),
    ),
    Phrase(
        "I nibbled on 4 cubes of cheddar with 5 ritz crackers",
        kind="unit",
        sentence=True,
        items=(
            Item(
                "01009",
                68.0,
                "01009 Cheese, cheddar: 4 x cubic inch (17 g) = 68 g (a cube = 1 cubic inch)",
            ),
            Item(
                "18621", 16.5, "18621 NABISCO, NABISCO RITZ Crackers: 5 x cracker (3.3 g) = 16.5 g"
            ),
        ),
    ),
    Phrase(
        "an ear of corn with butter",
        kind="unit",
        sentence=False,
        items=(
            Item(
                "11168",
                103.0,
                '11168 Corn, sweet, yellow, cooked, boiled, drained, without salt: 1 ear medium (6-3/4" to 7-1/2" long) = 103 g (size not said: medium)',
            ),
            Item("01001", 5.0, '01001 Butter, salted: 1 pat (1" sq, 1/3" high) = 5 g'),
        ),
    ),
    Phrase(
        "a drumstick and a thigh off the rotisserie chicken",
        kind="unit",
        sentence=False,
        items=(
            Item(
                "05349",
                53.0,
                "05349 Chicken, broilers or fryers, drumstick, meat and skin, cooked, rotisserie, original seasoning: 1 drumstick = 53 g",
            ),
            Item(
                "05351",
                89.0,
                "05351 Chicken, broilers or fryers, thigh, meat and skin, cooked, rotisserie, original seasoning: 1 thigh = 89 g",
            ),
        ),
    ),
    Phrase(
        "10 almonds",
        kind="count",
        sentence=False,
        items=(Item("12061", 12.0, "12061 Nuts, almonds: 10 x almond (1.2 g) = 12 g"),),
    ),
    Phrase(
        "I munched about 20 grapes while cooking",
        kind="count",
        sentence=True,
        items=(
            Item(
                "09132",
                98.0,
                "09132 Grapes, red or green (European type, such as Thompson seedless), raw: 20 grapes x 4.9 g (SR24: 10 grapes = 49 g)",
            ),
        ),
    ),
    Phrase(
        "8 large shrimp, steamed",
        kind="count",
        sentence=False,
        items=(
            Item(
                "15151",
                44.0,
                "15151 Crustaceans, shrimp, mixed species, cooked, moist heat: 8 large x 5.5 g (SR24: 4 large = 22 g), moist heat",
            ),
        ),
    ),
    Phrase(
        "2 tangerines and 10 walnut halves",
        kind="count",
        sentence=False,
        items=(
            Item(
                "09218",
                176.0,
                '09218 Tangerines, (mandarin oranges), raw: 2 x medium (2-1/2" dia) (88 g) = 176 g (size not said: medium)',
            ),
            Item(
                "12155",
                20.2,
                "12155 Nuts, walnuts, english: 10 halves = 10/14 oz (SR24: 1 oz = 14 halves = 28.35 g)",
            ),
        ),
    ),
    Phrase(
        "a dozen baby carrots with 2 tbsp of hummus",
        kind="count",
        sentence=False,
        items=(
            Item("11960", 120.0, "11960 Carrots, baby, raw: 12 x medium (10 g) = 120 g"),
            Item("16158", 30.0, "16158 Hummus, commercial: 2 x tbsp (15 g) = 30 g"),
        ),
    ),
    Phrase(
        "I had 6 saltine crackers with my soup, a cup of chicken noodle",
        kind="count",
        sentence=True,
        items=(
            Item(
                "18228",
                18.0,
                "18228 Crackers, saltines (includes oyster, soda, soup): 6 x cracker square (3 g) = 18 g",
            ),
            Item(
                "06419",
                248.0,
                "06419 Soup, chicken noodle, canned, prepared with equal volume water: 1 serving 1 cup = 248 g",
            ),
        ),
    ),
    Phrase(
        "half a mango",
        kind="part",
        sentence=False,
        items=(
            Item("09176", 168.0, "09176 Mangos, raw: 0.5 x fruit without refuse (336 g) = 168 g"),
        ),
    ),
    Phrase(
        "half an avocado on a slice of toast",
        kind="part",
        sentence=False,
        items=(
            Item(
                "09037",
                100.5,
                "09037 Avocados, raw, all commercial varieties: 0.5 x avocado, NS as to Florida or California (201 g) = 100.5 g",
            ),
            Item(
                "18070",
                22.0,
                "18070 Bread, white, commercially prepared, toasted: 1 slice = 22 g (toast = white bread, toasted)",
            ),
        ),
    ),
    Phrase(
        "half a bagel with a tablespoon of peanut butter",
        kind="part",
        sentence=False,
        items=(
            Item(
                "18001",
                52.5,
                '18001 Bagels, plain, enriched, with calcium propionate (includes onion, poppy, sesame): 0.5 x medium bagel (3-1/2" to 4" dia) (105 g) = 52.5 g',
            ),
            Item(
                "16098",
                16.0,
                "16098 Peanut butter, smooth style, with salt: 1 x tbsp (SR24: 2 tbsp = 32 g) = 16 g",
            ),
        ),
    ),
    Phrase(
        "I made half a can of tuna with a spoonful of mayo",
        kind="part",
        sentence=True,
        items=(
            Item(
                "15121",
                82.5,
                "15121 Fish, tuna, light, canned in water, drained solids: 0.5 x can (165 g) = 82.5 g (canned in water, drained)",
            ),
            Item(
                "04025",
                13.8,
                "04025 Salad dressing, mayonnaise, soybean oil, with salt: 1 tbsp = 13.8 g (a spoonful = 1 tbsp)",
            ),
        ),
    ),
    Phrase(
        "half a pint of vanilla ice cream",
        kind="part",
        sentence=False,
        items=(
            Item(
                "19095",
                132.0,
                "19095 Ice creams, vanilla: 2 x serving 1/2 cup (66 g) = 132 g (a pint = 2 cups; half = 1 cup = 2 x 1/2 cup)",
            ),
        ),
    ),
    Phrase(
        "half a chicken breast and half a cup of rice",
        kind="part",
        sentence=False,
        items=(
            Item(
                "05064",
                43.0,
                "05064 Chicken, broilers or fryers, breast, meat only, cooked, roasted: 0.25 x breast, bone and skin removed (SR24: 0.5 breast, bone and skin removed = 86 g) = 43 g (half of one breast (a half breast))",
            ),
            Item(
                "20045",
                79.0,
                "20045 Rice, white, long-grain, regular, cooked: 0.5 x cup (158 g) = 79 g (plain rice = white, cooked)",
            ),
        ),
    ),
    Phrase(
        "pb&j on white bread",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "18069",
                56.0,
                "18069 Bread, white, commercially prepared (includes soft bread crumbs): 2 slices white bread x 28 g (SR 1 slice = 28 g)",
            ),
            Item(
                "16098",
                32.0,
                "16098 Peanut butter, smooth style, with salt: 2 tbsp = 32 g (peanut butter for a sandwich = 2 tbsp)",
            ),
            Item("19300", 21.0, "19300 Jellies: 1 serving 1 tbsp = 21 g (jelly = 1 tbsp)"),
        ),
    ),
    Phrase(
        "I had a cup of rice and beans with my chicken thigh",
        kind="dish",
        sentence=True,
        items=(
            Item(
                "36406",
                157.0,
                "36406 Restaurant, Latino, Arroz con habichuelas colorados (Rice And Red Beans): 1 cup = 157 g (rice and (red) beans)",
            ),
            Item(
                "05098",
                116.0,
                "05098 Chicken, broilers or fryers, thigh, meat only, cooked, roasted: 1 thigh without skin = 116 g (roasted thigh, meat only)",
            ),
        ),
    ),
    Phrase(
        "steak and eggs - 6oz sirloin and 2 eggs fried",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "13451",
                170.1,
                '13451 Beef, top sirloin, steak, separable lean and fat, trimmed to 0" fat, all grades, cooked, broiled: 6 oz x 28.35 g = 170.1 g, top sirloin steak, broiled',
            ),
            Item("01128", 92.0, "01128 Egg, whole, cooked, fried: 2 x large (46 g) = 92 g"),
        ),
    ),
    Phrase(
        "bagel with lox and cream cheese",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "18001",
                105.0,
                '18001 Bagels, plain, enriched, with calcium propionate (includes onion, poppy, sesame): 1 medium bagel (3-1/2" to 4" dia) = 105 g',
            ),
            Item(
                "15179",
                56.7,
                "15179 Fish, salmon, chinook, smoked, (lox), regular: lox on a bagel: 2 oz x 28.35 g = 56.7 g",
            ),
            Item(
                "01017",
                29.0,
                "01017 Cheese, cream: 2 x tbsp (14.5 g) = 29 g (cream cheese on a bagel = 2 tbsp)",
            ),
        ),
    ),
    Phrase(
        "nachos with cheese",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "21078",
                113.0,
                "21078 Fast foods, nachos, with cheese: 1 portion (6-8 nachos) = 113 g",
            ),
        ),
    ),
    Phrase(
        "For breakfast I made a ham and cheese omelette with 3 eggs",
        kind="dish",
        sentence=True,
        items=(
            Item(
                "01130",
                183.0,
                "01130 Egg, whole, cooked, omelet: 3 x large (61 g) = 183 g (3-egg omelet)",
            ),
            Item(
                "10136",
                28.4,
                "10136 Pork, cured, ham, boneless, regular (approximately 11% fat), roasted: 1 oz x 28.35 g = 28.4 g (diced ham in an omelet = 1 oz)",
            ),
            Item(
                "01009",
                28.4,
                "01009 Cheese, cheddar: 1 oz x 28.35 g = 28.4 g (cheese in an omelet = 1 oz cheddar)",
            ),
        ),
    ),
    Phrase(
        "chips and salsa",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "19056",
                28.4,
                "19056 Snacks, tortilla chips, plain, white corn: 1 oz = 28.4 g (a serving of tortilla chips = 1 oz)",
            ),
            Item(
                "06164",
                32.0,
                "06164 Sauce, salsa, ready-to-serve: 2 x tbsp (16 g) = 32 g (2 tbsp salsa)",
            ),
        ),
    ),
    Phrase(
        "strawberries and cream",
        kind="dish",
        sentence=False,
        items=(
            Item("09316", 152.0, "09316 Strawberries, raw: 1 cup, halves = 152 g"),
            Item(
                "01053",
                30.0,
                "01053 Cream, fluid, heavy whipping: 2 x tbsp (15 g) = 30 g (2 tbsp pouring cream (heavy))",
            ),
        ),
    ),
    Phrase(
        "bannana and a strawberry yoghourt",
        kind="typo",
        sentence=False,
        items=(
            Item("09040", 118.0, '09040 Bananas, raw: 1 medium (7" to 7-7/8" long) = 118 g'),
            Item(
                "01120",
                170.0,
                "01120 Yogurt, fruit, low fat, 9 grams protein per 8 ounce: 1 container (6 oz) = 170 g (a fruit yogurt cup = 6 oz container)",
            ),
        ),
    ),
    Phrase(
        "2 tomatos, 3 oz fresh mozarella and a tbsp of olive oil",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "11529",
                246.0,
                '11529 Tomatoes, red, ripe, raw, year round average: 2 x medium whole (2-3/5" dia) (123 g) = 246 g',
            ),
            Item(
                "01026",
                85.1,
                "01026 Cheese, mozzarella, whole milk: 3 oz x 28.35 g = 85.1 g (fresh = whole-milk mozzarella)",
            ),
            Item("04053", 13.5, "04053 Oil, olive, salad or cooking: 1 tablespoon = 13.5 g"),
        ),
    ),
    Phrase(
        "sandwhich with ham and swiss chese",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "18069",
                56.0,
                "18069 Bread, white, commercially prepared (includes soft bread crumbs): 2 slices white bread x 28 g (SR 1 slice = 28 g)",
            ),
            Item(
                "07029",
                56.0,
                "07029 Ham, sliced, regular (approximately 11% fat): 2 x slice (28 g) = 56 g",
            ),
            Item("01040", 28.0, "01040 Cheese, swiss: 1 slice (1 oz) = 28 g"),
        ),
    ),
    Phrase(
        "cheeseburgr and frys",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "21090",
                127.0,
                "21090 Fast foods, cheeseburger; single, regular patty, with condiments: 1 item = 127 g (fast-food single regular patty with condiments)",
            ),
            Item(
                "21138",
                134.0,
                "21138 Fast foods, potato, french fried in vegetable oil: 1 medium = 134 g (size not said: medium)",
            ),
        ),
    ),
    Phrase(
        "Had 3 choclate chip cookies and a glass of mlik",
        kind="typo",
        sentence=True,
        items=(
            Item(
                "18159",
                30.0,
                '18159 Cookies, chocolate chip, commercially prepared, regular, higher fat, enriched: 3 x cookie, medium (2-1/4" dia) (10 g) = 30 g',
            ),
            Item(
                "01079",
                244.0,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 1 cup = 244 g (a glass = 8 fl oz, 2% unless said)",
            ),
        ),
    ),
    Phrase(
        "pinapple chunks, 1 cup",
        kind="typo",
        sentence=False,
        items=(Item("09266", 165.0, "09266 Pineapple, raw, all varieties: 1 cup, chunks = 165 g"),),
    ),
    Phrase(
        "oatmeal w/ bluberries",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "08121",
                234.0,
                "08121 Cereals, oats, regular and quick, unenriched, cooked with water (includes boiling and microwaving), without salt: 1 cup = 234 g (a bowl of oatmeal = 1 cup cooked)",
            ),
            Item("09050", 74.0, "09050 Blueberries, raw: 0.5 x cup (148 g) = 74 g"),
        ),
    ),
    Phrase(
        "a couple of hard boiled eggs",
        kind="words",
        sentence=False,
        items=(
            Item("01129", 100.0, "01129 Egg, whole, cooked, hard-boiled: 2 x large (50 g) = 100 g"),
        ),
    ),
    Phrase(
        "three quarters of a cup of granola",
        kind="words",
        sentence=False,
        items=(
            Item(
                "08037",
                91.5,
                "08037 Cereals ready-to-eat, granola, homemade: 0.75 x cup (122 g) = 91.5 g",
            ),
        ),
    ),
    Phrase(
        "We ordered wings and I ate half a dozen",
        kind="words",
        sentence=True,
        items=(
            Item(
                "05102",
                192.0,
                "05102 Chicken, broilers or fryers, wing, meat and skin, cooked, fried, flour: 6 x wing, bone removed (32 g) = 192 g (plain fried wings, meat and skin)",
            ),
        ),
    ),
    Phrase(
        "a couple of spoonfuls of hummus with a pita",
        kind="words",
        sentence=False,
        items=(
            Item(
                "16158",
                30.0,
                "16158 Hummus, commercial: 2 x tbsp (15 g) = 30 g (a spoonful = 1 tbsp)",
            ),
            Item(
                "18041",
                60.0,
                '18041 Bread, pita, white, enriched: 1 pita, large (6-1/2" dia) = 60 g',
            ),
        ),
    ),
    Phrase(
        "a couple tablespoons of peanut butter on two sticks of celery",
        kind="words",
        sentence=False,
        items=(
            Item("16098", 32.0, "16098 Peanut butter, smooth style, with salt: 2 tbsp = 32 g"),
            Item(
                "11143",
                80.0,
                '11143 Celery, raw: 2 x stalk, medium (7-1/2" - 8" long) (40 g) = 80 g',
            ),
        ),
    ),
    Phrase(
        "four fish sticks",
        kind="words",
        sentence=False,
        items=(
            Item(
                "15027",
                112.0,
                '15027 Fish, fish portions and sticks, frozen, preheated: 4 x stick (4" x 1" x 1/2") (28 g) = 112 g',
            ),
        ),
    ),
    Phrase(
        "rice, 1.5 cups",
        kind="cooked",
        sentence=False,
        items=(
            Item(
                "20045",
                237.0,
                "20045 Rice, white, long-grain, regular, cooked: 1.5 x cup (158 g) = 237 g (rice = white, cooked)",
            ),
        ),
    ),
    Phrase(
        "For dinner I had 200g of pasta with a tablespoon of olive oil and some parmesan",
        kind="cooked",
        sentence=True,
        items=(
            Item(
                "20121",
                200.0,
                "20121 Spaghetti, cooked, enriched, without added salt: 200 g cooked pasta",
            ),
            Item("04053", 13.5, "04053 Oil, olive, salad or cooking: 1 tablespoon = 13.5 g"),
            Item(
                "01032",
                10.0,
                "01032 Cheese, parmesan, grated: 2 x tbsp (5 g) = 10 g (some parmesan = 2 tbsp grated)",
            ),
        ),
    ),
    Phrase(
        "a cup of couscous",
        kind="cooked",
        sentence=False,
        items=(Item("20029", 157.0, "20029 Couscous, cooked: 1 cup, cooked = 157 g"),),
    ),
    Phrase(
        "lentils 1 cup",
        kind="cooked",
        sentence=False,
        items=(
            Item(
                "16070",
                198.0,
                "16070 Lentils, mature seeds, cooked, boiled, without salt: 1 cup = 198 g",
            ),
        ),
    ),
    Phrase(
        "macaroni, 1 cup, with a spoon of parmesan",
        kind="cooked",
        sentence=False,
        items=(
            Item("20100", 140.0, "20100 Macaroni, cooked, enriched: 1 cup elbow shaped = 140 g"),
            Item("01032", 5.0, "01032 Cheese, parmesan, grated: 1 tbsp = 5 g"),
        ),
    ),
    Phrase(
        "2 poached eggs on an english muffin",
        kind="eggs",
        sentence=False,
        items=(
            Item("01131", 100.0, "01131 Egg, whole, cooked, poached: 2 x large (50 g) = 100 g"),
            Item(
                "18258",
                57.0,
                "18258 English muffins, plain, enriched, with ca prop (includes sourdough): 1 muffin = 57 g",
            ),
        ),
    ),
    Phrase(
        "scrambled eggs (3) with cheddar",
        kind="eggs",
        sentence=False,
        items=(
            Item("01132", 183.0, "01132 Egg, whole, cooked, scrambled: 3 x large (61 g) = 183 g"),
            Item(
                "01009",
                28.2,
                "01009 Cheese, cheddar: 0.25 x cup, shredded (113 g) = 28.2 g (cheese in eggs = 1/4 cup shredded)",
            ),
        ),
    ),
    Phrase(
        "egg white omelet, 4 whites",
        kind="eggs",
        sentence=False,
        items=(
            Item(
                "01124",
                132.0,
                "01124 Egg, white, raw, fresh: 4 x large (33 g) = 132 g (4 large egg whites)",
            ),
        ),
    ),
    Phrase(
        "I had a couple of scrambled eggs on two pieces of toast",
        kind="eggs",
        sentence=True,
        items=(
            Item("01132", 122.0, "01132 Egg, whole, cooked, scrambled: 2 x large (61 g) = 122 g"),
            Item(
                "18070",
                44.0,
                "18070 Bread, white, commercially prepared, toasted: 2 x slice (22 g) = 44 g (toast = white bread, toasted)",
            ),
        ),
    ),
    Phrase(
        "150g chicken breast, 100g rice",
        kind="units",
        sentence=False,
        items=(
            Item(
                "05064",
                150.0,
                "05064 Chicken, broilers or fryers, breast, meat only, cooked, roasted: 150 g, roasted breast meat",
            ),
            Item(
                "20045",
                100.0,
                "20045 Rice, white, long-grain, regular, cooked: 100 g cooked white rice",
            ),
        ),
    ),
    Phrase(
        "330ml can of coke",
        kind="units",
        sentence=False,
        items=(
            Item(
                "14400",
                342.2,
                "14400 Carbonated beverage, cola, contains caffeine: 330 ml at SR24 1 can 12 fl oz (368 g / 354.9 ml) = 342.2 g",
            ),
        ),
    ),
    Phrase(
        "quarter pound burger patty, no bun",
        kind="units",
        sentence=False,
        items=(
            Item(
                "23573",
                77.0,
                "23573 Beef, ground, 80% lean meat / 20% fat, patty, cooked, broiled: 1 patty (yield from 1/4 lb raw meat) = 77 g (80/20 ground beef, broiled)",
            ),
        ),
    ),
    Phrase(
        "half a liter of beer",
        kind="units",
        sentence=False,
        items=(
            Item(
                "14003",
                501.5,
                "14003 Alcoholic beverage, beer, regular, all: 500 ml at SR24 1 can (12 fl oz) (356 g / 354.9 ml) = 501.5 g",
            ),
        ),
    ),
    Phrase(
        "I ate 100 grams of 70% dark chocolate over the weekend",
        kind="units",
        sentence=True,
        items=(Item("19904", 100.0, "19904 Chocolate, dark, 70-85% cacao solids: 100 g"),),
    ),
    Phrase(
        "a 500 ml bottle of orange juice",
        kind="units",
        sentence=False,
        items=(
            Item(
                "09209",
                526.2,
                "09209 Orange juice, chilled, includes from concentrate: 500 ml at SR24 1 cup (249 g / 236.6 ml) = 526.2 g",
            ),
        ),
    ),
    Phrase(
        "Weighed it: 180 g cooked pasta plus 120 g of marinara",
        kind="units",
        sentence=False,
        items=(
            Item(
                "20121",
                180.0,
                "20121 Spaghetti, cooked, enriched, without added salt: 180 g cooked pasta",
            ),
            Item(
                "06931",
                120.0,
                "06931 Sauce, pasta, spaghetti/marinara, ready-to-serve: 120 g sauce",
            ),
        ),
    ),
    Phrase(
        "an 8 oz glass of milk",
        kind="units",
        sentence=False,
        items=(
            Item(
                "01079",
                244.0,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 8 fl oz, 1 fl oz = 30.5 g -> 244 g (2% unless said)",
            ),
        ),
    ),
    Phrase(
        "Had a shot of vodka with a can of ginger ale as a chaser",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "14051",
                42.0,
                "14051 Alcoholic beverage, distilled, vodka, 80 proof: 1 jigger 1.5 fl oz = 42 g",
            ),
            Item(
                "14136",
                366.0,
                "14136 Carbonated beverage, ginger ale: 1 can or bottle (12 fl oz) = 366 g",
            ),
        ),
    ),
    Phrase(
        "I ate a wedge of cantaloupe and a wedge of honeydew after lunch",
        kind="unit",
        sentence=True,
        items=(
            Item(
                "09181",
                69.0,
                "09181 Melons, cantaloupe, raw: 1 wedge, medium (1/8 of medium melon) = 69 g (size not said: medium melon)",
            ),
            Item(
                "09184",
                125.0,
                '09184 Melons, honeydew, raw: 1 wedge (1/8 of 5-1/4" dia melon) = 125 g (size not said: the smaller (5-1/4") melon)',
            ),
        ),
    ),
    Phrase(
        "I ate half a banana and a quarter cup of granola on the bus",
        kind="part",
        sentence=True,
        items=(
            Item(
                "09040", 59.0, '09040 Bananas, raw: 0.5 x medium (7" to 7-7/8" long) (118 g) = 59 g'
            ),
            Item(
                "08037",
                30.5,
                "08037 Cereals ready-to-eat, granola, homemade: 0.25 x cup (122 g) = 30.5 g",
            ),
        ),
    ),
    Phrase(
        "I had a couple of slices of swiss cheese with half a cup of grapes",
        kind="words",
        sentence=True,
        items=(
            Item("01040", 56.0, "01040 Cheese, swiss: 2 x slice (1 oz) (28 g) = 56 g"),
            Item(
                "09132",
                75.5,
                "09132 Grapes, red or green (European type, such as Thompson seedless), raw: 0.5 x cup (151 g) = 75.5 g",
            ),
        ),
    ),
    Phrase(
        "I made a big pot of quinoa and ate about a cup and a half with some black beans",
        kind="cooked",
        sentence=True,
        items=(
            Item("20137", 277.5, "20137 Quinoa, cooked: 1.5 x cup (185 g) = 277.5 g"),
            Item(
                "16015",
                86.0,
                "16015 Beans, black, mature seeds, cooked, boiled, without salt: 0.5 x cup (172 g) = 86 g (some beans = 1/2 cup)",
            ),
        ),
    ),
    Phrase(
        "Had a glass of orage juice and a bowl of cherios with half a cup of skim milk",
        kind="typo",
        sentence=True,
        items=(
            Item(
                "09209",
                249.0,
                "09209 Orange juice, chilled, includes from concentrate: 1 cup = 249 g (a glass = 8 fl oz)",
            ),
            Item(
                "08013",
                28.0,
                "08013 Cereals ready-to-eat, GENERAL MILLS, CHEERIOS: 1 cup (1 NLEA serving) = 28 g (a bowl of cereal = 1 NLEA serving)",
            ),
            Item(
                "01085",
                122.5,
                "01085 Milk, nonfat, fluid, with added vitamin A and vitamin D (fat free or skim): 0.5 x cup (245 g) = 122.5 g",
            ),
        ),
    ),
)
