# ruff: noqa: E501
"""The second held-out set of the /log accuracy phrases: never to be read while tuning.

Written on 2026-12-06 apart from the code (without reading the parser, its aliases, units,
ranking, search, the meal service or earlier parser test cases) and apart from the other two
sets (`development` and `held_out` were not read), from the USDA SR24 records alone, following
the conventions of `tests.meals.phrases` (each basis says which applied).

It is never to be read, run or looked at while tuning. It is scored ONCE, at the end of the next
round of tuning, with `python bench/eval_food_log.py --set held_out_2`, and that score is the
round's result. Never move a phrase between this set and another one, never edit a phrase or
its items after seeing how the bot does on it, and never tune against it: once it has been
scored, the round after the next needs a new held-out set.

Scored once, on 2026-12-06 at 37b452a, at the end of the round of general mechanisms tuned on
`development` and `held_out` (chain context, sizes and spoken amounts, sentence places and
verbs, a bowl, parts and amounts after a food, spreads, eggs as ordered): 81 of 146 within
max(10%, 15 kcal) (55.5%), asked 36.3%, refused 0, committed items more than 25% off 27/156
(17.3%). Used from then on; `held_out_3` is the next round's measure.
"""

from __future__ import annotations

from tests.meals.phrases import Item, Phrase

