"""After the purge, the erased values exist nowhere meetingdesk wrote them: not in
any byte of the database or its write-ahead log, the backups and pre-upgrade
copies it made, any desk's offline copy, or its log; on PostgreSQL, not in the
files of any table or index. The figures and the audit trail stay intact."""

from __future__ import annotations

import logging
import sqlite3
import uuid
from pathlib import Path

import pytest
from sqlalchemy import text, update

from meetingdesk.cli import main
from meetingdesk.domain import names as folding
from meetingdesk.domain.model import CheckIn, Delegate
from meetingdesk.domain.values import Desk, IdCheck
from meetingdesk.log import configure
from meetingdesk.services.app import Services, open_services
from meetingdesk.services.demo import build_demo
from meetingdesk.services.offline import OfflineDesk
from meetingdesk.services.purge import purge_personal_data
from tests.pg_server import ThrowawayServer

PHOTO = b"\x89PNG-a-very-recognisable-photo-" + b"7" * 64
OLD_DOCUMENT = "Passport ESP X1234567"  # what versions before 0.2 let a desk type


def personal_values(services: Services) -> tuple[list[str], list[str]]:
    """The contact data and notes, and the long family names, as stored."""
    with services.uow.read() as uow:
        secrets = [
            v
            for (v,) in uow.db.execute(
                text(
                    "SELECT email FROM delegate UNION SELECT phone FROM delegate"
                    " UNION SELECT notes FROM delegate"
                )
            )
            if v
        ]
        family = [v for (v,) in uow.db.execute(text("SELECT DISTINCT family_name FROM delegate"))]
    return [*secrets, OLD_DOCUMENT, "X9Q4"], [f for f in family if len(f) >= 8]


def give_personal_data(services: Services) -> list[str]:
    """Photos, notes, identity documents (an old free-text one too): return badge codes."""
    with services.uow.write() as uow:
        uow.db.execute(
            update(Delegate).values(
                photo=PHOTO, notes="allergic to penicillin, room " + Delegate.badge_code
            )
        )
        uow.commit()
    ids, _ = services.badges.select()
    codes = [services.registry.delegate(i).badge_code for i in ids[:6]]
    desk = Desk("Desk 1", "ana")
    for code in codes[:3]:
        services.checkin.check_in(code, desk, IdCheck("passport", "X9Q4"))
    with services.uow.write() as uow:
        uow.db.execute(update(CheckIn).values(id_document=OLD_DOCUMENT))
        uow.commit()
    return codes


def leaks(data: bytes, secrets: list[str], family: list[str], names: bool) -> list[str]:
    found = [s for s in secrets if s.encode() in data]
    if names:
        found += [f for f in family if f.encode() in data]
        found += [
            folding.fold(f)
            for f in family
            if len(folding.fold(f)) >= 8 and folding.fold(f).isalpha()
            and folding.fold(f).encode() in data
        ]  # fmt: skip
    if PHOTO in data:
        found.append("the photo")
    return found


