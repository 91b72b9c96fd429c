"""Meal logging: /log on the embedded USDA table, its questions and buttons, /today, /week,
/history. The food database itself (table, search, parser, units) is `healthbot.food`."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Mapping

from healthbot.feature import Core, Dependencies, Feature, JobContext
from healthbot.food.fdc import NUTRITION, FdcClient
from healthbot.food.repository import FOOD_TABLES
from healthbot.meals.cards import DESTINY
from healthbot.meals.foods import FoodCatalog, FoodsNotReady
from healthbot.meals.repository import MealRepository
from healthbot.meals.router import build_router
from healthbot.meals.service import MealService
from healthbot.meals.texts import TEXTS
from healthbot.profile import ProfileService
from healthbot.tables import Table


def _provide(core: Core) -> Mapping[str, object]:
    catalog = FoodCatalog(core.db, fdc_client(core))
    profiles = ProfileService(core.users)
    return {"meals": MealService(catalog, MealRepository(core.db), core.users, profiles)}


def fdc_client(core: Core) -> FdcClient | None:
    """The FoodData Central client, when the operator configured a key."""
    food = core.settings.food
    if food.fdc_api_key is None:
        return None
    return FdcClient(
        food.fdc_base_url,
        food.fdc_api_key.get_secret_value(),
        core.cache,
        timeout=food.fdc_timeout_seconds,
        attempts=food.fdc_attempts,
    )


async def load_foods(context: JobContext) -> None:
    """Soon after start, in the background: the food table (loaded when the package's data
    changed) and the search index."""
    meals = context.dependencies.get(MealService)
    # At once by default; a /log sent before the load starts it anyway.
    await asyncio.sleep(context.core.settings.food.load_delay_seconds)
    with contextlib.suppress(FoodsNotReady):  # logged; the next /log tries again
        await meals.catalog.load()


async def close_foods(dependencies: Dependencies) -> None:
    """What /log opened: a food load still running, FoodData Central's client."""
    await dependencies.get(MealService).catalog.close()


FEATURE = Feature(
    name="meals",
    router=build_router,
    texts=TEXTS,
    provide=_provide,
    jobs=(load_foods,),
    close=close_foods,
    dialogs=(DESTINY,),
    cache_namespaces=(NUTRITION,),
    tables=(Table("food_entries"), Table("food_entry_items"), *FOOD_TABLES),
)
