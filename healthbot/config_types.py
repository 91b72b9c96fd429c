"""The building blocks of the config's sections: their base model and the URL type."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlsplit

from pydantic import AfterValidator, BaseModel, ConfigDict, field_validator

__all__ = ["HttpUrl", "Section", "http_url"]


def http_url(value: str) -> str:
    """Return `value` if it is an http(s) URL with a host and a valid port; else ValueError."""
    try:
        parts = urlsplit(value)
        _ = parts.port  # raises ValueError when the port is not a number in 0-65535
    except ValueError as exc:
        raise ValueError(f"not a usable URL: {exc}") from None
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise ValueError("must be an http:// or https:// URL with a host")
    return value


HttpUrl = Annotated[str, AfterValidator(http_url)]


class Section(BaseModel):
    """A config section: unknown keys are errors, values are immutable after load."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    @field_validator("*", mode="before")
    @classmethod
    def _empty_is_unset(cls, value: Any) -> Any:
        # TOML has no null: an empty string means "not set" for optional keys.
        return None if value == "" else value
