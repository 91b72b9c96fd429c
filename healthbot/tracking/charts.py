"""The weight trend as a small PNG (matplotlib, Agg), drawn in a worker thread.

matplotlib is imported on the first chart, inside the worker thread: it costs the daemon's
start nothing, and its import (a second of CPU) never blocks the event loop. Only the
object-oriented API is used (a `Figure` per chart, no pyplot), because pyplot keeps global
state that is not safe across threads.
"""

from __future__ import annotations

import asyncio
import io
import threading
from collections.abc import Sequence
from datetime import date

WIDTH_INCHES = 6.0
HEIGHT_INCHES = 3.0
DPI = 100  # 600 x 300 pixels: readable on a phone, a few KB as PNG
# matplotlib does not promise thread safety even for separate figures (font caches, the
# text layout cache); a chart takes ~0.15 s and is asked for rarely, so one at a time.
_RENDERING = threading.Lock()


async def weight_chart(points: Sequence[tuple[date, float]], unit: str) -> bytes:
    """A PNG of weight over days (at least two points), off the event loop."""
    return await asyncio.to_thread(render_weight_chart, tuple(points), unit)


def render_weight_chart(points: Sequence[tuple[date, float]], unit: str) -> bytes:
    """A PNG of weight over days (at least two points); blocking: call it in a thread."""
    if len(points) < 2:
        raise ValueError("a trend needs at least two weigh-ins")
    with _RENDERING:
        return _render(points, unit)


def _render(points: Sequence[tuple[date, float]], unit: str) -> bytes:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter
    from matplotlib.figure import Figure
    from PIL import Image

    days = [day for day, _ in points]
    values = [value for _, value in points]
    figure = Figure(figsize=(WIDTH_INCHES, HEIGHT_INCHES), dpi=DPI)
    canvas = FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    # matplotlib plots dates, but its annotations accept only numbers on the x axis; its date
    # helpers and canvas methods carry no annotations at all.
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
    figure.tight_layout()
    canvas.draw()  # type: ignore[no-untyped-call]
    # A few colours are enough for a line on white: a 32-colour palette makes the PNG about
    # 4 KB, a quarter of the full-colour one (Pillow comes with matplotlib).
    pixels = canvas.buffer_rgba()  # type: ignore[no-untyped-call]
    image = Image.frombuffer("RGBA", canvas.get_width_height(), pixels)
    buffer = io.BytesIO()
    image.convert("RGB").quantize(colors=32).save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
