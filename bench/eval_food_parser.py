"""Food-log parsing compared: the hand-written parser against ingredient-parser-nlp, and pint.

Scores each approach on the phrase set of `tests/food/parser_cases.py` (an item is right when
quantity, unit, size and food match; a phrase when all its items do), times a call, and
measures each library's import time and RSS in a fresh interpreter. Needs the candidates,
which the project does not depend on:

    pip install ingredient-parser-nlp pint
    python bench/eval_food_parser.py [--repeat 20]

ingredient-parser-nlp needs NLTK's `averaged_perceptron_tagger_eng`, which it downloads at
import; where that cannot be fetched (offline, as here) a stand-in tagger (the package's own
ingredient tag dictionary, else "NN") is used and the table says so.
"""

from __future__ import annotations

import argparse
import math
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from contextlib import redirect_stderr, redirect_stdout
from fractions import Fraction
from io import StringIO
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from healthbot.food.parser import FoodParseError, parse_meal, split_items
from healthbot.food.units import (
    GRAMS_PER_UNIT,
    ML_PER_UNIT,
    SIZE_ALIASES,
    UNIT_ALIASES,
    Size,
    Unit,
    singular,
)
from tests.food.parser_cases import PHRASES, Expected, Phrase

Item = tuple[float, Unit | None, Size | None, str]
Parser = Callable[[str], list[Item]]

# pint's names for the units ingredient-parser reports as pint units.
_PINT_UNITS = {
    "gram": Unit.G,
    "kilogram": Unit.KG,
    "ounce": Unit.OZ,
    "pound": Unit.LB,
    "milliliter": Unit.ML,
    "liter": Unit.L,
    "fluid_ounce": Unit.FL_OZ,
    "cup": Unit.CUP,
    "tablespoon": Unit.TBSP,
    "teaspoon": Unit.TSP,
    "pint": Unit.PINT,
}


def hand_written(text: str) -> list[Item]:
    """The hand-written parser's items."""
    return [(i.quantity, i.unit, i.size, i.food) for i in parse_meal(text)]


# Quantity words ingredient-parser leaves as text; read for it, to compare the models fairly.
_WORD_QUANTITIES = {"half": 0.5, "quarter": 0.25, "couple": 2.0, "few": 3.0, "dozen": 12.0}


def _ip_number(value: Any) -> float | None:
    if isinstance(value, str) and value.lower() in _WORD_QUANTITIES:
        return _WORD_QUANTITIES[value.lower()]
    try:
        return float(Fraction(value))
    except (TypeError, ValueError):
        return None


def _ip_quantity(amount: Any) -> float | None:
    low, high = _ip_number(amount.quantity), _ip_number(amount.quantity_max)
    return None if low is None or high is None else (low + high) / 2


def _ip_food(parsed: Any) -> str:
    """The name, with the leading "of" and article our parser also drops ("of bread")."""
    words = parsed.name[0].text.lower().split() if parsed.name else []
    while words and words[0] in ("of", "a", "an", "the"):
        words = words[1:]
    return " ".join(words)


def _ip_item(parsed: Any) -> Item:
    """One ingredient-parser result as an item of ours."""
    amount = parsed.amount[0] if parsed.amount else None
    quantity: float | None = 1.0
    unit = None
    if amount is not None:
        quantity = _ip_quantity(amount)
        name = str(amount.unit).lower()
        unit = _PINT_UNITS.get(name) or UNIT_ALIASES.get(name)
    size = SIZE_ALIASES.get(parsed.size.text.lower()) if parsed.size else None
    return (math.nan if quantity is None else quantity, unit, size, _ip_food(parsed))


def load_ingredient_parser() -> tuple[Callable[[str], Any], str]:
    """ingredient-parser's parse function, and which POS tagger it runs with."""
    # It prints while it tries to download NLTK data at import.
    with redirect_stdout(StringIO()), redirect_stderr(StringIO()):
        from ingredient_parser import parse_ingredient
        from ingredient_parser.en import _utils
    from nltk.tag.perceptron import PerceptronTagger

    try:
        _utils.pos_tag(["2", "eggs"])
        return parse_ingredient, "NLTK tagger"
    except LookupError:
        tagger = PerceptronTagger(load=False)
        tagger.tagdict.update(_utils.load_ingredient_tagdict())  # type: ignore[attr-defined]
        tagger.model.classes = {"NN"}
        # Its tagger is a cached function that pos_tag looks up by name at each call.
        _utils._get_pos_tagger = lambda: tagger  # type: ignore[assignment]
        return parse_ingredient, "stand-in tagger (NLTK data not downloadable)"


def item_correct(got: Item, expected: Expected) -> bool:
    """Whether a parsed item is the expected one (plural and case set aside for the food)."""
    quantity, unit, size, food = got
    return (
        math.isclose(quantity, expected.quantity, rel_tol=1e-6)
        and unit == expected.unit
        and size == expected.size
        and singular(" ".join(food.split())) == singular(expected.food)
    )


