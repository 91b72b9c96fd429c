"""Why a food text cannot be logged, and the limits past which an amount is not believed."""

from __future__ import annotations

from enum import StrEnum

from healthbot.errors import UserInputError

MAX_TEXT = 4096  # Telegram's own limit on a message
MAX_ITEMS = 20
MAX_FOOD_CHARS = 120  # longer is not a food name, and search should not have to cope with it
MAX_ITEM_CHARS = 4 * MAX_FOOD_CHARS  # refused before the work of reading it
MAX_COUNT = 100.0  # pieces, cups, slices... of one item
MAX_GRAMS = 5000.0  # grams (or millilitres) of one item


class ParseProblem(StrEnum):
    """Why a text cannot be logged; the router's text catalog has a reply for each."""

    EMPTY = "empty"
    TOO_LONG = "too_long"
    TOO_MANY_ITEMS = "too_many_items"
    NEGATIVE = "negative"
    ZERO = "zero"
    BAD_NUMBER = "bad_number"
    TOO_MUCH = "too_much"
    NO_FOOD = "no_food"
    PICTURE = "picture"


_MESSAGES = {
    ParseProblem.EMPTY: "Tell me what you ate, for example: 2 eggs and a slice of toast.",
    ParseProblem.TOO_LONG: "That is too long to be a meal; send a shorter list.",
    ParseProblem.TOO_MANY_ITEMS: f"A meal can have at most {MAX_ITEMS} items; send it in parts.",
    ParseProblem.NEGATIVE: "A quantity cannot be negative.",
    ParseProblem.ZERO: "A quantity must be more than zero.",
    ParseProblem.BAD_NUMBER: "I cannot read that number.",
    ParseProblem.TOO_MUCH: "That is more than one sitting's worth; check the quantity and unit.",
    ParseProblem.NO_FOOD: "A quantity needs a food after it, for example: 2 cups rice.",
    ParseProblem.PICTURE: "I can't tell which food that picture is; send its name.",
}


class FoodParseError(UserInputError):
    """A food text cannot be logged; `problem` says why and `span` names the item at fault."""

    def __init__(self, problem: ParseProblem, span: str = "") -> None:
        message = _MESSAGES[problem]
        super().__init__(f"{span}: {message}" if span else message)
        self.problem = problem
        self.span = span
