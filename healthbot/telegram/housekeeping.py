"""Housekeeping while the daemon polls: logs and ledgers past their retention are pruned hourly.

The rules (which table, how long) are `healthbot.retention`'s; this is only the loop that
applies them, started and cancelled with the intake. A failed prune is logged and tried again
at the next hour: it must never stop the daemon.
"""

from __future__ import annotations

import asyncio
import logging

from healthbot.retention import Retention

log = logging.getLogger(__name__)

_HOUSEKEEPING_SECONDS = 3600.0


async def housekeeping(retention: Retention | None) -> None:
    """Prune logs and ledgers past their retention (`healthbot.retention`), every hour."""
    while retention is not None:
        try:
            pruned = await retention.prune()
            if any(pruned.values()):
                log.info("retention: pruned %s", ", ".join(
                    f"{count} {kind}" for kind, count in pruned.items() if count
                ))  # fmt: skip
        except Exception as exc:
            log.warning("retention: could not prune: %s", exc)
        await asyncio.sleep(_HOUSEKEEPING_SECONDS)
