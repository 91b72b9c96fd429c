# ruff: noqa: E501
"""The fifth held-out set of the /log accuracy phrases: never to be read, run or tuned on.

Written on 2026-12-06 apart from the code, from the USDA SR24 records alone (the archive
/work/shared/data/usda_sr24.jar, searched with a throwaway script). Not read: anything under
healthbot/ (the parser, its aliases, units, common_names.tsv, recipes, ranking, search, the meal
service), tests/food/, bench/ (beyond a grep for how the sets are registered), `held_out_4`
(not opened at all) and any score; the scorer was never run. Read: the conventions in
`tests.meals.phrases`, `held_out_3`'s docstring and first 3 phrases (for the format; that
docstring carries `held_out_3`'s score, which was thus seen, but no phrase here was shaped by
it), the `text=` lines of `held_out`, `held_out_2` and `held_out_3` (skimmed so as not to repeat
them, and their `kind` labels, since every set holds the same kinds) and the structure test
tests/meals/test_phrase_set.py. The kinds are read as: `label` a branded packaged food, `unit`
household measures (cup, tbsp, pat), `units` weights and volumes (g, ml, oz), `part` a fraction
of a whole, `words` amounts in words, `meal_sentence` a whole meal in a sentence.

150 phrases, 77 of them sentences, in US, British, Australian, Indian and Canadian voices,
following the conventions of `tests.meals.phrases` (each basis says which applied). Where SR24
has no exact food the closest entry is used and the basis says so. Conventions this set adds
where the others leave a case open:

- an egg of unsaid size is SR24's cooked "1 large" (its cooked-egg entries give no other size);
  a said size scales that by the raw sizes of 01123 (extra large 56 g / large 50 g);
- regional words: chips (British, Australian) = French fries; a rasher = a slice of bacon and
  streaky bacon = American bacon; peameal bacon = Canadian-style bacon, grilled; a snag = a
  sausage; tomato sauce (Australian) = ketchup; "tea" as a meal = dinner; Maccas = McDonald's;
  wholemeal = whole-wheat; a jacket potato = a baked potato with its skin; curd (Indian) and
  natural yoghurt (British) = plain whole-milk yogurt; full cream (Australian) and homo milk
  (Canadian) = whole milk; semi-skimmed (British, 1.7%) = 2% milk, the nearest SR24 milk;
- British and Australian volumes: a pint said in a British voice = an imperial pint, 568 ml; a
  schooner = 425 ml; a large glass of wine = 250 ml; a tin of baked beans = 415 g (the standard
  UK tin's net weight; UK baked beans are the vegetarian kind); a tallboy = a 16 fl oz can;
  a mixed drink's mixer, unsaid = 4 fl oz; chocolate milk of unsaid fat = reduced fat;
- coffee and tea: a flat white = a double shot plus 4 fl oz of steamed milk; a long black = a
  double shot (its water not counted); an americano = its shots (tall 2, grande 3, venti 4,
  1 fl oz each; water not counted); a cappuccino = a latte's shots plus less milk (tall 6,
  grande 8, venti 10 fl oz), the rest foam; a cafe au lait = half brewed coffee, half steamed
  milk; a cuppa or a mug = 8 fl oz; Indian "tea with half milk" = half tea, half milk; a sugar
  or a spoon of sugar = 1 tsp; soy milk = original soymilk with added calcium and vitamins;
- chains: a piece of fried chicken as served = SR24's "with skin" measure (meat, skin and
  breading); "a side" of a chain's side = its package or serving; a Domino's or Little Caesars
  pizza of unsaid size = the 14" entry (the only one SR24 has), crust unsaid = hand-tossed or
  regular;
- plain ground beef = 80% lean, browned crumbles; a raw weight typed for browned ground beef
  ("half a pound") = SR24's cooked yield of that raw weight; plain mashed potatoes =
  home-prepared with whole milk and butter; white bread = the first "slice" measure (28 g),
  white toast = the toasted entry's last "slice" measure (22 g); a packet of instant noodles
  = SR24's dry package (the water adds no energy);
- ml are turned into fl oz at 29.57 ml a fl oz (or into cups at 236.6 ml), as in `held_out_3`.

It is never to be read, run or looked at while tuning. It is scored ONCE, at the end of the
round after `held_out_4`'s (that set was scored at 0eb2003), with `python bench/eval_food_log.py --set held_out_5`, and that score is the
round's result. Never move a phrase between this set and another one, never edit a phrase or
its items after seeing how the bot does on it, and never tune against it: once it has been
scored, the round after needs a new held-out set.

Scored once, on 2026-12-06 at 7306912, at the end of the round that tuned on `development`,
`held_out` and `held_out_2` to `held_out_4` (units, sizes and the resolver's commits; coffee-shop
drinks, cocktails and 1,557 common names with 94 recipes; sentences, labels and dishes given with
their parts; typo mends of short words), with the scorer pairing items by food (3339913): 90 of
150 within max(10%, 15 kcal) (60.0%), asked 28.0%, refused 3 (2.0%), committed items more than
25% off 22/175 (12.6%). The used sets stood at 89-96% within at the time. Used from then on.
"""

from __future__ import annotations

from tests.meals.phrases import Item, Phrase

