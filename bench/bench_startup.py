"""Daemon start-up: time from process start to the first getUpdates and to systemd's READY=1,
and RSS after start.

Runs `healthbot run` against loadgen's fake Telegram with embedded PostgreSQL and Redis,
first in a new data dir (initdb included), then again in the same dir (warm).

    python bench/bench_startup.py [--runs 3]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import socket
import statistics
import sys
import tempfile
import time
from pathlib import Path

import psutil

from loadgen.telegram import FakeTelegram

TOKEN = "123456:bench-startup"  # noqa: S105 - the fake accepts any token


async def one_start(data_dir: Path) -> tuple[float, float, float]:
    """Seconds to the first getUpdates and to READY=1, and the daemon's RSS in MB one second
    later."""
    loop = asyncio.get_running_loop()
    notify = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    notify.bind(str(data_dir.parent / f"notify-{data_dir.name}"))
    notify.setblocking(False)
    async with FakeTelegram(TOKEN) as fake:
        env = {
            "NOTIFY_SOCKET": notify.getsockname(),
            **os.environ,
            "HEALTHBOT_TELEGRAM__TOKEN": TOKEN,
            "HEALTHBOT_TELEGRAM__API_BASE": fake.base_url,
            "HEALTHBOT_DATA_DIR": str(data_dir),
            "HEALTHBOT_METRICS__PORT": "0",
            "HEALTHBOT_LOG_LEVEL": "WARNING",
        }
        start = time.perf_counter()
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "healthbot", "run", env=env,
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
        )  # fmt: skip
        while not fake.calls["getUpdates"]:
            if process.returncode is not None:
                raise RuntimeError("the daemon exited during start-up")
            await asyncio.sleep(0.002)
        to_first_poll = time.perf_counter() - start
        while b"READY=1" not in await asyncio.wait_for(loop.sock_recv(notify, 4096), 60):
            pass
        to_ready = time.perf_counter() - start
        await asyncio.sleep(1.0)
        rss = psutil.Process(process.pid).memory_info().rss / 2**20
        process.send_signal(signal.SIGTERM)
        await asyncio.wait_for(process.wait(), 30)
    os.unlink(notify.getsockname())
    notify.close()
    return to_first_poll, to_ready, rss


async def main(runs: int) -> None:
    """Cold and warm starts, `runs` times each."""
    cold: list[tuple[float, float, float]] = []
    warm: list[tuple[float, float, float]] = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="hb-bench-start-") as tmp:
            cold.append(await one_start(Path(tmp) / "data"))
            warm.append(await one_start(Path(tmp) / "data"))
    for name, figures in (("cold (initdb)", cold), ("warm", warm)):
        poll, ready, rss = ([f[i] for f in figures] for i in range(3))
        print(
            f"{name:<14} first getUpdates after median {statistics.median(poll):.2f} s "
            f"(min {min(poll):.2f}, max {max(poll):.2f}); READY=1 after median "
            f"{statistics.median(ready):.2f} s (max {max(ready):.2f}); "
            f"daemon RSS median {statistics.median(rss):.0f} MB"
        )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    asyncio.run(main(parser.parse_args().runs))
