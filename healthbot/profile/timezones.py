"""A user's IANA timezone from what they type or share: a city, a zone name, a UTC offset, a
location (the first guess from their Telegram language is `healthbot.localtime`'s).

Resolution order for text: a UTC offset ("+3", "UTC-5", "GMT+5:30", "UTC+5.5"), an IANA name
("Europe/Berlin", "america/new york"), a small table of common cities and countries that
IANA does not name ("Mumbai", "NYC", "Germany"), then the city part of every IANA name
("Berlin" -> Europe/Berlin). After a state, a province or a country ("Paris, Texas", "Perth,
Scotland") a town counts only if its zone is in that country and, after a state, on the
state's clock or said to be in it (the tz database's zone.tab says where a zone is kept);
else it is the state's or country's zone. A whole-hour offset becomes a fixed zone
`Etc/GMT-3` (POSIX inverts the sign: Etc/GMT-3 is UTC+3) and knows no daylight saving; a
half-hour offset becomes the best-known zone that has it. Nothing is guessed silently: an
unknown name raises `UnknownTimezone`, with close names as suggestions. How the typed text
is read first (normalised, "I live in" dropped, not a place at all) is `place_text`'s.
"""

from __future__ import annotations

import asyncio
import re
import zoneinfo
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from typing import Final

from rapidfuzz import fuzz, process

from healthbot.errors import UserInputError
from healthbot.localtime import zone_named
from healthbot.profile.place_text import GREETINGS, LEAD, MAX_INPUT_CHARS, normalize
from healthbot.profile.towns import COMMON_WORDS, towns
from healthbot.profile.zonetab import countries_of, zone_notes

MAX_SUGGESTIONS: Final = 3
SUGGESTION_CUTOFF: Final = 80.0


class UnknownTimezone(UserInputError):
    """Text that names no timezone we know; `suggestions` are close IANA names (maybe none)."""

    def __init__(self, text: str, suggestions: tuple[str, ...] = ()) -> None:
        super().__init__(f"unknown timezone {text[:MAX_INPUT_CHARS]!r}")
        self.suggestions = suggestions


class AmbiguousTimezone(UnknownTimezone):
    """Text that names a place with several timezones ("USA", "IST"); `suggestions` are its
    zones, to choose from."""


# What people call a zone by its abbreviation or region. Ahead of IANA's own names: "EST"
# there is a fixed UTC-5 without daylight saving, never what someone typing it means.
ABBREVIATIONS: Final[dict[str, str]] = {
    "est": "America/New_York", "edt": "America/New_York", "et": "America/New_York",
    "eastern": "America/New_York", "eastern time": "America/New_York",
    "cst": "America/Chicago", "cdt": "America/Chicago", "ct": "America/Chicago",
    "central": "America/Chicago", "central time": "America/Chicago",
    "mst": "America/Denver", "mdt": "America/Denver", "mt": "America/Denver",
    "mountain": "America/Denver", "mountain time": "America/Denver",
    "pst": "America/Los_Angeles", "pdt": "America/Los_Angeles", "pt": "America/Los_Angeles",
    "pacific": "America/Los_Angeles", "pacific time": "America/Los_Angeles",
    "akst": "America/Anchorage", "alaska": "America/Anchorage",
    "hst": "Pacific/Honolulu", "hawaii": "Pacific/Honolulu",
    "bst": "Europe/London", "cet": "Europe/Paris", "cest": "Europe/Paris",
    "eet": "Europe/Athens", "eest": "Europe/Athens", "msk": "Europe/Moscow",
    "jst": "Asia/Tokyo", "kst": "Asia/Seoul", "aedt": "Australia/Sydney",
    "acdt": "Australia/Adelaide", "awst": "Australia/Perth", "nzst": "Pacific/Auckland",
    "nzdt": "Pacific/Auckland",
}  # fmt: skip

