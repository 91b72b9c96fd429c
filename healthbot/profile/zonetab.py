"""The tz database files zoneinfo reads (zone.tab, tzdata.zi): which countries keep a zone's
clock and where zone.tab says a zone is kept, a link as its target. `healthbot.profile.timezones`
tells a town at home from one abroad with these ("Paris, Texas", "Menominee, MI").
"""

from __future__ import annotations

import zoneinfo
from functools import cache
from importlib import resources
from pathlib import Path


def countries_of(zone: str) -> frozenset[str]:
    """The countries (ISO codes) that keep a zone's clock: "Europe/Berlin" -> {"DE"}; none
    for a zone of no country ("Etc/GMT-3")."""
    return zone_countries().get(zone, frozenset())


@cache
def zone_countries() -> dict[str, frozenset[str]]:
    """Every zone's countries, from the tz database zoneinfo reads: its zone.tab (a line per
    country and zone: "CA  +4339-07923  America/Toronto  Eastern - ON...") and, for a link it
    does not list, the link's target (tzdata.zi: "L America/Toronto America/Montreal")."""
    countries: dict[str, set[str]] = {}
    for country, zone, _ in _zone_tab():
        countries.setdefault(zone, set()).add(country)
    for target, link in _links():
        if link not in countries:
            countries[link] = countries.get(target, set())
    return {zone: frozenset(codes) for zone, codes in countries.items() if codes}


@cache
def zone_notes() -> dict[str, str]:
    """Where zone.tab says a zone is kept: "America/Menominee" -> "Central - MI (Wisconsin
    border)"; a link, as its target."""
    notes = {zone: note for _, zone, note in _zone_tab()}
    for target, link in _links():
        notes.setdefault(link, notes.get(target, ""))
    return notes


@cache
def _zone_tab() -> tuple[tuple[str, str, str], ...]:
    """zone.tab's lines: country, zone and where ("CA", "America/Toronto", "Eastern - ON...")."""
    rows = (line.split("\t") for line in _tz_database_text("zone.tab").splitlines())
    return tuple(
        (f[0], f[2], f[3] if len(f) > 3 else "") for f in rows if len(f) >= 3 and f[0][:1] != "#"
    )


def _links() -> list[tuple[str, str]]:
    """tzdata.zi's links, target and link: ("America/Toronto", "America/Montreal")."""
    rows = (line.split() for line in _tz_database_text("tzdata.zi").splitlines())
    return [(f[1], f[2]) for f in rows if len(f) == 3 and f[0] == "L"]


def _tz_database_text(name: str) -> str:
    """A file of the tz database, where zoneinfo looks for zones: the system's TZPATH, then
    the tzdata package; "" where there is none (then no town abroad is told from one at home,
    and the state named wins)."""
    for folder in zoneinfo.TZPATH:
        if (path := Path(folder, name)).is_file():
            return path.read_text(encoding="utf-8")
    try:
        return resources.files("tzdata").joinpath("zoneinfo", name).read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return ""
