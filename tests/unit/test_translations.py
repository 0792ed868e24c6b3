"""Every translation is complete, keeps every placeholder, matches the code and
its compiled file; the language menu offers exactly the languages shipped."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from meetingdesk.qt.i18n import AVAILABLE

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"
ALL_TS = sorted(FOLDER.glob("meetingdesk_*.ts"))
BIN = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"%\d|%n|\{[a-z_]+\}")


def sources(path: Path) -> set[str]:
    return {m.findtext("source") or "" for m in ET.parse(path).iter("message")}


def test_the_languages_shipped_are_the_languages_offered() -> None:
    shipped = {path.stem.removeprefix("meetingdesk_") for path in ALL_TS}
    assert shipped == set(AVAILABLE) - {"en"}
    # The six official languages of the OSCE: English and these.
    assert shipped == {"de", "es", "fr", "it", "ru"}


@pytest.mark.parametrize("ts", ALL_TS, ids=lambda p: p.stem)
def test_every_string_is_translated_with_its_placeholders(ts: Path) -> None:
    unfinished, lost = [], []
    for message in ET.parse(ts).iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") == "unfinished":
            unfinished.append(source)
            continue
        wanted = sorted(PLACEHOLDER.findall(source))
        if message.get("numerus") == "yes":
            forms = [f.text or "" for f in translation.findall("numerusform")]
            # A singular may say "one" in words instead of %n; the rest is kept.
            keep = [p for p in wanted if p != "%n"]
            if any(sorted(p for p in PLACEHOLDER.findall(f) if p != "%n") != keep for f in forms):
                lost.append(source)
            if "%n" in wanted and "%n" not in forms[-1]:
                lost.append(source)
        elif sorted(PLACEHOLDER.findall(translation.text or "")) != wanted:
            lost.append(source)
    assert unfinished == []
    assert lost == []


@pytest.mark.parametrize("ts", ALL_TS, ids=lambda p: p.stem)
def test_translation_source_lists_every_string_of_the_code(ts: Path, tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    shutil.copy(ts, fresh)
    files = sorted(str(p) for p in (ROOT / "meetingdesk" / "qt").rglob("*.py"))
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *files, "-ts", str(fresh), "-no-obsolete"],
        check=True,
        capture_output=True,
    )
    assert sources(fresh) == sources(ts), "run pyside6-lupdate (see README, Translations)"


@pytest.mark.parametrize("ts", ALL_TS, ids=lambda p: p.stem)
def test_compiled_translation_is_up_to_date(ts: Path, tmp_path: Path) -> None:
    compiled = tmp_path / "compiled.qm"
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(compiled)],
        check=True,
        capture_output=True,
    )
    assert compiled.read_bytes() == ts.with_suffix(".qm").read_bytes(), (
        "run pyside6-lrelease (README)"
    )
