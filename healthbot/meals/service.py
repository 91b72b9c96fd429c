"""Meal logging use cases, free of aiogram types: /log, its questions, /today, /week, /history.

The coach's tools call these same functions. Days are the user's calendar days; every write
takes the key of the operation that makes it (`OpKey.step`), so a retried update logs once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

from healthbot.db import Joined
from healthbot.food.drinks import imperial_pints
from healthbot.food.measures import match_measure
from healthbot.food.no_food_words import among_foods, only_a_meal
from healthbot.food.pairings import goes_with
from healthbot.food.parser import (
    MAX_FOOD_CHARS,
    MAX_GRAMS,
    MAX_TEXT,
    FoodParseError,
    ParseProblem,
    parse_meal,
    read_amount,
)
from healthbot.food.regional import regional_names
from healthbot.food.said_to_bot import opening_words
from healthbot.food.sentences import MEAL_DISHES, read_sentence
from healthbot.localtime import guess_from_language, utc_now, zone_named
from healthbot.meals.answers import Portion, Question, with_grams
from healthbot.meals.dishes import read_dishes
from healthbot.meals.foods import FoodCatalog
from healthbot.meals.named_twice import is_sentence, own_items
from healthbot.meals.own_words import asides_out
from healthbot.meals.portions import MEAL_WORDS, Nutrients, meal_at, total
from healthbot.meals.products import is_product, product_question
from healthbot.meals.quick import quick_portion, read_quick_add
from healthbot.meals.read_before import ReadBefore
from healthbot.meals.readings import CHOICES, question_of
from healthbot.meals.records import DaySummary, Entry, Understood, WeekSummary, nutrients
from healthbot.meals.repository import CreatedRow, EntryRow, ItemRow, MealRepository, item_row
from healthbot.meals.sure import is_sure, same_energy
from healthbot.measures import Units, VolumeUnits, pours_imperial_pints, units_of, volume_units
from healthbot.profile import Profile, Targets
from healthbot.telegram.ledger import next_reply_mark
from healthbot.users import User, UserLookup, user_zone
from healthbot.when import MEAL_TIMES, Meal, When, read_when

# The records the use cases return are named from here too (they were defined here first).
__all__ = [
    "HISTORY_PAGE", "DaySummary", "Entry", "MealService", "TargetSource", "Understood",
    "WeekSummary", "split_meal",
]  # fmt: skip

MAX_DESCRIPTION = 500
"""Characters of the typed text kept as an entry's description."""
WEEK_DAYS = 7
HISTORY_PAGE = 8
"""Entries per /history page."""
LABEL_WORDS = 4
"""Words at most of a label before a colon that names no food ("late night snack: ...")."""

_MEAL_PREFIX = re.compile(
    r"^\s*(?P<meal>" + "|".join(MEAL_WORDS) + rf")\b(?!\s+{MEAL_DISHES})\s*[:\-–—]?\s*",
    re.IGNORECASE,
)


def _position(portion: Portion) -> int:
    return portion.position


def split_meal(text: str) -> tuple[Meal | None, str]:
    """The meal a text starts with ("breakfast: 2 eggs"), and the rest."""
    match = _MEAL_PREFIX.match(text)
    if match is None or not text[match.end() :].strip():
        return None, text
    return MEAL_WORDS[match["meal"].lower()], text[match.end() :]


class TargetSource(Protocol):
    """Where a user's daily targets (and units) come from: the profile feature's
    ProfileService."""

    async def targets(self, user_id: int) -> Targets:
        """The user's targets (the defaults when they set none)."""
        ...

    async def profile(self, user_id: int) -> Profile | None:
        """The user's profile row (their units), or None before they set anything."""
        ...


