"""Common names mapped to one USDA food each (curated; a test checks that every uid exists),
and the amount some of them stand for when typed without one.

USDA names foods by kind and state ("Carbonated beverage, cola, contains caffeine"), while
people write "coke". An alias is the whole query as `search.normalize` leaves it (lower
case, words separated by one space: "Wendy's chili" is "wendy s chili", "2% milk" is
"2 milk"), and a final "s" is also tried, so "bagels" finds "bagel"; irregular plurals and
common misspellings are keys of their own. Each alias stands for the plain, most common
form of the food as eaten: cooked when it is eaten cooked ("quinoa", "chicken thigh"),
canned soup as prepared, a chain's item by its menu name. Words that name a kind of food
rather than one ("soup", "juice", "cake", "sandwich", "salad") are deliberately absent, so
that the bot asks.
"""

from __future__ import annotations

ALIASES: dict[str, str] = {
    # Breakfast
    "toast": "18070",  # Bread, white, commercially prepared, toasted
    "bread": "18069",  # Bread, white, commercially prepared
    "white bread": "18069",
    "oatmeal": "08121",  # Cereals, oats, regular and quick, unenriched, cooked with water
    "porridge": "08121",
    "oats": "08120",  # Cereals, oats, regular and quick, not fortified, dry
    "cereal": "08020",  # Cereals ready-to-eat, KELLOGG'S Corn Flakes
    "corn flakes": "08020",
    "granola": "08037",  # Cereals ready-to-eat, granola, homemade
    "bagel": "18001",  # Bagels, plain, enriched
    "croissant": "18239",  # Croissants, butter
    "muffin": "18274",  # Muffins, blueberry, commercially prepared
    "pancake": "18293",  # Pancakes, plain, prepared from recipe
    "waffle": "18367",  # Waffles, plain, prepared from recipe
    "donut": "18248",  # Doughnuts, cake-type, plain
    "doughnut": "18248",
    "egg": "01123",  # Egg, whole, raw, fresh
    "bacon": "10862",  # Pork, cured, bacon, cooked, pan-fried
    "yogurt": "01116",  # Yogurt, plain, whole milk
    "yoghurt": "01116",
    "peanut butter": "16098",  # Peanut butter, smooth style, with salt
    "butter": "01001",  # Butter, salted
    "nutella": "19125",  # Chocolate-flavored hazelnut spread
    # Eggs as cooked.
    "boiled egg": "01129",  # Egg, whole, cooked, hard-boiled
    "hard boiled egg": "01129",
    "hardboiled egg": "01129",
    "egg hard boiled": "01129",
    "scrambled egg": "01132",  # Egg, whole, cooked, scrambled
    "fried egg": "01128",  # Egg, whole, cooked, fried
    "poached egg": "01131",  # Egg, whole, cooked, poached
    "omelet": "01130",  # Egg, whole, cooked, omelet
    "omelette": "01130",
    "egg white": "01124",  # Egg, white, raw, fresh
    # Breakfast meats, cooked.
    "sausage": "07064",  # Pork sausage, fresh, cooked
    "breakfast sausage": "07064",
    "sausage link": "07225",  # OSCAR MAYER, Pork Sausage Links (cooked)
    "sausage patty": "21323",  # McDONALD'S, Sausage Patty
    "turkey bacon": "07254",  # LOUIS RICH, Turkey Bacon
    "canadian bacon": "10131",  # Pork, cured, canadian-style bacon, grilled
    # Breads, cereals and pastries.
    "english muffin": "18258",  # English muffins, plain, enriched
    "biscuit": "18009",  # Biscuits, plain or buttermilk, frozen, baked
    "buttermilk biscuit": "18009",
    "french toast": "18269",  # French toast, prepared from recipe, made with low fat (2%) milk
    "french toast sticks": "21024",  # Fast foods, french toast sticks
    "hash brown": "11391",  # Potatoes, hashed brown, frozen, plain, prepared
    "hashbrowns": "11391",
    "grits": "08091",  # Cereals, corn grits, white, regular and quick, enriched, cooked with water
    "cream of wheat": "08103",  # Cereals, CREAM OF WHEAT, regular (10 minute), cooked with water
    "instant oatmeal": "08123",  # Cereals, oats, instant, fortified, plain
    "cinnamon roll": "18964",  # Cinnamon buns, frosted (includes honey buns)
    "cinnamon bun": "18964",
    "honey bun": "18964",
    "danish": "18246",  # Danish pastry, fruit, enriched (includes apple, cinnamon, raisin, lemon
    "cheese danish": "18245",  # Danish pastry, cheese
    "pop tart": "18489",  # Toaster Pastries, KELLOGG, KELLOGG'S POP TARTS, Frosted strawberry
    "poptart": "18489",
    "toaster strudel": "18246",
    "blueberry muffin": "18274",
    "corn muffin": "18279",  # Muffins, corn, commercially prepared
    "bran muffin": "18283",  # Muffins, oat bran
    "buttermilk pancake": "18390",  # Pancakes, buttermilk, prepared from recipe
    "blueberry pancake": "18294",  # Pancakes, blueberry, prepared from recipe
    "eggo": "18365",  # Waffles, plain, frozen, ready-to-heat
    "eggo waffle": "18365",
    "frozen waffle": "18365",
    "glazed donut": "18255",  # Doughnuts, yeast-leavened, glazed, enriched (includes honey buns)
    "glazed doughnut": "18255",
    "jelly donut": "18256",  # Doughnuts, yeast-leavened, with jelly filling
    "jelly doughnut": "18256",
    "chocolate donut": "18249",  # Doughnuts, cake-type, plain, chocolate-coated or frosted
    "chocolate doughnut": "18249",
    "cheerios": "08013",  # Cereals ready-to-eat, GENERAL MILLS, CHEERIOS
    "honey nut cheerios": "08045",  # Cereals ready-to-eat, GENERAL MILLS, HONEY NUT CHEERIOS
    "frosted flakes": "08069",  # Cereals ready-to-eat, KELLOGG, KELLOGG'S FROSTED FLAKES
    "raisin bran": "08060",  # Cereals ready-to-eat, KELLOGG, KELLOGG'S RAISIN BRAN
    "special k": "08067",  # Cereals ready-to-eat, KELLOGG, KELLOGG'S SPECIAL K
    "rice krispies": "08065",  # Cereals ready-to-eat, KELLOGG, KELLOGG'S RICE KRISPIES
    "froot loops": "08030",  # Cereals ready-to-eat, KELLOGG, KELLOGG'S FROOT LOOPS
    "fruit loops": "08030",
    "lucky charms": "08050",  # Cereals ready-to-eat, GENERAL MILLS, LUCKY CHARMS
    "cinnamon toast crunch": "08272",  # Cereals ready-to-eat, GENERAL MILLS, CINNAMON TOAST CRUNCH
    "cap n crunch": "08010",  # Cereals ready-to-eat, QUAKER, CAP'N CRUNCH
    "captain crunch": "08010",
    "capn crunch": "08010",
    "cocoa puffs": "08271",  # Cereals ready-to-eat, GENERAL MILLS, COCOA PUFFS
    "frosted mini wheats": "08319",  # Cereals ready-to-eat, KELLOGG, KELLOGG'S FROSTED MINI-WHEATS
    "mini wheats": "08319",
    "shredded wheat": "08148",  # Cereals ready-to-eat, POST, Shredded Wheat, spoon-size
    "grape nuts": "08038",  # Cereals ready-to-eat, POST, GRAPE-NUTS Cereal
    "life cereal": "08049",  # Cereals ready-to-eat, QUAKER, QUAKER OAT LIFE, plain
    "kix": "08048",  # Cereals ready-to-eat, GENERAL MILLS, KIX
    "chex": "08064",  # Cereals ready-to-eat, GENERAL MILLS, Rice CHEX
    "rice chex": "08064",
    "apple jacks": "08003",  # Cereals ready-to-eat, KELLOGG, KELLOGG'S APPLE JACKS
    "golden grahams": "08035",  # Cereals ready-to-eat, GENERAL MILLS, GOLDEN GRAHAMS
    "trix": "08078",  # Cereals ready-to-eat, GENERAL MILLS, TRIX
    "cocoa krispies": "08014",  # Cereals ready-to-eat, KELLOGG, KELLOGG'S COCOA KRISPIES
    "corn pops": "08068",  # Cereals ready-to-eat, KELLOGG, KELLOGG'S CORN POPS
    "wheaties": "08089",  # Cereals ready-to-eat, GENERAL MILLS, WHEATIES
    "all bran": "08001",  # Cereals ready-to-eat, KELLOGG, KELLOGG'S ALL-BRAN Original
    "honey bunches of oats": "42240",  # Cereals ready-to-eat, POST, Honey Bunches of Oats
    "muesli": "42184",  # Cereals ready-to-eat, MUESLI, dried fruit and nuts
    # Spreads and toppings.
    "jam": "19297",  # Jams and preserves
    "jelly": "19300",  # Jellies
    "preserves": "19297",
    "strawberry jam": "19297",
    "honey": "19296",  # Honey
    "maple syrup": "19353",  # Syrups, maple
    "syrup": "19129",  # Syrups, table blends, pancake
    "pancake syrup": "19129",
    "cream cheese": "01017",  # Cheese, cream
    "almond butter": "12195",  # Nuts, almond butter, plain, without salt added
    "margarine": "04610",  # Margarine, regular, 80% fat, composite, stick, with salt
    "crunchy peanut butter": "16097",  # Peanut butter, chunk style, with salt
    # Dairy
    # "milk" itself is left to the ranking (whole milk first); the kinds people name:
    "whole milk": "01077",  # Milk, whole, 3.25% milkfat, with added vitamin D
    "2 milk": "01079",  # Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D
    "2 percent milk": "01079",
    "reduced fat milk": "01079",
    "1 milk": "01082",  # Milk, lowfat, fluid, 1% milkfat, with added vitamin A and vitamin D
    "1 percent milk": "01082",
    "low fat milk": "01082",
    "lowfat milk": "01082",
    "skim milk": "01085",  # Milk, nonfat, fluid
    "nonfat milk": "01085",
    "fat free milk": "01085",
    "chocolate milk": "01103",  # Milk, chocolate, fluid, commercial, reduced fat
    "buttermilk": "01088",  # Milk, buttermilk, fluid, cultured, lowfat
    "half and half": "01049",  # Cream, fluid, half and half
    "heavy cream": "01053",  # Cream, fluid, heavy whipping
    "whipping cream": "01053",
    "whipped cream": "01054",  # Cream, whipped, cream topping, pressurized
    "cool whip": "01073",  # Dessert topping, semi solid, frozen
    "sour cream": "01056",  # Cream, sour, cultured
    "coffee creamer": "01067",  # Cream substitute, liquid
    "creamer": "01067",
    "coffee mate": "01067",
    "powdered creamer": "01069",  # Cream substitute, powdered
    "evaporated milk": "01096",  # Milk, canned, evaporated
    "condensed milk": "01095",  # Milk, canned, condensed, sweetened
    "sweetened condensed milk": "01095",
    "low fat yogurt": "01117",  # Yogurt, plain, low fat, 12 grams protein per 8 ounce
    "nonfat yogurt": "01118",  # Yogurt, plain, skim milk, 13 grams protein per 8 ounce
    "plain yogurt": "01116",
    "vanilla yogurt": "01119",  # Yogurt, vanilla, low fat, 11 grams protein per 8 ounce
    "fruit yogurt": "01121",  # Yogurt, fruit, low fat, 10 grams protein per 8 ounce
    "strawberry yogurt": "01121",
    "yoghourt": "01116",
    "yogourt": "01116",
    "cottage cheese": "01015",  # Cheese, cottage, lowfat, 2% milkfat
    "cheese slice": "01042",  # Cheese, pasteurized process, American, fortified with vitamin D
    # Cheeses.
    "american cheese": "01042",
    "kraft singles": "01046",  # Cheese food, pasteurized process, American, vitamin D fortified
    "swiss": "01040",  # Cheese, swiss
    "swiss cheese": "01040",
    "provolone": "01035",  # Cheese, provolone
    "parmesan": "01032",  # Cheese, parmesan, grated
    "parmesan cheese": "01032",
    "parmigiano": "01033",  # Cheese, parmesan, hard
    "feta": "01019",  # Cheese, feta
    "feta cheese": "01019",
    "ricotta": "01037",  # Cheese, ricotta, part skim milk
    "goat cheese": "01159",  # Cheese, goat, soft type
    "brie": "01006",  # Cheese, brie
    "gouda": "01022",  # Cheese, gouda
    "monterey jack": "01025",  # Cheese, monterey
    "pepper jack": "01025",
    "colby jack": "01011",  # Cheese, colby
    "colby": "01011",
    "string cheese": "01029",  # Cheese, mozzarella, part skim milk, low moisture
    "mozzarella cheese": "01026",  # Cheese, mozzarella, whole milk
    "mozarella": "01026",
    "shredded cheese": "01251",  # Cheese, Mexican blend
    "mexican cheese": "01251",
    "blue cheese": "01004",  # Cheese, blue
    "muenster": "01030",  # Cheese, muenster
    "camembert": "01007",  # Cheese, camembert
    "gruyere": "01023",  # Cheese, gruyere
    "queso fresco": "01228",  # Cheese, fresh, queso fresco
    "cheese sauce": "01164",  # Cheese sauce, prepared from recipe
    "nacho cheese": "01164",
    # Drinks
    "coffee": "14209",  # Coffee, brewed from grounds, prepared with tap water
    "espresso": "14210",  # Coffee, brewed, espresso, restaurant-prepared
    # SR24 has no espresso-and-milk drinks; their energy is nearly all the milk's, so they
    # stand for 2% milk (a 350 g latte: 175 kcal, close to what coffee shops list).
    "latte": "01079",  # Milk, reduced fat, fluid, 2% milkfat
    "cappuccino": "01079",
    "tea": "14355",  # Tea, black, brewed, prepared with tap water
    "black tea": "14355",
    "orange juice": "09206",  # Orange juice, raw
    "oj": "09206",
    "apple juice": "09016",  # Apple juice, canned or bottled, unsweetened
    "coke": "14400",  # Carbonated beverage, cola, contains caffeine
    "cola": "14400",
    "coca cola": "14400",
    "pepsi": "14400",
    "soda": "14400",
    "diet coke": "14416",  # Carbonated beverage, low calorie, cola, aspartame, caffeine
    "sparkling water": "14121",  # Carbonated beverage, club soda
    "water": "14411",  # Water, tap, drinking
    "soy milk": "16120",  # Soymilk, original and vanilla, unfortified
    "beer": "14003",  # Alcoholic beverage, beer, regular, all
    "wine": "14084",  # Alcoholic beverage, wine, table, all
    "red wine": "14096",  # Alcoholic beverage, wine, table, red
    "white wine": "14106",  # Alcoholic beverage, wine, table, white
    # Coffee-shop drinks (sizes: see SERVINGS).
    "black coffee": "14209",
    "drip coffee": "14209",
    "brewed coffee": "14209",
    "iced coffee": "14209",
    "cold brew": "14209",
    "americano": "14209",
    "decaf": "14201",  # Coffee, brewed from grounds, prepared with tap water, decaffeinated
    "decaf coffee": "14201",
    "instant coffee": "14215",  # Coffee, instant, regular, prepared with water
    "double espresso": "14210",
    "doppio": "14210",
    "espresso shot": "14210",
    "tall latte": "01079",
    "grande latte": "01079",
    "venti latte": "01079",
    "short latte": "01079",
    "iced latte": "01079",
    "caffe latte": "01079",
    "cafe latte": "01079",
    "flat white": "01079",
    "skinny latte": "01085",
    "nonfat latte": "01085",
    "hot chocolate": "14194",  # Cocoa mix, powder, prepared with water
    "hot cocoa": "14194",
    # SR24 has no green tea; brewed teas are alike (2 kcal a cup).
    "green tea": "14355",
    "herbal tea": "14381",  # Tea, herb, other than chamomile, brewed
    "chamomile tea": "14545",  # Tea, herb, chamomile, brewed
    "peppermint tea": "14381",
    "iced tea": "14476",  # Tea, ready-to-drink, LIPTON BRISK iced tea, with lemon flavor
    "sweet tea": "14476",
    "unsweetened iced tea": "14601",  # Tea, ready-to-drink, unsweetened, WENDY'S, fast food
    "arizona iced tea": "14475",  # Tea, ready-to-drink, ARIZONA iced tea, with lemon flavor
    # Sodas.
    # A lemon-lime soda is SR24's Sprite entry; Mountain Dew its caffeinated lemon-lime soda.
    "coca cola classic": "14400",
    "soft drink": "14400",
    "cola soda": "14400",
    "diet pepsi": "14416",
    "coke zero": "14416",
    "pepsi zero": "14416",
    "diet soda": "14416",
    "diet dr pepper": "14416",
    "caffeine free coke": "14147",  # Carbonated beverage, cola, without caffeine
    "sprite": "14145",  # Carbonated beverage, SPRITE, lemon-lime, without caffeine
    "7up": "14145",
    "seven up": "14145",
    "lemon lime soda": "14145",
    "sprite zero": "14143",  # Carbonated beverage, low calorie, other than cola or pepper
    "diet sprite": "14143",
    "diet 7up": "14143",
    "ginger ale": "14136",  # Carbonated beverage, ginger ale
    "canada dry": "14136",
    "root beer": "14157",  # Carbonated beverage, root beer
    "a w root beer": "14157",
    "dr pepper": "14153",  # Carbonated beverage, pepper-type, contains caffeine
    "doctor pepper": "14153",
    "mountain dew": "14144",  # Carbonated beverage, lemon-lime soda, contains caffeine
    "mtn dew": "14144",
    "diet mountain dew": "14151",  # Carbonated beverage, low calorie, other than cola or pepper
    "fanta": "14150",  # Carbonated beverage, orange
    "orange soda": "14150",
    "grape soda": "14142",  # Carbonated beverage, grape soda
    "cream soda": "14130",  # Carbonated beverage, cream soda
    "tonic water": "14155",  # Carbonated beverage, tonic water
    "tonic": "14155",
    "club soda": "14121",
    "seltzer": "14121",
    "soda water": "14121",
    "la croix": "14121",
    "sparkling mineral water": "14384",  # Water, bottled, PERRIER
    "perrier": "14384",
    "bottled water": "14555",  # Water, bottled, generic
    # Energy and sports drinks.
    "red bull": "14154",  # Energy drink, RED BULL, with added caffeine, niacin, pantothenic acid
    "redbull": "14154",
    "sugar free red bull": "14156",  # Energy drink, RED BULL, sugar free, with added caffeine
    "monster": "14627",  # Energy Drink, Monster
    "monster energy": "14627",
    "rockstar": "14629",  # Energy drink, ROCKSTAR
    "full throttle": "14626",  # Energy drink, FULL THROTTLE
    "amp energy": "14625",  # Energy drink, AMP
    "energy drink": "14154",
    "gatorade": "14460",  # Sports drink, PEPSICO QUAKER GATORADE, GATORADE, original
    "powerade": "14461",  # Sports drink, COCA-COLA, POWERADE, lemon-lime flavored, ready-to-drink
    "powerade zero": "14599",  # Sports drink, Powerade Zero Ion4, calorie-free, assorted flavors
    "sports drink": "14460",
    "propel": "14462",  # QUAKER OATS, PROPEL Fitness Water, fruit-flavored, non-carbonated
    "vitamin water": "14605",  # Water with added vitamins and minerals, bottles, sweetened
    "vitaminwater": "14605",
    "pedialyte": "43075",  # Fluid replacement, electrolyte solution (include PEDIALYTE)
    # Juices.
    "orange juice from concentrate": "09209",  # Orange juice, chilled, includes from concentrate
    "tropicana": "09209",
    "grape juice": "09135",  # Grape juice, canned or bottled, unsweetened
    "cranberry juice": "14242",  # Cranberry juice cocktail, bottled
    "pineapple juice": "09273",  # Pineapple juice, canned, unsweetened, without added ascorbic acid
    "grapefruit juice": "09123",  # Grapefruit juice, white, canned, unsweetened
    "tomato juice": "11540",  # Tomato juice, canned, with salt added
    "v8": "31008",  # Campbell's V8 100% Vegetable Juice
    "lemonade": "14293",  # Lemonade, frozen concentrate, white, prepared with water
    "pink lemonade": "14543",  # Lemonade, frozen concentrate, pink, prepared with water
    "fruit punch": "14264",  # Fruit punch drink, without added nutrients, canned
    "capri sun": "14272",  # KRAFT, CAPRI SUN ALL NATURAL Juice Drink Fruit Punch, ready-to-drink
    "prune juice": "09294",  # Prune juice, canned
    "carrot juice": "11655",  # Carrot juice, canned
    "lemon juice": "09152",  # Lemon juice, raw
    "lime juice": "09160",  # Lime juice, raw
    "coconut water": "12119",  # Nuts, coconut water (liquid from coconuts)
    "apple cider": "09016",
    # Milk drinks.
    "eggnog": "01057",  # Eggnog
    "rice milk": "14342",  # Rice beverage, RICE DREAM, canned
    "milkshake": "14347",  # Shake, fast food, vanilla
    "milk shake": "14347",
    "vanilla milkshake": "14347",
    "chocolate milkshake": "14346",  # Shake, fast food, chocolate
    "chocolate shake": "14346",
    "strawberry milkshake": "14428",  # Shake, fast food, strawberry
    "strawberry shake": "14428",
    # Beer.
    # Lagers, ales, IPAs and imports stand for SR24's regular beer (strong IPAs run higher).
    "light beer": "14006",  # Alcoholic beverage, beer, light
    "lite beer": "14006",
    "lager": "14003",
    "ale": "14003",
    "ipa": "14003",
    "pilsner": "14003",
    "draft beer": "14003",
    "budweiser": "14004",  # Alcoholic beverage, beer, regular, BUDWEISER
    "bud light": "14007",  # Alcoholic beverage, beer, light, BUD LIGHT
    "michelob ultra": "14013",  # Alcoholic beverage, beer, light, MICHELOB ULTRA
    "bud select": "14005",  # Alcoholic beverage, beer, light, BUDWEISER SELECT
    "coors light": "14006",
    "miller lite": "14006",
    "corona": "14003",
    "corona light": "14006",
    "heineken": "14003",
    "modelo": "14003",
    "stella": "14003",
    "stella artois": "14003",
    "blue moon": "14003",
    # Wine.
    "glass of wine": "14084",
    "rose": "14084",
    "rose wine": "14084",
    "merlot": "14602",  # Alcoholic Beverage, wine, table, red, Merlot
    "cabernet": "14097",  # Alcoholic Beverage, wine, table, red, Cabernet Sauvignon
    "cabernet sauvignon": "14097",
    "pinot noir": "14099",  # Alcoholic Beverage, wine, table, red, Pinot Noir
    "zinfandel": "14102",  # Alcoholic Beverage, wine, table, red, Zinfandel
    "chardonnay": "14160",  # Alcoholic beverage, wine, table, white, Chardonnay
    "sauvignon blanc": "14134",  # Alcoholic beverage, wine, table, white, Sauvignon Blanc
    "pinot grigio": "14113",  # Alcoholic beverage, wine, table, white, Pinot Gris (Grigio)
    "riesling": "14132",  # Alcoholic beverage, wine, table, white, Riesling
    "champagne": "14084",
    "prosecco": "14084",
    "sparkling wine": "14084",
    "port": "14057",  # Alcoholic beverage, wine, dessert, sweet
    "sake": "43479",  # Alcoholic beverage, rice (sake)
    # Spirits (80 proof unless named otherwise) and cocktails.
    "vodka": "14051",  # Alcoholic beverage, distilled, vodka, 80 proof
    "whiskey": "14052",  # Alcoholic beverage, distilled, whiskey, 86 proof
    "whisky": "14052",
    "bourbon": "14052",
    "scotch": "14052",
    "rum": "14050",  # Alcoholic beverage, distilled, rum, 80 proof
    "gin": "14049",  # Alcoholic beverage, distilled, gin, 90 proof
    "tequila": "14037",  # Alcoholic beverage, distilled, all (gin, rum, vodka, whiskey) 80 proof
    "brandy": "14037",
    "cognac": "14037",
    "liquor": "14037",
    "jack daniels": "14037",
    "kahlua": "14414",  # Alcoholic beverage, liqueur, coffee, 53 proof
    "baileys": "14415",  # Alcoholic beverage, liqueur, coffee with cream, 34 proof
    "martini": "14014",  # Alcoholic beverage, martini, prepared-from-recipe
    "pina colada": "14017",  # Alcoholic beverage, pina colada, prepared-from-recipe
    "daiquiri": "14010",  # Alcoholic beverage, daiquiri, prepared-from-recipe
    "whiskey sour": "14029",  # Alcoholic beverage, whiskey sour, prepared from item 14028
    # Meals and snacks
    "pizza": "21224",  # Pizza, cheese topping, regular crust, frozen, cooked
    "burger": "21107",  # Fast foods, hamburger; single, regular patty; plain
    "hamburger": "21107",
    "cheeseburger": "21089",  # Fast foods, cheeseburger; single, regular patty; plain
    "fries": "21138",  # Fast foods, potato, french fried in vegetable oil
    "french fries": "21138",
    "chips": "19411",  # Snacks, potato chips, plain, salted
    "potato chips": "19411",
    "crisps": "19411",
    "tortilla chips": "19056",  # Snacks, tortilla chips, plain, white corn
    "hummus": "16158",  # Hummus, commercial
    "tofu": "16426",  # Tofu, raw, firm, prepared with calcium sulfate
    "salmon": "15237",  # Fish, salmon, Atlantic, farmed, cooked, dry heat
    "tuna": "15121",  # Fish, tuna, light, canned in water, drained solids
    "steak": "13451",  # Beef, top sirloin, steak, lean and fat, 0" fat, cooked, broiled
    "pasta": "20121",  # Spaghetti, cooked, enriched, without added salt
    "spaghetti": "20121",
    "rice": "20045",  # Rice, white, long-grain, regular, cooked
    "white rice": "20045",
    "cheese": "01009",  # Cheese, cheddar
    "cheddar": "01009",
    "cheddar cheese": "01009",
    "mozzarella": "01026",  # Cheese, mozzarella, whole milk
    "black beans": "16015",  # Beans, black, mature seeds, cooked, boiled, without salt
    "kidney beans": "16033",  # Beans, kidney, red, mature seeds, cooked, boiled
    "chickpeas": "16057",  # Chickpeas, mature seeds, cooked, boiled, without salt
    "lentils": "16070",  # Lentils, mature seeds, cooked, boiled, without salt
    "grapes": "09132",  # Grapes, red or green (European type), raw
    "chicken breast": "05064",  # Chicken, broilers or fryers, breast, meat only, roasted
    "chicken": "05013",  # Chicken, broilers or fryers, meat only, roasted
    "chocolate chip cookie": "18159",  # Cookies, chocolate chip, commercially prepared
    "ice cream": "19095",  # Ice creams, vanilla
    "chocolate": "19120",  # Candies, milk chocolate
    "cookie": "18159",  # Cookies, chocolate chip, commercially prepared
    "ketchup": "11935",  # Catsup
    "mayo": "04025",  # Salad dressing, mayonnaise, soybean oil, with salt
    "mayonnaise": "04025",
    "flour": "20081",  # Wheat flour, white, all-purpose, enriched, bleached
    "sugar": "19335",  # Sugars, granulated
    # McDonald's ("mcdonalds" and "mcdonald s", as an apostrophe normalises)
    "big mac": "21237",  # McDONALD'S, BIG MAC
    "bigmac": "21237",
    "mcdonalds big mac": "21237",
    "quarter pounder": "21234",  # McDONALD'S, QUARTER POUNDER
    "quarter pounder with cheese": "21235",  # McDONALD'S, QUARTER POUNDER with Cheese
    "qpc": "21235",
    "double quarter pounder": "21345",  # McDONALD'S, DOUBLE QUARTER POUNDER with Cheese
    "double quarter pounder with cheese": "21345",
    "mcdonalds hamburger": "21228",  # McDONALD'S, Hamburger
    "mcdonald s hamburger": "21228",
    "mcdonalds cheeseburger": "21233",  # McDONALD'S, Cheeseburger
    "mcdonald s cheeseburger": "21233",
    "mcdonalds double cheeseburger": "21344",  # McDONALD'S, Double Cheeseburger
    "mcdonald s double cheeseburger": "21344",
    "mcchicken": "21355",  # McDONALD'S, McCHICKEN Sandwich
    "mc chicken": "21355",
    "filet o fish": "21232",  # McDONALD'S, FILET-O-FISH
    "fillet o fish": "21232",
    "filet of fish": "21232",
    "chicken mcnuggets": "21309",  # McDONALD'S, Chicken McNUGGETS
    "mcnugget": "21309",
    "mcdonalds nuggets": "21309",
    "mcdonald s nuggets": "21309",
    "mcdonalds chicken nuggets": "21309",
    "egg mcmuffin": "21357",  # McDONALD'S, Egg McMUFFIN
    "mcmuffin": "21357",
    "sausage mcmuffin": "21358",  # McDONALD'S, Sausage McMUFFIN
    "sausage mcmuffin with egg": "21359",  # McDONALD'S, Sausage McMuffin with Egg
    "sausage egg mcmuffin": "21359",
    "mcgriddle": "21329",  # McDONALD'S, Sausage, Egg & Cheese McGRIDDLES
    "sausage mcgriddle": "21328",  # McDONALD'S, Sausage McGRIDDLES
    "mcdonalds hash brown": "21319",  # McDONALD'S, Hash Browns
    "mcdonald s hash brown": "21319",
    "mcdonalds hashbrown": "21319",
    "mcdonalds fries": "21238",  # McDONALD'S, French Fries
    "mcdonald s fries": "21238",
    "mcdonalds french fries": "21238",
    "mcdonald s french fries": "21238",
    "mcdonalds hotcakes": "21365",  # McDONALD'S, Hotcakes (with 2 pats margarine & syrup)
    "hotcakes": "21321",  # McDONALD'S, Hotcakes (plain)
    "big breakfast": "21341",  # McDONALD'S, BIG BREAKFAST
    "mcflurry": "21339",  # McDONALD'S, McFLURRY with OREO cookies
    "oreo mcflurry": "21339",
    "m m mcflurry": "21338",  # McDONALD'S, McFLURRY with M&M'S CANDIES
    "mcdonalds sundae": "21336",  # McDONALD'S, Hot Fudge Sundae
    "mcdonalds apple pie": "21324",  # McDONALD'S, Baked Apple Pie
    "mcdonald s apple pie": "21324",
    "mcdonalds shake": "14347",
    "mcdonald s shake": "14347",
    "mcdonalds cone": "21333",  # McDONALD'S, Vanilla Reduced Fat Ice Cream Cone
    "mcdonalds biscuit": "21317",  # McDONALD'S, Biscuit, regular size
    "sausage biscuit": "21361",  # McDONALD'S, Sausage Biscuit
    "sausage biscuit with egg": "21362",  # McDONALD'S, Sausage Biscuit with Egg
    "mcdonalds side salad": "21379",  # McDONALD'S, Side Salad
    # Wendy's, Burger King
    # Wendy's chili is SR24's fast-food chili con carne (SR24 has no Wendy's entry for it).
    "wendys chili": "21042",  # Fast foods, chili con carne
    "wendy s chili": "21042",
    "chili con carne": "21042",
    "frosty": "21248",  # WENDY'S, Frosty Dairy Dessert
    "wendys frosty": "21248",
    "wendy s frosty": "21248",
    "wendys fries": "21247",  # WENDY'S, French Fries
    "wendy s fries": "21247",
    "daves single": "21240",  # WENDY'S, CLASSIC SINGLE Hamburger, with cheese
    "dave s single": "21240",
    "wendys single": "21240",
    "wendys burger": "21240",
    "wendy s burger": "21240",
    "daves double": "21243",  # WENDY'S, CLASSIC DOUBLE, with cheese
    "dave s double": "21243",
    "wendys double": "21243",
    "jr cheeseburger": "21242",  # WENDY'S, Jr. Hamburger, with cheese
    "junior cheeseburger": "21242",
    "jr hamburger": "21241",  # WENDY'S, Jr. Hamburger, without cheese
    "junior hamburger": "21241",
    "wendys nuggets": "21246",  # WENDY'S, Chicken Nuggets
    "wendy s nuggets": "21246",
    "wendys chicken sandwich": "21244",  # WENDY'S, Homestyle Chicken Fillet Sandwich
    "wendy s chicken sandwich": "21244",
    "whopper": "21252",  # BURGER KING, WHOPPER, no cheese
    "whopper with cheese": "21253",  # BURGER KING, WHOPPER, with cheese
    "double whopper": "21254",  # BURGER KING, DOUBLE WHOPPER, no cheese
    "double whopper with cheese": "21255",  # BURGER KING, DOUBLE WHOPPER, with cheese
    "burger king whopper": "21252",
    "bk whopper": "21252",
    "chicken whopper": "21257",  # BURGER KING, Chicken WHOPPER Sandwich
    "burger king fries": "21249",  # BURGER KING, French Fries
    "bk fries": "21249",
    "burger king hamburger": "21250",  # BURGER KING, Hamburger
    "burger king cheeseburger": "21251",  # BURGER KING, Cheeseburger
    "burger king chicken sandwich": "21259",  # BURGER KING, Original Chicken Sandwich
    "original chicken sandwich": "21259",
    "burger king chicken tenders": "21256",  # BURGER KING, CHICKEN TENDERS
    "croissanwich": "21383",  # BURGER KING, CROISSAN'WICH with Sausage, Egg and Cheese
    "croissan wich": "21383",
    "burger king french toast sticks": "21386",  # BURGER KING, French Toast Sticks
    "burger king hash browns": "21387",  # BURGER KING, Hash Brown Rounds
    "burger king shake": "21141",  # BURGER KING, Vanilla Shake
    # Taco Bell, Mexican and Latino dishes
    "taco": "21082",  # Fast foods, taco with beef, cheese and lettuce, hard shell
    "hard taco": "21082",
    "beef taco": "21082",
    "crunchy taco": "21260",  # TACO BELL, Original Taco with beef, cheese and lettuce
    "taco bell taco": "21260",
    "soft taco": "21486",  # Fast foods, taco with beef, cheese and lettuce, soft
    "chicken taco": "21487",  # Fast foods, taco with chicken, lettuce and cheese, soft
    "taco bell soft taco": "21261",  # TACO BELL, Soft Taco with beef, cheese and lettuce
    "chicken soft taco": "21262",  # TACO BELL, Soft Taco with chicken, cheese and lettuce
    "steak soft taco": "21263",  # TACO BELL, Soft Taco with steak
    "burrito": "21063",  # Fast foods, burrito, with beans and beef
    "beef burrito": "21063",
    "bean burrito": "21264",  # TACO BELL, Bean Burrito
    "bean and cheese burrito": "21061",  # Fast foods, burrito, with beans and cheese
    "burrito supreme": "21265",  # TACO BELL, BURRITO SUPREME with beef
    "chicken burrito supreme": "21266",  # TACO BELL, BURRITO SUPREME with chicken
    "steak burrito supreme": "21267",  # TACO BELL, BURRITO SUPREME with steak
    "breakfast burrito": "21340",  # McDONALD'S, Sausage Burrito
    "mcdonalds breakfast burrito": "21340",
    "frozen burrito": "22917",  # Burrito, beef and bean, frozen
    "quesadilla": "21488",  # Fast foods, quesadilla, with chicken
    "chicken quesadilla": "21488",
    "nachos": "21078",  # Fast foods, nachos, with cheese
    "nachos supreme": "21269",  # TACO BELL, Nachos Supreme
    "loaded nachos": "21080",  # Fast foods, nachos, with cheese, beans, ground beef, and peppers
    "taco bell nachos": "21268",  # TACO BELL, Nachos
    "taco salad": "21083",  # Fast foods, taco salad
    "taco bell taco salad": "21270",  # TACO BELL, Taco Salad
    "enchilada": "21075",  # Fast foods, enchilada, with cheese and beef
    "cheese enchilada": "21074",  # Fast foods, enchilada, with cheese
    "beef enchilada": "21075",
    "chimichanga": "21071",  # Fast foods, chimichanga, with beef and cheese
    "tostada": "21086",  # Fast foods, tostada, with beans, beef, and cheese
    "tamale": "36412",  # Restaurant, Latino, tamale, pork
    "tamal": "36412",
    "pork tamale": "36412",
    "corn tamale": "36411",  # Restaurant, Latino, tamale, corn
    "pupusa": "36409",  # Restaurant, Latino, pupusas con queso (pupusas, cheese)
    "bean pupusa": "36408",  # Restaurant, Latino, pupusas con frijoles (pupusas, bean)
    "pork pupusa": "36410",  # Restaurant, Latino, pupusas del cerdo (pupusas, pork)
    "empanada": "36403",  # Restaurant, Latino, empanadas, beef, prepared
    "arepa": "36415",  # Restaurant, Latino, arepa (unleavened cornmeal bread)
    "arroz con pollo": "36401",  # Restaurant, Latino, chicken and rice, entree, prepared
    "arroz con leche": "36404",  # Restaurant, Latino, arroz con leche (rice pudding)
    "rice pudding": "19193",  # Puddings, rice, ready-to-eat
    "black bean soup": "06402",  # Soup, black bean, canned, prepared with equal volume water
    "menudo": "36414",  # Restaurant, Latino, tripe soup
    "bunuelos": "36416",  # Restaurant, Latino, bunuelos (fried yeast bread)
    "refried beans": "16103",  # Refried beans, canned, traditional style (includes USDA commodity)
    "salsa": "06164",  # Sauce, salsa, ready-to-serve
    "pico de gallo": "27027",  # CAMPBELL Soup Company, PACE, Pico De Gallo
    "salsa verde": "27047",  # Sauce, salsa, verde, ready-to-serve
    "queso": "27052",  # Dip, cheese with chili peppers, ready-to-serve
    "queso dip": "27052",
    # Fried chicken, pizza and other chains
    "fried chicken": "21036",  # Fast foods, chicken, breaded and fried, light meat (breast or wing)
    "fried chicken breast": "21469",  # Fast Foods, Fried Chicken, Breast
    "fried chicken thigh": "21471",  # Fast Foods, Fried Chicken, Thigh, meat and skin and breading
    "fried chicken drumstick": "21470",  # Fast Foods, Fried Chicken, Drumstick
    "fried chicken leg": "21470",
    "fried chicken wing": "21472",  # Fast Foods, Fried Chicken, Wing, meat and skin and breading
    "kfc chicken": "21434",  # KENTUCKY FRIED CHICKEN, Fried Chicken, ORIGINAL RECIPE, Breast
    "kfc original recipe": "21434",
    "kfc breast": "21434",
    "kfc thigh": "21436",  # KENTUCKY FRIED CHICKEN, Fried Chicken, ORIGINAL RECIPE, Thigh
    "kfc drumstick": "21435",  # KENTUCKY FRIED CHICKEN, Fried Chicken, ORIGINAL RECIPE, Drumstick
    "kfc leg": "21435",
    "kfc wing": "21437",  # KENTUCKY FRIED CHICKEN, Fried Chicken, ORIGINAL RECIPE, Wing
    "kfc extra crispy": "21438",  # KENTUCKY FRIED CHICKEN, Fried Chicken, EXTRA CRISPY, Breast
    "kfc popcorn chicken": "21422",  # KENTUCKY FRIED CHICKEN, Popcorn Chicken
    "popcorn chicken": "21422",
    "kfc coleslaw": "21420",  # KENTUCKY FRIED CHICKEN, Coleslaw
    "kfc biscuit": "21419",  # KENTUCKY FRIED CHICKEN, Biscuit, analyzed prior to January 2007
    "kfc tenders": "21421",  # KENTUCKY FRIED CHICKEN, Crispy Chicken Strips
    "kfc chicken strips": "21421",
    "kfc potato wedges": "21423",  # KENTUCKY FRIED CHICKEN, Potato Wedges
    "popeyes chicken": "21456",  # POPEYES, Fried Chicken, Mild, Breast, meat and skin with breading
    "popeyes breast": "21456",
    "popeyes thigh": "21458",  # POPEYES, Fried Chicken, Mild, Thigh, meat and skin with breading
    "popeyes drumstick": "21457",  # POPEYES, Fried Chicken, Mild, Drumstick
    "popeyes wing": "21459",  # POPEYES, Fried Chicken, Mild, Wing, meat and skin with breading
    "popeyes spicy chicken": "21452",  # POPEYES, Fried Chicken, Spicy, Breast
    "popeyes biscuit": "21415",  # POPEYES, Biscuit
    "popeyes tenders": "21417",  # POPEYES, Mild Chicken Strips, analyzed 2006
    "popeyes chicken strips": "21417",
    "popeyes coleslaw": "21416",  # POPEYES, Coleslaw
    "nuggets": "21229",  # Fast foods, chicken, breaded and fried, boneless pieces, plain
    "chicken nugget": "21229",
    "frozen chicken nuggets": "05321",  # Chicken nuggets, frozen, cooked
    "chicken fingers": "36015",  # Restaurant, family style, chicken fingers, from kid's menu
    "chicken strips": "36015",
    "chicken tender": "36015",
    "chicken sandwich": "21102",  # Fast foods, chicken fillet sandwich, plain
    "crispy chicken sandwich": "21230",  # Fast Foods, crispy chicken filet sandwich, with lettuce
    "grilled chicken sandwich": "21490",  # Fast Foods, grilled chicken filet sandwich, with lettuce
    "fish sandwich": "21105",  # Fast foods, fish sandwich, with tartar sauce
    "double cheeseburger": "21395",  # Fast foods, cheeseburger; double
    "bacon cheeseburger": "21097",  # Fast foods, cheeseburger; single
    "hot dog": "21118",  # Fast foods, hotdog, plain
    "hotdog": "21118",
    "chili dog": "21119",  # Fast foods, hotdog, with chili
    "corn dog": "22973",  # Corn dogs, frozen, prepared
    "corndog": "22973",
    "onion rings": "21130",  # Fast foods, onion rings, breaded and fried
    "hush puppies": "21129",  # Fast foods, hush puppies
    "coleslaw": "21127",  # Fast foods, coleslaw
    "cole slaw": "21127",
    "mashed potatoes": "11371",  # Potatoes, mashed, home-prepared, whole milk and margarine added
    "mashed potato": "11371",
    "corn on the cob": "11168",  # Corn, sweet, yellow, cooked, boiled, drained, without salt
    "baked potato": "11674",  # Potato, baked, flesh and skin, without salt
    "loaded baked potato": "21132",  # Fast foods, potato
    "mozzarella stick": "36012",  # Restaurant, family style, fried mozzarella sticks
    "fried shrimp": "36016",  # Restaurant, family style, shrimp, breaded and fried
    "popcorn shrimp": "36016",
    "fried fish": "21047",  # Entrees, fish fillet, battered or breaded, and fried
    "crab cake": "21046",  # Entrees, crab cake
    "chicken pot pie": "22906",  # Chicken pot pie, frozen entree, prepared
    "pot pie": "22906",
    # Pizza chains' 14" pies; a plain "pizza" stays the frozen cheese pizza above.
    "cheese pizza": "21299",  # Fast Food, Pizza Chain, 14" pizza, cheese topping, regular crust
    "pepperoni pizza": "21302",  # Fast Food, Pizza Chain, 14" pizza, pepperoni topping
    "sausage pizza": "21484",  # Fast Food, Pizza Chain, 14" pizza, sausage topping, regular crust
    "supreme pizza": "21304",  # Fast Food, Pizza Chain, 14" pizza, meat and vegetable topping
    "thin crust pizza": "21301",  # Fast Food, Pizza Chain, 14" pizza, cheese topping, thin crust
    "deep dish pizza": "21300",  # Fast Food, Pizza Chain, 14" pizza, cheese topping, thick crust
    "pizza hut pizza": "21293",  # PIZZA HUT 14" Cheese Pizza, Hand-Tossed Crust
    "pizza hut cheese pizza": "21293",
    "pizza hut pepperoni pizza": "21296",  # PIZZA HUT 14" Pepperoni Pizza, Hand-Tossed Crust
    "pizza hut pan pizza": "21294",  # PIZZA HUT 14" Cheese Pizza, Pan Crust
    "dominos pizza": "21277",  # DOMINO'S 14" Cheese Pizza, Classic Hand-Tossed Crust
    "domino s pizza": "21277",
    "dominoes pizza": "21277",
    "dominos cheese pizza": "21277",
    "domino s cheese pizza": "21277",
    "dominos pepperoni pizza": "21280",  # DOMINO'S 14" Pepperoni Pizza, Classic Hand-Tossed Crust
    "domino s pepperoni pizza": "21280",
    "papa johns pizza": "21283",  # PAPA JOHN'S 14" Cheese Pizza, Original Crust
    "papa john s pizza": "21283",
    "papa johns pepperoni pizza": "21284",  # PAPA JOHN'S 14" Pepperoni Pizza, Original Crust
    "papa john s pepperoni pizza": "21284",
    "little caesars pizza": "21287",  # LITTLE CAESARS 14" Original Round Cheese Pizza
    "little caesars pepperoni pizza": "21288",  # LITTLE CAESARS 14" Original Round Pepperoni Pizza
    "digiorno": "21474",  # DIGIORNO Pizza, cheese topping, rising crust, frozen, baked
    "digiorno pizza": "21474",
    "frozen pizza": "21224",
    "pepperoni": "07057",  # Pepperoni, pork, beef
    # Family restaurants.
    "applebees mozzarella sticks": "36004",  # APPLEBEE'S, mozzarella sticks
    "applebee s mozzarella sticks": "36004",
    "applebees fries": "36002",  # APPLEBEE'S, French fries
    "applebee s fries": "36002",
    "dennys fries": "36610",  # DENNY'S, French fries
    "denny s fries": "36610",
    "dennys mozzarella sticks": "36611",  # DENNY'S, mozzarella cheese sticks
    "denny s mozzarella sticks": "36611",
    "tgi fridays mozzarella sticks": "36008",  # T.G.I. FRIDAY'S, fried mozzarella
    "cracker barrel mac and cheese": "36609",  # CRACKER BARREL, macaroni n' cheese plate
    "steak fries": "36607",  # CRACKER BARREL, steak fries
    # Chinese restaurant dishes
    "general tso s chicken": "36618",  # Restaurant, Chinese, general tso's chicken
    "general tsos chicken": "36618",
    "general tso chicken": "36618",
    "general tao chicken": "36618",
    "general tsos": "36618",
    "general tso s": "36618",
    # Orange chicken is the same battered chicken in a sweet glaze (about 300 kcal/100 g).
    "orange chicken": "36618",
    "sesame chicken": "36618",
    "lemon chicken": "36617",  # Restaurant, Chinese, lemon chicken
    "kung pao chicken": "36619",  # Restaurant, Chinese, kung pao chicken
    "kung pow chicken": "36619",
    "sweet and sour chicken": "36621",  # Restaurant, Chinese, sweet and sour chicken
    "sweet and sour pork": "36622",  # Restaurant, Chinese, sweet and sour pork
    "chow mein": "36623",  # Restaurant, Chinese, chicken chow mein
    "chicken chow mein": "36623",
    "beef and broccoli": "36603",  # Restaurant, Chinese, beef and vegetables
    "beef with broccoli": "36603",
    "fried rice": "36602",  # Restaurant, Chinese, fried rice
    "chinese fried rice": "36602",
    "egg roll": "36601",  # Restaurant, Chinese, egg rolls, assorted
    "eggroll": "36601",
    "spring roll": "22955",  # Egg rolls, vegetable, refrigerated, heated
    "wonton soup": "27002",  # Soup, wonton, Chinese restaurant
    "egg drop soup": "27000",  # Soup, egg drop, Chinese restaurant
    "hot and sour soup": "27001",  # Soup, hot and sour, Chinese restaurant
    "instant noodles": "06583",  # Soup, ramen noodle, any flavor, dry
    "cup noodles": "06582",  # Soup, NISSIN, CUP NOODLES, Ramen Noodle, chicken flavor, dry mix
    "top ramen": "06581",  # Soup, NISSIN, OODLES OF NOODLES TOP RAMEN Ramen Noodle, Oriental flavor
    "soba": "20115",  # Noodles, japanese, soba, cooked
    "soba noodles": "20115",
    "rice noodles": "20134",  # Rice noodles, cooked
    "edamame": "11212",  # Edamame, frozen, prepared
    "miso": "16112",  # Miso
    "soy sauce": "16123",  # Soy sauce made from soy and wheat (shoyu)
    "teriyaki sauce": "06112",  # Sauce, teriyaki, ready-to-serve
    "sweet and sour sauce": "27050",  # Sauce, sweet and sour, ready-to-serve
    "duck sauce": "27046",  # Sauce, duck, ready-to-serve
    # Meat, poultry and fish, as eaten (cooked)
    "grilled chicken breast": "05064",
    "baked chicken breast": "05064",
    "boneless skinless chicken breast": "05064",
    "chiken breast": "05064",
    "shredded chicken": "05013",
    "chicken thigh": "05098",  # Chicken, broilers or fryers, thigh, meat only, cooked, roasted
    "chicken drumstick": "05069",  # Chicken, broilers or fryers, drumstick, meat and skin, cooked
    "drumstick": "05069",
    "chicken leg": "05078",  # Chicken, broilers or fryers, leg, meat and skin, cooked, roasted
    "chicken wing": "05102",  # Chicken, broilers or fryers, wing, meat and skin, cooked, fried
    "wings": "05102",
    "buffalo wings": "05102",
    "hot wings": "05102",
    "rotisserie chicken": "05348",  # Chicken, broilers or fryers, breast, meat and skin, cooked
    "roast chicken": "05009",  # Chicken, broilers or fryers, meat and skin, cooked, roasted
    # "turkey" and "ham" alone are sliced deli meat; a roast says so ("roast turkey").
    "turkey": "07079",  # Turkey breast meat
    "deli turkey": "07079",
    "sliced turkey": "07079",
    "turkey slices": "07079",
    "turkey lunch meat": "07079",
    "turkey breast slices": "07079",
    "smoked turkey": "07079",
    "roast turkey": "05168",  # Turkey, all classes, meat only, cooked, roasted
    "turkey meat": "05168",
    "ground turkey": "05666",  # Ground turkey, 93% lean, 7% fat, pan-broiled crumbles
    "turkey burger": "05667",  # Ground turkey, 93% lean, 7% fat, patties, broiled
    "ham": "07029",  # Ham, sliced, regular (approximately 11% fat)
    "deli ham": "07029",
    "sliced ham": "07029",
    "ham slice": "07029",
    "honey ham": "07938",  # Ham, honey, smoked, cooked
    "spam": "07908",  # Luncheon meat, pork with ham, minced, canned, includes SPAM (Hormel)
    "roast beef": "23598",  # Beef, round, eye of round, roast, separable lean only
    "deli roast beef": "23598",
    "salami": "07072",  # Salami, dry or hard, pork, beef
    "genoa salami": "07072",
    "bologna": "07008",  # Bologna, beef and pork
    "baloney": "07008",
    "pastrami": "13355",  # Beef, cured, pastrami
    "corned beef": "13347",  # Beef, cured, corned beef, brisket, cooked
    "frankfurter": "07023",  # Frankfurter, beef and pork
    "beef hot dog": "07022",  # Frankfurter, beef, unheated
    "turkey hot dog": "07025",  # Frankfurter, turkey
    "bratwurst": "07013",  # Bratwurst, pork, cooked
    "brat": "07013",
    "kielbasa": "07037",  # Kielbasa, kolbassy, pork, beef, nonfat dry milk added
    "polish sausage": "07059",  # Polish sausage, pork
    "italian sausage": "07089",  # Sausage, Italian, pork, cooked
    "chorizo": "07019",  # Chorizo, pork and beef
    "smoked sausage": "07075",  # Sausage, smoked link sausage, pork and beef
    "beef jerky": "19002",  # Snacks, beef jerky, chopped and formed
    "jerky": "19002",
    "slim jim": "19407",  # Snacks, beef sticks, smoked
    "ground beef": "23575",  # Beef, ground, 80% lean meat / 20% fat, crumbles, cooked, pan-browned
    "hamburger meat": "23575",
    "lean ground beef": "23565",  # Beef, ground, 90% lean meat / 10% fat, crumbles, cooked
    "burger patty": "23573",  # Beef, ground, 80% lean meat / 20% fat, patty, cooked, broiled
    "hamburger patty": "23573",
    "beef patty": "23573",
    "ribeye": "13096",  # Beef, rib, eye, small end (ribs 10-12), separable lean and fat
    "rib eye": "13096",
    "ribeye steak": "13096",
    "filet mignon": "13439",  # Beef, tenderloin, steak, separable lean and fat, trimmed to 0" fat
    "beef tenderloin": "13439",
    "t bone": "13234",  # Beef, short loin, t-bone steak, separable lean and fat
    "t bone steak": "13234",
    "porterhouse": "13230",  # Beef, short loin, porterhouse steak, separable lean and fat
    "new york strip": "13446",  # Beef, short loin, top loin, steak, separable lean and fat
    "strip steak": "13446",
    "sirloin": "13451",
    "sirloin steak": "13451",
    "top sirloin": "13451",
    "flank steak": "23654",  # Beef, flank, steak, separable lean only, trimmed to 0" fat
    "skirt steak": "23540",  # Beef, plate, inside skirt steak, separable lean and fat
    "tri tip": "23647",  # Beef, bottom sirloin, tri-tip roast, separable lean only
    "brisket": "13367",  # Beef, brisket, whole, separable lean and fat, trimmed to 0" fat
    "pot roast": "13380",  # Beef, chuck, under blade pot roast, boneless, separable lean and fat
    "pork chop": "10038",  # Pork, fresh, loin, center loin (chops), bone-in, separable lean and fat
    "pork tenderloin": "10061",  # Pork, fresh, loin, tenderloin, separable lean only, cooked
    "pork loin": "10061",
    "pulled pork": "22972",  # Pulled pork in barbecue sauce
    "pork roast": "10071",  # Pork, fresh, shoulder, whole, separable lean and fat, cooked, roasted
    "lamb": "17002",  # Lamb, domestic, composite of trimmed retail cuts, separable lean and fat
    "lamb chop": "17024",  # Lamb, domestic, loin, separable lean and fat, trimmed to 1/4" fat
    "leg of lamb": "17012",  # Lamb, domestic, leg, whole (shank and sirloin)
    "ground lamb": "17225",  # Lamb, ground, cooked, broiled
    "salmon fillet": "15237",
    "grilled salmon": "15237",
    "baked salmon": "15237",
    "atlantic salmon": "15237",
    "sockeye salmon": "15086",  # Fish, salmon, sockeye, cooked, dry heat
    "wild salmon": "15209",  # Fish, salmon, Atlantic, wild, cooked, dry heat
    "smoked salmon": "15179",  # Fish, salmon, chinook, smoked, (lox), regular
    "lox": "15179",
    "canned salmon": "15084",  # Fish, salmon, pink, canned, total can contents
    "canned tuna": "15121",
    "tuna in water": "15121",
    "tuna in oil": "15119",  # Fish, tuna, light, canned in oil, drained solids
    "albacore": "15126",  # Fish, tuna, white, canned in water, drained solids
    "albacore tuna": "15126",
    "tuna steak": "15221",  # Fish, tuna, yellowfin, fresh, cooked, dry heat
    "ahi tuna": "15221",
    "tilapia": "15262",  # Fish, tilapia, cooked, dry heat
    "cod": "15016",  # Fish, cod, Atlantic, cooked, dry heat
    "halibut": "15037",  # Fish, halibut, Atlantic and Pacific, cooked, dry heat
    "haddock": "15034",  # Fish, haddock, cooked, dry heat
    "pollock": "15067",  # Fish, pollock, walleye, cooked, dry heat
    "trout": "15116",  # Fish, trout, rainbow, wild, cooked, dry heat
    "catfish": "15235",  # Fish, catfish, channel, farmed, cooked, dry heat
    "fried catfish": "15011",  # Fish, catfish, channel, cooked, breaded and fried
    "flounder": "15029",  # Fish, flatfish (flounder and sole species), cooked, dry heat
    "sole": "15029",
    "sea bass": "15092",  # Fish, sea bass, mixed species, cooked, dry heat
    "swordfish": "15111",  # Fish, swordfish, cooked, dry heat
    "sardines": "15088",  # Fish, sardine, Atlantic, canned in oil, drained solids with bone
    "fish sticks": "15027",  # Fish, fish portions and sticks, frozen, preheated
    "shrimp": "15151",  # Crustaceans, shrimp, mixed species, cooked, moist heat
    "prawns": "15151",
    "crab": "15140",  # Crustaceans, crab, blue, cooked, moist heat
    "crab meat": "15140",
    "crab legs": "15137",  # Crustaceans, crab, alaska king, cooked, moist heat
    "king crab": "15137",
    "imitation crab": "15138",  # Crustaceans, crab, alaska king, imitation, made from surimi
    "lobster": "15148",  # Crustaceans, lobster, northern, cooked, moist heat
    "scallops": "90240",  # Mollusks, scallop, (bay and sea), cooked, steamed
    "clams": "15159",  # Mollusks, clam, mixed species, cooked, moist heat
    "mussels": "15165",  # Mollusks, mussel, blue, cooked, moist heat
    "oysters": "15167",  # Mollusks, oyster, eastern, wild, raw
    # Plant proteins.
    "tempeh": "16114",  # Tempeh
    "veggie burger": "16147",  # Veggie burgers or soyburgers, unprepared
    "boca burger": "16147",
    "garden burger": "16579",  # GARDENBURGER, Original
    "gardenburger": "16579",
    # Grains, pasta and beans, cooked
    "brown rice": "20037",  # Rice, brown, long-grain, cooked
    "jasmine rice": "20045",
    "basmati rice": "20045",
    "long grain rice": "20045",
    "sticky rice": "20055",  # Rice, white, glutinous, cooked
    "wild rice": "20089",  # Wild rice, cooked
    "quinoa": "20137",  # Quinoa, cooked
    "couscous": "20029",  # Couscous, cooked
    "barley": "20006",  # Barley, pearled, cooked
    "bulgur": "20013",  # Bulgur, cooked
    "noodles": "20110",  # Noodles, egg, cooked, enriched
    "egg noodles": "20110",
    "macaroni": "20100",  # Macaroni, cooked, enriched
    "penne": "20100",
    "rigatoni": "20100",
    "rotini": "20100",
    "fusilli": "20100",
    "farfalle": "20100",
    "bow tie pasta": "20100",
    "linguine": "20121",
    "fettuccine": "20121",
    "angel hair": "20121",
    "spagetti": "20121",
    "whole wheat pasta": "20125",  # Spaghetti, whole-wheat, cooked
    "whole wheat spaghetti": "20125",
    "fresh pasta": "20094",  # Pasta, fresh-refrigerated, plain, cooked
    "tortellini": "22901",  # Tortellini, pasta with cheese filling, fresh-refrigerated
    "ravioli": "22900",  # Ravioli, meat-filled, with tomato sauce or meat sauce, canned
    "cheese ravioli": "22899",  # Ravioli, cheese-filled, canned
    "lasagna": "22916",  # Lasagna with meat & sauce, frozen entree
    "lasagne": "22916",
    "meat lasagna": "22916",
    "cheese lasagna": "22910",  # Lasagna, Cheese, frozen, prepared
    "vegetable lasagna": "22956",  # Lasagna, Vegetable, frozen, baked
    "spaghetti and meatballs": "22912",  # Spaghetti, with meatballs, canned
    "spaghetti with meat sauce": "22401",  # Spaghetti with meat sauce, frozen entree
    "spaghettios": "22940",  # CAMPBELL Soup Company, SPAGHETTIOS, SpaghettiO's with Meatballs
    "chef boyardee ravioli": "22515",  # CHEF BOYARDEE Beef Ravioli in Tomato and Meat Sauce
    "beefaroni": "22516",  # CHEF BOYARDEE Beefaroni, Macaroni w/Beef in tomato Sauce, canned entree
    "mac and cheese": "22960",  # Macaroni and cheese dinner with dry sauce mix, boxed
    "mac n cheese": "22960",
    "mac cheese": "22960",
    "macaroni and cheese": "22960",
    "macaroni cheese": "22960",
    "kraft mac and cheese": "22960",
    "kraft dinner": "22960",
    "pinto beans": "16043",  # Beans, pinto, mature seeds, cooked, boiled, without salt
    "navy beans": "16038",  # Beans, navy, mature seeds, cooked, boiled, without salt
    "baked beans": "16009",  # Beans, baked, canned, with pork
    "pork and beans": "16009",
    "garbanzo beans": "16057",
    "chick peas": "16057",
    "lentil": "16070",
    "lentil soup": "06037",  # Soup, lentil with ham, canned, ready-to-serve
    "stuffing": "18082",  # Bread stuffing, bread, dry mix, prepared
    "cornbread": "18023",  # Bread, cornbread, dry mix, prepared
    "corn bread": "18023",
    # Vegetables (cooked where they are usually eaten cooked)
    "broccoli": "11090",  # Broccoli, raw
    "steamed broccoli": "11091",  # Broccoli, cooked, boiled, drained, without salt
    "cooked broccoli": "11091",
    "brocoli": "11090",
    "carrot": "11124",  # Carrots, raw
    "baby carrots": "11960",  # Carrots, baby, raw
    "cooked carrots": "11125",  # Carrots, cooked, boiled, drained, without salt
    "lettuce": "11252",  # Lettuce, iceberg (includes crisphead types), raw
    "iceberg lettuce": "11252",
    "romaine": "11251",  # Lettuce, cos or romaine, raw
    "romaine lettuce": "11251",
    "spring mix": "11250",  # Lettuce, butterhead (includes boston and bibb types), raw
    "mixed greens": "11250",
    "side salad": "21052",  # Fast foods, salad, vegetable, tossed, without dressing
    "garden salad": "21052",
    "green salad": "21052",
    "tossed salad": "21052",
    "spinach": "11457",  # Spinach, raw
    "cooked spinach": "11458",  # Spinach, cooked, boiled, drained, without salt
    "kale": "11233",  # Kale, raw
    "tomato": "11529",  # Tomatoes, red, ripe, raw, year round average
    "tomatoes": "11529",
    "cherry tomatoes": "11529",
    "grape tomatoes": "11529",
    "cucumber": "11205",  # Cucumber, with peel, raw
    "bell pepper": "11333",  # Peppers, sweet, green, raw
    "green pepper": "11333",
    "red pepper": "11821",  # Peppers, sweet, red, raw
    "red bell pepper": "11821",
    "onion": "11282",  # Onions, raw
    "red onion": "11282",
    "green onion": "11291",  # Onions, spring or scallions (includes tops and bulb), raw
    "scallions": "11291",
    "corn": "11168",
    "sweet corn": "11168",
    "peas": "11313",  # Peas, green, frozen, cooked, boiled, drained, without salt
    "green peas": "11313",
    "green beans": "11053",  # Beans, snap, green, cooked, boiled, drained, without salt
    "string beans": "11053",
    "potato": "11674",
    "potatoes": "11674",
    "boiled potatoes": "11367",  # Potatoes, boiled, cooked without skin, flesh, without salt
    "sweet potato": "11508",  # Sweet potato, cooked, baked in skin, without salt
    "baked sweet potato": "11508",
    "asparagus": "11012",  # Asparagus, cooked, boiled, drained
    "brussels sprouts": "11099",  # Brussels sprouts, cooked, boiled, drained, without salt
    "brussel sprouts": "11099",
    "cauliflower": "11135",  # Cauliflower, raw
    "zucchini": "11477",  # Squash, summer, zucchini, includes skin, raw
    "squash": "11642",  # Squash, summer, all varieties, cooked, boiled, drained, without salt
    "yellow squash": "11642",
    "butternut squash": "11486",  # Squash, winter, butternut, cooked, baked, without salt
    "mushroom": "11260",  # Mushrooms, white, raw
    "celery": "11143",  # Celery, raw
    "cabbage": "11109",  # Cabbage, raw
    "red cabbage": "11112",  # Cabbage, red, raw
    "sauerkraut": "11439",  # Sauerkraut, canned, solids and liquids
    "pickle": "11937",  # Pickles, cucumber, dill or kosher dill
    "dill pickle": "11937",
    "olives": "09193",  # Olives, ripe, canned (small-extra large)
    "black olives": "09193",
    "green olives": "09195",  # Olives, pickled, canned or bottled, green
    "beets": "11081",  # Beets, cooked, boiled, drained
    "eggplant": "11210",  # Eggplant, cooked, boiled, drained, without salt
    "garlic": "11215",  # Garlic, raw
    "radishes": "11429",  # Radishes, raw
    "collard greens": "11162",  # Collards, cooked, boiled, drained, without salt
    "okra": "11279",  # Okra, cooked, boiled, drained, without salt
    "artichoke": "11008",  # Artichokes, (globe or french), cooked, boiled, drained, without salt
    "jalapeno": "11979",  # Peppers, jalapeno, raw
    "avocado": "09037",  # Avocados, raw, all commercial varieties
    "mixed vegetables": "11584",  # Vegetables, mixed, frozen, cooked, boiled, drained, without salt
    "potato salad": "11414",  # Potato salad, home-prepared
    "tater tots": "11399",  # Potato puffs, frozen, oven-heated
    # Fruit
    "apple": "09003",  # Apples, raw, with skin
    "banana": "09040",  # Bananas, raw
    "orange": "09200",  # Oranges, raw, all commercial varieties
    "strawberries": "09316",  # Strawberries, raw
    "strawberry": "09316",
    "blueberries": "09050",  # Blueberries, raw
    "blueberry": "09050",
    "raspberries": "09302",  # Raspberries, raw
    "blackberries": "09042",  # Blackberries, raw
    "watermelon": "09326",  # Watermelon, raw
    "cantaloupe": "09181",  # Melons, cantaloupe, raw
    "honeydew": "09184",  # Melons, honeydew, raw
    "melon": "09181",
    "pineapple": "09266",  # Pineapple, raw, all varieties
    "mango": "09176",  # Mangos, raw
    "peach": "09236",  # Peaches, raw
    "peaches": "09236",
    "pear": "09252",  # Pears, raw
    "plum": "09279",  # Plums, raw
    "cherries": "09070",  # Cherries, sweet, raw
    "cherry": "09070",
    "kiwi": "09148",  # Kiwifruit, green, raw
    "lemon": "09150",  # Lemons, raw, without peel
    "lime": "09159",  # Limes, raw
    "grapefruit": "09111",  # Grapefruit, raw, pink and red and white, all areas
    "clementine": "09433",  # Clementines, raw
    "cutie": "09433",
    "tangerine": "09218",  # Tangerines, (mandarin oranges), raw
    "mandarin": "09218",
    "mandarin orange": "09218",
    "apricot": "09021",  # Apricots, raw
    "nectarine": "09191",  # Nectarines, raw
    "pomegranate": "09286",  # Pomegranates, raw
    "papaya": "09226",  # Papayas, raw
    "grape": "09132",
    "raisin": "09298",  # Raisins, seedless
    "dates": "09087",  # Dates, deglet noor
    "medjool dates": "09421",  # Dates, medjool
    "dried cranberries": "09079",  # Cranberries, dried, sweetened
    "craisins": "09079",
    "prunes": "09291",  # Plums, dried (prunes), uncooked
    "figs": "09089",  # Figs, raw
    "coconut": "12104",  # Nuts, coconut meat, raw
    "applesauce": "09019",  # Applesauce, canned, unsweetened
    "apple sauce": "09019",
    "fruit cup": "09097",  # Fruit cocktail, (peach and pineapple and pear and grape and cherry)
    "fruit cocktail": "09097",
    "mixed fruit": "09097",
    "fruit salad": "09103",  # Fruit salad, (peach and pear and apricot and pineapple and cherry)
    # Nuts and seeds
    "almond": "12061",  # Nuts, almonds
    "roasted almonds": "12563",  # Nuts, almonds, dry roasted, with salt added
    "peanut": "16090",  # Peanuts, all types, dry-roasted, with salt
    "cashew": "12585",  # Nuts, cashew nuts, dry roasted, with salt added
    "walnuts": "12155",  # Nuts, walnuts, english
    "pistachios": "12652",  # Nuts, pistachio nuts, dry roasted, with salt added
    "pecans": "12142",  # Nuts, pecans
    "macadamia nuts": "12131",  # Nuts, macadamia nuts, raw
    "mixed nuts": "12635",  # Nuts, mixed nuts, dry roasted, with peanuts, with salt added
    "nuts": "12635",
    "sunflower seeds": "12537",  # Seeds, sunflower seed kernels, dry roasted, with salt added
    "pumpkin seeds": "12516",  # Seeds, pumpkin and squash seed kernels, roasted, with salt added
    "pepitas": "12516",
    "chia seeds": "12006",  # Seeds, chia seeds, dried
    "chia": "12006",
    "flax seeds": "12220",  # Seeds, flaxseed
    "flaxseed": "12220",
    "trail mix": "19059",  # Snacks, trail mix, regular
    # Snacks
    "doritos": "19057",  # Snacks, tortilla chips, nacho cheese
    "nacho cheese doritos": "19057",
    "cheetos": "19008",  # Snacks, corn-based, extruded, puffs or twists, cheese-flavor
    "cheese puffs": "19008",
    "fritos": "19003",  # Snacks, corn-based, extruded, chips, plain
    "corn chips": "19003",
    "pringles": "19410",  # Snack, potato chips, made from dried potatoes, plain
    "lays": "19411",
    "lay s": "19411",
    "bbq chips": "19042",  # Snacks, potato chips, barbecue-flavor
    "barbecue chips": "19042",
    "sour cream and onion chips": "19043",  # Snacks, potato chips, sour-cream-and-onion-flavor
    "baked chips": "42283",  # Snacks, potato chips, white, restructured, baked
    "sun chips": "25013",  # Snacks, FRITOLAY, SUNCHIPS, Multigrain Snack, original flavor
    "sunchips": "25013",
    "tostitos": "19056",
    "pita chips": "25037",  # Snacks, pita chips, salted
    "veggie chips": "25040",  # Snacks, vegetable chips, made from garden vegetables
    "plantain chips": "25027",  # Snacks, plantain chips, salted
    "popcorn": "25014",  # Snacks, popcorn, microwave, regular (butter) flavor
    "microwave popcorn": "25014",
    "air popped popcorn": "19034",  # Snacks, popcorn, air-popped
    "caramel corn": "19039",  # Snacks, popcorn, caramel-coated, without peanuts
    "pretzel": "19047",  # Snacks, pretzels, hard, plain, salted
    "soft pretzel": "43109",  # Pretzels, soft
    "chex mix": "19033",  # Snacks, GENERAL MILLS, CHEX MIX, traditional flavor
    "rice cake": "19051",  # Snacks, rice cakes, brown rice, plain
    "pork rinds": "19041",  # Snacks, pork skins, plain
    "goldfish": "18214",  # Crackers, cheese, regular
    "goldfish crackers": "18214",
    "cheez it": "18214",
    "cheese crackers": "18214",
    "ritz": "18229",  # Crackers, standard snack-type, regular
    "ritz crackers": "18229",
    "crackers": "18229",
    "saltines": "18228",  # Crackers, saltines (includes oyster, soda, soup)
    "saltine crackers": "18228",
    "oyster crackers": "18228",
    "triscuit": "18235",  # Crackers, whole-wheat
    "wheat thins": "18232",  # Crackers, wheat, regular
    "graham cracker": "18173",  # Cookies, graham crackers, plain or honey (includes cinnamon)
    "animal crackers": "18150",  # Cookies, animal crackers (includes arrowroot, tea biscuits)
    "peanut butter crackers": "18231",  # Crackers, standard snack-type, sandwich
    "granola bar": "19020",  # Snacks, granola bars, soft, uncoated, plain
    "chewy granola bar": "19020",
    "nature valley bar": "19015",  # Snacks, granola bars, hard, plain
    "nature valley": "19015",
    "clif bar": "25051",  # Snacks, CLIF BAR, mixed flavors
    "rice krispie treat": "19438",  # Snacks, KELLOGG, KELLOGG'S RICE KRISPIES TREATS Squares
    "rice krispies treat": "19438",
    "fruit snacks": "19013",  # Snacks, fruit leather, pieces
    "fruit roll up": "19269",  # Snacks, GENERAL MILLS, BETTY CROCKER Fruit Roll Ups, berry flavored
    "fruit by the foot": "19014",  # Snacks, fruit leather, rolls
    # Sweets
    "snickers": "19155",  # Candies, MARS SNACKFOOD US, SNICKERS Bar
    "kit kat": "19109",  # Candies, KIT KAT Wafer Bar
    "kitkat": "19109",
    "twix": "19160",  # Candies, MARS SNACKFOOD US, TWIX Caramel Cookie Bars
    "m m s": "19141",  # Candies, MARS SNACKFOOD US, M&M's Milk Chocolate Candies
    "m m": "19141",
    "mms": "19141",
    "m and ms": "19141",
    "peanut m m s": "19140",  # Candies, MARS SNACKFOOD US, M&M's Peanut Chocolate Candies
    "peanut m ms": "19140",
    "peanut mms": "19140",
    "reese s": "19150",  # Candies, REESE'S Peanut Butter Cups
    "reeses": "19150",
    "reese s cup": "19150",
    "reeses cup": "19150",
    "reese s peanut butter cup": "19150",
    "reeses peanut butter cup": "19150",
    "peanut butter cup": "19150",
    "reese s pieces": "19151",  # Candies, REESE'S PIECES Candy
    "reeses pieces": "19151",
    "milky way": "19135",  # Candies, MARS SNACKFOOD US, MILKY WAY Bar
    "3 musketeers": "19159",  # Candies, MARS SNACKFOOD US, 3 MUSKETEERS Bar
    "three musketeers": "19159",
    "almond joy": "19065",  # Candies, ALMOND JOY Candy Bar
    "mounds": "19142",  # Candies, MOUNDS Candy Bar
    "butterfinger": "19069",  # Candies, NESTLE, BUTTERFINGER Bar
    "baby ruth": "19111",  # Candies, NESTLE, BABY RUTH Bar
    "heath bar": "19136",  # Candies, SKOR Toffee Bar
    "skor": "19136",
    "hershey bar": "19120",
    "hershey s bar": "19120",
    "hersheys bar": "19120",
    "hershey s": "19120",
    "hersheys": "19120",
    "hershey kiss": "19120",
    "hershey s kisses": "19120",
    "hershey kisses": "19120",
    "milk chocolate": "19120",
    "chocolate bar": "19120",
    "dark chocolate": "19905",  # Candies, chocolate, dark
    "crunch bar": "19145",  # Candies, NESTLE, CRUNCH Bar and Dessert Topping
    "nestle crunch": "19145",
    "krackel": "19110",  # Candies, KRACKEL Chocolate Bar
    "mr goodbar": "19143",  # Candies, MR. GOODBAR Chocolate Bar
    "dove chocolate": "19254",  # Candies, MARS SNACKFOOD US, DOVE Milk Chocolate
    "rolo": "19152",  # Candies, ROLO Caramels in Milk Chocolate
    "york peppermint pattie": "19091",  # Candies, YORK Peppermint Pattie
    "peppermint pattie": "19091",
    "tootsie roll": "19064",  # Candies, TOOTSIE ROLL, chocolate-flavor roll
    "skittles": "19370",  # Candies, MARS SNACKFOOD US, SKITTLES Original Bite Size Candies
    "starburst": "19156",  # Candies, MARS SNACKFOOD US, STARBURST Fruit Chews, Original fruits
    "twizzlers": "19112",  # Candies, TWIZZLERS Strawberry Twists Candy
    "licorice": "19112",
    "jelly beans": "19108",  # Candies, jellybeans
    "gummy bears": "19106",  # Candies, gumdrops, starch jelly pieces
    "gummies": "19106",
    "gummy worms": "19106",
    "hard candy": "19107",  # Candies, hard
    "marshmallow": "19116",  # Candies, marshmallows
    "fudge": "19100",  # Candies, fudge, chocolate, prepared-from-recipe
    "raisinets": "19149",  # Candies, NESTLE, RAISINETS Chocolate Covered Raisins
    "goobers": "19105",  # Candies, NESTLE, GOOBERS Chocolate Covered Peanuts
    "chocolate covered raisins": "19127",  # Candies, milk chocolate coated raisins
    "chocolate covered peanuts": "19126",  # Candies, milk chocolate coated peanuts
    "chocolate covered almonds": "19897",  # Candies, MARS SNACKFOOD US
    "oreo": "18166",  # Cookies, chocolate sandwich, with creme filling, regular
    "oreo cookie": "18166",
    "chips ahoy": "18159",
    "oatmeal cookie": "18178",  # Cookies, oatmeal, commercially prepared, regular
    "oatmeal raisin cookie": "18184",  # Cookies, oatmeal, prepared from recipe, with raisins
    "peanut butter cookie": "18185",  # Cookies, peanut butter, commercially prepared, regular
    "sugar cookie": "18204",  # Cookies, sugar, commercially prepared, regular (includes vanilla)
    "shortbread": "18192",  # Cookies, shortbread, commercially prepared, plain
    "fig newton": "18170",  # Cookies, fig bars
    "nilla wafers": "18213",  # Cookies, vanilla wafers, higher fat
    "vanilla wafers": "18213",
    "gingersnaps": "18172",  # Cookies, gingersnaps
    "ginger snaps": "18172",
    "macaroon": "18169",  # Cookies, coconut macaroons, prepared from recipe
    "fortune cookie": "18171",  # Cookies, fortune
    "nutter butter": "18190",  # Cookies, peanut butter sandwich, regular
    "brownie": "18151",  # Cookies, brownies, commercially prepared
    "cupcake": "18127",  # Cake, snack cakes, creme-filled, chocolate with frosting
    "hostess cupcake": "18127",
    "twinkie": "18128",  # Cake, snack cakes, creme-filled, sponge
    "chocolate cake": "18096",  # Cake, chocolate, commercially prepared with chocolate frosting
    "birthday cake": "18141",  # Cake, yellow, commercially prepared, with vanilla frosting
    "yellow cake": "18141",
    "vanilla cake": "18141",
    "pound cake": "18121",  # Cake, pound, commercially prepared, other than all butter, enriched
    "angel food cake": "18086",  # Cake, angelfood, commercially prepared
    "coffee cake": "18104",  # Coffeecake, cinnamon with crumb topping, commercially prepared
    "banana bread": "18019",  # Bread, banana, prepared from recipe, made with margarine
    "cheesecake": "18147",  # Cheesecake commercially prepared
    "apple pie": "18301",  # Pie, apple, commercially prepared, enriched flour
    "pumpkin pie": "18326",  # Pie, pumpkin, commercially prepared
    "pecan pie": "18324",  # Pie, pecan, commercially prepared
    "cherry pie": "18308",  # Pie, cherry, commercially prepared
    "blueberry pie": "18305",  # Pie, blueberry, commercially prepared
    "lemon meringue pie": "18320",  # Pie, lemon meringue, commercially prepared
    "boston cream pie": "18090",  # Cake, boston cream pie, commercially prepared
    "vanilla ice cream": "19095",
    "chocolate ice cream": "19270",  # Ice creams, chocolate
    "strawberry ice cream": "19271",  # Ice creams, strawberry
    "icecream": "19095",
    "soft serve": "19090",  # Ice creams, french vanilla, soft-serve
    "ice cream cone": "21028",  # Fast foods, vanilla, light, soft-serve ice cream, with cone
    "ice cream sandwich": "01238",  # Ice cream sandwich
    "frozen yogurt": "42187",  # Frozen yogurts, flavors other than chocolate
    "froyo": "42187",
    "sherbet": "19097",  # Sherbet, orange
    "popsicle": "19283",  # Frozen novelties, ice type, pop
    "sundae": "21033",  # Fast foods, sundae, hot fudge
    "hot fudge sundae": "21033",
    "pudding": "19183",  # Puddings, chocolate, ready-to-eat
    "chocolate pudding": "19183",
    "vanilla pudding": "19201",  # Puddings, vanilla, ready-to-eat
    "pudding cup": "19183",
    "jello": "19173",  # Gelatin desserts, dry mix, prepared with water
    "jell o": "19173",
    "sugar free jello": "19176",  # Gelatin desserts, dry mix, reduced calorie, with aspartame
    # Soups (canned, prepared as the can says) and stews
    "tomato soup": "06559",  # Soup, tomato, canned, prepared with equal volume water, commercial
    "cream of tomato soup": "06359",  # Soup, tomato, canned
    "tomato bisque": "06358",  # Soup, tomato bisque, canned, prepared with equal volume milk
    "chicken noodle soup": "06419",  # Soup, chicken noodle, canned
    "chicken noodle": "06419",
    "chicken soup": "06419",
    "chicken and rice soup": "06423",  # Soup, chicken with rice, canned
    "chicken rice soup": "06423",
    "vegetable soup": "06468",  # Soup, vegetarian vegetable, canned
    "vegetable beef soup": "06471",  # Soup, vegetable beef, canned
    "beef vegetable soup": "06471",
    "minestrone": "06440",  # Soup, minestrone, canned, prepared with equal volume water
    "minestrone soup": "06440",
    "split pea soup": "06451",  # Soup, pea, split with ham, canned
    "pea soup": "06451",
    "clam chowder": "06230",  # Soup, clam chowder, new england, canned
    "new england clam chowder": "06230",
    "manhattan clam chowder": "06428",  # Soup, clam chowder, manhattan, canned
    "cream of mushroom soup": "06443",  # Soup, cream of mushroom, canned
    "cream of mushroom": "06443",
    "cream of chicken soup": "06416",  # Soup, cream of chicken, canned
    "french onion soup": "06445",  # Soup, onion, canned, prepared with equal volume water
    "onion soup": "06445",
    "potato soup": "06253",  # Soup, cream of potato, canned, prepared with equal volume milk
    "broccoli cheese soup": "06211",  # Soup, cheese, canned, prepared with equal volume milk
    "bean soup": "06404",  # Soup, bean with pork, canned, prepared with equal volume water
    "beef noodle soup": "06409",  # Soup, beef noodle, canned, prepared with equal volume water
    "chicken broth": "06194",  # Soup, Chicken Broth, canned, ready-to-serve
    "beef broth": "06008",  # Soup, beef broth or bouillon canned, ready-to-serve
    "bone broth": "06194",
    "broth": "06194",
    "bouillon": "06480",  # Soup, chicken broth or bouillon, dry, prepared with water
    "beef stew": "22905",  # Beef stew, canned entree
    "chili": "22904",  # Chili con carne with beans, canned entree
    "beef chili": "22904",
    "canned chili": "22904",
    "chili without beans": "22911",  # Chili, no beans, canned entree
    "chicken and dumplings": "22952",  # CAMPBELL Soup Company, SWANSON, Chicken and Dumplings
    "corned beef hash": "22908",  # Beef, corned beef hash, with potato, canned
    # Frozen and packaged meals
    "hot pocket": "22537",  # HOT POCKETS Ham 'N Cheese Stuffed Sandwich, frozen
    "lean pocket": "22962",  # LEAN POCKETS, Ham N Cheddar
    "stouffers lasagna": "22570",  # STOUFFER'S Lasagna with Meat & Sauce, frozen entree
    "stouffer s lasagna": "22570",
    # Bread and sandwich makings
    "wheat bread": "18064",  # Bread, wheat
    "whole wheat bread": "18075",  # Bread, whole-wheat, commercially prepared
    "whole grain bread": "18035",  # Bread, Multi-Grain (includes whole-grain)
    "multigrain bread": "18035",
    "multi grain bread": "18035",
    "rye": "18060",  # Bread, rye
    "rye bread": "18060",
    "pumpernickel": "18044",  # Bread, pumpernickel
    "sourdough": "18029",  # Bread, french or vienna (includes sourdough)
    "sourdough bread": "18029",
    "french bread": "18029",
    "baguette": "18029",
    "italian bread": "18033",  # Bread, italian
    "ciabatta": "18033",
    "raisin bread": "18047",  # Bread, raisin, enriched
    "potato bread": "18971",  # Bread, potato
    "challah": "18027",  # Bread, egg
    "wheat toast": "18065",  # Bread, wheat, toasted
    "whole wheat toast": "18076",  # Bread, whole-wheat, commercially prepared, toasted
    "rye toast": "18061",  # Bread, rye, toasted
    "sourdough toast": "18030",  # Bread, french or vienna, toasted (includes sourdough)
    "garlic bread": "18963",  # Garlic bread, frozen
    "pita": "18041",  # Bread, pita, white, enriched
    "pita bread": "18041",
    "whole wheat pita": "18042",  # Bread, pita, whole-wheat
    "tortilla": "18364",  # Tortillas, ready-to-bake or -fry, flour, refrigerated
    "flour tortilla": "18364",
    "corn tortilla": "18363",  # Tortillas, ready-to-bake or -fry, corn
    "taco shell": "18360",  # Taco shells, baked
    "bun": "18350",  # Rolls, hamburger or hotdog, plain
    "hamburger bun": "18350",
    "hot dog bun": "18350",
    "roll": "18342",  # Rolls, dinner, plain, commercially prepared (includes brown-and-serve)
    "dinner roll": "18342",
    "kaiser roll": "18353",  # Rolls, hard (includes kaiser)
    "focaccia": "18973",  # Focaccia, Italian flatbread, plain
    "everything bagel": "18001",
    "cinnamon raisin bagel": "18005",  # Bagels, cinnamon-raisin
    "croutons": "18243",  # Croutons, seasoned
    "bread crumbs": "18079",  # Bread crumbs, dry, grated, plain
    # Sandwiches.
    "ham and cheese sandwich": "21116",  # Fast foods, ham and cheese sandwich
    "egg and cheese sandwich": "21104",  # Fast foods, egg and cheese sandwich
    "roast beef sandwich": "21121",  # Fast foods, roast beef sandwich, plain
    "steak sandwich": "21123",  # Sandwiches and burgers, steak sandwich
    "submarine sandwich": "21124",  # Fast foods, submarine sandwich, with cold cuts
    "sub sandwich": "21124",
    "italian sub": "21124",
    "cold cut sub": "21124",
    "hoagie": "21124",
    "tuna sub": "21126",  # Fast foods, submarine sandwich, with tuna salad
    "roast beef sub": "21125",  # Fast foods, submarine sandwich, with roast beef
    # Condiments, sauces, oils
    "mustard": "02046",  # Mustard, prepared, yellow
    "yellow mustard": "02046",
    "catsup": "11935",
    "ketchup packet": "11935",
    "ranch": "04639",  # Salad dressing, ranch dressing, commercial, regular
    "ranch dressing": "04639",
    "italian dressing": "04114",  # Salad dressing, italian dressing, commercial, regular
    "blue cheese dressing": "04539",  # Salad dressing, blue or roquefort cheese dressing
    "thousand island": "04017",  # Salad dressing, thousand island, commercial, regular
    "thousand island dressing": "04017",
    "french dressing": "04120",  # Salad dressing, french dressing, commercial, regular
    "caesar dressing": "43015",  # Salad dressing, caesar dressing, regular
    "honey mustard": "04703",  # Salad dressing, honey mustard, regular
    "honey mustard dressing": "04703",
    "bbq sauce": "06150",  # Sauce, barbecue
    "barbecue sauce": "06150",
    "hot sauce": "06169",  # Sauce, ready-to-serve, pepper, TABASCO
    "tabasco": "06169",
    "buffalo sauce": "21314",  # McDONALD'S, Spicy Buffalo Sauce
    "tartar sauce": "27049",  # Sauce, tartar, ready-to-serve
    "cocktail sauce": "27051",  # Sauce, cocktail, ready-to-serve
    "steak sauce": "27048",  # Sauce, steak, tomato based
    "a1": "27048",
    "marinara": "06931",  # Sauce, pasta, spaghetti/marinara, ready-to-serve
    "marinara sauce": "06931",
    "pasta sauce": "06931",
    "spaghetti sauce": "06931",
    "tomato sauce": "11549",  # Tomato products, canned, sauce
    "gravy": "06125",  # Gravy, turkey, canned, ready-to-serve
    "brown gravy": "06116",  # Gravy, beef, canned, ready-to-serve
    "turkey gravy": "06125",
    "relish": "11945",  # Pickle relish, sweet
    "pickle relish": "11945",
    "olive oil": "04053",  # Oil, olive, salad or cooking
    "vegetable oil": "04044",  # Oil, soybean, salad or cooking
    "canola oil": "04582",  # Oil, canola
    "coconut oil": "04047",  # Oil, coconut
    "oil": "04044",
    "vinegar": "02053",  # Vinegar, distilled
    "balsamic vinegar": "02069",  # Vinegar, balsamic
    "apple cider vinegar": "02048",  # Vinegar, cider
    "brown sugar": "19334",  # Sugars, brown
    "powdered sugar": "19336",  # Sugars, powdered
    "splenda": "19868",  # Sweeteners, tabletop, sucralose, SPLENDA packets
    "sweetener": "19868",
    "sweet n low": "43158",  # Sweeteners, tabletop, saccharin
    "chocolate syrup": "14181",  # Chocolate syrup
    "hershey s syrup": "14181",
    "caramel sauce": "21343",  # McDONALD'S, Low Fat Caramel Sauce
    "whipped topping": "01073",
    # No SR24 entry, so no alias (better asked about, or found in FoodData Central, than
    # guessed): sushi (a roll is rice, fish and seaweed), greek yogurt, oat milk, almond milk,
    # naan, mochas and frappuccinos, smoothies, protein shakes and bars, pad thai, pho, lo mein.
}

