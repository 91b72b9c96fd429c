"""The food search's index kept in the data dir, so that a daemon with a warm data dir reads
it before it serves instead of building it while it serves.

Building `FoodSearch` from the table's names takes a CPU for 0.4-0.8 s here (seconds on a
loaded machine). Built after READY in a thread, it held the GIL while the first updates
were answered: each of the event loop's waits on a socket cost it a turn of the GIL (up to
the 5 ms switch interval), and a run's first half had /log <saved meal> P95s many times its
second half's. Read back from this file the same index takes about a tenth of that, which
READY can afford (`FoodCatalog.prepare`).

The file is a pickle, so it is read only when no other user could have written it
(`healthbot.trust`: ours, not writable by group or others, no symlink), and only under its
key: the table's checksum as loaded in the database, PostgreSQL's version (its stemmer gave
the index its stems), this Python's, and the source of `healthbot.food` (what builds the
index, and the classes in the pickle). Anything else (no file, another key, a file that
does not load) is a miss: after start, a process of its own builds the index and writes
this file (`build`: the daemon's GIL stays free for the updates), and the daemon reads it
back. It is written atomically (a temporary file renamed over it), mode 0600.

A process also keeps the state of the search it built or read back, under the same key
(`_made`): another catalog of the process makes its search of it at once instead of building
it again. A daemon has one catalog; the test suite starts tens of daemons in each of its
processes, and each of them built the same index (2-3 s of CPU).
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import logging
import os
import pickle
import sys
from pathlib import Path
from typing import Any, Final, cast

import psycopg

from healthbot.db import Database
from healthbot.errors import StartupError
from healthbot.food.repository import dataset_checksum, loaded_checksum, server_version
from healthbot.food.search import FoodSearch
from healthbot.food.spelling import is_english
from healthbot.threads import in_daemon_thread
from healthbot.trust import open_own_file

log = logging.getLogger(__name__)

FILE_NAME: Final = "food-search.pickle"
"""The file's name in the data dir."""
_MAGIC: Final = b"healthbot food search 1\n"
_KEY_BYTES: Final = 64  # a sha256 in hex, then a newline
_FOOD_PACKAGE: Final = Path(__file__).resolve().parent
_made: dict[str, dict[str, Any]] = {}
"""The state of each search this process built or read back, by key (the module's text)."""


@functools.cache
def _code_digest() -> str:
    """The source of `healthbot.food` and its tables (the recipes' one-word dishes are words
    the index knows): a change to how the index is built, to a class it holds or to what it
    knows makes every file written before it a miss."""
    digest = hashlib.sha256()
    tables = (_FOOD_PACKAGE / "data").glob("*.tsv")
    for source in sorted([*_FOOD_PACKAGE.glob("*.py"), *tables]):
        digest.update(source.name.encode() + b"\0" + source.read_bytes() + b"\0")
    return digest.hexdigest()


def index_key(checksum: str, server_version: int) -> str:
    """The key a file must carry to be read for this table, server and code."""
    digest = hashlib.sha256(_MAGIC)
    for part in (checksum, str(server_version), sys.version, _code_digest()):
        digest.update(part.encode() + b"\0")
    return digest.hexdigest()


def read(path: Path, key: str) -> dict[str, Any] | None:
    """The state kept under `key`, or None (a miss: no file, another key, not ours, or a
    file that does not load; each but the first is logged)."""
    if not os.path.lexists(path):
        return None
    try:
        fd = open_own_file(path, os.O_RDONLY)
    except StartupError as exc:
        log.warning("the prebuilt food search is not used: %s", exc)
        return None
    with os.fdopen(fd, "rb") as file:
        head = file.read(len(_MAGIC) + _KEY_BYTES + 1)
        if head != _MAGIC + key.encode() + b"\n":
            log.info("the prebuilt food search is another version's: built again")
            return None
        try:
            state = pickle.load(file)  # noqa: S301 - our own file, checked above
        except Exception as exc:  # a truncated or damaged file: built again
            log.warning("the prebuilt food search does not load (%s): built again", exc)
            return None
    return state if isinstance(state, dict) else None


