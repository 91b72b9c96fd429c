"""Configuration: one TOML file plus `HEALTHBOT_<SECTION>__<KEY>` environment overrides.

Every key is typed and validated at start. Secrets are `SecretStr` (never printed) and may
come from the environment or from a file named by `<KEY>_FILE` (for systemd credentials).
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit, urlunsplit

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator

from healthbot.errors import ConfigError

ENV_PREFIX = "HEALTHBOT_"
CONFIG_PATH_ENV = "HEALTHBOT_CONFIG"
SECRET_FILE_SUFFIX = "_file"  # noqa: S105 - a key suffix, not a password


def _default_data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "healthbot"


class Section(BaseModel):
    """A config section: unknown keys are errors, values are immutable after load."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    @field_validator("*", mode="before")
    @classmethod
    def _empty_is_unset(cls, value: Any) -> Any:
        # TOML has no null: an empty string means "not set" for optional keys.
        return None if value == "" else value


class TelegramSettings(Section):
    """How the daemon talks to the Telegram Bot API."""

    token: SecretStr | None = None
    api_base: str = "https://api.telegram.org"
    poll_timeout: int = Field(default=30, ge=0, le=50)
    drain_seconds: float = Field(default=20.0, gt=0)
    slow_update_seconds: float = Field(default=3.0, gt=0)
    max_concurrent_updates: int = Field(default=64, ge=1)
    durable_intake: bool = True
    max_queued_updates: int = Field(default=1000, ge=1)
    max_attempts: int = Field(default=5, ge=1)
    inbox_retention_hours: float = Field(default=48.0, gt=0)
    rate_limits: bool = True
    chat_messages_per_second: float = Field(default=1.0, gt=0)
    chat_burst: int = Field(default=3, ge=1)
    global_messages_per_second: float = Field(default=30.0, gt=0)


class AnthropicSettings(Section):
    """The AI coach's model provider."""

    api_key: SecretStr | None = None
    base_url: str = "https://api.anthropic.com"
    model: str = "claude-sonnet-4-6"
    timeout_seconds: float = Field(default=60.0, gt=0)


class DatabaseSettings(Section):
    """PostgreSQL: a URL for a real server, or nothing for the embedded one."""

    url: str | None = None
    password: SecretStr | None = None
    pool_min: int | None = Field(default=None, ge=1)
    pool_max: int | None = Field(default=None, ge=1)
    connect_timeout: float = Field(default=10.0, gt=0)
    slow_query_ms: float = Field(default=50.0, ge=0)
    auto_migrate: bool = True


class RedisSettings(Section):
    """Redis: a URL for a real server, or nothing for the embedded one."""

    url: str | None = None
    timeout_seconds: float = Field(default=0.25, gt=0)


class CacheSettings(Section):
    """The two-tier cache: sizes and per-namespace TTLs in seconds."""

    local_max_entries: int = Field(default=10_000, ge=0)
    ttl_user_profile: int = Field(default=3600, ge=1)
    ttl_nutrition: int = Field(default=86_400, ge=1)
    ttl_conversation: int = Field(default=1800, ge=1)


class MetricsSettings(Section):
    """The Prometheus endpoint."""

    enabled: bool = True
    host: str = "127.0.0.1"
    port: int = Field(default=9100, ge=0, le=65535)


class Settings(Section):
    """The whole configuration."""

    data_dir: Path = Field(default_factory=_default_data_dir)
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    telegram: TelegramSettings = TelegramSettings()
    anthropic: AnthropicSettings = AnthropicSettings()
    database: DatabaseSettings = DatabaseSettings()
    redis: RedisSettings = RedisSettings()
    cache: CacheSettings = CacheSettings()
    metrics: MetricsSettings = MetricsSettings()

    def require_token(self) -> SecretStr:
        """Return the bot token, or fail with the one line an operator needs."""
        if self.telegram.token is None:
            raise ConfigError(
                "telegram.token: required to run the bot; set it in the config file, "
                "HEALTHBOT_TELEGRAM__TOKEN or HEALTHBOT_TELEGRAM__TOKEN_FILE "
                "(or try `healthbot demo`, which needs none)"
            )
        return self.telegram.token


def load_settings(path: Path | None = None, environ: Mapping[str, str] | None = None) -> Settings:
    """Load the TOML file (if any), apply environment overrides, validate everything."""
    environ = os.environ if environ is None else environ
    if path is None and environ.get(CONFIG_PATH_ENV):
        path = Path(environ[CONFIG_PATH_ENV])
    raw: dict[str, Any] = _read_toml(path) if path is not None else {}
    _merge_env(raw, environ)
    _read_secret_files(raw)
    try:
        return Settings.model_validate(raw)
    except ValidationError as exc:
        raise ConfigError(_first_error(exc)) from None


def redact_url(url: str) -> str:
    """Hide the password of a URL so that it can be logged."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return urlunsplit(parts._replace(netloc=netloc))


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as f:
            return tomllib.load(f)
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: malformed TOML: {exc}") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config file: {exc.strerror}") from None


def _merge_env(raw: dict[str, Any], environ: Mapping[str, str]) -> None:
    for name, value in environ.items():
        if not name.startswith(ENV_PREFIX) or name == CONFIG_PATH_ENV:
            continue
        path = name[len(ENV_PREFIX) :].lower().split("__")
        target = raw
        for section in path[:-1]:
            child = target.setdefault(section, {})
            if not isinstance(child, dict):
                raise ConfigError(f"{name}: {'.'.join(path[:-1])} is not a section")
            target = child
        target[path[-1]] = value


def _read_secret_files(raw: dict[str, Any], prefix: str = "") -> None:
    """Replace `<key>_file = PATH` by `<key> = <file contents>` for secret keys."""
    for key in list(raw):
        value = raw[key]
        if isinstance(value, dict):
            _read_secret_files(value, f"{prefix}{key}.")
            continue
        if not key.endswith(SECRET_FILE_SUFFIX):
            continue
        secret_key = key.removesuffix(SECRET_FILE_SUFFIX)
        if f"{prefix}{secret_key}" not in _SECRET_KEYS:
            continue  # left in place: validation reports it as an unknown key
        try:
            raw[secret_key] = Path(str(value)).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise ConfigError(
                f"{prefix}{key}: cannot read secret file {value}: {exc.strerror}"
            ) from None
        del raw[key]


_SECRET_KEYS = frozenset({"telegram.token", "anthropic.api_key", "database.password"})


def _first_error(exc: ValidationError) -> str:
    error = exc.errors()[0]
    key = ".".join(str(part) for part in error["loc"])
    if error["type"] == "extra_forbidden":
        return f"{key}: unknown key"
    if error["type"] in {"model_type", "dict_type"}:
        return f"{key}: expected a section (a TOML table)"
    message = error["msg"]
    if key in _SECRET_KEYS:
        return f"{key}: {message}"
    return f"{key}: {message} (got {error['input']!r})"
