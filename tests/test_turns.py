"""Turns (`healthbot/turns.py`): the cap on slow work says when a turn ends, to whom, and how
many turns new work can count on: what the chat claims read (`test_claims_turns*`)."""

from __future__ import annotations

import asyncio

from healthbot.turns import TURN_ENDED, WORK_STARTED, Turns


async def test_a_turn_ended_early_goes_to_the_next_in_line_before_its_block_ends() -> None:
    turns, order = Turns("coach", 1), list[str]()
    release = asyncio.Event()

    async def first() -> None:
        async with turns.turn() as held:
            held.end()  # the model is done: what follows needs no turn
            order.append("first ended its turn")
            await release.wait()
            held.end()  # once only: a second end gives nothing back twice
        order.append("first left its block")

    async def second() -> None:
        async with turns.turn():
            order.append("second got a turn")

    async with asyncio.timeout(60):
        task = asyncio.create_task(first())
        await asyncio.sleep(0)
        await second()
        release.set()
        await task
    assert order == ["first ended its turn", "second got a turn", "first left its block"]
    assert (turns.in_flight, turns.waiting, turns.free()) == (0, 0, 1)


async def test_the_work_and_the_listeners_learn_that_its_turn_ended() -> None:
    turns, heard = Turns("coach", 2), list[str]()
    turns.on_end.append(lambda: heard.append("listener"))

    async def work(name: str) -> None:
        TURN_ENDED.set(lambda: heard.append(name))  # in this task's context only
        async with turns.turn():
            heard.append(f"{name} holds")

    await asyncio.gather(asyncio.create_task(work("a")))
    async with turns.turn():  # work that nobody runs as a lane: the listeners only
        pass
    assert heard == ["a holds", "a", "listener", "listener"]


async def test_new_work_may_count_on_the_turns_that_end_while_it_gets_to_ask() -> None:
    turns = Turns("coach", 20)
    assert turns.ahead() == 0  # nothing measured: the free turns only
    loop = asyncio.get_running_loop()
    for _ in range(200):  # work that asks 0.5 s after it starts, and holds 0 s (measured)
        WORK_STARTED.set(loop.time() - 0.5)
        async with turns.turn():
            pass
    assert turns.ahead() == 20  # turns that end at once: every one of them
    turns.lead, turns.hold = 0.5, 2.0  # asks 0.5 s in, holds 2 s: a quarter end meanwhile
    assert turns.ahead() == 5
