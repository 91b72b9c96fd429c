"""`healthbot demo`: the real daemon, offline, against loadgen's fake Telegram.

It starts embedded PostgreSQL and Redis in a temporary data dir, the daemon, and a fake Bot
API server on loopback; plays a short scripted conversation as a user; and returns it as a
chat transcript.
"""

from __future__ import annotations

import asyncio
import html
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from healthbot.app import App
from healthbot.config import Settings
from healthbot.embedded import remove_data_dir
from loadgen.telegram import FakeTelegram

DEMO_TOKEN = "123456:DEMO-offline-token"  # noqa: S105 - the fake accepts any token it is given
DEMO_USER_ID = 424242
REPLY_TIMEOUT = 15.0


@dataclass(frozen=True, slots=True)
class Step:
    """One thing the demo user does: send text, or send a non-text message."""

    label: str
    text: str | None = None
    extra: dict[str, object] | None = None


STICKER = {
    "file_id": "demo-sticker", "file_unique_id": "demo-sticker-u", "type": "regular",
    "width": 512, "height": 512, "is_animated": False, "is_video": False, "emoji": "👍",
}  # fmt: skip
SCRIPT = (
    Step("/start", text="/start"),
    Step("/help", text="/help"),
    Step("hi! can you help me eat better?", text="hi! can you help me eat better?"),
    Step("[sticker 👍]", extra={"sticker": STICKER}),
    Step("/dance --now", text="/dance --now"),
)

_TAG = re.compile(r"<[^>]+>")


def demo_settings(settings: Settings, data_dir: Path, api_base: str) -> Settings:
    """The operator's settings, pointed at the fake and at embedded services."""
    return settings.model_copy(
        update={
            "data_dir": data_dir,
            "telegram": settings.telegram.model_copy(
                update={"api_base": api_base, "poll_timeout": 1, "drain_seconds": 5.0}
            ),
            "database": settings.database.model_copy(update={"url": None, "password": None}),
            "redis": settings.redis.model_copy(update={"url": None}),
            "metrics": settings.metrics.model_copy(update={"port": 0}),
        }
    )


async def run_demo(settings: Settings, data_dir: Path | None = None) -> list[str]:
    """Run the scripted conversation; return the transcript lines."""
    workdir = data_dir or Path(tempfile.mkdtemp(prefix="healthbot-demo-"))
    try:
        async with FakeTelegram(DEMO_TOKEN) as fake:
            fake.add_user(DEMO_USER_ID, first_name="Ann", username="ann", language_code="en")
            config = demo_settings(settings, workdir, fake.base_url)
            async with App(config, DEMO_TOKEN) as app:
                stop = asyncio.Event()
                serving = asyncio.create_task(app.serve(stop))
                try:
                    return await _play(fake)
                finally:
                    stop.set()
                    await serving
    finally:
        if data_dir is None:
            remove_data_dir(workdir)


async def _play(fake: FakeTelegram) -> list[str]:
    lines = ["healthbot demo: a scripted chat with the real bot on a fake Telegram", ""]
    for step in SCRIPT:
        if step.text is not None:
            fake.send_text(DEMO_USER_ID, step.text)
        else:
            fake.send_message_update(DEMO_USER_ID, step.extra or {})
        lines.append(f"Ann: {step.label}")
        for reply in await fake.wait_for_messages(DEMO_USER_ID, 1, timeout=REPLY_TIMEOUT):
            lines.extend(_bubble("bot", reply.text or ""))
        lines.append("")
    return lines


def _bubble(speaker: str, text: str) -> list[str]:
    plain = html.unescape(_TAG.sub("", text))
    first, *rest = plain.splitlines() or [""]
    return [f"{speaker}: {first}", *(f"     {line}" for line in rest)]