# Places that span several zones: the user picks one (the first few, by population).
AMBIGUOUS: Final[dict[str, tuple[str, ...]]] = {
    "usa": ("America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"),
    "us": ("America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"),
    "united states": ("America/New_York", "America/Chicago", "America/Denver",
                      "America/Los_Angeles"),
    "america": ("America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"),
    "canada": ("America/Toronto", "America/Vancouver", "America/Edmonton", "America/Winnipeg",
               "America/Halifax"),
    "australia": ("Australia/Sydney", "Australia/Brisbane", "Australia/Adelaide",
                  "Australia/Perth"),
    "russia": ("Europe/Moscow", "Asia/Yekaterinburg", "Asia/Novosibirsk", "Asia/Vladivostok"),
    "brazil": ("America/Sao_Paulo", "America/Manaus", "America/Fortaleza"),
    "mexico": ("America/Mexico_City", "America/Tijuana", "America/Cancun"),
    "indonesia": ("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"),
    "kazakhstan": ("Asia/Almaty", "Asia/Aqtobe"),
    "ist": ("Asia/Kolkata", "Asia/Jerusalem", "Europe/Dublin"),
    # Standard time all year (Queensland, the Northern Territory), or the standard time of
    # a state that keeps summer time (AEDT, ACDT): Sydney's clock is UTC+11 in December.
    "aest": ("Australia/Brisbane", "Australia/Sydney"),
    "acst": ("Australia/Darwin", "Australia/Adelaide"),
    "georgia": ("America/New_York", "Asia/Tbilisi"),  # the state or the country
}  # fmt: skip


# Common places whose name is not the city part of an IANA zone, or that people name
# differently (lower case, accents removed).
CITIES: Final[dict[str, str]] = {
    "nyc": "America/New_York", "new york city": "America/New_York",
    "washington": "America/New_York", "washington dc": "America/New_York",
    "boston": "America/New_York", "miami": "America/New_York", "atlanta": "America/New_York",
    "philadelphia": "America/New_York", "montreal": "America/Toronto",
    "ottawa": "America/Toronto", "dallas": "America/Chicago", "houston": "America/Chicago",
    "austin": "America/Chicago", "san francisco": "America/Los_Angeles",
    "sf": "America/Los_Angeles", "la": "America/Los_Angeles", "seattle": "America/Los_Angeles",
    "san diego": "America/Los_Angeles", "las vegas": "America/Los_Angeles",
    "portland": "America/Los_Angeles", "portland maine": "America/New_York",
    "portland me": "America/New_York", "salt lake city": "America/Denver",
    "rio de janeiro": "America/Sao_Paulo", "rio": "America/Sao_Paulo",
    "brasilia": "America/Sao_Paulo", "mumbai": "Asia/Kolkata", "bombay": "Asia/Kolkata",
    "delhi": "Asia/Kolkata", "new delhi": "Asia/Kolkata", "bangalore": "Asia/Kolkata",
    "bengaluru": "Asia/Kolkata", "chennai": "Asia/Kolkata", "hyderabad": "Asia/Kolkata",
    "beijing": "Asia/Shanghai", "peking": "Asia/Shanghai", "shenzhen": "Asia/Shanghai",
    "guangzhou": "Asia/Shanghai", "hanoi": "Asia/Bangkok", "saigon": "Asia/Ho_Chi_Minh",
    "ho chi minh city": "Asia/Ho_Chi_Minh", "osaka": "Asia/Tokyo", "kyoto": "Asia/Tokyo",
    "busan": "Asia/Seoul", "abu dhabi": "Asia/Dubai", "tel aviv": "Asia/Jerusalem",
    "st petersburg": "Europe/Moscow", "saint petersburg": "Europe/Moscow",
    "kiev": "Europe/Kyiv", "odesa": "Europe/Kyiv", "odessa": "Europe/Kyiv",
    "kharkiv": "Europe/Kyiv", "lviv": "Europe/Kyiv", "munich": "Europe/Berlin",
    "hamburg": "Europe/Berlin", "frankfurt": "Europe/Berlin", "cologne": "Europe/Berlin",
    "barcelona": "Europe/Madrid", "milan": "Europe/Rome", "naples": "Europe/Rome",
    "geneva": "Europe/Zurich", "krakow": "Europe/Warsaw", "manchester": "Europe/London",
    "edinburgh": "Europe/London", "birmingham": "Europe/London", "rotterdam": "Europe/Amsterdam",
    "the hague": "Europe/Amsterdam", "porto": "Europe/Lisbon", "cape town": "Africa/Johannesburg",
    "canberra": "Australia/Sydney", "wellington": "Pacific/Auckland",
}  # fmt: skip

