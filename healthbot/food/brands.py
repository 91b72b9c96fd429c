"""Branded products found by the words people name them with, from SR24's own names.

SR24 writes a product's brand and product name in capitals: "Toaster Pastries, KELLOGG,
KELLOGG'S POP TARTS, Frosted strawberry"; "Candies, HERSHEY, KIT KAT BIG KAT Bar"; "HOT
POCKETS Ham 'N Cheese Stuffed Sandwich, frozen"; "Soup, CAMPBELL'S Chicken Noodle, canned,
condensed". People write "a frosted strawberry poptart", "a big kat", "a ham and cheese hot
pocket", "campbell's chicken noodle soup". Search scores such names low (the brand words are
rare, the category first), so the bot asked.

`BrandShelf.find` answers a query that names a product by a word only brands have (one SR24
writes in capitals wherever it has it: "kat", "digiorno", "snickers"; or two capital words
run together, "poptart", "hotpocket") and whose every other word the product's name has: the
one such entry with the fewest words the query did not ask for (words that only say it is
the plain product not counted). Two as likely is no answer: search decides, or the bot asks.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import pairwise
from typing import Final

from healthbot.food.text import fold
from healthbot.food.units import singular

_WORD = re.compile(r"[A-Za-z0-9]+")
_MIN_LETTERS: Final = 3
"""A brand's own word is at least this long ("k" of "special k" is everyone's)."""
_OWN_SHARE: Final = 0.9
"""A brand's own word is in capitals in at least this share of the names that have it
("QUAKER" in 162 of 163; "special", in capitals in 12 of 26, is everyone's)."""
_OWN_PAIR_SHARE: Final = 0.8
"""Two words side by side are a brand's own in capitals in at least this share of the names
that have them so."""
_FILLER: Final = frozenset({"a", "an", "the", "of", "and", "n", "s", "with", "from", "my"})
"""Query words that need no word of the name."""
_OPTIONAL: Final = frozenset({"bar", "regular", "original", "classic", "size", "piece",
                              "pack", "packet", "box", "bag", "can", "bottle", "whole",
                              "microwaved", "heated", "warmed", "frozen"})  # fmt: skip
"""Query words a product's name may lack: what it comes in, that it is the usual one, that it
was heated as its box says."""
_PLAIN: Final = frozenset(
    {"canned", "ready", "to", "eat", "serve", "drink", "frozen", "prepared", "unprepared",
     "baked", "heated", "dry", "mix", "bar", "candies", "cereals", "soup", "snacks", "s",
     "all", "natural", "flavor", "flavored", "regular", "original", "classic", "with", "and",
     "n", "the", "of", "includes", "commercially", "stuffed", "entree"}
)  # fmt: skip
"""Words of a product's name that say only what kind of thing it is, or that it is the plain
one: not counted against it."""


# The maker's name in a product's ("CAMPBELL Soup Company, ... Tomato juice"): its words say
# what the maker makes, not what this product is (a tomato juice is no soup).
_MAKER = re.compile(r"\b[A-Za-z]+\s+Company\b")


def _words(name: str) -> list[tuple[str, bool]]:
    """A name's words, lower case and singular, each with whether SR24 wrote it in capitals
    (the maker's "Soup Company" left out)."""
    return [
        (singular(fold(word)), word.isupper() and any(c.isalpha() for c in word))
        for word in _WORD.findall(_MAKER.sub(" ", name))
    ]


class BrandShelf:
    """The branded entries of the food table, each with the words of its name."""

    def __init__(self, names: Iterable[tuple[str, str]]) -> None:
        lower: Counter[str] = Counter()  # names that have the word not in capitals
        capital: Counter[str] = Counter()  # ... in capitals
        pairs_lower: Counter[str] = Counter()  # names with two words side by side, not caps
        pairs_capital: Counter[str] = Counter()  # ... in capitals
        seen: set[str] = set()
        self._products: list[tuple[str, frozenset[str], frozenset[str], int]] = []
        for uid, name in names:
            words = _words(name)
            seen.update(word for word, _ in words)
            lower.update({word for word, upper in words if not upper})
            brand = {word for word, upper in words if upper}
            capital.update(brand)
            # two words side by side run together: "POP TARTS" is "poptart"
            pairs = [
                (singular(first + second), up1 and up2)
                for (first, up1), (second, up2) in pairwise(words)
                if first.isalpha() and second.isalpha()
            ]
            pairs_lower.update({pair for pair, upper in pairs if not upper})
            joined = {pair for pair, upper in pairs if upper}
            pairs_capital.update(joined)
            if brand:
                plain = frozenset(word for word, _ in words)
                self._products.append((uid, plain, frozenset(joined), len(name)))
        own = (
            word
            for word, count in capital.items()
            if len(word) >= _MIN_LETTERS and count >= _OWN_SHARE * (count + lower[word])
        )
        # Two words ("hot pocket", "cup noodles") are a brand's own when names have them in
        # capitals most of the time ("HOT POCKETS"; "Pop-Tarts" 3 times, "POP TARTS" 24), not
        # "GREEN PEA", which is "Green Pea Soup" as often.
        own_pairs = (
            pair
            for pair, count in pairs_capital.items()
            if count >= _OWN_PAIR_SHARE * (count + pairs_lower[pair])
        )
        self._own = frozenset([*own, *own_pairs])
        # The products whose name has a word (or two run together): `find` looks only at
        # those of the query's own words, not at every branded product.
        having: dict[str, list[int]] = {}
        for at, (_, words_in, together, _) in enumerate(self._products):
            for word in words_in | together:
                having.setdefault(word, []).append(at)
        self._having = {word: tuple(ats) for word, ats in having.items()}
        self.joined = frozenset(
            pair for _, _, joined, _ in self._products for pair in joined if pair not in seen
        )
        """Brand words run together ("poptart"): words a query may have that are no typo
        (what is a word of its own is not: "WHIT ES" is "white")."""

    def find(self, words: Sequence[str]) -> str | None:
        """The uid of the one branded product these query words name; else None."""
        asked = [singular(word) for word in words if word not in _FILLER]
        pairs = {singular(a + b): (a, b) for a, b in pairwise(asked)}
        own = [w for w in asked if w in self._own or w in self.joined]
        own += [pair for pair in pairs if pair in self._own]
        if not own:
            return None  # no word only a brand has
        required = {word for word in asked if word not in _OPTIONAL}
        ranked: list[tuple[int, int, str]] = []
        having_own = {at for word in own for at in self._having.get(word, ())}
        for uid, plain, joined, length in (self._products[at] for at in having_own):
            met = {w for w in required if w in plain or w in joined}
            met |= {w for pair, two in pairs.items() if pair in joined for w in two}
            if met >= required:
                extra = len(plain - set(asked) - _PLAIN)
                ranked.append((extra, length, uid))
        ranked.sort()
        if not ranked or (len(ranked) > 1 and ranked[0][0] == ranked[1][0]):
            return None
        return ranked[0][2]
