"""Food search: PostgreSQL full-text matching, typo correction, and a ranking a person accepts.

How a query is answered (no aiogram types: the /log parser and the coach's tools call it):

1. The text is normalised (NUL and control characters, accents, case) and cut into words.
2. A common name ("toast", "latte") found in the alias table puts its food first; so does a
   chain's menu item named as people name it ("kfc original recipe breast",
   `healthbot.food.chains`), and a chain's name before a common name is dropped ("a
   mcdonald's coke": coke).
3. Each word becomes the lexeme PostgreSQL's english stemmer gives it (the stems of every
   word of every food name are read once at start). A word that no name has is taken as a
   typo and replaced by the closest name word: rapidfuzz over the ~3,000 distinct words.
4. PostgreSQL finds the candidates in the GIN index of `foods.search` (a lexeme of 4+
   letters also matches longer words: "kiwi", "Kiwifruit"): the foods with every term; for
   three terms or more, in the same query, those missing one (full matches first), then, if
   none, those missing two ("orange juice fresh squeezed raw" -> "Orange juice, raw"); if
   still none, those with any of the three rarest terms. Each step is one indexed query
   that returns at most 100 uids as one array, so a five-word query never ranks the
   thousands of foods that share one common word.
5. `healthbot.food.ranking` orders the candidates in memory.
6. When no word matches at all, rapidfuzz compares the query's words run together with each
   food's own name run together ("icecream" -> "Ice creams, vanilla").
7. The answer is remembered for the same words (the last `REMEMBERED` queries): the table
   changes only at start, and people log the same foods day after day.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable, Mapping
from itertools import combinations
from typing import Any, TypeVar

from rapidfuzz import fuzz, process

from healthbot.db import Database
from healthbot.food.aliases import CLIPPED, in_vessel, unclipped
from healthbot.food.brands import BrandShelf
from healthbot.food.chains import ChainMenu
from healthbot.food.cookery import SR24_WORDS, cooked_as, says, uncooked_key
from healthbot.food.matches import FoodMatch as FoodMatch  # noqa: PLC0414 (re-exported)
from healthbot.food.matches import count_words, match_of, slip, tsquery_term
from healthbot.food.ranking import Entry, Index, Term, score
from healthbot.food.recipes import RECIPES
from healthbot.food.repository import FoodName, FoodRepository
from healthbot.food.restated import restated_alias
from healthbot.food.spelling import (
    MIN_LETTERS,
    SOUNDALIKES,
    is_english,
    likeliest,
    mended_in_context,
    one_slip,
    skeleton,
    sounds_alike,
    spelling_variant,
    word_pairs,
)
from healthbot.food.text import FILLER_WORDS, inflections, query_words, words_of
from healthbot.threads import in_daemon_thread

log = logging.getLogger(__name__)

K = TypeVar("K")
V = TypeVar("V")

_CANDIDATES = 100  # full-text matches ranked in memory: enough for every plausible answer
_RAREST = 3  # the last full-text step looks for any of this many of the query's rarest terms
_ALIAS_SCORE = 100.0
_FUZZY_POOL = 50  # name matches the last resort orders by plainness
REMEMBERED = 4096
_USUAL_WORDS = frozenset(
    {"plain", "regular", "normal", "fresh", "classic", "original", "simple", "natural",
     "cold", "warm", "chilled", "homemade", "ripe", "organic", "shelled", "peeled",
     "full", "size", "sized", "standard"}
)  # fmt: skip
"""Words that say a food is the usual kind, which a common name is without them ("a full size
butterfinger": the bar, not its fun size)."""
_AS_SOLD = re.compile(r"ready-to-eat|, dry\b", re.I)
"""A food's name that says it is eaten as it comes, dry: "dry" said with it changes nothing."""
_FOOD_WORD_LETTERS = 3
_RESPELT_LETTERS = 5
"""A common name this long may be another spelling of its food's word ("yoghourt")."""
_RESPELT_WORDS = 2
"""Words a query has at least for one of them to be respelt as it sounds (`_respelling`)."""
_LETTERS = re.compile(r"[A-Za-z]+")
_JOINTS = frozenset({"and", "the", "with", "without", "from", "for", "its", "not", "per", "all"})


Inputs = tuple[list[FoodName], dict[str, str | None], dict[str, str]]
"""What a search is built from (`FoodSearch.inputs`)."""


class FoodSearch:
    """Finds foods by name: full-text search in PostgreSQL, typos and ranking in memory."""

    def __init__(
        self,
        db: Database,
        foods: Iterable[FoodName],
        stems: Mapping[str, str | None],
        aliases: Mapping[str, str],
        *,
        remembered: int = REMEMBERED,
    ) -> None:
        self.db = db
        self._repository = FoodRepository(db)
        self._stems = dict(stems)
        self._index = Index(foods, stems)
        entries = self._index.entries
        self._aliases = {a: uid for a, uid in aliases.items() if uid in entries}
        self._menu = ChainMenu((uid, entry.name) for uid, entry in entries.items())
        self._brands = BrandShelf((uid, entry.name) for uid, entry in entries.items())
        # What a typo is corrected to: name words of letters only, frequent ones first on ties.
        self._word_frequency = {
            word: count
            for word, count in count_words(e.name for e in entries.values()).items()
            if len(word) >= 3 and word.isalpha() and self._stems.get(word)
        }
        self._words = sorted(self._word_frequency)
        # What a word that is no English is one slip from: these and the common names' words.
        named = {w for alias in self._aliases for w in alias.split() if w.isalpha()}
        self._slip_words = sorted({*self._words, *named} - _JOINTS)
        # Name words written in lower case somewhere ("Coffee, brewed, espresso"), not only in
        # a brand's capitals ("STOUFFER'S LUNCH EXPRESS"): what a typo more often means.
        self._plain = {
            token.lower()
            for e in entries.values()
            for token in _LETTERS.findall(e.name)
            if not token.isupper()
        }
        # Words a person may type that are no typo: every name word and every alias word.
        self._named = {w for alias in self._aliases for w in alias.split()}  # common names'
        self._known = set(self._stems) | self._named
        self._known |= self._brands.joined  # "poptart": "POP TARTS" run together
        # A dish of one word is no typo ("chaas" is not "chai"); a word of a longer dish's
        # name stays unknown, so that a compound with it is still asked ("chicken tikka").
        self._known |= {dish for dish in RECIPES if " " not in dish}
        # For the last resort: names written as one word ("icecream") or badly misspelt.
        self._heads = [e.compact_head for e in entries.values()]
        self._head_entries = list(entries.values())
        self._remembered = remembered
        self._answers: dict[tuple[tuple[str, ...], int], tuple[FoodMatch, ...]] = {}
        self._closests: dict[tuple[str, bool], str | None] = {}  # `_closest`'s, as `_answers`
        self._mends: dict[str, str] = {}  # `mend`'s
        self._uncooked: dict[tuple[str, ...], list[str]] | None = None  # `cooked_variant`'s
        self._sounds: dict[str, list[str]] | None = None  # `_by_sound`'s, made on first use

    @classmethod
    async def load(
        cls, db: Database, *, aliases: bool = True, remembered: int = REMEMBERED
    ) -> FoodSearch:
        """Read names, aliases and the stems of every name word from the database, once."""
        foods, stems, found = await cls.inputs(db, aliases=aliases)
        # Building the index takes a CPU for a while: in a thread, the event loop goes on
        # answering (it gets the GIL every few ms) instead of standing still until it is done.
        build = functools.partial(cls, db, foods, stems, found, remembered=remembered)
        search = await in_daemon_thread(build, name="food-index")
        log.info("food search ready: %d foods, %d words", len(foods), len(stems))
        return search

    @staticmethod
    async def inputs(db: Database, *, aliases: bool = True) -> Inputs:
        """What the search is built from: the foods' names, the stems of their words, and
        the aliases (common name -> uid)."""
        repository = FoodRepository(db)
        foods = await repository.names()
        vocabulary = sorted({w for food in foods for w in words_of(food.name)})
        stems = await repository.stems(vocabulary)
        found = {a.alias: a.food_uid for a in await repository.aliases()} if aliases else {}
        return foods, stems, found

    def state(self) -> dict[str, Any]:
        """What `restore` needs to make this search again without building it (kept on disk
        by `healthbot.food.prebuilt`): all but the database and what fills as it answers."""
        state = dict(vars(self))
        del state["db"], state["_repository"]
        state["_answers"], state["_closests"], state["_mends"] = {}, {}, {}
        state["_uncooked"] = None
        return state

    @classmethod
    def restore(cls, db: Database, state: Mapping[str, Any]) -> FoodSearch:
        """The search `state()` was taken of, on `db` (a state may make several: each
        remembers its own answers)."""
        search = cls.__new__(cls)
        vars(search).update(state)
        search.db, search._repository = db, FoodRepository(db)
        search._answers, search._closests, search._mends = {}, {}, {}
        search._uncooked = None
        return search

    def __len__(self) -> int:
        return len(self._index.entries)

    @property
    def menu(self) -> ChainMenu:
        """The chains' menus, for reading a meal at one (`healthbot.food.chains.at_the_chain`)."""
        return self._menu

    def names_food(self, word: str) -> bool:
        """Whether a typed word is a word of a food's name or common name ("coke", not "the")."""
        return len(word) >= _FOOD_WORD_LETTERS and word in self._known and word not in _JOINTS

    def knows(self, word: str) -> bool:
        """Whether a typed word, or its singular or plural, is a word of some food's name or
        common name: one that is not is the name of a food SR24 lacks, or no food's."""
        return word in self._known or any(form in self._known for form in inflections(word))

    def common_name(self, word: str) -> bool:
        """Whether a word, or its singular or plural, is a common name ("coke"; not "good")."""
        return any(form in self._aliases for form in (word, *inflections(word)))

    async def search(self, query: str, limit: int = 10) -> list[FoodMatch]:
        """The foods that best answer a free-text query, best first; [] if none."""
        words = query_words(query)
        if not words or limit <= 0:
            return []
        key = (tuple(words), limit)
        answer = self._answers.get(key)
        if answer is None:
            answer = self._remember(self._answers, key, tuple(await self._answer(words, limit)))
        return list(answer)

    def _remember(self, store: dict[K, V], key: K, value: V) -> V:
        """`value`, kept under `key` in `store` (one of what was worked out from the words
        typed, the last `REMEMBERED` of each), unless nothing is remembered."""
        if self._remembered:
            if len(store) >= self._remembered:
                del store[next(iter(store))]  # the oldest
            store[key] = value
        return value

    async def _answer(self, words: list[str], limit: int) -> list[FoodMatch]:
        alias = self._alias(words)
        # An alias is no typo: "coke" is not "cook".
        terms = self.terms(unclipped(words) or words, correct=alias is None)
        uids = await self._candidates(terms, limit) if terms else []
        ranked = sorted(
            ((score(entry, terms), entry) for uid in uids if (entry := self._entry(uid))),
            key=lambda pair: (-pair[0], len(pair[1].name), pair[1].uid),
        )
        matches = [match_of(entry, value) for value, entry in ranked[:limit]]
        if alias is not None:
            return [alias, *(m for m in matches if m.uid != alias.uid)][:limit]
        return matches or self._fuzzy(words, limit)

    def cooked_variant(self, uid: str, cooking: str) -> str | None:
        """The uid of the food cooked as said: itself when it is, else the one named as it is
        but for the cooking ("Pork, ..., center loin (chops), ..., cooked, broiled" pan fried:
        "..., cooked, pan-fried"), SR24's likeliest words for the cooking first; None if SR24
        has it cooked so under no such name."""
        name = self._index.entries[uid].name
        if cooked_as(name, cooking):
            return uid
        if self._uncooked is None:
            self._uncooked = {}
            for each, entry in self._index.entries.items():
                self._uncooked.setdefault(uncooked_key(entry.name), []).append(each)
        uids = self._uncooked.get(uncooked_key(name), [])
        for sr24 in (words for words in SR24_WORDS[cooking] if words != "cooked"):
            found = (each for each in uids if says(self._index.entries[each].name, sr24))
            if (variant := next(found, None)) is not None:
                return variant
        return None

    def alias(self, query: str) -> FoodMatch | None:
        """The food a common name stands for ("toast", "latte"), without asking the database;
        None if the query is no alias."""
        words = query_words(query)
        return self._alias(words) if words else None

    def terms(self, words: list[str], *, correct: bool = True) -> tuple[Term, ...]:
        """The query's terms: stems of its words, typos corrected, unknown words dropped."""
        found: dict[str, Term] = {}
        for word in words:
            lexeme = self._stem(word, correct=correct)
            if lexeme is not None and lexeme not in found:
                term = self._index.term(lexeme)
                if term is not None:
                    found[lexeme] = term
        return tuple(found.values())

    def correct(self, word: str) -> str | None:
        """The name word closest to a word that no name has, or None if none is close. An
        English word is mended only to another spelling of itself or, typed for a food that
        sounds the same, to that food (`healthbot.food.spelling`)."""
        if len(word) < MIN_LETTERS or not word.isalpha() or word in FILLER_WORDS:
            return None  # too short to tell a typo from another word, or no food's word
        if (food := SOUNDALIKES.get(word)) is not None and food in self._word_frequency:
            return food
        if not is_english(word):
            return self._closest(word, english=False)
        spelt = self._closest(word, english=True)
        return spelt if spelt is not None and spelling_variant(word, spelt) else None

    def _closest(self, word: str, *, english: bool) -> str | None:
        """The name word closest to `word`, or None (remembered: a search of every name word,
        asked again for each /log of the word). A word that is no English may be one slip from
        a common name's word, or be one it sounds like."""
        key = (word, english)
        if key in self._closests:
            return self._closests[key]
        return self._remember(self._closests, key, self._closest_of_all(word, english=english))

    def _closest_of_all(self, word: str, *, english: bool) -> str | None:
        if not english and len(slipped := one_slip(word, self._slip_words)) == 1:
            # one slip from one word alone ("lasange", "porrige"), as a common name spells it
            # ("brocolli": brocoli, a common name that is broccoli misspelt)
            return self._mended(slipped[0])
        cutoff = 80.0 if len(word) >= 5 else 74.0
        found = process.extract(word, self._words, scorer=fuzz.ratio, limit=5, score_cutoff=cutoff)
        found = [hit for hit in found if slip(word, hit[0])]
        if not found and not english:
            found = self._by_sound(word)
        if not found:
            return None
        return likeliest([hit[:2] for hit in found], self._plain, self._word_frequency)

    def _by_sound(self, word: str) -> list[tuple[str, float, int]]:
        """Name words a short word that is no slip of the hand may be one of the ear for
        ("spagetty": spaghetti), as `process.extract` gives matches."""
        return [(each, fuzz.ratio(word, each), 0) for each in self._sounding(word)]

    def _sounding(self, word: str) -> list[str]:
        """The name words, other than the word itself, that it sounds like (`sounds_alike`)."""
        if self._sounds is None:
            self._sounds = {}
            for each in self._words:
                self._sounds.setdefault(skeleton(each), []).append(each)
        found = self._sounds.get(skeleton(word), ())
        return [each for each in found if each != word and sounds_alike(word, each)]

    def mend(self, text: str) -> str:
        """The text's words with each typo replaced by the word it stands for ("cheeseburgr
        and frys" -> "cheeseburger and fries"), so that what is sure of a match, and the
        common names, see what search saw. Known words and words without a close one stay.
        Remembered: a /log asks it of the same text a dozen times."""
        mended = self._mends.get(text)
        if mended is None:
            mended = self._remember(self._mends, text, self._mend(text))
        return mended

    def _mend(self, text: str) -> str:
        said = query_words(text)
        if self._named_alias(said) is None:  # "double choc muffin", not "veggie burger"
            # a word of a food's own name is no clipped word ("Veggie Medley Burger")
            said = [word if word in self._stems else CLIPPED.get(word, word) for word in said]
        words = [self._mended(word) for word in said]
        if len(words) > 1 and self._named_alias(words) is None:
            words = self._respelling(words) or words  # "creme cheese": cream cheese
            words = [self._in_context(said, words, at) for at in range(len(words))]
        return " ".join(words)

    def _in_context(self, said: list[str], words: list[str], at: int) -> str:
        """The word at `at`, a typo mended to the name word a name says beside its neighbour
        ("pinut butter": peanut, not pinot); as `words` has it otherwise."""
        if said[at] in self._known:
            return words[at]
        return mended_in_context(said[at], words, at, self._words, self._pairs)

    @functools.cached_property
    def _pairs(self) -> frozenset[tuple[str, str]]:
        """Two words one after the other in a food's name or a common name (made once)."""
        return word_pairs([*(e.name for e in self._index.entries.values()), *self._aliases])

    def _mended(self, word: str) -> str:
        if word in self._stems:
            return word
        if (uid := self._aliases.get(word)) is not None:
            # A common name that is another spelling of its food's own word ("yoghourt",
            # "Yogurt, ..."): that word, so that "strawberry yoghourt" is "strawberry yogurt".
            # A short one is a name of its own ("milo" is no "milk" of its drink's name).
            # Its food says what it is: English or not.
            spelt = self._closest(word, english=True) if len(word) >= _RESPELT_LETTERS else None
            return spelt if spelt in words_of(self._index.entries[uid].name) else word
        if word in self._known:
            return word
        if (ending := self._ending_mended(word)) is not None:
            return ending
        if any(form in self._known for form in inflections(word)):
            return word
        return self.correct(word) or word

    def _ending_mended(self, word: str) -> str | None:
        """The word with the slip of its ending mended, or None when it has none of these."""
        if word.endswith("oe") and word[:-1] in self._known:
            return word[:-1]  # "potatoe", "tomatoe": the "-oes" plural's singular
        # A plural spelt as a verb's "-s" ("frys", "cherrys"): the "-ies" plural if known.
        verb_like = len(word) > 3 and word.endswith("ys") and word[-3] not in "aeiou"
        if verb_like and (plural := word[:-2] + "ies") in self._known:
            return plural
        if word + "e" in self._word_frequency and not is_english(word):
            return word + "e"  # a final "e" left off ("orang", "chees"), not its "-es" plural's
        return None

    def _stem(self, word: str, *, correct: bool) -> str | None:
        if word in self._stems:
            return self._stems[word]  # None for a stop word
        # Inflections that no food name happens to use ("cherry" for "Cherries").
        for form in inflections(word):
            if stem := self._stems.get(form):
                return stem
        corrected = self.correct(word) if correct else None
        return None if corrected is None else self._stems.get(corrected)

    async def _candidates(self, terms: tuple[Term, ...], limit: int) -> list[str]:
        """Full-text candidates, from the strictest query to the loosest (see step 4)."""
        parts = [tsquery_term(term) for term in terms]
        every = " & ".join(parts)
        if len(parts) <= 2:
            uids = await self._repository.matching(every, None, _CANDIDATES)
            if len(uids) < limit and len(parts) == 2:
                uids = await self._repository.matching(" | ".join(parts), every, _CANDIDATES)
            return uids
        # Foods that have all terms but one (those with all of them first), then all but two:
        # "orange juice fresh squeezed raw" is answered by "Orange juice, raw".
        for missing in (1, 2):
            if len(parts) - missing < 2:
                break
            loose = " | ".join(
                f"({' & '.join(c)})" for c in combinations(parts, len(parts) - missing)
            )
            uids = await self._repository.matching(loose, every, _CANDIDATES)
            if uids:
                return uids
        rarest = sorted(terms, key=lambda t: self._index.frequency.get(t.lexeme, 0))[:_RAREST]
        any_of = " | ".join(tsquery_term(term) for term in rarest)
        return await self._repository.matching(any_of, None, _CANDIDATES)

    def _entry(self, uid: str) -> Entry | None:
        return self._index.entries.get(uid)

    def _alias(self, words: list[str]) -> FoodMatch | None:
        found = self._named_alias(words) or self._respelt(words) or self._restated(words)
        full = None if found is not None else unclipped(words)  # "mixed veg": vegetables
        return found if full is None else self._alias(full)

    def _named_alias(self, words: list[str]) -> FoodMatch | None:
        phrase = " ".join(words)
        for key in (phrase, phrase.removesuffix("s"), f"{phrase}s"):  # "walnut": "walnuts"
            uid = self._aliases.get(key)
            if uid is not None:
                return match_of(self._index.entries[uid], _ALIAS_SCORE)
        if (held := in_vessel(phrase)) is not None:  # "schooners of beer": beer
            return self._named_alias(held[1].split())
        if (uid := self._menu.find(words)) is not None:  # "kfc original recipe breast"
            return match_of(self._index.entries[uid], _ALIAS_SCORE)
        if (uid := self._brands.find(words)) is not None:  # "a big kat", "poptart"
            return match_of(self._index.entries[uid], _ALIAS_SCORE)
        rest = self._menu.unchained(words)  # "mcdonald s coke": coke
        if rest is not None:
            return self._named_alias(rest)
        usual = [word for word in words if word not in _USUAL_WORDS]  # "plain nonfat yogurt"
        found = self._named_alias(usual) if usual and len(usual) < len(words) else None
        return found or self._dry(words)  # "dry cheerios": as they come

    def _dry(self, words: list[str]) -> FoodMatch | None:
        """The common name said with "dry" when its food is eaten as it comes ("40g muesli,
        dry", "dry cheerios": a ready-to-eat cereal); None for one cooked ("dry pasta")."""
        rest = [word for word in words if word != "dry"]
        found = self._named_alias(rest) if rest and len(rest) < len(words) else None
        return found if found is not None and _AS_SOLD.search(found.name) else None

    def _restated(self, words: list[str]) -> FoodMatch | None:
        uid = restated_alias(words, self._aliases, lambda uid: self._index.entries[uid].name)
        return None if uid is None else match_of(self._index.entries[uid], _ALIAS_SCORE)

    def _respelt(self, words: list[str]) -> FoodMatch | None:
        respelt = self._respelling(words)
        return None if respelt is None else self._named_alias(respelt)

    def _respelling(self, words: list[str]) -> list[str] | None:
        """The words with one of them spelt as it sounds where that makes a common name of
        them ("creme soda": cream soda); None when no such spelling does. A word is taken for
        another only where the words as typed are no common name, so a real one stays."""
        if len(words) < _RESPELT_WORDS:
            return None  # a word alone is `correct`'s ("milk" is no "milky")
        for at, word in enumerate(words):
            if not word.isalpha() or len(word) < MIN_LETTERS or word in self._named:
                continue  # a word of a common name is spelt as people spell it
            for other in self._sounding(word):
                respelt = [*words[:at], other, *words[at + 1 :]]
                if self._named_alias(respelt) is not None:
                    return respelt
        return None

    def _fuzzy(self, words: list[str], limit: int) -> list[FoodMatch]:
        """Foods whose own name, spaces removed, is close to the query's words run together."""
        found = process.extract(
            "".join(words), self._heads, scorer=fuzz.ratio, limit=_FUZZY_POOL, score_cutoff=80.0
        )
        # Many foods share a name ("Ice creams, ..."): the plainest of them first.
        best = sorted(
            ((value, self._head_entries[index]) for _, value, index in found),
            key=lambda pair: (-round(pair[0]), -pair[1].prior, pair[1].uid),
        )
        return [match_of(entry, value / 10) for value, entry in best[:limit]]
