# ruff: noqa: E501
"""The ninth held-out set of the /log accuracy phrases: never to be read, run or tuned on.

Written on 2026-12-07 apart from the code, from the USDA SR24 records alone (the archive
/work/shared/data/usda_sr24.jar, searched with throwaway scripts in /tmp; every item's grams are
worked out from the entry's own household measures by a script that prints the measure it used
into the basis, and every energy was checked by a script summing the packaged table's values of
the items through `tests.meals.phrases.table`). Not read: anything under healthbot/ (the parser,
its aliases, units, common_names, recipes, ranking, search, the meal service), tests/food/, any
other test of the parser, bench/ (beyond a grep for SET_NAMES, to see how a set is registered),
`held_out_8` (not opened at all, not grepped; a script printed only how many of its texts equal
this set's: 1 did, and the shortest texts of this set were reworded until that count was 0) and
any score; the scorer was never run and the bot never saw these phrases. The other sets' texts
were compared by script only to print this set's own texts that repeated one (2 did, and were
reworded). Read: the conventions in `tests.meals.phrases`, `tests.meals.phrases.table`, the
structure test tests/meals/test_phrase_set.py, `held_out_7`'s docstring (its conventions, and its
score, which shaped no phrase here), its first 9 phrases (for the format), its `text=` lines
(skimmed so as not to repeat them) and its `kind` labels (every set holds the same kinds).

160 phrases, 81 of them whole sentences, in US, British, Irish, Australian, NZ, Canadian,
Indian, South African, Singaporean, Filipino, Nigerian, Kenyan, Caribbean (Jamaican) and
second-language English, following the conventions of `tests.meals.phrases` and those
`held_out_7` added (each basis says which applied). Where SR24 has no exact food the closest
entry is used and the basis says so. Conventions this set adds where the others leave a case
open:

- coffee and tea: an americano or a long black = its shots (grande and a long black 2), the hot
  water not counted; a mocha = a latte whose cup also holds 2 tbsp (1 fl oz) of chocolate syrup,
  taken from the milk (tall: 1 shot, 1 fl oz syrup, 9 fl oz milk, 1 fl oz foam); an espresso =
  one 1 fl oz shot; a creamer = an individual half-and-half container (.5 fl oz) and a sugar in
  a diner order = a packet; Kenyan chai = an 8 fl oz cup brewed half black tea, half milk; a
  teh tarik = held_out_7's kopi with tea (6 fl oz tea, 1 tbsp sweetened condensed milk); a dash
  of milk = a splash (1 fl oz); cafe soy milk = SR24's fortified original soymilk;
- drinks: an imperial pint (Ireland, UK) = 568 ml; a can of Malta = 330 ml of SR24's malt
  beverage; a highball's mixer fills an 8 fl oz glass (a double gin and tonic = 3 fl oz gin, 5
  fl oz tonic); Milo = chocolate malted drink mix with added nutrients made with milk; ml are
  turned into grams with the entry's own fl oz weight (1 fl oz = 29.5735 ml);
- bread and sandwiches: a slice of white bread = SR24's first slice measure (28 g); toast of
  unsaid bread = white, toasted; a butty = 2 buttered slices; a toastie = 2 slices of white
  toast with 1 slice of ham, 1 slice of cheddar and a pat of butter per slice; a grilled cheese
  = 2 slices of white bread, 2 slices (1 oz each) of cheddar and a pat of butter per slice;
  soldiers = 1 slice of toast; sourdough = French or Vienna bread (includes sourdough);
- eggs: cooked egg whites = raw whites; soft-boiled = SR24's hard-boiled egg; a jumbo egg =
  SR24's raw jumbo weight (63 g); egg bhurji = scrambled eggs; sunny side up = fried;
- a plate of a dish SR24 has as an entree = its serving (spag bol = spaghetti with meat sauce,
  lasagne = lasagna with meat & sauce); a slice of Spam = 1/8 of a 12 oz can (1.5 oz); plain
  yogurt of unsaid fat = low fat, but curd (Indian) and natural yoghurt (British) = whole milk;
  a rasher of back bacon, peameal bacon = Canadian-style bacon, grilled; a quarter pound patty =
  SR24's 90% lean pan-broiled patty from 1/4 lb raw; fried chicken without batter said =
  flour-fried;
- regional words: chips (British, Australian) = fries; ugali = white grits cooked with water
  (as held_out_7's pap); nyama choma = roasted goat; sukuma wiki = collards; callaloo = amaranth
  leaves; mielie, cob = an ear of corn; dal = boiled lentils; black-eyed beans = cowpeas; ginger
  nuts = gingersnaps; Frosties = Frosted Flakes; Nutella = chocolate-flavored hazelnut spread;
  Cadbury = milk chocolate; semi-skimmed = 2% milk; springwater = water; took (Kenyan) = ate;
  Mickey D's = McDonald's; sbux = Starbucks.

It is never to be read, run or looked at while tuning. It is scored ONCE, at the end of the
tuning round after `held_out_8`'s, with `python bench/eval_food_log.py --set held_out_9`, and
that score is the round's result. Never move a phrase between this set and another one, never
edit a phrase or its items after seeing how the bot does on it, and never tune against it: once
it has been scored, the round after needs a new held-out set.

Scored once, on 2026-12-07 at a0acfcf, at the end of the round that tuned on `development`,
`held_out` and `held_out_2` to `held_out_8` (who made or brought a food said around it, a food
for someone else asked as a share, British pub pints, how a drink was served, joins and verbs
of sentences, common names restated; ~160 dishes by kitchen as recipes, units people say,
chai, oils by their names abroad): 92 of 160 within max(10%, 15 kcal) (57.5%), asked 40
(25.0%), refused 1, committed items more than 25% off 22/172 (12.8%); sentences 54%, notes 61%;
weakest kinds: coffee 18%, drinks 36%, labels and meal sentences 45%, words 50%. The used sets
at the same commit: 95.5, 92.0, 94.5, 94.4, 92.0, 90.7, 87.9, 81.2, 82.4%. Now a set to tune
on; `held_out_10` is the next round's measure.
"""

from __future__ import annotations

from tests.meals.phrases import Item, Phrase

