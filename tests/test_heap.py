"""Setting the daemon's heap aside from the garbage collector: only in the daemon's process,
and only after collecting what is already garbage.

Each case runs in a child interpreter: freezing this test process's heap is what `heap`
must never do outside the daemon.
"""

from __future__ import annotations

import subprocess
import sys

_CHILD = """
import gc, weakref
from healthbot import heap

class Node:
    pass

heap.settle("a test")
print(gc.get_freeze_count())  # not enabled: nothing frozen

a, b = Node(), Node()
a.other, b.other = b, a  # a cycle: only the collector frees it
dead = weakref.ref(a)
del a, b
kept = [[] for _ in range(1000)]
heap.enable()
heap.settle("a test")
print(gc.get_freeze_count(), dead() is None)
"""


def test_only_the_daemon_freezes_and_garbage_is_collected_first() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _CHILD], capture_output=True, text=True, check=True, timeout=60
    )
    before, frozen, collected = done.stdout.split()
    assert before == "0"
    assert int(frozen) >= 1000  # `kept` and everything else alive
    assert collected == "True"  # the cycle was collected, not frozen for good
