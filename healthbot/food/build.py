"""Derive the packaged food table from the USDA SR24 archive (run by hand, never at run time).

    python -m healthbot.food.build [path/to/usda_sr24.jar] [path/to/foods.jsonl.gz]

The archive (a zip of `usda_sr24/NNNNN.xml`, one food each) is public-domain USDA data; the
output is one JSON object per line, sorted by uid, gzip'd with a fixed header, so the same
archive always gives the same bytes (a test rebuilds it and compares).
"""

from __future__ import annotations

import gzip
import io
import json
import sys
import zipfile
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from healthbot.food.table import DATA_PATH, MICRONUTRIENTS, NUTRIENTS

DEFAULT_JAR = Path(__file__).resolve().parents[3] / "shared" / "data" / "usda_sr24.jar"

# SR's food group codes. A uid's first two digits are its group code for the original
# groups; the later number ranges (27, 31, 42-48, 80-93) hold foods of mixed groups, so they
# get no group rather than a wrong one. 23xxx are the beef cuts added in SR22-24 (group 13).
FOOD_GROUPS = {
    "01": "Dairy and Egg Products",
    "02": "Spices and Herbs",
    "03": "Baby Foods",
    "04": "Fats and Oils",
    "05": "Poultry Products",
    "06": "Soups, Sauces, and Gravies",
    "07": "Sausages and Luncheon Meats",
    "08": "Breakfast Cereals",
    "09": "Fruits and Fruit Juices",
    "10": "Pork Products",
    "11": "Vegetables and Vegetable Products",
    "12": "Nut and Seed Products",
    "13": "Beef Products",
    "14": "Beverages",
    "15": "Finfish and Shellfish Products",
    "16": "Legumes and Legume Products",
    "17": "Lamb, Veal, and Game Products",
    "18": "Baked Products",
    "19": "Sweets",
    "20": "Cereal Grains and Pasta",
    "21": "Fast Foods",
    "22": "Meals, Entrees, and Side Dishes",
    "23": "Beef Products",
    "25": "Snacks",
    "35": "American Indian/Alaska Native Foods",
    "36": "Restaurant Foods",
}

# The SR24 nutrient names behind our columns (energy in kcal, sodium in mg, the rest in g).
_SOURCE_NUTRIENTS = dict(
    zip(NUTRIENTS, ("Energy", "Protein", "Carbs", "Fat", "Fiber", "Sugars", "Sodium"), strict=True)
)


# Those of `MICRONUTRIENTS` SR24 gives as they are (mg, µg, g); vitamins A and D are derived.
_SOURCE_MICRONUTRIENTS = {
    "saturated_g": "Saturated",
    "potassium_mg": "Potassium",
    "calcium_mg": "Calcium",
    "iron_mg": "Iron",
    "magnesium_mg": "Magnesium",
    "zinc_mg": "Zinc",
    "vitamin_c_mg": "Vitamin C",
    "vitamin_b12_ug": "B12 (Cyanocobalamin)",
    # SR24's "Folate" is total food folate (the fortified white bread 18069: 111 µg, where
    # its DFE would be 171), so a day's folate against the DFE intake errs low, never high.
    "folate_ug": "Folate",
}

# SR24 gives vitamin D in IU: 40 IU = 1 µg (cholecalciferol).
_IU_PER_UG_VITAMIN_D = Decimal(40)
# Vitamin A: SR24's "Vitamin A" is IU; the intake tables use retinol activity equivalents
# (IOM 2001): 1 µg RAE = 1 µg retinol = 12 µg beta-carotene = 24 µg alpha-carotene or
# beta-cryptoxanthin. 1 IU = 0.3 µg retinol; 1 IU of provitamin A = 0.6 µg beta-carotene,
# i.e. 0.05 µg RAE.
_RETINOL_UG_PER_IU = Decimal("0.3")
_RAE_PER_PROVITAMIN_IU = Decimal("0.05")


class BuildError(Exception):
    """The archive does not look like the SR24 export this script was written for."""


def number(text: str | None) -> float | int | None:
    """A source amount as the shortest exact JSON number ("52.0" -> 52, "0.0070" -> 0.007)."""
    if text is None:
        return None
    try:
        value = Decimal(text.strip())
    except InvalidOperation:
        raise BuildError(f"not a number: {text!r}") from None
    if not value.is_finite():
        raise BuildError(f"not a finite number: {text!r}")
    if value == value.to_integral_value():
        return int(value)
    return float(format(value.normalize(), "f"))


