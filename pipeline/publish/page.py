"""`index.html` of a release: what the dataset is, its numbers, charts, a map, the codebook,
the validation summary, download links with checksums and DuckDB examples, in one file.

Self-contained on purpose: inline CSS, inline SVG, a few lines of inline JavaScript, nothing
fetched at run time, so it works opened from disk (file://), served by any static host or
object store, and still makes sense years later. It embeds the sha256 of the data files, which
are all written before it; it cannot embed its own checksum or the manifest's (the manifest,
written after the page, lists the page's checksum, and index.json lists the manifest's).
"""

from __future__ import annotations

from datetime import UTC, datetime
from html import escape
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
from markdown_it import MarkdownIt

from pipeline import __version__
from pipeline.publish.charts import PALETTE, bar_chart, column_chart
from pipeline.publish.codebook import render_codebook
from pipeline.publish.provenance import (
    CODE_LICENSE,
    DATA_LICENSE,
    DATA_LICENSE_NAME,
    DATA_LICENSE_URL,
    DATASET_TITLE,
    git_commit,
)
from pipeline.publish.world_map import MapPoint, outline_source, render_map
from pipeline.schema import EVENT_TYPES, SCHEMA_VERSION

PAGE = "index.html"
NOT_CHECKSUMMED = {PAGE, "manifest.json"}
RECENT_ROWS = 25
MAX_MAP_POINTS = 5000  # above this, incidents are drawn per half-degree cell
TOP_COUNTRIES = 15
EVENT_COLORS = {e: PALETTE[i % len(PALETTE)] for i, e in enumerate(EVENT_TYPES)}
FILE_NOTES = {
    "incidents.parquet": "one row per incident",
    "incident_sources.parquet": "which article reports which incident",
    "articles.parquet": "article metadata (no full text)",
    "quarantine.parquet": "rows that failed a row-level rule, with reasons",
    "changes.parquet": "the changelog as a table, one row per change",
    "CHANGELOG.md": "added / updated / removed incidents",
    "codebook.md": "columns, values and coding conventions",
}


def render_release_page(version: str, tables: dict[str, pa.Table], *, release_dir: Path,
                        validation: dict | None = None, changes: Any = None,
                        previous: str | None = None, quarantine: pa.Table | None = None,
                        created: datetime | None = None) -> str:
    """The page for release `version`, from its tables and the files already in `release_dir`."""
    created = created or datetime.now(UTC)
    incidents = tables["incidents"]
    counts = {name: t.num_rows for name, t in tables.items()}
    if quarantine is not None:
        counts["quarantine"] = quarantine.num_rows
    stats = _aggregates(incidents)
    files = _file_rows(release_dir)
    if changes is not None and hasattr(changes, "counts"):  # a changelog.Changes
        changes = changes.counts()
    sections = [
        ("about", "About", _about(version, created, previous, counts, stats, changes or {})),
        ("charts", "Charts", _charts(stats)),
        ("map", "Map", _map(stats)),
        ("recent", "Latest incidents", _recent(stats["recent"])),
        ("download", "Download", _downloads(version, files)),
        ("query", "Query with DuckDB", _duckdb(version)),
        ("validation", "Validation", _validation(validation or {}, counts.get("quarantine"))),
        ("codebook", "Codebook", _codebook(version)),
        ("cite", "Cite and licence", _cite(version, created)),
    ]
    nav = "".join(f'<a href="#{key}">{escape(title)}</a>' for key, title, _ in sections)
    body = "".join(f'<section id="{key}"><h2>{escape(title)}</h2>{html}</section>'
                   for key, title, html in sections)
    return TEMPLATE.format(title=escape(f"{DATASET_TITLE} {version}"), version=escape(version),
                           date=created.date().isoformat(), nav=nav, body=body, css=CSS,
                           script=SCRIPT, license=escape(DATA_LICENSE),
                           license_url=DATA_LICENSE_URL)


# ---------------------------------------------------------------- aggregates (DuckDB over Arrow)

