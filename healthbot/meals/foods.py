"""From a parsed item to a portion of a known food: search, household measures, questions.

`FoodCatalog` is the food database as meal logging sees it. Its search index is read back
before the daemon serves when an earlier start kept it (`prepare`); else it is built in the
background (after loading the packaged SR24 table into PostgreSQL if it changed) and kept
(`healthbot.food.prebuilt`), and a /log sent before that waits for it, up to `READY_TIMEOUT`.

How an item is resolved (`FoodCatalog.resolve`), never by a silent guess:

- The food: search's best match when it is sure (`sure.is_sure`: a common name, the very
  food asked for, or a clear lead), or when every food a question would offer gives the
  amount the same energy (`sure.agreed_choice`). "juice", "soup" or "cake" name a kind of
  food, not one food: those, and weak matches, become a `Question` offering the best few
  (never two of the same energy); no match at all, a `Question` without choices (the user
  types another name or skips the item).
- The grams: an item without unit or size may stand for a fixed serving ("grande latte")
  or, after "with", for what is customarily added ("coffee with milk": a splash)
  (`healthbot.food.servings`). Mass units convert exactly; other units go through the
  food's own household measures (`healthbot.food.measures.match_measure`). An item without
  quantity or unit ("pizza") that has no measure for one whole item takes the food's first
  measure, USDA's usual portion ("1 cup", "1 slice"), shown in the reply. Otherwise an amount
  `Question` asks for grams.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Final

from healthbot import heap
from healthbot.db import Database
from healthbot.errors import HealthbotError
from healthbot.food.asides import cooked_alias, placed_apart, uncooked, without_context
from healthbot.food.cookery import (
    cooking_of,
)
from healthbot.food.fdc import FdcClient, FdcError, FdcFood
from healthbot.food.pairings import fruit_topping, group_of, named_apart, paired
from healthbot.food.parser import ParsedItem
from healthbot.food.prebuilt import build, restore
from healthbot.food.quantities import trailing_size
from healthbot.food.repository import Food, FoodRepository, ensure_food_table
from healthbot.food.search import FoodMatch, FoodSearch
from healthbot.food.servings import default_amount, measured_names
from healthbot.food.units import (
    GRAMS_PER_UNIT,
    ML_PER_UNIT,
    PACKED_AS,
    UNIT_ALIASES,
    Unit,
    singular,
)
from healthbot.food.wholes import piece_grams, piece_of
from healthbot.meals.answers import Choice, Portion, Question, with_grams
from healthbot.meals.cooked_entries import cooked_entry
from healthbot.meals.counted import counted_variant, poured_only
from healthbot.meals.fdcfoods import FDC_GROUP, as_food
from healthbot.meals.kin_sizes import sized_by_kin
from healthbot.meals.pours import plausible_pour
from healthbot.meals.read_before import ItemsRead
from healthbot.meals.readings import (
    CHOICES,
    named_food,
    question_of,
    size_named,
)
from healthbot.meals.spans import holds_dish, share_asked, within
from healthbot.meals.sure import (
    AGREE,
    FDC_PREFIX,
    FLOOR,
    agreed_choice,
    bare,
    covers,
    is_sure,
    names_it,
    same_energy,
    same_kind,
    unplaced_head,
)

# healthbot.meals.products reads GRAM_AMOUNTS here: an explicit re-export (mypy strict)
from healthbot.meals.weighing import GRAM_AMOUNTS as GRAM_AMOUNTS  # noqa: PLC0414
from healthbot.meals.weighing import weigh

log = logging.getLogger(__name__)

MEASURED_UNITS: Final = frozenset({*GRAMS_PER_UNIT, *ML_PER_UNIT})
"""Units of a weight or volume: a food's last word that is one names no piece of it."""
VARIANTS: Final = 8
"""Search results looked through for a variant of a food that has the measure typed."""
KIND_WORDS: Final = 3
"""The first words of USDA's name that say what kind of food it is, searched for a variant."""
FDC_PAUSE: Final = 300.0
"""Seconds FoodData Central is left alone after a failure (no chat waits on it meanwhile)."""
READY_TIMEOUT: Final = 30.0  # how long a /log waits for the food database at start


class FoodsNotReady(HealthbotError):
    """The food database is still loading (or failed to load)."""


@dataclass(slots=True)
class _Loaded:
    search: FoodSearch
    foods: dict[str, Food] = field(default_factory=dict)
    measures: dict[str, tuple[tuple[float, str, float], ...]] = field(default_factory=dict)


