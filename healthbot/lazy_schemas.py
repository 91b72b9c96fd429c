"""aiogram's Telegram types and Bot API methods get their pydantic schemas when first used,
not all at import.

aiogram declares its 400-odd types with `defer_build`, then builds every one of them at
import anyway (`model_rebuild` with a namespace of all the types, at the end of
aiogram/types/__init__.py): 5-8 s of a start here and ~100 MB of RSS, each type's schema a
copy of everything it nests, for types the daemon mostly never sees. `install` turns that
call into what `defer_build` promises: the namespace goes into the type's module (the names
its annotations import only under TYPE_CHECKING), and pydantic builds the type the first
time one is validated, resolving the same names. Any other `model_rebuild` runs as it was.
Its 170-odd methods (`TelegramMethod`, no `defer_build`) built theirs as each class was made,
half of what was left of the import: they get `defer_build` too, set on their base class as
soon as aiogram/methods/base.py has run, before any method class exists.

Installed by `import healthbot`, before anything imports aiogram; a process that imported
aiogram first keeps aiogram's own way.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import sys
from types import ModuleType
from typing import Any

import pydantic

_PREFIX = "aiogram.types."
_ORIGINAL: Any = pydantic.BaseModel.__dict__["model_rebuild"]
_filled: set[str] = set()


def install() -> None:
    """Defer aiogram's type schemas (see the module docstring); once, before aiogram loads."""
    if "aiogram.types" in sys.modules or "aiogram.methods" in sys.modules:
        return
    pydantic.BaseModel.model_rebuild = classmethod(_model_rebuild)  # type: ignore[assignment,arg-type]
    sys.meta_path.insert(0, _DeferMethods())


class _DeferMethods(importlib.abc.MetaPathFinder):
    """Finds aiogram/methods/base.py as Python would, and has its TelegramMethod defer."""

    def find_spec(
        self, name: str, path: Any = None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if name != "aiogram.methods.base":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        if spec is None or spec.loader is None:
            return spec
        run = spec.loader.exec_module

        def exec_module(module: ModuleType) -> None:
            run(module)
            base = getattr(module, "TelegramMethod", None)
            if base is not None:  # its subclasses copy this when they are made
                base.model_config["defer_build"] = True

        spec.loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


def _model_rebuild(
    cls: type[pydantic.BaseModel],
    *,
    _types_namespace: dict[str, Any] | None = None,
    _parent_namespace_depth: int = 2,
    **kwargs: Any,
) -> bool | None:
    if (
        _types_namespace is not None
        and cls.__module__.startswith(_PREFIX)
        and cls.model_config.get("defer_build")
        and not cls.__pydantic_complete__
    ):
        if cls.__module__ not in _filled:
            module = vars(sys.modules[cls.__module__])
            for name, value in _types_namespace.items():
                module.setdefault(name, value)
            _filled.add(cls.__module__)
        return None
    # One frame more than pydantic counts: this one.
    depth = _parent_namespace_depth + 1 if _parent_namespace_depth > 0 else 0
    result: bool | None = _ORIGINAL.__func__(
        cls, _types_namespace=_types_namespace, _parent_namespace_depth=depth, **kwargs
    )
    return result
