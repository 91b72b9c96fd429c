"""The Python WordPiece tokenizer gives the ids `tokenizers` gives for MiniLM's tokenizer.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from healthbot.coach.memory import onnx_model
from healthbot.coach.memory.wordpiece import TokenizerError, WordPiece

TEXTS = [
    "",
    " ",
    "I'm allergic to peanuts",
    "what snack should I have this afternoon?",
    "/log 2 eggs and a slice of toast, 250ml water",
    "Ich esse gern Äpfel und Käse",
    "Je suis allergique aux arachides, à cause de ça",
    "Я не ем мясо",
    "我喜欢吃米饭",
    "私は卵アレルギーです",
    "أنا نباتي",
    "मुझे चावल पसंद है",
    "Ben laktoz intoleransım var; İstanbul'da",
    "ΣΟΦΊΑ ΣΟΦΟΣ",
    "Straße, ﬁsh, café, naïve, e\u0301clair",
    "emoji 🍎🥚🥑, a NUL \x00, a \ufffd, a right-to-left mark \u200f and a zero width space \u200b",
    "tabs\tand\nnew lines\r\nand a vertical tab \x0b and NEL \x85 and ideographic\u3000space",
    "$5 + 3 < 10 = true ^ false | `code` ~home @user #tag & 100% {json} [list] (x) \\ back",
    "¿qué? ¡sí! «quotes» “curly” ‘single’ — dash – en… ellipsis",
    "pneumonoultramicroscopicsilicovolcanoconiosis " + "x" * 120,
    "ALL CAPS ARE LOUD, 12345, 3.14159, 1,000,000",
    "http://example.com/food?item=1&q=peanut%20butter",
    "peanut " * 400,  # past 256 tokens: cut there
]


@pytest.fixture(scope="module")
def both() -> tuple[WordPiece, object]:
    tokenizers = pytest.importorskip("tokenizers")
    path = onnx_model.packaged().tokenizer
    reference = tokenizers.Tokenizer.from_file(str(path))
    reference.enable_truncation(256)
    reference.no_padding()
    return WordPiece.from_file(path), reference


@pytest.mark.parametrize("text", TEXTS)
def test_the_same_ids_as_tokenizers(both: tuple[WordPiece, object], text: str) -> None:
    ours, reference = both
    assert ours.encode(text, 256) == reference.encode(text).ids  # type: ignore[attr-defined]


def test_a_batch_is_padded_to_its_longest_text(both: tuple[WordPiece, object]) -> None:
    ours, _ = both
    ids, mask = ours.encode_batch(["ok", "I'm allergic to peanuts"], 256)
    short, long = ours.encode("ok", 256), ours.encode("I'm allergic to peanuts", 256)
    assert ids.tolist() == [short + [0] * (len(long) - len(short)), long]
    assert mask.tolist() == [[1] * len(short) + [0] * (len(long) - len(short)), [1] * len(long)]


def test_a_tokenizer_of_another_kind_is_refused(tmp_path: Path) -> None:
    spec = json.loads(onnx_model.packaged().tokenizer.read_text())
    spec["model"]["type"] = "BPE"
    other = tmp_path / "tokenizer.json"
    other.write_text(json.dumps(spec))
    with pytest.raises(TokenizerError, match="not a BERT WordPiece tokenizer"):
        WordPiece.from_file(other)
    with pytest.raises(TokenizerError, match="cannot read it"):
        WordPiece.from_file(tmp_path / "missing.json")
