"""What a feature package contributes to the daemon, and the start-time check of its handlers.

A feature lives in one folder, `healthbot/<feature>/`: `router.py` (thin aiogram handlers),
`service.py` (no aiogram types: the coach's tools call the same functions), `repository.py`
(named SQL), `texts.py` (its text catalog), and `__init__.py` holding one `Feature` that says
what it adds. `healthbot/registry.py` lists the features in the order their routers see updates.
"""

from __future__ import annotations

import inspect
import typing
from collections.abc import Awaitable, Callable, Coroutine, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from aiogram import BaseMiddleware, Router

from healthbot.errors import StartupError
from healthbot.logbook import Logbook
from healthbot.tables import Report, Table

if TYPE_CHECKING:
    from aiogram import Bot

    from healthbot.cache import Cache, Namespace
    from healthbot.config import RetentionSettings, Settings
    from healthbot.db import Database
    from healthbot.retention import Rule
    from healthbot.texts import Catalog
    from healthbot.users import UserRepository


def _no_rules(settings: RetentionSettings) -> Sequence[Rule]:
    return ()


T = TypeVar("T")


class JobLanes(Protocol):
    """Where a background job sends from: the chat's lane, behind its updates, under a key."""

    def submit_job(
        self, chat_id: int, key: str, run: Callable[[], Awaitable[None]], *, replay: bool = True
    ) -> None:
        """Run `run` in the chat's turn; replies it sends are recorded under `key`
        (`replay=False`: the key is new, so no earlier reply needs looking up)."""
        ...


@dataclass(frozen=True, slots=True)
class Core:
    """The shared resources a feature builds its services from (no aiogram types here)."""

    settings: Settings
    db: Database
    cache: Cache
    users: UserRepository  # the user record every feature reads
    tables: tuple[Table, ...] = ()  # the core's and every feature's, in registration order
    reports: tuple[Report, ...] = ()  # every feature's, for /export


class Dependencies:
    """What the core and the features provide: by name, as the handlers' keyword parameters
    (checked against their annotations at start), and by type for everything else (jobs,
    middlewares, close hooks): `dependencies.get(MealService)`."""

    def __init__(self, named: Mapping[str, object]) -> None:
        self.named: dict[str, object] = dict(named)

    def __getitem__(self, name: str) -> object:
        return self.named[name]

    def find(self, kind: type[T]) -> T | None:
        """The one dependency of this type, or None without one (an optional feature's)."""
        found = [value for value in self.named.values() if isinstance(value, kind)]
        return found[0] if len(found) == 1 else None

    def get(self, kind: type[T]) -> T:
        """The one dependency of this type; StartupError if there is none, or several."""
        found = self.all(kind)
        if len(found) != 1:
            raise StartupError(f"{len(found)} dependencies of type {kind.__name__}, not one")
        return found[0]

    def all(self, kind: type[T]) -> list[T]:
        """Every dependency of this type (none is fine)."""
        return [value for value in self.named.values() if isinstance(value, kind)]


@dataclass(frozen=True, slots=True)
class JobContext:
    """What a background job gets when the daemon starts serving (it sends with `bot`, from
    inside `lanes.submit_job`, so that its messages are paced and recorded like replies)."""

    core: Core
    bot: Bot
    lanes: JobLanes
    dependencies: Dependencies


def _provides_nothing(core: Core) -> Mapping[str, object]:
    return {}


def _no_middlewares(dependencies: Dependencies) -> Sequence[BaseMiddleware]:
    return ()


def _no_logbooks(dependencies: Dependencies) -> Sequence[Logbook]:
    return ()


