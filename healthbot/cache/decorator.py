"""The `@cached` decorator: an async method read through its object's `Cache`.

The key builder is explicit, and `invalidate` calls the same builder with the same
arguments, so a write always forgets exactly the key that a read stored.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from typing import Any, Concatenate, Generic, ParamSpec, Protocol, TypeVar, overload

from healthbot.cache.codec import Codec
from healthbot.cache.namespaces import Namespace
from healthbot.cache.store import Cache

R = TypeVar("R")
P = ParamSpec("P")
S = TypeVar("S", bound="HasCache")


class HasCache(Protocol):
    """An object whose methods may be cached: it carries the `Cache` they use."""

    @property
    def cache(self) -> Cache:
        """The cache, injected at runtime."""
        ...


class BoundCachedMethod(Generic[P, R]):
    """A cached method bound to its object: call it, or `invalidate` with the same arguments."""

    __slots__ = ("_method", "_obj")

    def __init__(self, method: CachedMethod[Any, P, R], obj: HasCache) -> None:
        self._method = method
        self._obj = obj

    async def __call__(self, *args: P.args, **kwargs: P.kwargs) -> R:
        """Read through the cache."""
        return await self._method(self._obj, *args, **kwargs)

    async def invalidate(self, *args: P.args, **kwargs: P.kwargs) -> None:
        """Forget the value that these arguments read."""
        await self._method.invalidate(self._obj, *args, **kwargs)

    def key(self, *args: P.args, **kwargs: P.kwargs) -> str:
        """The cache key these arguments map to."""
        return self._method.key(*args, **kwargs)


class CachedMethod(Generic[S, P, R]):
    """An async method read through `self.cache`, keyed by an explicit key builder."""

    def __init__(
        self,
        fn: Callable[Concatenate[S, P], Awaitable[R]],
        namespace: Namespace,
        key: Callable[..., str],
        codec: Codec[R],
    ) -> None:
        self.fn = fn
        self.namespace = namespace
        self.key_builder = key
        self.codec = codec
        functools.update_wrapper(self, fn)

    @overload
    def __get__(self, obj: None, owner: type[Any] | None = None) -> CachedMethod[S, P, R]: ...
    @overload
    def __get__(self, obj: S, owner: type[Any] | None = None) -> BoundCachedMethod[P, R]: ...
    def __get__(
        self, obj: S | None, owner: type[Any] | None = None
    ) -> CachedMethod[S, P, R] | BoundCachedMethod[P, R]:
        return self if obj is None else BoundCachedMethod(self, obj)

    async def __call__(self, obj: S, /, *args: P.args, **kwargs: P.kwargs) -> R:
        """Read through `obj.cache`; the source is the decorated method."""
        return await obj.cache.get_or_load(
            self.namespace,
            self.key_builder(*args, **kwargs),
            self.codec,
            functools.partial(self.fn, obj, *args, **kwargs),
        )

    async def invalidate(self, obj: S, /, *args: P.args, **kwargs: P.kwargs) -> None:
        """Forget, in `obj.cache`, the value that these arguments read."""
        await obj.cache.invalidate(self.namespace, self.key_builder(*args, **kwargs))

    def key(self, *args: P.args, **kwargs: P.kwargs) -> str:
        """The cache key these arguments map to."""
        return self.key_builder(*args, **kwargs)


def cached(
    namespace: Namespace, *, key: Callable[..., str], codec: Codec[R]
) -> Callable[[Callable[Concatenate[S, P], Awaitable[R]]], CachedMethod[S, P, R]]:
    """Cache an async method of an object with a `cache` attribute.

    `key` receives the method's arguments (without self) and returns the key within the
    namespace; `invalidate` calls it with the same arguments, so reads and writes agree.
    Cached values are shared between callers: treat them as immutable (frozen dataclasses,
    tuples).
    """

    def decorate(fn: Callable[Concatenate[S, P], Awaitable[R]]) -> CachedMethod[S, P, R]:
        return CachedMethod(fn, namespace, key, codec)

    return decorate