def every_byte(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


@pytest.mark.parametrize("with_names", [False, True], ids=["contact-data", "and-names"])
def test_purge_leaves_no_trace_in_any_copy_and_keeps_the_figures(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], with_names: bool
) -> None:
    folder = tmp_path / "meeting [final]"  # brackets: a glob pattern would misread them
    folder.mkdir()
    db = folder / "meeting [final].sqlite3"
    log_file = tmp_path / "logs" / "meetingdesk.log"
    root = logging.getLogger("meetingdesk")
    saved = list(root.handlers)
    root.handlers.clear()
    configure(logging.INFO, log_file)
    try:
        services = open_services(db)
        build_demo(services, delegates=120, seed=4)
        codes = give_personal_data(services)
        secrets, family = personal_values(services)
        desk = OfflineDesk(services, tmp_path / "desk-2" / "offline")
        assert desk.refresh() == 120
        assert leaks(every_byte(tmp_path / "desk-2"), secrets, family, with_names)  # it holds them
        backup = tmp_path / "copies" / "before the purge.sqlite3"
        backup.parent.mkdir()
        assert main(["backup", "--db", str(db), "--out", str(backup)]) == 0
        old_copy = folder / f"{db.name}.before-0007-20261128T080000Z.bak"
        old_copy.write_bytes(db.read_bytes())  # as versions before 0.2 named them
        capsys.readouterr()

        assert main(["purge", "--db", str(db)]) == 2  # asks for confirmation first
        assert "--yes" in capsys.readouterr().err
        args = ["purge", "--db", str(db), "--yes"] + (["--names"] if with_names else [])
        assert main(args) == 0
        out = capsys.readouterr().out
        assert f"deleted the copy {backup.resolve()}" in out
        assert f"deleted the copy {old_copy}" in out
        assert not backup.exists() and not old_copy.exists()

        # The desk learns of the purge at its next contact and erases its copy.
        assert desk.erase_if_purged()
        assert not (tmp_path / "desk-2" / "offline" / "replica.sqlite3").exists()
        desk.refresh()  # a fresh copy holds only what is left
        desk.close()
        services.close()
    finally:
        for handler in root.handlers:
            handler.close()
        root.handlers[:] = saved

    assert leaks(every_byte(folder), secrets, family, with_names) == []
    assert leaks(every_byte(tmp_path / "desk-2"), secrets, family, with_names) == []
    assert leaks(log_file.read_bytes(), secrets, family, names=True) == []
    if not with_names:
        assert any(f.encode() in db.read_bytes() for f in family)  # names were kept
    for path in (db, *(tmp_path / "desk-2").rglob("*.sqlite3")):
        assert path.stat().st_mode & 0o077 == 0, path  # readable by its owner only
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM delegate").fetchone() == (120,)
        assert conn.execute("SELECT count(*) FROM checkin").fetchone() == (3,)
        kinds = conn.execute("SELECT DISTINCT id_document, id_last_four FROM checkin").fetchall()
        assert kinds == [(None, None)]  # free text is no kind: gone with the four characters
        assert conn.execute("SELECT count(*) FROM file_copy").fetchone() == (0,)
    assert main(["audit-verify", "--db", str(db)]) == 0
    if with_names:  # still findable by badge code and delegation
        capsys.readouterr()
        assert main(["search", codes[0][:4].lower(), "--db", str(db)]) == 0


@pytest.fixture
def throwaway_db(throwaway_server: ThrowawayServer) -> tuple[ThrowawayServer, str]:
    import psycopg

    name = f"purge_{uuid.uuid4().hex[:8]}"
    admin = throwaway_server.url("postgres").replace("postgresql+psycopg", "postgresql")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return throwaway_server, throwaway_server.url(name)


@pytest.mark.postgres
@pytest.mark.slow
def test_purge_rewrites_every_table_and_index_file_on_postgresql(
    throwaway_db: tuple[ThrowawayServer, str], tmp_path: Path
) -> None:
    server, url = throwaway_db
    services = open_services(url)
    build_demo(services, delegates=150, seed=8)
    give_personal_data(services)
    secrets, family = personal_values(services)
    with services.engine.connect() as conn:
        conn.exec_driver_sql("CHECKPOINT")
    before = relation_bytes(services, server)
    assert leaks(before, secrets, family, names=True)  # the files held them

    desk = Desk("Set-up", "organiser")
    purge_personal_data(services.engine, services.uow, desk, names=True, clock=services.clock)
    with services.engine.connect() as conn:
        conn.exec_driver_sql("CHECKPOINT")
    assert leaks(relation_bytes(services, server), secrets, family, names=True) == []
    services.close()


def relation_bytes(services: Services, server: ThrowawayServer) -> bytes:
    """Every byte of meetingdesk's tables, their indexes and TOAST tables, read from
    the server's data folder (as the files are, not through SQL)."""
    with services.engine.connect() as conn:
        paths = [
            path
            for (path,) in conn.exec_driver_sql(
                "SELECT pg_relation_filepath(c.oid) FROM pg_class c"
                " JOIN pg_namespace n ON n.oid = c.relnamespace"
                " WHERE n.nspname IN ('public', 'pg_toast') AND c.relkind IN ('r', 'i', 't')"
                " AND pg_relation_filepath(c.oid) IS NOT NULL"
            )
        ]
    found = b""
    for relative in paths:
        for segment in sorted(server.data.glob(relative + "*")):
            found += segment.read_bytes()
    assert len(paths) > 20 and found
    return found


def test_a_backup_is_owner_only_and_any_file_name_works(tmp_path: Path) -> None:
    db = tmp_path / "a #1 ?x% [b].sqlite3"
    services = open_services(db)
    build_demo(services, delegates=10, seed=1)
    services.close()
    out = tmp_path / "copy #2?.sqlite3"
    assert main(["backup", "--db", str(db), "--out", str(out)]) == 0
    assert out.stat().st_mode & 0o077 == 0
    with sqlite3.connect(out) as conn:
        assert conn.execute("SELECT count(*) FROM delegate").fetchone() == (10,)
