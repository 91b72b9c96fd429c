"""What a typo's mending may change, and into what: English words stay, slips are mended.

A word that no food's name has is taken for a typo of the closest name word
(`healthbot.food.search`). Most such words are no typo but English that names no food:
"skimmed" (not "simmered"), "snag" (not "snap"), "pour" (not "pout"), "couch" (not
"conch"); about 9,000 words of a 65,000-word English list were one close mend away from
a food's word. Here:

- `is_english`: a word of SCOWL's American and British lists (`data/english_words.txt.gz`,
  built by bench/build_english_words.py), which is mended only to another spelling of itself
  (`spelling_variant`: "flavoured" is "flavored", "chilli" "chili") or, when it is a food's
  homophone typed in its place, to that food (`SOUNDALIKES`: "carrot cake for desert").
- `sounds_alike`: two words spelt differently that sound the same, roughly ("spagetty" and
  "spaghetti", "yoghert" and "yogurt"): a short word that is two slips off may still be mended
  when it sounds like the word.
- `one_slip`: the words of the foods' names and common names a typo is one slip from ("lasange":
  lasagne, "porrige": porridge, words no SR24 name has); a typo one slip from one word alone is
  that word.
- `unit_slip`: a unit word mistyped ("a handfull of", "10 peice"), mended to the unit.
"""

from __future__ import annotations

import functools
import gzip
import itertools
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from pathlib import Path

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from healthbot.food.matches import SHORT_WORD_LETTERS
from healthbot.food.text import inflections, words_of

_ENGLISH = Path(__file__).parent / "data" / "english_words.txt.gz"
MIN_LETTERS = 4
"""Shorter words are never mended (too short to tell a typo from another word)."""

SOUNDALIKES: dict[str, str] = {
    "desert": "dessert", "deserts": "desserts", "stake": "steak", "stakes": "steaks",
    "serial": "cereal", "leak": "leek", "leaks": "leeks", "bred": "bread", "flower": "flour",
    "muscles": "mussels",
}  # fmt: skip
"""English words typed for the food that sounds the same: the food's word they stand for."""


_GROUPED = 3
"""Letters a word's group is known by (`_english`): fewer than any word asked about has."""


@functools.cache
def _english() -> dict[str, str]:
    # The words by their first three letters, each group one string of "\nword\n" lines: a
    # membership test is a substring search of at most 9 kB (a few microseconds), where one
    # string of all 600 kB took 0.5-1.5 ms a word (about 2 a /log: a third of its reading)
    # and a set of the 65,000 words would hold 6 MB of every daemon's memory.
    groups: dict[str, list[str]] = {}
    for word in gzip.decompress(_ENGLISH.read_bytes()).decode("ascii").split():
        groups.setdefault(word[:_GROUPED], []).append(word)
    return {start: "\n" + "\n".join(words) + "\n" for start, words in groups.items()}


def is_english(word: str) -> bool:
    """Whether a lower-case word of four letters or more is an English word."""
    if len(word) < MIN_LETTERS or not word.isalpha():
        return False
    return f"\n{word}\n" in _english().get(word[:_GROUPED], "")


def _plain(word: str) -> str:
    """The word with British spellings made American and doubled letters single."""
    for british, american in (("ghou", "gu"), ("our", "or"), ("gh", "g"), ("ae", "e")):
        word = word.replace(british, american)
    return re.sub(r"(.)\1+", r"\1", word)


def spelling_variant(typed: str, word: str) -> bool:
    """Whether `word` is `typed` spelt another way ("flavoured", "flavored"; "chilli",
    "chili"; "yoghurt", "yogurt"), not another word."""
    return typed != word and _plain(typed) == _plain(word)


_SOUNDS = (
    ("ph", "f"), ("ck", "k"), ("qu", "k"), ("gh", "g"), ("z", "s"), ("x", "ks"),
    ("ce", "se"), ("ci", "si"), ("cy", "sy"), ("c", "k"),
)  # fmt: skip


def skeleton(word: str) -> str:
    """A word as it sounds, roughly: its first letter, then its consonants as heard, a
    doubled one once ("bisket" and "biscuit": "bskt"; "potatoe" and "potato": "ptt")."""
    for spelt, sound in _SOUNDS:
        word = word.replace(spelt, sound)
    rest = re.sub(r"[aeiouyhw]", "", word[1:])
    return re.sub(r"(.)\1+", r"\1", word[:1] + rest)


_SOUNDED = 3
"""Consonants a word's sound has at least for another word's to be taken for it."""


def sounds_alike(typed: str, word: str) -> bool:
    """Whether a short word is a slip of the ear for `word`: the same first letter, as long
    give or take a letter, at most two slips off, and the same sound."""
    sound = skeleton(typed)
    return (
        len(sound) >= _SOUNDED  # "lassi" and "less" are the same two consonants, no more
        and typed[:1] == word[:1]
        and min(len(typed), len(word)) >= MIN_LETTERS
        and abs(len(typed) - len(word)) <= 1
        and OSA.distance(typed, word) <= 2
        and sound == skeleton(word)
    )


