# ruff: noqa: E501
"""The eleventh held-out set of the /log accuracy phrases: never to be read, run or tuned on.

Written on 2026-12-07 apart from the code, from the USDA SR24 records alone (the archive
/work/shared/data/usda_sr24.jar, searched with throwaway scripts in /tmp; every item's grams are
worked out from the entry's own household measures by a script that prints the measure it used into
the basis, and every energy was checked by a script summing the packaged table's values of the items
through `tests.meals.phrases.table`, which also showed every uid is in the table). Not read:
anything under healthbot/ (the parser, its aliases, units, common_names, recipes, ranking, search,
the meal service), tests/food/, any other test of the parser, bench/ (beyond a grep for SET_NAMES,
to see how a set is registered), `held_out_10` (not opened; the SET_NAMES grep ran over tests/ with
that file's lines filtered out of its output; its texts were compared with this set's by the
structure test, whose failing assertion printed the start of both sets of texts, six of
`held_out_10`'s among them, and then by a script printing only this set's own texts that repeated
one: 1 did, and was reworded) and any score; the scorer was never run and the bot never saw these
phrases. The texts of `development`, `held_out` and `held_out_2` to `held_out_9` were compared by
script only to print this set's own texts that repeated one (9 did, and were reworded). Read: the
conventions in `tests.meals.phrases`, `tests.meals.phrases.table`, the structure test
tests/meals/test_phrase_set.py, and `held_out_9`'s docstring (its conventions), its first 9 phrases
(for the format) and its `kind` labels (every set holds the same kinds).

161 phrases, 80 of them whole sentences, in US, British, Irish, Australian, NZ, Canadian, Indian,
South African, Singaporean, Filipino, Nigerian, Kenyan, Jamaican and second-language English,
following the conventions of `tests.meals.phrases` and those `held_out_9` states (each basis says
which applied). Where SR24 has no exact food the closest entry is used and the basis says so.
Conventions this set adds where the others leave a case open:

- coffee and tea: a cappuccino = its shots, and steamed milk filling half of the rest of the cup
  (the other half foam, not counted: tall = 1 shot and 5.5 fl oz milk); a flat white = 2 shots and 4
  fl oz milk; a decaf latte's shots = decaf espresso; a mug of coffee = 8 fl oz; a kopi = 6 fl oz of
  brewed coffee (as `held_out_9`'s teh tarik holds 6 fl oz of tea), kopi C = a kopi with 1 tbsp (0.5
  fl oz) evaporated milk, kosong = no sugar; a Tim Hortons medium = 14 fl oz, a double double = 2
  creams (individual half-and-half containers) and 2 sugar packets; a sugar stirred in at home = 1
  tsp (in a coffee-shop order a packet, as before); Nescafe = instant coffee made with water;
  builder's tea and a cuppa = a mug of black tea (with a splash of milk for a cuppa); Peak milk
  (Nigerian) = evaporated milk, 1 tbsp in a cup of tea;
- drinks: a stubby (Australian) = a 375 ml bottle; a large glass of wine (UK) = 250 ml; 50cl = 500
  ml; a double = two 1.5 fl oz shots; Guinness = SR24's regular beer (it has no stout); gin = SR24's
  only gin entry (90 proof); a fast-food or fountain Coke = cola at the entry's own cup size, a coke
  otherwise = a 12 fl oz can; buko juice = coconut water, one coconut = the entry's yield of one
  coconut; hot chocolate made with water = cocoa mix prepared with water;
- amounts: a couple = 2, half a dozen = 6, a dozen = 12; a correction counts only the corrected
  amount; ounces or grams typed of a cooked food = cooked weight, of oats = dry oats; a soup of
  unsaid amount = a bowl; a tin (UK, Australian) = a can; a strip of bacon = a slice; peanut butter
  on one slice of toast = 1 tbsp; cream cheese on half a bagel = 1 tbsp; Vegemite = yeast extract
  spread, 1 tsp per slice of toast; beans on a jacket potato or toast = 1/2 cup of baked beans,
  cheese on one = 1 oz cheddar; a hot dog = a beef and pork frankfurter in its bun;
- foods: steak of unsaid cut = top sirloin, broiled; grilled chicken breast = roasted breast meat;
  salmon of unsaid kind = farmed Atlantic, cooked; tuna of unsaid kind = light tuna canned in water,
  drained; pizza of unsaid chain = SR24's pizza-chain 14" regular crust; steamed broccoli = boiled;
  mixed veg = frozen mixed vegetables, boiled; mac n cheese = the macaroni and cheese entree; chilli
  = chili con carne with beans; duck and quail eggs, cooked = the raw whole egg (SR24 has no cooked
  one); mayo = regular mayonnaise; ham = sliced regular ham; wholemeal = whole-wheat;
- regional words: Hungry Jack's = Burger King; Timmies = Tim Hortons; dodo = ripe plantain fried
  (SR24's yellow fried plantain); bee hoon = cooked rice noodles; prawns = shrimp; kumara = sweet
  potato; pandesal = a small dinner roll; mandarin = tangerine; rice and peas (Jamaican) = rice and
  red beans; curry goat = roasted goat; mielie = an ear of corn (as before); jacket potato = baked
  in skin; spud = potato; tea (British) = the evening meal; brekkie = breakfast; arvo = afternoon;
  took (Nigerian) = ate.

It is never to be read, run or looked at while tuning. It is scored ONCE, by a lead, at the end of a
tuning round (the round after `held_out_10`'s), with `python bench/eval_food_log.py --set
held_out_11`, and that score is the round's result. Never move a phrase between this set and another
one, never edit a phrase or its items after seeing how the bot does on it, and never tune against
it: once it has been scored, the round after needs a new held-out set.

Scored once, on 2026-12-07 at febd7f8, at the end of the round that tuned on `development`,
`held_out` and `held_out_2` to `held_out_10` (a chain's item as people order it and a place
naming the chain, what is held from a menu item, an amount after a comma in its vessel, times,
purposes and eateries around an item, egg dishes made with N eggs, a food named twice by two
names; takeout orders, pies and bars as served, energy drinks and beers by their can and country,
grape nicknames, ready meals, measures named by a word said with the food): 116 of 161 within
max(10%, 15 kcal) (72.0%), asked 26 (16.1%), refused 0, committed items more than 25% off 21/241
(8.7%); sentences 72%, notes 72%; weakest kinds: meal sentences 36% (55% asked), dishes 55%, then
coffee, drinks, counts and typos 64%. The used sets at the same commit: 96.4, 92.0, 95.2, 96.3,
92.7, 94.0, 91.5, 89.4, 88.5, 92.5, 93.3%. Now a set to tune on; `held_out_12` is the next
round's measure.
"""

from __future__ import annotations

from tests.meals.phrases import Item, Phrase

