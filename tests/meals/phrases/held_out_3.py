# ruff: noqa: E501
"""The third held-out set of the /log accuracy phrases: never to be read while tuning.

Written on 2026-12-06 apart from the code (without reading the parser, its aliases, units,
ranking, search, the meal service, earlier parser test cases or any score of the bench) and
apart from the other sets (of `development`, `held_out` and `held_out_2` only the format was
read, and `held_out_2`'s texts skimmed so as not to repeat them), from the USDA SR24 records
alone, following the conventions of `tests.meals.phrases` (each basis says which applied).
Where SR24 has no exact food the closest entry is used and the basis says so. Conventions this
set adds where the others leave a case open:

- a latte's milk fills the cup under its shots and about 2 fl oz of foam (tall 9, grande 12,
  venti 16 fl oz of milk with the usual shots);
- "a chicken breast" is SR24's "0.5 breast" (one side of the bird's breast);
- ml are turned into cups at 236.6 ml a cup and into fl oz at 29.57 ml a fl oz.

It is never to be read, run or looked at while tuning. It is scored ONCE, at the end of the next
round of tuning, with `python bench/eval_food_log.py --set held_out_3`, and that score is the
round's result. Never move a phrase between this set and another one, never edit a phrase or
its items after seeing how the bot does on it, and never tune against it: once it has been
scored, the round after needs a new held-out set.

Scored once, on 2026-12-06 at 8e902dd, at the end of the session's tuning (after `held_out_2`
was scored and then tuned on): 95 of 161 within max(10%, 15 kcal) (59.0%), asked 29.8%,
refused 1, committed items more than 25% off 30/164 (18.3%). Used from then on.
"""

from __future__ import annotations

from tests.meals.phrases import Item, Phrase

