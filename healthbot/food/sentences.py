"""A food log written as a sentence, reduced to its items, its meal and its day.

People write to a bot the way they talk: "For supper I enjoyed a bowl of beef stew, paired
with a warm dinner roll and washed down with a glass of iced tea." Before the parser splits
items, `read_sentence` takes out what is not food: the meal and day labels ("for supper",
"yesterday:", "last night"), which it reports; the verbs of eating ("I enjoyed", "had",
"treated myself to"); praise ("a delicious"); connectors ("paired with", "washed down with",
"followed by"), which become item separators; the places and company ("on the way to work",
"with friends"); and full stops between sentences. What is left is a list the parser reads
("a bowl of beef stew, a dinner roll, a glass of iced tea"). Words that can belong to a
food's name stay: sizes ("big"), states ("warm" is kept: "warm milk"), "hot" ("hot dog").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from healthbot.food.drinks import imperial_pints
from healthbot.food.egg_dishes import eggs_counted
from healthbot.food.emoji import with_food_names
from healthbot.food.made_of import ingredients_of
from healthbot.food.manner import without_manner
from healthbot.food.others import (
    AT_THEIRS,
    LEFT_BY,
    MADE_BY,
    OTHERS_SAY,
    PEOPLE,
    TOOK_THERE,
    WITH_ME,
)
from healthbot.food.places import without_places
from healthbot.food.rephrased import rephrased
from healthbot.food.said_to_bot import without_requests
from healthbot.food.second_thoughts import mark_second_thoughts
from healthbot.food.shares import BREAK, my_share, split_shares
from healthbot.food.spread_on import spread_after
from healthbot.food.titles import without_title
from healthbot.when import MEAL_NAMES

MEAL_DISHES = (
    r"(?:burritos?|sandwich(?:es)?|rolls?|meat|bars?|sausages?|potatoes|tacos?|pizza|wraps?"
    r"|bowls?|cereal|casserole|links|patty|patties|biscuits?|muffins?|skillet|hash|platter"
    r"|combo|plate|special|box|salad|cakes?|pastry|pastries|quiche|strata|tea)\b"
)
"""Words that make a dish of a meal's name before them ("breakfast burrito", "lunch meat")."""

_MEALS = {name: meal.value for name, meal in MEAL_NAMES.items() if name != "lunchtime"}
MEAL_WORDS = "(?:{})".format(
    "|".join(
        r"(?:2nd\s+|second\s+)?breakfast" if name == "breakfast" else name.replace(" ", r"\s+")
        for name in sorted(_MEALS.keys() - {"tea"}, key=lambda name: (-len(name), name))
    )
)
"""A meal's names but plain "tea" (the drink as often as the evening meal), in every English
the labels read ("brekkie", "smoko", "tiffin"); `healthbot.meals.told` reads the same."""
_MEAL = rf"(?P<meal>{MEAL_WORDS})(?!\s+{MEAL_DISHES})"
# "this arvo": Australian for this afternoon
_DAY = r"(?P<day>yesterday|last\s+night|today|tonight|this\s+(?:morning|afternoon|evening|arvo))"

