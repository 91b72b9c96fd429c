"""The fake Anthropic that loadgen drives; it lives in the product, in healthbot.offline.

The coach answers with it when no API key is set; loadgen and the tests take it from here or
from `healthbot.offline.anthropic`.
"""

from healthbot.offline.anthropic import MEMORY_EXTRACTOR, Answered, FakeAnthropic, Faults, Latency

__all__ = ["MEMORY_EXTRACTOR", "Answered", "FakeAnthropic", "Faults", "Latency"]
