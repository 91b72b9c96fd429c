"""What /log's reading makes of a text that names one food: its entry and grams."""

from __future__ import annotations

from healthbot.meals.service import MealService


async def one_portion(service: MealService, text: str) -> tuple[str, float]:
    """The food uid and grams of the one portion `text` is read as, asked nothing."""
    understood = await service.understand(text)
    assert understood.questions == (), understood.questions
    [portion] = understood.portions
    return portion.food_uid, portion.grams