# Countries with one timezone (mainland, where they have outlying islands), alone or after a
# town ("Perth, Scotland").
COUNTRIES: Final[dict[str, str]] = {
    "uk": "Europe/London", "united kingdom": "Europe/London", "england": "Europe/London",
    "scotland": "Europe/London", "wales": "Europe/London", "ireland": "Europe/Dublin",
    "germany": "Europe/Berlin", "deutschland": "Europe/Berlin", "france": "Europe/Paris",
    "italy": "Europe/Rome", "spain": "Europe/Madrid", "portugal": "Europe/Lisbon",
    "netherlands": "Europe/Amsterdam", "holland": "Europe/Amsterdam",
    "belgium": "Europe/Brussels", "switzerland": "Europe/Zurich", "austria": "Europe/Vienna",
    "poland": "Europe/Warsaw", "czechia": "Europe/Prague", "czech republic": "Europe/Prague",
    "sweden": "Europe/Stockholm", "norway": "Europe/Oslo", "denmark": "Europe/Copenhagen",
    "finland": "Europe/Helsinki", "greece": "Europe/Athens", "ukraine": "Europe/Kyiv",
    "turkey": "Europe/Istanbul", "turkiye": "Europe/Istanbul", "israel": "Asia/Jerusalem",
    "egypt": "Africa/Cairo", "nigeria": "Africa/Lagos", "kenya": "Africa/Nairobi",
    "morocco": "Africa/Casablanca", "ivory coast": "Africa/Abidjan",
    "maldives": "Indian/Maldives", "jamaica": "America/Jamaica",
    "south africa": "Africa/Johannesburg", "india": "Asia/Kolkata", "china": "Asia/Shanghai",
    "japan": "Asia/Tokyo", "korea": "Asia/Seoul", "south korea": "Asia/Seoul",
    "thailand": "Asia/Bangkok", "vietnam": "Asia/Ho_Chi_Minh", "philippines": "Asia/Manila",
    "singapore": "Asia/Singapore", "uae": "Asia/Dubai", "pakistan": "Asia/Karachi",
    "bangladesh": "Asia/Dhaka", "iran": "Asia/Tehran", "new zealand": "Pacific/Auckland",
    "argentina": "America/Argentina/Buenos_Aires", "colombia": "America/Bogota",
    "peru": "America/Lima", "chile": "America/Santiago", "venezuela": "America/Caracas",
}  # fmt: skip

