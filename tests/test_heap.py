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


_LOADING = """
import gc
from healthbot import heap

usual = gc.get_threshold()[2]
with heap.loading("nothing"):  # not enabled: no change, nothing frozen
    print(gc.get_threshold()[2] == usual, end=" ")
heap.enable()
with heap.loading("a model"):
    with heap.loading("an index"):
        pass
    print(gc.get_threshold()[2] > 1_000_000, end=" ")  # another load still runs
frozen = gc.get_freeze_count()
print(gc.get_threshold()[2] == usual, frozen > 0, end=" ")
gc.unfreeze()
try:
    with heap.loading("a failing load"):
        raise ValueError
except ValueError:
    pass
print(gc.get_threshold()[2] == usual, gc.get_freeze_count() == 0)
"""


def test_no_full_collection_starts_by_itself_while_a_load_runs() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _LOADING], capture_output=True, text=True, check=True, timeout=60
    )
    # Not enabled: untouched; while any load runs: held off; after the last: back, and the
    # heap settled; a load that fails gives the threshold back and freezes nothing.
    assert done.stdout.split() == ["True"] * 6
