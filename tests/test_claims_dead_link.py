"""The chat claims' session over a TCP link that dies without a word (a machine or a network
link lost): its checks (`healthbot.db.sessions`) end it, so the claims reconnect instead of
waiting for ever on a statement that no one will answer (and, on the server's side, the
same checks free its chats for the other workers).

The link dies in a network namespace of its own (`tests/support/dead_link.py`): root and
`unshare`/`ip` needed, and PostgreSQL on a Unix socket; skipped otherwise.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import sys
from pathlib import Path

import pytest
from psycopg.conninfo import conninfo_to_dict

from healthbot.db.migrations import apply_migrations
from healthbot.db.sessions import HELD_SESSION_TIMEOUTS, held_conninfo

ROOT = Path(__file__).resolve().parents[1]


def test_a_held_session_checks_its_link_and_keeps_the_values_the_url_gives() -> None:
    given = conninfo_to_dict(held_conninfo("postgresql://u@/db?host=/run/pg&keepalives_idle=3"))
    assert given["keepalives_idle"] == "3"  # the operator's
    for name in ("keepalives", "keepalives_interval", "keepalives_count", "tcp_user_timeout"):
        assert given[name] == HELD_SESSION_TIMEOUTS[name]


async def test_claims_whose_link_dies_notice_it_and_reconnect(empty_database_url: str) -> None:
    host = str(conninfo_to_dict(empty_database_url).get("host", ""))
    if os.geteuid() != 0 or not shutil.which("unshare") or not shutil.which("ip"):
        pytest.skip("needs root, unshare and ip (a network namespace of its own)")
    if not host.startswith("/"):
        pytest.skip("needs PostgreSQL on a Unix socket (reached from another namespace)")
    await apply_migrations(empty_database_url)
    # Without the checks, a statement sent into the dead link waits for TCP's retries
    # (about 15 minutes), and the claims meanwhile: the control, for 10 s.
    assert (await dead_link(empty_database_url, "--unchecked")).startswith("still connected")
    line = await dead_link(empty_database_url)
    assert line.startswith("reconnecting after"), line


async def dead_link(url: str, *flags: str) -> str:
    """What the claims did when their link died (`tests/support/dead_link.py`)."""
    process = await asyncio.create_subprocess_exec(
        "unshare", "-n", sys.executable, "-m", "tests.support.dead_link", url, *flags,
        cwd=ROOT, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, err = await asyncio.wait_for(process.communicate(), 120)
    assert process.returncode == 0, err.decode()[-2000:]
    return out.decode().strip()
