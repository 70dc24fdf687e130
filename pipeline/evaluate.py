"""Score extracted incidents against gold annotations (format: shared/eval/README.md).

Why one-to-one matching on country + date + compatible type: that is what makes two records the
same real-world event for a dataset user; field accuracy is then measured only on those pairs, so
a wrong place costs recall once rather than every field twice.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz
from unidecode import unidecode

from pipeline.extract import extract_incidents
from pipeline.extract.actors import RULERS, canonical, find_actors, state_country
from pipeline.geo.gazetteer import iso3_code
from pipeline.geo.resolve import alpha2
from pipeline.schema import SUB_EVENT_PARENT, WEAPON_FAMILY

FIELDS = ("event_date", "sub_event_type", "weapon", "country_code", "admin1", "location",
          "fatalities", "injured", "perpetrator", "certainty")
STATED_FIELDS = ("fatalities", "injured", "location", "perpetrator")
_GENERIC_SUBS = {"explosion_unknown_cause", "attack", "armed_assault"}


# ---------------------------------------------------------------- extraction over JSONL


def _iso(v: Any) -> Any:
    return v.isoformat() if isinstance(v, dt.date | dt.datetime) else v


def extract_jsonl(input_path: str | Path, output_path: str | Path) -> int:
    """Extract every record of a JSONL file; one incident per output line. Bad lines are
    reported on stderr with their line number and skipped."""
    n = 0
    with Path(input_path).open(encoding="utf-8") as src, \
            Path(output_path).open("w", encoding="utf-8") as dst:
        for lineno, line in enumerate(src, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                if not isinstance(rec, dict):
                    raise ValueError("not a JSON object")
                text = rec.get("text")
                if not isinstance(text, str) or not text.strip():
                    raise ValueError("missing text")
                home = rec.get("source_country")
                if home is not None and (not isinstance(home, str) or iso3_code(home) is None):
                    # a bad hint is dropped, not the record
                    print(f"{input_path}:{lineno}: source_country {home!r} is no ISO country "
                          "code; ignored", file=sys.stderr)
                    home = None
                mentions = extract_incidents(text, rec.get("published_at") or dt.date.today(),
                                             title=rec.get("title"),
                                             article_id=str(rec.get("id", "")),
                                             source_country=home)
            except Exception as exc:  # one bad record never stops the run
                print(f"{input_path}:{lineno}: skipped: {exc}", file=sys.stderr)
                continue
            for m in mentions:
                row = {"id": rec.get("id"), **{k: _iso(v) for k, v in m.items()}}
                dst.write(json.dumps(row, ensure_ascii=False) + "\n")
                n += 1
    return n


# ---------------------------------------------------------------- comparison helpers

_NAME_NOISE = re.compile(
    r"\((?:suspected|claimed|alleged)\)|\b(?:the|al|el|province|district|governorate|state|"
    r"region|city|town|village|department|county|municipality|prefecture|division|"
    r"area|oblast|capital|township|cercle|tehsil|local government area|local government|lga|"
    r"regency|agency|governorate)\b")


def norm_name(s: str | None) -> str:
    if not s:
        return ""
    t = unidecode(s).lower().replace("'", "").replace("’", "")
    t = re.sub(r"[^a-z0-9()]+", " ", t)
    t = _NAME_NOISE.sub(" ", t)
    return re.sub(r"[^a-z0-9]+", " ", t).strip()


def _skeleton(s: str) -> str:
    return re.sub(r"[aeiouyhw\s]", "", s)


def same_name(gold: str | None, got: str | None) -> bool:
    """Case/accent-insensitive, ignoring "al-"/"the"/"(suspected)", tolerant of spellings."""
    a, b = norm_name(gold), norm_name(got)
    if not a or not b:
        return a == b
    if a == b or fuzz.ratio(a, b) >= 85 or fuzz.token_set_ratio(a, b) >= 95:
        return True
    sa, sb = _skeleton(a), _skeleton(b)
    return len(sa) >= 3 and sa == sb


_ACTOR_NOISE = re.compile(r"\(?\b(?:suspected|claimed|alleged)\b\)?|\(?but\s+challenged\)?|"
                          r"(?<=[a-z])(?:suspected|claimed)", re.IGNORECASE)


_FORCES = re.compile(r"\b(?:armed\s+forces|air\s+force|navy|national\s+defen[cs]e\s+forces?|"
                     r"military|army|troops|forces|warplanes|aviation|fighter\s+jets|jets|aircraft|"
                     r"soldiers|junta|regime)\b(?:\s*\([A-Z]{2,6}\))?", re.IGNORECASE)


_STATE_FORCES = re.compile(r"^(?:the\s+)?(?P<x>.+?)\s+(?:government\s+|security\s+)?forces$",
                           re.IGNORECASE)


def _state_of(name: str) -> str | None:
    """"Burmese forces", "Myanmar forces", "Military Forces of Myanmar" -> "MM"."""
    m = _STATE_FORCES.match(name.strip())
    return state_country(m.group("x")) if m is not None else None


def same_actor(gold: str | None, got: str | None) -> bool:
    if not gold or not got:
        return not gold and not got
    gold, got = canonical(gold) or gold, canonical(got) or got  # "Military Forces of X"
    gold = _FORCES.sub("forces", _ACTOR_NOISE.sub(" ", gold)).strip()
    got = _FORCES.sub("forces", _ACTOR_NOISE.sub(" ", got)).strip()
    sg, se = _state_of(gold), _state_of(got)
    if sg is not None and se is not None:
        return sg == se  # two states' forces: "Nigerian" and "Nigerien" differ by one letter
    return same_name(canonical(gold), canonical(got)) or same_name(gold, got)


def _date(v: Any) -> tuple[dt.date, str] | None:
    if v is None:
        return None
    if isinstance(v, dt.datetime):
        return v.date(), "day"
    if isinstance(v, dt.date):
        return v, "day"
    s = str(v)
    if re.fullmatch(r"\d{4}-\d{2}", s):
        return dt.date.fromisoformat(s + "-01"), "month"
    if re.fullmatch(r"\d{4}", s):
        return dt.date(int(s), 1, 1), "year"
    return dt.date.fromisoformat(s[:10]), "day"


def date_ok(gold: dict, got: dict) -> bool:
    g, e = _date(gold.get("event_date")), _date(got.get("event_date"))
    if g is None or e is None:
        return False
    tol = int(gold.get("date_tolerance_days") or 0)
    prec = gold.get("date_precision") or g[1]
    if prec == "month" or g[1] == "month":
        return (e[0].year, e[0].month) == (g[0].year, g[0].month)
    if prec == "year" or g[1] == "year":
        return e[0].year == g[0].year
    return abs((e[0] - g[0]).days) <= tol


def type_ok(gold: dict, got: dict) -> bool:
    gs, es = gold.get("sub_event_type"), got.get("sub_event_type")
    if not gs or not es or gs == es:
        return True
    if gs in _GENERIC_SUBS or es in _GENERIC_SUBS:
        return True
    if SUB_EVENT_PARENT.get(gs) == SUB_EVENT_PARENT.get(es):
        return True
    gw, ew = gold.get("weapon"), got.get("weapon")
    return bool(gw and ew and WEAPON_FAMILY.get(gw) == WEAPON_FAMILY.get(ew))


def _casualty_ok(gold: dict, got: dict, name: str) -> bool:
    g, e = gold.get(name), got.get(name)
    stated = (gold.get("stated") or {}).get(name, True)
    if g == 0 and not stated:
        return e in (0, None)
    return g == e


def field_ok(name: str, gold: dict, got: dict) -> bool:
    g, e = gold.get(name), got.get(name)
    if name == "event_date":
        return date_ok(gold, got)
    if name == "weapon":
        return WEAPON_FAMILY.get(g, g) == WEAPON_FAMILY.get(e, e)
    if name in ("fatalities", "injured"):
        return _casualty_ok(gold, got, name)
    if name in ("location", "admin1"):
        return same_name(g, e)
    if name == "perpetrator":
        if g and e and _RULERS_FORCES.fullmatch(g.strip()):
            # "the junta" of the incident's country is that country's forces
            iso2 = alpha2(gold.get("country_code") or "")
            return iso2 is not None and _state_of(_FORCES.sub("forces", e).strip()) == iso2
        return same_actor(g, e)
    return g == e


_RULERS_FORCES = re.compile(r"(?:the\s+)?" + RULERS
                            + r"(?:\s+(?:forces|troops|soldiers|army|military|aircraft|jets?|"
                            r"drones?|artillery))?", re.IGNORECASE)


def _field_applies(name: str, gold: dict) -> bool:
    if name not in gold:
        return False
    if name in ("sub_event_type", "weapon"):
        return gold[name] is not None
    return True


# ---------------------------------------------------------------- scoring


def _pair_score(gold: dict, got: dict) -> float:
    return sum(field_ok(f, gold, got) for f in FIELDS if _field_applies(f, gold))


def _match(golds: list[dict], gots: list[dict]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching on (same country, date within tolerance, compatible type)."""
    cands = []
    for i, g in enumerate(golds):
        for j, e in enumerate(gots):
            if (g.get("mention_type", "current") == "background") != (
                    e.get("mention_type", "current") == "background") and g.get(
                    "mention_type", "current") == "current":
                # a current gold can still be matched by a background extraction (to flag it)
                pass
            if g.get("country_code") != e.get("country_code"):
                continue
            if not date_ok(g, e) or not type_ok(g, e):
                continue
            same_kind = (g.get("mention_type", "current") == e.get("mention_type", "current"))
            cands.append((not same_kind, -_pair_score(g, e), i, j))
    cands.sort()
    used_g, used_e, pairs = set(), set(), []
    for _k, _s, i, j in cands:
        if i in used_g or j in used_e:
            continue
        used_g.add(i)
        used_e.add(j)
        pairs.append((i, j))
    return pairs


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None


