# ruff: noqa: E501
"""The eighth held-out set of the /log accuracy phrases: never to be read while tuning.

Written on 2026-12-06 apart from the code (without reading the parser, its aliases, units,
names tables, recipes, ranking, search, the meal service, the bench or any test of the parser,
and without any score of the bench), from the USDA SR24 records alone (read from the SR24 files
by a throwaway script that also summed each phrase's energy), following the conventions of
`tests.meals.phrases` and those `held_out_6` states (each basis says which applied). Read for
this set: `tests.meals.phrases` (its conventions), `table`, the structure test, and `held_out_6`
(its docstring, the format and bases of its entries, and its texts so as not to repeat them).
`held_out_7` was not opened: a script compared its texts, and those of every other set, with
these and printed only the count of equal or nearly equal ones (same words in any order): 0 for
every set. Voices are everyday people of many places (US, UK, Irish, Australian, New Zealand,
Canadian, Indian, South African, Singaporean, Filipino, Nigerian and Caribbean English, and
second-language English): "maccas", "brekkie", "smoko", "a mielie", "the braai", "homo milk",
"supper", "a kopi c kosong", "teh tarik", "sinangag", "egg bhurji", "chapatis", "chana",
"boiled yam", "rice and peas", "bangers and mash", "a toastie", "wholemeal", "semi skimmed",
"a pint at the local", "for tea". About half the phrases are whole sentences; the rest are
notes, lists and single foods, with the typos and shorthand people type. Where SR24 has no
exact food the closest entry is used and the basis says so. Conventions this set adds where
the others leave a case open (a careful reader with SR24 would take the same):

- volumes in ml are turned into grams through the entry's own fl oz weight (29.57 ml per US
  fl oz); an Irish or British pint = the imperial pint, 568 ml (a US pint stays 16 fl oz);
- a latte with an extra shot keeps `held_out_6`'s milk rule (its cup less its shots and 2 fl
  oz of foam), so a grande with 3 shots has 11 fl oz of milk; a nespresso = 1 shot;
- a kopi c = `held_out_6`'s kopi (a 6 fl oz brewed coffee) with 1 fl oz of evaporated milk in
  place of the condensed milk; kosong = no sugar; teh tarik = a 6 fl oz cup of brewed black tea
  with 1 fl oz of sweetened condensed milk, as the kopi; plain "tea" = 8 fl oz of brewed black
  tea with nothing added unless said;
- a double of a spirit = 2 shots = 3 fl oz, 80 proof unless said;
- homo milk (Canada) = whole milk; chocolate milk = the reduced fat (2%) one, as milk is 2%;
- a chapati = a 7-8" flour tortilla (SR24 has none; `held_out_6` did the same for a roti);
  chana = boiled chickpeas; egg bhurji = scrambled eggs; sinangag = SR24's restaurant fried
  rice; Caribbean rice and peas = SR24's Latino rice and red beans; jasmine rice = cooked white
  long-grain rice;
- a banger = one SR24 serving (48 g) of fresh pork sausage, cooked; a UK tin of beans = 415 g;
  vegemite on toast = 1 tsp per slice; a cheese toastie = `held_out_6`'s grilled cheese with
  cheddar (2 slices of white bread, 2 slices of cheddar, 1 pat of butter per slice); a fried
  egg sandwich = 1 fried egg between 2 slices of white bread;
- a packet of top ramen = 2 of SR24's servings, weighed dry; a pita = the large 6-1/2" one;
  a takeaway "order" = SR24's restaurant order;
- SR24's raw entry stands for an egg cooked without fat where it has no cooked one (duck and
  quail eggs, egg whites); steamed vegetables = the boiled entry.

It is never to be read, run or looked at while tuning. It is scored ONCE, at the end of the
round after `held_out_7`'s, with `python bench/eval_food_log.py --set held_out_8`, and that
score is the round's result. Never move a phrase between this set and another one, never edit
a phrase or its items after seeing how the bot does on it, and never tune against it: once it
has been scored, the round after needs a new held-out set.

Scored once, on 2026-12-07 at 5532a8d, at the end of the round that tuned on `development`,
`held_out` and `held_out_2` to `held_out_7` (a food among other words read as the longest run
of them that names it surely; typo mends preferring a food's own word; nut butters by the
tablespoon; counts of cups-only foods by their pieces; an unknown word in a sentence asked
about; ~410 names and ~30 recipes said outside the US): 122 of 165 within max(10%, 15 kcal)
(73.9%), asked 25 (15.2%), refused 0, committed items more than 25% off 25/210 (11.9%);
sentences 78%, notes 70%; weakest kinds: dishes 45%, cooking words 45%, meal sentences 55%,
units 64%. The used sets at the same commit: 95.5, 92.0, 93.8, 93.8, 91.3, 90.0, 87.9, 77.5%.
Now a set to tune on; `held_out_9` is the next round's measure.
"""

from __future__ import annotations

from tests.meals.phrases import Item, Phrase

