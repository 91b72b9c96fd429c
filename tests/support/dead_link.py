"""The chat claims over a TCP link that dies, in a network namespace of their own.

Run as `unshare -n python -m tests.support.dead_link URL [--unchecked]` (root; the second
without the checks, as a plain connection), URL a PostgreSQL reached
by its Unix socket: a relay in this process carries a TCP connection on the namespace's
loopback to that socket (a Unix socket works across network namespaces), the claims connect
through it, and then the loopback goes down: no packet passes any more, but neither end is
told, as when a machine or a network link is lost. Prints what the claims did then, one
line: "reconnecting after N s", or "still connected after N s".
"""

from __future__ import annotations

import asyncio
import contextlib
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

from psycopg.conninfo import conninfo_to_dict, make_conninfo

from healthbot.telegram.claims import Claims
from healthbot.telegram.inbox import StoredUpdate

# Short checks, so that the test waits seconds: the claims keep values given in the URL.
CHECKS = {"keepalives_idle": 1, "keepalives_interval": 1, "keepalives_count": 2,
          "tcp_user_timeout": 3000}  # fmt: skip
UNCHECKED = {"keepalives": 0, "tcp_user_timeout": 0}  # libpq's defaults: the control
PATIENCE = 60.0  # seconds the claims get to notice


class NoLanes:
    """Lanes that hold nothing: the claims' session is the subject."""

    def __init__(self) -> None:
        self.on_release: Callable[[int], Awaitable[None]] | None = None
        self.may_go_on: Callable[[], bool] | None = None
        self.room = asyncio.Event()
        self.room.set()  # the claims look every `poll_seconds` (an empty inbox: none found)

    async def claim(self, chat: int, waiting: list[StoredUpdate] | None = None) -> None:
        return None

    def unclaim(self, chat: int) -> None:
        return None

    def given_back(self, chat: int) -> None:
        return None

    def holds(self, chat: int) -> bool:
        return False

    def claimed_count(self) -> int:
        return 0

    def lingering(self) -> int:
        return 0


class Written:
    async def settle(self) -> None:
        return None


async def relay(socket_path: str) -> tuple[asyncio.Server, int]:
    """A TCP port on this namespace's loopback that leads to the Unix socket."""

    async def pump(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with contextlib.suppress(OSError):
            while data := await reader.read(65536):
                writer.write(data)
                await writer.drain()
        writer.close()

    async def carry(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        server_reader, server_writer = await asyncio.open_unix_connection(socket_path)
        await asyncio.gather(pump(reader, server_writer), pump(server_reader, writer))

    server = await asyncio.start_server(carry, "127.0.0.1", 0)
    return server, server.sockets[0].getsockname()[1]


async def loopback(state: str) -> None:
    """This namespace's loopback up or down."""
    ip = await asyncio.create_subprocess_exec("ip", "link", "set", "lo", state)
    assert await ip.wait() == 0


async def main(url: str, checks: dict[str, int], patience: float) -> None:
    await loopback("up")
    params = conninfo_to_dict(url)
    socket_path = str(Path(str(params["host"])) / f".s.PGSQL.{params.get('port', 5432)}")
    server, port = await relay(socket_path)
    conninfo = make_conninfo(url, host="127.0.0.1", port=port, **checks)
    claims = Claims(conninfo, NoLanes(), Written(), max_chats=1, poll_seconds=0.25)
    stop = asyncio.Event()
    running = asyncio.create_task(claims.run(stop))
    async with asyncio.timeout(60):
        await claims.connected.wait()
    await loopback("down")
    start = time.monotonic()
    while claims.connected.is_set() and time.monotonic() - start < patience:
        await asyncio.sleep(0.1)
    state = "still connected" if claims.connected.is_set() else "reconnecting"
    print(f"{state} after {time.monotonic() - start:.1f} s", flush=True)
    stop.set()
    running.cancel()
    server.close()


if __name__ == "__main__":
    if sys.argv[2:] == ["--unchecked"]:  # as a plain connection would: for 10 s
        asyncio.run(main(sys.argv[1], UNCHECKED, 10.0))
    else:
        asyncio.run(main(sys.argv[1], CHECKS, PATIENCE))