class MealService:
    """Understands food texts, stores entries, and sums them up by meal, day and week."""

    def __init__(
        self,
        catalog: FoodCatalog,
        repository: MealRepository,
        users: UserLookup,
        targets: TargetSource,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self.catalog = catalog
        self.repository = repository
        self.users = users
        self.targets = targets
        self.clock = clock
        self.read_before: ReadBefore[tuple[str, bool], Understood] = ReadBefore()

    async def understand(self, text: str, *, timezone: str | None = None) -> Understood:
        """Read a /log text: portions for the items it is sure of, questions for the rest;
        `timezone` is the writer's (a pint is the imperial one where they live in Britain or
        Ireland, as /water reads it).

        Raises `FoodParseError` (nothing to log, a bad quantity, too much) and `FoodsNotReady`.
        A text read before is not read again (`healthbot.meals.read_before`).
        """
        key = (text, pours_imperial_pints(timezone))
        if (known := self.read_before.get(key)) is not None:
            return known
        asked = self.catalog.read.asked_outside
        understood = await self._read(*key)
        if self.catalog.read.asked_outside == asked:  # FoodData Central may answer otherwise later
            self.read_before.keep(key, understood)
        return understood

    async def _read(self, text: str, imperial: bool) -> Understood:
        if len(text) > MAX_TEXT:
            raise FoodParseError(ParseProblem.TOO_LONG)
        when, said = read_when(text)  # "yesterday at 7pm for dinner: ..."
        if imperial:
            said = imperial_pints(said, everywhere=True)
        said = regional_names(said, british=imperial)  # "flapjacks with syrup": pancakes
        reading = read_sentence(said, opening_request=await self._request_opens(said))
        meal, rest = split_meal(reading.text)
        meal = when.meal or meal or (Meal(reading.meal) if reading.meal is not None else None)
        if not when.has_day and reading.days_ago:  # "2 eggs yesterday"
            when = replace(when, days_ago=reading.days_ago)
        if when.meal is None and meal is not None:  # "yesterday dinner pasta": at dinner time
            when = replace(when, meal=meal)
        days_ago = when.days_ago or 0
        if (quick := read_quick_add(rest)) is not None:
            portion = quick_portion(rest, quick)
            return Understood(said.strip(), meal, (portion,), (), days_ago, when)
        unlabelled = await self._unlabelled(rest)
        read = await read_dishes(self.catalog, parse_meal(unlabelled), text)
        items = among_foods(read, unlabelled)  # "hard boiled eggs, snack": the eggs
        portions: list[Portion] = []
        questions: list[Question] = []
        for position, item in enumerate(items):
            if item.unnamed or only_a_meal(item.food):  # "2 eggs, 3"; "lunch": asked
                questions.append(question_of(position, item))
                continue
            at = goes_with(items, position)  # "coffee with milk and sugar": the coffee's
            before = items[at] if at is not None else None
            base = next((p for p in portions if p.position == at), None)
            found = await self.catalog.resolve_after(position, item, before, base)
            (portions if isinstance(found, Portion) else questions).append(found)  # type: ignore[arg-type]
        portions, questions = await asides_out(self.catalog, items, unlabelled, portions, questions)
        sentence = is_sentence(said, reading.text)
        portions, questions = own_items(items, portions, questions, sentence=sentence)
        # The text eaten, without when ("yesterday at 7pm"), as /history, /undo and saved say it
        return Understood(said.strip(), meal, tuple(portions), tuple(questions), days_ago, when)

    async def _request_opens(self, text: str) -> bool:
        """Whether a verb that opens the text asks to log: an item follows it ("log 2 eggs"),
        or words of foods' names, and it makes no food's name with them ("add oat milk"; not
        "log cabin syrup", which names no food without "log" either)."""
        if (words := opening_words(text)) is None:
            return True
        said, named = words
        search = await self.catalog.ready()
        if not all(search.knows(word) for word in search.mend(named).casefold().split()):
            return False
        return not await self.catalog.one_food(said)

    async def _unlabelled(self, text: str) -> str:
        """The text without a label before a colon that names no food ("post workout: a
        banana", "sunday brunch: 3 pancakes"); "rice: 1 cup" keeps its food."""
        label, colon, rest = text.partition(":")
        if not colon or not rest.strip() or any(c.isdigit() for c in label):
            return text
        if len(label.split()) > LABEL_WORDS or await self.catalog.one_food(label):
            return text
        return rest

    async def choose(self, question: Question, uid: str) -> Portion | Question:
        """The answer to a food question: the item as a portion of the chosen food (or the
        amount question, when the food has no measure for the unit typed)."""
        return await self.catalog.portion(question, uid)

    async def rename(self, question: Question, text: str) -> Portion | Question:
        """The answer typed to a food question: another name for the food."""
        name = " ".join(text.split())[:MAX_FOOD_CHARS]
        renamed = replace(question, food=name.lower(), span=f"{question.span} ({name})")
        matches = await self.catalog.search(renamed.food)
        if not matches:
            return replace(renamed, kind="food", choices=())
        if is_sure(renamed.food, matches):
            return await self.catalog.portion(renamed, matches[0].uid)
        return await self.catalog.food_question(renamed, matches)

    async def measure(self, question: Question, text: str) -> Portion | None:
        """The answer typed to an amount question in a unit of the food's ("1 cup", "2
        slices", "a handful"): the item as that much of the food; None if the text is no
        amount, or the food has no measure for its unit."""
        found = read_amount(text)
        food = await self.catalog.food(question.choices[0].uid) if question.choices else None
        if found is None or food is None:
            return None
        quantity, unit = found
        measures = await self.catalog.measures(food.uid)
        one = match_measure(unit, None, measures, question.food)
        if one is None or not 0 < quantity * one <= MAX_GRAMS:
            return None
        answered = replace(question, quantity=quantity, unit=str(unit), size=None)
        return with_grams(answered, food, quantity * one)

    async def measure_labels(self, question: Question, limit: int = 4) -> list[str]:
        """The household measures of an amount question's food, as a person types them:
        "1 cup", "1 tbsp" (the first `limit`)."""
        if not question.choices:
            return []
        measures = await self.catalog.measures(question.choices[0].uid)
        return [f"{amount:g} {name}" for amount, name, _ in measures[:limit]]

    async def alternatives(self, user_id: int, entry: Entry, position: int) -> Question | None:
        """ "Not this?" on an item of the user's entry: a question offering the other foods
        its words could mean, with the energy each gives the same amount; None when the item
        is no food of the table's (a quick add) or nothing else matches."""
        item = next((i for i in entry.items if i.position == position), None)
        if item is None or item.usda_id is None:
            return None
        if is_product(item.usda_id):  # its words are a barcode; its name says what it is
            question = product_question(item)
        else:
            question = await self._typed_question(item)
        matches = await self.catalog.search(question.food, CHOICES + 1)
        others = [m for m in matches if m.uid != item.usda_id]
        if not others:
            return None
        asked = await self.catalog.food_question(question, others)
        # A food of the item's own energy is no other answer (two kinds of the same milk);
        # for a product it is: the table's plain food beside the package read.
        kcal, product = float(item.kcal), is_product(item.usda_id)
        choices = tuple(c for c in asked.choices if product or not same_energy(kcal, c.kcal))
        return replace(asked, choices=choices) if choices else None

    async def _typed_question(self, item: ItemRow) -> Question:
        """The food question an item's words ask (as /log read them), for "Not this?"."""
        try:
            parsed = await read_dishes(self.catalog, parse_meal(item.typed), item.typed)
        except FoodParseError:
            parsed = []
        one = parsed[0] if len(parsed) == 1 else None
        return Question(
            position=item.position,
            span=item.typed,
            quantity=one.quantity if one else float(item.quantity or 1),
            unit=None if one is None or one.unit is None else str(one.unit),
            size=None if one is None or one.size is None else str(one.size),
            food=one.singular_food if one else item.typed.lower(),
            kind="food",
        )

    async def weigh(self, question: Question, grams: float) -> Portion | Question:
        """The answer to an amount question: the item's weight in grams."""
        if not question.choices:
            return question
        food = await self.catalog.food(question.choices[0].uid)
        if food is None:
            return replace(question, kind="food", choices=())
        return with_grams(question, food, grams)

    async def today(self, user_id: int, user: User | None = None) -> date:
        """The user's calendar day now (`user`: the record the update came with)."""
        return self.clock().astimezone(await self.zone(user_id, user)).date()

    async def zone(self, user_id: int, user: User | None = None) -> ZoneInfo:
        """The user's zone: from the record the update came with, else looked up."""
        if user is not None and user.id == user_id:
            return zone_named(user.timezone)
        return await user_zone(self.users, user_id)

    async def guessed_zone(
        self, user_id: int, entry: Entry, user: User | None = None
    ) -> datetime | None:
        """The user's now in their zone, when the zone is still the first guess (their
        language's) and `entry` is their first entry: the first /log offers /timezone."""
        if user is None or user.id != user_id:
            user = await self.users.get(user_id)
        if user is None or user.timezone != guess_from_language(user.language_code):
            return None
        if isinstance(entry.row, CreatedRow):  # just stored: its statement said
            if not entry.row.first:
                return None
        elif not await self.repository.only_entry(user_id, entry.id):
            return None
        return self.clock().astimezone(zone_named(user.timezone))

    async def instant(self, user_id: int, when: When, user: User | None = None) -> datetime | None:
        """The instant a /log's words say it was eaten, in the user's zone (None: now);
        `WhenError` for a moment still to come or too far back."""
        return when.instant(self.clock().astimezone(await self.zone(user_id, user)))

    async def log(
        self,
        user_id: int,
        portions: Sequence[Portion],
        *,
        meal: Meal | None,
        description: str,
        key: str,
        days_ago: int = 0,
        at: datetime | None = None,
        user: User | None = None,
        joined: Callable[[date], Sequence[Joined]] | None = None,
        forget: bool = True,
    ) -> Entry:
        """Store an entry of these portions once per key (the meal from the user's local time
        when not given), eaten `at` (by default `days_ago` days before now); return it as
        stored. `user` is the record the update came with (else it is looked up); `joined`
        gives what is written in the same transaction, from the entry's local day (the XP
        it pays); `forget=False`: the caller refreshes what is cached of the user's entries
        (`MealRepository.create`)."""
        now = at or self.clock() - timedelta(days=days_ago)
        local = now.astimezone(await self.zone(user_id, user))
        stored = await self.repository.create(
            user_id,
            portions,
            meal=str(meal or meal_at(local.time())),
            description=description[:MAX_DESCRIPTION],
            at=now,
            day=local.date(),
            key=key,
            logged=self.clock(),
            joined=() if joined is None else joined(local.date()),
            forget=forget,
        )
        if isinstance(stored, EntryRow):  # new: its items are the portions, as stored
            return Entry(stored, tuple(item_row(p) for p in sorted(portions, key=_position)))
        entry = await self.entry(user_id, stored)  # a retry: the entry as the first try left it
        assert entry is not None  # stored, and only its owner deletes it
        return entry

    async def replace_item(
        self, user_id: int, entry_id: int, portion: Portion, key: str | None = None
    ) -> Entry | None:
        """Another food for the item at the portion's position ("Not this?", or an edit,
        once per `key`); None if the entry is gone (deleted, or not theirs)."""
        if not await self.repository.replace_item(user_id, entry_id, portion, key):
            return None
        return await self.entry(user_id, entry_id)

    async def add(self, user_id: int, entry_id: int, *portions: Portion) -> Entry | None:
        """Add answered items (or an edit's additions) to the user's entry; None if it is
        gone (deleted)."""
        if portions and not await self.repository.add_items(user_id, entry_id, portions):
            return None
        return await self.entry(user_id, entry_id)

    async def rework(
        self,
        user_id: int,
        entry_id: int,
        items: Sequence[ItemRow],
        portions: Sequence[Portion],
        key: str,
    ) -> Entry | None:
        """An edit: `items` out of the user's entry and `portions` in, at once and once per
        `key`; None if the entry is gone (deleted)."""
        positions = [item.position for item in items]
        if not await self.repository.rework_items(user_id, entry_id, positions, portions, key):
            return None
        return await self.entry(user_id, entry_id)

    async def replace(
        self, user_id: int, entry_id: int, portions: Sequence[Portion], text: str, key: str
    ) -> Entry | None:
        """An edit (once per `key`): these portions become the entry's items; None if it is
        not theirs."""
        done = await self.repository.replace_items(
            user_id, entry_id, portions, text[:MAX_DESCRIPTION], key
        )
        return await self.entry(user_id, entry_id) if done else None

    async def entry(self, user_id: int, entry_id: int) -> Entry | None:
        """The user's entry with its items; None if there is no such entry of theirs."""
        row = await self.repository.entry(user_id, entry_id)
        if row is None:
            return None
        return Entry(row, tuple(await self.repository.items(user_id, entry_id)))

    async def delete(self, user_id: int, entry_id: int) -> bool:
        """Delete the user's entry (Undo restores it); False if it is not theirs."""
        return await self.repository.set_deleted(user_id, entry_id, True, at=self.clock())

    async def restore(self, user_id: int, entry_id: int) -> bool:
        """Bring back a deleted entry of the user's; False if it is not theirs."""
        return await self.repository.set_deleted(user_id, entry_id, False)

    async def move_to_day(self, user_id: int, entry_id: int, day: date) -> Entry | None:
        """Move the user's entry to another of their days, at the same time of day (at most
        now); None if it is gone (deleted, or not theirs). ValueError for a day to come."""
        entry = await self.entry(user_id, entry_id)
        if entry is None or entry.row.deleted:
            return None
        zone = await user_zone(self.users, user_id)
        now = self.clock().astimezone(zone)
        if day > now.date():
            raise ValueError(f"{day} is still to come")
        at = datetime.combine(day, entry.row.eaten_at.astimezone(zone).time(), tzinfo=zone)
        if not await self.repository.move(user_id, entry_id, min(at, now), day):
            return None
        return await self.entry(user_id, entry_id)

    async def set_meal(self, user_id: int, entry_id: int, meal: Meal) -> bool:
        """Move the user's entry to another meal; False if it is not theirs. An entry whose
        time is no time of the new meal's moves to that meal's usual time on its day (at
        most now): a lunch said to be the breakfast was eaten before the lunches, and
        /history lists it so."""
        if not await self.repository.set_meal(user_id, entry_id, str(meal)):
            return False
        entry = await self.entry(user_id, entry_id)
        if meal not in MEAL_TIMES or entry is None or entry.row.deleted:
            return True
        zone = await user_zone(self.users, user_id)
        eaten = entry.row.eaten_at.astimezone(zone)
        if meal_at(eaten.time()) is not meal:
            at = datetime.combine(eaten.date(), MEAL_TIMES[meal], tzinfo=zone)
            await self.repository.move(user_id, entry_id, min(at, self.clock()), eaten.date())
        return True

    async def history(
        self, user_id: int, *, offset: int = 0, limit: int = HISTORY_PAGE
    ) -> list[EntryRow]:
        """The user's entries, newest first."""
        return await self.repository.history(user_id, offset=max(0, offset), limit=limit)

    async def day(
        self, user_id: int, day: date | None = None, user: User | None = None,
        reply_to: int | None = None,
    ) -> DaySummary:  # fmt: skip
        """The user's day (today by default): per meal, in all, against the targets
        (`user`: the record the update came with; `reply_to`: the chat the caller sends the
        day to next, before any other reply: that reply's in-flight record is written by
        the day's read)."""
        zone = await self.zone(user_id, user)
        day = day or self.clock().astimezone(zone).date()
        # One after the other: the targets and units are the cached profile's (a local hit
        # but once an hour), and a task each to await them beside the query cost more CPU
        # than they saved (asyncio.gather: three tasks for every /today).
        targets = await self.targets.targets(user_id)
        profile = await self.targets.profile(user_id)
        reply = None if reply_to is None else next_reply_mark(reply_to)
        rows, water_ml = await self.repository.day_totals(user_id, day, reply)
        meals = {Meal(row.key): nutrients(row) for row in rows}
        return DaySummary(
            day=day,
            meals={meal: meals[meal] for meal in Meal if meal in meals},
            entries=sum(row.entries for row in rows),
            total=total(list(meals.values())),
            targets=targets,
            water_ml=water_ml,
            units="metric" if profile is None else profile.units,
            timezone=zone.key,
            stones=profile is not None and profile.weight_in_stones,
        )

    async def units(self, user_id: int) -> Units:
        """The user's units, which food amounts are shown in: metric until their profile
        says otherwise."""
        profile = await self.targets.profile(user_id)
        return units_of(None if profile is None else profile.units)

    async def volume_units(self, user_id: int) -> VolumeUnits:
        """How volumes read to the user (a recipe's parts on a card): ml, or US fluid
        ounces for an imperial user who is not British (`healthbot.measures.volume_units`)."""
        profile = await self.targets.profile(user_id)
        if profile is None or units_of(profile.units) == "metric":
            return "ml"
        zone = await self.zone(user_id)
        return volume_units(profile.units, zone.key, profile.weight_in_stones)

    async def week(self, user_id: int) -> WeekSummary:
        """The user's last seven days, today included."""
        last = await self.today(user_id)
        first = last - timedelta(days=WEEK_DAYS - 1)
        rows = {row.key: nutrients(row) for row in await self.repository.days(user_id, first, last)}
        days = tuple(
            (day, rows.get(day.isoformat(), Nutrients()))
            for day in (first + timedelta(days=n) for n in range(WEEK_DAYS))
        )
        return WeekSummary(days, await self.targets.targets(user_id))
