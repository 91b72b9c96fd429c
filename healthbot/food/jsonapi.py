"""A JSON API over HTTP, as the outside food sources (FoodData Central, Open Food Facts) are
called: one session, a total timeout, no redirects (a key header would follow them to another
host), 429, 5xx and network errors retried with the shared backoff (or the server's
Retry-After) up to `attempts` tries; then the source's own error, naming only what went
wrong (aiohttp's messages name the URL)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from typing import Any, Final

import aiohttp

from healthbot.backoff import Backoff
from healthbot.errors import HealthbotError

log = logging.getLogger(__name__)

_MAX_RETRY_AFTER: Final = 30.0


class JsonApi:
    """GETs JSON from `base_url`; None for a 404."""

    def __init__(
        self,
        name: str,
        base_url: str,
        headers: Mapping[str, str],
        *,
        timeout: aiohttp.ClientTimeout,
        attempts: int,
        backoff: Backoff,
        error: type[HealthbotError],
    ) -> None:
        self.name = name
        self.base_url = base_url.rstrip("/")
        self.attempts = attempts
        self._headers = dict(headers)
        self._timeout = timeout
        self._backoff = backoff
        self._error = error
        self._session: aiohttp.ClientSession | None = None

    async def close(self) -> None:
        """Close the HTTP session."""
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def get(self, path: str, params: Mapping[str, str]) -> Any:
        """The JSON at `path`, None if the source has nothing there; the source's error if it
        refuses the request or does not answer within `attempts` tries."""
        if self._session is None:
            self._session = aiohttp.ClientSession(headers=self._headers, timeout=self._timeout)
        self._backoff.reset()
        for attempt in range(1, self.attempts + 1):
            try:
                async with self._session.get(
                    self.base_url + path, params=params, allow_redirects=False
                ) as response:
                    if response.status == 200:
                        return await response.json(content_type=None)
                    if response.status == 404:
                        return None
                    retry_after = _retry_after(response.headers.get("Retry-After"))
                    problem = f"HTTP {response.status}"
                    if response.status != 429 and response.status < 500:
                        raise self._error(f"{self.name} refused the request ({problem})")
            except (aiohttp.ClientError, TimeoutError, ValueError) as error:
                problem, retry_after = type(error).__name__, None
            if attempt == self.attempts:
                break
            delay = retry_after if retry_after is not None else self._backoff.delay()
            log.info("%s %s (%s); try %d of %d in %.1f s",
                     self.name, path.split("/")[1], problem, attempt + 1, self.attempts,
                     delay)  # fmt: skip
            await asyncio.sleep(delay)
        raise self._error(f"{self.name} did not answer ({problem} after {self.attempts} tries)")


def _retry_after(value: str | None) -> float | None:
    try:
        return None if value is None else min(max(float(value), 0.0), _MAX_RETRY_AFTER)
    except ValueError:
        return None  # an HTTP date: the backoff decides
