"""What a log earns, for a feature that may not import the gamification feature: the
profile's setup logs a weigh-in, and gamification's /stats reads the profile (through the
nutrition feature), so the setup takes this contract, not `GamificationService`."""

from __future__ import annotations

from typing import Protocol


class Rewards(Protocol):
    """Pays the XP of one log on the user's today, once per `source_ref` (the key of the
    row it wrote), and returns the lines announcing what it unlocked ("🏅 Achievement: First
    weigh-in"), in the user's language."""

    async def __call__(
        self, user_id: int, language_code: str | None, activity: str, source_ref: str
    ) -> list[str]:
        """The lines announcing what the award unlocked (none: nothing new)."""
        ...
