"""Badge keys and audit evidence that hold against someone who has the database.

With the database file and a desk's offline copy in hand, but not the organisers'
passphrase, nobody can make a badge a desk accepts. With a checkpoint kept
outside the database, an audit log whose tail was deleted, or whose entries were
rewritten, is caught even when the whole chain was recomputed to look intact."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from meetingdesk.cli import main
from meetingdesk.db.migrate import backup_sqlite
from meetingdesk.domain.values import Outcome, Refusal
from meetingdesk.services import codes
from meetingdesk.services.app import open_services
from meetingdesk.services.audit import GENESIS, _entry_hash
from meetingdesk.services.keys import WrongPassphrase, unseal
from meetingdesk.services.offline import OfflineDesk
from tests.conftest import Meeting

GUESSES = ["", "demo", "password", "meetingdesk", "12345678", "Police Experts Meeting", "Madrid"]


def test_the_database_and_an_offline_copy_cannot_make_a_badge(
    sqlite_meeting: Meeting, tmp_path: Path
) -> None:
    services, meeting = sqlite_meeting.services, sqlite_meeting
    desk = OfflineDesk(services, tmp_path / "offline")
    desk.refresh()
    desk.close()
    stolen = tmp_path / "stolen.sqlite3"
    backup_sqlite(services.target.path, stolen)  # type: ignore[arg-type]  # a whole copy
    copy = tmp_path / "offline" / "replica.sqlite3"

    with sqlite3.connect(stolen) as conn:
        tag, public, sealed, secret = conn.execute(
            "SELECT code_tag, public_key, sealed_key, signing_key FROM event"
        ).fetchone()
        code, generation = conn.execute(
            "SELECT badge_code, badge_generation FROM delegate LIMIT 1"
        ).fetchone()
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT sealed_key, signing_key FROM event").fetchone() == (None, None)
    assert sealed not in copy.read_bytes()  # the desk's copy has the public key only
    assert secret is None  # no HMAC secret either

    attempts = []
    for guess in GUESSES:  # the sealed key does not open without the passphrase
        with pytest.raises(WrongPassphrase):
            unseal(sealed, guess)
    # A key of one's own, the event's tag, the real badge code and generation:
    attempts.append(codes.Ed25519Signer(tag, Ed25519PrivateKey.generate()).sign(code, generation))
    # The old HMAC scheme, keyed with what the files hold:
    for key in (public, hashlib.sha256(sealed).digest(), tag.encode() * 8):
        attempts.append(codes.LegacySigner(tag, key).sign(code, generation))
    # The genuine payload of another badge, with this badge's code spliced in:
    genuine = meeting.payload("celik")
    attempts.append(genuine[:7] + code + genuine[15:])

    for forged in attempts:
        result = services.checkin.check_in(forged, meeting.desk)
        assert (result.outcome, result.refusal) == (Outcome.REFUSED, Refusal.FORGED), forged
    assert services.checkin.check_in(genuine, meeting.desk).ok  # the real one works


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def rechain(db: Path) -> None:
    """What someone who can write the database does to hide an edit: recompute
    every hash after it, and the head."""
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        prev = GENESIS
        import datetime as dt

        for row in conn.execute("SELECT * FROM audit_entry ORDER BY seq").fetchall():
            at = dt.datetime.fromisoformat(row["at"]).replace(tzinfo=dt.UTC)
            digest = _entry_hash(
                row["seq"],
                at,
                row["desk"],
                row["operator"],
                row["action"],
                row["delegate_id"],
                json.loads(row["detail"]),
                prev,
            )
            conn.execute(
                "UPDATE audit_entry SET prev_hash = ?, hash = ? WHERE seq = ?",
                (prev, digest, row["seq"]),
            )
            prev = digest
        last = conn.execute("SELECT max(seq) FROM audit_entry").fetchone()[0]
        conn.execute("UPDATE audit_head SET seq = ?, hash = ?", (last, prev))


@pytest.fixture
def checkpointed(
    sqlite_meeting: Meeting, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> tuple[Path, Path]:
    meeting = sqlite_meeting
    for who in ("nunez", "dorde", "isik", "celik"):
        meeting.services.checkin.check_in(meeting.payload(who), meeting.desk)
    db = meeting.services.target.path
    assert db is not None
    checkpoint = tmp_path / "kept by the organiser.json"
    status, out, _ = run(capsys, "audit-checkpoint", "--db", str(db), "--out", str(checkpoint))
    assert status == 0 and "33 entries" in out
    meeting.services.checkin.check_in(meeting.payload("hoxhe"), meeting.desk)  # after it
    meeting.services.close()
    return db, checkpoint


def test_a_deleted_tail_is_caught_by_a_checkpoint(
    checkpointed: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    db, checkpoint = checkpointed
    with sqlite3.connect(db) as conn:
        conn.execute("DELETE FROM audit_entry WHERE seq > 30")
        conn.execute("DELETE FROM checkin WHERE id > 1")
    rechain(db)
    assert run(capsys, "audit-verify", "--db", str(db))[:2] == (0, "audit log intact: 30 entries\n")
    status, _, err = run(capsys, "audit-verify", "--db", str(db), "--checkpoint", str(checkpoint))
    assert status == 1
    assert "audit entry 31: missing: the log ends at 30, but 33 entries existed at the" in err


def test_a_rewritten_entry_is_caught_by_a_checkpoint(
    checkpointed: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    db, checkpoint = checkpointed
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE audit_entry SET desk = 'Desk 9' WHERE seq = 31")
    rechain(db)
    assert run(capsys, "audit-verify", "--db", str(db))[0] == 0  # the chain alone is fooled
    status, _, err = run(capsys, "audit-verify", "--db", str(db), "--checkpoint", str(checkpoint))
    assert status == 1
    assert "audit entry 33: entries up to this one differ from the checkpoint" in err


def test_an_intact_log_matches_and_a_forged_checkpoint_is_refused(
    checkpointed: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, checkpoint = checkpointed
    status, out, _ = run(capsys, "audit-verify", "--db", str(db), "--checkpoint", str(checkpoint))
    assert status == 0
    assert out.startswith("audit log intact: 34 entries; the first 33 are exactly those")
    altered = json.loads(checkpoint.read_text())
    altered["seq"] = 30
    forged = tmp_path / "forged.json"
    forged.write_text(json.dumps(altered))
    status, _, err = run(capsys, "audit-verify", "--db", str(db), "--checkpoint", str(forged))
    assert status == 2 and "the checkpoint file was altered" in err
    with sqlite3.connect(db) as conn:  # the database's key replaced by another one
        conn.execute("UPDATE event SET public_key = ?", (bytes(32),))
    status, _, err = run(capsys, "audit-verify", "--db", str(db), "--checkpoint", str(checkpoint))
    assert status == 1 and "the database was replaced or its keys rewritten" in err
    assert open_services(db, create=False)  # still opens: the evidence says what happened
