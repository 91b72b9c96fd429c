"""A Bot API call to the fake Telegram: its parameters, and its error answers."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from aiohttp import web
from aiohttp.web_request import FileField

from healthbot.offline.telegram.objects import JsonDict


class ApiError(Exception):
    """A Bot API error answer: HTTP status, description and optional parameters."""

    def __init__(self, status: int, description: str, parameters: JsonDict | None = None):
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters


def bad_request(description: str) -> ApiError:
    """A 400 answer, worded as Telegram words them ("Bad Request: ...")."""
    return ApiError(400, f"Bad Request: {description}")


class RawJson(str):
    """A result that is already serialized JSON (the getUpdates hot path)."""

    __slots__ = ()


class Params:
    """Typed access to the parameters of one Bot API call (form fields or a JSON body)."""

    __slots__ = ("_values",)

    def __init__(self, values: Mapping[str, Any]):
        self._values = values

    def has(self, name: str) -> bool:
        """Return whether the call carries the parameter."""
        return self._values.get(name) not in (None, "")

    def req_int(self, name: str) -> int:
        """Return a required integer parameter."""
        value = self.opt_int(name)
        if value is None:
            raise bad_request(f"{name} is empty")
        return value

    def opt_int(self, name: str) -> int | None:
        """Return an optional integer parameter."""
        value = self._values.get(name)
        if value is None or value == "":
            return None
        if isinstance(value, bool):
            raise bad_request(f"invalid {name} specified")
        if isinstance(value, int):
            return value
        try:
            return int(str(value))
        except ValueError:
            raise bad_request(f"invalid {name} specified") from None

    def opt_str(self, name: str) -> str | None:
        """Return an optional string parameter."""
        value = self._values.get(name)
        return None if value is None else str(value)

    def opt_bool(self, name: str) -> bool:
        """Return a boolean parameter (false when absent): JSON's true, or "true" in a form."""
        value = self._values.get(name)
        return value is True or (isinstance(value, str) and value.lower() == "true")

    def opt_file(self, name: str) -> FileField | str | None:
        """Return a file parameter: an upload (direct or ``attach://<field>``) or a string."""
        value = self._values.get(name)
        if isinstance(value, str) and value.startswith("attach://"):
            value = self._values.get(value.removeprefix("attach://"))
            if not isinstance(value, FileField):
                raise bad_request(f"file of field {name} not found in the request")
        if isinstance(value, FileField):
            return value
        return None if value is None or value == "" else str(value)

    def opt_json(self, name: str) -> Any:
        """Return an optional JSON-valued parameter (a JSON string in form data)."""
        value = self._values.get(name)
        if not isinstance(value, str):
            return value
        if value == "":
            return None
        try:
            return json.loads(value)
        except ValueError:
            raise bad_request(f"can't parse {name} JSON object") from None


async def read_params(request: web.Request) -> Params:
    """The call's parameters: the query string, and a form or JSON body."""
    values: dict[str, Any] = dict(request.query)
    if request.method == "POST" and request.can_read_body:
        if request.content_type == "application/json":
            try:
                body = await request.json()
            except ValueError:
                raise bad_request("can't parse JSON body") from None
            if not isinstance(body, dict):
                raise bad_request("JSON body must be an object")
            values.update(body)
        else:
            values.update(await request.post())
    return Params(values)


def error_response(error: ApiError) -> web.Response:
    """The error as Telegram answers one: ok false, error_code, description, parameters."""
    body: JsonDict = {"ok": False, "error_code": error.status, "description": error.description}
    if error.parameters:
        body["parameters"] = error.parameters
    return web.json_response(body, status=error.status)
