"""Schema versions: old databases upgrade (after a backup), newer ones are refused,
and the migrations build exactly what the models describe."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from meetingdesk.db.engine import DatabaseTarget, create_db_engine
from meetingdesk.db.migrate import head_revision, open_engine, upgrade
from meetingdesk.db.uow import UnitOfWorkFactory
from meetingdesk.domain.errors import DatabaseTooNew, DatabaseUnavailable
from meetingdesk.domain.model import Base
from meetingdesk.services.app import open_services
from meetingdesk.services.search import SearchService


def test_migrations_match_the_models(db_target: str) -> None:
    engine = open_engine(db_target)
    try:
        with engine.connect() as conn:
            diff = compare_metadata(
                MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata
            )
        assert diff == []
    finally:
        engine.dispose()


@pytest.mark.parametrize("name", ["old.sqlite3", "old #2 ?v=1 100% [final].sqlite3"])
def test_database_from_the_first_migration_upgrades(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    target = DatabaseTarget.parse(path)
    engine = create_db_engine(target)
    upgrade(engine, target, "0001")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO event (title, venue, city, organiser, start_date, end_date,"
                " time_zone, code_tag, signing_key, attendance_requires_checkin) VALUES"
                " ('Old meeting', 'Hall', 'Vienna', 'OSCE', '2026-01-01', '2026-01-02',"
                " 'Europe/Vienna', 'ABCD', x'00', 0)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO category (code, label, colour, sort_order) "
                "VALUES ('DEL', 'Delegation', '#112233', 0)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO delegation (name, kind, protocol_key) "
                "VALUES ('Austria', 'participating_state', 'austria')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO delegate (honorific, given_name, family_name, badge_name, function,"
                " delegation_id, category_id, head_of_delegation, status, badge_code,"
                " badge_generation, notes, sort_name, updated_at) VALUES ('', 'Anna', 'Huber',"
                " 'Anna Huber', '', 1, 1, 0, 'registered', 'AB23CD45', 1, '', 'huber anna',"
                " '2026-01-01 08:00:00.000000')"
            )
        )
        conn.execute(
            text("INSERT INTO search_key (delegate_id, field, key) VALUES (1, 0, 'huber')")
        )
    engine.dispose()

    upgraded = open_engine(path)
    try:
        with upgraded.connect() as conn:
            assert MigrationContext.configure(conn).get_current_revision() == head_revision()
            row = conn.execute(
                text(
                    "SELECT d.family_name, c.requires_id_check FROM delegate d "
                    "JOIN category c ON c.id = d.category_id"
                )
            ).one()
        assert tuple(row) == ("Huber", False)
        hits = SearchService(UnitOfWorkFactory(upgraded)).search("hub").hits
        assert [h.display_name for h in hits] == ["Anna Huber"]
    finally:
        upgraded.dispose()
    backups = [p for p in tmp_path.iterdir() if p.name.startswith(f"{name}.before-")]
    assert len(backups) == 1
    assert backups[0].stat().st_mode & 0o077 == 0  # readable by its owner only
    with sqlite3.connect(backups[0]) as copy:  # a whole copy, whatever the name holds
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert copy.execute("SELECT family_name FROM delegate").fetchone() == ("Huber",)
    with sqlite3.connect(path) as conn:  # recorded by its exact path, for a purge
        assert conn.execute("SELECT path, kind FROM file_copy").fetchall() == [
            (str(backups[0]), "pre-upgrade")
        ]


def test_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    open_engine(path).dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0999_future'")
    with pytest.raises(DatabaseTooNew, match="newer version of meetingdesk"):
        open_engine(path)


def test_missing_database_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(DatabaseUnavailable, match="there is no database at"):
        open_services(tmp_path / "nothing.sqlite3", create=False)
    with pytest.raises(DatabaseUnavailable, match="does not exist"):
        open_services(tmp_path / "no" / "folder.sqlite3")


def test_file_that_is_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(DatabaseUnavailable, match="is not a meetingdesk database"):
        open_engine(path)
    assert path.read_text() == "these are my notes, not a database\n" * 100  # untouched


def test_migration_file_names_agree_with_alembic() -> None:
    """Opening an up-to-date database skips Alembic by reading the file names."""
    from alembic.script import ScriptDirectory

    from meetingdesk.db.migrate import alembic_config, shipped_revisions

    script = ScriptDirectory.from_config(alembic_config())
    chain = [rev.revision for rev in reversed(list(script.walk_revisions()))]
    assert shipped_revisions() == chain
    assert shipped_revisions()[-1] == head_revision()
