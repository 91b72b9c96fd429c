"""The weight trend as a small PNG, drawn in a worker thread (see `healthbot.charts`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from healthbot.charts import png_of

if TYPE_CHECKING:
    from matplotlib.figure import Figure


async def weight_chart(points: Sequence[tuple[date, float]], unit: str) -> bytes:
    """A PNG of weight over days (at least two points), off the event loop."""
    if len(points) < 2:
        raise ValueError("a trend needs at least two weigh-ins")
    return await png_of(_drawing(tuple(points), unit))


def _drawing(points: tuple[tuple[date, float], ...], unit: str) -> Callable[[Figure], None]:
    def draw(figure: Figure) -> None:
        from matplotlib.dates import AutoDateLocator, ConciseDateFormatter

        days = [day for day, _ in points]
        values = [value for _, value in points]
        axes = figure.add_subplot()
        # matplotlib plots dates, but its annotations accept only numbers on the x axis; its
        # date helpers carry no annotations at all.
        line_style = {"color": "#2a7ab9", "marker": "o", "markersize": 3, "linewidth": 1.5}
        axes.plot(days, values, **line_style)  # type: ignore[arg-type]
        locator = AutoDateLocator(minticks=2, maxticks=7)  # type: ignore[no-untyped-call]
        axes.xaxis.set_major_locator(locator)
        axes.xaxis.set_major_formatter(ConciseDateFormatter(locator))  # type: ignore[no-untyped-call]
        # A flat line gets a margin, so that 0.1 kg does not look like a cliff.
        low, high = min(values), max(values)
        spread = max(high - low, 1.0)
        axes.set_ylim(low - spread * 0.25, high + spread * 0.25)
        axes.set_ylabel(unit)
        axes.grid(True, alpha=0.3)
        axes.spines[["top", "right"]].set_visible(False)

    return draw
