"""Build healthbot/food/data/english_words.txt.gz, the English words a typo's mending leaves
alone ("skimmed" is no typo of "simmered", "snag" none of "snap").

The words are SCOWL's (Kevin Atkinson's Spell Checker Oriented Word Lists), as Debian's
wamerican and wbritish packages carry them: the lower-case words of letters only, four
letters or more (a shorter word is never mended), American and British spellings together.

    apt-get install wamerican wbritish
    python bench/build_english_words.py [OUT]

The output is the same bytes every time for the same lists (sorted, gzip without a time).
"""

from __future__ import annotations

import argparse
import gzip
import re
from pathlib import Path

LISTS = ("/usr/share/dict/american-english", "/usr/share/dict/british-english")
OUT = Path(__file__).resolve().parent.parent / "healthbot/food/data/english_words.txt.gz"
_WORD = re.compile(r"[a-z]{4,}")


def english_words(paths: list[str]) -> list[str]:
    """The lists' lower-case words of four letters or more, sorted, each once."""
    words: set[str] = set()
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if _WORD.fullmatch(line):
                words.add(line)
    return sorted(words)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path, default=OUT)
    parser.add_argument("--lists", nargs="+", default=list(LISTS))
    args = parser.parse_args()
    text = "\n".join(english_words(args.lists)) + "\n"
    with args.out.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as out:
        out.write(text.encode("ascii"))
    print(f"{args.out}: {text.count(chr(10))} words")


if __name__ == "__main__":
    main()