def score(gold_docs: Iterable[dict], extracted_docs: Iterable[dict]) -> dict:
    """Score extracted incidents against gold, document by document.

    Each doc is ``{"id", "published_at", "incidents": [...]}``; a gold doc may set
    ``"exhaustive": false`` when its gold lists only some incidents, in which case unmatched
    extractions there do not count against precision.
    """
    extracted = {str(d["id"]): d for d in extracted_docs}
    tp = fn = fp = fp_background = tp_exhaustive = 0
    n_docs = docs_with = 0
    exhaustive_docs = 0
    bg_gold = bg_flagged = 0
    fields = {f: [0, 0] for f in FIELDS}
    fields["perpetrator_known"] = [0, 0]
    stated = {f: [0, 0] for f in STATED_FIELDS}
    for gdoc in gold_docs:
        n_docs += 1
        edoc = extracted.get(str(gdoc["id"]), {"incidents": []})
        golds = list(gdoc.get("incidents") or [])
        gots = list(edoc.get("incidents") or [])
        if gots:
            docs_with += 1
        exhaustive = gdoc.get("exhaustive", True)
        exhaustive_docs += bool(exhaustive)
        pairs = _match(golds, gots)
        matched_g = {i for i, _ in pairs}
        matched_e = {j for _, j in pairs}
        for i, j in pairs:
            g, e = golds[i], gots[j]
            g_cur = g.get("mention_type", "current") == "current"
            e_cur = e.get("mention_type", "current") == "current"
            if g_cur and e_cur:
                tp += 1
                tp_exhaustive += bool(exhaustive)
                for f in FIELDS:
                    if _field_applies(f, g):
                        fields[f][1] += 1
                        fields[f][0] += field_ok(f, g, e)
                if g.get("perpetrator"):
                    fields["perpetrator_known"][1] += 1
                    fields["perpetrator_known"][0] += field_ok("perpetrator", g, e)
                st = g.get("stated") or {}
                for f in STATED_FIELDS:
                    if st.get(f):
                        stated[f][1] += 1
                        stated[f][0] += field_ok(f, g, e)
            elif g_cur and not e_cur:
                fn += 1
            elif not g_cur and e_cur:
                fp += 1
                fp_background += 1
            if not g_cur:
                bg_gold += 1
                bg_flagged += not e_cur
        for i, g in enumerate(golds):
            if i in matched_g:
                continue
            if g.get("mention_type", "current") == "current":
                fn += 1
            else:
                bg_gold += 1
        if exhaustive:
            fp += sum(1 for j, e in enumerate(gots) if j not in matched_e
                      and e.get("mention_type", "current") == "current")
    precision = _ratio(tp_exhaustive, tp_exhaustive + fp)
    recall = _ratio(tp, tp + fn)
    f1 = (round(2 * precision * recall / (precision + recall), 4)
          if precision and recall else None)
    return {
        "documents": n_docs,
        "documents_with_extraction": docs_with,
        "exhaustive_documents": exhaustive_docs,
        "incidents": {
            "true_positives": tp, "false_positives": fp, "false_negatives": fn,
            "background_as_current": fp_background,
            "precision": precision, "recall": recall, "f1": f1,
        },
        "background": {"gold": bg_gold, "flagged": bg_flagged},
        "fields": {f: {"correct": c, "n": n, "accuracy": _ratio(c, n)}
                   for f, (c, n) in fields.items()},
        "fields_stated": {f: {"correct": c, "n": n, "accuracy": _ratio(c, n)}
                          for f, (c, n) in stated.items()},
    }


