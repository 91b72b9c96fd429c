"""USDA FoodData Central (FDC): the optional second source of foods, when a key is given.

`FdcClient` searches FDC and reads one food, with what meal logging needs: nutrients per
100 g and household measures, in the same shape as the embedded table's. Operational rules:

- The key travels in the `X-Api-Key` header (api.data.gov accepts it there), never in a URL,
  so that no exception, log line or metric label can carry it.
- Every call has a total timeout; 429 (api.data.gov's OVER_RATE_LIMIT: DEMO_KEY allows
  about 30 requests an hour, a real key 1,000) and 5xx are retried with the shared backoff
  (or the server's Retry-After, when it sends one) up to `attempts` tries; then `FdcError`.
- Answers are cached in the nutrition namespace (Redis, then memory; 24 h by default), so a
  food asked for often costs one request a day, not one per /log.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

import aiohttp

from healthbot.backoff import Backoff
from healthbot.cache import Cache, JsonCodec, Namespace, cached
from healthbot.errors import HealthbotError
from healthbot.food.jsonapi import JsonApi

NUTRITION = Namespace("nutrition", ttl=86_400)
"""FoodData Central's answers (the config's `cache.ttl_nutrition` sets the TTL)."""

# FDC nutrient ids: energy (kcal) comes as 1008, or for Foundation foods as the Atwater
# figures 2047 (general) and 2048 (specific) only.
_NUTRIENT_IDS: Final = {
    "protein_g": (1003,),
    "fat_g": (1004,),
    "carbs_g": (1005,),
    "fiber_g": (1079,),
    "sugars_g": (2000, 1063),
    "sodium_mg": (1093,),
    "kcal": (1008, 2047, 2048),
}
_SEARCH_TYPES: Final = "Foundation,SR Legacy,Survey (FNDDS),Branded"
_LEADING_AMOUNT = re.compile(r"^\s*(\d+(?:\.\d+)?|\d+/\d+)\s+(.*)$")
MAX_QUERY: Final = 100
_MAX_KCAL: Final = 900.0
_MAX_GRAMS: Final = 100.0


class FdcError(HealthbotError):
    """FoodData Central did not answer usefully (down, rate-limited, refused the key)."""


@dataclass(frozen=True, slots=True)
class FdcFood:
    """An FDC food: nutrients per 100 g (None: not given) and household measures as
    (amount, name, grams), the embedded table's shape."""

    fdc_id: int
    name: str
    data_type: str
    kcal: float | None
    protein_g: float | None
    carbs_g: float | None
    fat_g: float | None
    fiber_g: float | None
    sugars_g: float | None
    sodium_mg: float | None
    measures: tuple[tuple[float, str, float], ...]

    @property
    def uid(self) -> str:
        """Its id among the embedded table's: "fdc:<id>"."""
        return f"fdc:{self.fdc_id}"


class FdcClient:
    """Searches FDC and reads foods; cached, timed out, retried on 429 and 5xx."""

    def __init__(
        self,
        base_url: str,
        api_key: str,
        cache: Cache,
        *,
        timeout: float = 5.0,
        attempts: int = 3,
        backoff: Backoff | None = None,
    ) -> None:
        self.cache = cache
        self._api = JsonApi(
            "FDC", base_url, {"X-Api-Key": api_key, "Accept": "application/json"},
            timeout=aiohttp.ClientTimeout(total=timeout), attempts=attempts,
            backoff=backoff or Backoff(start=1.0, cap=8.0), error=FdcError,
        )  # fmt: skip

    async def close(self) -> None:
        """Close the HTTP session."""
        await self._api.close()

    @cached(NUTRITION, key=lambda query, limit=5: f"fdc:search:{limit}:{_normal(query)}",
            codec=JsonCodec(tuple[FdcFood, ...]))  # fmt: skip
    async def search(self, query: str, limit: int = 5) -> tuple[FdcFood, ...]:
        """Foods for a free-text query, FDC's best first (those without energy left out)."""
        params = {"query": _normal(query), "pageSize": str(limit), "dataType": _SEARCH_TYPES}
        data = await self._api.get("/foods/search", params)
        foods = data.get("foods") if isinstance(data, dict) else None
        if not isinstance(foods, list):
            raise FdcError("FDC search: no food list in the answer")
        found = (_food(item) for item in foods if isinstance(item, dict))
        return tuple(food for food in found if food is not None and food.kcal is not None)

    @cached(NUTRITION, key=lambda fdc_id: f"fdc:food:{fdc_id}",
            codec=JsonCodec.optional(FdcFood))  # fmt: skip
    async def food(self, fdc_id: int) -> FdcFood | None:
        """One food by its FDC id, with its portions; None if FDC has no such food."""
        data = await self._api.get(f"/food/{int(fdc_id)}", {})
        return _food(data) if isinstance(data, dict) else None


