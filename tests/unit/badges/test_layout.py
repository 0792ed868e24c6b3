"""Layouts are data; a broken one is refused with the key that is wrong."""

from __future__ import annotations

import copy
import json
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest

from meetingdesk.badges.layout import LayoutError, layout_names, load_layout, load_layout_file


def shipped(name: str = "a6-portrait") -> dict[str, Any]:
    text = files("meetingdesk.resources").joinpath(f"badges/layouts/{name}.json").read_text()
    data: dict[str, Any] = json.loads(text)
    return data


def write(tmp_path: Path, data: dict[str, Any]) -> Path:
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(data))
    return path


def test_shipped_layouts() -> None:
    assert layout_names() == ["a4-4up-a6", "a6-portrait", "card-cr80"]
    a4 = load_layout("a4-4up-a6")
    assert a4.per_page == 4
    assert list(a4.positions()) == [(0, 0.5), (105, 0.5), (0, 148.5), (105, 148.5)]
    card = load_layout("card-cr80")
    assert (card.badge_width, card.badge_height) == (85.6, 54)


def element(data: dict[str, Any], variable: str) -> dict[str, Any]:
    return next(e for e in data["elements"] if e.get("variable") == variable)


def _set(data: dict[str, Any], path: str, value: Any) -> None:
    *parents, last = path.split(".")
    target: Any = data
    for part in parents:
        target = target[int(part)] if part.isdigit() else target[part]
    if value is DELETE:
        del target[last]
    else:
        target[int(last) if last.isdigit() else last] = value


DELETE = object()


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        ("elements.3.sise", 12, "elements[3]: unknown key 'sise'"),
        ("elements.3.size", DELETE, "elements[3]: 'size' is missing"),
        ("elements.3.colour", "black", "elements[3].colour: 'black' does not match"),
        ("elements.3.align", "middle", "elements[3].align: 'middle' is not one of"),
        ("elements.7.size", 2, "elements[7].size: 2 is less than the minimum of 10"),
        ("elements.0.kind", "circle", "elements[0].kind: 'circle' is not one of"),
        ("page.width", -1, "page.width: -1 is less than or equal to the minimum of 0"),
        ("pagesize", 1, "(top level): unknown key 'pagesize'"),
        ("elements.3.variable", "nickname", "elements[3].variable: unknown variable 'nickname'"),
        ("elements.3.x", 90, "elements[3]: reaches outside the badge"),
        ("elements.3.min_size", 40, "elements[3].min_size: larger than size"),
        ("badge.width", 250, "grid: the badges do not fit on the page"),
    ],
)
def test_invalid_layout_names_the_key(tmp_path: Path, path: str, value: Any, message: str) -> None:
    data = copy.deepcopy(shipped())
    _set(data, path, value)
    with pytest.raises(LayoutError) as raised:
        load_layout_file(write(tmp_path, data))
    assert str(raised.value).startswith(f"{tmp_path / 'mine.json'}: ")
    assert message in str(raised.value)


def test_malformed_json_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{\n  "name": "x",\n  "title": oops\n}')
    with pytest.raises(LayoutError, match=r"broken.json: line 3, column 12: Expecting value"):
        load_layout_file(path)


def test_unknown_layout_name_lists_the_choices() -> None:
    with pytest.raises(LayoutError, match="a4-4up-a6, a6-portrait, card-cr80"):
        load_layout("a5-landscape")
