"""The model's pick among the food table's candidates, with the fake model over HTTP and the
real services: an item log_food cannot place goes to the model with the table's candidates
and their measures; the model picks one and an amount, or says none fit. The energy stored
is always the table's for that amount, never a number the model sends."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from pydantic import SecretStr

from healthbot.app import App
from healthbot.cache import Cache, connect_redis
from healthbot.coach.agent import CoachService
from healthbot.coach.llm import ModelClient
from healthbot.coach.preferences import PreferenceRepository
from healthbot.coach.prompt import Context
from healthbot.coach.repository import CoachRepository
from healthbot.coach.tools import Services, Toolbox
from healthbot.config import AnthropicSettings
from healthbot.db import Database
from healthbot.localtime import utc_now
from healthbot.meals.foods import FoodCatalog
from healthbot.meals.repository import ItemRow
from healthbot.meals.service import Entry
from healthbot.ops import OpKey
from healthbot.users import UserRepository
from loadgen.anthropic import FakeAnthropic
from tests.support.coach import KEY, coach_settings, real_services
from tests.support.daemon import RunningBot, bot_settings
from tests.support.databases import create_database, drop_database
from tests.support.meals import Logged
from tests.support.telegram import TOKEN, ForgingTelegram, shown
from tests.support.users import new_user_id
from tests.support.waiting import until

Offered = dict[str, Any]
"""An item of log_food's result that it could not place (one of `not_placed`)."""
Pick = Callable[[Offered], dict[str, Any]]
"""The pick_food input the model sends for an offered item, besides the item's number."""


@pytest.fixture(scope="module")
async def model() -> AsyncIterator[FakeAnthropic]:
    async with FakeAnthropic(KEY) as fake:
        yield fake


@pytest.fixture
async def coach(
    model: FakeAnthropic, shared_db: Database, redis_url: str
) -> AsyncIterator[CoachService]:
    settings = AnthropicSettings(
        api_key=SecretStr(KEY), base_url=model.base_url, max_retries=0, answer_seconds=30.0
    )
    client = connect_redis(redis_url, timeout=0.25)
    cache = Cache(client)
    coach = CoachService(
        settings, ModelClient(settings), CoachRepository(shared_db, cache),
        PreferenceRepository(shared_db, cache),
    )  # fmt: skip
    try:
        yield coach
    finally:
        model.after_tools = None
        await coach.client.close()
        await client.aclose()


@pytest.fixture
def services(catalog: FoodCatalog, users: UserRepository) -> Services:
    return real_services(catalog, users)


@dataclass
class Picker:
    """The model's pick for each item offered: the candidate `choose` gives, with `amount`
    (and whatever else) as the rest of the input; the uids picked, in order."""

    choose: Callable[[Offered], Offered]
    amount: dict[str, Any]
    uids: list[str] = field(default_factory=list)

    def __call__(self, item: Offered) -> dict[str, Any]:
        self.uids.append(self.choose(item)["uid"])
        return {"uid": self.uids[-1], **self.amount}


def first(item: Offered) -> Offered:
    """The table's best candidate."""
    return dict(item["candidates"][0])


def with_slice(item: Offered) -> Offered:
    """The first candidate with a slice among its measures."""
    return next(
        c for c in item["candidates"] if any(m["measure"] == "1 slice" for m in c["measures"])
    )


def picking(pick: Pick, times: int = 1) -> Callable[[list[str]], list[tuple[str, dict[str, Any]]]]:
    """The model's answer to tool results: pick_food for each item log_food could not place,
    as `pick` says (`times` over); after pick_food, words."""

    def after(results: list[str]) -> list[tuple[str, dict[str, Any]]]:
        offered = [item for text in results for item in _not_placed(text)]
        return [("pick_food", {"item": item["item"], **pick(item)}) for item in offered] * times

    return after


def _not_placed(text: str) -> list[Offered]:
    try:
        result = json.loads(text)
    except ValueError:
        return []  # an error text
    return list(result.get("not_placed", [])) if isinstance(result, dict) else []


async def logged(
    coach: CoachService, model: FakeAnthropic, services: Services, text: str, pick: Pick,
    *, times: int = 1,
) -> tuple[Toolbox, list[Entry]]:  # fmt: skip
    """A new user's `text` answered, the model picking as `pick` says (`times` over): the
    answer's toolbox, and the user's entries as stored."""
    model.after_tools = picking(pick, times)
    user_id = new_user_id()
    await services.profiles.users.register(user_id, first_name="T", username=None, last_name=None,
                                     language_code="en")  # fmt: skip
    box = Toolbox(user_id, OpKey.for_update(user_id), services)
    await answer(coach, box, text)
    return box, await stored(services, user_id)


