"""Configuration: one TOML file plus `HEALTHBOT_<SECTION>__<KEY>` environment overrides.

Every key is typed and validated at start. Secrets are `SecretStr` (never printed) and may
come from the environment or from a file named by `<KEY>_FILE` (for systemd credentials).
Every secret value, passwords inside database and Redis URLs included, is registered with
`healthbot.logs.redact` as soon as it is read, so that no log line or error line shows it.
"""

from __future__ import annotations

import os
import re
import stat
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal
from urllib.parse import unquote

from pydantic import Field, SecretStr, ValidationError

from healthbot.config_types import HttpUrl, Section
from healthbot.errors import ConfigError
from healthbot.logs import MASK, register_secrets
from healthbot.trust import Refused, check_owner

ENV_PREFIX = "HEALTHBOT_"
CONFIG_PATH_ENV = "HEALTHBOT_CONFIG"
SECRET_FILE_SUFFIX = "_file"  # noqa: S105 - a key suffix, not a password
# A token or an API key is well under 200 bytes: a bigger "secret" is the wrong file.
SECRET_FILE_MAX_BYTES = 4096
CONFIG_FILE_MAX_BYTES = 1 << 20


def _default_data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "healthbot"


class TelegramSettings(Section):
    """How the daemon talks to the Telegram Bot API."""

    token: SecretStr | None = None
    # The token goes into every request's path: a URL that aiohttp cannot use would put it
    # into an exception message, so a bad one is refused here, naming the key.
    api_base: HttpUrl = "https://api.telegram.org"
    poll_timeout: int = Field(default=30, ge=0, le=50)
    drain_seconds: float = Field(default=20.0, gt=0)
    slow_update_seconds: float = Field(default=3.0, gt=0)
    max_concurrent_updates: int = Field(default=64, ge=1)
    durable_intake: bool = True
    max_queued_updates: int = Field(default=1000, ge=1)
    max_queued_per_chat: int = Field(default=20, ge=1)
    max_attempts: int = Field(default=5, ge=1)
    rate_limits: bool = True
    chat_messages_per_second: float = Field(default=1.0, gt=0)
    chat_burst: int = Field(default=3, ge=1)
    global_messages_per_second: float = Field(default=30.0, gt=0)
    shared_rate_limits: bool | None = None  # None: on unless `run --role all` (alone)


class AnthropicSettings(Section):
    """The AI coach's model provider."""

    api_key: SecretStr | None = None
    base_url: str = "https://api.anthropic.com"
    model: str = "claude-sonnet-4-6"
    fast_model: str = "claude-haiku-4-5"
    fast_max_chars: int = Field(default=60, ge=0)
    max_tokens: int = Field(default=1024, ge=16, le=64000)
    timeout_seconds: float = Field(default=60.0, gt=0)
    answer_seconds: float = Field(default=45.0, gt=0)
    max_in_flight: int = Field(default=20, ge=1)  # answers at once, per daemon
    max_retries: int = Field(default=2, ge=0, le=10)
    max_rounds: int = Field(default=5, ge=1, le=20)
    history_turns: int = Field(default=12, ge=0, le=100)
    messages_per_minute: int = Field(default=10, ge=1)
    daily_tokens: int = Field(default=200_000, ge=1000)
    draft_interval_ms: int = Field(default=300, ge=100)
    photo_download_seconds: float = Field(default=20.0, gt=0, le=120)
    # Estimated cost, US dollars per million tokens (the main model's list prices).
    price_input: float = Field(default=3.0, ge=0)
    price_output: float = Field(default=15.0, ge=0)
    price_cache_read: float = Field(default=0.3, ge=0)
    price_cache_write: float = Field(default=3.75, ge=0)


class DatabaseSettings(Section):
    """PostgreSQL: a URL for a real server, or nothing for the embedded one."""

    url: str | None = None
    password: SecretStr | None = None
    pool_min: int | None = Field(default=None, ge=1)
    pool_max: int | None = Field(default=None, ge=1)
    connect_timeout: float = Field(default=10.0, gt=0)
    start_wait_seconds: float = Field(default=60.0, ge=0)
    slow_query_ms: float = Field(default=50.0, ge=0)
    auto_migrate: bool = True
    # `url` is PgBouncer in transaction mode; what needs a session goes to `session_url`.
    pgbouncer: bool = False
    session_url: str | None = None  # a direct URL to PostgreSQL (default: `url`)


class RedisSettings(Section):
    """Redis: a URL for a real server, or nothing for the embedded one."""

    url: str | None = None
    maxmemory_mb: int = Field(default=64, ge=1)  # the embedded server's cap (LRU beyond)
    timeout_seconds: float = Field(default=0.25, gt=0)