PHRASES: tuple[Phrase, ...] = (
    Phrase(
        text="For breakfast I had a bowl of Frosted Mini-Wheats with a cup of skim milk and a small banana",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "08319",
                59.0,
                "08319 Cereals ready-to-eat, KELLOGG, KELLOGG'S FROSTED MINI-WHEATS, bite size and little bites: 24 biscuits (Bite Size) (1 NLEA serving) = 59 g; a bowl of cereal = its NLEA serving (24 bite-size biscuits)",
            ),
            Item(
                "01085",
                245.0,
                "01085 Milk, nonfat, fluid, with added vitamin A and vitamin D (fat free or skim): 1 cup = 245 g; the cup of skim milk said overrides the bowl's usual 1/2 cup",
            ),
            Item("09040", 101.0, '09040 Bananas, raw: 1 small (6" to 6-7/8" long) = 101 g'),
        ),
    ),
    Phrase(
        text="Lunch today was a jacket potato with half a tin of baked beans and 40g of grated cheddar",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "11828",
                173.0,
                '11828 Potatoes, baked, flesh and skin, with salt: 1 potato medium (2-1/4" to 3-1/4" dia) = 173 g; a jacket potato = a baked potato eaten with its skin, size not said = medium',
            ),
            Item(
                "16006",
                207.5,
                "16006 Beans, baked, canned, plain or vegetarian: 0.5 x a 415 g tin = 207.5 g; a tin of baked beans = 415 g, the standard UK tin's net weight; UK baked beans are the vegetarian tomato-sauce kind",
            ),
            Item("01009", 40.0, "01009 Cheese, cheddar: 40 g as typed"),
        ),
    ),
    Phrase(
        text="brekkie was 2 slices of multigrain toast with vegemite and a flat white",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "18036",
                48.0,
                "18036 Bread, Multi-Grain, toasted (includes whole-grain): 2 x 1 slice regular (24 g) = 48 g; toast = the toasted entry",
            ),
            Item(
                "43406",
                12.0,
                "43406 Yeast extract spread: 2 x 1 tsp (6 g) = 12 g; Vegemite = yeast extract spread, 1 tsp spread on each slice of toast",
            ),
            Item(
                "14210",
                60.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 2 x 1 fluid ounce (30 g) = 60 g; a flat white = a double shot (2 fl oz) of espresso",
            ),
            Item(
                "01079",
                122.0,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 4 x 1 fl oz (30.5 g) = 122 g; plus 4 fl oz of steamed milk (a 6 fl oz cup); milk not said = 2%",
            ),
        ),
    ),
    Phrase(
        text="I had 2 cups of rice with 1 cup of rajma and a cup of curd for lunch",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "20045",
                316.0,
                "20045 Rice, white, long-grain, regular, cooked: 2 x 1 cup (158 g) = 316 g; rice = cooked white long-grain rice",
            ),
            Item(
                "16033",
                177.0,
                "16033 Beans, kidney, red, mature seeds, cooked, boiled, without salt: 1 cup = 177 g; rajma = red kidney beans; closest SR24 entry: boiled kidney beans (the curry's onion, tomato and oil are not in SR24 as one entry)",
            ),
            Item(
                "01116",
                245.0,
                "01116 Yogurt, plain, whole milk, 8 grams protein per 8 ounce: 1 cup (8 fl oz) = 245 g; curd (Indian English) = plain whole-milk yogurt",
            ),
        ),
    ),
    Phrase(
        text="Supper was a peameal bacon sandwich, 4 slices on a kaiser roll, and a glass of homo milk",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "10131",
                94.0,
                "10131 Pork, cured, canadian-style bacon, grilled: 2 x 2 slices (6 per 6-oz pkg.) (47 g) = 94 g; peameal bacon = Canadian back bacon; closest SR24 entry: Canadian-style bacon, grilled; 4 slices = 2 x the 2-slice measure",
            ),
            Item("18353", 57.0, '18353 Rolls, hard (includes kaiser): 1 roll (3-1/2" dia) = 57 g'),
            Item(
                "01077",
                244.0,
                "01077 Milk, whole, 3.25% milkfat, with added vitamin D: 1 cup = 244 g; homo milk (Canadian) = homogenized whole milk, 3.25%; a glass = 8 fl oz = 1 cup",
            ),
        ),
    ),
    Phrase(
        text="we had tacos tonight, I ate 3 corn tortillas with 6 oz of ground beef, half a cup of shredded lettuce and a quarter cup of cheddar",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "18363",
                72.0,
                "18363 Tortillas, ready-to-bake or -fry, corn: 3 x 1 tortilla (24 g) = 72 g",
            ),
            Item(
                "23575",
                170.1,
                "23575 Beef, ground, 80% lean meat / 20% fat, crumbles, cooked, pan-browned: 6 oz x 28.35 g = 170.1 g; plain 'ground beef' = 80% lean, browned crumbles (the usual supermarket grind), cooked weight",
            ),
            Item(
                "11252",
                36.0,
                "11252 Lettuce, iceberg (includes crisphead types), raw: 0.5 x 1 cup shredded (72 g) = 36 g",
            ),
            Item("01009", 28.3, "01009 Cheese, cheddar: 0.25 x 1 cup, shredded (113 g) = 28.3 g"),
        ),
    ),
    Phrase(
        text="Dinner was a 6 oz ribeye, a cup of mashed potatoes and 6 spears of asparagus",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "13952",
                170.1,
                '13952 Beef, rib eye, small end (ribs 10-12), separable lean and fat, trimmed to 0" fat, all grades, cooked, broiled: 6 oz x 28.35 g = 170.1 g; cooked weight; all grades, broiled (grilled counted as broiled)',
            ),
            Item(
                "11934",
                210.0,
                "11934 Potatoes, mashed, home-prepared, whole milk and butter added: 1 cup = 210 g; plain mashed potatoes = home-prepared with whole milk and butter",
            ),
            Item(
                "11012",
                90.0,
                '11012 Asparagus, cooked, boiled, drained: 1.5 x 4 spears (1/2" base) (60 g) = 90 g; 6 spears = 1.5 x the 4-spear measure; asparagus eaten cooked',
            ),
        ),
    ),
    Phrase(
        text="had a full english this morning: 2 fried eggs, 2 rashers of bacon, half a tin of beans, a grilled tomato and a slice of toast",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "01128",
                92.0,
                "01128 Egg, whole, cooked, fried: 2 x 1 large (46 g) = 92 g; an egg of unsaid size = SR24's cooked 'large'",
            ),
            Item(
                "10862",
                15.8,
                "10862 Pork, cured, bacon, cooked, pan-fried: 2 x 1 slice cooked (7.9 g) = 15.8 g; a rasher = a slice of bacon, pan-fried",
            ),
            Item(
                "16006",
                207.5,
                "16006 Beans, baked, canned, plain or vegetarian: 0.5 x a 415 g tin = 207.5 g; a tin of baked beans = 415 g (UK standard tin)",
            ),
            Item(
                "11529",
                123.0,
                '11529 Tomatoes, red, ripe, raw, year round average: 1 medium whole (2-3/5" dia) = 123 g; a grilled tomato = a medium tomato (SR24 has no grilled tomato; grilling loses water, not energy)',
            ),
            Item(
                "18070",
                22.0,
                "18070 Bread, white, commercially prepared, toasted: 1 slice = 22 g; toast = white toast, the last 'slice' measure of the toasted entry",
            ),
        ),
    ),
    Phrase(
        text="Tea was a couple of lamb chops with a cup of mashed potato and half a cup of peas",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "17024",
                128.0,
                '17024 Lamb, domestic, loin, separable lean and fat, trimmed to 1/4" fat, choice, cooked, broiled: 2 x 1 chop, excluding refuse (yield from 1 raw chop, with refuse, weighing 120 g) (64 g) = 128 g; tea (UK/AU evening meal) = dinner; a lamb chop = a loin chop, broiled; a couple = 2',
            ),
            Item(
                "11934",
                210.0,
                "11934 Potatoes, mashed, home-prepared, whole milk and butter added: 1 cup = 210 g; mashed potato = home-prepared with whole milk and butter",
            ),
            Item(
                "11313",
                80.0,
                "11313 Peas, green, frozen, cooked, boiled, drained, without salt: 0.5 cup = 80 g; peas = frozen green peas, boiled",
            ),
        ),
    ),
    Phrase(
        text="Lunch was a bowl of minestrone and a whole wheat roll",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "06039",
                360.0,
                "06039 Soup, minestrone, canned, chunky, ready-to-serve: 1.5 x 1 cup (240 g) = 360 g; a bowl of soup = 1.5 cups; ready-to-serve minestrone",
            ),
            Item(
                "18348",
                36.0,
                '18348 Rolls, dinner, whole-wheat: 1 medium (2-1/2" dia) = 36 g; a roll of unsaid size = medium',
            ),
        ),
    ),
    Phrase(
        text="double quarter pounder with cheese and a small fries",
        kind="chain",
        sentence=False,
        items=(
            Item(
                "21345",
                280.0,
                "21345 McDONALD'S, DOUBLE QUARTER POUNDER with Cheese: 1 item = 280 g",
            ),
            Item(
                "21238",
                71.0,
                "21238 McDONALD'S, French Fries: 1 small serving = 71 g; fries at McDonald's = McDONALD'S French Fries",
            ),
        ),
    ),
    Phrase(
        text="Grabbed a quarter pounder and a medium chips from Maccas on the way home",
        kind="chain",
        sentence=True,
        items=(
            Item(
                "21234",
                171.0,
                "21234 McDONALD'S, QUARTER POUNDER: 1 item = 171 g; Maccas (Australian) = McDonald's; a quarter pounder without cheese said = the plain QUARTER POUNDER",
            ),
            Item(
                "21238",
                117.0,
                "21238 McDONALD'S, French Fries: 1 medium serving = 117 g; chips (Australian/British) = French fries",
            ),
        ),
    ),
    Phrase(
        text="I picked up 2 chicken soft tacos and an order of nachos at taco bell",
        kind="chain",
        sentence=True,
        items=(
            Item(
                "21262",
                196.0,
                "21262 TACO BELL, Soft Taco with chicken, cheese and lettuce: 2 x 1 each taco (98 g) = 196 g",
            ),
            Item("21268", 99.0, "21268 TACO BELL, Nachos: 1 item = 99 g; an order = one item"),
        ),
    ),
    Phrase(
        text="KFC original recipe drumstick and wing plus a biscuit",
        kind="chain",
        sentence=False,
        items=(
            Item(
                "21435",
                75.0,
                "21435 KENTUCKY FRIED CHICKEN, Fried Chicken, ORIGINAL RECIPE, Drumstick, meat and skin with breading: 1 drumstick, with skin = 75 g; a piece as served = 'with skin' (meat, skin and breading)",
            ),
            Item(
                "21437",
                65.0,
                "21437 KENTUCKY FRIED CHICKEN, Fried Chicken, ORIGINAL RECIPE, Wing, meat and skin with breading: 1 wing, with skin = 65 g; a piece as served = 'with skin'",
            ),
            Item(
                "21419",
                52.0,
                "21419 KENTUCKY FRIED CHICKEN, Biscuit, analyzed prior to January 2007: 1 biscuit = 52 g",
            ),
        ),
    ),
    Phrase(
        text="We ordered Pizza Hut and I had 2 slices of a large super supreme, hand tossed",
        kind="chain",
        sentence=True,
        items=(
            Item(
                "21298",
                246.0,
                '21298 PIZZA HUT 14" Super Supreme Pizza, Hand-Tossed Crust: 2 x 1 slice (123 g) = 246 g; a large Pizza Hut pizza = the 14" entry',
            ),
        ),
    ),
    Phrase(
        text="3 slices of papa johns the works",
        kind="chain",
        sentence=False,
        items=(
            Item(
                "21285",
                459.0,
                "21285 PAPA JOHN'S 14\" The Works Pizza, Original Crust: 3 x 1 slice (153 g) = 459 g; SR24's only The Works is the 14\" original crust",
            ),
        ),
    ),
    Phrase(
        text="At Applebee's I had the 9 oz house sirloin with a side of fries",
        kind="chain",
        sentence=True,
        items=(
            Item("36000", 179.0, "36000 APPLEBEE'S, 9 oz house sirloin steak: 1 steak = 179 g"),
            Item(
                "36002",
                190.0,
                "36002 APPLEBEE'S, French fries: 1 serving = 190 g; a side = the restaurant's serving",
            ),
        ),
    ),
    Phrase(
        text="I had a hot fudge sundae from mcdonalds after dinner",
        kind="chain",
        sentence=True,
        items=(
            Item("21336", 179.0, "21336 McDONALD'S, Hot Fudge Sundae: 1 item 6.314 oz = 179 g"),
        ),
    ),
    Phrase(
        text="bacon egg and cheese mcgriddle and a hash brown",
        kind="chain",
        sentence=False,
        items=(
            Item(
                "21327",
                168.0,
                "21327 McDONALD'S, Bacon, Egg & Cheese McGRIDDLES: 1 item 5.9 oz = 168 g; a McGriddle = McDONALD'S McGRIDDLES",
            ),
            Item(
                "21319",
                56.0,
                "21319 McDONALD'S, Hash Browns: 2 oz = 56 g; a McDonald's hash brown = its 2 oz serving",
            ),
        ),
    ),
    Phrase(
        text="My daughter wanted Popeyes so I had a mild chicken breast and a side of coleslaw",
        kind="chain",
        sentence=True,
        items=(
            Item(
                "21456",
                192.0,
                "21456 POPEYES, Fried Chicken, Mild, Breast, meat and skin with breading: 1 breast, with skin = 192 g; a piece as served = 'with skin' (meat, skin and breading)",
            ),
            Item(
                "21416",
                120.0,
                "21416 POPEYES, Coleslaw: 1 package = 120 g; a side of coleslaw = its package",
            ),
        ),
    ),
    Phrase(
        text="grande soy latte",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14210",
                60.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 2 x 1 fluid ounce (30 g) = 60 g; a grande latte = 2 shots of espresso",
            ),
            Item(
                "16139",
                367.2,
                "16139 Soymilk, original and vanilla, with added calcium, vitamins A and D: 12 x 1 fl oz (30.6 g) = 367.2 g; plus 12 fl oz of steamed milk (held_out_3's latte milk: tall 9, grande 12, venti 16 fl oz); soy = original soymilk with added calcium and vitamins (the fortified kind coffee shops pour)",
            ),
        ),
    ),
    Phrase(
        text="flat white with full cream milk and one sugar",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14210",
                60.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 2 x 1 fluid ounce (30 g) = 60 g; a flat white = a double shot (2 fl oz) of espresso",
            ),
            Item(
                "01077",
                122.0,
                "01077 Milk, whole, 3.25% milkfat, with added vitamin D: 4 x 1 fl oz (30.5 g) = 122 g; plus 4 fl oz of steamed milk (a 6 fl oz cup); full cream (Australian) = whole milk",
            ),
            Item("19335", 4.2, "19335 Sugars, granulated: 1 tsp = 4.2 g; one sugar = 1 tsp"),
        ),
    ),
    Phrase(
        text="Had a long black and a slice of banana bread at the cafe",
        kind="coffee",
        sentence=True,
        items=(
            Item(
                "14210",
                60.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 2 x 1 fluid ounce (30 g) = 60 g; a long black = a double shot (2 fl oz) of espresso over hot water (water not counted)",
            ),
            Item(
                "18019",
                60.0,
                "18019 Bread, banana, prepared from recipe, made with margarine: 1 slice = 60 g",
            ),
        ),
    ),
    Phrase(
        text="tall cappuccino with nonfat milk",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14210",
                30.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 1 fluid ounce = 30 g; a tall = 1 shot of espresso",
            ),
            Item(
                "01085",
                183.6,
                "01085 Milk, nonfat, fluid, with added vitamin A and vitamin D (fat free or skim): 6 x 1 fl oz (30.6 g) = 183.6 g; a cappuccino's milk is less than a latte's, the rest being foam: tall 6, grande 8, venti 10 fl oz",
            ),
        ),
    ),
    Phrase(
        text="a cuppa with a splash of semi-skimmed and one sugar",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14355",
                237.0,
                "14355 Tea, black, brewed, prepared with tap water: 1 cup (8 fl oz) = 237 g; a cuppa (British/Australian) = a mug of black tea = 8 fl oz",
            ),
            Item(
                "01079",
                30.5,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 1 x 1 fl oz (30.5 g) = 30.5 g; a splash of milk = 1 fl oz; semi-skimmed (British, 1.7% fat) = 2% milk, the nearest SR24 milk",
            ),
            Item("19335", 4.2, "19335 Sugars, granulated: 1 tsp = 4.2 g; one sugar = 1 tsp"),
        ),
    ),
    Phrase(
        text="I had 1 cup tea with half milk and 2 spoon sugar in the morning",
        kind="coffee",
        sentence=True,
        items=(
            Item(
                "14355",
                118.4,
                "14355 Tea, black, brewed, prepared with tap water: 4 x 1 fl oz (29.6 g) = 118.4 g; a cup = 8 fl oz, 'half milk' = half tea, half milk",
            ),
            Item(
                "01079",
                122.0,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 4 x 1 fl oz (30.5 g) = 122 g; the other half: 4 fl oz of milk, milk not said = 2%",
            ),
            Item(
                "19335",
                8.4,
                "19335 Sugars, granulated: 2 x 1 tsp (4.2 g) = 8.4 g; a spoon of sugar = 1 tsp",
            ),
        ),
    ),
    Phrase(
        text="venti americano with a splash of half and half",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14210",
                120.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 4 x 1 fluid ounce (30 g) = 120 g; an americano = espresso shots topped with hot water: tall 2, grande 3, venti 4 shots (water not counted)",
            ),
            Item(
                "01049",
                30.0,
                "01049 Cream, fluid, half and half: 2 x 1 tbsp (15 g) = 30 g; a splash = 2 tbsp (1 fl oz)",
            ),
        ),
    ),
    Phrase(
        text="I had two cups of coffee this morning with a tablespoon of hazelnut creamer in each",
        kind="coffee",
        sentence=True,
        items=(
            Item(
                "14209",
                474.0,
                "14209 Coffee, brewed from grounds, prepared with tap water: 2 x 1 cup (8 fl oz) (237 g) = 474 g",
            ),
            Item(
                "01205",
                30.0,
                "01205 Cream substitute, flavored, liquid: 2 x 1 tbsp (15 g) = 30 g; hazelnut creamer = flavored liquid cream substitute; 1 tbsp in each of 2 cups",
            ),
        ),
    ),
    Phrase(
        text="12 oz cafe au lait",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14209",
                178.0,
                "14209 Coffee, brewed from grounds, prepared with tap water: 6 fl oz = 178 g; a cafe au lait = half brewed coffee, half steamed milk: 6 + 6 fl oz",
            ),
            Item(
                "01079",
                183.0,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 6 x 1 fl oz (30.5 g) = 183 g; milk not said = 2%",
            ),
        ),
    ),
    Phrase(
        text="Made myself a mug of instant coffee with 2 sugars and a splash of milk",
        kind="coffee",
        sentence=True,
        items=(
            Item(
                "14215",
                238.4,
                "14215 Coffee, instant, regular, prepared with water: 8 x 1 fl oz (29.8 g) = 238.4 g; a mug = 8 fl oz",
            ),
            Item(
                "19335", 8.4, "19335 Sugars, granulated: 2 x 1 tsp (4.2 g) = 8.4 g; a sugar = 1 tsp"
            ),
            Item(
                "01079",
                30.5,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 1 x 1 fl oz (30.5 g) = 30.5 g; a splash of milk = 1 fl oz; milk not said = 2%",
            ),
        ),
    ),
    Phrase(
        text="a pint of lager down the pub",
        kind="drink",
        sentence=False,
        items=(
            Item(
                "14003",
                570.5,
                "14003 Alcoholic beverage, beer, regular, all: 568 ml / 29.57 ml a fl oz = 19.21 fl oz x 1 fl oz (29.7 g) = 570.5 g; a pint in a British voice ('down the pub') = an imperial pint, 568 ml; lager = regular beer",
            ),
        ),
    ),
    Phrase(
        text="Had 3 schooners of beer at the RSL after work",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "14003",
                1280.6,
                "14003 Alcoholic beverage, beer, regular, all: 1275 ml / 29.57 ml a fl oz = 43.12 fl oz x 1 fl oz (29.7 g) = 1280.6 g; a schooner (Australian) = 425 ml; 3 x 425 = 1275 ml",
            ),
        ),
    ),
    Phrase(
        text="I had a large glass of sauvignon blanc at the pub",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "14134",
                247.7,
                "14134 Alcoholic beverage, wine, table, white, Sauvignon Blanc: 250 ml / 29.57 ml a fl oz = 8.45 fl oz x 1 fl oz (29.3 g) = 247.7 g; a large glass of wine in a British/Australian bar = 250 ml (small 125, medium 175)",
            ),
        ),
    ),
    Phrase(
        text="2 cans of sprite",
        kind="drink",
        sentence=False,
        items=(
            Item(
                "14145",
                738.0,
                "14145 Carbonated beverage, SPRITE, lemon-lime, without caffeine: 2 x 1 can 12 fl oz (369 g) = 738 g",
            ),
        ),
    ),
    Phrase(
        text="I drank a tallboy of Budweiser at the game",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "14004",
                476.8,
                "14004 Alcoholic beverage, beer, regular, BUDWEISER: 16 x 1 fl oz (29.8 g) = 476.8 g; a tallboy = a 16 fl oz can",
            ),
        ),
    ),
    Phrase(
        text="I had a gin and tonic at the bar",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "14049",
                42.0,
                "14049 Alcoholic beverage, distilled, gin, 90 proof: 1 jigger 1.5 fl oz = 42 g; one shot of gin = 1.5 fl oz; SR24's gin entry is 90 proof",
            ),
            Item(
                "14155",
                122.0,
                "14155 Carbonated beverage, tonic water: 4 x 1 fl oz (30.5 g) = 122 g; a mixed drink's mixer, unsaid = 4 fl oz",
            ),
        ),
    ),
    Phrase(
        text="1 glass Horlicks with milk before sleeping",
        kind="drink",
        sentence=False,
        items=(
            Item(
                "14310",
                265.0,
                "14310 Malted drink mix, natural, with added nutrients, powder, prepared with whole milk: 1 cup (8 fl oz) = 265 g; Horlicks = a malted drink mix with added nutrients, made with milk (SR24 gives it with whole milk); a glass = 8 fl oz",
            ),
        ),
    ),
    Phrase(
        text="500ml bottle of orange juice",
        kind="drink",
        sentence=False,
        items=(
            Item(
                "09209",
                525.9,
                "09209 Orange juice, chilled, includes from concentrate: 500 ml / 29.57 ml a fl oz = 16.91 fl oz x 1 fl oz (31.1 g) = 525.9 g; bottled orange juice = chilled, includes from concentrate",
            ),
        ),
    ),
    Phrase(
        text="Finished a 20 oz bottle of Powerade at practice",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "14461",
                610.0,
                "14461 Sports drink, COCA-COLA, POWERADE, lemon-lime flavored, ready-to-drink: 20 x 1 fl oz (30.5 g) = 610 g; SR24's only Powerade (lemon-lime)",
            ),
        ),
    ),
    Phrase(
        text="two glasses of pinot noir with dinner",
        kind="drink",
        sentence=False,
        items=(
            Item(
                "14099",
                294.0,
                "14099 Alcoholic Beverage, wine, table, red, Pinot Noir: 2 x 1 serving 5 fl oz (147 g) = 294 g; a glass of wine = 5 fl oz",
            ),
        ),
    ),
    Phrase(
        text="a packet of maggi noodles",
        kind="label",
        sentence=False,
        items=(
            Item(
                "06583",
                85.0,
                "06583 Soup, ramen noodle, any flavor, dry: 1 package = 85 g; Maggi = instant ramen-style noodles with their seasoning; SR24 gives the dry packet (85 g), the water it is cooked in adds no energy",
            ),
        ),
    ),
    Phrase(
        text="Twix, the regular pack with 2 bars",
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
        text="I ate 3 fun size Milky Ways",
        kind="label",
        sentence=True,
        items=(
            Item(
                "19135",
                51.0,
                "19135 Candies, MARS SNACKFOOD US, MILKY WAY Bar: 3 x 1 bar fun size (17 g) = 51 g",
            ),
        ),
    ),
    Phrase(
        text="a cup of Froot Loops with half a cup of skim milk",
        kind="label",
        sentence=False,
        items=(
            Item(
                "08030",
                29.0,
                "08030 Cereals ready-to-eat, KELLOGG, KELLOGG'S FROOT LOOPS: 1 cup (1 NLEA serving) = 29 g",
            ),
            Item(
                "01085",
                122.5,
                "01085 Milk, nonfat, fluid, with added vitamin A and vitamin D (fat free or skim): 0.5 x 1 cup (245 g) = 122.5 g",
            ),
        ),
    ),
    Phrase(
        text="I had a Rice Krispies Treat in the afternoon",
        kind="label",
        sentence=True,
        items=(
            Item(
                "19438",
                37.0,
                "19438 Snacks, KELLOGG, KELLOGG'S RICE KRISPIES TREATS Squares: 1 bar = 37 g; a Rice Krispies Treat = the Kellogg's square bar",
            ),
        ),
    ),
    Phrase(
        text="2 tbsp of Nutella on a slice of toast",
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
                "18070 Bread, white, commercially prepared, toasted: 1 slice = 22 g; toast = white toast, the last 'slice' measure of the toasted entry",
            ),
        ),
    ),
    Phrase(
        text="My snack was a fat free chocolate Jell-O pudding cup",
        kind="label",
        sentence=True,
        items=(
            Item(
                "19288",
                113.0,
                "19288 Puddings, KRAFT, JELL-O Brand Fat Free Pudding Snacks Chocolate, ready-to-eat: 1 NLEA Serving = 113 g; one pudding cup = the NLEA serving (4 oz cup)",
            ),
        ),
    ),
    Phrase(
        text="Got a 3 Musketeers bar from the vending machine",
        kind="label",
        sentence=True,
        items=(
            Item(
                "19159",
                60.0,
                "19159 Candies, MARS SNACKFOOD US, 3 MUSKETEERS Bar: 1 serving 2.13 oz bar = 60 g",
            ),
        ),
    ),
    Phrase(
        text="Quaker apples and cinnamon instant oatmeal, one packet made with water",
        kind="label",
        sentence=False,
        items=(
            Item(
                "08125",
                149.0,
                "08125 Cereals, QUAKER, Instant Oatmeal, apples and cinnamon, prepared with boiling water: 1 packet, prepared = 149 g",
            ),
        ),
    ),
    Phrase(
        text="I drank a can of Lipton Brisk with my lunch",
        kind="label",
        sentence=True,
        items=(
            Item(
                "14476",
                367.0,
                "14476 Tea, ready-to-drink, LIPTON BRISK iced tea, with lemon flavor: 1 can 12 fl oz = 367 g",
            ),
        ),
    ),
    Phrase(
        text="a large banana and a small apple",
        kind="size",
        sentence=False,
        items=(
            Item("09040", 136.0, '09040 Bananas, raw: 1 large (8" to 8-7/8" long) = 136 g'),
            Item("09003", 149.0, '09003 Apples, raw, with skin: 1 small (2-3/4" dia) = 149 g'),
        ),
    ),
    Phrase(
        text="I got a large soft pretzel at the mall",
        kind="size",
        sentence=True,
        items=(Item("43109", 143.0, "43109 Pretzels, soft: 1 large = 143 g"),),
    ),
    Phrase(
        text="I ate a large corn on the cob at the bbq",
        kind="size",
        sentence=True,
        items=(
            Item(
                "11168",
                118.0,
                '11168 Corn, sweet, yellow, cooked, boiled, drained, without salt: 1 ear large (7-3/4" to 9" long) = 118 g; corn on the cob = sweet corn, boiled; SR24\'s ear is the edible kernels',
            ),
        ),
    ),
    Phrase(
        text="large M&M mcflurry",
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
        text="large fries from burger king",
        kind="size",
        sentence=False,
        items=(Item("21249", 160.0, "21249 BURGER KING, French Fries: 1 large serving = 160 g"),),
    ),
    Phrase(
        text="I snacked on 2 large carrots this afternoon",
        kind="size",
        sentence=True,
        items=(
            Item(
                "11124",
                144.0,
                '11124 Carrots, raw: 2 x 1 large (7-1/4" to 8-/1/2" long) (72 g) = 144 g',
            ),
        ),
    ),
    Phrase(
        text="I ate a king size Butterfinger at the movies",
        kind="size",
        sentence=True,
        items=(
            Item(
                "19069", 108.0, "19069 Candies, NESTLE, BUTTERFINGER Bar: 1 bar king size = 108 g"
            ),
        ),
    ),
    Phrase(
        text="a large whole wheat pita with 2 tbsp hummus",
        kind="size",
        sentence=False,
        items=(
            Item(
                "18042", 64.0, '18042 Bread, pita, whole-wheat: 1 pita, large (6-1/2" dia) = 64 g'
            ),
            Item(
                "16158",
                30.0,
                "16158 Hummus, commercial: 2 x 1 tbsp (15 g) = 30 g; hummus = commercial hummus",
            ),
        ),
    ),
    Phrase(
        text="junior frosty from wendys",
        kind="size",
        sentence=False,
        items=(
            Item("21248", 113.0, "21248 WENDY'S, Frosty Dairy Dessert: 1 junior 6 oz. cup = 113 g"),
        ),
    ),
    Phrase(
        text="Had a medium blueberry muffin with my coffee",
        kind="size",
        sentence=True,
        items=(
            Item(
                "18274",
                113.0,
                "18274 Muffins, blueberry, commercially prepared (Includes mini-muffins): 1 medium = 113 g; a muffin = commercially prepared",
            ),
            Item(
                "14209",
                237.0,
                "14209 Coffee, brewed from grounds, prepared with tap water: 1 cup (8 fl oz) = 237 g; a coffee = a cup of black coffee, 8 fl oz",
            ),
        ),
    ),
    Phrase(
        text="3/4 cup plain whole milk yogurt with a tbsp of honey",
        kind="unit",
        sentence=False,
        items=(
            Item(
                "01116",
                183.8,
                "01116 Yogurt, plain, whole milk, 8 grams protein per 8 ounce: 0.75 x 1 cup (8 fl oz) (245 g) = 183.8 g",
            ),
            Item("19296", 21.0, "19296 Honey: 1 tbsp = 21 g"),
        ),
    ),
    Phrase(
        text="I snacked on a cup of edamame while watching tv",
        kind="unit",
        sentence=True,
        items=(
            Item(
                "11212",
                155.0,
                "11212 Edamame, frozen, prepared: 1 cup = 155 g; edamame eaten cooked: frozen, prepared",
            ),
        ),
    ),
    Phrase(
        text="1 cup of watermelon cubes",
        kind="unit",
        sentence=False,
        items=(Item("09326", 152.0, "09326 Watermelon, raw: 1 cup, diced = 152 g"),),
    ),
    Phrase(
        text="I ate half a cup of trail mix on my hike",
        kind="unit",
        sentence=True,
        items=(
            Item(
                "19059",
                75.0,
                "19059 Snacks, trail mix, regular: 0.5 x 1 cup (150 g) = 75 g; plain trail mix = regular",
            ),
        ),
    ),
    Phrase(
        text="1 tbsp ghee on 1 cup rice",
        kind="unit",
        sentence=False,
        items=(
            Item(
                "01003",
                12.8,
                "01003 Butter oil, anhydrous: 1 tbsp = 12.8 g; ghee = clarified butter = butter oil, anhydrous",
            ),
            Item(
                "20045",
                158.0,
                "20045 Rice, white, long-grain, regular, cooked: 1 cup = 158 g; rice = cooked white long-grain rice",
            ),
        ),
    ),
    Phrase(
        text="1/3 cup of dried cranberries",
        kind="unit",
        sentence=False,
        items=(
            Item(
                "09079",
                40.0,
                "09079 Cranberries, dried, sweetened: 0.33 cup = 40 g; dried cranberries are sold sweetened",
            ),
        ),
    ),
    Phrase(
        text="I had a cup of sliced strawberries with 2 tbsp of whipped cream",
        kind="unit",
        sentence=True,
        items=(
            Item("09316", 166.0, "09316 Strawberries, raw: 1 cup, sliced = 166 g"),
            Item(
                "01054",
                6.0,
                "01054 Cream, whipped, cream topping, pressurized: 2 x 1 tbsp (3 g) = 6 g; whipped cream = pressurized whipped cream topping (the can)",
            ),
        ),
    ),
    Phrase(
        text="half a cup of mashed sweet potato with a pat of butter",
        kind="unit",
        sentence=False,
        items=(
            Item(
                "11510",
                164.0,
                "11510 Sweet potato, cooked, boiled, without skin: 0.5 x 1 cup, mashed (328 g) = 164 g; mashed sweet potato = boiled, without skin",
            ),
            Item(
                "01001",
                5.0,
                '01001 Butter, salted: 1 pat (1" sq, 1/3" high) = 5 g; butter = salted butter',
            ),
        ),
    ),
    Phrase(
        text="Put 2 tbsp of peanut butter and a tbsp of jam on 2 rice cakes",
        kind="unit",
        sentence=True,
        items=(
            Item(
                "16098",
                32.0,
                "16098 Peanut butter, smooth style, with salt: 2 tbsp = 32 g; peanut butter = smooth, salted",
            ),
            Item("19297", 20.0, "19297 Jams and preserves: 1 tbsp = 20 g"),
            Item("19051", 18.0, "19051 Snacks, rice cakes, brown rice, plain: 2 cakes = 18 g"),
        ),
    ),
    Phrase(
        text="I munched on a quarter cup of sunflower seeds",
        kind="unit",
        sentence=True,
        items=(
            Item(
                "12036",
                35.0,
                "12036 Seeds, sunflower seed kernels, dried: 0.25 x 1 cup (140 g) = 35 g; sunflower seeds as eaten by the cup = kernels",
            ),
        ),
    ),
    Phrase(
        text="4 Oreos and a glass of milk",
        kind="count",
        sentence=False,
        items=(
            Item(
                "18166",
                46.0,
                "18166 Cookies, chocolate sandwich, with creme filling, regular: 4 x 1 cookie (11.5 g) = 46 g; Oreo = chocolate sandwich cookie with creme filling, regular",
            ),
            Item(
                "01079",
                244.0,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 1 cup = 244 g; a glass = 8 fl oz = 1 cup; milk not said = 2%",
            ),
        ),
    ),
    Phrase(
        text="8 large black olives",
        kind="count",
        sentence=False,
        items=(
            Item(
                "09193",
                35.2,
                "09193 Olives, ripe, canned (small-extra large): 8 x 1 large (4.4 g) = 35.2 g; black olives = ripe, canned",
            ),
        ),
    ),
    Phrase(
        text="I nibbled 6 ginger snaps after lunch",
        kind="count",
        sentence=True,
        items=(Item("18172", 42.0, "18172 Cookies, gingersnaps: 6 x 1 cookie (7 g) = 42 g"),),
    ),
    Phrase(
        text="I had 3 slices of peameal bacon with breakfast",
        kind="count",
        sentence=True,
        items=(
            Item(
                "10131",
                70.5,
                "10131 Pork, cured, canadian-style bacon, grilled: 1.5 x 2 slices (6 per 6-oz pkg.) (47 g) = 70.5 g; peameal bacon = Canadian back bacon; closest SR24 entry: Canadian-style bacon, grilled; 3 slices = 1.5 x the 2-slice measure",
            ),
        ),
    ),
    Phrase(
        text="12 tater tots",
        kind="count",
        sentence=False,
        items=(
            Item(
                "11399",
                100.8,
                "11399 Potato puffs, frozen, oven-heated: 12 x 1 puff (8.4 g) = 100.8 g; tater tots = frozen potato puffs, oven-heated",
            ),
        ),
    ),
    Phrase(
        text="20 pieces of KFC popcorn chicken",
        kind="count",
        sentence=False,
        items=(
            Item(
                "21422",
                128.0,
                "21422 KENTUCKY FRIED CHICKEN, Popcorn Chicken: 20 x 1 piece (6.4 g) = 128 g",
            ),
        ),
    ),
    Phrase(
        text="I munched through 15 baby carrots at my desk",
        kind="count",
        sentence=True,
        items=(
            Item(
                "11960",
                150.0,
                "11960 Carrots, baby, raw: 15 x 1 medium (10 g) = 150 g; a baby carrot of unsaid size = medium",
            ),
        ),
    ),
    Phrase(
        text="I ate 6 pieces of general tso's chicken off my wife's plate",
        kind="count",
        sentence=True,
        items=(
            Item(
                "36618",
                106.0,
                "36618 Restaurant, Chinese, general tso's chicken: 2 x 3 pieces (53 g) = 106 g",
            ),
        ),
    ),
    Phrase(
        text="5 falafel with a tbsp of tahini",
        kind="count",
        sentence=False,
        items=(
            Item(
                "16138",
                85.0,
                '16138 Falafel, home-prepared: 5 x 1 patty (approx 2-1/4" dia) (17 g) = 85 g; a falafel = one patty/ball',
            ),
            Item(
                "12698",
                15.0,
                "12698 Seeds, sesame butter, tahini, type of kernels unspecified: 1 tbsp = 15 g; tahini, kernels unspecified",
            ),
        ),
    ),
    Phrase(
        text="Ate 3 chocolate chip cookies after dinner",
        kind="count",
        sentence=True,
        items=(
            Item(
                "18159",
                36.6,
                "18159 Cookies, chocolate chip, commercially prepared, regular, higher fat, enriched: 3 x 1 cookie (average weight of 1 cookie, variety of brands) (12.2 g) = 36.6 g; store-bought cookie of unsaid size = SR24's average cookie",
            ),
        ),
    ),
    Phrase(
        text="a quarter of a little caesars pepperoni pizza",
        kind="part",
        sentence=False,
        items=(
            Item(
                "21288",
                213.0,
                '21288 LITTLE CAESARS 14" Original Round Pepperoni Pizza, Regular Crust: 0.25 x 1 pie (852 g) = 213 g; Little Caesars pizza = the 14" original round, regular crust',
            ),
        ),
    ),
    Phrase(
        text="half a pomegranate",
        kind="part",
        sentence=False,
        items=(
            Item(
                "09286",
                141.0,
                '09286 Pomegranates, raw: 0.5 x 1 pomegranate (4" dia) (282 g) = 141 g',
            ),
        ),
    ),
    Phrase(
        text="I had half a bag of microwave popcorn",
        kind="part",
        sentence=True,
        items=(
            Item(
                "25014",
                43.5,
                "25014 Snacks, popcorn, microwave, regular (butter) flavor, made with partially hydrogenated oil: 0.5 x 1 bag (87 g) = 43.5 g; microwave popcorn = regular (butter) flavor",
            ),
        ),
    ),
    Phrase(
        text="half a large papaya with lime",
        kind="part",
        sentence=False,
        items=(
            Item(
                "09226",
                390.5,
                "09226 Papayas, raw: 0.5 x 1 fruit, large (781 g) = 390.5 g; a squeeze of lime not counted",
            ),
        ),
    ),
    Phrase(
        text="we split a Domino's pepperoni, I ate a third of it",
        kind="part",
        sentence=True,
        items=(
            Item(
                "21280",
                302.3,
                "21280 DOMINO'S 14\" Pepperoni Pizza, Classic Hand-Tossed Crust: 1/3 x 1 pizza (907 g) = 302.3 g; a Domino's pizza of unsaid size and crust = SR24's 14\" classic hand-tossed",
            ),
        ),
    ),
    Phrase(
        text="half an 8 oz bag of potato chips",
        kind="part",
        sentence=False,
        items=(
            Item(
                "19411",
                113.5,
                "19411 Snacks, potato chips, plain, salted: 0.5 x 1 bag (8 oz) (227 g) = 113.5 g; potato chips = plain, salted",
            ),
        ),
    ),
    Phrase(
        text="half a large blueberry muffin",
        kind="part",
        sentence=False,
        items=(
            Item(
                "18274",
                69.5,
                '18274 Muffins, blueberry, commercially prepared (Includes mini-muffins): 0.5 x 1 large (3-1/4" dia x 2-3/4") (139 g) = 69.5 g',
            ),
        ),
    ),
    Phrase(
        text="My partner and I shared a 12 inch Pizza Hut cheese pan pizza, so half",
        kind="part",
        sentence=True,
        items=(
            Item(
                "21272",
                364.0,
                '21272 PIZZA HUT 12" Cheese Pizza, Pan Crust: 0.5 x 1 pizza (728 g) = 364 g',
            ),
        ),
    ),
    Phrase(
        text="a third of a medium cantaloupe",
        kind="part",
        sentence=False,
        items=(
            Item(
                "09181",
                184.0,
                '09181 Melons, cantaloupe, raw: 1/3 x 1 melon, medium (about 5" dia) (552 g) = 184 g',
            ),
        ),
    ),
    Phrase(
        text="I ate half a cucumber and half a red pepper with hummus, about 3 tbsp",
        kind="part",
        sentence=True,
        items=(
            Item(
                "11205",
                150.5,
                '11205 Cucumber, with peel, raw: 0.5 x 1 cucumber (8-1/4") (301 g) = 150.5 g; cucumber with peel',
            ),
            Item(
                "11821",
                59.5,
                '11821 Peppers, sweet, red, raw: 0.5 x 1 medium (approx 2-3/4" long, 2-1/2 dia.) (119 g) = 59.5 g; red pepper = red sweet pepper, raw',
            ),
            Item("16158", 45.0, "16158 Hummus, commercial: 3 x 1 tbsp (15 g) = 45 g"),
        ),
    ),
    Phrase(
        text="beans on toast, half a tin of beans on 2 slices of wholemeal",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "16006",
                207.5,
                "16006 Beans, baked, canned, plain or vegetarian: 0.5 x a 415 g tin = 207.5 g; a tin of baked beans = 415 g (UK standard tin); UK baked beans are the vegetarian tomato-sauce kind",
            ),
            Item(
                "18076",
                50.0,
                "18076 Bread, whole-wheat, commercially prepared, toasted: 2 x 1 slice (25 g) = 50 g; wholemeal (British) = whole-wheat; beans on toast = toasted",
            ),
        ),
    ),
    Phrase(
        text="jacket potato with half a tin of tuna and a tablespoon of mayo",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "11828",
                173.0,
                '11828 Potatoes, baked, flesh and skin, with salt: 1 potato medium (2-1/4" to 3-1/4" dia) = 173 g; a jacket potato = a baked potato with its skin, size not said = medium',
            ),
            Item(
                "15121",
                82.5,
                "15121 Fish, tuna, light, canned in water, drained solids: 0.5 x 1 can (165 g) = 82.5 g; tuna = light tuna canned in water, drained; half of SR24's can",
            ),
            Item(
                "04025",
                13.8,
                "04025 Salad dressing, mayonnaise, soybean oil, with salt: 1 tbsp = 13.8 g; mayo = regular mayonnaise",
            ),
        ),
    ),
    Phrase(
        text="I made a bacon butty with 3 rashers of streaky bacon on 2 slices of white bread",
        kind="dish",
        sentence=True,
        items=(
            Item(
                "10862",
                23.7,
                "10862 Pork, cured, bacon, cooked, pan-fried: 3 x 1 slice cooked (7.9 g) = 23.7 g; streaky bacon (British) = American-style bacon; a rasher = a slice, pan-fried",
            ),
            Item(
                "18069",
                56.0,
                "18069 Bread, white, commercially prepared (includes soft bread crumbs): 2 x 1 slice (28 g) = 56 g; the first 'slice' measure (28 g) of white bread, untoasted",
            ),
        ),
    ),
    Phrase(
        text="sausage sizzle: a beef snag in a slice of white bread with a tbsp of tomato sauce",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "07956",
                43.0,
                "07956 Beef sausage, fresh, cooked: 1 serving = 43 g; a snag (Australian) = a sausage; one beef sausage = SR24's serving (43 g)",
            ),
            Item(
                "18069",
                28.0,
                "18069 Bread, white, commercially prepared (includes soft bread crumbs): 1 slice = 28 g; the first 'slice' measure (28 g) of white bread",
            ),
            Item("11935", 15.0, "11935 Catsup: 1 tbsp = 15 g; tomato sauce (Australian) = ketchup"),
        ),
    ),
    Phrase(
        text="We got Chinese takeaway and I had an order of beef and veg with a cup of fried rice",
        kind="dish",
        sentence=True,
        items=(
            Item(
                "36603",
                574.0,
                "36603 Restaurant, Chinese, beef and vegetables: 1 order = 574 g; beef and veg = Restaurant, Chinese, beef and vegetables",
            ),
            Item("36602", 140.0, "36602 Restaurant, Chinese, fried rice: 1 cup = 140 g"),
        ),
    ),
    Phrase(
        text="ham and cheese toastie, 2 slices of ham and a slice of cheddar",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "18069",
                56.0,
                "18069 Bread, white, commercially prepared (includes soft bread crumbs): 2 x 1 slice (28 g) = 56 g; a toastie = a toasted sandwich of 2 slices of white bread (the first 'slice' measure, 28 g; toasting loses water, not energy)",
            ),
            Item(
                "07029",
                56.0,
                "07029 Ham, sliced, regular (approximately 11% fat): 2 x 1 slice (28 g) = 56 g; sliced ham = regular, about 11% fat",
            ),
            Item("01009", 28.0, "01009 Cheese, cheddar: 1 slice (1 oz) = 28 g"),
        ),
    ),
    Phrase(
        text="I had a cup of homemade potato salad at the bbq",
        kind="dish",
        sentence=True,
        items=(Item("11414", 250.0, "11414 Potato salad, home-prepared: 1 cup = 250 g"),),
    ),
    Phrase(
        text="1 cup dal with 1 cup rice",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "16070",
                198.0,
                "16070 Lentils, mature seeds, cooked, boiled, without salt: 1 cup = 198 g; dal = cooked lentils; closest SR24 entry: boiled lentils (the tempering's oil and spices are not in SR24 as one entry)",
            ),
            Item(
                "20045",
                158.0,
                "20045 Rice, white, long-grain, regular, cooked: 1 cup = 158 g; rice = cooked white long-grain rice",
            ),
        ),
    ),
    Phrase(
        text="I heated up a cup of canned chili with beans and had it over a cup of rice",
        kind="dish",
        sentence=True,
        items=(
            Item("22904", 242.0, "22904 Chili con carne with beans, canned entree: 1 cup = 242 g"),
            Item(
                "20045",
                158.0,
                "20045 Rice, white, long-grain, regular, cooked: 1 cup = 158 g; rice = cooked white long-grain rice",
            ),
        ),
    ),
    Phrase(
        text="peanut butter banana smoothie: a cup of milk, a banana and 2 tbsp peanut butter",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "01079",
                244.0,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 1 cup = 244 g; milk not said = 2%",
            ),
            Item(
                "09040",
                118.0,
                '09040 Bananas, raw: 1 medium (7" to 7-7/8" long) = 118 g; size not said = medium',
            ),
            Item(
                "16098",
                32.0,
                "16098 Peanut butter, smooth style, with salt: 2 tbsp = 32 g; peanut butter = smooth, salted",
            ),
        ),
    ),
    Phrase(
        text="a boiled egg and soldiers",
        kind="eggs",
        sentence=False,
        items=(
            Item(
                "01129",
                50.0,
                "01129 Egg, whole, cooked, hard-boiled: 1 large = 50 g; a boiled egg = SR24's hard-boiled entry (soft-boiled has the same food); an egg of unsaid size = SR24's cooked 'large'",
            ),
            Item(
                "18070",
                22.0,
                "18070 Bread, white, commercially prepared, toasted: 1 slice = 22 g; soldiers (British) = a slice of white toast cut in strips; toast = white toast, the last 'slice' measure of the toasted entry",
            ),
            Item(
                "01001",
                5.0,
                '01001 Butter, salted: 1 pat (1" sq, 1/3" high) = 5 g; soldiers are buttered: 1 pat of butter per slice of toast',
            ),
        ),
    ),
    Phrase(
        text="3 egg omelette with an ounce each of ham and cheddar",
        kind="eggs",
        sentence=False,
        items=(
            Item(
                "01130",
                183.0,
                "01130 Egg, whole, cooked, omelet: 3 x 1 large (61 g) = 183 g; an egg of unsaid size = SR24's cooked 'large'",
            ),
            Item(
                "07029",
                28.4,
                "07029 Ham, sliced, regular (approximately 11% fat): 1 oz x 28.35 g = 28.4 g; ham = sliced ham, regular",
            ),
            Item("01009", 28.4, "01009 Cheese, cheddar: 1 oz x 28.35 g = 28.4 g"),
        ),
    ),
    Phrase(
        text="Made egg bhurji with 2 eggs and had it with 2 slices of bread",
        kind="eggs",
        sentence=True,
        items=(
            Item(
                "01132",
                122.0,
                "01132 Egg, whole, cooked, scrambled: 2 x 1 large (61 g) = 122 g; egg bhurji (Indian) = spiced scrambled eggs; the onion and chili in it not counted; an egg of unsaid size = SR24's cooked 'large'",
            ),
            Item(
                "18069",
                56.0,
                "18069 Bread, white, commercially prepared (includes soft bread crumbs): 2 x 1 slice (28 g) = 56 g; bread not said = white bread, the first 'slice' measure (28 g)",
            ),
        ),
    ),
    Phrase(
        text="2 poached eggs on a slice of sourdough toast",
        kind="eggs",
        sentence=False,
        items=(
            Item(
                "01131",
                100.0,
                "01131 Egg, whole, cooked, poached: 2 x 1 large (50 g) = 100 g; an egg of unsaid size = SR24's cooked 'large'",
            ),
            Item(
                "18030",
                59.0,
                "18030 Bread, french or vienna, toasted (includes sourdough): 1 slice, medium = 59 g; sourdough = the french/vienna entry (it includes sourdough), toasted; a slice of unsaid size = medium",
            ),
        ),
    ),
    Phrase(
        text="I made a fried egg sandwich, 2 eggs on white bread with a tbsp of ketchup",
        kind="eggs",
        sentence=True,
        items=(
            Item(
                "01128",
                92.0,
                "01128 Egg, whole, cooked, fried: 2 x 1 large (46 g) = 92 g; an egg of unsaid size = SR24's cooked 'large'",
            ),
            Item(
                "18069",
                56.0,
                "18069 Bread, white, commercially prepared (includes soft bread crumbs): 2 x 1 slice (28 g) = 56 g; a sandwich = 2 slices, the first 'slice' measure (28 g)",
            ),
            Item("11935", 15.0, "11935 Catsup: 1 tbsp = 15 g"),
        ),
    ),
    Phrase(
        text="bacon and egg roll, 1 egg and 2 rashers",
        kind="eggs",
        sentence=False,
        items=(
            Item(
                "18350",
                42.0,
                "18350 Rolls, hamburger or hotdog, plain: 1 roll = 42 g; a bacon and egg roll (Australian) = a soft white bun-size roll",
            ),
            Item(
                "01128",
                46.0,
                "01128 Egg, whole, cooked, fried: 1 large = 46 g; the egg is fried; unsaid size = SR24's cooked 'large'",
            ),
            Item(
                "10862",
                15.8,
                "10862 Pork, cured, bacon, cooked, pan-fried: 2 x 1 slice cooked (7.9 g) = 15.8 g; a rasher = a slice of bacon, pan-fried",
            ),
        ),
    ),
    Phrase(
        text="2 extra large eggs, scrambled",
        kind="eggs",
        sentence=False,
        items=(
            Item(
                "01132",
                136.6,
                "01132 Egg, whole, cooked, scrambled: 2 x 1 large (61 g) x 56/50 = 136.6 g; a said egg size scales SR24's cooked 'large' by the raw sizes of 01123 (extra large 56 g, large 50 g)",
            ),
        ),
    ),
    Phrase(
        text="eggs over easy x2 with half a cup of hash browns",
        kind="eggs",
        sentence=False,
        items=(
            Item(
                "01128",
                92.0,
                "01128 Egg, whole, cooked, fried: 2 x 1 large (46 g) = 92 g; over easy = fried; an egg of unsaid size = SR24's cooked 'large'",
            ),
            Item(
                "11370",
                78.0,
                "11370 Potatoes, hashed brown, home-prepared: 0.5 x 1 cup (156 g) = 78 g; hash browns made at home = home-prepared",
            ),
        ),
    ),
    Phrase(
        text="Had 2 sunny side up eggs on a toasted English muffin",
        kind="eggs",
        sentence=True,
        items=(
            Item(
                "01128",
                92.0,
                "01128 Egg, whole, cooked, fried: 2 x 1 large (46 g) = 92 g; sunny side up = fried; an egg of unsaid size = SR24's cooked 'large'",
            ),
            Item(
                "18259",
                52.0,
                "18259 English muffins, plain, toasted, enriched, with calcium propionate (includes sourdough): 1 muffin = 52 g",
            ),
        ),
    ),
    Phrase(
        text="I boiled 4 eggs and ate 2 of them with a pinch of salt",
        kind="eggs",
        sentence=True,
        items=(
            Item(
                "01129",
                100.0,
                "01129 Egg, whole, cooked, hard-boiled: 2 x 1 large (50 g) = 100 g; only the 2 eaten count; the salt not counted; an egg of unsaid size = SR24's cooked 'large'",
            ),
        ),
    ),
    Phrase(
        text="chiken nugets from wendys, 10 peice",
        kind="typo",
        sentence=False,
        items=(
            Item("21246", 150.0, "21246 WENDY'S, Chicken Nuggets: 2 x 5 pieces (75 g) = 150 g"),
        ),
    ),
    Phrase(
        text="venti capuccino with 2% milk",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "14210",
                60.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 2 x 1 fluid ounce (30 g) = 60 g; a venti = 2 shots of espresso",
            ),
            Item(
                "01079",
                305.0,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 10 x 1 fl oz (30.5 g) = 305 g; a cappuccino's milk: tall 6, grande 8, venti 10 fl oz",
            ),
        ),
    ),
    Phrase(
        text="had a quater pounder w cheese for lunch",
        kind="typo",
        sentence=True,
        items=(
            Item(
                "21235",
                199.0,
                "21235 McDONALD'S, QUARTER POUNDER with Cheese: 1 item = 199 g; quarter pounder = McDonald's",
            ),
        ),
    ),
    Phrase(
        text="glass of orang juice and a peice of toast",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "09209",
                249.0,
                "09209 Orange juice, chilled, includes from concentrate: 1 cup = 249 g; a glass = 8 fl oz = 1 cup; orange juice = chilled, includes from concentrate",
            ),
            Item(
                "18070",
                22.0,
                "18070 Bread, white, commercially prepared, toasted: 1 slice = 22 g; toast = white toast, the last 'slice' measure of the toasted entry",
            ),
        ),
    ),
    Phrase(
        text="scrambeld eggs x2 and a cup of cofee",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "01132",
                122.0,
                "01132 Egg, whole, cooked, scrambled: 2 x 1 large (61 g) = 122 g; an egg of unsaid size = SR24's cooked 'large'",
            ),
            Item(
                "14209",
                237.0,
                "14209 Coffee, brewed from grounds, prepared with tap water: 1 cup (8 fl oz) = 237 g",
            ),
        ),
    ),
    Phrase(
        text="i had a bagle with creme cheese at work",
        kind="typo",
        sentence=True,
        items=(
            Item(
                "18001",
                105.0,
                '18001 Bagels, plain, enriched, with calcium propionate (includes onion, poppy, sesame): 1 medium bagel (3-1/2" to 4" dia) = 105 g; a bagel of unsaid size = medium, plain',
            ),
            Item(
                "01017",
                29.0,
                "01017 Cheese, cream: 2 x 1 tbsp (14.5 g) = 29 g; 2 tbsp of cream cheese on a bagel",
            ),
        ),
    ),
    Phrase(
        text="made a turky sandwitch on wheat, 2 slices turky and a slice of chedder",
        kind="typo",
        sentence=True,
        items=(
            Item(
                "18064",
                58.0,
                "18064 Bread, wheat: 2 x 1 slice (29 g) = 58 g; a sandwich = 2 slices of wheat bread",
            ),
            Item(
                "07046",
                56.0,
                "07046 Turkey breast, low salt, prepackaged or deli, luncheon meat: 2 x 1 slice (28 g) = 56 g; turkey slices = deli turkey breast",
            ),
            Item("01009", 28.0, "01009 Cheese, cheddar: 1 slice (1 oz) = 28 g"),
        ),
    ),
    Phrase(
        text="I ate a handfull of walnuts",
        kind="typo",
        sentence=True,
        items=(
            Item(
                "12155",
                28.4,
                "12155 Nuts, walnuts, english: 1 oz (14 halves) = 28.35 g; a handful of nuts = 1 oz",
            ),
        ),
    ),
    Phrase(
        text="got potatoe wedges from kfc on the way home",
        kind="typo",
        sentence=True,
        items=(
            Item(
                "21423",
                134.0,
                "21423 KENTUCKY FRIED CHICKEN, Potato Wedges, analyzed prior to January 2007: 1 package = 134 g; an order of wedges = its package",
            ),
        ),
    ),
    Phrase(
        text="ceasar salad with grilled chicken from mcdonalds",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "21370",
                311.0,
                "21370 McDONALD'S, Caesar Salad with Grilled Chicken: 1 item 10.9 oz = 311 g; the salad alone; no dressing said",
            ),
        ),
    ),
    Phrase(
        text="I slurped down a dozen raw oysters at the oyster bar",
        kind="words",
        sentence=True,
        items=(
            Item(
                "15167",
                168.0,
                "15167 Mollusks, oyster, eastern, wild, raw: 2 x 6 medium (84 g) = 168 g; oysters = eastern, wild; a dozen = 2 x the 6-oyster measure",
            ),
        ),
    ),
    Phrase(
        text="I ate a couple of pears from the tree in our yard",
        kind="words",
        sentence=True,
        items=(
            Item(
                "09252",
                356.0,
                "09252 Pears, raw: 2 x 1 medium (178 g) = 356 g; a couple = 2; unsaid size = medium",
            ),
        ),
    ),
    Phrase(
        text="two thirds of a cup of brown rice",
        kind="words",
        sentence=False,
        items=(
            Item(
                "20037",
                130.0,
                "20037 Rice, brown, long-grain, cooked: 2/3 x 1 cup (195 g) = 130 g; rice eaten cooked",
            ),
        ),
    ),
    Phrase(
        text="three and a half ounces of grilled salmon",
        kind="words",
        sentence=False,
        items=(
            Item(
                "15237",
                99.2,
                "15237 Fish, salmon, Atlantic, farmed, cooked, dry heat: 3.5 oz x 28.35 g = 99.2 g; salmon = Atlantic, farmed, cooked, dry heat (grilled)",
            ),
        ),
    ),
    Phrase(
        text="a quarter pound of sliced deli ham",
        kind="words",
        sentence=False,
        items=(
            Item(
                "07029",
                113.4,
                "07029 Ham, sliced, regular (approximately 11% fat): 4 oz x 28.35 g = 113.4 g; a quarter pound = 4 oz; sliced ham = regular, about 11% fat",
            ),
        ),
    ),
    Phrase(
        text="one and a half bananas",
        kind="words",
        sentence=False,
        items=(
            Item(
                "09040",
                177.0,
                '09040 Bananas, raw: 1.5 x 1 medium (7" to 7-7/8" long) (118 g) = 177 g; unsaid size = medium',
            ),
        ),
    ),
    Phrase(
        text="I counted out two dozen almonds for my snack",
        kind="words",
        sentence=True,
        items=(Item("12061", 28.8, "12061 Nuts, almonds: 24 x 1 almond (1.2 g) = 28.8 g"),),
    ),
    Phrase(
        text="three quarters of a mango",
        kind="words",
        sentence=False,
        items=(
            Item(
                "09176", 252.0, "09176 Mangos, raw: 0.75 x 1 fruit without refuse (336 g) = 252 g"
            ),
        ),
    ),
    Phrase(
        text="drank half a litre of chocolate milk after footy",
        kind="words",
        sentence=True,
        items=(
            Item(
                "01103",
                527.6,
                "01103 Milk, chocolate, fluid, commercial, reduced fat, with added vitamin A and vitamin D: 500 ml / 29.57 ml a fl oz = 16.91 fl oz x 1 fl oz (31.2 g) = 527.6 g; chocolate milk, fat not said = reduced fat (2%), as plain milk is 2%",
            ),
        ),
    ),
    Phrase(
        text="I had three quarters of a cup of chocolate ice cream",
        kind="words",
        sentence=True,
        items=(
            Item(
                "19270",
                99.0,
                "19270 Ice creams, chocolate: 1.5 x 0.5 cup (4 fl oz) (66 g) = 99 g; 3/4 cup = 1.5 x the 1/2 cup measure",
            ),
        ),
    ),
    Phrase(
        text="1.5 cups of jasmine rice",
        kind="cooked",
        sentence=False,
        items=(
            Item(
                "20045",
                237.0,
                "20045 Rice, white, long-grain, regular, cooked: 1.5 x 1 cup (158 g) = 237 g; rice eaten cooked; jasmine is a long-grain white rice",
            ),
        ),
    ),
    Phrase(
        text="2 cups of penne",
        kind="cooked",
        sentence=False,
        items=(
            Item(
                "20121",
                280.0,
                "20121 Spaghetti, cooked, enriched, without added salt: 2 x 1 cup (140 g) = 280 g; plain pasta = cooked enriched spaghetti (penne is the same dough)",
            ),
        ),
    ),
    Phrase(
        text="I steamed a cup of frozen peas for dinner",
        kind="cooked",
        sentence=True,
        items=(
            Item(
                "11313",
                160.0,
                "11313 Peas, green, frozen, cooked, boiled, drained, without salt: 2 x 0.5 cup (80 g) = 160 g; steamed counted as boiled, drained",
            ),
        ),
    ),
    Phrase(
        text="I ate 2 cups of egg noodles with dinner",
        kind="cooked",
        sentence=True,
        items=(
            Item(
                "20110",
                320.0,
                "20110 Noodles, egg, cooked, enriched: 2 x 1 cup (160 g) = 320 g; noodles eaten cooked",
            ),
        ),
    ),
    Phrase(
        text="I boiled 2 medium potatoes and had them with a pat of butter",
        kind="cooked",
        sentence=True,
        items=(
            Item(
                "11367",
                334.0,
                '11367 Potatoes, boiled, cooked without skin, flesh, without salt: 2 x 1 medium (2-1/4" to 3-1/4" dia.) (167 g) = 334 g; boiled potatoes, peeled (the entry with sizes)',
            ),
            Item("01001", 5.0, '01001 Butter, salted: 1 pat (1" sq, 1/3" high) = 5 g'),
        ),
    ),
    Phrase(
        text="a frozen chicken patty, baked",
        kind="cooked",
        sentence=False,
        items=(Item("05324", 60.0, "05324 Chicken patty, frozen, cooked: 1 patty = 60 g"),),
    ),
    Phrase(
        text="a cup of frozen corn, microwaved",
        kind="cooked",
        sentence=False,
        items=(
            Item(
                "11179",
                165.0,
                "11179 Corn, sweet, yellow, frozen, kernels cut off cob, boiled, drained, without salt: 1 cup = 165 g; microwaved counted as boiled, drained",
            ),
        ),
    ),
    Phrase(
        text="I poached 5 oz of cod for dinner",
        kind="cooked",
        sentence=True,
        items=(
            Item(
                "15016",
                141.8,
                "15016 Fish, cod, Atlantic, cooked, dry heat: 5 oz x 28.35 g = 141.8 g; SR24 has cooked cod only as dry heat; poaching adds no energy",
            ),
        ),
    ),
    Phrase(
        text="a cup of boiled cabbage",
        kind="cooked",
        sentence=False,
        items=(
            Item(
                "11110",
                150.0,
                "11110 Cabbage, cooked, boiled, drained, without salt: 2 x 0.5 cup, shredded (75 g) = 150 g",
            ),
        ),
    ),
    Phrase(
        text="I browned half a pound of ground beef and ate the lot",
        kind="cooked",
        sentence=True,
        items=(
            Item(
                "23575",
                149.0,
                "23575 Beef, ground, 80% lean meat / 20% fat, crumbles, cooked, pan-browned: 1 portion ( yield from 1/2 lb raw meat ) = 149 g; half a pound is the raw weight; SR24 gives its cooked yield; plain ground beef = 80% lean",
            ),
        ),
    ),
    Phrase(
        text="Drank 250ml of semi skimmed milk before bed",
        kind="units",
        sentence=True,
        items=(
            Item(
                "01079",
                257.9,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 250 ml / 29.57 ml a fl oz = 8.45 fl oz x 1 fl oz (30.5 g) = 257.9 g; semi-skimmed (British, 1.7% fat) = 2% milk, the nearest SR24 milk",
            ),
        ),
    ),
    Phrase(
        text="30g of muesli with 150ml of milk",
        kind="units",
        sentence=False,
        items=(
            Item(
                "42184",
                30.0,
                "42184 Cereals ready-to-eat, MUESLI, dried fruit and nuts: 30 g as typed",
            ),
            Item(
                "01079",
                154.7,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 150 ml / 29.57 ml a fl oz = 5.07 fl oz x 1 fl oz (30.5 g) = 154.7 g; milk not said = 2%",
            ),
        ),
    ),
    Phrase(
        text="I ate 2 oz of beef jerky on the drive",
        kind="units",
        sentence=True,
        items=(
            Item(
                "19002",
                56.7,
                "19002 Snacks, beef jerky, chopped and formed: 2 oz x 28.35 g = 56.7 g",
            ),
        ),
    ),
    Phrase(
        text="120 g cooked basmati rice",
        kind="units",
        sentence=False,
        items=(
            Item(
                "20045",
                120.0,
                "20045 Rice, white, long-grain, regular, cooked: 120 g as typed; basmati is a long-grain white rice",
            ),
        ),
    ),
    Phrase(
        text="a 100g bar of milk chocolate",
        kind="units",
        sentence=False,
        items=(Item("19120", 100.0, "19120 Candies, milk chocolate: 100 g as typed"),),
    ),
    Phrase(
        text="I had 4 oz of rotisserie chicken breast, no skin",
        kind="units",
        sentence=True,
        items=(
            Item(
                "05342",
                113.4,
                "05342 Chicken, broilers or fryers, breast, meat only, cooked, rotisserie, original seasoning: 4 oz x 28.35 g = 113.4 g",
            ),
        ),
    ),
    Phrase(
        text="180g natural yoghurt",
        kind="units",
        sentence=False,
        items=(
            Item(
                "01116",
                180.0,
                "01116 Yogurt, plain, whole milk, 8 grams protein per 8 ounce: 180 g as typed; natural yoghurt (British) = plain whole-milk yogurt",
            ),
        ),
    ),
    Phrase(
        text="drank 350ml of coke",
        kind="units",
        sentence=True,
        items=(
            Item(
                "14400",
                363.4,
                "14400 Carbonated beverage, cola, contains caffeine: 350 ml / 29.57 ml a fl oz = 11.84 fl oz x 1 fl oz (30.7 g) = 363.4 g; coke = cola, with caffeine",
            ),
        ),
    ),
    Phrase(
        text="I ate 150g of grapes",
        kind="units",
        sentence=True,
        items=(
            Item(
                "09132",
                150.0,
                "09132 Grapes, red or green (European type, such as Thompson seedless), raw: 150 g as typed",
            ),
        ),
    ),
    Phrase(
        text="a 40g serve of cheddar with 5 crackers",
        kind="units",
        sentence=False,
        items=(
            Item(
                "01009",
                40.0,
                "01009 Cheese, cheddar: 40 g as typed; a serve (Australian) = a serving",
            ),
            Item(
                "18229",
                16.0,
                "18229 Crackers, standard snack-type, regular: 5 crackers, regular size, round (1 serving) = 16 g; crackers = standard snack-type, round",
            ),
        ),
    ),
)