def one_slip(typed: str, words: Sequence[str]) -> list[str]:
    """The words of `words` other than `typed` one slip from it (a letter changed, added or
    dropped, two swapped: "lasange" and "lasagne", "porrige" and "porridge"), a short one's
    first letter kept ("pigs" is no "figs"); two that are forms of one word ("potatos":
    potato, potatoes) are that word once, its form closest to the typo's length."""
    found = process.extract(typed, words, scorer=OSA.distance, score_cutoff=1, limit=None)
    near = sorted(
        (
            word
            for word, slips, _ in found
            if slips and (len(typed) > SHORT_WORD_LETTERS or word[0] == typed[0])
        ),
        key=lambda word: (abs(len(word) - len(typed)), word),
    )
    return [
        word
        for at, word in enumerate(near)
        if not any(other in inflections(word) or word in inflections(other) for other in near[:at])
    ]


def unit_slip(word: str, units: Mapping[str, object]) -> str | None:
    """The unit word a mistyped word stands for ("handfull": "handful", "peice": "piece",
    "tablspoon": "tablespoon"): one slip off a word of `units` (a unit's spellings) and with
    its first letter, every such word of one unit; None for an English word ("spice" is no
    "slice"), a short one, or one no unit (or more than one) is close to."""
    if len(word) <= MIN_LETTERS or not word.isalpha() or is_english(word):
        return None
    close = [
        spelt
        for spelt in units
        if len(spelt) >= MIN_LETTERS and spelt[0] == word[0] and OSA.distance(word, spelt) <= 1
    ]
    return close[0] if close and len({units[spelt] for spelt in close}) == 1 else None


BRAND_MARGIN = 10.0
"""Points of likeness a plain name word may lack beside a brand's word and still be the one a
typo is taken for (`likeliest`)."""


def likeliest(
    found: Sequence[tuple[str, float]], plain: Collection[str], frequency: Mapping[str, int]
) -> str:
    """The name word a typo stands for, of these close ones (word, likeness): the likest, the
    more frequent on ties; but a word written in lower case in some name (`plain`) before one
    only in a brand's capitals that is at most `BRAND_MARGIN` likelier ("expresso" is
    espresso, not STOUFFER'S LUNCH EXPRESS)."""
    best = max(found, key=lambda hit: (hit[1], frequency[hit[0]]))
    near = [hit for hit in found if hit[0] in plain and hit[1] >= best[1] - BRAND_MARGIN]
    if best[0] in plain or not near:
        return best[0]
    return max(near, key=lambda hit: (hit[1], frequency[hit[0]]))[0]


CONTEXT_SLIPS = 2
"""Slips a typo may have from the word its neighbour says it is ("pinut butter": peanut)."""
CONTEXT_LIKENESS = 60.0
"""The least likeness (`fuzz.ratio`) of such a word to the typo."""


def in_context(
    typed: str,
    found: Sequence[tuple[str, float]],
    before: str | None,
    after: str | None,
    pairs: Collection[tuple[str, str]],
) -> str | None:
    """The name word a typo stands for that a name says next to its neighbour ("pinut
    butter": "peanut", of "peanut butter", not "pinot"), of these close ones (word,
    likeness): the likest with the typo's first letter, at most `CONTEXT_SLIPS` off; None
    when no name says any of them next to the word before or after it."""
    fitting = [
        (word, likeness)
        for word, likeness in found
        if word[:1] == typed[:1]
        and OSA.distance(typed, word) <= CONTEXT_SLIPS
        and ((before, word) in pairs or (word, after) in pairs)
    ]
    return max(fitting, key=lambda hit: hit[1])[0] if fitting else None


def mended_in_context(
    typed: str,
    words: Sequence[str],
    at: int,
    choices: Sequence[str],
    pairs: Collection[tuple[str, str]],
) -> str:
    """The word at `at` of the mended `words` (`typed` as typed, no known word): the word a
    name says beside its neighbour, of the `choices` close to it (`in_context`), when the
    mend found does not fit there; the mend otherwise."""
    word = words[at]
    if len(typed) < MIN_LETTERS or not typed.isalpha():
        return word
    before = words[at - 1] if at else None
    after = words[at + 1] if at + 1 < len(words) else None
    if (before, word) in pairs or (word, after) in pairs:
        return word  # the mend fits already
    found = process.extract(
        typed, choices, scorer=fuzz.ratio, limit=20, score_cutoff=CONTEXT_LIKENESS
    )
    return in_context(typed, [hit[:2] for hit in found], before, after, pairs) or word


def word_pairs(names: Iterable[str]) -> frozenset[tuple[str, str]]:
    """Every two words one after the other in these names: the context of `in_context`."""
    return frozenset(pair for name in names for pair in itertools.pairwise(words_of(name)))
