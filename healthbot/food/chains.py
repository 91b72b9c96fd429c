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
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Final

from healthbot.food.text import words_of
from healthbot.food.units import singular

CHAINS: Final[Mapping[str, tuple[str, ...]]] = {
    # SR24's name for the chain (its words, lower case) -> how people write it
    "mcdonald s": ("mcdonald s", "mcdonalds", "mcdonald", "mcdonals", "mcd", "mcds", "mickey d s"),
    "mcdoanld s": (),  # a typo in one SR24 name, still McDonald's
    "kentucky fried chicken": ("kentucky fried chicken", "kfc"),
    "burger king": ("burger king", "bk"),
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
}
_SPELLINGS: Final = {"mcdoanld s": "mcdonald s"}
# Words a query may hold that need no word of the name: sizes (a menu size is the serving's,
# not another item), what it is ("pizza", "slice"), joints.
_Item = tuple[frozenset[str], frozenset[str]]  # the words a name has, and those it lacks
_OPTIONAL: Final = frozenset(
    {"a", "an", "the", "of", "from", "at", "small", "medium", "large", "regular", "pizza",
     "slice", "piece", "pc", "order", "meal", "s"}
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


def _split(words: Sequence[str]) -> tuple[frozenset[str], frozenset[str]]:
    """Words of a name or query, singular: those it has, and those it says are absent ("no
    cheese"), leaving out when it was analysed ("analyzed prior to January 2007")."""
    words = [singular(word) for word in words]
    if "analyzed" in words:
        words = words[: words.index("analyzed")]
    absent = {w for i, w in enumerate(words) if i and words[i - 1] in _ABSENT}
    present = {
        w for i, w in enumerate(words) if w not in _ABSENT and not (i and words[i - 1] in _ABSENT)
    }
    return frozenset(present), frozenset(absent)


class ChainMenu:
    """The chains' entries of the food table, by chain; `find` names one from a query."""

    def __init__(self, names: Iterable[tuple[str, str]]) -> None:
        self._menus: dict[str, list[tuple[str, _Item, int]]] = {}
        for uid, name in names:
            words = words_of(name)
            for chain in CHAINS:
                prefix = chain.split()
                if words[: len(prefix)] == prefix:
                    menu = self._menus.setdefault(_SPELLINGS.get(chain, chain), [])
                    menu.append((uid, _split(words[len(prefix) :]), len(name)))
                    break
        self._spoken = sorted(
            ((spoken.split(), chain) for chain, forms in CHAINS.items() for spoken in forms),
            key=lambda pair: -len(pair[0]),
        )

    def _named(self, words: Sequence[str]) -> tuple[str, list[str]] | None:
        """The chain the words name and the words left without its name; None if none."""
        for spoken, chain in self._spoken:
            for start in range(len(words) - len(spoken) + 1):
                if list(words[start : start + len(spoken)]) == spoken:
                    return chain, [*words[:start], *words[start + len(spoken) :]]
        return None

    def find(self, words: Sequence[str]) -> str | None:
        """The uid of the one menu item these query words name, chain included; else None."""
        named = self._named(words)
        if named is None:
            return None
        chain, rest = named
        asked, unwanted = _split(rest)
        required = asked - _OPTIONAL
        if not required:
            return None  # "kfc": which item is the question
        ranked = sorted(
            (len(has - asked - _USUAL) + _ABSENT_WEIGHT * len(lacks - unwanted), length, uid)
            for uid, (has, lacks), length in self._menus.get(chain, ())
            if required <= has and unwanted <= lacks
        )
        if not ranked or (len(ranked) > 1 and ranked[0][0] == ranked[1][0]):
            return None  # nothing of the chain's, or two items as likely
        return ranked[0][2]

    def unchained(self, words: Sequence[str]) -> list[str] | None:
        """The words without the chain's name and joints ("mcdonald s coke": "coke"), when
        they name a chain; None otherwise."""
        named = self._named(words)
        if named is None:
            return None
        rest = [word for word in named[1] if word not in {"from", "at", "s"}]
        return rest or None
