# ruff: noqa: E501
"""The seventeenth held-out set of the /log accuracy phrases: never to be read, run or tuned on.

Written on 2026-12-08 apart from the code, from the USDA SR24 records alone (the archive
/work/shared/data/usda_sr24.jar, searched with throwaway scripts in /tmp; every item's grams were
worked out by a script from the entry's own household measures, its fl oz measure (or 1/8 of its
cup), ounces at 28.35 g, millilitres at 29.57 ml a fl oz or grams as typed, and the script wrote the
measure it used into the basis; every uid was checked to be in the packaged table through
`tests.meals.phrases.table`, with the table's kcal equal to the SR24 record's). Not read: anything
under healthbot/ (the parser, its aliases, units, ranking, search, the meal service), any test of
the parser, bench/ (not opened), `held_out_16` (never opened, grepped or printed) and any score; the
scorer was never run and the bot never saw these phrases. Read: the conventions in
`tests.meals.phrases`, `tests.meals.phrases.table`, the structure test
tests/meals/test_phrase_set.py, and `held_out_15` (its format, conventions and kind labels only;
every set holds the same kinds). The texts of the tuning sets (`development`, `held_out`,
`held_out_2` to `held_out_15`) were compared with this set's only by a script that printed COUNTS
(exact, case-folded; folded, punctuation and spaces too; the same words in any order; near, difflib
ratio >= 0.9) and then only this set's own texts that matched: the first run counted 0 exact, 0
folded, 0 same-words and 2 near; the two were reworded blind until every count was 0. The foods
were chosen apart from `held_out_15`'s: of this set's 238 distinct SR24 entries, 18 are also in
`held_out_15`, all of them staples eaten with other foods (milk, light cream, condensed milk, eggs
by how they are cooked, espresso, brewed coffee, black tea, sugar, honey, white and French bread,
rice, regular beer).

180 phrases, 96 of them whole sentences, 12 of each kind, in the voices of the US (19), Britain
(14), Australia (14), Canada (14), New Zealand (13), Ireland (12), India (12), South Africa (11),
Singapore (10), the Philippines (9), Kenya (8), Pakistan (8), Nigeria (8), Malaysia (7), Scotland
(7), the Caribbean (7) and Ghana (7) (a comment above each phrase names its voice), following the
conventions of `tests.meals.phrases` (each basis says which applied). Where SR24 has no exact food
the closest entry is used and the basis says so. Kinds as `held_out_15` reads them: `label` a
branded product by its brand, `unit` a household measure (cup, tbsp, tsp), `units` a weight or
volume (g, oz, ml), `part` a fraction of a food, `words` an amount in words, `size` a size word,
`count` a number of pieces, `cooked` a food named with how it was cooked. Conventions this set
adds where the others leave a case open:

- coffee: a shot = 1 fl oz; tall 12 fl oz with 1 shot, grande 16 with 2; a latte of unsaid size =
  12 fl oz; a latte's milk = the cup less its shots and 1 fl oz foam; a cappuccino's milk = half of
  the cup less its shots; a flat white = 2 shots and 4 fl oz milk; a long black and an americano =
  2 shots over water (the water not counted); breve = half-and-half; trim (NZ) = skim; Tim
  Hortons' medium 14 and large 20 fl oz; a triple triple = 3 creams (1 tbsp light cream each) and 3
  sugars (1 tsp each); a South Indian filter coffee = a 6 fl oz tumbler of 2 fl oz coffee, 4 fl oz
  whole milk and 2 tsp sugar; a kopi (Singapore) = 6 fl oz coffee with 2 tbsp condensed milk; a
  sachet of 3 in 1 = the serving of SR24's instant coffee with sugar and whitener; rooibos = herb
  tea; Kenyan chai = an 8 fl oz cup of half black tea, half whole milk, with 2 tsp sugar; a mug or
  a cuppa = 8 fl oz, a splash of milk in tea = 1 fl oz; hot milk on the side = 2 fl oz; a large
  cafe hot chocolate = 20 fl oz;
- drinks: a beer of unsaid size = 12 fl oz; a Tusker = a 500 ml bottle of regular beer; a bottle of
  wine = 750 ml; a glass of wine = 5 fl oz, a large one 250 ml; a double = 2 shots of 1.5 fl oz,
  with 4 fl oz of mixer a drink; a large glass = 12 fl oz, a glass of milk 8 fl oz; a large
  fountain drink = the entry's 32 fl oz cup; a round bought or got in does not change what the
  writer drank;
- sharing and corrections: a shared food is split evenly among the people named (a six pack
  between two, a bottle three ways, two pizzas between six, a carafe with a colleague); a
  correction ("no wait 3", "sorry 4", "actually more like a cup and a half", "no be 1 pack sef")
  counts the corrected amount;
- amounts: a bowl of cereal = its NLEA serving with 1/2 cup milk, a big bowl twice the serving
  with 1 cup; a plate of rice = 1.5 cups, one rice (Filipino) and a serving of rice = 1 cup; a
  katori = 1/2 cup; a bowl of soup = 1.5 cups, a bowl of a dessert or chaat = 1 cup; a side and a
  scoop = 1/2 cup; meat of unsaid size = 3 oz; a handful of leaves = 1 cup raw, of nuts or trail
  mix 1 oz; a bag or packet of chips = 1 oz; an egg of unsaid size = large, an omelette counted by
  its eggs; a dash of soy sauce = 1 tsp; a slice of Spam = 1 oz; a quarter of a tart = two eighth
  pieces; a giant muffin = the extra large one; big = the larger of an entry's two sizes;
- foods by their parts: a poutine = a serving of family-style fries, 2 oz cheese curds (whole-milk
  mozzarella) and 1/2 cup beef gravy; a chicken fillet roll = a French roll, a battered fried half
  breast and 1 tbsp mayonnaise-type dressing; a nasi lemak bungkus = 1 cup rice, 2 tbsp coconut
  milk, 5 anchovies, 10 peanuts, half a boiled egg and 1/4 cup cucumber; a souvlaki = a large pita,
  3 oz roast leg of lamb and 2 tbsp yogurt; a chili dog = a beef and pork frank, a bun and 1/4 cup
  canned chili; red red = 1 cup black-eyed peas and 1 tbsp palm oil; a plate of jollof = 1.5 cups
  rice, 1/4 cup spanish-style tomato sauce and 1 tbsp soybean oil; a bun kabab = a bun and a
  broiled beef patty; a bacon buttie = 3 rashers in a soft roll with 1 tbsp brown (steak) sauce;
  chipo mayai = a serving of fries and a 2-egg omelette; a toastie = 2 slices of white toast, a
  slice of ham, a slice of colby and a pineapple ring; cheese and pickle = 2 slices of bread, 1.5 oz
  Cheshire and 1 tbsp sweet relish; a bread bowl = 7 oz of sourdough holding 1.5 cups chowder;
  spamsilog = 2 slices Spam, a cup of rice and a fried egg; egg sauce = scrambled eggs with cooked
  tomato; a boerie roll = a serving of smoked pork and beef sausage in a hot dog roll; callaloo and
  saltfish = 1 cup boiled amaranth leaves and 2 oz dried salt cod;
- foods (SR24's closest): kala chana = chickpeas; pickerel = walleye; barramundi = sea bass; bangus
  = milkfish; boiled bacon (Irish) = roasted cured pork arm picnic; jerk pork = roasted pork
  shoulder; roast breadfruit, boli and mussels by count = the raw entries; ugali and pap = white
  corn grits cooked with water; githeri = succotash; waakye = rice and black beans; nyama choma and
  curry goat = roasted goat; mutton = braised lamb shoulder; char siew = roasted pork loin; rump
  (South African) = broiled top round; boerewors = smoked pork and beef sausage; longganisa and
  square sausage = fresh pork sausage; chipolatas = pork sausage links; rashers and peameal =
  Canadian-style bacon; puff puff = a cake doughnut hole, mandazi a plain cake doughnut; khir =
  arroz con leche; tau huay = soft tofu with a sugar syrup; Milo and Bournvita = the fortified
  chocolate drink mixes made with whole milk; Indomie = instant ramen; KD = Kraft Dinner, a cup of
  it the dry serving that makes about a cup; Coco Pops = Cocoa Krispies; Coke Zero = low-calorie
  cola with aspartame and caffeine; biltong = beef jerky; dodo = fried yellow plantain; mahindi
  choma = boiled white corn; brown sauce = tomato-based steak sauce; granary and Irish brown bread
  = wheat bread; agege bread, tea bread and hard dough bread = white bread; pav and a blaa = a soft
  roll; a kaiser and a morning roll = a hard roll; smoked mackerel = cooked Atlantic mackerel;
- regional words: arvo = afternoon; tea (NZ, Australian, Scottish) = the evening meal; smoko = a work
  break; the bach (NZ) = a holiday home; the dairy (NZ) = a corner shop; maccies (British), Macs
  (Singapore), Hungry Jacks (Australian) and Timmies (Canadian) = the chains; barkada = friends,
  merienda = an afternoon snack, baon = a packed meal (Filipino); mama put = a roadside cook,
  owambe = a party (Nigerian); chop bar and trotro (Ghanaian) = a local eatery and a minibus; thela
  = a street cart; kopitiam = a coffee shop; mak cik = an aunt; braai = a barbecue; naartjie = a
  tangerine; the pan man and the cookshop (Caribbean) = a jerk stand and a cheap restaurant.

It is never to be read, run or looked at while tuning. It is kept for the round after
`held_out_16`'s and scored ONCE, by a lead, at the end of that round, with `python
bench/eval_food_log.py --set held_out_17`, and that score is the round's result. Never move a phrase
between this set and another one, never edit a phrase or its items after seeing how the bot does on
it, and never tune against it: once it has been scored, the round after needs a new held-out set.
"""

from __future__ import annotations

from tests.meals.phrases import Item, Phrase

