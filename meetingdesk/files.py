"""Files meetingdesk writes for people (badge PDFs, exports, backups): never over
the database, always whole or not at all. (A module of its own, below every
layer: badges, reports and services all write files.)

Every writer asks ``check_output`` first: it refuses the open database, its
``-wal``, ``-shm`` and ``-journal`` files and the copies taken before upgrades
(each compared as the same file on disk, whatever the path looks like), a
folder, and a folder that does not exist. Then ``atomic_output`` hands out a
temporary file beside the destination that replaces it only once complete, so
a full disk, a crash or a cancel leaves the old file (or nothing) behind.
"""

from __future__ import annotations

import enum
import errno
import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from meetingdesk.domain.errors import MeetingdeskError


class OutputProblem(enum.Enum):
    IS_DATABASE = "is_database"  # the database itself, its log, or a copy of it
    IS_FOLDER = "is_folder"  # a folder where a file was wanted
    NO_FOLDER = "no_folder"  # the folder it would go in does not exist
    NOT_A_FOLDER = "not_a_folder"  # what should be its folder is a file
    DISK_FULL = "disk_full"
    NOT_WRITABLE = "not_writable"  # permissions, read-only medium, other I/O failure


# Which problems are the person's choice of path (a usage error), not the machine's.
USAGE_PROBLEMS = frozenset(
    {
        OutputProblem.IS_DATABASE,
        OutputProblem.IS_FOLDER,
        OutputProblem.NO_FOLDER,
        OutputProblem.NOT_A_FOLDER,
    }
)


class OutputRefused(MeetingdeskError):
    """A file could not be written where it was asked; nothing was changed."""

    def __init__(self, path: Path, problem: OutputProblem, detail: str = "") -> None:
        self.path = path
        self.problem = problem
        self.detail = detail
        super().__init__(describe(path, problem, detail))

    @property
    def usage(self) -> bool:
        return self.problem in USAGE_PROBLEMS


def describe(path: Path, problem: OutputProblem, detail: str = "") -> str:
    """English, for the command line and the log; windows compose their own words."""
    text = {
        OutputProblem.IS_DATABASE: "is the database (or its log or a copy of it):"
        " choose another file",
        OutputProblem.IS_FOLDER: "is a folder: give a file name",
        OutputProblem.NO_FOLDER: f"the folder {path.parent} does not exist",
        OutputProblem.NOT_A_FOLDER: f"{path.parent} is a file, not a folder",
        OutputProblem.DISK_FULL: "the disk is full: nothing was written",
        OutputProblem.NOT_WRITABLE: "cannot be written",
    }[problem]
    return f"{path}: {text}" + (f" ({detail})" if detail else "")


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and a.samefile(b))
    except OSError:
        return False


def check_output(out: Path, protected: list[Path] | None = None) -> Path:
    """``out`` made absolute, or OutputRefused saying why it cannot be written."""
    out = Path(out).expanduser()
    if out.is_dir():
        raise OutputRefused(out, OutputProblem.IS_FOLDER)
    for guarded in protected or []:
        if _same_file(out, guarded):
            raise OutputRefused(out, OutputProblem.IS_DATABASE)
    parent = out.absolute().parent
    if parent.exists() and not parent.is_dir():
        raise OutputRefused(out, OutputProblem.NOT_A_FOLDER)
    if not parent.exists():
        raise OutputRefused(out, OutputProblem.NO_FOLDER)
    return out.absolute()


def refused_for(path: Path, exc: OSError) -> OutputRefused:
    """The OutputRefused an OSError while writing ``path`` amounts to."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return OutputRefused(path, OutputProblem.DISK_FULL)
    if exc.errno == errno.ENOENT:
        return OutputRefused(path, OutputProblem.NO_FOLDER)
    if exc.errno == errno.ENOTDIR:
        return OutputRefused(path, OutputProblem.NOT_A_FOLDER)
    if exc.errno == errno.EISDIR:
        return OutputRefused(path, OutputProblem.IS_FOLDER)
    return OutputRefused(path, OutputProblem.NOT_WRITABLE, exc.strerror or "")


@contextmanager
def atomic_output(out: Path, protected: list[Path] | None = None) -> Iterator[Path]:
    """Yield a temporary path beside ``out``; it becomes ``out`` when the block
    ends normally, and is removed otherwise. OSErrors become OutputRefused."""
    out = check_output(out, protected)
    partial = out.with_name(f".{out.name}.{os.getpid()}.part")
    try:
        yield partial
        os.replace(partial, out)
    except OSError as exc:
        raise refused_for(out, exc) from exc
    finally:
        with suppress(OSError):  # the folder went away with it
            partial.unlink(missing_ok=True)


def private_file(path: Path) -> Path:
    """Create ``path`` empty and readable by its owner only, unless it exists: the
    databases, copies and backups meetingdesk writes hold personal data. (SQLite
    gives a database's -wal and -shm files the database file's permissions.)"""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path
    os.close(descriptor)
    return path


def erase_file(path: Path) -> bool:
    """Overwrite a file with zeros, then remove it; True if it was there. (On flash
    storage the zeros may land elsewhere; the README says what this reaches.)"""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return False
    with open(path, "r+b", buffering=0) as handle:
        block = b"\0" * 65_536
        for _ in range(0, size, len(block)):
            handle.write(block)
        os.fsync(handle.fileno())
    path.unlink()
    return True
