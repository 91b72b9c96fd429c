"""An accuracy test set for /log: what people type, and the foods and grams it means.

Each phrase is the text a person types after /log, written the way food diaries and chats are
written (whole sentences, notes, chain items, typos, amounts in words), and its items: an
SR24 food (5-digit uid of the USDA SR24 table the product derives its food table from), the
grams eaten, and a `basis` saying how the grams were worked out. Energy is never typed by
hand: `tests.meals.phrases.table` computes it from the product's own table (grams x kcal per
100 g), so the expected energy follows the data.

The set was written apart from the parser's code (without reading the parser, its aliases,
units, ranking, search, the meal service or earlier parser test cases), from the SR24 records
alone. Conventions used where a phrase leaves something open (each basis says which applied):

- the SR24 household measure of the chosen entry when the phrase names one ("a large bagel",
  "a wedge of watermelon", "6 piece nuggets"); a size not said is medium;
- cooked forms for foods eaten cooked: plain "pasta" = cooked enriched spaghetti, "rice" =
  cooked white long-grain rice, "quinoa" = cooked quinoa;
- milk is 2% unless said; a glass = 8 fl oz; a splash of milk = 2 tbsp (1 fl oz);
  a cup of coffee or a mug of tea = 8 fl oz; a glass of wine = 5 fl oz; a shot = 1.5 fl oz;
  a can of soda or beer = 12 fl oz; a US pint = 16 fl oz;
- coffee-shop sizes: tall 12, grande 16, venti 20 fl oz; a latte is its espresso shots (tall 1,
  grande and venti 2, 1 fl oz each) plus the steamed milk that fills the cup under the foam;
- a bowl of soup, stew or chili = 1.5 cups; a bowl of cereal = its NLEA serving (with 1/2 cup
  milk if milk is named); a bowl of oatmeal = 1 cup cooked;
- a handful of nuts = 1 oz; a scoop = 1/2 cup; spreads: 2 tbsp cream cheese on a bagel,
  2 tbsp peanut butter in a sandwich, 1 pat of butter per slice of toast;
- a dish SR24 lacks as one entry is counted by its parts (a BLT = 2 slices toast, 3 slices
  bacon, a lettuce leaf, 2 tomato slices and 1 tbsp mayonnaise).

The set is split once, before any tuning, into `development` (tune against it) and `held_out`
(scored once at the end of tuning, never looked at while tuning): see those modules. Once
`held_out` had been scored, a second held-out set, `held_out_2`, was written apart from the code
and from both, to be scored once at the end of the next round of tuning. A third held-out set,
`held_out_3`, was written apart from the code on 2026-12-06 (from SR24 alone, the other sets read
for their format only), to be scored ONCE at the end of the next tuning round. A fourth
held-out set, `held_out_4`, was written apart from the code on 2026-12-06 (from SR24 alone, the
other sets read for their format only), kept for the round after `held_out_3`'s and scored ONCE
at the end of that round. A fifth held-out set, `held_out_5`, was written apart from the code on
2026-12-06 (from SR24 alone; `held_out_4` not opened, the earlier sets read for their format and
texts only), to be scored ONCE at the end of the next tuning round. A sixth held-out set,
`held_out_6`, was written apart from the code on 2026-12-06 (from SR24 alone; `held_out_5` not
opened, `held_out_4` read for its format and conventions only), kept for the round after
`held_out_5`'s and scored ONCE at the end of that round, never read while tuning. A seventh
held-out set, `held_out_7`, was written apart from the code on 2026-12-06 (from SR24 alone;
`held_out_6` not opened, `held_out_5` read for its format, conventions and texts only), to be
scored ONCE at the end of the next tuning round, never read while tuning. An eighth held-out
set, `held_out_8`, was written apart from the code on 2026-12-06 (from SR24 alone; `held_out_7`
not opened, `held_out_6` read for its format, conventions and texts only), kept for the round
after `held_out_7`'s and scored ONCE at the end of that round, never read while tuning. A ninth
held-out set, `held_out_9`, was written apart from the code on 2026-12-07 (from SR24 alone;
`held_out_8` not opened, `held_out_7` read for its format, conventions and texts only), kept for
the round after `held_out_8`'s and scored ONCE at the end of that round, never read while tuning.
A tenth held-out set, `held_out_10`, was written apart from the code on 2026-12-07 (from SR24
alone; `held_out_9` not opened, `held_out_8` read for its format, conventions and texts only),
kept for the round after `held_out_9`'s and scored ONCE at the end of that round, never read
while tuning. An eleventh held-out set, `held_out_11`, was written apart from the code on
2026-12-07 (from SR24 alone; `held_out_10` not opened, `held_out_9` read for its format,
conventions and kind labels only), kept for the round after `held_out_10`'s and scored ONCE at
the end of that round, never read while tuning. A twelfth held-out set, `held_out_12`, was
written apart from the code on 2026-12-07 (from SR24 alone; `held_out_11` not opened,
`held_out_10` read for its format, conventions and texts only), kept for the round after
`held_out_11`'s and scored ONCE at the end of that round, never read while tuning. A thirteenth
held-out set, `held_out_13`, was written apart from the code on 2026-12-07 (from SR24 alone;
`held_out_12` not opened, `held_out_11` read for its format, conventions and kind labels only), kept
for the round after `held_out_12`'s and scored ONCE at the end of that round, never read while
tuning. A fourteenth held-out set, `held_out_14`, was written apart from the code on 2026-12-07
(from SR24 alone; `held_out_13` not opened, `held_out_12` read for its format, conventions and
texts only), kept for the round after `held_out_13`'s and scored ONCE at the end of that round,
never read while tuning. A fifteenth held-out set, `held_out_15`, was written apart from the code
on 2026-12-07 (from SR24 alone; `held_out_14` not opened, `held_out_13` read for its format,
conventions and kind labels only), kept for the round after `held_out_14`'s and scored ONCE at the
end of that round, never read while tuning. A sixteenth held-out set, `held_out_16`, was written
apart from the code on 2026-12-07 (from SR24 alone; `held_out_15` not opened, `held_out_14` read
for its format and conventions only), kept for the round after `held_out_15`'s and scored ONCE at
the end of that round, never read while tuning. A seventeenth held-out set, `held_out_17`, was
written apart from the code on 2026-12-08 (from SR24 alone; `held_out_16` not opened, `held_out_15`
read for its format, conventions and kind labels only), kept for the round after `held_out_16`'s and
scored ONCE at the end of that round, never read while tuning. Score with `bench/eval_food_log.py`.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

SET_NAMES = (
    "development",
    "held_out",
    "held_out_2",
    "held_out_3",
    "held_out_4",
    "held_out_5",
    "held_out_6",
    "held_out_7",
    "held_out_8",
    "held_out_9",
    "held_out_10",
    "held_out_11",
    "held_out_12",
    "held_out_13",
    "held_out_14",
    "held_out_15",
    "held_out_16",
    "held_out_17",
)


@dataclass(frozen=True, slots=True)
class Item:
    """One food of a phrase: SR24 uid, grams eaten, and how the grams were worked out."""

    uid: str
    grams: float
    basis: str


@dataclass(frozen=True, slots=True)
class Phrase:
    """What a person types after /log, and the items it means, in the order typed.

    `kind` is the main feature the phrase exercises (chain, coffee, drink, typo, ...);
    `sentence` marks a whole sentence ("I had ... for lunch") rather than a note.
    """

    text: str
    kind: str
    sentence: bool
    items: tuple[Item, ...]


def phrase_set(name: str) -> tuple[Phrase, ...]:
    """The phrases of one set named in `SET_NAMES` (imported only when asked for)."""
    if name not in SET_NAMES:
        raise ValueError(f"unknown phrase set {name!r}; expected one of {SET_NAMES}")
    module = importlib.import_module(f"{__name__}.{name}")
    phrases: tuple[Phrase, ...] = module.PHRASES
    return phrases