# US states and Canadian provinces, by name and postal code ("Columbus, OH", "Ohio"): the
# zone where most of their people live (Texas: Central; Florida, Indiana: Eastern). Two-
# letter codes only after a city ("or", "me", "in" are words); a full name also alone.
STATES: Final[dict[str, tuple[str, str]]] = {
    "alabama": ("al", "America/Chicago"), "alaska": ("ak", "America/Anchorage"),
    "arizona": ("az", "America/Phoenix"), "arkansas": ("ar", "America/Chicago"),
    "california": ("ca", "America/Los_Angeles"), "colorado": ("co", "America/Denver"),
    "connecticut": ("ct", "America/New_York"), "delaware": ("de", "America/New_York"),
    "florida": ("fl", "America/New_York"), "georgia": ("ga", "America/New_York"),
    "hawaii": ("hi", "Pacific/Honolulu"), "idaho": ("id", "America/Boise"),
    "illinois": ("il", "America/Chicago"), "indiana": ("in", "America/Indiana/Indianapolis"),
    "iowa": ("ia", "America/Chicago"), "kansas": ("ks", "America/Chicago"),
    "kentucky": ("ky", "America/New_York"), "louisiana": ("la", "America/Chicago"),
    "maine": ("me", "America/New_York"), "maryland": ("md", "America/New_York"),
    "massachusetts": ("ma", "America/New_York"), "michigan": ("mi", "America/Detroit"),
    "minnesota": ("mn", "America/Chicago"), "mississippi": ("ms", "America/Chicago"),
    "missouri": ("mo", "America/Chicago"), "montana": ("mt", "America/Denver"),
    "nebraska": ("ne", "America/Chicago"), "nevada": ("nv", "America/Los_Angeles"),
    "new hampshire": ("nh", "America/New_York"), "new jersey": ("nj", "America/New_York"),
    "new mexico": ("nm", "America/Denver"), "new york": ("ny", "America/New_York"),
    "north carolina": ("nc", "America/New_York"), "north dakota": ("nd", "America/Chicago"),
    "ohio": ("oh", "America/New_York"), "oklahoma": ("ok", "America/Chicago"),
    "oregon": ("or", "America/Los_Angeles"), "pennsylvania": ("pa", "America/New_York"),
    "rhode island": ("ri", "America/New_York"), "south carolina": ("sc", "America/New_York"),
    "south dakota": ("sd", "America/Chicago"), "tennessee": ("tn", "America/Chicago"),
    "texas": ("tx", "America/Chicago"), "utah": ("ut", "America/Denver"),
    "vermont": ("vt", "America/New_York"), "virginia": ("va", "America/New_York"),
    "washington": ("wa", "America/Los_Angeles"),  # after a town; alone it is DC (CITIES)
    "washington state": ("wa", "America/Los_Angeles"),
    "west virginia": ("wv", "America/New_York"), "wisconsin": ("wi", "America/Chicago"),
    "wyoming": ("wy", "America/Denver"), "district of columbia": ("dc", "America/New_York"),
    "ontario": ("on", "America/Toronto"), "quebec": ("qc", "America/Toronto"),
    "british columbia": ("bc", "America/Vancouver"), "alberta": ("ab", "America/Edmonton"),
    "manitoba": ("mb", "America/Winnipeg"), "saskatchewan": ("sk", "America/Regina"),
    "nova scotia": ("ns", "America/Halifax"), "new brunswick": ("nb", "America/Moncton"),
    "newfoundland": ("nl", "America/St_Johns"),
}  # fmt: skip
_STATE_NAMES: Final = {name: zone for name, (_, zone) in STATES.items()}
_STATE_CODES: Final = {code: zone for code, zone in STATES.values()}
_STATE_CODE_NAMES: Final = {code: name for name, (code, _) in reversed(STATES.items())}

# Offsets that are not whole hours have no Etc/ zone: the best-known zone on each.
_FRACTIONAL_OFFSETS: Final[dict[tuple[int, int], str]] = {
    (-9, 30): "Pacific/Marquesas", (-3, 30): "America/St_Johns", (3, 30): "Asia/Tehran",
    (4, 30): "Asia/Kabul", (5, 30): "Asia/Kolkata", (5, 45): "Asia/Kathmandu",
    (6, 30): "Asia/Yangon", (8, 45): "Australia/Eucla", (9, 30): "Australia/Darwin",
    (10, 30): "Australia/Adelaide", (12, 45): "Pacific/Chatham",
}  # fmt: skip

_OFFSET_RE: Final = re.compile(
    r"^(?:utc|gmt)?\s*(?P<sign>[+-])\s*(?P<hours>\d{1,2})(?:[:.h]?(?P<minutes>\d{2}))?$"
)
# "UTC+5.5", "+5.75": hours with a decimal fraction (read before `normalize` drops the dot).
_DECIMAL_OFFSET_RE: Final = re.compile(
    r"^(?:utc|gmt)?(?P<sign>[+-])(?P<hours>\d{1,2})[.,](?P<fraction>5|25|75|50)$"
)
_BARE_OFFSET_RE: Final = re.compile(r"^(?:utc|gmt)?0?(?P<hours>\d{1,2})$")
_UTC_NAMES: Final = frozenset({"utc", "gmt", "z", "zulu", "utc+0", "utc-0", "gmt+0", "gmt-0"})


