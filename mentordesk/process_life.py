"""Child processes end when the process that started them dies.

A report batch killed with SIGKILL (or the app crashing, or the task
manager ending it) used to leave its worker processes rendering PDFs nobody
would ever collect: on Linux a worker blocked on the task queue never learns
that its parent is gone.  The peer pairing's solver child (`matching/peer_solver.py`)
must end with the app the same way.  Two mechanisms, set up first thing in the child:

* Linux: prctl(PR_SET_PDEATHSIG, SIGKILL) -- the kernel kills the worker the
  moment its parent dies, even in the middle of a report;
* everywhere (Windows and macOS too): a daemon thread waits on the parent's
  sentinel (multiprocessing's pipe or process handle, which becomes ready
  when the parent is gone) and ends the worker; where no sentinel exists it
  watches the parent pid instead.

PR_SET_PDEATHSIG fires when the *thread* that started the worker ends.  The
batch creates and shuts down its pool within one call on one thread, so that
thread outlives the workers; after a cancel a still-busy worker may be ended
early, which costs nothing, as its result is dropped anyway.

Outside the reports package so a child that needs no reportlab (the solver) does
not load it by importing this.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time

PR_SET_PDEATHSIG = 1  # <linux/prctl.h>
_POLL_SECONDS = 0.5  # only where there is no sentinel to wait on


def die_with_parent(parent_pid: int) -> None:
    """Make this (worker) process end as soon as `parent_pid` has died."""
    _linux_death_signal()
    if os.getppid() != parent_pid:
        # the parent died before the death signal was armed: nobody will collect our work
        os._exit(1)
    threading.Thread(target=_watch_parent, args=(parent_pid,), name="parent-watch", daemon=True).start()


def _linux_death_signal() -> None:
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
    except (OSError, AttributeError):
        pass  # no libc prctl (an unusual Linux): the watcher thread still ends us


def _watch_parent(parent_pid: int) -> None:
    parent = multiprocessing.parent_process()
    if parent is not None and getattr(parent, "_sentinel", None) is not None:
        parent.join()  # returns once the parent's end of the pipe (or its handle) is gone
    else:
        while os.getppid() == parent_pid:
            time.sleep(_POLL_SECONDS)
    os._exit(1)
