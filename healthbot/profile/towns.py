"""Towns known by name beyond the hand-picked table of `timezones` ("Leeds", "Pune"): every
town of 100,000 people or more, from GeoNames, read once from data/cities.tsv
(bench/build_cities.py), with the zones of the towns of that name of comparable size
("Valencia": Caracas or Madrid)."""

from __future__ import annotations

import zoneinfo
from functools import cache
from pathlib import Path
from typing import Final

DATA: Final = Path(__file__).with_name("data") / "cities.tsv"

# Towns whose name is a short, common English word ("Man" in Côte d'Ivoire, "Male" in the
# Maldives, "Sale" in Morocco): typed alone it is likelier an answer to something else, so
# the town counts only with its country or state ("Man, Ivory Coast", "Male Maldives").
# Towns better known than the word (Nice, Bath, Split) are not here.
COMMON_WORDS: Final = frozenset(
    {"man", "male", "sale", "van", "bush", "delta", "metro", "vista", "mango"}
)


@cache
def towns() -> dict[str, tuple[str, ...]]:
    """Folded town name ("sao paulo") -> the IANA zones of the towns of that name, the most
    populous first, for the zones this machine has."""
    known = zoneinfo.available_timezones()
    found: dict[str, tuple[str, ...]] = {}
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, *zones = line.split("\t")
            if here := tuple(zone for zone in zones if zone in known):
                found[name] = here
    return found
