"""The model's Markdown as Telegram HTML, and long answers cut into messages.

Telegram refuses a message whose HTML it cannot parse (400 "can't parse entities"), so the
text is escaped first and the only tags are those made here, each opened and closed within
one line or one code block: the result always parses. What Markdown Telegram has no tag
for (headings, tables, rules) becomes bold lines or plain text.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

MAX_MESSAGE = 4096  # characters Telegram takes in one message

_FENCE = re.compile(r"^```[^\n`]*\n(.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)
_CODE = re.compile(r"`([^`\n]+)`")
_STYLES = (
    (re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*"), r"<b>\1</b>"),
    (re.compile(r"__(?=\S)(.+?)(?<=\S)__"), r"<b>\1</b>"),
    (re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])"), r"<i>\1</i>"),
    (re.compile(r"(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])"), r"<i>\1</i>"),
    (re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"), r"<s>\1</s>"),
)
_TAG = re.compile(r"<(/?)(b|i|s)>")
_LINK = re.compile(r"\[([^\]\n]+)\]\((https?://[^\s)]+)\)")
_HEADING = re.compile(r"^#{1,6}\s+(.*)$")
_BULLET = re.compile(r"^(\s*)[-*+]\s+")
_RULE = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$")


def to_html(markdown: str) -> str:
    """Telegram HTML for `markdown`: bold, italic, strikethrough, code, code blocks, links,
    headings as bold lines, bullets as •."""
    out: list[str] = []
    position = 0
    for fence in _FENCE.finditer(markdown):
        out.append(_lines(markdown[position : fence.start()]))
        out.append(f"<pre>{html.escape(fence.group(1).rstrip(chr(10)))}</pre>\n")
        position = fence.end()
    out.append(_lines(markdown[position:]))
    return "".join(out).strip()


def _lines(text: str) -> str:
    lines = []
    for line in text.split("\n"):
        if _RULE.match(line):
            lines.append("")
            continue
        heading = _HEADING.match(line)
        if heading:
            lines.append(f"<b>{_inline(heading.group(1).strip('# '))}</b>")
            continue
        lines.append(_inline(_BULLET.sub(r"\1• ", line)))
    return "\n".join(lines)


def _inline(line: str) -> str:
    """One line: escaped, then links, code and inline styles (tags never span lines; a
    line whose marks would overlap, like "**a *b** c*", keeps its marks as text)."""
    kept: list[str] = []

    def keep(tag: str) -> str:
        kept.append(tag)
        return f"\x00{len(kept) - 1}\x00"

    def link(match: re.Match[str]) -> str:
        label, url = html.escape(match.group(1)), html.escape(match.group(2), quote=True)
        return keep(f'<a href="{url}">{label}</a>')

    escaped = html.escape(_LINK.sub(link, line.replace("\x00", "")), quote=False)
    escaped = _CODE.sub(lambda m: keep(f"<code>{m.group(1)}</code>"), escaped)
    styled = escaped
    for pattern, tag in _STYLES:
        styled = pattern.sub(tag, styled)
    if not _nested(styled):
        styled = escaped
    return re.sub("\x00(\\d+)\x00", lambda m: kept[int(m.group(1))], styled)


def _nested(text: str) -> bool:
    """True if the style tags in `text` open and close properly nested."""
    stack: list[str] = []
    for closing, name in _TAG.findall(text):
        if not closing:
            stack.append(name)
        elif not stack or stack.pop() != name:
            return False
    return not stack


def plain(markdown: str) -> str:
    """The text without Markdown marks, for when HTML was refused after all."""
    text = _FENCE.sub(lambda m: m.group(1), markdown)
    text = _LINK.sub(r"\1 (\2)", text)
    return re.sub(r"(\*\*|__|~~|`)", "", text).strip()


def split(markdown: str, limit: int = MAX_MESSAGE) -> list[str]:
    """The answer in pieces whose HTML fits one message each, cut between paragraphs (then
    between lines, then between words) and never inside a code block."""
    pieces: list[str] = []
    current = ""
    for block in _blocks(markdown):
        candidate = f"{current}\n\n{block}" if current else block
        if len(to_html(candidate)) <= limit:
            current = candidate
            continue
        if current:
            pieces.append(current)
        current = ""
        if len(to_html(block)) <= limit:
            current = block
            continue
        for part in _cut(block, limit):
            if len(to_html(part)) <= limit:
                pieces.append(part)
            else:  # a line of nothing but escapes: plain slices of it
                pieces.extend(part[i : i + limit // 6] for i in range(0, len(part), limit // 6))
    if current:
        pieces.append(current)
    return [p for p in pieces if p.strip()]


def _blocks(markdown: str) -> list[str]:
    """Paragraphs, a fenced code block staying one block."""
    blocks: list[str] = []
    position = 0
    for fence in _FENCE.finditer(markdown):
        blocks.extend(_paragraphs(markdown[position : fence.start()]))
        blocks.append(fence.group(0).strip("\n"))
        position = fence.end()
    blocks.extend(_paragraphs(markdown[position:]))
    return blocks


def _paragraphs(text: str) -> list[str]:
    return [p.strip("\n") for p in re.split(r"\n\s*\n", text) if p.strip()]


def _cut(block: str, limit: int) -> list[str]:
    """A block too long for one message, by lines, then by words (a fence: by lines, each
    piece fenced again)."""
    fence = _FENCE.fullmatch(block)
    units = block.split("\n") if fence is None else fence.group(1).rstrip("\n").split("\n")
    budget = limit // 2 if fence is None else limit // 2 - 16
    pieces = _pack((run for unit in units for run in _words(unit, budget)), budget, "\n")
    if fence is not None:
        pieces = [f"```\n{piece}\n```" for piece in pieces]
    return pieces


def _words(line: str, budget: int) -> list[str]:
    """A line as runs of whole words within `budget` (a longer word cut into slices)."""
    if len(line) <= budget:
        return [line]
    slices = (
        word[i : i + budget] for word in line.split(" ") for i in range(0, len(word) or 1, budget)
    )
    return _pack(slices, budget, " ")


def _pack(parts: Iterable[str], budget: int, sep: str) -> list[str]:
    """Consecutive parts joined by `sep` into runs of at most `budget` characters, in order."""
    runs, current = [], ""
    for part in parts:
        candidate = f"{current}{sep}{part}" if current else part
        if len(candidate) <= budget:
            current = candidate
        else:
            if current:
                runs.append(current)
            current = part
    if current:
        runs.append(current)
    return runs
