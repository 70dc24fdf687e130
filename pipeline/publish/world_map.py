"""An inline SVG map of located incidents: land outline, graticule, one circle per incident.

Plate carrée (x = longitude, y = -latitude) keeps the maths to a subtraction and the page free
of any map library; at the scale of a conflict region it reads fine. The view is the points'
bounding box with a margin (the whole world when they are spread out), so a dataset about one
region is not a dot on a world map. The outline is Natural Earth 1:110m land, public domain,
shipped in pipeline/data/world_land.json (see build_world.py for how it was made).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from html import escape
from pathlib import Path

OUTLINE = Path(__file__).resolve().parent.parent / "data" / "world_land.json"
OCEAN = "#eaf1f7"
LAND = "#f7f4ec"
COAST = "#b9b2a0"
POINT = "#c8553d"
MIN_SPAN = 24.0  # degrees of longitude shown at least, so a single town still has context


@dataclass(frozen=True)
class MapPoint:
    lon: float
    lat: float
    label: str
    fatalities: int | None = None


@cache
def land_rings() -> list[list[list[float]]]:
    return json.loads(OUTLINE.read_text())["rings"]


def outline_source() -> str:
    return json.loads(OUTLINE.read_text())["source"]


def view_box(points: list[MapPoint]) -> tuple[float, float, float, float]:
    """(west, south, east, north) around the points, padded, about 2:1, inside the world."""
    if not points:
        return (-180.0, -60.0, 180.0, 85.0)
    west, east = min(p.lon for p in points), max(p.lon for p in points)
    south, north = min(p.lat for p in points), max(p.lat for p in points)
    pad = max(3.0, 0.2 * max(east - west, north - south))
    west, east, south, north = west - pad, east + pad, south - pad, north + pad
    cx, cy = (west + east) / 2, (south + north) / 2
    span_x = max(east - west, MIN_SPAN, 2 * (north - south))
    span_y = max(north - south, span_x / 2)
    span_x = min(span_x, 360.0)
    span_y = min(span_y, 170.0)
    cx = min(max(cx, -180 + span_x / 2), 180 - span_x / 2)
    cy = min(max(cy, -85 + span_y / 2), 85 - span_y / 2)
    return (cx - span_x / 2, cy - span_y / 2, cx + span_x / 2, cy + span_y / 2)


def render_map(points: list[MapPoint], *, unlocated: int = 0, width: int = 960) -> str:
    """The map as one <svg> element; coordinates are degrees, so no projection code at all."""
    west, south, east, north = view_box(points)
    span_x, span_y = east - west, north - south
    height = round(width * span_y / span_x)
    unit = span_x / width  # degrees per screen pixel
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{west:.3f} {-north:.3f} '
        f'{span_x:.3f} {span_y:.3f}" width="100%" style="aspect-ratio:{width}/{height}" '
        f'role="img" aria-label="Map of {len(points)} located incidents" '
        f'font-family="system-ui, sans-serif">',
        f'<rect x="{west}" y="{-north}" width="{span_x}" height="{span_y}" fill="{OCEAN}"/>',
        f'<path d="{_land_path(west, south, east, north)}" fill="{LAND}" stroke="{COAST}" '
        f'stroke-width="{unit:.4f}" stroke-linejoin="round"/>',
        _graticule(west, south, east, north, unit),
    ]
    radius = 4 * unit
    for p in sorted(points, key=lambda p: -(p.fatalities or 0)):  # big circles underneath
        r = radius * (1 + 0.45 * math.sqrt(min(p.fatalities or 0, 400)) / 2)
        parts.append(f'<circle cx="{p.lon:.4f}" cy="{-p.lat:.4f}" r="{r:.4f}" fill="{POINT}" '
                     f'fill-opacity="0.7" stroke="#fff" stroke-width="{unit:.4f}">'
                     f'<title>{escape(p.label)}</title></circle>')
    caption = f"{len(points)} located incident{'s' if len(points) != 1 else ''}"
    if unlocated:
        caption += f"; {unlocated} without coordinates not shown"
    parts.append(f'<text x="{east - 8 * unit:.4f}" y="{-south - 8 * unit:.4f}" '
                 f'text-anchor="end" font-size="{12 * unit:.4f}" fill="#555">'
                 f'{escape(caption)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _land_path(west: float, south: float, east: float, north: float) -> str:
    """Rings that touch the view, as one path (the SVG viewport clips the rest)."""
    out = []
    for ring in land_rings():
        xs, ys = [p[0] for p in ring], [p[1] for p in ring]
        if max(xs) < west or min(xs) > east or max(ys) < south or min(ys) > north:
            continue
        out.append("M" + "L".join(f"{x:g} {-y:g}" for x, y in ring) + "Z")
    return "".join(out)


def _graticule(west: float, south: float, east: float, north: float, unit: float) -> str:
    span = east - west
    step = next(s for s in (2, 5, 10, 15, 30) if span / s <= 12)
    style = f'stroke="#9fb3c8" stroke-width="{unit * 0.8:.4f}" stroke-dasharray="{unit * 3:.4f}"'
    font = f'font-size="{11 * unit:.4f}" fill="#6b7f93"'
    parts = ["<g>"]
    for lon in range(math.ceil(west / step) * step, math.floor(east) + 1, step):
        parts.append(f'<line x1="{lon}" x2="{lon}" y1="{-north}" y2="{-south}" {style}/>')
        parts.append(f'<text x="{lon + 3 * unit:.4f}" y="{-north + 13 * unit:.4f}" {font}>'
                     f'{_deg(lon, "E", "W")}</text>')
    for lat in range(math.ceil(south / step) * step, math.floor(north) + 1, step):
        parts.append(f'<line x1="{west}" x2="{east}" y1="{-lat}" y2="{-lat}" {style}/>')
        parts.append(f'<text x="{west + 3 * unit:.4f}" y="{-lat - 3 * unit:.4f}" {font}>'
                     f'{_deg(lat, "N", "S")}</text>')
    parts.append("</g>")
    return "".join(parts)


def _deg(value: int, positive: str, negative: str) -> str:
    if value == 0:
        return "0°"
    return f"{abs(value)}°{positive if value > 0 else negative}"
