"""The `healthbot` command: run, servers, check, migrate, inbox, backup, restore, stats, demo,
chat."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from healthbot import __version__, heap
from healthbot.config import Settings, load_settings
from healthbot.errors import ConfigError, HealthbotError, StopRequested
from healthbot.logs import redact, setup_logging

if TYPE_CHECKING:
    from healthbot.db.tools import Target
    from healthbot.telegram.intake import Role

log = logging.getLogger("healthbot")

EXIT_OK, EXIT_FAILURE, EXIT_CONFIG = 0, 1, 2


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, load the config, run the command; return the exit code."""
    args = _parser().parse_args(argv)
    command: Callable[[Settings, argparse.Namespace], int] = args.command
    try:
        # Loading registers every secret with the redactor that all output below goes through.
        settings = load_settings(getattr(args, "config", None))
        setup_logging(settings.log_level, json_lines=settings.log_format == "json")
        return _done(command(settings, args))
    except ConfigError as exc:
        return _fail(f"config error: {exc}", EXIT_CONFIG)
    except HealthbotError as exc:
        return _fail(str(exc), EXIT_FAILURE)
    except KeyboardInterrupt:
        return EXIT_FAILURE
    except BrokenPipeError:  # `healthbot stats | head`: the reader has what it wanted
        # Python flushes stdout again at exit: point it at /dev/null so that fails silently.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILURE
    except Exception as exc:  # the process boundary: a bug; its (redacted) traceback is logged
        log.exception("unexpected error")
        return _fail(f"unexpected error: {type(exc).__name__}: {exc}", EXIT_FAILURE)


def _done(code: int) -> int:
    """The command's exit code; the process ends here at once if the coach's embedding model
    is still loading (a stop during its seconds): everything is closed by now, and an
    interpreter shutting down while a thread is inside the model's native code (ONNX Runtime)
    would abort instead of exiting."""
    store = sys.modules.get("healthbot.coach.memory.store")
    if store is not None and store.loading_threads():
        log.info("exiting without waiting for the embedding model still loading")
        logging.shutdown()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code


def _fail(message: str, code: int) -> int:
    """Print one line on stderr, secrets redacted; return the exit code."""
    print(f"healthbot: {redact(' '.join(message.split()))}", file=sys.stderr)
    return code


def _global_options() -> argparse.ArgumentParser:
    """Options accepted before and after the command (`healthbot --config F run` or
    `healthbot run --config F`): operators and unit files write both."""
    options = argparse.ArgumentParser(add_help=False)
    # SUPPRESS: a command's parser must not overwrite a value given before the command
    # with its own default.
    options.add_argument(
        "--config", type=Path, default=argparse.SUPPRESS, metavar="PATH",
        help="TOML config file (default: $HEALTHBOT_CONFIG, else built-in defaults)",
    )  # fmt: skip
    return options


def _parser() -> argparse.ArgumentParser:
    common = _global_options()
    parser = argparse.ArgumentParser(
        prog="healthbot",
        description="A health-coach Telegram bot, run as one daemon.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"healthbot {__version__}")
    sub = parser.add_subparsers(required=True, metavar="COMMAND")

    def command(
        name: str, summary: str, *parents: argparse.ArgumentParser
    ) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=summary, parents=[common, *parents])

    run = command("run", "run the bot (long polling, or --webhook) until SIGTERM")
    run.add_argument(
        "--webhook", action="store_true", help="receive updates by webhook ([webhook] section)"
    )
    run.add_argument(
        "--role", choices=("all", "poller", "worker"), default="all",
        help="all: poll (when elected) and handle updates (default); poller: only poll (or "
        "receive webhooks) into the inbox; worker: only handle updates from the inbox",
    )  # fmt: skip
    run.set_defaults(command=cmd_run)

    servers = command(
        "servers", "run the embedded PostgreSQL and Redis for several daemons, until SIGTERM"
    )
    servers.set_defaults(command=cmd_servers)

    check = command("check", "validate the config and reach every dependency")
    check.set_defaults(command=cmd_check)

    migrate = command("migrate", "apply database migrations from sql/")
    group = migrate.add_mutually_exclusive_group()
    group.add_argument("--status", action="store_true", help="list migrations and their state")
    group.add_argument("--rollback", type=int, metavar="N", help="roll back the last N migrations")
    migrate.set_defaults(command=cmd_migrate)

    inbox = command("inbox", "show the update inbox: counts and failed updates")
    inbox.add_argument("--limit", type=int, default=20, help="failed updates to list")
    inbox.set_defaults(command=cmd_inbox)

    key_help = "the backup key (default: DATA_DIR/backup_key, made at the first backup)"
    backup = command("backup", "dump the database and its manifest into one signed file")
    backup.add_argument(
        "file", type=Path, metavar="FILE",
        help="the backup file to write; a directory: a dated file in it",
    )  # fmt: skip
    backup.add_argument(
        "--keep", type=int, default=None, metavar="N",
        help="with a directory: keep only the newest N dated backups there",
    )  # fmt: skip
    backup.add_argument("--key", type=Path, metavar="FILE", help=key_help)
    backup.set_defaults(command=cmd_backup)

    restore = command("restore", "restore a backup into an empty database")
    restore.add_argument("file", type=Path, metavar="FILE", help="a file `backup` wrote")
    restore.add_argument(
        "--force", action="store_true", help="replace what the database holds (all of it)"
    )
    restore.add_argument("--key", type=Path, metavar="FILE", help=key_help)
    restore.add_argument(
        "--trust-unsigned", action="store_true",
        help="restore a file this installation's key did not sign (know where it came from)",
    )  # fmt: skip
    restore.set_defaults(command=cmd_restore)

    stats = command("stats", "per table: size, rows and the oldest row")
    stats.set_defaults(command=cmd_stats)

    # Options of the offline modes, which run the daemon against a fake Telegram.
    offline = argparse.ArgumentParser(add_help=False)
    offline.add_argument("--verbose", action="store_true", help="show the daemon's log too")
    offline.add_argument(
        "--keep-data", type=Path, default=None, metavar="DIR",
        help="use DIR as the data dir and keep it (default: a temporary dir)",
    )  # fmt: skip

    chat = command("chat", "talk to the bot from this terminal, offline", offline)
    chat.add_argument("--name", default="You", help="your first name in the chat")
    chat.add_argument(
        "--files", type=Path, default=None, metavar="DIR",
        help="save the photos and documents the bot sends to DIR (default: a new temp dir)",
    )  # fmt: skip
    chat.add_argument(
        "--clock", default=None, metavar="+SHIFT",
        help="start the bot's clock this far ahead of now (+1d, +2d3h), as /clock moves it",
    )  # fmt: skip
    chat.set_defaults(command=cmd_chat)

    demo = command("demo", "play a scripted chat offline against a fake Telegram", offline)
    demo.set_defaults(command=cmd_demo)
    return parser


