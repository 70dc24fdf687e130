"""Inline SVG bar charts for the release page: no JavaScript library, no network, any browser.

Drawn server-side from aggregates so the page is a static file that opens from disk and shows
the same picture in every browser; each bar carries a <title> so hovering shows its value.
"""

from __future__ import annotations

import math
from html import escape

PALETTE = ("#3b6ea5", "#c8553d", "#588b5b", "#8f6aa6", "#d19a3a", "#5a8f9e", "#a35d6a")
INK = "#333"
GRID = "#e3e3e3"
FONT = 12


def nice_ticks(top: float, count: int = 4) -> list[float]:
    """Round tick values from 0 to at least `top` (1, 2, 2.5 or 5 times a power of ten)."""
    if top <= 0:
        return [0, 1]
    raw = top / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    step = max(step, 1)  # counts of people and incidents are whole numbers
    return [i * step for i in range(math.ceil(top / step) + 1)]


def column_chart(series: list[tuple[str, float]], *, label: str, color: str = PALETTE[0],
                 width: int = 560, height: int = 230, note: str = "") -> str:
    """Vertical bars over an ordered axis (months); labels thinned to stay readable."""
    if not series:
        return _empty(width, label)
    left, right, top, bottom = 44, 12, 14, 34
    plot_w, plot_h = width - left - right, height - top - bottom
    ticks = nice_ticks(max(v for _, v in series))
    y_max = ticks[-1]
    slot = plot_w / len(series)
    bar_w = max(slot * 0.75, 1)
    parts = [_open(width, height, label)]
    for t in ticks:
        y = top + plot_h - plot_h * t / y_max
        parts.append(f'<line x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}" '
                     f'stroke="{GRID}"/>')
        parts.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{_num(t)}</text>')
    label_w = max(len(name) for name, _ in series) * FONT * 0.62 + 8
    every = max(1, math.ceil(len(series) * label_w / plot_w))  # labels never overlap
    for i, (name, value) in enumerate(series):
        x = left + i * slot + (slot - bar_w) / 2
        h = plot_h * value / y_max
        parts.append(f'<rect x="{x:.1f}" y="{top + plot_h - h:.1f}" width="{bar_w:.1f}" '
                     f'height="{h:.1f}" fill="{color}"><title>{escape(name)}: {_num(value)}'
                     f'</title></rect>')
        if i % every == 0:
            parts.append(f'<text x="{x + bar_w / 2:.1f}" y="{height - bottom + 16}" '
                         f'text-anchor="middle">{escape(name)}</text>')
    parts.append(f'<line x1="{left}" x2="{width - right}" y1="{top + plot_h}" '
                 f'y2="{top + plot_h}" stroke="{INK}"/>')
    if note:
        parts.append(f'<text x="{width - right}" y="{height - 4}" text-anchor="end" '
                     f'fill="#777">{escape(note)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def bar_chart(items: list[tuple[str, float, str]], *, label: str, width: int = 560,
              legend: dict[str, str] | None = None) -> str:
    """Horizontal bars, one per category (name, value, colour), longest first as given."""
    if not items:
        return _empty(width, label)
    row, left, right = 22, 190, 48
    legend_rows = _legend_rows(legend or {}, width - 16)
    height = row * len(items) + 10 + 20 * len(legend_rows)
    plot_w = width - left - right
    top_value = max(v for _, v, _ in items) or 1
    parts = [_open(width, height, label)]
    for i, (name, value, color) in enumerate(items):
        y = 4 + i * row
        w = plot_w * value / top_value
        parts.append(f'<text x="{left - 8}" y="{y + 14}" text-anchor="end">'
                     f'{escape(_clip(name, 30))}</text>')
        parts.append(f'<rect x="{left}" y="{y + 3}" width="{max(w, 1):.1f}" height="{row - 7}" '
                     f'fill="{color}"><title>{escape(name)}: {_num(value)}</title></rect>')
        parts.append(f'<text x="{left + w + 5:.1f}" y="{y + 14}">{_num(value)}</text>')
    for r, entries in enumerate(legend_rows):
        y = row * len(items) + 24 + 20 * r
        for x, name, color in entries:
            parts.append(f'<rect x="{x:.0f}" y="{y - 10}" width="10" height="10" '
                         f'fill="{color}"/><text x="{x + 14:.0f}" y="{y}">{escape(name)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _legend_rows(legend: dict[str, str], room: float) -> list[list[tuple[float, str, str]]]:
    """Legend entries laid out left to right, wrapping onto a new row when out of room."""
    rows: list[list[tuple[float, str, str]]] = []
    x = room + 1
    for name, color in legend.items():
        w = 24 + len(name) * FONT * 0.6
        if x + w > room:
            rows.append([])
            x = 8.0
        rows[-1].append((x, name, color))
        x += w
    return rows


def _open(width: int, height: int, label: str) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
            f'role="img" aria-label="{escape(label)}" font-size="{FONT}" '
            f'font-family="system-ui, sans-serif" fill="{INK}">')


def _empty(width: int, label: str) -> str:
    return (f'{_open(width, 40, label)}<text x="{width / 2}" y="24" text-anchor="middle" '
            f'fill="#777">no data</text></svg>')


def _num(value: float) -> str:
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,.1f}"


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"
