"""Common food queries and the USDA entries a person would accept as the answer."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Case:
    """A query, the uids a person accepts as its answer, and how high one must rank."""

    query: str
    accept: frozenset[str]
    within: int = 1  # 1: an accepted uid must be first; 3: among the first three


def case(query: str, *accept: str, within: int = 1) -> Case:
    """A relevance case."""
    return Case(query, frozenset(accept), within)


# Raw or cooked salmon of any species, not smoked or canned.
_PLAIN_SALMON = (
    "15076",
    "15078",
    "15079",
    "15081",
    "15082",
    "15083",
    "15085",
    "15086",
    "15236",
    "15237",
)

# Ranked without aliases: each of these must be answered by the ranking itself.
RELEVANCE = [
    case("egg", "01123"),
    case("eggs", "01123"),
    case("apple", "09003"),
    case("apples", "09003"),
    case("banana", "09040"),
    case("chicken breast", "05064", "05060"),
    case("rice", "20045", "20051", "20053"),
    case("milk", "01077", "01079", "01211", "01174"),
    case("orange", "09200"),
    case("orange juice", "09206", "09209"),
    case("broccoli", "11091", "11090"),
    case("carrot", "11124"),
    case("carrots", "11124"),
    case("spinach", "11457"),
    case("tomato", "11529"),
    case("avocado", "09037"),
    case("strawberries", "09316"),
    case("blueberries", "09050"),
    case("grapes", "09132", "09131", within=3),
    case("pear", "09252"),
    case("peach", "09236"),
    case("watermelon", "09326"),
    case("pineapple", "09266"),
    case("mango", "09176"),
    case("honey", "19296"),
    case("butter", "01001", "01145"),
    case("cheddar cheese", "01009"),
    case("cottage cheese", "01012", "01015", "01016", within=3),
    case("cream cheese", "01017"),
    case("sour cream", "01056"),
    case("yogurt", "01116", "01117", "01118"),
    case("peanut butter", "16097", "16098"),
    case("almonds", "12061"),
    case("olive oil", "04053"),
    case("black beans", "16014", "16015"),
    case("lentils", "16069", "16070"),
    case("chickpeas", "16056", "16057"),
    case("quinoa", "20137"),
    case("spaghetti", "20121", "20321"),
    case("salmon", *_PLAIN_SALMON),
    case("shrimp", "15149", "15151"),
    case("turkey breast", "05220", "05192", "05218", "05293", within=3),
    case("chicken thigh", "05098", "05094"),
    case("ground beef", "23220", within=3),
    case("bacon", "10862", "10124", "10860", "10861"),
    case("onion", "11282"),
    case("garlic", "11215"),
    case("cucumber", "11205", "11206"),
    case("lettuce", "11251", "11252", "11253", "11250", "11257", within=3),
    case("celery", "11143"),
    case("cauliflower", "11136", "11135"),
    case("mushrooms", "11260"),
    case("sweet potato", "11507", "11508"),
    case("zucchini", "11477"),
    case("green peas", "11304", "11305"),
    case("green beans", "11052", "11053"),
    case("corn", "11167", "11168", within=3),
    case("potato", "11352", "11674", "11354", "11353", "11357", "11356"),
    case("hard boiled egg", "01129"),
    case("scrambled eggs", "01132"),
    case("fried egg", "01128"),
    case("whole wheat bread", "18075"),
    case("white bread", "18069"),
    case("brown rice", "20037", "20041"),
    case("skim milk", "01085", "01151"),
    case("kiwi", "09148"),
    case("cherries", "09070"),
    case("lemon", "09150", "09151"),
    case("walnuts", "12155"),
    case("cashews", "12087", "12085"),
    # Five-word queries.
    case("chicken breast meat only roasted", "05064"),
    case("white rice long grain cooked", "20045"),
    case("raw apple with the skin", "09003"),
    case("whole milk with vitamin d", "01077"),
    case("black beans boiled without salt", "16015"),
    case("orange juice fresh squeezed raw", "09206"),
    case("hard boiled egg whole large", "01129"),
    case("cheddar cheese sliced one ounce", "01009"),
    case("sweet potato baked in skin", "11508", "11875"),
]

# Misspelt queries: the same answers, found through typo correction.
TYPOS = [
    case("bananna", "09040"),
    case("chiken breast", "05064", "05060"),
    case("brocoli", "11091", "11090"),
    case("strawbery", "09316"),
    case("avocdo", "09037"),
    case("spinnach", "11457"),
    case("yoghurt", "01116", "01117", "01118"),
    case("tomatoe", "11529"),
    case("salmn", *_PLAIN_SALMON),
    case("cheddar chese", "01009"),
    case("blueberies", "09050"),
    case("pinapple", "09266"),
    case("letuce", "11251", "11252", "11253", "11250", "11257", within=3),
    case("cucumbr", "11205", "11206"),
    case("watermellon", "09326"),
]
