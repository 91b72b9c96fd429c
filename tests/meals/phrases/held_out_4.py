# ruff: noqa: E501
"""The fourth held-out set of the /log accuracy phrases: never to be read while tuning.

Written on 2026-12-06 apart from the code (without reading the parser, its aliases, units,
ranking, search, the meal service, earlier parser test cases or any score of the bench) and
apart from the other sets (of `development`, `held_out`, `held_out_2` and `held_out_3` only the
format was read; their texts were compared by a script only, so as not to repeat them), from
the USDA SR24 records alone (read through `tests.meals.phrases.table`), following the
conventions of `tests.meals.phrases` and those `held_out_3` adds (each basis says which
applied). It leans on everyday wording: lowercase notes, UK and Australian words ("brekkie",
"crisps", "a cuppa", "maccas", "arvo", "tea" for the evening meal, "chook", "toastie", "jacket
potato"), metric amounts and the misspellings people make. Where SR24 has no exact food the
closest entry is used and the basis says so. Conventions this set adds where the others leave
a case open:

- a flat white = a double shot (2 fl oz) and 4 fl oz of steamed milk; a cappuccino = 1 shot and
  4 fl oz of milk under the foam; a long black = a double shot (the hot water adds nothing);
- a cuppa = a mug of black tea (8 fl oz); milk in tea or coffee not measured = a splash (1 fl oz);
  "a sugar" = 1 tsp;
- a gin and tonic = one 1.5 fl oz shot and 4 fl oz of tonic;
- a handful of chips = 1 oz (as a handful of nuts); a packet of crisps = a 1 oz bag;
- toast = SR24's toasted entry of the bread, 1 slice unless said; jam = 1 tbsp a slice;
- a sandwich's tuna = half a can; a tin of beans = the 415 g UK tin.

It is never to be read, run or looked at while tuning. It is scored ONCE, at the end of the
round after `held_out_3`'s, with `python bench/eval_food_log.py --set held_out_4`, and that score
is the round's result. Never move a phrase between this set and another one, never edit a
phrase or its items after seeing how the bot does on it, and never tune against it: once it
has been scored, the round after needs a new held-out set.

Scored once, on 2026-12-06 at 0eb2003, at the end of the round that tuned on `development`,
`held_out`, `held_out_2` and `held_out_3` (cooking words, brands, chains as people spell them,
portions as served, splits): 103 of 150 within max(10%, 15 kcal) (68.7%), asked 16.7%, refused
0, committed items more than 25% off 35/195 (17.9%). Used from then on.
"""

from __future__ import annotations

from tests.meals.phrases import Item, Phrase

