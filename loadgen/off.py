"""A fake Open Food Facts API server, for the barcode lookup's tests.

It answers `GET /api/v2/product/{code}.json` in OFF's own JSON shape (`status`,
`status_verbose`, `product` with `nutriments` per 100 g and the serving), limited to the
`fields` asked for, from a few products; an unknown code is OFF's 404 with `status: 0`.
Tests shape the faults: `failures` (500s), `delay` seconds before each answer, `down`
(every answer a 503); `requests` records what was asked and the User-Agent that asked.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any, Final

from aiohttp import web

from healthbot.offline.server import FakeServer

JsonDict = dict[str, Any]


@dataclass(frozen=True, slots=True)
class OffItem:
    """A product the fake knows: per 100 g, and its serving (None: the label gives none)."""

    code: str
    name: str
    brand: str
    kcal: float | None
    protein: float
    carbs: float
    fat: float
    serving_g: float | None
    kj_only: bool = False  # energy given only in kJ, as some labels are

    def product(self) -> JsonDict:
        nutriments: JsonDict = {
            "proteins_100g": self.protein,
            "carbohydrates_100g": self.carbs,
            "fat_100g": self.fat,
        }
        if self.kcal is not None and self.kj_only:
            nutriments["energy_100g"] = round(self.kcal * 4.184, 1)
        elif self.kcal is not None:
            nutriments["energy-kcal_100g"] = self.kcal
            nutriments["energy_100g"] = round(self.kcal * 4.184)
        found: JsonDict = {
            "code": self.code,
            "product_name": self.name,
            "brands": self.brand,
            "nutriments": nutriments,
            "quantity": "400 g",
            "ingredients_text": "a long list nobody asked for",
        }
        if self.serving_g is not None:
            found |= {
                "serving_quantity": str(self.serving_g),  # OFF sends it as a string, often
                "serving_quantity_unit": "g",
                "serving_size": f"{self.serving_g:g} g",
            }
        return found


PRODUCTS: Final = (
    OffItem("3017620422003", "Nutella", "Ferrero", 539.0, 6.3, 57.5, 30.9, 15.0),
    # A UPC-A code, kept by OFF in its 13-digit form (a leading 0).
    OffItem("0036000291452", "Chocolate chip cookies", "Crumbly", 480.0, 5.0, 66.0, 22.0, 28.0),
    # No serving on the label: the bot asks how much.
    OffItem("5449000000996", "Cola", "Fizz", 42.0, 0.0, 10.6, 0.0, None),
    # Energy in kJ only (1,673.6 kJ: 400 kcal).
    OffItem("4006381333931", "Oat crackers", "Crisp", 400.0, 10.0, 60.0, 10.0, 25.0, kj_only=True),
    # Listed, but without any energy: nothing to log.
    OffItem("7622210449283", "Mystery biscuits", "Nobody", None, 6.0, 70.0, 20.0, 30.0),
)
"""The fake's products."""


@dataclass
class OffFaults:
    """What the fake does wrong: its next `failures` answers are 500s, `down` makes every
    answer a 503, and every answer waits `delay` seconds first."""

    failures: int = 0
    down: bool = False
    delay: float = 0.0


@dataclass
class OffRequest:
    """One request the fake received."""

    path: str
    query: dict[str, str]
    user_agent: str


class FakeOff(FakeServer):
    """The fake OFF API on loopback; `base_url` is what `off_base_url` takes."""

    name = "fake Open Food Facts"

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        super().__init__(host, port)
        self.faults = OffFaults()
        self.products = {item.code: item for item in PRODUCTS}
        self.requests: list[OffRequest] = []

    def asked(self, code: str) -> int:
        """How many requests asked for this code."""
        return sum(1 for r in self.requests if r.path == f"/api/v2/product/{code}.json")

    def _app(self) -> web.Application:
        app = web.Application()
        app.router.add_get("/api/v2/product/{name}", self._product)
        return app

    async def _product(self, request: web.Request) -> web.Response:
        agent = request.headers.get("User-Agent", "")
        self.requests.append(OffRequest(request.path, dict(request.query), agent))
        if self.faults.delay:
            await asyncio.sleep(self.faults.delay)
        if self.faults.down:
            return web.Response(status=503, text="Service Unavailable")
        if self.faults.failures > 0:
            self.faults.failures -= 1
            return web.Response(status=500, text="internal error")
        code = request.match_info["name"].removesuffix(".json")
        item = self.products.get(code)
        if item is None:
            missing = {"code": code, "status": 0, "status_verbose": "product not found"}
            return web.json_response(missing, status=404)
        product = item.product()
        wanted = request.query.get("fields")
        if wanted:
            product = {k: v for k, v in product.items() if k in wanted.split(",")}
        found = {"code": code, "status": 1, "status_verbose": "product found"}
        return web.json_response(found | {"product": product})
