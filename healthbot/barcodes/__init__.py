"""Barcodes: a photo of a packaged food's barcode, read on this machine (zxing-cpp), the
product looked up on Open Food Facts (`healthbot.food.off`, kept 30 days) and logged as one
serving with the usual meal card, or the amount asked for when the package gives none."""

from __future__ import annotations

from healthbot.barcodes.decode import read_code
from healthbot.barcodes.router import build_router
from healthbot.barcodes.texts import TEXTS
from healthbot.feature import Feature

__all__ = ["FEATURE", "read_code"]

FEATURE = Feature(name="barcodes", router=build_router, texts=TEXTS)
