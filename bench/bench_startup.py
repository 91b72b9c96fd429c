"""Daemon start-up: time from process start to the first getUpdates and to systemd's READY=1
(and the daemon's CPU seconds until then), its RSS after start and once the coach's memory
has loaded its model.

Runs `healthbot run` against loadgen's fake Telegram with embedded PostgreSQL and Redis,
first in a new data dir (initdb included), then again in the same dir (warm). The daemon
may write its bytecode (PYTHONDONTWRITEBYTECODE is dropped from its environment), as an
installed one has it: compiling healthbot's 224 modules at every start would be counted.

    python bench/bench_startup.py [--runs 3] [--no-memory]
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
import urllib.request
from pathlib import Path

import psutil

from loadgen.telegram import FakeTelegram

TOKEN = "123456:bench-startup"  # noqa: S105 - the fake accepts any token


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _memory_ready(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=2) as page:
            return b"healthbot_coach_memory_ready 1.0" in page.read()
    except OSError:
        return False


async def one_start(data_dir: Path, memory: bool) -> tuple[float, float, float, float, float]:
    """Seconds to the first getUpdates and to READY=1, the daemon's CPU seconds until READY,
    its RSS in MB one second later, and its RSS once the memory's model is loaded (0 without
    memory)."""
    loop = asyncio.get_running_loop()
    notify = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    notify.bind(str(data_dir.parent / f"notify-{data_dir.name}"))
    notify.setblocking(False)
    port = _free_port()
    async with FakeTelegram(TOKEN) as fake:
        env = {
            "NOTIFY_SOCKET": notify.getsockname(),
            **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
            "HEALTHBOT_TELEGRAM__TOKEN": TOKEN,
            "HEALTHBOT_TELEGRAM__API_BASE": fake.base_url,
            "HEALTHBOT_DATA_DIR": str(data_dir),
            "HEALTHBOT_METRICS__PORT": str(port),
            "HEALTHBOT_MEMORY__ENABLED": str(memory).lower(),
            "HEALTHBOT_LOG_LEVEL": "WARNING",
        }
        start = time.perf_counter()
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "healthbot", "run", env=env,
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
        )  # fmt: skip
        daemon = psutil.Process(process.pid)
        while not fake.calls["getUpdates"]:
            if process.returncode is not None:
                raise RuntimeError("the daemon exited during start-up")
            await asyncio.sleep(0.002)
        to_first_poll = time.perf_counter() - start
        while b"READY=1" not in await asyncio.wait_for(loop.sock_recv(notify, 4096), 60):
            pass
        to_ready = time.perf_counter() - start
        times = daemon.cpu_times()
        cpu = times.user + times.system
        await asyncio.sleep(1.0)
        rss = daemon.memory_info().rss / 2**20
        loaded = 0.0
        if memory:
            deadline = time.monotonic() + 120
            while not await asyncio.to_thread(_memory_ready, port):
                if time.monotonic() > deadline:
                    raise RuntimeError("the memory did not load within 120 s")
                await asyncio.sleep(0.2)
            await asyncio.sleep(1.0)
            loaded = daemon.memory_info().rss / 2**20
        process.send_signal(signal.SIGTERM)
        await asyncio.wait_for(process.wait(), 30)
    os.unlink(notify.getsockname())
    notify.close()
    return to_first_poll, to_ready, cpu, rss, loaded


async def main(runs: int, memory: bool) -> None:
    """Cold and warm starts, `runs` times each."""
    cold: list[tuple[float, ...]] = []
    warm: list[tuple[float, ...]] = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="hb-bench-start-") as tmp:
            cold.append(await one_start(Path(tmp) / "data", memory))
            warm.append(await one_start(Path(tmp) / "data", memory))
    for name, figures in (("cold (initdb)", cold), ("warm", warm)):
        poll, ready, cpu, rss, loaded = ([f[i] for f in figures] for i in range(5))
        print(
            f"{name:<14} first getUpdates after median {statistics.median(poll):.2f} s "
            f"(min {min(poll):.2f}, max {max(poll):.2f}); READY=1 after median "
            f"{statistics.median(ready):.2f} s (min {min(ready):.2f}, max {max(ready):.2f}), "
            f"daemon CPU to READY median {statistics.median(cpu):.2f} s; "
            f"daemon RSS median {statistics.median(rss):.0f} MB"
            + (f", {statistics.median(loaded):.0f} MB with the memory loaded" if memory else "")
        )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-memory", action="store_true", help="memory.enabled = false")
    args = parser.parse_args()
    asyncio.run(main(args.runs, not args.no_memory))
