"""Benchmark of one Bot API call's cost to the daemon: aiogram's own session (a form of
JSON strings) against ours (`JsonSession`: one JSON body, the answer parsed from bytes).

Run: python bench/bench_telegram.py [--calls 2000] [--rounds 3]

loadgen's fake Telegram serves in a child process, so that only the client's CPU is counted
here. Each round sends `--calls` sendMessage calls with an inline keyboard and the default
parse mode through each session in turn; the report is the CPU time per call (median of the
rounds) and the ratio of the two, measured in the same run.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import subprocess
import sys
import time

from aiogram import Bot
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.enums import ParseMode
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from healthbot.telegram.session import JsonSession
from loadgen.telegram import FakeTelegram

TOKEN = "123456:BENCH-fake-token"  # noqa: S105 - the fake's own test token
USER = 7_000_001
WARM_UP = 200


async def serve() -> None:
    """The child: the fake on a free port, its URL on stdout, until stdin closes."""
    async with FakeTelegram(TOKEN) as fake:
        fake.add_user(USER)
        print(fake.base_url, flush=True)
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)


def keyboard() -> InlineKeyboardMarkup:
    row = [
        InlineKeyboardButton(text=text, callback_data=f"meal:{text.lower()}:123")
        for text in ("OK", "Edit", "Delete")
    ]
    return InlineKeyboardMarkup(inline_keyboard=[row])


async def cpu_per_call(bot: Bot, calls: int) -> float:
    """Seconds of this process's CPU per sendMessage."""
    markup = keyboard()
    text = "2 eggs → Egg, whole, raw, 100 g · 143 kcal\n<b>Total: 143 kcal</b>"
    start = time.process_time()
    for _ in range(calls):
        await bot.send_message(USER, text, reply_markup=markup)
    return (time.process_time() - start) / calls


async def measure(url: str, calls: int, rounds: int) -> None:
    api = TelegramAPIServer.from_base(url)
    default = DefaultBotProperties(parse_mode=ParseMode.HTML)
    bots = {
        "aiogram's session": Bot(TOKEN, session=AiohttpSession(api=api), default=default),
        "JsonSession": Bot(TOKEN, session=JsonSession(api=api), default=default),
    }
    results: dict[str, list[float]] = {name: [] for name in bots}
    try:
        for bot in bots.values():
            await cpu_per_call(bot, WARM_UP)
        for _ in range(rounds):  # alternating, so that a busier moment hits both
            for name, bot in bots.items():
                results[name].append(await cpu_per_call(bot, calls))
    finally:
        for bot in bots.values():
            await bot.session.close()
    medians = {name: statistics.median(values) for name, values in results.items()}
    for name, value in medians.items():
        each = ", ".join(f"{v * 1000:.3f}" for v in results[name])
        print(f"{name:<18} {value * 1000:.3f} ms of CPU a sendMessage (rounds: {each})")
    reference, ours = medians["aiogram's session"], medians["JsonSession"]
    print(f"JsonSession / aiogram's session: {ours / reference:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=2000, help="calls per round and session")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        asyncio.run(serve())
        return
    child = subprocess.Popen(  # noqa: S603 - this script, by its own path
        [sys.executable, __file__, "--serve"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert child.stdout is not None
        url = child.stdout.readline().strip()
        asyncio.run(measure(url, args.calls, args.rounds))
    finally:
        if child.stdin is not None:
            child.stdin.close()
        child.wait(timeout=30)


if __name__ == "__main__":
    main()
