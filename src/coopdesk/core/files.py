"""Files written whole: a temporary file beside the target, renamed over it once complete.

:func:`tempfile.mkstemp` makes its file readable by its owner only (0600). A document,
a calendar, a workbook or a backup that takes that file's place must be readable as any
other program's file would be, by the colleagues the user's umask lets read it: the
file is given the usual permissions (0666 less the umask) before it takes its name.
"""

from __future__ import annotations

import os
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_UMASK_LOCK = threading.Lock()


def current_umask() -> int:
    """The process's umask, read without changing it where the system says it (Linux)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    with _UMASK_LOCK:  # elsewhere the only way to read it is to set it for an instant
        mask = os.umask(0o022)
        os.umask(mask)
    return mask


def usual_mode() -> int:
    """The permissions a new file gets from any program: 0666 less the umask."""
    return 0o666 & ~current_umask()


def publish(partial: Path | str, path: Path | str) -> None:
    """Give the complete temporary file ``partial`` the usual permissions, then the
    name ``path`` (atomically: readers see the old file or the new one, never half)."""
    if os.name == "posix":
        os.chmod(partial, usual_mode())
    os.replace(partial, path)


@contextmanager
def written_whole(path: Path | str) -> Iterator[Path]:
    """Yield a new temporary file beside ``path`` to write in; when the block ends
    normally it takes the name ``path`` (:func:`publish`). Any exception (a full
    disk, the user cancelling) removes it: ``path`` keeps what it held before, and
    no half-written file is left anywhere."""
    target = Path(path)
    handle, name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=".part", dir=target.parent)
    os.close(handle)
    partial = Path(name)
    try:
        yield partial
        publish(partial, target)
    finally:
        partial.unlink(missing_ok=True)
