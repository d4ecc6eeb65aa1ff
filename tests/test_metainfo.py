"""The AppStream metainfo: true to the app, its screenshots real, its releases in order."""

from __future__ import annotations

import struct
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from knotimer import __version__
from knotimer.desktop import COMPONENT_ID, DESKTOP_ID, METAINFO_NAME
from knotimer.resources import asset

REPO = Path(__file__).resolve().parent.parent


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's header chunk."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_metainfo_agrees_with_the_app() -> None:
    component = ET.parse(asset(f"desktop/{METAINFO_NAME}")).getroot()  # noqa: S314 (our own file)
    assert component.findtext("id") == COMPONENT_ID
    assert component.findtext("launchable[@type='desktop-id']") == DESKTOP_ID
    assert component.findtext("provides/binary") == "knotimer"
    newest = component.find("releases/release")
    assert newest is not None
    assert newest.get("version") == __version__, "add a <release> for the new version"
    description = " ".join(component.find("description").itertext())  # type: ignore[union-attr]
    assert "not medical advice" in " ".join(description.split())
    images = component.findall("screenshots/screenshot/image")
    assert len(images) >= 2
    for image in images:
        assert image.text is not None
        assert image.text.startswith("https://raw.githubusercontent.com/knotimer/knotimer/main/")
        relative = image.text.split("/main/", 1)[1]
        local = REPO / relative
        assert local.is_file(), f"the screenshot {relative} is not in the repository"
        size = (int(image.get("width", 0)), int(image.get("height", 0)))
        assert png_size(local.read_bytes()) == size, relative


def test_metainfo_releases_run_newest_first_from_the_first_one() -> None:
    component = ET.parse(asset(f"desktop/{METAINFO_NAME}")).getroot()  # noqa: S314 (our own file)
    releases = [(r.get("version", ""), r.get("date", "")) for r in component.iter("release")]
    versions = [tuple(int(part) for part in version.split(".")) for version, _ in releases]
    assert versions == sorted(versions, reverse=True)
    assert [date for _, date in releases] == sorted((date for _, date in releases), reverse=True)
    assert releases[-1] == ("0.1.0", "2026-11-25")
    assert releases[0] == (__version__, "2026-12-01")
    for release in component.iter("release"):
        assert " ".join(release.itertext()).strip(), "every release says what changed"


@pytest.mark.parametrize(
    "feature",
    [
        "calendar",
        "heat map",
        "PDF report",
        "guided routine",
        '"before you start" safety check',
        "sounds",
        "spoken prompts",
        "flash",
        "mini timer",
        "system tray",
        "CSV or JSON",
    ],
)
def test_metainfo_lists_what_the_app_does(feature: str) -> None:
    component = ET.parse(asset(f"desktop/{METAINFO_NAME}")).getroot()  # noqa: S314 (our own file)
    features = component.find("description/ul")
    assert features is not None
    assert feature in " ".join(" ".join(features.itertext()).split())


LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def test_metainfo_says_everything_in_german_too() -> None:
    """Name, summary, each paragraph, each feature and each caption, followed by its German."""
    component = ET.parse(asset(f"desktop/{METAINFO_NAME}")).getroot()  # noqa: S314 (our own file)
    description = component.find("description")
    assert description is not None
    groups = [component, description, *description.findall("ul")]
    groups += list(component.iter("screenshot"))
    for group in groups:  # release notes stay in English
        children = [c for c in group if c.tag in ("name", "summary", "p", "li", "caption")]
        english = [c for c in children if c.get(LANG) is None]
        german = [c for c in children if c.get(LANG) == "de"]
        assert english, group.tag
        assert len(german) == len(english), group.tag
        for en, de in zip(english, german, strict=True):
            assert children.index(de) == children.index(en) + 1  # each right after its English
            assert de.tag == en.tag
    said = " ".join(" ".join(description.itertext()).split())
    assert "ersetzt keinen ärztlichen Rat" in said