class CacheSettings(Section):
    """The two-tier cache: sizes and per-namespace TTLs in seconds."""

    local_max_entries: int = Field(default=10_000, ge=0)
    ttl_user_profile: int = Field(default=3600, ge=1)
    ttl_nutrition: int = Field(default=86_400, ge=1)
    ttl_conversation: int = Field(default=1800, ge=1)
    dialog_ttl_hours: float = Field(default=72.0, gt=0)


class WebhookSettings(Section):
    """Webhook mode (`run --webhook`): Telegram POSTs updates to `url`, which a TLS-terminating
    proxy forwards to `host`:`port` at `path`; `secret_token` proves a POST came from it."""

    enabled: bool = False
    url: HttpUrl | None = None
    secret_token: SecretStr | None = None
    host: str = "127.0.0.1"
    port: int = Field(default=8081, ge=0, le=65535)
    path: str = Field(default="/telegram", pattern=r"^/")
    max_connections: int = Field(default=40, ge=1, le=100)


class MetricsSettings(Section):
    """The Prometheus endpoint."""

    enabled: bool = True
    host: str = "127.0.0.1"
    port: int = Field(default=9100, ge=0, le=65535)


class RemindersSettings(Section):
    """The reminder scheduler: how often it looks for due reminders and how much it takes."""

    enabled: bool = True  # false: this daemon sends no reminders (another one does)
    poll_seconds: float = Field(default=1.0, gt=0, le=60)
    batch_size: int = Field(default=200, ge=1, le=10_000)
    max_in_flight: int = Field(default=500, ge=1)
    grace_minutes: float = Field(default=30.0, ge=0)
    snooze_minutes: int = Field(default=10, ge=1, le=24 * 60)
    takeover_seconds: float = Field(default=30.0, gt=0)
    max_attempts: int = Field(default=3, ge=1)
    max_per_user: int = Field(default=50, ge=1)


class FoodSettings(Section):
    """Food data: the embedded USDA table always; FoodData Central when a key is given."""

    fdc_api_key: SecretStr | None = None  # https://fdc.nal.usda.gov/api-key-signup
    fdc_base_url: HttpUrl = "https://api.nal.usda.gov/fdc/v1"
    fdc_timeout_seconds: float = Field(default=5.0, gt=0, le=60)
    fdc_attempts: int = Field(default=3, ge=1, le=10)  # tries per call, 429s and 5xx included
    load_delay_seconds: float = Field(default=0.0, ge=0, le=3600)
    ready_wait_seconds: float = Field(default=30.0, gt=0, le=600)  # a /log at start waits
    # Open Food Facts: a barcode photo's product (no key; its User-Agent names the contact)
    off_base_url: HttpUrl = "https://world.openfoodfacts.org"
    off_timeout_seconds: float = Field(default=3.0, gt=0, le=30)
    off_attempts: int = Field(default=2, ge=1, le=5)
    off_contact: str | None = Field(default=None, max_length=200, pattern=r"^[^\r\n]*$")


class RetentionSettings(Section):
    """How long the bot keeps its own logs and ledgers before the hourly prune deletes them
    (unset: forever). What a user owns (meals, weights, reminders, XP) is never pruned."""

    inbox_hours: float | None = Field(default=48.0, gt=0)
    failed_payload_hours: float | None = Field(default=24.0, gt=0)
    job_replies_hours: float | None = Field(default=48.0, gt=0)
    conversation_days: float | None = Field(default=90.0, gt=0)
    reminder_deliveries_days: float | None = Field(default=30.0, gt=0)
    batch_size: int = Field(default=1000, ge=1, le=100_000)
    pause_seconds: float = Field(default=0.05, ge=0, le=10)


