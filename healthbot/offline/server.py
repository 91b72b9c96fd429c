"""What the fake API servers share: an aiohttp app on loopback, started and stopped as one."""

from __future__ import annotations

import logging
from types import TracebackType
from typing import Self

from aiohttp import web

log = logging.getLogger(__name__)


class FakeServer:
    """An aiohttp server on ``host:port`` (port 0 picks a free one), usable as ``async with``.

    Subclasses build their routes in ``_app`` and may answer pending requests in
    ``_before_stop``.
    """

    name = "fake server"

    def __init__(self, host: str, port: int) -> None:
        self.host = host
        self.port = port
        self._runner: web.AppRunner | None = None

    def _app(self) -> web.Application:
        raise NotImplementedError

    def _before_stop(self) -> None:
        """Called once before the server stops (pending requests may be answered here)."""

    async def start(self) -> None:
        """Start serving on ``host:port`` (port 0 picks a free one, see ``base_url``)."""
        # handler_cancellation: a long poll or a hung answer stops when its client goes away.
        runner = web.AppRunner(
            self._app(), access_log=None, handler_cancellation=True, shutdown_timeout=1.0
        )
        await runner.setup()
        site = web.TCPSite(runner, self.host, self.port)
        try:
            await site.start()
        except BaseException:
            await runner.cleanup()
            raise
        self._runner = runner
        self.port = runner.addresses[0][1]
        log.info("%s listening on %s", self.name, self.base_url)

    async def stop(self) -> None:
        """Stop serving; answers in progress are cut off."""
        if self._runner is None:
            return
        self._before_stop()
        runner, self._runner = self._runner, None
        await runner.cleanup()

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.stop()

    @property
    def base_url(self) -> str:
        """The server's base URL, e.g. ``http://127.0.0.1:PORT``."""
        if self._runner is None:
            raise RuntimeError(f"{type(self).__name__} is not started")
        return f"http://{self.host}:{self.port}"
