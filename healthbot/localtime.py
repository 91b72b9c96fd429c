"""Clocks and zones: now in UTC, a zone by name, the start of a day, a first guess.

Every feature that stores a "local_date" or answers "today" reads the user's timezone the
same way (`healthbot.users.user_zone`): from the cached user record, UTC until they set
one. The profile validates the names it stores; a bad one written by hand is logged and
read as UTC here, so that it never breaks logging.
"""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime, time
from typing import Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

log = logging.getLogger(__name__)


def utc_now() -> datetime:
    """Now, aware, in UTC (the default clock of the services)."""
    return datetime.now(UTC)


def zone_named(name: str) -> ZoneInfo:
    """The timezone `name`, or UTC when it is unknown (a bad value stored by hand)."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        log.warning("unknown timezone %r; using UTC", name)
        return ZoneInfo("UTC")


def day_start(zone: ZoneInfo, day: date) -> datetime:
    """The instant the calendar day `day` begins in `zone`."""
    return datetime.combine(day, time(), tzinfo=zone)


# The timezone most people writing in a language live in, where one clearly dominates.
# Languages spoken across many zones (en, es, pt, ar, fr...) are absent: those users get UTC.
LANGUAGE_ZONES: Final[dict[str, str]] = {
    "de": "Europe/Berlin", "it": "Europe/Rome", "nl": "Europe/Amsterdam",
    "pl": "Europe/Warsaw", "cs": "Europe/Prague", "sk": "Europe/Bratislava",
    "hu": "Europe/Budapest", "ro": "Europe/Bucharest", "bg": "Europe/Sofia",
    "el": "Europe/Athens", "sv": "Europe/Stockholm", "da": "Europe/Copenhagen",
    "nb": "Europe/Oslo", "no": "Europe/Oslo", "fi": "Europe/Helsinki",
    "uk": "Europe/Kyiv", "ru": "Europe/Moscow", "be": "Europe/Minsk",
    "tr": "Europe/Istanbul", "he": "Asia/Jerusalem", "fa": "Asia/Tehran",
    "ja": "Asia/Tokyo", "ko": "Asia/Seoul", "zh-hans": "Asia/Shanghai",
    "th": "Asia/Bangkok", "vi": "Asia/Ho_Chi_Minh", "id": "Asia/Jakarta",
    "pt-br": "America/Sao_Paulo",
}  # fmt: skip


def guess_from_language(language_code: str | None) -> str:
    """A first timezone from the Telegram language ("de" -> Europe/Berlin), else UTC."""
    if not language_code:
        return "UTC"
    code = language_code.lower()
    return LANGUAGE_ZONES.get(code) or LANGUAGE_ZONES.get(code.split("-", 1)[0]) or "UTC"


# Where a 12-hour clock is the custom (CLDR's hour format "h"), by the language tag's region.
TWELVE_HOUR_REGIONS: Final = frozenset(
    {"us", "ca", "au", "nz", "in", "ph", "pk", "bd", "eg", "sa", "jo", "kr", "co", "mx"}
)
# A bare "en" (what Telegram usually sends) says no region: the user's zone does.
_TWELVE_HOUR_ZONES: Final = (
    "America/", "US/", "Canada/", "Australia/", "Pacific/Auckland", "Pacific/Honolulu",
    "Asia/Kolkata", "Asia/Manila", "Asia/Karachi",
)  # fmt: skip


def twelve_hour(language_code: str | None, zone: str | None = None) -> bool:
    """Whether the user reads times as "3:15 PM" (en-US) rather than "15:15": by the region
    of their language tag, else, for a bare "en", by their timezone."""
    code = (language_code or "").lower().replace("_", "-")
    language, _, region = code.partition("-")
    if region:
        return region in TWELVE_HOUR_REGIONS
    return language == "en" and zone is not None and zone.startswith(_TWELVE_HOUR_ZONES)


def clock(at: datetime | time, language_code: str | None, zone: str | None = None) -> str:
    """A time of day as the user reads it: "3:15 PM" or "15:15" (see `twelve_hour`)."""
    if not twelve_hour(language_code, zone):
        return f"{at:%H:%M}"
    return twelve_hour_text(at)


def day_and_clock(at: datetime, language_code: str | None) -> str:
    """A moment in its own zone as the user reads it: "Sun 06 Dec 7:34 PM" or "... 19:34"."""
    return f"{at:%a %d %b} {clock(at, language_code, getattr(at.tzinfo, 'key', None))}"


def twelve_hour_text(at: datetime | time) -> str:
    """A time of day on the 12-hour clock: "3:15 PM", "12:05 AM"."""
    return f"{(at.hour + 11) % 12 + 1}:{at.minute:02d} {'AM' if at.hour < 12 else 'PM'}"
