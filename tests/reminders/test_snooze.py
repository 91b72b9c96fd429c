"""Snooze within bounds: a delivery is snoozed once, and snoozes count toward the user's cap
(`reminders.max_per_user`), however often the button is pressed (issue 19)."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta
from pathlib import Path

from healthbot.feature import Core
from healthbot.reminders.repository import ReminderRepository
from healthbot.reminders.service import RemindersService
from tests.reminders.support import Daemon, FakeClock, daemon, features, press, utc

CAP = 5


def kind_of(answer: tuple[str, bool]) -> str:
    """What a press was answered with, in one word."""
    text, alert = answer
    if text.startswith("⏰ Snoozed until") and not alert:
        return "snoozed"
    if "snoozed already" in text and alert:
        return "again"
    if f"You have {CAP} reminders already" in text and alert:
        return "full"
    return text


async def deliveries(d: Daemon, user_id: int) -> list[int]:
    """The ids of the user's deliveries, oldest first."""
    rows = await d.rows(
        "SELECT id FROM reminder_deliveries WHERE user_id = %s ORDER BY id", user_id
    )
    return [row[0] for row in rows]


async def test_snooze_pressed_sixty_times_snoozes_each_delivery_once_within_the_cap(
    tmp_path: Path, empty_database_url: str, redis_url: str
) -> None:
    clock = FakeClock(utc(2026, 12, 20, 7, 55))

    def service(core: Core) -> RemindersService:
        return RemindersService(ReminderRepository(core.db), core.users, clock, max_per_user=CAP)

    async with daemon(
        tmp_path, empty_database_url, redis_url, clock, features(clock, service)
    ) as d:
        uid = 75_501
        for n in range(CAP - 1):
            await d.ask(uid, f"/remind every day at 8:00 task {n}")
        scheduler = d.scheduler()
        async with scheduler.alive():
            await scheduler.tick(clock.advance(timedelta(minutes=5)))
            await d.fake.wait_for_messages(uid, CAP - 1)
            await d.drained(scheduler)
            delivered = await deliveries(d, uid)
            clock.advance(timedelta(minutes=1))
            # The buttons go once a press is answered: a double tap or a modified client
            # sends the data again all the same.
            answers = [
                kind_of(
                    await press(d, uid, f"rdl:snooze:{delivered[n % len(delivered)]}", forged=True)
                )
                for n in range(60)
            ]
            # One snooze (the first press) fills the cap; the first delivery's later presses
            # find it snoozed, the other deliveries' find no room.
            assert Counter(answers) == {"snoozed": 1, "again": 14, "full": 45}
            assert await d.rows("SELECT count(*) FROM reminders WHERE user_id = %s", uid) == [
                (CAP,)
            ]
            outcomes = await d.rows(
                "SELECT outcome FROM reminder_deliveries WHERE user_id = %s ORDER BY id", uid
            )
            assert outcomes == [("snoozed",), (None,), (None,), (None,)]

            # The snoozed copy fires once and is done: there is room again, for one snooze.
            await scheduler.tick(clock.advance(timedelta(minutes=10)))
            (again,) = await d.fake.wait_for_messages(uid, 1)
            await d.drained(scheduler)
            (snoozed,) = await d.rows(
                "SELECT r.text FROM reminder_deliveries d JOIN reminders r ON r.id = d.reminder_id"
                " WHERE d.id = %s",
                delivered[0],
            )
            assert again.text == f"⏰ {snoozed[0]}"
            answers = [
                kind_of(await press(d, uid, f"rdl:snooze:{delivered[1]}", forged=True))
                for _ in range(10)
            ]
            assert answers == ["snoozed"] + ["again"] * 9
        live = await d.rows(
            "SELECT count(*) FROM reminders WHERE user_id = %s AND next_run_at IS NOT NULL", uid
        )
        assert live == [(CAP,)]
        assert await d.rows("SELECT count(*) FROM reminders WHERE user_id = %s", uid) == [
            (CAP + 1,)
        ]  # the done copy stays, as every done one-off does


async def test_done_then_snooze_says_it_was_answered_and_adds_nothing(
    tmp_path: Path, empty_database_url: str, redis_url: str
) -> None:
    clock = FakeClock(utc(2026, 12, 21, 7, 55))
    async with daemon(tmp_path, empty_database_url, redis_url, clock) as d:
        uid = 75_601
        await d.ask(uid, "/remind every day at 8:00 take vitamins")
        scheduler = d.scheduler()
        async with scheduler.alive():
            await scheduler.tick(clock.advance(timedelta(minutes=5)))
            await d.fake.wait_for_messages(uid, 1)
            await d.drained(scheduler)
        (delivery,) = await deliveries(d, uid)
        assert await press(d, uid, f"rdl:done:{delivery}") == ("✅ Done", False)
        text, alert = await press(d, uid, f"rdl:snooze:{delivery}", forged=True)
        assert alert and "answered this reminder already" in text
        assert await d.rows("SELECT count(*) FROM reminders WHERE user_id = %s", uid) == [(1,)]
        assert await d.rows("SELECT outcome FROM reminder_deliveries WHERE id = %s", delivery) == [
            ("done",)
        ]
