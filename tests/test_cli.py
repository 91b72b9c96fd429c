"""`healthbot check` and `healthbot migrate` as an operator runs them."""

from __future__ import annotations

import asyncio
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from healthbot.db.migrations import load_migrations
from loadgen.telegram import FakeTelegram

TOKEN = "123456:cli-test-token"


async def healthbot(*args: str, env: dict[str, str], timeout: float = 120) -> tuple[int, str, str]:
    """Run the CLI in a subprocess; return exit code, stdout and stderr (`timeout` bounds a
    hang: on a loaded machine the demo's embedded servers alone take tens of seconds)."""
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "healthbot", *args,
        env={"PATH": "/usr/bin:/bin", **env},
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, err = await asyncio.wait_for(process.communicate(), timeout)
    assert process.returncode is not None
    return process.returncode, out.decode(), err.decode()


def test_the_database_commands_import_no_telegram_library() -> None:
    """`migrate`, `backup`, `restore`, `stats` and `check` do without aiogram: importing it
    took 1.5-2 s of CPU at each of them (the metrics module imported it for its version)."""
    code = (
        "import sys, healthbot.cli, healthbot.db.migrations, healthbot.backup, healthbot.stats,"
        " healthbot.health; print(sorted(m for m in sys.modules if m.startswith('aiogram')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert result.stdout.strip() == "[]", result.stdout[:300]


async def test_check_reports_each_dependency_by_name(
    tmp_path: Path, database_url: str, redis_url: str
) -> None:
    async with FakeTelegram(TOKEN, bot_username="coach_bot") as fake:
        env = {
            "HEALTHBOT_DATA_DIR": str(tmp_path),
            "HEALTHBOT_DATABASE__URL": database_url,
            "HEALTHBOT_REDIS__URL": redis_url,
            "HEALTHBOT_TELEGRAM__TOKEN": TOKEN,
            "HEALTHBOT_TELEGRAM__API_BASE": fake.base_url,
        }
        code, out, err = await healthbot("check", env=env)
    assert code == 0, out + err
    lines = {line.split()[1]: line for line in out.splitlines()}
    assert set(lines) == {"postgresql", "redis", "telegram", "anthropic"}
    assert lines["postgresql"].startswith("ok") and "PostgreSQL 16" in lines["postgresql"]
    assert lines["redis"].startswith("ok")
    assert lines["telegram"].startswith("ok") and "@coach_bot" in lines["telegram"]
    assert lines["anthropic"].startswith("ok") and "offline" in lines["anthropic"]
    assert TOKEN not in out + err


async def test_check_fails_by_name_and_exits_1(tmp_path: Path, database_url: str) -> None:
    env = {
        "HEALTHBOT_DATA_DIR": str(tmp_path),
        "HEALTHBOT_DATABASE__URL": database_url,
        "HEALTHBOT_REDIS__URL": "redis://127.0.0.1:1/0",
        "HEALTHBOT_TELEGRAM__TOKEN": TOKEN,
        "HEALTHBOT_TELEGRAM__API_BASE": "http://127.0.0.1:1",
    }
    code, out, _ = await healthbot("check", env=env)
    assert code == 1
    lines = {line.split()[1]: line for line in out.splitlines()}
    assert lines["postgresql"].startswith("ok")
    assert lines["redis"].startswith("FAIL")
    assert lines["telegram"].startswith("FAIL")
    assert TOKEN not in out


async def test_migrate_apply_status_rollback(tmp_path: Path, empty_database_url: str) -> None:
    env = {"HEALTHBOT_DATA_DIR": str(tmp_path), "HEALTHBOT_DATABASE__URL": empty_database_url}
    code, out, _ = await healthbot("migrate", "--status", env=env)
    assert code == 0
    assert out.split()[:3] == ["001", "initial", "-"]
    code, out, _ = await healthbot("migrate", env=env)
    applied = out.strip().splitlines()
    assert code == 0
    assert applied[0] == "applied 001_initial.sql"
    assert applied[-1] == f"applied {load_migrations()[-1].filename}"
    code, out, _ = await healthbot("migrate", env=env)
    assert "up to date" in out
    code, out, _ = await healthbot("migrate", "--status", env=env)
    assert out.split()[2] != "-"  # applied at a date
    code, out, _ = await healthbot("migrate", "--rollback", str(len(applied)), env=env)
    assert code == 0
    assert out.strip().splitlines()[-1] == "rolled back 001_initial.sql"
    code, _, err = await healthbot("migrate", "--rollback", "0", env=env)
    assert code == 2 and "--rollback" in err


async def test_demo_plays_the_script_offline(tmp_path: Path) -> None:
    code, out, err = await healthbot("demo", env={"HOME": str(tmp_path)}, timeout=240)
    assert code == 0, err
    assert "Ann: /start" in out
    assert "bot: Hi Ann! I'm your health coach." in out
    assert "/help — list the commands" in out
    assert "Logged 500 ml." in out and "Today: 500 of 2,000 ml (25%)" in out
    assert "Logged 72.5 kg" in out
    assert "Ann: /log 2 eggs and a slice of toast" in out
    assert "Total: 207 kcal · protein 15 g · carbs 13 g · fat 10 g" in out
    assert "Achievement: First meal" in out
    assert "Eaten: 207 of 2,000 kcal (10%)" in out
    assert "Ann: [photo of a medium apple]" in out
    assert "Apple" in out.split("[photo of a medium apple]", 1)[1].split("Ann:", 1)[0]
    assert "I can read text and photos of meals" in out
    assert "I don't know the command /dance" in out
    assert "Traceback" not in err


async def test_inbox_lists_failed_updates(tmp_path: Path, empty_database_url: str) -> None:
    import psycopg

    from healthbot.db.migrations import apply_migrations

    await apply_migrations(empty_database_url)
    async with await psycopg.AsyncConnection.connect(empty_database_url) as conn:
        await conn.execute(
            "INSERT INTO update_inbox (update_id, chat_id, kind, payload, status, attempts,"
            " last_error, finished_at) VALUES (41, 7, 'message', '{}', 'failed', 5,"
            " 'ValueError: bad', now()), (42, 7, 'message', '{}', 'done', 1, NULL, now())"
        )
        await conn.commit()
    env = {"HEALTHBOT_DATA_DIR": str(tmp_path), "HEALTHBOT_DATABASE__URL": empty_database_url}
    code, out, _ = await healthbot("inbox", env=env)
    assert code == 0
    lines = out.strip().splitlines()
    assert lines[0] == "done: 1  failed: 1"
    assert "update 41 (message, chat 7) failed" in lines[1]
    assert lines[1].endswith("after 5 attempt(s): ValueError: bad")


async def chat(tmp_path: Path, name: str, script: bytes, *options: str) -> str:
    """Run `healthbot chat` as `name` on these lines of stdin; what it printed."""
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "healthbot", "chat", "--name", name, *options,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, err = await asyncio.wait_for(process.communicate(script), 240)  # bounds a hang
    assert process.returncode == 0, err.decode()
    if log := re.search(r"\(The bot's log goes to (\S+)\.\)", out.decode()):
        await asyncio.to_thread(os.remove, log[1])  # a temporary file left for the user
    return out.decode()


async def test_chat_answers_lines_from_stdin_until_quit(tmp_path: Path) -> None:
    text = await chat(tmp_path, "Zoe", b"/start\n/nope\n/quit\n")
    assert "bot (message 1): Hi Zoe! I'm your health coach." in text  # it has buttons
    assert "bot: I don't know the command /nope." in text


async def test_chat_numbers_messages_presses_earlier_ones_and_saves_pictures(
    tmp_path: Path,
) -> None:
    """Every message with buttons has a number: "1.4" presses the fourth button of the first
    card after a second card came; a plain "4" the newest's; the edit a press makes is
    shown; the /week chart is saved as a PNG and named."""
    files = tmp_path / "files"
    script = b"/log 2 eggs\n/log a banana\n1.4\n/week\n4\n/quit\n"  # x.4: "Not this?"
    text = await chat(tmp_path, "Ada", script, "--files", str(files))
    assert "[1.4] 🔄 Not this?" in text and "[2.4] 🔄 Not this?" in text
    assert re.search(r"bot \(edited\) \(message 1\): \S+ (Breakfast|Lunch|Dinner|Snack) · ", text)
    assert "Not Egg, whole, raw, fresh? Which food is “2 eggs”?" in text  # the first card's
    [png] = sorted(files.iterdir())
    assert (
        png.read_bytes().startswith(b"\x89PNG") and f"[photo saved: {png}] 📅 Last 7 days" in text
    )


async def test_chat_moves_the_bots_clock_on_and_keeps_an_earlier_sessions_pictures(
    tmp_path: Path,
) -> None:
    """A first week could not be tried in minutes: the chat ran on the real clock. `/clock
    +1d` moves the daemon's services a day on (the water of the day before no longer counts
    today); a second session, started a day on with --clock, numbered its files from 001
    again and wrote over the first one's chart."""
    files = tmp_path / "files"
    script = b"/water 500\n/log a banana\n/week\n/clock +1d\n/water 250\n/clock -1d\n/quit\n"
    text = await chat(tmp_path, "Ada", script, "--files", str(files))
    first, later = text.split("(the bot's clock: ", 1)
    assert "Today: 500 of" in first
    assert "Today: 250 of" in later and "Today: 750" not in later  # a new day
    assert "it only goes forward" in later  # -1d: time in the chat never goes back
    [chart] = sorted(files.iterdir())
    again = b"/log a banana\n/week\n/quit\n"
    text = await chat(tmp_path, "Ada", again, "--files", str(files), "--clock", "+2d")
    assert sorted(path.name for path in files.iterdir()) == [chart.name, "002-photo.png"]
    assert f"[photo saved: {files / '002-photo.png'}] 📅 Last 7 days" in text


@pytest.mark.parametrize(
    "command", [["run"], ["check"], ["migrate", "--status"], ["inbox"], ["demo"], ["chat"]]
)
@pytest.mark.parametrize("position", ["before", "after"])
async def test_config_option_is_read_before_and_after_every_command(
    tmp_path: Path, command: list[str], position: str
) -> None:
    # A config with an unknown key: the error proves that the file was read, before any work.
    path = tmp_path / "c.toml"
    path.write_text("[telegram]\ntokn = 'x'\n")
    option = ["--config", str(path)]
    args = [*option, *command] if position == "before" else [*command, *option]
    code, _, err = await healthbot(*args, env={"HOME": str(tmp_path)})
    assert code == 2, err
    assert err.strip().splitlines() == ["healthbot: config error: telegram.tokn: unknown key"]
