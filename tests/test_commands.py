"""What the operator types works as written: the unit's ExecStart and every README command line.

The unit file and README.md are read as they are now, so that neither can drift from the CLI:
a new command line in the README that this file cannot run fails the suite until it can.
"""

from __future__ import annotations

import asyncio
import os
import re
import shlex
import signal
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from healthbot.db.migrations import apply_migrations
from loadgen.telegram import FakeTelegram
from tests.support.processes import free_port
from tests.support.units import (
    OPERATOR_CONFIG_DIR,
    ROOT,
    UNIT_TOKEN,
    emulate_unit,
    healthbot_argv,
)

pytestmark = pytest.mark.slow

README = ROOT / "README.md"
TOKEN = UNIT_TOKEN


async def answer_help_then_stop(
    fake: FakeTelegram, process: asyncio.subprocess.Process, user_id: int
) -> tuple[int, str]:
    """Wait for the daemon to poll, have it answer /help, SIGTERM it; return code and output."""
    try:
        async with asyncio.timeout(90):  # it polls, or it set its webhook
            while not (fake.calls["getUpdates"] or fake.webhook_active):
                if process.returncode is not None:
                    break
                await asyncio.sleep(0.05)
        if process.returncode is None:
            fake.add_user(user_id, first_name="Op")
            fake.send_text(user_id, "/help")
            await fake.wait_for_messages(user_id, 1, timeout=60)
            process.send_signal(signal.SIGTERM)
        out, _ = await asyncio.wait_for(process.communicate(), 60)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    assert process.returncode is not None
    return process.returncode, out.decode()


async def test_unit_exec_start_runs_answers_and_stops_with_exit_0(tmp_path: Path) -> None:
    async with FakeTelegram(TOKEN) as fake:
        config = tmp_path / "config.toml"
        config.write_text(
            f'[telegram]\napi_base = "{fake.base_url}"\npoll_timeout = 1\n\n[metrics]\nport = 0\n'
        )
        unit = emulate_unit(tmp_path, config)
        process = await asyncio.create_subprocess_exec(
            *unit.argv, env=unit.env,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
        )  # fmt: skip
        code, out = await answer_help_then_stop(fake, process, 7101)
    assert code == 0, out
    assert "/start" in (fake.sent(7101, "sendMessage")[0].text or "")
    assert "heap settled after start" in out  # the daemon's process sets its heap aside
    assert "Traceback" not in out
    assert TOKEN.split(":")[1] not in out


# -- the README --------------------------------------------------------------------------------

_FENCE = re.compile(r"^```.*?^```", re.MULTILINE | re.DOTALL)
_SPAN = re.compile(r"`([^`\n]+(?:\n[^`\n]+)?)`")  # a span may wrap onto the next line
_ENV = re.compile(r"^[A-Z][A-Z0-9_]*=")
_PLACEHOLDER = re.compile(r"\.\.\.|…|[<>\[\]]|^[A-Z]+$")  # ..., <x>, [--opt], N, PATH


@dataclass(frozen=True)
class ReadmeCommand:
    """A `healthbot` command line shown in the README."""

    line: str
    env: tuple[tuple[str, str], ...]
    args: tuple[str, ...]


def readme_candidates(text: str) -> Iterator[str]:
    """Code lines (indented or fenced) and inline code spans, whitespace normalised."""
    for fence in _FENCE.findall(text):
        yield from fence.splitlines()[1:-1]
    prose = _FENCE.sub("", text)
    for line in prose.splitlines():
        if line.startswith(("    ", "\t")):
            yield line.strip()
    for span in _SPAN.findall(prose):
        yield " ".join(span.split())


def parse_command(segment: str) -> ReadmeCommand | None:
    """A `healthbot ...` command (after `VAR=value` assignments), or None if it is not one."""
    segment = re.sub(r"^\$\s+", "", segment.strip())
    segment = re.sub(r"\s#.*$", "", segment)
    try:
        words = shlex.split(segment)
    except ValueError:
        return None
    env = []
    while words and _ENV.match(words[0]):
        name, _, value = words.pop(0).partition("=")
        env.append((name, value))
    if (
        words[:1]
        and re.fullmatch(r"(\S*/)?python3?", words[0])
        and words[1:3] == ["-m", "healthbot"]
    ):
        words = words[2:]
    if not words or not (words[0] == "healthbot" or words[0].endswith("/healthbot")):
        return None
    args = words[1:]
    if not args or any(_PLACEHOLDER.search(a) for a in args):
        return None  # a path to the binary, or a synopsis with placeholders
    return ReadmeCommand(segment, tuple(env), tuple(args))


def readme_commands(text: str) -> list[ReadmeCommand]:
    """Every distinct `healthbot` command line of the README (same variables, same arguments)."""
    found: dict[tuple[object, ...], ReadmeCommand] = {}
    for candidate in readme_candidates(text):
        for segment in re.split(r"&&|\|\||;|\|", candidate):
            command = parse_command(segment)
            if command is not None:
                key = (tuple(name for name, _ in command.env), command.args)
                found.setdefault(key, command)
    return list(found.values())


COMMANDS = readme_commands(README.read_text())


def test_readme_shows_the_commands_an_operator_needs() -> None:
    words = {command.args[0] for command in COMMANDS}
    assert {"run", "check", "migrate", "demo", "chat"} <= words, [c.line for c in COMMANDS]
    assert any("--config" in command.args for command in COMMANDS)