# Labels, anywhere: "for lunch", "at breakfast", "as a snack", "yesterday:", "lunch -".
_LABELS = [
    re.compile(rf"\b(?:for|at|with|as|during)\s+(?:my\s+|a\s+|an\s+)?{_MEAL}\b\s*[:\-–—]?", re.I),
    re.compile(rf"^\s*{_MEAL}\s*[:\-–—]", re.I),
    # "Tea - jacket potato": the evening meal's name before a dish (the drink takes an amount)
    re.compile(r"^\s*(?P<meal>tea)\s*(?::|\s[-–—])\s*(?=[a-z])(?!(?:with|and|no)\b)", re.I),
    re.compile(
        rf"\b(?:my\s+|our\s+)?{_MEAL}(?:\s+{_DAY})?\s+(?:was|were|is|consisted\s+of)\b", re.I
    ),
    re.compile(rf"\b{_DAY}\b\s*(?:for\s+{_MEAL}\b)?\s*[:\-–—]?", re.I),
    re.compile(r"\b(?:earlier|just\s+now)\b", re.I),
    # "for tea" is the evening meal in Britain and Australia; "tea" alone is the drink
    re.compile(r"\bfor\s+(?:my\s+|our\s+)?(?P<meal>tea)\b(?!\s*(?:bags?|cups?|pots?)\b)", re.I),
    # "after dinner I had pie": when, not which meal (the pie is the dessert, not the dinner)
    re.compile(
        r"\b(?:after|before)\s+(?:my\s+|the\s+)?(?:breakfast|brunch|lunch|dinner|supper)\b"
        r"(?!\s+(?:roll|plate|party))",
        re.I,
    ),
]
# The verbs of eating, with their subject: "I had", "we've eaten", "treated myself to".
_VERBS = re.compile(
    r"\b(?:(?:i|we)(?:'ve|\s+have|'d|\s+had)?\s+)?(?:just\s+|also\s+|then\s+|finally\s+|actually\s+|really\s+)?"
    r"(?:(?:munched|worked|ploughed|plowed|went|got)\s+through"
    r"|had|ate|eaten|have|enjoyed|grabbed|drank|drunk|got|ordered|devoured|was|were"
    r"|(?<=i\s)(?:eat|drink)|(?<=we\s)(?:eat|drink)"
    r"|(?:am|'m|are|'re)\s+(?:eating|having|drinking|snacking\s+on)"
    r"|picked\s+up|snacked(?:\s+on)?|munched(?:\s+on)?|nibbled(?:\s+on)?"
    r"|treated\s+(?:myself|ourselves)\s+to"
    r"|went\s+for|finished\s+(?:off\s+)?with|started\s+with|made\s+(?:myself\s+)?"
    r"|finished(?:\s+off)?|polished\s+off|split(?!\s+peas?\b)|shared|put|tried|sipped(?:\s+on)?"
    r"|took|grazed(?:\s+on)?|(?:re)?heated(?:\s+up)?|warmed\s+up|reheated|poured(?:\s+myself)?"
    r"|inhaled|wolfed\s+down|scarfed(?:\s+down)?|downed|snuck|sneaked|stole|nicked|scoffed"
    r"|demolished|chugged|guzzled|gobbled(?:\s+up)?|necked|knocked\s+back|slurped(?:\s+down)?"
    r"|chowed\s+down(?:\s+on)?|feasted\s+on|tucked\s+into|dug\s+into|opted\s+for"
    r"|(?<!store[\s-])(?<!shop[\s-])bought"  # "a store bought cheesecake" is a kind of it
    r"|helped\s+(?:myself|ourselves)\s+to"
    # "asked the deli for a quarter pound of ham": what was asked for is what was had
    r"|asked\s+(?:(?:the|a|an|my|our)\s+)?[\w']+(?:\s+(?!for\b)[\w']+)?\s+for"
    r"|weighed|measured)\b",
    re.I,
)
# Preparing is not eating, and what was prepared is named after it: "I mashed an avocado".
_PREPARING = re.compile(
    r"\b(?:(?:i|we)\s+|^)(?:smashed|mashed|sliced|chopped|diced|cut(?:\s+up)?|peeled|spread"
    r"|put|poured|added|stirred|dunked|dipped|whisked|blended|swirled|dropped|threw|tossed"
    r"|crumbled|grated|drizzled|squeezed|scooped|sprinkled)(?:\s+(?:myself|ourselves|up|out))?\b",
    re.I,
)
# Connectors that join two items: they become the parser's separator.
_CONNECTORS = re.compile(
    r"\b(?:paired\s+with|along\s+with|together\s+with|accompanied\s+by|followed\s+by"
    r"|washed\s+down\s+with|topped\s+(?:it\s+|them\s+)?(?:off\s+)?with|served\s+with|alongside|as\s+well\s+as"
    r"|and\s+then|and\s+also|with\s+a\s+side\s+of|a\s+side\s+of|on\s+the\s+side"
    r"|so(?=\s+(?:i|we)\s)"  # "... his pasta so I had a cup of it": a clause of its own
    r"|chased\s+with|onto|into|on\s+a\s+bed\s+of"
    # "4 oreos dunked in a glass of milk", "honey stirred into my tea": both are items
    r"|(?:dunked|dipped|dropped|soaked|stirred|swirled|whisked|blended|melted|mixed|crumbled)"
    r"\s+(?:in|into|through)"
    # "a splash of milk in my coffee", "2 sugars in my tea": what it went into is eaten too
    r"|in(?=\s+(?:my|a|the|our)\s+(?:\w+\s+)?(?:tea|coffee|cuppa|latte|porridge|oatmeal|cereal"
    r"|shake|yogh?urt|muesli|granola)\b)"
    r"|(?:sprinkled|drizzled|spread|smothered|covered|mixed|dusted|tossed|stuffed|filled)"
    r"\s+(?:with|in)"
    # "eggs on toast", "swiss on rye": what it sits on is an item of its own
    r"|(?:on|over)(?=\s+(?:(?:a|an|one|two|three|\d+|my|the|some)\s+)?"
    r"(?:(?:slices?|pieces?|cups?|bowls?|scoops?|servings?)\s+of\s+)?"
    r"(?:(?:dinner|kaiser|hard|soft|sesame|plain|toasted|warm)\s+)?"  # "on a dinner roll"
    r"(?:toast|rye|wheat|whole\s+wheat|white|sourdough|pumpernickel|multigrain|bread|bagel"
    r"|wholemeal|wholegrain|granary|brown\s+bread|seeded\s+bread|crumpets?|oatmeal|porridge"
    r"|pancakes?|waffles?|cereal|muesli|granola|yogh?urt|ice\s+cream"
    r"|english\s+muffin|bun|roll|pita"
    r"|tortilla|crackers?|rice|naan|flatbread)\b)"
    # "peanut butter on two stalks of celery": what it sits on has an amount of its own
    r"|on(?=\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s)"
    # "a sausage in a slice of bread": the bread is an item of its own
    r"|in(?=\s+(?:a|an|one|two|\d+)\s+slices?\s+of\s)"
    # "3 falafel in a pita", "eggs fried in a knob of butter": the bread, the fat, an item
    r"|in(?=\s+(?:a|an|one|two|half\s+an?|\d+(?:\.\d+)?)\s+(?:(?:pitas?|pittas?)\b"
    r"|(?:knobs?|pats?|tbsps?|tsps?|tablespoons?"
    r"|teaspoons?|splash|drizzle|dollops?|spoonfuls?|glugs?"
    # "a shot of rum in a can of coke", "a scoop in a glass of milk": what it was mixed into
    r"|cans?|glass(?:es)?|mugs?|bottles?|cartons?)\s+of\s))"
    # "2 sausages over a cup of mash", "a shot over a scoop of vanilla": an amount of its own
    r"|over(?=\s+(?:a|an|one|two|three|half\s+an?|\d+(?:\.\d+)?)\s+(?:\w+\s+)?"
    r"(?:cups?|scoops?|bowls?|slices?|pieces?|tbsps?|tablespoons?|servings?|portions?|rice"
    r"\s+cakes?|crackers?)\b))\b",
    re.I,
)
# "a whole pint of strawberries", "the whole bag of chips": all of the container, which is
# what its amount says already ("whole" stays where it names a food: "whole milk").
_WHOLE_CONTAINER = re.compile(
    r"\b(?:whole|entire|full)\s+(?=(?:pint|bottle|bag|box|can|package|packet|pack|carton"
    r"|container|jar|tub|sleeve|bowl|plate|glass|cup|mug|pot|order|serving|portion|pound|lb"
    r"|kilo|quart|gallon|liter|litre|loaf|punnet|tin)s?\b)"
    # "a whole avocado" is an avocado; "a whole milk latte", "a whole wheat bagel" keep it
    r"|(?<=\ba\s)whole\s+(?!(?:milk|wheat|grain|meal|foods?)\b)",
    re.I,
)
_METHODS = (
    r"grilled|fried|baked|roasted|boiled|steamed|poached|scrambled|toasted|broiled|barbecued"
    r"|sauteed|sautéed|microwaved|browned|braised|stewed|seared|(?:air|pan|stir)[\s-]fried"
)
# Any other verb of the writer's before an amount: what they did to the food, which names
# none ("I counted out two dozen almonds", "we picked 3 plums"); a cooking verb stays, for
# `_METHOD_FIRST` to read.
_DID = re.compile(
    rf"\b(?:i|we)\s+(?!(?:{_METHODS})\b)[a-z]+(?:ed|ght)\b(?:\s+(?:out|up|down|through|off))?"
    r"(?=\s+(?:(?:a|an|the|some|half|one|two|three|four|five|six|seven|eight|nine|ten|twelve"
    r"|several|few|couple)\b|\d))",
    re.I,
)
# A cooking verb before what was cooked: "grilled an 8 oz sirloin", "I fried 2 eggs" read as
# "an 8 oz grilled sirloin", "2 fried eggs", so that the food is the cooked one.
_METHOD_FIRST = re.compile(
    rf"(?:^|(?<=, ))(?:(?:i|we)\s+)?(?P<method>{_METHODS})"
    r"\s+(?:(?:myself|us|up)\s+)?"
    r"(?P<amount>(?:a|an|one|two|three|four|five|six|some|half\s+an?|\d+(?:\.\d+)?)"
    r"(?:\s+(?:\d+(?:\.\d+)?|quarter|half|third))?"  # "a quarter pound patty"
    r"(?:\s*(?:oz|ounces?|g|grams?|lbs?|pounds?|cups?|slices?|pieces?"
    r"|fillets?|strips?|rashers?|ears?|wedges?|stalks?|heads?|sticks?|bowls?|cans?|tins?"
    r"|packets?|bags?|servings?|portions?|handfuls?|scoops?|tbsps?|tablespoons?|ml)\b)?"
    r"(?:\s+of)?)\s+",
    re.I,
)
# What each of those who shared a thing had of it: "shared a large pizza, half each" is half
# of it ("a cup of each" is a cup of every food named: the parser's "each").
_PART_EACH = re.compile(r"(?P<part>\b(?:an?\s+)?(?:half|third|quarter))\s+each\b", re.I)
# What was left of a thing: "the last quarter of the pie" is a quarter of it, "the last two
# cookies" two cookies.
_LAST = re.compile(
    r"\bthe\s+(?:last|remaining|final|leftover)\s+(?:(?P<count>\d+|two|three|four|five|six"
    r"|few|couple)\b|(?=(?:half|quarter|third|slice|piece|bit|bite|scoop|spoonful|glass|cup"
    r"|bowl|serving|portion|helping|wedge|chunk)s?\b))",
    re.I,
)
# "salt n pepper", "ham 'n swiss", "whopper w cheese", "tea wit milk", "toast wiv beans": and,
# with; "fries frm wendys": from; "a latte b4 work": before.
_SHORT_JOINS = ((re.compile(r"(?<=\w)\s+'?n'?\s+(?=\w)", re.I), " and "),
                (re.compile(r"(?<=\w)\s+(?:w|wit|wiv)\s+(?=\w)", re.I), " with "),
                (re.compile(r"(?<=\w)\s+frm\s+(?=\w)", re.I), " from "),
                (re.compile(r"(?<=\w)\s+b4\s+(?=\w)", re.I), " before "))  # fmt: skip
