"""The shape of the daemon's own text catalog (features keep theirs in their folders)."""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Texts:
    """The daemon's user-facing strings; `{name}` fields are str.format-ted (HTML-escaped)."""

    unknown_command: str
    unknown_command_like: str
    free_text: str
    free_text_in_dialog: str
    not_text: str
    edited_message: str
    internal_error: str
    unreadable_update: str
    slow_down: str
    stale_button: str
