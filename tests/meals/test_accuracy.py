"""How often /log's reading of a phrase lands within 10% of the energy worked out by hand."""

from __future__ import annotations

from healthbot.meals.service import MealService
from tests.meals.accuracy import CASES


async def test_at_least_90_percent_of_the_phrases_are_within_10_percent(
    service: MealService,
) -> None:
    assert len(CASES) >= 50
    wrong = []
    for case in CASES:
        understood = await service.understand(case.text)
        kcal = sum(portion.nutrients.kcal for portion in understood.portions)
        if understood.questions or abs(kcal - case.kcal) > 0.1 * case.kcal:
            asked = [q.span for q in understood.questions]
            wrong.append(f"{case.text!r}: {kcal:.1f} kcal (by hand {case.kcal}), asked {asked}")
    share = 1 - len(wrong) / len(CASES)
    print(f"\n{len(CASES) - len(wrong)} of {len(CASES)} within 10% ({share:.1%}); wrong:")
    print("\n".join(wrong))
    assert share >= 0.9, wrong
