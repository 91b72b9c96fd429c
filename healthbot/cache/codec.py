"""How cached values become bytes for Redis and back: JSON driven by the value's type.

No pickle: the codec rebuilds only the type it was declared for, so a payload in Redis can
never turn into another object; one that does not fit raises `CodecError` and the cache
reloads the value from its source.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import json
import types
import typing
import uuid
from collections.abc import Callable
from decimal import Decimal
from typing import Any, Generic, Protocol, TypeVar, cast

T = TypeVar("T")


class CodecError(ValueError):
    """A cached payload does not match the type its codec expects."""


class Codec(Protocol[T]):
    """Turns values into bytes for Redis and back; `decode` raises ValueError on bad data."""

    def encode(self, value: T) -> bytes:
        """Serialize a value."""
        ...

    def decode(self, data: bytes) -> T:
        """Deserialize a value, or raise ValueError."""
        ...


class JsonCodec(Generic[T]):
    """JSON for a given type: dataclasses, lists, tuples, dicts, X | None, dates, Decimal, enums.

    The type drives decoding, so a frozen dataclass with datetime/date/Decimal fields comes
    back equal to what went in. No pickle: a payload can only ever become the declared type.
    """

    def __init__(self, tp: type[T]) -> None:
        self.type = tp
        self._decode = _decoder(tp)  # built once; unsupported types fail here, at import

    @classmethod
    def optional(cls, tp: type[T]) -> JsonCodec[T | None]:
        """A codec for `tp | None`, for loaders that may find nothing."""
        return JsonCodec(cast("type[T | None]", tp | None))

    def encode(self, value: T) -> bytes:
        """Serialize to compact UTF-8 JSON."""
        return json.dumps(
            value, default=_to_json, separators=(",", ":"), ensure_ascii=False
        ).encode()

    def decode(self, data: bytes) -> T:
        """Parse and rebuild the declared type, or raise CodecError."""
        try:
            return cast(T, self._decode(json.loads(data)))
        except (ValueError, TypeError, KeyError, ArithmeticError) as exc:
            raise CodecError(f"payload does not fit {self.type!r}: {exc!r}") from None

    def __repr__(self) -> str:
        return f"JsonCodec({self.type!r})"


_FIELDS: dict[type, tuple[str, ...]] = {}  # a dataclass's field names, looked up once


def _to_json(value: object) -> object:
    names = _FIELDS.get(type(value))
    if names is None and dataclasses.is_dataclass(value) and not isinstance(value, type):
        names = _FIELDS[type(value)] = tuple(f.name for f in dataclasses.fields(value))
    if names is not None:
        return {name: getattr(value, name) for name in names}
    if isinstance(value, dt.date | dt.time):  # datetime is a date
        return value.isoformat()
    if isinstance(value, Decimal | uuid.UUID):
        return str(value)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, set | frozenset):
        return list(value)
    raise TypeError(f"JsonCodec cannot encode {type(value).__name__}")


def _identity(value: Any) -> Any:
    return value


def _checked(tp: type) -> Callable[[Any], Any]:
    def check(value: Any) -> Any:
        if not isinstance(value, tp):
            raise TypeError(f"expected {tp.__name__}, got {type(value).__name__}")
        return value

    return check


_LEAVES: dict[type, Callable[[Any], Any]] = {
    str: _checked(str),
    int: _checked(int),
    bool: _checked(bool),
    float: float,
    list: _checked(list),  # bare containers: JSON as parsed
    dict: _checked(dict),
    dt.datetime: dt.datetime.fromisoformat,
    dt.date: dt.date.fromisoformat,
    dt.time: dt.time.fromisoformat,
    Decimal: Decimal,
    uuid.UUID: uuid.UUID,
}


def _decoder(tp: Any) -> Callable[[Any], Any]:
    """Build the function that turns parsed JSON into `tp`."""
    origin = typing.get_origin(tp)
    if origin is None:
        return _class_decoder(tp)
    args = typing.get_args(tp)
    if origin is typing.Union or origin is types.UnionType:
        present = [a for a in args if a is not type(None)]
        if len(present) != 1:
            raise TypeError(f"JsonCodec supports `X | None` unions only, not {tp!r}")
        inner = _decoder(present[0])
        return lambda v: None if v is None else inner(v)
    if origin is tuple and not (len(args) == 2 and args[1] is Ellipsis):
        items = [_decoder(a) for a in args]
        return lambda v: tuple(d(x) for d, x in zip(items, v, strict=True))
    if origin in (list, tuple, set, frozenset):
        item = _decoder(args[0]) if args else _identity
        container = cast(Callable[[Any], Any], origin)
        return lambda v: container(item(x) for x in v)
    if origin is dict and (not args or args[0] in (str, int)):
        key = int if args and args[0] is int else _identity  # JSON object keys are strings
        value = _decoder(args[1]) if args else _identity
        return lambda v: {key(k): value(x) for k, x in v.items()}
    raise TypeError(f"JsonCodec does not support {tp!r}")


def _class_decoder(tp: Any) -> Callable[[Any], Any]:
    if tp is Any:
        return _identity
    if tp is None or tp is type(None):
        return _checked(type(None))
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        hints = typing.get_type_hints(tp)
        fields = [(f.name, _decoder(hints[f.name])) for f in dataclasses.fields(tp) if f.init]
        cls = tp
        # Missing keys fall back to the field's default (a field added since the value was
        # cached); a missing field without one is a TypeError, i.e. a cache miss.
        return lambda v: cls(**{name: dec(v[name]) for name, dec in fields if name in v})
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return tp
    if tp in _LEAVES:
        return _LEAVES[tp]
    raise TypeError(f"JsonCodec does not support {tp!r}")
