"""Configuration: file, environment overrides, secrets, and one clear line per error."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from healthbot.config import load_settings, redact_url
from healthbot.errors import ConfigError

EXAMPLE = Path(__file__).parent.parent / "config.example.toml"


def test_example_config_loads_with_defaults() -> None:
    settings = load_settings(EXAMPLE, environ={})
    assert settings.metrics.port == 9100
    assert settings.metrics.host == "127.0.0.1"
    assert settings.database.url is None  # "" means embedded
    assert settings.telegram.token is None
    assert settings.cache.ttl_user_profile == 3600


def test_environment_overrides_every_section() -> None:
    settings = load_settings(
        EXAMPLE,
        environ={
            "HEALTHBOT_TELEGRAM__API_BASE": "http://127.0.0.1:8081",
            "HEALTHBOT_METRICS__PORT": "9200",
            "HEALTHBOT_DATA_DIR": "/tmp/x",
            "HEALTHBOT_DATABASE__AUTO_MIGRATE": "false",
        },
    )
    assert settings.telegram.api_base == "http://127.0.0.1:8081"
    assert settings.metrics.port == 9200
    assert settings.data_dir == Path("/tmp/x")
    assert settings.database.auto_migrate is False


def test_config_path_from_environment(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text("[metrics]\nport = 9311\n")
    settings = load_settings(None, environ={"HEALTHBOT_CONFIG": str(path)})
    assert settings.metrics.port == 9311


def test_secret_from_file_is_never_printed(tmp_path: Path) -> None:
    secret = tmp_path / "token"
    secret.write_text("123456:very-secret-token\n")
    settings = load_settings(None, environ={"HEALTHBOT_TELEGRAM__TOKEN_FILE": str(secret)})
    assert settings.require_token().get_secret_value() == "123456:very-secret-token"
    assert "very-secret" not in repr(settings)
    assert "very-secret" not in str(settings.model_dump())


@pytest.mark.parametrize(
    ("toml", "environ", "message"),
    [
        ("[metrics\nport = 1", {}, "malformed TOML"),
        ("[metrics]\nprot = 9100", {}, "metrics.prot: unknown key"),
        ("colour = 'blue'", {}, "colour: unknown key"),
        ('[metrics]\nport = "lots"', {}, "metrics.port: Input should be a valid integer"),
        ("[metrics]\nport = 70000", {}, "metrics.port: Input should be less than or equal"),
        ("metrics = 3", {}, "metrics: expected a section"),
        ("", {"HEALTHBOT_REDIS__TIMEOUT_SECONDS": "soon"}, "redis.timeout_seconds"),
        ("", {"HEALTHBOT_TELEGRAM__TOKEN_FILE": "/nonexistent/t"}, "telegram.token_file"),
    ],
)
def test_each_error_names_the_key(
    tmp_path: Path, toml: str, environ: dict[str, str], message: str
) -> None:
    path = tmp_path / "c.toml"
    path.write_text(toml)
    with pytest.raises(ConfigError, match="^.*" + message.replace("[", r"\[")):
        load_settings(path, environ=environ)


def test_wrong_secret_type_does_not_echo_the_value(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text("[telegram]\ntoken = 123456789\n")
    with pytest.raises(ConfigError) as caught:
        load_settings(path, environ={})
    assert "telegram.token" in str(caught.value)
    assert "123456789" not in str(caught.value)


def test_run_without_token_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="telegram.token: required"):
        load_settings(None, environ={}).require_token()


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "healthbot", *args],
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
        env={"PATH": "/usr/bin:/bin", **(env or {})},
    )


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("[telegram\n", "malformed TOML"),
        ("[telegram]\ntokn = 'x'\n", "telegram.tokn: unknown key"),
        ("[metrics]\nport = 'x'\n", "metrics.port"),
        ("", "telegram.token: required"),
    ],
)
def test_cli_config_errors_exit_2_with_one_line(
    tmp_path: Path, content: str, expected: str
) -> None:
    path = tmp_path / "c.toml"
    path.write_text(content)
    result = _cli("--config", str(path), "run")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert expected in lines[0]
    assert "Traceback" not in result.stderr


def test_cli_missing_config_file_exits_2(tmp_path: Path) -> None:
    result = _cli("--config", str(tmp_path / "missing.toml"), "check")
    assert result.returncode == 2
    assert "config file not found" in result.stderr


@given(st.text(min_size=1, max_size=30))
def test_redact_url_hides_any_password(password: str) -> None:
    from urllib.parse import quote

    url = f"postgresql://bot:{quote(password, safe='')}@db.example:5432/health"
    assert redact_url(url) == "postgresql://bot:***@db.example:5432/health"
