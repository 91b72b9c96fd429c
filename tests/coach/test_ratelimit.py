"""The coach's per-user message window: it limits within the window and forgets users once
their window has passed (issue 19: 100,000 users once left ~137 MB that stayed)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from healthbot.coach.ratelimit import MessageWindow


class Clock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_user_gets_the_limit_within_the_window_and_more_once_it_passes() -> None:
    clock = Clock()
    window = MessageWindow(3, 60.0, clock)
    assert [window.admit(7, f"m{n}") for n in range(4)] == [True, True, True, False]
    clock.now += 30
    assert not window.admit(7, "m4")
    assert window.admit(8, "other")  # another user has limits of their own
    clock.now += 30.5  # the first three are now more than 60 s old
    assert [window.admit(7, f"m{n}") for n in range(5, 9)] == [True, True, True, False]


def test_a_retried_message_is_admitted_and_not_counted_twice() -> None:
    clock = Clock()
    window = MessageWindow(2, 60.0, clock)
    assert window.admit(7, "update:1")
    assert window.admit(7, "update:1")
    assert window.admit(7, "update:2")
    assert window.admit(7, "update:1")  # still within the window: the same message
    assert not window.admit(7, "update:3")


def test_users_whose_window_has_passed_are_forgotten() -> None:
    clock = Clock()
    window = MessageWindow(10, 60.0, clock)
    start = clock.now
    for user_id in range(100_000):
        clock.now = start + user_id * 0.0005  # 100,000 users within 50 s
        assert window.admit(user_id, f"update:{user_id}")
    assert len(window) == 100_000
    clock.now = start + 60 + 39_999.5 * 0.0005  # users 0 to 39,999 are past the window
    assert window.admit(100_000, "update:100000")
    assert len(window) == 60_001
    clock.now += 61
    assert window.admit(5, "update:again")  # a user met again starts afresh
    assert len(window) == 1


def test_a_user_at_the_limit_is_forgotten_once_their_window_passes() -> None:
    clock = Clock()
    window = MessageWindow(2, 60.0, clock)
    assert window.admit(7, "a") and window.admit(7, "b")
    assert not window.admit(7, "c")  # refused messages are not counted
    clock.now += 60.5
    assert window.admit(8, "x")
    assert len(window) == 1
    assert window.admit(7, "c")


@given(
    limit=st.integers(1, 4),
    steps=st.lists(st.tuples(st.integers(0, 5), st.integers(0, 8), st.floats(0, 40)), max_size=80),
)
def test_it_decides_as_a_window_that_never_forgets_and_holds_only_live_users(
    limit: int, steps: list[tuple[int, int, float]]
) -> None:
    clock = Clock()
    window = MessageWindow(limit, 60.0, clock)
    kept: dict[int, list[tuple[float, str]]] = {}  # the model: every user, for ever
    for user_id, message, wait in steps:
        clock.now += wait
        now, key = clock.now, f"update:{message}"
        recent = [(at, k) for at, k in kept.get(user_id, []) if now - at <= 60.0]
        expected = any(k == key for _, k in recent) or len(recent) < limit
        if expected and all(k != key for _, k in recent):
            recent.append((now, key))
        kept[user_id] = recent
        assert window.admit(user_id, key) == expected
        live = {u for u, counted in kept.items() if counted and now - counted[-1][0] <= 60.0}
        assert len(window) == len(live)


def test_the_wait_is_until_the_oldest_counted_message_leaves_the_window() -> None:
    clock = Clock()
    window = MessageWindow(2, 60.0, clock)
    assert window.wait(7) == 0.0
    assert window.admit(7, "a")
    clock.now += 10
    assert window.admit(7, "b")
    assert window.wait(7) == 50.0  # "a" leaves the window 60 s after it came
    clock.now += 50.5
    assert window.wait(7) == 0.0 and window.admit(7, "c")
    assert window.wait(7) == 9.5  # then "b"
    assert window.wait(8) == 0.0  # another user waits for nothing
