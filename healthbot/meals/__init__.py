"""Meal logging: /log on the embedded USDA table, its questions and buttons, /today, /week,
/history. The food database itself (table, search, parser, units) is `healthbot.food`."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Mapping

from healthbot.feature import Core, Dependencies, Feature, JobContext
from healthbot.food.fdc import NUTRITION, FdcClient
from healthbot.food.off import OffClient
from healthbot.food.prebuilt import FILE_NAME as PREBUILT_FILE
from healthbot.food.products import PRODUCTS, Products
from healthbot.food.repository import FOOD_TABLES
from healthbot.gamification import GamificationService
from healthbot.localdays import follow_zone
from healthbot.meals.cards import DESTINY
from healthbot.meals.dialog import open_card
from healthbot.meals.edits import CommandsEndEdits
from healthbot.meals.foods import FoodsNotReady
from healthbot.meals.logbook import MealLogbook
from healthbot.meals.products import ProductCatalog, ProductUnknown
from healthbot.meals.recents import Recent
from healthbot.meals.recents_cache import RECENTS
from healthbot.meals.redraw import redraw_shown
from healthbot.meals.repository import MealRepository
from healthbot.meals.router import build_router
from healthbot.meals.saved import SAVED
from healthbot.meals.service import MealService
from healthbot.meals.shortcuts import MealShortcuts
from healthbot.meals.taps import NAMING
from healthbot.meals.texts import TEXTS
from healthbot.profile import ProfileService
from healthbot.tables import Report, Table

# What other features use (healthbot.barcodes: a product logged as /log logs a food).
__all__ = [
    "FEATURE", "MealService", "MealShortcuts", "ProductCatalog", "ProductUnknown", "Recent",
    "open_card",
]  # fmt: skip


def _provide(core: Core) -> Mapping[str, object]:
    # An entry's day is the user's day of the instant eaten, in their zone as it is now.
    core.users.on_timezone_change(follow_zone("food_entries", "eaten_at"))
    products = Products(core.db, core.cache, off_client(core))
    prebuilt = core.settings.data_dir / PREBUILT_FILE
    catalog = ProductCatalog(core.db, fdc_client(core), products, prebuilt)
    catalog.ready_timeout = core.settings.food.ready_wait_seconds
    profiles = ProfileService(core.users)
    meals = MealService(catalog, MealRepository(core.db, core.cache), core.users, profiles)
    shortcuts = MealShortcuts.of(meals, core.cache)
    return {"meals": meals, "shortcuts": shortcuts, "products": catalog}


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


def off_client(core: Core) -> OffClient:
    """The Open Food Facts client (barcodes): no key, a User-Agent naming the operator."""
    food = core.settings.food
    return OffClient(
        food.off_base_url,
        food.off_contact,
        timeout=food.off_timeout_seconds,
        attempts=food.off_attempts,
    )


async def load_foods(context: JobContext) -> None:
    """Soon after start, in the background: the food table (loaded when the package's data
    changed) and the search index."""
    meals = context.dependencies.get(MealService)
    # At once by default; a /log sent before the load starts it anyway.
    await asyncio.sleep(context.core.settings.food.load_delay_seconds)
    with contextlib.suppress(FoodsNotReady):  # logged; the next /log tries again
        await meals.catalog.load()


async def prepare_foods(dependencies: Dependencies) -> None:
    """Before the daemon serves: the food search, when an earlier start kept it current."""
    await dependencies.get(MealService).catalog.prepare()


async def close_foods(dependencies: Dependencies) -> None:
    """What /log opened: a food load still running, FoodData Central's client."""
    await dependencies.get(MealService).catalog.close()


DIARY = Report(
    "diary",
    "SELECT e.local_date AS date,"
    " to_char(e.eaten_at AT TIME ZONE coalesce((SELECT name FROM pg_timezone_names"
    "  WHERE name = u.timezone), 'UTC'), 'HH24:MI') AS time,"
    " e.meal, i.typed AS as_typed, i.food_name AS food, i.grams, i.kcal, i.protein_g,"
    " i.carbs_g, i.fat_g"
    " FROM food_entries e JOIN food_entry_items i ON i.entry_id = e.id"
    " JOIN users u ON u.id = e.user_id"
    " WHERE e.user_id = %(id)s AND e.deleted_at IS NULL"
    " ORDER BY e.eaten_at, e.id, i.position",
)
"""/export's food diary: a row per item eaten, in the user's own day and time."""


FEATURE = Feature(
    name="meals",
    router=build_router,
    texts=TEXTS,
    provide=_provide,
    middlewares=lambda dependencies: (CommandsEndEdits(),),
    jobs=(load_foods,),
    prepare=prepare_foods,
    close=close_foods,
    dialogs=(DESTINY, NAMING),
    cache_namespaces=(NUTRITION, SAVED, PRODUCTS, RECENTS),
    tables=(
        Table("food_entries"),
        Table("food_entry_items"),
        Table("food_entry_edits", export=False),  # which edits were written: bookkeeping
        Table("saved_meals"),
        *FOOD_TABLES,
        Table("food_products", None, export=False),  # Open Food Facts' products: no one's
    ),
    reports=(DIARY,),
    logbooks=lambda dependencies: (
        MealLogbook.of(
            dependencies.get(MealService).repository,
            dependencies.find(GamificationService),
            lambda: dependencies.get(MealService).clock(),  # the service's, as set when read
            lambda seen, state, entry_id: redraw_shown(
                seen, state, dependencies.get(MealService), entry_id
            ),
        ),
    ),
)