@dataclass(frozen=True, slots=True)
class Feature:
    """One feature's contribution: router, dependencies, menu commands, cache, jobs, texts,
    and its data's whole life: its tables and what they are to /export and /deleteme, and
    what is pruned past its retention.

    `provide` builds the objects its handlers receive as typed keyword parameters (from the
    core resources); `middlewares` are outer update middlewares built from all dependencies
    (they see every update, after timing); `jobs` are long-running coroutines started when
    the daemon serves and cancelled when it stops: they send through `JobContext.lanes`,
    never straight to the bot. `tables` are the tables its migrations create (`Table`), and
    `reports` the readable files it adds to the user's /export (`Report`);
    `retention` gives the rules (`healthbot.retention.Rule`) that prune its rows, from the
    `[retention]` settings; `prepare` readies what the first updates would otherwise wait
    or stall for, before the daemon serves (READY waits for it: only what is quick, such as
    reading back what an earlier start built); `close` releases what its services opened,
    when the app closes (after the jobs have stopped, before the database and the cache);
    `dialogs` names the FSM destinies of its own dialogs beside the default one, so that
    /cancel ends them too;
    `logbooks` are the kinds of things its users log (`healthbot.logbook.Logbook`), built
    from all dependencies: /undo and /history list, remove and restore them.
    """

    name: str
    router: Callable[[], Router]
    texts: Catalog[Any]
    provide: Callable[[Core], Mapping[str, object]] = _provides_nothing
    middlewares: Callable[[Dependencies], Sequence[BaseMiddleware]] = _no_middlewares
    cache_namespaces: tuple[Namespace, ...] = ()
    jobs: tuple[Callable[[JobContext], Coroutine[Any, Any, None]], ...] = field(default=())
    tables: tuple[Table, ...] = ()
    reports: tuple[Report, ...] = ()
    retention: Callable[[RetentionSettings], Sequence[Rule]] = _no_rules
    prepare: Callable[[Dependencies], Awaitable[None]] | None = None
    close: Callable[[Dependencies], Awaitable[None]] | None = None
    dialogs: tuple[str, ...] = ()
    logbooks: Callable[[Dependencies], Sequence[Logbook]] = _no_logbooks

    def commands(self, language_code: str | None = None) -> tuple[tuple[str, str], ...]:
        """The menu commands this feature adds, as (name, description)."""
        commands: tuple[tuple[str, str], ...] = self.texts.get(language_code).commands
        return commands


def handlers(router: Router) -> Iterator[tuple[str, Callable[..., Any]]]:
    """Every handler callback of a router and of its sub-routers, with the router's name."""
    for observer in router.observers.values():
        for handler in observer.handlers:
            yield router.name, handler.callback
    for child in router.sub_routers:
        yield from handlers(child)


def check_dependencies(
    router: Router, dependencies: Mapping[str, object], per_update: Mapping[str, type]
) -> None:
    """Fail at start (not as a TypeError retried per update) if a handler's dependency is
    missing or of the wrong type.

    A dependency is a parameter annotated with one of healthbot's own classes: it must be
    in `dependencies` under its name and be an instance of that class, or be one of the
    values our middlewares add to every update (`per_update`, by name and class).
    """
    for router_name, callback in handlers(router):
        where = f"{router_name}.{getattr(callback, '__name__', callback)}"
        try:
            hints = typing.get_type_hints(callback)
        except NameError as exc:  # e.g. a type imported only under TYPE_CHECKING
            raise StartupError(
                f"handler {where}: cannot resolve its annotations ({exc}); import the types "
                "its parameters name at run time, so that its dependencies can be checked"
            ) from None
        for name, parameter in inspect.signature(callback).parameters.items():
            wanted = hints.get(name)
            if not _is_ours(wanted) or parameter.default is not inspect.Parameter.empty:
                continue
            if per_update.get(name) is wanted:
                continue
            if name not in dependencies:
                raise StartupError(
                    f"handler {where} needs `{name}: {wanted.__name__}`, which no feature provides"
                )
            if not isinstance(dependencies[name], wanted):
                got = type(dependencies[name]).__name__
                raise StartupError(
                    f"handler {where} needs `{name}: {wanted.__name__}`, but it is a {got}"
                )


def _is_ours(annotation: object) -> typing.TypeGuard[type]:
    return isinstance(annotation, type) and annotation.__module__.startswith("healthbot.")


@dataclass(frozen=True, slots=True)
class Menu:
    """The bot's commands from every feature, in registration order (the menu and /help),
    and the dialogs of their own that /cancel ends."""

    features: tuple[Feature, ...]

    def commands(self, language_code: str | None = None) -> list[tuple[str, str]]:
        """(name, description) of every command, in the user's language."""
        return [command for f in self.features for command in f.commands(language_code)]

    def dialogs(self) -> tuple[str, ...]:
        """The FSM destinies of the features' own dialogs (`Feature.dialogs`)."""
        return tuple(destiny for f in self.features for destiny in f.dialogs)

    def languages(self) -> set[str]:
        """The languages some feature has texts in (each gets its own menu)."""
        return {language for f in self.features for language in f.texts.by_language}