SERVINGS: dict[str, str] = {
    # Coffee-shop sizes: short 8, tall 12, grande 16, venti 20 fl oz (Starbucks' names, which
    # other US chains follow); a latte without a size is a tall. A cappuccino is a third foam:
    # the classic 8 fl oz cup, and about the milk a tall one holds. An espresso shot is 1 fl oz.
    "latte": "12 fl oz",
    "caffe latte": "12 fl oz",
    "cafe latte": "12 fl oz",
    "skinny latte": "12 fl oz",
    "nonfat latte": "12 fl oz",
    "short latte": "8 fl oz",
    "tall latte": "12 fl oz",
    "grande latte": "16 fl oz",
    "venti latte": "20 fl oz",
    "cappuccino": "8 fl oz",
    "espresso": "1 fl oz",
    "espresso shot": "1 fl oz",
    "double espresso": "2 fl oz",
    "doppio": "2 fl oz",
    # A cup of coffee or tea: 8 fl oz (what SR24's first measure already gave).
    "coffee": "8 fl oz",
    "black coffee": "8 fl oz",
    "brewed coffee": "8 fl oz",
    "drip coffee": "8 fl oz",
    "decaf": "8 fl oz",
    "decaf coffee": "8 fl oz",
    "tea": "8 fl oz",
    "black tea": "8 fl oz",
    "green tea": "8 fl oz",
    "herbal tea": "8 fl oz",
    "chamomile tea": "8 fl oz",
    "peppermint tea": "8 fl oz",
    # A glass of juice: 8 fl oz (SR24's orange juice would otherwise be one orange's yield).
    "orange juice": "8 fl oz",
    "oj": "8 fl oz",
    # Sodas: a 12 fl oz can.
    "coke": "12 fl oz",
    "cola": "12 fl oz",
    "coca cola": "12 fl oz",
    "coca cola classic": "12 fl oz",
    "pepsi": "12 fl oz",
    "soda": "12 fl oz",
    "soft drink": "12 fl oz",
    "cola soda": "12 fl oz",
    "diet coke": "12 fl oz",
    "diet pepsi": "12 fl oz",
    "coke zero": "12 fl oz",
    "pepsi zero": "12 fl oz",
    "diet soda": "12 fl oz",
    "diet dr pepper": "12 fl oz",
    "caffeine free coke": "12 fl oz",
    "sprite": "12 fl oz",
    "7up": "12 fl oz",
    "seven up": "12 fl oz",
    "lemon lime soda": "12 fl oz",
    "sprite zero": "12 fl oz",
    "diet sprite": "12 fl oz",
    "diet 7up": "12 fl oz",
    "ginger ale": "12 fl oz",
    "canada dry": "12 fl oz",
    "root beer": "12 fl oz",
    "a w root beer": "12 fl oz",
    "dr pepper": "12 fl oz",
    "doctor pepper": "12 fl oz",
    "mountain dew": "12 fl oz",
    "mtn dew": "12 fl oz",
    "diet mountain dew": "12 fl oz",
    "fanta": "12 fl oz",
    "orange soda": "12 fl oz",
    "grape soda": "12 fl oz",
    "cream soda": "12 fl oz",
    "tonic water": "12 fl oz",
    "tonic": "12 fl oz",
    "club soda": "12 fl oz",
    "seltzer": "12 fl oz",
    "la croix": "12 fl oz",
    # Energy drinks: Red Bull's 8.4 fl oz can; Monster, Rockstar, Full Throttle and AMP come
    # in 16 fl oz cans. Sports drinks and vitaminwater: the 20 fl oz bottle.
    "red bull": "8.4 fl oz",
    "redbull": "8.4 fl oz",
    "sugar free red bull": "8.4 fl oz",
    "energy drink": "8.4 fl oz",
    "monster": "16 fl oz",
    "monster energy": "16 fl oz",
    "rockstar": "16 fl oz",
    "full throttle": "16 fl oz",
    "amp energy": "16 fl oz",
    "gatorade": "20 fl oz",
    "powerade": "20 fl oz",
    "powerade zero": "20 fl oz",
    "sports drink": "20 fl oz",
    "vitamin water": "20 fl oz",
    "vitaminwater": "20 fl oz",
    # Alcohol: a US standard drink (NIAAA): 12 fl oz of beer, 5 fl oz of wine, 3.5 fl oz of
    # dessert wine (SR24's glass), 1.5 fl oz (a jigger) of spirits or liqueur. Cocktails: SR24's
    # own cocktail measures; a martini is 2 oz gin and 1/2 oz vermouth.
    "beer": "12 fl oz",
    "light beer": "12 fl oz",
    "lite beer": "12 fl oz",
    "lager": "12 fl oz",
    "ale": "12 fl oz",
    "ipa": "12 fl oz",
    "pilsner": "12 fl oz",
    "budweiser": "12 fl oz",
    "bud light": "12 fl oz",
    "michelob ultra": "12 fl oz",
    "bud select": "12 fl oz",
    "coors light": "12 fl oz",
    "miller lite": "12 fl oz",
    "corona": "12 fl oz",
    "corona light": "12 fl oz",
    "heineken": "12 fl oz",
    "modelo": "12 fl oz",
    "stella": "12 fl oz",
    "stella artois": "12 fl oz",
    "blue moon": "12 fl oz",
    "wine": "5 fl oz",
    "red wine": "5 fl oz",
    "white wine": "5 fl oz",
    "glass of wine": "5 fl oz",
    "rose": "5 fl oz",
    "rose wine": "5 fl oz",
    "merlot": "5 fl oz",
    "cabernet": "5 fl oz",
    "cabernet sauvignon": "5 fl oz",
    "pinot noir": "5 fl oz",
    "zinfandel": "5 fl oz",
    "chardonnay": "5 fl oz",
    "sauvignon blanc": "5 fl oz",
    "pinot grigio": "5 fl oz",
    "riesling": "5 fl oz",
    "champagne": "5 fl oz",
    "prosecco": "5 fl oz",
    "sparkling wine": "5 fl oz",
    "port": "3.5 fl oz",
    "vodka": "1.5 fl oz",
    "whiskey": "1.5 fl oz",
    "whisky": "1.5 fl oz",
    "bourbon": "1.5 fl oz",
    "scotch": "1.5 fl oz",
    "rum": "1.5 fl oz",
    "gin": "1.5 fl oz",
    "tequila": "1.5 fl oz",
    "brandy": "1.5 fl oz",
    "cognac": "1.5 fl oz",
    "liquor": "1.5 fl oz",
    "jack daniels": "1.5 fl oz",
    "kahlua": "1.5 fl oz",
    "baileys": "1.5 fl oz",
    "martini": "2.5 fl oz",
    "pina colada": "4.5 fl oz",
    "daiquiri": "2 fl oz",
    "whiskey sour": "3.5 fl oz",
    # McDonald's items SR24 weighs in ounces, which the count matcher does not read as one item:
    # a McFlurry's regular 12 fl oz cup, a hash brown (2 oz), a baked apple pie (2.7 oz), a
    # sausage patty (1.5 oz).
    "mcflurry": "12 fl oz",
    "oreo mcflurry": "12 fl oz",
    "m m mcflurry": "12 fl oz",
    "mcdonalds hash brown": "2 oz",
    "mcdonald s hash brown": "2 oz",
    "mcdonalds hashbrown": "2 oz",
    "mcdonalds apple pie": "2.7 oz",
    "mcdonald s apple pie": "2.7 oz",
    "sausage patty": "1.5 oz",
    # Chinese-American battered chicken or pork: an entree portion at a fast-casual chain
    # (Panda Express lists 5.5-6 oz); SR24 gives only a whole takeout order or 3 pieces.
    "general tso s chicken": "6 oz",
    "general tsos chicken": "6 oz",
    "general tso chicken": "6 oz",
    "general tao chicken": "6 oz",
    "general tsos": "6 oz",
    "general tso s": "6 oz",
    "orange chicken": "6 oz",
    "sesame chicken": "6 oz",
    "lemon chicken": "6 oz",
    "sweet and sour chicken": "6 oz",
    "sweet and sour pork": "6 oz",
    # One of the thing, as SR24 weighs it, where its measure is named otherwise than people say
    # it: a medium doughnut ("donut"), an omelet of two large eggs (61 g each), a danish
    # pastry, a brownie (large square), a Twinkie (cake), a Fig Newton or Nutter Butter
    # (cookie), a canadian bacon slice, a garlic clove.
    "donut": "54 g",
    "doughnut": "54 g",
    "glazed donut": "60 g",
    "glazed doughnut": "60 g",
    "jelly donut": "85 g",
    "jelly doughnut": "85 g",
    "chocolate donut": "43 g",
    "chocolate doughnut": "43 g",
    "omelet": "122 g",
    "omelette": "122 g",
    "danish": "71 g",
    "cheese danish": "71 g",
    "brownie": "56 g",
    "twinkie": "42 g",
    "fig newton": "16 g",
    "nutter butter": "14 g",
    "canadian bacon": "1 slice",
    "garlic": "3 g",
    # Candy bars: the standard bar (SR24's own measure) rather than a miniature or a cup of
    # chips; a Hershey's Kiss is 4.6 g (9 in 41 g).
    "milky way": "2.05 oz",
    "butterfinger": "2.1 oz",
    "mounds": "1.9 oz",
    "hershey bar": "1.55 oz",
    "hershey s bar": "1.55 oz",
    "hersheys bar": "1.55 oz",
    "hershey s": "1.55 oz",
    "hersheys": "1.55 oz",
    "chocolate bar": "1.55 oz",
    "hershey kiss": "4.6 g",
    "hershey kisses": "4.6 g",
    "hershey s kisses": "4.6 g",
    # Desserts served by the cup: prepared gelatin and soft serve by the half cup, a pudding
    # cup (shelf-stable, 3.5 oz).
    "jello": "0.5 cup",
    "jell o": "0.5 cup",
    "sugar free jello": "0.5 cup",
    "soft serve": "0.5 cup",
    "pudding": "3.5 oz",
    "chocolate pudding": "3.5 oz",
    "vanilla pudding": "3.5 oz",
    "pudding cup": "3.5 oz",
    # Boxed mac and cheese (SR24 gives it no measure): the box's "about 1 cup" prepared, 200 g.
    "mac and cheese": "200 g",
    "mac n cheese": "200 g",
    "mac cheese": "200 g",
    "macaroni and cheese": "200 g",
    "macaroni cheese": "200 g",
    "kraft mac and cheese": "200 g",
    "kraft dinner": "200 g",
}
"""The amount one of the named thing is when no unit or size is typed: "grande latte" is
16 fl oz, and "2 grande lattes" is twice it; "a cup of latte" or "a large coke" keep what
was typed. Each value is "<number> <unit>" with a unit word of `units.UNIT_ALIASES`, in the
alias's own food (a latte's 2% milk, a soda by volume). Only names whose usual serving is a
fixed US serving or menu size that SR24's measures do not give for one item (or give under
a name the count matcher cannot find) are here; the rest keep SR24's usual portion. Every
key is a key of `ALIASES`, in the same normalised form.
"""