# Drinks named by their initials: "a g&t", "2 v and t's" (else "a g" is a gram).
_INITIALS = (
    (re.compile(r"\bg\s*(?:&|and|n)\s*t'?s?\b", re.I), "gin and tonic"),
    (re.compile(r"\bv\s*(?:&|and|n)\s*t'?s?\b", re.I), "vodka and tonic"),
    (re.compile(r"\bj\s*(?:&|and|n)\s*c'?s?\b", re.I), "jack daniels and coke"),
)
# "twenty five pistachios": 25.
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}  # fmt: skip
_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9}  # fmt: skip
_TENS_NUMBER = re.compile(
    rf"\b(?P<tens>{'|'.join(_TENS)})(?:[\s-](?P<unit>{'|'.join(_UNITS)}))?\b", re.I
)


# "an ounce each of ham and cheddar": the foods, then the amount each (the parser's "each").
_EACH_OF = re.compile(
    r"\b(?P<amount>(?:a|an|one|two|three|half\s+an?|\d+(?:\.\d+)?)\s+(?:\w+\s+)?\w+?)"
    r"\s+each\s+of\s+(?P<foods>[^,;.!?]+?)(?=\s+(?:on|over|in|with)\b|[,;.!?]|$)",
    re.I,
)


# "3 mugs, each with a splash of milk", "two flat whites, both with full cream milk": an item
# for each of the ones before it, as the parser reads "a splash of milk in each".
_EACH_WITH = re.compile(
    r"(?:,\s*|\s+)(?:each|both|all(?:\s+of\s+them)?)\s+with\s+(?P<food>[^,;.!?]+)", re.I
)