def cmd_run(settings: Settings, args: argparse.Namespace) -> int:
    """Run the daemon until SIGTERM or SIGINT; drain, close, exit 0."""
    token = settings.require_token().get_secret_value()
    if getattr(args, "webhook", False):
        webhook = settings.webhook.model_copy(update={"enabled": True})
        settings = settings.model_copy(update={"webhook": webhook})
    heap.enable()
    asyncio.run(_serve(settings, token, args.role))
    return EXIT_OK


async def _serve(settings: Settings, token: str, role: Role) -> None:
    from healthbot.app import App
    from healthbot.systemd import Notifier

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    notifier = Notifier.from_environment()

    def on_signal(name: str) -> None:
        if stop.is_set():
            log.info("%s again: already stopping", name)
            return
        log.info("%s: stopping (drain up to %.0f s)", name, settings.telegram.drain_seconds)
        notifier.stopping(f"stopping on {name}")
        stop.set()

    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, on_signal, sig.name)
    try:
        async with App(settings, token, notifier=notifier, stop=stop, role=role) as app:
            heap.settle("start")
            await app.serve(stop)
    except StopRequested as exc:
        log.info("%s", exc)
    finally:
        notifier.close()


def cmd_servers(settings: Settings, _: argparse.Namespace) -> int:
    """Run the embedded servers and print their URLs (one `NAME=url` a line) until SIGTERM."""
    from healthbot.servers import run_servers

    def announce(lines: list[str]) -> None:
        print("\n".join(lines), flush=True)

    asyncio.run(run_servers(settings, announce))
    return EXIT_OK


def cmd_check(settings: Settings, _: argparse.Namespace) -> int:
    """Report each dependency by name: ok or failing."""
    from healthbot.health import check_all

    results = asyncio.run(check_all(settings))
    width = max(len(r.name) for r in results)
    for result in results:
        mark = "ok  " if result.ok else "FAIL"
        print(redact(f"{mark} {result.name:<{width}}  {result.detail}"))
    return EXIT_OK if all(r.ok for r in results) else EXIT_FAILURE


def cmd_migrate(settings: Settings, args: argparse.Namespace) -> int:
    """Apply, list or roll back migrations."""
    from healthbot.db.migrations import (
        apply_migrations,
        migration_status,
        rollback_migrations,
    )
    from healthbot.health import database_url

    with database_url(settings) as url:
        if args.status:
            for state in asyncio.run(migration_status(url)):
                when = state.applied_at.isoformat(" ", "seconds") if state.applied_at else "-"
                flag = "" if state.checksum_ok else "  CHANGED SINCE APPLIED"
                print(f"{state.version:03d} {state.name:<32} {when}{flag}")
        elif args.rollback is not None:
            if args.rollback < 1:
                raise ConfigError("--rollback: N must be 1 or more")
            for migration in asyncio.run(rollback_migrations(url, args.rollback)):
                print(f"rolled back {migration.filename}")
        else:
            applied = asyncio.run(apply_migrations(url))
            for migration in applied:
                print(f"applied {migration.filename}")
            if not applied:
                print("nothing to apply: the database is up to date")
    return EXIT_OK


