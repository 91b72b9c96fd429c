"""Barcode tests' tools: photos of product barcodes made here (EAN-13 and UPC-A, a little
rotated and blurred), and an Open Food Facts client for the fake OFF.

The symbol comes from zxing-cpp's own writer (`create_barcode`); the photo around it is
drawn with Pillow as a phone sees a package: a cluttered background, the label tilted a few
degrees, a slight blur and JPEG compression.
"""

from __future__ import annotations

import io
import random

import numpy as np
import zxingcpp
from PIL import Image, ImageDraw, ImageFilter

from healthbot.backoff import Backoff
from healthbot.config import Settings
from healthbot.food.off import OffClient
from loadgen.telegram import SentMessage
from tests.support.telegram import ForgingTelegram

BACKGROUND = (196, 172, 140)
CONTACT = "ops@example.org"
"""The operator contact the tests' User-Agent names."""


def off_client(base_url: str, *, attempts: int = 2, timeout: float = 3.0) -> OffClient:
    """An Open Food Facts client on `base_url` whose retries wait only milliseconds."""
    backoff = Backoff(start=0.01, cap=0.05, jitter=0.0)
    return OffClient(base_url, CONTACT, timeout=timeout, attempts=attempts, backoff=backoff)


def symbol(code: str, *, module: int = 4) -> Image.Image:
    """The bars of an EAN-13 (13 digits) or UPC-A (12 digits) code, `module` px per bar."""
    kind = zxingcpp.BarcodeFormat.UPCA if len(code) == 12 else zxingcpp.BarcodeFormat.EAN13
    barcode = zxingcpp.create_barcode(code, kind)
    bars = zxingcpp.write_barcode_to_image(barcode, scale=module, add_quiet_zones=True)
    return Image.fromarray(np.asarray(bars)).convert("RGB")


def barcode_photo(
    code: str,
    *,
    angle: float = 4.0,
    blur: float = 1.0,
    size: tuple[int, int] = (1280, 960),
    seed: int = 0,
) -> bytes:
    """A JPEG photo of a package's label with the code, tilted by `angle` degrees and
    blurred by a Gaussian of `blur` px."""
    rnd = random.Random(seed)
    photo = Image.new("RGB", size, BACKGROUND)
    draw = ImageDraw.Draw(photo)
    for _ in range(60):  # clutter: the package's print, the table
        x, y = rnd.randrange(size[0]), rnd.randrange(size[1])
        shade = tuple(rnd.randrange(256) for _ in range(3))
        draw.rectangle((x, y, x + rnd.randrange(20, 120), y + rnd.randrange(5, 60)), fill=shade)
    bars = symbol(code, module=max(2, size[0] // 320))  # about a third of the photo's width
    margin = bars.width // 10
    label = Image.new("RGB", (bars.width + 2 * margin, bars.height + 2 * margin), "white")
    label.paste(bars, (margin, margin))
    label = label.rotate(angle, expand=True, fillcolor=BACKGROUND, resample=Image.BICUBIC)
    photo.paste(label, ((size[0] - label.width) // 2, (size[1] - label.height) // 2))
    photo = photo.filter(ImageFilter.GaussianBlur(blur))
    out = io.BytesIO()
    photo.save(out, "JPEG", quality=85)
    return out.getvalue()


def off_settings(settings: Settings, base_url: str) -> Settings:
    food = settings.food.model_copy(
        update={"off_base_url": base_url, "off_contact": CONTACT, "off_timeout_seconds": 2.0}
    )
    return settings.model_copy(update={"food": food})


async def card(fake: ForgingTelegram, uid: int) -> SentMessage:
    """The scan's meal card (the XP lines of a log may come before the next scan's card)."""
    for _ in range(5):
        replies = await fake.wait_for_messages(uid, 1, timeout=90)
        if cards := [r for r in replies if r.reply_markup is not None]:
            return cards[-1]
    raise AssertionError("no meal card came")
