"""The food search kept in the data dir: read back only when current and ours, answering as
the search it was taken of; built again (and kept) on any miss."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from healthbot.db import Database
from healthbot.food import prebuilt
from healthbot.food.repository import ensure_food_table, server_version
from healthbot.food.search import FoodSearch
from healthbot.meals.foods import FoodCatalog

QUERIES = ("2 eggs", "chiken brest", "a latte", "icecream", "kfc original recipe breast")


async def answers(search: FoodSearch) -> list[list[str]]:
    return [[m.uid for m in await search.search(q, limit=5)] for q in QUERIES]


@pytest.fixture(autouse=True)
def _nothing_made(monkeypatch: pytest.MonkeyPatch) -> None:
    """No search this test process made before: each test sees its own builds."""
    monkeypatch.setattr(prebuilt, "_made", {})


async def test_a_kept_search_answers_as_the_one_built(
    food_db: Database, food_search: FoodSearch, tmp_path: Path
) -> None:
    path = tmp_path / prebuilt.FILE_NAME
    checksum = (await ensure_food_table(food_db)).checksum
    await prebuilt.keep(food_db, path, food_search, checksum)
    assert os.stat(path).st_mode & 0o777 == 0o600
    restored = await prebuilt.restore(food_db, path)
    assert restored is not None
    assert restored is not food_search
    assert len(restored) == len(food_search)
    assert await answers(restored) == await answers(food_search)
    assert restored.names_food("eggs") and not restored.names_food("coworker")


async def test_a_catalog_reads_back_what_an_earlier_one_built(
    food_db: Database, tmp_path: Path
) -> None:
    path = tmp_path / prebuilt.FILE_NAME
    first = FoodCatalog(food_db, prebuilt=path)
    await first.prepare()  # nothing kept yet: a miss, nothing loaded
    assert first._loading is None
    await first.load()  # built, then kept
    assert path.exists()
    second = FoodCatalog(food_db, prebuilt=path)
    await second.prepare()
    assert second._loading is not None and second._loading.done()  # before any lookup
    assert await answers(await second.ready()) == await answers(await first.ready())
    await first.close()
    await second.close()


async def test_a_file_under_another_key_or_damaged_is_a_miss(
    food_db: Database, food_search: FoodSearch, tmp_path: Path
) -> None:
    path = tmp_path / prebuilt.FILE_NAME
    key = prebuilt.index_key("another table", await server_version(food_db))
    prebuilt.write(path, key, food_search.state())
    assert prebuilt.read(path, key) is not None
    assert await prebuilt.restore(food_db, path) is None  # kept for another table
    head = path.read_bytes()[:200]
    path.write_bytes(head)  # cut short
    assert prebuilt.read(path, key) is None
    path.write_bytes(b"not even the header")
    assert prebuilt.read(path, key) is None


@pytest.mark.parametrize("mode", [0o620, 0o602])
def test_a_file_others_could_have_written_is_not_read(
    food_search: FoodSearch, tmp_path: Path, mode: int
) -> None:
    path = tmp_path / prebuilt.FILE_NAME
    prebuilt.write(path, "k" * 64, food_search.state())
    path.chmod(mode)
    assert prebuilt.read(path, "k" * 64) is None


def test_a_symlink_in_its_place_is_not_followed(food_search: FoodSearch, tmp_path: Path) -> None:
    real = tmp_path / "elsewhere.pickle"
    prebuilt.write(real, "k" * 64, food_search.state())
    link = tmp_path / prebuilt.FILE_NAME
    link.symlink_to(real)
    assert prebuilt.read(link, "k" * 64) is None


async def test_the_key_changes_with_the_table_the_server_and_the_code(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    key = prebuilt.index_key("table", 160002)
    assert len(key) == 64
    assert prebuilt.index_key("table", 160002) == key
    assert prebuilt.index_key("other table", 160002) != key
    assert prebuilt.index_key("table", 170000) != key
    monkeypatch.setattr(prebuilt, "_code_digest", lambda: "changed code")
    assert prebuilt.index_key("table", 160002) != key


async def test_a_build_whose_process_fails_is_done_here(
    food_db: Database, food_search: FoodSearch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "no such folder" / prebuilt.FILE_NAME  # the child cannot write there
    checksum = (await ensure_food_table(food_db)).checksum
    built = await prebuilt.build(food_db, path, checksum)
    assert "the food search's build failed" in caplog.text
    assert not path.exists()
    assert await answers(built) == await answers(food_search)


async def test_a_build_by_its_process_is_kept_and_read_back(
    food_db: Database, food_search: FoodSearch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / prebuilt.FILE_NAME
    checksum = (await ensure_food_table(food_db)).checksum
    with caplog.at_level("INFO", logger="healthbot.food"):
        built = await prebuilt.build(food_db, path, checksum)
    assert "read back" in caplog.text and "built here" not in caplog.text
    assert path.exists()
    assert await answers(built) == await answers(food_search)


async def test_a_process_builds_the_search_once_and_makes_it_again_of_that(
    food_db: Database, food_search: FoodSearch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    checksum = (await ensure_food_table(food_db)).checksum
    first = await prebuilt.build(food_db, None, checksum)
    path = tmp_path / prebuilt.FILE_NAME
    with caplog.at_level("INFO", logger="healthbot.food"):
        second = await prebuilt.build(food_db, path, checksum)
    assert "made again" in caplog.text and "read back" not in caplog.text  # no process
    assert second is not first and second._index is first._index  # the index, not rebuilt
    assert await answers(second) == await answers(food_search)
    assert first._answers == {}  # each remembers its own answers
    assert path.exists()  # kept for the next start all the same
    third = FoodCatalog(food_db, prebuilt=path)
    await third.prepare()
    assert await answers(await third.ready()) == await answers(food_search)
    await third.close()
