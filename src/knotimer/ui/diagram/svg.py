"""Layers cut from the diagram SVG: the picture without hints, the hints alone, the id mask."""

from __future__ import annotations

import copy
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from knotimer.core.anatomy import ALL_REGIONS, Region, Side

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


@dataclass(frozen=True, slots=True)
class Hint:
    """A usual trigger-point location drawn in the hints layer (0-1 of the drawing)."""

    side: Side
    muscle: str  # "gastrocnemius" or "soleus": the muscle as a whole, as the literature names it
    point: int  # TP1, TP2, ...
    x: float
    y: float
    radius: float  # as a fraction of the drawing's height


def hints(root: ET.Element) -> list[Hint]:
    """The hint circles (``hint-{side}-{muscle}-tp{n}``) of the diagram."""
    _, _, width, height = (float(v) for v in root.get("viewBox", "0 0 1 1").split())
    found = []
    for element in root.iter(f"{{{SVG_NS}}}circle"):
        ident = element.get("id", "")
        if not ident.startswith("hint-"):
            continue
        side, _, rest = ident.removeprefix("hint-").partition("-")
        muscle, _, point = rest.rpartition("-tp")
        found.append(
            Hint(
                Side(side),
                muscle,
                int(point),
                float(element.get("cx", 0)) / width,
                float(element.get("cy", 0)) / height,
                float(element.get("r", 0)) / height,
            )
        )
    return found


def highlight_svg(root: ET.Element, region: Region, colour: str, opacity: float) -> bytes:
    """One region, flat and translucent, for the hover highlight."""
    source = next((e for e in root.iter() if e.get("id") == region.element_id), None)
    if source is None:
        raise ValueError(f"the diagram has no element {region.element_id!r}")
    layer = _empty_like(root)
    shape = copy.deepcopy(source)
    for element in shape.iter():
        for name in _PAINT_ATTRIBUTES:
            element.attrib.pop(name, None)
    shape.set("fill", colour)
    shape.set("fill-opacity", f"{opacity:.2f}")
    shape.set("stroke", colour)
    shape.set("stroke-width", "3")
    layer.append(shape)
    return ET.tostring(layer)
