"""User-facing text: one catalog per language, chosen from the user's Telegram language.

The texts here are the daemon's own (errors, replies to what no feature handled); each
feature keeps its catalog in its folder (`healthbot/<feature>/texts.py`) as a `Catalog`.
"""

from collections.abc import Mapping
from typing import Generic, Protocol, TypeVar

from healthbot.texts.catalog import Texts
from healthbot.texts.en import EN

T = TypeVar("T")
DEFAULT_LANGUAGE = "en"


class HasLanguage(Protocol):
    """Anything with a Telegram language code: aiogram's User, our User row."""

    @property
    def language_code(self) -> str | None: ...


class Catalog(Generic[T]):
    """One texts object per language; lookups fall back to English."""

    def __init__(self, by_language: Mapping[str, T]) -> None:
        if DEFAULT_LANGUAGE not in by_language:
            raise ValueError(f"a catalog needs the {DEFAULT_LANGUAGE!r} texts")
        self.by_language = dict(by_language)

    def get(self, language_code: str | None) -> T:
        """The texts for a Telegram language code ("en", "en-US", ...); English by default."""
        if language_code:
            found = self.by_language.get(language_code.split("-", 1)[0].lower())
            if found is not None:
                return found
        return self.by_language[DEFAULT_LANGUAGE]

    def of(self, user: HasLanguage | None) -> T:
        """The texts for a user (None: English)."""
        return self.get(user.language_code if user is not None else None)


CATALOG: Catalog[Texts] = Catalog({"en": EN})


def texts_for(language_code: str | None) -> Texts:
    """The daemon's texts for a Telegram language code."""
    return CATALOG.get(language_code)


def texts_of(user: HasLanguage | None) -> Texts:
    """The daemon's texts for a user (None: English)."""
    return CATALOG.of(user)


__all__ = ["CATALOG", "Catalog", "HasLanguage", "Texts", "texts_for", "texts_of"]
