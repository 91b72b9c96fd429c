"""Reminders: /remind with natural phrases, /reminders with its buttons, and the scheduler
that sends each occurrence once (with Done, Snooze and Skip) across DST, restarts and daemons."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta

from healthbot.config import RetentionSettings
from healthbot.feature import Core, Feature, JobContext
from healthbot.reminders.repository import ReminderRepository, move_to_timezone
from healthbot.reminders.router import build_router
from healthbot.reminders.scheduler import Scheduler
from healthbot.reminders.service import RemindersService
from healthbot.reminders.texts import TEXTS
from healthbot.retention import DAY, Rule, batch_delete, seconds
from healthbot.tables import Table


def _provide(core: Core) -> Mapping[str, object]:
    core.users.on_timezone_change(move_to_timezone)  # reminders keep a copy of the zone
    settings = core.settings.reminders
    service = RemindersService(
        ReminderRepository(core.db),
        core.users,
        max_per_user=settings.max_per_user,
        snooze=timedelta(minutes=settings.snooze_minutes),
    )
    return {"reminders": service}


async def run_scheduler(context: JobContext) -> None:
    """The scheduler loop of this daemon (none when `reminders.enabled` is false)."""
    settings = context.core.settings.reminders
    if not settings.enabled:
        return
    repository = ReminderRepository(context.core.db)
    service = context.dependencies.get(RemindersService)

    def now() -> datetime:  # the service's when read: the offline chat moves it on
        return service.scheduler_clock()

    await Scheduler(repository, context.lanes, context.bot, settings, clock=now).run()


def retention_rules(settings: RetentionSettings) -> list[Rule]:
    """What each occurrence became, once it is no longer being sent."""
    return [
        Rule(
            "reminder_deliveries",
            seconds(settings.reminder_deliveries_days, DAY),
            batch_delete(
                "reminder_deliveries", "id", "status <> 'pending' AND claimed_at < %(cutoff)s"
            ),
        )
    ]


FEATURE = Feature(
    name="reminders",
    router=build_router,
    texts=TEXTS,
    provide=_provide,
    jobs=(run_scheduler,),
    tables=(Table("reminders"), Table("reminder_deliveries"), Table("reminder_times")),
    retention=retention_rules,
)