PHRASES: tuple[Phrase, ...] = (
    Phrase(
        text="had 2 scrambled eggs, a slice of whole wheat toast and half a grapefruit this morning",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "01132",
                122.0,
                "01132 Egg, whole, cooked, scrambled: 2 x 1 large = 61 g (large: the only egg size SR24 gives for scrambled eggs)",
            ),
            Item(
                "18076",
                25.0,
                "18076 Bread, whole-wheat, commercially prepared, toasted: 1 slice = 25 g (toast = toasted bread)",
            ),
            Item(
                "09112",
                123.0,
                '09112 Grapefruit, raw, pink and red, all areas: 0.5 fruit (3-3/4" dia) = 123 g',
            ),
        ),
    ),
    Phrase(
        text="dinner was a baked sweet potato, 4 oz of salmon and a cup of steamed broccoli",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "11508",
                114.0,
                '11508 Sweet potato, cooked, baked in skin, without salt: 1 medium (2" dia, 5" long, raw) = 114 g (size not said: medium)',
            ),
            Item(
                "15237",
                113.4,
                "15237 Fish, salmon, Atlantic, farmed, cooked, dry heat: 4 oz x 28.35 g (cooked salmon, dry heat; farmed Atlantic is the common supermarket salmon)",
            ),
            Item(
                "11091",
                156.0,
                "11091 Broccoli, cooked, boiled, drained, without salt: 1 cup = 2 x 0.5 cup, chopped (78 g); steamed counted as boiled, drained",
            ),
        ),
    ),
    Phrase(
        text="I snacked on a banana and a handful of almonds around 3pm",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "09040",
                118.0,
                '09040 Bananas, raw: 1 medium (7" to 7-7/8" long) = 118 g (size not said: medium)',
            ),
            Item("12061", 28.4, "12061 Nuts, almonds: a handful of nuts = 1 oz = 28.35 g"),
        ),
    ),
    Phrase(
        text="For lunch I had a cup of chicken noodle soup and 6 saltines",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "06419",
                248.0,
                "06419 Soup, chicken noodle, canned, prepared with equal volume water: 1 serving 1 cup = 248 g (canned soup as eaten: prepared with water)",
            ),
            Item(
                "18228",
                18.0,
                "18228 Crackers, saltines (includes oyster, soda, soup): 6 x 1 cracker square = 3 g",
            ),
        ),
    ),
    Phrase(
        text="Tonight I pan fried a pork chop and had it with a cup of green beans and a cup of mashed potatoes",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "10186",
                142.0,
                "10186 Pork, fresh, loin, top loin (chops), boneless, separable lean and fat, cooked, pan-fried: 1 chop = 142 g (pan-fried boneless top loin chop)",
            ),
            Item(
                "11053",
                125.0,
                "11053 Beans, snap, green, cooked, boiled, drained, without salt: 1 cup = 125 g (cooked, boiled, drained)",
            ),
            Item(
                "11934",
                210.0,
                "11934 Potatoes, mashed, home-prepared, whole milk and butter added: 1 cup = 210 g (home-prepared with whole milk and butter)",
            ),
        ),
    ),
    Phrase(
        text="Ate a peanut butter and jelly sandwich on wheat bread and a glass of milk for lunch",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "18075",
                56.0,
                "18075 Bread, whole-wheat, commercially prepared: 2 slices x 1 slice = 28 g",
            ),
            Item(
                "16098",
                32.0,
                "16098 Peanut butter, smooth style, with salt: 2 tbsp = 32 g (convention: 2 tbsp peanut butter in a sandwich)",
            ),
            Item(
                "19300",
                21.0,
                "19300 Jellies: 1 serving 1 tbsp = 21 g (jelly amount not said: 1 tbsp)",
            ),
            Item(
                "01079",
                244.0,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: a glass = 8 fl oz = 1 cup = 244 g (milk is 2% unless said)",
            ),
        ),
    ),
    Phrase(
        text="My breakfast was a toasted everything bagel with cream cheese and a cup of coffee",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "18002",
                99.0,
                '18002 Bagels, plain, toasted, enriched, with calcium propionate (includes onion, poppy, sesame): 1 medium bagel (3-1/2" to 4" dia) = 99 g (toasted; everything bagel is a plain bagel with onion/poppy/sesame; size not said: medium)',
            ),
            Item(
                "01017",
                29.0,
                "01017 Cheese, cream: 2 tbsp x 14.5 g (convention: 2 tbsp cream cheese on a bagel)",
            ),
            Item(
                "14209",
                237.0,
                "14209 Coffee, brewed from grounds, prepared with tap water: a cup of coffee = 8 fl oz = 1 cup (8 fl oz) = 237 g",
            ),
        ),
    ),
    Phrase(
        text="we had spaghetti for dinner, I ate about 2 cups of pasta with half a cup of marinara and 2 tbsp parmesan",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "20121",
                280.0,
                "20121 Spaghetti, cooked, enriched, without added salt: 2 cups x 1 cup = 140 g (cooked enriched spaghetti)",
            ),
            Item(
                "06931",
                132.0,
                "06931 Sauce, pasta, spaghetti/marinara, ready-to-serve: 1 serving 1/2 cup = 132 g",
            ),
            Item(
                "01032",
                10.0,
                "01032 Cheese, parmesan, grated: 2 tbsp x 1 tbsp = 5 g (grated parmesan)",
            ),
        ),
    ),
    Phrase(
        text="Just finished 3 pancakes (the 4 inch ones) with 2 tbsp of maple syrup and 2 strips of bacon",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "18293",
                114.0,
                '18293 Pancakes, plain, prepared from recipe: 3 x 1 pancake (4" dia) = 38 g (homemade plain pancakes)',
            ),
            Item("19353", 40.0, "19353 Syrups, maple: 2 tbsp x 1 tbsp = 20 g"),
            Item(
                "10124",
                16.0,
                "10124 Pork, cured, bacon, cooked, broiled, pan-fried or roasted: 2 x 1 slice cooked = 8 g",
            ),
        ),
    ),
    Phrase(
        text="Big Mac and medium fries",
        kind="chain",
        sentence=False,
        items=(
            Item("21237", 219.0, "21237 McDONALD'S, BIG MAC: 1 item = 219 g"),
            Item("21238", 117.0, "21238 McDONALD'S, French Fries: 1 medium serving = 117 g"),
        ),
    ),
    Phrase(
        text="I got a 10 piece McNuggets with a sweet n sour sauce",
        kind="chain",
        sentence=True,
        items=(
            Item("21309", 159.0, "21309 McDONALD'S, Chicken McNUGGETS: 10 pieces 5.6 oz = 159 g"),
            Item("21315", 28.0, "21315 McDONALD'S, Sweet 'N Sour Sauce: 1 package = 28 g"),
        ),
    ),
    Phrase(
        text="whopper w cheese + small fries from burger king",
        kind="chain",
        sentence=False,
        items=(
            Item("21253", 316.0, "21253 BURGER KING, WHOPPER, with cheese: 1 item = 316 g"),
            Item("21249", 74.0, "21249 BURGER KING, French Fries: 1 small serving = 74 g"),
        ),
    ),
    Phrase(
        text="We got Domino's and I had 2 slices of pepperoni, hand tossed",
        kind="chain",
        sentence=True,
        items=(
            Item(
                "21280",
                226.0,
                "21280 DOMINO'S 14\" Pepperoni Pizza, Classic Hand-Tossed Crust: 2 x 1 slice = 113 g (Domino's 14\" classic hand-tossed)",
            ),
        ),
    ),
    Phrase(
        text="I got a jr cheeseburger and a small frosty at wendys",
        kind="chain",
        sentence=True,
        items=(
            Item("21242", 129.0, "21242 WENDY'S, Jr. Hamburger, with cheese: 1 item = 129 g"),
            Item("21248", 227.0, "21248 WENDY'S, Frosty Dairy Dessert: 1 small 12 oz. cup = 227 g"),
        ),
    ),
    Phrase(
        text="had a KFC original recipe breast with a side of coleslaw",
        kind="chain",
        sentence=True,
        items=(
            Item(
                "21434",
                201.0,
                "21434 KENTUCKY FRIED CHICKEN, Fried Chicken, ORIGINAL RECIPE, Breast, meat and skin with breading: 1 breast, with skin = 201 g (meat, skin and breading as served)",
            ),
            Item(
                "21420",
                112.0,
                "21420 KENTUCKY FRIED CHICKEN, Coleslaw: 1 package = 112 g (a side = the single-serve package)",
            ),
        ),
    ),
    Phrase(
        text="Taco Bell bean burrito and nachos supreme",
        kind="chain",
        sentence=False,
        items=(
            Item("21264", 185.0, "21264 TACO BELL, Bean Burrito: 1 each burrito = 185 g"),
            Item("21269", 195.0, "21269 TACO BELL, Nachos Supreme: 1 item = 195 g"),
        ),
    ),
    Phrase(
        text="stopped at mcdonalds on the way to work for an egg mcmuffin and a hash brown",
        kind="chain",
        sentence=True,
        items=(
            Item("21357", 139.0, "21357 McDONALD'S, Egg McMUFFIN: 1 item 4.8 oz = 139 g"),
            Item("21319", 56.0, "21319 McDONALD'S, Hash Browns: 2.0 oz = 56 g (one hash brown)"),
        ),
    ),
    Phrase(
        text="Popeyes spicy chicken thigh and a biscuit",
        kind="chain",
        sentence=False,
        items=(
            Item(
                "21454",
                121.0,
                "21454 POPEYES, Fried Chicken, Spicy, Thigh, meat and skin with breading, analyzed prior to January 2007: 1 thigh, with skin = 121 g (meat, skin and breading as served)",
            ),
            Item("21415", 59.0, "21415 POPEYES, Biscuit: 1 biscuit = 59 g"),
        ),
    ),
    Phrase(
        text="little caesars pepperoni pizza, 2 slices",
        kind="chain",
        sentence=False,
        items=(
            Item(
                "21288",
                180.0,
                '21288 LITTLE CAESARS 14" Original Round Pepperoni Pizza, Regular Crust: 2 x 1 slice = 90 g (14" original round, regular crust)',
            ),
        ),
    ),
    Phrase(
        text="Lunch was a filet o fish and a vanilla cone at McDonald's",
        kind="chain",
        sentence=True,
        items=(
            Item("21232", 142.0, "21232 McDONALD'S, FILET-O-FISH: 1 item = 142 g"),
            Item(
                "21333",
                90.0,
                "21333 McDONALD'S, Vanilla Reduced Fat Ice Cream Cone: 1 item 3.175 oz = 90 g (vanilla reduced fat ice cream cone)",
            ),
        ),
    ),
    Phrase(
        text="8 pc chicken tenders from BK",
        kind="chain",
        sentence=False,
        items=(Item("21256", 123.0, "21256 BURGER KING, CHICKEN TENDERS: 8 pieces = 123 g"),),
    ),
    Phrase(
        text="Sausage McGriddle and a black coffee",
        kind="chain",
        sentence=False,
        items=(
            Item("21328", 135.0, "21328 McDONALD'S, Sausage McGRIDDLES: 1 item 4.744 oz = 135 g"),
            Item(
                "14209",
                237.0,
                "14209 Coffee, brewed from grounds, prepared with tap water: a cup of coffee = 8 fl oz = 1 cup (8 fl oz) = 237 g (brewed)",
            ),
        ),
    ),
    Phrase(
        text="grande pike place with a splash of half and half",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14209",
                473.6,
                "14209 Coffee, brewed from grounds, prepared with tap water: grande = 16 fl oz x 1 fl oz = 29.6 g (brewed coffee)",
            ),
            Item(
                "01049",
                30.0,
                "01049 Cream, fluid, half and half: a splash = 2 tbsp x 1 tbsp = 15 g",
            ),
        ),
    ),
    Phrase(
        text="venti black coffee and a blueberry muffin at starbucks",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14209",
                592.0,
                "14209 Coffee, brewed from grounds, prepared with tap water: venti = 20 fl oz x 1 fl oz = 29.6 g (brewed coffee)",
            ),
            Item(
                "18274",
                113.0,
                "18274 Muffins, blueberry, commercially prepared (Includes mini-muffins): 1 medium = 113 g (commercial blueberry muffin; size not said: medium)",
            ),
        ),
    ),
    Phrase(
        text="cup of coffee with 1 tbsp half & half and 2 tsp sugar",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14209",
                237.0,
                "14209 Coffee, brewed from grounds, prepared with tap water: a cup of coffee = 8 fl oz = 1 cup (8 fl oz) = 237 g",
            ),
            Item("01049", 15.0, "01049 Cream, fluid, half and half: 1 tbsp = 15 g"),
            Item("19335", 8.4, "19335 Sugars, granulated: 2 tsp x 1 tsp = 4.2 g"),
        ),
    ),
    Phrase(
        text="a doppio and a plain croissant at the cafe",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14210",
                60.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: doppio = double = 2 shots x 1 fluid ounce = 30 g",
            ),
            Item(
                "18239",
                57.0,
                "18239 Croissants, butter: 1 croissant, medium = 57 g (size not said: medium)",
            ),
        ),
    ),
    Phrase(
        text="I had a mug of black tea with a spoonful of honey",
        kind="coffee",
        sentence=True,
        items=(
            Item(
                "14355",
                237.0,
                "14355 Tea, black, brewed, prepared with tap water: a mug of tea = 8 fl oz = 1 cup (8 fl oz) = 237 g",
            ),
            Item("19296", 21.0, "19296 Honey: a spoonful counted as 1 tbsp = 21 g"),
        ),
    ),
    Phrase(
        text="tall dark roast with two splashes of milk",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14209",
                355.2,
                "14209 Coffee, brewed from grounds, prepared with tap water: tall = 12 fl oz x 1 fl oz = 29.6 g (brewed coffee)",
            ),
            Item(
                "01079",
                61.0,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 2 splashes x 2 tbsp (1 fl oz = 30.5 g); milk is 2% unless said",
            ),
        ),
    ),
    Phrase(
        text="Drank 2 cups of decaf with about a quarter cup of skim milk",
        kind="coffee",
        sentence=True,
        items=(
            Item(
                "14201",
                474.0,
                "14201 Coffee, brewed from grounds, prepared with tap water, decaffeinated: 2 cups x 1 cup (8 fl oz) = 237 g",
            ),
            Item(
                "01085",
                61.2,
                "01085 Milk, nonfat, fluid, with added vitamin A and vitamin D (fat free or skim): 1/4 cup = 1 cup (245 g) / 4",
            ),
        ),
    ),
    Phrase(
        text="instant coffee with a creamer cup",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14215",
                179.0,
                "14215 Coffee, instant, regular, prepared with water: 1 serving 6 fl oz = 179 g (prepared with water)",
            ),
            Item(
                "01067",
                15.0,
                "01067 Cream substitute, liquid, with hydrogenated vegetable oil and soy protein: 1 container, individual = 15 g (liquid non-dairy creamer)",
            ),
        ),
    ),
    Phrase(
        text="hot cocoa from a packet made with water",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14194",
                206.0,
                "14194 Cocoa mix, powder, prepared with water: 1 serving 6 fl oz = 206 g (cocoa mix powder prepared with water: one envelope)",
            ),
        ),
    ),
    Phrase(
        text="chamomile tea w/ a tsp of sugar before bed",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14545",
                237.0,
                "14545 Tea, herb, chamomile, brewed: a mug/cup of tea = 8 fl oz = 1 cup (8 fl oz) = 237 g",
            ),
            Item("19335", 4.2, "19335 Sugars, granulated: 1 tsp = 4.2 g"),
        ),
    ),
    Phrase(
        text="can of coke",
        kind="drink",
        sentence=False,
        items=(
            Item(
                "14400",
                368.0,
                "14400 Carbonated beverage, cola, contains caffeine: 1 can 12 fl oz = 368 g",
            ),
        ),
    ),
    Phrase(
        text="I had a pint of beer at the pub after work",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "14003",
                475.2,
                "14003 Alcoholic beverage, beer, regular, all: a US pint = 16 fl oz x 1 fl oz = 29.7 g (regular beer)",
            ),
        ),
    ),
    Phrase(
        text="had 2 glasses of red wine with dinner",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "14096",
                294.0,
                "14096 Alcoholic beverage, wine, table, red: 2 x 1 serving 5 fl oz = 147 g (a glass of wine = 5 fl oz)",
            ),
        ),
    ),
    Phrase(
        text="Finished a 20oz bottle of mountain dew at my desk",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "14144",
                616.0,
                "14144 Carbonated beverage, lemon-lime soda, contains caffeine: 20 fl oz x 1 fl oz = 30.8 g (lemon-lime soda with caffeine)",
            ),
        ),
    ),
    Phrase(
        text="rum and coke, one shot in a can of coke",
        kind="drink",
        sentence=False,
        items=(
            Item(
                "14050",
                42.0,
                "14050 Alcoholic beverage, distilled, rum, 80 proof: a shot = 1 jigger 1.5 fl oz = 42 g",
            ),
            Item(
                "14400",
                368.0,
                "14400 Carbonated beverage, cola, contains caffeine: 1 can 12 fl oz = 368 g",
            ),
        ),
    ),
    Phrase(
        text="drank a whole bottle of gatorade after my run",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "14460",
                609.0,
                "14460 Sports drink, PEPSICO QUAKER GATORADE, GATORADE, original, fruit-flavored, ready-to-drink: 1 bottle = 609 g",
            ),
        ),
    ),
    Phrase(
        text="red bull, the small 8.4 oz can",
        kind="drink",
        sentence=False,
        items=(
            Item(
                "14154",
                258.0,
                "14154 Energy drink, RED BULL, with added caffeine, niacin, pantothenic acid, vitamins B6 and B12: 1 can 8.4 fl oz = 258 g",
            ),
        ),
    ),
    Phrase(
        text="2 bud lights watching the game",
        kind="drink",
        sentence=False,
        items=(
            Item(
                "14007",
                708.0,
                "14007 Alcoholic beverage, beer, light, BUD LIGHT: 2 x 12 fl oz = 354 g (a can or bottle of beer = 12 fl oz)",
            ),
        ),
    ),
    Phrase(
        text="I had a can of ginger ale on the flight",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "14136",
                366.0,
                "14136 Carbonated beverage, ginger ale: 1 can or bottle (12 fl oz) = 366 g",
            ),
        ),
    ),
    Phrase(
        text="I poured myself a glass of cranberry juice",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "14242",
                253.0,
                "14242 Cranberry juice cocktail, bottled: a glass = 8 fl oz = 1 cup (8 fl oz) = 253 g (cranberry juice cocktail, the usual bottled kind)",
            ),
        ),
    ),
    Phrase(
        text="I took two shots of whiskey at the bar",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "14052",
                84.0,
                "14052 Alcoholic beverage, distilled, whiskey, 86 proof: 2 x 1 jigger 1.5 fl oz = 42 g (a shot = 1.5 fl oz)",
            ),
        ),
    ),
    Phrase(
        text="a glass of lemonade made from frozen concentrate",
        kind="drink",
        sentence=False,
        items=(
            Item(
                "14293",
                247.0,
                "14293 Lemonade, frozen concentrate, white, prepared with water: a glass = 8 fl oz = 1 serving 1 cup 8 fl oz = 247 g",
            ),
        ),
    ),
    Phrase(
        text="2 frosted blueberry pop tarts",
        kind="label",
        sentence=False,
        items=(
            Item(
                "18477",
                104.0,
                "18477 Toaster Pastries, KELLOGG, KELLOGG'S POP TARTS, Frosted blueberry: 2 x 1 pastry = 52 g",
            ),
        ),
    ),
    Phrase(
        text="a bag of peanut M&Ms",
        kind="label",
        sentence=False,
        items=(
            Item(
                "19140",
                54.0,
                "19140 Candies, MARS SNACKFOOD US, M&M's Peanut Chocolate Candies: 1 serving 1 singles bag = 54 g",
            ),
        ),
    ),
    Phrase(
        text="I ate a KitKat, the regular 1.5 oz bar",
        kind="label",
        sentence=True,
        items=(Item("19109", 42.0, "19109 Candies, KIT KAT Wafer Bar: 1 bar (1.5 oz) = 42 g"),),
    ),
    Phrase(
        text="bowl of honey nut cheerios with milk",
        kind="label",
        sentence=False,
        items=(
            Item(
                "08045",
                28.0,
                "08045 Cereals ready-to-eat, GENERAL MILLS, HONEY NUT CHEERIOS: a bowl of cereal = 1 NLEA serving = 0.75 cup = 28 g",
            ),
            Item(
                "01079",
                122.0,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 1/2 cup milk with a bowl of cereal = 1 cup (244 g) / 2; milk is 2% unless said",
            ),
        ),
    ),
    Phrase(
        text="ate a 2 pack of reese's peanut butter cups from the vending machine",
        kind="label",
        sentence=True,
        items=(
            Item(
                "19150",
                45.0,
                "19150 Candies, REESE'S Peanut Butter Cups: 1 package 1.6 oz 2 cups = 45 g",
            ),
        ),
    ),
    Phrase(
        text="packet of quaker maple & brown sugar instant oatmeal",
        kind="label",
        sentence=False,
        items=(
            Item(
                "08131",
                155.0,
                "08131 Cereals, QUAKER, Instant Oatmeal, maple and brown sugar, prepared with boiling water: 1 packet, prepared = 155 g (prepared with boiling water)",
            ),
        ),
    ),
    Phrase(
        text="10 ritz crackers with a slice of cheddar",
        kind="label",
        sentence=False,
        items=(
            Item("18621", 33.0, "18621 NABISCO, NABISCO RITZ Crackers: 10 x 1 cracker = 3.3 g"),
            Item("01009", 28.0, "01009 Cheese, cheddar: 1 slice (1 oz) = 28 g"),
        ),
    ),
    Phrase(
        text="my kid's capri sun, I drank it",
        kind="label",
        sentence=True,
        items=(
            Item(
                "14272",
                210.0,
                "14272 KRAFT, CAPRI SUN ALL NATURAL Juice Drink Fruit Punch, ready-to-drink: 1 NLEA Serving = 210 g (one pouch)",
            ),
        ),
    ),
    Phrase(
        text="Arizona iced tea, the big 20 oz bottle",
        kind="label",
        sentence=False,
        items=(
            Item(
                "14475",
                613.0,
                "14475 Tea, ready-to-drink, ARIZONA iced tea, with lemon flavor: 1 bottle 20 fl oz = 613 g",
            ),
        ),
    ),
    Phrase(
        text="large apple",
        kind="size",
        sentence=False,
        items=(Item("09003", 223.0, '09003 Apples, raw, with skin: 1 large (3-1/4" dia) = 223 g'),),
    ),
    Phrase(
        text="I ate a king size Snickers bar on the drive home",
        kind="size",
        sentence=True,
        items=(
            Item(
                "19155",
                113.0,
                "19155 Candies, MARS SNACKFOOD US, SNICKERS Bar: 1 bar, king size (4 oz) = 113 g",
            ),
        ),
    ),
    Phrase(
        text="Had a jumbo glazed donut this morning, no regrets",
        kind="size",
        sentence=True,
        items=(
            Item(
                "18255",
                157.0,
                '18255 Doughnuts, yeast-leavened, glazed, enriched (includes honey buns): 1 jumbo (approx 6" dia) = 157 g (yeast-leavened glazed)',
            ),
        ),
    ),
    Phrase(
        text="extra large blueberry muffin",
        kind="size",
        sentence=False,
        items=(
            Item(
                "18274",
                168.0,
                "18274 Muffins, blueberry, commercially prepared (Includes mini-muffins): 1 extra large = 168 g (commercial)",
            ),
        ),
    ),
    Phrase(
        text="large baked potato with a pat of butter",
        kind="size",
        sentence=False,
        items=(
            Item(
                "11674",
                299.0,
                "11674 Potato, baked, flesh and skin, without salt: 1 potato large = 299 g (flesh and skin)",
            ),
            Item("01001", 5.0, '01001 Butter, salted: 1 pat (1" sq, 1/3" high) = 5 g'),
        ),
    ),
    Phrase(
        text="small fries and a small coke at mcdonalds",
        kind="size",
        sentence=False,
        items=(
            Item("21238", 71.0, "21238 McDONALD'S, French Fries: 1 small serving = 71 g"),
            Item(
                "14400",
                347.0,
                "14400 Carbonated beverage, cola, contains caffeine: 1 cup small 16 fl oz size = 347 g (fountain cup measure)",
            ),
        ),
    ),
    Phrase(
        text="I treated myself to a large chocolate shake from McDonald's",
        kind="size",
        sentence=True,
        items=(
            Item(
                "21331",
                713.0,
                "21331 McDONALD'S, Chocolate TRIPLE THICK Shake: 32.0 fl oz cup large = 713 g",
            ),
        ),
    ),
    Phrase(
        text="large fries from wendy's",
        kind="size",
        sentence=False,
        items=(Item("21247", 184.0, "21247 WENDY'S, French Fries: 1 large Serving = 184 g"),),
    ),
    Phrase(
        text="small bagel with a tbsp of butter",
        kind="size",
        sentence=False,
        items=(
            Item(
                "18001",
                69.0,
                '18001 Bagels, plain, enriched, with calcium propionate (includes onion, poppy, sesame): 1 small bagel (3" dia) = 69 g',
            ),
            Item("01001", 14.2, "01001 Butter, salted: 1 tbsp = 14.2 g"),
        ),
    ),
    Phrase(
        text="a small orange and a large peach",
        kind="size",
        sentence=False,
        items=(
            Item(
                "09200",
                96.0,
                '09200 Oranges, raw, all commercial varieties: 1 small (2-3/8" dia) = 96 g',
            ),
            Item("09236", 175.0, '09236 Peaches, raw: 1 large (2-3/4" dia) = 175 g'),
        ),
    ),
    Phrase(
        text="1 cup cooked brown rice",
        kind="unit",
        sentence=False,
        items=(
            Item(
                "20037",
                195.0,
                "20037 Rice, brown, long-grain, cooked: 1 cup = 195 g (long-grain, cooked)",
            ),
        ),
    ),
    Phrase(
        text="half cup of cottage cheese and a cup of pineapple chunks",
        kind="unit",
        sentence=False,
        items=(
            Item(
                "01015",
                113.0,
                "01015 Cheese, cottage, lowfat, 2% milkfat: 1/2 cup = 1 cup (not packed) 226 g / 2 (lowfat 2% cottage cheese, the usual tub)",
            ),
            Item("09266", 165.0, "09266 Pineapple, raw, all varieties: 1 cup, chunks = 165 g"),
        ),
    ),
    Phrase(
        text="a bowl of chili from the can",
        kind="unit",
        sentence=False,
        items=(
            Item(
                "22904",
                363.0,
                "22904 Chili con carne with beans, canned entree: a bowl of chili = 1.5 cups x 1 cup = 242 g (canned chili con carne with beans)",
            ),
        ),
    ),
    Phrase(
        text="Made 3 cups of air popped popcorn for movie night",
        kind="unit",
        sentence=True,
        items=(Item("19034", 24.0, "19034 Snacks, popcorn, air-popped: 3 x 1 cup = 8 g"),),
    ),
    Phrase(
        text="a scoop of chocolate ice cream",
        kind="unit",
        sentence=False,
        items=(
            Item(
                "19270",
                66.0,
                "19270 Ice creams, chocolate: a scoop = 1/2 cup = 0.5 cup (4 fl oz) = 66 g",
            ),
        ),
    ),
    Phrase(
        text="1/2 cup black beans and 1/4 cup salsa",
        kind="unit",
        sentence=False,
        items=(
            Item(
                "16015",
                86.0,
                "16015 Beans, black, mature seeds, cooked, boiled, without salt: 1/2 cup = 1 cup (172 g) / 2 (cooked, boiled)",
            ),
            Item("06164", 64.8, "06164 Sauce, salsa, ready-to-serve: 1/4 cup = 1 cup (259 g) / 4"),
        ),
    ),
    Phrase(
        text="I had a cup of plain low fat yogurt with a tablespoon of honey",
        kind="unit",
        sentence=True,
        items=(
            Item(
                "01117",
                245.0,
                "01117 Yogurt, plain, low fat, 12 grams protein per 8 ounce: 1 cup (8 fl oz) = 245 g",
            ),
            Item("19296", 21.0, "19296 Honey: 1 tbsp = 21 g"),
        ),
    ),
    Phrase(
        text="2 tbsp of hummus with 5 triscuits",
        kind="unit",
        sentence=False,
        items=(
            Item("16158", 30.0, "16158 Hummus, commercial: 2 tbsp x 1 tbsp = 15 g"),
            Item(
                "18235",
                23.0,
                "18235 Crackers, whole-wheat: 5 x 1 cracker = 4.6 g (Triscuits: whole-wheat crackers)",
            ),
        ),
    ),
    Phrase(
        text="a tablespoon of olive oil on my salad greens, 2 cups romaine",
        kind="unit",
        sentence=False,
        items=(
            Item("04053", 13.5, "04053 Oil, olive, salad or cooking: 1 tablespoon = 13.5 g"),
            Item("11251", 94.0, "11251 Lettuce, cos or romaine, raw: 2 x 1 cup shredded = 47 g"),
        ),
    ),
    Phrase(
        text="12 almonds",
        kind="count",
        sentence=False,
        items=(Item("12061", 14.4, "12061 Nuts, almonds: 12 x 1 almond = 1.2 g"),),
    ),
    Phrase(
        text="I grazed on about 20 grapes while cooking",
        kind="count",
        sentence=True,
        items=(
            Item(
                "09132",
                98.0,
                "09132 Grapes, red or green (European type, such as Thompson seedless), raw: 20 grapes = 2 x 10 grapes (49 g)",
            ),
        ),
    ),
    Phrase(
        text="4 chocolate chip cookies",
        kind="count",
        sentence=False,
        items=(
            Item(
                "18159",
                40.0,
                '18159 Cookies, chocolate chip, commercially prepared, regular, higher fat, enriched: 4 x 1 cookie, medium (2-1/4" dia) = 10 g (size not said: medium)',
            ),
        ),
    ),
    Phrase(
        text="3 clementines",
        kind="count",
        sentence=False,
        items=(Item("09433", 222.0, "09433 Clementines, raw: 3 x 1 fruit = 74 g"),),
    ),
    Phrase(
        text="6 strawberries and 15 blueberries",
        kind="count",
        sentence=False,
        items=(
            Item(
                "09316",
                72.0,
                '09316 Strawberries, raw: 6 x 1 medium (1-1/4" dia) = 12 g (size not said: medium)',
            ),
            Item("09050", 20.4, "09050 Blueberries, raw: 15 berries = 50 berries (68 g) x 15/50"),
        ),
    ),
    Phrase(
        text="10 large shrimp, boiled",
        kind="count",
        sentence=False,
        items=(
            Item(
                "15151",
                55.0,
                "15151 Crustaceans, shrimp, mixed species, cooked, moist heat: 10 large = 4 large (22 g) x 10/4 (cooked, moist heat)",
            ),
        ),
    ),
    Phrase(
        text="3 hush puppies",
        kind="count",
        sentence=False,
        items=(Item("21129", 66.0, "21129 Fast foods, hush puppies: 3 x 1 piece = 22 g"),),
    ),
    Phrase(
        text="7 pretzel twists",
        kind="count",
        sentence=False,
        items=(
            Item(
                "19047",
                42.0,
                "19047 Snacks, pretzels, hard, plain, salted: 7 twists = 10 twists (60 g) x 7/10",
            ),
        ),
    ),
    Phrase(
        text="I ate 2 kiwis after the gym",
        kind="count",
        sentence=True,
        items=(Item("09148", 138.0, '09148 Kiwifruit, green, raw: 2 x 1 fruit (2" dia) = 69 g'),),
    ),
    Phrase(
        text="half an avocado on a slice of sourdough toast",
        kind="part",
        sentence=False,
        items=(
            Item(
                "09038",
                68.0,
                "09038 Avocados, raw, California: half = 1 fruit, without skin and seed (136 g) / 2",
            ),
            Item(
                "18030",
                59.0,
                "18030 Bread, french or vienna, toasted (includes sourdough): 1 slice, medium = 59 g (french/vienna toasted, includes sourdough; size not said: medium)",
            ),
        ),
    ),
    Phrase(
        text="a quarter of a 12 inch pizza hut pepperoni pan pizza",
        kind="part",
        sentence=False,
        items=(
            Item(
                "21275",
                194.5,
                '21275 PIZZA HUT 12" Pepperoni Pizza, Pan Crust: 1/4 of 1 pizza (778 g)',
            ),
        ),
    ),
    Phrase(
        text="I had a piece of apple pie, 1/8 of the pie",
        kind="part",
        sentence=True,
        items=(
            Item(
                "18301",
                125.0,
                '18301 Pie, apple, commercially prepared, enriched flour: 1 piece (1/8 of 9" dia) = 125 g',
            ),
        ),
    ),
    Phrase(
        text="half a cucumber with a pinch of salt",
        kind="part",
        sentence=False,
        items=(
            Item(
                "11205",
                150.5,
                '11205 Cucumber, with peel, raw: half of 1 cucumber (8-1/4") = 301 g / 2',
            ),
        ),
    ),
    Phrase(
        text="I cut up half a mango for dessert",
        kind="part",
        sentence=True,
        items=(Item("09176", 168.0, "09176 Mangos, raw: half of 1 fruit without refuse (336 g)"),),
    ),
    Phrase(
        text="ate about a third of a 7.5 oz bag of tortilla chips",
        kind="part",
        sentence=True,
        items=(
            Item(
                "19056",
                71.0,
                "19056 Snacks, tortilla chips, plain, white corn: 1/3 of 1 bag (213 g)",
            ),
        ),
    ),
    Phrase(
        text="half a can of tuna mixed with a tbsp of mayo",
        kind="part",
        sentence=False,
        items=(
            Item(
                "15121",
                82.5,
                "15121 Fish, tuna, light, canned in water, drained solids: half of 1 can = 165 g / 2 (light tuna in water, drained)",
            ),
            Item(
                "04025",
                13.8,
                "04025 Salad dressing, mayonnaise, soybean oil, with salt: 1 tbsp = 13.8 g (regular mayonnaise)",
            ),
        ),
    ),
    Phrase(
        text="a slice of chocolate cake, 1/12 of the cake",
        kind="part",
        sentence=False,
        items=(
            Item(
                "18096",
                138.0,
                "18096 Cake, chocolate, commercially prepared with chocolate frosting, in-store bakery: 1 piece (1/12 of a cake) = 138 g (chocolate frosting, in-store bakery)",
            ),
        ),
    ),
    Phrase(
        text="My husband and I split a 14 inch Domino's cheese pizza, so half of it",
        kind="part",
        sentence=True,
        items=(
            Item(
                "21277",
                432.5,
                '21277 DOMINO\'S 14" Cheese Pizza, Classic Hand-Tossed Crust: half of 1 pizza (865 g) (14" classic hand-tossed)',
            ),
        ),
    ),
    Phrase(
        text="grilled cheese made with 2 slices of rye, 2 slices american cheese and a tbsp of butter",
        kind="dish",
        sentence=False,
        items=(
            Item("18060", 64.0, "18060 Bread, rye: 2 x 1 slice, regular = 32 g"),
            Item(
                "01042",
                42.0,
                "01042 Cheese, pasteurized process, American, fortified with vitamin D: 2 x 1 slice (3/4 oz) = 21 g (the usual wrapped slice)",
            ),
            Item("01001", 14.2, "01001 Butter, salted: 1 tbsp = 14.2 g"),
        ),
    ),
    Phrase(
        text="I reheated a bowl of beef stew",
        kind="dish",
        sentence=True,
        items=(
            Item(
                "22905",
                294.0,
                "22905 Beef stew, canned entree: a bowl of stew = 1.5 cups x 1 cup (1 serving) = 196 g (canned beef stew)",
            ),
        ),
    ),
    Phrase(
        text="chicken fried rice from the chinese place, about 2 cups",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "36602",
                280.0,
                "36602 Restaurant, Chinese, fried rice: 2 cups x 1 cup = 140 g (restaurant fried rice)",
            ),
        ),
    ),
    Phrase(
        text="I ate the whole order of general tso's chicken, oops",
        kind="dish",
        sentence=True,
        items=(
            Item(
                "36618", 535.0, "36618 Restaurant, Chinese, general tso's chicken: 1 order = 535 g"
            ),
        ),
    ),
    Phrase(
        text="Had 2 hard shell beef tacos with cheese and lettuce for dinner",
        kind="dish",
        sentence=True,
        items=(
            Item(
                "21082",
                138.0,
                "21082 Fast foods, taco with beef, cheese and lettuce, hard shell: 2 x 1 each taco = 69 g",
            ),
        ),
    ),
    Phrase(
        text="frozen cheese lasagna, one serving",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "22910",
                243.0,
                "22910 Lasagna, Cheese, frozen, prepared: 1 serving = 243 g (prepared)",
            ),
        ),
    ),
    Phrase(
        text="stir fry with half a cup of firm tofu, a cup of broccoli and a cup of white rice",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "16126",
                126.0,
                "16126 Tofu, firm, prepared with calcium sulfate and magnesium chloride (nigari): 0.5 cup = 126 g",
            ),
            Item(
                "11090",
                91.0,
                "11090 Broccoli, raw: 1 cup chopped = 91 g (stir-fried broccoli counted as raw weight)",
            ),
            Item(
                "20045",
                158.0,
                "20045 Rice, white, long-grain, regular, cooked: 1 cup = 158 g (rice = cooked white long-grain)",
            ),
        ),
    ),
    Phrase(
        text="chicken caesar salad: 2 cups romaine, 3 oz chicken breast, 2 tbsp caesar dressing, 1 tbsp parmesan",
        kind="dish",
        sentence=False,
        items=(
            Item("11251", 94.0, "11251 Lettuce, cos or romaine, raw: 2 x 1 cup shredded = 47 g"),
            Item(
                "05064",
                85.1,
                "05064 Chicken, broilers or fryers, breast, meat only, cooked, roasted: 3 oz x 28.35 g (breast meat only, roasted)",
            ),
            Item(
                "43015",
                30.0,
                "43015 Salad dressing, caesar dressing, regular: 1 serving (2 tbsp) = 30 g",
            ),
            Item("01032", 5.0, "01032 Cheese, parmesan, grated: 1 tbsp = 5 g"),
        ),
    ),
    Phrase(
        text="We ordered chinese, I had a bowl of wonton soup and 2 egg rolls",
        kind="dish",
        sentence=True,
        items=(
            Item(
                "27002",
                334.5,
                "27002 Soup, wonton, Chinese restaurant: a bowl of soup = 1.5 cups x 1 cup = 223 g (Chinese restaurant)",
            ),
            Item(
                "36601",
                178.0,
                "36601 Restaurant, Chinese, egg rolls, assorted: 2 x 1 piece = 89 g (Chinese restaurant egg rolls)",
            ),
        ),
    ),
    Phrase(
        text="two hot dogs on buns with mustard",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "07945",
                96.0,
                "07945 Frankfurter, beef, heated: 2 x 1 frankfurter = 48 g (beef, heated)",
            ),
            Item("18350", 84.0, "18350 Rolls, hamburger or hotdog, plain: 2 x 1 roll = 42 g"),
            Item(
                "02046",
                10.0,
                "02046 Mustard, prepared, yellow: 2 x 1 tsp or 1 packet = 5 g (mustard amount not said: 1 tsp per hot dog)",
            ),
        ),
    ),
    Phrase(
        text="chese burger from mcdonlads",
        kind="typo",
        sentence=False,
        items=(Item("21233", 119.0, "21233 McDONALD'S, Cheeseburger: 1 item = 119 g"),),
    ),
    Phrase(
        text="i had a bananna and a glas of milk",
        kind="typo",
        sentence=True,
        items=(
            Item(
                "09040",
                118.0,
                '09040 Bananas, raw: 1 medium (7" to 7-7/8" long) = 118 g (size not said: medium)',
            ),
            Item(
                "01079",
                244.0,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: a glass = 8 fl oz = 1 cup = 244 g (milk is 2% unless said)",
            ),
        ),
    ),
    Phrase(
        text="I heated up a frozen spagetti with meat sauce dinner",
        kind="typo",
        sentence=True,
        items=(
            Item(
                "22401",
                283.0,
                "22401 Spaghetti with meat sauce, frozen entree: 1 serving = 283 g (frozen entree)",
            ),
        ),
    ),
    Phrase(
        text="6 oz grilled chiken breast w/ 1 cup brocoli",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "05064",
                170.1,
                "05064 Chicken, broilers or fryers, breast, meat only, cooked, roasted: 6 oz x 28.35 g (breast meat only, roasted; grilled counted as roasted)",
            ),
            Item(
                "11091",
                156.0,
                "11091 Broccoli, cooked, boiled, drained, without salt: 1 cup = 2 x 0.5 cup, chopped (78 g) (cooked, boiled)",
            ),
        ),
    ),
    Phrase(
        text="a cup of strawbery yogurt",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "01120",
                245.0,
                "01120 Yogurt, fruit, low fat, 9 grams protein per 8 ounce: 1 cup (8 fl oz) = 245 g (fruit yogurt, low fat)",
            ),
        ),
    ),
    Phrase(
        text="half an avacado with salt n pepper",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "09038",
                68.0,
                "09038 Avocados, raw, California: half = 1 fruit, without skin and seed (136 g) / 2",
            ),
        ),
    ),
    Phrase(
        text="tortila chips and salsa, an ounce of chips and 1/4 cup salsa",
        kind="typo",
        sentence=False,
        items=(
            Item("19056", 28.4, "19056 Snacks, tortilla chips, plain, white corn: 1 oz = 28.35 g"),
            Item("06164", 64.8, "06164 Sauce, salsa, ready-to-serve: 1/4 cup = 1 cup (259 g) / 4"),
        ),
    ),
    Phrase(
        text="cherios with skim milk",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "08013",
                28.0,
                "08013 Cereals ready-to-eat, GENERAL MILLS, CHEERIOS: a bowl of cereal = 1 cup (1 NLEA serving) = 28 g",
            ),
            Item(
                "01085",
                122.5,
                "01085 Milk, nonfat, fluid, with added vitamin A and vitamin D (fat free or skim): 1/2 cup milk with cereal = 1 cup (245 g) / 2",
            ),
        ),
    ),
    Phrase(
        text="2 big chocolate chip cokies from the bakery",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "18159",
                80.0,
                '18159 Cookies, chocolate chip, commercially prepared, regular, higher fat, enriched: 2 x 1 cookie, big (3-1/2" - 4" dia) = 40 g',
            ),
        ),
    ),
    Phrase(
        text="ham n swiss sandwhich on rye, 2 slices ham and 1 slice swiss",
        kind="typo",
        sentence=False,
        items=(
            Item("18060", 64.0, "18060 Bread, rye: 2 x 1 slice, regular = 32 g"),
            Item(
                "07029",
                56.0,
                "07029 Ham, sliced, regular (approximately 11% fat): 2 x 1 slice = 28 g (regular sliced ham)",
            ),
            Item("01040", 28.0, "01040 Cheese, swiss: 1 slice (1 oz) = 28 g"),
        ),
    ),
    Phrase(
        text="I munched a dozen baby carrots with a couple tablespoons of ranch",
        kind="words",
        sentence=True,
        items=(
            Item("11960", 120.0, "11960 Carrots, baby, raw: 12 x 1 medium = 10 g"),
            Item(
                "04639",
                30.0,
                "04639 Salad dressing, ranch dressing, commercial, regular: a couple tablespoons = 2 tbsp = 1 serving = 30 g",
            ),
        ),
    ),
    Phrase(
        text="three slices of whole wheat bread",
        kind="words",
        sentence=False,
        items=(
            Item(
                "18075", 84.0, "18075 Bread, whole-wheat, commercially prepared: 3 x 1 slice = 28 g"
            ),
        ),
    ),
    Phrase(
        text="half a dozen chicken nuggets from mcdonalds",
        kind="words",
        sentence=False,
        items=(Item("21309", 95.0, "21309 McDONALD'S, Chicken McNUGGETS: 6 pieces 3.4 oz = 95 g"),),
    ),
    Phrase(
        text="I had one and a half cups of oatmeal for breakfast",
        kind="words",
        sentence=True,
        items=(
            Item(
                "08121",
                351.0,
                "08121 Cereals, oats, regular and quick, unenriched, cooked with water (includes boiling and microwaving), without salt: 1.5 x 1 cup = 234 g (cooked with water)",
            ),
        ),
    ),
    Phrase(
        text="I peeled a couple of tangerines at lunch",
        kind="words",
        sentence=True,
        items=(
            Item(
                "09218",
                176.0,
                '09218 Tangerines, (mandarin oranges), raw: a couple = 2 x 1 medium (2-1/2" dia) = 88 g (size not said: medium)',
            ),
        ),
    ),
    Phrase(
        text="twenty five pistachios",
        kind="words",
        sentence=False,
        items=(
            Item(
                "12152",
                17.5,
                "12152 Nuts, pistachio nuts, dry roasted, without salt added: 25 x 1 kernel = 0.7 g (dry roasted)",
            ),
        ),
    ),
    Phrase(
        text="three quarters of a cup of raisin bran with half a cup of milk",
        kind="words",
        sentence=False,
        items=(
            Item(
                "08060",
                44.2,
                "08060 Cereals ready-to-eat, KELLOGG, KELLOGG'S RAISIN BRAN: 3/4 of 1 cup (1 NLEA serving) = 59 g",
            ),
            Item(
                "01079",
                122.0,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 1/2 cup = 1 cup (244 g) / 2; milk is 2% unless said",
            ),
        ),
    ),
    Phrase(
        text="eight ounces of grilled sirloin",
        kind="words",
        sentence=False,
        items=(
            Item(
                "13451",
                226.8,
                '13451 Beef, top sirloin, steak, separable lean and fat, trimmed to 0" fat, all grades, cooked, broiled: 8 oz x 28.35 g (top sirloin, lean and fat, all grades, broiled; grilled counted as broiled)',
            ),
        ),
    ),
    Phrase(
        text="Lunch was four tablespoons of hummus and two pita breads",
        kind="words",
        sentence=True,
        items=(
            Item("16158", 60.0, "16158 Hummus, commercial: 4 x 1 tbsp = 15 g"),
            Item(
                "18041",
                120.0,
                '18041 Bread, pita, white, enriched: 2 x 1 pita, large (6-1/2" dia) = 60 g (the usual full-size pita)',
            ),
        ),
    ),
    Phrase(
        text="roasted chicken thigh with the skin on",
        kind="cooked",
        sentence=False,
        items=(
            Item(
                "05094",
                135.0,
                "05094 Chicken, broilers or fryers, thigh, meat and skin, cooked, roasted: 1 thigh with skin (yield from 1 lb ready-to-cook chicken) = 135 g",
            ),
        ),
    ),
    Phrase(
        text="a 5 oz piece of baked salmon",
        kind="cooked",
        sentence=False,
        items=(
            Item(
                "15237",
                141.8,
                "15237 Fish, salmon, Atlantic, farmed, cooked, dry heat: 5 oz x 28.35 g (cooked, dry heat)",
            ),
        ),
    ),
    Phrase(
        text="1.5 cups of plain pasta tossed with a tbsp of butter",
        kind="cooked",
        sentence=False,
        items=(
            Item(
                "20121",
                210.0,
                "20121 Spaghetti, cooked, enriched, without added salt: 1.5 x 1 cup = 140 g (plain pasta = cooked enriched spaghetti)",
            ),
            Item("01001", 14.2, "01001 Butter, salted: 1 tbsp = 14.2 g"),
        ),
    ),
    Phrase(
        text="I made a baked cod fillet for dinner",
        kind="cooked",
        sentence=True,
        items=(
            Item(
                "15016",
                180.0,
                "15016 Fish, cod, Atlantic, cooked, dry heat: 1 fillet = 180 g (cooked, dry heat)",
            ),
        ),
    ),
    Phrase(
        text="10 steamed brussels sprouts",
        kind="cooked",
        sentence=False,
        items=(
            Item(
                "11099",
                210.0,
                "11099 Brussels sprouts, cooked, boiled, drained, without salt: 10 x 1 sprout = 21 g (cooked, boiled, drained)",
            ),
        ),
    ),
    Phrase(
        text="3 oz of fried breaded shrimp",
        kind="cooked",
        sentence=False,
        items=(
            Item(
                "15150",
                85.0,
                "15150 Crustaceans, shrimp, mixed species, cooked, breaded and fried: 3 oz = 85 g",
            ),
        ),
    ),
    Phrase(
        text="I baked 4 chicken wings for a snack",
        kind="cooked",
        sentence=True,
        items=(
            Item(
                "05103",
                136.0,
                "05103 Chicken, broilers or fryers, wing, meat and skin, cooked, roasted: 4 x 1 wing, bone removed = 34 g (meat and skin, roasted)",
            ),
        ),
    ),
    Phrase(
        text="We boiled corn on the cob and I had 2 ears",
        kind="cooked",
        sentence=True,
        items=(
            Item(
                "11168",
                206.0,
                '11168 Corn, sweet, yellow, cooked, boiled, drained, without salt: 2 x 1 ear medium (6-3/4" to 7-1/2" long) = 103 g (size not said: medium)',
            ),
        ),
    ),
    Phrase(
        text="3/4 cup of cooked quinoa",
        kind="cooked",
        sentence=False,
        items=(Item("20137", 138.8, "20137 Quinoa, cooked: 3/4 x 1 cup = 185 g"),),
    ),
    Phrase(
        text="I pan fried a quarter pound burger patty, ate it without a bun",
        kind="cooked",
        sentence=True,
        items=(
            Item(
                "23574",
                83.0,
                "23574 Beef, ground, 80% lean meat / 20% fat, patty, cooked, pan-broiled: 1 patty (yield from 1/4 lb raw meat) = 83 g (80% lean, pan-broiled)",
            ),
        ),
    ),
    Phrase(
        text="I fried two eggs for breakfast",
        kind="eggs",
        sentence=True,
        items=(
            Item(
                "01128",
                92.0,
                "01128 Egg, whole, cooked, fried: 2 x 1 large = 46 g (large: the only egg size SR24 gives for fried eggs)",
            ),
        ),
    ),
    Phrase(
        text="I made a 3 egg omelet with an ounce of cheddar",
        kind="eggs",
        sentence=True,
        items=(
            Item(
                "01130",
                183.0,
                "01130 Egg, whole, cooked, omelet: 3 x 1 large = 61 g (large: the only egg size SR24 gives for omelet)",
            ),
            Item("01009", 28.4, "01009 Cheese, cheddar: 1 oz = 28.35 g"),
        ),
    ),
    Phrase(
        text="two poached eggs over an english muffin, runny yolks",
        kind="eggs",
        sentence=False,
        items=(
            Item(
                "01131",
                100.0,
                "01131 Egg, whole, cooked, poached: 2 x 1 large = 50 g (large: the only egg size SR24 gives for poached eggs)",
            ),
            Item(
                "18258",
                57.0,
                "18258 English muffins, plain, enriched, with ca prop (includes sourdough): 1 muffin = 57 g",
            ),
        ),
    ),
    Phrase(
        text="Grabbed a hard boiled egg on my way out",
        kind="eggs",
        sentence=True,
        items=(
            Item(
                "01129",
                50.0,
                "01129 Egg, whole, cooked, hard-boiled: 1 large = 50 g (large: the only egg size SR24 gives for hard-boiled eggs)",
            ),
        ),
    ),
    Phrase(
        text="I ate 4 scrambled eggs with a slice of white toast",
        kind="eggs",
        sentence=True,
        items=(
            Item(
                "01132",
                244.0,
                "01132 Egg, whole, cooked, scrambled: 4 x 1 large = 61 g (large: the only egg size SR24 gives for scrambled eggs)",
            ),
            Item(
                "18070",
                22.0,
                "18070 Bread, white, commercially prepared, toasted: 1 slice = 22 g (white bread, toasted)",
            ),
        ),
    ),
    Phrase(
        text="egg whites, 1 cup, cooked in a nonstick pan",
        kind="eggs",
        sentence=False,
        items=(
            Item(
                "01124",
                243.0,
                "01124 Egg, white, raw, fresh: 1 cup = 243 g (egg white, raw: the cup is measured raw, no fat added)",
            ),
        ),
    ),
    Phrase(
        text="3 hard boiled eggs for lunch with some salt",
        kind="eggs",
        sentence=False,
        items=(
            Item(
                "01129",
                150.0,
                "01129 Egg, whole, cooked, hard-boiled: 3 x 1 large = 50 g (large: the only egg size SR24 gives for hard-boiled eggs)",
            ),
        ),
    ),
    Phrase(
        text="croissan'wich egg and cheese from burger king",
        kind="eggs",
        sentence=False,
        items=(
            Item(
                "21385",
                110.0,
                "21385 BURGER KING, CROISSAN'WICH with Egg and Cheese: 1 item = 110 g",
            ),
        ),
    ),
    Phrase(
        text="150g chicken breast",
        kind="units",
        sentence=False,
        items=(
            Item(
                "05064",
                150.0,
                "05064 Chicken, broilers or fryers, breast, meat only, cooked, roasted: 150 g (breast meat only, cooked: roasted)",
            ),
        ),
    ),
    Phrase(
        text="200 ml orange juice",
        kind="units",
        sentence=False,
        items=(
            Item(
                "09209",
                210.3,
                "09209 Orange juice, chilled, includes from concentrate: 200 ml = 6.76 fl oz x 1 fl oz = 31.1 g (chilled orange juice)",
            ),
        ),
    ),
    Phrase(
        text="3 oz turkey deli meat",
        kind="units",
        sentence=False,
        items=(
            Item(
                "07046",
                85.1,
                "07046 Turkey breast, low salt, prepackaged or deli, luncheon meat: 3 oz x 28.35 g (deli turkey breast luncheon meat)",
            ),
        ),
    ),
    Phrase(
        text="50 g of 70% dark chocolate",
        kind="units",
        sentence=False,
        items=(
            Item(
                "19904",
                50.0,
                "19904 Chocolate, dark, 70-85% cacao solids: 50 g (dark chocolate 70-85% cacao)",
            ),
        ),
    ),
    Phrase(
        text="I had half a pound of boiled potatoes with dinner",
        kind="units",
        sentence=True,
        items=(
            Item(
                "11367",
                226.8,
                "11367 Potatoes, boiled, cooked without skin, flesh, without salt: 1/2 lb = 453.6 g / 2 (boiled without skin, flesh)",
            ),
        ),
    ),
    Phrase(
        text="1.5 oz cheddar",
        kind="units",
        sentence=False,
        items=(Item("01009", 42.5, "01009 Cheese, cheddar: 1.5 oz x 28.35 g"),),
    ),
    Phrase(
        text="250 g of cooked white rice",
        kind="units",
        sentence=False,
        items=(
            Item(
                "20045",
                250.0,
                "20045 Rice, white, long-grain, regular, cooked: 250 g (long-grain, cooked)",
            ),
        ),
    ),
    Phrase(
        text="330ml can of coca cola",
        kind="units",
        sentence=False,
        items=(
            Item(
                "14400",
                342.6,
                "14400 Carbonated beverage, cola, contains caffeine: 330 ml = 11.16 fl oz x 1 fl oz = 30.7 g",
            ),
        ),
    ),
    Phrase(
        text="I ate a whole pound of strawberries by myself",
        kind="units",
        sentence=True,
        items=(Item("09316", 453.6, "09316 Strawberries, raw: 1 lb = 453.6 g"),),
    ),
)
