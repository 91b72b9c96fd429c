"""The /week chart: each day's energy as bars split by macronutrient, against the target."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from healthbot.charts import png_of
from healthbot.meals.service import WeekSummary
from healthbot.meals.views import number

if TYPE_CHECKING:
    from matplotlib.figure import Figure

# kcal per gram (Atwater): how much of a day's energy each macronutrient bar stands for.
_KCAL_PER_G = {"protein_g": 4.0, "carbs_g": 4.0, "fat_g": 9.0}
_COLOURS = {"protein_g": "#c0504d", "carbs_g": "#f0b429", "fat_g": "#2a7ab9", "other": "#9e9e9e"}
_OTHER_KCAL = 10.0
"""A day's energy beyond its macronutrients' (alcohol: 7 kcal/g, in no macro) drawn as its own
part of the bar from this much on, so the bar reaches the total written above it."""
_ATWATER_SLACK = (0.05, 0.025)
"""A food's energy is measured, not 4/4/9 kcal a gram: a day of rice and chicken differs from
its macros' by 2%. Within this share, below and above, the macros' parts are scaled to the
day's total rather than drawn with a sliver of "alcohol, other" the user never drank. Above is
the narrower (a drink's alcohol puts a day there): on 4,000 days drawn from the phrase sets'
foods without alcohol, 0.1% were more than 2.5% above their macros, 4.3% more than 3% below."""


async def week_chart(week: WeekSummary, labels: dict[str, str], since: date | None = None) -> bytes:
    """A PNG of the week: stacked energy from protein, carbs and fat per day, each day's
    total above its bar, days without entries marked (from `since`, the user's first day:
    before it there was nothing to log), and the target with its number.

    `labels` names things in the user's language: protein_g, carbs_g, fat_g, other (energy
    no macronutrient carries: alcohol), target, title, empty (a day with nothing logged).
    """
    return await png_of(drawing(week, labels, since), height=3.4)


def drawing(
    week: WeekSummary, labels: dict[str, str], since: date | None = None
) -> Callable[[Figure], None]:
    """What fills the chart's figure (public for the tests, which read what it drew)."""

    def draw(figure: Figure) -> None:
        from matplotlib.ticker import FuncFormatter

        axes = figure.add_subplot()
        names = [day.strftime("%a %d") for day, _ in week.days]
        positions = list(range(len(names)))
        bottom = [0.0] * len(names)
        scales = [_scale(n.kcal, sum(getattr(n, m) * g for m, g in _KCAL_PER_G.items()))
                  for _, n in week.days]  # fmt: skip
        for macro, per_gram in _KCAL_PER_G.items():
            energy = [getattr(n, macro) * per_gram * k
                      for (_, n), k in zip(week.days, scales, strict=True)]  # fmt: skip
            axes.bar(positions, energy, bottom=bottom, color=_COLOURS[macro], label=labels[macro])
            bottom = [b + e for b, e in zip(bottom, energy, strict=True)]
        other = [max(0.0, n.kcal - b) for (_, n), b in zip(week.days, bottom, strict=True)]
        if any(e >= _OTHER_KCAL for e in other):  # a pint of beer: 245 kcal, 18 g of carbs
            axes.bar(
                positions, other, bottom=bottom, color=_COLOURS["other"], label=labels["other"]
            )
            bottom = [b + e for b, e in zip(bottom, other, strict=True)]
        target = week.targets.kcal
        top = max([target, *bottom]) * 1.2
        axes.axhline(
            target, color="#333333", linestyle="--", linewidth=1,
            label=f"{labels['target']} {target:,.0f}",
        )  # fmt: skip
        for position, (when, day) in zip(positions, week.days, strict=True):
            if day.kcal > 0:  # the day's own total (its entries'), above its bar
                height = bottom[position]
                # Rounded as the table beside it is (half up): "698.5" is 699 in both.
                axes.text(position, height + top * 0.01, number(day.kcal), ha="center",
                          va="bottom", fontsize=8)  # fmt: skip
            elif since is None or when >= since:
                axes.text(position, top * 0.02, labels["empty"], ha="center", va="bottom",
                          fontsize=7, color="#888888", rotation=90)  # fmt: skip
        axes.set_xticks(positions, names)
        axes.set_ylim(0, top)
        # "1,500" as the target's "1,890" and the totals above the bars say it, not "1500"
        axes.yaxis.set_major_formatter(FuncFormatter(lambda value, _: f"{value:,.0f}"))
        axes.set_ylabel("kcal")
        axes.set_title(labels["title"], fontsize=10, loc="left")
        axes.legend(loc="upper left", fontsize=8, ncols=5, frameon=False)
        axes.grid(True, axis="y", alpha=0.3)
        axes.spines[["top", "right"]].set_visible(False)

    return draw


def _scale(kcal: float, macros_kcal: float) -> float:
    """What a day's macronutrient parts are multiplied by: 1, or to reach the day's total
    when they miss it by no more than the measuring's slack (`_ATWATER_SLACK`)."""
    below, above = _ATWATER_SLACK
    if kcal <= 0 or macros_kcal <= 0 or not -below <= (kcal - macros_kcal) / kcal <= above:
        return 1.0
    return kcal / macros_kcal