# ---------------------------------------------------------------- gold sets on disk


def _perpetrator_stated(gold: str, text: str) -> bool:
    """Whether the text names the gold perpetrator (any alias), so extraction could find it."""
    name = _ACTOR_NOISE.sub(" ", gold).strip()
    if not name:
        return False
    want = canonical(name)
    if any(same_name(want, m.actor.canonical) for m in find_actors(text)):
        return True
    n = norm_name(name)
    return bool(n) and f" {n} " in f" {norm_name(text)} "


def _annotate_stated(doc: dict, text: str) -> None:
    for g in doc.get("incidents") or []:
        st = g.get("stated")
        if st is not None and "perpetrator" not in st and g.get("perpetrator"):
            g["stated"] = {**st, "perpetrator": _perpetrator_stated(g["perpetrator"], text)}


def _mentions_as_doc(doc_id: str, published: Any, mentions: list[dict]) -> dict:
    return {"id": doc_id, "published_at": published,
            "incidents": [{k: _iso(v) for k, v in m.items()} for m in mentions]}


def _jsonl(path: Path) -> Iterator[tuple[int, Any]]:
    """(line number, parsed value) of each non-empty line; unparsable lines are reported on
    stderr and skipped, so one bad line never loses the rest of the file."""
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                yield lineno, json.loads(line)
            except ValueError as exc:
                print(f"{path}:{lineno}: skipped: {exc}", file=sys.stderr)


