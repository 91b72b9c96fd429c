# ruff: noqa: E501
"""The sixteenth held-out set of the /log accuracy phrases: never to be read while tuning.

Written on 2026-12-07 apart from the code (without reading the parser, its aliases, units,
names tables, recipes, servings, ranking, search, the meal service, the bench or any test of the
parser, and without any score of the bench), from the USDA SR24 records alone (the SR24 archive
of /work/shared/data, read by a throwaway script that looked each item up by its NDB number and
household measure and wrote the measure into the basis; every uid was then checked against the
product's packaged table through `table`, as the structure test does), following the conventions
of `tests.meals.phrases` and those `held_out_14` states (each basis says which applied). Read for
this set: `tests.meals.phrases` (its conventions and how sets are registered), `table`, the
structure test (`tests/meals/test_phrase_set.py`), and `held_out_14` (its docstring, the format
and bases of its entries, its conventions and kind labels; its phrases were not reused).
`held_out_15` was not opened, nor were `development` and `held_out` to `held_out_13`: a script
compared their texts (and `held_out_14`'s) with these and printed only the count of equal or
nearly equal ones (the same words in any order, or word sets at least three quarters shared):
10 equal and 68 nearly equal at first (equal: 1 each in `development`, `held_out`, `held_out_3`,
`held_out_4`, `held_out_5`, `held_out_6`, `held_out_9` and `held_out_14`, 2 in `held_out_2`;
nearly equal: 6, 7, 5, 5, 9, 3, 2, 4, 6, 3, 2, 5, 3, 5 and 3 in `development`, `held_out` and
`held_out_2` to `held_out_14`, 0 in `held_out_15`), then 0 equal and 8 nearly equal, then 1 (in
`held_out_6`), reworded blind (a second script named only this set's phrases that matched) until
it printed 0 for every set and 0 within this set. `held_out_15` matched none at any stage. Nothing
of this set was run through the bot or the scorer.

Voices are everyday people of many Englishes: US ("after work", "the deli near work", "the gas
station", "the church potluck", "trivia night", "a pbj sandwich", "franks n beans", "my cousin's"), UK
("down the pub with the lads", "a proper fry up", "jacket potato", "a chippy", "bangers and mash
for tea", "telly", "a toastie", "wholemeal", "three fish fingers"), Irish ("2 shots of Jameson,
35ml each ... in Cork", "cans of Guinness"), Australian ("Maccas", "a rotisserie chook from
Woolies", "Brekkie", "vegemite, thin scrape", "morning tea", "the petrol station", "a family block
of Dairy Milk", "the cricket at the Gabba", "recess", "a short latte with full cream milk"), New
Zealand ("a regular cappuccino on Cuba Street", "a kumara", "a flat white for me and my mate"),
Canadian ("an XL triple triple from Tim's", "the BK on Yonge St"), Indian ("rice and dal at the
office canteen", "a masala omelette with a chapati"), South African ("split a bottle of sauvignon
blanc on the stoep", "the braai, lamb chops and a mealie", "biltong", "Jo'burg", "Durban"),
Nigerian ("McDonald's in Ikeja", "a big Star at the joint"), Kenyan ("two Tuskers at the local",
"ugali and sukuma wiki", "chapatis with my beans"), Ghanaian ("red red at my aunty's in Accra", "a
nescafe with condensed milk ... in Kumasi"), Filipino ("merienda, a pandesal with cheese"),
Singaporean ("kopi c at the kopitiam"), Malaysian ("a packet of maggi mee for dinner lah"),
Caribbean ("rice and peas with my curry goat", "rice and beans at the Puerto Rican place"), and
Latino US ("pupusas", "empanadas from the food truck", "chicken and rice from the Latin place").
180 phrases, 12 of each of the 15 kinds of the other sets (chain, coffee, drink, eggs, label,
meal_sentence, part, size, typo, unit, units, words, count, cooked, dish); 97 of them are whole
sentences (all 12 meal sentences, 8 of the words, 7 of the parts, 6 of each other kind but 5 of
unit and units), with filler verbs ("grabbed", "smashed", "got through", "demolished"), meal
labels, times, places, people, sharing ("split", "shared", "I had maybe half", "I only drank mine")
and a correction ("Sorry correction, it was 2 slices of pizza not 3"); the rest are notes, lists,
labels ("Brekkie -", "Lunch:", "post gym:", "Midnight snack:", "Pre-run:") and single foods, with
the typos and shorthand people type ("chikin", "mlik", "avacado", "brocolli", "rise",
"cheesburger", "fires", "cofee", "shugar", "strawbery", "peice", "chikken", "mufin", "bluberries",
"honney", "sanwich", "peperoni", "w", "w/", "n", "+", "x2", "x3", "pbj", "OJ", "nana", "stn", "XL",
"bk"). Where SR24 has no exact food the closest entry is used and the basis says so (a chapati = a
7-8 inch flour tortilla, a pandesal = a dinner roll, ugali = cooked white grits, sukuma wiki =
collards, biltong = beef jerky, Nutella = milk chocolate, Guinness = regular beer, a soft-boiled
egg = a hard-boiled one, red red = black-eyed peas with fried plantain).

Conventions this set adds where the others leave a case open (a careful reader with SR24 would
take the same):

- a latte's steamed milk by size: short (8 fl oz, 1 shot) 5 fl oz, tall (12, 1 shot) 9, grande
  (16, 2 shots) 12, venti (20, 2 shots) 16; a cafe's regular = a tall and its large = a grande;
  an americano's water and a doppio are shots only; a cafe au lait = half coffee, half hot milk,
  a big mug 12 fl oz; kopi c = 6 fl oz of coffee with 1 fl oz of evaporated milk and 2 tsp of
  sugar; instant coffee "with condensed milk" = an 8 fl oz mug with 1 fl oz of sweetened
  condensed milk; Tim Hortons' XL = 24 fl oz, a triple triple 3 creams and 3 sugars (1 fl oz of
  light cream and 1 tsp each); a sugar = 1 tsp;
- volumes in ml are weighed by SR24's own fl oz or container weight (beer 356 g per 355 ml, wine
  147 g per 5 fl oz, spirits 27.8 g per fl oz); a wine bottle = 750 ml, a Tusker = 500 ml, a big
  Star = 600 ml, a UK or Irish can = 440 ml, an Irish shot 35 ml as typed; a mixer = 4 fl oz; a
  large fountain drink = SR24's 32 fl oz cup; a large juice = 16 fl oz; a school carton = 8 fl oz;
- a helping = 1 cup; a large bowl of soup = 2 cups; a plate of beans or dal = 1 cup; a canteen
  serving of rice = 1 cup; some grated cheese = 1/4 cup; berries on oatmeal = 1/4 cup; a drizzle
  of honey = 1 tsp; syrup on pancakes, sour cream on a potato and cream over fruit = 2 tbsp;
  peanut butter on one toast = 1 tbsp; vegemite = 1 tsp a slice; ham or cheese in an omelet = 1
  slice; a tuna sandwich = 3 oz of tuna and 1 tbsp of mayonnaise; a fry-up = 2 rashers, 1/2 cup
  of beans and one sausage;
- a quarter of a chicken = a quarter of SR24's rotisserie breast and half a thigh, drumstick and
  wing (half of `held_out_14`'s half chicken); a tub of ice cream = a pint (2 cups); a sleeve of
  Ritz = 32 crackers; a family block of chocolate = 200 g; a bag of tortilla chips = SR24's 6 oz
  bag; a whole papaya = SR24's large fruit; a chip-shop fish = 2 of SR24's battered fillets and
  its chips a large fries; a banger = SR24's 48 g cooked pork sausage serving; a serving of meat
  (roast beef, curry goat, a lamb chop, a tilapia fillet) = 3 oz cooked where SR24 gives no
  piece.

It is never to be read, run or looked at while tuning. It is scored ONCE, at the end of the
round after `held_out_15`'s, with `python bench/eval_food_log.py --set held_out_16`, and that
score is the round's result. Never move a phrase between this set and another one, never edit
a phrase or its items after seeing how the bot does on it, and never tune against it: once it
has been scored, the round after needs a new held-out set.
"""

from __future__ import annotations

from tests.meals.phrases import Item, Phrase

