"""The house rules that keep the layers apart, checked on the source itself."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "meetingdesk"


def imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


SOURCES = sorted(p for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts)


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_qt_outside_qt(path: Path) -> None:
    if path.relative_to(PACKAGE).parts[0] == "qt":
        return
    assert not any(name.startswith("PySide6") for name in imports(path))


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_arrows_point_down(path: Path) -> None:
    layer = path.relative_to(PACKAGE).parts[0]
    forbidden = {
        "domain": ("meetingdesk.db", "meetingdesk.services", "meetingdesk.qt"),
        "db": ("meetingdesk.services", "meetingdesk.qt"),
        "services": ("meetingdesk.qt",),
        "badges": ("meetingdesk.db", "meetingdesk.services", "meetingdesk.qt"),
        "reports": ("meetingdesk.db", "meetingdesk.services", "meetingdesk.qt"),
    }.get(layer, ())
    assert not [name for name in imports(path) if name.startswith(forbidden)]


def test_every_package_folder_is_installed() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    folders = {".".join(p.parent.relative_to(ROOT).parts) for p in PACKAGE.rglob("__init__.py")} | {
        "meetingdesk.resources"
    }
    assert folders == listed


def test_pyside6_pin_for_python_311() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    deps = config["project"]["dependencies"]
    assert any("<6.12" in d and "python_version < '3.12'" in d for d in deps if "PySide6" in d)
