"""Charts as small PNGs (matplotlib, Agg), drawn in a worker thread: the shared plumbing.

A feature writes a `draw(figure)` function that fills a matplotlib `Figure`; `png_of` runs
it off the event loop and returns the PNG. matplotlib is imported on the first chart, inside
the worker thread: it costs the daemon's start nothing, and its import (a second of CPU)
never blocks the event loop. Only the object-oriented API is used (a `Figure` per chart, no
pyplot), because pyplot keeps global state that is not safe across threads.
"""

from __future__ import annotations

import asyncio
import io
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from matplotlib.figure import Figure

WIDTH_INCHES = 6.0
HEIGHT_INCHES = 3.0
DPI = 100  # 600 x 300 pixels: readable on a phone, a few KB as PNG
# matplotlib does not promise thread safety even for separate figures (font caches, the
# text layout cache); a chart takes ~0.15 s and is asked for rarely, so one at a time.
_RENDERING = threading.Lock()


async def png_of(draw: Callable[[Figure], None], *, height: float = HEIGHT_INCHES) -> bytes:
    """The PNG of the figure `draw` fills, rendered in a worker thread."""
    return await asyncio.to_thread(render, draw, height=height)


def render(draw: Callable[[Figure], None], *, height: float = HEIGHT_INCHES) -> bytes:
    """The PNG of the figure `draw` fills; blocking: call it in a thread."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from PIL import Image

    with _RENDERING:
        figure = Figure(figsize=(WIDTH_INCHES, height), dpi=DPI)
        canvas = FigureCanvasAgg(figure)
        draw(figure)
        figure.tight_layout()
        canvas.draw()  # type: ignore[no-untyped-call]
        # A few colours are enough for lines and bars on white: a 32-colour palette makes
        # the PNG about a quarter of the full-colour one (Pillow comes with matplotlib).
        pixels = canvas.buffer_rgba()  # type: ignore[no-untyped-call]
        image = Image.frombuffer("RGBA", canvas.get_width_height(), pixels)
        buffer = io.BytesIO()
        image.convert("RGB").quantize(colors=32).save(buffer, format="PNG", optimize=True)
        return buffer.getvalue()
