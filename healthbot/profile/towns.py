"""Towns known by name beyond the hand-picked table of `timezones` ("Leeds", "Pune"): every
town of 100,000 people or more, from GeoNames, read once from data/cities.tsv
(bench/build_cities.py)."""

from __future__ import annotations

import zoneinfo
from functools import cache
from pathlib import Path
from typing import Final

DATA: Final = Path(__file__).with_name("data") / "cities.tsv"


@cache
def towns() -> dict[str, str]:
    """Folded town name ("sao paulo") -> IANA zone, for the zones this machine has."""
    known = zoneinfo.available_timezones()
    found: dict[str, str] = {}
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, zone = line.split("\t")
            if zone in known:
                found[name] = zone
    return found
