"""Packaged foods by barcode in meal logging: a scanned product is a food like an FDC one.

`ProductCatalog` is the food catalog with products beside the table's foods: a product's
uid is "off:<code>", its nutrients per 100 g and its serving ("1 serving") its one measure,
read through `healthbot.food.products` (cached for 30 days), so that the questions and
buttons of a card (an amount typed, "1 serving", "Not this?") work on it as on any food.
`scan` reads a barcode as /log reads a text: one serving logged when the package gives its
size, else the amount asked for as /log asks it.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Final

from healthbot.db import Database
from healthbot.errors import HealthbotError
from healthbot.food.fdc import FdcClient
from healthbot.food.off import OffProduct
from healthbot.food.products import Products, ProductsUnavailable
from healthbot.food.repository import Food
from healthbot.food.units import Unit
from healthbot.meals.answers import Amount, Choice, Question, with_grams
from healthbot.meals.foods import GRAM_AMOUNTS, FoodCatalog
from healthbot.meals.portions import MEAL_WORDS
from healthbot.meals.records import Understood
from healthbot.meals.repository import ItemRow

OFF_PREFIX: Final = "off:"
_BRAND: Final = re.compile(r"\s*\([^()]*\)\s*$")
"""The brand after a product's name, as `healthbot.food.off` writes it: "Name (Brand)"."""
PRODUCT_GROUP: Final = "Open Food Facts"
SERVING: Final = "serving"


class ProductUnknown(HealthbotError):
    """Open Food Facts has no such product, or none with its energy (`name`: the product's,
    when it has one)."""

    def __init__(self, code: str, name: str | None = None) -> None:
        super().__init__(f"no product with energy for barcode {code}")
        self.code = code
        self.name = name


class ProductCatalog(FoodCatalog):
    """The food catalog with packaged foods read by barcode beside the table's."""

    def __init__(
        self, db: Database, fdc: FdcClient | None, products: Products, prebuilt: Path | None = None
    ) -> None:
        super().__init__(db, fdc, prebuilt)
        self.products = products

    async def close(self) -> None:
        """Close what the catalog opened, and the products' client."""
        await super().close()
        await self.products.close()

    async def food(self, uid: str) -> Food | None:
        """A food by uid; a product by "off:<code>" (None when it cannot be read now)."""
        if not uid.startswith(OFF_PREFIX):
            return await super().food(uid)
        product = await self._product(uid)
        return None if product is None or product.kcal is None else food_of(product)

    async def measures(self, uid: str) -> tuple[tuple[float, str, float], ...]:
        """A food's household measures; a product's serving, when its package gives one."""
        if not uid.startswith(OFF_PREFIX):
            return await super().measures(uid)
        product = await self._product(uid)
        if product is None or product.serving_g is None:
            return ()
        return ((1.0, SERVING, product.serving_g),)

    async def _product(self, uid: str) -> OffProduct | None:
        try:
            return await self.products.product(uid.removeprefix(OFF_PREFIX))
        except (ProductsUnavailable, ValueError):  # not readable now: as if unknown
            return None

    async def scan(self, code: str, caption: str = "") -> Understood:
        """A barcode read as a /log: one serving of the product, or the amount question; in
        the meal the photo's caption names ("breakfast"), else the one of the time of day.

        Raises `ProductUnknown` (no such product, or one without its energy) and
        `ProductsUnavailable` (Open Food Facts cannot be asked now).
        """
        product = await self.products.product(code)
        if product is None or product.kcal is None:
            raise ProductUnknown(code, None if product is None else product.name)
        food = food_of(product)
        question = Question(
            position=0,
            span=f"barcode {code}",  # what the user gave: the line reads "barcode … → Name"
            quantity=1.0,
            unit=None,
            size=None,
            food=product.name.lower(),
            kind="amount",
            choices=(Choice(food.uid, food.name, None),),
            amounts=tuple(Amount(f"{g:g} g", g) for g in GRAM_AMOUNTS),
        )
        text = f"{product.name} ({code})"
        meal = MEAL_WORDS.get(" ".join(caption.lower().split()).strip(".!: "))
        if product.serving_g is None:
            return Understood(text, meal, (), (question,))
        return Understood(text, meal, (with_grams(question, food, product.serving_g),), ())


def is_product(uid: str | None) -> bool:
    """Whether a logged item's food is a packaged product (read from its barcode)."""
    return uid is not None and uid.startswith(OFF_PREFIX)


def product_question(item: ItemRow) -> Question:
    """ "Not this?" on a product's item: the foods of the table its name could be ("Chocolate
    chip cookies (Crumbly)": chocolate chip cookies, without the brand it was read with), in
    the grams logged (a table food's "1" is not the package's serving)."""
    name = _BRAND.sub("", item.food_name).strip() or item.food_name
    grams = float(item.grams or 0)
    return Question(
        position=item.position,
        span=item.typed,
        quantity=grams if grams > 0 else 1.0,
        unit=str(Unit.G) if grams > 0 else None,
        size=None,
        food=name.lower(),
        kind="food",
    )


def food_of(product: OffProduct) -> Food:
    """The product as a food of the catalog's."""
    return Food(
        uid=OFF_PREFIX + product.code,
        name=product.name,
        food_group=PRODUCT_GROUP,
        kcal=product.kcal,
        protein_g=product.protein_g,
        carbs_g=product.carbs_g,
        fat_g=product.fat_g,
        fiber_g=product.fiber_g,
        sugars_g=product.sugars_g,
        sodium_mg=product.sodium_mg,
    )
