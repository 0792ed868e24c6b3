"""Fonts for badges: registered once, from packages and resources, never the system.

Each text is drawn in the first face that has a glyph for every character of
it: Noto Sans (Latin, Cyrillic, Greek), then Noto Sans Arabic, Hebrew, Armenian
and Georgian. A text no face covers is reported, never drawn as empty boxes.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import as_file, files
from pathlib import Path

from platformdirs import user_cache_path
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

log = logging.getLogger("meetingdesk.badges")

REGULAR, BOLD = "regular", "bold"


@dataclass(frozen=True, slots=True)
class Face:
    """One registered font: its ReportLab name, what it covers, and whether it
    needs shaping (joining scripts) and right-to-left ordering."""

    name: str
    weight: str
    codepoints: frozenset[int]
    shaped: bool
    path: Path
    ascent: float  # above the baseline, per unit of font size
    descent: float  # below the baseline, positive, per unit of font size


def _variable_font(package: str, filename: str) -> Path:
    module = __import__(package)
    path = Path(module.ROOT) / "files" / filename
    if not path.exists():
        raise FileNotFoundError(f"{package} does not contain {filename}")
    return path


def _bold_instance(variable: Path) -> Path:
    """A static bold instance of a variable font, made once and cached.

    ReportLab draws a variable font's default (regular) instance; other weights
    have to be instantiated (fontTools' instancer takes a few seconds, so the
    result is kept in the user's cache folder, keyed by the source's digest)."""
    digest = hashlib.sha256(variable.read_bytes()).hexdigest()[:16]
    folder = Path(os.environ.get("MEETINGDESK_CACHE") or user_cache_path("meetingdesk")) / "fonts"
    target = folder / f"{variable.stem.split('[')[0]}-Bold-{digest}-v2.ttf"
    if target.exists():
        return target
    from fontTools.ttLib import TTFont as ToolsFont
    from fontTools.varLib import instancer

    folder.mkdir(parents=True, exist_ok=True)
    log.info("making the bold instance of %s (once)", variable.name)
    axes = {"wght": 700}
    source = ToolsFont(variable)
    if any(axis.axisTag == "wdth" for axis in source["fvar"].axes):
        axes["wdth"] = 100
    instance = instancer.instantiateVariableFont(source, axes)
    # The instance keeps the regular's names; PDF viewers and ReportLab tell
    # embedded fonts apart by their PostScript name, so give it its own.
    family = str(instance["name"].getDebugName(1))
    postscript = family.replace(" ", "") + "-Bold"
    for record_id, value in ((2, "Bold"), (4, f"{family} Bold"), (6, postscript)):
        instance["name"].setName(value, record_id, 3, 1, 0x409)
    partial = target.with_suffix(f".{os.getpid()}.part")
    instance.save(partial)
    os.replace(partial, target)  # atomic: another process may be doing the same
    return target


def _codepoints(font: TTFont) -> frozenset[int]:
    return frozenset(font.face.charToGlyph)


class FontBook:
    """The registered faces, in the order they are tried."""

    def __init__(self) -> None:
        self.faces: dict[str, list[Face]] = {REGULAR: [], BOLD: []}

    def add(self, name: str, weight: str, path: Path, shaped: bool) -> None:
        font = TTFont(name, str(path))
        pdfmetrics.registerFont(font)
        self.faces[weight].append(
            Face(
                name,
                weight,
                _codepoints(font),
                shaped,
                path,
                ascent=font.face.ascent / 1000,
                descent=-font.face.descent / 1000,
            )
        )

    def face_for(self, text: str, weight: str) -> Face | None:
        """The first face that has every character of ``text``."""
        return self._face_for(text, weight)

    @lru_cache(maxsize=4096)  # noqa: B019  # one book per process, texts repeat
    def _face_for(self, text: str, weight: str) -> Face | None:
        needed = {ord(ch) for ch in text if not ch.isspace() and unicodedata.category(ch) != "Cf"}
        for face in self.faces[weight]:
            if needed <= face.codepoints:
                return face
        return None


_BOOK: FontBook | None = None
_LOCK = threading.Lock()


def font_book() -> FontBook:
    """Register the fonts on first use; afterwards, the same book."""
    global _BOOK
    with _LOCK:
        if _BOOK is None:
            book = FontBook()
            latin = _variable_font("fontpkg_noto_sans", "NotoSans[wdth,wght].ttf")
            arabic = _variable_font("fontpkg_noto_sans_arabic", "NotoSansArabic[wdth,wght].ttf")
            book.add("NotoSans", REGULAR, latin, shaped=False)
            book.add("NotoSans-Bold", BOLD, _bold_instance(latin), shaped=False)
            book.add("NotoSansArabic", REGULAR, arabic, shaped=True)
            book.add("NotoSansArabic-Bold", BOLD, _bold_instance(arabic), shaped=True)
            fonts = files("meetingdesk.resources").joinpath("fonts")
            # (family, needs shaping and right-to-left ordering)
            for family, shaped in (
                ("NotoSansHebrew", True),
                ("NotoSansArmenian", False),
                ("NotoSansGeorgian", False),
            ):
                for weight in (REGULAR, BOLD):
                    suffix = "-Bold" if weight == BOLD else ""
                    with as_file(fonts.joinpath(f"{family}{suffix or '-Regular'}.ttf")) as path:
                        book.add(family + suffix, weight, path, shaped=shaped)
            _BOOK = book
        return _BOOK
