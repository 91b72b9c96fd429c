"""The model's client: Anthropic with the configured key, or loadgen's fake when there is
none (the coach then says it is offline; every command works the same)."""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

from anthropic import AsyncAnthropic

from healthbot.config import AnthropicSettings

if TYPE_CHECKING:  # loadgen is imported only when there is no key
    from loadgen.anthropic import FakeAnthropic

log = logging.getLogger(__name__)

OFFLINE_KEY = "offline"  # the in-process fake accepts any key


class ModelClient:
    """Opens the client on first use (the offline fake is a server to start) and closes it."""

    def __init__(self, settings: AnthropicSettings) -> None:
        self.settings = settings
        self.offline = settings.api_key is None
        self._client: AsyncAnthropic | None = None
        self._fake: FakeAnthropic | None = None
        self._lock = asyncio.Lock()

    async def get(self) -> AsyncAnthropic:
        """The client (started once)."""
        if self._client is None:
            async with self._lock:
                if self._client is None:
                    self._client = await self._open()
        return self._client

    async def _open(self) -> AsyncAnthropic:
        s = self.settings
        if s.api_key is not None:
            key, base_url = s.api_key.get_secret_value(), s.base_url
        else:
            from loadgen.anthropic import FakeAnthropic

            fake = FakeAnthropic(api_key=None, latency=0.2)
            await fake.start()
            self._fake = fake
            key, base_url = OFFLINE_KEY, fake.base_url
            log.info("coach offline: no anthropic.api_key, answering with loadgen's fake")
        return AsyncAnthropic(
            api_key=key, base_url=base_url, max_retries=s.max_retries, timeout=s.timeout_seconds
        )

    async def close(self) -> None:
        """Close the client and stop the fake, if they were opened."""
        if self._client is not None:
            await self._client.close()
            self._client = None
        fake, self._fake = self._fake, None
        if fake is not None:
            await fake.stop()
