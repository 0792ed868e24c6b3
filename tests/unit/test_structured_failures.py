"""What a person reads is composed in qt/wording.py from facts: every refusal of
a list (a file or a row) the services raise carries its kind, so a window can
say it in its language; a new one without would be said in English only."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "meetingdesk" / "services"
DB = ROOT.parent / "db"


def calls(path: Path, name: str) -> list[ast.Call]:
    tree = ast.parse(path.read_text())
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
        if called == name:
            found.append(node)
    return found


def test_every_file_refusal_says_its_kind() -> None:
    raised = calls(ROOT / "spreadsheet.py", "SpreadsheetError")
    assert len(raised) > 20
    missing = [c.lineno for c in raised if not any(k.arg == "kind" for k in c.keywords)]
    assert missing == []


def test_every_row_problem_says_its_kind() -> None:
    problems = calls(ROOT / "importer.py", "problem")
    assert len(problems) > 10
    missing = [c.lineno for c in problems if len(c.args) < 4]  # line, column, message, kind
    assert missing == []


def test_every_value_a_desk_refuses_says_what_is_wrong() -> None:
    for module in ("registry.py", "badges.py"):
        raised = calls(ROOT / module, "ValidationError")
        missing = [c.lineno for c in raised if len(c.args) < 3]  # field, message, invalid
        assert missing == [], module


def test_every_database_that_cannot_be_opened_says_why() -> None:
    raised = calls(DB / "migrate.py", "DatabaseUnavailable")
    assert len(raised) >= 6
    missing = [c.lineno for c in raised if len(c.args) < 2]  # message, why
    assert missing == []