PHRASES: tuple[Phrase, ...] = (
    Phrase(
        text="Breakfast today was a cup of plain low fat yogurt with a quarter cup of granola and half a cup of raspberries",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "01117",
                245.0,
                "01117 Yogurt, plain, low fat, 12 grams protein per 8 ounce: 1 cup (8 fl oz) = 245 g",
            ),
            Item(
                "08037",
                30.5,
                "08037 Cereals ready-to-eat, granola, homemade: 0.25 x 1 cup (122 g); plain 'granola' = the generic granola entry",
            ),
            Item("09302", 61.5, "09302 Raspberries, raw: 0.5 x 1 cup (123 g)"),
        ),
    ),
    Phrase(
        text="for dinner i had a grilled chicken breast, a medium baked potato with 2 tbsp sour cream and a cup of green beans",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "05064",
                86.0,
                "05064 Chicken, broilers or fryers, breast, meat only, cooked, roasted: a chicken breast = SR24's 0.5 breast, bone and skin removed = 86 g (one side of the breast); grilled counted as roasted (dry heat)",
            ),
            Item(
                "11828",
                173.0,
                '11828 Potatoes, baked, flesh and skin, with salt: 1 potato medium (2-1/4" to 3-1/4" dia) = 173 g (the only baked flesh-and-skin entry with sizes)',
            ),
            Item("01056", 24.0, "01056 Cream, sour, cultured: 2 x 1 tbsp (12 g)"),
            Item(
                "11053",
                125.0,
                "11053 Beans, snap, green, cooked, boiled, drained, without salt: 1 cup = 125 g (green beans eaten cooked: boiled, drained)",
            ),
        ),
    ),
    Phrase(
        text="Lunch was a tuna salad sandwich on whole wheat, half a cup of tuna salad, and a dill pickle spear",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item("15128", 102.5, "15128 Fish, tuna salad: 0.5 x 1 cup (205 g)"),
            Item(
                "18075",
                56.0,
                "18075 Bread, whole-wheat, commercially prepared: a sandwich = 2 slices x 28 g",
            ),
            Item("11937", 35.0, "11937 Pickles, cucumber, dill or kosher dill: 1 spear = 35 g"),
        ),
    ),
    Phrase(
        text="I ate a bowl of oatmeal with a sliced banana and a tablespoon of brown sugar for breakfast",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "08121",
                234.0,
                "08121 Cereals, oats, regular and quick, unenriched, cooked with water (includes boiling and microwaving), without salt: a bowl of oatmeal = 1 cup cooked = 234 g",
            ),
            Item("09040", 118.0, "09040 Bananas, raw: 1 medium = 118 g (size not said: medium)"),
            Item(
                "19334",
                9.0,
                "19334 Sugars, brown: 1 tbsp = 3 tsp unpacked (3 g each) = 9 g (sprinkled on, not packed)",
            ),
        ),
    ),
    Phrase(
        text="my afternoon snack was an apple and 2 tablespoons of almond butter",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "09003",
                182.0,
                '09003 Apples, raw, with skin: 1 medium (3" dia) = 182 g (size not said: medium)',
            ),
            Item(
                "12195",
                32.0,
                "12195 Nuts, almond butter, plain, without salt added: 2 x 1 tbsp (16 g)",
            ),
        ),
    ),
    Phrase(
        text="we grilled steaks tonight, I had about 6 oz of sirloin, an ear of corn and a glass of red wine",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "13451",
                170.1,
                '13451 Beef, top sirloin, steak, separable lean and fat, trimmed to 0" fat, all grades, cooked, broiled: 6 oz x 28.35 g of cooked top sirloin steak (broiled, the dry-heat entry, stands for grilled; all grades, trimmed to 0" fat)',
            ),
            Item(
                "11168",
                103.0,
                '11168 Corn, sweet, yellow, cooked, boiled, drained, without salt: 1 ear medium (6-3/4" to 7-1/2" long) = 103 g (size not said: medium; grilled counted as cooked corn)',
            ),
            Item(
                "14096",
                147.0,
                "14096 Alcoholic beverage, wine, table, red: a glass of wine = 5 fl oz = 147 g",
            ),
        ),
    ),
    Phrase(
        text="this morning I had two slices of french toast with a tablespoon of maple syrup and a cup of orange juice",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "18269",
                130.0,
                "18269 French toast, prepared from recipe, made with low fat (2%) milk: 2 x 1 slice (65 g); home-made french toast (made with 2% milk)",
            ),
            Item("19353", 20.0, "19353 Syrups, maple: 1 tbsp = 20 g"),
            Item(
                "09209",
                249.0,
                "09209 Orange juice, chilled, includes from concentrate: 1 cup = 249 g (orange juice from the carton: chilled, includes from concentrate)",
            ),
        ),
    ),
    Phrase(
        text="Dinner was 2 corn tortillas with 4 oz of grilled shrimp, half a cup of shredded cabbage and 2 tbsp of salsa",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "18363", 48.0, "18363 Tortillas, ready-to-bake or -fry, corn: 2 x 1 tortilla (24 g)"
            ),
            Item(
                "15151",
                113.4,
                "15151 Crustaceans, shrimp, mixed species, cooked, moist heat: 4 oz x 28.35 g of cooked shrimp (moist heat, the only plain cooked shrimp entry, stands for grilled)",
            ),
            Item("11109", 35.0, "11109 Cabbage, raw: 0.5 x 1 cup, shredded (70 g)"),
            Item("06164", 32.0, "06164 Sauce, salsa, ready-to-serve: 2 x 1 tbsp (16 g)"),
        ),
    ),
    Phrase(
        text="I had cereal this morning, a cup of cheerios with half a cup of 1% milk and a glass of apple juice",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "08013",
                28.0,
                "08013 Cereals ready-to-eat, GENERAL MILLS, CHEERIOS: 1 cup (1 NLEA serving) = 28 g",
            ),
            Item(
                "01082",
                122.0,
                "01082 Milk, lowfat, fluid, 1% milkfat, with added vitamin A and vitamin D: 0.5 x 1 cup (244 g)",
            ),
            Item(
                "09016",
                248.0,
                "09016 Apple juice, canned or bottled, unsweetened, without added ascorbic acid: a glass = 8 fl oz = 1 cup = 248 g",
            ),
        ),
    ),
    Phrase(
        text="At the ballgame I had a hot dog, a soft pretzel and a 16 oz beer",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "21118",
                98.0,
                "21118 Fast foods, hotdog, plain: 1 sandwich = 98 g (a ballpark hot dog in its bun, plain)",
            ),
            Item("43109", 115.0, "43109 Pretzels, soft: 1 medium = 115 g (size not said: medium)"),
            Item(
                "14003",
                475.2,
                "14003 Alcoholic beverage, beer, regular, all: 16 fl oz x 29.7 g (regular beer)",
            ),
        ),
    ),
    Phrase(
        text="quarter pounder with cheese and a large fries",
        kind="chain",
        sentence=False,
        items=(
            Item("21235", 199.0, "21235 McDONALD'S, QUARTER POUNDER with Cheese: 1 item = 199 g"),
            Item(
                "21238",
                154.0,
                "21238 McDONALD'S, French Fries: 1 large serving = 154 g (McDonald's fries: the burger is McDonald's)",
            ),
        ),
    ),
    Phrase(
        text="Grabbed a McChicken and a medium fry on my lunch break",
        kind="chain",
        sentence=True,
        items=(
            Item("21355", 147.0, "21355 McDONALD'S, McCHICKEN Sandwich: 1 item = 147 g"),
            Item("21238", 117.0, "21238 McDONALD'S, French Fries: 1 medium serving = 117 g"),
        ),
    ),
    Phrase(
        text="6 piece mcnuggets with bbq sauce",
        kind="chain",
        sentence=False,
        items=(
            Item("21309", 95.0, "21309 McDONALD'S, Chicken McNUGGETS: 6 pieces (3.4 oz) = 95 g"),
            Item("21310", 28.0, "21310 McDONALD'S, Barbeque Sauce: 1 package = 28 g"),
        ),
    ),
    Phrase(
        text="double whopper no cheese",
        kind="chain",
        sentence=False,
        items=(
            Item("21254", 374.0, "21254 BURGER KING, DOUBLE WHOPPER, no cheese: 1 item = 374 g"),
        ),
    ),
    Phrase(
        text="kfc extra crispy thigh and a drumstick",
        kind="chain",
        sentence=False,
        items=(
            Item(
                "21440",
                152.0,
                "21440 KENTUCKY FRIED CHICKEN, Fried Chicken, EXTRA CRISPY, Thigh, meat and skin with breading: 1 thigh, with skin = 152 g",
            ),
            Item(
                "21439",
                81.0,
                "21439 KENTUCKY FRIED CHICKEN, Fried Chicken, EXTRA CRISPY, Drumstick, meat and skin with breading: 1 drumstick, with skin = 81 g (extra crispy, like the thigh)",
            ),
        ),
    ),
    Phrase(
        text="We stopped at Taco Bell and I had 2 crunchy tacos and a chicken burrito supreme",
        kind="chain",
        sentence=True,
        items=(
            Item(
                "21260",
                138.0,
                "21260 TACO BELL, Original Taco with beef, cheese and lettuce: 2 x 1 taco (69 g); a crunchy taco = the Original Taco (hard shell) with beef, cheese and lettuce",
            ),
            Item("21266", 248.0, "21266 TACO BELL, BURRITO SUPREME with chicken: 1 item = 248 g"),
        ),
    ),
    Phrase(
        text="wendys classic double with cheese and a medium fry",
        kind="chain",
        sentence=False,
        items=(
            Item("21243", 310.0, "21243 WENDY'S, CLASSIC DOUBLE, with cheese: 1 item = 310 g"),
            Item("21247", 142.0, "21247 WENDY'S, French Fries: 1 medium serving = 142 g"),
        ),
    ),
    Phrase(
        text="I had three slices of papa john's pepperoni at the office party",
        kind="chain",
        sentence=True,
        items=(
            Item(
                "21284",
                369.0,
                "21284 PAPA JOHN'S 14\" Pepperoni Pizza, Original Crust: 3 x 1 slice (123 g); crust not said: Original",
            ),
        ),
    ),
    Phrase(
        text="3 spicy strips from popeyes",
        kind="chain",
        sentence=False,
        items=(
            Item(
                "21418",
                159.0,
                "21418 POPEYES, Spicy Chicken Strips, analyzed 2006: 3 x 1 strip (53 g)",
            ),
        ),
    ),
    Phrase(
        text="sausage biscuit with egg from mickey d's",
        kind="chain",
        sentence=False,
        items=(
            Item(
                "21362",
                163.0,
                "21362 McDONALD'S, Sausage Biscuit with Egg: 1 item (5.7 oz) = 163 g",
            ),
        ),
    ),
    Phrase(
        text="Ordered pizza hut and ate 3 slices of a large thin n crispy pepperoni",
        kind="chain",
        sentence=True,
        items=(
            Item(
                "21491",
                240.0,
                '21491 PIZZA HUT 14" Pepperoni Pizza, THIN \'N CRISPY Crust: 3 x 1 slice (80 g); a large Pizza Hut pizza is the 14"',
            ),
        ),
    ),
    Phrase(
        text="oreo mcflurry",
        kind="chain",
        sentence=False,
        items=(
            Item(
                "21339",
                337.0,
                "21339 McDONALD'S, McFLURRY with OREO cookies: 12 fl oz cup regular = 337 g (size not said: regular)",
            ),
        ),
    ),
    Phrase(
        text="my son wanted burger king so I got the original chicken sandwich and onion rings",
        kind="chain",
        sentence=True,
        items=(
            Item("21259", 204.0, "21259 BURGER KING, Original Chicken Sandwich: 1 item = 204 g"),
            Item(
                "21130",
                83.0,
                "21130 Fast foods, onion rings, breaded and fried: 1 portion (8-9 onion rings) = 83 g (SR24 has no Burger King onion rings: the generic fast-food entry)",
            ),
        ),
    ),
    Phrase(
        text="venti skim latte",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14210",
                60.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: venti = 2 shots x 1 fl oz (30 g)",
            ),
            Item(
                "01085",
                490.0,
                "01085 Milk, nonfat, fluid, with added vitamin A and vitamin D (fat free or skim): the milk filling the 20 fl oz cup under the shots and about 2 fl oz of foam = 16 fl oz = 2 cups x 245 g (skim)",
            ),
        ),
    ),
    Phrase(
        text="tall latte with whole milk",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14210",
                30.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: tall = 1 shot x 1 fl oz (30 g)",
            ),
            Item(
                "01077",
                274.5,
                "01077 Milk, whole, 3.25% milkfat, with added vitamin D: the milk filling the 12 fl oz cup under the shot and about 2 fl oz of foam = 9 fl oz x 30.5 g",
            ),
        ),
    ),
    Phrase(
        text="I had a double espresso with a packet of sugar after lunch",
        kind="coffee",
        sentence=True,
        items=(
            Item(
                "14210",
                60.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: a double = 2 shots x 1 fl oz (30 g)",
            ),
            Item("19335", 2.8, "19335 Sugars, granulated: 1 serving packet = 2.8 g"),
        ),
    ),
    Phrase(
        text="grande cold brew with a splash of half and half",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14209",
                474.0,
                "14209 Coffee, brewed from grounds, prepared with tap water: grande = 16 fl oz = 2 x 1 cup (237 g); SR24 has no cold brew: brewed coffee",
            ),
            Item("01049", 30.0, "01049 Cream, fluid, half and half: a splash = 2 tbsp = 2 x 15 g"),
        ),
    ),
    Phrase(
        text="Had two mugs of coffee this morning with a tablespoon of heavy cream in each",
        kind="coffee",
        sentence=True,
        items=(
            Item(
                "14209",
                474.0,
                "14209 Coffee, brewed from grounds, prepared with tap water: 2 mugs x 8 fl oz = 2 x 1 cup (237 g)",
            ),
            Item(
                "01053", 30.0, "01053 Cream, fluid, heavy whipping: 1 tbsp (15 g) in each of 2 mugs"
            ),
        ),
    ),
    Phrase(
        text="earl grey with milk and one sugar",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14355",
                237.0,
                "14355 Tea, black, brewed, prepared with tap water: a mug of tea = 8 fl oz = 1 cup = 237 g (earl grey is a black tea)",
            ),
            Item(
                "01079",
                30.5,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: a splash of milk = 2 tbsp = 1 fl oz = 30.5 g (milk 2% unless said)",
            ),
            Item("19335", 4.2, "19335 Sugars, granulated: one sugar = 1 tsp = 4.2 g"),
        ),
    ),
    Phrase(
        text="coffee w/ 2 creamers",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14209",
                237.0,
                "14209 Coffee, brewed from grounds, prepared with tap water: a cup of coffee = 8 fl oz = 237 g",
            ),
            Item(
                "01067",
                30.0,
                "01067 Cream substitute, liquid, with hydrogenated vegetable oil and soy protein: 2 x 1 container, individual (15 g): a creamer cup is the liquid non-dairy creamer",
            ),
        ),
    ),
    Phrase(
        text="made myself a mug of hot chocolate with whole milk",
        kind="coffee",
        sentence=True,
        items=(
            Item(
                "14177",
                266.0,
                "14177 Chocolate-flavor beverage mix, powder, prepared with whole milk: a mug = 8 fl oz = 1 cup = 266 g (cocoa mix made with whole milk)",
            ),
        ),
    ),
    Phrase(
        text="grande latte with an extra shot",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14210",
                90.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: grande = 2 shots + 1 extra = 3 x 1 fl oz (30 g)",
            ),
            Item(
                "01079",
                335.5,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: the milk filling the 16 fl oz cup under 3 shots and about 2 fl oz of foam = 11 fl oz x 30.5 g (2% unless said)",
            ),
        ),
    ),
    Phrase(
        text="affogato, 2 shots of espresso poured over a scoop of vanilla ice cream",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14210",
                60.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 2 shots x 1 fl oz (30 g)",
            ),
            Item("19095", 66.0, "19095 Ice creams, vanilla: a scoop = 1/2 cup = 66 g"),
        ),
    ),
    Phrase(
        text="16 oz can of monster",
        kind="drink",
        sentence=False,
        items=(
            Item(
                "14627",
                480.0,
                "14627 Energy Drink, Monster: 16 fl oz = 2 x 1 serving (8 fl oz, 240 g)",
            ),
        ),
    ),
    Phrase(
        text="I drank a glass of chocolate milk after my workout",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "01103",
                250.0,
                "01103 Milk, chocolate, fluid, commercial, reduced fat, with added vitamin A and vitamin D: a glass = 8 fl oz = 1 cup = 250 g (milk 2% unless said: reduced fat)",
            ),
        ),
    ),
    Phrase(
        text="had two glasses of pinot grigio at book club",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "14113",
                294.0,
                "14113 Alcoholic beverage, wine, table, white, Pinot Gris (Grigio): 2 x 5 fl oz serving (147 g)",
            ),
        ),
    ),
    Phrase(
        text="a bottle of corona",
        kind="drink",
        sentence=False,
        items=(
            Item(
                "14003",
                356.0,
                "14003 Alcoholic beverage, beer, regular, all: a bottle = 12 fl oz = 1 can (356 g) of regular beer (SR24 has no Corona: regular beer)",
            ),
        ),
    ),
    Phrase(
        text="Took 3 shots of tequila at the wedding",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "14037",
                126.0,
                "14037 Alcoholic beverage, distilled, all (gin, rum, vodka, whiskey) 80 proof: 3 x 1 jigger 1.5 fl oz (42 g); SR24 has no tequila: distilled spirits, 80 proof",
            ),
        ),
    ),
    Phrase(
        text="an apple juice box",
        kind="drink",
        sentence=False,
        items=(
            Item(
                "09016",
                262.0,
                "09016 Apple juice, canned or bottled, unsweetened, without added ascorbic acid: 1 drink box (8.45 fl oz) = 262 g",
            ),
        ),
    ),
    Phrase(
        text="20 oz root beer",
        kind="drink",
        sentence=False,
        items=(Item("14157", 616.0, "14157 Carbonated beverage, root beer: 20 fl oz x 30.8 g"),),
    ),
    Phrase(
        text="I had a pina colada by the pool",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "14017",
                141.0,
                "14017 Alcoholic beverage, pina colada, prepared-from-recipe: 1 cocktail (4.5 fl oz) = 141 g (made to order: prepared from recipe)",
            ),
        ),
    ),
    Phrase(
        text="a cup of coconut water",
        kind="drink",
        sentence=False,
        items=(
            Item("12119", 240.0, "12119 Nuts, coconut water (liquid from coconuts): 1 cup = 240 g"),
        ),
    ),
    Phrase(
        text="12 oz gatorade",
        kind="drink",
        sentence=False,
        items=(
            Item(
                "14460",
                366.0,
                "14460 Sports drink, PEPSICO QUAKER GATORADE, GATORADE, original, fruit-flavored, ready-to-drink: 12 fl oz x 30.5 g",
            ),
        ),
    ),
    Phrase(
        text="can of diet coke",
        kind="drink",
        sentence=False,
        items=(
            Item(
                "14416",
                355.0,
                "14416 Carbonated beverage, low calorie, cola or pepper-type, with aspartame, contains caffeine: 1 can 12 fl oz = 355 g (diet cola with aspartame, with caffeine)",
            ),
        ),
    ),
    Phrase(
        text="I drank a big cup of pink lemonade, like 16 oz",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "14543",
                494.0,
                "14543 Lemonade, frozen concentrate, pink, prepared with water: 16 fl oz = 2 x 1 cup (247 g); pink lemonade made from frozen concentrate",
            ),
        ),
    ),
    Phrase(
        text="I stole 3 fun size snickers from my kid's halloween candy",
        kind="label",
        sentence=True,
        items=(
            Item(
                "19155",
                45.0,
                "19155 Candies, MARS SNACKFOOD US, SNICKERS Bar: 3 x 1 bar, fun size (15 g)",
            ),
        ),
    ),
    Phrase(
        text="bowl of lucky charms with 1% milk",
        kind="label",
        sentence=False,
        items=(
            Item(
                "08050",
                27.0,
                "08050 Cereals ready-to-eat, GENERAL MILLS, LUCKY CHARMS: a bowl of cereal = its NLEA serving, 0.75 cup = 27 g",
            ),
            Item(
                "01082",
                122.0,
                "01082 Milk, lowfat, fluid, 1% milkfat, with added vitamin A and vitamin D: milk named: 1/2 cup = 0.5 x 244 g",
            ),
        ),
    ),
    Phrase(
        text="Ate a clif bar before my hike",
        kind="label",
        sentence=True,
        items=(Item("25051", 68.0, "25051 Snacks, CLIF BAR, mixed flavors: 1 bar = 68 g"),),
    ),
    Phrase(
        text="2 eggo waffles",
        kind="label",
        sentence=False,
        items=(
            Item(
                "18403",
                66.0,
                "18403 Waffles, plain, frozen, ready -to-heat, toasted: 2 x 1 waffle, round (4\" dia) (33 g), toasted; SR24's Eggo entries are lowfat, Nutri-Grain and oat ones, so the regular (homestyle) Eggo is the plain frozen waffle, toasted",
            ),
        ),
    ),
    Phrase(
        text="ham and cheese hot pocket",
        kind="label",
        sentence=False,
        items=(
            Item(
                "22537",
                127.0,
                "22537 HOT POCKETS Ham 'N Cheese Stuffed Sandwich, frozen: 1 serving (1 hot pocket) = 127 g",
            ),
        ),
    ),
    Phrase(
        text="I microwaved a lean cuisine spaghetti with meatballs for lunch",
        kind="label",
        sentence=True,
        items=(
            Item(
                "22572",
                269.0,
                "22572 STOUFFER'S LEAN CUISINE Spaghetti with Meatballs and Sauce, frozen entree: 1 serving = 269 g",
            ),
        ),
    ),
    Phrase(
        text="chicken cup noodles",
        kind="label",
        sentence=False,
        items=(
            Item(
                "06582",
                64.0,
                "06582 Soup, NISSIN, CUP NOODLES, Ramen Noodle, chicken flavor, dry mix: 1 container, individual = 64 g (SR24 gives only the dry cup; the water added has no energy)",
            ),
        ),
    ),
    Phrase(
        text="a big kat",
        kind="label",
        sentence=False,
        items=(
            Item(
                "19250", 55.0, "19250 Candies, HERSHEY, KIT KAT BIG KAT Bar: 1 bar 1.94 oz = 55 g"
            ),
        ),
    ),
    Phrase(
        text="one frosted strawberry poptart",
        kind="label",
        sentence=False,
        items=(
            Item(
                "18489",
                52.0,
                "18489 Toaster Pastries, KELLOGG, KELLOGG'S POP TARTS, Frosted strawberry: 1 pastry = 52 g",
            ),
        ),
    ),
    Phrase(
        text="I had a whole can of Campbell's chicken noodle soup",
        kind="label",
        sentence=True,
        items=(
            Item(
                "06059",
                305.0,
                "06059 Soup, CAMPBELL'S Chicken Noodle, canned, condensed: 1 can (10.75 oz) = 305 g of the condensed soup (the water it is made up with has no energy)",
            ),
        ),
    ),
    Phrase(
        text="special k red berries, 1 cup with half a cup of skim",
        kind="label",
        sentence=False,
        items=(
            Item(
                "08383",
                31.0,
                "08383 Cereals ready-to-eat, KELLOGG, KELLOGG'S SPECIAL K Red Berries: 1 cup (1 NLEA serving) = 31 g",
            ),
            Item(
                "01085",
                122.5,
                "01085 Milk, nonfat, fluid, with added vitamin A and vitamin D (fat free or skim): 0.5 x 1 cup (245 g) of skim milk",
            ),
        ),
    ),
    Phrase(
        text="small banana",
        kind="size",
        sentence=False,
        items=(Item("09040", 101.0, '09040 Bananas, raw: 1 small (6" to 6-7/8" long) = 101 g'),),
    ),
    Phrase(
        text="I had a large pear after dinner",
        kind="size",
        sentence=True,
        items=(Item("09252", 230.0, "09252 Pears, raw: 1 large = 230 g"),),
    ),
    Phrase(
        text="medium fries from burger king",
        kind="size",
        sentence=False,
        items=(Item("21249", 117.0, "21249 BURGER KING, French Fries: 1 medium serving = 117 g"),),
    ),
    Phrase(
        text="a kid size fry at wendys",
        kind="size",
        sentence=False,
        items=(Item("21247", 71.0, "21247 WENDY'S, French Fries: 1 kid's meal serving = 71 g"),),
    ),
    Phrase(
        text="small baked sweet potato",
        kind="size",
        sentence=False,
        items=(
            Item(
                "11508",
                60.0,
                "11508 Sweet potato, cooked, baked in skin, without salt: 1 small = 60 g",
            ),
        ),
    ),
    Phrase(
        text="mini bagel with a tbsp of cream cheese",
        kind="size",
        sentence=False,
        items=(
            Item(
                "18001",
                26.0,
                '18001 Bagels, plain, enriched, with calcium propionate (includes onion, poppy, sesame): 1 mini bagel (2-1/2" dia) = 26 g',
            ),
            Item("01017", 14.5, "01017 Cheese, cream: 1 tbsp = 14.5 g"),
        ),
    ),
    Phrase(
        text="a big juicy peach",
        kind="size",
        sentence=False,
        items=(
            Item("09236", 175.0, '09236 Peaches, raw: big = large: 1 large (2-3/4" dia) = 175 g'),
        ),
    ),
    Phrase(
        text="I grabbed a small strawberry shake from McDonald's on the way home",
        kind="size",
        sentence=True,
        items=(
            Item(
                "21332",
                354.0,
                "21332 McDONALD'S, Strawberry TRIPLE THICK Shake: 16 fl oz cup small = 354 g",
            ),
        ),
    ),
    Phrase(
        text="a large butter croissant",
        kind="size",
        sentence=False,
        items=(Item("18239", 67.0, "18239 Croissants, butter: 1 croissant, large = 67 g"),),
    ),
    Phrase(
        text="I got a medium frosty from Wendy's",
        kind="size",
        sentence=True,
        items=(
            Item(
                "21248", 298.0, "21248 WENDY'S, Frosty Dairy Dessert: 1 medium 16 oz. cup = 298 g"
            ),
        ),
    ),
    Phrase(
        text="2 tbsp peanut butter on a rice cake",
        kind="unit",
        sentence=False,
        items=(
            Item(
                "16098",
                32.0,
                "16098 Peanut butter, smooth style, with salt: 2 tbsp = 32 g (smooth unless said)",
            ),
            Item(
                "19051",
                9.0,
                "19051 Snacks, rice cakes, brown rice, plain: 1 cake = 9 g (plain brown rice cake)",
            ),
        ),
    ),
    Phrase(
        text="I had a bowl of new england clam chowder at the pier",
        kind="unit",
        sentence=True,
        items=(
            Item(
                "06230",
                378.0,
                "06230 Soup, clam chowder, new england, canned, prepared with equal volume low fat (2%) milk: a bowl of soup = 1.5 cups x 252 g; SR24 has no restaurant chowder: canned New England chowder made up with 2% milk, the closest",
            ),
        ),
    ),
    Phrase(
        text="1/3 cup granola",
        kind="unit",
        sentence=False,
        items=(
            Item(
                "08037", 40.7, "08037 Cereals ready-to-eat, granola, homemade: 1/3 x 1 cup (122 g)"
            ),
        ),
    ),
    Phrase(
        text="a cup of frozen mixed veggies, microwaved",
        kind="unit",
        sentence=False,
        items=(
            Item(
                "11584",
                182.0,
                "11584 Vegetables, mixed, frozen, cooked, boiled, drained, without salt: 1 cup = 2 x 0.5 cup (91 g), frozen mixed vegetables cooked (boiled, drained, the cooked entry)",
            ),
        ),
    ),
    Phrase(
        text="I had half a cup of vanilla ice cream after dinner",
        kind="unit",
        sentence=True,
        items=(Item("19095", 66.0, "19095 Ice creams, vanilla: 1/2 cup = 66 g"),),
    ),
    Phrase(
        text="a cup of milk with 2 tbsp chocolate syrup stirred in",
        kind="unit",
        sentence=False,
        items=(
            Item(
                "01079",
                244.0,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 1 cup = 244 g (milk 2% unless said)",
            ),
            Item("14181", 39.0, "14181 Chocolate syrup: 1 serving 2 tbsp = 39 g"),
        ),
    ),
    Phrase(
        text="dinner roll w/ a pat of butter",
        kind="unit",
        sentence=False,
        items=(
            Item(
                "18342",
                25.0,
                "18342 Rolls, dinner, plain, commercially prepared (includes brown-and-serve): 1 each (pan, dinner, or small roll) = 25 g",
            ),
            Item("01001", 5.0, '01001 Butter, salted: 1 pat (1" sq, 1/3" high) = 5 g'),
        ),
    ),
    Phrase(
        text="2 cups baby spinach with 2 tbsp italian dressing",
        kind="unit",
        sentence=False,
        items=(
            Item("11457", 60.0, "11457 Spinach, raw: 2 x 1 cup (30 g)"),
            Item(
                "04114",
                29.4,
                "04114 Salad dressing, italian dressing, commercial, regular: 2 x 1 tbsp (14.7 g)",
            ),
        ),
    ),
    Phrase(
        text="a cup of red grapes",
        kind="unit",
        sentence=False,
        items=(
            Item(
                "09132",
                151.0,
                "09132 Grapes, red or green (European type, such as Thompson seedless), raw: 1 cup = 151 g",
            ),
        ),
    ),
    Phrase(
        text="1/4 cup shredded mozzarella on my eggs",
        kind="unit",
        sentence=False,
        items=(
            Item(
                "01029",
                28.2,
                "01029 Cheese, mozzarella, part skim milk, low moisture: 1/4 x 1 cup, shredded (113 g); shredded mozzarella is the low moisture part skim kind",
            ),
        ),
    ),
    Phrase(
        text="15 cashews",
        kind="count",
        sentence=False,
        items=(
            Item(
                "12586",
                23.6,
                "12586 Nuts, cashew nuts, oil roasted, with salt added: 15 of 18 kernels per oz (28.35 g); snack cashews: oil roasted, salted",
            ),
        ),
    ),
    Phrase(
        text="4 graham cracker squares",
        kind="count",
        sentence=False,
        items=(
            Item(
                "18173",
                28.0,
                "18173 Cookies, graham crackers, plain or honey (includes cinnamon): 2 squares = 14 g, so 4 squares = 28 g",
            ),
        ),
    ),
    Phrase(
        text="2 medjool dates",
        kind="count",
        sentence=False,
        items=(Item("09421", 48.0, "09421 Dates, medjool: 2 x 1 date, pitted (24 g)"),),
    ),
    Phrase(
        text="10 cherry tomatoes",
        kind="count",
        sentence=False,
        items=(
            Item(
                "11529",
                170.0,
                "11529 Tomatoes, red, ripe, raw, year round average: 10 x 1 cherry (17 g)",
            ),
        ),
    ),
    Phrase(
        text="6 dried apricots",
        kind="count",
        sentence=False,
        items=(
            Item(
                "09032",
                21.0,
                "09032 Apricots, dried, sulfured, uncooked: 6 x 1 half (3.5 g): dried apricots are sold as halves, one piece each",
            ),
        ),
    ),
    Phrase(
        text="my kids had fish sticks so I ate 3 of them",
        kind="count",
        sentence=True,
        items=(
            Item(
                "15027",
                84.0,
                '15027 Fish, fish portions and sticks, frozen, preheated: 3 x 1 stick (4" x 1" x 1/2") (28 g)',
            ),
        ),
    ),
    Phrase(
        text="2 oatmeal raisin cookies",
        kind="count",
        sentence=False,
        items=(
            Item(
                "18184",
                30.0,
                '18184 Cookies, oatmeal, prepared from recipe, with raisins: 2 x 1 cookie (2-5/8" dia) (15 g); the only oatmeal cookie entry with raisins',
            ),
        ),
    ),
    Phrase(
        text="I ate 8 chicken wings at the bar",
        kind="count",
        sentence=True,
        items=(
            Item(
                "05102",
                256.0,
                "05102 Chicken, broilers or fryers, wing, meat and skin, cooked, fried, flour: 8 x 1 wing, bone removed (32 g), fried (flour); SR24 has no sauced buffalo wings: the plain fried wing",
            ),
        ),
    ),
    Phrase(
        text="ate 4 mozzarella sticks",
        kind="count",
        sentence=False,
        items=(
            Item(
                "36012",
                124.0,
                "36012 Restaurant, family style, fried mozzarella sticks: 4 x 1 piece (31 g), restaurant fried mozzarella sticks",
            ),
        ),
    ),
    Phrase(
        text="25 goldfish crackers",
        kind="count",
        sentence=False,
        items=(Item("18214", 15.0, "18214 Crackers, cheese, regular: 25 x 1 gold fish (0.6 g)"),),
    ),
    Phrase(
        text="3 dill pickle spears",
        kind="count",
        sentence=False,
        items=(
            Item(
                "11937", 105.0, "11937 Pickles, cucumber, dill or kosher dill: 3 x 1 spear (35 g)"
            ),
        ),
    ),
    Phrase(
        text="half a bagel with a tbsp of cream cheese",
        kind="part",
        sentence=False,
        items=(
            Item(
                "18001",
                52.5,
                '18001 Bagels, plain, enriched, with calcium propionate (includes onion, poppy, sesame): 0.5 x 1 medium bagel (3-1/2" to 4" dia) (105 g) (size not said: medium)',
            ),
            Item("01017", 14.5, "01017 Cheese, cream: 1 tbsp = 14.5 g"),
        ),
    ),
    Phrase(
        text="I ate a quarter of a cantaloupe with breakfast",
        kind="part",
        sentence=True,
        items=(
            Item(
                "09181",
                138.0,
                "09181 Melons, cantaloupe, raw: 0.25 x 1 melon, medium (552 g) (size not said: medium)",
            ),
        ),
    ),
    Phrase(
        text="half a can of chickpeas, drained",
        kind="part",
        sentence=False,
        items=(
            Item(
                "16358",
                126.5,
                "16358 Chickpeas (garbanzo beans, bengal gram), mature seeds, canned, drained solids: 0.5 x 1 can drained (253 g)",
            ),
        ),
    ),
    Phrase(
        text="I ate half of a large sweet potato",
        kind="part",
        sentence=True,
        items=(
            Item(
                "11508",
                90.0,
                "11508 Sweet potato, cooked, baked in skin, without salt: 0.5 x 1 large (180 g), baked in skin (a sweet potato is eaten cooked)",
            ),
        ),
    ),
    Phrase(
        text="a sixth of a pumpkin pie",
        kind="part",
        sentence=False,
        items=(
            Item(
                "18326",
                165.8,
                "18326 Pie, pumpkin, commercially prepared: 1/6 x 1 pie (995 g), store-bought (commercially prepared)",
            ),
        ),
    ),
    Phrase(
        text="I only ate half of my tuna sub",
        kind="part",
        sentence=True,
        items=(
            Item(
                "21126",
                128.0,
                "21126 Fast foods, submarine sandwich, with tuna salad: 0.5 x 1 submarine (256 g)",
            ),
        ),
    ),
    Phrase(
        text="half a pint of haagen dazs vanilla",
        kind="part",
        sentence=False,
        items=(
            Item(
                "19089",
                214.0,
                "19089 Ice creams, vanilla, rich: half a pint = 1 cup = 2 x 0.5 cup (107 g); Haagen-Dazs is a premium ice cream: vanilla, rich",
            ),
        ),
    ),
    Phrase(
        text="half an english muffin, toasted, with a tbsp of peanut butter",
        kind="part",
        sentence=False,
        items=(
            Item(
                "18259",
                26.0,
                "18259 English muffins, plain, toasted, enriched, with calcium propionate (includes sourdough): 0.5 x 1 muffin, toasted (52 g)",
            ),
            Item(
                "16098",
                16.0,
                "16098 Peanut butter, smooth style, with salt: 1 tbsp = half of 2 tbsp (32 g)",
            ),
        ),
    ),
    Phrase(
        text="My wife and I split a bottle of red wine",
        kind="part",
        sentence=True,
        items=(
            Item(
                "14096",
                372.8,
                "14096 Alcoholic beverage, wine, table, red: half a 750 ml bottle = 375 ml = 12.7 fl oz x 29.4 g",
            ),
        ),
    ),
    Phrase(
        text="a quarter of a digiorno rising crust pepperoni",
        kind="part",
        sentence=False,
        items=(
            Item(
                "21477",
                207.0,
                "21477 DIGIORNO Pizza, pepperoni topping, rising crust, frozen, baked: 1 slice 1/4 of pie = 207 g",
            ),
        ),
    ),
    Phrase(
        text="burrito bowl: 1 cup white rice, 1/2 cup black beans, 4 oz chicken, 1/4 cup salsa, 2 tbsp sour cream",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "20045",
                158.0,
                "20045 Rice, white, long-grain, regular, cooked: 1 cup cooked = 158 g",
            ),
            Item(
                "16015",
                86.0,
                "16015 Beans, black, mature seeds, cooked, boiled, without salt: 0.5 x 1 cup (172 g), cooked black beans",
            ),
            Item(
                "05064",
                113.4,
                "05064 Chicken, broilers or fryers, breast, meat only, cooked, roasted: 4 oz x 28.35 g of cooked chicken breast meat (roasted, the dry-heat entry)",
            ),
            Item("06164", 64.8, "06164 Sauce, salsa, ready-to-serve: 0.25 x 1 cup (259 g)"),
            Item("01056", 24.0, "01056 Cream, sour, cultured: 2 x 1 tbsp (12 g)"),
        ),
    ),
    Phrase(
        text="I made a turkey sandwich with 2 slices of wheat bread, 3 oz turkey, a slice of provolone and a tsp of mustard",
        kind="dish",
        sentence=True,
        items=(
            Item(
                "18075",
                56.0,
                "18075 Bread, whole-wheat, commercially prepared: 2 x 1 slice (28 g); wheat bread = whole-wheat",
            ),
            Item(
                "07081",
                85.1,
                "07081 Turkey breast, sliced, prepackaged: 3 oz x 28.35 g of sliced turkey breast (prepackaged lunch meat)",
            ),
            Item("01035", 28.0, "01035 Cheese, provolone: 1 slice (1 oz) = 28 g"),
            Item("02046", 5.0, "02046 Mustard, prepared, yellow: 1 tsp = 5 g (yellow mustard)"),
        ),
    ),
    Phrase(
        text="2 cheese enchiladas with half a cup of refried beans",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "21074", 326.0, "21074 Fast foods, enchilada, with cheese: 2 x 1 enchilada (163 g)"
            ),
            Item(
                "16103",
                119.0,
                "16103 Refried beans, canned, traditional style (includes USDA commodity): 0.5 x 1 cup (238 g), canned traditional",
            ),
        ),
    ),
    Phrase(
        text="My roommate and I split an order of sweet and sour chicken",
        kind="dish",
        sentence=True,
        items=(
            Item(
                "36621",
                353.0,
                "36621 Restaurant, Chinese, sweet and sour chicken: half of 1 order (706 g)",
            ),
        ),
    ),
    Phrase(
        text="spinach salad with a hard boiled egg, 2 slices of bacon crumbled, 1/4 cup feta and 2 tbsp italian dressing",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "11457", 60.0, "11457 Spinach, raw: a salad's greens = 2 cups x 30 g (raw spinach)"
            ),
            Item(
                "01129",
                50.0,
                "01129 Egg, whole, cooked, hard-boiled: 1 large = 50 g (the only size SR24 gives)",
            ),
            Item(
                "10124",
                16.0,
                "10124 Pork, cured, bacon, cooked, broiled, pan-fried or roasted: 2 x 1 slice cooked (8 g)",
            ),
            Item("01019", 37.5, "01019 Cheese, feta: 0.25 x 1 cup, crumbled (150 g)"),
            Item(
                "04114",
                29.4,
                "04114 Salad dressing, italian dressing, commercial, regular: 2 x 1 tbsp (14.7 g)",
            ),
        ),
    ),
    Phrase(
        text="breakfast burrito: 2 scrambled eggs, 1/4 cup shredded cheddar, 10 inch flour tortilla",
        kind="dish",
        sentence=False,
        items=(
            Item("01132", 122.0, "01132 Egg, whole, cooked, scrambled: 2 x 1 large (61 g)"),
            Item("01009", 28.2, "01009 Cheese, cheddar: 0.25 x 1 cup, shredded (113 g)"),
            Item(
                "18364",
                72.0,
                '18364 Tortillas, ready-to-bake or -fry, flour, refrigerated: 1 tortilla (approx 10" dia) = 72 g',
            ),
        ),
    ),
    Phrase(
        text="I ate 2 chili dogs at the ballgame",
        kind="dish",
        sentence=True,
        items=(
            Item(
                "21119",
                228.0,
                "21119 Fast foods, hotdog, with chili: 2 x 1 sandwich (114 g), hot dog with chili in its bun",
            ),
        ),
    ),
    Phrase(
        text="plate of nachos with cheese and jalapenos",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "21079",
                204.0,
                "21079 Fast foods, nachos, with cheese and jalapeno peppers: 1 portion (6-8 nachos) = 204 g",
            ),
        ),
    ),
    Phrase(
        text="a pupusa con queso and a beef empanada",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "36409",
                117.0,
                "36409 Restaurant, Latino, pupusas con queso (pupusas, cheese): 1 piece = 117 g",
            ),
            Item(
                "36403", 89.0, "36403 Restaurant, Latino, empanadas, beef, prepared: 1 piece = 89 g"
            ),
        ),
    ),
    Phrase(
        text="2 pork tamales",
        kind="dish",
        sentence=False,
        items=(
            Item("36412", 284.0, "36412 Restaurant, Latino, tamale, pork: 2 x 1 piece (142 g)"),
        ),
    ),
    Phrase(
        text="a beef chimichanga",
        kind="dish",
        sentence=False,
        items=(
            Item("21070", 174.0, "21070 Fast foods, chimichanga, with beef: 1 chimichanga = 174 g"),
        ),
    ),
    Phrase(
        text="1 cup oatmael with 1/2 cup bluberries",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "08121",
                234.0,
                "08121 Cereals, oats, regular and quick, unenriched, cooked with water (includes boiling and microwaving), without salt: 1 cup cooked oatmeal = 234 g",
            ),
            Item("09050", 74.0, "09050 Blueberries, raw: 0.5 x 1 cup (148 g)"),
        ),
    ),
    Phrase(
        text="grilld samon 5 oz",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "15237",
                141.8,
                "15237 Fish, salmon, Atlantic, farmed, cooked, dry heat: 5 oz x 28.35 g of cooked salmon (Atlantic, farmed, dry heat)",
            ),
        ),
    ),
    Phrase(
        text="i had 2 slices of dominos peperoni pizza for lunch",
        kind="typo",
        sentence=True,
        items=(
            Item(
                "21280",
                226.0,
                "21280 DOMINO'S 14\" Pepperoni Pizza, Classic Hand-Tossed Crust: 2 x 1 slice (113 g); crust not said: Classic Hand-Tossed",
            ),
        ),
    ),
    Phrase(
        text="a bowl of frosted flaks with skim milk",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "08069",
                30.0,
                "08069 Cereals ready-to-eat, KELLOGG, KELLOGG'S FROSTED FLAKES: a bowl of cereal = its NLEA serving, 0.75 cup = 30 g",
            ),
            Item(
                "01085",
                122.5,
                "01085 Milk, nonfat, fluid, with added vitamin A and vitamin D (fat free or skim): milk named: 1/2 cup = 0.5 x 245 g",
            ),
        ),
    ),
    Phrase(
        text="6 chiken nugets from mcdonalds",
        kind="typo",
        sentence=False,
        items=(
            Item("21309", 95.0, "21309 McDONALD'S, Chicken McNUGGETS: 6 pieces (3.4 oz) = 95 g"),
        ),
    ),
    Phrase(
        text="steamed brocolli and cauliflour, a cup of each",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "11091",
                156.0,
                "11091 Broccoli, cooked, boiled, drained, without salt: 1 cup = 2 x 0.5 cup, chopped (78 g); steamed counted as boiled, drained",
            ),
            Item(
                "11136",
                124.0,
                "11136 Cauliflower, cooked, boiled, drained, without salt: 1 cup = 2 x 0.5 cup (62 g); steamed counted as boiled, drained",
            ),
        ),
    ),
    Phrase(
        text="we shared mozarella sticks at applebees and i ate 3",
        kind="typo",
        sentence=True,
        items=(Item("36004", 96.0, "36004 APPLEBEE'S, mozzarella sticks: 3 x 1 piece (32 g)"),),
    ),
    Phrase(
        text="a banana w/ 2 tbsp of penut butter",
        kind="typo",
        sentence=False,
        items=(
            Item("09040", 118.0, "09040 Bananas, raw: 1 medium = 118 g (size not said: medium)"),
            Item("16098", 32.0, "16098 Peanut butter, smooth style, with salt: 2 tbsp = 32 g"),
        ),
    ),
    Phrase(
        text="a bowl of campbells tomatoe soup made with water",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "06559",
                372.0,
                "06559 Soup, tomato, canned, prepared with equal volume water, commercial: a bowl of soup = 1.5 cups x 248 g (canned tomato soup made up with water)",
            ),
        ),
    ),
    Phrase(
        text="rasberries 1 cup",
        kind="typo",
        sentence=False,
        items=(Item("09302", 123.0, "09302 Raspberries, raw: 1 cup = 123 g"),),
    ),
    Phrase(
        text="chiken quesadila from taco bell",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "21488",
                180.0,
                "21488 Fast foods, quesadilla, with chicken: 1 each quesadilla = 180 g (SR24 has no Taco Bell quesadilla: the fast-food chicken quesadilla)",
            ),
        ),
    ),
    Phrase(
        text="I made two and a half cups of microwave popcorn",
        kind="words",
        sentence=True,
        items=(
            Item(
                "19035",
                27.5,
                "19035 Snacks, popcorn, oil-popped, microwave, regular flavor: 2.5 x 1 cup (11 g)",
            ),
        ),
    ),
    Phrase(
        text="we ordered little caesars and I had a couple slices of cheese",
        kind="words",
        sentence=True,
        items=(
            Item(
                "21287",
                178.0,
                '21287 LITTLE CAESARS 14" Original Round Cheese Pizza, Regular Crust: a couple = 2 x 1 slice (89 g); the Original Round cheese pizza, regular crust',
            ),
        ),
    ),
    Phrase(
        text="two thirds of a cup of couscous",
        kind="words",
        sentence=False,
        items=(Item("20029", 104.7, "20029 Couscous, cooked: 2/3 x 1 cup, cooked (157 g)"),),
    ),
    Phrase(
        text="thirty peanuts",
        kind="words",
        sentence=False,
        items=(
            Item(
                "16090",
                30.0,
                "16090 Peanuts, all types, dry-roasted, with salt: 30 x 1 peanut (1 g), dry-roasted, salted (the snack peanut)",
            ),
        ),
    ),
    Phrase(
        text="twelve ounces of orange juice",
        kind="words",
        sentence=False,
        items=(
            Item(
                "09209",
                373.5,
                "09209 Orange juice, chilled, includes from concentrate: 12 fl oz = 1.5 cups x 249 g (chilled, includes from concentrate)",
            ),
        ),
    ),
    Phrase(
        text="a tablespoon and a half of olive oil",
        kind="words",
        sentence=False,
        items=(
            Item("04053", 20.2, "04053 Oil, olive, salad or cooking: 1.5 x 1 tablespoon (13.5 g)"),
        ),
    ),
    Phrase(
        text="half a dozen strawberries",
        kind="words",
        sentence=False,
        items=(
            Item(
                "09316",
                72.0,
                '09316 Strawberries, raw: 6 x 1 medium (1-1/4" dia) (12 g) (size not said: medium)',
            ),
        ),
    ),
    Phrase(
        text="two dozen grapes",
        kind="words",
        sentence=False,
        items=(
            Item(
                "09132",
                117.6,
                "09132 Grapes, red or green (European type, such as Thompson seedless), raw: 24 grapes at 10 grapes = 49 g",
            ),
        ),
    ),
    Phrase(
        text="I ate a couple handfuls of cashews while watching tv",
        kind="words",
        sentence=True,
        items=(
            Item(
                "12586",
                56.7,
                "12586 Nuts, cashew nuts, oil roasted, with salt added: a handful of nuts = 1 oz; a couple = 2 x 28.35 g (snack cashews: oil roasted, salted)",
            ),
        ),
    ),
    Phrase(
        text="I had a hundred grams of grilled chicken breast",
        kind="words",
        sentence=True,
        items=(
            Item(
                "05064",
                100.0,
                "05064 Chicken, broilers or fryers, breast, meat only, cooked, roasted: 100 g of cooked breast meat (roasted, the dry-heat entry, stands for grilled)",
            ),
        ),
    ),
    Phrase(
        text="three fourths of a cup of blueberries",
        kind="words",
        sentence=False,
        items=(Item("09050", 111.0, "09050 Blueberries, raw: 0.75 x 1 cup (148 g)"),),
    ),
    Phrase(
        text="I roasted a pork tenderloin and had about 4 oz of it",
        kind="cooked",
        sentence=True,
        items=(
            Item(
                "10222",
                113.4,
                "10222 Pork, fresh, loin, tenderloin, separable lean and fat, cooked, roasted: 4 oz x 28.35 g of roasted tenderloin (lean and fat, as served)",
            ),
        ),
    ),
    Phrase(
        text="4 oz broiled tilapia",
        kind="cooked",
        sentence=False,
        items=(
            Item(
                "15262",
                113.4,
                "15262 Fish, tilapia, cooked, dry heat: 4 oz x 28.35 g of cooked tilapia (dry heat = broiled)",
            ),
        ),
    ),
    Phrase(
        text="6 oz of 90% lean ground beef, browned",
        kind="cooked",
        sentence=False,
        items=(
            Item(
                "23565",
                170.1,
                "23565 Beef, ground, 90% lean meat / 10% fat, crumbles, cooked, pan-browned: 6 oz x 28.35 g of the pan-browned crumbles (the cooked weight)",
            ),
        ),
    ),
    Phrase(
        text="a cup of sauteed spinach",
        kind="cooked",
        sentence=False,
        items=(
            Item(
                "11458",
                180.0,
                "11458 Spinach, cooked, boiled, drained, without salt: 1 cup = 180 g of cooked spinach (SR24 has no sauteed spinach: boiled, drained, the closest cooked form)",
            ),
        ),
    ),
    Phrase(
        text="I roasted three small red potatoes for dinner",
        kind="cooked",
        sentence=True,
        items=(
            Item(
                "11358",
                414.0,
                '11358 Potatoes, red, flesh and skin, baked: 3 x 1 potato small (1-3/4" to 2-1/2" dia.) (138 g), red potatoes baked (roasted counted as baked)',
            ),
        ),
    ),
    Phrase(
        text="2 rotisserie chicken drumsticks",
        kind="cooked",
        sentence=False,
        items=(
            Item(
                "05349",
                106.0,
                "05349 Chicken, broilers or fryers, drumstick, meat and skin, cooked, rotisserie, original seasoning: 2 x 1 drumstick (53 g), meat and skin",
            ),
        ),
    ),
    Phrase(
        text="a cup of cooked lentils",
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
        text="1 cup roasted butternut squash",
        kind="cooked",
        sentence=False,
        items=(
            Item(
                "11486",
                205.0,
                "11486 Squash, winter, butternut, cooked, baked, without salt: 1 cup, cubes = 205 g (roasted counted as baked)",
            ),
        ),
    ),
    Phrase(
        text="I broiled 2 turkey burgers for dinner, no buns",
        kind="cooked",
        sentence=True,
        items=(
            Item(
                "05306",
                164.0,
                "05306 Poultry food products, ground turkey, cooked: 2 x 1 patty (4 oz raw) yield after cooking (82 g)",
            ),
        ),
    ),
    Phrase(
        text="a cup of sauteed mushrooms",
        kind="cooked",
        sentence=False,
        items=(
            Item(
                "11263",
                108.0,
                "11263 Mushrooms, white, stir-fried: 1 cup sliced = 108 g (white mushrooms, stir-fried: the pan-cooked entry)",
            ),
        ),
    ),
    Phrase(
        text="a broiled catfish fillet",
        kind="cooked",
        sentence=False,
        items=(
            Item(
                "15235",
                143.0,
                "15235 Fish, catfish, channel, farmed, cooked, dry heat: 1 fillet = 143 g, cooked dry heat (farmed: the catfish sold in stores)",
            ),
        ),
    ),
    Phrase(
        text="two eggs over easy",
        kind="eggs",
        sentence=False,
        items=(
            Item(
                "01128",
                92.0,
                "01128 Egg, whole, cooked, fried: 2 x 1 large (46 g), fried (large: the only size SR24 gives for fried eggs)",
            ),
        ),
    ),
    Phrase(
        text="4 egg whites scrambled",
        kind="eggs",
        sentence=False,
        items=(
            Item(
                "01124",
                132.0,
                "01124 Egg, white, raw, fresh: 4 x 1 large (33 g); SR24 has only raw egg white, and cooking in a pan keeps its weight",
            ),
        ),
    ),
    Phrase(
        text="I had a couple of soft boiled eggs",
        kind="eggs",
        sentence=True,
        items=(
            Item(
                "01129",
                100.0,
                "01129 Egg, whole, cooked, hard-boiled: a couple = 2 x 1 large (50 g); SR24 has no soft-boiled egg: hard-boiled",
            ),
        ),
    ),
    Phrase(
        text="veggie omelet with 2 eggs, 1/4 cup diced bell pepper and 1/4 cup onion",
        kind="eggs",
        sentence=False,
        items=(
            Item("01130", 122.0, "01130 Egg, whole, cooked, omelet: 2 x 1 large (61 g)"),
            Item(
                "11333",
                37.2,
                "11333 Peppers, sweet, green, raw: 0.25 x 1 cup, chopped (149 g); bell pepper not said: green",
            ),
            Item("11282", 40.0, "11282 Onions, raw: 0.25 x 1 cup, chopped (160 g)"),
        ),
    ),
    Phrase(
        text="egg salad sandwich on white, made with 2 eggs and a tbsp of mayo",
        kind="eggs",
        sentence=False,
        items=(
            Item(
                "01129",
                100.0,
                "01129 Egg, whole, cooked, hard-boiled: 2 x 1 large (50 g), hard-boiled (SR24 has no egg salad: counted by its parts)",
            ),
            Item(
                "04025",
                13.8,
                "04025 Salad dressing, mayonnaise, soybean oil, with salt: 1 tbsp = 13.8 g",
            ),
            Item(
                "18069",
                50.0,
                "18069 Bread, white, commercially prepared (includes soft bread crumbs): a sandwich = 2 x 1 slice (25 g), regular white bread",
            ),
        ),
    ),
    Phrase(
        text="breakfast was 3 eggs sunny side up and 2 slices of bacon",
        kind="eggs",
        sentence=True,
        items=(
            Item("01128", 138.0, "01128 Egg, whole, cooked, fried: 3 x 1 large (46 g), fried"),
            Item(
                "10124",
                16.0,
                "10124 Pork, cured, bacon, cooked, broiled, pan-fried or roasted: 2 x 1 slice cooked (8 g)",
            ),
        ),
    ),
    Phrase(
        text="2 medium eggs, hard boiled",
        kind="eggs",
        sentence=False,
        items=(
            Item(
                "01129",
                88.0,
                "01129 Egg, whole, cooked, hard-boiled: 2 x 44 g: SR24 sizes hard-boiled eggs only as large (50 g, the raw large egg's weight), so a medium one is its raw weight, 44 g",
            ),
        ),
    ),
    Phrase(
        text="one jumbo egg, scrambled",
        kind="eggs",
        sentence=False,
        items=(
            Item(
                "01132",
                76.9,
                "01132 Egg, whole, cooked, scrambled: a large scrambled egg is 61 g from a 50 g raw large egg; a jumbo egg (63 g raw) scaled the same: 76.9 g",
            ),
        ),
    ),
    Phrase(
        text="I made a 2 egg omelette with a slice of american cheese",
        kind="eggs",
        sentence=True,
        items=(
            Item("01130", 122.0, "01130 Egg, whole, cooked, omelet: 2 x 1 large (61 g)"),
            Item(
                "01042",
                21.0,
                "01042 Cheese, pasteurized process, American, fortified with vitamin D: 1 slice (3/4 oz) = 21 g (the usual wrapped slice)",
            ),
        ),
    ),
    Phrase(
        text="100g rolled oats",
        kind="units",
        sentence=False,
        items=(
            Item(
                "08120",
                100.0,
                "08120 Cereals, oats, regular and quick, not fortified, dry: 100 g of dry oats (rolled oats weighed before cooking)",
            ),
        ),
    ),
    Phrase(
        text="300 ml whole milk",
        kind="units",
        sentence=False,
        items=(
            Item(
                "01077",
                309.4,
                "01077 Milk, whole, 3.25% milkfat, with added vitamin D: 300 ml / 236.6 ml per cup x 244 g",
            ),
        ),
    ),
    Phrase(
        text="2 oz pretzels",
        kind="units",
        sentence=False,
        items=(
            Item(
                "19047",
                56.7,
                "19047 Snacks, pretzels, hard, plain, salted: 2 oz x 28.35 g (hard, salted)",
            ),
        ),
    ),
    Phrase(
        text="500 ml apple juice",
        kind="units",
        sentence=False,
        items=(
            Item(
                "09016",
                524.1,
                "09016 Apple juice, canned or bottled, unsweetened, without added ascorbic acid: 500 ml / 236.6 ml per cup x 248 g",
            ),
        ),
    ),
    Phrase(
        text="I crumbled 75 g of feta over my salad",
        kind="units",
        sentence=True,
        items=(Item("01019", 75.0, "01019 Cheese, feta: 75 g"),),
    ),
    Phrase(
        text="1 kg watermelon",
        kind="units",
        sentence=False,
        items=(Item("09326", 1000.0, "09326 Watermelon, raw: 1 kg = 1000 g"),),
    ),
    Phrase(
        text="45g cheddar",
        kind="units",
        sentence=False,
        items=(Item("01009", 45.0, "01009 Cheese, cheddar: 45 g"),),
    ),
    Phrase(
        text="5 oz cooked shrimp",
        kind="units",
        sentence=False,
        items=(
            Item(
                "15151",
                141.8,
                "15151 Crustaceans, shrimp, mixed species, cooked, moist heat: 5 oz x 28.35 g (cooked, moist heat)",
            ),
        ),
    ),
    Phrase(
        text="40 g almonds",
        kind="units",
        sentence=False,
        items=(Item("12061", 40.0, "12061 Nuts, almonds: 40 g"),),
    ),
    Phrase(
        text="had half a liter of beer at the beer garden",
        kind="units",
        sentence=True,
        items=(
            Item(
                "14003",
                502.1,
                "14003 Alcoholic beverage, beer, regular, all: 500 ml = 16.9 fl oz x 29.7 g (regular beer)",
            ),
        ),
    ),
    Phrase(
        text="I ate 200 grams of spaghetti",
        kind="units",
        sentence=True,
        items=(
            Item(
                "20121",
                200.0,
                "20121 Spaghetti, cooked, enriched, without added salt: 200 g of cooked spaghetti (plain pasta = cooked enriched spaghetti)",
            ),
        ),
    ),
)
