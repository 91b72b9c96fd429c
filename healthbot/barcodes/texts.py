"""The barcode scan's texts (HTML parse mode), one object per language."""

from __future__ import annotations

from dataclasses import dataclass

from healthbot.texts import Catalog


@dataclass(frozen=True, slots=True)
class BarcodeTexts:
    """What a scan says when it logs nothing; a product logged shows the usual meal card."""

    unknown: str
    no_energy: str
    unavailable: str
    commands: tuple[tuple[str, str], ...]


EN = BarcodeTexts(
    unknown="I read the barcode <code>{code}</code>, but Open Food Facts doesn't know that "
    "product. Log it by name instead, e.g. <code>/log 1 cereal bar</code> (or "
    "<code>/log 250 kcal cereal bar</code> from the label).",
    no_energy="<b>{name}</b> (<code>{code}</code>) is on Open Food Facts, but without its "
    "energy. Log it by name or from the label, e.g. <code>/log 250 kcal {name}</code>.",
    unavailable="I read the barcode <code>{code}</code>, but I can't reach Open Food Facts "
    "right now. Try again in a few minutes, or log it by name: <code>/log 1 cereal bar</code>.",
    commands=(),
)

TEXTS: Catalog[BarcodeTexts] = Catalog({"en": EN})