MIN_SUGGESTED_CHARS: Final = 4
"""Shorter words are matched exactly only: "man" is no misspelt "Mana" or "Mano"."""


def resolve(text: str) -> str:
    """The IANA name for what a user typed; raise `UnknownTimezone` (with suggestions), or
    `AmbiguousTimezone` (with the zones to choose from)."""
    key = LEAD.sub("", normalize(text))
    if not key or len(text) > MAX_INPUT_CHARS:
        raise UnknownTimezone(text)
    if offset := _offset_zone(key, text):
        return offset
    # "Portland, OR": the whole text first ("portland maine" is a place of its own), then
    # the part before the comma, or before the state or country named ("Berlin DE").
    region = _region_named(key.replace(",", " , ").split())
    town = region.town if region else ""
    for candidate in dict.fromkeys((key.replace(",", " "), key.split(",", 1)[0], town)):
        if not candidate:
            continue
        if region is not None and candidate == town:
            found = None
            with suppress(AmbiguousTimezone):  # "Valencia, Spain": the region decides
                found = _lookup(candidate, text)
            if found is not None and region.holds(found):
                return found
            # "Valencia, Spain", "Newcastle, UK": of the towns of the name, the region's.
            if held := _town_in(region):
                return held
            continue
        found = _lookup(" ".join(candidate.split()), text)
        # "Paris, Texas", "Perth, Scotland": a town of that name elsewhere gives way to the
        # state or country named.
        if found is not None and (region is None or not region.town or region.holds(found)):
            return found
    if region is None:
        raise UnknownTimezone(text, suggest(key))
    if len(region.zones) > 1:  # "Savannah, Georgia": the state or the country
        raise AmbiguousTimezone(text, region.zones)
    return region.zones[0]


def _offset_zone(key: str, text: str) -> str | None:
    """The zone of UTC or of an offset from it ("+3", "UTC+5.5"); None if `key` is none."""
    if key in _UTC_NAMES:
        return "UTC"
    if match := _DECIMAL_OFFSET_RE.match("".join(text.lower().replace("−", "-").split())):
        return _from_offset(match, text, round(float(f"0.{match['fraction']}") * 60))
    if match := _OFFSET_RE.match(key.replace(" ", "")):
        return _from_offset(match, text)
    if (bare := _BARE_OFFSET_RE.match(key.replace(" ", ""))) and 0 < int(bare["hours"]) <= 12:
        # "5": an offset said without its sign; which side of UTC is asked.
        raise AmbiguousTimezone(text, (f"Etc/GMT-{bare['hours']}", f"Etc/GMT+{bare['hours']}"))
    return None


@dataclass(frozen=True, slots=True)
class _Region:
    """A state, province or country named after a town: its zones, the countries (ISO codes)
    whose towns it holds, and the words before it ("" when alone)."""

    zones: tuple[str, ...]
    countries: frozenset[str]
    town: str
    state: tuple[str, str] | None = None  # postal code and name: ("ga", "georgia")
    iso: str = ""  # the postal code as a country's: "Berlin, DE"

    def holds(self, zone: str) -> bool:
        """A town found in `zone` is in this region: in its country and, after a state, on
        the state's clock or in a zone of the state ("Menominee, MI": Central, in Michigan),
        not "Dallas, GA" (Central, in Texas)."""
        countries = countries_of(zone)
        if self.iso in countries:
            return True
        if not countries & self.countries:
            return False
        if self.state is None:
            return True
        code, name = self.state
        note = zone_notes().get(zone, "")
        return (
            _same_clock(zone, self.zones[0])
            or re.search(rf"\b{code.upper()}\b", note) is not None
            or name.title() in note
        )