def _numeral(found: re.Match[str]) -> str:
    unit = found["unit"]
    return str(_TENS[found["tens"].lower()] + (_UNITS[unit.lower()] if unit else 0))


# Praise, filler and pronouns: never part of a food's name.
_PRAISE = re.compile(
    # how cold it was served ("cold milk", "an ice-cold coke"), but a food named so
    r"\b(?:(?:ice[\s-]+|icy\s+)?cold|chilled)\b(?!\s+(?:brew|cuts?|pressed|press|smoked|soba"
    r"|noodles?|sesame|cereal))|"
    r"\b(?:delicious|tasty|yummy|refreshing|lovely|nice|quick|amazing|great|hearty"
    r"|wonderful|satisfying|scrumptious|healthy|simple|decent|juicy|luscious|flavou?rful|my|our"
    r"|his|her|their|your"  # whose it was: "a slice of her quiche", "one of their biscuits"
    # where it was made, when that is a shop: its entry is the commercial one already
    r"|(?:store|shop)[\s-]bought"
    # pronouns, which only point at a food named elsewhere ("I ate them")
    # "ate it all", "had all of them": what was named, all of it
    r"|(?:it|them)\s+all|all\s+of\s+(?:it|them)"
    r"|it|them|they|there|this|that|these|those|left|leftovers?"
    r"|some(?:\s+of)?|of\s+course)\b",
    re.I,
)
# Places and events a meal is had at, which name no food ("the ball game", "the office party").
_VENUE = (
    r"(?:game|match|party|parties|gym|hike|walk|run|ride|drive|trip|flight|movies?|cinema"
    r"|theat(?:er|re)|concert|show|meeting|office|work|shift|class|lecture|practice|training"
    r"|workout|wedding|picnic|fair|festival|stadium|ballpark|arena|park|beach|pool"
    r"|airport|mall|store|shop|market|car|bus|train|plane|couch|desk|bar|pub|cafe|café|diner"
    r"|restaurant|canteen|cafeteria|food\s+court|gas\s+station|break|tv|game\s+night|bbq|barbie"
    r"|barbecue|cookout|rsl|club|footy|races|servo|uni|church|library|bowls|cricket|boozer"
    r"|braai|dance|disco|bonfire|potluck|funeral|wake|christening|reunion|fete|carnival|gala"
    # New Zealand's holiday home, a night's drinking, a holiday's cabin
    r"|bach|crib|session|sesh|cottage|cabin|camp|campfire|lake|river"
    r"|steakhouse|steak\s+house|pizzeria|carvery|buffet|brasserie|bistro|trattoria|tavern"
    r"|prom|sleepover|gig|tailgate|fundraiser|bake\s+sale"
    # at home, outside or in: "on the porch", "on the sofa", "in the back yard"
    r"|porch|balcony|deck|patio|veranda|verandah|stoop|terrace|backyard|back\s+yard|lawn"
    r"|sofa|settee|lounge|kitchen|dock|jetty|pier|boat|bench|bleachers|campsite|tent"
    # "the local" is the pub, not "the local bakery"
    r"|local(?=\s*(?:$|[,.;!?]|\s(?:after|before|with|on|for|and|then|last|tonight)\b)))s?\b"
)
# Where and with whom: "on the way to work", "with friends", "after the gym".
_CONTEXT = re.compile(
    # "at the office party", "during the hike", "in the car" (before "at the office")
    # "down at the pier", "out on the deck": where, and the way there said before it
    r"\b(?:(?:down|over|out|back|round|around|right)\s+)?"
    r"(?:(?:at|to|during|after|before|from|in|on|by|beside|near|down)\s+(?:the|a|an|my|our|this|that)"
    r"\s+(?:\w+\s+)?"
    rf"{_VENUE}(?:\s+(?:home|back|to\s+work|(?:in|out|over)(?=\s*(?:$|[,;.!?]))))?"
    r"|on\s+(?:the|my)\s+way\s+(?:to|home|from|in|out|back)(?:\s+(?:the\s+|my\s+)?\w+)?"
    # "on a cold night", "on a rainy sunday afternoon"; "when I was sick", "while I was bored"
    r"|on\s+a\s+(?:\w+\s+){0,2}(?:night|day|morning|afternoon|evening|weekend)"
    r"|(?:when|while|as|because)\s+(?:i|we)\s+(?:was|were|felt|got|woke)\s+(?:up|home|back|in"
    r"|sick|ill|poorly|hungry|starving|peckish|tired|bored|stressed|sad|hungover|late|cold)"
    # "while I was cooking", "as we were watching the match": what the writer was doing
    r"|(?:when|while|as)\s+(?:i|we)\s+(?:was|were)\s+[a-z]+ing(?:\s+(?:(?:the|my|our|a)\s+)?[a-z]+)?"
    r"(?=\s*(?:$|[,;.!?]|\b(?:i|we)\s))"
    # "Morning I took ...", "today morning I eat ...": the time before the writer
    r"|\b(?:(?:today|this)\s+)?(?:morning|afternoon|evening|arvo)(?=\s+(?:i|we)\s)"
    # "off the tree", "straight from the garden": where it grew
    r"|(?:straight\s+)?(?:off|from)\s+(?:the|our|my)\s+(?:tree|vine|bush|garden|allotment|orchard|farm)"
    # "straight out of the packet", "from the jar": what it was kept in, which its amount says
    r"|(?:straight\s+)?(?:out\s+of|from)\s+(?:the|a|my|our)\s+(?:\w+\s+)?(?:packet|pack|bag|box"
    r"|jar|tub|tin|can|bottle|carton|container|wrapper|fridge|freezer|cupboard|pantry|oven"
    r"|pan|saucepan|punnet|tray)"
    # "a spoon of coconut oil straight": taken as it comes (a spirit's "straight up" too)
    r"|straight(?:\s+up)?(?=\s*(?:$|[,;.!?]))"
    r"|at\s+(?:work|home|the\s+office|school|my\s+desk|a\s+restaurant|the\s+cinema)"
    # company, counted too: "with 2 friends" is no two of a cereal called GOOD FRIENDS
    r"|with\s+(?:my\s+|the\s+|our\s+)?(?:(?:\d{1,2}|two|three|four|five|six|seven|eight|nine"
    r"|ten|a\s+few|a\s+couple(?:\s+of)?|some|a\s+bunch\s+of)\s+)?"
    r"(?:friends?|family|kids?|coworkers?|colleagues?|team"
    r"|wife|husband|partner|son|daughter|mom|mum|mother|dad|father|boss|girlfriend|boyfriend"
    r"|brother|sister|roommate|flatmate|neighbou?r|grandma|grandpa|parents|cousin|date|crew"
    r"|guys|gang|class|group|girls|boys|lads|ladies|mates|housemates?)"
    r"|after\s+(?:the\s+gym|my\s+workout|work|a\s+run|training)|before\s+bed"
    # "after footy", "before sleeping", "after swimming": an activity, no food
    r"|(?:before|after)\s+(?:footy|footie|soccer|football|netball|rugby|cricket|tennis|golf"
    r"|school|uni|church|class|yoga|pilates|spin"
    r"|(?!(?:pudd|ic|frost|dumpl|stuff|fill|topp|dress)ing)[a-z]+ing)"
    r"|in\s+the\s+(?:morning|afternoon|evening|arvo|car|office)"
    # "from my kid's halloween candy", "off my husband's plate": whose it was, not a food
    r"|(?:from|off)\s+(?:my|our|the)\s+\w+'s(?:\s+(?!and\b)\w+){1,2}"
    r"|on\s+the\s+(?:drive|train|bus|go|run|walk|ride|way)"
    r"(?:\s+(?:home|in|back|out|over|up|down|to\s+(?:work|school|the\s+\w+)))?|on\s+the\s+couch"
    r"|before\s+(?:a\s+|my\s+|the\s+)?(?:meeting|class|work|practice)"
    r"|at\s+(?:church|school|work|home|practice|the\s+movies)"
    rf"|while\s+\w+ing(?:\s+(?:(?:the|a|an|my|our|to)\s+)?(?:\w+\s+)?{_VENUE})?"
    r"|from\s+the\s+(?:bakery|cafe|café|deli|store|shop|canteen|cafeteria|vending\s+machine)"
    r"|from\s+(?:the|a|our|my)\s+(?:\w+\s+)?(?:place|takeaway|takeout|joint|spot|truck"
    r"|chippy|chipper|bakery|deli|cafe|café|shop|stand|cart|restaurant|diner)"
    # how it was made, which its food's entry says already: "made from concentrate"
    r"|(?:made|prepared|mixed|reconstituted)(?:\s+up)?\s+(?:from\s+(?:\w+\s+){0,2}concentrate"
    r"|with\s+water)"
    # a smoothie is what was put in it: "a banana and a cup of milk in my smoothie"
    r"|(?:in|into)\s+(?:my|our|a|the)\s+(?:\w+\s+)?smoothies?"
    # the meal it went with, named no further: "with my salad", "over my salad"
    r"|(?:with|over|on|onto|into|alongside|in)\s+(?:my|our)\s+(?:salad|meal|food|plate|dinner"
    r"|(?:packed\s+)?lunch(?:\s*box)?|breakfast)(?!\s+\w)"
    r"|(?:to\s+)?(?:get|got|keep|kept)\s+me\s+(?:going|through\s+the\s+\w+)"
    # a day and its time ("on sunday morning", "last friday night"), what it was for ("for
    # the road", "for the drive home")
    r"|(?:on|last|this|next)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"(?:\s+(?:morning|afternoon|evening|night|arvo|lunchtime))?"
    r"|for\s+the\s+(?:road|journey|trip|drive|ride|flight|commute|walk)(?:\s+home)?"
    # "around 3pm", "for movie night", "watching the game", "by myself", "my husband and I"
    r"|(?:around|about|at|by|near)\s+\d{1,2}(?::\d{2})?\s*(?:am|pm|o\s*clock)"
    r"|for\s+(?:a\s+)?(?:movie|game|date|pizza|girls|guys|family)\s+night"
    rf"|watching\s+(?:(?:the|a|my)\s+)?(?:\w+\s+)?{_VENUE}|watching\s+(?:tv|a\s+movie|netflix)"
    r"|by\s+(?:myself|ourselves)|(?:my\s+)?(?:husband|wife|partner|friend|roommate|kids?)"
    r"\s+and\s+(?:i|me)\b"
    # "stopped at mcdonalds", "swung by starbucks": the place (a chain is read from the text)
    r"|(?:stopped|swung|went|popped|dropped|ran)\s+(?:in\s+|over\s+)?(?:at|by|to|into)\s+"
    r"(?:the\s+)?[\w']+(?:\s+on\s+the\s+way(?:\s+to\s+\w+)?)?"
    r"|cooked\s+in\s+(?:a\s+)?(?:nonstick\s+|non-stick\s+|cast\s+iron\s+)?(?:pan|skillet|oven"
    r"|microwave|air\s+fryer|wok)|runny\s+yolks?|(?:oops|lol|haha|yum|yay)"
    r"|(?:sliced\s+|sprinkled\s+)?on\s+top"
    # how it was cut, which is all of it still: "cut into chunks", "sliced into thin rounds"
    r"|(?:cut|sliced|chopped|diced|broken|torn)(?:\s+up)?\s+in(?:to)?\s+(?:(?:small|little|big"
    r"|large|thin|thick|bite[\s-]?sized?)\s+)?(?:chunks|pieces|slices|cubes|wedges|strips|rounds"
    r"|bits|halves|quarters|segments|fingers|soldiers|squares|triangles)"
    # what the writer usually does, before what they did: "I usually drink it black but today"
    r"|(?:i|we)\s+(?:usually|normally|always|often|typically|generally)\b[^,;.]*?\bbut\b"
    # the particles that end a sentence in Singapore and Malaysia: "2 roti canai lah"
    r"|(?:lah|lor|leh|meh|sia)(?=\s*(?:$|[,;.!?])))\b",
    re.I,
)
# An aside in brackets qualifies the item before it: "3 pancakes (the 4 inch ones)".
# ("a cup (8 oz) of milk" is the amount's own aside)
_BRACKETS = re.compile(r"\s*\(\s*(?P<aside>[^()]*?)\s*\)(?!\s*of\b)", re.I)
# Pieces of a bird named after them: "a drumstick and a wing off the roast chicken" are a
# roast chicken's drumstick and its wing.
_PIECE = r"(?:a|an|one|two|three|four|\d+)\s+(?:drumstick|thigh|wing|breast|leg)s?"
_PIECES_OFF = re.compile(
    rf"(?P<pieces>{_PIECE}(?:(?:\s*,\s*|\s+and\s+){_PIECE})*)\s+(?:off|of|from)\s+"
    r"(?:the|a|my|our)\s+(?P<whole>(?:\w+\s+)?(?:chicken|chook|turkey|duck))\b",
    re.I,
)
_BIRD_WORDS = {"chook": "chicken"}  # Australian


