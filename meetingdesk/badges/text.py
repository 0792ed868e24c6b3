"""Text that always fits its box and always renders.

The largest size from the element's size down to its floor at which the text,
wrapped on spaces into at most ``max_lines`` lines, fits the box; below the
floor only if it must, with a warning, so a text is never clipped and never
overflows. Widths scale linearly with the size, so each word is measured once.

Right-to-left scripts (Arabic, Hebrew) are measured with HarfBuzz and drawn as
shaped ReportLab paragraphs; everything else with plain ``drawString``, which is
many times faster.
"""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from meetingdesk.badges.fonts import Face

log = logging.getLogger("meetingdesk.badges")

LEADING = 1.15
# Glyph ink may reach past the advance width (J, f, accents on capitals): keep
# this much of the font size free at each side so it still stays in the box.
OVERHANG = 0.08
ABSOLUTE_MIN = 2.0  # below the floor, this far and no further


@dataclass(frozen=True, slots=True)
class FittedText:
    face: Face
    size: float
    lines: tuple[str, ...]
    widths: tuple[float, ...]  # of each line, in points
    below_floor: bool

    @property
    def line_height(self) -> float:
        return self.size * LEADING

    def block_height(self) -> float:
        face = self.face
        glyphs = self.size * (face.ascent + face.descent)
        return (len(self.lines) - 1) * self.line_height + glyphs


@lru_cache(maxsize=8)
def _harfbuzz_font(path: str) -> tuple[object, int]:
    import uharfbuzz as hb

    face = hb.Face(hb.Blob.from_file_path(path))
    return hb.Font(face), face.upem


def _width_at_1pt(face: Face, text: str) -> float:
    if not face.shaped:
        return float(pdfmetrics.stringWidth(text, face.name, 1.0))
    import uharfbuzz as hb

    font, upem = _harfbuzz_font(str(face.path))
    buffer = hb.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    hb.shape(font, buffer)
    advance: float = sum(p.x_advance for p in buffer.glyph_positions) / upem
    return advance


def _wrap(
    words: list[str],
    widths: list[float],
    space: float,
    size: float,
    box_width: float,
    max_lines: int,
) -> tuple[list[str], list[float]] | None:
    lines: list[list[str]] = []
    line_widths: list[float] = []
    box_width -= 2 * OVERHANG * size
    for word, width in zip(words, widths, strict=True):
        w = width * size
        if w > box_width:
            return None
        if lines and line_widths[-1] + space * size + w <= box_width:
            lines[-1].append(word)
            line_widths[-1] += space * size + w
        else:
            if len(lines) == max_lines:
                return None
            lines.append([word])
            line_widths.append(w)
    return [" ".join(line) for line in lines], line_widths


@lru_cache(maxsize=4096)
def fit_text(
    text: str,
    face: Face,
    box_width: float,
    box_height: float,
    size: float,
    min_size: float,
    max_lines: int,
) -> FittedText:
    """Choose the size and line breaks; sizes and boxes in points."""
    text = " ".join(unicodedata.normalize("NFC", text).split())
    words = text.split(" ")
    widths = [_width_at_1pt(face, w) for w in words]
    space = _width_at_1pt(face, " ")
    height_per_size = face.ascent + face.descent

    def attempt(s: float) -> FittedText | None:
        lines_allowed = max_lines
        while lines_allowed > 1 and (lines_allowed - 1) * s * LEADING + s * height_per_size > (
            box_height
        ):
            lines_allowed -= 1
        if s * height_per_size > box_height:
            return None
        wrapped = _wrap(words, widths, space, s, box_width, lines_allowed)
        if wrapped is None:
            return None
        lines, line_widths = wrapped
        if face.shaped:  # re-measure joined lines: shaping across words changes widths
            line_widths = [_width_at_1pt(face, line) * s for line in lines]
            if max(line_widths) > box_width - 2 * OVERHANG * s:
                return None
        return FittedText(face, s, tuple(lines), tuple(line_widths), below_floor=False)

    fitted = attempt(size)
    if fitted is not None:
        return fitted
    best = _largest(attempt, min_size, size)
    if best is not None:
        return best
    best = _largest(attempt, ABSOLUTE_MIN, min_size)
    if best is None:
        # Last resort, for absurd boxes: one line, exactly as large as fits.
        one_line = _width_at_1pt(face, text)
        s = min(box_width / (one_line + 2 * OVERHANG), box_height / height_per_size) * 0.999
        return FittedText(face, s, (text,), (one_line * s,), below_floor=True)
    return FittedText(best.face, best.size, best.lines, best.widths, below_floor=True)


def _largest(
    attempt: Callable[[float], FittedText | None], low: float, high: float, steps: int = 12
) -> FittedText | None:
    """Binary search for the largest size in [low, high] that fits."""
    found: FittedText | None = attempt(low)
    if found is None:
        return None
    for _ in range(steps):
        middle = (low + high) / 2
        candidate = attempt(middle)
        if candidate is None:
            high = middle
        else:
            low, found = middle, candidate
        if high - low < 0.1:
            break
    return found


@lru_cache(maxsize=256)
def colour_of(hex_colour: str) -> Color:
    """Parsed once: ReportLab parses colour strings on every call otherwise."""
    return HexColor(hex_colour)


_ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}


def draw_fitted(
    canvas: Canvas,
    fitted: FittedText,
    left: float,
    bottom: float,
    width: float,
    height: float,
    align: str,
    colour: str,
    valign: str = "middle",
) -> None:
    """Draw the lines in the box, aligned horizontally and vertically."""
    face = fitted.face
    if valign == "top":
        top = bottom + height
    elif valign == "bottom":
        top = bottom + fitted.block_height()
    else:
        top = bottom + height - (height - fitted.block_height()) / 2
    baseline = top - fitted.size * face.ascent
    canvas.setFillColor(colour_of(colour))
    pad = OVERHANG * fitted.size
    left, width = left + pad, width - 2 * pad
    for line, line_width in zip(fitted.lines, fitted.widths, strict=True):
        if face.shaped:
            _draw_shaped(canvas, line, face, fitted.size, left, baseline, width, align, colour)
        else:
            canvas.setFont(face.name, fitted.size)
            if align == "left":
                canvas.drawString(left, baseline, line)
            elif align == "right":
                canvas.drawString(left + width - line_width, baseline, line)
            else:
                canvas.drawString(left + (width - line_width) / 2, baseline, line)
        baseline -= fitted.line_height


def _draw_shaped(
    canvas: Canvas,
    line: str,
    face: Face,
    size: float,
    left: float,
    baseline: float,
    width: float,
    align: str,
    colour: str,
) -> None:
    style = ParagraphStyle(
        "shaped",
        fontName=face.name,
        fontSize=size,
        leading=size,
        alignment=_ALIGN[align],
        textColor=colour,
    )
    style.shaping = 1  # HarfBuzz: joined letters, right-to-left order
    paragraph = Paragraph(escape(line), style)
    # A little slack so ReportLab's own measure never wraps what HarfBuzz fitted.
    _, h = paragraph.wrap(width + 0.5, size * 3)
    # Shaped glyphs (joined forms) have no character codes of their own; the
    # marked-content span tells text extraction and screen readers what they say.
    actual = "".join(f"{b:02X}" for b in line.encode("utf-16-be"))
    canvas.addLiteral(f"/Span <</ActualText <FEFF{actual}>>> BDC")
    # The paragraph's only baseline sits one font size below its top.
    paragraph.drawOn(canvas, left - 0.25, baseline - h + size)
    canvas.addLiteral("EMC")
