"""aiogram's types build their schemas when first used: none at import, every one of them
(and every Bot API method) whole when used, and any other model_rebuild as pydantic does it."""

from __future__ import annotations

import subprocess
import sys

# In a fresh interpreter: this one imported aiogram long ago.
_SCRIPT = """
import healthbot
import aiogram.methods, aiogram.types, pydantic

from aiogram.methods import SendMessage
from aiogram.methods.base import Response
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup, Update

def models(module):
    found = (getattr(module, name) for name in module.__all__)
    return [m for m in found if isinstance(m, type) and issubclass(m, pydantic.BaseModel)]

types = models(aiogram.types)
print("built at import", sum(t.__pydantic_complete__ for t in types), "of", len(types))
in_base = ("TelegramMethod", "Request", "Response")  # made with aiogram/methods/base.py
methods = [m for m in models(aiogram.methods) if m.__name__ not in in_base]
print("methods built at import", sum(m.__pydantic_complete__ for m in methods), "of", len(methods))

def use():
    update = Update.model_validate({"update_id": 1, "message": {
        "message_id": 7, "date": 0, "chat": {"id": 5, "type": "private"},
        "from": {"id": 5, "is_bot": False, "first_name": "A"}, "text": "/log 2 eggs",
        "entities": [{"type": "bot_command", "offset": 0, "length": 4}],
        "photo": [{"file_id": "f", "file_unique_id": "u", "width": 9, "height": 4}],
        "reply_to_message": {"message_id": 6, "date": 0, "chat": {"id": 5, "type": "private"},
                             "location": {"latitude": 1.5, "longitude": 2.5}}}})
    message = update.message
    assert message.from_user.id == 5 and message.photo[0].width == 9
    assert message.reply_to_message.location.longitude == 2.5
    button = InlineKeyboardButton(text="a", callback_data="b")
    markup = InlineKeyboardMarkup(inline_keyboard=[[button]])
    call = SendMessage(chat_id=5, text="hi", reply_markup=markup)
    dumped = call.model_dump(exclude_none=True)
    assert dumped["reply_markup"]["inline_keyboard"][0][0]["text"] == "a"
    sent = Response[SendMessage.__returning__].model_validate({"ok": True, "result": {
        "message_id": 8, "date": 0, "chat": {"id": 5, "type": "private"}, "text": "hi",
        "reply_markup": {"inline_keyboard": [[{"text": "a", "callback_data": "b"}]]}}})
    assert sent.result.reply_markup.inline_keyboard[0][0].callback_data == "b"
    for model in [*types, *methods]:
        assert model.__pydantic_validator__.validate_python  # a deferred one builds, or raises
        assert model.__pydantic_complete__, model.__name__
    print("all built")

def forward_reference():
    class Later(pydantic.BaseModel):
        inner: "Inner | None" = None

    class Inner(pydantic.BaseModel):
        value: int

    Later.model_rebuild()  # the names of the caller's frame, as pydantic resolves them
    assert Later(inner={"value": 3}).inner.value == 3
    print("forward references resolve")

use()
forward_reference()
"""


def test_aiogram_types_are_built_when_used() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT], capture_output=True, text=True, check=False, timeout=300
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("built at import 0 of ")
    assert int(lines[0].rsplit(" ", 1)[1]) > 400
    assert lines[1].startswith("methods built at import 0 of ")
    assert int(lines[1].rsplit(" ", 1)[1]) > 150
    assert lines[2:] == ["all built", "forward references resolve"]