def test_readme_extraction_skips_paths_and_placeholders() -> None:
    text = (
        "link `/opt/healthbot/venv/bin/healthbot` to it, see `systemd/healthbot.service`,\n"
        "`healthbot migrate --rollback N`, `healthbot run --config\n/etc/healthbot/c.toml`,\n"
        "`systemctl enable --now healthbot` and\n\n"
        "    python3 -m venv .venv && .venv/bin/pip install . && .venv/bin/healthbot demo\n"
        "    $ X_Y=1 healthbot check   # a comment\n"
    )
    assert [(c.env, c.args) for c in readme_commands(text)] == [
        ((), ("demo",)),
        ((("X_Y", "1"),), ("check",)),
        ((), ("run", "--config", "/etc/healthbot/c.toml")),
    ]


def _config_for(fake: FakeTelegram, tmp_path: Path) -> Path:
    path = tmp_path / "operator-config.toml"
    path.write_text(f'[telegram]\napi_base = "{fake.base_url}"\n')
    return path


async def _start(command: ReadmeCommand, env: dict[str, str], config: Path,
                 stdin: bool = False) -> asyncio.subprocess.Process:  # fmt: skip
    args = list(command.args)
    for i, arg in enumerate(args):  # the operator's config file: one pointing at the fake
        if (i and args[i - 1] == "--config") or arg.startswith(OPERATOR_CONFIG_DIR):
            args[i] = str(config)
    # Relative paths (a backup folder, say) land beside the config, not in the checkout.
    return await asyncio.create_subprocess_exec(
        *healthbot_argv(), *args, env=env, cwd=config.parent,
        stdin=asyncio.subprocess.PIPE if stdin else asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )  # fmt: skip


async def print_urls_then_stop(process: asyncio.subprocess.Process) -> tuple[int, str]:
    """Wait for `healthbot servers` to print the Redis URL (its last), SIGTERM it; return
    code and output."""
    assert process.stdout is not None
    lines = []
    try:
        async with asyncio.timeout(90):
            while not any(line.startswith("HEALTHBOT_REDIS__URL=") for line in lines):
                line = (await process.stdout.readline()).decode()
                if not line:
                    break
                lines.append(line)
        if process.returncode is None:
            process.send_signal(signal.SIGTERM)
    except TimeoutError:
        pass  # the code and output below say what went wrong
    code, out = await _finish(process)
    return code, "".join(lines) + out


async def _finish(
    process: asyncio.subprocess.Process, stdin: bytes | None = None
) -> tuple[int, str]:
    try:
        out, _ = await asyncio.wait_for(process.communicate(stdin), 120)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    assert process.returncode is not None
    return process.returncode, out.decode()


@pytest.mark.parametrize("command", COMMANDS, ids=[c.line for c in COMMANDS])
async def test_readme_command_line_works_as_written(
    tmp_path: Path, empty_database_url: str, redis_url: str, command: ReadmeCommand
) -> None:
    # A database of its own, migrated: a line like `migrate --rollback 1` harms no other test.
    database_url = empty_database_url
    await apply_migrations(database_url)
    async with FakeTelegram(TOKEN) as fake:
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(tmp_path)}
        env.update(command.env)
        # What the README leaves to the reader (the token, where the services are) comes from
        # the test; anything else the line sets stays as written.
        env.update({
            "HEALTHBOT_TELEGRAM__TOKEN": TOKEN,
            "HEALTHBOT_TELEGRAM__API_BASE": fake.base_url,
            "HEALTHBOT_TELEGRAM__POLL_TIMEOUT": "1",
            "HEALTHBOT_DATABASE__URL": database_url,
            "HEALTHBOT_REDIS__URL": redis_url,
            "HEALTHBOT_METRICS__PORT": "0",
        })  # fmt: skip
        config = _config_for(fake, tmp_path)
        word = command.args[0]
        if word == "run":
            if "--webhook" in command.args:  # where Telegram (the fake) is to POST
                port = free_port()
                env.update({
                    "HEALTHBOT_WEBHOOK__URL": f"http://127.0.0.1:{port}/telegram",
                    "HEALTHBOT_WEBHOOK__PORT": str(port),
                    "HEALTHBOT_WEBHOOK__SECRET_TOKEN": "readme-webhook-secret",
                })  # fmt: skip
            process = await _start(command, env, config)
            code, out = await answer_help_then_stop(fake, process, 7200 + len(command.args))
        elif word == "chat":
            process = await _start(command, env, config, stdin=True)
            code, out = await _finish(process, b"/start\n/quit\n")
            assert re.search(r"bot( \(message \d+\))?: ", out), out  # the bot answered
        elif word == "servers":
            env["HEALTHBOT_DATA_DIR"] = str(tmp_path / "servers")
            process = await _start(command, env, config)
            code, out = await print_urls_then_stop(process)
        elif word in {"check", "migrate", "inbox", "demo", "stats", "backup"}:
            process = await _start(command, env, config)
            code, out = await _finish(process)
            if word == "check":
                assert [line[:2] for line in out.splitlines()] == ["ok"] * 4, out
            if word == "demo":
                assert "Ann: /start" in out, out
            if word == "stats":
                assert "update_inbox" in out and "food_entries" in out, out
            if word == "backup":
                assert list(tmp_path.rglob("*.backup")), out  # noqa: ASYNC240 - after exit
        else:
            pytest.fail(f"README shows `{command.line}`: teach tests/test_commands.py to run it")
    assert code == 0, f"{command.line}\n{out}"
    assert "Traceback" not in out