class MemorySettings(Section):
    """The coach's semantic memory (pgvector in the same PostgreSQL)."""

    enabled: bool = True  # false: no model is loaded and the coach remembers nothing
    # "local": all-MiniLM-L6-v2 as ONNX with int8 weights, shipped in coach/memory/minilm/
    embedder: Literal["local", "openai", "ollama"] = "local"
    # local: a folder with model.onnx and tokenizer.json (see onnx_model); else the provider's
    model: str | None = None
    url: HttpUrl | None = None  # openai: API base URL; ollama: its URL (http://127.0.0.1:11434)
    api_key: SecretStr | None = None  # openai only
    dims: int | None = Field(default=None, ge=1, le=16_000)  # the model's; needed for others
    collection: str | None = Field(default=None, pattern=r"^[a-z_][a-z0-9_]{0,62}$")
    search_limit: int = Field(default=5, ge=1, le=50)
    min_score: float = Field(default=0.0, ge=0, le=1)  # cosine similarity below it: not shown
    batch_max: int = Field(default=32, ge=1, le=1024)  # queries embedded in one model call
    batch_wait_ms: float = Field(default=2.0, ge=0, le=100)  # how long a query waits for others
    # Read no more: the local model always runs on ONNX Runtime, shipped as ONNX (torch no
    # longer exports it, so there is nothing to keep). Accepted so that configs and units
    # that still set them load.
    runtime: Literal["onnx"] = "onnx"
    model_cache: Path | None = None
    threads: int = Field(default=1, ge=1, le=256)  # threads of the local model
    writer_poll_seconds: float = Field(default=1.0, gt=0, le=3600)
    max_attempts: int = Field(default=5, ge=1)
    # The fast model extracts facts before storing when an Anthropic key is set;
    # false (or no key): the person's words are stored as they are.
    extract_facts: bool = True


class Settings(Section):
    """The whole configuration."""

    data_dir: Path = Field(default_factory=_default_data_dir)
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    log_format: Literal["text", "json"] = "text"
    telegram: TelegramSettings = TelegramSettings()
    anthropic: AnthropicSettings = AnthropicSettings()
    database: DatabaseSettings = DatabaseSettings()
    redis: RedisSettings = RedisSettings()
    cache: CacheSettings = CacheSettings()
    metrics: MetricsSettings = MetricsSettings()
    webhook: WebhookSettings = WebhookSettings()
    reminders: RemindersSettings = RemindersSettings()
    food: FoodSettings = FoodSettings()
    retention: RetentionSettings = RetentionSettings()
    memory: MemorySettings = MemorySettings()

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
    _rename_old_keys(raw)
    _read_secret_files(raw)
    # Before validation, so that even an error about these keys cannot show their values.
    register_secrets(_raw_secrets(raw))
    try:
        return Settings.model_validate(raw)
    except ValidationError as exc:
        raise ConfigError(_first_error(exc)) from None


# Keys that moved: old name -> new names. The old name still works, unless both are set.
_RENAMED = {
    "telegram.inbox_retention_hours": ("retention.inbox_hours", "retention.job_replies_hours"),
    "telegram.failed_retention_hours": ("retention.failed_payload_hours",),
}


def _rename_old_keys(raw: dict[str, Any]) -> None:
    """Carry a value given under a key's old name over to its new name(s)."""
    for old, new in _RENAMED.items():
        section, _, key = old.partition(".")
        table = raw.get(section)
        if not isinstance(table, dict) or key not in table:
            continue
        value = table.pop(key)
        for dotted in new:
            new_section, _, new_key = dotted.partition(".")
            target = raw.setdefault(new_section, {})
            if not isinstance(target, dict):
                raise ConfigError(f"{new_section}: expected a section (a TOML table)")
            if new_key in target:
                raise ConfigError(f"{old}: now named {dotted}; set only {dotted}")
            target[new_key] = value


# Where a password can sit in a libpq or Redis connection string: URL userinfo (scheme://user:
# PASSWORD@host), a URL query parameter (?password=PASSWORD), or libpq's key=value form
# (password=PASSWORD or password='PASS WORD').
_URL_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_QUERY_PASSWORD = re.compile(r"([?&]password=)([^&#]*)", re.IGNORECASE)
_KV_PASSWORD = re.compile(r"(\bpassword\s*=\s*)('(?:[^'\\]|\\.)*'?|[^\s']\S*)")


def redact_url(url: str) -> str:
    """Hide every password in a database or Redis URL (or libpq key=value string) for logging."""
    scheme = _URL_SCHEME.match(url)
    if scheme is None:
        return _KV_PASSWORD.sub(rf"\1{MASK}", url)
    userinfo = _userinfo_span(url, scheme.end())
    if userinfo is not None and ":" in url[userinfo[0] : userinfo[1]]:
        user = url[userinfo[0] : userinfo[1]].split(":", 1)[0]
        url = f"{url[: userinfo[0]]}{user}:{MASK}{url[userinfo[1] :]}"
    return _QUERY_PASSWORD.sub(rf"\1{MASK}", url)