def _aggregates(incidents: pa.Table) -> dict[str, Any]:
    con = duckdb.connect()
    con.register("incidents", incidents)

    def rows(sql: str) -> list[tuple]:
        return con.execute(sql).fetchall()

    totals = rows("""
        SELECT count(*), sum(fatalities), count(fatalities), sum(injured), count(injured),
               count(DISTINCT country_code), min(event_date), max(event_date),
               count(latitude), count(DISTINCT perpetrator)
        FROM incidents""")[0]
    monthly = rows("""
        SELECT strftime(event_date, '%Y-%m') AS month, count(*),
               coalesce(sum(fatalities), 0)
        FROM incidents GROUP BY month ORDER BY month""")
    countries = rows("""
        SELECT coalesce(country, country_code), count(*), coalesce(sum(fatalities), 0)
        FROM incidents GROUP BY ALL ORDER BY 2 DESC, 1""")
    types = rows("""
        SELECT event_type, sub_event_type, count(*) FROM incidents
        GROUP BY ALL ORDER BY 3 DESC, 2""")
    located = "FROM incidents WHERE latitude IS NOT NULL AND longitude IS NOT NULL"
    if rows(f"SELECT count(*) {located}")[0][0] <= MAX_MAP_POINTS:
        points = [(lon, lat, f"{day} · {place} · {(sub or '').replace('_', ' ')}"
                   f"{'' if f is None else f' · {f} killed'}", f) for lon, lat, day, place, sub, f
                  in rows(f"""SELECT longitude, latitude, event_date,
                                     coalesce(location, country, country_code), sub_event_type,
                                     fatalities {located}""")]
    else:  # one circle per half-degree cell keeps the page small for big releases
        points = [(lon, lat, f"{n} incidents · {f or 0} killed", f) for lon, lat, n, f in rows(
            f"""SELECT round(longitude * 2) / 2, round(latitude * 2) / 2, count(*),
                       sum(fatalities) {located} GROUP BY 1, 2""")]
    recent = rows(f"""
        SELECT event_date, coalesce(country, country_code), location, sub_event_type, weapon,
               fatalities, injured, summary
        FROM incidents ORDER BY event_date DESC, incident_id LIMIT {RECENT_ROWS}""")
    con.close()
    return {
        "incidents": totals[0], "fatalities": totals[1], "fatalities_reported": totals[2],
        "injured": totals[3], "injured_reported": totals[4], "countries": totals[5],
        "first": totals[6], "last": totals[7], "located": totals[8],
        "monthly": _fill_months(monthly), "by_country": countries, "by_type": types,
        "points": points, "recent": recent,
    }


def _fill_months(monthly: list[tuple]) -> list[tuple[str, int, int]]:
    """Every month between the first and the last, zeros included: gaps are information."""
    if not monthly:
        return []
    found = {m: (n, f) for m, n, f in monthly}
    year, month = (int(x) for x in monthly[0][0].split("-"))
    out = []
    while True:
        key = f"{year:04d}-{month:02d}"
        n, f = found.get(key, (0, 0))
        out.append((key, int(n), int(f)))
        if key >= monthly[-1][0]:
            return out
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


# ---------------------------------------------------------------- sections

