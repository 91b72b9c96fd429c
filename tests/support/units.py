"""The systemd unit as the tests read it, and its ExecStart redone under a temporary root."""

from __future__ import annotations

import codecs
import re
import shlex
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
UNIT = ROOT / "systemd" / "healthbot.service"
UNIT_TOKEN = "123456:commands-test-token"
"""The token the emulated unit's credentials carry."""
OPERATOR_CONFIG_DIR = "/etc/healthbot/"


def healthbot_argv() -> list[str]:
    """The checkout's `healthbot`: the console script beside this interpreter, else `-m`."""
    script = Path(sys.executable).parent / "healthbot"
    return [str(script)] if script.exists() else [sys.executable, "-m", "healthbot"]


def unit_settings(text: str, section: str = "Service") -> dict[str, list[str]]:
    """The `Key=value` lines of one section of a unit file, every value of each key in order."""
    settings: dict[str, list[str]] = {}
    current = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
        elif current == section and "=" in line:
            key, _, value = line.partition("=")
            settings.setdefault(key.strip(), []).append(value.strip())
    return settings


@dataclass
class UnitRun:
    """How systemd would start the unit, redone under a temporary root."""

    argv: list[str]
    env: dict[str, str]


def emulate_unit(tmp_path: Path, config: Path) -> UnitRun:
    """ExecStart with the checkout's binary and `config`; Environment= with %S, %C and %d filled in;
    the credentials dir as PID 1 makes it (LoadCredential= files, SetCredential= fallbacks)."""
    service = unit_settings(UNIT.read_text())
    [exec_start] = service["ExecStart"]
    binary, *args = shlex.split(exec_start)
    assert Path(binary).name == "healthbot", exec_start
    args = [str(config) if a.startswith(OPERATOR_CONFIG_DIR) else a for a in args]

    state, cache, credentials = tmp_path / "state", tmp_path / "cache", tmp_path / "credentials"
    for directory in service.get("StateDirectory", []):
        (state / directory).mkdir(parents=True, mode=0o700)
    for directory in service.get("CacheDirectory", []):
        (cache / directory).mkdir(parents=True, mode=0o700)
    credentials.mkdir(mode=0o700)
    operator_files = {f"{OPERATOR_CONFIG_DIR}telegram_token": UNIT_TOKEN}  # no anthropic_api_key
    fallbacks = dict(v.split(":", 1) for v in service.get("SetCredential", []))
    for entry in service.get("LoadCredential", []):
        name, _, source = entry.partition(":")
        if source in operator_files:
            content = operator_files[source]
        elif name in fallbacks:
            content = codecs.decode(fallbacks[name], "unicode_escape")  # C escapes, as systemd
        else:
            pytest.fail(f"the unit would fail with 243/CREDENTIALS: no {source} and no fallback")
        (credentials / name).write_text(content)
        (credentials / name).chmod(0o400)

    env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": str(tmp_path)}
    specifiers = {"%S": str(state), "%C": str(cache), "%d": str(credentials), "%%": "%"}
    for line in service.get("Environment", []):
        for assignment in shlex.split(line):
            name, _, value = assignment.partition("=")
            env[name] = re.sub("%.", lambda m: specifiers[m.group(0)], value)
    return UnitRun([*healthbot_argv(), *args], env)
