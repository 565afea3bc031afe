"""Whether a lock note's process still runs on this machine, and whether a note is from this machine.

Only a note written on this machine can be judged by its process id; on
another laptop the same number means nothing. Any id a note may claim (zero,
negative, larger than any operating system hands out) gives an answer, never
an exception.
"""

from __future__ import annotations

import os
import sys

__all__ = ["pid_running", "same_machine"]

# No operating system hands out process ids beyond this (Windows: a DWORD; Linux: 2**22).
_MAX_PID = 2**32 - 1


def pid_running(pid: int) -> bool:
    """Whether a process with this id exists on *this* machine.

    Errs on the side of "running": a wrong "running" only makes a user wait or
    confirm, a wrong "not running" lets two people edit at once.
    """
    if pid <= 0 or pid > _MAX_PID:
        return False  # no process can have that id (and os.kill would raise OverflowError)
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        return _pid_running_windows(pid)
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, OverflowError):
        return False
    except PermissionError:
        return True  # exists, belongs to another user
    except OSError:
        return True
    return True


def _pid_running_windows(pid: int) -> bool:  # pragma: no cover - Windows only
    # os.kill(pid, 0) on Windows sends CTRL_C_EVENT instead of probing, so ask the kernel.
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    process_query_limited_information = 0x1000
    still_active = 259
    error_access_denied = 5
    handle = kernel32.OpenProcess(process_query_limited_information, False, pid)
    if not handle:
        return ctypes.get_last_error() == error_access_denied
    try:
        code = wintypes.DWORD()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == still_active
    finally:
        kernel32.CloseHandle(handle)


def same_machine(a: str, b: str) -> bool:
    # Hostnames differ in case and domain suffix between APIs ("LAPTOP-7" vs "laptop-7.corp").
    return a.split(".")[0].casefold() == b.split(".")[0].casefold()
