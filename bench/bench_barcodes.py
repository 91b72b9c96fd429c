"""Benchmark of reading a product's barcode from a photo (zxing-cpp), as a scan does.

Run: python bench/bench_barcodes.py [--decodes 50] [--side 1280]

Makes photos as the tests do (tests/support/barcodes.py: EAN-13 and UPC-A, tilted a few
degrees, a little blurred, JPEG) at `side` pixels wide, as Telegram's largest photo size,
then times `read_code` on them: JPEG decoding, the grey image and the barcode search, all
that a scan spends on the machine. Also a photo without a barcode (a food photo), whose
whole search is what a photo that goes on to the coach pays. Prints P50 and P95 per kind.
The goal (issue 25): under 100 ms for a 1280 px photo.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from healthbot.barcodes import read_code
from loadgen.images import food_photo
from tests.support.barcodes import barcode_photo

CODES = ("3017620422003", "036000291452", "5449000000996", "4006381333931")


def timed(photos: list[tuple[bytes, str | None]], decodes: int) -> list[float]:
    """Milliseconds of each of `decodes` reads, cycling through the photos (each checked)."""
    times = []
    for n in range(decodes):
        photo, expected = photos[n % len(photos)]
        started = time.perf_counter()
        found = read_code(photo)
        times.append((time.perf_counter() - started) * 1000)
        assert found == expected, (found, expected)
    return times


def report(kind: str, times: list[float]) -> None:
    cuts = statistics.quantiles(times, n=100)
    print(f"{kind:<28} n={len(times):<4} P50 {cuts[49]:6.1f} ms   P95 {cuts[94]:6.1f} ms"
          f"   max {max(times):6.1f} ms")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--decodes", type=int, default=50)
    parser.add_argument("--side", type=int, default=1280, help="the photo's width in pixels")
    args = parser.parse_args()
    size = (args.side, args.side * 3 // 4)
    barcodes = [
        (barcode_photo(code, angle=angle, blur=blur, size=size, seed=n),
         code if len(code) == 13 else "0" + code)
        for n, (code, angle, blur) in enumerate(
            (code, angle, blur) for code in CODES for angle, blur in ((-4, 0.8), (5, 1.2))
        )
    ]  # fmt: skip
    plain = [(food_photo("2 eggs and toast", width=size[0], height=size[1]), None)]
    read_code(barcodes[0][0])  # the first read loads the library's tables
    report(f"barcode photo {size[0]}x{size[1]}", timed(barcodes, args.decodes))
    report(f"no barcode {size[0]}x{size[1]}", timed(plain, args.decodes))


if __name__ == "__main__":
    main()