def _about(version: str, created: datetime, previous: str | None, counts: dict[str, int],
           stats: dict[str, Any], changes: dict) -> str:
    period = (f"{stats['first']} to {stats['last']}" if stats["first"] else "no incidents")
    tiles = [
        ("incidents", counts.get("incidents", 0), "incidents"),
        ("fatalities", _n(stats["fatalities"]),
         f"killed (figure reported for {stats['fatalities_reported']} incidents)"),
        ("injured", _n(stats["injured"]),
         f"injured (reported for {stats['injured_reported']})"),
        ("countries", stats["countries"], "countries"),
        ("articles", counts.get("articles", 0), "source articles"),
        ("incident_sources", counts.get("incident_sources", 0), "incident–article links"),
        ("quarantine", counts.get("quarantine", 0), "rows quarantined"),
    ]
    tile_html = "".join(
        f'<div class="tile" data-count="{key}"><b>{escape(str(value))}</b>'
        f"<span>{escape(text)}</span></div>" for key, value, text in tiles)
    change_text = ", ".join(f"{_count(v)} {k}" for k, v in changes.items()) or "none"
    return f"""
<p class="lead">An open, reproducible dataset of violent incidents (drone and rocket attacks,
air strikes, shelling, bombings, armed assaults, unexplained explosions) extracted automatically
from news articles, in the spirit of ACLED, UCDP GED and the Global Terrorism Database. Every
incident cites the articles that report it and the passage that supports it.</p>
<div class="tiles">{tile_html}</div>
<table class="facts">
<tr><th>Release</th><td><code>{escape(version)}</code>, built {created:%Y-%m-%d %H:%M} UTC</td></tr>
<tr><th>Events</th><td>{escape(period)}</td></tr>
<tr><th>Previous release</th><td>{escape(previous or "none (first release)")}</td></tr>
<tr><th>Changes</th><td>{escape(change_text)} (see <a href="CHANGELOG.md">CHANGELOG.md</a>)
</td></tr>
<tr><th>Schema</th><td>{SCHEMA_VERSION}</td></tr>
<tr><th>Pipeline</th><td>open-incidents {__version__}{_commit_text()}</td></tr>
<tr><th>Licence</th><td>data <a href="{DATA_LICENSE_URL}">{DATA_LICENSE}</a>,
code {CODE_LICENSE}</td></tr>
</table>
<p class="note"><b>Reading the numbers:</b> <code>fatalities</code> and <code>injured</code> are
<em>null when the sources do not say</em> and 0 when they say nobody was hurt; totals above add up
the reported figures only.</p>"""


def _charts(stats: dict[str, Any]) -> str:
    months = stats["monthly"]
    per_month = column_chart([(m, n) for m, n, _ in months], label="Incidents per month")
    killed = column_chart([(m, f) for m, _, f in months], label="Reported fatalities per month",
                          color=PALETTE[1], note="null figures count as 0 here")
    countries = stats["by_country"]
    top = [(c or "unknown", n, PALETTE[0]) for c, n, _ in countries[:TOP_COUNTRIES]]
    if len(countries) > TOP_COUNTRIES:
        top.append((f"{len(countries) - TOP_COUNTRIES} others",
                    sum(n for _, n, _ in countries[TOP_COUNTRIES:]), "#999"))
    by_country = bar_chart(top, label="Incidents per country")
    types = [(s.replace("_", " "), n, EVENT_COLORS.get(e, "#999")) for e, s, n in
             stats["by_type"]]
    used = {e for e, _, _ in stats["by_type"]}
    legend = {e.replace("_", " "): c for e, c in EVENT_COLORS.items() if e in used}
    by_type = bar_chart(types, label="Incidents per type", legend=legend)
    return f"""
<div class="grid">
<figure><figcaption>Incidents per month</figcaption>{per_month}</figure>
<figure><figcaption>Reported fatalities per month</figcaption>{killed}</figure>
<figure><figcaption>Incidents per country</figcaption>{by_country}</figure>
<figure><figcaption>Incidents per type</figcaption>{by_type}</figure>
</div>"""


def _map(stats: dict[str, Any]) -> str:
    points = [MapPoint(lon, lat, label, f) for lon, lat, label, f in stats["points"]]
    unlocated = stats["incidents"] - stats["located"]
    return (f"<figure>{render_map(points, unlocated=unlocated)}<figcaption class='small'>"
            f"One circle per located incident, larger for more fatalities (hover for details). "
            f"Coordinates stand for the most precise place named (see "
            f"<code>geo_precision</code>). Outline: {escape(outline_source())}.</figcaption>"
            f"</figure>")


def _recent(recent: list[tuple]) -> str:
    if not recent:
        return "<p>No incidents in this release.</p>"
    head = "".join(f"<th>{h}</th>" for h in ("date", "country", "location", "type", "weapon",
                                              "killed", "injured", "summary"))
    body = "".join(
        "<tr>" + "".join(f"<td{' class=num' if i in (5, 6) else ''}>{escape(_cell(v))}</td>"
                         for i, v in enumerate(row)) + "</tr>" for row in recent)
    return (f'<div class="scroll"><table class="data"><thead><tr>{head}</tr></thead>'
            f"<tbody>{body}</tbody></table></div><p class='small'>The {len(recent)} most recent "
            "by event date; all of them are in <code>incidents.parquet</code>.</p>")


