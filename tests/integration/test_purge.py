"""After the purge, the erased values exist nowhere in the database file; the
figures and the audit trail are intact."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from meetingdesk.cli import main
from meetingdesk.domain import names as folding


def _bytes(db: Path) -> bytes:
    data = db.read_bytes()
    wal = db.with_name(db.name + "-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


def _figures(db: Path) -> tuple[int, ...]:
    with sqlite3.connect(db) as conn:
        return tuple(
            conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("delegate", "checkin", "attendance", "audit_entry", "badge_issue")
        )


@pytest.mark.parametrize("with_names", [False, True], ids=["contact-data", "and-names"])
def test_purge_leaves_no_trace_and_keeps_the_figures(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], with_names: bool
) -> None:
    db = tmp_path / "meeting.sqlite3"
    assert main(["demo", "--db", str(db), "--delegates", "120"]) == 0
    with sqlite3.connect(db) as conn:
        photo = b"\x89PNG-a-very-recognisable-photo-" + b"7" * 64
        conn.execute(
            "UPDATE delegate SET photo = ?, notes = 'allergic to penicillin ' || id", (photo,)
        )
        secrets = [
            v
            for (v,) in conn.execute(
                "SELECT email FROM delegate UNION SELECT phone FROM delegate"
                " UNION SELECT notes FROM delegate"
            )
            if v
        ]
        family = [v for (v,) in conn.execute("SELECT DISTINCT family_name FROM delegate")]
        codes = [v for (v,) in conn.execute("SELECT badge_code FROM delegate LIMIT 5")]
    for code in codes:
        main(["checkin", code, "--db", str(db)])
        main(["attend", "open", code, "--db", str(db)])
    before = _figures(db)
    copy = tmp_path / "meeting.sqlite3.before-0005-x.bak"
    copy.write_bytes(db.read_bytes())
    capsys.readouterr()

    assert main(["purge", "--db", str(db)]) == 2  # asks for confirmation first
    assert "--yes" in capsys.readouterr().err
    args = ["purge", "--db", str(db), "--yes"] + (["--names"] if with_names else [])
    assert main(args) == 0
    out = capsys.readouterr().out
    assert f"deleted the copy {copy}" in out
    assert not copy.exists()

    data = _bytes(db)
    assert photo not in data
    leaked = [s for s in secrets if s.encode() in data]
    assert leaked == []
    long_names = [f for f in family if len(f) >= 8]
    present = [f for f in long_names if f.encode() in data]
    if with_names:
        assert present == []
        assert not any(
            folding.fold(f).encode() in data
            for f in long_names
            if len(folding.fold(f)) >= 8 and folding.fold(f).isalpha()
        )
    else:
        assert present  # names were kept
    after = _figures(db)
    assert after[:3] == before[:3]  # delegates, check-ins, attendance
    assert after[3] == before[3] + 1  # the purge itself is logged
    assert main(["audit-verify", "--db", str(db)]) == 0
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    if with_names:  # still findable by badge code and delegation
        capsys.readouterr()
        assert main(["search", codes[0][:4].lower(), "--db", str(db)]) == 0
