"""A common name said with words its food's name says again: "pork bangers" are bangers
("Pork sausage, fresh, cooked"), "beef mince" is mince; "chicken bangers" are no pork sausage,
and are searched as typed. A brand's name followed by its kind is the brand: "tayto crisps"
(Tayto: potato chips), "castle lite beer", "flora margarine"."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from healthbot.food.text import words_of


def restated_alias(
    words: Sequence[str], aliases: Mapping[str, str], name_of: Callable[[str], str]
) -> str | None:
    """The uid of the common name the words are, said with words that say again what its
    food is: before it, words of the food's name (`name_of` a uid); after it, a common name
    of the same kind of food (`_kind_after`). None otherwise."""
    return _name_before(words, aliases, name_of) or _kind_after(words, aliases, name_of)


def _alias(aliases: Mapping[str, str], words: Sequence[str]) -> str | None:
    said = " ".join(words)
    return aliases.get(said) or aliases.get(said.removesuffix("s"))


def _name_before(
    words: Sequence[str], aliases: Mapping[str, str], name_of: Callable[[str], str]
) -> str | None:
    for start in range(1, len(words)):
        uid = _alias(aliases, words[start:])
        if uid is None:
            continue
        named = set(words_of(name_of(uid)))
        said = all(word in named or word.removesuffix("s") in named for word in words[:start])
        return uid if said else None
    return None


def _kind_after(
    words: Sequence[str], aliases: Mapping[str, str], name_of: Callable[[str], str]
) -> str | None:
    """The uid of the common name the first words are when the rest is a common name of a
    food its name begins as that one's does, in the same state ("tayto crisps": both "Snacks,
    potato chips"; "castle lite beer": "Alcoholic beverage, ..."; "flora margarine":
    "Margarine-like spread" and "Margarine, regular"): the brand, its kind said after it.
    "porridge oats" are no porridge: the oats are dry, the porridge cooked."""
    for end in range(len(words) - 1, 0, -1):
        brand, kind = _alias(aliases, words[:end]), _alias(aliases, words[end:])
        if brand is not None and kind is not None:
            names = [words_of(name_of(uid)) for uid in (brand, kind)]
            heads = {name[0].removesuffix("s") for name in names}
            states = {frozenset(_STATES.intersection(name)) for name in names}
            return brand if len(heads) == len(states) == 1 else None
    return None


_STATES = frozenset({"raw", "dry", "cooked", "prepared", "unprepared", "dehydrated", "frozen"})
"""Words of a food's name that say in what state it is, which a kind said after a brand keeps."""
