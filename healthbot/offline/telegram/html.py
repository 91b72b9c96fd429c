"""Telegram's HTML parse mode, read strictly: the plain text and its entities."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from healthbot.offline.telegram.objects import MAX_CAPTION_LENGTH, MAX_TEXT_LENGTH, JsonDict
from healthbot.offline.telegram.params import bad_request


class _EntityParseError(ValueError):
    """The text is not valid Telegram HTML."""


# tag -> entity type; the empty string marks tags that need their attributes to decide.
_HTML_TAGS: Final = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
    "code": "code",
    "pre": "pre",
    "a": "text_link",
    "blockquote": "blockquote",
    "tg-emoji": "custom_emoji",
}


_NAMED_ENTITIES: Final = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}


def utf16_len(text: str) -> int:
    """The length in UTF-16 code units, the unit of entity offsets and lengths."""
    return len(text) + sum(1 for char in text if ord(char) > 0xFFFF)


def _byte_offset(text: str, index: int) -> int:
    return len(text[:index].encode())


def _decode_entity(text: str, start: int) -> tuple[str, int]:
    """Decode the character entity at ``text[start] == '&'``; return it and the next index."""
    end = text.find(";", start + 1, start + 12)
    if end == -1:
        raise _EntityParseError(
            f'Character "&" at byte offset {_byte_offset(text, start)} must be escaped as "&amp;"'
        )
    name = text[start + 1 : end]
    if name in _NAMED_ENTITIES:
        return _NAMED_ENTITIES[name], end + 1
    code: int | None = None
    if name.startswith(("#x", "#X")) and name[2:]:
        try:
            code = int(name[2:], 16)
        except ValueError:
            code = None
    elif name.startswith("#") and name[1:].isdigit():
        code = int(name[1:])
    if code is None or not (0 < code <= 0x10FFFF) or 0xD800 <= code <= 0xDFFF:
        raise _EntityParseError(
            f'Unsupported HTML entity "&{name};" at byte offset {_byte_offset(text, start)}'
        )
    return chr(code), end + 1


def _parse_attributes(text: str, raw: str, offset: int) -> dict[str, str]:
    """Parse ``name="value"`` pairs of a start tag (values may use entities)."""
    attributes: dict[str, str] = {}
    rest = raw.strip()
    while rest:
        name, sep, rest = rest.partition("=")
        name = name.strip().lower()
        if not sep or not name or " " in name:
            raise _EntityParseError(
                f"Expected equal sign in declaration of an attribute of a start tag "
                f"at byte offset {_byte_offset(text, offset)}"
            )
        rest = rest.lstrip()
        if rest[:1] in {'"', "'"}:
            close = rest.find(rest[0], 1)
            if close == -1:
                raise _EntityParseError(
                    f"Unclosed attribute value at byte offset {_byte_offset(text, offset)}"
                )
            value, rest = rest[1:close], rest[close + 1 :]
        else:
            value, _, rest = rest.partition(" ")
        attributes[name] = _unescape(text, value, offset)
        rest = rest.lstrip()
    return attributes


def _unescape(text: str, value: str, offset: int) -> str:
    if "&" not in value:
        return value
    parts: list[str] = []
    index = 0
    while (amp := value.find("&", index)) != -1:
        parts.append(value[index:amp])
        try:
            char, index = _decode_entity(value, amp)
        except _EntityParseError:
            raise _EntityParseError(
                f"Bad character entity in an attribute at byte offset {_byte_offset(text, offset)}"
            ) from None
        parts.append(char)
    parts.append(value[index:])
    return "".join(parts)


@dataclass(slots=True)
class _OpenTag:
    name: str
    attributes: dict[str, str]
    offset: int  # in UTF-16 code units of the plain text, as Telegram counts entity offsets
    language: str | None = None


def parse_html(text: str) -> tuple[str, list[JsonDict]]:
    """Parse Telegram HTML into plain text and ``MessageEntity`` dicts (UTF-16 offsets)."""
    plain: list[str] = []
    entities: list[JsonDict] = []
    stack: list[_OpenTag] = []
    position = 0  # UTF-16 length of the plain text so far
    index = 0
    length = len(text)
    while index < length:
        special = min(
            (found for found in (text.find("<", index), text.find("&", index)) if found != -1),
            default=length,
        )
        if special > index:
            chunk = text[index:special]
            plain.append(chunk)
            position += utf16_len(chunk)
            index = special
            continue
        if text[index] == "&":
            char, index = _decode_entity(text, index)
            plain.append(char)
            position += utf16_len(char)
            continue
        close = text.find(">", index + 1)
        if close == -1:
            raise _EntityParseError(
                f"Unclosed start tag at byte offset {_byte_offset(text, index)}"
            )
        body = text[index + 1 : close]
        if body.startswith("/"):
            _close_tag(
                text,
                index,
                body[1:].strip().lower(),
                stack=stack,
                entities=entities,
                position=position,
            )
        else:
            name, _, raw_attributes = body.replace("\n", " ").partition(" ")
            name = name.lower()
            if name not in _HTML_TAGS:
                raise _EntityParseError(
                    f'Unsupported start tag "{name}" at byte offset {_byte_offset(text, index)}'
                )
            attributes = _parse_attributes(text, raw_attributes, index)
            if name == "span" and attributes.get("class") != "tg-spoiler":
                raise _EntityParseError('Tag "span" must have class "tg-spoiler"')
            if name == "tg-emoji" and "emoji-id" not in attributes:
                raise _EntityParseError('Custom emoji entity must have attribute "emoji-id"')
            stack.append(_OpenTag(name, attributes, position))
        index = close + 1
    if stack:
        raise _EntityParseError(
            f'Can\'t find end tag corresponding to start tag "{stack[-1].name}"'
        )
    entities.sort(key=lambda entity: (entity["offset"], -entity["length"]))
    return "".join(plain), entities


def _close_tag(
    text: str,
    index: int,
    name: str,
    *,
    stack: list[_OpenTag],
    entities: list[JsonDict],
    position: int,
) -> None:
    if not stack:
        raise _EntityParseError(f"Unexpected end tag at byte offset {_byte_offset(text, index)}")
    tag = stack.pop()
    if name != tag.name:
        raise _EntityParseError(
            f"Unmatched end tag at byte offset {_byte_offset(text, index)}, "
            f'expected "</{tag.name}>", found "</{name}>"'
        )
    code_class = tag.attributes.get("class", "")
    # <pre><code class="language-x"> is one pre entity with a language.
    if (
        tag.name == "code"
        and stack
        and stack[-1].name == "pre"
        and code_class.startswith("language-")
    ):
        stack[-1].language = code_class.removeprefix("language-")
        return
    if position == tag.offset:
        return  # Telegram drops empty entities
    entity: JsonDict = {
        "type": _HTML_TAGS[tag.name],
        "offset": tag.offset,
        "length": position - tag.offset,
    }
    if tag.name == "a":
        entity["url"] = tag.attributes.get("href", "")
    elif tag.name == "pre" and tag.language:
        entity["language"] = tag.language
    elif tag.name == "blockquote" and "expandable" in tag.attributes:
        entity["type"] = "expandable_blockquote"
    elif tag.name == "tg-emoji":
        entity["custom_emoji_id"] = tag.attributes["emoji-id"]
    entities.append(entity)


def render_text(
    text: str, parse_mode: str | None, *, allow_empty: bool, caption: bool = False
) -> tuple[str, list[JsonDict]]:
    """Validate a message text like Telegram; return the plain text and its entities."""
    mode = parse_mode.lower() if parse_mode else ""
    if mode == "html":
        try:
            plain, entities = parse_html(text)
        except _EntityParseError as error:
            raise bad_request(f"can't parse entities: {error}") from None
    elif mode in {"", "markdown", "markdownv2"}:
        plain, entities = text, []
    else:
        raise bad_request(f"unsupported parse_mode {parse_mode!r}")
    if caption:
        if len(plain) > MAX_CAPTION_LENGTH:
            raise bad_request("message caption is too long")
        return plain, entities
    if not allow_empty and not plain.strip():
        raise bad_request("message text is empty")
    if len(plain) > MAX_TEXT_LENGTH:
        raise bad_request("message is too long")
    return plain, entities
