"""Open Food Facts (OFF): a packaged food by its barcode, for a photo of one.

`OffClient` reads one product, `GET {base}/api/v2/product/{code}.json`, asking only for the
fields meal logging needs: its name and brand, energy and macros per 100 g, and its serving
size. Operational rules:

- OFF wants a User-Agent naming the app and a contact: "healthbot/<version> (<contact>)".
- Every call has a total timeout; 5xx, 429 and network errors are retried with the shared
  backoff up to `attempts` tries; then `OffError`. OFF needs no key: nothing secret travels.
- 404 (or `status: 0`) is "no such product": None, which the caller caches too.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

import aiohttp

from healthbot import __version__
from healthbot.backoff import Backoff
from healthbot.errors import HealthbotError
from healthbot.food.jsonapi import JsonApi

FIELDS: Final = "code,product_name,brands,nutriments,serving_quantity,serving_quantity_unit"
"""What a lookup asks for (OFF's `fields`): a whole product is tens of kilobytes."""
CODE = re.compile(r"^\d{8,14}$")
"""A barcode's digits as OFF keys products: EAN-8, UPC-A (12), EAN-13, GTIN-14."""
_KJ_PER_KCAL: Final = 4.184
_MAX_KCAL: Final = 900.0
_MAX_GRAMS: Final = 100.0
_MAX_SERVING: Final = 2000.0
_SERVING_UNITS: Final = {"g", "ml"}  # per 100 ml for a drink: a millilitre taken as a gram


class OffError(HealthbotError):
    """Open Food Facts did not answer usefully (down, unreachable, refused)."""


@dataclass(frozen=True, slots=True)
class OffProduct:
    """A product: nutrients per 100 g (None: not on its label) and the serving in grams."""

    code: str
    name: str
    kcal: float | None
    protein_g: float | None
    carbs_g: float | None
    fat_g: float | None
    fiber_g: float | None
    sugars_g: float | None
    sodium_mg: float | None
    serving_g: float | None

    @property
    def uid(self) -> str:
        """Its id among the foods: "off:<code>"."""
        return f"off:{self.code}"


def user_agent(contact: str | None) -> str:
    """The User-Agent OFF asks for: the app, its version, and who runs it."""
    return f"healthbot/{__version__} ({(contact or '').strip() or 'no contact configured'})"


class OffClient:
    """Reads products from OFF; timed out, retried on 5xx, 429 and network errors."""

    def __init__(
        self,
        base_url: str,
        contact: str | None,
        *,
        timeout: float = 3.0,
        attempts: int = 2,
        backoff: Backoff | None = None,
    ) -> None:
        self._api = JsonApi(
            "Open Food Facts", base_url,
            {"User-Agent": user_agent(contact), "Accept": "application/json"},
            timeout=aiohttp.ClientTimeout(total=timeout, connect=min(timeout, 2.0)),
            attempts=attempts, backoff=backoff or Backoff(start=0.5, cap=4.0), error=OffError,
        )  # fmt: skip

    async def close(self) -> None:
        """Close the HTTP session."""
        await self._api.close()

    async def product(self, code: str) -> OffProduct | None:
        """The product with this barcode; None if OFF has none (or it has no name)."""
        if not CODE.match(code):
            raise ValueError("a barcode is 8 to 14 digits")
        data = await self._api.get(f"/api/v2/product/{code}.json", {"fields": FIELDS})
        if data is None or not isinstance(data, dict) or data.get("status") == 0:
            return None
        product = data.get("product")
        return product_of(code, product) if isinstance(product, dict) else None


def product_of(code: str, item: Mapping[str, Any]) -> OffProduct | None:
    """A product from OFF's JSON: None without a name; without nutrients when its label is
    implausible (more than 900 kcal or 100 g of a macronutrient per 100 g)."""
    name = " ".join(str(item.get("product_name") or "").split())
    brand = " ".join(str(item.get("brands") or "").split(",")[0].split())
    if not name:
        return None
    if brand and brand.lower() not in name.lower():
        name = f"{name} ({brand})"
    raw = item.get("nutriments")
    values: Mapping[str, Any] = raw if isinstance(raw, dict) else {}
    kcal = _number(values, "energy-kcal_100g")
    if kcal is None and (kj := _number(values, "energy_100g")) is not None:
        kcal = round(kj / _KJ_PER_KCAL, 1)  # OFF's "energy" is in kJ
    sodium = _number(values, "sodium_100g")  # grams
    product = OffProduct(
        code=code,
        name=name[:200],
        kcal=kcal,
        protein_g=_number(values, "proteins_100g"),
        carbs_g=_number(values, "carbohydrates_100g"),
        fat_g=_number(values, "fat_100g"),
        fiber_g=_number(values, "fiber_100g"),
        sugars_g=_number(values, "sugars_100g"),
        sodium_mg=None if sodium is None else round(sodium * 1000, 1),
        serving_g=_serving(item),
    )
    return product if _plausible(product) else _without_nutrients(product)


def _number(values: Mapping[str, Any], key: str) -> float | None:
    value = values.get(key)
    try:
        number = float(value) if isinstance(value, int | float | str) else None
    except ValueError:
        return None
    return number if number is not None and 0 <= number < float("inf") else None


def _serving(item: Mapping[str, Any]) -> float | None:
    """The serving in grams (or millilitres), when the label gives one of a plausible size."""
    unit = str(item.get("serving_quantity_unit") or "g").strip().lower()
    grams = _number(item, "serving_quantity")
    grams = None if grams is None else round(grams, 1)  # as shown; 0.03 g is no serving
    if unit not in _SERVING_UNITS or grams is None or not 0 < grams <= _MAX_SERVING:
        return None
    return grams


def _plausible(product: OffProduct) -> bool:
    """Per 100 g, no food has more than 900 kcal or 100 g of a macronutrient (a label typed
    in the wrong unit must not be logged)."""
    grams = (product.protein_g, product.carbs_g, product.fat_g)
    return (product.kcal is None or product.kcal <= _MAX_KCAL) and all(
        value is None or value <= _MAX_GRAMS for value in grams
    )


def _without_nutrients(product: OffProduct) -> OffProduct:
    return OffProduct(product.code, product.name, *(None,) * 7, serving_g=product.serving_g)
