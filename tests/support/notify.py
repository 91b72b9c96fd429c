"""A datagram socket that plays systemd's part in the notify protocol (sd_notify(3))."""

from __future__ import annotations

import asyncio
import os
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from loadgen.telegram import FakeTelegram


@dataclass
class Message:
    """One datagram: when it came, what the bot had been asked by then, and its fields."""

    at: float
    fields: dict[str, str]
    get_updates_before: int = 0


@dataclass
class FakeSystemd:
    """A datagram socket that records what the daemon notifies."""

    path: str
    messages: list[Message] = field(default_factory=list)
    fake: FakeTelegram | None = None  # to note how many getUpdates came before each message

    def values(self, key: str) -> list[str]:
        """Every value sent for `key`, in order."""
        return [m.fields[key] for m in self.messages if key in m.fields]

    def first(self, key: str) -> Message | None:
        """The first message carrying `key`."""
        return next((m for m in self.messages if key in m.fields), None)

    async def wait_for(self, key: str, value: str | None = None, timeout: float = 90) -> Message:
        """The first message with `key` (equal to `value` if given), waiting for it."""
        async with asyncio.timeout(timeout):
            while True:
                for m in self.messages:
                    if key in m.fields and (value is None or m.fields[key] == value):
                        return m
                await asyncio.sleep(0.02)


@contextmanager
def fake_systemd(fake: FakeTelegram | None = None) -> Iterator[FakeSystemd]:
    """Bind a notify socket (a short path: unix socket paths are capped at 107 bytes)."""
    folder = tempfile.mkdtemp(prefix="hb-notify-")
    recorder = FakeSystemd(os.path.join(folder, "notify"), fake=fake)
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(recorder.path)
    sock.settimeout(0.1)
    done = threading.Event()

    def read() -> None:
        while not done.is_set():
            try:
                data = sock.recv(4096)
            except TimeoutError:
                continue
            fields = dict(line.split("=", 1) for line in data.decode().splitlines())
            calls = recorder.fake.calls["getUpdates"] if recorder.fake else 0
            recorder.messages.append(Message(time.monotonic(), fields, calls))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        yield recorder
    finally:
        done.set()
        reader.join(timeout=5)
        sock.close()
        os.unlink(recorder.path)
        os.rmdir(folder)
