"""An SQLite file on a network share is refused: its locks do not hold across computers."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from meetingdesk.db.engine import network_filesystem

MOUNTS = """\
/dev/vda1 / ext4 rw,relatime 0 0
server:/export /mnt/meeting nfs4 rw,relatime 0 0
//fileserver/desk /mnt/desk\\040share cifs rw 0 0
/dev/vdb1 /mnt/meeting/local ext4 rw 0 0
"""


@pytest.mark.skipif(sys.platform == "win32", reason="mount table of Linux")
@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("/mnt/meeting/desk.sqlite3", "nfs4"),
        ("/mnt/desk share/a/desk.sqlite3", "cifs"),
        ("/mnt/meeting/local/desk.sqlite3", None),  # a local disk mounted inside the share
        ("/home/ana/desk.sqlite3", None),
        ("/mnt/meetingroom/desk.sqlite3", None),  # a prefix of a name is not a mount point
    ],
)
def test_network_filesystems_are_recognised(path: str, kind: str | None) -> None:
    assert network_filesystem(Path(path), MOUNTS) == kind


def test_this_machines_temporary_folder_is_local(tmp_path: Path) -> None:
    assert network_filesystem(tmp_path / "desk.sqlite3") is None
