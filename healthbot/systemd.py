"""systemd's notify protocol (sd_notify(3)): readiness, status, stopping and watchdog pings.

Under `Type=notify` systemd hands the daemon a datagram socket in $NOTIFY_SOCKET and waits for
READY=1 before it calls the service started; `WatchdogSec=` adds $WATCHDOG_USEC, and a daemon
that sends no WATCHDOG=1 within it is killed and restarted. The pings come from a task of the
event loop, so a blocked loop stops them. Without $NOTIFY_SOCKET (a terminal, a test, another
Type=) every call does nothing, and a failing socket never stops the daemon.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
from collections.abc import Mapping

from healthbot.logs import redact

log = logging.getLogger(__name__)

# Datagrams are small; a status line longer than this is cut (systemd keeps one line).
MAX_STATUS = 200


class Notifier:
    """Sends state changes to systemd; a no-op when the daemon was not started by it."""

    def __init__(self, address: str | None, watchdog_seconds: float | None = None) -> None:
        # "@name" is an abstract socket: its first byte is NUL on the wire.
        self.address = "\0" + address[1:] if address and address.startswith("@") else address
        self.watchdog_seconds = watchdog_seconds
        self._socket: socket.socket | None = None
        self._failed = False

    @classmethod
    def from_environment(cls, env: Mapping[str, str] = os.environ) -> Notifier:
        """The notifier systemd asked for through the environment (or a silent one)."""
        watchdog = None
        usec = env.get("WATCHDOG_USEC", "")
        # WATCHDOG_PID names the process meant to ping; another one's (a parent's) is not ours.
        pid = env.get("WATCHDOG_PID", "")
        if usec.isdigit() and int(usec) > 0 and (not pid or pid == str(os.getpid())):
            watchdog = int(usec) / 1e6
        return cls(env.get("NOTIFY_SOCKET") or None, watchdog)

    @property
    def enabled(self) -> bool:
        """True when there is a systemd to tell."""
        return self.address is not None

    def send(self, *fields: str) -> None:
        """Send `KEY=value` fields in one datagram; errors are logged once, never raised."""
        if self.address is None or self._failed:
            return
        message = "\n".join(fields).encode()
        try:
            if self._socket is None:
                self._socket = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
                self._socket.setblocking(False)  # a full queue drops a datagram, never waits
            self._socket.sendto(message, self.address)
        except BlockingIOError:
            pass  # systemd is busy: the next status or ping says the same again
        except OSError as exc:
            self._failed = True
            self.close()
            log.warning("cannot notify systemd at $NOTIFY_SOCKET: %s; carrying on without", exc)

    def status(self, text: str) -> None:
        """What `systemctl status` shows on its Status: line."""
        self.send(f"STATUS={_one_line(text)}")

    def ready(self, status: str) -> None:
        """The daemon is serving: systemd calls the unit started and starts units after it."""
        self.send("READY=1", f"STATUS={_one_line(status)}")

    def stopping(self, status: str) -> None:
        """The daemon is shutting down (draining): systemd shows it as deactivating."""
        self.send("STOPPING=1", f"STATUS={_one_line(status)}")

    def extend_start(self, seconds: float, status: str) -> None:
        """Still starting and making progress (waiting for a server): give it `seconds` more
        before TimeoutStartSec runs out."""
        self.send(f"EXTEND_TIMEOUT_USEC={int(seconds * 1e6)}", f"STATUS={_one_line(status)}")

    async def watchdog(self) -> None:
        """Ping the watchdog at half its period, forever (cancel to stop); returns at once
        when systemd set no watchdog."""
        if self.watchdog_seconds is None or self.address is None:
            return
        interval = self.watchdog_seconds / 2
        while True:
            self.send("WATCHDOG=1")
            await asyncio.sleep(interval)

    def close(self) -> None:
        """Close the socket (the notifier may send again: it reopens)."""
        if self._socket is not None:
            self._socket.close()
            self._socket = None


def _one_line(text: str) -> str:
    """A status fit for one line of `systemctl status`, secrets redacted."""
    line = redact(" ".join(text.split()))
    return line if len(line) <= MAX_STATUS else line[: MAX_STATUS - 1] + "…"