def _pieces_of(found: re.Match[str]) -> str:
    whole = " ".join(_BIRD_WORDS.get(word, word) for word in found["whole"].lower().split())
    pieces = re.findall(_PIECE, found["pieces"], re.I)
    return ", ".join(re.sub(r"^(\S+)\s+", rf"\1 {whole} ", piece) for piece in pieces)


# What a food was cooked in, with an amount, is an item of its own: "2 eggs fried in a pat of
# butter" are fried eggs and the butter.
_COOKED_IN = re.compile(
    r"\b(?P<how>fried|cooked|sauteed|sautéed|scrambled|roasted|tossed|done)\s+in\s+"
    r"(?=(?:a|an|one|two|half|some|\d+(?:\.\d+)?)\s)",
    re.I,
)


# "a frozen lasagna dinner": a frozen entree, the dish it is named by.
_TV_DINNER = re.compile(
    r"\b(?P<frozen>frozen\s+[^,;.!?]+?)\s+(?:tv\s+)?(?:dinner|meal|entree|entrée)s?\b", re.I
)


# Whose it was, before the food: "my kid's capri sun", "3 of my son's nuggets".
_OWNER = re.compile(
    rf"\b(?:my|our|his|her|their)\s+\w+'s\s+(?=\w)|\b(?:{PEOPLE})'?s\s+(?=[a-z])(?!size\b)",
    re.I,
)
# A sentence's end: a full stop before a capital or at the end ("8 oz. steak" is no end).
_STOP = re.compile(r"\.(?=\s+[A-Z])|\.\s*$|[!?]+")
# Where an item ended: a character no one types, turned into ", " at the end, the commas and
# joining words around it merged into it (the commas a person typed elsewhere stay, "1,5 l").
_SEPARATOR = BREAK
_JOINS = re.compile(
    r"[\s,]*(?:\b(?:and|then|also)\b[\s,]*)?\ue000(?:[\s,\ue000]*\b(?:and|then|also)\b)?[\s,\ue000]*",
    re.I,
)


