# ruff: noqa: E501
"""The seventh held-out set of the /log accuracy phrases: never to be read, run or tuned on.

Written on 2026-12-06 apart from the code, from the USDA SR24 records alone (the archive
/work/shared/data/usda_sr24.jar, searched with a throwaway script; every item's grams are worked
out from the entry's own household measures, and every energy was checked by a script summing
the packaged table's values of the items). Not read: anything under healthbot/ (the parser, its
aliases, units, common_names, recipes, ranking, search, the meal service), tests/food/, any
other test of the parser, bench/ (beyond a grep for SET_NAMES, to see how a set is registered),
`held_out_6` (not opened at all; a script printed only how many texts it shares with this set,
and short texts were reworded until that count was 0) and any score; the scorer was never run.
Other sets' texts were compared by script only to print this set's own texts that repeated
one (5 did, and were reworded). Read: the conventions in `tests.meals.phrases`,
`tests.meals.phrases.table`, the structure test tests/meals/test_phrase_set.py, `held_out_5`'s
docstring (its conventions, and its score, which shaped no phrase here), its first 5 phrases
(for the format), its `text=` lines (skimmed so as not to repeat them) and its `kind` labels
(every set holds the same kinds).

160 phrases, 67 of them whole sentences, in US, British, Irish, Australian, NZ, Canadian,
Indian, South African, Singaporean, Filipino, Nigerian, Caribbean and second-language English,
following the conventions of `tests.meals.phrases` and those `held_out_5` added (each basis
says which applied). Where SR24 has no exact food the closest entry is used and the basis says
so. Conventions this set adds where the others leave a case open:

- coffee: a latte's milk = the cup less its shots and 1 fl oz of foam (tall 10 fl oz); an iced
  latte's milk = half the cup, the rest being ice (grande 8 fl oz); a coffee-shop drink of
  unsaid size = tall; a cream in a coffee order ("double double") = 1 tbsp of light (coffee)
  cream and a sugar = 1 tsp; Tim Hortons large = 20 fl oz; a Singaporean kopi = a 6 fl oz cup
  of coffee with 1 tbsp of sweetened condensed milk; Peak milk (Nigerian) = evaporated milk;
  milk in coffee of unsaid amount = a splash (2 tbsp); cold brew = brewed coffee;
- drinks: a bottle of beer = 12 fl oz; a glass of bubbly = 5 fl oz of white table wine (SR24
  has no sparkling wine); stout = regular beer; tequila = 80-proof distilled spirits; British
  lemonade = lemon-lime soda; chaas = cultured lowfat buttermilk;
- eggs: an omelette = SR24's cooked omelet, 1 large per egg; a deviled egg = half a hard-boiled
  large egg with 1 tsp mayonnaise; eggs benedict = a toasted English muffin with 2 slices of
  Canadian bacon, 2 poached eggs and 4 tbsp hollandaise; balut = a duck egg, quail eggs = raw
  quail eggs (cooking adds no energy); a knob of butter = 1 tbsp;
- a chicken breast = SR24's half breast (one side), skin off; a wing = the wing with its bone
  removed, cooking unsaid = roasted; a piece of chicken in a stewed dish (adobo) = a thigh; a
  sausage (banger, fry-up) = SR24's 48 g serving of cooked fresh pork sausage; a piece of fried
  fish = a breaded fried fillet; sirloin or rump = top sirloin, lean and fat, broiled; a weight
  typed for meat or fish is its cooked weight; salmon unsaid = Atlantic farmed;
- a dish of unsaid amount (rice and peas) = 1 cup; an order of a Chinese-restaurant dish =
  SR24's "order"; a dipping sauce with nuggets = 1 package; avocado toast or smashed avo =
  half an avocado on a slice of toast; a spread on half a bagel = 1 tbsp, and butter on a
  bagel = a pat per half; jam in a sandwich = 1 tbsp; big = large; a cup of raisins unsaid =
  not packed; cottage cheese unsaid = creamed small curd; hummus unsaid = commercial;
- regional words: pikelet = a 4-inch pancake; pap = white grits cooked with water; pandesal =
  a dinner roll; agege bread = white bread; porridge = oatmeal cooked with water; brown bread
  = whole-wheat; Weet-Bix = Weetabix; a mince and cheese pie = beef pot pie; dodo = fried ripe
  plantain; stew peas = kidney beans; rice and peas = Latino rice and red beans; chole =
  boiled chickpeas; masoor dal = boiled lentils; mandarin = tangerine; Macca's, McDo =
  McDonald's.

It is never to be read, run or looked at while tuning. It is scored ONCE, at the end of the
next tuning round, with `python bench/eval_food_log.py --set held_out_7`, and that score is the
round's result. Never move a phrase between this set and another one, never edit a phrase or
its items after seeing how the bot does on it, and never tune against it: once it has been
scored, the round after needs a new held-out set.

Scored once, on 2026-12-06 at 4800dbb, at the end of the round that tuned on `development`,
`held_out` and `held_out_2` to `held_out_6` (sizes of beer glasses, drinks by initials, food
emoji, places said after a food, a title before its parts, shares and leftovers, counts of
foods weighed by another name, spreads per slice, milk on cereal; ~120 names said outside the
US; edits read as corrections): 93 of 160 within max(10%, 15 kcal) (58.1%), asked 52 (32.5%),
refused 0, committed items more than 25% off 21/166 (12.7%); sentences 55%, notes 60%;
weakest kinds: coffee and drinks 36%, dishes 36%, counts 45%, meal sentences 45%. Most misses
were questions, most of those about words around a food the table knows ("cherry tomatoes
straight from the punnet", "for meal prep", "b4 my exam", "My mum gave me two slices of ...")
or names it lacks (balut, pupusas, pandesal, peak milk, trim milk). The used sets at the same
commit: development 107/112, held_out 104/113, held_out_2 134/146, held_out_3 150/161,
held_out_4 136/150, held_out_5 132/150, held_out_6 142/165 (86.1%, 62.4% when it was fresh).
The next round is measured on `held_out_8`.
"""

from __future__ import annotations

from tests.meals.phrases import Item, Phrase

