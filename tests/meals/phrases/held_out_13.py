# ruff: noqa: E501
"""The thirteenth held-out set of the /log accuracy phrases: never to be read, run or tuned on.

Written on 2026-12-07 apart from the code, from the USDA SR24 records alone (the archive
/work/shared/data/usda_sr24.jar, searched with throwaway scripts in /tmp; every item's grams are
worked out from the entry's own household measures by a script that prints the measure it used into
the basis, and every energy was checked by a script summing the packaged table's values of the items
through `tests.meals.phrases.table` against the SR24 records' own energy, which also showed every uid
is in the table and every basis names its entry). Not read: anything under healthbot/ (the parser,
its aliases, units, common_names, recipes, ranking, search, the meal service), tests/food/, any other
test of the parser, bench/ (not opened), `held_out_12` (never opened, grepped or printed) and any
score; the scorer was never run and the bot never saw these phrases. The texts of every other set
(`development`, `held_out`, `held_out_2` to `held_out_12`) were compared with this set's only by a
script that imported them and printed nothing of theirs, only this set's own texts that repeated
one, exactly or after folding case, punctuation and spaces (4 did, and were reworded; then none),
before the structure test first ran. Read:
the conventions in `tests.meals.phrases`, `tests.meals.phrases.table`, the structure test
tests/meals/test_phrase_set.py, and `held_out_11`'s docstring (its conventions), its first 9 phrases
(for the format) and its `kind` labels (every set holds the same kinds).

175 phrases, 93 of them whole sentences, 11 or 12 of each kind, in US, British, Irish, Australian,
NZ, Canadian, Indian, South African, Singaporean, Filipino, Nigerian, Kenyan, Jamaican and
second-language English, following the conventions of `tests.meals.phrases` and those `held_out_11`
states (each basis says which applied). Where SR24 has no exact food the closest entry is used and
the basis says so. How the kinds were read here: `label` a branded product by its brand, `unit` a
household measure (cup, tbsp, tsp, slice, scoop, pat, handful, stick), `units` a weight or volume
(g, kg, oz, lb, ml), `part` a fraction of a food, `words` an amount in words, `size` a size word,
`count` a number of pieces, `cooked` a food named with how it was cooked. Conventions this set adds
where the others leave a case open:

- coffee and tea: a latte's milk = the cup less its shots and 1 fl oz of foam (venti: 20 - 2 - 1 =
  17 fl oz); a mocha = a latte with 2 tbsp (1 fl oz) chocolate syrup in place of as much milk; a
  long black = 2 shots over water (the water not counted); cold brew = brewed coffee; chai (Indian) =
  an 8 fl oz cup, half brewed black tea and half whole milk; kopi O = 6 fl oz black coffee (kosong:
  no sugar); half-boiled and soft-boiled eggs = SR24's hard-boiled egg; hot chocolate made with milk
  = chocolate-flavor beverage mix prepared with whole milk; Milo with milk = chocolate malted drink
  mix prepared with whole milk; rooibos = brewed herbal tea; ginger nuts = gingersnaps; soy milk of
  unsaid kind = original, fortified soymilk; cream of unsaid kind = light (coffee) cream; full cream
  (Australian) and homo milk (Canadian) = whole milk; semi-skimmed (UK) = 2% milk;
- drinks: a pint in Ireland or the UK = 568 ml (19.2 US fl oz); a big bottle (Nigerian) = 600 ml; a
  quart (South African) = a 750 ml bottle; Star, Tusker and Castle lager = regular beer; a G&T = one
  1.5 fl oz shot of gin and 4 fl oz tonic; a rum and coke = one 1.5 fl oz shot of rum and 6 fl oz
  cola; a Monster can = 16 fl oz at its serving's 30 g per fl oz; a 250 ml Red Bull = the 8.4 fl oz
  can; Coke Zero = diet cola; Fanta = orange soda; chaas (Indian) = lowfat cultured buttermilk; a big
  glass = 12 fl oz;
- amounts: about N = N; a knob of butter = 1 tbsp; a spoon of honey = 1 tsp (1/3 of the 21 g tbsp);
  a handful of dried fruit = 1 oz, as of nuts; a handful of leafy greens = 1 cup raw; a slice of roast
  meat = 1 oz; syrup on pancakes = 2 tbsp; milk on porridge or granola = 1/2 cup, as on cereal; a
  yoghurt pot (UK) = a 125 g container; a slice of white bread = the entry's first slice measure (28
  g); eggs on toast = one slice per egg; soldiers = one slice of toast; butter on half a bagel = 1
  pat; an N-egg omelette or scrambled eggs made with N eggs = N x the entry's large egg (its fat and
  milk included); egg whites = the raw white's weight; onion in an omelette = 2 tbsp chopped; a
  stick of string cheese or a cheese stick = 1 oz part-skim mozzarella; a salmon fillet = the entry's
  0.5 fillet measure; one chicken breast = the entry's 0.5 breast (a split breast, as sold); a dish
  ordered at a restaurant = one order; a KFC or Popeyes side = one package; a large pizza of unsaid
  chain = SR24's pizza-chain 14 in pizza; a large flour tortilla = 10 in; jumbo = extra large; a
  bowl of chili = 1.5 cups, as of stew; a crisps packet (UK, Irish) = 1 oz of potato chips;
- sandwiches and such, by their parts: a sandwich = 2 slices of bread; a tuna mayo sandwich = 2 oz
  drained light tuna and 1 tbsp mayonnaise; ham and cheese = 2 slices ham and 1 slice cheddar, no
  spread; turkey = 2 oz sliced turkey breast; a grilled cheese = 2 slices white bread, 2 slices
  American cheese and 1 tbsp butter; egg mayo = 2 hard-boiled eggs and 1 tbsp mayonnaise; a pulled
  pork sandwich = 1/2 cup pulled pork in barbecue sauce on a hamburger bun; a bacon and egg roll =
  a kaiser roll, 1 fried egg and 2 slices bacon; avocado toast = 1 slice toast and half an avocado;
- foods: pork chop = boneless top loin chop, pan-fried; lamb chop = loin chop, broiled; roast lamb
  = roasted leg; ribeye = rib small end, broiled; steamed vegetables = boiled, steamed fish = cooked
  dry heat; wings = fried, flour-coated; pancakes = 4 in, from a recipe; fish fingers = fish sticks;
  sukuma wiki = boiled collards; stew chicken (Jamaican) and chicken adobo (Filipino) = stewed
  thighs, sauce not counted; dal = boiled lentils; curd (Indian) = plain whole-milk yogurt; crusty
  bread and sourdough = French or Vienna bread; basmati = white long-grain rice; firm tofu = SR24's
  firm (nigari) tofu; oil of unsaid kind = canola; crackers of unsaid kind = standard snack-type;
  cashews of unsaid kind = dry roasted, salted; almonds = raw; grapes = red or green seedless; kiwi =
  green; dark chocolate = 70-85% cacao; applesauce = unsweetened; cottage cheese = creamed, small
  curd; granola = SR24's homemade granola; instant noodles = dry ramen noodle soup; Oreos = chocolate
  sandwich cookies; fig rolls = fig bars; a 4 finger Kit Kat = the 1.5 oz bar; baked potato = russet,
  flesh and skin; peas = frozen, boiled; mushrooms in an omelette = their raw weight;
- regional words: servo = service station; arvo = afternoon; bach (NZ) = holiday home; braai (South
  African) = barbecue; sarnie = sandwich; avo = avocado; sav = Sauvignon Blanc; rasher = a slice of
  bacon; a session (Jamaican, Irish) = a night out.

It is never to be read, run or looked at while tuning. It is kept for the round after
`held_out_12`'s and scored ONCE, by a lead, at the end of that round, with `python
bench/eval_food_log.py --set held_out_13`, and that score is the round's result. Never move a phrase
between this set and another one, never edit a phrase or its items after seeing how the bot does on
it, and never tune against it: once it has been scored, the round after needs a new held-out set.

Scored once, on 2026-12-07 at 0ed0785, at the end of the round that tuned on `development`,
`held_out` and `held_out_2` to `held_out_12` (a typed quart a quart; sharing "with 3 mates" and
"a quarter each"; how and where a food was eaten falling away; "ones" that refer back; flavours
after a comma; counts of a helping; beers by maker and country's bottle, spirits by the shot,
string cheese, Tims' regular, a unit word that starts a name, full-size bars, tubes; committed
items checked against the sets' conventions: spreads per slice, kopi milk, highball mixers, a
food's own "with" not logged twice, hot dogs as a frankfurter and a bun, tomato sauce as ketchup
on a pie, a counted sugar a teaspoon; a review's ten findings): 137 of 175 within max(10%, 15
kcal) (78.3%), asked 18 (10.3%), refused 0, committed items more than 25% off 20/281 (7.1%);
sentences 77%, notes 79%; parts 100%, counts 91%; weakest kinds: words 50%, sizes 64%, drinks
67% (sizes asked 27%, words 25%). The worst silent misses: "3 slices of roast lamb and half a
cup of peas" 2,114 kcal for 268 and "Made myself a 1/4 lb burger on a bun" 1,789 for 325. The
used sets at the same commit: 98.2, 90.3, 96.6, 97.5, 94.7, 94.7, 92.7, 92.5, 92.7, 93.8,
94.5, 90.7, 93.3%. Now a set to tune on; `held_out_14` is the next round's measure.
"""

from __future__ import annotations

from tests.meals.phrases import Item, Phrase

