"""BERT's WordPiece tokenizer in Python, as `tokenizers` runs a BERT tokenizer.json.

The packaged model reads what MiniLM's tokenizer.json makes of a text: BertNormalizer (control
characters out, whitespace to spaces, CJK characters apart, accents stripped, lowercase),
BertPreTokenizer (split at whitespace and around punctuation), WordPiece (the longest known
piece first, "##" before a piece inside a word, [UNK] for a word it cannot cut), then
[CLS] ... [SEP]. `tokenizers` would do it in Rust, but brings the Hugging Face Hub client
with it (about 40 MB of the install); tests/coach/test_wordpiece.py checks that both give
the same ids. A word takes microseconds here and the model milliseconds.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

# Unicode's White_Space property (what Rust's char::is_whitespace tests).
_WHITE_SPACE = frozenset(
    map(chr, (9, 10, 11, 12, 13, 32, 0x85, 0xA0, 0x1680, *range(0x2000, 0x200B),
              0x2028, 0x2029, 0x202F, 0x205F, 0x3000))
)  # fmt: skip
_CJK = (
    (0x4E00, 0x9FFF), (0x3400, 0x4DBF), (0x20000, 0x2A6DF), (0x2A700, 0x2B73F),
    (0x2B740, 0x2B81F), (0x2B820, 0x2CEAF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F),
)  # fmt: skip
_CACHED_WORDS = 1 << 16


class TokenizerError(ValueError):
    """A tokenizer.json this tokenizer does not reproduce."""


class WordPiece:
    """A BERT tokenizer: `encode` gives a text's ids, [CLS] and [SEP] included."""

    def __init__(
        self, vocab: dict[str, int], *, lowercase: bool = True, strip_accents: bool | None = None,
        unk: str = "[UNK]", prefix: str = "##", max_chars: int = 100,
        cls: str = "[CLS]", sep: str = "[SEP]", pad: str = "[PAD]",
    ) -> None:  # fmt: skip
        self.vocab = vocab
        self.lowercase = lowercase
        self.strip_accents = lowercase if strip_accents is None else strip_accents
        self.prefix = prefix
        self.max_chars = max_chars
        self.unk, self.cls, self.sep = vocab[unk], vocab[cls], vocab[sep]
        self.pad = vocab.get(pad, 0)
        self.word_ids = lru_cache(maxsize=_CACHED_WORDS)(self._word_ids)

    @classmethod
    def from_file(cls, path: Path) -> WordPiece:
        """The tokenizer a tokenizer.json describes; TokenizerError for any other kind."""
        try:
            spec = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise TokenizerError(f"{path}: cannot read it: {exc}") from exc
        model, normalizer = spec.get("model") or {}, spec.get("normalizer") or {}
        pre, post = spec.get("pre_tokenizer") or {}, spec.get("post_processor") or {}
        if (
            model.get("type") != "WordPiece"
            or normalizer.get("type") != "BertNormalizer"
            or not normalizer.get("clean_text", True)
            or not normalizer.get("handle_chinese_chars", True)
            or pre.get("type") != "BertPreTokenizer"
            or _special_tokens(post) != ("[CLS]", "[SEP]")
        ):
            raise TokenizerError(f"{path}: not a BERT WordPiece tokenizer")
        return cls(
            model["vocab"],
            lowercase=bool(normalizer.get("lowercase", True)),
            strip_accents=normalizer.get("strip_accents"),
            unk=model.get("unk_token", "[UNK]"),
            prefix=model.get("continuing_subword_prefix", "##"),
            max_chars=int(model.get("max_input_chars_per_word", 100)),
        )

    def encode(self, text: str, max_tokens: int) -> list[int]:
        """The text's ids, cut to `max_tokens` with [CLS] and [SEP]."""
        ids: list[int] = []
        room = max_tokens - 2
        for word in self._words(self._normalize(text)):
            ids.extend(self.word_ids(word))
            if len(ids) >= room:
                break
        return [self.cls, *ids[:room], self.sep]

    def encode_batch(self, texts: Sequence[str], max_tokens: int) -> tuple[Any, Any]:
        """The texts' ids padded to the longest, and the attention mask (numpy int64)."""
        import numpy as np

        encoded = [self.encode(text, max_tokens) for text in texts]
        width = max(map(len, encoded))
        ids = np.full((len(encoded), width), self.pad, dtype=np.int64)
        mask = np.zeros((len(encoded), width), dtype=np.int64)
        for row, one in enumerate(encoded):
            ids[row, : len(one)] = one
            mask[row, : len(one)] = 1
        return ids, mask

    def _normalize(self, text: str) -> str:
        out: list[str] = []
        for char in text:
            if char in "\x00\ufffd" or _is_control(char):
                continue
            if char in _WHITE_SPACE:
                out.append(" ")
            elif _is_cjk(char):
                out.append(f" {char} ")
            else:
                out.append(char)
        normalized = "".join(out)
        if self.strip_accents:
            normalized = "".join(
                c for c in unicodedata.normalize("NFD", normalized)
                if unicodedata.category(c) != "Mn"
            )  # fmt: skip
        if self.lowercase:  # character by character, as Rust's char::to_lowercase
            normalized = "".join(c.lower() for c in normalized)
        return normalized

    @staticmethod
    def _words(text: str) -> list[str]:
        words: list[str] = []
        for chunk in text.split(" "):
            start = 0
            for i, char in enumerate(chunk):
                if _is_punctuation(char):
                    if start < i:
                        words.append(chunk[start:i])
                    words.append(char)
                    start = i + 1
            if start < len(chunk):
                words.append(chunk[start:])
        return words

    def _word_ids(self, word: str) -> tuple[int, ...]:
        if len(word) > self.max_chars:
            return (self.unk,)
        ids: list[int] = []
        start = 0
        while start < len(word):
            end = len(word)
            while end > start:
                piece = word[start:end] if start == 0 else self.prefix + word[start:end]
                found = self.vocab.get(piece)
                if found is not None:
                    ids.append(found)
                    break
                end -= 1
            else:
                return (self.unk,)
            start = end
        return tuple(ids)


def _special_tokens(post: dict[str, Any]) -> tuple[str, str] | None:
    if post.get("type") == "BertProcessing":
        return post["cls"][0], post["sep"][0]
    if post.get("type") == "TemplateProcessing":
        single = post.get("single") or []
        if len(single) == 3 and "Sequence" in single[1]:
            return single[0].get("SpecialToken", {}).get("id"), single[2].get(
                "SpecialToken", {}
            ).get("id")
    return None


def _is_control(char: str) -> bool:
    # Not Cn: `tokenizers` keeps a character no Unicode version names (an [UNK] then).
    return char not in "\t\n\r" and unicodedata.category(char) in ("Cc", "Cf", "Co", "Cs")


def _is_cjk(char: str) -> bool:
    code = ord(char)
    return code >= 0x3400 and any(low <= code <= high for low, high in _CJK)


def _is_punctuation(char: str) -> bool:
    code = ord(char)
    if 33 <= code <= 47 or 58 <= code <= 64 or 91 <= code <= 96 or 123 <= code <= 126:
        return True
    return unicodedata.category(char).startswith("P")