def _label_gone(found: re.Match[str]) -> str:
    """What a label leaves: where an item ended, or the colon of a title it stood before ("a
    full english this morning: 2 eggs, ..." is a title and its detail)."""
    titled = found[0].rstrip().endswith(":") and found.string[: found.start()].strip(" ,")
    return ": " if titled else _SEPARATOR


@dataclass(frozen=True, slots=True)
class Reading:
    """A food text reduced to its items, with the meal and day its words named."""

    text: str  # the items, comma-separated where the sentence joined them
    meal: str | None  # "breakfast", "lunch", "dinner", "snack"
    days_ago: int  # 1 for "yesterday" and "last night"


def read_sentence(text: str, *, opening_request: bool = True) -> Reading:
    """The items of a food text written as a sentence, and the meal and day it names;
    `opening_request`: whether a verb that asks to log, at the very start, is a request
    (`said_to_bot.opening_words`)."""
    meal, days_ago = None, 0
    text = with_food_names(text)
    text = without_requests(imperial_pints(text), _SEPARATOR, opening=opening_request)
    text = ingredients_of(mark_second_thoughts(text, _SEPARATOR), _SEPARATOR)
    for join, word in (*_INITIALS, *_SHORT_JOINS):
        text = join.sub(word, text)
    text = eggs_counted(_TENS_NUMBER.sub(_numeral, rephrased(text, _SEPARATOR)))
    text = _PIECES_OFF.sub(_pieces_of, text)
    text = _LAST.sub(lambda found: found["count"] or "a ", text)
    text = _BRACKETS.sub(lambda found: f", {found['aside']}{_SEPARATOR}", text)
    text = _PART_EACH.sub(lambda found: found["part"], text)
    text = split_shares(text)
    text = _EACH_OF.sub(lambda found: f"{found['foods']}, {found['amount']} each", text)
    text = _EACH_WITH.sub(lambda found: f", {found['food'].rstrip()} in each", text)
    for pattern in _LABELS:
        for match in pattern.finditer(text):
            groups = match.groupdict()
            if meal is None and groups.get("meal"):
                said = " ".join(groups["meal"].lower().split())
                meal = _MEALS.get(said) or _MEALS[said.split()[-1]]
            if day := groups.get("day"):
                day = " ".join(day.lower().split())
                days_ago = max(days_ago, 1 if day in ("yesterday", "last night") else 0)
                if day == "last night" and meal is None:
                    meal = "dinner"
        text = pattern.sub(_label_gone, text)
    text = my_share(_TV_DINNER.sub(lambda found: found["frozen"], spread_after(text)))
    text = without_manner(without_places(text, _SEPARATOR))
    others = (LEFT_BY, OTHERS_SAY, TOOK_THERE, WITH_ME, MADE_BY, AT_THEIRS)
    for pattern in (_STOP, *others, _CONTEXT, _CONNECTORS, _PREPARING, _DID, _VERBS):
        text = pattern.sub(_SEPARATOR, text)
    text = _COOKED_IN.sub(lambda found: f"{found['how']}{_SEPARATOR}", text)
    text = _PRAISE.sub(" ", _WHOLE_CONTAINER.sub("", _OWNER.sub("", text)))
    text = _JOINS.sub(", ", " ".join(text.split())).strip(" ,:")
    text = _METHOD_FIRST.sub(lambda found: f"{found['amount']} {found['method']} ", text)
    return Reading(without_title(text), meal, days_ago)