PHRASES: tuple[Phrase, ...] = (
    Phrase(
        text="Got a Big Mac and medium fries at Macca's on my lunch break",
        kind="chain",
        sentence=True,
        items=(
            Item(
                "21237",
                219.0,
                "21237 McDONALD'S, BIG MAC: 1 item = 219 g; Macca's (Australian) = McDonald's",
            ),
            Item("21238", 117.0, "21238 McDONALD'S, French Fries: 1 medium serving = 117 g"),
        ),
    ),
    Phrase(
        text="whopper w cheese n large fries, bk",
        kind="chain",
        sentence=False,
        items=(
            Item(
                "21253",
                316.0,
                "21253 BURGER KING, WHOPPER, with cheese: 1 item = 316 g; w = with, n = and, bk = Burger King",
            ),
            Item("21249", 160.0, "21249 BURGER KING, French Fries: 1 large serving = 160 g"),
        ),
    ),
    Phrase(
        text="I had a Wendy's Classic Double with cheese and a small Frosty",
        kind="chain",
        sentence=True,
        items=(
            Item("21243", 310.0, "21243 WENDY'S, CLASSIC DOUBLE, with cheese: 1 item = 310 g"),
            Item("21248", 227.0, "21248 WENDY'S, Frosty Dairy Dessert: 1 small 12 oz. cup = 227 g"),
        ),
    ),
    Phrase(
        text="2 bean burritos frm taco bell after the game",
        kind="chain",
        sentence=False,
        items=(
            Item(
                "21264", 370.0, "21264 TACO BELL, Bean Burrito: 2 x 1 each burrito (185 g) = 370 g"
            ),
        ),
    ),
    Phrase(
        text="After church we went to Popeyes and I had a spicy thigh, a spicy drumstick and a biscuit",
        kind="chain",
        sentence=True,
        items=(
            Item(
                "21454",
                121.0,
                "21454 POPEYES, Fried Chicken, Spicy, Thigh, meat and skin with breading, analyzed prior to January 2007: 1 thigh, with skin = 121 g; a piece of fried chicken as served = SR24's with-skin measure (held_out_5)",
            ),
            Item(
                "21453",
                68.0,
                "21453 POPEYES, Fried Chicken, Spicy, Drumstick, meat and skin with breading, analyzed prior to January 2007: 1 drumstick, with skin = 68 g",
            ),
            Item("21415", 59.0, "21415 POPEYES, Biscuit: 1 biscuit = 59 g"),
        ),
    ),
    Phrase(
        text="10 pc mcnuggets w sweet n sour",
        kind="chain",
        sentence=False,
        items=(
            Item(
                "21309",
                159.0,
                "21309 McDONALD'S, Chicken McNUGGETS: 10 pieces 5.6 oz = 159 g; pc = pieces",
            ),
            Item(
                "21315",
                28.0,
                "21315 McDONALD'S, Sweet 'N Sour Sauce: 1 package = 28 g; a dipping sauce named with nuggets = 1 package",
            ),
        ),
    ),
    Phrase(
        text="Had a Filet-O-Fish and a side salad at McDo",
        kind="chain",
        sentence=True,
        items=(
            Item(
                "21232",
                142.0,
                "21232 McDONALD'S, FILET-O-FISH: 1 item = 142 g; McDo (Filipino) = McDonald's",
            ),
            Item(
                "21379",
                87.0,
                "21379 McDONALD'S, Side Salad: 1 item = 87 g; no dressing said, none counted",
            ),
        ),
    ),
    Phrase(
        text="kfc extra crispy breast + a side of coleslaw",
        kind="chain",
        sentence=False,
        items=(
            Item(
                "21438",
                212.0,
                "21438 KENTUCKY FRIED CHICKEN, Fried Chicken, EXTRA CRISPY, Breast, meat and skin with breading: 1 breast, with skin = 212 g; a piece as served = the with-skin measure",
            ),
            Item(
                "21420",
                112.0,
                "21420 KENTUCKY FRIED CHICKEN, Coleslaw: 1 package = 112 g; a side of a chain's side = its package (held_out_5)",
            ),
        ),
    ),
    Phrase(
        text="We ordered Domino's and I ate 3 slices of the ExtravaganZZa",
        kind="chain",
        sentence=True,
        items=(
            Item(
                "21282",
                453.0,
                "21282 DOMINO'S 14\" EXTRAVAGANZZA FEAST Pizza, Classic Hand-Tossed Crust: 3 x 1 slice (151 g) = 453 g; the only ExtravaganZZa entry: 14-inch, hand-tossed",
            ),
        ),
    ),
    Phrase(
        text="sausage and egg mcmuffin and a hash brown",
        kind="chain",
        sentence=False,
        items=(
            Item(
                "21359",
                165.0,
                "21359 McDONALD'S, Sausage McMuffin with Egg: 1 item 5.7 oz = 165 g; sausage and egg McMuffin (British menu name) = Sausage McMuffin with Egg",
            ),
            Item(
                "21319",
                56.0,
                "21319 McDONALD'S, Hash Browns: 2 oz = 56 g; a McDonald's hash brown = one 2 oz patty",
            ),
        ),
    ),
    Phrase(
        text="I had 2 slices of Little Caesars deep dish pepperoni and a can of Pepsi",
        kind="chain",
        sentence=True,
        items=(
            Item(
                "21291",
                208.0,
                '21291 LITTLE CAESARS 14" Pepperoni Pizza, Large Deep Dish Crust: 2 x 1 slice (104 g) = 208 g',
            ),
            Item(
                "14400",
                368.0,
                "14400 Carbonated beverage, cola, contains caffeine: 1 can 12 fl oz = 368 g; Pepsi = cola with caffeine; a can of soda = 12 fl oz",
            ),
        ),
    ),
    Phrase(
        text="tall skinny latte from starbucks",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14210",
                30.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 1 fluid ounce = 30 g; tall = 1 shot (tests.meals.phrases)",
            ),
            Item(
                "01085",
                306.0,
                "01085 Milk, nonfat, fluid, with added vitamin A and vitamin D (fat free or skim): 10 fl oz x 30.6 g (1 fl oz) = 306 g; skinny = nonfat milk; a latte's milk = the cup less its shots and 1 fl oz of foam: 12 - 1 - 1 = 10 fl oz",
            ),
        ),
    ),
    Phrase(
        text="double expresso with 1 sugar after lunch",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14210",
                60.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 2 x 1 fluid ounce (30 g) = 60 g; expresso = espresso; double = 2 shots",
            ),
            Item(
                "19335",
                4.2,
                "19335 Sugars, granulated: 1 tsp = 4.2 g; a sugar = 1 tsp (held_out_5)",
            ),
        ),
    ),
    Phrase(
        text="Had a flat white with trim milk at the cafe this morning",
        kind="coffee",
        sentence=True,
        items=(
            Item(
                "14210",
                60.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 2 x 1 fluid ounce (30 g) = 60 g; a flat white = a double shot (held_out_5)",
            ),
            Item(
                "01085",
                122.4,
                "01085 Milk, nonfat, fluid, with added vitamin A and vitamin D (fat free or skim): 4 fl oz x 30.6 g (1 fl oz) = 122.4 g; plus 4 fl oz of steamed milk (held_out_5); trim milk (NZ) = skim",
            ),
        ),
    ),
    Phrase(
        text="16oz cold brew w/ a splash of whole milk",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14209",
                473.6,
                "14209 Coffee, brewed from grounds, prepared with tap water: 16 fl oz x 29.6 g (1 fl oz) = 473.6 g; closest SR24 entry: brewed coffee (SR24 has no cold brew)",
            ),
            Item(
                "01077",
                30.0,
                "01077 Milk, whole, 3.25% milkfat, with added vitamin D: 2 x 1 tbsp (15 g) = 30 g; a splash of milk = 2 tbsp (tests.meals.phrases)",
            ),
        ),
    ),
    Phrase(
        text="Grabbed a large double double from Tim's on the way to work",
        kind="coffee",
        sentence=True,
        items=(
            Item(
                "14209",
                592.0,
                "14209 Coffee, brewed from grounds, prepared with tap water: 20 fl oz x 29.6 g (1 fl oz) = 592 g; Tim's = Tim Hortons; its large = 20 fl oz of brewed coffee",
            ),
            Item(
                "01050",
                30.0,
                "01050 Cream, fluid, light (coffee cream or table cream): 2 x 1 tbsp (15 g) = 30 g; double double (Canadian) = 2 creams and 2 sugars; a cream = 1 tbsp of light (coffee) cream",
            ),
            Item(
                "19335", 8.4, "19335 Sugars, granulated: 2 x 1 tsp (4.2 g) = 8.4 g; a sugar = 1 tsp"
            ),
        ),
    ),
    Phrase(
        text="had one kopi at the kopitiam, the usual with condensed milk",
        kind="coffee",
        sentence=True,
        items=(
            Item(
                "14209",
                178.0,
                "14209 Coffee, brewed from grounds, prepared with tap water: 6 fl oz = 178 g; a kopi (Singaporean) = a 6 fl oz cup of coffee",
            ),
            Item(
                "01095",
                19.1,
                "01095 Milk, canned, condensed, sweetened: 19.1 g; 1 tbsp = 1/2 x 1 fl oz (38.2 g); a kopi's sweetened condensed milk = 1 tbsp",
            ),
        ),
    ),
    Phrase(
        text="cup of nescafe with 2 tbsp peak milk and a cube of sugar",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14215",
                238.4,
                "14215 Coffee, instant, regular, prepared with water: 8 fl oz x 29.8 g (1 fl oz) = 238.4 g; Nescafe = instant coffee; a cup = 8 fl oz",
            ),
            Item(
                "01096",
                31.5,
                "01096 Milk, canned, evaporated, with added vitamin D and without added vitamin A: 1 fl oz x 31.5 g (1 fl oz) = 31.5 g; Peak milk (Nigerian) = evaporated milk; 2 tbsp = 1 fl oz",
            ),
            Item("19335", 2.3, "19335 Sugars, granulated: 1 serving 1 cube = 2.3 g"),
        ),
    ),
    Phrase(
        text="I had a grande iced latte with whole milk",
        kind="coffee",
        sentence=True,
        items=(
            Item(
                "14210",
                60.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 2 x 1 fluid ounce (30 g) = 60 g; grande = 2 shots (tests.meals.phrases)",
            ),
            Item(
                "01077",
                244.0,
                "01077 Milk, whole, 3.25% milkfat, with added vitamin D: 8 fl oz x 30.5 g (1 fl oz) = 244 g; an iced latte's milk = half the cup, the rest being ice: 8 fl oz of a grande's 16",
            ),
        ),
    ),
    Phrase(
        text="Had a cappuccino and a croissant at Pret",
        kind="coffee",
        sentence=True,
        items=(
            Item(
                "14210",
                30.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 1 fluid ounce = 30 g; a coffee-shop drink of unsaid size = tall: 1 shot",
            ),
            Item(
                "01079",
                183.0,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 6 fl oz x 30.5 g (1 fl oz) = 183 g; a tall cappuccino's milk = 6 fl oz (held_out_5); milk not said = 2%",
            ),
            Item(
                "18239",
                57.0,
                "18239 Croissants, butter: 1 croissant, medium = 57 g; a croissant of unsaid kind = butter; size not said = medium",
            ),
        ),
    ),
    Phrase(
        text="affogato after dinner, 1 shot over a scoop of vanilla",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14210",
                30.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 1 fluid ounce = 30 g",
            ),
            Item(
                "19095",
                66.0,
                "19095 Ice creams, vanilla: 1 serving 1/2 cup = 66 g; a scoop = 1/2 cup (tests.meals.phrases); vanilla = vanilla ice cream",
            ),
        ),
    ),
    Phrase(
        text="I usually drink it black but today I had 2 cups of coffee with a teaspoon of sugar in each",
        kind="coffee",
        sentence=True,
        items=(
            Item(
                "14209",
                474.0,
                "14209 Coffee, brewed from grounds, prepared with tap water: 2 x 1 cup (8 fl oz) (237 g) = 474 g; a cup of coffee = 8 fl oz",
            ),
            Item("19335", 8.4, "19335 Sugars, granulated: 2 x 1 tsp (4.2 g) = 8.4 g"),
        ),
    ),
    Phrase(
        text="downed a can of red bull b4 my exam",
        kind="drink",
        sentence=False,
        items=(
            Item(
                "14154",
                258.0,
                "14154 Energy drink, RED BULL, with added caffeine, niacin, pantothenic acid, vitamins B6 and B12: 1 can 8.4 fl oz = 258 g; a can of Red Bull = the standard 8.4 fl oz can",
            ),
        ),
    ),
    Phrase(
        text="I had two pints of Guinness at the local",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "14003",
                1141.0,
                "14003 Alcoholic beverage, beer, regular, all: 1136 ml = 38.42 fl oz (29.57 ml each) x 29.7 g (1 fl oz) = 1141 g; 2 imperial pints (Irish voice), 568 ml each; closest SR24 entry: regular beer (SR24 has no stout)",
            ),
        ),
    ),
    Phrase(
        text="Had 2 rum and cokes at the fete",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "14050",
                84.0,
                "14050 Alcoholic beverage, distilled, rum, 80 proof: 2 x 1 jigger 1.5 fl oz (42 g) = 84 g; a shot of rum per drink = 1.5 fl oz",
            ),
            Item(
                "14400",
                245.6,
                "14400 Carbonated beverage, cola, contains caffeine: 8 fl oz x 30.7 g (1 fl oz) = 245.6 g; the mixer not said = 4 fl oz per drink (held_out_5), 2 drinks; coke = cola",
            ),
        ),
    ),
    Phrase(
        text="1 glass cranberry juice cocktail",
        kind="drink",
        sentence=False,
        items=(
            Item(
                "14242",
                253.0,
                "14242 Cranberry juice cocktail, bottled: 1 cup (8 fl oz) = 253 g; a glass = 8 fl oz; cranberry juice unsaid = the bottled cocktail",
            ),
        ),
    ),
    Phrase(
        text="I drank the water from a young coconut at the beach",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "12119",
                206.0,
                "12119 Nuts, coconut water (liquid from coconuts): 1 coconut yields = 206 g",
            ),
        ),
    ),
    Phrase(
        text="I had a mug of hot chocolate made with milk before bed",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "01105",
                250.0,
                "01105 Milk, chocolate beverage, hot cocoa, homemade: 1 cup = 250 g; hot chocolate made with milk = homemade hot cocoa; a mug = 8 fl oz = 1 cup",
            ),
        ),
    ),
    Phrase(
        text="bottle of corona and a shot of tequila",
        kind="drink",
        sentence=False,
        items=(
            Item(
                "14003",
                356.0,
                "14003 Alcoholic beverage, beer, regular, all: 1 can = 356 g; a bottle of beer = 12 fl oz (SR24's 'can' measure is 12 fl oz); closest SR24 entry: regular beer",
            ),
            Item(
                "14037",
                42.0,
                "14037 Alcoholic beverage, distilled, all (gin, rum, vodka, whiskey) 80 proof: 1 jigger 1.5 fl oz = 42 g; a shot = 1.5 fl oz; closest SR24 entry: 80-proof distilled spirits (SR24 has no tequila)",
            ),
        ),
    ),
    Phrase(
        text="glass of apple juice with my packed lunch",
        kind="drink",
        sentence=False,
        items=(
            Item(
                "09016",
                248.0,
                "09016 Apple juice, canned or bottled, unsweetened, without added ascorbic acid: 1 cup = 248 g; a glass = 8 fl oz",
            ),
        ),
    ),
    Phrase(
        text="Had a vodka soda and 2 glasses of bubbly at the wedding",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "14051",
                42.0,
                "14051 Alcoholic beverage, distilled, vodka, 80 proof: 1 jigger 1.5 fl oz = 42 g; a shot = 1.5 fl oz",
            ),
            Item(
                "14121",
                118.4,
                "14121 Carbonated beverage, club soda: 4 fl oz x 29.6 g (1 fl oz) = 118.4 g; the mixer = 4 fl oz of club soda (held_out_5)",
            ),
            Item(
                "14106",
                294.0,
                "14106 Alcoholic beverage, wine, table, white: 2 x 1 serving 5 fl oz (147 g) = 294 g; bubbly = sparkling wine; closest SR24 entry: white table wine (SR24 has none sparkling); a glass of wine = 5 fl oz",
            ),
        ),
    ),
    Phrase(
        text="2 cans of canada dry ginger ale",
        kind="drink",
        sentence=False,
        items=(
            Item(
                "14136",
                732.0,
                "14136 Carbonated beverage, ginger ale: 2 x 1 can or bottle (12 fl oz) (366 g) = 732 g",
            ),
        ),
    ),
    Phrase(
        text="had a glass of chaas after lunch",
        kind="drink",
        sentence=False,
        items=(
            Item(
                "01088",
                245.0,
                "01088 Milk, buttermilk, fluid, cultured, lowfat: 1 cup = 245 g; chaas (Indian) = spiced buttermilk; closest SR24 entry: cultured lowfat buttermilk; a glass = 1 cup",
            ),
        ),
    ),
    Phrase(
        text="Today morning I eat 2 boiled eggs and one slice rye bread",
        kind="eggs",
        sentence=True,
        items=(
            Item(
                "01129",
                100.0,
                "01129 Egg, whole, cooked, hard-boiled: 2 x 1 large (50 g) = 100 g; an egg of unsaid size = large (held_out_5)",
            ),
            Item("18060", 32.0, "18060 Bread, rye: 1 slice, regular = 32 g"),
        ),
    ),
    Phrase(
        text="scrambled 3 egg whites for brekky",
        kind="eggs",
        sentence=False,
        items=(
            Item(
                "01124",
                99.0,
                "01124 Egg, white, raw, fresh: 3 x 1 large (33 g) = 99 g; closest SR24 entry: raw egg white (scrambled without fat it keeps its energy)",
            ),
        ),
    ),
    Phrase(
        text="I made a cheese omelette with 3 eggs and a slice of cheddar",
        kind="eggs",
        sentence=True,
        items=(
            Item(
                "01130",
                183.0,
                "01130 Egg, whole, cooked, omelet: 3 x 1 large (61 g) = 183 g; an omelette = SR24's cooked omelet, 1 large per egg",
            ),
            Item("01009", 28.0, "01009 Cheese, cheddar: 1 slice (1 oz) = 28 g"),
        ),
    ),
    Phrase(
        text="2 egg omelette with 2 slices brown bread",
        kind="eggs",
        sentence=False,
        items=(
            Item("01130", 122.0, "01130 Egg, whole, cooked, omelet: 2 x 1 large (61 g) = 122 g"),
            Item(
                "18075",
                56.0,
                "18075 Bread, whole-wheat, commercially prepared: 2 x 1 slice (28 g) = 56 g; brown bread (Indian, British) = whole-wheat bread",
            ),
        ),
    ),
    Phrase(
        text="I ate 2 balut at the night market",
        kind="eggs",
        sentence=True,
        items=(
            Item(
                "01138",
                140.0,
                "01138 Egg, duck, whole, fresh, raw: 2 x 1 egg (70 g) = 140 g; balut (Filipino) = a boiled fertilised duck egg; closest SR24 entry: whole raw duck egg",
            ),
        ),
    ),
    Phrase(
        text="6 hard boiled quail eggs as snack",
        kind="eggs",
        sentence=False,
        items=(
            Item(
                "01140",
                54.0,
                "01140 Egg, quail, whole, fresh, raw: 6 x 1 egg (9 g) = 54 g; closest SR24 entry: whole raw quail egg (boiling adds no energy)",
            ),
        ),
    ),
    Phrase(
        text="I had eggs benedict at brunch",
        kind="eggs",
        sentence=True,
        items=(
            Item(
                "01131",
                100.0,
                "01131 Egg, whole, cooked, poached: 2 x 1 large (50 g) = 100 g; eggs benedict = a toasted English muffin, each half topped with a slice of Canadian bacon, a poached egg and 2 tbsp hollandaise",
            ),
            Item(
                "18259",
                52.0,
                "18259 English muffins, plain, toasted, enriched, with calcium propionate (includes sourdough): 1 muffin = 52 g",
            ),
            Item(
                "10131",
                47.0,
                "10131 Pork, cured, canadian-style bacon, grilled: 2 slices (6 per 6-oz pkg.) = 47 g",
            ),
            Item(
                "06555",
                64.8,
                "06555 Sauce, hollandaise, with butterfat, dehydrated, prepared with water: 64.8 g; 4 tbsp = 1/4 x 1 cup (8 fl oz) (259 g); the only prepared hollandaise in SR24",
            ),
        ),
    ),
    Phrase(
        text="2 fried eggs in a knob of butter",
        kind="eggs",
        sentence=False,
        items=(
            Item("01128", 92.0, "01128 Egg, whole, cooked, fried: 2 x 1 large (46 g) = 92 g"),
            Item("01001", 14.2, "01001 Butter, salted: 1 tbsp = 14.2 g; a knob of butter = 1 tbsp"),
        ),
    ),
    Phrase(
        text="ate 4 devilled eggs at the christmas party",
        kind="eggs",
        sentence=False,
        items=(
            Item(
                "01129",
                100.0,
                "01129 Egg, whole, cooked, hard-boiled: 2 x 1 large (50 g) = 100 g; a deviled egg = half a hard-boiled large egg with 1 tsp mayonnaise (SR24 has no deviled egg): 4 halves = 2 eggs",
            ),
            Item(
                "04025",
                18.4,
                "04025 Salad dressing, mayonnaise, soybean oil, with salt: 18.4 g; 4 tsp = 4/3 x 1 tbsp (13.8 g); mayonnaise unsaid = regular",
            ),
        ),
    ),
    Phrase(
        text="I had smashed avo on toast with a poached egg",
        kind="eggs",
        sentence=True,
        items=(
            Item(
                "09037",
                100.5,
                "09037 Avocados, raw, all commercial varieties: 100.5 g; 1/2 x 1 avocado, NS as to Florida or California (201 g) = 100.5 g; smashed avo on toast = half an avocado on 1 slice of toast",
            ),
            Item(
                "18070",
                22.0,
                "18070 Bread, white, commercially prepared, toasted: 1 slice = 22 g; toast = white toast, the toasted entry's last 'slice' measure (held_out_5)",
            ),
            Item("01131", 50.0, "01131 Egg, whole, cooked, poached: 1 large = 50 g"),
        ),
    ),
    Phrase(
        text="a cup of plain boiled masoor dal",
        kind="cooked",
        sentence=False,
        items=(
            Item(
                "16070",
                198.0,
                "16070 Lentils, mature seeds, cooked, boiled, without salt: 1 cup = 198 g; masoor dal = red lentils; closest SR24 entry: boiled lentils",
            ),
        ),
    ),
    Phrase(
        text="I steamed 2 cups of broccoli for dinner",
        kind="cooked",
        sentence=True,
        items=(
            Item(
                "11091",
                312.0,
                "11091 Broccoli, cooked, boiled, drained, without salt: 4 x 0.5 cup, chopped (78 g) = 312 g; steamed = the boiled entry; 2 cups = 4 x 1/2 cup",
            ),
        ),
    ),
    Phrase(
        text="1 cup cooked bulgur wheat",
        kind="cooked",
        sentence=False,
        items=(Item("20013", 182.0, "20013 Bulgur, cooked: 1 cup = 182 g"),),
    ),
    Phrase(
        text="1 roast chicken thigh, skin taken off",
        kind="cooked",
        sentence=False,
        items=(
            Item(
                "05098",
                116.0,
                "05098 Chicken, broilers or fryers, thigh, meat only, cooked, roasted: 1 thigh without skin = 116 g",
            ),
        ),
    ),
    Phrase(
        text="I baked half a salmon fillet with lemon for dinner",
        kind="cooked",
        sentence=True,
        items=(
            Item(
                "15237",
                178.0,
                "15237 Fish, salmon, Atlantic, farmed, cooked, dry heat: 0.5 fillet = 178 g; salmon unsaid = Atlantic farmed; baked = dry heat; the lemon not counted",
            ),
        ),
    ),
    Phrase(
        text="I had 2 cups of boiled yam with a tbsp of palm oil",
        kind="cooked",
        sentence=True,
        items=(
            Item(
                "11602",
                272.0,
                "11602 Yam, cooked, boiled, drained, or baked, without salt: 2 x 1 cup, cubes (136 g) = 272 g",
            ),
            Item("04055", 13.6, "04055 Oil, palm: 1 tbsp = 13.6 g"),
        ),
    ),
    Phrase(
        text="a cup of fried plantain (dodo)",
        kind="cooked",
        sentence=False,
        items=(
            Item(
                "09447",
                169.0,
                "09447 Plantains, yellow, fried, Latino restaurant: 1 cup = 169 g; dodo (Nigerian) = fried ripe plantain; ripe = yellow",
            ),
        ),
    ),
    Phrase(
        text="2 cups cold soba noodles",
        kind="cooked",
        sentence=False,
        items=(
            Item(
                "20115", 228.0, "20115 Noodles, japanese, soba, cooked: 2 x 1 cup (114 g) = 228 g"
            ),
        ),
    ),
    Phrase(
        text="Made porridge with water this morning, about a cup and a half",
        kind="cooked",
        sentence=True,
        items=(
            Item(
                "08121",
                351.0,
                "08121 Cereals, oats, regular and quick, unenriched, cooked with water (includes boiling and microwaving), without salt: 1.5 x 1 cup (234 g) = 351 g; porridge (British, Irish) = oatmeal cooked with water",
            ),
        ),
    ),
    Phrase(
        text="one cup boiled okra with my lunch",
        kind="cooked",
        sentence=False,
        items=(
            Item(
                "11279",
                160.0,
                "11279 Okra, cooked, boiled, drained, without salt: 2 x 0.5 cup slices (80 g) = 160 g; 1 cup = 2 x 1/2 cup",
            ),
        ),
    ),
    Phrase(
        text="3 pikelets for morning tea",
        kind="count",
        sentence=False,
        items=(
            Item(
                "18293",
                114.0,
                '18293 Pancakes, plain, prepared from recipe: 3 x 1 pancake (4" dia) (38 g) = 114 g; pikelet (NZ, Australian) = a small thick pancake; closest SR24 entry: a 4-inch pancake made from recipe',
            ),
        ),
    ),
    Phrase(
        text="In the party I eat 3 empanadas of beef",
        kind="count",
        sentence=True,
        items=(
            Item(
                "36403",
                267.0,
                "36403 Restaurant, Latino, empanadas, beef, prepared: 3 x 1 piece (89 g) = 267 g",
            ),
        ),
    ),
    Phrase(
        text="2 pork tamales my tia made",
        kind="count",
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
        text="12 cherry tomatoes straight from the punnet",
        kind="count",
        sentence=False,
        items=(
            Item(
                "11529",
                204.0,
                "11529 Tomatoes, red, ripe, raw, year round average: 12 x 1 cherry (17 g) = 204 g",
            ),
        ),
    ),
    Phrase(
        text="3 mandarins after footy training",
        kind="count",
        sentence=False,
        items=(
            Item(
                "09218",
                264.0,
                '09218 Tangerines, (mandarin oranges), raw: 3 x 1 medium (2-1/2" dia) (88 g) = 264 g; mandarin = tangerine; size not said = medium',
            ),
        ),
    ),
    Phrase(
        text="I had 2 hot dogs at the ball game",
        kind="count",
        sentence=True,
        items=(
            Item(
                "07023",
                90.0,
                "07023 Frankfurter, beef and pork: 2 x 1 frankfurter (45 g) = 90 g; a hot dog = a beef and pork frankfurter in a bun",
            ),
            Item(
                "18350", 84.0, "18350 Rolls, hamburger or hotdog, plain: 2 x 1 roll (42 g) = 84 g"
            ),
        ),
    ),
    Phrase(
        text="15 pretzel twists from the bag",
        kind="count",
        sentence=False,
        items=(
            Item(
                "19047",
                90.0,
                "19047 Snacks, pretzels, hard, plain, salted: 1.5 x 10 twists (60 g) = 90 g",
            ),
        ),
    ),
    Phrase(
        text="4 fig newtons from the pantry",
        kind="count",
        sentence=False,
        items=(
            Item(
                "18170",
                64.0,
                "18170 Cookies, fig bars: 4 x 1 cookie (16 g) = 64 g; Fig Newtons = fig bars",
            ),
        ),
    ),
    Phrase(
        text="I snacked on 6 medjool dates",
        kind="count",
        sentence=True,
        items=(Item("09421", 144.0, "09421 Dates, medjool: 6 x 1 date, pitted (24 g) = 144 g"),),
    ),
    Phrase(
        text="I had 4 chicken wings at the pub",
        kind="count",
        sentence=True,
        items=(
            Item(
                "05103",
                136.0,
                "05103 Chicken, broilers or fryers, wing, meat and skin, cooked, roasted: 4 x 1 wing, bone removed (34 g) = 136 g; wings of unsaid cooking = roasted, meat and skin",
            ),
        ),
    ),
    Phrase(
        text="2 egg rolls from the chinese place",
        kind="count",
        sentence=False,
        items=(
            Item(
                "36601",
                178.0,
                "36601 Restaurant, Chinese, egg rolls, assorted: 2 x 1 piece (89 g) = 178 g; an egg roll = the Chinese-restaurant one",
            ),
        ),
    ),
    Phrase(
        text="Lunch was rice and peas with a jerk chicken leg",
        kind="dish",
        sentence=True,
        items=(
            Item(
                "36406",
                157.0,
                "36406 Restaurant, Latino, Arroz con habichuelas colorados (Rice And Red Beans): 1 cup = 157 g; rice and peas (Caribbean) = rice cooked with red kidney beans; closest SR24 entry: Latino rice and red beans; a dish of unsaid amount = 1 cup",
            ),
            Item(
                "05078",
                258.0,
                "05078 Chicken, broilers or fryers, leg, meat and skin, cooked, roasted: 1 leg, with skin (Sum of drumstick+thigh+back) = 258 g; jerk chicken = roasted chicken, meat and skin; the seasoning not counted",
            ),
        ),
    ),
    Phrase(
        text="an order of chicken chow mein from the chinese",
        kind="dish",
        sentence=False,
        items=(
            Item("36623", 604.0, "36623 Restaurant, Chinese, chicken chow mein: 1 order = 604 g"),
        ),
    ),
    Phrase(
        text="2 pcs chicken adobo with 2 cups rice",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "05095",
                136.0,
                "05095 Chicken, broilers or fryers, thigh, meat and skin, cooked, stewed: 2 x 1 thigh, bone removed (68 g) = 136 g; adobo (Filipino) = chicken stewed in vinegar and soy; closest SR24 entry: stewed thigh, meat and skin; a piece = a thigh",
            ),
            Item(
                "20045",
                316.0,
                "20045 Rice, white, long-grain, regular, cooked: 2 x 1 cup (158 g) = 316 g; rice = cooked white long-grain rice (tests.meals.phrases)",
            ),
        ),
    ),
    Phrase(
        text="2 cheese pupusas from the food truck",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "36409",
                234.0,
                "36409 Restaurant, Latino, pupusas con queso (pupusas, cheese): 2 x 1 piece (117 g) = 234 g",
            ),
        ),
    ),
    Phrase(
        text="Grabbed a mince and cheese pie from the dairy for lunch",
        kind="dish",
        sentence=True,
        items=(
            Item(
                "22529",
                268.0,
                "22529 Beef Pot Pie, frozen entree, prepared: 1 pie, cooked (average weight) = 268 g; a mince and cheese pie (NZ) = a beef pie; closest SR24 entry: beef pot pie; the dairy = the corner shop",
            ),
        ),
    ),
    Phrase(
        text="Had bangers and mash for tea, 2 sausages and a cup of mash",
        kind="dish",
        sentence=True,
        items=(
            Item(
                "07064",
                96.0,
                "07064 Pork sausage, fresh, cooked: 2 x 1 serving (48 g) = 96 g; a banger = a fresh pork sausage; one sausage = SR24's 48 g serving of the cooked entry",
            ),
            Item(
                "11934",
                210.0,
                "11934 Potatoes, mashed, home-prepared, whole milk and butter added: 1 cup = 210 g; plain mashed potatoes = home-prepared with whole milk and butter (held_out_5)",
            ),
        ),
    ),
    Phrase(
        text="half an order of sweet and sour pork and a cup of fried rice",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "36622",
                304.5,
                "36622 Restaurant, Chinese, sweet and sour pork: 0.5 x 1 order (609 g) = 304.5 g",
            ),
            Item(
                "36602",
                140.0,
                "36602 Restaurant, Chinese, fried rice: 1 cup = 140 g; fried rice = Chinese-restaurant fried rice",
            ),
        ),
    ),
    Phrase(
        text="a bowl of black bean soup at the cuban place",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "36413",
                369.0,
                "36413 Restaurant, Latino, black bean soup: 1.5 x 1 cup (246 g) = 369 g; a bowl of soup = 1.5 cups (tests.meals.phrases)",
            ),
        ),
    ),
    Phrase(
        text="arroz con pollo, 2 cups",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "36401",
                282.0,
                "36401 Restaurant, Latino, chicken and rice, entree, prepared: 2 x 1 cup (141 g) = 282 g; arroz con pollo = Latino chicken and rice",
            ),
        ),
    ),
    Phrase(
        text="tuna mayo sarnie, half a tin of tuna and a tbsp of mayo on 2 slices of white",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "15121",
                82.5,
                "15121 Fish, tuna, light, canned in water, drained solids: 0.5 x 1 can (165 g) = 82.5 g; sarnie (British) = sandwich; tuna unsaid = light, in water, drained",
            ),
            Item(
                "04025",
                13.8,
                "04025 Salad dressing, mayonnaise, soybean oil, with salt: 1 tbsp = 13.8 g; mayo = regular mayonnaise",
            ),
            Item(
                "18069",
                56.0,
                "18069 Bread, white, commercially prepared (includes soft bread crumbs): 56 g; 2 x 1 slice (28 g); white bread = the first 'slice' measure, 28 g (held_out_5)",
            ),
        ),
    ),
    Phrase(
        text="Dinner was 2 pieces of fried catfish, a cup of collard greens and a piece of cornbread",
        kind="dish",
        sentence=True,
        items=(
            Item(
                "15011",
                174.0,
                "15011 Fish, catfish, channel, cooked, breaded and fried: 2 x 1 fillet (87 g) = 174 g; a piece of fried fish = a breaded fried fillet",
            ),
            Item(
                "11162",
                190.0,
                "11162 Collards, cooked, boiled, drained, without salt: 1 cup, chopped = 190 g",
            ),
            Item(
                "18023",
                60.0,
                "18023 Bread, cornbread, dry mix, prepared: 1 piece = 60 g; cornbread unsaid = made from mix",
            ),
        ),
    ),
    Phrase(
        text="a snickers bar from the servo",
        kind="label",
        sentence=False,
        items=(
            Item(
                "19155", 57.0, "19155 Candies, MARS SNACKFOOD US, SNICKERS Bar: 1 bar (2 oz) = 57 g"
            ),
        ),
    ),
    Phrase(
        text="a 4 finger kitkat on my break",
        kind="label",
        sentence=False,
        items=(
            Item(
                "19109",
                42.0,
                "19109 Candies, KIT KAT Wafer Bar: 1 bar (1.5 oz) = 42 g; a 4-finger Kit Kat = the standard 1.5 oz bar",
            ),
        ),
    ),
    Phrase(
        text="I had a bowl of Special K with half a cup of skim milk",
        kind="label",
        sentence=True,
        items=(
            Item(
                "08067",
                31.0,
                "08067 Cereals ready-to-eat, KELLOGG, KELLOGG'S SPECIAL K: 1 cup (1 NLEA serving) = 31 g; a bowl of cereal = its NLEA serving",
            ),
            Item(
                "01085",
                122.5,
                "01085 Milk, nonfat, fluid, with added vitamin A and vitamin D (fat free or skim): 0.5 x 1 cup (245 g) = 122.5 g",
            ),
        ),
    ),
    Phrase(
        text="reeses cups, the 2 pack",
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
        text="a Clif bar after my run",
        kind="label",
        sentence=False,
        items=(
            Item(
                "25051",
                68.0,
                "25051 Snacks, CLIF BAR, mixed flavors: 1 bar = 68 g; the only Clif entry: mixed flavours",
            ),
        ),
    ),
    Phrase(
        text="I had a Nissin Cup Noodles for lunch",
        kind="label",
        sentence=True,
        items=(
            Item(
                "06582",
                64.0,
                "06582 Soup, NISSIN, CUP NOODLES, Ramen Noodle, chicken flavor, dry mix: 1 container, individual = 64 g; the dry cup; the water adds no energy",
            ),
        ),
    ),
    Phrase(
        text="3 Weet-Bix with a cup of milk",
        kind="label",
        sentence=False,
        items=(
            Item(
                "42237",
                54.0,
                "42237 Cereals ready-to-eat, WEETABIX WHOLE WHEAT CEREAL: 3 x 1 biscuit (18 g) = 54 g; Weet-Bix (Australian, NZ); closest SR24 entry: Weetabix whole wheat cereal",
            ),
            Item(
                "01079",
                244.0,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 1 cup = 244 g; milk not said = 2%",
            ),
        ),
    ),
    Phrase(
        text="2 Eggo lowfat homestyle waffles with 2 tbsp maple syrup",
        kind="label",
        sentence=False,
        items=(
            Item(
                "18505",
                70.0,
                "18505 KELLOGG'S Eggo Lowfat Homestyle Waffles: 2 x 1 round waffle (4\" dia) (include frozen) (35 g) = 70 g",
            ),
            Item("19353", 40.0, "19353 Syrups, maple: 2 x 1 tbsp (20 g) = 40 g"),
        ),
    ),
    Phrase(
        text="1 nature valley yogurt coated granola bar",
        kind="label",
        sentence=False,
        items=(
            Item(
                "25054",
                35.0,
                "25054 Snacks, granola bar, GENERAL MILLS, NATURE VALLEY, with yogurt coating: 1 bar = 35 g",
            ),
        ),
    ),
    Phrase(
        text="Had a packet of Top Ramen for dinner",
        kind="label",
        sentence=True,
        items=(
            Item(
                "06581",
                84.0,
                "06581 Soup, NISSIN, OODLES OF NOODLES TOP RAMEN Ramen Noodle, Oriental flavor, dry form: 84 g; 2 x 1 serving (42 g); a Top Ramen packet (3 oz) holds 2 servings; the water adds no energy",
            ),
        ),
    ),
    Phrase(
        text="a cup of Honey Nut Cheerios with half a cup of 2% milk",
        kind="label",
        sentence=False,
        items=(
            Item(
                "08045",
                37.3,
                "08045 Cereals ready-to-eat, GENERAL MILLS, HONEY NUT CHEERIOS: 37.3 g; 1 cup = 4/3 x 0.75 cup (1 NLEA serving) (28 g) = 37.3 g",
            ),
            Item(
                "01079",
                122.0,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 0.5 x 1 cup (244 g) = 122 g",
            ),
        ),
    ),
    Phrase(
        text="Morning I took 4 slices of agege bread with a cup of Lipton tea and 2 tbsp of peak milk",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "18069",
                112.0,
                "18069 Bread, white, commercially prepared (includes soft bread crumbs): 112 g; 4 x 1 slice (28 g); agege bread (Nigerian) = soft white bread; white bread = the first 'slice' measure, 28 g (held_out_5)",
            ),
            Item(
                "14355",
                237.0,
                "14355 Tea, black, brewed, prepared with tap water: 1 cup (8 fl oz) = 237 g; Lipton tea = brewed black tea; a cup = 8 fl oz",
            ),
            Item(
                "01096",
                31.5,
                "01096 Milk, canned, evaporated, with added vitamin D and without added vitamin A: 1 fl oz x 31.5 g (1 fl oz) = 31.5 g; Peak milk = evaporated milk; 2 tbsp = 1 fl oz",
            ),
        ),
    ),
    Phrase(
        text="had a fry this morning, 2 sausages, 2 rashers, a slice of black pudding, a fried egg and a slice of toast",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "07064",
                96.0,
                "07064 Pork sausage, fresh, cooked: 2 x 1 serving (48 g) = 96 g; a fry (Irish) = a fried breakfast; a sausage = SR24's 48 g serving of cooked fresh pork sausage",
            ),
            Item(
                "10124",
                16.0,
                "10124 Pork, cured, bacon, cooked, broiled, pan-fried or roasted: 2 x 1 slice cooked (8 g) = 16 g; a rasher = a slice of bacon (held_out_5)",
            ),
            Item(
                "07005",
                25.0,
                "07005 Blood sausage: 25 g; 1 slice = 1/4 x 4 slices (100 g); black pudding = blood sausage",
            ),
            Item("01128", 46.0, "01128 Egg, whole, cooked, fried: 1 large = 46 g"),
            Item(
                "18070",
                22.0,
                "18070 Bread, white, commercially prepared, toasted: 1 slice = 22 g; toast = white toast, the toasted entry's last 'slice' measure (held_out_5)",
            ),
        ),
    ),
    Phrase(
        text="For dinner I had a broiled pork chop, a baked potato and half a cup of green beans",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "10038",
                157.0,
                "10038 Pork, fresh, loin, center loin (chops), bone-in, separable lean and fat, cooked, broiled: 1 chop without refuse (Yield from 1 cooked chop, with refuse, weighing 209g) = 157 g; a pork chop = a center loin chop, lean and fat",
            ),
            Item(
                "11828",
                173.0,
                '11828 Potatoes, baked, flesh and skin, with salt: 1 potato medium (2-1/4" to 3-1/4" dia) = 173 g; size not said = medium',
            ),
            Item(
                "11053",
                62.5,
                "11053 Beans, snap, green, cooked, boiled, drained, without salt: 0.5 x 1 cup (125 g) = 62.5 g",
            ),
        ),
    ),
    Phrase(
        text="For lunch I ate a cup of chole with 1.5 cups of rice and a sliced cucumber",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "16057",
                164.0,
                "16057 Chickpeas (garbanzo beans, bengal gram), mature seeds, cooked, boiled, without salt: 1 cup = 164 g; chole = chickpea curry; closest SR24 entry: boiled chickpeas",
            ),
            Item(
                "20045",
                237.0,
                "20045 Rice, white, long-grain, regular, cooked: 1.5 x 1 cup (158 g) = 237 g",
            ),
            Item(
                "11205",
                301.0,
                '11205 Cucumber, with peel, raw: 1 cucumber (8-1/4") = 301 g; eaten with its peel',
            ),
        ),
    ),
    Phrase(
        text="For supper I had 2 cups of pap and 150g of boerewors",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "08091",
                514.0,
                "08091 Cereals, corn grits, white, regular and quick, enriched, cooked with water, without salt: 2 x 1 cup (257 g) = 514 g; pap (South African) = maize porridge; closest SR24 entry: white corn grits cooked with water",
            ),
            Item(
                "07064",
                150.0,
                "07064 Pork sausage, fresh, cooked: 150 g; as typed; boerewors = a fresh farmer's sausage; closest SR24 entry: cooked fresh pork sausage",
            ),
        ),
    ),
    Phrase(
        text="Breakfast was 2 pandesal with a slice of cheese and a cup of coffee with milk",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "18342",
                56.0,
                "18342 Rolls, dinner, plain, commercially prepared (includes brown-and-serve): 2 x 1 roll (1 oz) (28 g) = 56 g; pandesal (Filipino) = a small bread roll; closest SR24 entry: plain dinner roll",
            ),
            Item(
                "01042",
                21.0,
                "01042 Cheese, pasteurized process, American, fortified with vitamin D: 1 slice (3/4 oz) = 21 g; a slice of cheese (Filipino) = processed cheese",
            ),
            Item(
                "14209",
                237.0,
                "14209 Coffee, brewed from grounds, prepared with tap water: 1 cup (8 fl oz) = 237 g",
            ),
            Item(
                "01079",
                30.5,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 1 fl oz x 30.5 g (1 fl oz) = 30.5 g; milk in coffee of unsaid amount = a splash, 2 tbsp = 1 fl oz; milk not said = 2%",
            ),
        ),
    ),
    Phrase(
        text="had chicken rice for lunch, about 1.5 cup rice and 100g chicken with skin",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "20045",
                237.0,
                "20045 Rice, white, long-grain, regular, cooked: 1.5 x 1 cup (158 g) = 237 g; chicken rice (Singaporean); closest SR24 entry for its rice: cooked white rice",
            ),
            Item(
                "05010",
                100.0,
                "05010 Chicken, broilers or fryers, meat and skin, cooked, stewed: 100 g; as typed; Hainanese chicken is poached = stewed, meat and skin",
            ),
        ),
    ),
    Phrase(
        text="Dinner was a cup of rice, a cup of stew peas and half a cup of fried ripe plantain",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item("20045", 158.0, "20045 Rice, white, long-grain, regular, cooked: 1 cup = 158 g"),
            Item(
                "16033",
                177.0,
                "16033 Beans, kidney, red, mature seeds, cooked, boiled, without salt: 1 cup = 177 g; stew peas (Jamaican) = stewed red kidney beans; closest SR24 entry: boiled kidney beans",
            ),
            Item(
                "09447",
                84.5,
                "09447 Plantains, yellow, fried, Latino restaurant: 0.5 x 1 cup (169 g) = 84.5 g",
            ),
        ),
    ),
    Phrase(
        text="Had a 250g rump steak with a jacket potato and a cob of corn for tea",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "13451",
                250.0,
                '13451 Beef, top sirloin, steak, separable lean and fat, trimmed to 0" fat, all grades, cooked, broiled: 250 g; as typed, taken as cooked; rump (Australian) = top sirloin; closest SR24 entry: top sirloin, lean and fat, broiled',
            ),
            Item(
                "11828",
                173.0,
                '11828 Potatoes, baked, flesh and skin, with salt: 1 potato medium (2-1/4" to 3-1/4" dia) = 173 g; jacket potato = baked potato with skin, size not said = medium (held_out_5)',
            ),
            Item(
                "11168",
                103.0,
                '11168 Corn, sweet, yellow, cooked, boiled, drained, without salt: 1 ear medium (6-3/4" to 7-1/2" long) = 103 g; a cob of corn, size not said = medium ear',
            ),
        ),
    ),
    Phrase(
        text="Breakfast was a toasted everything bagel with cream cheese and a glass of OJ",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "18002",
                99.0,
                '18002 Bagels, plain, toasted, enriched, with calcium propionate (includes onion, poppy, sesame): 1 medium bagel (3-1/2" to 4" dia) = 99 g; the plain entry includes onion, poppy and sesame bagels; size not said = medium',
            ),
            Item(
                "01017",
                29.0,
                "01017 Cheese, cream: 2 x 1 tbsp (14.5 g) = 29 g; 2 tbsp cream cheese on a bagel (tests.meals.phrases)",
            ),
            Item(
                "09209",
                249.0,
                "09209 Orange juice, chilled, includes from concentrate: 1 cup = 249 g; OJ = orange juice; a glass = 8 fl oz",
            ),
        ),
    ),
    Phrase(
        text="I had 2 slices of wholemeal toast with marmite and a kiwifruit for breakfast",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "18076",
                50.0,
                "18076 Bread, whole-wheat, commercially prepared, toasted: 2 x 1 slice (25 g) = 50 g; wholemeal = whole-wheat (held_out_5), toasted",
            ),
            Item(
                "43406",
                12.0,
                "43406 Yeast extract spread: 2 x 1 tsp (6 g) = 12 g; Marmite = yeast extract spread, 1 tsp per slice of toast",
            ),
            Item("09148", 69.0, '09148 Kiwifruit, green, raw: 1 fruit (2" dia) = 69 g'),
        ),
    ),
    Phrase(
        text="half an avo with salt and pepper",
        kind="part",
        sentence=False,
        items=(
            Item(
                "09037",
                100.5,
                "09037 Avocados, raw, all commercial varieties: 100.5 g; 1/2 x 1 avocado, NS as to Florida or California (201 g) = 100.5 g; avo = avocado",
            ),
        ),
    ),
    Phrase(
        text="half a pink grapefruit for breakfast",
        kind="part",
        sentence=False,
        items=(
            Item(
                "09112",
                123.0,
                '09112 Grapefruit, raw, pink and red, all areas: 0.5 fruit (3-3/4" dia) = 123 g',
            ),
        ),
    ),
    Phrase(
        text="I had an eighth of an apple pie after dinner",
        kind="part",
        sentence=True,
        items=(
            Item(
                "18301",
                125.0,
                '18301 Pie, apple, commercially prepared, enriched flour: 1 piece (1/8 of 9" dia) = 125 g; a pie of unsaid size = 9-inch, commercially prepared',
            ),
        ),
    ),
    Phrase(
        text="half a block of firm tofu for lunch",
        kind="part",
        sentence=False,
        items=(
            Item(
                "16126",
                162.0,
                "16126 Tofu, firm, prepared with calcium sulfate and magnesium chloride (nigari): 2 x 0.25 block (81 g) = 162 g",
            ),
        ),
    ),
    Phrase(
        text="a sixth of a 17 oz store bought cheesecake",
        kind="part",
        sentence=False,
        items=(
            Item(
                "18147",
                80.0,
                "18147 Cheesecake commercially prepared: 1 piece (1/6 of 17 oz cake) = 80 g",
            ),
        ),
    ),
    Phrase(
        text="i had half a bagel with peanut butter",
        kind="part",
        sentence=True,
        items=(
            Item(
                "18001",
                52.5,
                '18001 Bagels, plain, enriched, with calcium propionate (includes onion, poppy, sesame): 52.5 g; 1/2 x 1 medium bagel (3-1/2" to 4" dia) (105 g); size not said = medium',
            ),
            Item(
                "16098",
                16.0,
                "16098 Peanut butter, smooth style, with salt: 16 g; 1 tbsp = 1/2 x 2 tbsp (32 g); peanut butter on half a bagel = 1 tbsp",
            ),
        ),
    ),
    Phrase(
        text="ate a quarter of a pineapple",
        kind="part",
        sentence=False,
        items=(
            Item(
                "09266",
                226.3,
                "09266 Pineapple, raw, all varieties: 226.3 g; 1/4 x 1 fruit (905 g) = 226.25 g",
            ),
        ),
    ),
    Phrase(
        text="Had half a mango after lunch",
        kind="part",
        sentence=True,
        items=(
            Item("09176", 168.0, "09176 Mangos, raw: 168 g; 1/2 x 1 fruit without refuse (336 g)"),
        ),
    ),
    Phrase(
        text="I ate a quarter of a papa johns pepperoni pizza",
        kind="part",
        sentence=True,
        items=(
            Item(
                "21284",
                255.3,
                "21284 PAPA JOHN'S 14\" Pepperoni Pizza, Original Crust: 255.3 g; 1/4 x 1 pie (1021 g) = 255.25 g; the only Papa John's pepperoni entry: 14-inch original crust",
            ),
        ),
    ),
    Phrase(
        text="half a 150g bag of kettle chips",
        kind="part",
        sentence=False,
        items=(
            Item(
                "19411",
                75.0,
                "19411 Snacks, potato chips, plain, salted: 75 g; 1/2 x 150 g; kettle chips = plain salted potato chips",
            ),
        ),
    ),
    Phrase(
        text="a small orange at recess",
        kind="size",
        sentence=False,
        items=(
            Item(
                "09200",
                96.0,
                '09200 Oranges, raw, all commercial varieties: 1 small (2-3/8" dia) = 96 g',
            ),
        ),
    ),
    Phrase(
        text="I had a large baked potato with 2 tbsp of sour cream",
        kind="size",
        sentence=True,
        items=(
            Item(
                "11828",
                299.0,
                '11828 Potatoes, baked, flesh and skin, with salt: 1 potato large (3" to 4-1/4" dia) = 299 g',
            ),
            Item(
                "01056",
                24.0,
                "01056 Cream, sour, cultured: 2 x 1 tbsp (12 g) = 24 g; sour cream unsaid = regular cultured",
            ),
        ),
    ),
    Phrase(
        text="large plain bagel with butter from the deli",
        kind="size",
        sentence=False,
        items=(
            Item(
                "18001",
                131.0,
                '18001 Bagels, plain, enriched, with calcium propionate (includes onion, poppy, sesame): 1 large bagel (4-1/2") = 131 g',
            ),
            Item(
                "01001",
                10.0,
                '01001 Butter, salted: 2 x 1 pat (1" sq, 1/3" high) (5 g) = 10 g; butter on a bagel = 1 pat per half, as 1 pat per slice of toast',
            ),
        ),
    ),
    Phrase(
        text="a medium sweet potato, baked in its skin",
        kind="size",
        sentence=False,
        items=(
            Item(
                "11508",
                114.0,
                '11508 Sweet potato, cooked, baked in skin, without salt: 1 medium (2" dia, 5" long, raw) = 114 g',
            ),
        ),
    ),
    Phrase(
        text="a large butter croissant from the bakery",
        kind="size",
        sentence=False,
        items=(
            Item(
                "18239",
                67.0,
                "18239 Croissants, butter: 1 croissant, large = 67 g; kind not said = butter",
            ),
        ),
    ),
    Phrase(
        text="I had a small pear at morning tea",
        kind="size",
        sentence=True,
        items=(Item("09252", 148.0, "09252 Pears, raw: 1 small = 148 g"),),
    ),
    Phrase(
        text="one extra large peach",
        kind="size",
        sentence=False,
        items=(Item("09236", 224.0, '09236 Peaches, raw: 1 extra large (3" dia) = 224 g'),),
    ),
    Phrase(
        text="one big banana before gym",
        kind="size",
        sentence=False,
        items=(
            Item(
                "09040",
                136.0,
                '09040 Bananas, raw: 1 large (8" to 8-7/8" long) = 136 g; big = large',
            ),
        ),
    ),
    Phrase(
        text="a king size kit kat from the vending machine",
        kind="size",
        sentence=False,
        items=(
            Item(
                "19250",
                79.0,
                "19250 Candies, HERSHEY, KIT KAT BIG KAT Bar: 1 bar king size 2.8 oz = 79 g",
            ),
        ),
    ),
    Phrase(
        text="Got a small Oreo McFlurry",
        kind="size",
        sentence=True,
        items=(
            Item(
                "21339",
                337.0,
                "21339 McDONALD'S, McFLURRY with OREO cookies: 12 fl oz cup regular = 337 g; small = the regular 12 fl oz cup, SR24's smaller size",
            ),
        ),
    ),
    Phrase(
        text="1 cup brocolli and a chiken breast",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "11091",
                156.0,
                "11091 Broccoli, cooked, boiled, drained, without salt: 2 x 0.5 cup, chopped (78 g) = 156 g; brocolli = broccoli, eaten cooked (boiled entry)",
            ),
            Item(
                "05064",
                86.0,
                "05064 Chicken, broilers or fryers, breast, meat only, cooked, roasted: 0.5 breast, bone and skin removed = 86 g; chiken = chicken; a chicken breast = SR24's half breast (one side); cooking unsaid = roasted, skin off",
            ),
        ),
    ),
    Phrase(
        text="spagetti and meatballs 2 cups",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "22912",
                510.0,
                "22912 Spaghetti, with meatballs, canned: 2 x 1 cup (255 g) = 510 g; spagetti = spaghetti; closest SR24 entry: spaghetti with meatballs, canned",
            ),
        ),
    ),
    Phrase(
        text="avacado toast for brunch",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "09037",
                100.5,
                "09037 Avocados, raw, all commercial varieties: 100.5 g; 1/2 x 1 avocado, NS as to Florida or California (201 g) = 100.5 g; avacado = avocado; avocado toast = half an avocado on 1 slice of toast",
            ),
            Item(
                "18070",
                22.0,
                "18070 Bread, white, commercially prepared, toasted: 1 slice = 22 g; toast = white toast, the toasted entry's last 'slice' measure (held_out_5)",
            ),
        ),
    ),
    Phrase(
        text="I heated up a can of tomatoe soup",
        kind="typo",
        sentence=True,
        items=(
            Item(
                "06159",
                294.0,
                "06159 Soup, tomato, canned, condensed: 1 can = 294 g; tomatoe = tomato; a can = the condensed can; water added adds no energy",
            ),
        ),
    ),
    Phrase(
        text="glass of pinapple juice with my breakfast",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "09273",
                250.0,
                "09273 Pineapple juice, canned, unsweetened, without added ascorbic acid: 1 cup = 250 g; pinapple = pineapple; a glass = 8 fl oz",
            ),
        ),
    ),
    Phrase(
        text="5 mozarella sticks as an appetizer",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "36012",
                155.0,
                "36012 Restaurant, family style, fried mozzarella sticks: 5 x 1 piece (31 g) = 155 g; mozarella = mozzarella; fried sticks, family-restaurant entry",
            ),
        ),
    ),
    Phrase(
        text="I made myself a pb and j sandwhich on white bread",
        kind="typo",
        sentence=True,
        items=(
            Item(
                "18069",
                56.0,
                "18069 Bread, white, commercially prepared (includes soft bread crumbs): 56 g; 2 x 1 slice (28 g); sandwhich = sandwich; white bread = the first 'slice' measure, 28 g (held_out_5)",
            ),
            Item(
                "16098",
                32.0,
                "16098 Peanut butter, smooth style, with salt: 2 tbsp = 32 g; 2 tbsp peanut butter in a sandwich (tests.meals.phrases)",
            ),
            Item(
                "19297", 20.0, "19297 Jams and preserves: 1 tbsp = 20 g; jam in a sandwich = 1 tbsp"
            ),
        ),
    ),
    Phrase(
        text="a cheezburger from mcdonalds",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "21233",
                119.0,
                "21233 McDONALD'S, Cheeseburger: 1 item = 119 g; cheezburger = cheeseburger",
            ),
        ),
    ),
    Phrase(
        text="2 cups of watermellon cubes",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "09326",
                304.0,
                "09326 Watermelon, raw: 2 x 1 cup, diced (152 g) = 304 g; watermellon = watermelon",
            ),
        ),
    ),
    Phrase(
        text="oatmeal with half a cup of bluberries",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "08121",
                234.0,
                "08121 Cereals, oats, regular and quick, unenriched, cooked with water (includes boiling and microwaving), without salt: 1 cup = 234 g; a bowl of oatmeal = 1 cup cooked (tests.meals.phrases)",
            ),
            Item(
                "09050",
                74.0,
                "09050 Blueberries, raw: 0.5 x 1 cup (148 g) = 74 g; bluberries = blueberries",
            ),
        ),
    ),
    Phrase(
        text="I ate a bananna and a handfull of almonds",
        kind="typo",
        sentence=True,
        items=(
            Item(
                "09040",
                118.0,
                '09040 Bananas, raw: 1 medium (7" to 7-7/8" long) = 118 g; bananna = banana; size not said = medium',
            ),
            Item(
                "12061",
                28.4,
                "12061 Nuts, almonds: 1 oz (23 whole kernels) = 28.35 g; handfull = handful; a handful of nuts = 1 oz",
            ),
        ),
    ),
    Phrase(
        text="2 tbsp peanut butter on a slice of wholemeal",
        kind="unit",
        sentence=False,
        items=(
            Item("16098", 32.0, "16098 Peanut butter, smooth style, with salt: 2 tbsp = 32 g"),
            Item(
                "18075",
                28.0,
                "18075 Bread, whole-wheat, commercially prepared: 1 slice = 28 g; wholemeal = whole-wheat bread, not said toasted",
            ),
        ),
    ),
    Phrase(
        text="1 tbsp of extra virgin olive oil",
        kind="unit",
        sentence=False,
        items=(Item("04053", 13.5, "04053 Oil, olive, salad or cooking: 1 tablespoon = 13.5 g"),),
    ),
    Phrase(
        text="a cup of cooked quinoa with 2 tbsp of feta",
        kind="unit",
        sentence=False,
        items=(
            Item("20137", 185.0, "20137 Quinoa, cooked: 1 cup = 185 g"),
            Item(
                "01019",
                18.8,
                "01019 Cheese, feta: 18.8 g; 2 tbsp = 1/8 x 1 cup, crumbled (150 g) = 18.75 g",
            ),
        ),
    ),
    Phrase(
        text="I snacked on 3 tbsp hummus with a cup of carrot sticks",
        kind="unit",
        sentence=True,
        items=(
            Item(
                "16158",
                45.0,
                "16158 Hummus, commercial: 3 x 1 tbsp (15 g) = 45 g; hummus unsaid = commercial",
            ),
            Item("11124", 122.0, "11124 Carrots, raw: 1 cup strips or slices = 122 g"),
        ),
    ),
    Phrase(
        text="half cup cottage cheese and half cup fresh pineapple chunks",
        kind="unit",
        sentence=False,
        items=(
            Item(
                "01012",
                112.5,
                "01012 Cheese, cottage, creamed, large or small curd: 0.5 x 1 cup, small curd (not packed) (225 g) = 112.5 g; cottage cheese unsaid = creamed, small curd",
            ),
            Item(
                "09266",
                82.5,
                "09266 Pineapple, raw, all varieties: 0.5 x 1 cup, chunks (165 g) = 82.5 g; fresh pineapple",
            ),
        ),
    ),
    Phrase(
        text="I put 2 tsp of honey in my tea",
        kind="unit",
        sentence=True,
        items=(
            Item("19296", 14.0, "19296 Honey: 14 g; 2 tsp = 2/3 x 1 tbsp (21 g)"),
            Item(
                "14355",
                237.0,
                "14355 Tea, black, brewed, prepared with tap water: 1 cup (8 fl oz) = 237 g; a cup of tea = 8 fl oz",
            ),
        ),
    ),
    Phrase(
        text="My snack was a cup of mango chunks",
        kind="unit",
        sentence=True,
        items=(Item("09176", 165.0, "09176 Mangos, raw: 1 cup pieces = 165 g"),),
    ),
    Phrase(
        text="4 cups of air popped popcorn, no butter",
        kind="unit",
        sentence=False,
        items=(Item("19034", 32.0, "19034 Snacks, popcorn, air-popped: 4 x 1 cup (8 g) = 32 g"),),
    ),
    Phrase(
        text="1/4 cup of sultanas",
        kind="unit",
        sentence=False,
        items=(
            Item(
                "09298",
                36.3,
                "09298 Raisins, seedless: 0.25 x 1 cup (not packed) (145 g) = 36.3 g; sultanas = golden raisins; closest SR24 entry: seedless raisins; a cup measure of raisins unsaid = not packed",
            ),
        ),
    ),
    Phrase(
        text="a cup of chickpeas from a tin, drained",
        kind="unit",
        sentence=False,
        items=(
            Item(
                "16057",
                164.0,
                "16057 Chickpeas (garbanzo beans, bengal gram), mature seeds, cooked, boiled, without salt: 1 cup = 164 g; closest SR24 entry: boiled chickpeas (canned, drained, are cooked chickpeas)",
            ),
        ),
    ),
    Phrase(
        text="2 tbsp ground flaxseed (linseed)",
        kind="unit",
        sentence=False,
        items=(Item("12220", 14.0, "12220 Seeds, flaxseed: 2 x 1 tbsp, ground (7 g) = 14 g"),),
    ),
    Phrase(
        text="200 g grilled chicken breast for meal prep",
        kind="units",
        sentence=False,
        items=(
            Item(
                "05064",
                200.0,
                "05064 Chicken, broilers or fryers, breast, meat only, cooked, roasted: 200 g; as typed; grilled = roasted (dry heat), skin off",
            ),
        ),
    ),
    Phrase(
        text="I had 50g of oats made with 200ml of milk",
        kind="units",
        sentence=True,
        items=(
            Item(
                "08120",
                50.0,
                "08120 Cereals, oats, regular and quick, not fortified, dry: 50 g; as typed, dry oats",
            ),
            Item(
                "01079",
                206.3,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 200 ml = 6.76 fl oz (29.57 ml each) x 30.5 g (1 fl oz) = 206.3 g; milk not said = 2%",
            ),
        ),
    ),
    Phrase(
        text="250 ml of OJ at breakfast",
        kind="units",
        sentence=False,
        items=(
            Item(
                "09209",
                262.9,
                "09209 Orange juice, chilled, includes from concentrate: 250 ml = 8.45 fl oz (29.57 ml each) x 31.1 g (1 fl oz) = 262.9 g; OJ = orange juice, chilled",
            ),
        ),
    ),
    Phrase(
        text="8oz sirloin steak, medium rare",
        kind="units",
        sentence=False,
        items=(
            Item(
                "13451",
                226.8,
                '13451 Beef, top sirloin, steak, separable lean and fat, trimmed to 0" fat, all grades, cooked, broiled: 8 oz x 28.35 g = 226.8 g; taken as cooked; sirloin = top sirloin, lean and fat, broiled',
            ),
        ),
    ),
    Phrase(
        text="330ml can of lemonade",
        kind="units",
        sentence=False,
        items=(
            Item(
                "14145",
                343.7,
                "14145 Carbonated beverage, SPRITE, lemon-lime, without caffeine: 330 ml = 11.16 fl oz (29.57 ml each) x 30.8 g (1 fl oz) = 343.7 g; lemonade (British) = clear lemon-lime soda; closest SR24 entry: Sprite",
            ),
        ),
    ),
    Phrase(
        text="30 g raw almonds",
        kind="units",
        sentence=False,
        items=(Item("12061", 30.0, "12061 Nuts, almonds: 30 g; as typed"),),
    ),
    Phrase(
        text="150g firm tofu, cubed",
        kind="units",
        sentence=False,
        items=(
            Item(
                "16126",
                150.0,
                "16126 Tofu, firm, prepared with calcium sulfate and magnesium chloride (nigari): 150 g; as typed",
            ),
        ),
    ),
    Phrase(
        text="I weighed out 75g of dry penne and cooked it",
        kind="units",
        sentence=True,
        items=(
            Item(
                "20099",
                75.0,
                "20099 Macaroni, dry, enriched: 75 g; 75 g dry as typed; penne: closest SR24 entry: dry enriched macaroni",
            ),
        ),
    ),
    Phrase(
        text="500ml bottle of Fanta orange",
        kind="units",
        sentence=False,
        items=(
            Item(
                "14150",
                524.2,
                "14150 Carbonated beverage, orange: 500 ml = 16.91 fl oz (29.57 ml each) x 31 g (1 fl oz) = 524.2 g; Fanta orange = orange soda",
            ),
        ),
    ),
    Phrase(
        text="125g pot of strawberry yoghurt",
        kind="units",
        sentence=False,
        items=(
            Item(
                "01120",
                125.0,
                "01120 Yogurt, fruit, low fat, 9 grams protein per 8 ounce: 125 g; as typed; fruit yoghurt of unsaid fat = low fat",
            ),
        ),
    ),
    Phrase(
        text="Had a 5 oz piece of grilled tilapia",
        kind="units",
        sentence=True,
        items=(
            Item(
                "15262",
                141.8,
                "15262 Fish, tilapia, cooked, dry heat: 5 oz x 28.35 g = 141.8 g; grilled = dry heat",
            ),
        ),
    ),
    Phrase(
        text="two and a half cups of microwave popcorn during the movie",
        kind="words",
        sentence=False,
        items=(
            Item(
                "19035",
                27.5,
                "19035 Snacks, popcorn, oil-popped, microwave, regular flavor: 2.5 x 1 cup (11 g) = 27.5 g",
            ),
        ),
    ),
    Phrase(
        text="one and a half cups of couscous with dinner",
        kind="words",
        sentence=False,
        items=(
            Item(
                "20029",
                235.5,
                "20029 Couscous, cooked: 1.5 x 1 cup, cooked (157 g) = 235.5 g; couscous = cooked",
            ),
        ),
    ),
    Phrase(
        text="a couple of slices of large pizza hut pepperoni",
        kind="words",
        sentence=False,
        items=(
            Item(
                "21296",
                220.0,
                '21296 PIZZA HUT 14" Pepperoni Pizza, Hand-Tossed Crust: 2 x 1 slice (110 g) = 220 g; a couple = 2; large = 14-inch; crust not said = hand-tossed (held_out_5)',
            ),
        ),
    ),
    Phrase(
        text="three quarters of a cup of homemade granola",
        kind="words",
        sentence=False,
        items=(
            Item(
                "08037",
                91.5,
                "08037 Cereals ready-to-eat, granola, homemade: 0.75 x 1 cup (122 g) = 91.5 g; granola unsaid = the generic (homemade) entry",
            ),
        ),
    ),
    Phrase(
        text="we had a shrimp boil and I ate about a pound of shrimp",
        kind="words",
        sentence=True,
        items=(
            Item(
                "15151",
                453.6,
                "15151 Crustaceans, shrimp, mixed species, cooked, moist heat: 453.6 g; 1 lb = 453.6 g; boiled = moist heat",
            ),
        ),
    ),
    Phrase(
        text="drank eight ounces of whole milk",
        kind="words",
        sentence=False,
        items=(
            Item(
                "01077",
                244.0,
                "01077 Milk, whole, 3.25% milkfat, with added vitamin D: 8 fl oz x 30.5 g (1 fl oz) = 244 g; ounces of a drink = fl oz",
            ),
        ),
    ),
    Phrase(
        text="twenty raw almonds as a snack",
        kind="words",
        sentence=False,
        items=(Item("12061", 24.0, "12061 Nuts, almonds: 20 x 1 almond (1.2 g) = 24 g"),),
    ),
    Phrase(
        text="My mum gave me two slices of banana bread",
        kind="words",
        sentence=True,
        items=(
            Item(
                "18019",
                120.0,
                "18019 Bread, banana, prepared from recipe, made with margarine: 2 x 1 slice (60 g) = 120 g",
            ),
        ),
    ),
    Phrase(
        text="a handful and a half of salted cashews",
        kind="words",
        sentence=False,
        items=(
            Item(
                "12585",
                42.5,
                "12585 Nuts, cashew nuts, dry roasted, with salt added: 1.5 oz x 28.35 g = 42.5 g; a handful of nuts = 1 oz; cashews unsaid = dry roasted, salted",
            ),
        ),
    ),
    Phrase(
        text="I ate three fourths of a cup of black beans",
        kind="words",
        sentence=True,
        items=(
            Item(
                "16015",
                129.0,
                "16015 Beans, black, mature seeds, cooked, boiled, without salt: 0.75 x 1 cup (172 g) = 129 g; cooked (boiled)",
            ),
        ),
    ),
)
