"""A product barcode read from a photo, on this machine (zxing-cpp: no service, no key).

Only the codes on food packages are looked for: EAN-13 and UPC-A (and EAN-8, on small
packs). A photo is decoded at most `MAX_SIDE` pixels on its long side (Telegram's largest
photo size): that keeps a decode within tens of milliseconds, and the bars of a code one
can read by eye stay wide enough at that size. Decoding runs in a worker thread, so that
the event loop serves other chats meanwhile. zxing-cpp and Pillow are imported by the first
photo, not at start (tens of milliseconds that a daemon's start need not pay).
"""

from __future__ import annotations

import asyncio
import functools
import io
import logging
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    import zxingcpp

log = logging.getLogger(__name__)

MAX_SIDE: Final = 1280
MAX_PIXELS: Final = 40_000_000
"""Past this an image is refused before it is decoded (a decompression bomb)."""
UPC_A_DIGITS: Final = 12


@functools.cache
def _formats() -> zxingcpp.BarcodeFormats:
    import zxingcpp

    kinds = zxingcpp.BarcodeFormat
    return zxingcpp.BarcodeFormats([kinds.EAN13, kinds.UPCA, kinds.EAN8])


def read_code(data: bytes) -> str | None:
    """The barcode in an image, as Open Food Facts keys products (a UPC-A with the leading
    0 of its EAN-13 form); None when the image holds none or cannot be read."""
    import zxingcpp
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.width * image.height > MAX_PIXELS:
                return None
            image.draft("L", (MAX_SIDE, MAX_SIDE))  # JPEG: decoded at a smaller scale, fast
            gray = image.convert("L")
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return None
    if max(gray.size) > MAX_SIDE:
        gray.thumbnail((MAX_SIDE, MAX_SIDE))
    found = zxingcpp.read_barcodes(gray, formats=_formats())
    codes = [code.text for code in found if code.text.isdigit()]
    if not codes:
        return None
    code = codes[0]
    return "0" + code if len(code) == UPC_A_DIGITS else code


async def read_code_async(data: bytes) -> str | None:
    """`read_code` in a worker thread."""
    return await asyncio.to_thread(read_code, data)