def _downloads(version: str, files: list[tuple[str, int, str]]) -> str:
    rows = "".join(
        f'<tr><td><a href="{escape(name)}" download>{escape(name)}</a></td>'
        f'<td class="num">{_size(size)}</td><td>{escape(FILE_NOTES.get(name, ""))}</td>'
        f'<td><code class="sha">{sha}</code></td></tr>' for name, size, sha in files)
    sums = "\n".join(f"{sha}  {name}" for name, _, sha in files)
    return f"""
<div class="scroll"><table class="data"><thead><tr><th>file</th><th>size</th><th>content</th>
<th>sha256</th></tr></thead><tbody>{rows}
<tr><td><a href="manifest.json">manifest.json</a></td><td></td><td>row counts, checksums of every
file (this page included), validation</td><td>listed in the release index, <code>index.json</code>,
one level up</td></tr></tbody></table></div>
<p>Everything at once, verified, resumable: <code>incidents download BASE_URL --version
{escape(version)}</code>. By hand, save the files in one folder and check them:</p>
<div class="code"><button type="button" class="copy">copy</button><pre>sha256sum -c &lt;&lt;'EOF'
{sums}
EOF</pre></div>"""


def _duckdb(version: str) -> str:
    url = f'<span class="base">https://MIRROR/{escape(version)}/</span>'
    examples = [
        ("Straight from the web, where MIRROR is the address this release is served from "
         "(filled in when this page is opened over the web); DuckDB fetches only the parts "
         "of the file it needs",
         f"SELECT country, count(*) AS incidents, sum(fatalities) AS killed\n"
         f"FROM read_parquet('{url}incidents.parquet')\nGROUP BY ALL ORDER BY incidents DESC;"),
        ("After downloading, from the release folder",
         "SELECT event_date, country, location, sub_event_type, fatalities, summary\n"
         "FROM 'incidents.parquet'\nWHERE weapon = 'drone' AND event_date >= DATE '2024-01-01'\n"
         "ORDER BY event_date;"),
        ("Incidents with the articles that report them",
         "SELECT i.event_date, i.location, a.source, a.title, a.url\n"
         "FROM 'incidents.parquet' i\n"
         "JOIN 'incident_sources.parquet' s USING (incident_id)\n"
         "JOIN 'articles.parquet' a USING (article_id)\nORDER BY i.event_date DESC LIMIT 20;"),
        ("Monthly fatalities, keeping 'not reported' apart from 0",
         "SELECT date_trunc('month', event_date) AS month, count(*) AS incidents,\n"
         "       sum(fatalities) AS killed, count(fatalities) AS with_figure\n"
         "FROM 'incidents.parquet' GROUP BY month ORDER BY month;"),
    ]
    blocks = "".join(f'<p>{escape(title)}:</p><div class="code"><button type="button" '
                     f'class="copy">copy</button><pre>{sql}</pre></div>'
                     for title, sql in examples)
    return (f"<p>Any <a href='https://duckdb.org'>DuckDB</a> (CLI, Python, R, ...) reads the "
            f"Parquet files as they are; nothing else to install.</p>{blocks}")


