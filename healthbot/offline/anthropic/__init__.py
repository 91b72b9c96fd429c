"""A fake Anthropic Messages API server: the offline coach's model, for tests and load tests.

The bot under test talks to it over HTTP exactly as to api.anthropic.com (official SDK:
``AsyncAnthropic(base_url=fake.base_url, api_key=...)``); tests read what the bot sent from
``fake.requests`` and shape the answers through ``latency``, ``faults`` and ``tool_names``.

Choices worth knowing:
- Answers are deterministic: the text of a reply is picked by hashing the conversation, ids
  are counters, and the faults and the jitter come from one ``random.Random(seed)``.
- Tools are used by rules, not understanding: when the request offers tools and its last
  user message is text, food words lead to the food-logging tool (not in "I'm allergic to
  peanuts", "I hate olives" or "I ate too much": nothing named that was eaten), "remind me"
  to the reminder tool, what people say of themselves (age, sex, height, goal, where they
  live) to the profile tool, and so on (``rules``, ``told``). Statements only: a question
  ("?", or starting with "how", "what", "can"...) logs nothing, but may still ask for stats
  or a reminder. A reminder request uses no other tool; the logging rules may fire together and
  then answer with parallel ``tool_use`` blocks. The input follows the tool's
  ``input_schema``: known property names get values parsed from the text, other required
  properties get the user's text (strings) or its first number.
- Photos: the fake reads what a `healthbot.offline.images.food_photo` shows from its metadata and
  takes it as "I had <that>" (the caption aside), so the food rules apply; a photo it cannot
  name gets ``UNCLEAR_PHOTO``. Image blocks are checked like the real API's (type, base64,
  5 MB, the bytes matching the media type).
- After a ``tool_result`` the answer is plain sentences built from the results (never their
  JSON, never an error's text: ``results``), unless a test scripted the next step
  (``after_tools``: the results' texts in, tool calls out, their input sent as given,
  unfitted to the schema, so a test can send what a careless model would).
- A message that states a preference ("I'm allergic to peanuts") is acknowledged: "Noted:
  allergic to peanuts." (``noted``).
- The memory's fact extraction (its system prompt names a "Memory Extractor") gets JSON: each new
  user message as one memory, ``"User said: <message>"``.
- Requests are validated like the real API where a bot's bug would show: headers, required
  fields, roles, and the pairing of ``tool_use`` and ``tool_result`` blocks.
- Both ``x-api-key`` and ``Authorization: Bearer`` carry the key (SDK 2.x sends the latter).
- Tokens are estimated: input ~ characters / 4; output ~ characters / 4 of the answer.
- 429 answers carry ``retry-after`` (whole seconds) and ``retry-after-ms``; the SDK prefers
  the latter, so a small ``Faults.retry_after`` keeps retry tests fast.
"""

from healthbot.offline.anthropic.fake import FakeAnthropic
from healthbot.offline.anthropic.records import (
    API_VERSION,
    DEFAULT_TOOL_NAMES,
    Answered,
    Faults,
    JsonDict,
    Latency,
    RecordedRequest,
)
from healthbot.offline.anthropic.texts import EXTRACTED_PREFIX, MEMORY_EXTRACTOR, UNCLEAR_PHOTO

__all__ = [
    "API_VERSION",
    "DEFAULT_TOOL_NAMES",
    "EXTRACTED_PREFIX",
    "MEMORY_EXTRACTOR",
    "UNCLEAR_PHOTO",
    "Answered",
    "FakeAnthropic",
    "Faults",
    "JsonDict",
    "Latency",
    "RecordedRequest",
]