def url_passwords(url: str) -> set[str]:
    """Every password written in a connection string, as written and percent-decoded."""
    found: set[str] = set()
    scheme = _URL_SCHEME.match(url)
    if scheme is None:
        found.update(m.group(2).strip("'") for m in _KV_PASSWORD.finditer(url))
    else:
        userinfo = _userinfo_span(url, scheme.end())
        if userinfo is not None:
            found.add(url[userinfo[0] : userinfo[1]].partition(":")[2])
        found.update(m.group(2) for m in _QUERY_PASSWORD.finditer(url))
    found |= {unquote(p) for p in found}
    from psycopg import Error as PsycopgError
    from psycopg.conninfo import conninfo_to_dict

    try:
        # libpq's own parser: the value exactly as the server will get it (escapes undone).
        password = conninfo_to_dict(url).get("password")
    except PsycopgError:  # not a libpq string (Redis, malformed): the regexes found what is there
        password = None
    if isinstance(password, str):
        found.add(password)
    return {p for p in found if p}


def _userinfo_span(url: str, start: int) -> tuple[int, int] | None:
    """Where `user:password` sits in a URL, or None. Takes the last "@" before any query, so
    that a password with a raw "@" or "/" in it is masked whole rather than cut."""
    head_end = min((i for i in (url.find("?", start), url.find("#", start)) if i >= 0),
                   default=len(url))  # fmt: skip
    at = url.rfind("@", start, head_end)
    return (start, at) if at >= 0 else None


def _raw_secrets(raw: Mapping[str, Any]) -> set[str]:
    """The secret values in the raw (unvalidated) config, passwords inside URLs included."""
    secrets: set[str] = set()
    for dotted in _SECRET_KEYS | _URL_KEYS:
        section, _, key = dotted.partition(".")
        table = raw.get(section)
        value = table.get(key) if isinstance(table, dict) else None
        if value is None or value == "":
            continue
        if dotted in _URL_KEYS:
            secrets |= url_passwords(str(value))
        else:
            secrets.add(str(value))
    return secrets


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        data = _read_small_file(path, CONFIG_FILE_MAX_BYTES)
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config file: {exc.strerror}") from None
    except Refused as exc:
        raise ConfigError(f"{path}: cannot read config file: {exc}") from None
    try:
        return tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: malformed TOML: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: malformed TOML: {exc}") from None


def _read_small_file(path: Path, limit: int, *, trusted: bool = False) -> bytes:
    """Read a regular file of at most `limit` bytes; with `trusted`, also refuse one that a
    user other than root or this one could have written (through a symlink too)."""
    link = path.lstat()
    # O_NONBLOCK: opening a FIFO must not hang the start; it is refused below anyway.
    fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC | os.O_NONBLOCK)
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise Refused("it is a directory")
        if not stat.S_ISREG(st.st_mode):
            raise Refused("not a regular file")
        if trusted:
            check_owner(link, st)
        # Read one byte past the limit: st_size can be 0 for files that still hold data.
        data = b""
        while len(data) <= limit and (chunk := os.read(fd, limit + 1 - len(data))):
            data += chunk
    finally:
        os.close(fd)
    if len(data) > limit:
        raise Refused(f"larger than {limit} bytes")
    return data


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
        if value != "":  # TOML has no null: an empty path means "no file"
            raw[secret_key] = _read_secret_file(f"{prefix}{key}", Path(str(value)))
        del raw[key]


def _read_secret_file(key: str, path: Path) -> str:
    """A secret file's text, stripped ("" means not set); errors name the key, never the text."""
    try:
        data = _read_small_file(path, SECRET_FILE_MAX_BYTES, trusted=True)
    except OSError as exc:
        raise ConfigError(f"{key}: cannot read secret file {path}: {exc.strerror}") from None
    except Refused as exc:
        raise ConfigError(f"{key}: refusing secret file {path}: {exc}") from None
    try:
        return data.decode("utf-8").strip()
    except UnicodeDecodeError:
        raise ConfigError(f"{key}: secret file {path} is not UTF-8 text") from None


_SECRET_KEYS = frozenset(
    {
        "telegram.token",
        "webhook.secret_token",
        "anthropic.api_key",
        "database.password",
        "food.fdc_api_key",
        "memory.api_key",
    }
)
# Not secrets themselves, but they may carry a password: their values are never echoed either.
_URL_KEYS = frozenset({"database.url", "database.session_url", "redis.url"})


def _first_error(exc: ValidationError) -> str:
    error = exc.errors()[0]
    key = ".".join(str(part) for part in error["loc"])
    if error["type"] == "extra_forbidden":
        return f"{key}: unknown key"
    if error["type"] in {"model_type", "dict_type"}:
        return f"{key}: expected a section (a TOML table)"
    message = error["msg"].removeprefix("Value error, ")  # our validators' own words
    if key in _SECRET_KEYS | _URL_KEYS:
        return f"{key}: {message}"
    return f"{key}: {message} (got {error['input']!r})"