class FoodCatalog:
    """Food search and household measures for meal logging (loading: the module's text)."""

    ready_timeout = READY_TIMEOUT  # food.ready_wait_seconds, set by the meals feature

    def __init__(
        self, db: Database, fdc: FdcClient | None = None, prebuilt: Path | None = None
    ) -> None:
        self.db = db
        self.repository = FoodRepository(db)
        self.fdc = fdc
        self.prebuilt = prebuilt
        self._fdc_paused_until = 0.0
        self.read = ItemsRead()  # items resolved before, and FoodData Central's turns
        self._loading: asyncio.Future[_Loaded] | None = None

    async def prepare(self) -> None:
        """Before the daemon serves: the search read back from `prebuilt`, if current."""
        search = await restore(self.db, self.prebuilt) if self._loading is None else None
        if search is not None:
            self._loading = asyncio.get_running_loop().create_future()
            self._loading.set_result(_Loaded(search))

    async def load(self) -> None:
        """Load the packaged table if it changed, then the search index (once)."""
        await asyncio.shield(self._start())

    async def ready(self) -> FoodSearch:
        """The search, once loaded; `FoodsNotReady` if it takes longer than `ready_timeout`
        (or the load failed: the next call tries again)."""
        return (await self._ready()).search

    async def close(self) -> None:
        """Stop a load in progress and close the FDC client (the daemon is stopping)."""
        if self._loading is not None:
            self._loading.cancel()
        if self.fdc is not None:
            await self.fdc.close()

    def _start(self) -> asyncio.Future[_Loaded]:
        task = self._loading
        if task is None or (task.done() and (task.cancelled() or task.exception())):
            task = self._loading = asyncio.create_task(self._load(), name="food-load")
        return task

    async def _ready(self) -> _Loaded:
        task = self._start()
        if task.done():  # loaded (`_start` began again after a failure): no timer to arm
            return task.result()
        try:
            async with asyncio.timeout(self.ready_timeout):
                return await asyncio.shield(task)
        except TimeoutError:
            raise FoodsNotReady("the food database is still loading") from None

    async def _load(self) -> _Loaded:
        try:
            result = await ensure_food_table(self.db)
            log.info("food table: %s", result)
            with heap.loading("the food search"):
                loaded = _Loaded(await build(self.db, self.prebuilt, result.checksum))
            return loaded
        except Exception as error:
            log.exception("the food database could not be loaded")
            raise FoodsNotReady(str(error)) from error

    async def food(self, uid: str) -> Food | None:
        """A food by its SR24 number, or "fdc:<id>" for one from FoodData Central (read
        once, then kept: the table changes only at start, FDC's cache lasts a day)."""
        loaded = await self._ready()
        if uid not in loaded.foods:
            await self._fetch(loaded, uid)
        return loaded.foods.get(uid)

    async def measures(self, uid: str) -> tuple[tuple[float, str, float], ...]:
        """A food's household measures as (amount, name, grams), in the source's order."""
        loaded = await self._ready()
        if uid not in loaded.measures:
            await self._fetch(loaded, uid)
        return loaded.measures.get(uid, ())

    async def _fetch(self, loaded: _Loaded, uid: str) -> None:
        """Keep a food and its measures, read together (an item asks for both): from FoodData
        Central for "fdc:<id>", else from the table."""
        if uid.startswith(FDC_PREFIX):
            await self._fdc_food(loaded, uid)
            return
        food, measures = await self.repository.get_with_measures(uid)
        if food is not None:
            loaded.foods[uid] = food
        loaded.measures[uid] = measures

    async def search(self, text: str, limit: int = CHOICES) -> list[FoodMatch]:
        """Foods for a name, best first: the embedded table's, or when it has none and a
        FoodData Central key is configured, FDC's (never sure: they are offered, not taken)."""
        search = await self.ready()
        return await search.search(text, limit) or await self._fdc_search(text, limit)

    async def _fdc_search(self, text: str, limit: int) -> list[FoodMatch]:
        self.read.turn_outside(self.fdc is not None)
        if self.fdc is None or time.monotonic() < self._fdc_paused_until:
            return []
        try:
            foods = await self.fdc.search(text, limit)
        except FdcError as error:
            self._fdc_paused_until = time.monotonic() + FDC_PAUSE
            log.warning("FoodData Central search failed (%s); not asked for %.0f s", error,
                        FDC_PAUSE)  # fmt: skip
            return []
        loaded = await self._ready()
        for food in foods:
            self._keep(loaded, food)
        return [FoodMatch(food.uid, food.name, FDC_GROUP, 0.0) for food in foods]

    async def _fdc_food(self, loaded: _Loaded, uid: str) -> None:
        self.read.turn_outside(self.fdc is not None)
        if self.fdc is None or not uid.removeprefix(FDC_PREFIX).isdigit():
            return
        if time.monotonic() < self._fdc_paused_until:
            return
        try:
            food = await self.fdc.food(int(uid.removeprefix(FDC_PREFIX)))
        except FdcError as error:
            self._fdc_paused_until = time.monotonic() + FDC_PAUSE
            log.warning("FoodData Central food %s failed: %s", uid, error)
            return
        if food is not None and food.kcal is not None:
            self._keep(loaded, food)

    @staticmethod
    def _keep(loaded: _Loaded, food: FdcFood) -> None:
        loaded.foods[food.uid] = as_food(food)
        loaded.measures[food.uid] = food.measures

    async def resolve(self, position: int, item: ParsedItem) -> Portion | Question:
        """The item as a portion of a food, or the question to ask about it (never a dry
        food's weight for what was poured: `healthbot.meals.pours`), once (`ItemsRead`)."""
        return await self.read.resolve(position, item, self._resolve)

    async def _resolve(self, position: int, item: ParsedItem) -> Portion | Question:
        if (share := await share_asked(self, position, item)) is not None:
            return share  # "a coffee for my wife": how much was the writer's is asked
        found = await self._resolved(position, item)
        if not isinstance(found, Portion):
            return found
        return await plausible_pour(self, question_of(position, item), found)

    async def _resolved(self, position: int, item: ParsedItem) -> Portion | Question:
        """The item as a portion of a food, or the question to ask about it.

        An item whose words name no food surely may end in a phrase of time, place or
        occasion ("honeydew after lunch", "a donut from the gas station", "a jr cheeseburger
        at wendy's"), or say how it was cooked ("steamed shrimp"): the words before the
        phrase, or without the cooking, are taken when they name a food (at a place named
        for its owner, that place's food first), and asked about when only their amount is
        unknown.
        """
        search = await self.ready()
        chain = lambda words: search.menu.named(words) is not None  # noqa: E731
        if (head := placed_apart(item.food, search.knows, chain)) is not None:
            item = replace(item, food=head)  # "half a rotisserie chicken from costco"
        if item.size is None and (sized_after := trailing_size(item.food)) is not None:
            item = replace(item, food=sized_after[0], size=sized_after[1])  # "fries, large"
        found = await self.lookup(position, item)
        if cooking_of(item.food) is not None:
            # "baked cod", "sauteed spinach": SR24's cooked entry, not the raw one or a question
            cooked = await cooked_entry(self, position, item, found)
            if cooked is not None:
                return cooked
        found = await self._size_as_name(position, item, found)
        if isinstance(found, Portion) or found.kind == "amount":
            return found
        if (by_piece := await self._by_piece(position, item)) is not None:
            return by_piece
        amount: Question | None = None
        plainer = [*without_context(item.food), *filter(None, [uncooked(item.food)])]
        if holds_dish(await self.ready(), item.food.split()):
            plainer = []  # "sausage rolls my mum made": the dish step's, no other food's
        for food in plainer:  # "steamed shrimp": shrimp (a common name is as eaten: cooked)
            shorter = await self.lookup(position, replace(item, food=food))
            if isinstance(shorter, Portion):
                return shorter
            amount = amount or (shorter if shorter.kind == "amount" else None)
        inside = await within(self, position, item)  # "cherry tomatoes straight from the punnet"
        if isinstance(inside, Portion):
            return inside
        return amount or inside or found

    async def sure(self, position: int, item: ParsedItem) -> Portion | Question | None:
        """The item resolved when its words name a food surely (a common name, or a sure
        match that has every word of them): a portion, or the question of how much; else
        None."""
        search = await self.ready()
        food = search.mend(item.food)
        if not any(map(search.alias, (food, singular(food), bare(food)))):
            matches = await search.search(food, CHOICES)
            named = matches and is_sure(food, matches) and covers(matches[0].name, food)
            if not named or unplaced_head(food, search.knows):
                return await self._by_piece(position, item)  # "pretzel twists"
        found = await self.lookup(position, item)
        return found if isinstance(found, Portion) or found.kind == "amount" else None

    async def _size_as_name(
        self, position: int, item: ParsedItem, found: Portion | Question
    ) -> Portion | Question:
        """The item with its size word read as the product's name ("a big kat": "KIT KAT BIG
        KAT Bar") when that finds more than `found` did; else `found`."""
        if isinstance(found, Portion) or (sized := size_named(item)) is None:
            return found
        whole = await self.lookup(position, sized)
        better = isinstance(whole, Portion) or whole.kind == "amount" != found.kind
        return whole if better else found

    async def _by_piece(self, position: int, item: ParsedItem) -> Portion | None:
        """The item counted by a measure of a piece it names: first ("a fillet of cod": cod, by
        its measure "fillet"; "an order of general tso's chicken": the restaurant's order) or
        last ("3 dill pickle spears": the pickle's "spear", "an apple juice box": its "drink
        box"), when the other words name a food surely; else None."""
        if item.unit is not None:
            return None
        *rest, last = item.food.split()
        pieces = [] if not rest else [(" ".join(rest), last)]
        if (piece := piece_of(item.food)) is not None:
            pieces.insert(0, piece)
        for words, named in pieces:
            if UNIT_ALIASES.get(named) in MEASURED_UNITS:
                continue  # "a creamer cup" is no cup of creamer
            found = named_food(await self.lookup(position, replace(item, food=words)))
            # the food named surely, else the first match weighed by that piece ("pretzel
            # twists": the hard pretzels' "twists", not a soft pretzel)
            matches = [m.uid for m in await self.search(words) if covers(m.name, words)]
            uids = [found[0], *matches] if found else matches
            for uid in uids:
                one = piece_grams(singular(named), await self.measures(uid), item.size)
                if one is not None and (food := await self.food(uid)) is not None:
                    return with_grams(question_of(position, item), food, item.quantity * one)
        return None

    async def lookup(self, position: int, item: ParsedItem) -> Portion | Question:
        """The item as a portion of the food its words name (a common name, else search's
        best match when sure), or the question to ask; no other reading of its words."""
        search = await self.ready()
        question = question_of(position, item)
        food = search.mend(item.food)  # "swiss chese": what is sure is judged on "cheese"
        if (amount := default_amount(replace(item, food=food))) is not None:  # "grande latte"
            question = replace(question, quantity=amount[0], unit=str(amount[1]))
        # "a stick of cheese": the string cheese its measure names before any cheese
        names = (*measured_names(item, food), food, singular(food), bare(food))
        alias = next(filter(None, map(search.alias, names)), None)
        alias = alias or cooked_alias(singular(food), search.alias)  # "cooked pasta"
        if alias is not None:  # a common name: sure, and no query to run
            return await self._measured(question, alias, food)
        matches = await search.search(food, CHOICES) or await search.search(singular(food), CHOICES)
        matches = matches or await self._fdc_search(item.food, CHOICES)
        if not matches:
            return question
        if unplaced_head(food, search.knows):
            return await self.food_question(question, matches)
        if is_sure(food, matches):
            return await self._measured(question, matches[0], food)
        asked = await self.food_question(question, matches)
        # Whichever food it is, the energy is the same: nothing to ask ("Not this?" corrects)
        if matches[0].score >= FLOOR:
            agreed = agreed_choice(asked.choices)
        else:  # a weak match: only when several foods named by every word asked agree
            several = len(matches) > 1 and len(asked.choices) == 1
            named = several and covers(asked.choices[0].name, food)
            agreed = agreed_choice(asked.choices, AGREE) if named else None
        if agreed is not None:
            return await self.portion(question, agreed)
        return asked

    async def _measured(self, question: Question, best: FoodMatch, food: str) -> Portion | Question:
        """The item as a portion of `best`, else of the first variant of that food with a
        measure for the amount typed ("12 cashews": by the kernel; "a can of corn": canned)."""
        found = await self.portion(question, best.uid)
        if await self._by_volume(question, best.uid):
            # "2 shredded wheat": two biscuits, not two of the spoon-size entry's cups
            found = await counted_variant(self, question, best.uid, food) or found
        if isinstance(found, Portion) or found.kind != "amount":
            return found
        packed = PACKED_AS.get(Unit(question.unit)) if question.unit else None  # "a can of corn"
        search = await self.ready()
        variants = await search.search(f"{packed or ''} {food}", VARIANTS)
        if not packed:  # by USDA's first words too: "mac and cheese" is "Macaroni and cheese"
            kind = " ".join(best.name.partition(",")[0].split()[:KIND_WORDS])
            variants += await search.search(kind, VARIANTS)
        siblings = [m for m in variants if m.uid != best.uid and _sibling(m.name, best.name)]
        # the closest first: a cup of dry-roasted peanuts is the oil-roasted's, not the boiled
        siblings.sort(key=lambda m: -len(_words(m.name) & _words(best.name)))
        for match in siblings:
            if isinstance(other := await self.portion(question, match.uid), Portion):
                return other
        # "a large gold kiwi": the large of "Kiwifruit, (chinese gooseberries), ..."
        return await sized_by_kin(self, question, best, variants) or found

    async def _by_volume(self, question: Question, uid: str) -> bool:
        """Whether a count typed alone ("2 shredded wheat") was weighed by a measure of
        volume: the food has no other measure ("1 cup (1 NLEA serving)")."""
        if not question.counted or question.unit is not None or question.size is not None:
            return False
        return poured_only(await self.measures(uid))

    async def resolve_after(
        self, position: int, item: ParsedItem, before: ParsedItem | None, base: Portion | None
    ) -> Portion | Question:
        """The item as `resolve` reads it, in the amount it goes with the item before it
        (`before`, resolved as `base`) when no amount is said (`healthbot.food.pairings`:
        milk on cereal, fruit on yogurt, a topping on each of several)."""
        base_food = None if base is None or before is None else await self.food(base.food_uid)
        if before is None or base_food is None:
            return await self.resolve(position, item)
        group = group_of(base_food.food_group, base_food.name)
        item = named_apart(item)  # "coffee with milk in the staff room": a splash of milk
        found = await self.resolve(position, paired(item, before, group))
        own = await self.food(found.food_uid) if isinstance(found, Portion) else None
        fruit = None if own is None else fruit_topping(item, group, own.food_group)
        return found if fruit is None else await self.resolve(position, fruit)

    async def one_food(self, name: str) -> bool:
        """Whether the table knows `name` as one food: a common name, or USDA's name for it
        ("nachos with cheese": "Fast foods, nachos, with cheese")."""
        search = await self.ready()
        name = search.mend(name)
        if search.alias(name) is not None:
            return True
        matches = await search.search(name, 1)
        if not matches:
            return False
        # joined by "with", a food is one where USDA's name says "with" too: "bagel with egg"
        # is a bagel and an egg, not "Bagels, egg" (a kind of bagel)
        said = " with " not in f" {name} " or "with" in matches[0].name.lower().split()
        return names_it(matches[0].name, name) and said

    async def food_question(self, question: Question, matches: list[FoodMatch]) -> Question:
        """A question offering these foods, each with the energy the item would have; a food
        whose energy a choice before it already offers is left out (nothing to choose)."""
        choices: list[Choice] = []
        for match in matches[:CHOICES]:
            found = await self.portion(question, match.uid)
            kcal = found.nutrients.kcal if isinstance(found, Portion) else None
            if kcal is None or all(not same_energy(kcal, c.kcal) for c in choices):
                choices.append(Choice(match.uid, match.name, kcal))
        return replace(question, kind="food", choices=tuple(choices))

    async def portion(self, question: Question, uid: str) -> Portion | Question:
        """The item of `question` as a portion of food `uid`, or an amount question
        (`healthbot.meals.weighing`)."""
        return await weigh(self, question, uid)


_UNREADY: Final = frozenset({"unprepared", "raw", "uncooked", "dry", "powder", "concentrate"})
"""Words of a USDA name's later parts that say the food is not yet as eaten."""


def _words(name: str) -> set[str]:
    return set(name.lower().replace("-", " ").replace(",", " ").split())


def _sibling(name: str, other: str) -> bool:
    """Whether USDA's `name` is a variant of `other` as eaten: of one kind (`same_kind`), or
    one's first part the start of the other's ("Macaroni and cheese, frozen entree" beside
    "Macaroni and cheese dinner with dry sauce mix, boxed": the one with a cup measure), and
    not a dry mix or raw food where `other` is neither ("..., unprepared")."""
    first, second = (n.partition(",")[0].lower() for n in (name, other))
    shorter, longer = sorted((first, second), key=len)
    # "Macaroni and cheese" starts the boxed dinner's name; "Corn" (sweet corn) is no variant
    # of "Corn dogs": a first part of one word names another food
    prefix = " " in shorter and longer.startswith(f"{shorter} ")
    if not (same_kind(name, other) or prefix):
        return False
    unready = [{*n.lower().partition(",")[2].split()} & _UNREADY for n in (name, other)]
    return not unready[0] or bool(unready[1])
