"""Secrets stay secret: tokens and passwords in every output, secret files, the fake's control API.

Every line the CLI prints (check, logs, start-up errors, the last-resort error) goes through
one redactor; passwords are masked in each form a connection string can hold them; secret
files are read only when nobody but root or this user could have written them.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

import aiohttp
import pytest
import redis.asyncio as aioredis
from hypothesis import given
from hypothesis import strategies as st
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from healthbot.config import (
    SECRET_FILE_MAX_BYTES,
    load_settings,
    redact_url,
    url_passwords,
)
from healthbot.embedded import EmbeddedRedis
from healthbot.errors import ConfigError
from healthbot.logs import redact
from loadgen.telegram import FakeTelegram
from tests.support.processes import daemon_env, free_port

TOKEN = "123456:SuperSecretToken-do-not-print"
TOKEN_SECRET = TOKEN.split(":")[1]
PASSWORD = "pg-Pa55word-never-shown"
REDIS_PASSWORD = "redis-Pa55word-never-shown"


async def healthbot(*args: str, env: dict[str, str], timeout: float = 60) -> tuple[int, str]:
    """Run the CLI in a subprocess; return the exit code and stdout + stderr."""
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "healthbot", *args, env={"PATH": "/usr/bin:/bin", **env},
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )  # fmt: skip
    out, _ = await asyncio.wait_for(process.communicate(), timeout)
    assert process.returncode is not None
    return process.returncode, out.decode()


def password_forms(database_url: str, password: str) -> dict[str, str]:
    """The same database with `password` as URL userinfo, as ?password= and as key=value."""
    params = conninfo_to_dict(database_url)
    host, user, dbname = params["host"], params.get("user", "postgres"), params["dbname"]
    query = f"host={quote(str(host), safe='')}" + (
        f"&port={params['port']}" if "port" in params else ""
    )
    return {
        "userinfo": f"postgresql://{user}:{password}@/{dbname}?{query}",
        "query": f"postgresql://{user}@/{dbname}?{query}&password={password}",
        "key=value": make_conninfo(database_url, password=password),
    }


# -- the token ---------------------------------------------------------------------------------


@pytest.mark.parametrize("api_base", ["http://[bad", "http://127.0.0.1:99999", "ftp://x"])
async def test_check_with_a_malformed_api_base_never_prints_the_token(
    tmp_path: Path, api_base: str
) -> None:
    env = {
        "HOME": str(tmp_path),
        "HEALTHBOT_TELEGRAM__TOKEN": TOKEN,
        "HEALTHBOT_TELEGRAM__API_BASE": api_base,
    }
    code, out = await healthbot("check", env=env)
    assert TOKEN_SECRET not in out
    assert code == 2, out
    [line] = out.strip().splitlines()
    assert line.startswith("healthbot: config error: telegram.api_base:")


async def test_check_redacts_a_secret_quoted_by_an_exception(tmp_path: Path) -> None:
    # A secret that turns up in an exception text (here: the host name a DNS error quotes)
    # is hidden by the redactor, whatever the path it took to get there.
    host = "leaky-secret-host-4242.invalid"
    env = {
        "HOME": str(tmp_path),
        "HEALTHBOT_TELEGRAM__TOKEN": TOKEN,
        "HEALTHBOT_TELEGRAM__API_BASE": f"http://{host}",
        "HEALTHBOT_DATABASE__PASSWORD": host,
        "HEALTHBOT_REDIS__URL": "redis://127.0.0.1:1/0",
    }
    code, out = await healthbot("check", env=env)
    assert code == 1
    telegram = next(line for line in out.splitlines() if " telegram " in line)
    assert telegram.startswith("FAIL") and "***" in telegram
    assert host not in out and TOKEN_SECRET not in out


def test_the_last_resort_error_line_is_one_redacted_line(tmp_path: Path) -> None:
    # A command failing in a way nobody planned for: the exception text quotes a secret.
    launcher = (
        "import healthbot.cli as cli\n"
        "def boom(settings, args):\n"
        "    secret = settings.database.password.get_secret_value()\n"
        "    raise RuntimeError('the server said: ' + secret)\n"
        "cli.cmd_check = boom\n"
        "raise SystemExit(cli.main(['check']))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", launcher], check=False, capture_output=True, text=True, timeout=60,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
             "HEALTHBOT_DATABASE__PASSWORD": PASSWORD},
    )  # fmt: skip
    assert result.returncode == 1
    # A bug: its traceback is logged (redacted, for the journal), then the one line.
    lines = result.stderr.splitlines()
    assert "ERROR healthbot [-] unexpected error" in lines[0]
    assert "Traceback" in result.stderr
    assert lines[-1] == "healthbot: unexpected error: RuntimeError: the server said: ***"
    assert PASSWORD not in result.stdout + result.stderr


# -- database and Redis passwords --------------------------------------------------------------


@pytest.mark.parametrize("form", ["userinfo", "query", "key=value"])
async def test_check_masks_the_database_password_in_every_form(
    tmp_path: Path, database_url: str, redis_url: str, form: str
) -> None:
    env = {
        "HOME": str(tmp_path),
        "HEALTHBOT_DATABASE__URL": password_forms(database_url, PASSWORD)[form],
        "HEALTHBOT_REDIS__URL": redis_url,
    }
    _, out = await healthbot("check", env=env)
    postgres = next(line for line in out.splitlines() if " postgresql " in line)
    assert postgres.startswith("ok"), out  # trust auth: any password connects
    assert "***" in postgres
    assert PASSWORD not in out


@pytest.mark.parametrize("form", ["userinfo", "query", "key=value"])
async def test_run_start_error_masks_the_database_password_in_every_form(
    tmp_path: Path, form: str
) -> None:
    unreachable = f"host=127.0.0.1 port={free_port()} user=bot dbname=x"
    env = daemon_env(
        tmp_path,
        HEALTHBOT_TELEGRAM__API_BASE="http://127.0.0.1:9",
        HEALTHBOT_DATABASE__URL=password_forms(unreachable, PASSWORD)[form],
        HEALTHBOT_DATABASE__START_WAIT_SECONDS="0",
    )
    code, out = await healthbot("run", env=env)
    assert code == 1, out
    assert out.strip().splitlines()[-1].startswith("healthbot: database: cannot connect to")
    assert "Traceback" not in out
    assert PASSWORD not in out


@pytest.mark.slow
async def test_run_log_masks_database_and_redis_passwords(
    tmp_path: Path, database_url: str, own_redis: EmbeddedRedis
) -> None:
    client = aioredis.Redis.from_url(own_redis.url)
    await client.config_set("requirepass", REDIS_PASSWORD)
    await client.aclose()
    async with FakeTelegram(TOKEN) as fake:
        env = daemon_env(
            tmp_path,
            HEALTHBOT_TELEGRAM__TOKEN=TOKEN,
            HEALTHBOT_TELEGRAM__API_BASE=fake.base_url,
            HEALTHBOT_LOG_LEVEL="DEBUG",
            HEALTHBOT_DATABASE__URL=password_forms(database_url, PASSWORD)["query"],
            HEALTHBOT_REDIS__URL=f"{own_redis.url}?password={REDIS_PASSWORD}",
        )
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "healthbot", "run", env=env,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
        )  # fmt: skip
        try:
            async with asyncio.timeout(60):
                while not fake.calls["getUpdates"] and process.returncode is None:
                    await asyncio.sleep(0.05)
            process.send_signal(signal.SIGTERM)
            out, _ = await asyncio.wait_for(process.communicate(), 60)
        finally:
            if process.returncode is None:
                process.kill()
    log = out.decode()
    assert process.returncode == 0, log
    assert "database pool open" in log
    assert PASSWORD not in log and REDIS_PASSWORD not in log and TOKEN_SECRET not in log


_PASSWORD_CHARS = st.characters(
    blacklist_categories=["Cs"], blacklist_characters="&#'\\ \t\n\r\x0b\x0c"
)


@given(st.text(alphabet=_PASSWORD_CHARS, min_size=1))
def test_redact_url_hides_a_password_in_the_query_and_in_key_value_form(password: str) -> None:
    query = f"postgresql://bot@db/health?sslmode=require&password={quote(password)}&x=1"
    assert redact_url(query) == "postgresql://bot@db/health?sslmode=require&password=***&x=1"
    quoted = password.replace("\\", "\\\\").replace("'", "\\'")
    assert redact_url(f"host=db password='{quoted}' dbname=h") == "host=db password=*** dbname=h"


def test_url_passwords_finds_every_form_and_redis_ones() -> None:
    forms = password_forms("host=/run/pg port=5432 user=bot dbname=h", PASSWORD)
    for url in forms.values():
        assert PASSWORD in url_passwords(url)
    assert url_passwords("redis://:s3cret-r@h:6379/0") == {"s3cret-r"}
    assert url_passwords("unix:///run/r.sock?db=0&password=s3cret-u") == {"s3cret-u"}
    assert url_passwords("postgresql://bot:p%40ss-word@db/h") >= {"p%40ss-word", "p@ss-word"}
    assert url_passwords("postgresql://bot@db/h") == set()


def test_loading_the_config_registers_every_password_with_the_redactor() -> None:
    load_settings(
        None,
        environ={
            "HEALTHBOT_DATABASE__URL": "host=db user=bot password=kv-secret-1 dbname=h",
            "HEALTHBOT_REDIS__URL": "redis://:redis-secret-2@cache:6379/0",
            "HEALTHBOT_ANTHROPIC__API_KEY": "sk-ant-secret-3",
        },
    )
    line = "kv-secret-1 redis-secret-2 sk-ant-secret-3"
    assert redact(line) == "*** *** ***"


# -- secret files ------------------------------------------------------------------------------


def _secret_file(tmp_path: Path, content: bytes | str, mode: int = 0o600) -> Path:
    path = tmp_path / "secret"
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    path.chmod(mode)
    return path


def _load_token_file(path: Path) -> None:
    load_settings(None, environ={"HEALTHBOT_TELEGRAM__TOKEN_FILE": str(path)})


def test_a_secret_file_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    path = _secret_file(tmp_path, "123456:" + "x" * SECRET_FILE_MAX_BYTES)
    with pytest.raises(ConfigError, match=r"^telegram\.token_file: refusing .* larger than") as e:
        _load_token_file(path)
    assert "xxxx" not in str(e.value)


@pytest.mark.parametrize("mode", [0o620, 0o602, 0o666])
def test_a_secret_file_others_can_write_is_refused(tmp_path: Path, mode: int) -> None:
    path = _secret_file(tmp_path, TOKEN, mode)
    with pytest.raises(ConfigError, match=r"^telegram\.token_file: .*writable by group or others"):
        _load_token_file(path)


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can give a file to another user")
def test_a_secret_file_owned_by_another_user_is_refused(tmp_path: Path) -> None:
    path = _secret_file(tmp_path, TOKEN)
    os.chown(path, 12345, 12345)
    with pytest.raises(ConfigError, match=r"^telegram\.token_file: .*owned by uid 12345"):
        _load_token_file(path)


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can give a symlink to another user")
def test_a_symlink_owned_by_another_user_is_refused(tmp_path: Path) -> None:
    target = _secret_file(tmp_path, TOKEN)
    link = tmp_path / "link"
    link.symlink_to(target)
    os.lchown(link, 12345, 12345)
    with pytest.raises(ConfigError, match=r"^telegram\.token_file: .*symlink owned by uid 12345"):
        _load_token_file(link)


def test_a_symlink_of_our_own_to_a_good_file_is_read(tmp_path: Path) -> None:
    # Kubernetes mounts secrets as symlinks into a ..data dir: that is fine when both are ours.
    link = tmp_path / "link"
    link.symlink_to(_secret_file(tmp_path, TOKEN + "\n"))
    settings = load_settings(None, environ={"HEALTHBOT_TELEGRAM__TOKEN_FILE": str(link)})
    assert settings.require_token().get_secret_value() == TOKEN


def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo, 0o600)
    with pytest.raises(ConfigError, match=r"^telegram\.token_file: .*not a regular file"):
        _load_token_file(fifo)


@pytest.mark.parametrize("content", ["", "\n", "  \n"])
def test_an_empty_key_file_means_no_key(tmp_path: Path, content: str) -> None:
    # The unit's SetCredential= fallback gives a key file holding a lone newline.
    path = _secret_file(tmp_path, content)
    settings = load_settings(None, environ={"HEALTHBOT_ANTHROPIC__API_KEY_FILE": str(path)})
    assert settings.anthropic.api_key is None


async def test_cli_refuses_a_bad_secret_file_in_one_line_naming_the_key(tmp_path: Path) -> None:
    path = _secret_file(tmp_path, TOKEN, 0o666)
    env = {"HOME": str(tmp_path), "HEALTHBOT_TELEGRAM__TOKEN_FILE": str(path)}
    code, out = await healthbot("check", env=env)
    assert code == 2
    [line] = out.strip().splitlines()
    assert line.startswith("healthbot: config error: telegram.token_file: refusing secret file")
    assert TOKEN_SECRET not in out


# -- the fake Telegram's control API -----------------------------------------------------------


async def test_fake_telegram_control_api_refuses_requests_without_its_token() -> None:
    async with FakeTelegram(TOKEN) as fake, aiohttp.ClientSession() as http:
        for url in (
            f"{fake.base_url}/_fake/users/2002/text",
            f"{fake.base_url}/_fake/wrong-token/users/2002/text",
            f"{fake.base_url}/_fake/{fake.control_token}x/users/2002/text",
        ):
            async with http.post(url, json={"text": "/start"}) as response:
                assert response.status == 403, url
        async with http.get(f"{fake.base_url}/_fake/chats/2002/messages") as response:
            assert response.status == 403
        assert fake.pending_updates == 0
        async with http.post(f"{fake.control_url}/users/2002/text", json={"text": "/a"}) as ok:
            assert ok.status == 200
        assert fake.pending_updates == 1
        # The Bot API itself is unchanged: the bot token is what guards it.
        async with http.post(f"{fake.base_url}/bot{TOKEN}/getMe") as response:
            assert response.status == 200


async def test_each_fake_has_its_own_control_token() -> None:
    async with FakeTelegram(TOKEN) as one, FakeTelegram(TOKEN) as two:
        assert one.control_token != two.control_token
        assert len(one.control_token) >= 16