def write(path: Path, key: str, state: dict[str, Any]) -> bool:
    """Keep `state` under `key` (replacing the file at once); whether it was (a failure is
    logged)."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}")
    try:
        fd = open_own_file(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
        with os.fdopen(fd, "wb") as file:
            file.write(_MAGIC + key.encode() + b"\n")
            pickle.dump(state, file, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except (OSError, StartupError, pickle.PicklingError, TypeError) as exc:
        log.warning("could not keep the food search in %s: %s", path, exc)
        temporary.unlink(missing_ok=True)
        return False
    return True


async def restore(db: Database, path: Path | None) -> FoodSearch | None:
    """The search kept in `path` (if any), when the database holds the packaged table's
    version and the file was kept for it, this server and this code; None otherwise."""
    if path is None:
        return None
    checksum = dataset_checksum()
    if await loaded_checksum(db) != checksum:
        return None  # the table is (re)loaded first: `ensure_food_table`
    key = index_key(checksum, await server_version(db))
    state = read(path, key)
    if state is None:
        return None
    _made[key] = state
    search = FoodSearch.restore(db, state)
    log.info("food search read back from %s: %d foods", path.name, len(search))
    await _english_words()
    return search


async def _english_words() -> None:
    # The word list `is_english` reads, loaded in a thread before a /log first asks (its
    # groups take 30-40 ms to make: the event loop's otherwise).
    await in_daemon_thread(is_english, "warm", name="english-words")


async def keep(db: Database, path: Path | None, search: FoodSearch, checksum: str) -> None:
    """Keep a search built from the table of `checksum` in `path` (if any) for the next
    start, in a thread (a stop does not wait for it); a failure is logged, never raised."""
    if path is None:
        return
    try:
        key = index_key(checksum, await server_version(db))
    except psycopg.Error as exc:
        log.warning("could not keep the food search: %s", exc)
        return
    await _keep(path, key, search)


async def _keep(path: Path | None, key: str, search: FoodSearch) -> None:
    if path is not None:
        await in_daemon_thread(write, path, key, search.state(), name="food-keep")


async def build(db: Database, path: Path | None, checksum: str) -> FoodSearch:
    """The search built from the table of `checksum` in the database, kept in `path`: by a
    process of its own, then read back, when there is a path (in a thread of the daemon,
    the build held the GIL for its whole length while updates were answered); else, or
    when that process fails, in a thread. Made at once of the state of one this process
    built or read back before for the same table, server and code (`_made`)."""
    await _english_words()
    key = index_key(checksum, await server_version(db))
    if (made := _made.get(key)) is not None:
        search = FoodSearch.restore(db, made)
        log.info("food search made again of this process's: %d foods", len(search))
        await _keep(path, key, search)
        return search
    apart = await _built_apart(db, path, key) if path is not None else None
    if apart is None:
        search = await FoodSearch.load(db)
        await _keep(path, key, search)
    else:
        search = apart
    _made[key] = search.state()
    return search


async def _built_apart(db: Database, path: Path, key: str) -> FoodSearch | None:
    inputs = await FoodSearch.inputs(db)
    # -P: the working directory does not come first on the child's path (its healthbot is
    # the daemon's own).
    child = await asyncio.create_subprocess_exec(
        sys.executable, "-P", "-m", __name__, str(path), key,
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    try:
        _, errors = await child.communicate(pickle.dumps(inputs))
    finally:
        if child.returncode is None:  # cancelled: the daemon stops
            child.kill()
            await child.wait()
    if child.returncode != 0:
        said = errors.decode(errors="replace").strip().splitlines()
        why = said[-1] if said else f"exit status {child.returncode}"
        log.warning("the food search's build failed (%s): built here", why)
        return None
    return await restore(db, path)


def main(argv: list[str]) -> int:
    """In the child `_built_apart` starts: build the search from the inputs on stdin and keep
    it in the file argv names, under argv's key."""
    path, key = Path(argv[0]), argv[1]
    foods, stems, aliases = pickle.load(sys.stdin.buffer)  # noqa: S301 - from our parent
    # No database here: the state kept never holds one (`FoodSearch.state`).
    search = FoodSearch(cast(Database, None), foods, stems, aliases)
    return 0 if write(path, key, search.state()) else 1


if __name__ == "__main__":
    logging.basicConfig(level=logging.WARNING)
    raise SystemExit(main(sys.argv[1:]))