async def answer(coach: CoachService, box: Toolbox, text: str) -> None:
    context = Context(
        name="T", now=utc_now(), profile=None, today=None, preferences=(), memories=()
    )
    answered = await coach.answer(text, context, box, on_text=lambda _: None)
    assert answered.ok, answered


def pick_results(model: FakeAnthropic) -> list[dict[str, Any]]:
    """The tool results the model was last sent (the picks', in these tests)."""
    body = model.requests[-1].body
    return [b for b in body["messages"][-1]["content"] if b["type"] == "tool_result"]


async def stored(services: Services, user_id: int) -> list[Entry]:
    """The user's entries with their items, as the database has them."""
    found = []
    for row in await services.meals.history(user_id):
        entry = await services.meals.entry(user_id, row.id)
        assert entry is not None
        found.append(entry)
    return found


async def slices(catalog: FoodCatalog, uid: str, count: float) -> float:
    """The grams of `count` slices of food `uid` by the table."""
    [grams] = [g / n for n, measure, g in await catalog.measures(uid) if measure == "slice"]
    return count * grams


async def assert_the_tables(catalog: FoodCatalog, item: ItemRow, uid: str, grams: float) -> None:
    """The item is `grams` of food `uid`, with the table's energy and protein for them."""
    food = await catalog.food(uid)
    assert food is not None and food.kcal is not None and food.protein_g is not None
    assert (item.usda_id, float(item.grams)) == (uid, pytest.approx(grams))
    assert float(item.kcal) == pytest.approx(food.kcal * grams / 100, abs=0.01)
    assert float(item.protein_g) == pytest.approx(food.protein_g * grams / 100, abs=0.01)


async def test_two_slices_the_model_picks_get_the_tables_energy_in_the_same_entry(
    coach: CoachService, model: FakeAnthropic, services: Services, catalog: FoodCatalog
) -> None:
    pick = Picker(with_slice, {"measure": "slice", "count": 2})
    text = "I ate 2 eggs and 2 slices of pie"
    box, [entry] = await logged(coach, model, services, text, pick)
    [uid] = pick.uids  # the eggs were placed by the table, the pie offered
    eggs, pie = entry.items
    await assert_the_tables(catalog, pie, uid, await slices(catalog, uid, 2))
    assert float(entry.row.kcal) == pytest.approx(float(eggs.kcal + pie.kcal))
    assert box.questions == []  # answered: the user is not asked about the pie
    assert [e.id for e in box.entries] == [entry.id]  # shown once, with both items


async def test_150_g_the_model_picks_start_the_entry_when_nothing_else_was_placed(
    coach: CoachService, model: FakeAnthropic, services: Services, catalog: FoodCatalog
) -> None:
    pick = Picker(first, {"grams": 150})
    box, [entry] = await logged(coach, model, services, "I ate some cake", pick)
    [cake] = entry.items
    await assert_the_tables(catalog, cake, pick.uids[0], 150)
    assert entry.row.description == "I ate some cake"
    assert box.questions == [] and [e.id for e in box.entries] == [entry.id]


async def test_a_pick_without_an_amount_takes_the_amount_typed_by_the_table(
    coach: CoachService, model: FakeAnthropic, services: Services, catalog: FoodCatalog
) -> None:
    pick = Picker(with_slice, {})
    _, [entry] = await logged(coach, model, services, "I ate 2 slices of pie", pick)
    [pie] = entry.items
    await assert_the_tables(catalog, pie, pick.uids[0], await slices(catalog, pick.uids[0], 2))


async def test_calories_the_model_sends_are_ignored_for_the_tables(
    coach: CoachService, model: FakeAnthropic, services: Services, catalog: FoodCatalog
) -> None:
    own_numbers = {"grams": 150, "kcal": 1, "kcal_per_100g": 1, "protein_g": 99}
    pick = Picker(first, own_numbers)
    _, [entry] = await logged(coach, model, services, "I ate some cake", pick)
    [cake] = entry.items
    await assert_the_tables(catalog, cake, pick.uids[0], 150)
    [result] = pick_results(model)
    assert json.loads(result["content"])["kcal"] == round(float(cake.kcal))


async def test_an_item_picked_twice_is_stored_once(
    coach: CoachService, model: FakeAnthropic, services: Services
) -> None:
    pick = Picker(first, {"grams": 100})
    _, [entry] = await logged(coach, model, services, "I ate some cake", pick, times=2)
    once, twice = pick_results(model)
    assert not once["is_error"] and twice["is_error"] and "already logged" in twice["content"]
    assert len(entry.items) == 1


