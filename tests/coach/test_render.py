"""The model's Markdown as Telegram HTML: always parseable, split to fit, nothing lost.

The HTML is checked with the fake Telegram's own entity parser, which refuses what Telegram
refuses (unbalanced or unknown tags, bad escapes).
"""

from __future__ import annotations

import html
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from healthbot.coach.render import MAX_MESSAGE, plain, split, to_html
from loadgen.telegram import _parse_html


def parses(text: str) -> str:
    """The text Telegram would show for this HTML (raises if it would refuse it)."""
    shown, _ = _parse_html(text)
    return shown


def test_common_markdown_becomes_telegram_tags() -> None:
    markdown = (
        "## Your day\n**Great** job, *really*. Try `/log 2 eggs`.\n"
        "- oats & berries\n- [guide](https://example.org/a?b=1&c=2)\n\n"
        "```\nif x < 3:\n    pass\n```"
    )
    out = to_html(markdown)
    assert out == (
        "<b>Your day</b>\n<b>Great</b> job, <i>really</i>. Try <code>/log 2 eggs</code>.\n"
        '• oats &amp; berries\n• <a href="https://example.org/a?b=1&amp;c=2">guide</a>\n\n'
        "<pre>if x &lt; 3:\n    pass</pre>"
    )
    assert "oats & berries" in parses(out)


def test_stray_marks_and_tags_stay_text() -> None:
    for markdown in ("2 * 3 = 6", "**unclosed", "a_b_c", "<script>alert(1)</script>", "`"):
        out = to_html(markdown)
        assert parses(out) == html.unescape(out.replace("<i>", "").replace("</i>", ""))
        assert "<script>" not in out


_MARKDOWNISH = st.lists(
    st.sampled_from([*"ab *_`~#-[]()<>&\n\"'", "**", "```", "http://x.y", "é", "🙂"]),
    max_size=120,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_MARKDOWNISH)
def test_any_markdown_gives_html_telegram_accepts(markdown: str) -> None:
    parses(to_html(markdown))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=900), min_size=1, max_size=12))
def test_long_answers_split_into_messages_that_fit_and_keep_every_word(
    paragraphs: list[str],
) -> None:
    markdown = "\n\n".join(paragraphs)
    pieces = split(markdown)
    for piece in pieces:
        out = to_html(piece)
        assert len(out) <= MAX_MESSAGE
        parses(out)
    words = re.findall(r"\w+", markdown)
    assert re.findall(r"\w+", " ".join(pieces)) == words


def test_a_split_falls_between_paragraphs() -> None:
    first, second = "a" * 3000, "b" * 3000
    assert split(f"{first}\n\n{second}") == [first, second]


def test_a_word_longer_than_a_message_is_cut_and_keeps_its_place() -> None:
    markdown = "before " + "x" * 5000 + " after"
    pieces = split(markdown)
    assert "".join(pieces).replace(" ", "") == markdown.replace(" ", "")
    assert pieces[0].startswith("before") and pieces[-1].endswith("after")
    assert all(len(to_html(piece)) <= MAX_MESSAGE for piece in pieces)


def test_a_long_code_block_is_split_into_fenced_pieces() -> None:
    code = "\n".join(f"line {n} <tag> & more" for n in range(400))
    pieces = split(f"```\n{code}\n```")
    assert len(pieces) > 1
    for piece in pieces:
        out = to_html(piece)
        assert out.startswith("<pre>") and out.endswith("</pre>")
        assert len(out) <= MAX_MESSAGE


def test_plain_drops_the_marks() -> None:
    assert plain("**bold** and `code` [x](https://a.b)") == "bold and code x (https://a.b)"