PHRASES: tuple[Phrase, ...] = (
    Phrase(
        text="Had a Big Mac, medium chips and a medium Coke from Maccas",
        kind="chain",
        sentence=True,
        items=(
            Item("21237", 219.0, "21237 McDONALD'S, BIG MAC: 1 item = 219 g"),
            Item(
                "21238",
                117.0,
                "21238 McDONALD'S, French Fries: 1 medium serving = 117 g; chips (Australian) = fries; Maccas = McDonald's",
            ),
            Item(
                "14400",
                486.0,
                "14400 Carbonated beverage, cola, contains caffeine: 1 cup medium 21 fl oz size = 486 g; a fast-food Coke = cola, the entry's own cup size",
            ),
        ),
    ),
    Phrase(
        text="filet o fish n hash brown mcdonalds",
        kind="chain",
        sentence=False,
        items=(
            Item("21232", 142.0, "21232 McDONALD'S, FILET-O-FISH: 1 item = 142 g"),
            Item(
                "21319",
                56.0,
                "21319 McDONALD'S, Hash Browns: 2 oz = 56 g; one hash brown = the entry's 2 oz item",
            ),
        ),
    ),
    Phrase(
        text="Got a whopper with cheese and small chips from Hungry Jack's",
        kind="chain",
        sentence=True,
        items=(
            Item(
                "21253",
                316.0,
                "21253 BURGER KING, WHOPPER, with cheese: 1 item = 316 g; Hungry Jack's = Burger King (Australia)",
            ),
            Item(
                "21249",
                74.0,
                "21249 BURGER KING, French Fries: 1 small serving = 74 g; chips (Australian) = fries",
            ),
        ),
    ),
    Phrase(
        text="KFC 3 piece original recipe - breast, thigh and wing, plus a coleslaw",
        kind="chain",
        sentence=False,
        items=(
            Item(
                "21434",
                201.0,
                "21434 KENTUCKY FRIED CHICKEN, Fried Chicken, ORIGINAL RECIPE, Breast, meat and skin with breading: 1 breast, with skin = 201 g; a piece as served = the with-skin measure",
            ),
            Item(
                "21436",
                152.0,
                "21436 KENTUCKY FRIED CHICKEN, Fried Chicken, ORIGINAL RECIPE, Thigh, meat and skin with breading: 1 thigh, with skin = 152 g",
            ),
            Item(
                "21437",
                65.0,
                "21437 KENTUCKY FRIED CHICKEN, Fried Chicken, ORIGINAL RECIPE, Wing, meat and skin with breading: 1 wing, with skin = 65 g",
            ),
            Item(
                "21420",
                112.0,
                "21420 KENTUCKY FRIED CHICKEN, Coleslaw: 1 package = 112 g; a coleslaw = one package",
            ),
        ),
    ),
    Phrase(
        text="We ordered Domino's and I ate 2 slices of the pepperoni hand tossed",
        kind="chain",
        sentence=True,
        items=(
            Item(
                "21280",
                226.0,
                "21280 DOMINO'S 14\" Pepperoni Pizza, Classic Hand-Tossed Crust: 2 x 1 slice (113 g) = 226 g; only the slices this person ate",
            ),
        ),
    ),
    Phrase(
        text="three slices of a 12 inch pizza hut pan pizza, just cheese",
        kind="chain",
        sentence=False,
        items=(
            Item(
                "21272",
                300.0,
                '21272 PIZZA HUT 12" Cheese Pizza, Pan Crust: 3 x 1 slice (100 g) = 300 g',
            ),
        ),
    ),
    Phrase(
        text="I got a bean burrito and nachos supreme at taco bell",
        kind="chain",
        sentence=True,
        items=(
            Item("21264", 185.0, "21264 TACO BELL, Bean Burrito: 1 each burrito = 185 g"),
            Item("21269", 195.0, "21269 TACO BELL, Nachos Supreme: 1 item = 195 g"),
        ),
    ),
    Phrase(
        text="Wendys classic double w cheese and a medium frosty",
        kind="chain",
        sentence=False,
        items=(
            Item("21243", 310.0, "21243 WENDY'S, CLASSIC DOUBLE, with cheese: 1 item = 310 g"),
            Item(
                "21248", 298.0, "21248 WENDY'S, Frosty Dairy Dessert: 1 medium 16 oz. cup = 298 g"
            ),
        ),
    ),
    Phrase(
        text="10 pc mcnuggets with bbq sauce",
        kind="chain",
        sentence=False,
        items=(
            Item("21309", 159.0, "21309 McDONALD'S, Chicken McNUGGETS: 10 pieces 5.6 oz = 159 g"),
            Item(
                "21310",
                28.0,
                "21310 McDONALD'S, Barbeque Sauce: 1 package = 28 g; one sauce = one package",
            ),
        ),
    ),
    Phrase(
        text="I had two Popeyes spicy drumsticks and a biscuit for lunch",
        kind="chain",
        sentence=True,
        items=(
            Item(
                "21453",
                136.0,
                "21453 POPEYES, Fried Chicken, Spicy, Drumstick, meat and skin with breading, analyzed prior to January 2007: 2 x 1 drumstick, with skin (68 g) = 136 g; a piece as served = the with-skin measure",
            ),
            Item("21415", 59.0, "21415 POPEYES, Biscuit: 1 biscuit = 59 g"),
        ),
    ),
    Phrase(
        text="Grabbed a sausage egg and cheese mcgriddle on the way to work",
        kind="chain",
        sentence=True,
        items=(
            Item(
                "21329",
                199.0,
                "21329 McDONALD'S, Sausage, Egg & Cheese McGRIDDLES: 1 item 7 oz = 199 g",
            ),
        ),
    ),
    Phrase(
        text="grande skinny latte",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14210",
                60.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 2 x 1 fluid ounce (30 g) = 60 g; grande = 2 shots",
            ),
            Item(
                "01085",
                397.8,
                "01085 Milk, nonfat, fluid, with added vitamin A and vitamin D (fat free or skim): 13 fl oz x (1 fl oz = 30.6 g) = 397.8 g; skinny = nonfat milk; a latte is its shots (tall 1, grande 2; 1 fl oz each) plus the milk filling the cup under 1 fl oz of foam: 16 - 2 - 1 = 13 fl oz",
            ),
        ),
    ),
    Phrase(
        text="Can you log a tall cappuccino with whole milk please",
        kind="coffee",
        sentence=True,
        items=(
            Item(
                "14210",
                30.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 1 fluid ounce = 30 g; tall = 1 shot",
            ),
            Item(
                "01077",
                167.75,
                "01077 Milk, whole, 3.25% milkfat, with added vitamin D: 5.5 fl oz x (1 fl oz = 30.5 g) = 167.75 g; a cappuccino's cup after its shots is half steamed milk, half foam (foam not counted): (12 - 1) / 2 = 5.5 fl oz",
            ),
        ),
    ),
    Phrase(
        text="flat white with full cream milk and a slice of banana bread",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14210",
                60.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 2 x 1 fluid ounce (30 g) = 60 g; a flat white = 2 shots",
            ),
            Item(
                "01077",
                122.0,
                "01077 Milk, whole, 3.25% milkfat, with added vitamin D: 4 fl oz x (1 fl oz = 30.5 g) = 122 g; a flat white's milk = 4 fl oz (a 6 fl oz cup); full cream = whole milk",
            ),
            Item(
                "18019",
                60.0,
                "18019 Bread, banana, prepared from recipe, made with margarine: 1 slice = 60 g",
            ),
        ),
    ),
    Phrase(
        text="Had a long black and a blueberry muffin at the cafe this arvo",
        kind="coffee",
        sentence=True,
        items=(
            Item(
                "14210",
                60.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 2 x 1 fluid ounce (30 g) = 60 g; a long black = 2 shots, the hot water not counted",
            ),
            Item(
                "18274",
                113.0,
                "18274 Muffins, blueberry, commercially prepared (Includes mini-muffins): 1 medium = 113 g; a size not said is medium",
            ),
        ),
    ),
    Phrase(
        text="Just now I drank kopi c kosong and ate 2 soft boiled eggs",
        kind="coffee",
        sentence=True,
        items=(
            Item(
                "14209",
                178.0,
                "14209 Coffee, brewed from grounds, prepared with tap water: 6 fl oz = 178 g; kopi = 6 fl oz of brewed coffee",
            ),
            Item(
                "01096",
                15.75,
                "01096 Milk, canned, evaporated, with added vitamin D and without added vitamin A: 0.5 fl oz x (1 fl oz = 31.5 g) = 15.75 g; kopi C = kopi with 1 tbsp (0.5 fl oz) evaporated milk; kosong = no sugar",
            ),
            Item(
                "01129",
                100.0,
                "01129 Egg, whole, cooked, hard-boiled: 2 x 1 large (50 g) = 100 g; soft-boiled = SR24's hard-boiled egg",
            ),
        ),
    ),
    Phrase(
        text="builders tea with semi skimmed and 2 sugars",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14355",
                237.0,
                "14355 Tea, black, brewed, prepared with tap water: 1 cup (8 fl oz) = 237 g; a mug of tea = 8 fl oz; builder's tea = strong black tea",
            ),
            Item(
                "01079",
                30.5,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 1 fl oz x (1 fl oz = 30.5 g) = 30.5 g; semi-skimmed = 2% milk; a splash of milk = 2 tbsp (1 fl oz), 2% unless said",
            ),
            Item(
                "19335",
                8.4,
                "19335 Sugars, granulated: 2 x 1 tsp (4.2 g) = 8.4 g; a sugar stirred in at home = 1 tsp",
            ),
        ),
    ),
    Phrase(
        text="I drank a cup of Nescafe with milk and one sugar",
        kind="coffee",
        sentence=True,
        items=(
            Item(
                "14215",
                238.4,
                "14215 Coffee, instant, regular, prepared with water: 8 fl oz x (1 fl oz = 29.8 g) = 238.4 g; a cup of coffee = 8 fl oz; Nescafe = instant coffee made with water",
            ),
            Item(
                "01079",
                30.5,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 1 fl oz x (1 fl oz = 30.5 g) = 30.5 g; a splash of milk = 2 tbsp (1 fl oz), 2% unless said",
            ),
            Item(
                "19335",
                4.2,
                "19335 Sugars, granulated: 1 tsp = 4.2 g; a sugar stirred in at home = 1 tsp",
            ),
        ),
    ),
    Phrase(
        text="grabbed a medium double double at timmies on the drive in",
        kind="coffee",
        sentence=True,
        items=(
            Item(
                "14209",
                414.4,
                "14209 Coffee, brewed from grounds, prepared with tap water: 14 fl oz x (1 fl oz = 29.6 g) = 414.4 g; Timmies = Tim Hortons; a Tim Hortons medium = 14 fl oz",
            ),
            Item(
                "01049",
                30.0,
                "01049 Cream, fluid, half and half: 2 x 1 container, individual (.5 fl oz) (15 g) = 30 g; double double = 2 creams and 2 sugars; a cream = an individual half-and-half container",
            ),
            Item(
                "19335",
                5.6,
                "19335 Sugars, granulated: 2 x 1 serving packet (2.8 g) = 5.6 g; a sugar in a coffee-shop order = a packet",
            ),
        ),
    ),
    Phrase(
        text="I take two espresso and one croissant at the bar",
        kind="coffee",
        sentence=True,
        items=(
            Item(
                "14210",
                60.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 2 x 1 fluid ounce (30 g) = 60 g; an espresso = one 1 fl oz shot",
            ),
            Item(
                "18239",
                57.0,
                "18239 Croissants, butter: 1 croissant, medium = 57 g; a size not said is medium",
            ),
        ),
    ),
    Phrase(
        text="decaf tall latte w soy",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14202",
                30.0,
                "14202 Coffee, brewed, espresso, restaurant-prepared, decaffeinated: 1 fluid ounce = 30 g; tall = 1 shot, decaf",
            ),
            Item(
                "16139",
                306.0,
                "16139 Soymilk, original and vanilla, with added calcium, vitamins A and D: 10 fl oz x (1 fl oz = 30.6 g) = 306 g; cafe soy milk = fortified original soymilk; a latte is its shots (tall 1, grande 2; 1 fl oz each) plus the milk filling the cup under 1 fl oz of foam: 12 - 1 - 1 = 10 fl oz",
            ),
        ),
    ),
    Phrase(
        text="Had 2 mugs of coffee with a splash of milk in each this morning",
        kind="coffee",
        sentence=True,
        items=(
            Item(
                "14209",
                474.0,
                "14209 Coffee, brewed from grounds, prepared with tap water: 2 x 1 cup (8 fl oz) (237 g) = 474 g; a mug of coffee = 8 fl oz",
            ),
            Item(
                "01079",
                61.0,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 2 fl oz x (1 fl oz = 30.5 g) = 61 g; a splash of milk = 2 tbsp (1 fl oz), 2% unless said, one per mug",
            ),
        ),
    ),
    Phrase(
        text="2 pints of guinness down the local",
        kind="drink",
        sentence=False,
        items=(
            Item(
                "14003",
                1140.86,
                "14003 Alcoholic beverage, beer, regular, all: 1136 ml / 29.5735 ml per fl oz x (1 fl oz = 29.7 g) = 1140.86 g; an imperial pint (Ireland, UK) = 568 ml, 2 pints = 1136 ml; Guinness = SR24's regular beer (no stout entry)",
            ),
        ),
    ),
    Phrase(
        text="Knocked back 3 stubbies of VB watching the footy",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "14003",
                1129.81,
                "14003 Alcoholic beverage, beer, regular, all: 1125 ml / 29.5735 ml per fl oz x (1 fl oz = 29.7 g) = 1129.81 g; a stubby (Australian) = a 375 ml bottle, 3 = 1125 ml; VB = regular beer",
            ),
        ),
    ),
    Phrase(
        text="large glass of pinot grigio",
        kind="drink",
        sentence=False,
        items=(
            Item(
                "14113",
                247.69,
                "14113 Alcoholic beverage, wine, table, white, Pinot Gris (Grigio): 250 ml / 29.5735 ml per fl oz x (1 fl oz = 29.3 g) = 247.69 g; a large glass of wine (UK pub) = 250 ml",
            ),
        ),
    ),
    Phrase(
        text="rum and coke, make it a double",
        kind="drink",
        sentence=False,
        items=(
            Item(
                "14050",
                84.0,
                "14050 Alcoholic beverage, distilled, rum, 80 proof: 2 x 1 jigger 1.5 fl oz (42 g) = 84 g; a double = 2 shots of 1.5 fl oz",
            ),
            Item(
                "14400",
                153.5,
                "14400 Carbonated beverage, cola, contains caffeine: 5 fl oz x (1 fl oz = 30.7 g) = 153.5 g; a highball's mixer fills an 8 fl oz glass: 8 - 3 = 5 fl oz; coke = cola",
            ),
        ),
    ),
    Phrase(
        text="I drank a 50cl bottle of Fanta orange",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "14150",
                524.12,
                "14150 Carbonated beverage, orange: 500 ml / 29.5735 ml per fl oz x (1 fl oz = 31 g) = 524.12 g; 50cl = 500 ml; Fanta orange = orange soda",
            ),
        ),
    ),
    Phrase(
        text="330ml can of sprite",
        kind="drink",
        sentence=False,
        items=(
            Item(
                "14145",
                343.69,
                "14145 Carbonated beverage, SPRITE, lemon-lime, without caffeine: 330 ml / 29.5735 ml per fl oz x (1 fl oz = 30.8 g) = 343.69 g",
            ),
        ),
    ),
    Phrase(
        text="Had 2 glasses of orange juice with breakfast",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "09209",
                498.0,
                "09209 Orange juice, chilled, includes from concentrate: 2 x 1 cup (249 g) = 498 g; a glass = 8 fl oz = 1 cup; orange juice of unsaid kind = chilled, from concentrate",
            ),
        ),
    ),
    Phrase(
        text="buko juice, one whole coconut",
        kind="drink",
        sentence=False,
        items=(
            Item(
                "12119",
                206.0,
                "12119 Nuts, coconut water (liquid from coconuts): 1 coconut yields = 206 g; buko juice (Filipino) = coconut water",
            ),
        ),
    ),
    Phrase(
        text="Drank a bottle of Gatorade after the game",
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
        text="A can of ginger ale and then a gin and tonic",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "14136",
                366.0,
                "14136 Carbonated beverage, ginger ale: 1 can or bottle (12 fl oz) = 366 g; a can = 12 fl oz",
            ),
            Item(
                "14049",
                42.0,
                "14049 Alcoholic beverage, distilled, gin, 90 proof: 1 jigger 1.5 fl oz = 42 g; a single = one 1.5 fl oz shot; SR24's gin is its 90 proof entry",
            ),
            Item(
                "14155",
                198.25,
                "14155 Carbonated beverage, tonic water: 6.5 fl oz x (1 fl oz = 30.5 g) = 198.25 g; a highball's mixer fills an 8 fl oz glass: 8 - 1.5 = 6.5 fl oz",
            ),
        ),
    ),
    Phrase(
        text="mug of hot chocolate made with water",
        kind="drink",
        sentence=False,
        items=(
            Item(
                "14194",
                274.4,
                "14194 Cocoa mix, powder, prepared with water: 8 fl oz x (1 fl oz = 34.3 g) = 274.4 g; a mug = 8 fl oz; hot chocolate made with water = cocoa mix prepared with water",
            ),
        ),
    ),
    Phrase(
        text="I broke my fast with 3 medjool dates and a glass of milk",
        kind="count",
        sentence=True,
        items=(
            Item("09421", 72.0, "09421 Dates, medjool: 3 x 1 date, pitted (24 g) = 72 g"),
            Item(
                "01079",
                244.0,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 1 cup = 244 g; milk is 2% unless said; a glass = 8 fl oz = 1 cup",
            ),
        ),
    ),
    Phrase(
        text="Ate 5 fish fingers and half a cup of peas",
        kind="count",
        sentence=True,
        items=(
            Item(
                "15027",
                140.0,
                '15027 Fish, fish portions and sticks, frozen, preheated: 5 x 1 stick (4" x 1" x 1/2") (28 g) = 140 g; fish fingers (UK) = fish sticks',
            ),
            Item(
                "11313",
                80.0,
                "11313 Peas, green, frozen, cooked, boiled, drained, without salt: 0.5 cup = 80 g; peas = frozen green peas, boiled",
            ),
        ),
    ),
    Phrase(
        text="had 6 fried chicken wings at the pub",
        kind="count",
        sentence=True,
        items=(
            Item(
                "05102",
                192.0,
                "05102 Chicken, broilers or fryers, wing, meat and skin, cooked, fried, flour: 6 x 1 wing, bone removed (32 g) = 192 g; fried chicken without batter said = flour-fried",
            ),
        ),
    ),
    Phrase(
        text="Ate 2 hot dogs with buns at the ball game",
        kind="count",
        sentence=True,
        items=(
            Item(
                "07023",
                90.0,
                "07023 Frankfurter, beef and pork: 2 x 1 frankfurter (45 g) = 90 g; a hot dog of unsaid meat = beef and pork frankfurter",
            ),
            Item(
                "18350", 84.0, "18350 Rolls, hamburger or hotdog, plain: 2 x 1 roll (42 g) = 84 g"
            ),
        ),
    ),
    Phrase(
        text="4 oreos dunked in a glass of milk",
        kind="count",
        sentence=False,
        items=(
            Item(
                "18166",
                46.0,
                "18166 Cookies, chocolate sandwich, with creme filling, regular: 4 x 1 cookie (11.5 g) = 46 g; Oreo = chocolate sandwich cookie with creme filling",
            ),
            Item(
                "01079",
                244.0,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 1 cup = 244 g; milk is 2% unless said; a glass = 1 cup",
            ),
        ),
    ),
    Phrase(
        text="I ate 2 cheese pupusas",
        kind="count",
        sentence=True,
        items=(
            Item(
                "36409",
                234.0,
                "36409 Restaurant, Latino, pupusas con queso (pupusas, cheese): 2 x 1 piece (117 g) = 234 g",
            ),
        ),
    ),
    Phrase(
        text="15 grapes",
        kind="count",
        sentence=False,
        items=(
            Item(
                "09132",
                73.5,
                "09132 Grapes, red or green (European type, such as Thompson seedless), raw: 15/10 x 10 grapes (49 g) = 73.5 g",
            ),
        ),
    ),
    Phrase(
        text="Ate 2 beef empanadas from the food truck",
        kind="count",
        sentence=True,
        items=(
            Item(
                "36403",
                178.0,
                "36403 Restaurant, Latino, empanadas, beef, prepared: 2 x 1 piece (89 g) = 178 g",
            ),
        ),
    ),
    Phrase(
        text="4 choc chip cookies",
        kind="count",
        sentence=False,
        items=(
            Item(
                "18159",
                48.8,
                "18159 Cookies, chocolate chip, commercially prepared, regular, higher fat, enriched: 4 x 1 cookie (average weight of 1 cookie, variety of brands) (12.2 g) = 48.8 g; choc chip = chocolate chip, commercially prepared",
            ),
        ),
    ),
    Phrase(
        text="Got 2 egg rolls from the chinese place",
        kind="count",
        sentence=True,
        items=(
            Item(
                "36601",
                178.0,
                "36601 Restaurant, Chinese, egg rolls, assorted: 2 x 1 piece (89 g) = 178 g",
            ),
        ),
    ),
    Phrase(
        text="I ate 4 strawberries and 2 kiwis",
        kind="count",
        sentence=True,
        items=(
            Item(
                "09316",
                48.0,
                '09316 Strawberries, raw: 4 x 1 medium (1-1/4" dia) (12 g) = 48 g; a size not said is medium',
            ),
            Item(
                "09148",
                138.0,
                '09148 Kiwifruit, green, raw: 2 x 1 fruit (2" dia) (69 g) = 138 g; kiwi = green kiwifruit',
            ),
        ),
    ),
    Phrase(
        text="I ate 1 cup of boiled yam with 2 fried eggs",
        kind="cooked",
        sentence=True,
        items=(
            Item(
                "11602",
                136.0,
                "11602 Yam, cooked, boiled, drained, or baked, without salt: 1 cup, cubes = 136 g",
            ),
            Item("01128", 92.0, "01128 Egg, whole, cooked, fried: 2 x 1 large (46 g) = 92 g"),
        ),
    ),
    Phrase(
        text="dodo (fried plantain), about a cup",
        kind="cooked",
        sentence=False,
        items=(
            Item(
                "09447",
                169.0,
                "09447 Plantains, yellow, fried, Latino restaurant: 1 cup = 169 g; dodo (Nigerian) = ripe plantain fried, SR24's yellow fried plantain",
            ),
        ),
    ),
    Phrase(
        text="I had a cup of brown rice and a cup of steamed broccoli",
        kind="cooked",
        sentence=True,
        items=(
            Item("20037", 195.0, "20037 Rice, brown, long-grain, cooked: 1 cup = 195 g"),
            Item(
                "11091",
                156.0,
                "11091 Broccoli, cooked, boiled, drained, without salt: 2 x 0.5 cup, chopped (78 g) = 156 g; steamed = boiled, drained (SR24 has no steamed broccoli); 1 cup = 2 x 1/2 cup",
            ),
        ),
    ),
    Phrase(
        text="baked kumara with the skin on",
        kind="cooked",
        sentence=False,
        items=(
            Item(
                "11508",
                114.0,
                '11508 Sweet potato, cooked, baked in skin, without salt: 1 medium (2" dia, 5" long, raw) = 114 g; kumara (NZ) = sweet potato, baked in skin; a size not said is medium',
            ),
        ),
    ),
    Phrase(
        text="Made 2 cups of egg noodles for dinner and ate the lot",
        kind="cooked",
        sentence=True,
        items=(
            Item("20110", 320.0, "20110 Noodles, egg, cooked, enriched: 2 x 1 cup (160 g) = 320 g"),
        ),
    ),
    Phrase(
        text="half a roast chicken breast, skin off",
        kind="cooked",
        sentence=False,
        items=(
            Item(
                "05064",
                86.0,
                "05064 Chicken, broilers or fryers, breast, meat only, cooked, roasted: 0.5 breast, bone and skin removed = 86 g; roast chicken breast without skin = breast meat only, roasted",
            ),
        ),
    ),
    Phrase(
        text="Had a baked cod fillet and 2 small boiled potatoes",
        kind="cooked",
        sentence=True,
        items=(
            Item("15016", 180.0, "15016 Fish, cod, Atlantic, cooked, dry heat: 1 fillet = 180 g"),
            Item(
                "11367",
                250.0,
                '11367 Potatoes, boiled, cooked without skin, flesh, without salt: 2 x 1 small (1-3/4" to 2-1/2" dia.) (125 g) = 250 g; boiled potatoes = boiled without skin, flesh',
            ),
        ),
    ),
    Phrase(
        text="Had a cup of quinoa with half an avocado",
        kind="cooked",
        sentence=True,
        items=(
            Item("20137", 185.0, "20137 Quinoa, cooked: 1 cup = 185 g; quinoa = cooked quinoa"),
            Item(
                "09037",
                100.5,
                "09037 Avocados, raw, all commercial varieties: 1/2 x 1 avocado, NS as to Florida or California (201 g) = 100.5 g",
            ),
        ),
    ),
    Phrase(
        text="1 cup bee hoon with 4 big prawns",
        kind="cooked",
        sentence=False,
        items=(
            Item(
                "20134",
                176.0,
                "20134 Rice noodles, cooked: 1 cup = 176 g; bee hoon (Singapore) = rice vermicelli, cooked rice noodles",
            ),
            Item(
                "15151",
                22.0,
                "15151 Crustaceans, shrimp, mixed species, cooked, moist heat: 4 large = 22 g; prawns = shrimp, cooked; big = large",
            ),
        ),
    ),
    Phrase(
        text="a cup of couscous and a cup of chickpeas",
        kind="cooked",
        sentence=False,
        items=(
            Item(
                "20029",
                157.0,
                "20029 Couscous, cooked: 1 cup, cooked = 157 g; couscous = cooked couscous",
            ),
            Item(
                "16057",
                164.0,
                "16057 Chickpeas (garbanzo beans, bengal gram), mature seeds, cooked, boiled, without salt: 1 cup = 164 g; chickpeas = boiled mature chickpeas",
            ),
        ),
    ),
    Phrase(
        text="Had a bowl of porridge with a spoon of honey",
        kind="cooked",
        sentence=True,
        items=(
            Item(
                "08121",
                234.0,
                "08121 Cereals, oats, regular and quick, unenriched, cooked with water (includes boiling and microwaving), without salt: 1 cup = 234 g; porridge = oats cooked with water; a bowl of oatmeal = 1 cup cooked",
            ),
            Item("19296", 21.0, "19296 Honey: 1 tbsp = 21 g; a spoon of honey = 1 tbsp"),
        ),
    ),
    Phrase(
        text="bowl of chilli with a cup of rice",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "22904",
                363.0,
                "22904 Chili con carne with beans, canned entree: 1.5 x 1 cup (242 g) = 363 g; a bowl of soup, stew or chili = 1.5 cups; chilli = chili con carne with beans",
            ),
            Item(
                "20045",
                158.0,
                "20045 Rice, white, long-grain, regular, cooked: 1 cup = 158 g; rice = cooked white long-grain rice",
            ),
        ),
    ),
    Phrase(
        text="a cup of mac n cheese and a hot dog",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "22970",
                137.0,
                "22970 Macaroni and cheese, frozen entree: 1 cup = 137 g; mac n cheese = SR24's macaroni and cheese entree",
            ),
            Item(
                "07023",
                45.0,
                "07023 Frankfurter, beef and pork: 1 frankfurter = 45 g; a hot dog of unsaid meat = beef and pork frankfurter",
            ),
            Item(
                "18350",
                42.0,
                "18350 Rolls, hamburger or hotdog, plain: 1 roll = 42 g; a hot dog comes in its bun",
            ),
        ),
    ),
    Phrase(
        text="2 cups chinese fried rice and 3 pieces of general tso's chicken",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "36602", 280.0, "36602 Restaurant, Chinese, fried rice: 2 x 1 cup (140 g) = 280 g"
            ),
            Item(
                "36618", 53.0, "36618 Restaurant, Chinese, general tso's chicken: 3 pieces = 53 g"
            ),
        ),
    ),
    Phrase(
        text="Latino chicken and rice, 2 cups",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "36401",
                282.0,
                "36401 Restaurant, Latino, chicken and rice, entree, prepared: 2 x 1 cup (141 g) = 282 g",
            ),
        ),
    ),
    Phrase(
        text="I had a bowl of chicken noodle soup with 5 saltines cause I'm sick",
        kind="dish",
        sentence=True,
        items=(
            Item(
                "06419",
                372.0,
                "06419 Soup, chicken noodle, canned, prepared with equal volume water: 1.5 x 1 serving 1 cup (248 g) = 372 g; a bowl of soup, stew or chili = 1.5 cups; canned chicken noodle soup made with water",
            ),
            Item(
                "18228",
                15.0,
                "18228 Crackers, saltines (includes oyster, soda, soup): 5 x 1 cracker square (3 g) = 15 g",
            ),
        ),
    ),
    Phrase(
        text="Mam's beef stew, 2 cups, with a slice of bread",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "22905",
                392.0,
                "22905 Beef stew, canned entree: 2 x 1 cup (1 serving) (196 g) = 392 g; beef stew = SR24's beef stew entree",
            ),
            Item(
                "18069",
                28.0,
                "18069 Bread, white, commercially prepared (includes soft bread crumbs): 1 slice = 28 g; a slice of white bread = SR24's first slice measure",
            ),
        ),
    ),
    Phrase(
        text="Had a cup of potato salad and 2 slices of ham at the braai",
        kind="dish",
        sentence=True,
        items=(
            Item(
                "11414",
                250.0,
                "11414 Potato salad, home-prepared: 1 cup = 250 g; potato salad = home-prepared",
            ),
            Item(
                "07029",
                56.0,
                "07029 Ham, sliced, regular (approximately 11% fat): 2 x 1 slice (28 g) = 56 g; ham = sliced regular ham",
            ),
        ),
    ),
    Phrase(
        text="Had lasagna for dinner, one serving",
        kind="dish",
        sentence=True,
        items=(
            Item(
                "22916",
                297.0,
                "22916 Lasagna with meat & sauce, frozen entree: 1 serving = 297 g; lasagna = lasagna with meat & sauce entree",
            ),
        ),
    ),
    Phrase(
        text="black bean soup with an arepa",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "36413",
                369.0,
                "36413 Restaurant, Latino, black bean soup: 1.5 x 1 cup (246 g) = 369 g; a bowl of soup, stew or chili = 1.5 cups; a soup of unsaid amount = a bowl",
            ),
            Item(
                "36415",
                98.0,
                "36415 Restaurant, Latino, arepa (unleavened cornmeal bread): 1 piece = 98 g",
            ),
        ),
    ),
    Phrase(
        text="Ate the whole order of shrimp and veg from the chinese takeaway",
        kind="dish",
        sentence=True,
        items=(
            Item(
                "36620",
                601.0,
                "36620 Restaurant, Chinese, shrimp and vegetables: 1 order = 601 g; veg = vegetables",
            ),
        ),
    ),
    Phrase(
        text="corned beef hash, a cup, with a fried egg on top",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "22908", 236.0, "22908 Beef, corned beef hash, with potato, canned: 1 cup = 236 g"
            ),
            Item("01128", 46.0, "01128 Egg, whole, cooked, fried: 1 large = 46 g"),
        ),
    ),
    Phrase(
        text="2 scrambled eggs on 2 slices of toast",
        kind="eggs",
        sentence=False,
        items=(
            Item("01132", 122.0, "01132 Egg, whole, cooked, scrambled: 2 x 1 large (61 g) = 122 g"),
            Item(
                "18070",
                44.0,
                "18070 Bread, white, commercially prepared, toasted: 2 x 1 slice (22 g) = 44 g; toast of unsaid bread = white, toasted",
            ),
        ),
    ),
    Phrase(
        text="3 egg omelette with a slice of cheddar",
        kind="eggs",
        sentence=False,
        items=(
            Item("01130", 183.0, "01130 Egg, whole, cooked, omelet: 3 x 1 large (61 g) = 183 g"),
            Item("01009", 28.0, "01009 Cheese, cheddar: 1 slice (1 oz) = 28 g"),
        ),
    ),
    Phrase(
        text="I had 2 poached eggs on an english muffin",
        kind="eggs",
        sentence=True,
        items=(
            Item("01131", 100.0, "01131 Egg, whole, cooked, poached: 2 x 1 large (50 g) = 100 g"),
            Item(
                "18258",
                57.0,
                "18258 English muffins, plain, enriched, with ca prop (includes sourdough): 1 muffin = 57 g",
            ),
        ),
    ),
    Phrase(
        text="Boiled 3 eggs for breakfast and ate them with salt",
        kind="eggs",
        sentence=True,
        items=(
            Item(
                "01129",
                150.0,
                "01129 Egg, whole, cooked, hard-boiled: 3 x 1 large (50 g) = 150 g; salt has no energy",
            ),
        ),
    ),
    Phrase(
        text="omelette made with 4 egg whites only",
        kind="eggs",
        sentence=False,
        items=(
            Item(
                "01124",
                132.0,
                "01124 Egg, white, raw, fresh: 4 x 1 large (33 g) = 132 g; cooked egg whites = raw whites",
            ),
        ),
    ),
    Phrase(
        text="2 eggs over easy and 3 strips of bacon",
        kind="eggs",
        sentence=False,
        items=(
            Item(
                "01128",
                92.0,
                "01128 Egg, whole, cooked, fried: 2 x 1 large (46 g) = 92 g; over easy = fried",
            ),
            Item(
                "10124",
                24.0,
                "10124 Pork, cured, bacon, cooked, broiled, pan-fried or roasted: 3 x 1 slice cooked (8 g) = 24 g; a strip = a slice",
            ),
        ),
    ),
    Phrase(
        text="I fried 2 duck eggs for lunch",
        kind="eggs",
        sentence=True,
        items=(
            Item(
                "01138",
                140.0,
                "01138 Egg, duck, whole, fresh, raw: 2 x 1 egg (70 g) = 140 g; SR24 has no cooked duck egg: the raw whole egg",
            ),
        ),
    ),
    Phrase(
        text="Ate 6 hard boiled quail eggs from the vendor",
        kind="eggs",
        sentence=True,
        items=(
            Item(
                "01140",
                54.0,
                "01140 Egg, quail, whole, fresh, raw: 6 x 1 egg (9 g) = 54 g; SR24 has no cooked quail egg: the raw whole egg",
            ),
        ),
    ),
    Phrase(
        text="I had egg bhurji of 2 eggs with 2 slices bread",
        kind="eggs",
        sentence=True,
        items=(
            Item(
                "01132",
                122.0,
                "01132 Egg, whole, cooked, scrambled: 2 x 1 large (61 g) = 122 g; egg bhurji = scrambled eggs",
            ),
            Item(
                "18069",
                56.0,
                "18069 Bread, white, commercially prepared (includes soft bread crumbs): 2 x 1 slice (28 g) = 56 g; a slice of white bread = SR24's first slice measure",
            ),
        ),
    ),
    Phrase(
        text="Had an egg and cheese croissant from the bakery",
        kind="eggs",
        sentence=True,
        items=(
            Item(
                "21011",
                127.0,
                "21011 Fast foods, croissant, with egg and cheese: 1 croissant = 127 g",
            ),
        ),
    ),
    Phrase(
        text="Brekkie: vegemite on 2 slices of toast",
        kind="label",
        sentence=False,
        items=(
            Item(
                "43406",
                12.0,
                "43406 Yeast extract spread: 2 x 1 tsp (6 g) = 12 g; Vegemite = yeast extract spread; 1 tsp per slice of toast",
            ),
            Item(
                "18070",
                44.0,
                "18070 Bread, white, commercially prepared, toasted: 2 x 1 slice (22 g) = 44 g; toast of unsaid bread = white, toasted",
            ),
        ),
    ),
    Phrase(
        text="Lunch: a ham and cheese sandwich and an apple",
        kind="label",
        sentence=False,
        items=(
            Item(
                "21116",
                146.0,
                "21116 Fast foods, ham and cheese sandwich: 1 sandwich = 146 g; a ham and cheese sandwich = SR24's one entry",
            ),
            Item(
                "09003",
                182.0,
                '09003 Apples, raw, with skin: 1 medium (3" dia) = 182 g; a size not said is medium',
            ),
        ),
    ),
    Phrase(
        text="Dinner = 2 cups white rice + 1 cup dal",
        kind="label",
        sentence=False,
        items=(
            Item(
                "20045",
                316.0,
                "20045 Rice, white, long-grain, regular, cooked: 2 x 1 cup (158 g) = 316 g",
            ),
            Item(
                "16070",
                198.0,
                "16070 Lentils, mature seeds, cooked, boiled, without salt: 1 cup = 198 g; dal = boiled lentils",
            ),
        ),
    ),
    Phrase(
        text="snack - handful of cashews and a mandarin",
        kind="label",
        sentence=False,
        items=(
            Item(
                "12585",
                28.35,
                "12585 Nuts, cashew nuts, dry roasted, with salt added: 1 oz = 28.35 g; a handful of nuts = 1 oz; cashews = dry roasted, salted",
            ),
            Item(
                "09218",
                88.0,
                '09218 Tangerines, (mandarin oranges), raw: 1 medium (2-1/2" dia) = 88 g; mandarin = tangerine; a size not said is medium',
            ),
        ),
    ),
    Phrase(
        text="Merienda: 2 pandesal and a cup of coffee with milk",
        kind="label",
        sentence=False,
        items=(
            Item(
                "18342",
                50.0,
                '18342 Rolls, dinner, plain, commercially prepared (includes brown-and-serve): 2 x 1 each (pan, dinner, or small roll) (2" square, 2" high) (25 g) = 50 g; pandesal (Filipino) = a small dinner roll',
            ),
            Item(
                "14209",
                237.0,
                "14209 Coffee, brewed from grounds, prepared with tap water: 1 cup (8 fl oz) = 237 g; a cup of coffee = 8 fl oz",
            ),
            Item(
                "01079",
                30.5,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 1 fl oz x (1 fl oz = 30.5 g) = 30.5 g; a splash of milk = 2 tbsp (1 fl oz), 2% unless said",
            ),
        ),
    ),
    Phrase(
        text="Tea - jacket potato with beans and cheese",
        kind="label",
        sentence=False,
        items=(
            Item(
                "11674",
                173.0,
                "11674 Potato, baked, flesh and skin, without salt: 1 potato medium = 173 g; tea (British) = the evening meal; a jacket potato = baked in skin; a size not said is medium",
            ),
            Item(
                "16006",
                127.0,
                "16006 Beans, baked, canned, plain or vegetarian: 0.5 x 1 cup (254 g) = 127 g; beans on a jacket potato or toast = 1/2 cup of baked beans",
            ),
            Item(
                "01009",
                28.35,
                "01009 Cheese, cheddar: 1 oz = 28.35 g; cheese on a jacket potato = 1 oz grated cheddar",
            ),
        ),
    ),
    Phrase(
        text="Supper: 2 slices of pepperoni pizza and a coke",
        kind="label",
        sentence=False,
        items=(
            Item(
                "21302",
                222.0,
                '21302 Fast Food, Pizza Chain, 14" pizza, pepperoni topping, regular crust: 2 x 1 slice (111 g) = 222 g; pizza of unsaid chain = SR24\'s pizza-chain 14" regular crust',
            ),
            Item(
                "14400",
                368.0,
                "14400 Carbonated beverage, cola, contains caffeine: 1 can 12 fl oz = 368 g; a coke = a 12 fl oz can of cola",
            ),
        ),
    ),
    Phrase(
        text="Breakfast -- 1 cup cornflakes with half a cup of milk and a banana",
        kind="label",
        sentence=False,
        items=(
            Item(
                "08020",
                28.0,
                "08020 Cereals ready-to-eat, KELLOGG, KELLOGG'S Corn Flakes: 1 cup (1 NLEA serving) = 28 g",
            ),
            Item(
                "01079",
                122.0,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 0.5 x 1 cup (244 g) = 122 g; milk is 2% unless said",
            ),
            Item(
                "09040",
                118.0,
                '09040 Bananas, raw: 1 medium (7" to 7-7/8" long) = 118 g; a size not said is medium',
            ),
        ),
    ),
    Phrase(
        text="Pre-workout: banana and a tablespoon of peanut butter",
        kind="label",
        sentence=False,
        items=(
            Item(
                "09040",
                118.0,
                '09040 Bananas, raw: 1 medium (7" to 7-7/8" long) = 118 g; a size not said is medium',
            ),
            Item(
                "16098",
                16.0,
                "16098 Peanut butter, smooth style, with salt: 1/2 x 2 tbsp (32 g) = 16 g; 1 tbsp = half the 2 tbsp measure",
            ),
        ),
    ),
    Phrase(
        text="Elevenses: a cuppa and a 4 finger kit kat",
        kind="label",
        sentence=False,
        items=(
            Item(
                "14355",
                237.0,
                "14355 Tea, black, brewed, prepared with tap water: 1 cup (8 fl oz) = 237 g; a cuppa (UK) = a mug of tea with a splash of milk; a mug = 8 fl oz",
            ),
            Item(
                "01079",
                30.5,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 1 fl oz x (1 fl oz = 30.5 g) = 30.5 g; a splash of milk = 2 tbsp (1 fl oz), 2% unless said",
            ),
            Item(
                "19109",
                42.0,
                "19109 Candies, KIT KAT Wafer Bar: 1 bar (1.5 oz) = 42 g; a 4 finger Kit Kat = the 1.5 oz bar",
            ),
        ),
    ),
    Phrase(
        text="Lunch: 2 cups ugali and a cup of sukuma wiki",
        kind="label",
        sentence=False,
        items=(
            Item(
                "08091",
                514.0,
                "08091 Cereals, corn grits, white, regular and quick, enriched, cooked with water, without salt: 2 x 1 cup (257 g) = 514 g; ugali = white grits cooked with water",
            ),
            Item(
                "11162",
                190.0,
                "11162 Collards, cooked, boiled, drained, without salt: 1 cup, chopped = 190 g; sukuma wiki = collards, boiled",
            ),
        ),
    ),
    Phrase(
        text="This morning I had 2 slices of wholemeal toast with butter and a cup of tea with milk",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "18076",
                50.0,
                "18076 Bread, whole-wheat, commercially prepared, toasted: 2 x 1 slice (25 g) = 50 g; wholemeal = whole-wheat, toasted",
            ),
            Item(
                "01001",
                10.0,
                '01001 Butter, salted: 2 x 1 pat (1" sq, 1/3" high) (5 g) = 10 g; 1 pat of butter per slice of toast',
            ),
            Item(
                "14355",
                237.0,
                "14355 Tea, black, brewed, prepared with tap water: 1 cup (8 fl oz) = 237 g; a cup of tea = 8 fl oz",
            ),
            Item(
                "01079",
                30.5,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 1 fl oz x (1 fl oz = 30.5 g) = 30.5 g; a splash of milk = 2 tbsp (1 fl oz), 2% unless said",
            ),
        ),
    ),
    Phrase(
        text="For lunch I ate a cup of rice with half a cup of black beans and a cup of fried plantain",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item("20045", 158.0, "20045 Rice, white, long-grain, regular, cooked: 1 cup = 158 g"),
            Item(
                "16015",
                86.0,
                "16015 Beans, black, mature seeds, cooked, boiled, without salt: 0.5 x 1 cup (172 g) = 86 g",
            ),
            Item(
                "09447",
                169.0,
                "09447 Plantains, yellow, fried, Latino restaurant: 1 cup = 169 g; fried plantain = ripe (yellow) fried plantain",
            ),
        ),
    ),
    Phrase(
        text="Last night I had a fried chicken drumstick and thigh, a cup of mashed potatoes and a biscuit",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "05068",
                49.0,
                "05068 Chicken, broilers or fryers, drumstick, meat and skin, cooked, fried, flour: 1 drumstick, bone removed = 49 g; fried chicken without batter said = flour-fried",
            ),
            Item(
                "05093",
                62.0,
                "05093 Chicken, broilers or fryers, thigh, meat and skin, cooked, fried, flour: 1 thigh, bone removed = 62 g",
            ),
            Item(
                "11934",
                210.0,
                "11934 Potatoes, mashed, home-prepared, whole milk and butter added: 1 cup = 210 g; mashed potatoes = home-prepared with whole milk and butter",
            ),
            Item(
                "18016",
                60.0,
                '18016 Biscuits, plain or buttermilk, prepared from recipe: 1 biscuit (2-1/2" dia) = 60 g; a biscuit (US) = a 2-1/2" biscuit from recipe',
            ),
        ),
    ),
    Phrase(
        text="My dinner was 200g grilled chicken breast with a cup of mixed veg",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "05064",
                200.0,
                "05064 Chicken, broilers or fryers, breast, meat only, cooked, roasted: 200 g as typed; grilled chicken breast = breast meat only, roasted (closest dry-heat entry)",
            ),
            Item(
                "11584",
                182.0,
                "11584 Vegetables, mixed, frozen, cooked, boiled, drained, without salt: 2 x 0.5 cup (91 g) = 182 g; mixed veg = frozen mixed vegetables, boiled; 1 cup = 2 x 1/2 cup",
            ),
        ),
    ),
    Phrase(
        text="We had a braai tonight and I ate 2 lamb chops and a mielie with butter",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "17024",
                128.0,
                '17024 Lamb, domestic, loin, separable lean and fat, trimmed to 1/4" fat, choice, cooked, broiled: 2 x 1 chop, excluding refuse (yield from 1 raw chop, with refuse, weighing 120 g) (64 g) = 128 g; a lamb chop = loin chop, broiled',
            ),
            Item(
                "11168",
                103.0,
                '11168 Corn, sweet, yellow, cooked, boiled, drained, without salt: 1 ear medium (6-3/4" to 7-1/2" long) = 103 g; a mielie (South African) = an ear of corn; a size not said is medium',
            ),
            Item(
                "01001",
                5.0,
                '01001 Butter, salted: 1 pat (1" sq, 1/3" high) = 5 g; butter on a cob = 1 pat',
            ),
        ),
    ),
    Phrase(
        text="This morning I took 3 slices of bread, 2 boiled eggs and tea with Peak milk",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "18069",
                84.0,
                "18069 Bread, white, commercially prepared (includes soft bread crumbs): 3 x 1 slice (28 g) = 84 g; took (Nigerian) = ate; a slice of white bread = SR24's first slice measure",
            ),
            Item(
                "01129", 100.0, "01129 Egg, whole, cooked, hard-boiled: 2 x 1 large (50 g) = 100 g"
            ),
            Item(
                "14355",
                237.0,
                "14355 Tea, black, brewed, prepared with tap water: 1 cup (8 fl oz) = 237 g; a cup of tea = 8 fl oz",
            ),
            Item(
                "01096",
                15.75,
                "01096 Milk, canned, evaporated, with added vitamin D and without added vitamin A: 0.5 fl oz x (1 fl oz = 31.5 g) = 15.75 g; Peak milk = evaporated milk; in tea = 1 tbsp (0.5 fl oz)",
            ),
        ),
    ),
    Phrase(
        text="Tonight I made a stir fry with 150g tofu, a cup of broccoli and a cup of rice",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "16426",
                150.0,
                "16426 Tofu, raw, firm, prepared with calcium sulfate: 150 g as typed; tofu = firm tofu",
            ),
            Item(
                "11091",
                156.0,
                "11091 Broccoli, cooked, boiled, drained, without salt: 2 x 0.5 cup, chopped (78 g) = 156 g; broccoli in a dish = boiled; 1 cup = 2 x 1/2 cup",
            ),
            Item("20045", 158.0, "20045 Rice, white, long-grain, regular, cooked: 1 cup = 158 g"),
        ),
    ),
    Phrase(
        text="For breakfast I shared 4 Eggo waffles with my son and I ate 2 of them",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "18403",
                66.0,
                '18403 Waffles, plain, frozen, ready -to-heat, toasted: 2 x 1 waffle, round (4" dia) (33 g) = 66 g; Eggo = frozen waffle, toasted; only the 2 this person ate',
            ),
        ),
    ),
    Phrase(
        text="After church I had a cup of rice and peas and 3 oz of curry goat",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "36406",
                157.0,
                "36406 Restaurant, Latino, Arroz con habichuelas colorados (Rice And Red Beans): 1 cup = 157 g; rice and peas (Jamaican) = rice and red beans",
            ),
            Item(
                "17169",
                85.0,
                "17169 Game meat, goat, cooked, roasted: 3 oz = 85 g; curry goat = goat, cooked (SR24's roasted goat)",
            ),
        ),
    ),
    Phrase(
        text="For lunch I had a large pita with 2 tablespoons of hummus and half a cucumber",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "18041",
                60.0,
                '18041 Bread, pita, white, enriched: 1 pita, large (6-1/2" dia) = 60 g',
            ),
            Item(
                "16158",
                30.0,
                "16158 Hummus, commercial: 2 x 1 tbsp (15 g) = 30 g; hummus = commercial",
            ),
            Item(
                "11205",
                150.5,
                '11205 Cucumber, with peel, raw: 1/2 x 1 cucumber (8-1/4") (301 g) = 150.5 g',
            ),
        ),
    ),
    Phrase(
        text="I ate a tuna sandwich for lunch, 2 slices of whole wheat with half a can of tuna and a tablespoon of mayo",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "18075",
                56.0,
                "18075 Bread, whole-wheat, commercially prepared: 2 x 1 slice (28 g) = 56 g",
            ),
            Item(
                "15121",
                82.5,
                "15121 Fish, tuna, light, canned in water, drained solids: 1/2 x 1 can (165 g) = 82.5 g; tuna of unsaid kind = light tuna canned in water, drained",
            ),
            Item(
                "04025",
                13.8,
                "04025 Salad dressing, mayonnaise, soybean oil, with salt: 1 tbsp = 13.8 g; mayo = regular mayonnaise",
            ),
        ),
    ),
    Phrase(
        text="half a small papaya",
        kind="part",
        sentence=False,
        items=(Item("09226", 78.5, "09226 Papayas, raw: 1/2 x 1 fruit, small (157 g) = 78.5 g"),),
    ),
    Phrase(
        text="Had half an avocado on a slice of sourdough",
        kind="part",
        sentence=True,
        items=(
            Item(
                "09037",
                100.5,
                "09037 Avocados, raw, all commercial varieties: 1/2 x 1 avocado, NS as to Florida or California (201 g) = 100.5 g",
            ),
            Item(
                "18029",
                64.0,
                '18029 Bread, french or vienna (includes sourdough): 1 slice, medium (4" x 2-1/2" x 1-3/4") = 64 g; sourdough = French or Vienna bread (includes sourdough); a size not said is medium',
            ),
        ),
    ),
    Phrase(
        text="I ate a quarter of a 14 inch Pizza Hut pepperoni, hand tossed",
        kind="part",
        sentence=True,
        items=(
            Item(
                "21296",
                220.75,
                '21296 PIZZA HUT 14" Pepperoni Pizza, Hand-Tossed Crust: 1/4 x 1 pizza (883 g) = 220.75 g',
            ),
        ),
    ),
    Phrase(
        text="I ate half a mango after lunch",
        kind="part",
        sentence=True,
        items=(
            Item("09176", 168.0, "09176 Mangos, raw: 1/2 x 1 fruit without refuse (336 g) = 168 g"),
        ),
    ),
    Phrase(
        text="Ordered sweet and sour chicken and only ate half the order",
        kind="part",
        sentence=True,
        items=(
            Item(
                "36621",
                353.0,
                "36621 Restaurant, Chinese, sweet and sour chicken: 1/2 x 1 order (706 g) = 353 g",
            ),
        ),
    ),
    Phrase(
        text="half a bagel w cream cheese",
        kind="part",
        sentence=False,
        items=(
            Item(
                "18001",
                52.5,
                '18001 Bagels, plain, enriched, with calcium propionate (includes onion, poppy, sesame): 1/2 x 1 medium bagel (3-1/2" to 4" dia) (105 g) = 52.5 g; a size not said is medium',
            ),
            Item(
                "01017",
                14.5,
                "01017 Cheese, cream: 1 tbsp = 14.5 g; 2 tbsp cream cheese on a bagel, so 1 tbsp on half of one",
            ),
        ),
    ),
    Phrase(
        text="Ate half of an 8 oz bag of potato chips",
        kind="part",
        sentence=True,
        items=(
            Item(
                "19411",
                113.5,
                "19411 Snacks, potato chips, plain, salted: 1/2 x 1 bag (8 oz) (227 g) = 113.5 g",
            ),
        ),
    ),
    Phrase(
        text="My brother and I shared a pineapple and I had half",
        kind="part",
        sentence=True,
        items=(
            Item(
                "09266",
                452.5,
                "09266 Pineapple, raw, all varieties: 1/2 x 1 fruit (905 g) = 452.5 g",
            ),
        ),
    ),
    Phrase(
        text="half of a king size Snickers bar",
        kind="part",
        sentence=False,
        items=(
            Item(
                "19155",
                56.5,
                "19155 Candies, MARS SNACKFOOD US, SNICKERS Bar: 1/2 x 1 bar, king size (4 oz) (113 g) = 56.5 g",
            ),
        ),
    ),
    Phrase(
        text="Had half of my sister's oreo mcflurry, a regular one",
        kind="part",
        sentence=True,
        items=(
            Item(
                "21339",
                168.5,
                "21339 McDONALD'S, McFLURRY with OREO cookies: 1/2 x 12 fl oz cup regular (337 g) = 168.5 g; only the half this person ate",
            ),
        ),
    ),
    Phrase(
        text="one large banana + a small apple",
        kind="size",
        sentence=False,
        items=(
            Item("09040", 136.0, '09040 Bananas, raw: 1 large (8" to 8-7/8" long) = 136 g'),
            Item("09003", 149.0, '09003 Apples, raw, with skin: 1 small (2-3/4" dia) = 149 g'),
        ),
    ),
    Phrase(
        text="I ate an extra large blueberry muffin",
        kind="size",
        sentence=True,
        items=(
            Item(
                "18274",
                168.0,
                "18274 Muffins, blueberry, commercially prepared (Includes mini-muffins): 1 extra large = 168 g",
            ),
        ),
    ),
    Phrase(
        text="a large baked spud with a pat of butter",
        kind="size",
        sentence=False,
        items=(
            Item(
                "11674",
                299.0,
                "11674 Potato, baked, flesh and skin, without salt: 1 potato large = 299 g; spud = potato; baked = baked in skin",
            ),
            Item("01001", 5.0, '01001 Butter, salted: 1 pat (1" sq, 1/3" high) = 5 g'),
        ),
    ),
    Phrase(
        text="Ate 2 small oranges at recess",
        kind="size",
        sentence=True,
        items=(
            Item(
                "09200",
                192.0,
                '09200 Oranges, raw, all commercial varieties: 2 x 1 small (2-3/8" dia) (96 g) = 192 g',
            ),
        ),
    ),
    Phrase(
        text="large mcflurry with m&ms",
        kind="size",
        sentence=False,
        items=(
            Item(
                "21338",
                504.0,
                "21338 McDONALD'S, McFLURRY with M&M'S CANDIES: 16 fl oz cup large = 504 g",
            ),
        ),
    ),
    Phrase(
        text="Had a large fries and a small coke at Wendy's",
        kind="size",
        sentence=True,
        items=(
            Item("21247", 184.0, "21247 WENDY'S, French Fries: 1 large Serving = 184 g"),
            Item(
                "14400",
                347.0,
                "14400 Carbonated beverage, cola, contains caffeine: 1 cup small 16 fl oz size = 347 g; a fountain Coke = cola, the entry's own cup size",
            ),
        ),
    ),
    Phrase(
        text="a large carrot and a large tomato",
        kind="size",
        sentence=False,
        items=(
            Item("11124", 72.0, '11124 Carrots, raw: 1 large (7-1/4" to 8-/1/2" long) = 72 g'),
            Item(
                "11529",
                182.0,
                '11529 Tomatoes, red, ripe, raw, year round average: 1 large whole (3" dia) = 182 g',
            ),
        ),
    ),
    Phrase(
        text="2 mini bagels with a tbsp of cream cheese",
        kind="size",
        sentence=False,
        items=(
            Item(
                "18001",
                52.0,
                '18001 Bagels, plain, enriched, with calcium propionate (includes onion, poppy, sesame): 2 x 1 mini bagel (2-1/2" dia) (26 g) = 52 g',
            ),
            Item("01017", 14.5, "01017 Cheese, cream: 1 tbsp = 14.5 g"),
        ),
    ),
    Phrase(
        text="A large butter croissant with my black coffee",
        kind="size",
        sentence=True,
        items=(
            Item("18239", 67.0, "18239 Croissants, butter: 1 croissant, large = 67 g"),
            Item(
                "14209",
                237.0,
                "14209 Coffee, brewed from grounds, prepared with tap water: 1 cup (8 fl oz) = 237 g; a coffee = 8 fl oz",
            ),
        ),
    ),
    Phrase(
        text="Treated myself to a small Frosty",
        kind="size",
        sentence=True,
        items=(
            Item("21248", 227.0, "21248 WENDY'S, Frosty Dairy Dessert: 1 small 12 oz. cup = 227 g"),
        ),
    ),
    Phrase(
        text="bananna and pinut butter toast",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "09040",
                118.0,
                '09040 Bananas, raw: 1 medium (7" to 7-7/8" long) = 118 g; bananna = banana; a size not said is medium',
            ),
            Item(
                "16098",
                16.0,
                "16098 Peanut butter, smooth style, with salt: 1/2 x 2 tbsp (32 g) = 16 g; pinut = peanut; peanut butter on one slice of toast = 1 tbsp, half the 2 tbsp measure",
            ),
            Item(
                "18070",
                22.0,
                "18070 Bread, white, commercially prepared, toasted: 1 slice = 22 g; toast of unsaid bread = white, toasted",
            ),
        ),
    ),
    Phrase(
        text="half an avacado on toast",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "09037",
                100.5,
                "09037 Avocados, raw, all commercial varieties: 1/2 x 1 avocado, NS as to Florida or California (201 g) = 100.5 g; avacado = avocado",
            ),
            Item(
                "18070",
                22.0,
                "18070 Bread, white, commercially prepared, toasted: 1 slice = 22 g; toast of unsaid bread = white, toasted; one slice",
            ),
        ),
    ),
    Phrase(
        text="spagetti bolognaise 1 plate",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "22401",
                283.0,
                "22401 Spaghetti with meat sauce, frozen entree: 1 serving = 283 g; spagetti bolognaise = spaghetti with meat sauce; a plate of an entree = its serving",
            ),
        ),
    ),
    Phrase(
        text="chiken brest grilled 150g",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "05064",
                150.0,
                "05064 Chicken, broilers or fryers, breast, meat only, cooked, roasted: 150 g as typed; chiken brest = chicken breast; grilled = breast meat only, roasted (closest dry-heat entry)",
            ),
        ),
    ),
    Phrase(
        text="I had a 2 egg omlete",
        kind="typo",
        sentence=True,
        items=(
            Item(
                "01130",
                122.0,
                "01130 Egg, whole, cooked, omelet: 2 x 1 large (61 g) = 122 g; omlete = omelet",
            ),
        ),
    ),
    Phrase(
        text="capuccino tall and a crossaint",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "14210",
                30.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 1 fluid ounce = 30 g; capuccino = cappuccino; tall = 1 shot",
            ),
            Item(
                "01079",
                167.75,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 5.5 fl oz x (1 fl oz = 30.5 g) = 167.75 g; milk is 2% unless said; a cappuccino's cup after its shots is half steamed milk, half foam: (12 - 1) / 2 = 5.5 fl oz",
            ),
            Item(
                "18239",
                57.0,
                "18239 Croissants, butter: 1 croissant, medium = 57 g; crossaint = croissant; a size not said is medium",
            ),
        ),
    ),
    Phrase(
        text="brocolli and rice, 1 cup each",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "11091",
                156.0,
                "11091 Broccoli, cooked, boiled, drained, without salt: 2 x 0.5 cup, chopped (78 g) = 156 g; brocolli = broccoli, boiled; 1 cup = 2 x 1/2 cup",
            ),
            Item("20045", 158.0, "20045 Rice, white, long-grain, regular, cooked: 1 cup = 158 g"),
        ),
    ),
    Phrase(
        text="plain yogurt 1 cup with half cup granolla",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "01117",
                245.0,
                "01117 Yogurt, plain, low fat, 12 grams protein per 8 ounce: 1 cup (8 fl oz) = 245 g; plain yogurt of unsaid fat = low fat",
            ),
            Item(
                "08037",
                61.0,
                "08037 Cereals ready-to-eat, granola, homemade: 1/2 x 1 cup (122 g) = 61 g; granolla = granola, SR24's homemade granola",
            ),
        ),
    ),
    Phrase(
        text="Had a ham and cheese sandwhich",
        kind="typo",
        sentence=True,
        items=(
            Item(
                "21116",
                146.0,
                "21116 Fast foods, ham and cheese sandwich: 1 sandwich = 146 g; sandwhich = sandwich; a ham and cheese sandwich = SR24's one entry",
            ),
        ),
    ),
    Phrase(
        text="strawberies 1 cup",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "09316",
                144.0,
                "09316 Strawberries, raw: 1 cup, whole = 144 g; strawberies = strawberries; a cup of whole berries",
            ),
        ),
    ),
    Phrase(
        text="I had an expresso and a glazed donut",
        kind="typo",
        sentence=True,
        items=(
            Item(
                "14210",
                30.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 1 fluid ounce = 30 g; expresso = espresso, one shot",
            ),
            Item(
                "18255",
                60.0,
                '18255 Doughnuts, yeast-leavened, glazed, enriched (includes honey buns): 1 doughnut, medium (approx 3-3/4" dia) = 60 g; a size not said is medium',
            ),
        ),
    ),
    Phrase(
        text="150g salmon",
        kind="unit",
        sentence=False,
        items=(
            Item(
                "15237",
                150.0,
                "15237 Fish, salmon, Atlantic, farmed, cooked, dry heat: 150 g as typed; salmon of unsaid kind = farmed Atlantic, cooked dry heat",
            ),
        ),
    ),
    Phrase(
        text="a cup of blueberries",
        kind="unit",
        sentence=False,
        items=(Item("09050", 148.0, "09050 Blueberries, raw: 1 cup = 148 g"),),
    ),
    Phrase(
        text="250 ml milk",
        kind="unit",
        sentence=False,
        items=(
            Item(
                "01079",
                257.83,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 250 ml / 29.5735 ml per fl oz x (1 fl oz = 30.5 g) = 257.83 g; milk is 2% unless said",
            ),
        ),
    ),
    Phrase(
        text="a tin of tuna in water",
        kind="unit",
        sentence=False,
        items=(
            Item(
                "15121",
                165.0,
                "15121 Fish, tuna, light, canned in water, drained solids: 1 can = 165 g; a tin (UK, Australian) = a can, drained",
            ),
        ),
    ),
    Phrase(
        text="Ate 6 oz of steak",
        kind="unit",
        sentence=True,
        items=(
            Item(
                "13930",
                170.0,
                '13930 Beef, top sirloin, steak, separable lean and fat, trimmed to 1/8" fat, all grades, cooked, broiled: 2 x 3 oz (85 g) = 170 g; steak of unsaid cut = top sirloin, broiled; 6 oz = 2 x 3 oz cooked',
            ),
        ),
    ),
    Phrase(
        text="I stirred a tablespoon of honey into my tea",
        kind="unit",
        sentence=True,
        items=(
            Item("19296", 21.0, "19296 Honey: 1 tbsp = 21 g"),
            Item(
                "14355",
                237.0,
                "14355 Tea, black, brewed, prepared with tap water: 1 cup (8 fl oz) = 237 g; a cup of tea = 8 fl oz",
            ),
        ),
    ),
    Phrase(
        text="a container of plain yogurt",
        kind="unit",
        sentence=False,
        items=(
            Item(
                "01117",
                227.0,
                "01117 Yogurt, plain, low fat, 12 grams protein per 8 ounce: 1 container (8 oz) = 227 g; plain yogurt of unsaid fat = low fat",
            ),
        ),
    ),
    Phrase(
        text="2 slices of cheddar cheese",
        kind="unit",
        sentence=False,
        items=(Item("01009", 56.0, "01009 Cheese, cheddar: 2 x 1 slice (1 oz) (28 g) = 56 g"),),
    ),
    Phrase(
        text="Ate a pint of strawberries straight from the box",
        kind="unit",
        sentence=True,
        items=(
            Item(
                "09316",
                357.0,
                "09316 Strawberries, raw: 1 pint as purchased, yields = 357 g; a pint of strawberries (US) = the entry's pint as purchased",
            ),
        ),
    ),
    Phrase(
        text="100g oats",
        kind="unit",
        sentence=False,
        items=(
            Item(
                "08120",
                100.0,
                "08120 Cereals, oats, regular and quick, not fortified, dry: 100 g as typed; oats weighed in grams = dry rolled oats",
            ),
        ),
    ),
    Phrase(
        text="one scoop of vanilla ice cream",
        kind="unit",
        sentence=False,
        items=(
            Item(
                "19095",
                66.0,
                "19095 Ice creams, vanilla: 1 serving 1/2 cup = 66 g; a scoop = 1/2 cup",
            ),
        ),
    ),
    Phrase(
        text="40g oats, 250ml milk and a tbsp honey",
        kind="units",
        sentence=False,
        items=(
            Item(
                "08120",
                40.0,
                "08120 Cereals, oats, regular and quick, not fortified, dry: 40 g as typed; oats weighed in grams = dry rolled oats",
            ),
            Item(
                "01079",
                257.83,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 250 ml / 29.5735 ml per fl oz x (1 fl oz = 30.5 g) = 257.83 g; milk is 2% unless said",
            ),
            Item("19296", 21.0, "19296 Honey: 1 tbsp = 21 g"),
        ),
    ),
    Phrase(
        text="I had 2 cups of rice and 6 oz of roast chicken",
        kind="units",
        sentence=True,
        items=(
            Item(
                "20045",
                316.0,
                "20045 Rice, white, long-grain, regular, cooked: 2 x 1 cup (158 g) = 316 g",
            ),
            Item(
                "05064",
                170.1,
                "05064 Chicken, broilers or fryers, breast, meat only, cooked, roasted: 6 oz x 28.35 g = 170.1 g; roast chicken of unsaid part = breast meat, roasted",
            ),
        ),
    ),
    Phrase(
        text="a quarter cup of almonds and 1 cup of grapes",
        kind="units",
        sentence=False,
        items=(
            Item("12061", 35.75, "12061 Nuts, almonds: 1/4 x 1 cup, whole (143 g) = 35.75 g"),
            Item(
                "09132",
                151.0,
                "09132 Grapes, red or green (European type, such as Thompson seedless), raw: 1 cup = 151 g",
            ),
        ),
    ),
    Phrase(
        text="half a cup of cottage cheese and a cup of pineapple chunks",
        kind="units",
        sentence=False,
        items=(
            Item(
                "01012",
                112.5,
                "01012 Cheese, cottage, creamed, large or small curd: 1/2 x 1 cup, small curd (not packed) (225 g) = 112.5 g",
            ),
            Item("09266", 165.0, "09266 Pineapple, raw, all varieties: 1 cup, chunks = 165 g"),
        ),
    ),
    Phrase(
        text="3 oz tuna and 2 tablespoons of mayo on 2 slices of wholewheat bread",
        kind="units",
        sentence=False,
        items=(
            Item(
                "15121",
                85.0,
                "15121 Fish, tuna, light, canned in water, drained solids: 3 oz = 85 g; tuna of unsaid kind = light tuna canned in water, drained",
            ),
            Item(
                "04025",
                27.6,
                "04025 Salad dressing, mayonnaise, soybean oil, with salt: 2 x 1 tbsp (13.8 g) = 27.6 g; mayo = regular mayonnaise",
            ),
            Item(
                "18075",
                56.0,
                "18075 Bread, whole-wheat, commercially prepared: 2 x 1 slice (28 g) = 56 g; wholewheat = whole-wheat",
            ),
        ),
    ),
    Phrase(
        text="500ml coconut water and 2 bananas",
        kind="units",
        sentence=False,
        items=(
            Item(
                "12119",
                507.21,
                "12119 Nuts, coconut water (liquid from coconuts): 500 ml / 29.5735 ml per fl oz x (1 cup (240 g) / 8 = 30.00 g per fl oz) = 507.21 g",
            ),
            Item(
                "09040",
                236.0,
                '09040 Bananas, raw: 2 x 1 medium (7" to 7-7/8" long) (118 g) = 236 g; a size not said is medium',
            ),
        ),
    ),
    Phrase(
        text="200 g boiled potatoes with 1 tsp butter",
        kind="units",
        sentence=False,
        items=(
            Item(
                "11367",
                200.0,
                "11367 Potatoes, boiled, cooked without skin, flesh, without salt: 200 g as typed; boiled potatoes = boiled without skin, flesh",
            ),
            Item(
                "01001",
                4.73,
                "01001 Butter, salted: 1/3 x 1 tbsp (14.2 g) = 4.73 g; 1 tsp = 1/3 tbsp",
            ),
        ),
    ),
    Phrase(
        text="1/2 cup granola, 3/4 cup yoghurt, 1/4 cup blueberries",
        kind="units",
        sentence=False,
        items=(
            Item(
                "08037",
                61.0,
                "08037 Cereals ready-to-eat, granola, homemade: 1/2 x 1 cup (122 g) = 61 g; granola = SR24's homemade granola",
            ),
            Item(
                "01117",
                183.75,
                "01117 Yogurt, plain, low fat, 12 grams protein per 8 ounce: 3/4 x 1 cup (8 fl oz) (245 g) = 183.75 g; plain yogurt of unsaid fat = low fat",
            ),
            Item("09050", 37.0, "09050 Blueberries, raw: 1/4 x 1 cup (148 g) = 37 g"),
        ),
    ),
    Phrase(
        text="I put 2 tablespoons of peanut butter and 1 tablespoon of jam on 2 slices of bread",
        kind="units",
        sentence=True,
        items=(
            Item("16098", 32.0, "16098 Peanut butter, smooth style, with salt: 2 tbsp = 32 g"),
            Item("19297", 20.0, "19297 Jams and preserves: 1 tbsp = 20 g"),
            Item(
                "18069",
                56.0,
                "18069 Bread, white, commercially prepared (includes soft bread crumbs): 2 x 1 slice (28 g) = 56 g; a slice of white bread = SR24's first slice measure",
            ),
        ),
    ),
    Phrase(
        text="Had a 12 oz steak and a cup of mashed potatoes",
        kind="units",
        sentence=True,
        items=(
            Item(
                "13930",
                340.0,
                '13930 Beef, top sirloin, steak, separable lean and fat, trimmed to 1/8" fat, all grades, cooked, broiled: 4 x 3 oz (85 g) = 340 g; steak of unsaid cut = top sirloin, broiled; 12 oz = 4 x 3 oz cooked',
            ),
            Item(
                "11934",
                210.0,
                "11934 Potatoes, mashed, home-prepared, whole milk and butter added: 1 cup = 210 g; mashed potatoes = home-prepared with whole milk and butter",
            ),
        ),
    ),
    Phrase(
        text="drank a litre of water and ate 2 apples",
        kind="units",
        sentence=True,
        items=(
            Item(
                "14555",
                1000.0,
                "14555 Water, bottled, generic: 1000 x 1 ml (1 g) = 1000 g; water = bottled water; 1 litre = 1000 ml",
            ),
            Item(
                "09003",
                364.0,
                '09003 Apples, raw, with skin: 2 x 1 medium (3" dia) (182 g) = 364 g; a size not said is medium',
            ),
        ),
    ),
    Phrase(
        text="Ate two and a half cups of popcorn at the movies",
        kind="words",
        sentence=True,
        items=(
            Item(
                "19034",
                20.0,
                "19034 Snacks, popcorn, air-popped: 2.5 x 1 cup (8 g) = 20 g; popcorn = air-popped",
            ),
        ),
    ),
    Phrase(
        text="a couple of slices of white toast with butter",
        kind="words",
        sentence=False,
        items=(
            Item(
                "18070",
                44.0,
                "18070 Bread, white, commercially prepared, toasted: 2 x 1 slice (22 g) = 44 g; a couple = 2",
            ),
            Item(
                "01001",
                10.0,
                '01001 Butter, salted: 2 x 1 pat (1" sq, 1/3" high) (5 g) = 10 g; 1 pat of butter per slice of toast',
            ),
        ),
    ),
    Phrase(
        text="half a dozen nuggets from maccas",
        kind="words",
        sentence=False,
        items=(
            Item(
                "21309",
                95.0,
                "21309 McDONALD'S, Chicken McNUGGETS: 6 pieces 3.4 oz = 95 g; half a dozen = 6; Maccas = McDonald's",
            ),
        ),
    ),
    Phrase(
        text="about three quarters of a cup of cooked rice",
        kind="words",
        sentence=False,
        items=(
            Item(
                "20045",
                118.5,
                "20045 Rice, white, long-grain, regular, cooked: 3/4 x 1 cup (158 g) = 118.5 g",
            ),
        ),
    ),
    Phrase(
        text="I had 3 beers last night, actually make that 4",
        kind="words",
        sentence=True,
        items=(
            Item(
                "14003",
                1424.0,
                "14003 Alcoholic beverage, beer, regular, all: 4 x 1 can (356 g) = 1424 g; the corrected count; a can of beer = 12 fl oz",
            ),
        ),
    ),
    Phrase(
        text="one and a half cups of OJ",
        kind="words",
        sentence=False,
        items=(
            Item(
                "09209",
                373.5,
                "09209 Orange juice, chilled, includes from concentrate: 1.5 x 1 cup (249 g) = 373.5 g; OJ = orange juice, chilled, from concentrate",
            ),
        ),
    ),
    Phrase(
        text="a dozen green grapes",
        kind="words",
        sentence=False,
        items=(
            Item(
                "09132",
                58.8,
                "09132 Grapes, red or green (European type, such as Thompson seedless), raw: 12/10 x 10 grapes (49 g) = 58.8 g",
            ),
        ),
    ),
    Phrase(
        text="Scrambled 2 eggs, sorry I meant 3",
        kind="words",
        sentence=True,
        items=(
            Item(
                "01132",
                183.0,
                "01132 Egg, whole, cooked, scrambled: 3 x 1 large (61 g) = 183 g; the corrected count",
            ),
        ),
    ),
    Phrase(
        text="Had fifteen almonds and a glass of milk before bed",
        kind="words",
        sentence=True,
        items=(
            Item("12061", 18.0, "12061 Nuts, almonds: 15 x 1 almond (1.2 g) = 18 g"),
            Item(
                "01079",
                244.0,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 1 cup = 244 g; milk is 2% unless said; a glass = 1 cup",
            ),
        ),
    ),
    Phrase(
        text="Had two slices of cheese pizza, not three",
        kind="words",
        sentence=True,
        items=(
            Item(
                "21299",
                214.0,
                '21299 Fast Food, Pizza Chain, 14" pizza, cheese topping, regular crust: 2 x 1 slice (107 g) = 214 g; the corrected count; pizza of unsaid chain = SR24\'s pizza-chain 14" regular crust',
            ),
        ),
    ),
)
