"""The Open Food Facts client against the fake OFF on loopback: the fields asked for, the
User-Agent, parsing, retries."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from healthbot.food.off import OffError, OffProduct, product_of, user_agent
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


_VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(-10**6, 10**6), st.text(max_size=8),
    st.floats(allow_nan=True, allow_infinity=True), st.lists(st.integers(), max_size=2),
)  # fmt: skip
_KEYS = st.sampled_from([
    "energy-kcal_100g", "energy_100g", "proteins_100g", "carbohydrates_100g", "fat_100g",
    "fiber_100g", "sugars_100g", "sodium_100g",
])  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    name=st.one_of(st.none(), st.text(max_size=300), st.integers()),
    brands=st.one_of(st.none(), st.text(max_size=40)),
    nutriments=st.one_of(st.none(), st.dictionaries(_KEYS, _VALUES), st.text(max_size=5)),
    serving=_VALUES,
    unit=st.one_of(st.none(), st.sampled_from(["g", "ml", "oz", "G", ""])),
)
def test_any_json_reads_as_a_plausible_product_or_none(
    name: object, brands: object, nutriments: object, serving: object, unit: object
) -> None:
    item = {"product_name": name, "brands": brands, "nutriments": nutriments,
            "serving_quantity": serving, "serving_quantity_unit": unit}  # fmt: skip
    product = product_of("3017620422003", item)
    if product is None:
        return
    assert product.name and len(product.name) <= 200
    assert product.kcal is None or 0 <= product.kcal <= 900
    for grams in (product.protein_g, product.carbs_g, product.fat_g):
        assert grams is None or 0 <= grams <= 100
    assert product.serving_g is None or 0 < product.serving_g <= 2000
