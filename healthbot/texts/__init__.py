"""User-facing text: one catalog per language, chosen from the user's Telegram language."""

from typing import Protocol

from healthbot.texts.catalog import Texts
from healthbot.texts.en import EN

CATALOGS: dict[str, Texts] = {"en": EN}


def texts_for(language_code: str | None) -> Texts:
    """The catalog for a Telegram language code ("en", "en-US", ...); English by default."""
    if language_code:
        found = CATALOGS.get(language_code.split("-", 1)[0].lower())
        if found is not None:
            return found
    return EN


class HasLanguage(Protocol):
    """Anything with a Telegram language code: aiogram's User, our User row."""

    @property
    def language_code(self) -> str | None: ...


def texts_of(user: HasLanguage | None) -> Texts:
    """The catalog for a user (None: English)."""
    return texts_for(user.language_code if user is not None else None)


__all__ = ["CATALOGS", "Texts", "texts_for", "texts_of"]