PHRASES: tuple[Phrase, ...] = (
    Phrase(
        text="grabbed a whopper with cheese and a medium fries at burger king after work",
        kind="chain",
        sentence=True,
        items=(
            Item(
                "21253",
                316.0,
                "21253 BURGER KING, WHOPPER, with cheese: 1 item (316 g); one WHOPPER with cheese",
            ),
            Item(
                "21249",
                117.0,
                "21249 BURGER KING, French Fries: 1 medium serving (117 g); Burger King medium fries",
            ),
        ),
    ),
    Phrase(
        text="double whopper, hold the cheese, from the BK on Yonge St",
        kind="chain",
        sentence=False,
        items=(
            Item(
                "21254",
                374.0,
                "21254 BURGER KING, DOUBLE WHOPPER, no cheese: 1 item (374 g); bk = Burger King",
            ),
        ),
    ),
    Phrase(
        text="KFC: 2 pieces original recipe, a breast and a drumstick, plus a side of coleslaw",
        kind="chain",
        sentence=False,
        items=(
            Item(
                "21434",
                201.0,
                "21434 KENTUCKY FRIED CHICKEN, Fried Chicken, ORIGINAL RECIPE, Breast, meat and skin with breading: 1 breast, with skin (201 g); meat, skin and breading as served",
            ),
            Item(
                "21435",
                75.0,
                "21435 KENTUCKY FRIED CHICKEN, Fried Chicken, ORIGINAL RECIPE, Drumstick, meat and skin with breading: 1 drumstick, with skin (75 g); meat, skin and breading as served",
            ),
            Item(
                "21420",
                112.0,
                "21420 KENTUCKY FRIED CHICKEN, Coleslaw: 1 package (112 g); a side of coleslaw = KFC's individual package",
            ),
        ),
    ),
    Phrase(
        text="Had a 10 piece McNuggets and a large coke at McDonald's in Ikeja",
        kind="chain",
        sentence=True,
        items=(
            Item(
                "21309",
                159.0,
                "21309 McDONALD'S, Chicken McNUGGETS: 10 pieces (159 g)",
            ),
            Item(
                "14400",
                722.0,
                "14400 Carbonated beverage, cola, contains caffeine: 1 cup large 32 fl oz size (722 g); a fast-food large cola cup (Nigerian voice, McDonald's)",
            ),
        ),
    ),
    Phrase(
        text="two soft tacos w chicken from taco bell",
        kind="chain",
        sentence=False,
        items=(
            Item(
                "21262",
                196.0,
                "21262 TACO BELL, Soft Taco with chicken, cheese and lettuce: 1 each taco (98 g) x 2",
            ),
        ),
    ),
    Phrase(
        text="Lunch was a bean burrito and nachos from Taco Bell",
        kind="chain",
        sentence=True,
        items=(
            Item(
                "21264",
                185.0,
                "21264 TACO BELL, Bean Burrito: 1 each burrito (185 g)",
            ),
            Item(
                "21268",
                99.0,
                "21268 TACO BELL, Nachos: 1 item (99 g); Taco Bell's plain nachos",
            ),
        ),
    ),
    Phrase(
        text="3 slices of dominos pepperoni hand tossed",
        kind="chain",
        sentence=False,
        items=(
            Item(
                "21280",
                339.0,
                "21280 DOMINO'S 14\" Pepperoni Pizza, Classic Hand-Tossed Crust: 1 slice (113 g) x 3; Domino's 14-inch Classic Hand-Tossed, the chain's standard large",
            ),
        ),
    ),
    Phrase(
        text="We shared a 12 inch pizza hut cheese pan pizza between the two of us",
        kind="chain",
        sentence=True,
        items=(
            Item(
                "21272",
                364.0,
                "21272 PIZZA HUT 12\" Cheese Pizza, Pan Crust: 1 pizza (728 g) / 2; shared between two, the eater's half",
            ),
        ),
    ),
    Phrase(
        text="junior cheeseburger n a small chocolate frosty at wendys",
        kind="chain",
        sentence=False,
        items=(
            Item(
                "21242",
                129.0,
                "21242 WENDY'S, Jr. Hamburger, with cheese: 1 item (129 g); Jr. Hamburger with cheese",
            ),
            Item(
                "21248",
                227.0,
                "21248 WENDY'S, Frosty Dairy Dessert: 1 small 12 oz. cup (227 g)",
            ),
        ),
    ),
    Phrase(
        text="popeyes 3 spicy strips + a biscuit",
        kind="chain",
        sentence=False,
        items=(
            Item(
                "21418",
                159.0,
                "21418 POPEYES, Spicy Chicken Strips, analyzed 2006: 1 strip (53 g) x 3",
            ),
            Item(
                "21415",
                59.0,
                "21415 POPEYES, Biscuit: 1 biscuit (59 g)",
            ),
        ),
    ),
    Phrase(
        text="I got the 8 piece chicken tenders from Burger King on the drive to Durban",
        kind="chain",
        sentence=True,
        items=(
            Item(
                "21256",
                123.0,
                "21256 BURGER KING, CHICKEN TENDERS: 8 pieces (123 g)",
            ),
        ),
    ),
    Phrase(
        text="Breakfast at Maccas was hotcakes and a hash brown",
        kind="chain",
        sentence=True,
        items=(
            Item(
                "21321",
                149.0,
                "21321 McDONALD'S, Hotcakes (plain): 3 hotcakes (149 g); one order of hotcakes, plain (no syrup or butter named)",
            ),
            Item(
                "21319",
                56.0,
                "21319 McDONALD'S, Hash Browns: 2.0 oz (56 g); one McDonald's hash brown",
            ),
        ),
    ),
    Phrase(
        text="skinny grande latte, extra hot",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14210",
                60.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 1 fluid ounce (30 g) x 2; a grande latte has 2 shots",
            ),
            Item(
                "01085",
                367.2,
                "01085 Milk, nonfat, fluid, with added vitamin A and vitamin D (fat free or skim): 1 fl oz (30.6 g) x 12; a grande latte's steamed milk = 12 fl oz (this set's convention), skim named",
            ),
        ),
    ),
    Phrase(
        text="I had a regular cappuccino at the cafe on Cuba Street before work",
        kind="coffee",
        sentence=True,
        items=(
            Item(
                "14210",
                30.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 1 fluid ounce (30 g); a regular (12 fl oz, as a tall) has 1 shot",
            ),
            Item(
                "01079",
                205.88,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 1 fl oz (30.5 g) x 6.75; a cappuccino's milk = 3/4 of the latte's at the size (tall latte 9 fl oz); 2% as milk unsaid",
            ),
        ),
    ),
    Phrase(
        text="venti americano and a blueberry muffin",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14210",
                60.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 1 fluid ounce (30 g) x 2; a venti americano = 2 shots over hot water (water not counted)",
            ),
            Item(
                "18274",
                113.0,
                "18274 Muffins, blueberry, commercially prepared (Includes mini-muffins): 1 medium (113 g); size not said = medium",
            ),
        ),
    ),
    Phrase(
        text="Two flat whites for me and my mate this morning, I only drank mine",
        kind="coffee",
        sentence=True,
        items=(
            Item(
                "14210",
                60.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 1 fluid ounce (30 g) x 2; one flat white = a double shot (only the eater's one)",
            ),
            Item(
                "01079",
                122.0,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 1 fl oz (30.5 g) x 4; a flat white's 4 fl oz of steamed milk, 2% as milk unsaid",
            ),
        ),
    ),
    Phrase(
        text="usual morning coffee in my mug, milk and two sugars",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14209",
                237.0,
                "14209 Coffee, brewed from grounds, prepared with tap water: 1 cup (8 fl oz) (237 g); a mug of coffee = 8 fl oz",
            ),
            Item(
                "01079",
                30.5,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 1 fl oz (30.5 g); milk in coffee = a 1 fl oz splash, 2% as milk unsaid",
            ),
            Item(
                "19335",
                8.4,
                "19335 Sugars, granulated: 1 tsp (4.2 g) x 2; a sugar = 1 tsp",
            ),
        ),
    ),
    Phrase(
        text="Had a large cafe mocha from Gloria Jeans this morning",
        kind="coffee",
        sentence=True,
        items=(
            Item(
                "14210",
                60.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 1 fluid ounce (30 g) x 2; a large (16 fl oz, as a grande) has 2 shots",
            ),
            Item(
                "01079",
                366.0,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 1 fl oz (30.5 g) x 12; the grande latte's 12 fl oz of milk, 2% as milk unsaid",
            ),
            Item(
                "19348",
                38.0,
                "19348 Syrups, chocolate, fudge-type: 2 tbsp (38 g); a mocha = the latte with 2 tbsp chocolate syrup",
            ),
        ),
    ),
    Phrase(
        text="Had a kopi c with my dad at the kopitiam",
        kind="coffee",
        sentence=True,
        items=(
            Item(
                "14209",
                178.0,
                "14209 Coffee, brewed from grounds, prepared with tap water: 6.0 fl oz (178 g); a kopitiam cup = 6 fl oz of coffee",
            ),
            Item(
                "01096",
                31.5,
                "01096 Milk, canned, evaporated, with added vitamin D and without added vitamin A: 1 fl oz (31.5 g); kopi c = coffee with 2 tbsp (1 fl oz) of evaporated milk",
            ),
            Item(
                "19335",
                8.4,
                "19335 Sugars, granulated: 1 tsp (4.2 g) x 2; kopi c is sweetened: 2 tsp sugar",
            ),
        ),
    ),
    Phrase(
        text="espresso doppio w/ a croissant before my 7:40 train",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14210",
                60.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 1 fluid ounce (30 g) x 2; a double = 2 shots",
            ),
            Item(
                "18239",
                57.0,
                "18239 Croissants, butter: 1 croissant, medium (57 g); size not said = medium",
            ),
        ),
    ),
    Phrase(
        text="cafe au lait, big mug",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14209",
                177.6,
                "14209 Coffee, brewed from grounds, prepared with tap water: 1 fl oz (29.6 g) x 6; a big mug = 12 fl oz, a cafe au lait half coffee",
            ),
            Item(
                "01079",
                183.0,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 1 fl oz (30.5 g) x 6; and half hot milk, 2% as milk unsaid",
            ),
        ),
    ),
    Phrase(
        text="Got an XL triple triple from Tim's on the way to the rink",
        kind="coffee",
        sentence=True,
        items=(
            Item(
                "14209",
                710.4,
                "14209 Coffee, brewed from grounds, prepared with tap water: 1 fl oz (29.6 g) x 24; Tim Hortons XL = 24 fl oz of brewed coffee",
            ),
            Item(
                "01050",
                90.0,
                "01050 Cream, fluid, light (coffee cream or table cream): 1 fl oz (30 g) x 3; triple triple = 3 creams, 1 fl oz of light cream each",
            ),
            Item(
                "19335",
                12.6,
                "19335 Sugars, granulated: 1 tsp (4.2 g) x 3; and 3 sugars, 1 tsp each",
            ),
        ),
    ),
    Phrase(
        text="short latte with full cream milk",
        kind="coffee",
        sentence=False,
        items=(
            Item(
                "14210",
                30.0,
                "14210 Coffee, brewed, espresso, restaurant-prepared: 1 fluid ounce (30 g); a short (8 fl oz) has 1 shot",
            ),
            Item(
                "01077",
                152.5,
                "01077 Milk, whole, 3.25% milkfat, with added vitamin D: 1 fl oz (30.5 g) x 5; a short latte's steamed milk = 5 fl oz (this set's convention); full cream = whole milk",
            ),
        ),
    ),
    Phrase(
        text="I had a nescafe with condensed milk in the morning, the way my grandma in Kumasi makes it",
        kind="coffee",
        sentence=True,
        items=(
            Item(
                "14215",
                238.4,
                "14215 Coffee, instant, regular, prepared with water: 1 fl oz (29.8 g) x 8; a mug of instant coffee = 8 fl oz",
            ),
            Item(
                "01095",
                38.2,
                "01095 Milk, canned, condensed, sweetened: 1 fl oz (38.2 g); condensed milk in coffee = 2 tbsp (1 fl oz) of sweetened condensed milk",
            ),
        ),
    ),
    Phrase(
        text="Had 3 pints of lager down the pub with the lads",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "14003",
                1708.8,
                "14003 Alcoholic beverage, beer, regular, all: 1 can (356 g for 355 ml) scaled to 568 ml x 3; a UK pint = 568 ml (imperial); lager = regular beer",
            ),
        ),
    ),
    Phrase(
        text="Me and Thandi split a bottle of sauvignon blanc on the stoep",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "14134",
                372.79,
                "14134 Alcoholic beverage, wine, table, white, Sauvignon Blanc: 1 serving 5 fl oz (147 g) scaled to 375 ml; a wine bottle = 750 ml, split between two",
            ),
        ),
    ),
    Phrase(
        text="pinot noir x 2 glasses over dinner with the in-laws",
        kind="drink",
        sentence=False,
        items=(
            Item(
                "14099",
                294.0,
                "14099 Alcoholic Beverage, wine, table, red, Pinot Noir: 1 serving 5 fl oz (147 g) x 2; a glass of wine = 5 fl oz",
            ),
        ),
    ),
    Phrase(
        text="Had a couple of Bud Lights watching the game",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "14007",
                708.0,
                "14007 Alcoholic beverage, beer, light, BUD LIGHT: 12.0 fl oz (354 g) x 2; a couple = 2, a bottle or can = 12 fl oz",
            ),
        ),
    ),
    Phrase(
        text="gin and tonic, a double",
        kind="drink",
        sentence=False,
        items=(
            Item(
                "14049",
                84.0,
                "14049 Alcoholic beverage, distilled, gin, 90 proof: 1 jigger 1.5 fl oz (42 g) x 2; a double = 2 shots; SR24's only gin is 90 proof",
            ),
            Item(
                "14155",
                122.0,
                "14155 Carbonated beverage, tonic water: 1 fl oz (30.5 g) x 4; a mixer = 4 fl oz",
            ),
        ),
    ),
    Phrase(
        text="On the plane to Jo'burg I drank a can of canada dry ginger ale",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "14136",
                366.0,
                "14136 Carbonated beverage, ginger ale: 1 can or bottle (12 fl oz) (366 g)",
            ),
        ),
    ),
    Phrase(
        text="whiskey on the rocks x2",
        kind="drink",
        sentence=False,
        items=(
            Item(
                "14052",
                84.0,
                "14052 Alcoholic beverage, distilled, whiskey, 86 proof: 1 jigger 1.5 fl oz (42 g) x 2; a pour = a 1.5 fl oz shot",
            ),
        ),
    ),
    Phrase(
        text="big star at the joint",
        kind="drink",
        sentence=False,
        items=(
            Item(
                "14003",
                601.69,
                "14003 Alcoholic beverage, beer, regular, all: 1 can (356 g for 355 ml) scaled to 600 ml; a big Star (Nigerian lager) = a 600 ml bottle; regular beer",
            ),
        ),
    ),
    Phrase(
        text="I had a glass of red at my sister's and then another one",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "14096",
                294.0,
                "14096 Alcoholic beverage, wine, table, red: 1 serving 5 fl oz (147 g) x 2; a glass of wine = 5 fl oz, and another",
            ),
        ),
    ),
    Phrase(
        text="vodka cranberry",
        kind="drink",
        sentence=False,
        items=(
            Item(
                "14051",
                42.0,
                "14051 Alcoholic beverage, distilled, vodka, 80 proof: 1 jigger 1.5 fl oz (42 g); one shot",
            ),
            Item(
                "14242",
                126.4,
                "14242 Cranberry juice cocktail, bottled: 1 fl oz (31.6 g) x 4; a mixer = 4 fl oz of cranberry juice cocktail",
            ),
        ),
    ),
    Phrase(
        text="Had two Tuskers at the local on Friday night",
        kind="drink",
        sentence=True,
        items=(
            Item(
                "14003",
                1002.82,
                "14003 Alcoholic beverage, beer, regular, all: 1 can (356 g for 355 ml) scaled to 500 ml x 2; a Tusker (Kenyan lager) bottle = 500 ml; regular beer",
            ),
        ),
    ),
    Phrase(
        text="large sprite",
        kind="drink",
        sentence=False,
        items=(
            Item(
                "14145",
                722.0,
                "14145 Carbonated beverage, SPRITE, lemon-lime, without caffeine: 1 large cup 32 fl oz size cup (722 g)",
            ),
        ),
    ),
    Phrase(
        text="2 eggs fried in the pan, each on a slice of toast",
        kind="eggs",
        sentence=False,
        items=(
            Item(
                "01128",
                92.0,
                "01128 Egg, whole, cooked, fried: 1 large (46 g) x 2",
            ),
            Item(
                "18070",
                44.0,
                "18070 Bread, white, commercially prepared, toasted: 1 slice (22 g) x 2; eggs on toast = a slice under each egg",
            ),
        ),
    ),
    Phrase(
        text="Scrambled 3 eggs for breakfast with some cheddar grated in",
        kind="eggs",
        sentence=True,
        items=(
            Item(
                "01132",
                183.0,
                "01132 Egg, whole, cooked, scrambled: 1 large (61 g) x 3",
            ),
            Item(
                "01009",
                28.25,
                "01009 Cheese, cheddar: 1 cup, shredded (113 g) / 4; some grated cheese = 1/4 cup",
            ),
        ),
    ),
    Phrase(
        text="two poached eggs sitting on a toasted english muffin",
        kind="eggs",
        sentence=False,
        items=(
            Item(
                "01131",
                100.0,
                "01131 Egg, whole, cooked, poached: 1 large (50 g) x 2",
            ),
            Item(
                "18259",
                52.0,
                "18259 English muffins, plain, toasted, enriched, with calcium propionate (includes sourdough): 1 muffin (52 g); toasted, as under eggs",
            ),
        ),
    ),
    Phrase(
        text="Had two hard boiled eggs at my desk",
        kind="eggs",
        sentence=True,
        items=(
            Item(
                "01129",
                100.0,
                "01129 Egg, whole, cooked, hard-boiled: 1 large (50 g) x 2",
            ),
        ),
    ),
    Phrase(
        text="3 egg omelette with ham and cheese",
        kind="eggs",
        sentence=False,
        items=(
            Item(
                "01130",
                183.0,
                "01130 Egg, whole, cooked, omelet: 1 large (61 g) x 3; an omelet of 3 eggs",
            ),
            Item(
                "07029",
                28.0,
                "07029 Ham, sliced, regular (approximately 11% fat): 1 slice (28 g); ham in an omelet = 1 slice",
            ),
            Item(
                "01009",
                28.0,
                "01009 Cheese, cheddar: 1 slice (1 oz) (28 g); cheese = 1 slice, cheddar as cheese unsaid",
            ),
        ),
    ),
    Phrase(
        text="omelette made from 4 egg whites only, no yolks",
        kind="eggs",
        sentence=False,
        items=(
            Item(
                "01124",
                132.0,
                "01124 Egg, white, raw, fresh: 1 large (33 g) x 4; SR24 has no cooked white: the raw whites by weight",
            ),
        ),
    ),
    Phrase(
        text="I fried one egg sunny side up and had it on a slice of sourdough",
        kind="eggs",
        sentence=True,
        items=(
            Item(
                "01128",
                46.0,
                "01128 Egg, whole, cooked, fried: 1 large (46 g); sunny side up = fried",
            ),
            Item(
                "18029",
                64.0,
                "18029 Bread, french or vienna (includes sourdough): 1 slice, medium (64 g); sourdough is in this entry; size not said = medium",
            ),
        ),
    ),
    Phrase(
        text="soft boiled egg w 1 slice wholemeal toast",
        kind="eggs",
        sentence=False,
        items=(
            Item(
                "01129",
                50.0,
                "01129 Egg, whole, cooked, hard-boiled: 1 large (50 g); SR24 has no soft-boiled entry: hard-boiled, same egg",
            ),
            Item(
                "18076",
                25.0,
                "18076 Bread, whole-wheat, commercially prepared, toasted: 1 slice (25 g); wholemeal = whole-wheat, toasted",
            ),
        ),
    ),
    Phrase(
        text="Had a masala omelette made with 2 eggs and a chapati",
        kind="eggs",
        sentence=True,
        items=(
            Item(
                "01130",
                122.0,
                "01130 Egg, whole, cooked, omelet: 1 large (61 g) x 2",
            ),
            Item(
                "18450",
                49.0,
                '18450 Tortillas, ready-to-bake or -fry, flour, without added calcium: 1 tortilla (approx 7-8" dia) (49 g); SR24 has no chapati: the closest unleavened flatbread',
            ),
        ),
    ),
    Phrase(
        text="I ate 4 deviled eggs at the church potluck",
        kind="eggs",
        sentence=True,
        items=(
            Item(
                "01129",
                100.0,
                "01129 Egg, whole, cooked, hard-boiled: 1 large (50 g) x 2; a deviled egg = half a hard-boiled egg",
            ),
            Item(
                "04025",
                27.6,
                "04025 Salad dressing, mayonnaise, soybean oil, with salt: 1 tbsp (13.8 g) x 2; with 1/2 tbsp of mayonnaise each",
            ),
        ),
    ),
    Phrase(
        text="Egg McMuffin plus hashbrown, drive thru",
        kind="eggs",
        sentence=False,
        items=(
            Item(
                "21357",
                139.0,
                "21357 McDONALD'S, Egg McMUFFIN: 1 item 4.8 oz (139 g)",
            ),
            Item(
                "21319",
                56.0,
                "21319 McDONALD'S, Hash Browns: 2.0 oz (56 g); one McDonald's hash brown",
            ),
        ),
    ),
    Phrase(
        text="Had a proper fry up this morning: 2 eggs over easy, bacon, beans and a sausage",
        kind="eggs",
        sentence=True,
        items=(
            Item(
                "01128",
                92.0,
                "01128 Egg, whole, cooked, fried: 1 large (46 g) x 2; over easy = fried",
            ),
            Item(
                "10124",
                16.0,
                "10124 Pork, cured, bacon, cooked, broiled, pan-fried or roasted: 1 slice cooked (8 g) x 2; bacon in a fry-up = 2 rashers",
            ),
            Item(
                "16006",
                127.0,
                "16006 Beans, baked, canned, plain or vegetarian: 1 cup (254 g) / 2; beans in a fry-up = 1/2 cup of baked beans",
            ),
            Item(
                "07064",
                48.0,
                "07064 Pork sausage, fresh, cooked: 1 serving (48 g); one pork sausage",
            ),
        ),
    ),
    Phrase(
        text="Brekkie - two vegemite toasts, thin scrape",
        kind="label",
        sentence=False,
        items=(
            Item(
                "18070",
                44.0,
                "18070 Bread, white, commercially prepared, toasted: 1 slice (22 g) x 2",
            ),
            Item(
                "43406",
                12.0,
                "43406 Yeast extract spread: 1 tsp (6 g) x 2; vegemite = yeast extract spread, 1 tsp a slice",
            ),
        ),
    ),
    Phrase(
        text="Lunch: bowl of chicken noodle soup and 5 saltines",
        kind="label",
        sentence=False,
        items=(
            Item(
                "06018",
                364.5,
                "06018 Soup, chunky chicken noodle, canned, ready-to-serve: 1 cup (243 g) x 1.5; a bowl of soup = 1.5 cups; SR24's ready-to-serve chicken noodle",
            ),
            Item(
                "18228",
                15.0,
                "18228 Crackers, saltines (includes oyster, soda, soup): 5.0 crackers square (1 serving) (15 g)",
            ),
        ),
    ),
    Phrase(
        text="Dinner at my aunty's in Accra was red red",
        kind="label",
        sentence=True,
        items=(
            Item(
                "11192",
                165.0,
                "11192 Cowpeas (blackeyes), immature seeds, cooked, boiled, drained, without salt: 1 cup (165 g); red red = black-eyed peas stew, a plate = 1 cup of the beans",
            ),
            Item(
                "09447",
                169.0,
                "09447 Plantains, yellow, fried, Latino restaurant: 1 cup (169 g); with fried ripe plantain, 1 cup",
            ),
        ),
    ),
    Phrase(
        text="Snack at 4pm - an apple and a handful of almonds",
        kind="label",
        sentence=False,
        items=(
            Item(
                "09003",
                182.0,
                '09003 Apples, raw, with skin: 1 medium (3" dia) (182 g); size not said = medium',
            ),
            Item(
                "12061",
                28.35,
                "12061 Nuts, almonds: 1 oz (23 whole kernels) (28.35 g); a handful of nuts = 1 oz",
            ),
        ),
    ),
    Phrase(
        text="For supper I had a baked potato with sour cream",
        kind="label",
        sentence=True,
        items=(
            Item(
                "11356",
                173.0,
                "11356 Potatoes, Russet, flesh and skin, baked: 1 potato medium (173 g); size not said = medium",
            ),
            Item(
                "01056",
                24.0,
                "01056 Cream, sour, cultured: 1 tbsp (12 g) x 2; sour cream on a potato = 2 tbsp",
            ),
        ),
    ),
    Phrase(
        text="post gym: 500ml chocolate milk",
        kind="label",
        sentence=False,
        items=(
            Item(
                "01103",
                527.5,
                "01103 Milk, chocolate, fluid, commercial, reduced fat, with added vitamin A and vitamin D: 1 fl oz (31.2 g) scaled to 500 ml (16.9 fl oz); reduced fat, the usual carton",
            ),
        ),
    ),
    Phrase(
        text="At the braai I had 2 lamb chops and a mealie",
        kind="label",
        sentence=True,
        items=(
            Item(
                "17303",
                170.0,
                "17303 Lamb, Australian, imported, fresh, leg, sirloin chops, boneless, separable lean and fat, trimmed to 1/8\" fat, cooked, broiled: 3.0 oz (85 g) x 2; SR24 has no bone-in chop cooked: a chop's meat = 3 oz broiled",
            ),
            Item(
                "11168",
                103.0,
                "11168 Corn, sweet, yellow, cooked, boiled, drained, without salt: 1 ear medium (103 g); a mealie = an ear of corn",
            ),
        ),
    ),
    Phrase(
        text="Midnight snack: bowl of cheerios",
        kind="label",
        sentence=False,
        items=(
            Item(
                "08013",
                28.0,
                "08013 Cereals ready-to-eat, GENERAL MILLS, CHEERIOS: 1 cup (1 NLEA serving) (28 g); a bowl of cereal = its NLEA serving, no milk named",
            ),
        ),
    ),
    Phrase(
        text="Morning tea at work, I had a slice of banana bread with butter",
        kind="label",
        sentence=True,
        items=(
            Item(
                "18019",
                60.0,
                "18019 Bread, banana, prepared from recipe, made with margarine: 1 slice (60 g)",
            ),
            Item(
                "01001",
                5.0,
                "01001 Butter, salted: 1 pat (5 g); butter on a slice = 1 pat",
            ),
        ),
    ),
    Phrase(
        text="Pre-run: a slice of toast w peanut butter",
        kind="label",
        sentence=False,
        items=(
            Item(
                "18070",
                22.0,
                "18070 Bread, white, commercially prepared, toasted: 1 slice (22 g)",
            ),
            Item(
                "16098",
                16.0,
                "16098 Peanut butter, smooth style, with salt: 2 tbsp (32 g) / 2; peanut butter on one toast = 1 tbsp",
            ),
        ),
    ),
    Phrase(
        text="Merienda with the kids, I had a pandesal with cheese",
        kind="label",
        sentence=True,
        items=(
            Item(
                "18342",
                28.0,
                "18342 Rolls, dinner, plain, commercially prepared (includes brown-and-serve): 1 roll (1 oz) (28 g); SR24 has no pandesal: a dinner roll",
            ),
            Item(
                "01042",
                21.0,
                "01042 Cheese, pasteurized process, American, fortified with vitamin D: 1 slice (3/4 oz) (21 g); cheese in a roll = 1 slice, American processed (Filipino usual)",
            ),
        ),
    ),
    Phrase(
        text="Late lunch at the office canteen, I got rice and dal",
        kind="label",
        sentence=True,
        items=(
            Item(
                "20045",
                158.0,
                "20045 Rice, white, long-grain, regular, cooked: 1 cup (158 g); a canteen serving = 1 cup cooked",
            ),
            Item(
                "16070",
                198.0,
                "16070 Lentils, mature seeds, cooked, boiled, without salt: 1 cup (198 g); dal = cooked lentils, 1 cup",
            ),
        ),
    ),
    Phrase(
        text="For lunch I grabbed a turkey sandwich on rye from the deli near work",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "18060",
                64.0,
                "18060 Bread, rye: 1 slice, regular (32 g) x 2",
            ),
            Item(
                "07081",
                30.0,
                "07081 Turkey breast, sliced, prepackaged: 1 slice (15 g) x 2; a sandwich's meat = 2 slices",
            ),
        ),
    ),
    Phrase(
        text="My wife cooked spaghetti with meatballs and I had 2 helpings",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "22912",
                510.0,
                "22912 Spaghetti, with meatballs, canned: 1 cup (255 g) x 2; a helping = 1 cup; SR24's spaghetti with meatballs",
            ),
        ),
    ),
    Phrase(
        text="We got chinese takeaway and I ate about half the sweet and sour pork with a cup of fried rice",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "36622",
                304.5,
                "36622 Restaurant, Chinese, sweet and sour pork: 1 order (609 g) / 2",
            ),
            Item(
                "36602",
                140.0,
                "36602 Restaurant, Chinese, fried rice: 1 cup (140 g)",
            ),
        ),
    ),
    Phrase(
        text="Sorry correction, it was 2 slices of pizza not 3, pepperoni from Little Caesars",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "21288",
                180.0,
                '21288 LITTLE CAESARS 14" Original Round Pepperoni Pizza, Regular Crust: 1 slice (90 g) x 2; the corrected count',
            ),
        ),
    ),
    Phrase(
        text="Dinner tonight was grilled salmon, 6 oz, with a cup of steamed broccoli",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "15237",
                170.1,
                "15237 Fish, salmon, Atlantic, farmed, cooked, dry heat: 6 oz (170.1 g); cooked dry heat",
            ),
            Item(
                "11091",
                156.0,
                "11091 Broccoli, cooked, boiled, drained, without salt: 0.5 cup, chopped (78 g) x 2; steamed = boiled, the closest",
            ),
        ),
    ),
    Phrase(
        text="I just ate a bowl of chili my flatmate made",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "22904",
                363.0,
                "22904 Chili con carne with beans, canned entree: 1 cup (242 g) x 1.5; a bowl of chili = 1.5 cups; with beans, SR24's",
            ),
        ),
    ),
    Phrase(
        text="Breakfast this morning was a bowl of porridge with a sliced banana and a drizzle of honey",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "08121",
                234.0,
                "08121 Cereals, oats, regular and quick, unenriched, cooked with water (includes boiling and microwaving), without salt: 1 cup (234 g); a bowl of oatmeal = 1 cup cooked",
            ),
            Item(
                "09040",
                118.0,
                "09040 Bananas, raw: 1 medium (118 g)",
            ),
            Item(
                "19296",
                7.0,
                "19296 Honey: 1 tbsp (21 g) / 3; a drizzle = 1 tsp",
            ),
        ),
    ),
    Phrase(
        text="Me and my boyfriend split a large thin crust pepperoni from Domino's, I had 4 slices",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "21492",
                316.0,
                "21492 DOMINO'S 14\" Pepperoni Pizza, Crunchy Thin Crust: 1 slice (79 g) x 4; the eater's count",
            ),
        ),
    ),
    Phrase(
        text="I went to the Latino spot near work and had 2 cheese pupusas",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "36409",
                234.0,
                "36409 Restaurant, Latino, pupusas con queso (pupusas, cheese): 1 piece (117 g) x 2",
            ),
        ),
    ),
    Phrase(
        text="After church we had roast beef, 2 roast potatoes and some peas",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "13826",
                85.0,
                '13826 Beef, rib, whole (ribs 6-12), separable lean and fat, trimmed to 1/8" fat, all grades, cooked, roasted: 3.0 oz (85 g); a serving of roast = 3 oz',
            ),
            Item(
                "11828",
                276.0,
                "11828 Potatoes, baked, flesh and skin, with salt: 1 potato small (138 g) x 2; roast potatoes as baked, small",
            ),
            Item(
                "11313",
                80.0,
                "11313 Peas, green, frozen, cooked, boiled, drained, without salt: 0.5 cup (80 g); some peas = 1/2 cup",
            ),
        ),
    ),
    Phrase(
        text="I think I had like a cup of mac and cheese at my cousin's, maybe a bit more",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "36017",
                226.0,
                "36017 Restaurant, family style, macaroni & cheese, from kids' menu: 1 serving (226 g); about a cup of macaroni and cheese (the restaurant entry, a cup-sized serving)",
            ),
        ),
    ),
    Phrase(
        text="Supper was ugali and sukuma wiki with a bit of beef stew",
        kind="meal_sentence",
        sentence=True,
        items=(
            Item(
                "08091",
                257.0,
                "08091 Cereals, corn grits, white, regular and quick, enriched, cooked with water, without salt: 1 cup (257 g); SR24 has no ugali: white corn grits cooked, 1 cup",
            ),
            Item(
                "11162",
                190.0,
                "11162 Collards, cooked, boiled, drained, without salt: 1 cup, chopped (190 g); sukuma wiki = collard greens",
            ),
            Item(
                "22905",
                98.0,
                "22905 Beef stew, canned entree: 1 cup (1 serving) (196 g) / 2; a bit of stew = 1/2 cup",
            ),
        ),
    ),
    Phrase(
        text="Me and the kids demolished a rotisserie chook from Woolies, I reckon I ate a quarter of it",
        kind="part",
        sentence=True,
        items=(
            Item(
                "05348",
                85.75,
                "05348 Chicken, broilers or fryers, breast, meat and skin, cooked, rotisserie, original seasoning: 1 breast (343 g) / 4; a quarter chicken = half of the half: a quarter of the breast",
            ),
            Item(
                "05351",
                44.5,
                "05351 Chicken, broilers or fryers, thigh, meat and skin, cooked, rotisserie, original seasoning: 1 thigh (89 g) / 2",
            ),
            Item(
                "05349",
                26.5,
                "05349 Chicken, broilers or fryers, drumstick, meat and skin, cooked, rotisserie, original seasoning: 1 drumstick (53 g) / 2",
            ),
            Item(
                "05352",
                26.5,
                "05352 Chicken, broilers or fryers, wing, meat and skin, cooked, rotisserie, original seasoning: 1 wing (53 g) / 2",
            ),
        ),
    ),
    Phrase(
        text="half a bag of nacho cheese doritos",
        kind="part",
        sentence=False,
        items=(
            Item(
                "19057",
                85.0,
                "19057 Snacks, tortilla chips, nacho cheese: a bag = 6 oz (170 g), the bag SR24 gives nacho-flavor tortilla chips (19424), / 2; regular nacho cheese chips",
            ),
        ),
    ),
    Phrase(
        text="I ate half a large pizza hut supreme by myself",
        kind="part",
        sentence=True,
        items=(
            Item(
                "21298",
                656.5,
                '21298 PIZZA HUT 14" Super Supreme Pizza, Hand-Tossed Crust: 1 pizza (1313 g) / 2; large = 14-inch, Super Supreme hand-tossed',
            ),
        ),
    ),
    Phrase(
        text="quarter of a watermelon, i was so thirsty",
        kind="part",
        sentence=False,
        items=(
            Item(
                "09326",
                1129.5,
                '09326 Watermelon, raw: 1 melon (15" long x 7-1/2" dia) (4518 g) / 4',
            ),
        ),
    ),
    Phrase(
        text="Had half an avocado on 2 ritz crackers",
        kind="part",
        sentence=True,
        items=(
            Item(
                "09038",
                68.0,
                "09038 Avocados, raw, California: 1 fruit, without skin and seed (136 g) / 2",
            ),
            Item(
                "18621",
                6.6,
                "18621 NABISCO, NABISCO RITZ Crackers: 1 cracker (3.3 g) x 2",
            ),
        ),
    ),
    Phrase(
        text="half a papaya with a squeeze of lime",
        kind="part",
        sentence=False,
        items=(
            Item(
                "09226",
                390.5,
                "09226 Papayas, raw: 1 fruit, large (781 g) / 2; a whole papaya at the market is the large one",
            ),
        ),
    ),
    Phrase(
        text="I finished half a tub of ben and jerry's",
        kind="part",
        sentence=True,
        items=(
            Item(
                "19089",
                214.0,
                "19089 Ice creams, vanilla, rich: 0.5 cup (107 g) x 2; a tub = a pint (2 cups), half = 1 cup; premium = rich vanilla, the closest",
            ),
        ),
    ),
    Phrase(
        text="honeydew melon, roughly a quarter of one",
        kind="part",
        sentence=False,
        items=(
            Item(
                "09184",
                320.0,
                '09184 Melons, honeydew, raw: 1 melon (6" - 7" dia) (1280 g) / 4',
            ),
        ),
    ),
    Phrase(
        text="Split a Big Mac with my son and had half",
        kind="part",
        sentence=True,
        items=(
            Item(
                "21237",
                109.5,
                "21237 McDONALD'S, BIG MAC: 1 item (219 g) / 2",
            ),
        ),
    ),
    Phrase(
        text="half a sleeve of ritz",
        kind="part",
        sentence=False,
        items=(
            Item(
                "18621",
                52.8,
                "18621 NABISCO, NABISCO RITZ Crackers: 1 cracker (3.3 g) x 16; a sleeve holds about 32 crackers, half = 16",
            ),
        ),
    ),
    Phrase(
        text="I ate half a family block of Dairy Milk watching telly",
        kind="part",
        sentence=True,
        items=(
            Item(
                "19120",
                100.0,
                "19120 Candies, milk chocolate: 1 bar (1.55 oz) (44 g) scaled: a family block = 200 g, half = 100 g; milk chocolate",
            ),
        ),
    ),
    Phrase(
        text="I had half a mango after dinner",
        kind="part",
        sentence=True,
        items=(
            Item(
                "09176",
                168.0,
                "09176 Mangos, raw: 1 fruit without refuse (336 g) / 2",
            ),
        ),
    ),
    Phrase(
        text="jacket potato, a big one, with a pat of butter",
        kind="size",
        sentence=False,
        items=(
            Item(
                "11356",
                299.0,
                "11356 Potatoes, Russet, flesh and skin, baked: 1 potato large (299 g)",
            ),
            Item(
                "01001",
                5.0,
                "01001 Butter, salted: 1 pat (5 g)",
            ),
        ),
    ),
    Phrase(
        text="I ate a small apple and a large pear on the bus",
        kind="size",
        sentence=True,
        items=(
            Item(
                "09003",
                149.0,
                '09003 Apples, raw, with skin: 1 small (2-3/4" dia) (149 g)',
            ),
            Item(
                "09252",
                230.0,
                "09252 Pears, raw: 1 large (230 g)",
            ),
        ),
    ),
    Phrase(
        text="one large kumara, baked in its skin",
        kind="size",
        sentence=False,
        items=(
            Item(
                "11508",
                180.0,
                "11508 Sweet potato, cooked, baked in skin, without salt: 1 large (180 g)",
            ),
        ),
    ),
    Phrase(
        text="XL blueberry muffin from the bakery counter",
        kind="size",
        sentence=False,
        items=(
            Item(
                "18274",
                168.0,
                "18274 Muffins, blueberry, commercially prepared (Includes mini-muffins): 1 extra large (168 g)",
            ),
        ),
    ),
    Phrase(
        text="I had a king size Kit Kat from the petrol station",
        kind="size",
        sentence=True,
        items=(
            Item(
                "19250",
                79.0,
                "19250 Candies, HERSHEY, KIT KAT BIG KAT Bar: 1 bar king size 2.8 oz (79 g)",
            ),
        ),
    ),
    Phrase(
        text="Home sick, so a large bowl of chicken noodle soup from a can was lunch",
        kind="size",
        sentence=True,
        items=(
            Item(
                "06018",
                486.0,
                "06018 Soup, chunky chicken noodle, canned, ready-to-serve: 1 cup (243 g) x 2; a large bowl of soup = 2 cups",
            ),
        ),
    ),
    Phrase(
        text="a jumbo soft pretzel",
        kind="size",
        sentence=False,
        items=(
            Item(
                "43109",
                143.0,
                "43109 Pretzels, soft: 1 large (143 g); jumbo = SR24's largest",
            ),
        ),
    ),
    Phrase(
        text="I ate a big slice of chocolate cake at the office party",
        kind="size",
        sentence=True,
        items=(
            Item(
                "18096",
                138.0,
                "18096 Cake, chocolate, commercially prepared with chocolate frosting, in-store bakery: 1 piece (1/12 of a cake) (138 g); a big slice = SR24's in-store bakery piece",
            ),
        ),
    ),
    Phrase(
        text="medium pear",
        kind="size",
        sentence=False,
        items=(
            Item(
                "09252",
                178.0,
                "09252 Pears, raw: 1 medium (178 g)",
            ),
        ),
    ),
    Phrase(
        text="Got a large croissant from the bakery on the way in",
        kind="size",
        sentence=True,
        items=(
            Item(
                "18239",
                67.0,
                "18239 Croissants, butter: 1 croissant, large (67 g)",
            ),
        ),
    ),
    Phrase(
        text="a large OJ and one small nana",
        kind="size",
        sentence=False,
        items=(
            Item(
                "09040",
                101.0,
                '09040 Bananas, raw: 1 small (6" to 6-7/8" long) (101 g)',
            ),
            Item(
                "09209",
                497.6,
                "09209 Orange juice, chilled, includes from concentrate: 1 fl oz (31.1 g) x 16; a large juice = 16 fl oz, chilled",
            ),
        ),
    ),
    Phrase(
        text="Grabbed a jumbo glazed doughnut at the Shell station, don't judge",
        kind="size",
        sentence=True,
        items=(
            Item(
                "18255",
                157.0,
                '18255 Doughnuts, yeast-leavened, glazed, enriched (includes honey buns): 1 jumbo (approx 6" dia) (157 g)',
            ),
        ),
    ),
    Phrase(
        text="150 grams chikin breast off the grill",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "05064",
                150.0,
                "05064 Chicken, broilers or fryers, breast, meat only, cooked, roasted: 150 g as typed; grilled = roasted meat only, the closest",
            ),
        ),
    ),
    Phrase(
        text="I had a bowl of cornflakes with mlik",
        kind="typo",
        sentence=True,
        items=(
            Item(
                "08020",
                28.0,
                "08020 Cereals ready-to-eat, KELLOGG, KELLOGG'S Corn Flakes: 1 cup (1 NLEA serving) (28 g); a bowl of cereal = its NLEA serving",
            ),
            Item(
                "01079",
                122.0,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 1 cup (244 g) / 2; with milk = 1/2 cup, 2% as milk unsaid",
            ),
        ),
    ),
    Phrase(
        text="half an avacado",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "09038",
                68.0,
                "09038 Avocados, raw, California: 1 fruit, without skin and seed (136 g) / 2",
            ),
        ),
    ),
    Phrase(
        text="1 cup brocolli + 1 cup brown rise",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "11091",
                156.0,
                "11091 Broccoli, cooked, boiled, drained, without salt: 0.5 cup, chopped (78 g) x 2; cooked as eaten",
            ),
            Item(
                "20037",
                195.0,
                "20037 Rice, brown, long-grain, cooked: 1 cup (195 g); cooked",
            ),
        ),
    ),
    Phrase(
        text="Had a cheesburger and medium fires from mcdonalds",
        kind="typo",
        sentence=True,
        items=(
            Item(
                "21233",
                119.0,
                "21233 McDONALD'S, Cheeseburger: 1 item (119 g)",
            ),
            Item(
                "21238",
                117.0,
                "21238 McDONALD'S, French Fries: 1 medium serving (117 g)",
            ),
        ),
    ),
    Phrase(
        text="cofee with mlik and one shugar",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "14209",
                237.0,
                "14209 Coffee, brewed from grounds, prepared with tap water: 1 cup (8 fl oz) (237 g); a cup of coffee = 8 fl oz",
            ),
            Item(
                "01079",
                30.5,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 1 fl oz (30.5 g); a splash, 2% as milk unsaid",
            ),
            Item(
                "19335",
                4.2,
                "19335 Sugars, granulated: 1 tsp (4.2 g)",
            ),
        ),
    ),
    Phrase(
        text="I had a yoghurt, the strawbery one, 6 oz pot",
        kind="typo",
        sentence=True,
        items=(
            Item(
                "01120",
                170.0,
                "01120 Yogurt, fruit, low fat, 9 grams protein per 8 ounce: 1 container (6 oz) (170 g); fruit low fat yogurt",
            ),
        ),
    ),
    Phrase(
        text="peice of fried chikken, a thigh",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "05092",
                86.0,
                "05092 Chicken, broilers or fryers, thigh, meat and skin, cooked, fried, batter: 1 thigh, bone removed (86 g); fried in batter, meat and skin",
            ),
        ),
    ),
    Phrase(
        text="I ate a blueberry mufin with my coffee at tim hortons",
        kind="typo",
        sentence=True,
        items=(
            Item(
                "18274",
                113.0,
                "18274 Muffins, blueberry, commercially prepared (Includes mini-muffins): 1 medium (113 g); the coffee is not counted (not said what)",
            ),
        ),
    ),
    Phrase(
        text="oatmeal w bluberries and honney",
        kind="typo",
        sentence=False,
        items=(
            Item(
                "08121",
                234.0,
                "08121 Cereals, oats, regular and quick, unenriched, cooked with water (includes boiling and microwaving), without salt: 1 cup (234 g); oatmeal = 1 cup cooked",
            ),
            Item(
                "09050",
                37.0,
                "09050 Blueberries, raw: 1 cup (148 g) / 4; berries on oatmeal = 1/4 cup",
            ),
            Item(
                "19296",
                21.0,
                "19296 Honey: 1 tbsp (21 g)",
            ),
        ),
    ),
    Phrase(
        text="For lunch I had a tuna sanwich on brown bread",
        kind="typo",
        sentence=True,
        items=(
            Item(
                "18075",
                56.0,
                "18075 Bread, whole-wheat, commercially prepared: 1 slice (28 g) x 2; brown bread = whole-wheat",
            ),
            Item(
                "15121",
                85.0,
                "15121 Fish, tuna, light, canned in water, drained solids: 3.0 oz (85 g); a sandwich's tuna = 3 oz, light in water",
            ),
            Item(
                "04025",
                13.8,
                "04025 Salad dressing, mayonnaise, soybean oil, with salt: 1 tbsp (13.8 g); tuna mayo = 1 tbsp",
            ),
        ),
    ),
    Phrase(
        text="Had two slices of peperoni pizza and a can of coke",
        kind="typo",
        sentence=True,
        items=(
            Item(
                "21302",
                222.0,
                "21302 Fast Food, Pizza Chain, 14\" pizza, pepperoni topping, regular crust: 1 slice (111 g) x 2; a pizza chain's 14-inch pepperoni, regular crust",
            ),
            Item(
                "14400",
                368.0,
                "14400 Carbonated beverage, cola, contains caffeine: 1 can 12 fl oz (368 g)",
            ),
        ),
    ),
    Phrase(
        text="a can of tuna in brine",
        kind="unit",
        sentence=False,
        items=(
            Item(
                "15121",
                165.0,
                "15121 Fish, tuna, light, canned in water, drained solids: 1 can (165 g); drained, light in water (brine closest)",
            ),
        ),
    ),
    Phrase(
        text="nutella toast, 1 slice with 2 tbsp spread on it",
        kind="unit",
        sentence=False,
        items=(
            Item(
                "19120",
                37.0,
                "19120 Candies, milk chocolate: 2 tbsp = 37 g, Nutella's label serving; SR24 has no hazelnut spread: milk chocolate, the closest",
            ),
            Item(
                "18070",
                22.0,
                "18070 Bread, white, commercially prepared, toasted: 1 slice (22 g)",
            ),
        ),
    ),
    Phrase(
        text="I poured myself a cup of OJ from the fridge at breakfast",
        kind="unit",
        sentence=True,
        items=(
            Item(
                "09209",
                249.0,
                "09209 Orange juice, chilled, includes from concentrate: 1 cup (249 g); chilled",
            ),
        ),
    ),
    Phrase(
        text="4 pieces of biltong",
        kind="unit",
        sentence=False,
        items=(
            Item(
                "19002",
                80.0,
                "19002 Snacks, beef jerky, chopped and formed: 1 piece, large (20 g) x 4; biltong = dried beef, jerky the closest",
            ),
        ),
    ),
    Phrase(
        text="a cup of plain yoghurt with a tbsp of honey",
        kind="unit",
        sentence=False,
        items=(
            Item(
                "01117",
                245.0,
                "01117 Yogurt, plain, low fat, 12 grams protein per 8 ounce: 1 cup (8 fl oz) (245 g); plain low fat",
            ),
            Item(
                "19296",
                21.0,
                "19296 Honey: 1 tbsp (21 g)",
            ),
        ),
    ),
    Phrase(
        text="Drank a carton of choc milk with lunch in the staff room",
        kind="unit",
        sentence=True,
        items=(
            Item(
                "01103",
                250.0,
                "01103 Milk, chocolate, fluid, commercial, reduced fat, with added vitamin A and vitamin D: 1 cup (250 g); a school carton = 8 fl oz, reduced fat",
            ),
        ),
    ),
    Phrase(
        text="two scoops of vanilla ice cream",
        kind="unit",
        sentence=False,
        items=(
            Item(
                "19095",
                132.0,
                "19095 Ice creams, vanilla: 1 serving 1/2 cup (66 g) x 2; a scoop = 1/2 cup",
            ),
        ),
    ),
    Phrase(
        text="a tbsp of olive oil and 2 cups of romaine",
        kind="unit",
        sentence=False,
        items=(
            Item(
                "04053",
                13.5,
                "04053 Oil, olive, salad or cooking: 1 tablespoon (13.5 g)",
            ),
            Item(
                "11251",
                94.0,
                "11251 Lettuce, cos or romaine, raw: 1 cup shredded (47 g) x 2",
            ),
        ),
    ),
    Phrase(
        text="Cooked a packet of maggi mee for dinner lah",
        kind="unit",
        sentence=True,
        items=(
            Item(
                "06583",
                85.0,
                "06583 Soup, ramen noodle, any flavor, dry: 1 package (85 g); Maggi mee = instant noodles, SR24's ramen noodle soup, dry weight",
            ),
        ),
    ),
    Phrase(
        text="Had 2 cans of Guinness at the match",
        kind="unit",
        sentence=True,
        items=(
            Item(
                "14003",
                882.48,
                "14003 Alcoholic beverage, beer, regular, all: 1 can (356 g for 355 ml) scaled to 440 ml x 2; a UK/Irish can = 440 ml; SR24 has no stout: regular beer",
            ),
        ),
    ),
    Phrase(
        text="3 slices of salami and 2 slices of swiss",
        kind="unit",
        sentence=False,
        items=(
            Item(
                "07069",
                36.9,
                "07069 Salami, cooked, beef and pork: 1 slice round (12.3 g) x 3",
            ),
            Item(
                "01040",
                56.0,
                "01040 Cheese, swiss: 1 slice (1 oz) (28 g) x 2",
            ),
        ),
    ),
    Phrase(
        text="I had a bottle of gatorade after football",
        kind="unit",
        sentence=True,
        items=(
            Item(
                "14460",
                609.0,
                "14460 Sports drink, PEPSICO QUAKER GATORADE, GATORADE, original, fruit-flavored, ready-to-drink: 1 bottle (609 g)",
            ),
        ),
    ),
    Phrase(
        text="150g plain yoghurt",
        kind="units",
        sentence=False,
        items=(
            Item(
                "01117",
                150.0,
                "01117 Yogurt, plain, low fat, 12 grams protein per 8 ounce: 150 g as typed; plain low fat",
            ),
        ),
    ),
    Phrase(
        text="250 ml full cream milk",
        kind="units",
        sentence=False,
        items=(
            Item(
                "01077",
                257.83,
                "01077 Milk, whole, 3.25% milkfat, with added vitamin D: 1 fl oz (30.5 g) scaled to 250 ml (8.45 fl oz); full cream = whole",
            ),
        ),
    ),
    Phrase(
        text="I had 180g of baked salmon for dinner",
        kind="units",
        sentence=True,
        items=(
            Item(
                "15237",
                180.0,
                "15237 Fish, salmon, Atlantic, farmed, cooked, dry heat: 180 g as typed; baked = cooked dry heat",
            ),
        ),
    ),
    Phrase(
        text="2oz of beef jerky at the gas stn",
        kind="units",
        sentence=False,
        items=(
            Item(
                "19002",
                56.7,
                "19002 Snacks, beef jerky, chopped and formed: 1 oz (28.35 g) x 2",
            ),
        ),
    ),
    Phrase(
        text="1/2 lb of shrimp, boiled",
        kind="units",
        sentence=False,
        items=(
            Item(
                "15151",
                226.8,
                "15151 Crustaceans, shrimp, mixed species, cooked, moist heat: half a pound (226.8 g); cooked moist heat",
            ),
        ),
    ),
    Phrase(
        text="I drank 500ml of coconut water after my run",
        kind="units",
        sentence=True,
        items=(
            Item(
                "12119",
                507.19,
                "12119 Nuts, coconut water (liquid from coconuts): 1 cup (240 g for 236.6 ml) scaled to 500 ml",
            ),
        ),
    ),
    Phrase(
        text="40g muesli with 100ml milk",
        kind="units",
        sentence=False,
        items=(
            Item(
                "42184",
                40.0,
                "42184 Cereals ready-to-eat, MUESLI, dried fruit and nuts: 40 g as typed",
            ),
            Item(
                "01079",
                103.13,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 1 fl oz (30.5 g) scaled to 100 ml; 2% as milk unsaid",
            ),
        ),
    ),
    Phrase(
        text="Got a 10 oz sirloin at Outback for my birthday",
        kind="units",
        sentence=True,
        items=(
            Item(
                "13451",
                283.5,
                '13451 Beef, top sirloin, steak, separable lean and fat, trimmed to 0" fat, all grades, cooked, broiled: 10 oz (283.5 g); the menu weight taken as cooked, broiled top sirloin lean and fat',
            ),
        ),
    ),
    Phrase(
        text="30 g cashews",
        kind="units",
        sentence=False,
        items=(
            Item(
                "12085",
                30.0,
                "12085 Nuts, cashew nuts, dry roasted, without salt added: 30 g as typed; dry roasted",
            ),
        ),
    ),
    Phrase(
        text="fanta orange, one 330 ml can",
        kind="units",
        sentence=False,
        items=(
            Item(
                "14150",
                345.8,
                "14150 Carbonated beverage, orange: 1 can or bottle (12 fl oz) (372 g for 355 ml) scaled to 330 ml; fanta = orange soda",
            ),
        ),
    ),
    Phrase(
        text="I ate about 100 grams of dark chocolate this week, logging it all now",
        kind="units",
        sentence=True,
        items=(
            Item(
                "19164",
                100.0,
                "19164 Candies, SPECIAL DARK Chocolate Bar: 100 g as typed; dark chocolate bar",
            ),
        ),
    ),
    Phrase(
        text="I had 2 shots of Jameson, 35ml each, at my cousin's wedding in Cork",
        kind="units",
        sentence=True,
        items=(
            Item(
                "14052",
                65.8,
                "14052 Alcoholic beverage, distilled, whiskey, 86 proof: 1 fl oz (27.8 g) scaled to 35 ml x 2; Irish whiskey, 86 proof the closest (Jameson is 80)",
            ),
        ),
    ),
    Phrase(
        text="movie night at home, I ate two and a half cups of air popped popcorn",
        kind="words",
        sentence=True,
        items=(
            Item(
                "19034",
                20.0,
                "19034 Snacks, popcorn, air-popped: 1 cup (8 g) x 2.5; air-popped, the plain one",
            ),
        ),
    ),
    Phrase(
        text="At trivia night I got through a dozen plain wings",
        kind="words",
        sentence=True,
        items=(
            Item(
                "05103",
                408.0,
                "05103 Chicken, broilers or fryers, wing, meat and skin, cooked, roasted: 1 wing, bone removed (34 g) x 12; roasted meat and skin, plain wings",
            ),
        ),
    ),
    Phrase(
        text="two thirds cup brown rice in my bento box",
        kind="words",
        sentence=False,
        items=(
            Item(
                "20037",
                130.0,
                "20037 Rice, brown, long-grain, cooked: 1 cup (195 g) x 2/3; cooked",
            ),
        ),
    ),
    Phrase(
        text="I had half a dozen nuggets from maccas with my coffee",
        kind="words",
        sentence=True,
        items=(
            Item(
                "21309",
                95.0,
                "21309 McDONALD'S, Chicken McNUGGETS: 6.0 pieces 3.4 oz (95 g); the coffee is not counted (not said what)",
            ),
        ),
    ),
    Phrase(
        text="one and a half bagels with cream cheese",
        kind="words",
        sentence=False,
        items=(
            Item(
                "18001",
                157.5,
                "18001 Bagels, plain, enriched, with calcium propionate (includes onion, poppy, sesame): 1 medium bagel (105 g) x 1.5",
            ),
            Item(
                "01017",
                43.5,
                "01017 Cheese, cream: 1 tbsp (14.5 g) x 3; 2 tbsp a bagel",
            ),
        ),
    ),
    Phrase(
        text="I ate twenty almonds before my exam",
        kind="words",
        sentence=True,
        items=(
            Item(
                "12061",
                24.0,
                "12061 Nuts, almonds: 1 almond (1.2 g) x 20",
            ),
        ),
    ),
    Phrase(
        text="I drank a couple of glasses of milk before bed",
        kind="words",
        sentence=True,
        items=(
            Item(
                "01079",
                488.0,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 1 cup (244 g) x 2; a glass = 8 fl oz, 2% as milk unsaid",
            ),
        ),
    ),
    Phrase(
        text="three fish fingers",
        kind="words",
        sentence=False,
        items=(
            Item(
                "15027",
                84.0,
                '15027 Fish, fish portions and sticks, frozen, preheated: 1 stick (4" x 1" x 1/2") (28 g) x 3',
            ),
        ),
    ),
    Phrase(
        text="Ate one and a half chapatis with my beans",
        kind="words",
        sentence=True,
        items=(
            Item(
                "18450",
                73.5,
                '18450 Tortillas, ready-to-bake or -fry, flour, without added calcium: 1 tortilla (approx 7-8" dia) (49 g) x 1.5; SR24 has no chapati: the closest flatbread',
            ),
            Item(
                "16033",
                177.0,
                "16033 Beans, kidney, red, mature seeds, cooked, boiled, without salt: 1 cup (177 g); Kenyan beans = red kidney beans cooked, a plate = 1 cup",
            ),
        ),
    ),
    Phrase(
        text="I had a quarter pound of cherries from the market",
        kind="words",
        sentence=True,
        items=(
            Item(
                "09070",
                113.4,
                "09070 Cherries, sweet, raw: a quarter pound (113.4 g); raw, sweet",
            ),
        ),
    ),
    Phrase(
        text="a few crackers, like six, with a slice of cheddar",
        kind="words",
        sentence=False,
        items=(
            Item(
                "18228",
                18.0,
                "18228 Crackers, saltines (includes oyster, soda, soup): 1 cracker square (3 g) x 6; saltines as crackers unsaid",
            ),
            Item(
                "01009",
                28.0,
                "01009 Cheese, cheddar: 1 slice (1 oz) (28 g)",
            ),
        ),
    ),
    Phrase(
        text="Had a pair of boiled eggs and a cup of tea for breakfast",
        kind="words",
        sentence=True,
        items=(
            Item(
                "01129",
                100.0,
                "01129 Egg, whole, cooked, hard-boiled: 1 large (50 g) x 2; a pair = 2",
            ),
            Item(
                "14355",
                237.0,
                "14355 Tea, black, brewed, prepared with tap water: 1 cup (8 fl oz) (237 g); black tea, no milk named",
            ),
        ),
    ),
    Phrase(
        text="3 pancakes with syrup",
        kind="count",
        sentence=False,
        items=(
            Item(
                "18293",
                231.0,
                '18293 Pancakes, plain, prepared from recipe: 1 pancake (6" dia) (77 g) x 3; size not said: the 6-inch',
            ),
            Item(
                "19360",
                40.0,
                "19360 Syrups, table blends, pancake, with 2% maple: 1 tbsp (20 g) x 2; syrup on pancakes = 2 tbsp, table syrup",
            ),
        ),
    ),
    Phrase(
        text="Smashed 2 hot dogs during the test match at the Gabba",
        kind="count",
        sentence=True,
        items=(
            Item(
                "21118",
                196.0,
                "21118 Fast foods, hotdog, plain: 1 sandwich (98 g) x 2; a plain hot dog in its bun",
            ),
        ),
    ),
    Phrase(
        text="12 almonds (counted them lol)",
        kind="count",
        sentence=False,
        items=(
            Item(
                "12061",
                14.4,
                "12061 Nuts, almonds: 1 almond (1.2 g) x 12",
            ),
        ),
    ),
    Phrase(
        text="Had 3 oreos straight from the packet after dinner",
        kind="count",
        sentence=True,
        items=(
            Item(
                "18166",
                34.5,
                "18166 Cookies, chocolate sandwich, with creme filling, regular: 1 cookie (11.5 g) x 3",
            ),
        ),
    ),
    Phrase(
        text="2 mandarins at recess",
        kind="count",
        sentence=False,
        items=(
            Item(
                "09218",
                176.0,
                '09218 Tangerines, (mandarin oranges), raw: 1 medium (2-1/2" dia) (88 g) x 2',
            ),
        ),
    ),
    Phrase(
        text="I ate 5 egg rolls at the family reunion",
        kind="count",
        sentence=True,
        items=(
            Item(
                "36601",
                445.0,
                "36601 Restaurant, Chinese, egg rolls, assorted: 1 piece (89 g) x 5",
            ),
        ),
    ),
    Phrase(
        text="I snacked on 10 baby carrots",
        kind="count",
        sentence=True,
        items=(
            Item(
                "11960",
                100.0,
                "11960 Carrots, baby, raw: 1 medium (10 g) x 10",
            ),
        ),
    ),
    Phrase(
        text="7 cherry tomatoes",
        kind="count",
        sentence=False,
        items=(
            Item(
                "11529",
                119.0,
                "11529 Tomatoes, red, ripe, raw, year round average: 1 cherry (17 g) x 7",
            ),
        ),
    ),
    Phrase(
        text="oreos x3 + glass of milk for dunking",
        kind="count",
        sentence=False,
        items=(
            Item(
                "18166",
                34.5,
                "18166 Cookies, chocolate sandwich, with creme filling, regular: 1 cookie (11.5 g) x 3",
            ),
            Item(
                "01079",
                244.0,
                "01079 Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D: 1 cup (244 g); a glass = 8 fl oz, 2% as milk unsaid",
            ),
        ),
    ),
    Phrase(
        text="Had 2 glazed donuts at the office",
        kind="count",
        sentence=True,
        items=(
            Item(
                "18255",
                120.0,
                '18255 Doughnuts, yeast-leavened, glazed, enriched (includes honey buns): 1 doughnut, medium (approx 3-3/4" dia) (60 g) x 2; size not said = medium',
            ),
        ),
    ),
    Phrase(
        text="4 strawberries",
        kind="count",
        sentence=False,
        items=(
            Item(
                "09316",
                72.0,
                '09316 Strawberries, raw: 1 large (1-3/8" dia) (18 g) x 4; a whole strawberry as sold = large',
            ),
        ),
    ),
    Phrase(
        text="I had 2 beef empanadas from the Argentinian food truck by the park",
        kind="count",
        sentence=True,
        items=(
            Item(
                "36403",
                178.0,
                "36403 Restaurant, Latino, empanadas, beef, prepared: 1 piece (89 g) x 2",
            ),
        ),
    ),
    Phrase(
        text="pan fried tilapia fillet",
        kind="cooked",
        sentence=False,
        items=(
            Item(
                "15262",
                85.0,
                "15262 Fish, tilapia, cooked, dry heat: SR24 gives no measure for tilapia: a fillet = a 3 oz (85 g) cooked serving; dry heat, the only cooked tilapia",
            ),
        ),
    ),
    Phrase(
        text="roasted sweet potato, one medium",
        kind="cooked",
        sentence=False,
        items=(
            Item(
                "11508",
                114.0,
                "11508 Sweet potato, cooked, baked in skin, without salt: 1 medium (114 g); roasted = baked in skin",
            ),
        ),
    ),
    Phrase(
        text="I grilled 2 pork chops for dinner",
        kind="cooked",
        sentence=True,
        items=(
            Item(
                "10038",
                314.0,
                "10038 Pork, fresh, loin, center loin (chops), bone-in, separable lean and fat, cooked, broiled: 1 chop without refuse (157 g) x 2; grilled = broiled, center loin bone-in",
            ),
        ),
    ),
    Phrase(
        text="boiled yam, a cup",
        kind="cooked",
        sentence=False,
        items=(
            Item(
                "11602",
                136.0,
                "11602 Yam, cooked, boiled, drained, or baked, without salt: 1 cup, cubes (136 g)",
            ),
        ),
    ),
    Phrase(
        text="I oven baked a chicken breast and ate the whole thing",
        kind="cooked",
        sentence=True,
        items=(
            Item(
                "05064",
                172.0,
                "05064 Chicken, broilers or fryers, breast, meat only, cooked, roasted: 0.5 breast, bone and skin removed (86 g) x 2; a whole breast, roasted meat only",
            ),
        ),
    ),
    Phrase(
        text="deep fried calamari, about 3 oz",
        kind="cooked",
        sentence=False,
        items=(
            Item(
                "15176",
                85.0,
                "15176 Mollusks, squid, mixed species, cooked, fried: 3.0 oz (85 g); squid, fried",
            ),
        ),
    ),
    Phrase(
        text="I microwaved 4 strips of bacon",
        kind="cooked",
        sentence=True,
        items=(
            Item(
                "10861",
                20.0,
                "10861 Pork, cured, bacon, cooked, microwaved: 1 slice cooked (5 g) x 4; microwaved",
            ),
        ),
    ),
    Phrase(
        text="mashed potatoes, a cup",
        kind="cooked",
        sentence=False,
        items=(
            Item(
                "11934",
                210.0,
                "11934 Potatoes, mashed, home-prepared, whole milk and butter added: 1 cup (210 g); home-prepared with milk and butter",
            ),
        ),
    ),
    Phrase(
        text="I roasted a cup of butternut squash cubes",
        kind="cooked",
        sentence=True,
        items=(
            Item(
                "11486",
                205.0,
                "11486 Squash, winter, butternut, cooked, baked, without salt: 1 cup, cubes (205 g); roasted = baked",
            ),
        ),
    ),
    Phrase(
        text="My mum braised short ribs and I ate about 6 oz of meat",
        kind="cooked",
        sentence=True,
        items=(
            Item(
                "13148",
                170.1,
                "13148 Beef, rib, shortribs, separable lean and fat, choice, cooked, braised: 6 oz (170.1 g); braised shortribs, lean and fat",
            ),
        ),
    ),
    Phrase(
        text="button mushrooms sauteed, 1 cup sliced",
        kind="cooked",
        sentence=False,
        items=(
            Item(
                "11263",
                108.0,
                "11263 Mushrooms, white, stir-fried: 1 cup sliced (108 g); sauteed = stir-fried",
            ),
        ),
    ),
    Phrase(
        text="I boiled 2 cups of spinach for my lunch",
        kind="cooked",
        sentence=True,
        items=(
            Item(
                "11458",
                360.0,
                "11458 Spinach, cooked, boiled, drained, without salt: 1 cup (180 g) x 2; cooked, boiled",
            ),
        ),
    ),
    Phrase(
        text="fish and chips from the chippy",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "21047",
                182.0,
                "21047 Entrees, fish fillet, battered or breaded, and fried: 1 fillet (91 g) x 2; a chip-shop fish = 2 of SR24's fillets, battered and fried",
            ),
            Item(
                "21138",
                169.0,
                "21138 Fast foods, potato, french fried in vegetable oil: 1 large (169 g); a chip-shop portion of chips = a large fries",
            ),
        ),
    ),
    Phrase(
        text="I had sweet and sour chicken, the whole order",
        kind="dish",
        sentence=True,
        items=(
            Item(
                "36621",
                706.0,
                "36621 Restaurant, Chinese, sweet and sour chicken: 1 order (706 g)",
            ),
        ),
    ),
    Phrase(
        text="chicken and rice from the Latin place, 2 cups",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "36401",
                282.0,
                "36401 Restaurant, Latino, chicken and rice, entree, prepared: 1 cup (141 g) x 2",
            ),
        ),
    ),
    Phrase(
        text="Made myself a ham and cheese toastie in the sandwich press for lunch",
        kind="dish",
        sentence=True,
        items=(
            Item(
                "18069",
                50.0,
                "18069 Bread, white, commercially prepared (includes soft bread crumbs): 1 slice (25 g) x 2; white bread",
            ),
            Item(
                "07029",
                56.0,
                "07029 Ham, sliced, regular (approximately 11% fat): 1 slice (28 g) x 2; a sandwich's meat = 2 slices",
            ),
            Item(
                "01009",
                28.0,
                "01009 Cheese, cheddar: 1 slice (1 oz) (28 g); its cheese = 1 slice, cheddar as cheese unsaid",
            ),
            Item(
                "01001",
                10.0,
                "01001 Butter, salted: 1 pat (5 g) x 2; a pat of butter per slice",
            ),
        ),
    ),
    Phrase(
        text="pbj sandwich on white bread",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "18069",
                50.0,
                "18069 Bread, white, commercially prepared (includes soft bread crumbs): 1 slice (25 g) x 2",
            ),
            Item(
                "16098",
                32.0,
                "16098 Peanut butter, smooth style, with salt: 2 tbsp (32 g); peanut butter in a sandwich = 2 tbsp",
            ),
            Item(
                "19300",
                21.0,
                "19300 Jellies: 1 serving 1 tbsp (21 g); j = jelly, 1 tbsp",
            ),
        ),
    ),
    Phrase(
        text="Mum did bangers and mash for tea, I had two bangers and a cup of the mash",
        kind="dish",
        sentence=True,
        items=(
            Item(
                "07064",
                96.0,
                "07064 Pork sausage, fresh, cooked: 1 serving (48 g) x 2; a banger = one 48 g cooked pork sausage",
            ),
            Item(
                "11934",
                210.0,
                "11934 Potatoes, mashed, home-prepared, whole milk and butter added: 1 cup (210 g); mash with milk and butter",
            ),
        ),
    ),
    Phrase(
        text="strawberries and cream, a bowl",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "09316",
                152.0,
                "09316 Strawberries, raw: 1 cup, halves (152 g); a bowl of berries = 1 cup",
            ),
            Item(
                "01052",
                30.0,
                "01052 Cream, fluid, light whipping: 1 tbsp (15 g) x 2; cream over fruit = 2 tbsp, light whipping",
            ),
        ),
    ),
    Phrase(
        text="We shared a plate of rice and beans at the Puerto Rican place, I had maybe half",
        kind="dish",
        sentence=True,
        items=(
            Item(
                "36406",
                295.0,
                "36406 Restaurant, Latino, Arroz con habichuelas colorados (Rice And Red Beans): 1 serving (590 g) / 2; rice and red beans, the eater's half",
            ),
        ),
    ),
    Phrase(
        text="franks n beans from the can, 1 cup heated up",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "16008",
                259.0,
                "16008 Beans, baked, canned, with franks: 1 cup (259 g); baked beans with franks",
            ),
        ),
    ),
    Phrase(
        text="For dinner I had general tso's chicken with steamed rice",
        kind="dish",
        sentence=True,
        items=(
            Item(
                "36618",
                535.0,
                "36618 Restaurant, Chinese, general tso's chicken: 1 order (535 g)",
            ),
            Item(
                "20045",
                158.0,
                "20045 Rice, white, long-grain, regular, cooked: 1 cup (158 g); a side of rice = 1 cup",
            ),
        ),
    ),
    Phrase(
        text="kung pao chicken, shared with my flatmate",
        kind="dish",
        sentence=False,
        items=(
            Item(
                "36619",
                302.0,
                "36619 Restaurant, Chinese, kung pao chicken: 1 order (604 g) / 2; shared between two",
            ),
        ),
    ),
    Phrase(
        text="I had a bowl of rice and peas with my curry goat",
        kind="dish",
        sentence=True,
        items=(
            Item(
                "36407",
                172.5,
                "36407 Restaurant, Latino, Arroz con grandules (rice and pigeonpeas): 1 cup (115 g) x 1.5; a bowl = 1.5 cups; rice and pigeon peas (Caribbean rice and peas)",
            ),
            Item(
                "17169",
                85.0,
                "17169 Game meat, goat, cooked, roasted: 3.0 oz (85 g); SR24 has no curry goat: roasted goat, a serving of meat = 3 oz (sauce not counted)",
            ),
        ),
    ),
)