def _validation(validation: dict, quarantined: int | None) -> str:
    if not validation:
        return "<p>No validation summary was recorded for this release.</p>"
    passed = validation.get("passed", not validation.get("table_failures"))
    facts = [
        ("Result", "passed: no table-level rule failed" if passed else "FAILED"),
        ("Suite", f"{validation.get('suite', '?')} ({validation.get('n_expectations', '?')} "
                  f"expectations, Great Expectations {validation.get('gx_version', '?')})"),
        ("Rows checked", validation.get("rows_in")),
        ("Rows published", validation.get("rows_valid")),
        ("Rows quarantined", validation.get("rows_quarantined", quarantined)),
        ("Checked as of", validation.get("today")),
    ]
    table = "".join(f"<tr><th>{escape(k)}</th><td>{escape(_cell(v))}</td></tr>"
                    for k, v in facts if v is not None)
    reasons = validation.get("reason_counts") or {}
    reason_html = ("<h3>Quarantine reasons</h3><table class='data'><tr><th>reason</th>"
                   "<th>rows</th></tr>" + "".join(
                       f"<tr><td>{escape(str(r))}</td><td class='num'>{escape(_cell(n))}</td></tr>"
                       for r, n in reasons.items()) + "</table>") if reasons else ""
    failures = validation.get("table_failures") or []
    failure_html = ("<h3>Table-level failures</h3><ul>" + "".join(
        f"<li>{escape(str(f))}</li>" for f in failures) + "</ul>") if failures else ""
    expectations = validation.get("expectations") or []
    exp_html = ""
    if expectations:
        rows = "".join(
            f"<tr><td>{escape(_cell(e.get('check')))}</td><td>{escape(_cell(e.get('column')))}"
            f"</td><td>{escape(_cell(e.get('level')))}</td><td>"
            f"{'✔' if e.get('success') else '✘'}</td><td class='num'>"
            f"{escape(_cell(e.get('unexpected_count')))}</td></tr>" for e in expectations)
        exp_html = (f"<details><summary>All {len(expectations)} expectations</summary>"
                    "<div class='scroll'><table class='data'><tr><th>check</th><th>column</th>"
                    "<th>level</th><th>ok</th><th>unexpected</th></tr>"
                    f"{rows}</table></div></details>")
    return (f"<table class='facts'>{table}</table>{reason_html}{failure_html}{exp_html}"
            "<p class='small'>Rows failing a row-level rule are kept, with their reasons, in "
            "<code>quarantine.parquet</code>; a failing table-level rule blocks the release.</p>")


def _codebook(version: str) -> str:
    md = MarkdownIt("commonmark", {"html": False}).enable("table")
    html = md.render(render_codebook(version))
    html = html.replace("<table>", "<div class='scroll'><table class='data'>")
    html = html.replace("</table>", "</table></div>")
    return (f"<details open><summary>Also as <a href='codebook.md'>codebook.md</a></summary>"
            f"<div class='codebook'>{html}</div></details>")


def _cite(version: str, created: datetime) -> str:
    return f"""
<p>Please cite the release you used, so others can get the same data:</p>
<div class="code"><button type="button" class="copy">copy</button><pre>{escape(DATASET_TITLE)} \
contributors ({created:%Y}). {escape(DATASET_TITLE)}, release {escape(version)} [data set]. \
{escape(DATA_LICENSE)}.</pre></div>
<p>The source repository has a <code>CITATION.cff</code> for reference managers.
The data are released under the <a href="{DATA_LICENSE_URL}">{escape(DATA_LICENSE_NAME)}</a>
licence ({DATA_LICENSE}): share and adapt with attribution. The code that produced them is
{CODE_LICENSE}. Incidents summarise and link to third-party news reports; the articles
themselves are not redistributed, only their metadata and short supporting passages.</p>"""


# ---------------------------------------------------------------- helpers

def _file_rows(release_dir: Path) -> list[tuple[str, int, str]]:
    from pipeline.publish.release import sha256_file

    return [(p.name, p.stat().st_size, sha256_file(p)) for p in sorted(release_dir.iterdir())
            if p.is_file() and p.name not in NOT_CHECKSUMMED]


def _commit_text() -> str:
    commit = git_commit()
    return f", commit <code>{escape(commit[:12])}{'…' if len(commit) > 12 else ''}</code>" \
        if commit else ""


def _n(value: object) -> str:
    return "—" if value is None else f"{int(value):,}"  # type: ignore[arg-type]


def _count(value: object) -> int:
    return len(value) if isinstance(value, (list, tuple, set)) else int(value)  # type: ignore


def _cell(value: object) -> str:
    return "" if value is None else str(value)