def parse_food(xml: bytes) -> dict[str, Any]:
    """One `<food>` element as the record the table stores."""
    food = ElementTree.fromstring(xml)  # noqa: S314 (the USDA archive is trusted build input)
    uid, name = food.get("uid"), food.get("name")
    if food.tag != "food" or not uid or not name or len(uid) != 5 or not uid.isdigit():
        raise BuildError(f"unexpected food element: {food.tag} {food.attrib}")
    amounts = {n.get("name"): n.get("amount") for n in food.iter("nutrient")}
    record: dict[str, Any] = {"uid": uid, "name": name.strip(), "group": FOOD_GROUPS.get(uid[:2])}
    for column, source in _SOURCE_NUTRIENTS.items():
        # A nutrient the source does not list stays None (unknown), never 0.
        record[column] = number(amounts.get(source))
    for column in MICRONUTRIENTS:
        given = _SOURCE_MICRONUTRIENTS.get(column)
        record[column] = None if given is None else number(amounts.get(given))
    record["vitamin_a_ug"] = vitamin_a_rae(amounts)
    record["vitamin_d_ug"] = _scaled(amounts.get("Vitamin D"), 1 / _IU_PER_UG_VITAMIN_D)
    record["measures"] = [
        [number(m.get("amount")), (m.get("name") or "").strip(), number(m.get("grams"))]
        for m in food.iter("measure")
    ]
    return record


def _decimal(text: str | None) -> Decimal | None:
    value = number(text)  # validates
    return None if value is None else Decimal(str(value))


def _rounded(value: Decimal) -> float | int | None:
    # A tenth of a µg is finer than any intake table; fixed rounding keeps builds identical.
    return number(str(value.quantize(Decimal("0.1"))))


def _scaled(text: str | None, factor: Decimal) -> float | int | None:
    value = _decimal(text)
    return None if value is None else _rounded(value * factor)


def vitamin_a_rae(amounts: dict[str | None, str | None]) -> float | int | None:
    """Vitamin A in µg RAE from SR24's retinol and carotenoids (or its IU, when only the
    retinol is listed: the IU beyond the retinol's are provitamin A); None when unknown."""
    retinol = _decimal(amounts.get("Retinol"))
    carotenes = [
        _decimal(amounts.get(name))
        for name in ("Beta-carotene", "Alpha-carotene", "Beta-cryptoxanthin")
    ]
    beta, alpha, cryptoxanthin = (c or Decimal(0) for c in carotenes)
    if any(c is not None for c in carotenes):
        return _rounded((retinol or 0) + beta / 12 + (alpha + cryptoxanthin) / 24)
    if retinol is None:
        return None  # IU alone do not tell retinol (1 IU = 0.3 µg) from carotenes (0.05)
    units = _decimal(amounts.get("Vitamin A"))
    provitamin = (
        Decimal(0) if units is None else max(Decimal(0), units - retinol / _RETINOL_UG_PER_IU)
    )
    return _rounded(retinol + provitamin * _RAE_PER_PROVITAMIN_IU)


def read_foods(jar: Path) -> Iterator[dict[str, Any]]:
    """Every food of the archive, in uid order."""
    with zipfile.ZipFile(jar) as archive:
        members = sorted(
            n for n in archive.namelist() if n.startswith("usda_sr24/") and n.endswith(".xml")
        )
        if not members:
            raise BuildError(f"{jar}: no usda_sr24/*.xml inside")
        for member in members:
            yield parse_food(archive.read(member))


def render(foods: Iterator[dict[str, Any]]) -> bytes:
    """The table as JSON lines (uncompressed): stable key order, no extra whitespace."""
    lines = [json.dumps(food, ensure_ascii=False, separators=(",", ":")) for food in foods]
    return ("\n".join(lines) + "\n").encode()


def compress(text: bytes) -> bytes:
    """Gzip with a fixed header (no file name, mtime 0) so the output is reproducible."""
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", compresslevel=9, mtime=0) as out:
        out.write(text)
    return buffer.getvalue()


def build(jar: Path, out: Path) -> int:
    """Write the compressed table derived from `jar` to `out`; return the number of foods."""
    text = render(read_foods(jar))
    out.write_bytes(compress(text))
    return text.count(b"\n")


def main(argv: list[str] | None = None) -> int:
    """Command line: build the table from the archive (default paths: the shared data dir)."""
    args = sys.argv[1:] if argv is None else argv
    jar = Path(args[0]) if args else DEFAULT_JAR
    out = Path(args[1]) if len(args) > 1 else DATA_PATH
    count = build(jar, out)
    print(f"{out}: {count} foods, {out.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
