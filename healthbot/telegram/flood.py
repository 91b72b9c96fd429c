"""Telegram's flood limits shared by every daemon of one bot, kept in Redis.

Telegram counts 30 messages/s per bot and about 1/s per chat however many processes send
them, so with several workers each one's own buckets (`sender._Bucket`) are not enough. Here
one atomic Lua script keeps the turns for the bot and for each chat in Redis, on Redis's clock
(the workers' clocks may disagree), as GCRA: each key holds the theoretical arrival time of
the next message, which is the token bucket of `sender._Bucket` in one number. A reservation
picks the earliest moment that both the bot's and the chat's bucket allow (and that no pause
forbids) and takes the turn at that moment in both, so a message waiting for its chat does
not take a bot-wide turn it will not use.

A 429 from Telegram pauses every worker: its `retry_after` goes into a pause-until key that
every reservation respects. Telegram does not say whether a 429 was about the chat or the bot,
so the whole bot waits, which is the safe reading.

Redis down: each worker falls back to a local share of the bot's rate, the rate divided by
the number of workers seen sending in the last minute (the script counts them in a sorted
set), or by `FALLBACK_WORKERS` when Redis was never reached. The per-chat limit stays local,
which holds as long as one worker handles a chat at a time (the inbox's per-chat claim).
Redis is tried again after `RETRY_SECONDS`.
"""

from __future__ import annotations

import logging
import secrets
import time
from typing import Any, Final

import redis.asyncio
import redis.exceptions

from healthbot.metrics import SEND_PACED_LOCALLY

log = logging.getLogger(__name__)

# Workers assumed when Redis was never reached: a share small enough for a few daemons.
FALLBACK_WORKERS: Final = 4
# A worker that sent nothing for this long is no longer counted in the local share.
LIVE_SECONDS: Final = 60.0
LIVE_WINDOW_MS: Final = int(LIVE_SECONDS * 1000)
RETRY_SECONDS: Final = 5.0

# KEYS: the bot's turn, the chat's turn, the pause-until, the live workers (a sorted set).
# ARGV: the bot's interval and tolerance, the chat's (ms), the worker's id.
# Returns the wait in ms (a string: Lua numbers lose their fraction in a reply) and the
# number of live workers.
_RESERVE: Final = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local bot_gap, bot_tau = tonumber(ARGV[1]), tonumber(ARGV[2])
local chat_gap, chat_tau = tonumber(ARGV[3]), tonumber(ARGV[4])
local at = now
local pause = tonumber(redis.call('GET', KEYS[3]) or '0')
if pause > at then at = pause end
local bot = tonumber(redis.call('GET', KEYS[1]) or '0')
if bot - bot_tau > at then at = bot - bot_tau end
local chat = tonumber(redis.call('GET', KEYS[2]) or '0')
if chat - chat_tau > at then at = chat - chat_tau end
bot = math.max(bot, at) + bot_gap
chat = math.max(chat, at) + chat_gap
redis.call('SET', KEYS[1], string.format('%.3f', bot), 'PX', math.ceil(bot - now) + 1000)
redis.call('SET', KEYS[2], string.format('%.3f', chat), 'PX', math.ceil(chat - now) + 1000)
redis.call('ZADD', KEYS[4], now, ARGV[5])
redis.call('ZREMRANGEBYSCORE', KEYS[4], '-inf', now - tonumber(ARGV[6]))
redis.call('PEXPIRE', KEYS[4], ARGV[6])
return {string.format('%.3f', at - now), redis.call('ZCARD', KEYS[4])}
"""

# KEYS: the pause-until. ARGV: the pause in ms. Only ever moves the pause later.
_PAUSE: Final = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local until_ = now + tonumber(ARGV[1])
local old = tonumber(redis.call('GET', KEYS[1]) or '0')
if until_ > old then
  redis.call('SET', KEYS[1], string.format('%.3f', until_), 'PX', math.ceil(ARGV[1]) + 1000)
end
return 1
"""