@pytest.mark.parametrize(
    ("pick", "refusal"),
    [
        pytest.param(lambda item: {"uid": "01123"}, "not a candidate", id="a food not offered"),
        pytest.param(lambda item: {"uid": "cake", "grams": 100}, "not a candidate", id="a name"),
        pytest.param(Picker(first, {"measure": "wheel"}), "not one of the measures",
                     id="a measure not offered"),
        pytest.param(Picker(first, {"grams": 9000}), "between", id="more than one sitting"),
    ],
)  # fmt: skip
async def test_a_pick_outside_what_was_offered_is_refused_and_stores_nothing(
    coach: CoachService, model: FakeAnthropic, services: Services, pick: Pick, refusal: str
) -> None:
    box, entries = await logged(coach, model, services, "I ate some cake", pick)
    [result] = pick_results(model)
    assert result["is_error"] and refusal in result["content"]
    assert entries == []
    [(understood, entry_id)] = box.questions  # the user is asked, as without a pick
    assert (len(understood.questions), entry_id) == (1, None)


async def test_none_fit_stores_nothing_and_leaves_the_item_to_the_user(
    coach: CoachService, model: FakeAnthropic, services: Services
) -> None:
    none_fit: Pick = lambda item: {"none_fit": True}  # noqa: E731 - named for the reader
    box, [entry] = await logged(coach, model, services, "I ate 2 eggs and some cake", none_fit)
    [result] = pick_results(model)
    assert not result["is_error"]
    assert len(entry.items) == 1  # the eggs alone
    [(understood, entry_id)] = box.questions
    assert ([q.food for q in understood.questions], entry_id) == (["cake"], entry.id)


async def test_a_retried_answer_replays_the_pick_and_stores_it_once(
    coach: CoachService, model: FakeAnthropic, services: Services
) -> None:
    box, _ = await logged(coach, model, services, "I ate some cake", Picker(first, {"grams": 80}))
    asked = len(model.requests)
    again = Toolbox(box.user_id, box.op, services)  # the same update, after a crash
    await answer(coach, again, "I ate some cake")
    assert len(model.requests) == asked  # the stored rounds, not the model again
    [entry] = await stored(services, box.user_id)
    assert len(entry.items) == 1 and [e.id for e in again.entries] == [entry.id]
    assert again.questions == []


# -- through the daemon ------------------------------------------------------------------------


@pytest.fixture(scope="module")
async def daemon(
    tmp_path_factory: pytest.TempPathFactory, postgres_admin_url: str, redis_url: str,
    model: FakeAnthropic,
) -> AsyncIterator[Logged]:  # fmt: skip
    url = create_database(postgres_admin_url)
    try:
        async with ForgingTelegram(TOKEN) as fake:
            base = bot_settings(tmp_path_factory.mktemp("pick"), url, redis_url, fake.base_url)
            settings = coach_settings(base, model.base_url)
            memory = settings.memory.model_copy(update={"enabled": False})  # not needed here
            settings = settings.model_copy(update={"memory": memory})
            async with App(settings, TOKEN) as app, app.serving():
                yield Logged(RunningBot(fake, app), fake, url)
    finally:
        drop_database(postgres_admin_url, url)


async def test_the_user_sees_the_picked_item_in_the_entry_and_is_asked_about_the_rest(
    daemon: Logged, model: FakeAnthropic, catalog: FoodCatalog
) -> None:
    pie = Picker(with_slice, {"measure": "1 slice", "count": 2})
    model.after_tools = picking(
        lambda item: pie(item) if "pie" in item["typed"] else {"none_fit": True}
    )
    uid = new_user_id()
    try:
        daemon.fake.send_text(daemon.user(uid), "I ate 2 eggs, 2 slices of pie and some cake")
        await until(lambda: asking(daemon, uid, "cake"), timeout=90, what="the cake asked")
    finally:
        model.after_tools = None
    [(_, _, deleted, items)] = await daemon.entries(uid)
    assert (deleted, items) == (False, 2)  # the eggs and the pie; the cake is asked
    [(kcal,)] = await daemon.rows(
        "SELECT kcal FROM food_entry_items WHERE user_id = %s AND usda_id = %s", uid, pie.uids[0]
    )
    food = await catalog.food(pie.uids[0])
    assert food is not None and food.kcal is not None
    grams = await slices(catalog, pie.uids[0], 2)
    assert float(kcal) == pytest.approx(food.kcal * grams / 100, abs=0.01)
    entry = next(m for m in daemon.fake.sent(uid, "sendMessage") if "Total:" in shown(m))
    assert "pie" in shown(entry).lower() and entry.reply_markup


def asking(daemon: Logged, user_id: int, food: str) -> bool:
    """Whether the bot has sent the user a question with buttons that names `food`."""
    return any(
        food in shown(m).lower() and m.reply_markup and "Total:" not in shown(m)
        for m in daemon.fake.sent(user_id, "sendMessage")
    )