def cmd_inbox(settings: Settings, args: argparse.Namespace) -> int:
    """Counts of updates by status, then the most recent failed and quarantined ones."""
    from healthbot.health import database_url
    from healthbot.telegram.inbox import inbox_report

    with database_url(settings) as url:
        print("\n".join(asyncio.run(inbox_report(url, args.limit))))
    return EXIT_OK


def cmd_backup(settings: Settings, args: argparse.Namespace) -> int:
    """Write a backup file (or a dated one into a directory, keeping the newest N)."""
    from healthbot.backup import backup_into, create_backup, load_or_create_key
    from healthbot.health import database_url
    from healthbot.stats import human_size

    if args.keep is not None:
        if args.keep < 1:
            raise ConfigError("--keep N: N must be 1 or more")
        if args.file.exists() and not args.file.is_dir():
            raise ConfigError(f"--keep N: {args.file} must be a directory (dated backups go there)")
        args.file.mkdir(mode=0o700, parents=True, exist_ok=True)  # backups hold personal data
    key = load_or_create_key(_key_path(settings, args))
    start = time.perf_counter()
    removed: list[Path] = []
    # While the daemon runs, its embedded server is used: pg_dump reads a snapshot and
    # blocks no one.
    with database_url(settings) as url:
        target = _target(settings, url)
        if args.file.is_dir():
            path, manifest, removed = backup_into(target, args.file, key, args.keep)
        else:
            path, manifest = args.file, create_backup(target, args.file, key)
    size = path.stat().st_size
    print(
        f"backup written: {path} ({human_size(size)}, schema version {manifest.schema_version}, "
        f"{manifest.rows} rows in {len(manifest.tables)} tables, "
        f"{time.perf_counter() - start:.1f} s)"
    )
    for old in removed:
        print(f"removed old backup {old}")
    return EXIT_OK


def cmd_restore(settings: Settings, args: argparse.Namespace) -> int:
    """Check a backup file and its signature, restore it, and migrate it up."""
    from healthbot.backup import authenticate, check_schema, load_key, open_backup, restore_backup
    from healthbot.health import database_url

    start = time.perf_counter()
    backup = open_backup(args.file)  # a bad file is refused before any database is touched
    if args.trust_unsigned:
        print(f"healthbot: not checking who made {args.file} (--trust-unsigned)", file=sys.stderr)
    else:
        authenticate(backup, load_key(_key_path(settings, args)))
    check_schema(backup)
    # Never beside a running daemon: it would see its tables vanish and come back.
    with database_url(settings, exclusive=True) as url:
        restored = restore_backup(_target(settings, url), backup, force=args.force)
    manifest = restored.manifest
    print(
        f"restored {args.file}: {manifest.rows} rows in {len(manifest.tables)} tables, "
        f"schema version {manifest.schema_version}, made {manifest.created_at} "
        f"({time.perf_counter() - start:.1f} s)"
    )
    if restored.replaced:
        print(f"replaced the {restored.replaced} tables the database held before (--force)")
    if restored.migrated:
        print(f"then migrated it up: {', '.join(restored.migrated)}")
    return EXIT_OK


def cmd_stats(settings: Settings, _: argparse.Namespace) -> int:
    """Print each table's size, rows and oldest row, aligned."""
    from healthbot.health import database_url
    from healthbot.stats import format_stats, table_stats

    with database_url(settings) as url:
        print("\n".join(format_stats(table_stats(_target(settings, url).dsn))))
    return EXIT_OK


def _key_path(settings: Settings, args: argparse.Namespace) -> Path:
    from healthbot.backup import default_key_path

    return args.key if args.key is not None else default_key_path(settings.data_dir)


def _target(settings: Settings, url: str) -> Target:
    from healthbot.db.tools import Target

    password = settings.database.password
    return Target.from_url(url, password.get_secret_value() if password else None)


def cmd_demo(settings: Settings, args: argparse.Namespace) -> int:
    """Play the scripted conversation and print it as a chat transcript."""
    from healthbot.demo import run_demo

    _quiet_unless(args.verbose)
    for line in asyncio.run(run_demo(settings, data_dir=args.keep_data)):
        print(line)
    return EXIT_OK


def cmd_chat(settings: Settings, args: argparse.Namespace) -> int:
    """Chat with the bot in the terminal until EOF or /quit."""
    from healthbot.chat import run_chat
    from healthbot.offline.clock import read_shift

    shift = None if args.clock is None else read_shift(args.clock)
    if args.clock is not None and shift is None:
        print(f"--clock {args.clock}: give a shift forward such as +1d or +2d3h", file=sys.stderr)
        return EXIT_CONFIG
    _quiet_unless(args.verbose)
    # The terminal is the conversation: the log goes to a file, unless asked for here.
    chat = run_chat(
        settings, args.keep_data, args.name, args.files, log_file=not args.verbose, shift=shift
    )
    asyncio.run(chat)
    return EXIT_OK


def _quiet_unless(verbose: bool) -> None:
    """Offline modes print a conversation; the daemon's INFO log would bury it."""
    if not verbose:
        logging.getLogger().setLevel(max(logging.WARNING, logging.getLogger().level))