def score(parser: Parser, phrases: Sequence[Phrase]) -> tuple[int, int, int, list[str]]:
    """Right items, right phrases, all items, and the phrases it gets wrong."""
    right_items = right_phrases = total = 0
    wrong = []
    for case in phrases:
        total += len(case.items)
        try:
            got = parser(case.text)
        except FoodParseError:
            got = []
        hits = sum(item_correct(g, e) for g, e in zip(got, case.items, strict=False))
        right_items += hits
        if hits == len(case.items) == len(got):
            right_phrases += 1
        else:
            wrong.append(case.text.replace("\n", " / "))
    return right_items, right_phrases, total, wrong


def per_call_ms(parser: Parser, phrases: Sequence[Phrase], repeat: int) -> tuple[float, float]:
    """Median and P95 milliseconds of one call on a phrase (after one warm-up pass)."""
    for case in phrases:
        parser(case.text)
    times = []
    for _ in range(repeat):
        for case in phrases:
            start = time.perf_counter()
            parser(case.text)
            times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95)]


_IMPORT_PROBE = """
import io, contextlib, time, psutil
process = psutil.Process()
before = process.memory_info().rss
start = time.perf_counter()
with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
    {statement}
print(time.perf_counter() - start, (process.memory_info().rss - before) / 2**20)
"""


def import_cost(statement: str) -> tuple[float, float]:
    """Seconds and MiB of RSS that a statement costs in a fresh interpreter."""
    output = subprocess.run(  # noqa: S603 - our own interpreter and a constant program
        [sys.executable, "-c", _IMPORT_PROBE.format(statement=statement)],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parent.parent,
    ).stdout.split()
    return float(output[0]), float(output[1])


def check_against_pint() -> list[str]:
    """Our conversion factors that differ from pint's (none expected), and pint's timing."""
    import pint

    registry: Any = pint.UnitRegistry()
    names = {**{u: "gram" for u in GRAMS_PER_UNIT}, **{u: "milliliter" for u in ML_PER_UNIT}}
    pint_names = {**{v: k for k, v in _PINT_UNITS.items()}, Unit.FL_OZ: "US_fluid_ounce"}
    differences = []
    for unit, factor in {**GRAMS_PER_UNIT, **ML_PER_UNIT}.items():
        if unit is Unit.GLASS:
            continue  # not a unit of measurement; our nominal 250 ml
        theirs = registry.Quantity(1, pint_names[unit]).to(names[unit]).magnitude
        if not math.isclose(theirs, factor, rel_tol=1e-9):
            differences.append(f"{unit}: ours {factor}, pint {theirs}")
    start = time.perf_counter()
    for _ in range(1000):
        registry.Quantity(1.5, "cup").to("milliliter")
    print(f"pint: one conversion {(time.perf_counter() - start):.3f} ms (ours: a dict lookup)")
    return differences


def main() -> None:
    """Score, time and size both approaches; print a Markdown table."""
    arguments = argparse.ArgumentParser(description=__doc__)
    arguments.add_argument("--repeat", type=int, default=20)
    repeat = arguments.parse_args().repeat

    parse_ingredient, tagger = load_ingredient_parser()

    def whole_phrase(text: str) -> list[Item]:
        return [_ip_item(parse_ingredient(text))]

    def split_then_model(text: str) -> list[Item]:
        return [_ip_item(parse_ingredient(span)) for span in split_items(text)]

    approaches: list[tuple[str, Parser, str]] = [
        ("hand-written (healthbot.food.parser)", hand_written, "import healthbot.food.parser"),
        (
            f"ingredient-parser-nlp, whole phrase ({tagger})",
            whole_phrase,
            "from ingredient_parser import parse_ingredient",
        ),
        (f"our splitter + ingredient-parser-nlp ({tagger})", split_then_model, ""),
    ]
    items_total = sum(len(case.items) for case in PHRASES)
    print(f"{len(PHRASES)} phrases, {items_total} items\n")
    print("| approach | items right | phrases right | median ms | P95 ms | import s | RSS MiB |")
    print("|---|---|---|---|---|---|---|")
    wrong_lists = {}
    for name, parser, statement in approaches:
        right_items, right_phrases, total, wrong = score(parser, PHRASES)
        median, p95 = per_call_ms(parser, PHRASES, repeat)
        seconds, mib = import_cost(statement) if statement else (math.nan, math.nan)
        wrong_lists[name] = wrong
        print(
            f"| {name} | {right_items}/{total} ({right_items / total:.0%}) "
            f"| {right_phrases}/{len(PHRASES)} ({right_phrases / len(PHRASES):.0%}) "
            f"| {median:.3f} | {p95:.3f} | {seconds:.2f} | {mib:.1f} |"
        )
    seconds, mib = import_cost("import pint; pint.UnitRegistry()")
    print(f"\npint: import and a UnitRegistry {seconds:.2f} s, {mib:.1f} MiB RSS")
    differences = check_against_pint()
    print("conversion factors against pint:", "; ".join(differences) or "all equal")
    for name, wrong in wrong_lists.items():
        print(f"\nwrong by {name} ({len(wrong)}):")
        for text in wrong:
            print(f"  - {text}")


if __name__ == "__main__":
    main()