def _size(n: int) -> str:
    for unit in ("B", "kB", "MB", "GB"):
        if n < 1000 or unit == "GB":
            return f"{n:,.0f} {unit}" if unit == "B" else f"{n:,.1f} {unit}"
        n /= 1000  # type: ignore[assignment]
    return str(n)


CSS = """
:root{--ink:#222;--muted:#666;--line:#ddd;--accent:#3b6ea5;--bg:#fff;--soft:#f6f7f9}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);
background:var(--bg)}
header{background:#1f2d3d;color:#fff;padding:28px 24px 18px}
header h1{margin:0;font-size:26px}
header p{margin:4px 0 0;color:#c9d4df}
nav{position:sticky;top:0;z-index:1;background:#fff;border-bottom:1px solid var(--line);
padding:8px 24px;display:flex;flex-wrap:wrap;gap:4px 16px;font-size:14px}
nav a{color:var(--accent);text-decoration:none}
main{max-width:1180px;margin:0 auto;padding:8px 24px 48px}
section{padding-top:12px}
h2{font-size:20px;border-bottom:2px solid var(--line);padding-bottom:4px}
h3{font-size:16px}
a{color:var(--accent)}
.lead{font-size:16px;max-width:820px}
.tiles{display:grid;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));gap:10px;
margin:16px 0}
.tile{background:var(--soft);border:1px solid var(--line);border-radius:6px;padding:10px 12px}
.tile b{display:block;font-size:24px}
.tile span{color:var(--muted);font-size:13px}
table{border-collapse:collapse}
.facts th{text-align:left;padding:3px 16px 3px 0;color:var(--muted);font-weight:600;
vertical-align:top}
.facts td{padding:3px 0}
.data{font-size:13px;width:100%}
.data th,.data td{border-bottom:1px solid var(--line);padding:4px 8px;text-align:left;
vertical-align:top}
.data th{background:var(--soft)}
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.scroll{overflow-x:auto}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(440px,1fr));gap:18px}
figure{margin:0;border:1px solid var(--line);border-radius:6px;padding:10px}
figcaption{font-weight:600;margin-bottom:6px}
figcaption.small,.small{font-weight:400;font-size:13px;color:var(--muted)}
svg{display:block;width:100%;height:auto}
.note{background:#fff8e6;border-left:4px solid #e0b54a;padding:8px 12px}
.code{position:relative}
pre{background:#f3f4f6;border:1px solid var(--line);border-radius:6px;padding:10px 12px;
overflow-x:auto;font-size:13px;margin:4px 0 12px}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.92em}
code.sha{font-size:11px;word-break:break-all}
.copy{position:absolute;top:6px;right:6px;font-size:12px;padding:2px 8px;cursor:pointer}
details summary{cursor:pointer;color:var(--muted)}
.codebook h1{font-size:18px}.codebook h2{font-size:16px;border:0}
footer{color:var(--muted);font-size:13px;text-align:center;padding:24px}
"""

# Fills in the real base URL when the page is served over http(s), and wires the copy buttons.
# Guarded so that file:// and browsers without the clipboard API simply skip it.
SCRIPT = """
(function () {
  if (location.protocol === "http:" || location.protocol === "https:") {
    var here = new URL(".", location.href).href;
    document.querySelectorAll(".base").forEach(function (el) { el.textContent = here; });
  }
  document.querySelectorAll("button.copy").forEach(function (button) {
    button.addEventListener("click", function () {
      var text = button.parentNode.querySelector("pre").textContent;
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(function () { button.textContent = "copied"; },
          function () { button.textContent = "select and copy"; });
      } else {
        button.textContent = "select and copy";
      }
    });
  });
})();
"""

TEMPLATE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<link rel="icon" href="data:,">
<title>{title}</title>
<style>{css}</style>
</head>
<body>
<header><h1>Open incident dataset <span id="version">{version}</span></h1>
<p>Release of {date} · violent incidents extracted from news · Parquet + DuckDB ·
data licence <a style="color:#fff" href="{license_url}">{license}</a></p></header>
<nav>{nav}</nav>
<main>{body}</main>
<footer>Generated with the release; this page fetches nothing from the network.</footer>
<script>{script}</script>
</body>
</html>
"""
