"""Daemon start-up: time from process start to the first getUpdates, and RSS after start.

Runs `healthbot run` against loadgen's fake Telegram with embedded PostgreSQL and Redis,
first in a new data dir (initdb included), then again in the same dir (warm).

    python bench/bench_startup.py [--runs 3]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path

import psutil

from loadgen.telegram import FakeTelegram

TOKEN = "123456:bench-startup"  # noqa: S105 - the fake accepts any token


async def one_start(data_dir: Path) -> tuple[float, float]:
    """Seconds to the first getUpdates, and the daemon's RSS in MB one second later."""
    async with FakeTelegram(TOKEN) as fake:
        env = {
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
        await asyncio.sleep(1.0)
        rss = psutil.Process(process.pid).memory_info().rss / 2**20
        process.send_signal(signal.SIGTERM)
        await asyncio.wait_for(process.wait(), 30)
        return to_first_poll, rss


async def main(runs: int) -> None:
    """Cold and warm starts, `runs` times each."""
    cold: list[tuple[float, float]] = []
    warm: list[tuple[float, float]] = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="hb-bench-start-") as tmp:
            cold.append(await one_start(Path(tmp)))
            warm.append(await one_start(Path(tmp)))
    for name, figures in (("cold (initdb)", cold), ("warm", warm)):
        seconds = [f[0] for f in figures]
        rss = [f[1] for f in figures]
        print(
            f"{name:<14} first getUpdates after median {statistics.median(seconds):.2f} s "
            f"(min {min(seconds):.2f}, max {max(seconds):.2f}); "
            f"daemon RSS median {statistics.median(rss):.0f} MB"
        )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    asyncio.run(main(parser.parse_args().runs))