def _load_gold(path: Path) -> list[tuple[dict, str, str | None]]:
    """(gold doc, text, title) for a folder of *.gold.json or a JSONL of records."""
    out = []
    if path.is_dir():
        for gp in sorted(path.glob("*.gold.json")):
            g = json.loads(gp.read_text(encoding="utf-8"))
            text = (gp.parent / g["text_file"]).read_text(encoding="utf-8")
            doc = {"id": g.get("article_id") or gp.name.removesuffix(".gold.json"),
                   "published_at": g["published_at"], "incidents": g.get("incidents", []),
                   "exhaustive": g.get("exhaustive", True)}
            out.append((doc, text, g.get("title")))
        return out
    for lineno, r in _jsonl(path):
        try:
            doc = {"id": str(r["id"]), "published_at": r["published_at"],
                   "incidents": r.get("incidents", []),
                   # records list one incident each: extras are not false positives
                   "exhaustive": r.get("exhaustive", False)}
            out.append((doc, r["text"], r.get("title")))
        except (TypeError, KeyError) as exc:
            print(f"{path}:{lineno}: skipped: {exc!r}", file=sys.stderr)
    return out


def evaluate_path(path: str | Path, extracted_path: str | Path | None = None) -> dict:
    """Score a gold set (folder of *.gold.json, or .jsonl with gold incidents).

    Without ``extracted_path`` this extractor is run on the gold texts; with it, the incidents
    already in that JSONL (one per line with the record's ``id``, as ``incidents extract``
    writes them, or as any other extractor might) are scored instead, by the same rules."""
    items = _load_gold(Path(path))
    given = _load_extracted(Path(extracted_path)) if extracted_path is not None else None
    golds, extracted = [], []
    for doc, text, title in items:
        if given is None:
            mentions = extract_incidents(text, doc["published_at"], title=title,
                                         article_id=doc["id"])
        else:
            mentions = given.get(doc["id"], [])
        _annotate_stated(doc, text)
        golds.append(doc)
        extracted.append(_mentions_as_doc(doc["id"], doc["published_at"], mentions))
    result = score(golds, extracted)
    result["gold_path"] = str(path)
    if extracted_path is not None:
        result["extracted_path"] = str(extracted_path)
    return result


def _load_extracted(path: Path) -> dict[str, list[dict]]:
    """Record id -> its extracted incidents, from a JSONL of incidents (bad lines reported)."""
    out: dict[str, list[dict]] = {}
    for lineno, m in _jsonl(path):
        rid = m.get("id", m.get("article_id")) if isinstance(m, dict) else None
        if rid is None:
            print(f"{path}:{lineno}: skipped: not an incident with an id", file=sys.stderr)
            continue
        out.setdefault(str(rid), []).append(m)
    return out


def format_report(result: dict) -> str:
    """Plain-text table: detection scores, then per-field accuracy with n."""

    def pct(v: float | None) -> str:
        return "  n/a" if v is None else f"{v:6.3f}"

    inc = result["incidents"]
    lines = [
        f"Gold: {result.get('gold_path', '')}",
        f"Documents: {result['documents']}  with an extracted incident: "
        f"{result['documents_with_extraction']}",
        "",
        "Incident detection (current incidents)",
        f"  precision {pct(inc['precision'])}   recall {pct(inc['recall'])}   "
        f"F1 {pct(inc['f1'])}",
        f"  TP {inc['true_positives']}  FP {inc['false_positives']}  "
        f"FN {inc['false_negatives']}  (background extracted as current: "
        f"{inc['background_as_current']}; precision counts "
        f"{result['exhaustive_documents']} exhaustive documents)",
        f"  background mentions flagged: {result['background']['flagged']}/"
        f"{result['background']['gold']}",
        "",
        f"{'field':<20}{'accuracy':>9}{'n':>7}   {'stated only':>11}{'n':>7}",
    ]
    for f, v in result["fields"].items():
        st = result["fields_stated"].get(f)
        extra = f"   {pct(st['accuracy']):>11}{st['n']:>7}" if st else ""
        lines.append(f"{f:<20}{pct(v['accuracy']):>9}{v['n']:>7}{extra}")
    return "\n".join(lines)
