"""The shape of a text catalog: every string the bot shows, as one typed object."""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Texts:
    """Every user-facing string; `{name}` fields are filled with str.format (HTML-escaped)."""

    welcome_new: str
    welcome_back: str
    help: str
    commands: tuple[tuple[str, str], ...]
    unknown_command: str
    free_text: str
    not_text: str
    edited_message: str
    internal_error: str
