"""Configuration: file, environment overrides, secrets, and one clear line per error."""

from __future__ import annotations

import os
import shutil
import site
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from healthbot.config import load_settings, redact_url
from healthbot.errors import ConfigError

ROOT = Path(__file__).parent.parent
EXAMPLE = ROOT / "config.example.toml"


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


# -- bad input for --config, before and after the command ---------------------------------------

CONFIG_POSITIONS = {
    "before": lambda path: ["--config", path, "run"],
    "after": lambda path: ["run", "--config", path],
}


def _assert_one_config_error(result: subprocess.CompletedProcess[str], expected: str) -> None:
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("healthbot: config error: ")
    assert expected in lines[0]
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("position", CONFIG_POSITIONS)
@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda d: d / "missing.toml", "config file not found"),
        (lambda d: d, "cannot read config file: it is a directory"),
        (lambda d: Path("/dev/null"), "cannot read config file: not a regular file"),
    ],
    ids=["missing", "directory", "device"],
)
def test_bad_config_path_is_one_line_and_exit_2(
    tmp_path: Path, position: str, make: Callable[[Path], Path], expected: str
) -> None:
    result = _cli(*CONFIG_POSITIONS[position](str(make(tmp_path))))
    _assert_one_config_error(result, expected)


@pytest.mark.parametrize("position", CONFIG_POSITIONS)
def test_config_that_is_not_utf8_is_one_line_and_exit_2(tmp_path: Path, position: str) -> None:
    path = tmp_path / "c.toml"
    path.write_bytes(b"[metrics]\nport = 9100 # \xff\xfe\n")
    _assert_one_config_error(_cli(*CONFIG_POSITIONS[position](str(path))), "not UTF-8")


def _unreadable_config() -> tuple[Path, list[str]]:
    """A mode-000 config file, and the command prefix of a user that cannot read it."""
    directory = Path(tempfile.mkdtemp(prefix="hb-unreadable-"))
    directory.chmod(0o755)  # traversable by the unprivileged user; only the file is closed
    path = directory / "config.toml"
    path.write_text("[metrics]\nport = 9100\n")
    path.chmod(0o000)
    if os.geteuid() != 0:
        return path, [sys.executable]
    # Root reads anything through its capabilities: keep root (so that a checkout and venv
    # under root's 0700 home stay readable) but drop the two that pass over a file's mode.
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("as root, this needs setpriv to drop the capabilities that read any file")
    return path, [setpriv, "--bounding-set=-dac_override,-dac_read_search", "--", sys.executable]


@pytest.mark.parametrize("position", CONFIG_POSITIONS)
def test_unreadable_config_is_one_line_and_exit_2(position: str) -> None:
    path, prefix = _unreadable_config()
    try:
        paths = [str(ROOT), *site.getsitepackages()]
        launcher = (
            f"import sys; sys.path[:0] = {paths!r}; "
            "from healthbot.cli import main; raise SystemExit(main())"
        )
        result = subprocess.run(
            [*prefix, "-c", launcher, *CONFIG_POSITIONS[position](str(path))],
            check=False, capture_output=True, text=True, timeout=60,
            env={"PATH": "/usr/bin:/bin", "HOME": "/nonexistent", "PYTHONDONTWRITEBYTECODE": "1"},
        )  # fmt: skip
    finally:
        shutil.rmtree(path.parent)
    _assert_one_config_error(result, "cannot read config file: Permission denied")
