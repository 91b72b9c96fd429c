"""The fake Telegram that loadgen drives; it lives in the product, in healthbot.offline.

`healthbot chat` and `healthbot demo` run the daemon against it; loadgen and the tests take
it from here or from `healthbot.offline.telegram`.
"""

from healthbot.offline.telegram import FakeTelegram, JsonDict, RateLimits, SentMessage
from healthbot.offline.telegram.html import parse_html as _parse_html  # tests/coach/test_render

__all__ = ["FakeTelegram", "JsonDict", "RateLimits", "SentMessage", "_parse_html"]
