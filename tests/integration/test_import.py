"""Importing delegate lists into a real database: identical records whatever the
encoding, every problem with its line and column, nothing written unless the
file is clean, updates instead of duplicates, and all or nothing."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from meetingdesk.domain.model import AuditEntry, Delegate
from meetingdesk.services.importer import ImportRefused, ImportService
from tests.conftest import Meeting
from tests.unit.services.test_spreadsheet import (
    LATIN1_ROWS,
    ROWS,
    VARIANTS,
    csv_bytes,
    xlsx_bytes,
)


def importer(meeting: Meeting) -> ImportService:
    return ImportService(meeting.services.uow, meeting.clock)


def delegates(meeting: Meeting) -> list[tuple[object, ...]]:
    with meeting.services.uow.read() as uow:
        return [
            tuple(r)
            for r in uow.db.execute(
                select(
                    Delegate.given_name,
                    Delegate.family_name,
                    Delegate.email,
                    Delegate.delegation_id,
                    Delegate.category_id,
                ).order_by(Delegate.family_name, Delegate.given_name)
            )
        ]


def count(meeting: Meeting) -> tuple[int, int]:
    with meeting.services.uow.read() as uow:
        return (
            uow.db.execute(select(func.count()).select_from(Delegate)).scalar_one(),
            uow.db.execute(select(func.count()).select_from(AuditEntry)).scalar_one(),
        )


@pytest.fixture
def meeting(meeting: Meeting) -> Meeting:
    from meetingdesk.domain.model import DelegationKind

    meeting.services.setup.add_delegation("France", DelegationKind.PARTICIPATING_STATE, "FR")
    return meeting


FILES = {**{k: v[0] for k, v in VARIANTS.items()}, "xlsx": xlsx_bytes(ROWS)}


@pytest.mark.parametrize("variant", FILES)
def test_each_encoding_imports_identical_records(meeting: Meeting, variant: str) -> None:
    before = delegates(meeting)
    service = importer(meeting)
    plan = service.plan(FILES[variant], "list.xlsx" if variant == "xlsx" else "list.csv")
    assert plan.problems == []
    result = service.apply(plan, meeting.desk)
    assert result.added == len(ROWS)
    added = sorted(set(delegates(meeting)) - set(before))
    assert sorted((g, f) for g, f, *_ in added) == sorted((r[0], r[1]) for r in ROWS)
    assert meeting.services.search.search("stojanovic").hits  # search keys included
    assert [h.display_name for h in meeting.services.search.search("lukas").hits] == [
        "Đorđe Łukasiewicz-Straße"
    ]


def test_windows_1252_imports_the_same_records_as_utf8(meeting: Meeting) -> None:
    service = importer(meeting)
    plan = service.plan(csv_bytes(LATIN1_ROWS, "cp1252", ";", "\r\n"), "lista.csv")
    utf8 = service.plan(csv_bytes(LATIN1_ROWS, "utf-8", ",", "\n"), "list.csv")
    assert [a.values for a in plan.adds] == [a.values for a in utf8.adds]


BAD = (
    "Nombre;Apellidos;Delegación;Categoría;Correo electrónico\n"
    "Ana;Núñez;Spain;DEL;ana@es.example\n"  # line 2: fine
    "Luis;;Spain;DEL;luis@es.example\n"  # 3: no family name
    "Marta;Gil;Spain;VIP;marta@es.example\n"  # 4: unknown category
    "Pedro;Sanz;Atlantis;DEL;pedro@@es\n"  # 5: unknown delegation, bad e-mail
    "Ana M.;Núñez Ruiz;Spain;DEL;ANA@es.example\n"  # 6: same e-mail as line 2
    "Ana;Núñez;Spain;DEL;\n"  # 7: same name and delegation as line 2
)


def test_every_problem_has_its_line_and_column_and_nothing_is_written(meeting: Meeting) -> None:
    before = count(meeting)
    service = importer(meeting)
    plan = service.plan(BAD.encode(), "bad.csv")
    assert [str(p) for p in plan.problems] == [
        "line 3, column B (Apellidos): the family name is missing",
        "line 4, column D (Categoría): unknown category 'VIP'",
        "line 5, column C (Delegación): unknown delegation 'Atlantis'",
        "line 5, column E (Correo electrónico): 'pedro@@es' is not an e-mail address",
        "line 6, column E (Correo electrónico): the same person as line 2 (same e-mail address)",
        "line 7, column B (Apellidos): the same person as line 2 (same name and delegation)",
    ]
    with pytest.raises(ImportRefused):
        service.apply(plan, meeting.desk)
    assert count(meeting) == before


def test_skip_invalid_imports_only_the_good_rows(meeting: Meeting) -> None:
    service = importer(meeting)
    plan = service.plan(BAD.encode(), "bad.csv")
    result = service.apply(plan, meeting.desk, skip_invalid=True)
    assert (result.added, result.skipped_lines) == (1, 5)
    assert [h.display_name for h in meeting.services.search.search("nunez ana").hits][:1] == [
        "Ana Núñez"
    ]


def test_reimport_updates_instead_of_duplicating(meeting: Meeting) -> None:
    service = importer(meeting)
    first = "First name,Last name,Country,Category,E-mail,Position\n" + "\n".join(
        f"P{i},Person{i},Spain,DEL,p{i}@es.example,Officer" for i in range(5)
    )
    service.apply(service.plan(first.encode(), "v1.csv"), meeting.desk)
    changed = "First name,Last name,Country,Category,E-mail,Position\n" + "\n".join(
        [f"P{i},Person{i},Spain,DEL,p{i}@es.example,Officer" for i in range(3)]
        + ["P3,Person3,Spain,DEL,p3@es.example,Head of Unit", "New,Comer,Spain,DEL,,Analyst"]
    )
    plan = service.plan(changed.encode(), "v2.csv")
    assert plan.summary() == (
        "1 to add, 1 to update, 3 unchanged, 2 in these delegations not on the list (kept)"
    )
    assert plan.changes[0].fields == {"function": ("Officer", "Head of Unit")}
    assert sorted(name for _, name, _ in plan.left_out) == ["Begoña Núñez Ibáñez", "P4 Person4"]
    before = count(meeting)[0]
    service.apply(plan, meeting.desk)
    assert count(meeting)[0] == before + 1
    assert meeting.services.search.search("person3").hits[0].display_name == "P3 Person3"


def test_headers_in_three_languages_and_remembered_choices(meeting: Meeting) -> None:
    service = importer(meeting)
    french = (
        "Prénom;Nom;Délégation;Catégorie;Courriel;Fonction;Portable;Remarque\n"
        "Hélène;Lefèvre;France;DEL;h@fr.example;Commissaire;0600;vegetarian\n"
    )
    plan = service.plan(french.encode(), "fr.csv")
    mapped = {plan.table.headers[i]: f for i, f in plan.mapping.items()}
    assert mapped == {
        "Prénom": "given_name",
        "Nom": "family_name",
        "Délégation": "delegation",
        "Catégorie": "category",
        "Courriel": "email",
        "Fonction": "function",
        "Portable": "phone",
    }
    assert plan.ignored_columns == ["H (Remarque)"]
    plan = service.plan(french.encode(), "fr.csv", overrides={"Remarque": "notes"})
    service.apply(plan, meeting.desk)
    service.remember(plan.table, plan.mapping)
    again = service.plan(french.encode(), "fr.csv")
    assert again.table.headers[7] == "Remarque"
    assert again.mapping[7] == "notes"


def test_defaults_for_a_list_from_one_delegation(meeting: Meeting) -> None:
    service = importer(meeting)
    data = "Given name,Family name\nMilan,Petrović\n".encode()
    plan = service.plan(data, "rs.csv")
    assert [str(p) for p in plan.problems] == [
        "no column is mapped to the delegation, and no default delegation was given",
        "no column is mapped to the category, and no default category was given",
    ]
    plan = service.plan(data, "rs.csv", default_delegation="serbia", default_category="del")
    assert plan.problems == []
    assert service.apply(plan, meeting.desk).added == 1


def _big_list(rows: int) -> bytes:
    lines = ["Given name,Family name,Delegation,Category,E-mail"]
    rng = random.Random(4)
    for i in range(rows):
        lines.append(f"Name{i},Family{rng.randrange(10**6)}x{i},Spain,DEL,n{i}@es.example")
    return ("\n".join(lines) + "\n").encode()


def test_a_killed_import_leaves_the_database_as_it_was(tmp_path: Path) -> None:
    """SIGKILL at several moments of a large import: all or nothing, and intact."""
    from meetingdesk.cli import main

    db = tmp_path / "kill.sqlite3"
    assert main(["demo", "--db", str(db), "--delegates", "50", "--seed", "2"]) == 0
    big = tmp_path / "big.csv"
    big.write_bytes(_big_list(30_000))
    with sqlite3.connect(db) as conn:
        before = conn.execute("SELECT count(*) FROM delegate").fetchone()[0]
    outcomes = set()
    for delay in (0.3, 0.6, 0.9, 1.2, 1.6, 2.2):
        process = subprocess.Popen(
            [sys.executable, "-m", "meetingdesk", "import", str(big), "--db", str(db)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(delay)
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)
        process.wait()
        with sqlite3.connect(db) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            now = conn.execute("SELECT count(*) FROM delegate").fetchone()[0]
        assert now in (before, before + 30_000)
        outcomes.add(now - before)
        if now != before:
            break  # it finished: a further run would only update
    assert 0 in outcomes  # at least one kill landed inside the import


def test_cli_import(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from meetingdesk.cli import main

    db = tmp_path / "cli.sqlite3"
    main(["demo", "--db", str(db), "--delegates", "20"])
    capsys.readouterr()
    bad = tmp_path / "bad.csv"
    bad.write_text(BAD, encoding="utf-8")
    assert main(["import", str(bad), "--db", str(db)]) == 4
    _out, err = capsys.readouterr()
    assert f"{bad}: line 3, column B (Apellidos): the family name is missing" in err
    assert "nothing imported" in err
    assert main(["import", str(bad), "--db", str(db), "--dry-run", "--skip-invalid"]) == 0
    assert "dry run: nothing written" in capsys.readouterr().out
    assert main(["import", str(bad), "--db", str(db), "--skip-invalid"]) == 0
    assert "imported: 1 added, 0 updated, 0 unchanged, 5 lines skipped" in capsys.readouterr().out
    assert main(["import", str(bad), "--db", str(db), "--map", "Nope=email"]) == 2
    assert "the file has no column 'Nope'" in capsys.readouterr().err
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert main(["import", str(empty), "--db", str(db)]) == 2
    assert "empty.csv: the file is empty" in capsys.readouterr().err


FULL = (
    "First name,Last name,Native name,Country,Category,E-mail,Phone,Position,Head of delegation\n"
    "Ana,Pérez,,Spain,DEL,ana@es.example,+34 600 000 001,Inspector,yes\n"
)
EMPTIED = (
    "First name,Last name,Native name,Country,Category,E-mail,Phone,Position,Head of delegation\n"
    "Ana,Pérez,,Spain,DEL,ana@es.example,,,\n"
)


def stored(meeting: Meeting, family: str) -> tuple[object, ...]:
    with meeting.services.uow.read() as uow:
        return tuple(
            uow.db.execute(
                select(Delegate.phone, Delegate.function, Delegate.head_of_delegation).where(
                    Delegate.family_name == family
                )
            ).one()
        )


def test_empty_cells_in_a_reimport_keep_what_is_stored(meeting: Meeting) -> None:
    service = importer(meeting)
    service.apply(service.plan(FULL.encode(), "v1.csv"), meeting.desk)
    plan = service.plan(EMPTIED.encode(), "v2.csv")
    assert plan.summary().startswith("0 to add, 0 to update, 1 unchanged")
    service.apply(plan, meeting.desk)
    assert stored(meeting, "Pérez") == ("+34 600 000 001", "Inspector", True)


def test_clearing_is_asked_for_and_shown_before(meeting: Meeting) -> None:
    service = importer(meeting)
    service.apply(service.plan(FULL.encode(), "v1.csv"), meeting.desk)
    plan = service.plan(EMPTIED.encode(), "v2.csv", empty_clears=True)
    assert plan.summary().startswith(
        "0 to add, 1 to update, 0 unchanged, 3 stored value(s) to clear"
    )
    assert sorted(plan.changes[0].cleared) == ["function", "head_of_delegation", "phone"]
    service.apply(plan, meeting.desk)
    assert stored(meeting, "Pérez") == (None, "", False)


def test_cli_shows_what_it_clears(
    sqlite_meeting: Meeting, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from meetingdesk.cli import main

    db = sqlite_meeting.services.target.describe()
    (tmp_path / "v1.csv").write_text(FULL)
    (tmp_path / "v2.csv").write_text(EMPTIED)
    assert main(["import", str(tmp_path / "v1.csv"), "--db", db]) == 0
    assert (
        main(["import", str(tmp_path / "v2.csv"), "--db", db, "--dry-run", "--empty-clears"]) == 0
    )
    out = capsys.readouterr().out
    assert "  line 2: Ana Pérez: clears Phone, Function, Head of delegation\n" in out
    assert "1 to update, 0 unchanged, 3 stored value(s) to clear" in out


def test_names_alike_in_latin_but_not_in_their_own_script_are_two_people(
    meeting: Meeting,
) -> None:
    from meetingdesk.domain.model import DelegationKind

    meeting.services.setup.add_delegation("China", DelegationKind.PARTNER_STATE, "CN")
    service = importer(meeting)
    same_file = "Given name,Family name,Country,Category\n洋,常,China,DEL\n阳,常,China,DEL\n"
    plan = service.plan(same_file.encode(), "cn.csv")
    assert (len(plan.adds), plan.problems) == (2, [])
    service.apply(plan, meeting.desk)
    again = service.plan(
        "Given name,Family name,Country,Category\n阳,常,China,DEL\n".encode(), "x.csv"
    )
    assert plan.summary().startswith("2 to add") and again.summary() == (
        "0 to add, 0 to update, 1 unchanged, 1 in these delegations not on the list (kept)"
    )


def test_the_same_name_with_another_e_mail_is_another_person(meeting: Meeting) -> None:
    service = importer(meeting)
    first = "First name,Last name,Country,Category,E-mail\nLuis,Gómez,Spain,DEL,luis@a.example\n"
    service.apply(service.plan(first.encode(), "a.csv"), meeting.desk)
    other = "First name,Last name,Country,Category,E-mail\nLuis,Gomez,Spain,DEL,luis@b.example\n"
    plan = service.plan(other.encode(), "b.csv")
    assert len(plan.adds) == 1 and plan.changes == []
    service.apply(plan, meeting.desk)
    unsure = "First name,Last name,Country,Category,E-mail\nLuis,Gomez,Spain,DEL,\n"
    plan = service.plan(unsure.encode(), "c.csv")
    assert [str(p) for p in plan.problems] == [
        "line 2, column B (Last name): the name matches 2 registered delegates (Luis Gómez"
        " (luis@a.example); Luis Gomez (luis@b.example)): give the e-mail address to say which"
    ]