PHRASES: tuple[Phrase, ...] = (
    Phrase(
        text="got a big mac and medium fries from mcdonalds on the drive home",
        kind="chain",
        sentence=True,
        items=(
            Item(
                "21237",
                219.0,
                "21237 McDONALD'S, BIG MAC: 1 item (219 g); the whole burger, sauce included",
            ),
            Item("21238", 117.0, "21238 McDONALD'S, French Fries: 1 medium serving (117 g)"),
        ),
    ),
    Phrase(
        text="10 piece mcnuggets w bbq sauce",
        kind="chain",
        sentence=False,
        items=(
            Item("21309", 159.0, "21309 McDONALD'S, Chicken McNUGGETS: 10 pieces 5.6 oz (159 g)"),
            Item(
                "21310", 28.0, "21310 McDONALD'S, Barbeque Sauce: 1 package (28 g); one dipping pot"
            ),
        ),
    ),
    Phrase(
        text="I had a sausage mcmuffin with egg and a hash brown before work",
        kind="chain",
        sentence=True,
        items=(
            Item(
                "21359", 165.0, "21359 McDONALD'S, Sausage McMuffin with Egg: 1 item 5.7 oz (165 g)"
            ),
            Item(
                "21319",
                56.0,
                "21319 McDONALD'S, Hash Browns: 2 oz (56 g); one hash brown = SR24's 2 oz serving",
            ),
        ),
    ),
    Phrase(
        text="bk double whopper no cheese, small fries",
        kind="chain",
        sentence=False,
        items=(
            Item(
                "21254",
                374.0,
                "21254 BURGER KING, DOUBLE WHOPPER, no cheese: 1 item (374 g); bk = Burger King",
            ),
            Item("21249", 74.0, "21249 BURGER KING, French Fries: 1 small serving (74 g)"),
        ),
    ),
    Phrase(
        text="Ordered 2 slices of dominos pepperoni, thin crust",
        kind="chain",
        sentence=True,
        items=(
            Item(
                "21492",
                158.0,
                '21492 DOMINO\'S 14" Pepperoni Pizza, Crunchy Thin Crust: 2 x 1 slice (79 g); the 14" pizza SR24 lists per slice',
            ),
        ),
    ),
    Phrase(
        text="wendys classic double with cheese, medium fries",
        kind="chain",
        sentence=False,
        items=(
            Item("21243", 310.0, "21243 WENDY'S, CLASSIC DOUBLE, with cheese: 1 item (310 g)"),
            Item("21247", 142.0, "21247 WENDY'S, French Fries: 1 medium Serving (142 g)"),
        ),
    ),
    Phrase(
        text="taco bell nachos supreme and a chicken soft taco",
        kind="chain",
        sentence=False,
        items=(
            Item("21269", 195.0, "21269 TACO BELL, Nachos Supreme: 1 item (195 g)"),
            Item(
                "21262",
                98.0,
                "21262 TACO BELL, Soft Taco with chicken, cheese and lettuce: 1 each taco (98 g)",
            ),
        ),
    ),
    Phrase(
        text="KFC run at lunch: one extra crispy thigh, one extra crispy drumstick",
        kind="chain",
        sentence=False,
        items=(
            Item(
                "21440",
                152.0,
                "21440 KENTUCKY FRIED CHICKEN, Fried Chicken, EXTRA CRISPY, Thigh, meat and skin with breading: 1 thigh, with skin (152 g); one piece eaten with its skin and breading",
            ),
            Item(
                "21439",
                81.0,
                "21439 KENTUCKY FRIED CHICKEN, Fried Chicken, EXTRA CRISPY, Drumstick, meat and skin with breading: 1 drumstick, with skin (81 g); meat and skin with breading",
            ),
        ),
    ),
    Phrase(
        text="papa johns cheese pizza, 2 slices",
        kind="chain",
        sentence=False,
        items=(
            Item(
                "21283",
                234.0,
                "21283 PAPA JOHN'S 14\" Cheese Pizza, Original Crust: 2 x 1 slice (117 g); original crust when no crust is said",
            ),
        ),
    ),
    Phrase(
        text="brekkie at macca's was hotcakes with the syrup and butter",
        kind="chain",
        sentence=True,
        items=(
            Item(
                "21365",
                221.0,
                "21365 McDONALD'S, Hotcakes (with 2 pats margarine & syrup): 1 item (221 g); maccas = McDonald's; hotcakes as served with their 2 pats and syrup (SR24 analysed the pats as margarine)",
            ),
        ),
    ),
    Phrase(
        text="I had a burger king croissanwich with sausage egg and cheese on the road",
        kind="chain",
        sentence=True,
        items=(
            Item(
                "21383",
                151.0,
                "21383 BURGER KING, CROISSAN'WICH with Sausage, Egg and Cheese: 1 item (151 g)",
            ),
        ),
    ),
    Phrase(
        text="I had a tall skinny latte on the way in",
        kind="coffee",
        sentence=True,
        items=(
            Item(
                "14210",
                30.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 1 fluid ounce (30 g); tall = 1 shot (package convention)",
            ),
            Item(
                "01085",
                275.4,
                "01085 Milk, nonfat, fluid, with added vitamin A and vitamin D (fat free or skim): 9 x 1 fl oz (30.6 g); skinny = nonfat milk; tall latte milk = 9 fl oz (held_out_6's rule: the cup less its shots and 2 fl oz of foam)",
            ),
        ),
    ),
    Phrase(
        text="grande latte with soy milk",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14210",
                60.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 2 x 1 fluid ounce (30 g); grande = 2 shots (package convention)",
            ),
            Item(
                "16139",
                367.2,
                "16139 Soymilk, original and vanilla, with added calcium, vitamins A and D: 12 x 1 fl oz (30.6 g); soy milk = soymilk, original, with added calcium and vitamins A and D; grande latte milk = 12 fl oz (held_out_6's rule)",
            ),
        ),
    ),
    Phrase(
        text="Grabbed a grande latte with an extra shot before my meeting",
        kind="coffee",
        sentence=True,
        items=(
            Item(
                "14210",
                90.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 3 x 1 fluid ounce (30 g); grande = 2 shots, plus the extra one",
            ),
            Item(
                "01079",
                335.5,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 11 x 1 fl oz (30.5 g); milk is 2% unless said; the 16 fl oz cup less 3 shots and 2 fl oz of foam (held_out_6's rule)",
            ),
        ),
    ),
    Phrase(
        text="double espresso w one sugar",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14210",
                60.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 2 x 1 fluid ounce (30 g); a double = 2 shots",
            ),
            Item(
                "19335",
                4.2,
                "19335 Sugars, granulated: 1 tsp (4.2 g); a sugar = 1 tsp (held_out_4's convention, as held_out_6 applied it)",
            ),
        ),
    ),
    Phrase(
        text="flat white, skim",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14210",
                60.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 2 x 1 fluid ounce (30 g); a flat white = a double shot and 4 fl oz of steamed milk (held_out_4's convention)",
            ),
            Item(
                "01085",
                122.4,
                "01085 Milk, nonfat, fluid, with added vitamin A and vitamin D (fat free or skim): 4 x 1 fl oz (30.6 g); skim = nonfat milk",
            ),
        ),
    ),
    Phrase(
        text="Had a nespresso with a splash of milk after lunch",
        kind="coffee",
        sentence=True,
        items=(
            Item(
                "14210",
                30.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 1 fluid ounce (30 g); a nespresso = one shot of espresso",
            ),
            Item(
                "01079",
                30.5,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 1 fl oz (30.5 g); a splash = 1 fl oz; milk is 2% unless said (package convention)",
            ),
        ),
    ),
    Phrase(
        text="Made a pot of coffee and drank 3 mugs, each with a splash of half and half",
        kind="coffee",
        sentence=True,
        items=(
            Item(
                "14209",
                711.0,
                "14209 Coffee, brewed from grounds, prepared with tap water: 3 x 1 cup (8 fl oz) (237 g); a mug of coffee = 8 fl oz (package convention)",
            ),
            Item(
                "01049",
                90.6,
                "01049 Cream, fluid, half and half: 3 x 1 fl oz (30.2 g); a splash = 1 fl oz, one per mug",
            ),
        ),
    ),
    Phrase(
        text="I had a black coffee and a blueberry muffin from Starbucks",
        kind="coffee",
        sentence=True,
        items=(
            Item(
                "14209",
                237.0,
                "14209 Coffee, brewed from grounds, prepared with tap water: 1 cup (8 fl oz) (237 g); a cup of coffee = 8 fl oz (package convention); no size said",
            ),
            Item(
                "18274",
                113.0,
                "18274 Muffins, blueberry, commercially prepared (Includes mini-muffins): 1 medium (113 g); a size not said is medium (package convention)",
            ),
        ),
    ),
    Phrase(
        text="grande mocha with skim",
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
                "01085 Milk, nonfat, fluid, with added vitamin A and vitamin D (fat free or skim): 12 x 1 fl oz (30.6 g); grande latte milk = 12 fl oz; skim = nonfat",
            ),
            Item(
                "14181",
                39.0,
                "14181 Chocolate syrup: 1 serving 2 tbsp (39 g); a mocha = its latte with 2 tbsp of chocolate syrup (held_out_6's convention)",
            ),
        ),
    ),
    Phrase(
        text="had a kopi c kosong at the hawker centre",
        kind="coffee",
        sentence=True,
        items=(
            Item(
                "14209",
                178.0,
                "14209 Coffee, brewed from grounds, prepared with tap water: 6 fl oz (178 g); a kopi = a 6 fl oz cup of brewed coffee (held_out_6's convention)",
            ),
            Item(
                "01096",
                31.5,
                "01096 Milk, canned, evaporated, with added vitamin D and without added vitamin A: 1 fl oz (31.5 g); kopi c = with evaporated milk in place of the kopi's 1 fl oz of condensed milk; kosong = no sugar (this set's convention)",
            ),
        ),
    ),
    Phrase(
        text="Ordered a cappuccino with whole milk and 2 sugars at the station",
        kind="coffee",
        sentence=True,
        items=(
            Item(
                "14210",
                30.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 1 fluid ounce (30 g); a cappuccino = 1 shot and 4 fl oz of milk (held_out_4's convention)",
            ),
            Item(
                "01077",
                122.0,
                "01077 Milk, whole, 3.25% milkfat, with added vitamin D: 4 x 1 fl oz (30.5 g)",
            ),
            Item("19335", 8.4, "19335 Sugars, granulated: 2 x 1 tsp (4.2 g); a sugar = 1 tsp"),
        ),
    ),
    Phrase(
        text="Had a pint of guinness at the local after mass",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "14003",
                570.4,
                "14003 Alcoholic beverage, beer, regular, all: 568 ml = 19.206 x 1 fl oz (29.7 g); an Irish pint = the imperial pint, 568 ml (this set's convention); SR24 has no stout, regular beer is the closest",
            ),
        ),
    ),
    Phrase(
        text="I drank three bud lights watching the game",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "14007",
                1062.0,
                "14007 Alcoholic beverage, beer, light, BUD LIGHT: 3 x 12 fl oz (354 g); a bud light = a 12 fl oz can or bottle",
            ),
        ),
    ),
    Phrase(
        text="glass of OJ",
        kind="drink",
        sentence=False,
        items=(
            Item(
                "09209",
                249.0,
                "09209 Orange juice, chilled, includes from concentrate: 1 cup (249 g); OJ = orange juice, chilled; a glass = 8 fl oz (package convention)",
            ),
        ),
    ),
    Phrase(
        text="teh tarik",
        kind="drink",
        sentence=False,
        items=(
            Item(
                "14355",
                178.0,
                "14355 Tea, black, brewed, prepared with tap water: 6 fl oz (178 g); teh = a 6 fl oz cup of brewed black tea, made like held_out_6's kopi",
            ),
            Item(
                "01095",
                38.2,
                "01095 Milk, canned, condensed, sweetened: 1 fl oz (38.2 g); with 2 tbsp (1 fl oz) of sweetened condensed milk, as the kopi (this set's convention)",
            ),
        ),
    ),
    Phrase(
        text="Finished 2 glasses of merlot at the restaurant",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "14602",
                294.0,
                "14602 Alcoholic Beverage, wine, table, red, Merlot: 2 x 1 serving 5 fl oz (147 g); a glass of wine = 5 fl oz (package convention)",
            ),
        ),
    ),
    Phrase(
        text="I had two G&Ts at the party",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "14037",
                84.0,
                "14037 Alcoholic beverage, distilled, all (gin, rum, vodka, whiskey) 80 proof: 2 x 1 jigger 1.5 fl oz (42 g); G&T = gin and tonic: a 1.5 fl oz shot of 80 proof gin and 4 fl oz of tonic (held_out_4's convention)",
            ),
            Item(
                "14155",
                244.0,
                "14155 Carbonated beverage, tonic water: 8 x 1 fl oz (30.5 g); 2 x 4 fl oz of tonic water",
            ),
        ),
    ),
    Phrase(
        text="a double whisky, neat",
        kind="drink",
        sentence=False,
        items=(
            Item(
                "14037",
                83.4,
                "14037 Alcoholic beverage, distilled, all (gin, rum, vodka, whiskey) 80 proof: 3 x 1 fl oz (27.8 g); a double = 2 shots = 3 fl oz; spirits are 80 proof unless said (as in held_out_4's gin and tonic)",
            ),
        ),
    ),
    Phrase(
        text="pina colada",
        kind="drink",
        sentence=False,
        items=(
            Item(
                "14017",
                141.0,
                "14017 Alcoholic beverage, pina colada, prepared-from-recipe: 1 cocktail (4.5 fl oz) (141 g); one cocktail as SR24 makes it from its recipe",
            ),
        ),
    ),
    Phrase(
        text="bottle of gatorade",
        kind="drink",
        sentence=False,
        items=(
            Item(
                "14460",
                609.0,
                "14460 Sports drink, PEPSICO QUAKER GATORADE, GATORADE, original, fruit-flavored, ready-to-drink: 1 bottle (609 g); SR24's Gatorade bottle (20 fl oz)",
            ),
        ),
    ),
    Phrase(
        text="Had a glass of chocolate milk after my run",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "01103",
                250.0,
                "01103 Milk, chocolate, fluid, commercial, reduced fat, with added vitamin A and vitamin D: 1 cup (250 g); a glass = 8 fl oz; chocolate milk reduced fat (2%), as milk is 2% unless said",
            ),
        ),
    ),
    Phrase(
        text="I drank a glass of homo milk with supper",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "01077",
                244.0,
                "01077 Milk, whole, 3.25% milkfat, with added vitamin D: 1 cup (244 g); homo milk (Canada) = homogenized whole milk, 3.25%; a glass = 8 fl oz",
            ),
        ),
    ),
    Phrase(
        text="I had 3 scrambled eggs on a toasted bagel for breakfast",
        kind="eggs",
        sentence=True,
        items=(
            Item(
                "01132",
                183.0,
                "01132 Egg, whole, cooked, scrambled: 3 x 1 large (61 g); eggs are large unless said",
            ),
            Item(
                "18002",
                99.0,
                '18002 Bagels, plain, toasted, enriched, with calcium propionate (includes onion, poppy, sesame): 1 medium bagel (3-1/2" to 4" dia) (99 g); plain bagel, toasted; medium when no size is said',
            ),
        ),
    ),
    Phrase(
        text="2 eggs over easy",
        kind="eggs",
        sentence=False,
        items=(
            Item(
                "01128",
                92.0,
                "01128 Egg, whole, cooked, fried: 2 x 1 large (46 g); over easy = fried",
            ),
        ),
    ),
    Phrase(
        text="Breakfast was a cheese omelette made with 3 eggs",
        kind="eggs",
        sentence=True,
        items=(
            Item("01130", 183.0, "01130 Egg, whole, cooked, omelet: 3 x 1 large (61 g)"),
            Item(
                "01009",
                28.35,
                "01009 Cheese, cheddar: 1 oz (28.35 g); cheese in an omelette, not measured = 1 oz of cheddar (held_out_4's convention)",
            ),
        ),
    ),
    Phrase(
        text="2 egg bhurji with 2 chapatis",
        kind="eggs",
        sentence=False,
        items=(
            Item(
                "01132",
                122.0,
                "01132 Egg, whole, cooked, scrambled: 2 x 1 large (61 g); egg bhurji = spiced scrambled eggs; 2 eggs",
            ),
            Item(
                "18364",
                98.0,
                '18364 Tortillas, ready-to-bake or -fry, flour, refrigerated: 2 x 1 tortilla (approx 7-8" dia) (49 g); SR24 has no chapati; a 7-8" flour tortilla is the closest flatbread (as held_out_6 did for roti)',
            ),
        ),
    ),
    Phrase(
        text="I boiled a duck egg for breakfast",
        kind="eggs",
        sentence=True,
        items=(
            Item(
                "01138",
                70.0,
                "01138 Egg, duck, whole, fresh, raw: 1 egg (70 g); SR24 has the duck egg raw only; boiling adds nothing",
            ),
        ),
    ),
    Phrase(
        text="6 quail eggs, boiled",
        kind="eggs",
        sentence=False,
        items=(
            Item(
                "01140",
                54.0,
                "01140 Egg, quail, whole, fresh, raw: 6 x 1 egg (9 g); raw entry only; boiling adds nothing",
            ),
        ),
    ),
    Phrase(
        text="Ate a hard boiled egg at my desk",
        kind="eggs",
        sentence=True,
        items=(Item("01129", 50.0, "01129 Egg, whole, cooked, hard-boiled: 1 large (50 g)"),),
    ),
    Phrase(
        text="egg white scramble, 4 whites",
        kind="eggs",
        sentence=False,
        items=(
            Item(
                "01124",
                132.0,
                "01124 Egg, white, raw, fresh: 4 x 1 large (33 g); SR24 has egg white raw only; cooking without fat adds nothing",
            ),
        ),
    ),
    Phrase(
        text="Had eggs on toast, 2 poached on 2 slices of wholemeal",
        kind="eggs",
        sentence=True,
        items=(
            Item("01131", 100.0, "01131 Egg, whole, cooked, poached: 2 x 1 large (50 g)"),
            Item(
                "18076",
                50.0,
                "18076 Bread, whole-wheat, commercially prepared, toasted: 2 x 1 slice (25 g); wholemeal = whole-wheat; toast = the toasted entry",
            ),
        ),
    ),
    Phrase(
        text="a fried egg sandwich on white",
        kind="eggs",
        sentence=False,
        items=(
            Item(
                "01128",
                46.0,
                "01128 Egg, whole, cooked, fried: 1 large (46 g); one fried egg (this set's convention for an egg sandwich without a count)",
            ),
            Item(
                "18069",
                56.0,
                "18069 Bread, white, commercially prepared (includes soft bread crumbs): 2 x 1 slice (28 g); between 2 slices of white bread, no spread said",
            ),
        ),
    ),
    Phrase(
        text="For breakfast, 2 pieces fried egg and one cup sinangag",
        kind="eggs",
        sentence=True,
        items=(
            Item(
                "01128",
                92.0,
                "01128 Egg, whole, cooked, fried: 2 x 1 large (46 g); 2 pieces = 2 eggs",
            ),
            Item(
                "36602",
                140.0,
                "36602 Restaurant, Chinese, fried rice: 1 cup (140 g); sinangag = Filipino garlic fried rice; SR24's restaurant fried rice is the closest",
            ),
        ),
    ),
    Phrase(
        text="kit kat 4 finger",
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
        text="I ate a snickers bar after the gym",
        kind="label",
        sentence=True,
        items=(
            Item(
                "19155",
                57.0,
                "19155 Candies, MARS SNACKFOOD US, SNICKERS Bar: 1 bar (2 oz) (57 g); a regular bar",
            ),
        ),
    ),
    Phrase(
        text="bowl of cheerios w skim milk",
        kind="label",
        sentence=False,
        items=(
            Item(
                "08013",
                28.0,
                "08013 Cereals ready-to-eat, GENERAL MILLS, CHEERIOS: 1 cup (1 NLEA serving) (28 g); a bowl of cereal = its NLEA serving (package convention)",
            ),
            Item(
                "01085",
                122.5,
                "01085 Milk, nonfat, fluid, with added vitamin A and vitamin D (fat free or skim): 0.5 x 1 cup (245 g); with 1/2 cup of milk (package convention); skim = nonfat",
            ),
        ),
    ),
    Phrase(
        text="Had 2 slices of toast with vegemite this morning",
        kind="label",
        sentence=True,
        items=(
            Item(
                "18070",
                44.0,
                "18070 Bread, white, commercially prepared, toasted: 2 x 1 slice (22 g); toast = toasted white (held_out_4's convention)",
            ),
            Item(
                "43406",
                12.0,
                "43406 Yeast extract spread: 2 x 1 tsp (6 g); vegemite = yeast extract spread; 1 tsp per slice (this set's convention)",
            ),
        ),
    ),
    Phrase(
        text="3 oreos",
        kind="label",
        sentence=False,
        items=(
            Item(
                "18166",
                34.5,
                "18166 Cookies, chocolate sandwich, with creme filling, regular: 3 x 1 cookie (11.5 g); oreo = chocolate sandwich cookie with creme filling",
            ),
        ),
    ),
    Phrase(
        text="a packet of top ramen",
        kind="label",
        sentence=False,
        items=(
            Item(
                "06581",
                84.0,
                "06581 Soup, NISSIN, OODLES OF NOODLES TOP RAMEN Ramen Noodle, Oriental flavor, dry form: 2 x 1 serving (42 g); a packet = 2 of SR24's servings (half a block each), weighed dry as SR24 gives it",
            ),
        ),
    ),
    Phrase(
        text="I had a bag of peanut M&Ms on the bus",
        kind="label",
        sentence=True,
        items=(
            Item(
                "19140",
                54.0,
                "19140 Candies, MARS SNACKFOOD US, M&M's Peanut Chocolate Candies: 1 serving 1 singles bag (54 g); a bag = the singles bag",
            ),
        ),
    ),
    Phrase(
        text="2 eggo waffles from the toaster",
        kind="label",
        sentence=False,
        items=(
            Item(
                "18403",
                66.0,
                '18403 Waffles, plain, frozen, ready -to-heat, toasted: 2 x 1 waffle, round (4" dia) (33 g); eggo = frozen plain waffles; from the toaster = the toasted entry',
            ),
        ),
    ),
    Phrase(
        text="nature valley granola bar, the pack of 2",
        kind="label",
        sentence=False,
        items=(
            Item(
                "19015",
                42.0,
                "19015 Snacks, granola bars, hard, plain: 2 x 1 bar (21 g); Nature Valley's crunchy bars = hard plain granola bars; a pack holds 2",
            ),
        ),
    ),
    Phrase(
        text="Had a rice krispies treat in my lunchbox",
        kind="label",
        sentence=True,
        items=(
            Item(
                "19438",
                37.0,
                "19438 Snacks, KELLOGG, KELLOGG'S RICE KRISPIES TREATS Squares: 1 bar (37 g)",
            ),
        ),
    ),
    Phrase(
        text="1oz bag of lays",
        kind="label",
        sentence=False,
        items=(
            Item(
                "19411",
                28.35,
                "19411 Snacks, potato chips, plain, salted: 1 oz (28.35 g); lays = plain salted potato chips",
            ),
        ),
    ),
    Phrase(
        text="This morning I eat boiled yam, one cup, with 2 fried egg and tea",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "11602",
                136.0,
                "11602 Yam, cooked, boiled, drained, or baked, without salt: 1 cup, cubes (136 g); boiled yam, cubes",
            ),
            Item("01128", 92.0, "01128 Egg, whole, cooked, fried: 2 x 1 large (46 g)"),
            Item(
                "14355",
                237.0,
                "14355 Tea, black, brewed, prepared with tap water: 1 cup (8 fl oz) (237 g); tea = a cup of brewed black tea, 8 fl oz; nothing added is said",
            ),
        ),
    ),
    Phrase(
        text="Dinner was 2 chapatis with a cup of chana and a cup of rice",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "18364",
                98.0,
                '18364 Tortillas, ready-to-bake or -fry, flour, refrigerated: 2 x 1 tortilla (approx 7-8" dia) (49 g); SR24 has no chapati; a 7-8" flour tortilla is the closest flatbread',
            ),
            Item(
                "16057",
                164.0,
                "16057 Chickpeas (garbanzo beans, bengal gram), mature seeds, cooked, boiled, without salt: 1 cup (164 g); chana = chickpeas, cooked; SR24 has no chana masala, boiled chickpeas are the closest",
            ),
            Item(
                "20045",
                158.0,
                "20045 Rice, white, long-grain, regular, cooked: 1 cup (158 g); rice = cooked white long-grain rice (package convention)",
            ),
        ),
    ),
    Phrase(
        text="Had beans on toast for tea, a whole tin on 2 slices",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "16006",
                415,
                "16006 Beans, baked, canned, plain or vegetarian: 415 g; a UK tin = 415 g (held_out_4's convention, as held_out_6 applied it)",
            ),
            Item(
                "18070",
                44.0,
                "18070 Bread, white, commercially prepared, toasted: 2 x 1 slice (22 g); toast = toasted white",
            ),
        ),
    ),
    Phrase(
        text="Lunch was a 6 oz grilled chicken breast with a cup of brown rice and a cup of steamed broccoli",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "05064",
                170.1,
                "05064 Chicken, broilers or fryers, breast, meat only, cooked, roasted: 170.1 g; 6 oz as eaten; grilled breast without skin = roasted meat only (dry heat)",
            ),
            Item("20037", 195.0, "20037 Rice, brown, long-grain, cooked: 1 cup (195 g)"),
            Item(
                "11091",
                156.0,
                "11091 Broccoli, cooked, boiled, drained, without salt: 2 x 0.5 cup, chopped (78 g); a cup = 2 x 1/2 cup chopped; steamed = the boiled entry",
            ),
        ),
    ),
    Phrase(
        text="Sunday dinner was rice and peas, a cup, with 2 stewed chicken thighs",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "36406",
                157.0,
                "36406 Restaurant, Latino, Arroz con habichuelas colorados (Rice And Red Beans): 1 cup (157 g); Caribbean rice and peas (rice cooked with red kidney beans) = SR24's rice and red beans, the closest",
            ),
            Item(
                "05095",
                136.0,
                "05095 Chicken, broilers or fryers, thigh, meat and skin, cooked, stewed: 2 x 1 thigh, bone removed (68 g); stewed thighs, meat and skin",
            ),
        ),
    ),
    Phrase(
        text="Dinner was 150g of grilled salmon, a medium baked potato and half a cup of peas",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "15237",
                150,
                "15237 Fish, salmon, Atlantic, farmed, cooked, dry heat: 150 g; weight as eaten (held_out_6's convention); grilled = dry heat; farmed Atlantic salmon",
            ),
            Item(
                "11674",
                173.0,
                "11674 Potato, baked, flesh and skin, without salt: 1 potato medium (173 g); baked potato with its skin",
            ),
            Item(
                "11313",
                80.0,
                "11313 Peas, green, frozen, cooked, boiled, drained, without salt: 0.5 cup (80 g); green peas, cooked from frozen",
            ),
        ),
    ),
    Phrase(
        text="For lunch I had a sandwich of 2 slices of wheat bread, 2 oz of turkey and a slice of swiss, plus an apple",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "18075",
                56.0,
                "18075 Bread, whole-wheat, commercially prepared: 2 x 1 slice (28 g); wheat bread = whole-wheat",
            ),
            Item(
                "07081",
                56.7,
                "07081 Turkey breast, sliced, prepackaged: 56.7 g; 2 oz of sliced turkey breast",
            ),
            Item(
                "01040", 28.0, "01040 Cheese, swiss: 1 slice (1 oz) (28 g); a slice of swiss = 1 oz"
            ),
            Item(
                "09003",
                182.0,
                '09003 Apples, raw, with skin: 1 medium (3" dia) (182 g); a size not said is medium',
            ),
        ),
    ),
    Phrase(
        text="Breakfast was a bowl of oatmeal with half a cup of blueberries and a tablespoon of honey",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "08121",
                234.0,
                "08121 Cereals, oats, regular and quick, unenriched, cooked with water (includes boiling and microwaving), without salt: 1 cup (234 g); a bowl of oatmeal = 1 cup cooked (package convention)",
            ),
            Item("09050", 74.0, "09050 Blueberries, raw: 0.5 x 1 cup (148 g)"),
            Item("19296", 21.0, "19296 Honey: 1 tbsp (21 g)"),
        ),
    ),
    Phrase(
        text="For tea I had 2 pork bangers over a cup of mashed potato, peas on the side",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "07064",
                96.0,
                "07064 Pork sausage, fresh, cooked: 2 x 1 serving (48 g); a banger = one SR24 serving (48 g) of fresh pork sausage, cooked (this set's convention)",
            ),
            Item(
                "11934",
                210.0,
                "11934 Potatoes, mashed, home-prepared, whole milk and butter added: 1 cup (210 g); mashed potato = home-prepared with milk and butter",
            ),
            Item(
                "11313",
                80.0,
                "11313 Peas, green, frozen, cooked, boiled, drained, without salt: 0.5 cup (80 g); a vegetable side not measured = 1/2 cup cooked (held_out_6's convention)",
            ),
        ),
    ),
    Phrase(
        text="For lunch I ate 2 cups of rice and one fried pork chop",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "20045",
                316.0,
                "20045 Rice, white, long-grain, regular, cooked: 2 x 1 cup (158 g); rice = cooked white long-grain rice",
            ),
            Item(
                "10179",
                172.0,
                "10179 Pork, fresh, loin, center loin (chops), bone-in, separable lean and fat, cooked, pan-fried: 1 chop (172 g); pan-fried pork loin chop, lean and fat",
            ),
        ),
    ),
    Phrase(
        text="Had a BLT and a cup of tomato soup for lunch",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "18070",
                44.0,
                "18070 Bread, white, commercially prepared, toasted: 2 x 1 slice (22 g); a BLT = 2 slices toast, 3 slices bacon, a lettuce leaf, 2 tomato slices and 1 tbsp mayonnaise (package convention)",
            ),
            Item(
                "10124",
                24.0,
                "10124 Pork, cured, bacon, cooked, broiled, pan-fried or roasted: 3 x 1 slice cooked (8 g)",
            ),
            Item(
                "11252",
                8.0,
                "11252 Lettuce, iceberg (includes crisphead types), raw: 1 leaf, medium (8 g)",
            ),
            Item(
                "11529",
                40.0,
                '11529 Tomatoes, red, ripe, raw, year round average: 2 x 1 slice, medium (1/4" thick) (20 g)',
            ),
            Item(
                "04025",
                13.8,
                "04025 Salad dressing, mayonnaise, soybean oil, with salt: 1 tbsp (13.8 g)",
            ),
            Item(
                "06559",
                248.0,
                "06559 Soup, tomato, canned, prepared with equal volume water, commercial: 1 serving 1 cup (248 g); canned tomato soup made up with water",
            ),
        ),
    ),
    Phrase(
        text="half an avocado",
        kind="part",
        sentence=False,
        items=(
            Item(
                "09037",
                100.5,
                "09037 Avocados, raw, all commercial varieties: 0.5 x 1 avocado, NS as to Florida or California (201 g)",
            ),
        ),
    ),
    Phrase(
        text="Finished half a bag of microwave popcorn",
        kind="part",
        sentence=True,
        items=(
            Item(
                "25014",
                43.5,
                "25014 Snacks, popcorn, microwave, regular (butter) flavor, made with partially hydrogenated oil: 0.5 x 1 bag (87 g); regular (butter) microwave popcorn, popped",
            ),
        ),
    ),
    Phrase(
        text="half a can of tuna in water",
        kind="part",
        sentence=False,
        items=(
            Item(
                "15121",
                82.5,
                "15121 Fish, tuna, light, canned in water, drained solids: 0.5 x 1 can (165 g); drained light tuna; the standard 5 oz can",
            ),
        ),
    ),
    Phrase(
        text="ate only half of a large jacket spud with 1 tbsp sour cream",
        kind="part",
        sentence=True,
        items=(
            Item(
                "11674",
                149.5,
                "11674 Potato, baked, flesh and skin, without salt: 0.5 x 1 potato large (299 g); jacket spud = baked potato with its skin",
            ),
            Item("01056", 12.0, "01056 Cream, sour, cultured: 1 tbsp (12 g); cultured sour cream"),
        ),
    ),
    Phrase(
        text="I ate half a pomegranate",
        kind="part",
        sentence=True,
        items=(
            Item("09286", 141.0, '09286 Pomegranates, raw: 0.5 x 1 pomegranate (4" dia) (282 g)'),
        ),
    ),
    Phrase(
        text="Shared a bottle of white wine with my sister",
        kind="part",
        sentence=True,
        items=(
            Item(
                "14106",
                372.8,
                "14106 Alcoholic beverage, wine, table, white: 375 ml = 12.68 x 1 fl oz (29.4 g); a bottle = 750 ml shared evenly when split (held_out_6's convention): half",
            ),
        ),
    ),
    Phrase(
        text="half a rotisserie chicken",
        kind="part",
        sentence=False,
        items=(
            Item(
                "05009",
                299.0,
                "05009 Chicken, broilers or fryers, meat and skin, cooked, roasted: 0.5 chicken, bone removed (299 g); rotisserie chicken = roasted meat and skin; SR24's half chicken, bone removed",
            ),
        ),
    ),
    Phrase(
        text="just half of a plain bagel and one tablespoon of cream cheese",
        kind="part",
        sentence=False,
        items=(
            Item(
                "18001",
                52.5,
                '18001 Bagels, plain, enriched, with calcium propionate (includes onion, poppy, sesame): 0.5 x 1 medium bagel (3-1/2" to 4" dia) (105 g); plain, medium when no size is said',
            ),
            Item("01017", 14.5, "01017 Cheese, cream: 1 tbsp (14.5 g)"),
        ),
    ),
    Phrase(
        text="a third of a large pizza hut pepperoni pan",
        kind="part",
        sentence=False,
        items=(
            Item(
                "21297",
                303.0,
                '21297 PIZZA HUT 14" Pepperoni Pizza, Pan Crust: 0.333 x 1 pizza (909 g); large = the 14" pizza',
            ),
        ),
    ),
    Phrase(
        text="Split a 2 litre bottle of coke four ways with the lads",
        kind="part",
        sentence=True,
        items=(
            Item(
                "14400",
                519.0,
                "14400 Carbonated beverage, cola, contains caffeine: 500 ml = 16.907 x 1 fl oz (30.7 g); a quarter of 2 litres; coke = cola with caffeine",
            ),
        ),
    ),
    Phrase(
        text="half a king size snickers",
        kind="part",
        sentence=False,
        items=(
            Item(
                "19155",
                56.5,
                "19155 Candies, MARS SNACKFOOD US, SNICKERS Bar: 0.5 x 1 bar, king size (4 oz) (113 g)",
            ),
        ),
    ),
    Phrase(
        text="I had a large banana and a small apple on the train",
        kind="size",
        sentence=True,
        items=(
            Item("09040", 136.0, '09040 Bananas, raw: 1 large (8" to 8-7/8" long) (136 g)'),
            Item("09003", 149.0, '09003 Apples, raw, with skin: 1 small (2-3/4" dia) (149 g)'),
        ),
    ),
    Phrase(
        text="medium baked sweet potato",
        kind="size",
        sentence=False,
        items=(
            Item(
                "11508",
                114.0,
                '11508 Sweet potato, cooked, baked in skin, without salt: 1 medium (2" dia, 5" long, raw) (114 g); baked in its skin',
            ),
        ),
    ),
    Phrase(
        text="mini bagel + 1 tbsp cream cheese",
        kind="size",
        sentence=False,
        items=(
            Item(
                "18001",
                26.0,
                '18001 Bagels, plain, enriched, with calcium propionate (includes onion, poppy, sesame): 1 mini bagel (2-1/2" dia) (26 g)',
            ),
            Item("01017", 14.5, "01017 Cheese, cream: 1 tbsp (14.5 g)"),
        ),
    ),
    Phrase(
        text="a large orange",
        kind="size",
        sentence=False,
        items=(
            Item(
                "09200",
                184.0,
                '09200 Oranges, raw, all commercial varieties: 1 large (3-1/16" dia) (184 g)',
            ),
        ),
    ),
    Phrase(
        text="small carrot and a large celery stalk",
        kind="size",
        sentence=False,
        items=(
            Item("11124", 50.0, '11124 Carrots, raw: 1 small (5-1/2" long) (50 g)'),
            Item("11143", 64.0, '11143 Celery, raw: 1 stalk, large (11"-12" long) (64 g)'),
        ),
    ),
    Phrase(
        text="Bought a large blueberry muffin at the bakery",
        kind="size",
        sentence=True,
        items=(
            Item(
                "18274",
                139.0,
                '18274 Muffins, blueberry, commercially prepared (Includes mini-muffins): 1 large (3-1/4" dia x 2-3/4") (139 g)',
            ),
        ),
    ),
    Phrase(
        text="I got a small vanilla shake at mcdonalds",
        kind="size",
        sentence=True,
        items=(
            Item(
                "21330",
                354.0,
                "21330 McDONALD'S, Vanilla TRIPLE THICK Shake: 16 fl oz cup small (354 g)",
            ),
        ),
    ),
    Phrase(
        text="Had a large mielie with a pat of butter at the braai",
        kind="size",
        sentence=True,
        items=(
            Item(
                "11168",
                118.0,
                '11168 Corn, sweet, yellow, cooked, boiled, drained, without salt: 1 ear large (7-3/4" to 9" long) (118 g); mielie (South Africa) = corn on the cob, cooked',
            ),
            Item("01001", 5.0, '01001 Butter, salted: 1 pat (1" sq, 1/3" high) (5 g)'),
        ),
    ),
    Phrase(
        text="kids fries from wendys",
        kind="size",
        sentence=False,
        items=(
            Item(
                "21247",
                71.0,
                "21247 WENDY'S, French Fries: 1 kid's meal Serving (71 g); kids size = the kid's meal serving",
            ),
        ),
    ),
    Phrase(
        text="I ate a king size milky way on the way home",
        kind="size",
        sentence=True,
        items=(
            Item(
                "19135",
                103.0,
                "19135 Candies, MARS SNACKFOOD US, MILKY WAY Bar: 1 bar king size (103 g)",
            ),
        ),
    ),
    Phrase(
        text="mcflurry with m&ms, large",
        kind="size",
        sentence=False,
        items=(
            Item(
                "21338",
                504.0,
                "21338 McDONALD'S, McFLURRY with M&M'S CANDIES: 16 fl oz cup large (504 g)",
            ),
        ),
    ),
    Phrase(
        text="bluberry mufin",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "18274",
                113.0,
                "18274 Muffins, blueberry, commercially prepared (Includes mini-muffins): 1 medium (113 g); blueberry muffin, commercial; a size not said is medium",
            ),
        ),
    ),
    Phrase(
        text="smashed half an avacado onto sourdogh toast",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "09037",
                100.5,
                "09037 Avocados, raw, all commercial varieties: 0.5 x 1 avocado, NS as to Florida or California (201 g); half an avocado, as said",
            ),
            Item(
                "18030",
                59.0,
                "18030 Bread, french or vienna, toasted (includes sourdough): 1 slice, medium (59 g); sourdough toast = one medium slice when no count or size is said",
            ),
        ),
    ),
    Phrase(
        text="chesseburger from mcdonalds",
        kind="typo",
        sentence=False,
        items=(Item("21233", 119.0, "21233 McDONALD'S, Cheeseburger: 1 item (119 g)"),),
    ),
    Phrase(
        text="steamed brocolli, about a cup",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "11091",
                156.0,
                "11091 Broccoli, cooked, boiled, drained, without salt: 2 x 0.5 cup, chopped (78 g); a cup = 2 x 1/2 cup chopped; steamed = the boiled entry",
            ),
        ),
    ),
    Phrase(
        text="1 cup of fresh pinapple chunks",
        kind="typo",
        sentence=False,
        items=(Item("09266", 165.0, "09266 Pineapple, raw, all varieties: 1 cup, chunks (165 g)"),),
    ),
    Phrase(
        text="I had a bowl of oatmeel with half a cup of rasberrys",
        kind="typo",
        sentence=True,
        items=(
            Item(
                "08121",
                234.0,
                "08121 Cereals, oats, regular and quick, unenriched, cooked with water (includes boiling and microwaving), without salt: 1 cup (234 g); a bowl of oatmeal = 1 cup cooked",
            ),
            Item("09302", 61.5, "09302 Raspberries, raw: 0.5 x 1 cup (123 g)"),
        ),
    ),
    Phrase(
        text="mcdonalds cinamon roll",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "21322",
                105.0,
                "21322 McDONALD'S, Warm Cinnamon Roll: 3.7 oz (105 g); the plain warm cinnamon roll, not the deluxe",
            ),
        ),
    ),
    Phrase(
        text="potatoe salad 1 cup",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "11414",
                250.0,
                "11414 Potato salad, home-prepared: 1 cup (250 g); home-prepared potato salad",
            ),
        ),
    ),
    Phrase(
        text="I drank a glass of aple juice with lunch",
        kind="typo",
        sentence=True,
        items=(
            Item(
                "09016",
                248.0,
                "09016 Apple juice, canned or bottled, unsweetened, without added ascorbic acid: 1 cup (248 g); a glass = 8 fl oz; unsweetened apple juice",
            ),
        ),
    ),
    Phrase(
        text="Had a peanut buter sandwich on white bread",
        kind="typo",
        sentence=True,
        items=(
            Item(
                "18069",
                56.0,
                "18069 Bread, white, commercially prepared (includes soft bread crumbs): 2 x 1 slice (28 g)",
            ),
            Item(
                "16098",
                32.0,
                "16098 Peanut butter, smooth style, with salt: 2 tbsp (32 g); 2 tbsp of peanut butter in a sandwich (package convention); smooth",
            ),
        ),
    ),
    Phrase(
        text="2 cups spagetti with half a cup of marinara sauce",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "20121",
                280.0,
                "20121 Spaghetti, cooked, enriched, without added salt: 2 x 1 cup (140 g); spaghetti eaten = cooked (package convention)",
            ),
            Item(
                "06931",
                132.0,
                "06931 Sauce, pasta, spaghetti/marinara, ready-to-serve: 1 serving 1/2 cup (132 g); ready-to-serve marinara",
            ),
        ),
    ),
    Phrase(
        text="spread 2 tablespoons of almond butter over one brown rice cake",
        kind="unit",
        sentence=False,
        items=(
            Item(
                "12195",
                32.0,
                "12195 Nuts, almond butter, plain, without salt added: 2 x 1 tbsp (16 g)",
            ),
            Item("19051", 9.0, "19051 Snacks, rice cakes, brown rice, plain: 1 cake (9 g)"),
        ),
    ),
    Phrase(
        text="I put a tablespoon of honey in my tea",
        kind="unit",
        sentence=True,
        items=(
            Item("19296", 21.0, "19296 Honey: 1 tbsp (21 g)"),
            Item(
                "14355",
                237.0,
                "14355 Tea, black, brewed, prepared with tap water: 1 cup (8 fl oz) (237 g); a mug of tea = 8 fl oz (package convention)",
            ),
        ),
    ),
    Phrase(
        text="3 oz deli ham",
        kind="unit",
        sentence=False,
        items=(
            Item(
                "07029",
                85.05,
                "07029 Ham, sliced, regular (approximately 11% fat): 85.05 g; 3 oz; regular sliced ham",
            ),
        ),
    ),
    Phrase(
        text="1/2 cup shelled edamame",
        kind="unit",
        sentence=False,
        items=(
            Item(
                "11212",
                77.5,
                "11212 Edamame, frozen, prepared: 0.5 x 1 cup (155 g); edamame eaten = prepared (cooked)",
            ),
        ),
    ),
    Phrase(
        text="I ate 1.5 cups of dry cheerios as a snack",
        kind="unit",
        sentence=True,
        items=(
            Item(
                "08013",
                42.0,
                "08013 Cereals ready-to-eat, GENERAL MILLS, CHEERIOS: 1.5 x 1 cup (1 NLEA serving) (28 g)",
            ),
        ),
    ),
    Phrase(
        text="1 tsp sugar and 2 tbsp whole milk in my coffee",
        kind="unit",
        sentence=False,
        items=(
            Item("19335", 4.2, "19335 Sugars, granulated: 1 tsp (4.2 g)"),
            Item(
                "01077",
                30.0,
                "01077 Milk, whole, 3.25% milkfat, with added vitamin D: 2 x 1 tbsp (15 g)",
            ),
            Item(
                "14209",
                237.0,
                "14209 Coffee, brewed from grounds, prepared with tap water: 1 cup (8 fl oz) (237 g); a cup of coffee = 8 fl oz",
            ),
        ),
    ),
    Phrase(
        text="Ate a whole pint of vanilla ice cream watching netflix",
        kind="unit",
        sentence=True,
        items=(
            Item(
                "19095",
                264.0,
                "19095 Ice creams, vanilla: 4 x 1 serving 1/2 cup (66 g); a US pint = 16 fl oz = 2 cups (package convention)",
            ),
        ),
    ),
    Phrase(
        text="8 oz sirloin",
        kind="unit",
        sentence=False,
        items=(
            Item(
                "13451",
                226.8,
                "13451 Beef, top sirloin, steak, separable lean and fat, trimmed to 0\" fat, all grades, cooked, broiled: 226.8 g; 8 oz as eaten (held_out_6's convention: a weight of meat is cooked); top sirloin steak, lean and fat, broiled",
            ),
        ),
    ),
    Phrase(
        text="1/3 cup hummus",
        kind="unit",
        sentence=False,
        items=(Item("16158", 82.0, "16158 Hummus, commercial: 0.333 x 1 cup (246 g)"),),
    ),
    Phrase(
        text="Had 3/4 cup of vanilla ice cream for dessert",
        kind="unit",
        sentence=True,
        items=(Item("19095", 99.0, "19095 Ice creams, vanilla: 1.5 x 1 serving 1/2 cup (66 g)"),),
    ),
    Phrase(
        text="2 tsp olive oil + 1 tbsp balsamic",
        kind="unit",
        sentence=False,
        items=(
            Item("04053", 9.0, "04053 Oil, olive, salad or cooking: 2 x 1 tsp (4.5 g)"),
            Item("02069", 16.0, "02069 Vinegar, balsamic: 1 tbsp (16 g)"),
        ),
    ),
    Phrase(
        text="200g plain yoghurt with 30g granola",
        kind="units",
        sentence=False,
        items=(
            Item(
                "01117",
                200,
                "01117 Yogurt, plain, low fat, 12 grams protein per 8 ounce: 200 g; plain yogurt, low fat (the middle of SR24's whole, low fat and skim)",
            ),
            Item("08037", 30, "08037 Cereals ready-to-eat, granola, homemade: 30 g"),
        ),
    ),
    Phrase(
        text="I had 250g of cooked chicken breast in my salad",
        kind="units",
        sentence=True,
        items=(
            Item(
                "05064",
                250,
                "05064 Chicken, broilers or fryers, breast, meat only, cooked, roasted: 250 g; cooked breast meat, roasted",
            ),
        ),
    ),
    Phrase(
        text="coca cola, one 330ml can",
        kind="units",
        sentence=False,
        items=(
            Item(
                "14400",
                342.6,
                "14400 Carbonated beverage, cola, contains caffeine: 330 ml = 11.159 x 1 fl oz (30.7 g); coke = cola with caffeine",
            ),
        ),
    ),
    Phrase(
        text="I had a 500ml bottle of sprite",
        kind="units",
        sentence=True,
        items=(
            Item(
                "14144",
                520.7,
                "14144 Carbonated beverage, lemon-lime soda, contains caffeine: 500 ml = 16.907 x 1 fl oz (30.8 g); sprite = lemon-lime soda",
            ),
        ),
    ),
    Phrase(
        text="Ate about 1kg of watermelon at the beach",
        kind="units",
        sentence=True,
        items=(Item("09326", 1000, "09326 Watermelon, raw: 1000 g"),),
    ),
    Phrase(
        text="80g dry spaghetti, boiled",
        kind="units",
        sentence=False,
        items=(
            Item("20120", 80, "20120 Spaghetti, dry, enriched: 80 g; weighed dry: the dry entry"),
        ),
    ),
    Phrase(
        text="I had 120 g of smoked salmon on a bagel",
        kind="units",
        sentence=True,
        items=(
            Item("15077", 120, "15077 Fish, salmon, chinook, smoked: 120 g"),
            Item(
                "18001",
                105.0,
                '18001 Bagels, plain, enriched, with calcium propionate (includes onion, poppy, sesame): 1 medium bagel (3-1/2" to 4" dia) (105 g); plain, medium when no size is said',
            ),
        ),
    ),
    Phrase(
        text="I snacked on 40g of trail mix on the hike",
        kind="units",
        sentence=True,
        items=(Item("19059", 40, "19059 Snacks, trail mix, regular: 40 g"),),
    ),
    Phrase(
        text="a 250ml glass of carrot juice",
        kind="units",
        sentence=False,
        items=(
            Item("11655", 249.4, "11655 Carrot juice, canned: 250 ml = 8.454 x 1 fl oz (29.5 g)"),
        ),
    ),
    Phrase(
        text="half a kilo of strawberries",
        kind="units",
        sentence=False,
        items=(Item("09316", 500, "09316 Strawberries, raw: 500 g"),),
    ),
    Phrase(
        text="I had 60g of cornflakes with 150ml semi skimmed",
        kind="units",
        sentence=True,
        items=(
            Item(
                "08020",
                60,
                "08020 Cereals ready-to-eat, KELLOGG, KELLOGG'S Corn Flakes: 60 g; cornflakes = Kellogg's corn flakes",
            ),
            Item(
                "01079",
                154.7,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 150 ml = 5.072 x 1 fl oz (30.5 g); semi skimmed = 2% (the closest, held_out_6's convention)",
            ),
        ),
    ),
    Phrase(
        text="two slices of wholemeal toast with butter",
        kind="words",
        sentence=False,
        items=(
            Item(
                "18076",
                50.0,
                "18076 Bread, whole-wheat, commercially prepared, toasted: 2 x 1 slice (25 g); wholemeal = whole-wheat, toasted",
            ),
            Item(
                "01001",
                10.0,
                '01001 Butter, salted: 2 x 1 pat (1" sq, 1/3" high) (5 g); 1 pat of butter per slice of toast (package convention)',
            ),
        ),
    ),
    Phrase(
        text="a couple of tangerines",
        kind="words",
        sentence=False,
        items=(
            Item(
                "09218",
                176.0,
                '09218 Tangerines, (mandarin oranges), raw: 2 x 1 medium (2-1/2" dia) (88 g); a couple = 2; medium',
            ),
        ),
    ),
    Phrase(
        text="Ate three quarters of a cup of blueberries",
        kind="words",
        sentence=True,
        items=(Item("09050", 111.0, "09050 Blueberries, raw: 0.75 x 1 cup (148 g)"),),
    ),
    Phrase(
        text="one and a half cups of cooked brown rice",
        kind="words",
        sentence=False,
        items=(Item("20037", 292.5, "20037 Rice, brown, long-grain, cooked: 1.5 x 1 cup (195 g)"),),
    ),
    Phrase(
        text="a dozen ripe cherries off the tree",
        kind="words",
        sentence=False,
        items=(
            Item(
                "09070",
                98.4,
                "09070 Cherries, sweet, raw: 12 x 1 cherry (8.2 g); sweet cherries, raw",
            ),
        ),
    ),
    Phrase(
        text="I had half a dozen oysters at the bar",
        kind="words",
        sentence=True,
        items=(
            Item(
                "15167",
                84.0,
                "15167 Mollusks, oyster, eastern, wild, raw: 6 medium (84 g); raw eastern oysters, wild",
            ),
        ),
    ),
    Phrase(
        text="two tablespoons of nutella",
        kind="words",
        sentence=False,
        items=(
            Item(
                "19125",
                37.0,
                "19125 Chocolate-flavored hazelnut spread: 1 serving 2 TBSP (37 g); nutella = chocolate-flavored hazelnut spread",
            ),
        ),
    ),
    Phrase(
        text="Drank half a litre of orange juice",
        kind="words",
        sentence=True,
        items=(
            Item(
                "09209",
                525.8,
                "09209 Orange juice, chilled, includes from concentrate: 500 ml = 16.907 x 1 fl oz (31.1 g); orange juice, chilled",
            ),
        ),
    ),
    Phrase(
        text="three ounces of roast turkey",
        kind="words",
        sentence=False,
        items=(
            Item(
                "05168",
                85.05,
                "05168 Turkey, all classes, meat only, cooked, roasted: 85.05 g; roast turkey sliced = roasted meat only",
            ),
        ),
    ),
    Phrase(
        text="a handful of salted peanuts",
        kind="words",
        sentence=False,
        items=(
            Item(
                "16090",
                28.35,
                "16090 Peanuts, all types, dry-roasted, with salt: 1 oz (28.35 g); a handful of nuts = 1 oz (package convention); dry-roasted, salted",
            ),
        ),
    ),
    Phrase(
        text="I ate two thirds of a cup of small curd cottage cheese",
        kind="words",
        sentence=True,
        items=(
            Item(
                "01012",
                150.0,
                "01012 Cheese, cottage, creamed, large or small curd: 0.667 x 1 cup, small curd (not packed) (225 g); creamed cottage cheese",
            ),
        ),
    ),
    Phrase(
        text="5 fried chicken wings",
        kind="count",
        sentence=False,
        items=(
            Item(
                "05102",
                160.0,
                "05102 Chicken, broilers or fryers, wing, meat and skin, cooked, fried, flour: 5 x 1 wing, bone removed (32 g); home-fried wings, flour-coated, meat and skin",
            ),
        ),
    ),
    Phrase(
        text="Had 3 fish fingers and half a cup of peas",
        kind="count",
        sentence=True,
        items=(
            Item(
                "15027",
                84.0,
                '15027 Fish, fish portions and sticks, frozen, preheated: 3 x 1 stick (4" x 1" x 1/2") (28 g); fish fingers = frozen fish sticks, heated',
            ),
            Item(
                "11313",
                80.0,
                "11313 Peas, green, frozen, cooked, boiled, drained, without salt: 0.5 cup (80 g)",
            ),
        ),
    ),
    Phrase(
        text="8 strawberries",
        kind="count",
        sentence=False,
        items=(
            Item(
                "09316",
                96.0,
                '09316 Strawberries, raw: 8 x 1 medium (1-1/4" dia) (12 g); medium when no size is said',
            ),
        ),
    ),
    Phrase(
        text="I had 4 ritz crackers with a slice of cheddar",
        kind="count",
        sentence=True,
        items=(
            Item(
                "18229",
                12.8,
                "18229 Crackers, standard snack-type, regular: 4 x 1 cracker, round (3.2 g); ritz = standard snack crackers",
            ),
            Item("01009", 28.0, "01009 Cheese, cheddar: 1 slice (1 oz) (28 g)"),
        ),
    ),
    Phrase(
        text="20 almonds",
        kind="count",
        sentence=False,
        items=(Item("12061", 24.0, "12061 Nuts, almonds: 20 x 1 almond (1.2 g)"),),
    ),
    Phrase(
        text="3 corn tortillas with a cup of black beans",
        kind="count",
        sentence=False,
        items=(
            Item(
                "18363", 72.0, "18363 Tortillas, ready-to-bake or -fry, corn: 3 x 1 tortilla (24 g)"
            ),
            Item(
                "16015",
                172.0,
                "16015 Beans, black, mature seeds, cooked, boiled, without salt: 1 cup (172 g); cooked black beans",
            ),
        ),
    ),
    Phrase(
        text="scoffed 15 grapes at smoko",
        kind="count",
        sentence=True,
        items=(
            Item(
                "09132",
                73.5,
                "09132 Grapes, red or green (European type, such as Thompson seedless), raw: 1.5 x 10 grapes (49 g); smoko (Australia, NZ) = a work break; red or green grapes",
            ),
        ),
    ),
    Phrase(
        text="6 saltine crackers",
        kind="count",
        sentence=False,
        items=(
            Item(
                "18228",
                18.0,
                "18228 Crackers, saltines (includes oyster, soda, soup): 6 x 1 cracker square (3 g)",
            ),
        ),
    ),
    Phrase(
        text="Ordered egg rolls and ate 2 of them",
        kind="count",
        sentence=True,
        items=(
            Item(
                "36601", 178.0, "36601 Restaurant, Chinese, egg rolls, assorted: 2 x 1 piece (89 g)"
            ),
        ),
    ),
    Phrase(
        text="12 cherry tomatoes",
        kind="count",
        sentence=False,
        items=(
            Item(
                "11529",
                204.0,
                "11529 Tomatoes, red, ripe, raw, year round average: 12 x 1 cherry (17 g)",
            ),
        ),
    ),
    Phrase(
        text="Ate 4 chicken fingers off the kids menu at applebees",
        kind="count",
        sentence=True,
        items=(
            Item(
                "36005",
                140.0,
                "36005 APPLEBEE'S, chicken fingers, from kids' menu: 4 x 1 piece (35 g)",
            ),
        ),
    ),
    Phrase(
        text="2 roast chicken drumsticks",
        kind="cooked",
        sentence=False,
        items=(
            Item(
                "05069",
                210.0,
                "05069 Chicken, broilers or fryers, drumstick, meat and skin, cooked, roasted: 2 x 1 drumstick with skin (yield from 1 lb ready-to-cook chicken) (105 g); roast = roasted, skin on",
            ),
        ),
    ),
    Phrase(
        text="Oven baked a cod fillet tonight",
        kind="cooked",
        sentence=True,
        items=(
            Item(
                "15016",
                180.0,
                "15016 Fish, cod, Atlantic, cooked, dry heat: 1 fillet (180 g); baked = dry heat",
            ),
        ),
    ),
    Phrase(
        text="Had a pan fried pork chop for tea",
        kind="cooked",
        sentence=True,
        items=(
            Item(
                "10179",
                172.0,
                "10179 Pork, fresh, loin, center loin (chops), bone-in, separable lean and fat, cooked, pan-fried: 1 chop (172 g)",
            ),
        ),
    ),
    Phrase(
        text="1 boiled potato",
        kind="cooked",
        sentence=False,
        items=(
            Item(
                "11365",
                136.0,
                '11365 Potatoes, boiled, cooked in skin, flesh, without salt: 1 potato (2-1/2" dia, sphere) (136 g); boiled in skin, flesh; one potato as SR24 sizes it',
            ),
        ),
    ),
    Phrase(
        text="sauteed button mushrooms, a cup",
        kind="cooked",
        sentence=False,
        items=(
            Item(
                "11263",
                108.0,
                "11263 Mushrooms, white, stir-fried: 1 cup sliced (108 g); button mushrooms = white mushrooms; sauteed = the stir-fried entry",
            ),
        ),
    ),
    Phrase(
        text="steamed bok choy, 1 cup",
        kind="cooked",
        sentence=False,
        items=(
            Item(
                "11117",
                170.0,
                "11117 Cabbage, chinese (pak-choi), cooked, boiled, drained, without salt: 1 cup, shredded (170 g); bok choy = pak-choi; steamed = the boiled entry",
            ),
        ),
    ),
    Phrase(
        text="a cup of plain boiled green lentils",
        kind="cooked",
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
        text="I had a roast turkey leg at the fair",
        kind="cooked",
        sentence=True,
        items=(
            Item(
                "05194",
                546.0,
                "05194 Turkey, all classes, leg, meat and skin, cooked, roasted: 1 leg, bone removed (546 g); meat and skin, roasted",
            ),
        ),
    ),
    Phrase(
        text="Ate a cup of dodo",
        kind="cooked",
        sentence=True,
        items=(
            Item(
                "09447",
                169.0,
                "09447 Plantains, yellow, fried, Latino restaurant: 1 cup (169 g); dodo (Nigeria) = fried ripe plantain; ripe = yellow",
            ),
        ),
    ),
    Phrase(
        text="I had a cup of steamed jasmine rice with dinner",
        kind="cooked",
        sentence=True,
        items=(
            Item(
                "20045",
                158.0,
                "20045 Rice, white, long-grain, regular, cooked: 1 cup (158 g); SR24 has no jasmine rice; cooked white long-grain rice is the closest",
            ),
        ),
    ),
    Phrase(
        text="poached salmon fillet",
        kind="cooked",
        sentence=False,
        items=(
            Item(
                "15237",
                178.0,
                "15237 Fish, salmon, Atlantic, farmed, cooked, dry heat: 0.5 fillet (178 g); a salmon fillet = SR24's half fillet (held_out_4's convention); poached = the cooked entry",
            ),
        ),
    ),
    Phrase(
        text="had a bowl of beef chili with beans for supper",
        kind="dish",
        sentence=True,
        items=(
            Item(
                "22904",
                363.0,
                "22904 Chili con carne with beans, canned entree: 1.5 x 1 cup (242 g); a bowl of chili = 1.5 cups (package convention); chili con carne with beans",
            ),
        ),
    ),
    Phrase(
        text="Warmed up a bowl of beef stew on a cold night",
        kind="dish",
        sentence=True,
        items=(
            Item(
                "22905",
                294.0,
                "22905 Beef stew, canned entree: 1.5 x 1 cup (1 serving) (196 g); a bowl of stew = 1.5 cups; SR24's beef stew is the canned one",
            ),
        ),
    ),
    Phrase(
        text="Made french toast with 2 slices of bread for brunch",
        kind="dish",
        sentence=True,
        items=(
            Item(
                "18269",
                130.0,
                "18269 French toast, prepared from recipe, made with low fat (2%) milk: 2 x 1 slice (65 g); French toast from recipe, one slice of bread each; no topping said",
            ),
        ),
    ),
    Phrase(
        text="frozen mac and cheese, the whole tray",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "22970",
                283.0,
                "22970 Macaroni and cheese, frozen entree: 1 container (mean weight over brands) (283 g); the frozen entree, one container",
            ),
        ),
    ),
    Phrase(
        text="Had a bowl of chicken noodle soup when I was sick",
        kind="dish",
        sentence=True,
        items=(
            Item(
                "06419",
                372.0,
                "06419 Soup, chicken noodle, canned, prepared with equal volume water: 1.5 x 1 serving 1 cup (248 g); a bowl of soup = 1.5 cups; canned, made up with water",
            ),
        ),
    ),
    Phrase(
        text="3 falafel in a pita with 2 tbsp hummus",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "16138",
                51.0,
                '16138 Falafel, home-prepared: 3 x 1 patty (approx 2-1/4" dia) (17 g)',
            ),
            Item(
                "18041",
                60.0,
                '18041 Bread, pita, white, enriched: 1 pita, large (6-1/2" dia) (60 g); a pita = the large 6-1/2" one, SR24\'s standard',
            ),
            Item("16158", 30.0, "16158 Hummus, commercial: 2 x 1 tbsp (15 g)"),
        ),
    ),
    Phrase(
        text="kung pao chicken takeout, one order",
        kind="dish",
        sentence=False,
        items=(
            Item("36619", 604.0, "36619 Restaurant, Chinese, kung pao chicken: 1 order (604 g)"),
        ),
    ),
    Phrase(
        text="2 pork tamales from the truck",
        kind="dish",
        sentence=False,
        items=(
            Item("36412", 284.0, "36412 Restaurant, Latino, tamale, pork: 2 x 1 piece (142 g)"),
        ),
    ),
    Phrase(
        text="3 beef empanadas",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "36403",
                267.0,
                "36403 Restaurant, Latino, empanadas, beef, prepared: 3 x 1 piece (89 g)",
            ),
        ),
    ),
    Phrase(
        text="We got sweet and sour chicken from the takeaway and I had 6 pieces",
        kind="dish",
        sentence=True,
        items=(
            Item(
                "36621",
                110.0,
                "36621 Restaurant, Chinese, sweet and sour chicken: 2 x 3 pieces (55 g)",
            ),
        ),
    ),
    Phrase(
        text="Made myself a cheese toastie for lunch",
        kind="dish",
        sentence=True,
        items=(
            Item(
                "18069",
                56.0,
                "18069 Bread, white, commercially prepared (includes soft bread crumbs): 2 x 1 slice (28 g); a toastie = held_out_6's grilled cheese made with cheddar: 2 slices of white bread",
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
)