def _region_named(tokens: list[str]) -> _Region | None:
    """The state or province named in full, alone ("Ohio") or after a town ("Columbus Ohio",
    "Paris, Texas"); else a country after a town and a comma ("Perth, Scotland", "Tbilisi,
    Georgia": not "New England"); else a state's postal code after a town ("Columbus, OH"),
    which may also be a country's ISO code ("Berlin, DE", "Delhi, IN"). `tokens` are the
    words and commas typed."""
    words = [part for part in tokens if part != ","]
    for size in (3, 2, 1):
        name = " ".join(words[-size:])
        if len(words) < size:
            continue
        if name not in AMBIGUOUS and (zone := _STATE_NAMES.get(name)):
            named = (STATES[name][0], name)
            return _region((zone,), words[:-size], named)  # "Georgia": state or country
        before = tokens[: -size - 1]
        if tokens[-size - 1 :][:1] == [","] and before and (zones := _country_zones(name)):
            country = _region(zones, before, None)
            # "Lima, Ohio, USA": the state named before its country.
            inner = _region_named(before)
            return inner if inner and inner.countries & country.countries else country
    for size in (3, 2, 1):
        # "Leeds UK", "Valencia Spain": a country after a known town needs no comma.
        before, name = words[:-size], " ".join(words[-size:])
        if before and (zones := _country_zones(name)) and _is_town(" ".join(before)):
            return _region(zones, before, None)
    if len(words) > 1 and (zone := _STATE_CODES.get(words[-1])):
        coded = (words[-1], _STATE_CODE_NAMES[words[-1]])
        return _region((zone,), words[:-1], coded, iso=words[-1].upper())
    return None


def _country_zones(name: str) -> tuple[str, ...]:
    """A country's zone, or the zones to choose from ("usa", "georgia"); none if no country."""
    zone = COUNTRIES.get(name)
    return (zone,) if zone is not None else AMBIGUOUS.get(name, ())


def _region(
    zones: tuple[str, ...], town: list[str], state: tuple[str, str] | None, iso: str = ""
) -> _Region:
    countries = frozenset(c for zone in zones for c in countries_of(zone))
    town_named = " ".join(word for word in town if word != ",")
    return _Region(zones, countries, town_named, state, iso)


def _same_clock(zone: str, other: str) -> bool:
    """The two zones keep the same time this winter and this summer."""
    now = datetime.now(zone_named(zone))
    return all(
        moment.utcoffset() == moment.astimezone(zone_named(other)).utcoffset()
        for moment in (now, now + timedelta(days=182))
    )


def _lookup(key: str, text: str) -> str | None:
    if (zones := AMBIGUOUS.get(key)) is not None:
        raise AmbiguousTimezone(text, zones)
    # Common names before IANA's: its "Japan" or "EST" are legacy links, not what people mean.
    return (
        ABBREVIATIONS.get(key)
        or CITIES.get(key)
        or COUNTRIES.get(key)
        or _zones_by_name().get(key)
        or _zones_by_city().get(key)
        or _town(key, text)
    )


def _town(key: str, text: str) -> str | None:
    """The zone of the town named alone; `AmbiguousTimezone` when towns of comparable size
    share the name ("Valencia": Caracas or Madrid); none for a common word ("man")."""
    zones = towns().get(key)
    if zones is None or key in COMMON_WORDS:
        return None
    if len(zones) > 1:
        raise AmbiguousTimezone(text, zones)
    return zones[0]


def _town_in(region: _Region) -> str | None:
    """The zone of a town of the name before the region that the region holds."""
    return next((zone for zone in towns().get(region.town, ()) if region.holds(zone)), None)


def _is_town(key: str) -> bool:
    return key in towns() or key in CITIES or key in _zones_by_city()


