"""Reading a product's barcode from a photo on the machine (zxing-cpp), on photos made here:
EAN-13 and UPC-A, tilted and a little blurred; photos without one are None."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from healthbot.barcodes import read_code
from loadgen.images import food_photo
from tests.support.barcodes import barcode_photo


@pytest.mark.parametrize("angle", [-7.0, -3.0, 0.0, 4.0, 8.0])
@pytest.mark.parametrize("blur", [0.6, 1.2])
def test_an_ean13_photo_is_read_tilted_and_blurred(angle: float, blur: float) -> None:
    assert read_code(barcode_photo("3017620422003", angle=angle, blur=blur)) == "3017620422003"


@pytest.mark.parametrize("angle", [-5.0, 2.0, 6.0])
def test_a_upc_a_is_read_as_open_food_facts_keys_it_with_a_leading_zero(angle: float) -> None:
    assert read_code(barcode_photo("036000291452", angle=angle, blur=1.0)) == "0036000291452"


def test_a_photo_held_upright_and_a_png_are_read_too() -> None:
    assert read_code(barcode_photo("5449000000996", angle=90.0)) == "5449000000996"
    jpeg = Image.open(io.BytesIO(barcode_photo("4006381333931", angle=3.0)))
    png = io.BytesIO()
    jpeg.save(png, "PNG")
    assert read_code(png.getvalue()) == "4006381333931"


def test_a_photo_larger_than_telegram_keeps_is_scaled_down_and_read() -> None:
    photo = barcode_photo("3017620422003", size=(4000, 3000), angle=2.0)
    assert read_code(photo) == "3017620422003"


def test_photos_without_a_barcode_and_what_is_no_image_give_none() -> None:
    assert read_code(food_photo("2 eggs and a slice of toast", width=1280, height=960)) is None
    assert read_code(food_photo(None)) is None
    heic = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 64
    assert read_code(heic) is None
    assert read_code(b"") is None
    truncated = barcode_photo("3017620422003")[:2000]
    assert read_code(truncated) is None