PHRASES: tuple[Phrase, ...] = (
    Phrase(
        text="brekkie was 2 slices of wholemeal toast with vegemite and butter",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "18076",
                50.0,
                "18076 Bread, whole-wheat, commercially prepared, toasted: 2 x 1 slice (25 g); wholemeal = whole-wheat; toast = the toasted entry",
            ),
            Item(
                "43406",
                12.0,
                "43406 Yeast extract spread: 2 x 1 tsp (6 g); vegemite = yeast extract spread, 1 tsp a slice",
            ),
            Item(
                "01001",
                10.0,
                '01001 Butter, salted: 2 x 1 pat (1" sq, 1/3" high) (5 g); 1 pat of butter per slice of toast',
            ),
        ),
    ),
    Phrase(
        text="For lunch I had a ham and cheese sandwich on white bread with a packet of crisps and an apple",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "18069",
                56.0,
                "18069 Bread, white, commercially prepared (includes soft bread crumbs): 2 x 1 slice (28 g); a sandwich = 2 slices",
            ),
            Item(
                "07029",
                56.0,
                "07029 Ham, sliced, regular (approximately 11% fat): 2 x 1 slice (28 g); 2 slices of ham in a sandwich",
            ),
            Item(
                "01009",
                28.0,
                "01009 Cheese, cheddar: 1 slice (1 oz) (28 g); 1 slice of cheese in a sandwich",
            ),
            Item(
                "19411",
                28.4,
                "19411 Snacks, potato chips, plain, salted: 1 oz (28.35 g); crisps = potato chips; a packet = a 1 oz single-serve bag",
            ),
            Item(
                "09003",
                182.0,
                '09003 Apples, raw, with skin: 1 medium (3" dia) (182 g); a size not said is medium',
            ),
        ),
    ),
    Phrase(
        text="i ate a bowl of chicken noodle soup and 4 saltine crackers for lunch",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "06419",
                372.0,
                "06419 Soup, chicken noodle, canned, prepared with equal volume water: 1.5 x 1 serving 1 cup (248 g); a bowl of soup = 1.5 cups; canned soup prepared with water",
            ),
            Item(
                "18228",
                12.0,
                "18228 Crackers, saltines (includes oyster, soda, soup): 4 x 1 cracker square (3 g)",
            ),
        ),
    ),
    Phrase(
        text="Dinner was a grilled salmon fillet with half a cup of brown rice and a cup of steamed broccoli",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "15237",
                178.0,
                "15237 Fish, salmon, Atlantic, farmed, cooked, dry heat: 0.5 fillet (178 g); a salmon fillet = SR24's 0.5 fillet (one side); grilled = dry heat; farmed Atlantic as the usual salmon",
            ),
            Item("20037", 97.5, "20037 Rice, brown, long-grain, cooked: 0.5 x 1 cup (195 g)"),
            Item(
                "11091",
                156.0,
                "11091 Broccoli, cooked, boiled, drained, without salt: 2 x 0.5 cup, chopped (78 g); 1 cup = 2 x 1/2 cup; steamed counted as boiled, drained",
            ),
        ),
    ),
    Phrase(
        text="this morning I had a bowl of cheerios with milk and a glass of orange juice",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "08013",
                28.0,
                "08013 Cereals ready-to-eat, GENERAL MILLS, CHEERIOS: 1 cup (1 NLEA serving) (28 g); a bowl of cereal = its NLEA serving",
            ),
            Item(
                "01079",
                122.0,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 0.5 x 1 cup (244 g); 1/2 cup milk with a bowl of cereal; milk is 2% unless said",
            ),
            Item(
                "09209",
                249.0,
                "09209 Orange juice, chilled, includes from concentrate: 1 cup (249 g); a glass = 8 fl oz = 1 cup; bought orange juice = chilled",
            ),
        ),
    ),
    Phrase(
        text="lunch today was leftover chili, about a cup and a half, with a handful of tortilla chips",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "22904",
                363.0,
                "22904 Chili con carne with beans, canned entree: 1.5 x 1 cup (242 g); chili = chili con carne with beans",
            ),
            Item(
                "19056",
                28.4,
                "19056 Snacks, tortilla chips, plain, white corn: 1 oz (28.35 g); a handful of chips = 1 oz (as a handful of nuts)",
            ),
        ),
    ),
    Phrase(
        text="had a turkey sandwich on rye for lunch with mustard and lettuce and a diet coke",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "18060",
                64.0,
                "18060 Bread, rye: 2 x 1 slice, regular (32 g); a sandwich = 2 slices",
            ),
            Item(
                "07046",
                57.0,
                "07046 Turkey breast, low salt, prepackaged or deli, luncheon meat: 2 oz (57 g); 2 oz of deli turkey in a sandwich",
            ),
            Item(
                "02046",
                5.0,
                "02046 Mustard, prepared, yellow: 1 tsp or 1 packet (5 g); mustard in a sandwich = 1 tsp",
            ),
            Item(
                "11251",
                28.0,
                "11251 Lettuce, cos or romaine, raw: 1 leaf outer (28 g); lettuce in a sandwich = 1 leaf (romaine outer leaf)",
            ),
            Item(
                "14416",
                355.0,
                "14416 Carbonated beverage, low calorie, cola or pepper-type, with aspartame, contains caffeine: 1 can 12 fl oz (355 g); a diet coke = 12 fl oz can of caffeinated diet cola",
            ),
        ),
    ),
    Phrase(
        text="Dinner tonight was a pan fried pork chop, a cup of mashed potatoes and half a cup of sweetcorn",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "10179",
                172.0,
                "10179 Pork, fresh, loin, center loin (chops), bone-in, separable lean and fat, cooked, pan-fried: 1 chop (172 g)",
            ),
            Item(
                "11934",
                210.0,
                "11934 Potatoes, mashed, home-prepared, whole milk and butter added: 1 cup (210 g); mashed potatoes = home-prepared with whole milk and butter",
            ),
            Item(
                "11172",
                82.0,
                "11172 Corn, sweet, yellow, canned, whole kernel, drained solids: 0.5 x 1 cup (164 g); sweetcorn = sweet yellow corn, canned kernels drained",
            ),
        ),
    ),
    Phrase(
        text="we had spag bol for tea, a cup and a half of spaghetti with a cup of marinara sauce and a tbsp of parmesan",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "20121",
                210.0,
                "20121 Spaghetti, cooked, enriched, without added salt: 1.5 x 1 cup (140 g); plain pasta/spaghetti = cooked enriched spaghetti",
            ),
            Item(
                "06931",
                264.0,
                "06931 Sauce, pasta, spaghetti/marinara, ready-to-serve: 2 x 1 serving 1/2 cup (132 g); the sauce as typed: 1 cup = 2 x 1/2 cup; SR24 has no meat (bolognese) sauce entry, marinara is the closest",
            ),
            Item("01032", 5.0, "01032 Cheese, parmesan, grated: 1 tbsp (5 g)"),
        ),
    ),
    Phrase(
        text="i had 2 scrambled eggs, 3 rashers of bacon and a slice of white toast for breakfast",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item("01132", 122.0, "01132 Egg, whole, cooked, scrambled: 2 x 1 large (61 g)"),
            Item(
                "10862",
                23.7,
                "10862 Pork, cured, bacon, cooked, pan-fried: 3 x 1 slice cooked (7.9 g); a rasher = a slice of bacon",
            ),
            Item(
                "18070",
                22.0,
                "18070 Bread, white, commercially prepared, toasted: 1 slice (22 g); toast = the toasted entry, 1 slice",
            ),
        ),
    ),
    Phrase(
        text="Had a big mac and medium fries for lunch",
        kind="chain",
        sentence=True,
        items=(
            Item("21237", 219.0, "21237 McDONALD'S, BIG MAC: 1 item (219 g)"),
            Item("21238", 117.0, "21238 McDONALD'S, French Fries: 1 medium serving (117 g)"),
        ),
    ),
    Phrase(
        text="got a 10 piece nuggets with bbq sauce from maccas",
        kind="chain",
        sentence=True,
        items=(
            Item(
                "21309",
                159.0,
                "21309 McDONALD'S, Chicken McNUGGETS: 10 pieces 5.6 oz (159 g); 10 pieces; maccas = McDonald's",
            ),
            Item(
                "21310",
                28.0,
                "21310 McDONALD'S, Barbeque Sauce: 1 package (28 g); one sauce package",
            ),
        ),
    ),
    Phrase(
        text="whopper with cheese, small fries and a medium coke",
        kind="chain",
        sentence=False,
        items=(
            Item("21253", 316.0, "21253 BURGER KING, WHOPPER, with cheese: 1 item (316 g)"),
            Item("21249", 74.0, "21249 BURGER KING, French Fries: 1 small serving (74 g)"),
            Item(
                "14400",
                486.0,
                "14400 Carbonated beverage, cola, contains caffeine: 1 cup medium 21 fl oz size (486 g); fountain cola, SR24's medium cup",
            ),
        ),
    ),
    Phrase(
        text="picked up an egg mcmuffin and a hash brown on the way in",
        kind="chain",
        sentence=True,
        items=(
            Item("21357", 139.0, "21357 McDONALD'S, Egg McMUFFIN: 1 item 4.8 oz (139 g)"),
            Item(
                "21319",
                56.0,
                "21319 McDONALD'S, Hash Browns: 2 oz (56 g); McDonald's hash brown = SR24's 2 oz serving",
            ),
        ),
    ),
    Phrase(
        text="two slices of dominos pepperoni pizza",
        kind="chain",
        sentence=False,
        items=(
            Item(
                "21280",
                226.0,
                "21280 DOMINO'S 14\" Pepperoni Pizza, Classic Hand-Tossed Crust: 2 x 1 slice (113 g); Domino's crust not said = the classic hand-tossed",
            ),
        ),
    ),
    Phrase(
        text="jr cheeseburger and a small frosty from wendys",
        kind="chain",
        sentence=False,
        items=(
            Item("21242", 129.0, "21242 WENDY'S, Jr. Hamburger, with cheese: 1 item (129 g)"),
            Item("21248", 227.0, "21248 WENDY'S, Frosty Dairy Dessert: 1 small 12 oz. cup (227 g)"),
        ),
    ),
    Phrase(
        text="Grabbed a bean burrito and 2 crunchy tacos at taco bell on the way home",
        kind="chain",
        sentence=True,
        items=(
            Item("21264", 185.0, "21264 TACO BELL, Bean Burrito: 1 each burrito (185 g)"),
            Item(
                "21260",
                138.0,
                "21260 TACO BELL, Original Taco with beef, cheese and lettuce: 2 x 1 each taco (69 g); crunchy taco = Taco Bell's original (hard shell) taco",
            ),
        ),
    ),
    Phrase(
        text="oreo mcflurry regular size",
        kind="chain",
        sentence=False,
        items=(
            Item(
                "21339",
                337.0,
                "21339 McDONALD'S, McFLURRY with OREO cookies: 12 fl oz cup regular (337 g); size not said = regular",
            ),
        ),
    ),
    Phrase(
        text="popeyes spicy chicken, a breast and a thigh, plus a biscuit",
        kind="chain",
        sentence=False,
        items=(
            Item(
                "21452",
                192.0,
                "21452 POPEYES, Fried Chicken, Spicy, Breast, meat and skin with breading, analyzed prior to January 2007: 1 breast, with skin (192 g); fried chicken eaten with its skin and breading",
            ),
            Item(
                "21454",
                121.0,
                "21454 POPEYES, Fried Chicken, Spicy, Thigh, meat and skin with breading, analyzed prior to January 2007: 1 thigh, with skin (121 g)",
            ),
            Item("21415", 59.0, "21415 POPEYES, Biscuit: 1 biscuit (59 g)"),
        ),
    ),
    Phrase(
        text="quarter pounder w cheese + large fries + large chocolate shake",
        kind="chain",
        sentence=False,
        items=(
            Item("21235", 199.0, "21235 McDONALD'S, QUARTER POUNDER with Cheese: 1 item (199 g)"),
            Item("21238", 154.0, "21238 McDONALD'S, French Fries: 1 large serving (154 g)"),
            Item(
                "21331",
                713.0,
                "21331 McDONALD'S, Chocolate TRIPLE THICK Shake: 32 fl oz cup large (713 g)",
            ),
        ),
    ),
    Phrase(
        text="flat white",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14210",
                60.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 2 x 1 fluid ounce (30 g); a flat white = a double shot (2 fl oz) and 4 fl oz of steamed milk (this set's convention)",
            ),
            Item(
                "01079",
                122.0,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 4 x 1 fl oz (30.5 g); milk is 2% unless said",
            ),
        ),
    ),
    Phrase(
        text="grande latte with skim milk",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14210",
                60.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 2 x 1 fluid ounce (30 g); grande = 2 shots",
            ),
            Item(
                "01085",
                367.2,
                "01085 Milk, nonfat, fluid, with added vitamin A and vitamin D (fat free or skim): 12 x 1 fl oz (30.6 g); grande latte milk = 12 fl oz (held_out_3's latte convention)",
            ),
        ),
    ),
    Phrase(
        text="I drank 2 cups of black coffee with a splash of half and half in each",
        kind="coffee",
        sentence=True,
        items=(
            Item(
                "14209",
                474.0,
                "14209 Coffee, brewed from grounds, prepared with tap water: 2 x 1 cup (8 fl oz) (237 g); a cup of coffee = 8 fl oz",
            ),
            Item(
                "01049",
                60.4,
                "01049 Cream, fluid, half and half: 2 x 1 fl oz (30.2 g); a splash = 2 tbsp = 1 fl oz, one in each cup",
            ),
        ),
    ),
    Phrase(
        text="instant coffee with milk and one sugar",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14215",
                238.4,
                "14215 Coffee, instant, regular, prepared with water: 8 x 1 fl oz (29.8 g); a cup of coffee = 8 fl oz, instant prepared with water",
            ),
            Item(
                "01079",
                30.5,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 1 fl oz (30.5 g); milk in coffee = a splash = 1 fl oz; 2% unless said",
            ),
            Item("19335", 4.2, "19335 Sugars, granulated: 1 tsp (4.2 g); a sugar = 1 tsp"),
        ),
    ),
    Phrase(
        text="I had a double espresso and a butter croissant at the cafe",
        kind="coffee",
        sentence=True,
        items=(
            Item(
                "14210",
                60.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 2 x 1 fluid ounce (30 g); a double = 2 shots of 1 fl oz",
            ),
            Item(
                "18239",
                57.0,
                "18239 Croissants, butter: 1 croissant, medium (57 g); size not said = medium",
            ),
        ),
    ),
    Phrase(
        text="cappuccino and a blueberry muffin",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14210",
                30.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 1 fluid ounce (30 g); a cappuccino = 1 shot and 4 fl oz of milk under the foam (this set's convention)",
            ),
            Item(
                "01079",
                122.0,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 4 x 1 fl oz (30.5 g); milk is 2% unless said",
            ),
            Item(
                "18274",
                113.0,
                "18274 Muffins, blueberry, commercially prepared (Includes mini-muffins): 1 medium (113 g); size not said = medium",
            ),
        ),
    ),
    Phrase(
        text="tall skinny latte",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14210",
                30.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 1 fluid ounce (30 g); tall = 1 shot",
            ),
            Item(
                "01085",
                275.4,
                "01085 Milk, nonfat, fluid, with added vitamin A and vitamin D (fat free or skim): 9 x 1 fl oz (30.6 g); skinny = nonfat milk; tall latte milk = 9 fl oz (held_out_3's latte convention)",
            ),
        ),
    ),
    Phrase(
        text="had a mug of decaf with a splash of whole milk this arvo",
        kind="coffee",
        sentence=True,
        items=(
            Item(
                "14201",
                237.0,
                "14201 Coffee, brewed from grounds, prepared with tap water, decaffeinated: 1 cup (8 fl oz) (237 g); a mug = 8 fl oz",
            ),
            Item(
                "01077",
                30.5,
                "01077 Milk, whole, 3.25% milkfat, with added vitamin D: 1 fl oz (30.5 g); a splash = 2 tbsp = 1 fl oz",
            ),
        ),
    ),
    Phrase(
        text="long black and a slice of banana bread",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14210",
                60.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 2 x 1 fluid ounce (30 g); a long black = a double shot over hot water; the water adds nothing",
            ),
            Item(
                "18019",
                60.0,
                "18019 Bread, banana, prepared from recipe, made with margarine: 1 slice (60 g)",
            ),
        ),
    ),
    Phrase(
        text="Got a soy cappuccino on the way to work",
        kind="coffee",
        sentence=True,
        items=(
            Item(
                "14210",
                30.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 1 fluid ounce (30 g); a cappuccino = 1 shot and 4 fl oz of milk (this set's convention)",
            ),
            Item(
                "16139",
                122.4,
                "16139 Soymilk, original and vanilla, with added calcium, vitamins A and D: 4 x 1 fl oz (30.6 g); soy = soymilk, the usual fortified original",
            ),
        ),
    ),
    Phrase(
        text="a cuppa with milk and 2 sugars",
        kind="drink",
        sentence=False,
        items=(
            Item(
                "14355",
                237.0,
                "14355 Tea, black, brewed, prepared with tap water: 1 cup (8 fl oz) (237 g); a cuppa = a mug of black tea = 8 fl oz",
            ),
            Item(
                "01079",
                30.5,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 1 fl oz (30.5 g); milk in tea = a splash = 1 fl oz; 2% unless said",
            ),
            Item("19335", 8.4, "19335 Sugars, granulated: 2 x 1 tsp (4.2 g); a sugar = 1 tsp"),
        ),
    ),
    Phrase(
        text="330ml bottle of beer",
        kind="drink",
        sentence=False,
        items=(
            Item(
                "14003",
                331.5,
                "14003 Alcoholic beverage, beer, regular, all: 11.160 x 1 fl oz (29.7 g); 330 ml = 11.16 fl oz at 29.57 ml a fl oz",
            ),
        ),
    ),
    Phrase(
        text="glass of red wine and a glass of water",
        kind="drink",
        sentence=False,
        items=(
            Item(
                "14096",
                147.0,
                "14096 Alcoholic beverage, wine, table, red: 1 serving 5 fl oz (147 g); a glass of wine = 5 fl oz",
            ),
            Item(
                "14429",
                237.0,
                "14429 Water, tap, municipal: 1 cup 8 fl oz (237 g); a glass = 8 fl oz",
            ),
        ),
    ),
    Phrase(
        text="I drank 500ml of orange juice today",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "09209",
                526.2,
                "09209 Orange juice, chilled, includes from concentrate: 2.113 x 1 cup (249 g); 500 ml = 2.113 cups at 236.6 ml a cup; bought juice = chilled",
            ),
        ),
    ),
    Phrase(
        text="had 2 gin and tonics at the pub",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "14037",
                84.0,
                "14037 Alcoholic beverage, distilled, all (gin, rum, vodka, whiskey) 80 proof: 2 x 1 jigger 1.5 fl oz (42 g); a shot = 1.5 fl oz; 80 proof",
            ),
            Item(
                "14155",
                244.0,
                "14155 Carbonated beverage, tonic water: 8 x 1 fl oz (30.5 g); 2 x 4 fl oz; a G&T = one shot and 4 fl oz of tonic (this set's convention)",
            ),
        ),
    ),
    Phrase(
        text="hot chocolate made with milk",
        kind="drink",
        sentence=False,
        items=(
            Item(
                "14192",
                28.0,
                "14192 Cocoa mix, powder: 1 serving (3 heaping tsp or 1 envelope) (28 g); one envelope of mix",
            ),
            Item(
                "01079",
                244.0,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 1 cup (244 g); a mug = 8 fl oz of milk, 2% unless said",
            ),
        ),
    ),
    Phrase(
        text="had a glass of milk before bed",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "01079",
                244.0,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 1 cup (244 g); a glass = 8 fl oz; 2% unless said",
            ),
        ),
    ),
    Phrase(
        text="a bottle of gatorade after the gym",
        kind="drink",
        sentence=False,
        items=(
            Item(
                "14460",
                609.0,
                "14460 Sports drink, PEPSICO QUAKER GATORADE, GATORADE, original, fruit-flavored, ready-to-drink: 1 bottle (609 g); SR24's bottle (20 fl oz)",
            ),
        ),
    ),
    Phrase(
        text="2 cans of coke zero and a pint of lemonade",
        kind="drink",
        sentence=False,
        items=(
            Item(
                "14166",
                710.0,
                "14166 Carbonated beverage, low calorie, cola or pepper-types, with sodium saccharin, contains caffeine: 2 x 1 can (12 fl oz) (355 g); coke zero = caffeinated diet cola, 12 fl oz cans",
            ),
            Item(
                "14293",
                494.0,
                "14293 Lemonade, frozen concentrate, white, prepared with water: 2 x 1 serving 1 cup 8 fl oz (247 g); a US pint = 16 fl oz = 2 cups; lemonade = the frozen-concentrate lemonade prepared",
            ),
        ),
    ),
    Phrase(
        text="Drank a can of red bull before my shift",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "14154",
                258.0,
                "14154 Energy drink, RED BULL, with added caffeine, niacin, pantothenic acid, vitamins B6 and B12: 1 can 8.4 fl oz (258 g); the standard 8.4 fl oz can",
            ),
        ),
    ),
    Phrase(
        text="half a cup of boiled carrots",
        kind="cooked",
        sentence=False,
        items=(
            Item(
                "11125",
                78.0,
                "11125 Carrots, cooked, boiled, drained, without salt: 0.5 cup slices (78 g)",
            ),
        ),
    ),
    Phrase(
        text="roast chicken thigh with the skin on",
        kind="cooked",
        sentence=False,
        items=(
            Item(
                "05094",
                135.0,
                "05094 Chicken, broilers or fryers, thigh, meat and skin, cooked, roasted: 1 thigh with skin (yield from 1 lb ready-to-cook chicken) (135 g)",
            ),
        ),
    ),
    Phrase(
        text="3 boiled potatoes, smallish ones",
        kind="cooked",
        sentence=False,
        items=(
            Item(
                "11365",
                408.0,
                "11365 Potatoes, boiled, cooked in skin, flesh, without salt: 3 x 1 potato (2-1/2\" dia, sphere) (136 g); SR24's only boiled potato unit",
            ),
        ),
    ),
    Phrase(
        text="I had a cup of cooked quinoa with my salad",
        kind="cooked",
        sentence=True,
        items=(Item("20137", 185.0, "20137 Quinoa, cooked: 1 cup (185 g)"),),
    ),
    Phrase(
        text="a baked sweet potato",
        kind="cooked",
        sentence=False,
        items=(
            Item(
                "11508",
                114.0,
                '11508 Sweet potato, cooked, baked in skin, without salt: 1 medium (2" dia, 5" long, raw) (114 g); size not said = medium',
            ),
        ),
    ),
    Phrase(
        text="grilled sirloin steak, about 6oz",
        kind="cooked",
        sentence=False,
        items=(
            Item(
                "13930",
                170.0,
                '13930 Beef, top sirloin, steak, separable lean and fat, trimmed to 1/8" fat, all grades, cooked, broiled: 2 x 3 oz (85 g); 6 oz = 2 x 3 oz; grilled counted as broiled',
            ),
        ),
    ),
    Phrase(
        text="sauteed mushrooms, like a cup",
        kind="cooked",
        sentence=False,
        items=(
            Item(
                "11263",
                108.0,
                "11263 Mushrooms, white, stir-fried: 1 cup sliced (108 g); sauteed = SR24's stir-fried mushrooms",
            ),
        ),
    ),
    Phrase(
        text="Had some roasted brussels sprouts for dinner, about a cup",
        kind="cooked",
        sentence=True,
        items=(
            Item(
                "11099",
                156.0,
                "11099 Brussels sprouts, cooked, boiled, drained, without salt: 2 x 0.5 cup (78 g); SR24 has only boiled sprouts; 1 cup = 2 x 1/2 cup",
            ),
        ),
    ),
    Phrase(
        text="20 oven baked chips",
        kind="cooked",
        sentence=False,
        items=(
            Item(
                "11403",
                100.0,
                "11403 Potatoes, french fried, all types, salt added in processing, frozen, home-prepared, oven heated: 2 x 10 strips (50 g); chips = french fries, frozen, oven heated; 20 = 2 x 10 strips",
            ),
        ),
    ),
    Phrase(
        text="steamed zucchini, a cup sliced",
        kind="cooked",
        sentence=False,
        items=(
            Item(
                "11478",
                180.0,
                "11478 Squash, summer, zucchini, includes skin, cooked, boiled, drained, without salt: 1 cup, sliced (180 g); steamed counted as boiled, drained",
            ),
        ),
    ),
    Phrase(
        text="I had a cup of steamed brown rice and a poached chicken breast",
        kind="cooked",
        sentence=True,
        items=(
            Item("20037", 195.0, "20037 Rice, brown, long-grain, cooked: 1 cup (195 g)"),
            Item(
                "05064",
                86.0,
                "05064 Chicken, broilers or fryers, breast, meat only, cooked, roasted: 0.5 breast, bone and skin removed (86 g); a chicken breast = SR24's 0.5 breast; poached counted with the cooked (roasted) meat, SR24 has no stewed breast meat alone",
            ),
        ),
    ),
    Phrase(
        text="ate 12 almonds as a snack",
        kind="count",
        sentence=True,
        items=(Item("12061", 14.4, "12061 Nuts, almonds: 12 x 1 almond (1.2 g)"),),
    ),
    Phrase(
        text="snuck 3 oreos after dinner",
        kind="count",
        sentence=True,
        items=(
            Item(
                "18166",
                34.5,
                "18166 Cookies, chocolate sandwich, with creme filling, regular: 3 x 1 cookie (11.5 g); oreo = chocolate sandwich cookie with creme filling",
            ),
        ),
    ),
    Phrase(
        text="4 strawberries and 10 grapes",
        kind="count",
        sentence=False,
        items=(
            Item(
                "09316",
                48.0,
                '09316 Strawberries, raw: 4 x 1 medium (1-1/4" dia) (12 g); size not said = medium',
            ),
            Item(
                "09132",
                49.0,
                "09132 Grapes, red or green (European type, such as Thompson seedless), raw: 10 grapes (49 g); 10 grapes",
            ),
        ),
    ),
    Phrase(
        text="I had 2 clementines at my desk",
        kind="count",
        sentence=True,
        items=(Item("09433", 148.0, "09433 Clementines, raw: 2 x 1 fruit (74 g)"),),
    ),
    Phrase(
        text="3 pancakes with 2 tbsp maple syrup",
        kind="count",
        sentence=False,
        items=(
            Item(
                "18293",
                114.0,
                "18293 Pancakes, plain, prepared from recipe: 3 x 1 pancake (4\" dia) (38 g); the smaller of SR24's two pancakes, the usual stack",
            ),
            Item("19353", 40.0, "19353 Syrups, maple: 2 x 1 tbsp (20 g)"),
        ),
    ),
    Phrase(
        text="5 roast chicken wings",
        kind="count",
        sentence=False,
        items=(
            Item(
                "05103",
                170.0,
                "05103 Chicken, broilers or fryers, wing, meat and skin, cooked, roasted: 5 x 1 wing, bone removed (34 g)",
            ),
        ),
    ),
    Phrase(
        text="8 cherry tomatoes",
        kind="count",
        sentence=False,
        items=(
            Item(
                "11529",
                136.0,
                "11529 Tomatoes, red, ripe, raw, year round average: 8 x 1 cherry (17 g)",
            ),
        ),
    ),
    Phrase(
        text="four rice cakes with peanut butter",
        kind="count",
        sentence=False,
        items=(
            Item("19051", 36.0, "19051 Snacks, rice cakes, brown rice, plain: 4 x 1 cake (9 g)"),
            Item(
                "16098",
                64.0,
                "16098 Peanut butter, smooth style, with salt: 2 x 2 tbsp (32 g); a spread on 4 cakes = 2 tbsp, as in a sandwich",
            ),
        ),
    ),
    Phrase(
        text="ate 2 hot dogs at the game",
        kind="count",
        sentence=True,
        items=(
            Item(
                "07945",
                96.0,
                "07945 Frankfurter, beef, heated: 2 x 1 frankfurter (48 g); a hot dog sausage = a heated beef frankfurter",
            ),
            Item(
                "18350",
                84.0,
                "18350 Rolls, hamburger or hotdog, plain: 2 x 1 roll (42 g); a hot dog = a frankfurter in a roll",
            ),
        ),
    ),
    Phrase(
        text="10 baby carrots and 2 tbsp hummus",
        kind="count",
        sentence=False,
        items=(
            Item(
                "11960",
                100.0,
                "11960 Carrots, baby, raw: 10 x 1 medium (10 g); size not said = medium",
            ),
            Item(
                "16158",
                30.0,
                "16158 Hummus, commercial: 2 x 1 tbsp (15 g); bought hummus = commercial",
            ),
        ),
    ),
    Phrase(
        text="I had a bowl of beef stew for dinner",
        kind="dish",
        sentence=True,
        items=(
            Item(
                "22905",
                294.0,
                "22905 Beef stew, canned entree: 1.5 x 1 cup (1 serving) (196 g); a bowl of stew = 1.5 cups",
            ),
        ),
    ),
    Phrase(
        text="pbj on wheat",
        kind="dish",
        sentence=False,
        items=(
            Item("18064", 58.0, "18064 Bread, wheat: 2 x 1 slice (29 g); wheat bread, 2 slices"),
            Item(
                "16098",
                32.0,
                "16098 Peanut butter, smooth style, with salt: 2 tbsp (32 g); 2 tbsp peanut butter in a sandwich",
            ),
            Item(
                "19297", 20.0, "19297 Jams and preserves: 1 tbsp (20 g); 1 tbsp jam in a sandwich"
            ),
        ),
    ),
    Phrase(
        text="beans on toast, half a tin of beans and 2 slices of toast",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "16006",
                207.5,
                "16006 Beans, baked, canned, plain or vegetarian: 0.817 x 1 cup (254 g); half a standard 415 g UK tin = 207.5 g",
            ),
            Item(
                "18070",
                44.0,
                "18070 Bread, white, commercially prepared, toasted: 2 x 1 slice (22 g); toast = the toasted white entry",
            ),
        ),
    ),
    Phrase(
        text="tuna mayo sandwich on white",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "18069",
                56.0,
                "18069 Bread, white, commercially prepared (includes soft bread crumbs): 2 x 1 slice (28 g); a sandwich = 2 slices",
            ),
            Item(
                "15121",
                82.5,
                "15121 Fish, tuna, light, canned in water, drained solids: 0.5 x 1 can (165 g); a sandwich's tuna = half a can, light tuna in water drained",
            ),
            Item(
                "04025",
                13.8,
                "04025 Salad dressing, mayonnaise, soybean oil, with salt: 1 tbsp (13.8 g); 1 tbsp mayonnaise",
            ),
        ),
    ),
    Phrase(
        text="cheese toastie",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "18069",
                56.0,
                "18069 Bread, white, commercially prepared (includes soft bread crumbs): 2 x 1 slice (28 g); a toastie = 2 slices of white bread",
            ),
            Item(
                "01009",
                56.0,
                "01009 Cheese, cheddar: 2 x 1 slice (1 oz) (28 g); 2 slices of cheddar",
            ),
            Item(
                "01001",
                10.0,
                '01001 Butter, salted: 2 x 1 pat (1" sq, 1/3" high) (5 g); 1 pat of butter per slice',
            ),
        ),
    ),
    Phrase(
        text="Had porridge with honey for brekky",
        kind="dish",
        sentence=True,
        items=(
            Item(
                "08121",
                234.0,
                "08121 Cereals, oats, regular and quick, unenriched, cooked with water (includes boiling and microwaving), without salt: 1 cup (234 g); porridge = oatmeal; a bowl = 1 cup cooked",
            ),
            Item("19296", 21.0, "19296 Honey: 1 tbsp (21 g); honey on porridge = 1 tbsp"),
        ),
    ),
    Phrase(
        text="a cup of spaghetti and meatballs",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "22907",
                255.0,
                "22907 Pasta with meatballs in tomato sauce, canned entree: 1 cup (255 g); SR24's only spaghetti-and-meatballs entry",
            ),
        ),
    ),
    Phrase(
        text="jacket potato with beans and cheese",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "11674",
                173.0,
                "11674 Potato, baked, flesh and skin, without salt: 1 potato medium (173 g); jacket potato = baked with skin; size not said = medium",
            ),
            Item(
                "16006",
                127.0,
                "16006 Beans, baked, canned, plain or vegetarian: 0.5 x 1 cup (254 g); beans on a jacket = 1/2 cup",
            ),
            Item(
                "01009",
                28.2,
                "01009 Cheese, cheddar: 0.25 x 1 cup, shredded (113 g); grated cheese on a jacket = 1/4 cup",
            ),
        ),
    ),
    Phrase(
        text="Made myself a bacon and egg roll for brekkie",
        kind="dish",
        sentence=True,
        items=(
            Item(
                "18353",
                57.0,
                "18353 Rolls, hard (includes kaiser): 1 roll (3-1/2\" dia) (57 g); a bread roll = SR24's hard (kaiser) roll",
            ),
            Item(
                "10862",
                15.8,
                "10862 Pork, cured, bacon, cooked, pan-fried: 2 x 1 slice cooked (7.9 g); 2 rashers in a roll",
            ),
            Item("01128", 46.0, "01128 Egg, whole, cooked, fried: 1 large (46 g); one fried egg"),
        ),
    ),
    Phrase(
        text="a serving of meat lasagna",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "22916",
                297.0,
                "22916 Lasagna with meat & sauce, frozen entree: 1 serving (297 g); lasagna with meat and sauce",
            ),
        ),
    ),
    Phrase(
        text="2 scrambled eggs on toast",
        kind="eggs",
        sentence=False,
        items=(
            Item("01132", 122.0, "01132 Egg, whole, cooked, scrambled: 2 x 1 large (61 g)"),
            Item(
                "18070",
                22.0,
                "18070 Bread, white, commercially prepared, toasted: 1 slice (22 g); toast = the toasted white entry, 1 slice",
            ),
        ),
    ),
    Phrase(
        text="three egg omelette with cheese",
        kind="eggs",
        sentence=False,
        items=(
            Item("01130", 183.0, "01130 Egg, whole, cooked, omelet: 3 x 1 large (61 g)"),
            Item(
                "01009",
                28.4,
                "01009 Cheese, cheddar: 1 oz (28.35 g); cheese in an omelette = 1 oz cheddar",
            ),
        ),
    ),
    Phrase(
        text="2 hard boiled eggs",
        kind="eggs",
        sentence=False,
        items=(Item("01129", 100.0, "01129 Egg, whole, cooked, hard-boiled: 2 x 1 large (50 g)"),),
    ),
    Phrase(
        text="I had two poached eggs on an english muffin",
        kind="eggs",
        sentence=True,
        items=(
            Item("01131", 100.0, "01131 Egg, whole, cooked, poached: 2 x 1 large (50 g)"),
            Item(
                "18259",
                52.0,
                "18259 English muffins, plain, toasted, enriched, with calcium propionate (includes sourdough): 1 muffin (52 g); toasted english muffin",
            ),
        ),
    ),
    Phrase(
        text="fried egg sandwich",
        kind="eggs",
        sentence=False,
        items=(
            Item("01128", 46.0, "01128 Egg, whole, cooked, fried: 1 large (46 g)"),
            Item(
                "18069",
                56.0,
                "18069 Bread, white, commercially prepared (includes soft bread crumbs): 2 x 1 slice (28 g); a sandwich = 2 slices of white",
            ),
        ),
    ),
    Phrase(
        text="egg white omelette, 4 whites",
        kind="eggs",
        sentence=False,
        items=(
            Item(
                "01124",
                132.0,
                "01124 Egg, white, raw, fresh: 4 x 1 large (33 g); SR24 has only the raw white, weighed raw",
            ),
        ),
    ),
    Phrase(
        text="2 eggs fried in a pat of butter",
        kind="eggs",
        sentence=False,
        items=(
            Item("01128", 92.0, "01128 Egg, whole, cooked, fried: 2 x 1 large (46 g)"),
            Item("01001", 5.0, '01001 Butter, salted: 1 pat (1" sq, 1/3" high) (5 g)'),
        ),
    ),
    Phrase(
        text="soft boiled egg with soldiers",
        kind="eggs",
        sentence=False,
        items=(
            Item(
                "01129",
                50.0,
                "01129 Egg, whole, cooked, hard-boiled: 1 large (50 g); SR24's boiled egg entry (hard-boiled) for a soft one",
            ),
            Item(
                "18070",
                22.0,
                "18070 Bread, white, commercially prepared, toasted: 1 slice (22 g); soldiers = 1 slice of toast cut into strips",
            ),
            Item(
                "01001",
                5.0,
                '01001 Butter, salted: 1 pat (1" sq, 1/3" high) (5 g); 1 pat of butter per slice of toast',
            ),
        ),
    ),
    Phrase(
        text="For breakfast I had 3 eggs scrambled with a splash of milk",
        kind="eggs",
        sentence=True,
        items=(
            Item("01132", 183.0, "01132 Egg, whole, cooked, scrambled: 3 x 1 large (61 g)"),
            Item(
                "01079",
                30.5,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 1 fl oz (30.5 g); a splash = 1 fl oz; 2% unless said",
            ),
        ),
    ),
    Phrase(
        text="kelloggs special k with skim milk",
        kind="label",
        sentence=False,
        items=(
            Item(
                "08067",
                31.0,
                "08067 Cereals ready-to-eat, KELLOGG, KELLOGG'S SPECIAL K: 1 cup (1 NLEA serving) (31 g)",
            ),
            Item(
                "01085",
                122.5,
                "01085 Milk, nonfat, fluid, with added vitamin A and vitamin D (fat free or skim): 0.5 x 1 cup (245 g); 1/2 cup milk with a bowl of cereal",
            ),
        ),
    ),
    Phrase(
        text="a snickers bar",
        kind="label",
        sentence=False,
        items=(
            Item(
                "19155",
                57.0,
                "19155 Candies, MARS SNACKFOOD US, SNICKERS Bar: 1 bar (2 oz) (57 g); the regular bar",
            ),
        ),
    ),
    Phrase(
        text="kit kat",
        kind="label",
        sentence=False,
        items=(
            Item(
                "19109",
                42.0,
                "19109 Candies, KIT KAT Wafer Bar: 1 bar (1.5 oz) (42 g); the standard 4-finger bar",
            ),
        ),
    ),
    Phrase(
        text="quaker instant oatmeal maple brown sugar",
        kind="label",
        sentence=False,
        items=(
            Item(
                "08131",
                155.0,
                "08131 Cereals, QUAKER, Instant Oatmeal, maple and brown sugar, prepared with boiling water: 1 packet, prepared (155 g); one packet prepared with water",
            ),
        ),
    ),
    Phrase(
        text="small pack of m&ms",
        kind="label",
        sentence=False,
        items=(
            Item(
                "19141",
                48.0,
                "19141 Candies, MARS SNACKFOOD US, M&M's Milk Chocolate Candies: 1 package (1.69 oz) (48 g); the single-serve pack",
            ),
        ),
    ),
    Phrase(
        text="I had a bowl of frosted flakes with milk",
        kind="label",
        sentence=True,
        items=(
            Item(
                "08069",
                30.0,
                "08069 Cereals ready-to-eat, KELLOGG, KELLOGG'S FROSTED FLAKES: 0.75 cup ( 1 NLEA serving) (30 g); a bowl of cereal = its NLEA serving",
            ),
            Item(
                "01079",
                122.0,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 0.5 x 1 cup (244 g); 1/2 cup milk, 2% unless said",
            ),
        ),
    ),
    Phrase(
        text="kraft mac and cheese, one serving",
        kind="label",
        sentence=False,
        items=(
            Item(
                "22005",
                70.0,
                "22005 KRAFT Macaroni and Cheese Dinner Original Flavor, unprepared: 1 NLEA Serving (makes about 1 cup prepared) (70 g); SR24 has only the dry mix; the serving as sold, prepared milk and butter not counted",
            ),
        ),
    ),
    Phrase(
        text="Had a kashi golean chewy bar",
        kind="label",
        sentence=True,
        items=(
            Item(
                "25032",
                78.0,
                "25032 Snacks, granola bar, KASHI GOLEAN, chewy, mixed flavors: 1 bar (78 g)",
            ),
        ),
    ),
    Phrase(
        text="V8 splash strawberry banana smoothie",
        kind="label",
        sentence=False,
        items=(
            Item(
                "14087",
                245.0,
                "14087 CAMPBELL Soup Company, V8 SPLASH Smoothies, Strawberry Banana: 1 serving 8 oz (245 g)",
            ),
        ),
    ),
    Phrase(
        text="half an avocado on toast",
        kind="part",
        sentence=False,
        items=(
            Item(
                "09037",
                100.5,
                "09037 Avocados, raw, all commercial varieties: 0.5 x 1 avocado, NS as to Florida or California (201 g)",
            ),
            Item(
                "18070",
                22.0,
                "18070 Bread, white, commercially prepared, toasted: 1 slice (22 g); toast = 1 slice of toasted white",
            ),
        ),
    ),
    Phrase(
        text="half a bagel with cream cheese",
        kind="part",
        sentence=False,
        items=(
            Item(
                "18001",
                52.5,
                '18001 Bagels, plain, enriched, with calcium propionate (includes onion, poppy, sesame): 0.5 x 1 medium bagel (3-1/2" to 4" dia) (105 g); size not said = medium',
            ),
            Item(
                "01017",
                14.5,
                "01017 Cheese, cream: 1 tbsp (14.5 g); 2 tbsp a bagel, so 1 tbsp on a half",
            ),
        ),
    ),
    Phrase(
        text="a slice of cheesecake",
        kind="part",
        sentence=False,
        items=(
            Item(
                "18147",
                80.0,
                "18147 Cheesecake commercially prepared: 1 piece (1/6 of 17 oz cake) (80 g); a slice = SR24's 1/6 of the cake",
            ),
        ),
    ),
    Phrase(
        text="a drumstick and a wing off the roast chook",
        kind="part",
        sentence=False,
        items=(
            Item(
                "05069",
                105.0,
                "05069 Chicken, broilers or fryers, drumstick, meat and skin, cooked, roasted: 1 drumstick with skin (yield from 1 lb ready-to-cook chicken) (105 g); chook = chicken, eaten with the skin",
            ),
            Item(
                "05103",
                34.0,
                "05103 Chicken, broilers or fryers, wing, meat and skin, cooked, roasted: 1 wing, bone removed (34 g)",
            ),
        ),
    ),
    Phrase(
        text="a third of a cucumber",
        kind="part",
        sentence=False,
        items=(
            Item(
                "11206",
                67.0,
                "11206 Cucumber, peeled, raw: 0.333 x 1 medium (201 g); a size not said = medium",
            ),
        ),
    ),
    Phrase(
        text="half a grapefruit for breakfast",
        kind="part",
        sentence=False,
        items=(
            Item(
                "09111",
                128.0,
                '09111 Grapefruit, raw, pink and red and white, all areas: 0.5 medium (approx 4" dia) (128 g); size not said = medium; SR24 gives the half fruit',
            ),
        ),
    ),
    Phrase(
        text="I ate a slice of apple pie with a scoop of vanilla ice cream",
        kind="part",
        sentence=True,
        items=(
            Item(
                "18301",
                125.0,
                '18301 Pie, apple, commercially prepared, enriched flour: 1 piece (1/8 of 9" dia) (125 g); a slice = 1/8 of a 9" pie',
            ),
            Item(
                "19095",
                66.0,
                "19095 Ice creams, vanilla: 1 serving 1/2 cup (66 g); a scoop = 1/2 cup",
            ),
        ),
    ),
    Phrase(
        text="half a mango, cut up",
        kind="part",
        sentence=False,
        items=(Item("09176", 168.0, "09176 Mangos, raw: 0.5 x 1 fruit without refuse (336 g)"),),
    ),
    Phrase(
        text="a quarter of a pizza hut pepperoni pan pizza",
        kind="part",
        sentence=False,
        items=(
            Item(
                "21297",
                227.2,
                '21297 PIZZA HUT 14" Pepperoni Pizza, Pan Crust: 0.25 x 1 pizza (909 g); size not said = 14"',
            ),
        ),
    ),
    Phrase(
        text="Ate half a tin of tuna with some crackers",
        kind="part",
        sentence=True,
        items=(
            Item(
                "15121",
                82.5,
                "15121 Fish, tuna, light, canned in water, drained solids: 0.5 x 1 can (165 g); light tuna in water, drained",
            ),
            Item(
                "18228",
                15.0,
                "18228 Crackers, saltines (includes oyster, soda, soup): 5 x 1 cracker square (3 g); some crackers = SR24's 5-cracker serving",
            ),
        ),
    ),
    Phrase(
        text="had a large banana before my run",
        kind="size",
        sentence=True,
        items=(Item("09040", 136.0, '09040 Bananas, raw: 1 large (8" to 8-7/8" long) (136 g)'),),
    ),
    Phrase(
        text="small apple and a large orange",
        kind="size",
        sentence=False,
        items=(
            Item("09003", 149.0, '09003 Apples, raw, with skin: 1 small (2-3/4" dia) (149 g)'),
            Item(
                "09200",
                184.0,
                '09200 Oranges, raw, all commercial varieties: 1 large (3-1/16" dia) (184 g)',
            ),
        ),
    ),
    Phrase(
        text="a large blueberry muffin from the cafe",
        kind="size",
        sentence=False,
        items=(
            Item(
                "18274",
                139.0,
                '18274 Muffins, blueberry, commercially prepared (Includes mini-muffins): 1 large (3-1/4" dia x 2-3/4") (139 g)',
            ),
        ),
    ),
    Phrase(
        text="I had a large baked potato with a pat of butter",
        kind="size",
        sentence=True,
        items=(
            Item(
                "11674",
                299.0,
                "11674 Potato, baked, flesh and skin, without salt: 1 potato large (299 g)",
            ),
            Item("01001", 5.0, '01001 Butter, salted: 1 pat (1" sq, 1/3" high) (5 g)'),
        ),
    ),
    Phrase(
        text="small bagel w peanut butter",
        kind="size",
        sentence=False,
        items=(
            Item(
                "18001",
                69.0,
                '18001 Bagels, plain, enriched, with calcium propionate (includes onion, poppy, sesame): 1 small bagel (3" dia) (69 g)',
            ),
            Item(
                "16098",
                32.0,
                "16098 Peanut butter, smooth style, with salt: 2 tbsp (32 g); 2 tbsp on a bagel, as in a sandwich",
            ),
        ),
    ),
    Phrase(
        text="an extra large glazed donut",
        kind="size",
        sentence=False,
        items=(
            Item(
                "18255",
                122.0,
                '18255 Doughnuts, yeast-leavened, glazed, enriched (includes honey buns): 1 extra large (approx 5" dia) (122 g)',
            ),
        ),
    ),
    Phrase(
        text="a small pear",
        kind="size",
        sentence=False,
        items=(Item("09252", 148.0, "09252 Pears, raw: 1 small (148 g)"),),
    ),
    Phrase(
        text="a big carrot",
        kind="size",
        sentence=False,
        items=(
            Item(
                "11124",
                72.0,
                '11124 Carrots, raw: 1 large (7-1/4" to 8-/1/2" long) (72 g); big = large',
            ),
        ),
    ),
    Phrase(
        text="a large peach and a small banana",
        kind="size",
        sentence=False,
        items=(
            Item("09236", 175.0, '09236 Peaches, raw: 1 large (2-3/4" dia) (175 g)'),
            Item("09040", 101.0, '09040 Bananas, raw: 1 small (6" to 6-7/8" long) (101 g)'),
        ),
    ),
    Phrase(
        text="I had a medium peach and a small orange for a snack",
        kind="size",
        sentence=True,
        items=(
            Item("09236", 150.0, '09236 Peaches, raw: 1 medium (2-2/3" dia) (150 g)'),
            Item(
                "09200",
                96.0,
                '09200 Oranges, raw, all commercial varieties: 1 small (2-3/8" dia) (96 g)',
            ),
        ),
    ),
    Phrase(
        text="steamed brocolli 1 cup",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "11091",
                156.0,
                "11091 Broccoli, cooked, boiled, drained, without salt: 2 x 0.5 cup, chopped (78 g); 1 cup = 2 x 1/2 cup; steamed counted as boiled, drained",
            ),
        ),
    ),
    Phrase(
        text="a bananna with a spoon of peanut buter",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "09040",
                118.0,
                '09040 Bananas, raw: 1 medium (7" to 7-7/8" long) (118 g); size not said = medium',
            ),
            Item(
                "16098",
                16.0,
                "16098 Peanut butter, smooth style, with salt: 0.5 x 2 tbsp (32 g); a spoon = 1 tbsp",
            ),
        ),
    ),
    Phrase(
        text="spagetti with marinara sauce, a cup each",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "20121",
                140.0,
                "20121 Spaghetti, cooked, enriched, without added salt: 1 cup (140 g)",
            ),
            Item(
                "06931",
                264.0,
                "06931 Sauce, pasta, spaghetti/marinara, ready-to-serve: 2 x 1 serving 1/2 cup (132 g); 1 cup = 2 x 1/2 cup",
            ),
        ),
    ),
    Phrase(
        text="avacado toast one slice",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "18070",
                22.0,
                "18070 Bread, white, commercially prepared, toasted: 1 slice (22 g); toast = toasted white",
            ),
            Item(
                "09037",
                100.5,
                "09037 Avocados, raw, all commercial varieties: 0.5 x 1 avocado, NS as to Florida or California (201 g); avocado toast = half an avocado on a slice",
            ),
        ),
    ),
    Phrase(
        text="chiken breast and a cup of rice",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "05064",
                86.0,
                "05064 Chicken, broilers or fryers, breast, meat only, cooked, roasted: 0.5 breast, bone and skin removed (86 g); a chicken breast = SR24's 0.5 breast",
            ),
            Item(
                "20045",
                158.0,
                "20045 Rice, white, long-grain, regular, cooked: 1 cup (158 g); rice = cooked white long-grain",
            ),
        ),
    ),
    Phrase(
        text="oatmeal with half a cup of bluberries and a tbsp of honey",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "08121",
                234.0,
                "08121 Cereals, oats, regular and quick, unenriched, cooked with water (includes boiling and microwaving), without salt: 1 cup (234 g); a bowl of oatmeal = 1 cup cooked",
            ),
            Item("09050", 74.0, "09050 Blueberries, raw: 0.5 x 1 cup (148 g)"),
            Item("19296", 21.0, "19296 Honey: 1 tbsp (21 g)"),
        ),
    ),
    Phrase(
        text="I had a cup of yougurt plain low fat",
        kind="typo",
        sentence=True,
        items=(
            Item(
                "01117",
                245.0,
                "01117 Yogurt, plain, low fat, 12 grams protein per 8 ounce: 1 cup (8 fl oz) (245 g)",
            ),
        ),
    ),
    Phrase(
        text="cherrios with milk",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "08013",
                28.0,
                "08013 Cereals ready-to-eat, GENERAL MILLS, CHEERIOS: 1 cup (1 NLEA serving) (28 g); a bowl of cereal = its NLEA serving",
            ),
            Item(
                "01079",
                122.0,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 0.5 x 1 cup (244 g); 1/2 cup milk, 2% unless said",
            ),
        ),
    ),
    Phrase(
        text="cappucino",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "14210",
                30.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 1 fluid ounce (30 g); a cappuccino = 1 shot and 4 fl oz of milk (this set's convention)",
            ),
            Item(
                "01079",
                122.0,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 4 x 1 fl oz (30.5 g); 2% unless said",
            ),
        ),
    ),
    Phrase(
        text="potatoe chips 1 oz bag",
        kind="typo",
        sentence=False,
        items=(Item("19411", 28.4, "19411 Snacks, potato chips, plain, salted: 1 oz (28.35 g)"),),
    ),
    Phrase(
        text="Had a tomatoe and cucmber salad with a tbsp of olive oil",
        kind="typo",
        sentence=True,
        items=(
            Item(
                "11529",
                123.0,
                '11529 Tomatoes, red, ripe, raw, year round average: 1 medium whole (2-3/5" dia) (123 g); a size not said = medium',
            ),
            Item(
                "11206",
                100.5,
                "11206 Cucumber, peeled, raw: 0.5 x 1 medium (201 g); half a cucumber in a side salad",
            ),
            Item("04053", 13.5, "04053 Oil, olive, salad or cooking: 1 tablespoon (13.5 g)"),
        ),
    ),
    Phrase(
        text="1 tbsp olive oil",
        kind="unit",
        sentence=False,
        items=(Item("04053", 13.5, "04053 Oil, olive, salad or cooking: 1 tablespoon (13.5 g)"),),
    ),
    Phrase(
        text="a cup of small curd cottage cheese",
        kind="unit",
        sentence=False,
        items=(
            Item(
                "01012",
                225.0,
                "01012 Cheese, cottage, creamed, large or small curd: 1 cup, small curd (not packed) (225 g)",
            ),
        ),
    ),
    Phrase(
        text="half cup of hummus",
        kind="unit",
        sentence=False,
        items=(
            Item(
                "16158",
                123.0,
                "16158 Hummus, commercial: 0.5 x 1 cup (246 g); bought hummus = commercial",
            ),
        ),
    ),
    Phrase(
        text="3 oz canned tuna",
        kind="unit",
        sentence=False,
        items=(
            Item(
                "15121",
                28.4,
                "15121 Fish, tuna, light, canned in water, drained solids: 1 oz (28.35 g); light tuna in water, drained",
            ),
        ),
    ),
    Phrase(
        text="1/4 cup almonds",
        kind="unit",
        sentence=False,
        items=(Item("12061", 35.8, "12061 Nuts, almonds: 0.25 x 1 cup, whole (143 g)"),),
    ),
    Phrase(
        text="I put a teaspoon of sugar in my tea",
        kind="unit",
        sentence=True,
        items=(
            Item(
                "14355",
                237.0,
                "14355 Tea, black, brewed, prepared with tap water: 1 cup (8 fl oz) (237 g); a mug of tea = 8 fl oz",
            ),
            Item("19335", 4.2, "19335 Sugars, granulated: 1 tsp (4.2 g)"),
        ),
    ),
    Phrase(
        text="4 oz grilled chicken breast",
        kind="unit",
        sentence=False,
        items=(
            Item(
                "05064",
                113.4,
                "05064 Chicken, broilers or fryers, breast, meat only, cooked, roasted: 113.4 g; 4 oz = 113.4 g (28.35 g an oz); grilled counted as roasted (dry heat)",
            ),
        ),
    ),
    Phrase(
        text="a tablespoon of mayo",
        kind="unit",
        sentence=False,
        items=(
            Item(
                "04025",
                13.8,
                "04025 Salad dressing, mayonnaise, soybean oil, with salt: 1 tbsp (13.8 g)",
            ),
        ),
    ),
    Phrase(
        text="1 cup cooked lentils",
        kind="unit",
        sentence=False,
        items=(
            Item(
                "16070",
                198.0,
                "16070 Lentils, mature seeds, cooked, boiled, without salt: 1 cup (198 g)",
            ),
        ),
    ),
    Phrase(
        text="Had a slice of provolone on my crackers",
        kind="unit",
        sentence=True,
        items=(
            Item("01035", 28.0, "01035 Cheese, provolone: 1 slice (1 oz) (28 g)"),
            Item(
                "18228",
                15.0,
                "18228 Crackers, saltines (includes oyster, soda, soup): 5 x 1 cracker square (3 g); crackers not counted = the 5-cracker serving",
            ),
        ),
    ),
    Phrase(
        text="200g plain yoghurt",
        kind="units",
        sentence=False,
        items=(
            Item(
                "01117",
                200.0,
                "01117 Yogurt, plain, low fat, 12 grams protein per 8 ounce: 200 g; plain yoghurt = plain low fat yogurt, as typed in grams",
            ),
        ),
    ),
    Phrase(
        text="40g oats with 250ml milk",
        kind="units",
        sentence=False,
        items=(
            Item("08120", 40.0, "08120 Cereals, oats, regular and quick, not fortified, dry: 40 g"),
            Item(
                "01079",
                257.8,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 1.057 x 1 cup (244 g); 250 ml = 1.057 cups at 236.6 ml a cup; 2% unless said",
            ),
        ),
    ),
    Phrase(
        text="chicken breast 150g",
        kind="units",
        sentence=False,
        items=(
            Item(
                "05064",
                150.0,
                "05064 Chicken, broilers or fryers, breast, meat only, cooked, roasted: 150 g",
            ),
        ),
    ),
    Phrase(
        text="can of coke 330ml",
        kind="units",
        sentence=False,
        items=(
            Item(
                "14400",
                342.6,
                "14400 Carbonated beverage, cola, contains caffeine: 11.160 x 1 fl oz (30.7 g); 330 ml = 11.16 fl oz at 29.57 ml a fl oz",
            ),
        ),
    ),
    Phrase(
        text="100 grams of cashews",
        kind="units",
        sentence=False,
        items=(
            Item(
                "12087", 100.0, "12087 Nuts, cashew nuts, raw: 100 g; unsalted plain cashews = raw"
            ),
        ),
    ),
    Phrase(
        text="a 125ml glass of white wine",
        kind="units",
        sentence=False,
        items=(
            Item(
                "14106",
                124.3,
                "14106 Alcoholic beverage, wine, table, white: 4.227 x 1 fl oz (29.4 g); 125 ml = 4.23 fl oz",
            ),
        ),
    ),
    Phrase(
        text="0.5L skim milk",
        kind="units",
        sentence=False,
        items=(
            Item(
                "01085",
                517.8,
                "01085 Milk, nonfat, fluid, with added vitamin A and vitamin D (fat free or skim): 2.113 x 1 cup (245 g); 500 ml = 2.113 cups",
            ),
        ),
    ),
    Phrase(
        text="I had 250 g of boiled rice with dinner",
        kind="units",
        sentence=True,
        items=(
            Item(
                "20045",
                250.0,
                "20045 Rice, white, long-grain, regular, cooked: 250 g; boiled rice = cooked white long-grain",
            ),
        ),
    ),
    Phrase(
        text="85g smoked salmon on a bagel",
        kind="units",
        sentence=False,
        items=(
            Item(
                "15179",
                85.0,
                "15179 Fish, salmon, chinook, smoked, (lox), regular: 85 g; smoked salmon on a bagel = lox",
            ),
            Item(
                "18001",
                105.0,
                '18001 Bagels, plain, enriched, with calcium propionate (includes onion, poppy, sesame): 1 medium bagel (3-1/2" to 4" dia) (105 g); size not said = medium',
            ),
        ),
    ),
    Phrase(
        text="Ate 1.5 lb of watermelon",
        kind="units",
        sentence=True,
        items=(
            Item("09326", 680.4, "09326 Watermelon, raw: 680.4 g; 1.5 lb = 680.4 g (453.6 g a lb)"),
        ),
    ),
    Phrase(
        text="a couple of slices of toast with jam",
        kind="words",
        sentence=False,
        items=(
            Item(
                "18070",
                44.0,
                "18070 Bread, white, commercially prepared, toasted: 2 x 1 slice (22 g); a couple = 2; toast = toasted white",
            ),
            Item(
                "19297", 40.0, "19297 Jams and preserves: 2 x 1 tbsp (20 g); 1 tbsp jam per slice"
            ),
        ),
    ),
    Phrase(
        text="I ate half a dozen strawberries after lunch",
        kind="words",
        sentence=True,
        items=(
            Item(
                "09316",
                72.0,
                '09316 Strawberries, raw: 6 x 1 medium (1-1/4" dia) (12 g); half a dozen = 6, medium',
            ),
        ),
    ),
    Phrase(
        text="a dozen grapes",
        kind="words",
        sentence=False,
        items=(
            Item(
                "09132",
                58.8,
                "09132 Grapes, red or green (European type, such as Thompson seedless), raw: 1.2 x 10 grapes (49 g); 12 = 1.2 x 10 grapes",
            ),
        ),
    ),
    Phrase(
        text="three quarters of a cup of rice",
        kind="words",
        sentence=False,
        items=(
            Item(
                "20045",
                118.5,
                "20045 Rice, white, long-grain, regular, cooked: 0.75 x 1 cup (158 g); rice = cooked white long-grain",
            ),
        ),
    ),
    Phrase(
        text="one and a half cups of pasta",
        kind="words",
        sentence=False,
        items=(
            Item(
                "20121",
                210.0,
                "20121 Spaghetti, cooked, enriched, without added salt: 1.5 x 1 cup (140 g); plain pasta = cooked enriched spaghetti",
            ),
        ),
    ),
    Phrase(
        text="two handfuls of cashews",
        kind="words",
        sentence=False,
        items=(
            Item(
                "12087",
                56.7,
                "12087 Nuts, cashew nuts, raw: 2 x 1 oz (28.35 g); a handful of nuts = 1 oz; plain cashews = raw",
            ),
        ),
    ),
    Phrase(
        text="twenty almonds",
        kind="words",
        sentence=False,
        items=(Item("12061", 24.0, "12061 Nuts, almonds: 20 x 1 almond (1.2 g)"),),
    ),
    Phrase(
        text="I munched two and a half cups of air popped popcorn",
        kind="words",
        sentence=True,
        items=(Item("19034", 20.0, "19034 Snacks, popcorn, air-popped: 2.5 x 1 cup (8 g)"),),
    ),
    Phrase(
        text="a tablespoon and a half of butter on my veggies",
        kind="words",
        sentence=True,
        items=(Item("01001", 21.3, "01001 Butter, salted: 1.5 x 1 tbsp (14.2 g)"),),
    ),
    Phrase(
        text="Had a couple of hard boiled eggs and a few slices of ham",
        kind="words",
        sentence=True,
        items=(
            Item(
                "01129",
                100.0,
                "01129 Egg, whole, cooked, hard-boiled: 2 x 1 large (50 g); a couple = 2",
            ),
            Item(
                "07029",
                84.0,
                "07029 Ham, sliced, regular (approximately 11% fat): 3 x 1 slice (28 g); a few = 3",
            ),
        ),
    ),
)
