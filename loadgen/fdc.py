"""A fake USDA FoodData Central API server, for the FDC client's tests.

It answers `GET /fdc/v1/foods/search` and `GET /fdc/v1/food/{id}` in FDC's own JSON shapes
(a search hit carries `foodNutrients` with `nutrientId`/`value` and `foodMeasures`; a food's
details `foodNutrients` with `nutrient.id`/`amount` and `foodPortions`), from a few foods
that the embedded SR24 table lacks. Like api.data.gov it wants the key in `X-Api-Key` (or
`api_key`), and answers 403 without it. Tests shape the faults: `rate_limited` answers
(429, OVER_RATE_LIMIT) with or without Retry-After, `failures` (500), and `delay` seconds
before each answer; `requests` records what was asked (the key redacted).
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any, Final

from aiohttp import web

from healthbot.offline.server import FakeServer

JsonDict = dict[str, Any]

_ENERGY, _PROTEIN, _FAT, _CARBS, _FIBER = 1008, 1003, 1004, 1005, 1079


@dataclass(frozen=True, slots=True)
class FdcItem:
    """A food the fake knows: nutrients per 100 g and portions as (text, grams)."""

    fdc_id: int
    description: str
    kcal: float
    protein: float
    fat: float
    carbs: float
    fiber: float
    portions: tuple[tuple[str, float], ...]
    data_type: str = "Survey (FNDDS)"

    def nutrients(self) -> list[tuple[int, float]]:
        return [
            (_ENERGY, self.kcal), (_PROTEIN, self.protein), (_FAT, self.fat),
            (_CARBS, self.carbs), (_FIBER, self.fiber),
        ]  # fmt: skip

    def search_hit(self) -> JsonDict:
        return {
            "fdcId": self.fdc_id,
            "description": self.description,
            "dataType": self.data_type,
            "foodNutrients": [
                {"nutrientId": ident, "nutrientName": str(ident), "unitName": "G", "value": v}
                for ident, v in self.nutrients()
            ],
            "foodMeasures": [
                {"disseminationText": text, "gramWeight": grams} for text, grams in self.portions
            ],
        }

    def details(self) -> JsonDict:
        return {
            "fdcId": self.fdc_id,
            "description": self.description,
            "dataType": self.data_type,
            "foodNutrients": [
                {"nutrient": {"id": ident, "name": str(ident)}, "amount": v}
                for ident, v in self.nutrients()
            ],
            "foodPortions": [
                {"portionDescription": text, "gramWeight": grams, "amount": 1}
                for text, grams in self.portions
            ],
        }


FOODS: Final = (
    FdcItem(2705430, "Nasi goreng", 168.0, 6.3, 6.9, 20.4, 1.2,
            (("1 cup", 198.0), ("1 plate", 350.0))),
    FdcItem(2707321, "Pad thai with chicken", 180.0, 9.8, 7.4, 19.1, 1.3,
            (("1 cup", 200.0),)),
    FdcItem(2708112, "Bibimbap", 132.0, 7.0, 4.1, 17.0, 1.9, (("1 bowl", 450.0),)),
    FdcItem(2708207, "Japchae", 155.0, 3.5, 5.6, 23.5, 1.3, (("1 bowl", 300.0),)),
    # A branded label with a typo, as FDC has some: 5,000 kcal per 100 g.
    FdcItem(2709999, "Bibimbap sauce, typo brand", 5000.0, 1.0, 1.0, 50.0, 0.0,
            (("1 tbsp", 15.0),), "Branded"),
)  # fmt: skip


@dataclass
class FdcFaults:
    """What the fake does wrong: its next `rate_limited` answers are 429 (with Retry-After
    `retry_after` seconds, or none if None), its next `failures` are 500s, and every answer
    waits `delay` seconds first."""

    rate_limited: int = 0
    retry_after: float | None = None
    failures: int = 0
    delay: float = 0.0


@dataclass
class FdcRequest:
    """One request the fake received."""

    path: str
    query: dict[str, str]
    keyed: bool  # whether it carried an API key (never recorded itself)


class FakeFdc(FakeServer):
    """The fake FDC API on loopback; `base_url` is what the client's `fdc_base_url` takes."""

    name = "fake FDC"

    def __init__(self, api_key: str = "fdc-test-key", host: str = "127.0.0.1", port: int = 0):
        super().__init__(host, port)
        self.api_key = api_key
        self.faults = FdcFaults()
        self.foods = {food.fdc_id: food for food in FOODS}
        self.requests: list[FdcRequest] = []

    @property
    def api_url(self) -> str:
        """The base URL the client is configured with (FDC's own ends in /fdc/v1)."""
        return self.base_url + "/fdc/v1"

    def _app(self) -> web.Application:
        app = web.Application()
        app.router.add_get("/fdc/v1/foods/search", self._search)
        app.router.add_get("/fdc/v1/food/{fdc_id}", self._food)
        return app

    async def _fault(self, request: web.Request) -> web.Response | None:
        key = request.headers.get("X-Api-Key") or request.query.get("api_key")
        query = {k: v for k, v in request.query.items() if k != "api_key"}
        self.requests.append(FdcRequest(request.path, query, key is not None))
        if self.faults.delay:
            await asyncio.sleep(self.faults.delay)
        if key != self.api_key:
            error = {"code": "API_KEY_INVALID", "message": "An invalid api_key was supplied."}
            return web.json_response({"error": error}, status=403)
        if self.faults.rate_limited > 0:
            self.faults.rate_limited -= 1
            headers = {}
            if self.faults.retry_after is not None:
                headers["Retry-After"] = f"{self.faults.retry_after:g}"
            error = {"code": "OVER_RATE_LIMIT", "message": "You have exceeded your rate limit."}
            return web.json_response({"error": error}, status=429, headers=headers)
        if self.faults.failures > 0:
            self.faults.failures -= 1
            return web.Response(status=500, text="internal error")
        return None

    async def _search(self, request: web.Request) -> web.Response:
        if (fault := await self._fault(request)) is not None:
            return fault
        words = request.query.get("query", "").lower().split()
        size = int(request.query.get("pageSize", "50"))
        hits = [
            food.search_hit()
            for food in self.foods.values()
            if words and all(word in food.description.lower() for word in words)
        ]
        return web.json_response({"totalHits": len(hits), "foods": hits[:size]})

    async def _food(self, request: web.Request) -> web.Response:
        if (fault := await self._fault(request)) is not None:
            return fault
        try:
            food = self.foods[int(request.match_info["fdc_id"])]
        except (KeyError, ValueError):
            return web.json_response({"error": "not found"}, status=404)
        return web.json_response(food.details())
