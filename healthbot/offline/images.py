"""Food photos the fakes understand: real PNG or JPEG images that carry what they show.

The fake Anthropic cannot see, so a test photo says what is on the plate in its own
metadata (a PNG ``tEXt`` chunk named ``Description``, or a JPEG comment) and the fake reads
it back, as a model would read the picture. A photo without one is a photo the model cannot
make out. The pixels are a plain colour; the sizes and the bytes are valid for both fakes.
"""

from __future__ import annotations

import struct
import zlib
from typing import Final

PNG_SIGNATURE: Final = b"\x89PNG\r\n\x1a\n"
IMAGE_TYPES: Final = frozenset({"image/jpeg", "image/png", "image/gif", "image/webp"})
_KEY: Final = b"Description"


def image_type(data: bytes) -> str | None:
    """The MIME type the bytes begin with: PNG, GIF, WebP or JPEG; None for anything else.
    (The fakes' one reading of image formats.)"""
    if data.startswith(PNG_SIGNATURE):
        return "image/png"
    if data[:6] in {b"GIF87a", b"GIF89a"}:
        return "image/gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data[:2] == b"\xff\xd8":
        return "image/jpeg"
    return None


def food_photo(
    description: str | None, *, width: int = 320, height: int = 240, kind: str = "png"
) -> bytes:
    """An image of ``width`` x ``height`` that shows ``description`` to the fake Anthropic
    (None: a photo of nothing it can name). ``kind`` is "png" or "jpeg"."""
    if kind == "jpeg":
        return _jpeg(description, width, height)
    rows = b"".join(b"\x00" + b"\xc8\x96\x64" * width for _ in range(height))
    chunks = [_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))]
    if description is not None:
        chunks.append(_chunk(b"tEXt", _KEY + b"\x00" + description.encode("latin-1", "replace")))
    chunks.append(_chunk(b"IDAT", zlib.compress(rows, 9)))
    chunks.append(_chunk(b"IEND", b""))
    return PNG_SIGNATURE + b"".join(chunks)


def description_of(image: bytes) -> str | None:
    """What a `food_photo` shows (its ``Description`` text or JPEG comment); None if none."""
    if image.startswith(PNG_SIGNATURE):
        at = len(PNG_SIGNATURE)
        while at + 8 <= len(image):
            (length,) = struct.unpack(">I", image[at : at + 4])
            kind, data = image[at + 4 : at + 8], image[at + 8 : at + 8 + length]
            if kind == b"tEXt" and data.startswith(_KEY + b"\x00"):
                return data[len(_KEY) + 1 :].decode("latin-1")
            at += 12 + length
        return None
    if image.startswith(b"\xff\xd8"):
        at = 2
        while at + 4 <= len(image) and image[at] == 0xFF:
            marker = image[at + 1]
            (length,) = struct.unpack(">H", image[at + 2 : at + 4])
            if marker == 0xFE:  # COM
                return image[at + 4 : at + 2 + length].decode("utf-8", "replace")
            if marker == 0xDA:  # the scan: no more headers
                return None
            at += 2 + length
    return None


def _chunk(kind: bytes, data: bytes) -> bytes:
    crc = zlib.crc32(kind + data) & 0xFFFFFFFF
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)


def _jpeg(description: str | None, width: int, height: int) -> bytes:
    """A JPEG's headers (a comment, a baseline frame header) around a token scan: enough
    for both fakes, which read the headers and never decode the pixels."""
    parts = [b"\xff\xd8"]
    if description is not None:
        comment = description.encode()[:65_000]
        parts.append(b"\xff\xfe" + struct.pack(">H", len(comment) + 2) + comment)
    frame = struct.pack(">BHHB", 8, height, width, 3) + b"\x01\x11\x00\x02\x11\x01\x03\x11\x01"
    parts.append(b"\xff\xc0" + struct.pack(">H", len(frame) + 2) + frame)
    parts.append(b"\xff\xda\x00\x08\x01\x01\x00\x00\x3f\x00" + b"\x00" * 64 + b"\xff\xd9")
    return b"".join(parts)
