"""The Open Food Facts client against the fake OFF on loopback: the fields asked for, the
User-Agent, parsing, retries."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from healthbot.food.off import OffError, OffProduct, user_agent
from loadgen.off import FakeOff, OffItem
from tests.support.barcodes import CONTACT, off_client


@pytest.fixture
async def fake() -> AsyncIterator[FakeOff]:
    async with FakeOff() as server:
        yield server


async def test_a_product_is_read_with_only_the_fields_needed_and_a_descriptive_agent(
    fake: FakeOff,
) -> None:
    client = off_client(fake.base_url)
    try:
        product = await client.product("3017620422003")
        crackers = await client.product("4006381333931")
        cola = await client.product("5449000000996")
    finally:
        await client.close()
    assert product == OffProduct(
        "3017620422003", "Nutella (Ferrero)", 539.0, 6.3, 57.5, 30.9, None, None, None, 15.0
    )
    assert crackers is not None and crackers.kcal == 400.0  # from kJ only
    assert cola is not None and cola.serving_g is None  # no serving on the label
    request = fake.requests[0]
    assert request.path == "/api/v2/product/3017620422003.json"
    assert set(request.query["fields"].split(",")) == {
        "code", "product_name", "brands", "nutriments", "serving_quantity",
        "serving_quantity_unit",
    }  # fmt: skip
    assert request.user_agent == "healthbot/0.1.0 (ops@example.org)" == user_agent(CONTACT)


async def test_an_unknown_code_is_none_and_a_label_typed_in_kj_as_kcal_has_no_energy(
    fake: FakeOff,
) -> None:
    fake.products["1234567890128"] = OffItem("1234567890128", "Typo", "", 2000.0, 5, 5, 5, 30)
    client = off_client(fake.base_url)
    try:
        assert await client.product("5901234123457") is None  # OFF's 404, status 0
        typo = await client.product("1234567890128")
        with pytest.raises(ValueError, match="8 to 14 digits"):
            await client.product("../../etc")
    finally:
        await client.close()
    assert typo is not None and typo.kcal is None and typo.serving_g == 30.0


async def test_server_errors_and_timeouts_are_retried_then_reported(fake: FakeOff) -> None:
    fake.faults.failures = 1
    client = off_client(fake.base_url, attempts=2, timeout=0.3)
    try:
        assert await client.product("3017620422003") is not None  # a 500, then the answer
        fake.faults.delay = 1.0
        with pytest.raises(OffError, match=r"TimeoutError after 2 tries"):
            await client.product("0036000291452")
    finally:
        await client.close()
    assert len(fake.requests) == 4
