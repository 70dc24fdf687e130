"""Regenerate ``pipeline/data/world_land.json``: a coarse land outline for the release page map.

Why this exists: the release page must draw a map with no network and no tile server, so the
outline ships with the package. Its source is Natural Earth's 1:110m land polygons (public
domain), as packaged in TopoJSON by the ``world-atlas`` npm package (ISC licence). Decoding the
TopoJSON once, dropping points closer than ``TOLERANCE`` degrees and rounding to 0.1° gives a
~60 kB file that the page reads at publish time and turns into one inline SVG path.

Run (only when refreshing the outline):
    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python -m pipeline.publish.build_world package/land-110m.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "data" / "world_land.json"
TOLERANCE = 0.3  # degrees; 1:110m data is already coarse, this keeps shapes recognisable
SOURCE = ("Natural Earth 1:110m land (public domain), via the world-atlas 2.0.2 TopoJSON "
          "package; simplified by pipeline/publish/build_world.py")

Ring = list[tuple[float, float]]


def decode_topojson(topology: dict, object_name: str = "land") -> list[Ring]:
    """Rings of every polygon of `object_name`, as absolute lon/lat pairs."""
    scale = topology.get("transform", {}).get("scale", [1, 1])
    shift = topology.get("transform", {}).get("translate", [0, 0])
    arcs: list[Ring] = []
    for arc in topology["arcs"]:
        x = y = 0
        points: Ring = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * scale[0] + shift[0], y * scale[1] + shift[1]))
        arcs.append(points)

    def ring(indexes: list[int]) -> Ring:
        out: Ring = []
        for i in indexes:
            points = arcs[i] if i >= 0 else arcs[~i][::-1]
            out.extend(points[1:] if out else points)
        return out

    rings: list[Ring] = []
    for geometry in topology["objects"][object_name]["geometries"]:
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        for polygon in polygons:
            rings.extend(ring(r) for r in polygon)
    return rings


def simplify(points: Ring, tolerance: float = TOLERANCE) -> Ring:
    """Drop points closer than `tolerance` to the last kept one (radial distance)."""
    if len(points) < 4:
        return points
    kept = [points[0]]
    for x, y in points[1:-1]:
        px, py = kept[-1]
        if abs(x - px) >= tolerance or abs(y - py) >= tolerance:
            kept.append((x, y))
    kept.append(points[-1])
    return kept


def unwrap(points: Ring) -> list[Ring]:
    """A ring that crosses the antimeridian, made continuous, plus copies shifted by 360°.

    Drawn as they are in plate carrée, such rings (Chukotka, Fiji, Antarctica) jump from 180° to
    -180° and the fill becomes a band across the whole map. Unwrapped, each is one continuous
    shape past ±180°; its shifted copy shows the part the view crops. A ring around a pole
    (Antarctica) ends 360° from where it starts and is closed along that pole.
    """
    out: Ring = [points[0]]
    for x, y in points[1:]:
        px = out[-1][0]
        while x - px > 180:
            x -= 360
        while px - x > 180:
            x += 360
        out.append((x, y))
    if abs(out[-1][0] - out[0][0]) > 180:
        pole = -90.0 if sum(y for _, y in out) < 0 else 90.0
        out += [(out[-1][0], pole), (out[0][0], pole)]
    xs = [x for x, _ in out]
    rings = [out]
    if max(xs) > 180:
        rings.append([(x - 360, y) for x, y in out])
    if min(xs) < -180:
        rings.append([(x + 360, y) for x, y in out])
    return rings


def build(source: Path) -> dict:
    rings = []
    for r in decode_topojson(json.loads(source.read_text())):
        small = simplify(r)
        if len(small) >= 4:
            rings.extend([[round(x, 1), round(y, 1)] for x, y in piece] for piece in unwrap(small))
    return {"source": SOURCE, "rings": rings}


def main(argv: list[str]) -> int:
    data = build(Path(argv[0]))
    OUT.write_text(json.dumps(data, separators=(",", ":")) + "\n")
    print(f"wrote {len(data['rings'])} rings to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
