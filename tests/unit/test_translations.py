"""The Spanish translation is complete and matches the code and its compiled file."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "meetingdesk_es.ts"
QM = TS.with_suffix(".qm")
BIN = Path(sys.executable).parent


def sources(path: Path) -> set[str]:
    return {m.findtext("source") or "" for m in ET.parse(path).iter("message")}


def test_every_string_is_translated() -> None:
    unfinished = [
        m.findtext("source")
        for m in ET.parse(TS).iter("message")
        if (m.find("translation") is not None and m.find("translation").get("type") == "unfinished")  # type: ignore[union-attr]
    ]
    assert unfinished == []


def test_translation_source_lists_every_string_of_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS, fresh)
    files = sorted(str(p) for p in (ROOT / "meetingdesk" / "qt").rglob("*.py"))
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *files, "-ts", str(fresh), "-no-obsolete"],
        check=True,
        capture_output=True,
    )
    assert sources(fresh) == sources(TS), "run pyside6-lupdate (see README, Translations)"


def test_compiled_translation_is_up_to_date(tmp_path: Path) -> None:
    compiled = tmp_path / "es.qm"
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(compiled)],
        check=True,
        capture_output=True,
    )
    assert compiled.read_bytes() == QM.read_bytes(), "run pyside6-lrelease (README)"