PHRASES: tuple[Phrase, ...] = (
    # US
    Phrase(
        text="Went to Popeyes after church with my aunt and had the spicy breast and thigh with a biscuit",
        kind="chain",
        sentence=True,
        items=(
            Item(
                "21452",
                192.0,
                "21452 POPEYES, Fried Chicken, Spicy, Breast, meat and skin with breading, analyzed prior to January 2007: 1 breast, with skin = 192 g; spicy = Popeyes' Spicy fried chicken, a piece as served = the with-skin measure",
            ),
            Item(
                "21454",
                121.0,
                "21454 POPEYES, Fried Chicken, Spicy, Thigh, meat and skin with breading, analyzed prior to January 2007: 1 thigh, with skin = 121 g; a piece as served = the with-skin measure",
            ),
            Item("21415", 59.0, "21415 POPEYES, Biscuit: 1 biscuit = 59 g"),
        ),
    ),
    # British
    Phrase(
        text="maccies after the club - double cheeseburger and a mcchicken",
        kind="chain",
        sentence=False,
        items=(
            Item(
                "21344",
                173.0,
                "21344 McDONALD'S, Double Cheeseburger: 1 item = 173 g; maccies (British) = McDonald's",
            ),
            Item("21355", 147.0, "21355 McDONALD'S, McCHICKEN Sandwich: 1 item = 147 g"),
        ),
    ),
    # Australian
    Phrase(
        text="Hungry Jacks double whopper no cheese and a small vanilla thickshake",
        kind="chain",
        sentence=False,
        items=(
            Item(
                "21254",
                374.0,
                "21254 BURGER KING, DOUBLE WHOPPER, no cheese: 1 item = 374 g; Hungry Jack's (Australian) = Burger King",
            ),
            Item(
                "21141",
                298.0,
                "21141 BURGER KING, Vanilla Shake: 1 small 12 fl oz = 298 g; a thickshake (Australian) = a shake; Burger King's small = the entry's 12 fl oz",
            ),
        ),
    ),
    # US
    Phrase(
        text="taco bell: 2 chicken soft tacos + a steak burrito supreme",
        kind="chain",
        sentence=False,
        items=(
            Item(
                "21262",
                196.0,
                "21262 TACO BELL, Soft Taco with chicken, cheese and lettuce: 2 x 1 each taco (98 g) = 196 g",
            ),
            Item("21267", 248.0, "21267 TACO BELL, BURRITO SUPREME with steak: 1 item = 248 g"),
        ),
    ),
    # Canadian
    Phrase(
        text="Grabbed a Jr cheeseburger and small fries from Wendy's between shifts",
        kind="chain",
        sentence=True,
        items=(
            Item(
                "21242",
                129.0,
                "21242 WENDY'S, Jr. Hamburger, with cheese: 1 item = 129 g; Jr cheeseburger = Jr. Hamburger with cheese",
            ),
            Item(
                "21247",
                113.0,
                "21247 WENDY'S, French Fries: 1 small Serving = 113 g; fries of a Wendy's order = Wendy's fries",
            ),
        ),
    ),
    # US
    Phrase(
        text="Little Caesars pepperoni for the kids' sleepover, I only ate 3 slices",
        kind="chain",
        sentence=True,
        items=(
            Item(
                "21288",
                270.0,
                '21288 LITTLE CAESARS 14" Original Round Pepperoni Pizza, Regular Crust: 3 x 1 slice (90 g) = 270 g; a Little Caesars pepperoni of unsaid crust = the Original Round, regular crust',
            ),
        ),
    ),
    # New Zealand
    Phrase(
        text="We got two Domino's hand tossed cheese pizzas and split them between the six of us at the bach",
        kind="chain",
        sentence=True,
        items=(
            Item(
                "21277",
                288.3,
                "21277 DOMINO'S 14\" Cheese Pizza, Classic Hand-Tossed Crust: 0.3333 x 1 pizza (865 g) = 288.3 g; two pizzas split between six = a third of a pizza each; a Domino's pizza of unsaid size = 14 in",
            ),
        ),
    ),
    # Filipino
    Phrase(
        text="KFC with the barkada after class, I had an extra crispy thigh and drumstick plus one rice",
        kind="chain",
        sentence=True,
        items=(
            Item(
                "21440",
                152.0,
                "21440 KENTUCKY FRIED CHICKEN, Fried Chicken, EXTRA CRISPY, Thigh, meat and skin with breading: 1 thigh, with skin = 152 g; a piece as served = the with-skin measure",
            ),
            Item(
                "21439",
                81.0,
                "21439 KENTUCKY FRIED CHICKEN, Fried Chicken, EXTRA CRISPY, Drumstick, meat and skin with breading: 1 drumstick, with skin = 81 g; a piece as served = the with-skin measure",
            ),
            Item(
                "20045",
                158.0,
                "20045 Rice, white, long-grain, regular, cooked: 1 cup = 158 g; one rice (Filipino) = a cup of steamed white rice",
            ),
        ),
    ),
    # Singaporean
    Phrase(
        text="macs supper at 2am after mahjong: big breakfast + hotcakes",
        kind="chain",
        sentence=False,
        items=(
            Item(
                "21341",
                269.0,
                "21341 McDONALD'S, BIG BREAKFAST: 1 item 9.5 oz = 269 g; Macs (Singapore) = McDonald's",
            ),
            Item(
                "21321",
                149.0,
                "21321 McDONALD'S, Hotcakes (plain): 3 hotcakes = 149 g; hotcakes without a word of syrup = the plain entry",
            ),
        ),
    ),
    # South African
    Phrase(
        text="KFC streetwise two - 2 original recipe drumsticks and wedges",
        kind="chain",
        sentence=False,
        items=(
            Item(
                "21435",
                150.0,
                "21435 KENTUCKY FRIED CHICKEN, Fried Chicken, ORIGINAL RECIPE, Drumstick, meat and skin with breading: 2 x 1 drumstick, with skin (75 g) = 150 g; a piece as served = the with-skin measure",
            ),
            Item(
                "21423",
                134.0,
                "21423 KENTUCKY FRIED CHICKEN, Potato Wedges, analyzed prior to January 2007: 1 package = 134 g; a side of wedges = one package",
            ),
        ),
    ),
    # Malaysian
    Phrase(
        text="Went to Pizza Hut at Mid Valley with my cousins and had 3 slices of the 12 inch pan pepperoni",
        kind="chain",
        sentence=True,
        items=(
            Item(
                "21275",
                288.0,
                '21275 PIZZA HUT 12" Pepperoni Pizza, Pan Crust: 3 x 1 slice (96 g) = 288 g',
            ),
        ),
    ),
    # Irish
    Phrase(
        text="Stopped at Burger King in Limerick for an original chicken sandwich and a medium vanilla shake",
        kind="chain",
        sentence=True,
        items=(
            Item("21259", 204.0, "21259 BURGER KING, Original Chicken Sandwich: 1 item = 204 g"),
            Item("21141", 397.0, "21141 BURGER KING, Vanilla Shake: 1 medium 16 fl oz = 397 g"),
        ),
    ),
    # US
    Phrase(
        text="grande breve latte from starbucks before my 8am",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14210",
                60.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 2 x 1 fluid ounce (30 g) = 60 g; a grande latte = 2 shots of 1 fl oz",
            ),
            Item(
                "01049",
                392.6,
                "01049 Cream, fluid, half and half: 13 fl oz x 30.2 g (1 fl oz = 30.2 g) = 392.6 g; breve = half-and-half for the milk; a grande's milk = 16 fl oz less 2 shots and 1 fl oz foam",
            ),
        ),
    ),
    # British
    Phrase(
        text="Had a medium flat white and a slice of chocolate cake at Costa with mum",
        kind="coffee",
        sentence=True,
        items=(
            Item(
                "14210",
                60.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 2 x 1 fluid ounce (30 g) = 60 g; a flat white = 2 shots of 1 fl oz",
            ),
            Item(
                "01079",
                122.0,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 4 fl oz x 30.5 g (1 fl oz = 30.5 g) = 122 g; a flat white's milk = 4 fl oz; milk unsaid = 2%",
            ),
            Item(
                "18096",
                138.0,
                "18096 Cake, chocolate, commercially prepared with chocolate frosting, in-store bakery: 1 piece (1/12 of a cake) = 138 g; a cafe slice of chocolate cake = the frosted bakery cake's twelfth",
            ),
        ),
    ),
    # Australian
    Phrase(
        text="long black and a slice of banana bread from the cafe near work",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14210",
                60.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 2 x 1 fluid ounce (30 g) = 60 g; a long black (Australian) = 2 shots over hot water (the water not counted)",
            ),
            Item(
                "18019",
                60.0,
                "18019 Bread, banana, prepared from recipe, made with margarine: 1 slice = 60 g",
            ),
        ),
    ),
    # New Zealand
    Phrase(
        text="Had two trim lattes today, one at smoko and one after lunch",
        kind="coffee",
        sentence=True,
        items=(
            Item(
                "14210",
                60.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 2 x 1 fluid ounce (30 g) = 60 g; two lattes of unsaid size = 12 fl oz each, 1 shot each",
            ),
            Item(
                "01085",
                612.0,
                "01085 Milk, nonfat, fluid, with added vitamin A and vitamin D (fat free or skim): 20 fl oz x 30.6 g (1 fl oz = 30.6 g) = 612 g; trim (NZ) = skim; a 12 fl oz latte's milk = 12 less 1 shot less 1 fl oz foam = 10 fl oz, two of them",
            ),
        ),
    ),
    # Canadian
    Phrase(
        text="large triple triple at timmies on the drive in",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14209",
                592.0,
                "14209 Coffee, brewed from grounds, prepared with tap water: 20 fl oz x 29.6 g (1 fl oz = 29.6 g) = 592 g; Tim Hortons' large = 20 fl oz of brewed coffee",
            ),
            Item(
                "01050",
                45.0,
                "01050 Cream, fluid, light (coffee cream or table cream): 3 x 1 tbsp (15 g) = 45 g; a triple triple = 3 creams (1 tbsp light cream each)",
            ),
            Item(
                "19335",
                12.6,
                "19335 Sugars, granulated: 3 x 1 tsp (4.2 g) = 12.6 g; and 3 sugars (1 tsp each)",
            ),
        ),
    ),
    # Indian
    Phrase(
        text="Drank two filter coffees at the office canteen, each with milk and sugar",
        kind="coffee",
        sentence=True,
        items=(
            Item(
                "14209",
                118.4,
                "14209 Coffee, brewed from grounds, prepared with tap water: 4 fl oz x 29.6 g (1 fl oz = 29.6 g) = 118.4 g; a filter coffee (South Indian) = a 6 fl oz tumbler: 2 fl oz coffee decoction, two of them",
            ),
            Item(
                "01077",
                244.0,
                "01077 Milk, whole, 3.25% milkfat, with added vitamin D: 8 fl oz x 30.5 g (1 fl oz = 30.5 g) = 244 g; and 4 fl oz whole milk each",
            ),
            Item(
                "19335",
                16.8,
                "19335 Sugars, granulated: 4 x 1 tsp (4.2 g) = 16.8 g; and 2 tsp sugar each",
            ),
        ),
    ),
    # Singaporean
    Phrase(
        text="2 kopi from the kopitiam downstairs",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14209",
                355.2,
                "14209 Coffee, brewed from grounds, prepared with tap water: 12 fl oz x 29.6 g (1 fl oz = 29.6 g) = 355.2 g; a kopi (Singapore) = 6 fl oz coffee, two of them",
            ),
            Item(
                "01095",
                76.4,
                "01095 Milk, canned, condensed, sweetened: 2 fl oz x 38.2 g (1 fl oz = 38.2 g) = 76.4 g; with 2 tbsp (1 fl oz) sweetened condensed milk each",
            ),
        ),
    ),
    # Malaysian
    Phrase(
        text="Had a tall cappuccino and a cheese danish at Starbucks Pavilion while waiting for my sister",
        kind="coffee",
        sentence=True,
        items=(
            Item(
                "14210",
                30.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 1 fluid ounce = 30 g; a tall = 12 fl oz with 1 shot",
            ),
            Item(
                "01079",
                167.75,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 5.5 fl oz x 30.5 g (1 fl oz = 30.5 g) = 167.75 g; a cappuccino's milk = half of the cup less its shot = 5.5 fl oz; milk unsaid = 2%",
            ),
            Item("18245", 71.0, "18245 Danish pastry, cheese: 1 pastry = 71 g"),
        ),
    ),
    # Filipino
    Phrase(
        text="Drank 2 sachets of 3 in 1 coffee during my night shift",
        kind="coffee",
        sentence=True,
        items=(
            Item(
                "14229",
                26.0,
                "14229 Coffee, instant, with sugar, french-flavor, powder: 2 x 4 teaspoon (1 serving) (13 g) = 26 g; 3 in 1 (Filipino) = instant coffee with sugar and whitener, SR24's closest entry; a sachet = the entry's 1 serving (4 tsp); the hot water not counted",
            ),
        ),
    ),
    # South African
    Phrase(
        text="mug of rooibos, milk and 2 sugars",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14381",
                236.8,
                "14381 Tea, herb, other than chamomile, brewed: 8 fl oz x 29.6 g (1 fl oz = 29.6 g) = 236.8 g; rooibos = herb tea (other than chamomile); a mug = 8 fl oz",
            ),
            Item(
                "01079",
                30.5,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 1 fl oz x 30.5 g (1 fl oz = 30.5 g) = 30.5 g; milk in tea = a splash, 2 tbsp (1 fl oz); milk unsaid = 2%",
            ),
            Item(
                "19335", 8.4, "19335 Sugars, granulated: 2 x 1 tsp (4.2 g) = 8.4 g; a sugar = 1 tsp"
            ),
        ),
    ),
    # Kenyan
    Phrase(
        text="Took 2 cups of chai at my grandmother's in Nyeri",
        kind="coffee",
        sentence=True,
        items=(
            Item(
                "14355",
                236.8,
                "14355 Tea, black, brewed, prepared with tap water: 8 fl oz x 29.6 g (1 fl oz = 29.6 g) = 236.8 g; Kenyan chai = an 8 fl oz cup of half black tea, half whole milk, with 2 tsp sugar: 4 fl oz tea each, two cups",
            ),
            Item(
                "01077",
                244.0,
                "01077 Milk, whole, 3.25% milkfat, with added vitamin D: 8 fl oz x 30.5 g (1 fl oz = 30.5 g) = 244 g; 4 fl oz whole milk each",
            ),
            Item(
                "19335",
                16.8,
                "19335 Sugars, granulated: 4 x 1 tsp (4.2 g) = 16.8 g; 2 tsp sugar each",
            ),
        ),
    ),
    # Irish
    Phrase(
        text="large americano w/ hot milk on the side + a raspberry danish",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14210",
                60.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 2 x 1 fluid ounce (30 g) = 60 g; an americano = 2 shots over water (the water not counted)",
            ),
            Item(
                "01079",
                61.0,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 2 fl oz x 30.5 g (1 fl oz = 30.5 g) = 61 g; hot milk on the side = a small jug, 2 fl oz; milk unsaid = 2%",
            ),
            Item(
                "18246",
                71.0,
                '18246 Danish pastry, fruit, enriched (includes apple, cinnamon, raisin, lemon, raspberry, strawberry): 1 pastry (4-1/4" dia) = 71 g; a raspberry danish = the fruit danish, one pastry',
            ),
        ),
    ),
    # US
    Phrase(
        text="Split a six pack of Bud with my brother watching the Eagles game",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "14004",
                1071.0,
                "14004 Alcoholic beverage, beer, regular, BUDWEISER: 3 x 12 fl oz (357 g) = 1071 g; a six pack split between two = 3 cans each",
            ),
        ),
    ),
    # Irish
    Phrase(
        text="Two glasses of merlot at my cousin's christening",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "14602",
                294.0,
                "14602 Alcoholic Beverage, wine, table, red, Merlot: 2 x 1 serving 5 fl oz (147 g) = 294 g; a glass of wine = 5 fl oz",
            ),
        ),
    ),
    # Scottish
    Phrase(
        text="2 double G&Ts at ma pal's wedding, got a round in",
        kind="drink",
        sentence=False,
        items=(
            Item(
                "14049",
                168.0,
                "14049 Alcoholic beverage, distilled, gin, 90 proof: 4 x 1 jigger 1.5 fl oz (42 g) = 168 g; a double = 2 shots of 1.5 fl oz, two drinks",
            ),
            Item(
                "14155",
                244.0,
                "14155 Carbonated beverage, tonic water: 8 fl oz x 30.5 g (1 fl oz = 30.5 g) = 244 g; mixer = 4 fl oz tonic a drink",
            ),
        ),
    ),
    # Australian
    Phrase(
        text="Polished off a bottle of pinot grigio with the girls at book club, split three ways",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "14113",
                247.69,
                "14113 Alcoholic beverage, wine, table, white, Pinot Gris (Grigio): 250 ml = 8.45 fl oz (29.57 ml each) x 29.3 g (1 fl oz = 29.3 g) = 247.69 g; a bottle of wine = 750 ml, split three ways = 250 ml each",
            ),
        ),
    ),
    # New Zealand
    Phrase(
        text="2 large glasses of chardonnay, friday drinks",
        kind="drink",
        sentence=False,
        items=(
            Item(
                "14160",
                495.38,
                "14160 Alcoholic beverage, wine, table, white, Chardonnay: 500 ml = 16.91 fl oz (29.57 ml each) x 29.3 g (1 fl oz = 29.3 g) = 495.38 g; a large glass of wine = 250 ml",
            ),
        ),
    ),
    # South African
    Phrase(
        text="Had 2 glasses of chenin blanc at the braai",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "14116",
                296.0,
                "14116 Alcoholic beverage, wine, table, white, Chenin Blanc: 2 x 1 serving 5 fl oz (148 g) = 296 g; a glass of wine = 5 fl oz",
            ),
        ),
    ),
    # Caribbean
    Phrase(
        text="Had a pina colada on the beach in Negril",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "14017",
                141.0,
                "14017 Alcoholic beverage, pina colada, prepared-from-recipe: 1 cocktail (4.5 fl oz) = 141 g",
            ),
        ),
    ),
    # US
    Phrase(
        text="2 Michelob Ultras on the back nine, no wait 3",
        kind="drink",
        sentence=False,
        items=(
            Item(
                "14013",
                1062.0,
                "14013 Alcoholic beverage, beer, light, MICHELOB ULTRA: 3 x 12 fl oz (354 g) = 1062 g; a correction counts the corrected amount: 3; a beer of unsaid size = a 12 fl oz bottle",
            ),
        ),
    ),
    # Canadian
    Phrase(
        text="Had a couple of Bud Lights at the cottage",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "14007",
                708.0,
                "14007 Alcoholic beverage, beer, light, BUD LIGHT: 2 x 12 fl oz (354 g) = 708 g; a couple = 2; a beer of unsaid size = 12 fl oz",
            ),
        ),
    ),
    # Singaporean
    Phrase(
        text="sake at the izakaya, 300ml carafe shared with my colleague",
        kind="drink",
        sentence=False,
        items=(
            Item(
                "43479",
                147.6,
                "43479 Alcoholic beverage, rice (sake): 150 ml = 5.07 fl oz (29.57 ml each) x 29.1 g (1 fl oz = 29.1 g) = 147.6 g; a 300 ml carafe shared between two = 150 ml",
            ),
        ),
    ),
    # Kenyan
    Phrase(
        text="Had 2 Tuskers at the local after work, my boy bought the second round",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "14003",
                1004.28,
                "14003 Alcoholic beverage, beer, regular, all: 1000 ml = 33.81 fl oz (29.57 ml each) x 29.7 g (1 fl oz = 29.7 g) = 1004.28 g; Tusker (Kenyan lager) = regular beer; a Tusker bottle = 500 ml",
            ),
        ),
    ),
    # Indian
    Phrase(
        text="large glass of chaas after lunch",
        kind="drink",
        sentence=False,
        items=(
            Item(
                "01088",
                367.2,
                "01088 Milk, buttermilk, fluid, cultured, lowfat: 12 fl oz x 30.6 g (1 fl oz = 30.6 g) = 367.2 g; chaas (Indian) = cultured buttermilk; a large glass = 12 fl oz",
            ),
        ),
    ),
    # US
    Phrase(
        text="Grilled 6 oz of sockeye salmon and had it with 4 spears of boiled asparagus",
        kind="cooked",
        sentence=True,
        items=(
            Item(
                "15086",
                170.1,
                "15086 Fish, salmon, sockeye, cooked, dry heat: 6 oz x 28.35 g = 170.1 g; grilled fish = dry heat",
            ),
            Item(
                "11012",
                60.0,
                '11012 Asparagus, cooked, boiled, drained: 4 spears (1/2" base) = 60 g',
            ),
        ),
    ),
    # British
    Phrase(
        text="poached haddock fillet, a cup of boiled new potatoes and half a cup of peas",
        kind="cooked",
        sentence=False,
        items=(
            Item(
                "15034",
                150.0,
                "15034 Fish, haddock, cooked, dry heat: 1 fillet = 150 g; poached haddock = SR24's only cooked haddock, dry heat",
            ),
            Item(
                "11365",
                156.0,
                "11365 Potatoes, boiled, cooked in skin, flesh, without salt: 2 x 0.5 cup (78 g) = 156 g; new potatoes = boiled in their skins",
            ),
            Item(
                "11305",
                80.0,
                "11305 Peas, green, cooked, boiled, drained, without salt: 0.5 x 1 cup (160 g) = 80 g; peas = green peas, boiled",
            ),
        ),
    ),
    # Irish
    Phrase(
        text="Boiled bacon and cabbage with two boiled spuds for the Sunday dinner",
        kind="cooked",
        sentence=True,
        items=(
            Item(
                "10168",
                85.0,
                "10168 Pork, cured, shoulder, arm picnic, separable lean and fat, roasted: 3 oz = 85 g; boiled bacon (Irish) = a cured pork shoulder joint, SR24's roasted arm picnic the closest; a serving of meat of unsaid size = 3 oz",
            ),
            Item(
                "11110",
                75.0,
                "11110 Cabbage, cooked, boiled, drained, without salt: 0.5 cup, shredded = 75 g; a side of vegetables = 1/2 cup",
            ),
            Item(
                "11365",
                272.0,
                '11365 Potatoes, boiled, cooked in skin, flesh, without salt: 2 x 1 potato (2-1/2" dia, sphere) (136 g) = 272 g; spuds = potatoes boiled in their skins',
            ),
        ),
    ),
    # Australian
    Phrase(
        text="bbq'd lamb loin chops x3 and a baked spud",
        kind="cooked",
        sentence=False,
        items=(
            Item(
                "17077",
                129.0,
                "17077 Lamb, New Zealand, imported, frozen, loin, separable lean and fat, cooked, broiled: 3 x 1 chop, excluding refuse (yield from 1 raw chop, with refuse, weighing 85 g) (43 g) = 129 g; lamb loin chops, barbecued = SR24's broiled loin chop (the loin entry with a chop measure)",
            ),
            Item(
                "11357",
                138.0,
                '11357 Potatoes, white, flesh and skin, baked: 1 potato medium (2-1/4" to 3-1/4" dia) = 138 g; a baked spud = a baked potato, flesh and skin, medium',
            ),
        ),
    ),
    # New Zealand
    Phrase(
        text="Steamed a dozen green-lipped mussels for tea",
        kind="cooked",
        sentence=True,
        items=(
            Item(
                "15164",
                192.0,
                "15164 Mollusks, mussel, blue, raw: 12 x 1 medium (16 g) = 192 g; mussels by count = the raw blue mussel's medium (SR24's cooked entry has no count measure); tea (NZ) = the evening meal",
            ),
        ),
    ),
    # Canadian
    Phrase(
        text="pan fried pickerel, 2 fillets, with a cup of boiled brussels sprouts",
        kind="cooked",
        sentence=False,
        items=(
            Item(
                "15204",
                248.0,
                "15204 Fish, pike, walleye, cooked, dry heat: 2 x 1 fillet (124 g) = 248 g; pickerel (Canadian) = walleye; pan fried = dry heat",
            ),
            Item(
                "11099",
                156.0,
                "11099 Brussels sprouts, cooked, boiled, drained, without salt: 2 x 0.5 cup (78 g) = 156 g",
            ),
        ),
    ),
    # Indian
    Phrase(
        text="Had a cup and a half of boiled kala chana for lunch at my desk",
        kind="cooked",
        sentence=True,
        items=(
            Item(
                "16057",
                246.0,
                "16057 Chickpeas (garbanzo beans, bengal gram), mature seeds, cooked, boiled, without salt: 1.5 x 1 cup (164 g) = 246 g; kala chana = chickpeas (SR24 has no black chickpea), boiled",
            ),
        ),
    ),
    # Pakistani
    Phrase(
        text="3 grilled seekh kababs, around 2oz each",
        kind="cooked",
        sentence=False,
        items=(
            Item(
                "17225",
                170.1,
                "17225 Lamb, ground, cooked, broiled: 6 oz x 28.35 g = 170.1 g; seekh kabab = ground lamb, broiled",
            ),
        ),
    ),
    # Filipino
    Phrase(
        text="Fried 2 pieces of bangus belly for breakfast, around 3 oz each",
        kind="cooked",
        sentence=True,
        items=(
            Item(
                "15202",
                170.1,
                "15202 Fish, milkfish, cooked, dry heat: 6 oz x 28.35 g = 170.1 g; bangus (Filipino) = milkfish; fried fish = dry heat (SR24's only cooked milkfish)",
            ),
        ),
    ),
    # Nigerian
    Phrase(
        text="Ate two grilled chicken thighs with a side of dodo from the mama put",
        kind="cooked",
        sentence=True,
        items=(
            Item(
                "05094",
                270.0,
                "05094 Chicken, broilers or fryers, thigh, meat and skin, cooked, roasted: 2 x 1 thigh with skin (yield from 1 lb ready-to-cook chicken) (135 g) = 270 g; grilled chicken = roasted",
            ),
            Item(
                "09447",
                84.5,
                "09447 Plantains, yellow, fried, Latino restaurant: 0.5 x 1 cup (169 g) = 84.5 g; dodo (Nigerian) = fried ripe plantain; a side = 1/2 cup",
            ),
        ),
    ),
    # Scottish
    Phrase(
        text="air fried wings, 8 o them, nae sauce",
        kind="cooked",
        sentence=False,
        items=(
            Item(
                "05103",
                272.0,
                "05103 Chicken, broilers or fryers, wing, meat and skin, cooked, roasted: 8 x 1 wing, bone removed (34 g) = 272 g; air fried chicken = roasted",
            ),
        ),
    ),
    # Caribbean
    Phrase(
        text="Had jerk pork from the pan man, bout 5 oz, with a quarter of a roast breadfruit",
        kind="cooked",
        sentence=True,
        items=(
            Item(
                "10071",
                141.75,
                "10071 Pork, fresh, shoulder, whole, separable lean and fat, cooked, roasted: 5 oz x 28.35 g = 141.75 g; jerk pork = roasted pork shoulder",
            ),
            Item(
                "09059",
                96.0,
                "09059 Breadfruit, raw: 0.25 fruit, small = 96 g; roast breadfruit = the raw entry (SR24 has no cooked breadfruit)",
            ),
        ),
    ),
    # British
    Phrase(
        text="Had 2 soft boiled eggs with toast soldiers before the school run",
        kind="eggs",
        sentence=True,
        items=(
            Item(
                "01129",
                100.0,
                "01129 Egg, whole, cooked, hard-boiled: 2 x 1 large (50 g) = 100 g; soft boiled = SR24's boiled egg; an egg of unsaid size = large",
            ),
            Item(
                "18070",
                22.0,
                "18070 Bread, white, commercially prepared, toasted: 1 slice = 22 g; toast soldiers = one slice of white toast cut into strips",
            ),
        ),
    ),
    # US
    Phrase(
        text="scrambled half a cup of egg beaters with a handful of spinach",
        kind="eggs",
        sentence=False,
        items=(
            Item(
                "01143",
                125.5,
                "01143 Egg substitute, liquid: 0.5 x 1 cup (251 g) = 125.5 g; Egg Beaters = liquid egg substitute",
            ),
            Item(
                "11457", 30.0, "11457 Spinach, raw: 1 cup = 30 g; a handful of leaves = 1 cup raw"
            ),
        ),
    ),
    # Indian
    Phrase(
        text="Made egg bhurji with 2 eggs and had it with 2 pav",
        kind="eggs",
        sentence=True,
        items=(
            Item(
                "01132",
                122.0,
                "01132 Egg, whole, cooked, scrambled: 2 x 1 large (61 g) = 122 g; egg bhurji = scrambled eggs (the onion and chilli not counted)",
            ),
            Item(
                "18350",
                84.0,
                "18350 Rolls, hamburger or hotdog, plain: 2 x 1 roll (42 g) = 84 g; pav = a soft bread roll",
            ),
        ),
    ),
    # Pakistani
    Phrase(
        text="3 boiled anday after gym, sorry 4",
        kind="eggs",
        sentence=False,
        items=(
            Item(
                "01129",
                200.0,
                "01129 Egg, whole, cooked, hard-boiled: 4 x 1 large (50 g) = 200 g; anday (Urdu) = eggs; a correction counts the corrected amount: 4",
            ),
        ),
    ),
    # Singaporean
    Phrase(
        text="Had 2 soft boiled eggs with dark soy sauce and white pepper at the kopitiam",
        kind="eggs",
        sentence=True,
        items=(
            Item(
                "01129",
                100.0,
                "01129 Egg, whole, cooked, hard-boiled: 2 x 1 large (50 g) = 100 g; soft boiled = SR24's boiled egg",
            ),
            Item(
                "16123",
                5.3,
                "16123 Soy sauce made from soy and wheat (shoyu): 1 tsp = 5.3 g; a dash of soy sauce = 1 tsp (the pepper not counted)",
            ),
        ),
    ),
    # Filipino
    Phrase(
        text="spamsilog: 2 slices spam, garlic rice, fried egg",
        kind="eggs",
        sentence=False,
        items=(
            Item(
                "07276",
                56.0,
                "07276 HORMEL SPAM, Luncheon Meat, pork with ham, minced, canned: 2 x 1 oz (28 g) = 56 g; spamsilog (Filipino) = Spam, garlic fried rice and a fried egg; a slice of Spam = 1 oz",
            ),
            Item(
                "20045",
                158.0,
                "20045 Rice, white, long-grain, regular, cooked: 1 cup = 158 g; garlic rice = a cup of rice (the garlic and oil not counted)",
            ),
            Item("01128", 46.0, "01128 Egg, whole, cooked, fried: 1 large = 46 g"),
        ),
    ),
    # Nigerian
    Phrase(
        text="Made egg sauce with 2 eggs and half a tomato and ate it with 2 slices of agege bread",
        kind="eggs",
        sentence=True,
        items=(
            Item(
                "01132",
                122.0,
                "01132 Egg, whole, cooked, scrambled: 2 x 1 large (61 g) = 122 g; egg sauce (Nigerian) = eggs scrambled with tomato",
            ),
            Item(
                "11530",
                61.5,
                "11530 Tomatoes, red, ripe, cooked: 0.25 x 2 medium (246 g) = 61.5 g; half a tomato cooked in the sauce = a quarter of the entry's 2 medium",
            ),
            Item(
                "18069",
                56.0,
                "18069 Bread, white, commercially prepared (includes soft bread crumbs): 2 x 1 slice (the entry's first such measure) (28 g) = 56 g; agege bread = white bread, first slice measure",
            ),
        ),
    ),
    # Ghanaian
    Phrase(
        text="2 egg omelette in tea bread from the kiosk",
        kind="eggs",
        sentence=False,
        items=(
            Item(
                "01130",
                122.0,
                "01130 Egg, whole, cooked, omelet: 2 x 1 large (61 g) = 122 g; an omelette by its eggs: 1 large egg's omelet weight each",
            ),
            Item(
                "18069",
                56.0,
                "18069 Bread, white, commercially prepared (includes soft bread crumbs): 2 x 1 slice (the entry's first such measure) (28 g) = 56 g; tea bread (Ghanaian) = white bread; a sandwich = 2 slices, first slice measure",
            ),
        ),
    ),
    # Canadian
    Phrase(
        text="2 eggs over easy w 2 slices of brown toast",
        kind="eggs",
        sentence=False,
        items=(
            Item(
                "01128",
                92.0,
                "01128 Egg, whole, cooked, fried: 2 x 1 large (46 g) = 92 g; over easy = fried",
            ),
            Item(
                "18065",
                48.0,
                "18065 Bread, wheat, toasted: 2 x 1 slice (24 g) = 48 g; brown toast (Canadian diner) = toasted wheat bread",
            ),
        ),
    ),
    # South African
    Phrase(
        text="Ate 2 hard boiled eggs and a naartjie in the taxi to work",
        kind="eggs",
        sentence=True,
        items=(
            Item(
                "01129", 100.0, "01129 Egg, whole, cooked, hard-boiled: 2 x 1 large (50 g) = 100 g"
            ),
            Item(
                "09218",
                88.0,
                '09218 Tangerines, (mandarin oranges), raw: 1 medium (2-1/2" dia) = 88 g; naartjie (South African) = tangerine, medium',
            ),
        ),
    ),
    # Australian
    Phrase(
        text="scrambled 2 eggs with a splash of milk and a handful of baby spinach",
        kind="eggs",
        sentence=False,
        items=(
            Item(
                "01132",
                122.0,
                "01132 Egg, whole, cooked, scrambled: 2 x 1 large (61 g) = 122 g; SR24's scrambled egg is made with milk, so the splash is within it",
            ),
            Item(
                "11457", 30.0, "11457 Spinach, raw: 1 cup = 30 g; a handful of leaves = 1 cup raw"
            ),
        ),
    ),
    # US
    Phrase(
        text="Had a 3 egg veggie omelette at the diner with hash browns and rye toast",
        kind="eggs",
        sentence=True,
        items=(
            Item(
                "01130",
                183.0,
                "01130 Egg, whole, cooked, omelet: 3 x 1 large (61 g) = 183 g; an omelette by its eggs (the vegetables not counted)",
            ),
            Item(
                "11370",
                78.0,
                "11370 Potatoes, hashed brown, home-prepared: 0.5 x 1 cup (156 g) = 78 g; a side of hash browns = 1/2 cup",
            ),
            Item(
                "18061",
                48.0,
                "18061 Bread, rye, toasted: 2 x 1 slice, regular (24 g) = 48 g; diner toast = 2 slices",
            ),
        ),
    ),
    # US
    Phrase(
        text="Ate a Clif bar halfway up the trail",
        kind="label",
        sentence=True,
        items=(Item("25051", 68.0, "25051 Snacks, CLIF BAR, mixed flavors: 1 bar = 68 g"),),
    ),
    # US
    Phrase(
        text="big bowl of cinnamon toast crunch w/ 1% milk",
        kind="label",
        sentence=False,
        items=(
            Item(
                "08272",
                62.0,
                "08272 Cereals ready-to-eat, GENERAL MILLS, CINNAMON TOAST CRUNCH: 2 x 0.75 cup (1 NLEA serving) (31 g) = 62 g; a big bowl of cereal = twice the NLEA serving",
            ),
            Item(
                "01082",
                244.0,
                "01082 Milk, lowfat, fluid, 1% milkfat, with added vitamin A and vitamin D: 1 cup = 244 g; with 1 cup milk for a big bowl",
            ),
        ),
    ),
    # British
    Phrase(
        text="Had a Kit Kat from the vending machine at work",
        kind="label",
        sentence=True,
        items=(
            Item(
                "19109",
                42.0,
                "19109 Candies, KIT KAT Wafer Bar: 1 bar (1.5 oz) = 42 g; a Kit Kat of unsaid size = the 1.5 oz (four finger) bar",
            ),
        ),
    ),
    # Irish
    Phrase(
        text="2 bowls of crunchy nut with milk, 11pm, no shame",
        kind="label",
        sentence=False,
        items=(
            Item(
                "08615",
                62.0,
                "08615 Cereals ready-to-eat, KELLOGG'S CRUNCHY NUT Golden Honey Nut flakes: 2 x 0.75 cup (1 NLEA serving) (31 g) = 62 g; Crunchy Nut = Kellogg's Crunchy Nut; a bowl = the NLEA serving",
            ),
            Item(
                "01079",
                244.0,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 1 cup = 244 g; with 1/2 cup milk a bowl; milk unsaid = 2%",
            ),
        ),
    ),
    # Australian
    Phrase(
        text="bowl of coco pops w full cream milk",
        kind="label",
        sentence=False,
        items=(
            Item(
                "08014",
                31.0,
                "08014 Cereals ready-to-eat, KELLOGG, KELLOGG'S COCOA KRISPIES: 0.75 cup (1 NLEA serving) = 31 g; Coco Pops (Australian) = Kellogg's Cocoa Krispies; a bowl = the NLEA serving",
            ),
            Item(
                "01077",
                122.0,
                "01077 Milk, whole, 3.25% milkfat, with added vitamin D: 0.5 x 1 cup (244 g) = 122 g; full cream (Australian) = whole milk, 1/2 cup with a bowl of cereal",
            ),
        ),
    ),
    # New Zealand
    Phrase(
        text="Shared a pack of Skittles with my nephew at the movies",
        kind="label",
        sentence=True,
        items=(
            Item(
                "19370",
                31.0,
                "19370 Candies, MARS SNACKFOOD US, SKITTLES Original Bite Size Candies: 0.5 x 1 serving 2.17 oz pack (62 g) = 31 g; a pack shared between two = half",
            ),
        ),
    ),
    # Canadian
    Phrase(
        text="Made KD for supper and had about 2 cups of it",
        kind="label",
        sentence=True,
        items=(
            Item(
                "22005",
                140.0,
                "22005 KRAFT Macaroni and Cheese Dinner Original Flavor, unprepared: 2 x 1 NLEA Serving (makes about 1 cup prepared) (70 g) = 140 g; KD (Canadian) = Kraft Dinner; a cup prepared = the dry NLEA serving that makes about 1 cup",
            ),
        ),
    ),
    # Ghanaian
    Phrase(
        text="Drank 2 glasses of Milo after church",
        kind="label",
        sentence=True,
        items=(
            Item(
                "14558",
                532.0,
                "14558 Chocolate-flavor beverage mix for milk, powder, with added nutrients, prepared with whole milk: 2 x 1 serving (266 g) = 532 g; Milo = chocolate-flavor beverage mix with added nutrients, prepared with whole milk; a glass = the entry's serving",
            ),
        ),
    ),
    # Singaporean
    Phrase(
        text="2 slices toast with nutella, late supper",
        kind="label",
        sentence=False,
        items=(
            Item(
                "18070",
                44.0,
                "18070 Bread, white, commercially prepared, toasted: 2 x 1 slice (22 g) = 44 g; toast = white toast",
            ),
            Item(
                "19125",
                37.0,
                "19125 Chocolate-flavored hazelnut spread: 1 serving 2 TBSP = 37 g; Nutella = chocolate-flavored hazelnut spread; on two slices = the 2 tbsp serving",
            ),
        ),
    ),
    # South African
    Phrase(
        text="Had a bowl of All-Bran Flakes with fat free milk before gym",
        kind="label",
        sentence=True,
        items=(
            Item(
                "08028",
                29.0,
                "08028 Cereals ready-to-eat, KELLOGG, KELLOGG'S ALL-BRAN COMPLETE Wheat Flakes: 0.75 cup (1 NLEA serving) = 29 g; All-Bran Flakes = Kellogg's All-Bran Complete Wheat Flakes; a bowl = the NLEA serving",
            ),
            Item(
                "01085",
                122.5,
                "01085 Milk, nonfat, fluid, with added vitamin A and vitamin D (fat free or skim): 0.5 x 1 cup (245 g) = 122.5 g; fat free = skim, 1/2 cup with a bowl of cereal",
            ),
        ),
    ),
    # Nigerian
    Phrase(
        text="2 packs of indomie chicken flavour, no be 1 pack sef",
        kind="label",
        sentence=False,
        items=(
            Item(
                "06983",
                85.0,
                "06983 Soup, ramen noodle, chicken flavor, dry: 1 package = 85 g; a correction counts the corrected amount: 1 pack; Indomie = instant ramen noodles, chicken flavour; a pack = the entry's package",
            ),
        ),
    ),
    # Caribbean
    Phrase(
        text="Dunked 4 Oreos in a glass of milk while watching the cricket with my dad",
        kind="label",
        sentence=True,
        items=(
            Item(
                "18166",
                46.0,
                "18166 Cookies, chocolate sandwich, with creme filling, regular: 4 x 1 cookie (11.5 g) = 46 g; Oreo = chocolate sandwich cookie with creme filling",
            ),
            Item(
                "01079",
                244.0,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 8 fl oz x 30.5 g (1 fl oz = 30.5 g) = 244 g; a glass = 8 fl oz; milk unsaid = 2%",
            ),
        ),
    ),
    # Ghanaian
    Phrase(
        text="For lunch I bought waakye with a boiled egg from the woman at the junction",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "36405",
                219.0,
                "36405 Restaurant, Latino, Arroz con frijoles negros (rice and black beans): 1.5 x 1 cup (146 g) = 219 g; waakye (Ghanaian) = rice cooked with beans, SR24's rice and black beans; a plate = 1.5 cups",
            ),
            Item("01129", 50.0, "01129 Egg, whole, cooked, hard-boiled: 1 large = 50 g"),
        ),
    ),
    # Kenyan
    Phrase(
        text="Dinner was ugali with sukuma wiki and a piece of nyama choma",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "08091",
                257.0,
                "08091 Cereals, corn grits, white, regular and quick, enriched, cooked with water, without salt: 1 cup = 257 g; ugali (Kenyan) = stiff white maize porridge, SR24's white corn grits cooked with water; a serving = 1 cup",
            ),
            Item(
                "11162",
                95.0,
                "11162 Collards, cooked, boiled, drained, without salt: 0.5 x 1 cup, chopped (190 g) = 95 g; sukuma wiki = collards, boiled; a side = 1/2 cup",
            ),
            Item(
                "17169",
                85.0,
                "17169 Game meat, goat, cooked, roasted: 3 oz = 85 g; nyama choma = roasted goat; a piece = 3 oz",
            ),
        ),
    ),
    # South African
    Phrase(
        text="Had pap and about 4 oz of boerewors at my uncle's braai",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "08091",
                257.0,
                "08091 Cereals, corn grits, white, regular and quick, enriched, cooked with water, without salt: 1 cup = 257 g; pap (South African) = white maize porridge, SR24's white corn grits cooked with water; a serving = 1 cup",
            ),
            Item(
                "07916",
                113.4,
                "07916 Sausage, Polish, pork and beef, smoked: 4 oz x 28.35 g = 113.4 g; boerewors = SR24's smoked pork and beef sausage, the closest",
            ),
        ),
    ),
    # US
    Phrase(
        text="For Thanksgiving dinner I had turkey with stuffing, cranberry sauce and a slice of pumpkin pie",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "05186",
                85.05,
                "05186 Turkey, all classes, light meat, cooked, roasted: 3 oz x 28.35 g = 85.05 g; turkey of unsaid cut = roasted light meat; a serving of meat of unsaid size = 3 oz",
            ),
            Item(
                "18082",
                100.0,
                "18082 Bread stuffing, bread, dry mix, prepared: 0.5 cup = 100 g; stuffing = bread stuffing, prepared; a side = 1/2 cup",
            ),
            Item(
                "09081",
                57.0,
                '09081 Cranberry sauce, canned, sweetened: 1 slice (1/2" thick, approx 8 slices per can) = 57 g; cranberry sauce = canned, one slice',
            ),
            Item("18326", 133.0, "18326 Pie, pumpkin, commercially prepared: 1 slice = 133 g"),
        ),
    ),
    # British
    Phrase(
        text="Had a Sunday roast at my nan's: roast beef, roast potatoes, carrots and gravy",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "13073",
                85.0,
                '13073 Beef, rib, whole (ribs 6-12), separable lean and fat, trimmed to 1/4" fat, all grades, cooked, roasted: 3 oz = 85 g; roast beef = roasted whole rib; a serving of meat of unsaid size = 3 oz',
            ),
            Item(
                "11357",
                138.0,
                "11357 Potatoes, white, flesh and skin, baked: 1 potato medium (2-1/4\" to 3-1/4\" dia) = 138 g; roast potatoes = SR24's baked potato, one medium potato's worth",
            ),
            Item(
                "11125",
                78.0,
                "11125 Carrots, cooked, boiled, drained, without salt: 0.5 cup slices = 78 g; a side of vegetables = 1/2 cup",
            ),
            Item(
                "06116",
                58.25,
                "06116 Gravy, beef, canned, ready-to-serve: 0.25 x 1 cup (233 g) = 58.25 g; gravy = beef gravy, 1/4 cup",
            ),
        ),
    ),
    # Scottish
    Phrase(
        text="Had mince and tatties for my tea",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "23570",
                85.0,
                "23570 Beef, ground, 85% lean meat / 15% fat, crumbles, cooked, pan-browned: 1 serving ( 3 oz ) = 85 g; mince = ground beef (85% lean) crumbles, pan-browned; a serving = 3 oz",
            ),
            Item(
                "11371",
                210.0,
                "11371 Potatoes, mashed, home-prepared, whole milk and margarine added: 1 cup = 210 g; tatties = mashed potatoes, 1 cup; tea (Scottish) = the evening meal",
            ),
        ),
    ),
    # Canadian
    Phrase(
        text="Supper was a bowl of split pea soup and two slices of rye bread",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "06193",
                367.5,
                "06193 Split pea with ham soup, canned, reduced sodium, prepared with water or ready-to-serve: 1.5 x 1 cup (245 g) = 367.5 g; split pea soup = split pea with ham; a bowl of soup = 1.5 cups",
            ),
            Item("18060", 64.0, "18060 Bread, rye: 2 x 1 slice, regular (32 g) = 64 g"),
        ),
    ),
    # Filipino
    Phrase(
        text="Had longganisa, garlic rice and a fried egg for breakfast",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "07064",
                48.0,
                "07064 Pork sausage, fresh, cooked: 1 serving = 48 g; longganisa (Filipino) = fresh pork sausage, cooked; an unsaid count = the entry's serving",
            ),
            Item(
                "20045",
                158.0,
                "20045 Rice, white, long-grain, regular, cooked: 1 cup = 158 g; garlic rice = a cup of rice (the garlic and oil not counted)",
            ),
            Item("01128", 46.0, "01128 Egg, whole, cooked, fried: 1 large = 46 g"),
        ),
    ),
    # Irish
    Phrase(
        text="Got a chicken fillet roll and a packet of cheese and onion Tayto from the Centra for lunch",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "18349",
                38.0,
                "18349 Rolls, french: 1 roll = 38 g; a chicken fillet roll (Irish) = a French roll, a breaded fried chicken breast and 1 tbsp mayonnaise",
            ),
            Item(
                "05058",
                140.0,
                "05058 Chicken, broilers or fryers, breast, meat and skin, cooked, fried, batter: 0.5 breast, bone removed = 140 g; the fillet = a breaded (batter) fried half breast",
            ),
            Item(
                "04018",
                14.7,
                "04018 Salad dressing, mayonnaise type, regular, with salt: 1 tbsp = 14.7 g",
            ),
            Item(
                "19421",
                28.35,
                "19421 Snacks, potato chips, cheese-flavor: 1 oz x 28.35 g = 28.35 g; Tayto cheese and onion = cheese-flavor potato chips; a packet = 1 oz",
            ),
        ),
    ),
    # New Zealand
    Phrase(
        text="We had mince on toast and a cuppa for tea",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "23570",
                85.0,
                "23570 Beef, ground, 85% lean meat / 15% fat, crumbles, cooked, pan-browned: 1 serving ( 3 oz ) = 85 g; mince = ground beef (85% lean) crumbles, pan-browned; a serving = 3 oz",
            ),
            Item(
                "18070",
                44.0,
                "18070 Bread, white, commercially prepared, toasted: 2 x 1 slice (22 g) = 44 g; toast = white toast, 2 slices",
            ),
            Item(
                "14355",
                236.8,
                "14355 Tea, black, brewed, prepared with tap water: 8 fl oz x 29.6 g (1 fl oz = 29.6 g) = 236.8 g; a cuppa = an 8 fl oz mug of black tea",
            ),
            Item(
                "01079",
                30.5,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 1 fl oz x 30.5 g (1 fl oz = 30.5 g) = 30.5 g; with a splash of milk, 1 fl oz; milk unsaid = 2%",
            ),
        ),
    ),
    # Pakistani
    Phrase(
        text="For iftar I had 3 dates, a glass of milk and a bowl of chana chaat",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "09087",
                21.3,
                "09087 Dates, deglet noor: 3 x 1 date, pitted (7.1 g) = 21.3 g; dates of unsaid kind = deglet noor",
            ),
            Item(
                "01077",
                244.0,
                "01077 Milk, whole, 3.25% milkfat, with added vitamin D: 8 fl oz x 30.5 g (1 fl oz = 30.5 g) = 244 g; a glass = 8 fl oz; milk in Pakistan = whole",
            ),
            Item(
                "16359",
                152.0,
                "16359 Chickpeas (garbanzo beans, bengal gram), mature seeds, canned, drained, rinsed in tap water\\: 1 cup drained, rinsed = 152 g; chana chaat = canned chickpeas (the onion, tomato and chutney not counted); a bowl = 1 cup",
            ),
        ),
    ),
    # Malaysian
    Phrase(
        text="Breakfast was a nasi lemak bungkus from the stall near the office",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "20045",
                158.0,
                "20045 Rice, white, long-grain, regular, cooked: 1 cup = 158 g; a nasi lemak bungkus (Malaysian) = 1 cup rice cooked in 2 tbsp coconut milk, 5 fried anchovies, 10 peanuts, half a boiled egg and 1/4 cup cucumber (the sambal not counted)",
            ),
            Item(
                "12118",
                30.0,
                "12118 Nuts, coconut milk, canned (liquid expressed from grated meat and water): 2 x 1 tbsp (15 g) = 30 g; coconut milk, canned",
            ),
            Item(
                "15002",
                20.0,
                "15002 Fish, anchovy, european, canned in oil, drained solids: 5 anchovies = 20 g; anchovies = the canned-in-oil entry",
            ),
            Item(
                "16390",
                10.0,
                "16390 Peanuts, all types, dry-roasted, without salt: 10 x 1 peanut (1 g) = 10 g; peanuts = dry-roasted",
            ),
            Item(
                "01129", 25.0, "01129 Egg, whole, cooked, hard-boiled: 0.5 x 1 large (50 g) = 25 g"
            ),
            Item(
                "11205", 26.0, "11205 Cucumber, with peel, raw: 0.5 x 0.5 cup slices (52 g) = 26 g"
            ),
        ),
    ),
    # Canadian
    Phrase(
        text="Grabbed a poutine from the chip truck after the hockey game",
        kind="dish",
        sentence=True,
        items=(
            Item(
                "36014",
                208.0,
                "36014 Restaurant, family style, French fries: 1 serving = 208 g; a poutine = a serving of fries, 2 oz of cheese curds and 1/2 cup gravy; fries = family-style restaurant fries",
            ),
            Item(
                "01026",
                56.7,
                "01026 Cheese, mozzarella, whole milk: 2 x 1 oz (28.35 g) = 56.7 g; cheese curds = fresh whole-milk mozzarella, SR24's closest",
            ),
            Item(
                "06116",
                116.5,
                "06116 Gravy, beef, canned, ready-to-serve: 0.5 x 1 cup (233 g) = 116.5 g; poutine gravy = beef gravy",
            ),
        ),
    ),
    # Caribbean
    Phrase(
        text="Had callaloo and saltfish with two slices of hard dough bread for breakfast",
        kind="dish",
        sentence=True,
        items=(
            Item(
                "11004",
                132.0,
                "11004 Amaranth leaves, cooked, boiled, drained, without salt: 1 cup = 132 g; callaloo (Jamaican) = amaranth leaves, boiled; a serving = 1 cup",
            ),
            Item(
                "15018",
                56.7,
                "15018 Fish, cod, Atlantic, dried and salted: 2 x 1 oz (28.35 g) = 56.7 g; saltfish = dried salted cod, 2 oz",
            ),
            Item(
                "18069",
                56.0,
                "18069 Bread, white, commercially prepared (includes soft bread crumbs): 2 x 1 slice (the entry's first such measure) (28 g) = 56 g; hard dough bread = white bread, first slice measure",
            ),
        ),
    ),
    # Indian
    Phrase(
        text="rajma chawal - 2 katori rajma, 1 plate rice",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "16033",
                177.0,
                "16033 Beans, kidney, red, mature seeds, cooked, boiled, without salt: 1 cup = 177 g; rajma = red kidney beans, boiled; a katori = 1/2 cup",
            ),
            Item(
                "20045",
                237.0,
                "20045 Rice, white, long-grain, regular, cooked: 1.5 x 1 cup (158 g) = 237 g; chawal = rice; a plate of rice = 1.5 cups",
            ),
        ),
    ),
    # US
    Phrase(
        text="Had a chili dog and a corn dog at the county fair",
        kind="dish",
        sentence=True,
        items=(
            Item(
                "07023",
                45.0,
                "07023 Frankfurter, beef and pork: 1 frankfurter = 45 g; a chili dog = a beef and pork frankfurter in a bun with 1/4 cup chili",
            ),
            Item("18350", 42.0, "18350 Rolls, hamburger or hotdog, plain: 1 roll = 42 g"),
            Item(
                "16059",
                64.0,
                "16059 Chili with beans, canned: 0.25 x 1 cup (256 g) = 64 g; chili = canned chili with beans",
            ),
            Item("22973", 78.0, "22973 Corn dogs, frozen, prepared: 1 corndog = 78 g"),
        ),
    ),
    # British
    Phrase(
        text="cheese and pickle sarnie on granary",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "18064",
                58.0,
                "18064 Bread, wheat: 2 x 1 slice (29 g) = 58 g; granary = a malted wheat loaf, SR24's wheat bread; a sarnie = 2 slices",
            ),
            Item(
                "01010",
                42.53,
                "01010 Cheese, cheshire: 1.5 oz x 28.35 g = 42.53 g; cheese of a British sandwich = a hard English cheese, SR24's Cheshire; 1.5 oz",
            ),
            Item(
                "11945",
                15.0,
                "11945 Pickle relish, sweet: 1 tbsp = 15 g; pickle (British) = a sweet pickle relish, 1 tbsp",
            ),
        ),
    ),
    # Australian
    Phrase(
        text="lamb souvlaki from the kebab shop after the pub",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "18041",
                60.0,
                '18041 Bread, pita, white, enriched: 1 pita, large (6-1/2" dia) = 60 g; a souvlaki = a large pita, 3 oz roast lamb and 2 tbsp tzatziki (the salad not counted)',
            ),
            Item(
                "17012",
                85.0,
                '17012 Lamb, domestic, leg, whole (shank and sirloin), separable lean and fat, trimmed to 1/4" fat, choice, cooked, roasted: 3 oz = 85 g; lamb = roasted leg',
            ),
            Item(
                "01117",
                30.62,
                "01117 Yogurt, plain, low fat, 12 grams protein per 8 ounce: 0.125 x 1 cup (8 fl oz) (245 g) = 30.62 g; tzatziki = plain low-fat yogurt, 2 tbsp (the cucumber and garlic not counted)",
            ),
        ),
    ),
    # New Zealand
    Phrase(
        text="ham cheese n pineapple toastie",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "18070",
                44.0,
                "18070 Bread, white, commercially prepared, toasted: 2 x 1 slice (22 g) = 44 g; a toastie = 2 slices white toast",
            ),
            Item(
                "10182",
                28.0,
                '10182 Pork, cured, ham, boneless, extra lean and regular, unheated: 1 slice (6-1/4" x 4" x 1/16") (1 oz) = 28 g; ham, one slice',
            ),
            Item(
                "01011",
                28.0,
                "01011 Cheese, colby: 1 slice (1 oz) = 28 g; cheese of a toastie = one slice of colby",
            ),
            Item(
                "09268",
                47.0,
                '09268 Pineapple, canned, juice pack, solids and liquids: 1 slice or ring (3" dia) with liquid = 47 g; pineapple = canned in juice, one ring',
            ),
        ),
    ),
    # Kenyan
    Phrase(
        text="2 cups githeri for lunch",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "11496",
                384.0,
                "11496 Succotash, (corn and limas), cooked, boiled, drained, without salt: 2 x 1 cup (192 g) = 384 g; githeri (Kenyan) = maize and beans boiled together, SR24's succotash (corn and limas) the closest",
            ),
        ),
    ),
    # Nigerian
    Phrase(
        text="Had a plate of jollof rice and 2 pieces of fried chicken at the owambe",
        kind="dish",
        sentence=True,
        items=(
            Item(
                "20045",
                237.0,
                "20045 Rice, white, long-grain, regular, cooked: 1.5 x 1 cup (158 g) = 237 g; jollof rice = rice cooked in tomato stew: a plate = 1.5 cups rice, 1/4 cup tomato sauce and 1 tbsp oil",
            ),
            Item(
                "11649",
                61.0,
                "11649 Tomato products, canned, sauce, spanish style: 0.25 x 1 cup (244 g) = 61 g; tomato sauce = canned, spanish style, the closest to a jollof stew base",
            ),
            Item(
                "04044",
                13.6,
                "04044 Oil, soybean, salad or cooking: 1 tbsp = 13.6 g; vegetable oil = soybean oil",
            ),
            Item(
                "05068",
                98.0,
                "05068 Chicken, broilers or fryers, drumstick, meat and skin, cooked, fried, flour: 2 x 1 drumstick, bone removed (49 g) = 98 g; a piece of fried chicken = a flour-fried drumstick",
            ),
        ),
    ),
    # Pakistani
    Phrase(
        text="bun kabab from the thela",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "18350",
                42.0,
                "18350 Rolls, hamburger or hotdog, plain: 1 roll = 42 g; a bun kabab (Pakistani) = a soft bun and a beef patty (the egg, chutney and onion not counted)",
            ),
            Item(
                "23568",
                77.0,
                "23568 Beef, ground, 85% lean meat / 15% fat, patty, cooked, broiled: 1 patty (yield from 1/4 lb raw meat) = 77 g; the kabab = a broiled 85% lean beef patty",
            ),
        ),
    ),
    # US
    Phrase(
        text="Had clam chowder in a bread bowl down at the wharf",
        kind="dish",
        sentence=True,
        items=(
            Item(
                "06230",
                378.0,
                "06230 Soup, clam chowder, new england, canned, prepared with equal volume low fat (2%) milk: 1.5 x 1 serving 1 cup (252 g) = 378 g; clam chowder = New England, made with 2% milk; a bread bowl holds 1.5 cups",
            ),
            Item(
                "18029",
                198.45,
                "18029 Bread, french or vienna (includes sourdough): 7 x 1 oz (28.35 g) = 198.45 g; a bread bowl = a 7 oz round of sourdough, the French/vienna entry",
            ),
        ),
    ),
    # Ghanaian
    Phrase(
        text="Ate red red with fried plantain at the chop bar",
        kind="dish",
        sentence=True,
        items=(
            Item(
                "16063",
                171.0,
                "16063 Cowpeas, common (blackeyes, crowder, southern), mature seeds, cooked, boiled, without salt: 1 cup = 171 g; red red (Ghanaian) = black-eyed peas stewed in palm oil: 1 cup peas and 1 tbsp palm oil",
            ),
            Item("04055", 13.6, "04055 Oil, palm: 1 tbsp = 13.6 g"),
            Item(
                "09447",
                84.5,
                "09447 Plantains, yellow, fried, Latino restaurant: 0.5 x 1 cup (169 g) = 84.5 g; fried plantain = fried ripe plantain; a side = 1/2 cup",
            ),
        ),
    ),
    # US
    Phrase(
        text="Ate half a rotisserie chicken standing at the kitchen counter",
        kind="part",
        sentence=True,
        items=(
            Item(
                "05009",
                299.0,
                "05009 Chicken, broilers or fryers, meat and skin, cooked, roasted: 0.5 chicken, bone removed = 299 g; rotisserie chicken = roasted, meat and skin",
            ),
        ),
    ),
    # British
    Phrase(
        text="half a 500ml tub of strawberry ice cream, bad day",
        kind="part",
        sentence=False,
        items=(
            Item(
                "19271",
                139.48,
                "19271 Ice creams, strawberry: 2.1134 x 0.5 cup (4 fl oz) (66 g) = 139.48 g; half of 500 ml = 250 ml = 2.113 x 4 fl oz (118.3 ml)",
            ),
        ),
    ),
    # Irish
    Phrase(
        text="I had a quarter of the apple tart my mam made",
        kind="part",
        sentence=True,
        items=(
            Item(
                "18302",
                310.0,
                '18302 Pie, apple, prepared from recipe: 2 x 1 piece (1/8 of 9" dia) (155 g) = 310 g; apple tart = apple pie from a recipe; a quarter = two eighths',
            ),
        ),
    ),
    # Australian
    Phrase(
        text="quarter of a honeydew for arvo snack",
        kind="part",
        sentence=False,
        items=(
            Item(
                "09184",
                250.0,
                '09184 Melons, honeydew, raw: 2 x 1 wedge (1/8 of 5-1/4" dia melon) (125 g) = 250 g; a quarter = two eighth wedges; arvo (Australian) = afternoon',
            ),
        ),
    ),
    # New Zealand
    Phrase(
        text="Ate three feijoas and half a gold kiwifruit off the tree",
        kind="part",
        sentence=True,
        items=(
            Item("09334", 126.0, "09334 Feijoa, raw: 3 x 1 fruit without peel (42 g) = 126 g"),
            Item("09445", 43.0, "09445 Kiwifruit, gold, raw: 0.5 x 1 fruit (86 g) = 43 g"),
        ),
    ),
    # Canadian
    Phrase(
        text="half a giant oat bran muffin from costco",
        kind="part",
        sentence=False,
        items=(
            Item(
                "18283",
                84.0,
                "18283 Muffins, oat bran: 0.5 x 1 extra large (168 g) = 84 g; a giant muffin = the extra large muffin",
            ),
        ),
    ),
    # Indian
    Phrase(
        text="Ate half a pomegranate after lunch",
        kind="part",
        sentence=True,
        items=(
            Item(
                "09286",
                141.0,
                '09286 Pomegranates, raw: 0.5 x 1 pomegranate (4" dia) (282 g) = 141 g',
            ),
        ),
    ),
    # Singaporean
    Phrase(
        text="1/4 durian with my dad, D24",
        kind="part",
        sentence=False,
        items=(
            Item(
                "09422",
                150.5,
                "09422 Durian, raw or frozen: 0.25 x 1 fruit (602 g) = 150.5 g; D24 = a durian variety",
            ),
        ),
    ),
    # Malaysian
    Phrase(
        text="Shared a pomelo three ways with my housemates",
        kind="part",
        sentence=True,
        items=(
            Item(
                "09295",
                202.98,
                "09295 Pummelo, raw: 0.3333 x 1 fruit without refuse (609 g) = 202.98 g; pomelo = pummelo; three ways = a third",
            ),
        ),
    ),
    # Nigerian
    Phrase(
        text="half tin of sardines in oil n 2 slices agege bread",
        kind="part",
        sentence=False,
        items=(
            Item(
                "15088",
                46.0,
                "15088 Fish, sardine, Atlantic, canned in oil, drained solids with bone: 0.5 x 1 can (3.75 oz) (92 g) = 46 g",
            ),
            Item(
                "18069",
                56.0,
                "18069 Bread, white, commercially prepared (includes soft bread crumbs): 2 x 1 slice (the entry's first such measure) (28 g) = 56 g; agege bread = white bread, first slice measure",
            ),
        ),
    ),
    # Kenyan
    Phrase(
        text="Bought mahindi choma from the roadside and ate half the cob",
        kind="part",
        sentence=True,
        items=(
            Item(
                "11901",
                51.5,
                '11901 Corn, sweet, white, cooked, boiled, drained, without salt: 0.5 x 1 ear, medium (6-3/4" to 7-1/2" long) (103 g) = 51.5 g; mahindi choma (Kenyan) = roasted white maize; SR24\'s boiled white corn the closest, a medium ear',
            ),
        ),
    ),
    # Caribbean
    Phrase(
        text="half a soursop from the tree, so sweet",
        kind="part",
        sentence=False,
        items=(
            Item(
                "09315",
                312.5,
                '09315 Soursop, raw: 0.5 x 1 fruit (7" x 5-1/4" dia) (625 g) = 312.5 g',
            ),
        ),
    ),
    # US
    Phrase(
        text="Had a large Sprite with my lunch at the drive-thru",
        kind="size",
        sentence=True,
        items=(
            Item(
                "14145",
                722.0,
                "14145 Carbonated beverage, SPRITE, lemon-lime, without caffeine: 1 large cup 32 fl oz size cup = 722 g; a large fountain drink = the entry's 32 fl oz cup",
            ),
        ),
    ),
    # British
    Phrase(
        text="a large nectarine and a plum",
        kind="size",
        sentence=False,
        items=(
            Item("09191", 156.0, '09191 Nectarines, raw: 1 large (2-3/4" dia) = 156 g'),
            Item("09279", 66.0, '09279 Plums, raw: 1 fruit (2-1/8" dia) = 66 g'),
        ),
    ),
    # Irish
    Phrase(
        text="large baked potato with a side of coleslaw",
        kind="size",
        sentence=False,
        items=(
            Item(
                "11357",
                299.0,
                '11357 Potatoes, white, flesh and skin, baked: 1 potato large (3" to 4-1/4" dia) = 299 g',
            ),
            Item("11159", 60.0, "11159 Coleslaw, home-prepared: 0.5 cup = 60 g; a side = 1/2 cup"),
        ),
    ),
    # Australian
    Phrase(
        text="Had a large Coke Zero at the footy",
        kind="size",
        sentence=True,
        items=(
            Item(
                "14416",
                722.0,
                "14416 Carbonated beverage, low calorie, cola or pepper-type, with aspartame, contains caffeine: 1 large cup 32 fl oz size cup = 722 g; Coke Zero = low-calorie cola with aspartame and caffeine; large = the 32 fl oz cup",
            ),
        ),
    ),
    # New Zealand
    Phrase(
        text="large hot choc from the dairy",
        kind="size",
        sentence=False,
        items=(
            Item(
                "01105",
                624.0,
                "01105 Milk, chocolate beverage, hot cocoa, homemade: 20 fl oz x 31.2 g (1 fl oz = 31.2 g) = 624 g; hot choc = hot cocoa made with milk; a large cafe drink = 20 fl oz; the dairy (NZ) = a corner shop",
            ),
        ),
    ),
    # Canadian
    Phrase(
        text="Had a large cinnamon bun at the farmers market",
        kind="size",
        sentence=True,
        items=(
            Item(
                "18356",
                83.0,
                "18356 Sweet rolls, cinnamon, commercially prepared with raisins: 1 large = 83 g; cinnamon bun = cinnamon sweet roll",
            ),
        ),
    ),
    # Indian
    Phrase(
        text="2 large carrots, raw, munched while revising for exams",
        kind="size",
        sentence=False,
        items=(
            Item(
                "11124",
                144.0,
                '11124 Carrots, raw: 2 x 1 large (7-1/4" to 8-/1/2" long) (72 g) = 144 g; raw',
            ),
        ),
    ),
    # Malaysian
    Phrase(
        text="Ate a big asian pear after dinner at my mak cik's",
        kind="size",
        sentence=True,
        items=(
            Item(
                "09340",
                275.0,
                '09340 Pears, asian, raw: 1 fruit 3-3/8" high x 3" diameter = 275 g; big = the larger of the entry\'s two fruit sizes',
            ),
        ),
    ),
    # Filipino
    Phrase(
        text="1 medium camote, boiled, for merienda",
        kind="size",
        sentence=False,
        items=(
            Item(
                "11510",
                151.0,
                "11510 Sweet potato, cooked, boiled, without skin: 1 medium = 151 g; camote (Filipino) = sweet potato; merienda = an afternoon snack",
            ),
        ),
    ),
    # Nigerian
    Phrase(
        text="Bought one medium boli and a handful of groundnuts on the way home",
        kind="size",
        sentence=True,
        items=(
            Item(
                "09277",
                179.0,
                "09277 Plantains, raw: 1 medium = 179 g; boli (Nigerian) = a roasted ripe plantain; the raw entry by weight (SR24 has no roasted plantain)",
            ),
            Item(
                "16390",
                28.35,
                "16390 Peanuts, all types, dry-roasted, without salt: 1 oz x 28.35 g = 28.35 g; groundnuts = dry-roasted peanuts; a handful of nuts = 1 oz",
            ),
        ),
    ),
    # South African
    Phrase(
        text="2 large pieces of biltong while watching the rugby",
        kind="size",
        sentence=False,
        items=(
            Item(
                "19002",
                40.0,
                "19002 Snacks, beef jerky, chopped and formed: 2 x 1 piece, large (20 g) = 40 g; biltong (South African) = dried beef, SR24's beef jerky",
            ),
        ),
    ),
    # Ghanaian
    Phrase(
        text="small bag of plantain chips",
        kind="size",
        sentence=False,
        items=(
            Item(
                "25027",
                28.35,
                "25027 Snacks, plantain chips, salted: 1 oz x 28.35 g = 28.35 g; a small bag of chips = 1 oz",
            ),
        ),
    ),
    # US
    Phrase(
        text="Had a cold cut sub n a bag of bbq chips at the gmae",
        kind="typo",
        sentence=True,
        items=(
            Item(
                "21124",
                228.0,
                "21124 Fast foods, submarine sandwich, with cold cuts: 1 submarine = 228 g; gmae = game; a sub = SR24's submarine sandwich with cold cuts",
            ),
            Item(
                "19042",
                28.35,
                "19042 Snacks, potato chips, barbecue-flavor: 1 oz x 28.35 g = 28.35 g; a bag of chips with a sandwich = a 1 oz bag",
            ),
        ),
    ),
    # British
    Phrase(
        text="bacn buttie wiv brown sauce lol",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "10862",
                23.7,
                "10862 Pork, cured, bacon, cooked, pan-fried: 3 x 1 slice cooked (7.9 g) = 23.7 g; bacn = bacon; a bacon buttie = 3 rashers in a soft roll with 1 tbsp brown sauce",
            ),
            Item("18350", 42.0, "18350 Rolls, hamburger or hotdog, plain: 1 roll = 42 g"),
            Item(
                "27048",
                17.0,
                "27048 Sauce, steak, tomato based: 0.5 x 2 Tbsp (34 g) = 17 g; brown sauce = SR24's tomato-based steak sauce, 1 tbsp",
            ),
        ),
    ),
    # Scottish
    Phrase(
        text="had a rolll n sqaure sausage fae the van",
        kind="typo",
        sentence=True,
        items=(
            Item(
                "18353",
                57.0,
                '18353 Rolls, hard (includes kaiser): 1 roll (3-1/2" dia) = 57 g; rolll = roll; a morning roll = a hard roll',
            ),
            Item(
                "07064",
                48.0,
                "07064 Pork sausage, fresh, cooked: 1 serving = 48 g; sqaure sausage = square (Lorne) sausage, a fresh pork sausage, one serving (48 g) slice",
            ),
        ),
    ),
    # Australian
    Phrase(
        text="2 sausage mcmuffins n a flat whte, runnin l8",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "21358",
                230.0,
                "21358 McDONALD'S, Sausage McMUFFIN: 2 x 1 item 4 oz (115 g) = 230 g",
            ),
            Item(
                "14210",
                60.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 2 x 1 fluid ounce (30 g) = 60 g; flat whte = flat white: 2 shots",
            ),
            Item(
                "01079",
                122.0,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 4 fl oz x 30.5 g (1 fl oz = 30.5 g) = 122 g; and 4 fl oz milk; milk unsaid = 2%",
            ),
        ),
    ),
    # New Zealand
    Phrase(
        text="2 kiwifruits n a musli bar",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "09148",
                138.0,
                '09148 Kiwifruit, green, raw: 2 x 1 fruit (2" dia) (69 g) = 138 g; kiwifruit of unsaid kind = green',
            ),
            Item(
                "19015",
                28.0,
                "19015 Snacks, granola bars, hard, plain: 1 bar (1 oz) = 28 g; musli bar = muesli bar, a hard granola bar",
            ),
        ),
    ),
    # Canadian
    Phrase(
        text="Grabbed a honey crueler and a medium tea frm timmies on my way in",
        kind="typo",
        sentence=True,
        items=(
            Item(
                "18253",
                41.0,
                '18253 Doughnuts, french crullers, glazed: 1 cruller (3" dia) = 41 g; crueler = cruller, a glazed French cruller',
            ),
            Item(
                "14355",
                414.4,
                "14355 Tea, black, brewed, prepared with tap water: 14 fl oz x 29.6 g (1 fl oz = 29.6 g) = 414.4 g; Tim Hortons' medium = 14 fl oz of black tea",
            ),
            Item(
                "01079",
                30.5,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 1 fl oz x 30.5 g (1 fl oz = 30.5 g) = 30.5 g; tea with milk = a splash, 1 fl oz; milk unsaid = 2%",
            ),
        ),
    ),
    # Indian
    Phrase(
        text="1 glas bournvita wid milk b4 bed",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "14316",
                265.0,
                "14316 Malted drink mix, chocolate, with added nutrients, powder, prepared with whole milk: 1 cup (8 fl oz) = 265 g; Bournvita = a chocolate malted drink mix with added nutrients, prepared with whole milk; a glass = 8 fl oz",
            ),
        ),
    ),
    # Pakistani
    Phrase(
        text="1 katori khir at the nikkah, v good",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "36404",
                126.5,
                "36404 Restaurant, Latino, arroz con leche (rice pudding): 0.5 x 1 cup (253 g) = 126.5 g; khir = kheer, rice pudding (SR24's arroz con leche); a katori = 1/2 cup",
            ),
        ),
    ),
    # Singaporean
    Phrase(
        text="tau huay 1 bowl w syrup lah",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "16127",
                248.0,
                '16127 Tofu, soft, prepared with calcium sulfate and magnesium chloride (nigari): 1 cup (1/2" cubes) = 248 g; tau huay (Singapore) = soft beancurd; a bowl = 1 cup',
            ),
            Item(
                "19362",
                40.0,
                "19362 Syrups, table blends, corn, refiner, and sugar: 2 x 1 tbsp (20 g) = 40 g; syrup = a sugar syrup, SR24's corn and sugar table blend; 2 tbsp",
            ),
        ),
    ),
    # South African
    Phrase(
        text="2 ouma rusks n tea",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "18224",
                20.0,
                "18224 Crackers, rusk toast: 2 x 1 rusk (10 g) = 20 g; ouma rusks = rusk toast, by the entry's rusk",
            ),
            Item(
                "14355",
                236.8,
                "14355 Tea, black, brewed, prepared with tap water: 8 fl oz x 29.6 g (1 fl oz = 29.6 g) = 236.8 g; a cup of tea = 8 fl oz black tea",
            ),
            Item(
                "01079",
                30.5,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 1 fl oz x 30.5 g (1 fl oz = 30.5 g) = 30.5 g; with a splash of milk, 1 fl oz; milk unsaid = 2%",
            ),
        ),
    ),
    # Caribbean
    Phrase(
        text="Ate curry goat wid white rice from de cookshop",
        kind="typo",
        sentence=True,
        items=(
            Item(
                "17169",
                85.0,
                "17169 Game meat, goat, cooked, roasted: 3 oz = 85 g; curry goat = roasted goat, SR24's only cooked goat; a serving of meat = 3 oz",
            ),
            Item(
                "20045",
                158.0,
                "20045 Rice, white, long-grain, regular, cooked: 1 cup = 158 g; a serving of rice = 1 cup",
            ),
        ),
    ),
    # Kenyan
    Phrase(
        text="chipo mayai 2 eggs, was starving",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "36014",
                208.0,
                "36014 Restaurant, family style, French fries: 1 serving = 208 g; chipo mayai (Kenyan) = chips cooked in an omelette: a serving of fries and 2 eggs; fries = family-style restaurant fries",
            ),
            Item(
                "01130",
                122.0,
                "01130 Egg, whole, cooked, omelet: 2 x 1 large (61 g) = 122 g; the omelette by its eggs",
            ),
        ),
    ),
    # Scottish
    Phrase(
        text="Had 2 tbsp of almond butter on 2 rice cakes before my run along the Clyde",
        kind="unit",
        sentence=True,
        items=(
            Item(
                "12195",
                32.0,
                "12195 Nuts, almond butter, plain, without salt added: 2 x 1 tbsp (16 g) = 32 g",
            ),
            Item(
                "19051",
                18.0,
                "19051 Snacks, rice cakes, brown rice, plain: 2 x 1 cake (9 g) = 18 g; rice cakes = plain brown rice cakes",
            ),
        ),
    ),
    # British
    Phrase(
        text="half a cup of muesli with a cup of semi skimmed",
        kind="unit",
        sentence=False,
        items=(
            Item(
                "42184",
                42.5,
                "42184 Cereals ready-to-eat, MUESLI, dried fruit and nuts: 0.5 x 1 cup (85 g) = 42.5 g",
            ),
            Item(
                "01079",
                244.0,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 1 cup = 244 g; semi skimmed (British) = 2% milk",
            ),
        ),
    ),
    # Irish
    Phrase(
        text="Had a coffee with 2 tbsp of Baileys in it after Christmas dinner",
        kind="unit",
        sentence=True,
        items=(
            Item(
                "14209",
                236.8,
                "14209 Coffee, brewed from grounds, prepared with tap water: 8 fl oz x 29.6 g (1 fl oz = 29.6 g) = 236.8 g; a coffee = an 8 fl oz cup of brewed coffee",
            ),
            Item(
                "14415",
                31.1,
                "14415 Alcoholic beverage, liqueur, coffee with cream, 34 proof: 1 fl oz x 31.1 g (1 fl oz = 31.1 g) = 31.1 g; Baileys = coffee liqueur with cream (Irish cream); 2 tbsp = 1 fl oz",
            ),
        ),
    ),
    # Australian
    Phrase(
        text="Ate a cup of cherries from the market on the walk home",
        kind="unit",
        sentence=True,
        items=(
            Item("09070", 138.0, "09070 Cherries, sweet, raw: 1 cup, with pits, yields = 138 g"),
        ),
    ),
    # New Zealand
    Phrase(
        text="half a cup of yoghurt with a tbsp of manuka honey",
        kind="unit",
        sentence=False,
        items=(
            Item(
                "01117",
                122.5,
                "01117 Yogurt, plain, low fat, 12 grams protein per 8 ounce: 0.5 x 1 cup (8 fl oz) (245 g) = 122.5 g; yoghurt of unsaid kind = plain low fat",
            ),
            Item("19296", 21.0, "19296 Honey: 1 tbsp = 21 g; manuka honey = honey"),
        ),
    ),
    # Scottish
    Phrase(
        text="Ate a cup of edamame at the sushi place on Buchanan Street",
        kind="unit",
        sentence=True,
        items=(Item("11212", 155.0, "11212 Edamame, frozen, prepared: 1 cup = 155 g"),),
    ),
    # Indian
    Phrase(
        text="1 cup moong sprouts salad",
        kind="unit",
        sentence=False,
        items=(
            Item(
                "11043",
                104.0,
                "11043 Mung beans, mature seeds, sprouted, raw: 1 cup = 104 g; moong sprouts = raw sprouted mung beans",
            ),
        ),
    ),
    # Pakistani
    Phrase(
        text="1 cup mash ki daal with 1 tbsp desi ghee",
        kind="unit",
        sentence=False,
        items=(
            Item(
                "16084",
                180.0,
                "16084 Mungo beans, mature seeds, cooked, boiled, without salt: 1 cup = 180 g; mash ki daal = urad, SR24's mungo beans, boiled",
            ),
            Item(
                "01003",
                12.8,
                "01003 Butter oil, anhydrous: 1 tbsp = 12.8 g; desi ghee = anhydrous butter oil",
            ),
        ),
    ),
    # Singaporean
    Phrase(
        text="Ate a cup of lychees after dinner, actually more like a cup and a half",
        kind="unit",
        sentence=True,
        items=(
            Item(
                "09164",
                285.0,
                "09164 Litchis, raw: 1.5 x 1 cup (190 g) = 285 g; a correction counts the corrected amount: 1.5 cups",
            ),
        ),
    ),
    # Filipino
    Phrase(
        text="1 cup ginisang munggo, leftover from last night + 1 cup rice",
        kind="unit",
        sentence=False,
        items=(
            Item(
                "16081",
                202.0,
                "16081 Mung beans, mature seeds, cooked, boiled, without salt: 1 cup = 202 g; ginisang munggo (Filipino) = sauteed mung beans, SR24's boiled mung beans",
            ),
            Item("20045", 158.0, "20045 Rice, white, long-grain, regular, cooked: 1 cup = 158 g"),
        ),
    ),
    # Nigerian
    Phrase(
        text="Ate a cup of boiled groundnuts while waiting for the bus",
        kind="unit",
        sentence=True,
        items=(
            Item(
                "16088",
                180.0,
                "16088 Peanuts, all types, cooked, boiled, with salt: 1 cup, shelled = 180 g; groundnuts = peanuts, boiled",
            ),
        ),
    ),
    # Kenyan
    Phrase(
        text="2 cups uji ya wimbi",
        kind="unit",
        sentence=False,
        items=(
            Item(
                "20032",
                348.0,
                "20032 Millet, cooked: 2 x 1 cup (174 g) = 348 g; uji ya wimbi (Kenyan) = finger millet porridge, SR24's cooked millet",
            ),
        ),
    ),
    # US
    Phrase(
        text="6 oz filet mignon, medium rare",
        kind="units",
        sentence=False,
        items=(
            Item(
                "13439",
                170.1,
                '13439 Beef, tenderloin, steak, separable lean and fat, trimmed to 0" fat, all grades, cooked, broiled: 6 oz x 28.35 g = 170.1 g; filet mignon = beef tenderloin steak, broiled',
            ),
        ),
    ),
    # British
    Phrase(
        text="150g chicken thighs, oven baked, skin off",
        kind="units",
        sentence=False,
        items=(
            Item(
                "05098",
                150.0,
                "05098 Chicken, broilers or fryers, thigh, meat only, cooked, roasted: 150 g as typed; skinless oven baked thighs = roasted thigh meat",
            ),
        ),
    ),
    # Irish
    Phrase(
        text="Had 100g of smoked mackerel on a slice of brown bread",
        kind="units",
        sentence=True,
        items=(
            Item(
                "15047",
                100.0,
                "15047 Fish, mackerel, Atlantic, cooked, dry heat: 100 g as typed; smoked mackerel = Atlantic mackerel, cooked (SR24 has no smoked mackerel)",
            ),
            Item(
                "18064",
                29.0,
                "18064 Bread, wheat: 1 slice = 29 g; brown bread (Irish) = wheat bread",
            ),
        ),
    ),
    # Australian
    Phrase(
        text="Pan-fried 200g of barramundi for dinner",
        kind="units",
        sentence=True,
        items=(
            Item(
                "15092",
                200.0,
                "15092 Fish, sea bass, mixed species, cooked, dry heat: 200 g as typed; barramundi (Australian) = sea bass, SR24's closest; pan-fried = dry heat",
            ),
        ),
    ),
    # New Zealand
    Phrase(
        text="Weighed my muesli this morning, 45g with 150ml of trim milk",
        kind="units",
        sentence=True,
        items=(
            Item(
                "42184",
                45.0,
                "42184 Cereals ready-to-eat, MUESLI, dried fruit and nuts: 45 g as typed",
            ),
            Item(
                "01085",
                155.21,
                "01085 Milk, nonfat, fluid, with added vitamin A and vitamin D (fat free or skim): 150 ml = 5.07 fl oz (29.57 ml each) x 30.6 g (1 fl oz = 30.6 g) = 155.21 g; trim (NZ) = skim",
            ),
        ),
    ),
    # Canadian
    Phrase(
        text="500 ml chocolate milk after hockey",
        kind="units",
        sentence=False,
        items=(
            Item(
                "01102",
                527.5,
                "01102 Milk, chocolate, fluid, commercial, whole, with added vitamin A and vitamin D: 500 ml = 16.91 fl oz (29.57 ml each) x 31.2 g (1 fl oz = 31.2 g) = 527.5 g; chocolate milk of unsaid fat = whole",
            ),
        ),
    ),
    # Indian
    Phrase(
        text="200g low fat curd",
        kind="units",
        sentence=False,
        items=(
            Item(
                "01117",
                200.0,
                "01117 Yogurt, plain, low fat, 12 grams protein per 8 ounce: 200 g as typed; curd (Indian) = plain yogurt",
            ),
        ),
    ),
    # Pakistani
    Phrase(
        text="Had around 200g of mutton karahi at my in-laws",
        kind="units",
        sentence=True,
        items=(
            Item(
                "17036",
                200.0,
                '17036 Lamb, domestic, shoulder, whole (arm and blade), separable lean and fat, trimmed to 1/4" fat, choice, cooked, braised: 200 g as typed; mutton = lamb (SR24 has no mutton); karahi meat = braised shoulder',
            ),
        ),
    ),
    # Singaporean
    Phrase(
        text="100g char siew",
        kind="units",
        sentence=False,
        items=(
            Item(
                "10198",
                100.0,
                "10198 Pork, fresh, loin, center rib (roasts), boneless, separable lean and fat, cooked, roasted: 100 g as typed; char siew (Singapore) = Chinese roast pork, SR24's roasted boneless pork loin the closest (the glaze not counted)",
            ),
        ),
    ),
    # Malaysian
    Phrase(
        text="Drank a 250ml packet of soy milk from the 7-Eleven",
        kind="units",
        sentence=True,
        items=(
            Item(
                "16120",
                258.68,
                "16120 Soymilk, original and vanilla, unfortified: 250 ml = 8.45 fl oz (29.57 ml each) x 30.6 g (1 fl oz = 30.6 g) = 258.68 g; packet soy milk = original soymilk, unfortified",
            ),
        ),
    ),
    # Ghanaian
    Phrase(
        text="150g tilapia grilled",
        kind="units",
        sentence=False,
        items=(
            Item(
                "15262",
                150.0,
                "15262 Fish, tilapia, cooked, dry heat: 150 g as typed; grilled fish = dry heat",
            ),
        ),
    ),
    # South African
    Phrase(
        text="Had a 300g rump at Spur with the family",
        kind="units",
        sentence=True,
        items=(
            Item(
                "13491",
                300.0,
                "13491 Beef, round, top round, steak, separable lean only, trimmed to 0\" fat, all grades, cooked, broiled: 300 g as typed; rump (South African) = a round steak, SR24's broiled top round steak",
            ),
        ),
    ),
    # US
    Phrase(
        text="Had a couple handfuls of trail mix on the drive to Tahoe",
        kind="words",
        sentence=True,
        items=(
            Item(
                "19059",
                56.7,
                "19059 Snacks, trail mix, regular: 2 oz x 28.35 g = 56.7 g; a couple = 2; a handful of nuts or trail mix = 1 oz",
            ),
        ),
    ),
    # British
    Phrase(
        text="half a dozen chicken nuggets from the freezer, kids leftovers",
        kind="words",
        sentence=False,
        items=(
            Item(
                "22975",
                120.0,
                "22975 Chicken, nuggets, white meat, precooked, frozen, not reheated: 6 x 1 piece (20 g) = 120 g; freezer nuggets = frozen white-meat chicken nuggets",
            ),
        ),
    ),
    # Irish
    Phrase(
        text="Had a couple of slices of barmbrack with a cuppa",
        kind="words",
        sentence=True,
        items=(
            Item(
                "18047",
                52.0,
                "18047 Bread, raisin, enriched: 2 x 1 slice (26 g) = 52 g; barmbrack (Irish) = raisin bread",
            ),
            Item(
                "14355",
                236.8,
                "14355 Tea, black, brewed, prepared with tap water: 8 fl oz x 29.6 g (1 fl oz = 29.6 g) = 236.8 g; a cuppa = an 8 fl oz mug of black tea",
            ),
            Item(
                "01079",
                30.5,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 1 fl oz x 30.5 g (1 fl oz = 30.5 g) = 30.5 g; with a splash of milk, 1 fl oz; milk unsaid = 2%",
            ),
        ),
    ),
    # Scottish
    Phrase(
        text="half a dozen wee shortbread biscuits",
        kind="words",
        sentence=False,
        items=(
            Item(
                "18192",
                48.0,
                '18192 Cookies, shortbread, commercially prepared, plain: 6 x 1 cookie (1-5/8" square) (8 g) = 48 g',
            ),
        ),
    ),
    # Australian
    Phrase(
        text="Smashed a dozen fried scallops at the fish markets",
        kind="words",
        sentence=True,
        items=(
            Item(
                "15173",
                186.0,
                "15173 Mollusks, scallop, mixed species, cooked, breaded and fried: 6 x 2 large (31 g) = 186 g; a dozen = 12 large, breaded and fried",
            ),
        ),
    ),
    # Canadian
    Phrase(
        text="a couple slices of peameal bacon on a kaiser",
        kind="words",
        sentence=False,
        items=(
            Item(
                "10130",
                57.0,
                "10130 Pork, cured, canadian-style bacon, unheated: 2 slices (6 per 6-oz pkg.) = 57 g; peameal bacon (Canadian) = Canadian-style bacon; a couple = 2 slices",
            ),
            Item(
                "18353",
                57.0,
                '18353 Rolls, hard (includes kaiser): 1 roll (3-1/2" dia) = 57 g; a kaiser = a hard roll',
            ),
        ),
    ),
    # Indian
    Phrase(
        text="Ate two dozen pistachios while watching the match",
        kind="words",
        sentence=True,
        items=(
            Item(
                "12652",
                16.8,
                "12652 Nuts, pistachio nuts, dry roasted, with salt added: 24 x 1 kernel (0.7 g) = 16.8 g; pistachios = dry roasted, salted",
            ),
        ),
    ),
    # Filipino
    Phrase(
        text="a couple of red hotdogs for baon",
        kind="words",
        sentence=False,
        items=(
            Item(
                "07950",
                104.0,
                "07950 Frankfurter, meat: 2 x 1 serving (1 hot dog) (52 g) = 104 g; red hotdog (Filipino) = a meat frankfurter; baon = a packed meal",
            ),
        ),
    ),
    # Nigerian
    Phrase(
        text="Ate a dozen puff puff at my cousin's owambe",
        kind="words",
        sentence=True,
        items=(
            Item(
                "18248",
                168.0,
                "18248 Doughnuts, cake-type, plain (includes unsugared, old-fashioned): 12 x 1 doughnut, mini (1-1/2\" dia) or doughnut hole (14 g) = 168 g; puff puff (Nigerian) = fried dough balls, SR24's cake doughnut hole",
            ),
        ),
    ),
    # Kenyan
    Phrase(
        text="a couple of mandazi with my tea",
        kind="words",
        sentence=False,
        items=(
            Item(
                "18248",
                108.0,
                "18248 Doughnuts, cake-type, plain (includes unsugared, old-fashioned): 2 x 1 doughnut medium (3-1/4\" dia) (54 g) = 108 g; mandazi (Kenyan) = a fried dough bun, SR24's plain cake doughnut",
            ),
            Item(
                "14355",
                236.8,
                "14355 Tea, black, brewed, prepared with tap water: 8 fl oz x 29.6 g (1 fl oz = 29.6 g) = 236.8 g; tea = 8 fl oz black tea",
            ),
        ),
    ),
    # South African
    Phrase(
        text="Ate half a dozen litchis from the farm stall",
        kind="words",
        sentence=True,
        items=(
            Item("09164", 57.6, "09164 Litchis, raw: 6 x 1 fruit without refuse (9.6 g) = 57.6 g"),
        ),
    ),
    # Caribbean
    Phrase(
        text="a couple of guavas off my granny tree",
        kind="words",
        sentence=False,
        items=(
            Item(
                "09139",
                110.0,
                "09139 Guavas, common, raw: 2 x 1 fruit, without refuse (55 g) = 110 g",
            ),
        ),
    ),
    # Malaysian
    Phrase(
        text="Ate 5 mozzarella sticks at TGI Fridays in Sunway Pyramid",
        kind="count",
        sentence=True,
        items=(
            Item(
                "36008",
                175.0,
                "36008 T.G.I. FRIDAY'S, fried mozzarella: 5 x 1 piece (35 g) = 175 g",
            ),
        ),
    ),
    # British
    Phrase(
        text="3 chipolatas and 2 hash browns, sorry 4 chipolatas",
        kind="count",
        sentence=False,
        items=(
            Item(
                "07225",
                96.0,
                "07225 OSCAR MAYER, Pork Sausage Links (cooked): 4 x 1 link (24 g) = 96 g; a correction counts the corrected amount: 4; chipolata (British) = a small pork sausage link",
            ),
            Item(
                "11391",
                58.0,
                '11391 Potatoes, hashed brown, frozen, plain, prepared: 2 x 1 patty, oval (approx 3" x 1-1/2" x 1/2") (29 g) = 58 g; a hash brown = a frozen hash brown patty, prepared',
            ),
        ),
    ),
    # Irish
    Phrase(
        text="2 rashers and 3 slices of black pudding on a blaa",
        kind="count",
        sentence=False,
        items=(
            Item(
                "10130",
                57.0,
                "10130 Pork, cured, canadian-style bacon, unheated: 2 slices (6 per 6-oz pkg.) = 57 g; rashers (Irish) = back bacon, SR24's Canadian-style bacon",
            ),
            Item(
                "07005",
                75.0,
                "07005 Blood sausage: 0.75 x 4 slices (100 g) = 75 g; 3 slices = 3/4 of the 4 slice measure",
            ),
            Item(
                "18350",
                42.0,
                "18350 Rolls, hamburger or hotdog, plain: 1 roll = 42 g; a blaa (Waterford) = a soft white roll",
            ),
        ),
    ),
    # Australian
    Phrase(
        text="Had 4 fish fingers and a scoop of mash for tea",
        kind="count",
        sentence=True,
        items=(
            Item(
                "15027",
                112.0,
                '15027 Fish, fish portions and sticks, frozen, preheated: 4 x 1 stick (4" x 1" x 1/2") (28 g) = 112 g; fish fingers = fish sticks',
            ),
            Item(
                "11371",
                105.0,
                "11371 Potatoes, mashed, home-prepared, whole milk and margarine added: 0.5 x 1 cup (210 g) = 105 g; a scoop = 1/2 cup; mash = mashed potatoes; tea = the evening meal",
            ),
        ),
    ),
    # New Zealand
    Phrase(
        text="6 gingernuts with a cuppa",
        kind="count",
        sentence=False,
        items=(
            Item(
                "18172",
                42.0,
                "18172 Cookies, gingersnaps: 6 x 1 cookie (7 g) = 42 g; gingernuts (NZ) = gingersnaps",
            ),
            Item(
                "14355",
                236.8,
                "14355 Tea, black, brewed, prepared with tap water: 8 fl oz x 29.6 g (1 fl oz = 29.6 g) = 236.8 g; a cuppa = an 8 fl oz mug of black tea",
            ),
            Item(
                "01079",
                30.5,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 1 fl oz x 30.5 g (1 fl oz = 30.5 g) = 30.5 g; with a splash of milk, 1 fl oz; milk unsaid = 2%",
            ),
        ),
    ),
    # Canadian
    Phrase(
        text="2 maple dip donuts",
        kind="count",
        sentence=False,
        items=(
            Item(
                "18249",
                86.0,
                '18249 Doughnuts, cake-type, plain, chocolate-coated or frosted: 2 x 1 doughnut, medium (approx 3" dia) (43 g) = 86 g; maple dip = a frosted cake doughnut',
            ),
        ),
    ),
    # Indian
    Phrase(
        text="Had 2 chikoos after lunch",
        kind="count",
        sentence=True,
        items=(
            Item(
                "09313",
                340.0,
                "09313 Sapodilla, raw: 2 x 1 sapodilla (170 g) = 340 g; chikoo = sapodilla",
            ),
        ),
    ),
    # Pakistani
    Phrase(
        text="2 tikka drumsticks from the bbq place",
        kind="count",
        sentence=False,
        items=(
            Item(
                "05069",
                210.0,
                "05069 Chicken, broilers or fryers, drumstick, meat and skin, cooked, roasted: 2 x 1 drumstick with skin (yield from 1 lb ready-to-cook chicken) (105 g) = 210 g; tikka = roasted chicken",
            ),
        ),
    ),
    # Singaporean
    Phrase(
        text="Peeled and ate 15 longans after dinner",
        kind="count",
        sentence=True,
        items=(
            Item("09172", 48.0, "09172 Longans, raw: 15 x 1 fruit without refuse (3.2 g) = 48 g"),
        ),
    ),
    # Filipino
    Phrase(
        text="2 pcs lumpiang gulay",
        kind="count",
        sentence=False,
        items=(
            Item(
                "22955",
                156.0,
                "22955 Egg rolls, vegetable, refrigerated, heated: 2 x 1 roll (78 g) = 156 g; lumpiang gulay (Filipino) = vegetable spring roll, SR24's vegetable egg roll",
            ),
        ),
    ),
    # Ghanaian
    Phrase(
        text="Ate about 40 roasted groundnuts on the trotro home",
        kind="count",
        sentence=True,
        items=(
            Item(
                "16390",
                40.0,
                "16390 Peanuts, all types, dry-roasted, without salt: 40 x 1 peanut (1 g) = 40 g; groundnuts = dry-roasted peanuts",
            ),
        ),
    ),
    # South African
    Phrase(
        text="2 boerie rolls at the school fete",
        kind="count",
        sentence=False,
        items=(
            Item(
                "07916",
                152.0,
                "07916 Sausage, Polish, pork and beef, smoked: 2 x 1 serving 2.67 oz (76 g) = 152 g; a boerie roll (South African) = boerewors in a hot dog roll: one serving of SR24's smoked pork and beef sausage",
            ),
            Item(
                "18350", 84.0, "18350 Rolls, hamburger or hotdog, plain: 2 x 1 roll (42 g) = 84 g"
            ),
        ),
    ),
)
