"""Nothing phones home: the daemon, memory on, looks up no host but the ones it was given,
and its libraries keep no telemetry in $HOME."""

from __future__ import annotations

import asyncio
import json
import textwrap
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
import pytest
from psycopg.conninfo import conninfo_to_dict

from loadgen.anthropic import FakeAnthropic
from loadgen.telegram import FakeTelegram
from tests.support.processes import TOKEN, Daemon, daemon_env

pytestmark = pytest.mark.slow

KEY = "telemetry-test-key"
USER = 97_101  # an id no other test uses: the cache (Redis) is shared by the session
# Loopback names, and what a lookup without a host (a bind, a passive socket) asks for.
LOCAL = frozenset({"127.0.0.1", "::1", "localhost", "", "None"})

# Loaded by the daemon's interpreter before anything else (PYTHONPATH): every name lookup
# through Python's socket module is written down, and one of a host not allowed fails.
_SITECUSTOMIZE = textwrap.dedent(
    """
    import os, socket

    _log, _allowed = os.environ["HB_DNS_LOG"], set(os.environ["HB_DNS_ALLOWED"].split(","))

    def _asked(host):
        name = host.decode() if isinstance(host, bytes) else str(host)
        with open(_log, "a") as f:
            f.write(name + "\\n")
        if name not in _allowed:
            raise socket.gaierror(socket.EAI_NONAME, f"the test refuses to look up {name}")

    def _patched(real):
        def lookup(host, *args, **kwargs):
            _asked(host)
            return real(host, *args, **kwargs)
        return lookup

    for _name in ("getaddrinfo", "gethostbyname", "gethostbyname_ex"):
        setattr(socket, _name, _patched(getattr(socket, _name)))
    """
)


def service_hosts(database_url: str, redis_url: str) -> set[str]:
    """The hosts of the configured services (none for unix sockets)."""
    hosts = {conninfo_to_dict(database_url).get("host") or "", urlsplit(redis_url).hostname or ""}
    return {str(host) for host in hosts if not str(host).startswith("/")}


async def memory_of(database_url: str, user_id: int) -> list[str]:
    """What the memory store holds for the user."""
    async with await psycopg.AsyncConnection.connect(database_url) as conn:
        cur = await conn.execute(
            "SELECT payload->>'data' FROM coach_memories WHERE payload->>'user_id' = %s",
            (str(user_id),),
        )
        return [row[0] for row in await cur.fetchall()]


async def test_the_daemon_with_memory_looks_up_no_other_host(
    tmp_path: Path, empty_database_url: str, redis_url: str
) -> None:
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(_SITECUSTOMIZE)
    asked = tmp_path / "asked.txt"
    allowed = LOCAL | service_hosts(empty_database_url, redis_url)
    async with FakeTelegram(TOKEN) as fake, FakeAnthropic(KEY) as model:
        fake.add_user(USER, first_name="Jo")
        env = daemon_env(
            tmp_path,
            HEALTHBOT_TELEGRAM__API_BASE=fake.base_url,
            HEALTHBOT_ANTHROPIC__API_KEY=KEY,
            HEALTHBOT_ANTHROPIC__BASE_URL=model.base_url,
            HEALTHBOT_DATABASE__URL=empty_database_url,
            HEALTHBOT_REDIS__URL=redis_url,
            HEALTHBOT_MEMORY__ENABLED="true",
            PYTHONPATH=str(hook),
            HB_DNS_LOG=str(asked),
            HB_DNS_ALLOWED=",".join(sorted(allowed)),
        )
        daemon = Daemon(env)
        await daemon.start(fake)
        try:
            fake.send_text(USER, "My dog is called Biscuit and he loves long walks")
            await fake.wait_for_messages(USER, 1, timeout=60)
            # Stored once the model has loaded (in the background): embedded, then stored.
            # On a new venv the daemon exports the model first (about 30 s of CPU alone,
            # much more on a busy machine): up to 240 s, inside the test's 300.
            for _ in range(2400):
                if await memory_of(empty_database_url, USER):
                    break
                await asyncio.sleep(0.1)
            assert await memory_of(empty_database_url, USER)
            question = "what should I do with my dog this weekend?"
            fake.send_text(USER, question)
            await fake.wait_for_messages(USER, 1, timeout=60)
            [request] = [r.body for r in model.requests if question in json.dumps(r.body)]
            assert "Biscuit" in json.dumps(request["system"])  # searched, recalled
        finally:
            code, _ = await daemon.stop()
        assert code == 0, await daemon.stderr()

    hosts = set(asked.read_text().split("\n")) - {""} if asked.exists() else set()
    assert hosts <= allowed, f"looked up: {sorted(hosts - allowed)}"
    assert "127.0.0.1" in hosts  # the hook saw the daemon's own lookups
    # ONNX Runtime keeps a device id and its events there when its telemetry is on.
    assert not (tmp_path / ".cache" / "Microsoft").exists()
