"""`healthbot demo`: a scripted chat with the real daemon, offline, printed as a transcript."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from healthbot.config import Settings
from healthbot.offline.daemon import offline_bot, render
from healthbot.offline.images import food_photo
from healthbot.offline.telegram import FakeTelegram

DEMO_USER_ID = 424242
REPLY_TIMEOUT = 120.0  # the first /log may wait for the food table to load (slow machines)
SETTLE = 1.0
"""Seconds of quiet after a reply that end a step (a log may bring an achievement after it)."""


@dataclass(frozen=True, slots=True)
class Step:
    """One thing the demo user does: send text, a photo, or another non-text message."""

    label: str
    text: str | None = None
    extra: dict[str, object] | None = None
    photo: bytes | None = None


STICKER = {
    "file_id": "demo-sticker", "file_unique_id": "demo-sticker-u", "type": "regular",
    "width": 512, "height": 512, "is_animated": False, "is_video": False, "emoji": "👍",
}  # fmt: skip
SCRIPT = (
    Step("/start", text="/start"),
    Step("/help", text="/help"),
    Step("/water 500ml", text="/water 500ml"),
    Step("/weight 72.5", text="/weight 72.5"),
    Step("/log 2 eggs and a slice of toast", text="/log 2 eggs and a slice of toast"),
    Step("/today", text="/today"),
    Step("hi! can you help me eat better?", text="hi! can you help me eat better?"),
    Step("I had a banana for a snack", text="I had a banana for a snack"),
    Step("remind me to drink water at 3pm", text="remind me to drink water at 3pm"),
    Step("[photo of a medium apple]", photo=food_photo("a medium apple")),
    Step("[sticker 👍]", extra={"sticker": STICKER}),
    Step("/dance --now", text="/dance --now"),
)


async def run_demo(settings: Settings, data_dir: Path | None = None) -> list[str]:
    """Run the scripted conversation; return the transcript lines."""
    # A short script: the coach's memory (an embedding model to load) would not be ready.
    settings = settings.model_copy(
        update={"memory": settings.memory.model_copy(update={"enabled": False})}
    )
    async with offline_bot(settings, data_dir) as fake:
        fake.add_user(DEMO_USER_ID, first_name="Ann", username="ann", language_code="en")
        return await _play(fake)


async def _play(fake: FakeTelegram) -> list[str]:
    lines = ["healthbot demo: a scripted chat with the real bot on a fake Telegram", ""]
    for step in SCRIPT:
        if step.text is not None:
            fake.send_text(DEMO_USER_ID, step.text)
        elif step.photo is not None:
            fake.send_photo(DEMO_USER_ID, step.photo)
        else:
            fake.send_message_update(DEMO_USER_ID, step.extra or {})
        lines.append(f"Ann: {step.label}")
        replies = await fake.wait_for_messages(DEMO_USER_ID, 1, timeout=REPLY_TIMEOUT)
        while True:  # until the bot is quiet: a reply may bring more (an achievement)
            try:
                replies += await fake.wait_for_messages(DEMO_USER_ID, 1, timeout=SETTLE)
            except TimeoutError:
                break
        for reply in replies:
            lines.extend(render("bot", reply))
        lines.append("")
    return lines