def _normal(query: str) -> str:
    return " ".join(query.lower().split())[:MAX_QUERY]


def _food(item: Mapping[str, Any]) -> FdcFood | None:
    """An FDC food from a search hit or a food's details (their shapes differ a little)."""
    try:
        fdc_id = int(item["fdcId"])
        name = str(item["description"]).strip()
    except (KeyError, TypeError, ValueError):
        return None
    values = _nutrients(item.get("foodNutrients"))
    if not _plausible(values):
        return None  # a typo in a branded label (5,000 kcal per 100 g) must not be logged
    return FdcFood(
        fdc_id=fdc_id,
        name=name[:200],
        data_type=str(item.get("dataType", "")),
        measures=_measures(item),
        **{key: _first(values, ids) for key, ids in _NUTRIENT_IDS.items()},
    )


def _nutrients(raw: object) -> dict[int, float]:
    """{nutrient id: amount per 100 g}: a search hit has nutrientId/value, a food's details
    nutrient.id/amount."""
    found: dict[int, float] = {}
    for entry in raw if isinstance(raw, list) else []:
        if not isinstance(entry, dict):
            continue
        nutrient = entry.get("nutrient")
        ident = nutrient.get("id") if isinstance(nutrient, dict) else entry.get("nutrientId")
        amount = entry.get("value", entry.get("amount"))
        if isinstance(ident, int) and isinstance(amount, int | float) and amount >= 0:
            found.setdefault(ident, float(amount))
    return found


def _plausible(values: Mapping[int, float]) -> bool:
    """Per 100 g, no food has more than 900 kcal (fat: 884) or 100 g of a macronutrient."""
    energy = _first(values, _NUTRIENT_IDS["kcal"])
    grams = [_first(values, _NUTRIENT_IDS[key]) for key in ("protein_g", "fat_g", "carbs_g")]
    return (energy is None or energy <= _MAX_KCAL) and all(
        value is None or value <= _MAX_GRAMS for value in grams
    )


def _first(values: Mapping[int, float], ids: Sequence[int]) -> float | None:
    return next((values[i] for i in ids if i in values), None)


def _measures(item: Mapping[str, Any]) -> tuple[tuple[float, str, float], ...]:
    """Household measures: a search hit's foodMeasures, a food's foodPortions, and a branded
    food's serving size."""
    found: list[tuple[float, str, float]] = []
    for entry in item.get("foodMeasures") or item.get("foodPortions") or []:
        if not isinstance(entry, dict):
            continue
        grams = entry.get("gramWeight")
        text = entry.get("disseminationText") or _portion_name(entry)
        if not isinstance(grams, int | float) or grams <= 0 or not text:
            continue
        amount, name = _split_amount(str(text), entry.get("amount"))
        found.append((amount, name, float(grams)))
    size, unit = item.get("servingSize"), str(item.get("servingSizeUnit", "")).lower()
    if isinstance(size, int | float) and size > 0 and unit in {"g", "grm"}:
        found.append((1.0, "serving", float(size)))
    return tuple(found[:20])


def _portion_name(entry: Mapping[str, Any]) -> str:
    unit = entry.get("measureUnit")
    unit_name = unit.get("name") if isinstance(unit, dict) else None
    parts = [
        str(unit_name) if unit_name and unit_name != "undetermined" else "",
        str(entry.get("modifier") or ""),
        str(entry.get("portionDescription") or ""),
    ]
    return " ".join(part for part in parts if part).strip()


def _split_amount(text: str, amount: object) -> tuple[float, str]:
    """("1 cup, chopped") -> (1.0, "cup, chopped"); the portion's amount when it has one."""
    match = _LEADING_AMOUNT.match(text)
    if match is not None:
        number, rest = match[1], match[2]
        numerator, _, denominator = number.partition("/")
        value = float(numerator) / float(denominator) if denominator.strip("0") else 0.0
        value = float(numerator) if not denominator else value
        if value > 0:
            return value, rest
    if isinstance(amount, int | float) and amount > 0:
        return float(amount), text
    return 1.0, text