PHRASES: tuple[Phrase, ...] = (
    Phrase(
        text="Grabbed a quarter pounder with cheese and large chips from Maccas on the drive home",
        kind="chain",
        sentence=True,
        items=(
            Item("21235", 199.0, "21235 McDONALD'S, QUARTER POUNDER with Cheese: 1 item = 199 g"),
            Item(
                "21238",
                154.0,
                "21238 McDONALD'S, French Fries: 1 large serving = 154 g; chips (Australian, British) = fries; Maccas = McDonald's",
            ),
        ),
    ),
    Phrase(
        text="Took KFC 2 pieces original, a drumstick and a thigh",
        kind="chain",
        sentence=True,
        items=(
            Item(
                "21435",
                75.0,
                "21435 KENTUCKY FRIED CHICKEN, Fried Chicken, ORIGINAL RECIPE, Drumstick, meat and skin with breading: 1 drumstick, with skin = 75 g; took (Kenyan) = ate; a piece as served = the with-skin measure",
            ),
            Item(
                "21436",
                152.0,
                "21436 KENTUCKY FRIED CHICKEN, Fried Chicken, ORIGINAL RECIPE, Thigh, meat and skin with breading: 1 thigh, with skin = 152 g",
            ),
        ),
    ),
    Phrase(
        text="double whopper no cheese w/ medium fries",
        kind="chain",
        sentence=False,
        items=(
            Item("21254", 374.0, "21254 BURGER KING, DOUBLE WHOPPER, no cheese: 1 item = 374 g"),
            Item("21249", 117.0, "21249 BURGER KING, French Fries: 1 medium serving = 117 g"),
        ),
    ),
    Phrase(
        text="Got 3 hard shell tacos from Taco Bell after my shift",
        kind="chain",
        sentence=True,
        items=(
            Item(
                "21260",
                207.0,
                "21260 TACO BELL, Original Taco with beef, cheese and lettuce: 3 x 1 each taco (69 g) = 207 g; a hard-shell (crunchy) taco = the Original Taco",
            ),
        ),
    ),
    Phrase(
        text="I had a Jr cheeseburger and a small fries at Wendys",
        kind="chain",
        sentence=True,
        items=(
            Item(
                "21242",
                129.0,
                "21242 WENDY'S, Jr. Hamburger, with cheese: 1 item = 129 g; Jr cheeseburger = Jr. Hamburger with cheese",
            ),
            Item("21247", 113.0, "21247 WENDY'S, French Fries: 1 small Serving = 113 g"),
        ),
    ),
    Phrase(
        text="Had hotcakes and sausage at Mickey D's this morning",
        kind="chain",
        sentence=True,
        items=(
            Item(
                "21364",
                264.0,
                "21364 McDONALD'S, Hotcakes and Sausage: 1 item = 264 g; Mickey D's = McDonald's; hotcakes and sausage is one SR24 item",
            ),
        ),
    ),
    Phrase(
        text="Me and the boys split a Papa John's, I had 3 slices of The Works",
        kind="chain",
        sentence=True,
        items=(
            Item(
                "21285",
                459.0,
                "21285 PAPA JOHN'S 14\" The Works Pizza, Original Crust: 3 x 1 slice (153 g) = 459 g; only the slices this person ate",
            ),
        ),
    ),
    Phrase(
        text="3 mild chicken strips from popeyes",
        kind="chain",
        sentence=False,
        items=(
            Item(
                "21417",
                162.0,
                "21417 POPEYES, Mild Chicken Strips, analyzed 2006: 3 x 1 strip (54 g) = 162 g",
            ),
        ),
    ),
    Phrase(
        text="mcchicken + small vanilla shake",
        kind="chain",
        sentence=False,
        items=(
            Item("21355", 147.0, "21355 McDONALD'S, McCHICKEN Sandwich: 1 item = 147 g"),
            Item(
                "21330",
                354.0,
                "21330 McDONALD'S, Vanilla TRIPLE THICK Shake: 16 fl oz cup small = 354 g; McDonald's vanilla shake, small = the 16 fl oz cup",
            ),
        ),
    ),
    Phrase(
        text="Took my son to Burger King and I ate the 8 piece chicken tenders",
        kind="chain",
        sentence=True,
        items=(Item("21256", 123.0, "21256 BURGER KING, CHICKEN TENDERS: 8 pieces = 123 g"),),
    ),
    Phrase(
        text="I ordered a Domino's thin crust pepperoni and ate 4 slices",
        kind="chain",
        sentence=True,
        items=(
            Item(
                "21492",
                316.0,
                "21492 DOMINO'S 14\" Pepperoni Pizza, Crunchy Thin Crust: 4 x 1 slice (79 g) = 316 g; Domino's thin crust = Crunchy Thin Crust; size unsaid = SR24's 14 inch",
            ),
        ),
    ),
    Phrase(
        text="venti soy latte from sbux",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14210",
                60.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 2 x 1 fluid ounce (30 g) = 60 g; sbux = Starbucks; venti = 2 shots",
            ),
            Item(
                "16139",
                520.2,
                "16139 Soymilk, original and vanilla, with added calcium, vitamins A and D: 17 x 1 fl oz (30.6 g) = 520.2 g; venti 20 fl oz less 2 fl oz of shots and 1 fl oz of foam (held_out_7's latte rule); soy milk unsaid = original soymilk with added calcium (cafe soy is fortified)",
            ),
        ),
    ),
    Phrase(
        text="Ordered a grande americano with a splash of half and half",
        kind="coffee",
        sentence=True,
        items=(
            Item(
                "14210",
                60.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 2 x 1 fluid ounce (30 g) = 60 g; an americano = its shots topped with hot water (water not counted); grande = 2 shots",
            ),
            Item(
                "01049",
                30.0,
                "01049 Cream, fluid, half and half: 2 x 1 tbsp (15 g) = 30 g; a splash = 2 tbsp",
            ),
        ),
    ),
    Phrase(
        text="Morning I took one cup of chai with two spoons of sugar",
        kind="coffee",
        sentence=True,
        items=(
            Item(
                "14355",
                118.4,
                "14355 Tea, black, brewed, prepared with tap water: 4 x 1 fl oz (29.6 g) = 118.4 g; Kenyan chai = an 8 fl oz cup of black tea brewed half and half with milk (convention added): 4 fl oz tea",
            ),
            Item(
                "01079",
                122.0,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 4 x 1 fl oz (30.5 g) = 122 g; the other 4 fl oz; milk unsaid = 2%",
            ),
            Item(
                "19335",
                8.4,
                "19335 Sugars, granulated: 2 x 1 tsp (4.2 g) = 8.4 g; a spoon of sugar = 1 tsp",
            ),
        ),
    ),
    Phrase(
        text="one teh tarik after dinner lah",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14355",
                177.6,
                "14355 Tea, black, brewed, prepared with tap water: 6 x 1 fl oz (29.6 g) = 177.6 g; teh tarik (Singaporean) = a 6 fl oz cup of black tea with 1 tbsp sweetened condensed milk, as held_out_7's kopi",
            ),
            Item(
                "01095",
                19.1,
                "01095 Milk, canned, condensed, sweetened: 0.5 x 1 fl oz (38.2 g) = 19.1 g; 1 tbsp = 1/2 fl oz",
            ),
        ),
    ),
    Phrase(
        text="Two mugs of builders tea, milk and one sugar in each",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14355",
                473.6,
                "14355 Tea, black, brewed, prepared with tap water: 16 x 1 fl oz (29.6 g) = 473.6 g; a mug = 8 fl oz, x2; builder's tea = strong black tea",
            ),
            Item(
                "01079",
                61.0,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 2 x 1 fl oz (30.5 g) = 61 g; a splash of milk = 1 fl oz per mug, x2; milk unsaid = 2%",
            ),
            Item(
                "19335",
                8.4,
                "19335 Sugars, granulated: 2 x 1 tsp (4.2 g) = 8.4 g; one sugar = 1 tsp per mug",
            ),
        ),
    ),
    Phrase(
        text="Treated myself to a tall mocha, no whip",
        kind="coffee",
        sentence=True,
        items=(
            Item(
                "14210",
                30.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 1 fluid ounce = 30 g; tall = 1 shot",
            ),
            Item(
                "14181",
                39.0,
                "14181 Chocolate syrup: 1 serving 2 tbsp = 39 g; a mocha's chocolate = 2 tbsp (1 fl oz) of chocolate syrup (convention added)",
            ),
            Item(
                "01079",
                274.5,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 9 x 1 fl oz (30.5 g) = 274.5 g; tall 12 fl oz less 1 fl oz shot, 1 fl oz syrup and 1 fl oz foam; milk unsaid = 2%; no whip = no whipped cream",
            ),
        ),
    ),
    Phrase(
        text="a mug of instant, milk no sugar",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14215",
                238.4,
                "14215 Coffee, instant, regular, prepared with water: 8 x 1 fl oz (29.8 g) = 238.4 g; a mug = 8 fl oz of instant coffee made with water",
            ),
            Item(
                "01079",
                30.5,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 1 x 1 fl oz (30.5 g) = 30.5 g; milk of unsaid amount in coffee = a splash, 2 tbsp = 1 fl oz (held_out_7); 2%",
            ),
        ),
    ),
    Phrase(
        text="Had a long black with a dash of milk at the cafe",
        kind="coffee",
        sentence=True,
        items=(
            Item(
                "14210",
                60.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 2 x 1 fluid ounce (30 g) = 60 g; a long black (Australian, NZ) = a double shot over hot water (water not counted)",
            ),
            Item(
                "01079",
                30.5,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 1 x 1 fl oz (30.5 g) = 30.5 g; a dash = a splash = 1 fl oz; milk unsaid = 2%",
            ),
        ),
    ),
    Phrase(
        text="decaf skinny latte, grande",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14202",
                60.0,
                "14202 Coffee, brewed, espresso, restaurant-prepared, decaffeinated: 2 x 1 fluid ounce (30 g) = 60 g; grande = 2 shots, decaf",
            ),
            Item(
                "01085",
                397.8,
                "01085 Milk, nonfat, fluid, with added vitamin A and vitamin D (fat free or skim): 13 x 1 fl oz (30.6 g) = 397.8 g; grande 16 fl oz less 2 fl oz of shots and 1 fl oz of foam; skinny = skim milk",
            ),
        ),
    ),
    Phrase(
        text="Had 2 espressos today, one sugar in each",
        kind="coffee",
        sentence=True,
        items=(
            Item(
                "14210",
                60.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 2 x 1 fluid ounce (30 g) = 60 g; an espresso = one 1 fl oz shot",
            ),
            Item(
                "19335",
                8.4,
                "19335 Sugars, granulated: 2 x 1 tsp (4.2 g) = 8.4 g; one sugar = 1 tsp",
            ),
        ),
    ),
    Phrase(
        text="cup of joe with 2 creamers and 2 sugars",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14209",
                237.0,
                "14209 Coffee, brewed from grounds, prepared with tap water: 1 cup (8 fl oz) = 237 g; cup of joe = brewed coffee",
            ),
            Item(
                "01049",
                30.0,
                "01049 Cream, fluid, half and half: 2 x 1 container, individual (.5 fl oz) (15 g) = 30 g; a creamer = an individual half-and-half container (convention added)",
            ),
            Item(
                "19335",
                5.6,
                "19335 Sugars, granulated: 2 x 1 serving packet (2.8 g) = 5.6 g; a sugar in a diner order = a packet (convention added)",
            ),
        ),
    ),
    Phrase(
        text="Had 2 pints of Harp down the pub after work",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "14003",
                1140.9,
                "14003 Alcoholic beverage, beer, regular, all: 1136 ml = 38.41 fl oz x 29.7 g (its 1 fl oz) = 1140.9 g; an imperial pint (Ireland, UK) = 568 ml (convention added), x2; lager = regular beer",
            ),
        ),
    ),
    Phrase(
        text="one cold Tusker, the 500ml bottle",
        kind="drink",
        sentence=False,
        items=(
            Item(
                "14003",
                502.1,
                "14003 Alcoholic beverage, beer, regular, all: 500 ml = 16.91 fl oz x 29.7 g (its 1 fl oz) = 502.1 g; Tusker (Kenyan lager) = regular beer",
            ),
        ),
    ),
    Phrase(
        text="I drank a can of Malta Guinness with my lunch",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "14305",
                330.3,
                "14305 Malt beverage: 330 ml = 11.16 fl oz x 29.6 g (its 1 fl oz) = 330.3 g; Malta Guinness (non-alcoholic malt drink) = malt beverage; a can = 330 ml (convention added)",
            ),
        ),
    ),
    Phrase(
        text="Had a glass of shiraz with dinner",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "14100",
                147.0,
                "14100 Alcoholic Beverage, wine, table, red, Syrah: 1 serving 5 fl oz = 147 g; shiraz = syrah; a glass of wine = 5 fl oz",
            ),
        ),
    ),
    Phrase(
        text="Made myself a mug of Milo before bed",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "14316",
                265.0,
                "14316 Malted drink mix, chocolate, with added nutrients, powder, prepared with whole milk: 1 cup (8 fl oz) = 265 g; Milo = chocolate malted drink mix with added nutrients, made with milk (SR24 makes it with whole milk); a mug = 8 fl oz",
            ),
        ),
    ),
    Phrase(
        text="Bought one cup of soya bean milk from the hawker centre",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "16120",
                243.0,
                "16120 Soymilk, original and vanilla, unfortified: 1 cup = 243 g; hawker soya bean milk = sweetened unfortified soymilk",
            ),
        ),
    ),
    Phrase(
        text="a double gin and tonic at the bar",
        kind="drink",
        sentence=False,
        items=(
            Item(
                "14037",
                83.4,
                "14037 Alcoholic beverage, distilled, all (gin, rum, vodka, whiskey) 80 proof: 3 x 1 fl oz (27.8 g) = 83.4 g; a double = 2 shots of 1.5 fl oz; gin of unsaid proof = 80-proof distilled spirits",
            ),
            Item(
                "14155",
                152.5,
                "14155 Carbonated beverage, tonic water: 5 x 1 fl oz (30.5 g) = 152.5 g; a highball's mixer fills an 8 fl oz glass (convention added): 8 - 3 = 5 fl oz",
            ),
        ),
    ),
    Phrase(
        text="had a glass of carrot juice at the juice bar",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "11655",
                236.0,
                "11655 Carrot juice, canned: 1 cup = 236 g; a glass = 8 fl oz = 1 cup; SR24's only carrot juice is canned (closest)",
            ),
        ),
    ),
    Phrase(
        text="Drank two Red Stripes at the dance",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "14003",
                712.8,
                "14003 Alcoholic beverage, beer, regular, all: 24 x 1 fl oz (29.7 g) = 712.8 g; a bottle of beer = 12 fl oz (held_out_7), x2; Red Stripe = regular beer",
            ),
        ),
    ),
    Phrase(
        text="Smashed a bottle of gatorade after netball",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "14460",
                609.0,
                "14460 Sports drink, PEPSICO QUAKER GATORADE, GATORADE, original, fruit-flavored, ready-to-drink: 1 bottle = 609 g; SR24's Gatorade bottle (20 fl oz)",
            ),
        ),
    ),
    Phrase(
        text="16oz monster during my night shift",
        kind="drink",
        sentence=False,
        items=(
            Item(
                "14627",
                480.0,
                "14627 Energy Drink, Monster: 2 x 1 serving (240 g) = 480 g; Monster's serving = 8 fl oz (240 g); a 16 oz can = 2 servings",
            ),
        ),
    ),
    Phrase(
        text="2 scrambled eggs on a slice of toast",
        kind="eggs",
        sentence=False,
        items=(
            Item("01132", 122.0, "01132 Egg, whole, cooked, scrambled: 2 x 1 large (61 g) = 122 g"),
            Item(
                "18070",
                22.0,
                "18070 Bread, white, commercially prepared, toasted: 1 slice = 22 g; toast of unsaid bread = white, toasted",
            ),
        ),
    ),
    Phrase(
        text="Poached eggs on sourdough, two eggs and one slice",
        kind="eggs",
        sentence=False,
        items=(
            Item("01131", 100.0, "01131 Egg, whole, cooked, poached: 2 x 1 large (50 g) = 100 g"),
            Item(
                "18030",
                59.0,
                "18030 Bread, french or vienna, toasted (includes sourdough): 1 slice, medium = 59 g; sourdough = French or Vienna bread (includes sourdough), toasted as served under eggs; a slice of unsaid size = medium",
            ),
        ),
    ),
    Phrase(
        text="I made an egg mayo sandwich with 2 boiled eggs, a tbsp of mayo and 2 slices white bread",
        kind="eggs",
        sentence=True,
        items=(
            Item(
                "01129",
                100.0,
                "01129 Egg, whole, cooked, hard-boiled: 2 x 1 large (50 g) = 100 g; boiled unsaid = hard-boiled",
            ),
            Item(
                "04025",
                13.8,
                "04025 Salad dressing, mayonnaise, soybean oil, with salt: 1 tbsp = 13.8 g; mayo = regular mayonnaise",
            ),
            Item(
                "18069",
                56.0,
                "18069 Bread, white, commercially prepared (includes soft bread crumbs): 2 x 1 slice (28 g) = 56 g; SR24's first slice measure (28 g)",
            ),
        ),
    ),
    Phrase(
        text="3 hardboiled eggs as a snack",
        kind="eggs",
        sentence=False,
        items=(
            Item(
                "01129", 150.0, "01129 Egg, whole, cooked, hard-boiled: 3 x 1 large (50 g) = 150 g"
            ),
        ),
    ),
    Phrase(
        text="Made a 3 egg omelette with a slice of ham and a slice of swiss",
        kind="eggs",
        sentence=True,
        items=(
            Item(
                "01130",
                183.0,
                "01130 Egg, whole, cooked, omelet: 3 x 1 large (61 g) = 183 g; an omelette = cooked omelet, 1 large per egg (held_out_7)",
            ),
            Item(
                "07029",
                28.0,
                "07029 Ham, sliced, regular (approximately 11% fat): 1 slice = 28 g; ham unsaid = regular sliced ham",
            ),
            Item("01040", 28.0, "01040 Cheese, swiss: 1 slice (1 oz) = 28 g"),
        ),
    ),
    Phrase(
        text="fried egg butty on white",
        kind="eggs",
        sentence=False,
        items=(
            Item("01128", 46.0, "01128 Egg, whole, cooked, fried: 1 large = 46 g"),
            Item(
                "18069",
                56.0,
                "18069 Bread, white, commercially prepared (includes soft bread crumbs): 2 x 1 slice (28 g) = 56 g; a butty (British) = 2 slices of bread, SR24's first slice measure (28 g)",
            ),
            Item(
                "01001",
                10.0,
                '01001 Butter, salted: 2 x 1 pat (1" sq, 1/3" high) (5 g) = 10 g; a butty is buttered: 1 pat per slice',
            ),
        ),
    ),
    Phrase(
        text="4 egg white omelette, no yolks",
        kind="eggs",
        sentence=False,
        items=(
            Item(
                "01124",
                132.0,
                "01124 Egg, white, raw, fresh: 4 x 1 large (33 g) = 132 g; cooked egg whites = raw whites (cooking adds no energy, held_out_7's rule for quail eggs)",
            ),
        ),
    ),
    Phrase(
        text="Had 2 eggs sunny side up and 2 strips of bacon",
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
                15.8,
                "10862 Pork, cured, bacon, cooked, pan-fried: 2 x 1 slice cooked (7.9 g) = 15.8 g; a strip = a slice; cooking unsaid = pan-fried",
            ),
        ),
    ),
    Phrase(
        text="soft boiled egg with buttered soldiers for brekkie",
        kind="eggs",
        sentence=False,
        items=(
            Item(
                "01129",
                50.0,
                "01129 Egg, whole, cooked, hard-boiled: 1 large = 50 g; SR24's boiled egg is hard-boiled, closest for soft-boiled",
            ),
            Item(
                "18070",
                22.0,
                "18070 Bread, white, commercially prepared, toasted: 1 slice = 22 g; soldiers = 1 slice of white toast cut in strips",
            ),
            Item(
                "01001",
                5.0,
                '01001 Butter, salted: 1 pat (1" sq, 1/3" high) = 5 g; buttered: 1 pat per slice',
            ),
        ),
    ),
    Phrase(
        text="In the morning I ate egg bhurji of 3 eggs with 2 slices of bread",
        kind="eggs",
        sentence=True,
        items=(
            Item(
                "01132",
                183.0,
                "01132 Egg, whole, cooked, scrambled: 3 x 1 large (61 g) = 183 g; egg bhurji (Indian) = spiced scrambled eggs; SR24 lacks it, scrambled is closest",
            ),
            Item(
                "18069",
                56.0,
                "18069 Bread, white, commercially prepared (includes soft bread crumbs): 2 x 1 slice (28 g) = 56 g; bread unsaid = white, SR24's first slice measure (28 g)",
            ),
        ),
    ),
    Phrase(
        text="a cup of brown rice, cooked",
        kind="cooked",
        sentence=False,
        items=(Item("20037", 195.0, "20037 Rice, brown, long-grain, cooked: 1 cup = 195 g"),),
    ),
    Phrase(
        text="half cup of boiled lentils",
        kind="cooked",
        sentence=False,
        items=(
            Item(
                "16070",
                99.0,
                "16070 Lentils, mature seeds, cooked, boiled, without salt: 0.5 x 1 cup (198 g) = 99 g",
            ),
        ),
    ),
    Phrase(
        text="I steamed a bag of spinach, about a cup once cooked",
        kind="cooked",
        sentence=True,
        items=(
            Item(
                "11458",
                180.0,
                "11458 Spinach, cooked, boiled, drained, without salt: 1 cup = 180 g; steamed = the cooked (boiled, drained) entry; the cooked amount is what was eaten",
            ),
        ),
    ),
    Phrase(
        text="Boiled 2 medium potatoes and ate them without the skin",
        kind="cooked",
        sentence=True,
        items=(
            Item(
                "11367",
                334.0,
                '11367 Potatoes, boiled, cooked without skin, flesh, without salt: 2 x 1 medium (2-1/4" to 3-1/4" dia.) (167 g) = 334 g',
            ),
        ),
    ),
    Phrase(
        text="1 cup sukuma wiki, cooked",
        kind="cooked",
        sentence=False,
        items=(
            Item(
                "11162",
                190.0,
                "11162 Collards, cooked, boiled, drained, without salt: 1 cup, chopped = 190 g; sukuma wiki (Kenyan) = collard greens, cooked",
            ),
        ),
    ),
    Phrase(
        text="roasted butternut, about a cup",
        kind="cooked",
        sentence=False,
        items=(
            Item(
                "11486",
                205.0,
                "11486 Squash, winter, butternut, cooked, baked, without salt: 1 cup, cubes = 205 g; butternut = butternut squash; roasted = baked",
            ),
        ),
    ),
    Phrase(
        text="Had a cup of egg noodles with dinner",
        kind="cooked",
        sentence=True,
        items=(
            Item(
                "20110",
                160.0,
                "20110 Noodles, egg, cooked, enriched: 1 cup = 160 g; noodles eaten = cooked",
            ),
        ),
    ),
    Phrase(
        text="Mi granny boil some pumpkin and I had a cup mashed",
        kind="cooked",
        sentence=True,
        items=(
            Item(
                "11423",
                245.0,
                "11423 Pumpkin, cooked, boiled, drained, without salt: 1 cup, mashed = 245 g",
            ),
        ),
    ),
    Phrase(
        text="one cup pearl barley, cooked",
        kind="cooked",
        sentence=False,
        items=(Item("20006", 157.0, "20006 Barley, pearled, cooked: 1 cup = 157 g"),),
    ),
    Phrase(
        text="I cooked red kidney beans and ate a cup",
        kind="cooked",
        sentence=True,
        items=(
            Item(
                "16033",
                177.0,
                "16033 Beans, kidney, red, mature seeds, cooked, boiled, without salt: 1 cup = 177 g",
            ),
        ),
    ),
    Phrase(
        text="6 frozen chicken nuggets in the air fryer",
        kind="count",
        sentence=False,
        items=(
            Item(
                "22974",
                108.0,
                "22974 Chicken, nuggets, dark and white meat, precooked, frozen, not reheated: 6 x 1 piece (18 g) = 108 g; frozen nuggets, meat unsaid = dark and white meat; reheating adds no energy",
            ),
        ),
    ),
    Phrase(
        text="8 strawberries after dinner",
        kind="count",
        sentence=False,
        items=(
            Item(
                "09316",
                96.0,
                '09316 Strawberries, raw: 8 x 1 medium (1-1/4" dia) (12 g) = 96 g; size unsaid = medium',
            ),
        ),
    ),
    Phrase(
        text="2 kiwis for pudding",
        kind="count",
        sentence=False,
        items=(
            Item(
                "09148",
                138.0,
                '09148 Kiwifruit, green, raw: 2 x 1 fruit (2" dia) (69 g) = 138 g; kiwi = green kiwifruit',
            ),
        ),
    ),
    Phrase(
        text="Ate 20 grapes while I was cooking",
        kind="count",
        sentence=True,
        items=(
            Item(
                "09132",
                98.0,
                "09132 Grapes, red or green (European type, such as Thompson seedless), raw: 2 x 10 grapes (49 g) = 98 g; grapes unsaid = red or green seedless",
            ),
        ),
    ),
    Phrase(
        text="3 corn tortillas with dinner",
        kind="count",
        sentence=False,
        items=(
            Item(
                "18363",
                72.0,
                "18363 Tortillas, ready-to-bake or -fry, corn: 3 x 1 tortilla (24 g) = 72 g",
            ),
        ),
    ),
    Phrase(
        text="4 ginger nut biscuits at smoko",
        kind="count",
        sentence=False,
        items=(
            Item(
                "18172",
                28.0,
                "18172 Cookies, gingersnaps: 4 x 1 cookie (7 g) = 28 g; ginger nuts (British, Australian) = gingersnaps; smoko (Australian) = a break",
            ),
        ),
    ),
    Phrase(
        text="I fried 2 rashers of back bacon",
        kind="count",
        sentence=True,
        items=(
            Item(
                "10131",
                47.0,
                "10131 Pork, cured, canadian-style bacon, grilled: 2 slices (6 per 6-oz pkg.) = 47 g; back bacon (British, Irish) = Canadian-style bacon, grilled; a rasher = a slice",
            ),
        ),
    ),
    Phrase(
        text="I ate 3 oreos straight out of the packet",
        kind="count",
        sentence=True,
        items=(
            Item(
                "18166",
                34.5,
                "18166 Cookies, chocolate sandwich, with creme filling, regular: 3 x 1 cookie (11.5 g) = 34.5 g; Oreo = chocolate sandwich cookie with creme filling",
            ),
        ),
    ),
    Phrase(
        text="Had 2 cobs of corn at the braai",
        kind="count",
        sentence=True,
        items=(
            Item(
                "11168",
                206.0,
                '11168 Corn, sweet, yellow, cooked, boiled, drained, without salt: 2 x 1 ear medium (6-3/4" to 7-1/2" long) (103 g) = 206 g; a cob = an ear, size unsaid = medium; braai (South African) = barbecue; boiled entry is closest',
            ),
        ),
    ),
    Phrase(
        text="I only ate 10 almonds today for snack",
        kind="count",
        sentence=True,
        items=(Item("12061", 12.0, "12061 Nuts, almonds: 10 x 1 almond (1.2 g) = 12 g"),),
    ),
    Phrase(
        text="6 ritz crackers from the sleeve",
        kind="count",
        sentence=False,
        items=(
            Item(
                "18621",
                19.8,
                "18621 NABISCO, NABISCO RITZ Crackers: 6 x 1 cracker (3.3 g) = 19.8 g",
            ),
        ),
    ),
    Phrase(
        text="For supper I had a bowl of chili con carne with beans",
        kind="dish",
        sentence=True,
        items=(
            Item(
                "22904",
                363.0,
                "22904 Chili con carne with beans, canned entree: 1.5 x 1 cup (242 g) = 363 g; a bowl of chili = 1.5 cups",
            ),
        ),
    ),
    Phrase(
        text="I had a serving of lasagne, the frozen one",
        kind="dish",
        sentence=True,
        items=(
            Item(
                "22916",
                297.0,
                "22916 Lasagna with meat & sauce, frozen entree: 1 serving = 297 g; lasagne = lasagna with meat & sauce, frozen entree",
            ),
        ),
    ),
    Phrase(
        text="a plate of spag bol at nan's",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "22401",
                283.0,
                "22401 Spaghetti with meat sauce, frozen entree: 1 serving = 283 g; spag bol = spaghetti with meat sauce; a plate of a dish SR24 has as an entree = its serving (convention added)",
            ),
        ),
    ),
    Phrase(
        text="I ate a bowl of beef stew",
        kind="dish",
        sentence=True,
        items=(
            Item(
                "22905",
                294.0,
                "22905 Beef stew, canned entree: 1.5 x 1 cup (1 serving) (196 g) = 294 g; a bowl of stew = 1.5 cups; SR24's plain beef stew is the canned entree",
            ),
        ),
    ),
    Phrase(
        text="bowl of chicken noodle soup when i was sick",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "06419",
                372.0,
                "06419 Soup, chicken noodle, canned, prepared with equal volume water: 1.5 x 1 serving 1 cup (248 g) = 372 g; a bowl of soup = 1.5 cups; canned, made with water",
            ),
        ),
    ),
    Phrase(
        text="Ate a cup of chinese fried rice from the food court",
        kind="dish",
        sentence=True,
        items=(Item("36602", 140.0, "36602 Restaurant, Chinese, fried rice: 1 cup = 140 g"),),
    ),
    Phrase(
        text="Ordered general tso's chicken and ate half the order",
        kind="dish",
        sentence=True,
        items=(
            Item(
                "36618",
                267.5,
                "36618 Restaurant, Chinese, general tso's chicken: 0.5 x 1 order (535 g) = 267.5 g",
            ),
        ),
    ),
    Phrase(
        text="a cup of potato salad at the braai",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "11414",
                250.0,
                "11414 Potato salad, home-prepared: 1 cup = 250 g; potato salad unsaid = home-prepared",
            ),
        ),
    ),
    Phrase(
        text="kung pao chicken from the takeaway, the whole order",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "36619",
                604.0,
                "36619 Restaurant, Chinese, kung pao chicken: 1 order = 604 g; takeaway (British) = take-out",
            ),
        ),
    ),
    Phrase(
        text="I ate 2 bean and cheese burritos",
        kind="dish",
        sentence=True,
        items=(
            Item(
                "21061",
                370.0,
                "21061 Fast foods, burrito, with beans and cheese: 2 x 1 each burrito (185 g) = 370 g",
            ),
        ),
    ),
    Phrase(
        text="6 pieces of sweet and sour chicken",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "36621",
                110.0,
                "36621 Restaurant, Chinese, sweet and sour chicken: 2 x 3 pieces (55 g) = 110 g",
            ),
        ),
    ),
    Phrase(
        text="fun size bag of peanut m&ms",
        kind="label",
        sentence=False,
        items=(
            Item(
                "19140",
                18.0,
                "19140 Candies, MARS SNACKFOOD US, M&M's Peanut Chocolate Candies: 1 package fun size = 18 g",
            ),
        ),
    ),
    Phrase(
        text="a twix, the 2 finger pack",
        kind="label",
        sentence=False,
        items=(
            Item(
                "19160",
                58.0,
                "19160 Candies, MARS SNACKFOOD US, TWIX Caramel Cookie Bars: 1 package (2.06 oz, 2 bars) = 58 g",
            ),
        ),
    ),
    Phrase(
        text="one packet of quaker maple & brown sugar oatmeal made with hot water",
        kind="label",
        sentence=False,
        items=(
            Item(
                "08131",
                155.0,
                "08131 Cereals, QUAKER, Instant Oatmeal, maple and brown sugar, prepared with boiling water: 1 packet, prepared = 155 g",
            ),
        ),
    ),
    Phrase(
        text="2 tbsp nutella on a slice of toast",
        kind="label",
        sentence=False,
        items=(
            Item(
                "19125",
                37.0,
                "19125 Chocolate-flavored hazelnut spread: 1 serving 2 TBSP = 37 g; Nutella = chocolate-flavored hazelnut spread",
            ),
            Item(
                "18070",
                22.0,
                "18070 Bread, white, commercially prepared, toasted: 1 slice = 22 g; toast of unsaid bread = white, toasted",
            ),
        ),
    ),
    Phrase(
        text="I had a bowl of rice krispies with half a cup of skim milk",
        kind="label",
        sentence=True,
        items=(
            Item(
                "08065",
                33.0,
                "08065 Cereals ready-to-eat, KELLOGG, KELLOGG'S RICE KRISPIES: 1.2 cup (1 NLEA serving) = 33 g; a bowl of cereal = its NLEA serving",
            ),
            Item(
                "01085",
                122.5,
                "01085 Milk, nonfat, fluid, with added vitamin A and vitamin D (fat free or skim): 0.5 x 1 cup (245 g) = 122.5 g",
            ),
        ),
    ),
    Phrase(
        text="1oz bag of nacho cheese doritos",
        kind="label",
        sentence=False,
        items=(
            Item(
                "19057",
                28.4,
                "19057 Snacks, tortilla chips, nacho cheese: 1 oz = 28.4 g; Doritos nacho cheese = nacho cheese tortilla chips",
            ),
        ),
    ),
    Phrase(
        text="a Cadbury Dairy Milk bar from the shop",
        kind="label",
        sentence=False,
        items=(
            Item(
                "19120",
                44.0,
                "19120 Candies, milk chocolate: 1 bar (1.55 oz) = 44 g; Cadbury Dairy Milk = milk chocolate; a bar = SR24's 1.55 oz bar",
            ),
        ),
    ),
    Phrase(
        text="a bowl of Frosties, dry, no milk",
        kind="label",
        sentence=False,
        items=(
            Item(
                "08069",
                30.0,
                "08069 Cereals ready-to-eat, KELLOGG, KELLOGG'S FROSTED FLAKES: 0.8 cup ( 1 NLEA serving) = 30 g; Frosties (British) = Kellogg's Frosted Flakes; a bowl = its NLEA serving",
            ),
        ),
    ),
    Phrase(
        text="Had a rice krispie square at the bake sale",
        kind="label",
        sentence=True,
        items=(
            Item(
                "19438",
                37.0,
                "19438 Snacks, KELLOGG, KELLOGG'S RICE KRISPIES TREATS Squares: 1 bar = 37 g; rice krispie square (Canadian) = Rice Krispies Treats square",
            ),
        ),
    ),
    Phrase(
        text="snack pack chocolate pudding cup",
        kind="label",
        sentence=False,
        items=(
            Item(
                "19183",
                98.0,
                "19183 Puddings, chocolate, ready-to-eat: 1 container shelf stable, 3.5 oz container = 98 g; Snack Pack = shelf-stable ready-to-eat chocolate pudding",
            ),
        ),
    ),
    Phrase(
        text="2 cups of froot loops, no milk",
        kind="label",
        sentence=False,
        items=(
            Item(
                "08030",
                58.0,
                "08030 Cereals ready-to-eat, KELLOGG, KELLOGG'S FROOT LOOPS: 2 x 1 cup (1 NLEA serving) (29 g) = 58 g",
            ),
        ),
    ),
    Phrase(
        text="For lunch I ate 2 cups of white rice, 1 cup of black eyed beans and one chicken drumstick",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "20045",
                316.0,
                "20045 Rice, white, long-grain, regular, cooked: 2 x 1 cup (158 g) = 316 g",
            ),
            Item(
                "16063",
                171.0,
                "16063 Cowpeas, common (blackeyes, crowder, southern), mature seeds, cooked, boiled, without salt: 1 cup = 171 g; black-eyed beans = cowpeas, mature, boiled",
            ),
            Item(
                "05069",
                105.0,
                "05069 Chicken, broilers or fryers, drumstick, meat and skin, cooked, roasted: 1 drumstick with skin (yield from 1 lb ready-to-cook chicken) = 105 g; cooking unsaid = roasted, with skin as served",
            ),
        ),
    ),
    Phrase(
        text="Lunch I took ugali 2 cups with 200g nyama choma",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "08091",
                514.0,
                "08091 Cereals, corn grits, white, regular and quick, enriched, cooked with water, without salt: 2 x 1 cup (257 g) = 514 g; ugali = white maize meal cooked with water, as held_out_7's pap = white grits cooked with water",
            ),
            Item(
                "17169",
                200.0,
                "17169 Game meat, goat, cooked, roasted: 200 g typed (cooked weight); nyama choma (Kenyan) = roasted goat",
            ),
        ),
    ),
    Phrase(
        text="Lunch was 2 cups of rice, 1 cup of dal and a cup of curd",
        kind="meal_sentence",
        sentence=True,
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
            Item(
                "01116",
                245.0,
                "01116 Yogurt, plain, whole milk, 8 grams protein per 8 ounce: 1 cup (8 fl oz) = 245 g; curd (Indian) = plain whole-milk yogurt",
            ),
        ),
    ),
    Phrase(
        text="For breakfast I had 1 cup of rice, 2 fried eggs and 2 slices of spam",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item("20045", 158.0, "20045 Rice, white, long-grain, regular, cooked: 1 cup = 158 g"),
            Item("01128", 92.0, "01128 Egg, whole, cooked, fried: 2 x 1 large (46 g) = 92 g"),
            Item(
                "07276",
                84.0,
                "07276 HORMEL SPAM, Luncheon Meat, pork with ham, minced, canned: 3 x 1 oz (28 g) = 84 g; a slice of Spam = 1/8 of a 12 oz can = 1.5 oz (convention added), x2",
            ),
        ),
    ),
    Phrase(
        text="Dinner I eat 1.5 cup fried rice and 3 piece lemon chicken lor",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "36602",
                210.0,
                "36602 Restaurant, Chinese, fried rice: 1.5 x 1 cup (140 g) = 210 g; fried rice = Chinese restaurant fried rice",
            ),
            Item("36617", 73.0, "36617 Restaurant, Chinese, lemon chicken: 3 pieces = 73 g"),
        ),
    ),
    Phrase(
        text="We had a braai, I ate 2 lamb chops, a cup of potato salad and a mielie",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "17024",
                128.0,
                '17024 Lamb, domestic, loin, separable lean and fat, trimmed to 1/4" fat, choice, cooked, broiled: 2 x 1 chop, excluding refuse (yield from 1 raw chop, with refuse, weighing 120 g) (64 g) = 128 g; lamb chop = loin chop, lean and fat, broiled',
            ),
            Item("11414", 250.0, "11414 Potato salad, home-prepared: 1 cup = 250 g"),
            Item(
                "11168",
                103.0,
                '11168 Corn, sweet, yellow, cooked, boiled, drained, without salt: 1 ear medium (6-3/4" to 7-1/2" long) = 103 g; a mielie (South African) = an ear of corn, medium',
            ),
        ),
    ),
    Phrase(
        text="Sunday dinner was a cup of callaloo, a cup of rice and a fried chicken leg",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "11004",
                132.0,
                "11004 Amaranth leaves, cooked, boiled, drained, without salt: 1 cup = 132 g; callaloo (Jamaican) = amaranth leaves, cooked",
            ),
            Item("20045", 158.0, "20045 Rice, white, long-grain, regular, cooked: 1 cup = 158 g"),
            Item(
                "05077",
                112.0,
                "05077 Chicken, broilers or fryers, leg, meat and skin, cooked, fried, flour: 1 leg, bone removed = 112 g; fried chicken without batter said = flour-fried; a leg = drumstick and thigh",
            ),
        ),
    ),
    Phrase(
        text="I had a peameal bacon sandwich, 3 slices on a kaiser roll, and an apple",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "10131",
                70.5,
                "10131 Pork, cured, canadian-style bacon, grilled: 1.5 x 2 slices (6 per 6-oz pkg.) (47 g) = 70.5 g; peameal bacon (Canadian) = Canadian-style bacon, grilled; 3 slices",
            ),
            Item("18353", 57.0, '18353 Rolls, hard (includes kaiser): 1 roll (3-1/2" dia) = 57 g'),
            Item(
                "09003",
                182.0,
                '09003 Apples, raw, with skin: 1 medium (3" dia) = 182 g; size unsaid = medium',
            ),
        ),
    ),
    Phrase(
        text="Had a battered cod and a large chips from the chippy",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "21047",
                91.0,
                "21047 Entrees, fish fillet, battered or breaded, and fried: 1 fillet = 91 g; battered cod = battered fried fish fillet",
            ),
            Item(
                "21138",
                169.0,
                "21138 Fast foods, potato, french fried in vegetable oil: 1 large = 169 g; chips (British) = fast-food fries; chippy = fish and chip shop",
            ),
        ),
    ),
    Phrase(
        text="For dinner I had 6 oz of grilled salmon, a cup of brown rice and a cup of steamed broccoli",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "15237",
                170.1,
                "15237 Fish, salmon, Atlantic, farmed, cooked, dry heat: 6 oz x 28.35 g = 170.1 g; salmon unsaid = Atlantic farmed, cooked dry heat; weight typed = cooked",
            ),
            Item("20037", 195.0, "20037 Rice, brown, long-grain, cooked: 1 cup = 195 g"),
            Item(
                "11091",
                156.0,
                "11091 Broccoli, cooked, boiled, drained, without salt: 2 x 0.5 cup, chopped (78 g) = 156 g; steamed = boiled, drained",
            ),
        ),
    ),
    Phrase(
        text="Lunch was a ham and cheese toastie and an apple",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "18070",
                44.0,
                "18070 Bread, white, commercially prepared, toasted: 2 x 1 slice (22 g) = 44 g; a toastie = 2 slices of white bread, toasted, with 1 slice of ham, 1 slice of cheddar and 1 pat of butter per slice (convention added)",
            ),
            Item(
                "07029", 28.0, "07029 Ham, sliced, regular (approximately 11% fat): 1 slice = 28 g"
            ),
            Item("01009", 28.0, "01009 Cheese, cheddar: 1 slice (1 oz) = 28 g"),
            Item("01001", 10.0, '01001 Butter, salted: 2 x 1 pat (1" sq, 1/3" high) (5 g) = 10 g'),
            Item("09003", 182.0, '09003 Apples, raw, with skin: 1 medium (3" dia) = 182 g'),
        ),
    ),
    Phrase(
        text="We bought a roast chicken from the supermarket and I ate half",
        kind="part",
        sentence=True,
        items=(
            Item(
                "05009",
                299.0,
                "05009 Chicken, broilers or fryers, meat and skin, cooked, roasted: 0.5 chicken, bone removed = 299 g; a roast chicken = roasted broiler, meat and skin",
            ),
        ),
    ),
    Phrase(
        text="a third of a 14 inch pizza hut cheese pizza, hand tossed",
        kind="part",
        sentence=False,
        items=(
            Item(
                "21293",
                280.3,
                '21293 PIZZA HUT 14" Cheese Pizza, Hand-Tossed Crust: 1 pizza = 841 g, a third = 280.3 g',
            ),
        ),
    ),
    Phrase(
        text="I ate half a cantaloupe po for breakfast",
        kind="part",
        sentence=True,
        items=(
            Item(
                "09181",
                276.0,
                '09181 Melons, cantaloupe, raw: 0.5 x 1 melon, medium (about 5" dia) (552 g) = 276 g; size unsaid = medium',
            ),
        ),
    ),
    Phrase(
        text="I ate half a cucumber with salt",
        kind="part",
        sentence=True,
        items=(
            Item(
                "11205",
                150.5,
                '11205 Cucumber, with peel, raw: 0.5 x 1 cucumber (8-1/4") (301 g) = 150.5 g',
            ),
        ),
    ),
    Phrase(
        text="a quarter of a 200g cadbury bar",
        kind="part",
        sentence=False,
        items=(
            Item(
                "19120",
                50.0,
                "19120 Candies, milk chocolate: a quarter of a 200 g bar = 50 g; Cadbury = milk chocolate",
            ),
        ),
    ),
    Phrase(
        text="We shared a bag of microwave popcorn, I had half",
        kind="part",
        sentence=True,
        items=(
            Item(
                "25014",
                43.5,
                "25014 Snacks, popcorn, microwave, regular (butter) flavor, made with partially hydrogenated oil: 0.5 x 1 bag (87 g) = 43.5 g; microwave popcorn unsaid = regular (butter) flavor",
            ),
        ),
    ),
    Phrase(
        text="a quarter of a domino's hand tossed cheese pizza",
        kind="part",
        sentence=False,
        items=(
            Item(
                "21277",
                216.2,
                "21277 DOMINO'S 14\" Cheese Pizza, Classic Hand-Tossed Crust: 0.2 x 1 pizza (865 g) = 216.2 g",
            ),
        ),
    ),
    Phrase(
        text="Shared a large fries at Wendy's, I had half",
        kind="part",
        sentence=True,
        items=(
            Item(
                "21247", 92.0, "21247 WENDY'S, French Fries: 0.5 x 1 large Serving (184 g) = 92 g"
            ),
        ),
    ),
    Phrase(
        text="half a bar of 70% dark chocolate",
        kind="part",
        sentence=False,
        items=(
            Item(
                "19904",
                50.5,
                "19904 Chocolate, dark, 70-85% cacao solids: 0.5 x 1 bar (101 g) = 50.5 g",
            ),
        ),
    ),
    Phrase(
        text="I finished a third of the big 8 oz bag of Lays",
        kind="part",
        sentence=True,
        items=(
            Item(
                "19411",
                75.7,
                "19411 Snacks, potato chips, plain, salted: 0.3 x 1 bag (8 oz) (227 g) = 75.7 g; Lay's = plain salted potato chips",
            ),
        ),
    ),
    Phrase(
        text="a small apple with lunch",
        kind="size",
        sentence=False,
        items=(Item("09003", 149.0, '09003 Apples, raw, with skin: 1 small (2-3/4" dia) = 149 g'),),
    ),
    Phrase(
        text="a jumbo egg, boiled, for brekkie",
        kind="size",
        sentence=False,
        items=(
            Item(
                "01129",
                63.0,
                "01129 Egg, whole, cooked, hard-boiled: jumbo = 63 g, SR24's raw-egg measure (01123 jumbo = 63 g); the boiled entry lists only large",
            ),
        ),
    ),
    Phrase(
        text="one large carrot as a snack",
        kind="size",
        sentence=False,
        items=(Item("11124", 72.0, '11124 Carrots, raw: 1 large (7-1/4" to 8-/1/2" long) = 72 g'),),
    ),
    Phrase(
        text="I sliced a large tomato and ate it with salt",
        kind="size",
        sentence=True,
        items=(
            Item(
                "11529",
                182.0,
                '11529 Tomatoes, red, ripe, raw, year round average: 1 large whole (3" dia) = 182 g',
            ),
        ),
    ),
    Phrase(
        text="a small blueberry muffin from the cafe",
        kind="size",
        sentence=False,
        items=(
            Item(
                "18274",
                66.0,
                '18274 Muffins, blueberry, commercially prepared (Includes mini-muffins): 1 small (2-3/4" dia x 2") = 66 g',
            ),
        ),
    ),
    Phrase(
        text="a mini bagel with a tbsp of cream cheese",
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
        text="After dinner I ate a large orange",
        kind="size",
        sentence=True,
        items=(
            Item(
                "09200",
                184.0,
                '09200 Oranges, raw, all commercial varieties: 1 large (3-1/16" dia) = 184 g',
            ),
        ),
    ),
    Phrase(
        text="I bought an extra large blueberry muffin at the train station",
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
        text="a small baked potato, plain",
        kind="size",
        sentence=False,
        items=(
            Item(
                "11828",
                138.0,
                '11828 Potatoes, baked, flesh and skin, with salt: 1 potato small (1-3/4" to 2-1/2" dia) = 138 g; baked, flesh and skin',
            ),
        ),
    ),
    Phrase(
        text="one large pita bread, plain",
        kind="size",
        sentence=False,
        items=(
            Item(
                "18041",
                60.0,
                '18041 Bread, pita, white, enriched: 1 pita, large (6-1/2" dia) = 60 g; pita unsaid = white',
            ),
        ),
    ),
    Phrase(
        text="i had 2 slcies of whole wheat toast w buter",
        kind="typo",
        sentence=True,
        items=(
            Item(
                "18076",
                50.0,
                "18076 Bread, whole-wheat, commercially prepared, toasted: 2 x 1 slice (25 g) = 50 g",
            ),
            Item(
                "01001",
                10.0,
                '01001 Butter, salted: 2 x 1 pat (1" sq, 1/3" high) (5 g) = 10 g; butter on toast: 1 pat per slice',
            ),
        ),
    ),
    Phrase(
        text="chiken noodle soup, 1 bowl",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "06419",
                372.0,
                "06419 Soup, chicken noodle, canned, prepared with equal volume water: 1.5 x 1 serving 1 cup (248 g) = 372 g; a bowl of soup = 1.5 cups; canned, made with water",
            ),
        ),
    ),
    Phrase(
        text="bowl of cherrios with half cup of skimmed milk",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "08013",
                28.0,
                "08013 Cereals ready-to-eat, GENERAL MILLS, CHEERIOS: 1 cup (1 NLEA serving) = 28 g; cherrios = Cheerios; a bowl = its NLEA serving",
            ),
            Item(
                "01085",
                122.5,
                "01085 Milk, nonfat, fluid, with added vitamin A and vitamin D (fat free or skim): 0.5 x 1 cup (245 g) = 122.5 g; skimmed = skim",
            ),
        ),
    ),
    Phrase(
        text="brocoli and brown rice, a cup each",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "11091",
                156.0,
                "11091 Broccoli, cooked, boiled, drained, without salt: 2 x 0.5 cup, chopped (78 g) = 156 g; broccoli eaten with rice = cooked, boiled",
            ),
            Item("20037", 195.0, "20037 Rice, brown, long-grain, cooked: 1 cup = 195 g"),
        ),
    ),
    Phrase(
        text="made a grilld cheese sandwhich for lunch",
        kind="typo",
        sentence=True,
        items=(
            Item(
                "18069",
                56.0,
                "18069 Bread, white, commercially prepared (includes soft bread crumbs): 2 x 1 slice (28 g) = 56 g; a grilled cheese = 2 slices of white bread, 2 slices (1 oz each) of cheddar and 1 pat of butter per slice (convention added)",
            ),
            Item("01009", 56.0, "01009 Cheese, cheddar: 2 x 1 slice (1 oz) (28 g) = 56 g"),
            Item("01001", 10.0, '01001 Butter, salted: 2 x 1 pat (1" sq, 1/3" high) (5 g) = 10 g'),
        ),
    ),
    Phrase(
        text="strawbery yoghurt, the 6oz pot",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "01120",
                170.0,
                "01120 Yogurt, fruit, low fat, 9 grams protein per 8 ounce: 1 container (6 oz) = 170 g; strawberry yogurt = fruit yogurt, low fat",
            ),
        ),
    ),
    Phrase(
        text="bluebery muffin, medium",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "18274",
                113.0,
                "18274 Muffins, blueberry, commercially prepared (Includes mini-muffins): 1 medium = 113 g",
            ),
        ),
    ),
    Phrase(
        text="sphagetti w meatsauce, frozen meal",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "22401", 283.0, "22401 Spaghetti with meat sauce, frozen entree: 1 serving = 283 g"
            ),
        ),
    ),
    Phrase(
        text="i got a cesar salad frm mcdonalds, no chicken",
        kind="typo",
        sentence=True,
        items=(
            Item(
                "21372",
                213.0,
                "21372 McDONALD'S, Caesar Salad without chicken: 1 item = 213 g; no dressing said, none counted",
            ),
        ),
    ),
    Phrase(
        text="tomatoe and cucmber salad, 1 tomato and half a cucumber",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "11529",
                123.0,
                '11529 Tomatoes, red, ripe, raw, year round average: 1 medium whole (2-3/5" dia) = 123 g',
            ),
            Item(
                "11205",
                150.5,
                '11205 Cucumber, with peel, raw: 0.5 x 1 cucumber (8-1/4") (301 g) = 150.5 g',
            ),
        ),
    ),
    Phrase(
        text="2 slices of chedder chese",
        kind="typo",
        sentence=False,
        items=(Item("01009", 56.0, "01009 Cheese, cheddar: 2 x 1 slice (1 oz) (28 g) = 56 g"),),
    ),
    Phrase(
        text="2 cups of romaine with 2 tbsp ranch",
        kind="unit",
        sentence=False,
        items=(
            Item(
                "11251",
                94.0,
                "11251 Lettuce, cos or romaine, raw: 2 x 1 cup shredded (47 g) = 94 g",
            ),
            Item(
                "04639",
                30.0,
                "04639 Salad dressing, ranch dressing, commercial, regular: 2 x 1 tablespoon (15 g) = 30 g; ranch unsaid = regular",
            ),
        ),
    ),
    Phrase(
        text="I put a tbsp of butter on my corn on the cob",
        kind="unit",
        sentence=True,
        items=(
            Item("01001", 14.2, "01001 Butter, salted: 1 tbsp = 14.2 g"),
            Item(
                "11168",
                103.0,
                '11168 Corn, sweet, yellow, cooked, boiled, drained, without salt: 1 ear medium (6-3/4" to 7-1/2" long) = 103 g; size unsaid = medium',
            ),
        ),
    ),
    Phrase(
        text="Scooped 1/2 cup of vanilla ice cream for dessert",
        kind="unit",
        sentence=True,
        items=(Item("19095", 66.0, "19095 Ice creams, vanilla: 1 serving 1/2 cup = 66 g"),),
    ),
    Phrase(
        text="3/4 cup plain yogurt with a tbsp of honey",
        kind="unit",
        sentence=False,
        items=(
            Item(
                "01117",
                183.8,
                "01117 Yogurt, plain, low fat, 12 grams protein per 8 ounce: 0.8 x 1 cup (8 fl oz) (245 g) = 183.8 g; plain yogurt of unsaid fat = low fat (convention added)",
            ),
            Item("19296", 21.0, "19296 Honey: 1 tbsp = 21 g"),
        ),
    ),
    Phrase(
        text="I had a cup of blueberries as a snack",
        kind="unit",
        sentence=True,
        items=(Item("09050", 148.0, "09050 Blueberries, raw: 1 cup = 148 g"),),
    ),
    Phrase(
        text="2 tbsp almond butter on a rice cake",
        kind="unit",
        sentence=False,
        items=(
            Item(
                "12195",
                32.0,
                "12195 Nuts, almond butter, plain, without salt added: 2 x 1 tbsp (16 g) = 32 g",
            ),
            Item("19051", 9.0, "19051 Snacks, rice cakes, brown rice, plain: 1 cake = 9 g"),
        ),
    ),
    Phrase(
        text="1/3 cup dried cranberries as a snack",
        kind="unit",
        sentence=False,
        items=(
            Item(
                "09079",
                40.0,
                "09079 Cranberries, dried, sweetened: 0.3 cup = 40 g; dried cranberries = sweetened (craisins)",
            ),
        ),
    ),
    Phrase(
        text="a cup of sliced strawberries",
        kind="unit",
        sentence=False,
        items=(Item("09316", 166.0, "09316 Strawberries, raw: 1 cup, sliced = 166 g"),),
    ),
    Phrase(
        text="Took a tablespoon of coconut oil straight, my aunty swears by it",
        kind="unit",
        sentence=True,
        items=(
            Item(
                "04047", 13.6, "04047 Oil, coconut: 1 tbsp = 13.6 g; taken straight: the oil alone"
            ),
        ),
    ),
    Phrase(
        text="4 tbsp of hummus from the tub",
        kind="unit",
        sentence=False,
        items=(Item("16158", 60.0, "16158 Hummus, commercial: 4 x 1 tbsp (15 g) = 60 g"),),
    ),
    Phrase(
        text="Drank a cup of chocolate milk after the gym",
        kind="unit",
        sentence=True,
        items=(
            Item(
                "01103",
                250.0,
                "01103 Milk, chocolate, fluid, commercial, reduced fat, with added vitamin A and vitamin D: 1 cup = 250 g; chocolate milk unsaid = commercial reduced fat",
            ),
        ),
    ),
    Phrase(
        text="Drank a 600ml bottle of coke at lunch",
        kind="units",
        sentence=True,
        items=(
            Item(
                "14400",
                622.9,
                "14400 Carbonated beverage, cola, contains caffeine: 600 ml = 20.29 fl oz x 30.7 g (its 1 fl oz) = 622.9 g; coke = cola with caffeine",
            ),
        ),
    ),
    Phrase(
        text="40g of 70% dark chocolate",
        kind="units",
        sentence=False,
        items=(Item("19904", 40.0, "19904 Chocolate, dark, 70-85% cacao solids: 40 g typed"),),
    ),
    Phrase(
        text="I had 70g of tuna in springwater for lunch",
        kind="units",
        sentence=True,
        items=(
            Item(
                "15121",
                70.0,
                "15121 Fish, tuna, light, canned in water, drained solids: 70 g typed, drained; springwater (Australian) = water",
            ),
        ),
    ),
    Phrase(
        text="I had 200g natural yoghurt for breakfast",
        kind="units",
        sentence=True,
        items=(
            Item(
                "01116",
                200.0,
                "01116 Yogurt, plain, whole milk, 8 grams protein per 8 ounce: 200 g typed; natural yoghurt (British) = plain whole-milk yogurt",
            ),
        ),
    ),
    Phrase(
        text="4oz grilled chicken thigh, no skin",
        kind="units",
        sentence=False,
        items=(
            Item(
                "05098",
                113.4,
                "05098 Chicken, broilers or fryers, thigh, meat only, cooked, roasted: 4 oz x 28.35 g = 113.4 g; grilled = roasted (dry heat); meat only; weight typed = cooked",
            ),
        ),
    ),
    Phrase(
        text="I drink 300ml of semi skimmed milk every morning",
        kind="units",
        sentence=True,
        items=(
            Item(
                "01079",
                309.4,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 300 ml = 10.14 fl oz x 30.5 g (its 1 fl oz) = 309.4 g; semi-skimmed (British, 1.7%) = closest 2% milk",
            ),
        ),
    ),
    Phrase(
        text="50g of granola, no milk",
        kind="units",
        sentence=False,
        items=(
            Item(
                "08054",
                50.0,
                "08054 Cereals ready-to-eat, QUAKER, 100% Natural Granola, Oats, Wheat and Honey: granola unsaid = Quaker 100% Natural (oats, wheat, honey), a common commercial granola",
            ),
        ),
    ),
    Phrase(
        text="2 oz beef jerky on the road trip",
        kind="units",
        sentence=False,
        items=(
            Item(
                "19002",
                56.7,
                "19002 Snacks, beef jerky, chopped and formed: 2 oz x 28.35 g = 56.7 g",
            ),
        ),
    ),
    Phrase(
        text="I had 120g of cooked basmati rice with dinner",
        kind="units",
        sentence=True,
        items=(
            Item(
                "20045",
                120.0,
                "20045 Rice, white, long-grain, regular, cooked: basmati = white long-grain rice, cooked",
            ),
        ),
    ),
    Phrase(
        text="Had a 175ml glass of white wine at the work do",
        kind="units",
        sentence=True,
        items=(
            Item(
                "14106",
                174.0,
                "14106 Alcoholic beverage, wine, table, white: 175 ml = 5.92 fl oz x 29.4 g (its 1 fl oz) = 174 g",
            ),
        ),
    ),
    Phrase(
        text="85g baked salmon for meal prep",
        kind="units",
        sentence=False,
        items=(
            Item(
                "15237",
                85.0,
                "15237 Fish, salmon, Atlantic, farmed, cooked, dry heat: salmon unsaid = Atlantic farmed; baked = cooked, dry heat",
            ),
        ),
    ),
    Phrase(
        text="a couple tablespoons of peanut butter straight from the jar",
        kind="words",
        sentence=False,
        items=(
            Item(
                "16098",
                32.0,
                "16098 Peanut butter, smooth style, with salt: 2 tbsp = 32 g; a couple = 2; peanut butter unsaid = smooth",
            ),
        ),
    ),
    Phrase(
        text="I ate half a dozen fried chicken wings",
        kind="words",
        sentence=True,
        items=(
            Item(
                "05102",
                192.0,
                "05102 Chicken, broilers or fryers, wing, meat and skin, cooked, fried, flour: 6 x 1 wing, bone removed (32 g) = 192 g; fried without batter said = flour-fried; wing weight without bone",
            ),
        ),
    ),
    Phrase(
        text="a dozen almonds at my desk",
        kind="words",
        sentence=False,
        items=(Item("12061", 14.4, "12061 Nuts, almonds: 12 x 1 almond (1.2 g) = 14.4 g"),),
    ),
    Phrase(
        text="one and a quarter cups of pasta",
        kind="words",
        sentence=False,
        items=(
            Item(
                "20121",
                175.0,
                "20121 Spaghetti, cooked, enriched, without added salt: 1.2 x 1 cup (140 g) = 175 g; plain pasta = cooked enriched spaghetti",
            ),
        ),
    ),
    Phrase(
        text="I ate a dozen oysters at the fish market",
        kind="words",
        sentence=True,
        items=(
            Item(
                "15167",
                168.0,
                "15167 Mollusks, oyster, eastern, wild, raw: 2 x 6 medium (84 g) = 168 g; oysters unsaid = eastern, wild, raw",
            ),
        ),
    ),
    Phrase(
        text="My kid left half so I ate one and a half bananas",
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
        text="three quarters of a cup of oatmeal",
        kind="words",
        sentence=False,
        items=(
            Item(
                "08121",
                175.0,
                "08121 Cereals, oats, regular and quick, unenriched, cooked with water (includes boiling and microwaving), without salt: 0.8 cup = 175 g; oatmeal = oats cooked with water",
            ),
        ),
    ),
    Phrase(
        text="I ate a whole pint of vanilla ice cream",
        kind="words",
        sentence=True,
        items=(
            Item(
                "19095",
                264.0,
                "19095 Ice creams, vanilla: 4 x 1 serving 1/2 cup (66 g) = 264 g; a pint = 2 cups = 4 half cups",
            ),
        ),
    ),
    Phrase(
        text="a quarter pound burger patty, no bun",
        kind="words",
        sentence=False,
        items=(
            Item(
                "23564",
                86.0,
                "23564 Beef, ground, 90% lean meat / 10% fat, patty, cooked, pan-broiled: 1 patty ( yield from 1/4 lb raw meat ) = 86 g; a quarter pound patty = SR24's patty from 1/4 lb raw; ground beef unsaid = 90% lean, pan-broiled",
            ),
        ),
    ),
    Phrase(
        text="one and a half cups of orange juice",
        kind="words",
        sentence=False,
        items=(
            Item(
                "09209",
                373.5,
                "09209 Orange juice, chilled, includes from concentrate: 1.5 x 1 cup (249 g) = 373.5 g; orange juice unsaid = chilled, includes from concentrate",
            ),
        ),
    ),
)
