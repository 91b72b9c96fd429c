"""Packaged foods by barcode: memory and Redis, then PostgreSQL, then Open Food Facts.

A product read from OFF is kept in `food_products` for 30 days and in the cache tiers as
long (an unknown code, a day), so that a product scanned often costs one request a month
and a scan answers from Redis. After OFF failed, it is left alone for `PAUSE` seconds: a
scan meanwhile is told at once that the lookup is unavailable, instead of waiting out the
timeouts again (without network, every scan would hang that long).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from typing import Final

from healthbot.cache import Cache, JsonCodec, Namespace, cached
from healthbot.db import Database
from healthbot.errors import HealthbotError
from healthbot.food.off import OffClient, OffError, OffProduct
from healthbot.localtime import utc_now

PRODUCTS = Namespace("products", ttl=30 * 86_400, negative_ttl=86_400)
"""Products by barcode (None: OFF has no such product)."""
KEPT: Final = timedelta(days=30)
UNKNOWN_KEPT: Final = timedelta(days=1)
PAUSE: Final = 60.0
"""Seconds OFF is not asked after a failure."""

_READ = """
SELECT code, found, name, kcal, protein_g, carbs_g, fat_g, fiber_g, sugars_g, sodium_mg,
       serving_g, fetched_at
FROM food_products WHERE code = %(code)s
"""
_WRITE = """
INSERT INTO food_products (code, found, name, kcal, protein_g, carbs_g, fat_g, fiber_g,
                           sugars_g, sodium_mg, serving_g, fetched_at)
VALUES (%(code)s, %(found)s, %(name)s, %(kcal)s, %(protein_g)s, %(carbs_g)s, %(fat_g)s,
        %(fiber_g)s, %(sugars_g)s, %(sodium_mg)s, %(serving_g)s, %(fetched_at)s)
ON CONFLICT (code) DO UPDATE SET
    found = EXCLUDED.found, name = EXCLUDED.name, kcal = EXCLUDED.kcal,
    protein_g = EXCLUDED.protein_g, carbs_g = EXCLUDED.carbs_g, fat_g = EXCLUDED.fat_g,
    fiber_g = EXCLUDED.fiber_g, sugars_g = EXCLUDED.sugars_g,
    sodium_mg = EXCLUDED.sodium_mg, serving_g = EXCLUDED.serving_g,
    fetched_at = EXCLUDED.fetched_at
"""


class ProductsUnavailable(HealthbotError):
    """Open Food Facts cannot be asked now (down, unreachable, or not configured)."""


@dataclass(frozen=True, slots=True)
class _Row:
    code: str
    found: bool
    name: str | None
    kcal: float | None
    protein_g: float | None
    carbs_g: float | None
    fat_g: float | None
    fiber_g: float | None
    sugars_g: float | None
    sodium_mg: float | None
    serving_g: float | None
    fetched_at: datetime

    def product(self) -> OffProduct | None:
        if not self.found or self.name is None:
            return None
        return OffProduct(
            self.code, self.name, self.kcal, self.protein_g, self.carbs_g, self.fat_g,
            self.fiber_g, self.sugars_g, self.sodium_mg, self.serving_g,
        )  # fmt: skip


class Products:
    """Products by barcode, read through the cache tiers and the `food_products` table."""

    def __init__(
        self,
        db: Database,
        cache: Cache,
        client: OffClient | None,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self.db = db
        self.cache = cache
        self.client = client
        self.clock = clock
        self._paused_until = 0.0

    async def close(self) -> None:
        """Close the OFF client's session."""
        if self.client is not None:
            await self.client.close()

    @cached(PRODUCTS, key=lambda code: code, codec=JsonCodec.optional(OffProduct))
    async def product(self, code: str) -> OffProduct | None:
        """The product with this barcode; None if OFF has none. `ProductsUnavailable` when
        it is not kept here and OFF cannot be asked."""
        row = await self.db.fetch_one("product_read", _READ, {"code": code}, _Row)
        now = self.clock()
        if row is not None and now - row.fetched_at < (KEPT if row.found else UNKNOWN_KEPT):
            return row.product()
        if self.client is None or time.monotonic() < self._paused_until:
            raise ProductsUnavailable("Open Food Facts is not asked now")
        try:
            product = await self.client.product(code)
        except OffError as error:
            self._paused_until = time.monotonic() + PAUSE
            raise ProductsUnavailable(str(error)) from None
        fields = asdict(product) if product is not None else {"code": code, "name": None}
        params = {key: fields.get(key) for key in _Row.__dataclass_fields__}
        params |= {"found": product is not None, "fetched_at": now}
        await self.db.execute("product_write", _WRITE, params)
        return product
