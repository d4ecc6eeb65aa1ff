"""Layers cut from the diagram SVG: the picture without hints, the hints alone, the id mask."""

from __future__ import annotations

import copy
import xml.etree.ElementTree as ET
from pathlib import Path

from knotimer.core.anatomy import ALL_REGIONS, Region

SVG_NS = "http://www.w3.org/2000/svg"
HINTS_ID = "hints"
_PAINT_ATTRIBUTES = ("fill", "stroke", "opacity", "fill-opacity", "stroke-opacity", "style")

ET.register_namespace("", SVG_NS)


def load_svg(path: Path) -> ET.Element:
    """The parsed diagram (our own asset, not untrusted input)."""
    return ET.parse(path).getroot()  # noqa: S314


def _empty_like(root: ET.Element) -> ET.Element:
    return ET.Element(root.tag, dict(root.attrib))


def without_ids(root: ET.Element, ids: set[str]) -> bytes:
    """The whole drawing minus the top-level elements named in ``ids``."""
    layer = _empty_like(root)
    layer.extend(copy.deepcopy(child) for child in root if child.get("id") not in ids)
    return ET.tostring(layer)


def only_ids(root: ET.Element, ids: set[str]) -> bytes:
    """Just the top-level elements named in ``ids``, in the same coordinate system."""
    layer = _empty_like(root)
    layer.extend(copy.deepcopy(child) for child in root if child.get("id") in ids)
    return ET.tostring(layer)


def mask_colour(index: int) -> str:
    """The flat colour of region ``index`` in the id mask (index + 1 in the blue channel)."""
    return f"#0000{index + 1:02x}"


def mask_svg(root: ET.Element, regions: tuple[Region, ...] = ALL_REGIONS) -> bytes:
    """Only the regions, each filled with its own flat colour and no stroke."""
    by_id = {element.get("id"): element for element in root.iter()}
    layer = _empty_like(root)
    for index, region in enumerate(regions):
        source = by_id.get(region.element_id)
        if source is None:
            raise ValueError(f"the diagram has no element {region.element_id!r}")
        shape = copy.deepcopy(source)
        for element in shape.iter():
            for name in _PAINT_ATTRIBUTES:
                element.attrib.pop(name, None)
        shape.set("fill", mask_colour(index))
        shape.set("stroke", "none")
        layer.append(shape)
    return ET.tostring(layer)
