"""Cache namespaces: a family of cached values with its TTLs.

A namespace's name is part of every key of its values, so invalidating a whole namespace
(`Cache.invalidate_namespace`) never touches another's. Each namespace is declared by the
module whose values it holds (the user kernel's, a feature's), and a feature lists its own in
`Feature.cache_namespaces` (the app refuses to start when two share a name); the config sets
the TTL of three by name (`Cache.from_settings`).
"""

from __future__ import annotations

import dataclasses


@dataclasses.dataclass(frozen=True, slots=True)
class Namespace:
    """A family of cached values: a name (part of every key), a TTL, a TTL for `None`.

    `negative_ttl` bounds how long a `None` result ("user not found") is cached; it is
    short because creating the thing must then invalidate it. 0 means `None` is not cached.
    `per_user`: its keys are user ids (`str(user_id)`), so /deleteme forgets the user's value
    at once (`UserRepository.erase`) instead of letting a deleted user's data live out its TTL.
    """

    name: str
    ttl: float
    negative_ttl: float = 30.0
    per_user: bool = False

    def __post_init__(self) -> None:
        if not self.name or ":" in self.name:
            raise ValueError(f"cache namespace {self.name!r}: must be non-empty, without ':'")
        if self.ttl <= 0 or self.negative_ttl < 0:
            raise ValueError(f"cache namespace {self.name!r}: TTLs must be positive")
