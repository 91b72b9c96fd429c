"""Chain restaurants' menu items found by the way people name them, from SR24's own names.

SR24 names a chain's item by the chain and its menu words ("KENTUCKY FRIED CHICKEN, Fried
Chicken, ORIGINAL RECIPE, Breast, meat and skin with breading"; "PIZZA HUT 14\" Pepperoni
Pizza, Pan Crust"), while people write "kfc original recipe breast" or "pizza hut pepperoni
pan pizza". `ChainMenu` reads every entry whose name starts with a chain of `CHAINS` and
answers a query that names the chain as people do: the entry that has every word of the
query (but sizes and "pizza"), with the fewest words the query did not ask for, words that
only say it is the usual item not counted ("14\"", "regular", "original", "meat and skin").
A tie between two entries is no answer (the search decides, or the bot asks). A chain named
with something it has no entry for ("a mcdonald's coke") is that thing: the query without
the chain's name (`ChainMenu.unchained`).

A meal is usually had at one place: "egg mcmuffin and a hash brown", "a KFC breast with a
side of coleslaw". `at_the_chain` finds the chain a whole text is at (named, or one of its
own words, "mcmuffin", that no other food's name has) and reads the other items on its menu
first: the hash brown is McDonald's, the coleslaw KFC's. A part that only names the place
("we stopped at McDonald's", "my coworker brought Popeyes") is no item.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from itertools import pairwise
from typing import Final

from rapidfuzz import fuzz, process

from healthbot.food.chain_pieces import pieces_listed
from healthbot.food.parser import ParsedItem
from healthbot.food.text import words_of
from healthbot.food.units import SIZE_ALIASES, Size, singular

CHAINS: Final[Mapping[str, tuple[str, ...]]] = {
    # SR24's name for the chain (its words, lower case) -> how people write it
    "mcdonald s": ("mcdonald s", "mcdonalds", "mcdonald", "mcdonals", "mcd", "mcds", "mickey d s",
                   "maccas", "macca s", "mackers"),  # Australia's and New Zealand's Macca's
    "mcdoanld s": (),  # a typo in one SR24 name, still McDonald's
    "kentucky fried chicken": ("kentucky fried chicken", "kfc"),
    "burger king": ("burger king", "bk", "hungry jack s", "hungry jacks", "hungry jack"),
    # Burger King trades in Australia as Hungry Jack's, with the same Whopper
    "pizza hut": ("pizza hut",),
    "domino s": ("domino s", "dominos", "domino"),
    "papa john s": ("papa john s", "papa johns", "papa john"),
    "little caesars": ("little caesars", "little caesar s", "little caesar", "little ceasars"),
    "wendy s": ("wendy s", "wendys"),
    "taco bell": ("taco bell",),
    "popeyes": ("popeyes", "popeye s", "popeye"),
    "applebee s": ("applebee s", "applebees"),
    "t g i friday s": ("t g i friday s", "tgi fridays", "tgi friday s", "tgif", "fridays"),
    "cracker barrel": ("cracker barrel",),
    "denny s": ("denny s", "dennys"),
}  # fmt: skip
_SPELLINGS: Final = {"mcdoanld s": "mcdonald s"}
# Words a query may hold that need no word of the name: sizes (a menu size is the serving's,
# not another item), what it is ("pizza", "slice"), joints.
_Item = tuple[frozenset[str], frozenset[str]]  # the words a name has, and those it lacks
_OPTIONAL: Final = frozenset(
    {"a", "an", "the", "of", "from", "at", "small", "medium", "large", "regular", "pizza",
     "slice", "piece", "pc", "order", "meal", "s", "size", "sized", "inch", "inches"}
)  # fmt: skip
# Words of a name that only say it is the usual item: a large pizza is 14", crusts and
# recipes by default, a piece of fried chicken with its skin and breading.
_USUAL: Final = frozenset(
    {"14", "regular", "original", "classic", "hand", "tossed", "crust", "round", "pizza",
     "meat", "and", "skin", "with", "breading", "fast", "food"}
)  # fmt: skip


_ABSENT: Final = frozenset({"no", "without"})
_ABSENT_WEIGHT: Final = 0.5
"""What one word a name says is absent counts for, beside a word the query did not ask for:
the plain item is "WHOPPER, no cheese" before "WHOPPER, with cheese", and "BIG MAC" before
"BIG MAC (without Big Mac Sauce)"."""


_MENU_WORDS: Final = {"fry": "fries", "nacho": "nachos", "chip": "chips", "tender": "strip",
                      "bbq": "barbeque", "barbecue": "barbeque", "mayo": "mayonnaise"}  # fmt: skip
"""A menu's plural-only words as a person says one ("a medium fry": the fries), and its
words by another name (tenders are strips)."""
_MEASURED: Final = frozenset(
    {"oz", "ounce", "ounces", "g", "gram", "grams", "lb", "pound", "inch", "inches", "in",
     "ml", "fl", "cup", "cups", "liter", "litre"}
)  # fmt: skip
"""Words after a number that make it a measure of the item, not a count of it."""
_SPOKEN: Final = {"tenders": "strips", "tender": "strip"}
"""A counted item's word as the menu's measure names one ("3 tenders": 3 strips)."""
_CHIPS: Final = {"chips": "fries", "chip": "fries"}
"""A burger chain's chips, in Britain, Ireland, Australia and New Zealand: its fries (no
chain of the table sells crisps by the name)."""


def _split(words: Sequence[str]) -> tuple[frozenset[str], frozenset[str]]:
    """Words of a name or query, singular: those it has, and those it says are absent ("no
    cheese"), leaving out when it was analysed ("analyzed prior to January 2007")."""
    words = [_CHIPS.get(word) or _MENU_WORDS.get(word, singular(word)) for word in words]
    if "analyzed" in words:
        words = words[: words.index("analyzed")]
    absent = {w for i, w in enumerate(words) if i and words[i - 1] in _ABSENT}
    present = {
        w for i, w in enumerate(words) if w not in _ABSENT and not (i and words[i - 1] in _ABSENT)
    }
    return frozenset(present), frozenset(absent)


_JOINTS: Final = frozenset({"from", "at", "s"})
"""Words that join a chain's name to a food ("a coke from mcdonald s")."""
_TYPO_LETTERS: Final = 7
"""A chain's name typed as one word this long may be read with a typo ("mcdonlads")."""
_TYPO_SCORE: Final = 85.0
_SIGNATURE_LETTERS: Final = 5
"""A chain's own word is at least this long: "mac" of "big mac" is also macaroni's."""


class ChainMenu:
    """The chains' entries of the food table, by chain; `find` names one from a query."""

    def __init__(self, names: Iterable[tuple[str, str]]) -> None:
        self._menus: dict[str, list[tuple[str, _Item, int]]] = {}
        # each item's words before what it comes "with" ("deluxe breakfast, with syrup ..."):
        # a query names an item by one of those, not by a side alone ("the syrup")
        self._heads: dict[str, frozenset[str]] = {}
        # two words of a menu run together as people write them: "hashbrown", "hash browns"
        self._compounds: dict[str, list[str]] = {}
        owners: dict[str, set[str | None]] = {}  # a name word -> the chains (None: no chain)
        for uid, name in names:
            words = words_of(name)
            owner = None
            for chain in CHAINS:
                prefix = chain.split()
                if words[: len(prefix)] == prefix:
                    owner = _SPELLINGS.get(chain, chain)
                    menu = self._menus.setdefault(owner, [])
                    item = words[len(prefix) :]
                    menu.append((uid, _split(item), len(name)))
                    head = item[: item.index("with")] if "with" in item[1:] else item
                    self._heads[uid] = _split(head)[0]
                    for first, second in pairwise(item):
                        self._compounds[first + singular(second)] = [first, second]
                    break
            for word in words:
                owners.setdefault(singular(word), set()).add(owner)
        # "mcmuffin", "whopper": a word only one chain's names have
        self._signatures = {
            word: chain
            for word, (chain, *others) in ((w, list(o)) for w, o in owners.items())
            if chain is not None and not others and len(word) >= _SIGNATURE_LETTERS
        }
        self._spoken = sorted(
            ((spoken.split(), chain) for chain, forms in CHAINS.items() for spoken in forms),
            key=lambda pair: -len(pair[0]),
        )
        # Each spoken name's place in `_spoken`, by its first word: `_named` tries only the
        # names whose first word the query has, in the same order as all of them.
        by_first: dict[str, list[int]] = {}
        for at, (spoken, _) in enumerate(self._spoken):
            by_first.setdefault(spoken[0], []).append(at)
        self._spoken_by_first = {word: tuple(ats) for word, ats in by_first.items()}
        self._one_word: dict[str, str] = {
            spoken: _SPELLINGS.get(chain, chain)
            for chain, forms in CHAINS.items()
            for spoken in forms
            if " " not in spoken and len(spoken) >= _TYPO_LETTERS
        }
        self._typed = tuple(self._one_word)

    def _named(self, words: Sequence[str]) -> tuple[str, list[str]] | None:
        """The chain the words name and the words left without its name; None if none. A
        long name typed as one word may have a typo ("mcdonlads")."""
        tried = sorted({at for word in words for at in self._spoken_by_first.get(word, ())})
        for spoken, chain in (self._spoken[at] for at in tried):
            for start in range(len(words) - len(spoken) + 1):
                if list(words[start : start + len(spoken)]) == spoken:
                    return chain, [*words[:start], *words[start + len(spoken) :]]
        for at, word in enumerate(words):
            if len(word) >= _TYPO_LETTERS:
                found = process.extractOne(word, self._typed, scorer=fuzz.ratio,
                                           score_cutoff=_TYPO_SCORE)  # fmt: skip
                if found is not None:
                    return self._one_word[found[0]], [*words[:at], *words[at + 1 :]]
        return None

    def find(self, words: Sequence[str]) -> str | None:
        """The uid of the one menu item these query words name, chain included; else None."""
        named = self._named(words)
        return None if named is None else self._item(*named)

    def _item(self, chain: str, rest: Sequence[str]) -> str | None:
        """The uid of the one item of this chain's menu the words (its name taken out) name;
        two words its menu runs together may be typed apart ("cheese burger")."""
        found = self._one_item(chain, rest)
        for at in range(len(rest) - 1):
            if found is not None:
                break
            found = self._one_item(chain, [*rest[:at], rest[at] + rest[at + 1], *rest[at + 2 :]])
        for at, word in enumerate(rest):  # "a hashbrown": the menu's "hash browns"
            if found is None and (apart := self._compounds.get(singular(word))) is not None:
                found = self._one_item(chain, [*rest[:at], *apart, *rest[at + 1 :]])
        return found

    def _one_item(self, chain: str, rest: Sequence[str]) -> str | None:
        asked, unwanted = _split(rest)
        required = asked - _OPTIONAL
        if not required:
            return None  # "kfc": which item is the question
        ranked = sorted(
            (len(has - asked - _USUAL) + _ABSENT_WEIGHT * len(lacks - unwanted), length, uid)
            for uid, (has, lacks), length in self._menus.get(chain, ())
            if required <= has and unwanted <= lacks and required & self._heads[uid]
        )
        if not ranked or (len(ranked) > 1 and ranked[0][0] == ranked[1][0]):
            return None  # nothing of the chain's, or two items as likely
        return ranked[0][2]

    def chain_of(self, words: Sequence[str]) -> str | None:
        """The chain a text is at: one it names, else one whose own word it has; or None."""
        named = self._named(words)
        return named[0] if named is not None else self.signature(words)

    def signature(self, words: Sequence[str]) -> str | None:
        """The chain one of the words is the own word of ("mcmuffin"), or None."""
        return next(
            (self._signatures[w] for w in map(singular, words) if w in self._signatures), None
        )

    def named(self, words: Sequence[str]) -> tuple[str, list[str]] | None:
        """The chain the words name and the words left without its name; None if none."""
        return self._named(words)

    def item(self, chain: str, rest: Sequence[str]) -> str | None:
        """The uid of the one item of `chain`'s menu these words (no chain's name among them)
        name; None if none or two are as likely."""
        return self._item(chain, rest)

    def without(self, words: Sequence[str]) -> bool:
        """Whether the words name a chain's item by what it lacks ("mcchicken no mayo":
        "McCHICKEN Sandwich (without mayonnaise)"), the chain named or known by its own word."""
        if _ABSENT.isdisjoint(words):
            return False
        named = self._named(words)
        chain, rest = named if named is not None else (self.signature(words), list(words))
        return (
            chain is not None
            and self._item(chain, [w for w in rest if w not in _JOINTS]) is not None
        )

    def unchained(self, words: Sequence[str]) -> list[str] | None:
        """The words without the chain's name and joints ("mcdonald s coke": "coke"), when
        they name a chain; None otherwise."""
        named = self._named(words)
        if named is None:
            return None
        rest = [word for word in named[1] if word not in _JOINTS]
        return rest or None


def at_the_chain(
    items: Sequence[ParsedItem],
    text: str,
    menu: ChainMenu,
    names_food: Callable[[str], bool],
    mend: Callable[[str], str] = str,
) -> list[ParsedItem]:
    """The items, read at the chain the text is at (see the module's doc): an item on its
    menu named with the chain ("hash brown": "mcdonald s hash brown"), its typos mended
    (`mend`: "chiken nugets": "chicken nuggets"), a part that names the chain and no food
    (`names_food` says whether a word is a food's) left out."""
    chain = menu.chain_of(words_of(text))
    if chain is None:
        return list(items)
    spoken = CHAINS.get(chain, (chain,))[0]
    read: list[ParsedItem] = []
    # "kfc 3 piece original recipe - breast, thigh and wing": the pieces, of that recipe
    for typed in pieces_listed(items, chain, spoken, CHAINS.get(chain, (chain,))):
        item = typed
        # One scan for a chain's name per item: the rest is read from what it found.
        words = words_of(item.food)
        named = menu.named(words)
        if named is not None and not item.quantity_typed and (counted := _counted(item, named)):
            item, named = counted  # "popeyes 3 mild tenders": three of them
        if named is not None and item.size is None and (resized := _size_after(item, named)):
            item, named = resized  # "bk small fries": the small fries
        if named is not None:
            read.extend(
                _named_item(menu, item, named, len(items), names_food=names_food, mend=mend)
            )
        # "hash brown" is the chain's; "oreo mcflurry" names its chain by its own word, and
        # "mcchicken no mayo" the item without it, which only the menu tells apart
        elif (sized := _sized(menu, chain, item, words)) is not None:
            read.append(sized)  # "pizza hut, 3 slices of a medium pepperoni pan"
        elif menu.signature(words) is not None and not menu.without(words):
            read.append(item)
        elif menu.item(chain, words) is not None:
            read.append(replace(item, food=f"{spoken} {item.food}"))
        elif (mended := _mended_item(menu, chain, words, mend)) is not None:
            read.append(replace(item, food=f"{spoken} {mended}"))
        else:
            read.append(item)
    return read or list(items)


def _named_item(
    menu: ChainMenu,
    item: ParsedItem,
    named: tuple[str, list[str]],
    count: int,
    *,
    names_food: Callable[[str], bool],
    mend: Callable[[str], str],
) -> list[ParsedItem]:
    """An item that names its chain (`named`: the chain and the other words), as read on
    its menu; [] when it names only the place, among `count` items."""
    rest = [word for word in named[1] if word not in _JOINTS]
    if (sized := _sized(menu, named[0], item, rest)) is not None:
        return [sized]  # "a 12 inch pizza hut pan pizza"
    if rest and menu.item(*named) is None:
        if (mended := _mended_item(menu, named[0], rest, mend)) is not None:
            spelt = CHAINS.get(named[0], (named[0],))[0]
            return [replace(item, food=f"{spelt} {mended}")]
        if not any(map(names_food, rest)):
            return []  # "we stopped at mcdonald s"
    if not rest and count > 1 and not item.quantity_typed:
        return []  # "ordered pizza hut, 3 slices of pepperoni": the place
    return [item]  # "a kfc breast" names its chain already


# A length said of a chain's item ("a 12 inch pan pizza", "a 12\" pizza"), and the length a
# size word means where the menu has items of several: a medium pizza is 12" (a large one is
# the 14" its menu has by default).
_LENGTH_SAID: Final = re.compile(r"\b(\d{1,2})\s*-?\s*(?:inch(?:es)?\b|in\b|\")", re.I)
_SIZE_LENGTH: Final = {Size.MEDIUM: "12"}


def _sized(
    menu: ChainMenu, chain: str, item: ParsedItem, words: Sequence[str]
) -> ParsedItem | None:
    """The item as its chain's menu item of the length said or meant by its size ("a medium
    pepperoni pan" at Pizza Hut: its 12" one), the size then said by the name; None when no
    length is said or the menu has no item of it."""
    said = _LENGTH_SAID.search(item.span)
    length = said[1] if said is not None else _SIZE_LENGTH.get(item.size) if item.size else None
    if length is None or length in words or menu.item(chain, [length, *words]) is None:
        return None
    spelt = CHAINS.get(chain, (chain,))[0]
    return replace(item, food=f"{spelt} {length} {' '.join(words)}", size=None)


def _mended_item(
    menu: ChainMenu, chain: str, words: Sequence[str], mend: Callable[[str], str]
) -> str | None:
    """The words, typos mended, when they name an item of the chain's ("chiken nugets":
    "chicken nuggets"); None otherwise."""
    mended = words_of(mend(" ".join(words)))
    if mended == list(words) or menu.item(chain, mended) is None:
        return None
    return " ".join(mended)


_MENU_SIZES: Final = frozenset({"small", "medium", "large", "sm", "med", "lg"})
"""Size words a chain's menu sizes its items by (not "big": a Big Mac)."""


def _size_after(
    item: ParsedItem, named: tuple[str, list[str]]
) -> tuple[ParsedItem, tuple[str, list[str]]] | None:
    """A size said after the chain's name ("bk small fries", "wendys large chili") as the
    item's size, and the words without it; None when the words start with no size."""
    chain, rest = named
    at = next((i for i, word in enumerate(rest) if word not in _JOINTS), None)
    if at is None or at + 1 == len(rest) or rest[at] not in _MENU_SIZES:
        return None  # "mcdonalds big mac" is no big one
    size = SIZE_ALIASES[rest[at]]
    words = [*rest[:at], *rest[at + 1 :]]
    food = " ".join([CHAINS.get(chain, (chain,))[0], *words])
    return replace(item, size=size, food=food), (chain, words)


def _counted(
    item: ParsedItem, named: tuple[str, list[str]]
) -> tuple[ParsedItem, tuple[str, list[str]]] | None:
    """A count typed after the chain's name ("popeyes 3 mild tenders") as the item's count,
    and the words without it; None when the words hold no such count."""
    chain, rest = named
    at = next((i for i, word in enumerate(rest) if word not in _JOINTS), None)
    if at is None or not rest[at].isdigit() or at + 1 == len(rest) or int(rest[at]) < 1:
        return None
    if rest[at + 1] in _MEASURED:
        return None  # "the 9 oz house sirloin": a weight, not a count
    words = [_SPOKEN.get(word, word) for word in [*rest[:at], *rest[at + 1 :]]]
    spelt = CHAINS.get(chain, (chain,))[0]
    food = " ".join([spelt, *words])
    counted = replace(item, quantity=float(rest[at]), quantity_typed=True, food=food)
    return counted, (chain, words)
