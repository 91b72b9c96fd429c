"""Sessions held open for their advisory locks (the poller's election, the chat claims, the
reminders' owners): a link that died must end them on both sides, not hang.

A lock held by a session lasts exactly as long as the session. Over TCP, when the link to
the other side dies (a machine gone, a network split), nothing tells either end: with the
operating system's defaults the client waits on its next statement for ever, and the server
keeps the session, and so its locks, for about two hours (`tcp_keepalive_time`). So both
ends check: libpq's keepalives and `tcp_user_timeout` make the client's statement fail,
and the same settings in the session make the server end it and free its locks, each within
`HELD_SESSION_TIMEOUTS` (about 30 s). Over a Unix socket both are ignored: the socket
breaks at once when either end goes. Values already in the URL are kept.
"""

from __future__ import annotations

from typing import Final

import psycopg
from psycopg.conninfo import conninfo_to_dict, make_conninfo
from psycopg.rows import TupleRow

# libpq's parameters; the server has settings of the same names (its `tcp_*` ones).
HELD_SESSION_TIMEOUTS: Final = {
    "keepalives": "1",
    "keepalives_idle": "10",  # seconds of silence before the first check
    "keepalives_interval": "5",  # seconds between unanswered checks
    "keepalives_count": "3",  # unanswered checks that end the session
    "tcp_user_timeout": "30000",  # ms sent data may stay unacknowledged
}
_SERVER_SETTINGS: Final = {
    "tcp_keepalives_idle": "keepalives_idle",
    "tcp_keepalives_interval": "keepalives_interval",
    "tcp_keepalives_count": "keepalives_count",
    "tcp_user_timeout": "tcp_user_timeout",
}


def held_conninfo(conninfo: str) -> str:
    """`conninfo` with the client's checks of `HELD_SESSION_TIMEOUTS` (its own values kept)."""
    given = conninfo_to_dict(conninfo)
    return make_conninfo(
        conninfo, **{k: v for k, v in HELD_SESSION_TIMEOUTS.items() if k not in given}
    )


async def open_held_session(
    conninfo: str, *, application_name: str | None = None
) -> psycopg.AsyncConnection[TupleRow]:
    """A session for locks: autocommit (a lock belongs to the session, never to a
    transaction left open), no prepared statements, and the checks on both ends."""
    full = held_conninfo(conninfo)
    if application_name:
        full = make_conninfo(full, application_name=application_name)
    params = conninfo_to_dict(full)
    conn = await psycopg.AsyncConnection.connect(full, autocommit=True, prepare_threshold=None)
    try:
        # The server's side, set in the session rather than as startup `options`, which a
        # pooler in front of PostgreSQL may refuse.
        for setting, parameter in _SERVER_SETTINGS.items():
            await conn.execute(
                "SELECT set_config(%s, %s, false)", (setting, str(params[parameter]))
            )
    except BaseException:
        await conn.close()
        raise
    return conn