def suggest(key: str) -> tuple[str, ...]:
    """Up to three IANA names close to a misspelt place ("berln" -> Europe/Berlin); none
    for a short or common word ("man" is no town far away)."""
    if len(key) < MIN_SUGGESTED_CHARS or key in COMMON_WORDS or key in GREETINGS:
        return ()
    known = {name: zones[0] for name, zones in towns().items()}
    choices = {**known, **_zones_by_city(), **CITIES, **COUNTRIES}
    matches = process.extract(
        key, list(choices), scorer=fuzz.ratio, limit=MAX_SUGGESTIONS * 2,
        score_cutoff=SUGGESTION_CUTOFF,
    )  # fmt: skip
    zones = dict.fromkeys(choices[name] for name, _, _ in matches)  # unique, best first
    return tuple(zones)[:MAX_SUGGESTIONS]


def offset_name(zone: str, at: datetime) -> str:
    """The zone's offset from UTC at `at`: "UTC+5:30", "UTC", "UTC\u22128" (a real minus)."""
    offset = at.astimezone(zone_named(zone)).utcoffset() or timedelta()
    minutes = int(offset.total_seconds()) // 60
    if minutes == 0:
        return "UTC"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{'+' if minutes > 0 else '−'}{hours}" + (f":{rest:02d}" if rest else "")


def zone_label(zone: str, at: datetime) -> str:
    """How a zone is shown: "America/Los_Angeles (UTC-8)"; a fixed offset as "UTC+3" alone
    (its IANA name, Etc/GMT-3, has the sign the other way round)."""
    offset = offset_name(zone, at)
    if zone == "UTC" or zone.startswith("Etc/"):
        return offset
    return f"{zone} ({offset})"


def place_name(zone: str) -> str:
    """A zone's place, for a button: "America/Los_Angeles" -> "Los Angeles"."""
    return zone.rsplit("/", 1)[-1].replace("_", " ")


def is_known(name: str) -> bool:
    """The name is an IANA zone this system knows (button data is checked with this)."""
    return name in _available()


async def from_location(latitude: float, longitude: float) -> str | None:
    """The IANA zone at a point (offline, tzfpy), in a worker thread; None if none."""
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        return None
    return await asyncio.to_thread(_zone_at, latitude, longitude)


def _zone_at(latitude: float, longitude: float) -> str | None:
    # tzfpy loads its boundary data when imported (~0.3 s, ~30 MB): on the first shared
    # location, in a worker thread (never at start, never on the event loop).
    from tzfpy import get_tz

    name = get_tz(longitude, latitude)
    return name if name and is_known(name) else None


def _from_offset(match: re.Match[str], text: str, minutes: int | None = None) -> str:
    hours = int(match["hours"])
    minutes = int(match["minutes"] or 0) if minutes is None else minutes
    sign = -1 if match["sign"] == "-" else 1
    if minutes:
        zone = _FRACTIONAL_OFFSETS.get((sign * hours, minutes))
        if zone is None:
            raise UnknownTimezone(text)
        return zone
    if hours == 0:
        return "UTC"
    if not -12 <= sign * hours <= 14:
        raise UnknownTimezone(text)
    # POSIX style: Etc/GMT-3 is three hours AHEAD of UTC.
    return f"Etc/GMT{'-' if sign > 0 else '+'}{hours}"


@cache
def _available() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


@cache
def _zones_by_name() -> dict[str, str]:
    """ "europe/berlin" -> "Europe/Berlin", for every IANA zone."""
    return {normalize(name): name for name in _available()}


@cache
def _zones_by_city() -> dict[str, str]:
    """ "berlin" -> "Europe/Berlin": the last part of every regional IANA zone."""
    by_city: dict[str, str] = {}
    # Sorted so that a city named twice always maps to the same zone; canonical regions
    # before the legacy aliases (US/..., Etc/..., SystemV/...).
    regions = ("Africa/", "America/", "Antarctica/", "Asia/", "Atlantic/", "Australia/",
               "Europe/", "Indian/", "Pacific/")  # fmt: skip
    for name in sorted(_available(), key=lambda n: (n.count("/"), n)):
        if name.startswith(regions):
            by_city.setdefault(normalize(name.rsplit("/", 1)[1]), name)
    return by_city