PHRASES: tuple[Phrase, ...] = (
    Phrase(
        text="grabbed a double quarter pounder w cheese and large fries on the way home",
        kind="chain",
        sentence=True,
        items=(
            Item(
                "21345",
                280.0,
                "21345 McDONALD'S, DOUBLE QUARTER POUNDER with Cheese: 1 item = 280 g",
            ),
            Item("21238", 154.0, "21238 McDONALD'S, French Fries: 1 large serving = 154 g"),
        ),
    ),
    Phrase(
        text="mcchicken no mayo + small fries",
        kind="chain",
        sentence=False,
        items=(
            Item(
                "21356",
                138.0,
                "21356 McDONALD'S, McCHICKEN Sandwich (without mayonnaise): 1 item = 138 g; no mayo = the entry without mayonnaise",
            ),
            Item(
                "21238",
                71.0,
                "21238 McDONALD'S, French Fries: 1 small serving = 71 g; fries of a McDonald's order = McDonald's fries",
            ),
        ),
    ),
    Phrase(
        text="popeyes 2pc mild, breast and thigh, with a biscuit and regular coleslaw",
        kind="chain",
        sentence=False,
        items=(
            Item(
                "21456",
                192.0,
                "21456 POPEYES, Fried Chicken, Mild, Breast, meat and skin with breading: 1 breast, with skin = 192 g; a piece as served = the with-skin measure",
            ),
            Item(
                "21458",
                118.0,
                "21458 POPEYES, Fried Chicken, Mild, Thigh, meat and skin with breading: 1 thigh, with skin = 118 g",
            ),
            Item("21415", 59.0, "21415 POPEYES, Biscuit: 1 biscuit = 59 g"),
            Item(
                "21416",
                120.0,
                "21416 POPEYES, Coleslaw: 1 package = 120 g; a regular side = one package",
            ),
        ),
    ),
    Phrase(
        text="For lunch I had a Wendy's Jr cheeseburger and a 4 piece nuggets",
        kind="chain",
        sentence=True,
        items=(
            Item(
                "21242",
                129.0,
                "21242 WENDY'S, Jr. Hamburger, with cheese: 1 item = 129 g; Jr cheeseburger = Jr. Hamburger with cheese",
            ),
            Item("21246", 60.0, "21246 WENDY'S, Chicken Nuggets: 4 pieces Kid's Meal = 60 g"),
        ),
    ),
    Phrase(
        text="KFC 20 piece popcorn chicken and a side of potato wedges",
        kind="chain",
        sentence=False,
        items=(
            Item(
                "21422",
                112.0,
                "21422 KENTUCKY FRIED CHICKEN, Popcorn Chicken: 2 x 10 pieces (56 g) = 112 g; 20 pieces",
            ),
            Item(
                "21423",
                134.0,
                "21423 KENTUCKY FRIED CHICKEN, Potato Wedges, analyzed prior to January 2007: 1 package = 134 g; a side = one package",
            ),
        ),
    ),
    Phrase(
        text="Maccas brekkie - sausage mcmuffin w egg and a hash brown",
        kind="chain",
        sentence=False,
        items=(
            Item(
                "21359",
                165.0,
                "21359 McDONALD'S, Sausage McMuffin with Egg: 1 item 5.7 oz = 165 g; Maccas (Australian) = McDonald's; brekkie = breakfast",
            ),
            Item(
                "21319",
                56.0,
                "21319 McDONALD'S, Hash Browns: 2 oz = 56 g; one hash brown = the entry's 2 oz item",
            ),
        ),
    ),
    Phrase(
        text="can you log 2 chicken soft tacos and a steak burrito supreme from taco bell",
        kind="chain",
        sentence=True,
        items=(
            Item(
                "21262",
                196.0,
                "21262 TACO BELL, Soft Taco with chicken, cheese and lettuce: 2 x 1 each taco (98 g) = 196 g",
            ),
            Item("21267", 248.0, "21267 TACO BELL, BURRITO SUPREME with steak: 1 item = 248 g"),
        ),
    ),
    Phrase(
        text="Ate 3 slices of Little Caesars pepperoni in the car lol",
        kind="chain",
        sentence=True,
        items=(
            Item(
                "21288",
                270.0,
                '21288 LITTLE CAESARS 14" Original Round Pepperoni Pizza, Regular Crust: 3 x 1 slice (90 g) = 270 g; Little Caesars pepperoni of unsaid crust = Original Round, regular crust',
            ),
        ),
    ),
    Phrase(
        text="papa johns the works x2 slices + a can of coke",
        kind="chain",
        sentence=False,
        items=(
            Item(
                "21285",
                306.0,
                "21285 PAPA JOHN'S 14\" The Works Pizza, Original Crust: 2 x 1 slice (153 g) = 306 g; crust unsaid = original",
            ),
            Item(
                "14400",
                368.0,
                "14400 Carbonated beverage, cola, contains caffeine: 1 can 12 fl oz = 368 g; a coke = a 12 fl oz can",
            ),
        ),
    ),
    Phrase(
        text="I ordered the 8 piece chicken tenders and a medium vanilla shake at Burger King",
        kind="chain",
        sentence=True,
        items=(
            Item("21256", 123.0, "21256 BURGER KING, CHICKEN TENDERS: 8 pieces = 123 g"),
            Item("21141", 397.0, "21141 BURGER KING, Vanilla Shake: 1 medium 16 fl oz = 397 g"),
        ),
    ),
    Phrase(
        text="large oreo mcflurry",
        kind="chain",
        sentence=False,
        items=(
            Item(
                "21339",
                487.0,
                "21339 McDONALD'S, McFLURRY with OREO cookies: 16 fl oz cup large = 487 g",
            ),
        ),
    ),
    Phrase(
        text="We went to Denny's and I had the top sirloin with fries",
        kind="chain",
        sentence=True,
        items=(
            Item("36615", 107.0, "36615 DENNY'S, top sirloin steak: 1 steak = 107 g"),
            Item(
                "36610",
                164.0,
                "36610 DENNY'S, French fries: 1 serving = 164 g; fries with a Denny's entree = one serving of Denny's fries",
            ),
        ),
    ),
    Phrase(
        text="venti skinny latte pls",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14210",
                60.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 2 fl oz x 30.00 g (1 fluid ounce = 30 g) = 60 g; venti = 20 fl oz with 2 shots of 1 fl oz",
            ),
            Item(
                "01085",
                520.2,
                "01085 Milk, nonfat, fluid, with added vitamin A and vitamin D (fat free or skim): 17 fl oz x 30.60 g (1 fl oz = 30.6 g) = 520.2 g; skinny = nonfat milk; latte milk = the cup less its shots and 1 fl oz of foam: 20 - 2 - 1 = 17 fl oz",
            ),
        ),
    ),
    Phrase(
        text="Had two flat whites this morning, both with full cream milk",
        kind="coffee",
        sentence=True,
        items=(
            Item(
                "14210",
                120.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 4 fl oz x 30.00 g (1 fluid ounce = 30 g) = 120 g; a flat white = 2 shots (2 fl oz); two of them = 4 fl oz",
            ),
            Item(
                "01077",
                244.0,
                "01077 Milk, whole, 3.25% milkfat, with added vitamin D: 8 fl oz x 30.50 g (1 fl oz = 30.5 g) = 244 g; a flat white = 4 fl oz milk; two = 8 fl oz; full cream (Australian) = whole milk",
            ),
        ),
    ),
    Phrase(
        text="1 cup chai with milk n one sugar",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14355",
                118.4,
                "14355 Tea, black, brewed, prepared with tap water: 4 fl oz x 29.60 g (1 fl oz = 29.6 g) = 118.4 g; chai (Indian) = an 8 fl oz cup, half brewed black tea (4 fl oz)",
            ),
            Item(
                "01077",
                122.0,
                "01077 Milk, whole, 3.25% milkfat, with added vitamin D: 4 fl oz x 30.50 g (1 fl oz = 30.5 g) = 122 g; and half whole milk (4 fl oz)",
            ),
            Item(
                "19335",
                4.2,
                "19335 Sugars, granulated: 1 tsp = 4.2 g; one sugar stirred in = 1 tsp",
            ),
        ),
    ),
    Phrase(
        text="nescafe w 2 sugars and a splash of milk at 10",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14215",
                238.4,
                "14215 Coffee, instant, regular, prepared with water: 8 fl oz x 29.80 g (1 fl oz = 29.8 g) = 238.4 g; Nescafe = instant coffee made with water; a cup = 8 fl oz",
            ),
            Item(
                "19335",
                8.4,
                "19335 Sugars, granulated: 2 x 1 tsp (4.2 g) = 8.4 g; a sugar stirred in at home = 1 tsp",
            ),
            Item(
                "01079",
                30.5,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 1 fl oz x 30.50 g (1 fl oz = 30.5 g) = 30.5 g; a splash of milk = 2 tbsp (1 fl oz); milk unsaid = 2%",
            ),
        ),
    ),
    Phrase(
        text="kopi o kosong, 2 half boiled eggs and a slice of toast",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14209",
                177.6,
                "14209 Coffee, brewed from grounds, prepared with tap water: 6 fl oz x 29.60 g (1 fl oz = 29.6 g) = 177.6 g; kopi = 6 fl oz brewed coffee; o = black, kosong = no sugar",
            ),
            Item(
                "01129",
                100.0,
                "01129 Egg, whole, cooked, hard-boiled: 2 x 1 large (50 g) = 100 g; half-boiled (soft-boiled) egg = SR24's hard-boiled egg (no soft-boiled entry); an egg of unsaid size = large",
            ),
            Item(
                "18070",
                22.0,
                "18070 Bread, white, commercially prepared, toasted: 1 slice = 22 g; toast = toasted white bread",
            ),
        ),
    ),
    Phrase(
        text="Can you add a tall soy cappuccino",
        kind="coffee",
        sentence=True,
        items=(
            Item(
                "14210",
                30.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 1 fl oz x 30.00 g (1 fluid ounce = 30 g) = 30 g; tall = 12 fl oz, 1 shot",
            ),
            Item(
                "16139",
                168.3,
                "16139 Soymilk, original and vanilla, with added calcium, vitamins A and D: 5.5 fl oz x 30.60 g (1 fl oz = 30.6 g) = 168.3 g; cappuccino milk = half of the rest of the cup (12 - 1 = 11, half = 5.5 fl oz); soy of unsaid kind = original, fortified soymilk",
            ),
        ),
    ),
    Phrase(
        text="Grabbed a grande mocha on the way to class, no whip",
        kind="coffee",
        sentence=True,
        items=(
            Item(
                "14210",
                60.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 2 fl oz x 30.00 g (1 fluid ounce = 30 g) = 60 g; grande = 16 fl oz, 2 shots",
            ),
            Item(
                "14181",
                39.0,
                "14181 Chocolate syrup: 1 serving 2 tbsp = 39 g; a mocha = a latte with 2 tbsp (1 fl oz) chocolate syrup in place of as much milk",
            ),
            Item(
                "01079",
                366.0,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 12 fl oz x 30.50 g (1 fl oz = 30.5 g) = 366 g; milk = 16 - 2 shots - 1 syrup - 1 foam = 12 fl oz; milk unsaid = 2%; no whip = no whipped cream",
            ),
        ),
    ),
    Phrase(
        text="Got a long black and a slice of banana bread at the cafe this arvo",
        kind="coffee",
        sentence=True,
        items=(
            Item(
                "14210",
                60.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 2 fl oz x 30.00 g (1 fluid ounce = 30 g) = 60 g; long black = 2 shots over hot water (water not counted)",
            ),
            Item(
                "18019",
                60.0,
                "18019 Bread, banana, prepared from recipe, made with margarine: 1 slice = 60 g",
            ),
        ),
    ),
    Phrase(
        text="grande cold brew w/ a splash of half & half",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14209",
                473.6,
                "14209 Coffee, brewed from grounds, prepared with tap water: 16 fl oz x 29.60 g (1 fl oz = 29.6 g) = 473.6 g; grande = 16 fl oz; cold brew = brewed coffee",
            ),
            Item(
                "01049",
                30.0,
                "01049 Cream, fluid, half and half: 2 x 1 tbsp (15 g) = 30 g; a splash = 2 tbsp",
            ),
        ),
    ),
    Phrase(
        text="Just had a cuppa with milk, no sugar, and 2 ginger nuts",
        kind="coffee",
        sentence=True,
        items=(
            Item(
                "14355",
                236.8,
                "14355 Tea, black, brewed, prepared with tap water: 8 fl oz x 29.60 g (1 fl oz = 29.6 g) = 236.8 g; a cuppa = a mug (8 fl oz) of black tea",
            ),
            Item(
                "01079",
                30.5,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 1 fl oz x 30.50 g (1 fl oz = 30.5 g) = 30.5 g; with milk = a splash, 2 tbsp (1 fl oz); milk unsaid = 2%",
            ),
            Item(
                "18172",
                14.0,
                "18172 Cookies, gingersnaps: 2 x 1 cookie (7 g) = 14 g; ginger nut (UK) = gingersnap",
            ),
        ),
    ),
    Phrase(
        text="I had a mug of hot chocolate made with whole milk before bed",
        kind="coffee",
        sentence=True,
        items=(
            Item(
                "14177",
                266.0,
                "14177 Chocolate-flavor beverage mix, powder, prepared with whole milk: 1 cup (8 fl oz) = 266 g; a mug = 8 fl oz; hot chocolate made with milk = chocolate-flavor beverage mix prepared with whole milk",
            ),
        ),
    ),
    Phrase(
        text="a mug of rooibos with milk and two sugars",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14381",
                236.8,
                "14381 Tea, herb, other than chamomile, brewed: 8 fl oz x 29.60 g (1 fl oz = 29.6 g) = 236.8 g; rooibos (South African) = herbal tea, brewed; a mug = 8 fl oz",
            ),
            Item(
                "01079",
                30.5,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 1 fl oz x 30.50 g (1 fl oz = 30.5 g) = 30.5 g; with milk = a splash, 2 tbsp (1 fl oz); milk unsaid = 2%",
            ),
            Item(
                "19335",
                8.4,
                "19335 Sugars, granulated: 2 x 1 tsp (4.2 g) = 8.4 g; a sugar stirred in at home = 1 tsp",
            ),
        ),
    ),
    Phrase(
        text="Had 2 pints of Guinness down the pub",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "14003",
                1140.5,
                "14003 Alcoholic beverage, beer, regular, all: 38.4 fl oz x 29.70 g (1 fl oz = 29.7 g) = 1140.5 g; a pint in Ireland or the UK = 20 imperial fl oz = 568 ml = 19.2 US fl oz; 2 pints = 38.4 fl oz; Guinness = regular beer",
            ),
        ),
    ),
    Phrase(
        text="glass of fresh OJ",
        kind="drink",
        sentence=False,
        items=(
            Item(
                "09206",
                248.0,
                "09206 Orange juice, raw: 1 cup = 248 g; a glass = 8 fl oz = 1 cup; fresh OJ = raw orange juice",
            ),
        ),
    ),
    Phrase(
        text="I took one big Star lager yesterday night",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "14003",
                602.6,
                "14003 Alcoholic beverage, beer, regular, all: 600 ml = 20.29 fl oz x 29.70 g (1 fl oz = 29.7 g) = 602.6 g; a big bottle (Nigerian) = 600 ml; took = drank; Star lager = regular beer",
            ),
        ),
    ),
    Phrase(
        text="2 tusker 500ml",
        kind="drink",
        sentence=False,
        items=(
            Item(
                "14003",
                1004.3,
                "14003 Alcoholic beverage, beer, regular, all: 1000 ml = 33.81 fl oz x 29.70 g (1 fl oz = 29.7 g) = 1004.3 g; 2 x 500 ml; Tusker (Kenyan lager) = regular beer",
            ),
        ),
    ),
    Phrase(
        text="a 16oz can of monster",
        kind="drink",
        sentence=False,
        items=(
            Item(
                "14627",
                480.0,
                "14627 Energy Drink, Monster: 16 fl oz x 30 g per fl oz (1 serving = 8 fl oz = 240 g) = 480 g",
            ),
        ),
    ),
    Phrase(
        text="Had a G&T and then a glass of sav at the bach",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "14049",
                42.0,
                "14049 Alcoholic beverage, distilled, gin, 90 proof: 1 jigger 1.5 fl oz = 42 g; a G&T = one 1.5 fl oz shot of gin and 4 fl oz tonic",
            ),
            Item(
                "14155",
                122.0,
                "14155 Carbonated beverage, tonic water: 4 fl oz x 30.50 g (1 fl oz = 30.5 g) = 122 g",
            ),
            Item(
                "14134",
                147.0,
                "14134 Alcoholic beverage, wine, table, white, Sauvignon Blanc: 1 serving 5 fl oz = 147 g; sav = Sauvignon Blanc; a glass of wine = 5 fl oz",
            ),
        ),
    ),
    Phrase(
        text="Made myself a cup of milo with milk",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "14318",
                265.0,
                "14318 Malted drink mix, chocolate, powder, prepared with whole milk: 1 cup (8 fl oz) = 265 g; Milo = chocolate malted drink mix; with milk = prepared with whole milk; a cup = 8 fl oz",
            ),
        ),
    ),
    Phrase(
        text="Had 3 rum and coke at the session last night",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "14050",
                126.0,
                "14050 Alcoholic beverage, distilled, rum, 80 proof: 3 x 1 jigger 1.5 fl oz (42 g) = 126 g; a rum and coke = one 1.5 fl oz shot of rum and 6 fl oz cola",
            ),
            Item(
                "14400",
                552.6,
                "14400 Carbonated beverage, cola, contains caffeine: 18 fl oz x 30.70 g (1 fl oz = 30.7 g) = 552.6 g; 3 x 6 fl oz cola",
            ),
        ),
    ),
    Phrase(
        text="drank a 600ml powerade after football",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "14461",
                618.8,
                "14461 Sports drink, COCA-COLA, POWERADE, lemon-lime flavored, ready-to-drink: 600 ml = 20.29 fl oz x 30.50 g (1 fl oz = 30.5 g) = 618.8 g",
            ),
        ),
    ),
    Phrase(
        text="glass of chaas with lunch",
        kind="drink",
        sentence=False,
        items=(
            Item(
                "01088",
                245.0,
                "01088 Milk, buttermilk, fluid, cultured, lowfat: 1 cup = 245 g; chaas (Indian) = cultured lowfat buttermilk; a glass = 8 fl oz",
            ),
        ),
    ),
    Phrase(
        text="bottle of arizona iced tea",
        kind="drink",
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
        text="Had a Castle quart at the braai",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "14003",
                753.2,
                "14003 Alcoholic beverage, beer, regular, all: 750 ml = 25.36 fl oz x 29.70 g (1 fl oz = 29.7 g) = 753.2 g; a quart (South African) = a 750 ml bottle; Castle lager = regular beer; braai = barbecue",
            ),
        ),
    ),
    Phrase(
        text="5 fish fingers, half a cup of peas",
        kind="count",
        sentence=False,
        items=(
            Item(
                "15027",
                140.0,
                '15027 Fish, fish portions and sticks, frozen, preheated: 5 x 1 stick (4" x 1" x 1/2") (28 g) = 140 g; fish finger (UK) = fish stick, frozen, heated',
            ),
            Item(
                "11313",
                80.0,
                "11313 Peas, green, frozen, cooked, boiled, drained, without salt: 0.5 cup = 80 g; peas = frozen green peas, boiled",
            ),
        ),
    ),
    Phrase(
        text="I snacked on 15 almonds and an apple",
        kind="count",
        sentence=True,
        items=(
            Item("12061", 18.0, "12061 Nuts, almonds: 15 x 1 almond (1.2 g) = 18 g"),
            Item(
                "09003",
                182.0,
                '09003 Apples, raw, with skin: 1 medium (3" dia) = 182 g; a size not said = medium',
            ),
        ),
    ),
    Phrase(
        text="2 bananas and like 20 grapes",
        kind="count",
        sentence=False,
        items=(
            Item(
                "09040",
                236.0,
                '09040 Bananas, raw: 2 x 1 medium (7" to 7-7/8" long) (118 g) = 236 g',
            ),
            Item(
                "09132",
                98.0,
                "09132 Grapes, red or green (European type, such as Thompson seedless), raw: 2 x 10 grapes (49 g) = 98 g; 20 grapes; grapes of unsaid kind = red or green seedless",
            ),
        ),
    ),
    Phrase(
        text="had 6 saltines with a slice of cheddar",
        kind="count",
        sentence=True,
        items=(
            Item(
                "18228",
                18.0,
                "18228 Crackers, saltines (includes oyster, soda, soup): 6 x 1 cracker square (3 g) = 18 g",
            ),
            Item("01009", 28.0, "01009 Cheese, cheddar: 1 slice (1 oz) = 28 g"),
        ),
    ),
    Phrase(
        text="3 oreos dunked in a glass of milk",
        kind="count",
        sentence=False,
        items=(
            Item(
                "18166",
                34.0,
                "18166 Cookies, chocolate sandwich, with creme filling, regular: 3 cookies (1 NLEA serving) = 34 g; Oreo = chocolate sandwich cookie with creme filling",
            ),
            Item(
                "01079",
                244.0,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 1 cup = 244 g; a glass = 8 fl oz; milk unsaid = 2%",
            ),
        ),
    ),
    Phrase(
        text="7 strawberries n 2 kiwis",
        kind="count",
        sentence=False,
        items=(
            Item("09316", 84.0, '09316 Strawberries, raw: 7 x 1 medium (1-1/4" dia) (12 g) = 84 g'),
            Item(
                "09148",
                138.0,
                '09148 Kiwifruit, green, raw: 2 x 1 fruit (2" dia) (69 g) = 138 g; kiwi of unsaid kind = green',
            ),
        ),
    ),
    Phrase(
        text="Ate 10 cherry tomatoes and 6 baby carrots with 2 tbsp hummus",
        kind="count",
        sentence=True,
        items=(
            Item(
                "11529",
                170.0,
                "11529 Tomatoes, red, ripe, raw, year round average: 10 x 1 cherry (17 g) = 170 g",
            ),
            Item("11960", 60.0, "11960 Carrots, baby, raw: 6 x 1 medium (10 g) = 60 g"),
            Item(
                "16158",
                30.0,
                "16158 Hummus, commercial: 2 x 1 tbsp (15 g) = 30 g; hummus of unsaid kind = commercial",
            ),
        ),
    ),
    Phrase(
        text="The kids made me 3 pancakes with syrup",
        kind="count",
        sentence=True,
        items=(
            Item(
                "18293",
                114.0,
                '18293 Pancakes, plain, prepared from recipe: 3 x 1 pancake (4" dia) (38 g) = 114 g; pancakes of unsaid size = 4 in, made from a recipe',
            ),
            Item(
                "19129",
                40.0,
                "19129 Syrups, table blends, pancake: 2 x 1 tbsp (20 g) = 40 g; syrup on pancakes = 2 tbsp pancake syrup",
            ),
        ),
    ),
    Phrase(
        text="2 mandarins and 4 medjool dates",
        kind="count",
        sentence=False,
        items=(
            Item(
                "09218",
                176.0,
                '09218 Tangerines, (mandarin oranges), raw: 2 x 1 medium (2-1/2" dia) (88 g) = 176 g; mandarin = tangerine',
            ),
            Item("09421", 96.0, "09421 Dates, medjool: 4 x 1 date, pitted (24 g) = 96 g"),
        ),
    ),
    Phrase(
        text="I had 8 chicken wings at the game",
        kind="count",
        sentence=True,
        items=(
            Item(
                "05102",
                256.0,
                "05102 Chicken, broilers or fryers, wing, meat and skin, cooked, fried, flour: 8 x 1 wing, bone removed (32 g) = 256 g; wings at a game = fried (flour-coated) chicken wings, meat and skin",
            ),
        ),
    ),
    Phrase(
        text="Ate about 12 pretzel twists on the bus",
        kind="count",
        sentence=True,
        items=(
            Item(
                "19047",
                72.0,
                "19047 Snacks, pretzels, hard, plain, salted: 1.2 x 10 twists (60 g) = 72 g; 12 twists = 1.2 x 10 twists; about = the number said",
            ),
        ),
    ),
    Phrase(
        text="grilled salmon fillet with a cup of brown rice",
        kind="cooked",
        sentence=False,
        items=(
            Item(
                "15237",
                178.0,
                "15237 Fish, salmon, Atlantic, farmed, cooked, dry heat: 0.5 fillet = 178 g; a salmon fillet = the entry's fillet measure (half a side); salmon of unsaid kind = farmed Atlantic, cooked",
            ),
            Item("20037", 195.0, "20037 Rice, brown, long-grain, cooked: 1 cup = 195 g"),
        ),
    ),
    Phrase(
        text="Dinner was 2 boiled spuds with a knob of butter",
        kind="cooked",
        sentence=True,
        items=(
            Item(
                "11367",
                334.0,
                '11367 Potatoes, boiled, cooked without skin, flesh, without salt: 2 x 1 medium (2-1/4" to 3-1/4" dia.) (167 g) = 334 g; spud = potato; boiled, peeled; size unsaid = medium',
            ),
            Item("01001", 14.2, "01001 Butter, salted: 1 tbsp = 14.2 g; a knob of butter = 1 tbsp"),
        ),
    ),
    Phrase(
        text="I had a roast chicken thigh with the skin on",
        kind="cooked",
        sentence=True,
        items=(
            Item(
                "05094",
                135.0,
                "05094 Chicken, broilers or fryers, thigh, meat and skin, cooked, roasted: 1 thigh with skin (yield from 1 lb ready-to-cook chicken) = 135 g; roasted thigh, meat and skin",
            ),
        ),
    ),
    Phrase(
        text="I ate 1 cup of boiled yam with a tablespoon of palm oil",
        kind="cooked",
        sentence=True,
        items=(
            Item(
                "11602",
                136.0,
                "11602 Yam, cooked, boiled, drained, or baked, without salt: 1 cup, cubes = 136 g",
            ),
            Item("04055", 13.6, "04055 Oil, palm: 1 tbsp = 13.6 g"),
        ),
    ),
    Phrase(
        text="baked sweet potato and a cup of steamed green beans",
        kind="cooked",
        sentence=False,
        items=(
            Item(
                "11508",
                114.0,
                '11508 Sweet potato, cooked, baked in skin, without salt: 1 medium (2" dia, 5" long, raw) = 114 g; size unsaid = medium',
            ),
            Item(
                "11053",
                125.0,
                "11053 Beans, snap, green, cooked, boiled, drained, without salt: 1 cup = 125 g; steamed = boiled (SR24 has no steamed entry)",
            ),
        ),
    ),
    Phrase(
        text="Supper was 4 oz steamed tilapia and a cup of sukuma wiki",
        kind="cooked",
        sentence=True,
        items=(
            Item(
                "15262",
                113.4,
                "15262 Fish, tilapia, cooked, dry heat: 4 oz x 28.35 g = 113.4 g; cooked weight; steamed fish = SR24's cooked (dry heat) tilapia",
            ),
            Item(
                "11162",
                190.0,
                "11162 Collards, cooked, boiled, drained, without salt: 1 cup, chopped = 190 g; sukuma wiki (Kenyan) = collard greens, boiled",
            ),
        ),
    ),
    Phrase(
        text="I pan fried a pork chop and had it with half a cup of applesauce",
        kind="cooked",
        sentence=True,
        items=(
            Item(
                "10186",
                142.0,
                "10186 Pork, fresh, loin, top loin (chops), boneless, separable lean and fat, cooked, pan-fried: 1 chop = 142 g; pork chop of unsaid cut = boneless top loin chop, pan-fried",
            ),
            Item(
                "09019",
                122.0,
                "09019 Applesauce, canned, unsweetened, without added ascorbic acid (includes USDA commodity): 0.5 x 1 cup (244 g) = 122 g; applesauce of unsaid kind = unsweetened",
            ),
        ),
    ),
    Phrase(
        text="3 slices of roast lamb and half a cup of peas",
        kind="cooked",
        sentence=False,
        items=(
            Item(
                "17231",
                85.05,
                '17231 Lamb, domestic, leg, whole (shank and sirloin), separable lean and fat, trimmed to 1/8" fat, choice, cooked, roasted: 3 oz x 28.35 g = 85.05 g; a slice of roast meat = 1 oz; roast lamb = roasted leg, lean and fat',
            ),
            Item(
                "11313",
                80.0,
                "11313 Peas, green, frozen, cooked, boiled, drained, without salt: 0.5 cup = 80 g",
            ),
        ),
    ),
    Phrase(
        text="For lunch I was eating one cup lentils boiled and one cup rice",
        kind="cooked",
        sentence=True,
        items=(
            Item(
                "16070",
                198.0,
                "16070 Lentils, mature seeds, cooked, boiled, without salt: 1 cup = 198 g",
            ),
            Item(
                "20045",
                158.0,
                "20045 Rice, white, long-grain, regular, cooked: 1 cup = 158 g; rice = cooked white long-grain rice",
            ),
        ),
    ),
    Phrase(
        text="2 grilled lamb chops with a cup of steamed spinach",
        kind="cooked",
        sentence=False,
        items=(
            Item(
                "17024",
                128.0,
                '17024 Lamb, domestic, loin, separable lean and fat, trimmed to 1/4" fat, choice, cooked, broiled: 2 x 1 chop, excluding refuse (yield from 1 raw chop, with refuse, weighing 120 g) (64 g) = 128 g; lamb chop = loin chop, broiled (grilled)',
            ),
            Item(
                "11458",
                180.0,
                "11458 Spinach, cooked, boiled, drained, without salt: 1 cup = 180 g; steamed = boiled",
            ),
        ),
    ),
    Phrase(
        text="boiled corn on the cob x2",
        kind="cooked",
        sentence=False,
        items=(
            Item(
                "11168",
                206.0,
                '11168 Corn, sweet, yellow, cooked, boiled, drained, without salt: 2 x 1 ear medium (6-3/4" to 7-1/2" long) (103 g) = 206 g; size unsaid = medium; butter not counted unless said',
            ),
        ),
    ),
    Phrase(
        text="general tsos chicken (the whole order) and a cup of fried rice",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "36618", 535.0, "36618 Restaurant, Chinese, general tso's chicken: 1 order = 535 g"
            ),
            Item("36602", 140.0, "36602 Restaurant, Chinese, fried rice: 1 cup = 140 g"),
        ),
    ),
    Phrase(
        text="Had kung pao chicken and an egg roll from the Chinese place",
        kind="dish",
        sentence=True,
        items=(
            Item(
                "36619",
                604.0,
                "36619 Restaurant, Chinese, kung pao chicken: 1 order = 604 g; a dish ordered from a restaurant = one order",
            ),
            Item("36601", 89.0, "36601 Restaurant, Chinese, egg rolls, assorted: 1 piece = 89 g"),
        ),
    ),
    Phrase(
        text="I had 2 pupusas con queso at the Salvadoran place",
        kind="dish",
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
        text="a bowl of beef stew with a slice of crusty bread",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "22905",
                294.0,
                "22905 Beef stew, canned entree: 1.5 x 1 cup (1 serving) (196 g) = 294 g; a bowl of stew = 1.5 cups; beef stew = SR24's beef stew entree",
            ),
            Item(
                "18029",
                64.0,
                '18029 Bread, french or vienna (includes sourdough): 1 slice, medium (4" x 2-1/2" x 1-3/4") = 64 g; crusty bread = French or Vienna bread; size unsaid = medium',
            ),
        ),
    ),
    Phrase(
        text="had a chicken pot pie for tea",
        kind="dish",
        sentence=True,
        items=(
            Item(
                "22906",
                234.0,
                "22906 Chicken pot pie, frozen entree, prepared: 1 pie (average weight of prepared pie) = 234 g; tea (British) = the evening meal",
            ),
        ),
    ),
    Phrase(
        text="one portion of lasagne",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "22916",
                297.0,
                "22916 Lasagna with meat & sauce, frozen entree: 1 serving = 297 g; lasagne of unsaid kind = with meat and sauce; a portion = the entry's serving",
            ),
        ),
    ),
    Phrase(
        text="a cup of rice and black beans and a cup of fried sweet plantains",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "36405",
                146.0,
                "36405 Restaurant, Latino, Arroz con frijoles negros (rice and black beans): 1 cup = 146 g",
            ),
            Item(
                "09447",
                169.0,
                "09447 Plantains, yellow, fried, Latino restaurant: 1 cup = 169 g; fried sweet (ripe) plantains = yellow plantains, fried",
            ),
        ),
    ),
    Phrase(
        text="two pork tamales",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "36412",
                284.0,
                "36412 Restaurant, Latino, tamale, pork: 2 x 1 piece (142 g) = 284 g",
            ),
        ),
    ),
    Phrase(
        text="Got 2 beef empanadas from the food truck",
        kind="dish",
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
        text="Had a bowl of chili with a piece of cornbread",
        kind="dish",
        sentence=True,
        items=(
            Item(
                "22904",
                363.0,
                "22904 Chili con carne with beans, canned entree: 1.5 x 1 cup (242 g) = 363 g; a bowl of chili = 1.5 cups; chili = chili con carne with beans",
            ),
            Item(
                "18023",
                60.0,
                "18023 Bread, cornbread, dry mix, prepared: 1 piece = 60 g; cornbread = made from a mix",
            ),
        ),
    ),
    Phrase(
        text="For dinner I had a pulled pork sandwich and half a cup of coleslaw",
        kind="dish",
        sentence=True,
        items=(
            Item(
                "22972",
                124.5,
                "22972 Pulled pork in barbecue sauce: 0.5 x 1 cup (249 g) = 124.5 g; a pulled pork sandwich = 1/2 cup pulled pork in barbecue sauce on a bun",
            ),
            Item(
                "18350",
                42.0,
                "18350 Rolls, hamburger or hotdog, plain: 1 roll = 42 g; bun = hamburger roll",
            ),
            Item(
                "11159",
                60.0,
                "11159 Coleslaw, home-prepared: 0.5 cup = 60 g; coleslaw = home-prepared",
            ),
        ),
    ),
    Phrase(
        text="2 cups chicken and dumplings",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "22952",
                494.0,
                "22952 CAMPBELL Soup Company, SWANSON, Chicken and Dumplings: 2 x 1 cup (1 serving) (247 g) = 494 g",
            ),
        ),
    ),
    Phrase(
        text="I had a bowl of Cheerios with skim milk",
        kind="label",
        sentence=True,
        items=(
            Item(
                "08013",
                28.0,
                "08013 Cereals ready-to-eat, GENERAL MILLS, CHEERIOS: 1 cup (1 NLEA serving) = 28 g; a bowl of cereal = its NLEA serving",
            ),
            Item(
                "01085",
                122.5,
                "01085 Milk, nonfat, fluid, with added vitamin A and vitamin D (fat free or skim): 0.5 x 1 cup (245 g) = 122.5 g; with milk = 1/2 cup",
            ),
        ),
    ),
    Phrase(
        text="Special K Red Berries with semi-skimmed",
        kind="label",
        sentence=False,
        items=(
            Item(
                "08383",
                31.0,
                "08383 Cereals ready-to-eat, KELLOGG, KELLOGG'S SPECIAL K Red Berries: 1 cup (1 NLEA serving) = 31 g; a cereal of unsaid amount = a bowl, its NLEA serving",
            ),
            Item(
                "01079",
                122.0,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 0.5 x 1 cup (244 g) = 122 g; 1/2 cup milk; semi-skimmed (UK, 1.7%) = 2% milk",
            ),
        ),
    ),
    Phrase(
        text="Got a snickers and a coke zero from the vending machine at work",
        kind="label",
        sentence=True,
        items=(
            Item(
                "19155", 57.0, "19155 Candies, MARS SNACKFOOD US, SNICKERS Bar: 1 bar (2 oz) = 57 g"
            ),
            Item(
                "14416",
                355.0,
                "14416 Carbonated beverage, low calorie, cola or pepper-type, with aspartame, contains caffeine: 1 can 12 fl oz = 355 g; Coke Zero = diet cola, the closest SR24 entry; a bottle or can unsaid = a 12 fl oz can",
            ),
        ),
    ),
    Phrase(
        text="one 4 finger kitkat",
        kind="label",
        sentence=False,
        items=(
            Item(
                "19109",
                42.0,
                "19109 Candies, KIT KAT Wafer Bar: 1 bar (1.5 oz) = 42 g; a 4 finger Kit Kat = the standard 1.5 oz bar",
            ),
        ),
    ),
    Phrase(
        text="pack of reeses cups",
        kind="label",
        sentence=False,
        items=(
            Item(
                "19150",
                45.0,
                "19150 Candies, REESE'S Peanut Butter Cups: 1 package 1.6 oz 2 cups = 45 g",
            ),
        ),
    ),
    Phrase(
        text="Ate a clif bar before my long run",
        kind="label",
        sentence=True,
        items=(Item("25051", 68.0, "25051 Snacks, CLIF BAR, mixed flavors: 1 bar = 68 g"),),
    ),
    Phrase(
        text="10 ritz crackers w 2 tbsp peanut butter",
        kind="label",
        sentence=False,
        items=(
            Item(
                "18621",
                32.0,
                "18621 NABISCO, NABISCO RITZ Crackers: 2 x 5 cracker (1 NLEA serving) (16 g) = 32 g; 10 crackers",
            ),
            Item(
                "16098",
                32.0,
                "16098 Peanut butter, smooth style, with salt: 2 tbsp = 32 g; peanut butter of unsaid kind = smooth, salted",
            ),
        ),
    ),
    Phrase(
        text="2 packets of Quaker maple & brown sugar oatmeal, made with water",
        kind="label",
        sentence=False,
        items=(
            Item(
                "08130",
                86.0,
                "08130 Cereals, QUAKER, Instant Oatmeal, maple and brown sugar, dry: 2 x 1 packet (43 g) = 86 g; dry weight; water not counted",
            ),
        ),
    ),
    Phrase(
        text="a red bull 250ml",
        kind="label",
        sentence=False,
        items=(
            Item(
                "14154",
                258.0,
                "14154 Energy drink, RED BULL, with added caffeine, niacin, pantothenic acid, vitamins B6 and B12: 1 can 8.4 fl oz = 258 g; 250 ml = the 8.4 fl oz can",
            ),
        ),
    ),
    Phrase(
        text="Microwaved a ham n cheese hot pocket for lunch",
        kind="label",
        sentence=True,
        items=(
            Item(
                "22537",
                127.0,
                "22537 HOT POCKETS Ham 'N Cheese Stuffed Sandwich, frozen: 1 serving (1 hot pocket) = 127 g",
            ),
        ),
    ),
    Phrase(
        text="sunchips original 1oz bag",
        kind="label",
        sentence=False,
        items=(
            Item(
                "25013",
                28.35,
                "25013 Snacks, FRITOLAY, SUNCHIPS, Multigrain Snack, original flavor: 1 oz = 28.35 g",
            ),
        ),
    ),
    Phrase(
        text="I demolished a king size twix",
        kind="label",
        sentence=True,
        items=(
            Item(
                "19160",
                95.0,
                "19160 Candies, MARS SNACKFOOD US, TWIX Caramel Cookie Bars: 1 package, king size (3.35 oz, 4 bars) = 95 g",
            ),
        ),
    ),
    Phrase(
        text="For breakfast I had two slices of wholemeal toast with peanut butter and a banana",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "18076",
                50.0,
                "18076 Bread, whole-wheat, commercially prepared, toasted: 2 x 1 slice (25 g) = 50 g; wholemeal = whole-wheat; toast = toasted",
            ),
            Item(
                "16098",
                32.0,
                "16098 Peanut butter, smooth style, with salt: 2 tbsp = 32 g; peanut butter on toast = 1 tbsp per slice",
            ),
            Item("09040", 118.0, '09040 Bananas, raw: 1 medium (7" to 7-7/8" long) = 118 g'),
        ),
    ),
    Phrase(
        text="Dinner was a grilled chicken breast, a cup of rice and a cup of steamed broccoli",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "05064",
                86.0,
                "05064 Chicken, broilers or fryers, breast, meat only, cooked, roasted: 0.5 breast, bone and skin removed = 86 g; grilled chicken breast = roasted breast meat; one chicken breast = SR24's 0.5 breast measure (a split breast, as sold)",
            ),
            Item("20045", 158.0, "20045 Rice, white, long-grain, regular, cooked: 1 cup = 158 g"),
            Item(
                "11091",
                156.0,
                "11091 Broccoli, cooked, boiled, drained, without salt: 2 x 0.5 cup, chopped (78 g) = 156 g; 1 cup; steamed = boiled",
            ),
        ),
    ),
    Phrase(
        text="I had a tuna mayo sandwich, an apple and a diet coke for lunch",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "18069",
                56.0,
                "18069 Bread, white, commercially prepared (includes soft bread crumbs): 2 x 1 slice (28 g) = 56 g; a sandwich = 2 slices of white bread; a slice = the entry's first slice measure, 28 g",
            ),
            Item(
                "15121",
                56.7,
                "15121 Fish, tuna, light, canned in water, drained solids: 2 oz x 28.35 g = 56.7 g; tuna in a sandwich = 2 oz light tuna in water, drained",
            ),
            Item(
                "04025",
                13.8,
                "04025 Salad dressing, mayonnaise, soybean oil, with salt: 1 tbsp = 13.8 g; mayo = regular mayonnaise, 1 tbsp in a sandwich",
            ),
            Item("09003", 182.0, '09003 Apples, raw, with skin: 1 medium (3" dia) = 182 g'),
            Item(
                "14416",
                355.0,
                "14416 Carbonated beverage, low calorie, cola or pepper-type, with aspartame, contains caffeine: 1 can 12 fl oz = 355 g; diet coke = diet cola, a 12 fl oz can",
            ),
        ),
    ),
    Phrase(
        text="Tonight's dinner was two lamb chops, a cup of mash and half a cup of peas with a glass of red",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "17024",
                128.0,
                '17024 Lamb, domestic, loin, separable lean and fat, trimmed to 1/4" fat, choice, cooked, broiled: 2 x 1 chop, excluding refuse (yield from 1 raw chop, with refuse, weighing 120 g) (64 g) = 128 g; lamb chop = loin chop, broiled',
            ),
            Item(
                "11371",
                210.0,
                "11371 Potatoes, mashed, home-prepared, whole milk and margarine added: 1 cup = 210 g; mash = home-prepared mashed potatoes",
            ),
            Item(
                "11313",
                80.0,
                "11313 Peas, green, frozen, cooked, boiled, drained, without salt: 0.5 cup = 80 g",
            ),
            Item(
                "14096",
                147.0,
                "14096 Alcoholic beverage, wine, table, red: 1 serving 5 fl oz = 147 g; a glass of red = 5 fl oz red wine",
            ),
        ),
    ),
    Phrase(
        text="Ate a cup of rice and peas and two pieces of stew chicken for dinner",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "36406",
                157.0,
                "36406 Restaurant, Latino, Arroz con habichuelas colorados (Rice And Red Beans): 1 cup = 157 g; rice and peas (Jamaican) = rice and red beans",
            ),
            Item(
                "05095",
                136.0,
                "05095 Chicken, broilers or fryers, thigh, meat and skin, cooked, stewed: 2 x 1 thigh, bone removed (68 g) = 136 g; a piece of stew chicken = a stewed thigh, meat and skin",
            ),
        ),
    ),
    Phrase(
        text="For supper I had 2 boiled eggs, a slice of toast and a cup of tea",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "01129",
                100.0,
                "01129 Egg, whole, cooked, hard-boiled: 2 x 1 large (50 g) = 100 g; boiled egg = hard-boiled, large",
            ),
            Item(
                "18070",
                22.0,
                "18070 Bread, white, commercially prepared, toasted: 1 slice = 22 g; toast = toasted white bread",
            ),
            Item(
                "14355",
                236.8,
                "14355 Tea, black, brewed, prepared with tap water: 8 fl oz x 29.60 g (1 fl oz = 29.6 g) = 236.8 g; a cup of tea = 8 fl oz black tea, nothing added",
            ),
        ),
    ),
    Phrase(
        text="I had porridge with milk and a spoon of honey for breakfast, and a black coffee",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "08121",
                234.0,
                "08121 Cereals, oats, regular and quick, unenriched, cooked with water (includes boiling and microwaving), without salt: 1 cup = 234 g; porridge of unsaid amount = a bowl, 1 cup cooked oats",
            ),
            Item(
                "01079",
                122.0,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 0.5 x 1 cup (244 g) = 122 g; milk on porridge = 1/2 cup, as on cereal; milk unsaid = 2%",
            ),
            Item(
                "19296",
                7.0,
                "19296 Honey: 1 tsp = 1/3 of 1 tbsp (21 g) = 7 g; a spoon of honey = 1 tsp",
            ),
            Item(
                "14209",
                237.0,
                "14209 Coffee, brewed from grounds, prepared with tap water: 1 cup (8 fl oz) = 237 g; a coffee = 8 fl oz brewed",
            ),
        ),
    ),
    Phrase(
        text="Had a ham and cheese sandwich and a packet of crisps at lunch",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "18069",
                56.0,
                "18069 Bread, white, commercially prepared (includes soft bread crumbs): 2 x 1 slice (28 g) = 56 g; a sandwich = 2 slices of white bread, 28 g each",
            ),
            Item(
                "07029",
                56.0,
                "07029 Ham, sliced, regular (approximately 11% fat): 2 x 1 slice (28 g) = 56 g; ham and cheese sandwich = 2 slices ham and 1 slice cheddar, no spread",
            ),
            Item("01009", 28.0, "01009 Cheese, cheddar: 1 slice (1 oz) = 28 g"),
            Item(
                "19411",
                28.35,
                "19411 Snacks, potato chips, plain, salted: 1 oz = 28.35 g; crisps (UK, Irish) = potato chips; a packet = 1 oz",
            ),
        ),
    ),
    Phrase(
        text="Brekkie was 2 poached eggs on sourdough with half an avo and a long black",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item("01131", 100.0, "01131 Egg, whole, cooked, poached: 2 x 1 large (50 g) = 100 g"),
            Item(
                "18030",
                118.0,
                "18030 Bread, french or vienna, toasted (includes sourdough): 2 x 1 slice, medium (59 g) = 118 g; eggs on toast = one slice per egg; sourdough = French/Vienna bread, toasted",
            ),
            Item(
                "09037",
                100.5,
                "09037 Avocados, raw, all commercial varieties: 0.5 x 1 avocado, NS as to Florida or California (201 g) = 100.5 g; avo (Australian) = avocado",
            ),
            Item(
                "14210",
                60.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 2 fl oz x 30.00 g (1 fluid ounce = 30 g) = 60 g; long black = 2 shots over water",
            ),
        ),
    ),
    Phrase(
        text="I ate 2 cups of rice with chicken adobo, two thighs, for lunch",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "20045",
                316.0,
                "20045 Rice, white, long-grain, regular, cooked: 2 x 1 cup (158 g) = 316 g",
            ),
            Item(
                "05095",
                136.0,
                "05095 Chicken, broilers or fryers, thigh, meat and skin, cooked, stewed: 2 x 1 thigh, bone removed (68 g) = 136 g; chicken adobo (Filipino) = chicken thighs stewed (SR24 has no adobo; sauce not counted)",
            ),
        ),
    ),
    Phrase(
        text="Lunch was a turkey sandwich on wheat with a cup of tomato soup",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "18064",
                58.0,
                "18064 Bread, wheat: 2 x 1 slice (29 g) = 58 g; a sandwich on wheat = 2 slices of wheat bread",
            ),
            Item(
                "07081",
                56.7,
                "07081 Turkey breast, sliced, prepackaged: 2 oz x 28.35 g = 56.7 g; a turkey sandwich = 2 oz sliced turkey breast",
            ),
            Item(
                "06559",
                248.0,
                "06559 Soup, tomato, canned, prepared with equal volume water, commercial: 1 serving 1 cup = 248 g; tomato soup = canned, made with water",
            ),
        ),
    ),
    Phrase(
        text="For dinner i had 1 cup dal with 1 cup rice and half cup curd",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "16070",
                198.0,
                "16070 Lentils, mature seeds, cooked, boiled, without salt: 1 cup = 198 g; dal = boiled lentils",
            ),
            Item("20045", 158.0, "20045 Rice, white, long-grain, regular, cooked: 1 cup = 158 g"),
            Item(
                "01116",
                122.5,
                "01116 Yogurt, plain, whole milk, 8 grams protein per 8 ounce: 0.5 x 1 cup (8 fl oz) (245 g) = 122.5 g; curd (Indian) = plain whole-milk yogurt",
            ),
        ),
    ),
    Phrase(
        text="had chiken breast with a cup of brocolli for dinner",
        kind="typo",
        sentence=True,
        items=(
            Item(
                "05064",
                86.0,
                "05064 Chicken, broilers or fryers, breast, meat only, cooked, roasted: 0.5 breast, bone and skin removed = 86 g; chicken breast of unsaid cooking = roasted breast meat; one chicken breast = SR24's 0.5 breast measure (a split breast, as sold)",
            ),
            Item(
                "11091",
                156.0,
                "11091 Broccoli, cooked, boiled, drained, without salt: 2 x 0.5 cup, chopped (78 g) = 156 g; broccoli eaten cooked = boiled; 1 cup",
            ),
        ),
    ),
    Phrase(
        text="a bannana and a strawbery yoghurt pot",
        kind="typo",
        sentence=False,
        items=(
            Item("09040", 118.0, '09040 Bananas, raw: 1 medium (7" to 7-7/8" long) = 118 g'),
            Item(
                "01120",
                125.0,
                "01120 Yogurt, fruit, low fat, 9 grams protein per 8 ounce: 1 container (4.4 oz) = 125 g; a yoghurt pot (UK) = a 125 g container; fruit yoghurt = low fat fruit yogurt",
            ),
        ),
    ),
    Phrase(
        text="Ate 2 slices of cheeze pizza at the office",
        kind="typo",
        sentence=True,
        items=(
            Item(
                "21299",
                214.0,
                "21299 Fast Food, Pizza Chain, 14\" pizza, cheese topping, regular crust: 2 x 1 slice (107 g) = 214 g; pizza of unsaid chain = SR24's pizza-chain 14 in, regular crust",
            ),
        ),
    ),
    Phrase(
        text="avacado toast with one poached egg",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "18070",
                22.0,
                "18070 Bread, white, commercially prepared, toasted: 1 slice = 22 g; avocado toast = 1 slice toasted white bread with half an avocado",
            ),
            Item(
                "09037",
                100.5,
                "09037 Avocados, raw, all commercial varieties: 0.5 x 1 avocado, NS as to Florida or California (201 g) = 100.5 g",
            ),
            Item("01131", 50.0, "01131 Egg, whole, cooked, poached: 1 large = 50 g"),
        ),
    ),
    Phrase(
        text="I had a cheeseburguer and small fries at mcdonalds",
        kind="typo",
        sentence=True,
        items=(
            Item("21233", 119.0, "21233 McDONALD'S, Cheeseburger: 1 item = 119 g"),
            Item("21238", 71.0, "21238 McDONALD'S, French Fries: 1 small serving = 71 g"),
        ),
    ),
    Phrase(
        text="I had a dubble expresso and a croisant",
        kind="typo",
        sentence=True,
        items=(
            Item(
                "14210",
                60.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 2 fl oz x 30.00 g (1 fluid ounce = 30 g) = 60 g; a double = 2 shots",
            ),
            Item(
                "18239",
                57.0,
                "18239 Croissants, butter: 1 croissant, medium = 57 g; croissant of unsaid kind = butter; size unsaid = medium",
            ),
        ),
    ),
    Phrase(
        text="tomatoe soup and a grilled cheese sandwhich",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "06559",
                372.0,
                "06559 Soup, tomato, canned, prepared with equal volume water, commercial: 1.5 x 1 serving 1 cup (248 g) = 372 g; a soup of unsaid amount = a bowl = 1.5 cups; tomato soup = canned, made with water",
            ),
            Item(
                "18069",
                56.0,
                "18069 Bread, white, commercially prepared (includes soft bread crumbs): 2 x 1 slice (28 g) = 56 g; a grilled cheese = 2 slices white bread (28 g), 2 slices (1 oz) American cheese and 1 tbsp butter",
            ),
            Item(
                "01042",
                56.0,
                "01042 Cheese, pasteurized process, American, fortified with vitamin D: 2 x 1 slice (1 oz) (28 g) = 56 g",
            ),
            Item("01001", 14.2, "01001 Butter, salted: 1 tbsp = 14.2 g"),
        ),
    ),
    Phrase(
        text="Had a bowl of oatmeel with a handfull of rasins",
        kind="typo",
        sentence=True,
        items=(
            Item(
                "08121",
                234.0,
                "08121 Cereals, oats, regular and quick, unenriched, cooked with water (includes boiling and microwaving), without salt: 1 cup = 234 g; a bowl of oatmeal = 1 cup cooked",
            ),
            Item(
                "09298",
                28.35,
                "09298 Raisins, seedless: 1 oz (60 raisins) = 28.35 g; a handful of dried fruit = 1 oz, as of nuts",
            ),
        ),
    ),
    Phrase(
        text="pinapple juice 1 glass",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "09273",
                250.0,
                "09273 Pineapple juice, canned, unsweetened, without added ascorbic acid: 1 cup = 250 g; a glass = 8 fl oz",
            ),
        ),
    ),
    Phrase(
        text="maccas ceasar salad with grilled chiken",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "21370",
                311.0,
                "21370 McDONALD'S, Caesar Salad with Grilled Chicken: 1 item 10.9 oz = 311 g; dressing not counted unless said",
            ),
        ),
    ),
    Phrase(
        text="mozarella sticks x4 at applebees",
        kind="typo",
        sentence=False,
        items=(
            Item("36004", 128.0, "36004 APPLEBEE'S, mozzarella sticks: 4 x 1 piece (32 g) = 128 g"),
        ),
    ),
    Phrase(
        text="Just had a bagle with cream cheese",
        kind="typo",
        sentence=True,
        items=(
            Item(
                "18001",
                105.0,
                '18001 Bagels, plain, enriched, with calcium propionate (includes onion, poppy, sesame): 1 medium bagel (3-1/2" to 4" dia) = 105 g; bagel of unsaid kind = plain; size unsaid = medium',
            ),
            Item(
                "01017",
                29.0,
                "01017 Cheese, cream: 2 x 1 tbsp (14.5 g) = 29 g; 2 tbsp cream cheese on a bagel",
            ),
        ),
    ),
    Phrase(
        text="I had a cup of blueberries with a tbsp of honey",
        kind="unit",
        sentence=True,
        items=(
            Item("09050", 148.0, "09050 Blueberries, raw: 1 cup = 148 g"),
            Item("19296", 21.0, "19296 Honey: 1 tbsp = 21 g"),
        ),
    ),
    Phrase(
        text="half a cup of cottage cheese",
        kind="unit",
        sentence=False,
        items=(
            Item(
                "01012",
                112.5,
                "01012 Cheese, cottage, creamed, large or small curd: 0.5 x 1 cup, small curd (not packed) (225 g) = 112.5 g; cottage cheese of unsaid kind = creamed, small curd",
            ),
        ),
    ),
    Phrase(
        text="1 tsp of honey in my tea",
        kind="unit",
        sentence=False,
        items=(
            Item("19296", 7.0, "19296 Honey: 1 tsp = 1/3 of 1 tbsp (21 g) = 7 g"),
            Item(
                "14355",
                236.8,
                "14355 Tea, black, brewed, prepared with tap water: 8 fl oz x 29.60 g (1 fl oz = 29.6 g) = 236.8 g; a cup of tea = 8 fl oz",
            ),
        ),
    ),
    Phrase(
        text="3 slices of swiss cheese and an apple",
        kind="unit",
        sentence=False,
        items=(
            Item("01040", 84.0, "01040 Cheese, swiss: 3 x 1 slice (1 oz) (28 g) = 84 g"),
            Item("09003", 182.0, '09003 Apples, raw, with skin: 1 medium (3" dia) = 182 g'),
        ),
    ),
    Phrase(
        text="Dessert was a slice of apple pie with a scoop of vanilla ice cream",
        kind="unit",
        sentence=True,
        items=(
            Item(
                "19095",
                66.0,
                "19095 Ice creams, vanilla: 1 serving 1/2 cup = 66 g; a scoop = 1/2 cup",
            ),
            Item(
                "18301",
                125.0,
                '18301 Pie, apple, commercially prepared, enriched flour: 1 piece (1/8 of 9" dia) = 125 g; a slice of pie = 1/8 of a 9 in pie',
            ),
        ),
    ),
    Phrase(
        text="I ate a handful of cashews",
        kind="unit",
        sentence=True,
        items=(
            Item(
                "12585",
                28.35,
                "12585 Nuts, cashew nuts, dry roasted, with salt added: 1 oz = 28.35 g; a handful of nuts = 1 oz; cashews of unsaid kind = dry roasted, salted",
            ),
        ),
    ),
    Phrase(
        text="two pats of butter on a baked potato",
        kind="unit",
        sentence=False,
        items=(
            Item("01001", 10.0, '01001 Butter, salted: 2 x 1 pat (1" sq, 1/3" high) (5 g) = 10 g'),
            Item(
                "11356",
                173.0,
                '11356 Potatoes, Russet, flesh and skin, baked: 1 potato medium (2-1/4" to 3-1/4" dia.) = 173 g; baked potato = russet, flesh and skin; size unsaid = medium',
            ),
        ),
    ),
    Phrase(
        text="1 cup cooked quinoa w a tablespoon of olive oil",
        kind="unit",
        sentence=False,
        items=(
            Item("20137", 185.0, "20137 Quinoa, cooked: 1 cup = 185 g"),
            Item("04053", 13.5, "04053 Oil, olive, salad or cooking: 1 tablespoon = 13.5 g"),
        ),
    ),
    Phrase(
        text="Had a cup of baked beans on 2 slices of toast",
        kind="unit",
        sentence=True,
        items=(
            Item("16006", 254.0, "16006 Beans, baked, canned, plain or vegetarian: 1 cup = 254 g"),
            Item(
                "18070",
                44.0,
                "18070 Bread, white, commercially prepared, toasted: 2 x 1 slice (22 g) = 44 g",
            ),
        ),
    ),
    Phrase(
        text="2 tablespoons of hummus with a pita",
        kind="unit",
        sentence=False,
        items=(
            Item("16158", 30.0, "16158 Hummus, commercial: 2 x 1 tbsp (15 g) = 30 g"),
            Item(
                "18041",
                60.0,
                '18041 Bread, pita, white, enriched: 1 pita, large (6-1/2" dia) = 60 g; pita of unsaid size = large (6.5 in), white',
            ),
        ),
    ),
    Phrase(
        text="one stick string cheese for a snack",
        kind="unit",
        sentence=False,
        items=(
            Item(
                "01028",
                28.35,
                "01028 Cheese, mozzarella, part skim milk: 1 oz = 28.35 g; a stick of string cheese = 1 oz part-skim mozzarella",
            ),
        ),
    ),
    Phrase(
        text="Put 2 tsp of sugar and 2 tbsp of cream in my coffee",
        kind="unit",
        sentence=True,
        items=(
            Item("19335", 8.4, "19335 Sugars, granulated: 2 x 1 tsp (4.2 g) = 8.4 g"),
            Item(
                "01050",
                30.0,
                "01050 Cream, fluid, light (coffee cream or table cream): 2 x 1 tbsp (15 g) = 30 g; cream of unsaid kind = light (coffee) cream",
            ),
            Item(
                "14209",
                237.0,
                "14209 Coffee, brewed from grounds, prepared with tap water: 1 cup (8 fl oz) = 237 g; a coffee = 8 fl oz",
            ),
        ),
    ),
    Phrase(
        text="150g grilled chicken breast",
        kind="units",
        sentence=False,
        items=(
            Item(
                "05064",
                150.0,
                "05064 Chicken, broilers or fryers, breast, meat only, cooked, roasted: 150 g as typed (cooked weight); grilled chicken breast = roasted breast meat",
            ),
        ),
    ),
    Phrase(
        text="250 ml semi skimmed milk",
        kind="units",
        sentence=False,
        items=(
            Item(
                "01079",
                257.8,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 250 ml = 8.45 fl oz x 30.50 g (1 fl oz = 30.5 g) = 257.8 g; semi-skimmed (UK) = 2%",
            ),
        ),
    ),
    Phrase(
        text="8oz ribeye, medium rare",
        kind="units",
        sentence=False,
        items=(
            Item(
                "13391",
                226.8,
                '13391 Beef, rib, small end (ribs 10-12), separable lean and fat, trimmed to 0" fat, all grades, cooked, broiled: 8 oz x 28.35 g = 226.8 g; cooked weight; ribeye = beef rib, small end, broiled, lean and fat',
            ),
        ),
    ),
    Phrase(
        text="Today I am eating 100g tofu firm, fried in 1 tbsp oil",
        kind="units",
        sentence=True,
        items=(
            Item(
                "16126",
                100.0,
                "16126 Tofu, firm, prepared with calcium sulfate and magnesium chloride (nigari): 100 g as typed; firm tofu = SR24's firm tofu (nigari)",
            ),
            Item("04582", 14.0, "04582 Oil, canola: 1 tbsp = 14 g; oil of unsaid kind = canola"),
        ),
    ),
    Phrase(
        text="200 grams cooked basmati rice",
        kind="units",
        sentence=False,
        items=(
            Item(
                "20045",
                200.0,
                "20045 Rice, white, long-grain, regular, cooked: 200 g as typed (cooked weight); basmati = white long-grain rice (SR24 has no basmati entry)",
            ),
        ),
    ),
    Phrase(
        text="40g porridge oats made with water",
        kind="units",
        sentence=False,
        items=(
            Item(
                "08120",
                40.0,
                "08120 Cereals, oats, regular and quick, not fortified, dry: 40 g as typed (dry oats); grams of oats = dry oats; water not counted",
            ),
        ),
    ),
    Phrase(
        text="2 oz cheddar and 1 oz of crackers",
        kind="units",
        sentence=False,
        items=(
            Item("01009", 56.7, "01009 Cheese, cheddar: 2 oz x 28.35 g = 56.7 g"),
            Item(
                "18229",
                28.35,
                "18229 Crackers, standard snack-type, regular: 1 oz x 28.35 g = 28.35 g; crackers of unsaid kind = standard snack-type",
            ),
        ),
    ),
    Phrase(
        text="Drank a 330ml can of fanta",
        kind="units",
        sentence=True,
        items=(
            Item(
                "14150",
                345.9,
                "14150 Carbonated beverage, orange: 330 ml = 11.16 fl oz x 31.00 g (1 fl oz = 31 g) = 345.9 g; Fanta = orange soda",
            ),
        ),
    ),
    Phrase(
        text="I baked a 6 oz salmon fillet for dinner",
        kind="units",
        sentence=True,
        items=(
            Item(
                "15237",
                170.1,
                "15237 Fish, salmon, Atlantic, farmed, cooked, dry heat: 6 oz x 28.35 g = 170.1 g; cooked weight; salmon of unsaid kind = farmed Atlantic, cooked",
            ),
        ),
    ),
    Phrase(
        text="I ate like a kilo of watermelon today",
        kind="units",
        sentence=True,
        items=(Item("09326", 1000.0, "09326 Watermelon, raw: 1 kg = 1000 g as typed"),),
    ),
    Phrase(
        text="75g of dark chocolate",
        kind="units",
        sentence=False,
        items=(
            Item(
                "19904",
                75.0,
                "19904 Chocolate, dark, 70-85% cacao solids: 75 g as typed; dark chocolate of unsaid % = 70-85% cacao",
            ),
        ),
    ),
    Phrase(
        text="Made myself a 1/4 lb burger on a bun",
        kind="units",
        sentence=True,
        items=(
            Item(
                "23573",
                77.0,
                "23573 Beef, ground, 80% lean meat / 20% fat, patty, cooked, broiled: 1 patty (yield from 1/4 lb raw meat) = 77 g; a 1/4 lb burger = a patty from 1/4 lb raw 80/20 ground beef, broiled",
            ),
            Item("18350", 42.0, "18350 Rolls, hamburger or hotdog, plain: 1 roll = 42 g"),
        ),
    ),
    Phrase(
        text="3 egg omelette with a slice of cheddar and half a cup of mushrooms",
        kind="eggs",
        sentence=False,
        items=(
            Item(
                "01130",
                183.0,
                "01130 Egg, whole, cooked, omelet: 3 x 1 large (61 g) = 183 g; an N-egg omelette = N x the omelet entry's large egg (fat included)",
            ),
            Item("01009", 28.0, "01009 Cheese, cheddar: 1 slice (1 oz) = 28 g"),
            Item(
                "11260",
                35.0,
                "11260 Mushrooms, white, raw: 0.5 cup pieces = 35 g; mushrooms = white, raw weight going in",
            ),
        ),
    ),
    Phrase(
        text="I had 2 fried eggs on 2 slices of toast",
        kind="eggs",
        sentence=True,
        items=(
            Item("01128", 92.0, "01128 Egg, whole, cooked, fried: 2 x 1 large (46 g) = 92 g"),
            Item(
                "18070",
                44.0,
                "18070 Bread, white, commercially prepared, toasted: 2 x 1 slice (22 g) = 44 g; toast = toasted white bread",
            ),
        ),
    ),
    Phrase(
        text="Made scrambled eggs with 3 eggs for breakfast",
        kind="eggs",
        sentence=True,
        items=(
            Item(
                "01132",
                183.0,
                "01132 Egg, whole, cooked, scrambled: 3 x 1 large (61 g) = 183 g; scrambled eggs made with N eggs = N x the scrambled entry's large egg (milk and fat included)",
            ),
        ),
    ),
    Phrase(
        text="poached egg x2 and half an avocado",
        kind="eggs",
        sentence=False,
        items=(
            Item("01131", 100.0, "01131 Egg, whole, cooked, poached: 2 x 1 large (50 g) = 100 g"),
            Item(
                "09037",
                100.5,
                "09037 Avocados, raw, all commercial varieties: 0.5 x 1 avocado, NS as to Florida or California (201 g) = 100.5 g",
            ),
        ),
    ),
    Phrase(
        text="Had a hard boiled egg as a snack",
        kind="eggs",
        sentence=True,
        items=(Item("01129", 50.0, "01129 Egg, whole, cooked, hard-boiled: 1 large = 50 g"),),
    ),
    Phrase(
        text="Made an egg white omelette with 4 whites and a handful of spinach",
        kind="eggs",
        sentence=True,
        items=(
            Item(
                "01124",
                132.0,
                "01124 Egg, white, raw, fresh: 4 x 1 large (33 g) = 132 g; egg whites = raw egg white weight (SR24 has no cooked white)",
            ),
            Item(
                "11457",
                30.0,
                "11457 Spinach, raw: 1 cup = 30 g; a handful of leafy greens = 1 cup raw",
            ),
        ),
    ),
    Phrase(
        text="2 soft boiled eggs and soldiers",
        kind="eggs",
        sentence=False,
        items=(
            Item(
                "01129",
                100.0,
                "01129 Egg, whole, cooked, hard-boiled: 2 x 1 large (50 g) = 100 g; soft-boiled = SR24's hard-boiled egg (no soft-boiled entry)",
            ),
            Item(
                "18070",
                22.0,
                "18070 Bread, white, commercially prepared, toasted: 1 slice = 22 g; soldiers (UK) = one slice of toast cut in strips; butter not counted unless said",
            ),
        ),
    ),
    Phrase(
        text="masala omelette, 2 eggs, with onion",
        kind="eggs",
        sentence=False,
        items=(
            Item("01130", 122.0, "01130 Egg, whole, cooked, omelet: 2 x 1 large (61 g) = 122 g"),
            Item(
                "11282",
                20.0,
                "11282 Onions, raw: 2 x 1 tbsp chopped (10 g) = 20 g; onion in an omelette = 2 tbsp chopped",
            ),
        ),
    ),
    Phrase(
        text="egg mayo sarnie on white",
        kind="eggs",
        sentence=False,
        items=(
            Item(
                "01129",
                100.0,
                "01129 Egg, whole, cooked, hard-boiled: 2 x 1 large (50 g) = 100 g; an egg mayo sandwich (sarnie, UK) = 2 hard-boiled eggs, 1 tbsp mayonnaise, 2 slices white bread",
            ),
            Item(
                "04025",
                13.8,
                "04025 Salad dressing, mayonnaise, soybean oil, with salt: 1 tbsp = 13.8 g",
            ),
            Item(
                "18069",
                56.0,
                "18069 Bread, white, commercially prepared (includes soft bread crumbs): 2 x 1 slice (28 g) = 56 g",
            ),
        ),
    ),
    Phrase(
        text="Grabbed a bacon n egg roll from the servo",
        kind="eggs",
        sentence=True,
        items=(
            Item(
                "18353",
                57.0,
                '18353 Rolls, hard (includes kaiser): 1 roll (3-1/2" dia) = 57 g; a bacon and egg roll (Australian) = a hard (kaiser) roll, 1 fried egg and 2 slices bacon; servo = service station',
            ),
            Item("01128", 46.0, "01128 Egg, whole, cooked, fried: 1 large = 46 g"),
            Item(
                "10862",
                15.8,
                "10862 Pork, cured, bacon, cooked, pan-fried: 2 x 1 slice cooked (7.9 g) = 15.8 g",
            ),
        ),
    ),
    Phrase(
        text="I cooked 2 eggs sunny side up with 3 rashers of streaky bacon",
        kind="eggs",
        sentence=True,
        items=(
            Item(
                "01128",
                92.0,
                "01128 Egg, whole, cooked, fried: 2 x 1 large (46 g) = 92 g; sunny side up = fried",
            ),
            Item(
                "10862",
                23.7,
                "10862 Pork, cured, bacon, cooked, pan-fried: 3 x 1 slice cooked (7.9 g) = 23.7 g; a rasher of streaky bacon = a slice of bacon, pan-fried",
            ),
        ),
    ),
    Phrase(
        text="I had half an avocado on a slice of rye toast",
        kind="part",
        sentence=True,
        items=(
            Item(
                "09037",
                100.5,
                "09037 Avocados, raw, all commercial varieties: 0.5 x 1 avocado, NS as to Florida or California (201 g) = 100.5 g",
            ),
            Item("18061", 24.0, "18061 Bread, rye, toasted: 1 slice, regular = 24 g"),
        ),
    ),
    Phrase(
        text="a quarter of a large pepperoni pizza",
        kind="part",
        sentence=False,
        items=(
            Item(
                "21302",
                223.75,
                "21302 Fast Food, Pizza Chain, 14\" pizza, pepperoni topping, regular crust: 0.25 x 1 pizza (895 g) = 223.75 g; a large pizza of unsaid chain = SR24's pizza-chain 14 in, regular crust",
            ),
        ),
    ),
    Phrase(
        text="half a cinnamon raisin bagel w butter",
        kind="part",
        sentence=False,
        items=(
            Item(
                "18005",
                52.5,
                '18005 Bagels, cinnamon-raisin: 0.5 x 1 medium bagel (3-1/2" to 4" dia) (105 g) = 52.5 g; size unsaid = medium',
            ),
            Item(
                "01001",
                5.0,
                '01001 Butter, salted: 1 pat (1" sq, 1/3" high) = 5 g; butter on half a bagel = 1 pat',
            ),
        ),
    ),
    Phrase(
        text="3/4 cup of granola with milk",
        kind="part",
        sentence=False,
        items=(
            Item(
                "08037",
                91.5,
                "08037 Cereals ready-to-eat, granola, homemade: 0.75 x 1 cup (122 g) = 91.5 g; granola = homemade-style granola",
            ),
            Item(
                "01079",
                122.0,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 0.5 x 1 cup (244 g) = 122 g; with milk = 1/2 cup; milk unsaid = 2%",
            ),
        ),
    ),
    Phrase(
        text="I ate half a mango and half a grapefruit",
        kind="part",
        sentence=True,
        items=(
            Item("09176", 168.0, "09176 Mangos, raw: 0.5 x 1 fruit without refuse (336 g) = 168 g"),
            Item(
                "09112",
                123.0,
                '09112 Grapefruit, raw, pink and red, all areas: 0.5 fruit (3-3/4" dia) = 123 g; grapefruit of unsaid kind = pink or red',
            ),
        ),
    ),
    Phrase(
        text="I only managed half of my big mac",
        kind="part",
        sentence=True,
        items=(Item("21237", 109.5, "21237 McDONALD'S, BIG MAC: 0.5 x 1 item (219 g) = 109.5 g"),),
    ),
    Phrase(
        text="a third of a cup of almonds",
        kind="part",
        sentence=False,
        items=(
            Item(
                "12061",
                47.7,
                "12061 Nuts, almonds: 1/3 x 1 cup, whole (143 g) = 47.67 g; almonds of unsaid kind = raw, whole",
            ),
        ),
    ),
    Phrase(
        text="Ate half a packet of instant noodles, saving the rest",
        kind="part",
        sentence=True,
        items=(
            Item(
                "06583",
                42.5,
                "06583 Soup, ramen noodle, any flavor, dry: 0.5 x 1 package (85 g) = 42.5 g; instant noodles = ramen noodle soup, dry weight; water not counted",
            ),
        ),
    ),
    Phrase(
        text="Split an order of sweet and sour chicken with my wife, so half",
        kind="part",
        sentence=True,
        items=(
            Item(
                "36621",
                353.0,
                "36621 Restaurant, Chinese, sweet and sour chicken: 0.5 x 1 order (706 g) = 353 g",
            ),
        ),
    ),
    Phrase(
        text="Shared a baked sweet potato with my son, I had half",
        kind="part",
        sentence=True,
        items=(
            Item(
                "11508",
                57.0,
                '11508 Sweet potato, cooked, baked in skin, without salt: 0.5 x 1 medium (2" dia, 5" long, raw) (114 g) = 57 g; size unsaid = medium',
            ),
        ),
    ),
    Phrase(
        text="two thirds of a cup of spaghetti",
        kind="part",
        sentence=False,
        items=(
            Item(
                "20121",
                93.3,
                "20121 Spaghetti, cooked, enriched, without added salt: 2/3 x 1 cup (140 g) = 93.33 g; spaghetti = cooked enriched spaghetti",
            ),
        ),
    ),
    Phrase(
        text="a large banana and a small orange",
        kind="size",
        sentence=False,
        items=(
            Item("09040", 136.0, '09040 Bananas, raw: 1 large (8" to 8-7/8" long) = 136 g'),
            Item(
                "09200",
                96.0,
                '09200 Oranges, raw, all commercial varieties: 1 small (2-3/8" dia) = 96 g',
            ),
        ),
    ),
    Phrase(
        text="Got a jumbo blueberry muffin from the cafe",
        kind="size",
        sentence=True,
        items=(
            Item(
                "18274",
                168.0,
                "18274 Muffins, blueberry, commercially prepared (Includes mini-muffins): 1 extra large = 168 g; jumbo = the entry's extra large",
            ),
        ),
    ),
    Phrase(
        text="Had a big glass of homo milk",
        kind="size",
        sentence=True,
        items=(
            Item(
                "01077",
                366.0,
                "01077 Milk, whole, 3.25% milkfat, with added vitamin D: 12 fl oz x 30.50 g (1 fl oz = 30.5 g) = 366 g; a big glass = 12 fl oz; homo milk (Canadian) = homogenized whole milk",
            ),
        ),
    ),
    Phrase(
        text="large baked sweet potato with a pat of butter",
        kind="size",
        sentence=False,
        items=(
            Item(
                "11508",
                180.0,
                "11508 Sweet potato, cooked, baked in skin, without salt: 1 large = 180 g",
            ),
            Item("01001", 5.0, '01001 Butter, salted: 1 pat (1" sq, 1/3" high) = 5 g'),
        ),
    ),
    Phrase(
        text="small apple and a stick of string cheese",
        kind="size",
        sentence=False,
        items=(
            Item("09003", 149.0, '09003 Apples, raw, with skin: 1 small (2-3/4" dia) = 149 g'),
            Item(
                "01028",
                28.35,
                "01028 Cheese, mozzarella, part skim milk: 1 oz = 28.35 g; a stick of string cheese = 1 oz part-skim mozzarella",
            ),
        ),
    ),
    Phrase(
        text="2 large flour tortillas with half a cup of refried beans",
        kind="size",
        sentence=False,
        items=(
            Item(
                "18364",
                144.0,
                '18364 Tortillas, ready-to-bake or -fry, flour, refrigerated: 2 x 1 tortilla (approx 10" dia) (72 g) = 144 g; a large flour tortilla = 10 in',
            ),
            Item(
                "16103",
                119.0,
                "16103 Refried beans, canned, traditional style (includes USDA commodity): 0.5 x 1 cup (238 g) = 119 g",
            ),
        ),
    ),
    Phrase(
        text="one of those big choc chip cookies from the bakery",
        kind="size",
        sentence=False,
        items=(
            Item(
                "18159",
                40.0,
                '18159 Cookies, chocolate chip, commercially prepared, regular, higher fat, enriched: 1 cookie, big (3-1/2" - 4" dia) = 40 g',
            ),
        ),
    ),
    Phrase(
        text="Had a large baked potato with 2 tbsp sour cream",
        kind="size",
        sentence=True,
        items=(
            Item(
                "11356",
                299.0,
                '11356 Potatoes, Russet, flesh and skin, baked: 1 potato large (3" to 4-1/4" dia. = 299 g; baked potato = russet, flesh and skin',
            ),
            Item("01056", 24.0, "01056 Cream, sour, cultured: 2 x 1 tbsp (12 g) = 24 g"),
        ),
    ),
    Phrase(
        text="I treated myself to a small frosty from wendys",
        kind="size",
        sentence=True,
        items=(
            Item("21248", 227.0, "21248 WENDY'S, Frosty Dairy Dessert: 1 small 12 oz. cup = 227 g"),
        ),
    ),
    Phrase(
        text="snickers king size bar from the petrol station",
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
        text="I ate a large pear after the gym",
        kind="size",
        sentence=True,
        items=(Item("09252", 230.0, "09252 Pears, raw: 1 large = 230 g"),),
    ),
    Phrase(
        text="Watched a movie and ate two and a half cups of air popped popcorn",
        kind="words",
        sentence=True,
        items=(Item("19034", 20.0, "19034 Snacks, popcorn, air-popped: 2.5 x 1 cup (8 g) = 20 g"),),
    ),
    Phrase(
        text="a couple of slices of ham and a slice of bread",
        kind="words",
        sentence=False,
        items=(
            Item(
                "07029",
                56.0,
                "07029 Ham, sliced, regular (approximately 11% fat): 2 x 1 slice (28 g) = 56 g; a couple = 2",
            ),
            Item(
                "18069",
                28.0,
                "18069 Bread, white, commercially prepared (includes soft bread crumbs): 1 slice = 28 g; bread of unsaid kind = white",
            ),
        ),
    ),
    Phrase(
        text="I ate half a dozen mcnuggets",
        kind="words",
        sentence=True,
        items=(
            Item(
                "21309",
                95.0,
                "21309 McDONALD'S, Chicken McNUGGETS: 6 pieces 3.4 oz = 95 g; half a dozen = 6",
            ),
        ),
    ),
    Phrase(
        text="three quarters of a cup of cottage cheese",
        kind="words",
        sentence=False,
        items=(
            Item(
                "01012",
                168.75,
                "01012 Cheese, cottage, creamed, large or small curd: 0.75 x 1 cup, small curd (not packed) (225 g) = 168.75 g; cottage cheese of unsaid kind = creamed, small curd",
            ),
        ),
    ),
    Phrase(
        text="Put one and a half bananas in my smoothie",
        kind="words",
        sentence=True,
        items=(
            Item(
                "09040",
                177.0,
                '09040 Bananas, raw: 1.5 x 1 medium (7" to 7-7/8" long) (118 g) = 177 g',
            ),
        ),
    ),
    Phrase(
        text="had a twelve ounce steak at the steakhouse",
        kind="words",
        sentence=True,
        items=(
            Item(
                "13451",
                340.2,
                '13451 Beef, top sirloin, steak, separable lean and fat, trimmed to 0" fat, all grades, cooked, broiled: 12 oz x 28.35 g = 340.2 g; cooked weight; steak of unsaid cut = top sirloin, broiled, lean and fat',
            ),
        ),
    ),
    Phrase(
        text="fifty grams of cashews",
        kind="words",
        sentence=False,
        items=(
            Item(
                "12585",
                50.0,
                "12585 Nuts, cashew nuts, dry roasted, with salt added: 50 g as typed; cashews of unsaid kind = dry roasted, salted",
            ),
        ),
    ),
    Phrase(
        text="Drank a pint of semi skimmed milk",
        kind="words",
        sentence=True,
        items=(
            Item(
                "01079",
                585.8,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 568 ml = 19.21 fl oz x 30.50 g (1 fl oz = 30.5 g) = 585.8 g; a pint (UK) = 568 ml; semi-skimmed = 2%",
            ),
        ),
    ),
    Phrase(
        text="two tablespoons of peanut butter on one slice of toast",
        kind="words",
        sentence=False,
        items=(
            Item("16098", 32.0, "16098 Peanut butter, smooth style, with salt: 2 tbsp = 32 g"),
            Item(
                "18070", 22.0, "18070 Bread, white, commercially prepared, toasted: 1 slice = 22 g"
            ),
        ),
    ),
    Phrase(
        text="eight ounces of orange juice",
        kind="words",
        sentence=False,
        items=(
            Item(
                "09206",
                248.0,
                "09206 Orange juice, raw: 8 fl oz x 31.00 g (1 fl oz = 31 g) = 248 g; orange juice of unsaid kind = raw (fresh)",
            ),
        ),
    ),
    Phrase(
        text="Ate three fig rolls with my tea",
        kind="words",
        sentence=True,
        items=(
            Item(
                "18170",
                48.0,
                "18170 Cookies, fig bars: 3 x 1 cookie (16 g) = 48 g; fig roll (UK, Irish) = fig bar",
            ),
            Item(
                "14355",
                236.8,
                "14355 Tea, black, brewed, prepared with tap water: 8 fl oz x 29.60 g (1 fl oz = 29.6 g) = 236.8 g; tea = 8 fl oz black tea",
            ),
        ),
    ),
    Phrase(
        text="a dozen grapes and one cheese stick",
        kind="words",
        sentence=False,
        items=(
            Item(
                "09132",
                58.8,
                "09132 Grapes, red or green (European type, such as Thompson seedless), raw: 1.2 x 10 grapes (49 g) = 58.8 g; a dozen = 12 grapes = 1.2 x 10 grapes",
            ),
            Item(
                "01028",
                28.35,
                "01028 Cheese, mozzarella, part skim milk: 1 oz = 28.35 g; a cheese stick = 1 oz part-skim mozzarella",
            ),
        ),
    ),
)