class SharedFlood:
    """The flood limits' turns in Redis, for every sender of one bot (`bot_id`)."""

    def __init__(
        self,
        client: redis.asyncio.Redis,
        bot_id: int,
        *,
        chat_rate: float,
        chat_burst: int,
        global_rate: float,
        global_burst: int,
    ) -> None:
        self._client = client
        # One hash tag: on Redis Cluster every key of one script must be on the same node.
        self._prefix = f"flood:{{{bot_id}}}"
        self._worker = secrets.token_hex(6)
        self.global_rate = global_rate
        bot_gap, chat_gap = 1000.0 / global_rate, 1000.0 / chat_rate
        # GCRA: the gap between turns, and how far ahead of it a burst may run.
        self._limits = (
            bot_gap, (global_burst - 1) * bot_gap, chat_gap, (chat_burst - 1) * chat_gap
        )  # fmt: skip
        self._reserve = client.register_script(_RESERVE)
        self._pause = client.register_script(_PAUSE)
        self.workers: int | None = None
        """Workers seen sending in the last minute, as of the latest reservation."""
        self._seen_at = 0.0
        self._down_until = 0.0

    @property
    def local_rate(self) -> float:
        """This worker's share of the bot's rate while Redis cannot be reached."""
        return self.global_rate / max(1, self.workers or FALLBACK_WORKERS)

    async def reserve(self, chat_id: int | str) -> float | None:
        """Take the next turn for a message to `chat_id`: the seconds to wait before
        sending it, or None when Redis cannot be reached (pace locally then)."""
        if time.monotonic() < self._down_until:
            return None
        keys = [f"{self._prefix}:bot", f"{self._prefix}:chat:{chat_id}", f"{self._prefix}:pause"]
        keys.append(f"{self._prefix}:workers")
        try:
            wait, workers = await self._reserve(
                keys=keys, args=[*self._limits, self._worker, LIVE_WINDOW_MS]
            )
        except (redis.exceptions.RedisError, OSError) as exc:
            self._down(exc)
            return None
        self._seen(int(workers))
        if self._down_until:
            self._down_until = 0.0
            SEND_PACED_LOCALLY.set(0)
            log.info("flood limits: Redis reached again; turns shared")
        return max(0.0, float(wait) / 1000)

    async def pause(self, seconds: float) -> bool:
        """Every sender of the bot waits `seconds` (Telegram's retry_after); False when
        Redis cannot be reached (pause locally then)."""
        if time.monotonic() < self._down_until:
            return False
        try:
            await self._pause(keys=[f"{self._prefix}:pause"], args=[seconds * 1000])
        except (redis.exceptions.RedisError, OSError) as exc:
            self._down(exc)
            return False
        return True

    def _seen(self, workers: int) -> None:
        # A lower count is believed only after a whole window: a worker that has not sent
        # since another started would otherwise take the whole rate when Redis goes.
        now = time.monotonic()
        if self.workers is None or workers >= self.workers or now > self._seen_at + LIVE_SECONDS:
            self.workers = workers
            self._seen_at = now

    async def pause_left(self) -> float:
        """Seconds until the bot's pause (a 429's retry_after) is over; 0 when none."""
        script = "local t = redis.call('TIME') return {t[1], t[2], redis.call('GET', KEYS[1])}"
        sec, usec, until = await self._client.eval(script, 1, f"{self._prefix}:pause")
        if until is None:
            return 0.0
        return max(0.0, float(until) / 1000 - int(sec) - int(usec) / 1e6)

    def _down(self, exc: Any) -> None:
        if self._down_until == 0.0 or time.monotonic() >= self._down_until:
            log.warning(
                "flood limits: Redis unreachable (%s); pacing locally at %.1f messages/s",
                type(exc).__name__,
                self.local_rate,
            )
        self._down_until = time.monotonic() + RETRY_SECONDS
        SEND_PACED_LOCALLY.set(1)
