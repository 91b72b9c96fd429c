"""A common name said with words its food's name says again: "pork bangers" are bangers
("Pork sausage, fresh, cooked"), "beef mince" is mince; "chicken bangers" are no pork sausage,
and are searched as typed."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from healthbot.food.text import words_of


def restated_alias(
    words: Sequence[str], aliases: Mapping[str, str], name_of: Callable[[str], str]
) -> str | None:
    """The uid of the common name the last words are, when every word before them is a word
    of that food's name (`name_of` a uid); None otherwise."""
    for start in range(1, len(words)):
        tail = " ".join(words[start:])
        uid = aliases.get(tail) or aliases.get(tail.removesuffix("s"))
        if uid is None:
            continue
        named = set(words_of(name_of(uid)))
        said = all(word in named or word.removesuffix("s") in named for word in words[:start])
        return uid if said else None
    return None
