"""Telegram's flood limits shared by every daemon of one bot, kept in Redis.

Telegram counts 30 messages/s per bot and about 1/s per chat however many processes send
them, so with several workers each one's own turns (`sender._Window`, `sender._Bucket`) are not
enough. Here one atomic Lua script keeps the turns for the bot and for each chat in Redis, on
Redis's clock (the workers' clocks may disagree), as the sender keeps them alone:

- the bot's: the latest `global_burst` turns in a list; a new one comes no sooner than the
  last, nor than `global_burst / global_rate` s after the oldest (a sliding log). So no
  second holds more than `global_rate` turns, whatever the workers, the moment or the bursts
  (with a burst of 30 and a refill of 30/s, as a token bucket kept them, a second could
  hold 59). The default burst is 1: a turn every 1/30 s;
- a chat's: GCRA, one key holding the theoretical arrival time of its next message, which is
  the token bucket of `sender._Bucket` in one number.

A message takes its chat's turn first, and the bot's only once that has come: the bot's turns
are taken in order, each for the moment the message leaves (taken with a chat's turn that
comes later, it would be counted at one moment and used at another, and two sends could share
one second's turn). A chat whose turn has come takes both in one call; one that must wait
takes the chat's, waits, and asks for the bot's (`chat_taken`). The bot's turn is then the
moment the chat's count starts from, so that a message held back by the bot's turns does not
bring its chat's next ones closer than its rate.

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
from dataclasses import dataclass
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

# KEYS: the bot's turns (a list, newest first), the chat's turn, the pause-until, the live
# workers (a sorted set). ARGV: the bot's turns per window and the window (ms), the chat's
# interval and tolerance (ms), the worker's id, the live window (ms), whether the chat's turn
# was taken already ("1": ask for the bot's turn alone).
# Returns the wait in ms and the turn's moment in ms on Redis's clock (strings: Lua numbers
# lose their fraction in a reply), whether the bot's turn was taken (1) or only the chat's
# (0: ask again once it has come), and the number of live workers.
_RESERVE: Final = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local per_window, window = tonumber(ARGV[1]), tonumber(ARGV[2])
local chat_gap, chat_tau = tonumber(ARGV[3]), tonumber(ARGV[4])
local chat = tonumber(redis.call('GET', KEYS[2]) or '0')
redis.call('ZADD', KEYS[4], now, ARGV[5])
redis.call('ZREMRANGEBYSCORE', KEYS[4], '-inf', now - tonumber(ARGV[6]))
redis.call('PEXPIRE', KEYS[4], ARGV[6])
local workers = redis.call('ZCARD', KEYS[4])
local taken = ARGV[7] == '1'
if not taken and chat - chat_tau > now then
  local ready = chat - chat_tau
  chat = chat + chat_gap
  redis.call('SET', KEYS[2], string.format('%.3f', chat), 'PX', math.ceil(chat - now) + 1000)
  return {string.format('%.3f', ready - now), string.format('%.3f', ready), 0, workers}
end
local at = now
local pause = tonumber(redis.call('GET', KEYS[3]) or '0')
if pause > at then at = pause end
local last = tonumber(redis.call('LINDEX', KEYS[1], 0) or '0')
if last > at then at = last end
local oldest = tonumber(redis.call('LINDEX', KEYS[1], per_window - 1) or '0')
if oldest + window > at then at = oldest + window end
at = math.ceil(at * 1000) / 1000
redis.call('LPUSH', KEYS[1], string.format('%.3f', at))
redis.call('LTRIM', KEYS[1], 0, per_window - 1)
redis.call('PEXPIRE', KEYS[1], math.ceil(at - now + window) + 1000)
if taken then chat = math.max(chat, at + chat_gap) else chat = math.max(chat, at) + chat_gap end
redis.call('SET', KEYS[2], string.format('%.3f', chat), 'PX', math.ceil(chat - now) + 1000)
return {string.format('%.3f', at - now), string.format('%.3f', at), 1, workers}
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


@dataclass(frozen=True, slots=True)
class Turn:
    """A turn taken in Redis."""

    wait: float  # seconds until it comes
    at: float  # when it comes, on Redis's clock (seconds)
    bot: bool  # the bot's turn with the chat's; False: only the chat's, the bot's comes after


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
        chat_gap = 1000.0 / chat_rate
        # The bot: `global_burst` turns in any window of `global_burst / global_rate` s. The
        # chat: GCRA, the gap between turns and how far ahead of it a burst may run.
        self._limits = (
            global_burst, 1000.0 * global_burst / global_rate, chat_gap, (chat_burst - 1) * chat_gap
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

    async def reserve(self, chat_id: int | str, *, chat_taken: bool = False) -> Turn | None:
        """Take the next turn for a message to `chat_id` (the bot's alone if `chat_taken`:
        the chat's turn was given before and has come); None when Redis cannot be reached
        (pace locally then)."""
        if time.monotonic() < self._down_until:
            return None
        keys = [f"{self._prefix}:turns", f"{self._prefix}:chat:{chat_id}"]
        keys += [f"{self._prefix}:pause", f"{self._prefix}:workers"]
        args: list[float | str] = [*self._limits, self._worker, LIVE_WINDOW_MS, int(chat_taken)]
        try:
            wait, at, bot, workers = await self._reserve(keys=keys, args=args)
        except (redis.exceptions.RedisError, OSError) as exc:
            self._down(exc)
            return None
        self._seen(int(workers))
        if self._down_until:
            self._down_until = 0.0
            SEND_PACED_LOCALLY.set(0)
            log.info("flood limits: Redis reached again; turns shared")
        return Turn(max(0.0, float(wait) / 1000), float(at) / 1000, bool(bot))

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
