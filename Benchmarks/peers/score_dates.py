#!/usr/bin/env python3
"""Score date dumps of Rasd and dateparser against a gold TSV (standard library only).

Usage:
    score_dates.py --gold GOLD.tsv [--rasd DUMP.jsonl] [--dateparser DUMP.jsonl] [--details]

GOLD.tsv (Tests/RasdAnalysisTests/Gold/seed-dates.tsv): tab-separated columns
    document start end value end_value grain relative
lines starting with '#' are comments, a first row naming the columns is skipped,
'-' stands for null. start/end are code point offsets, end exclusive. document is
matched against the dumps' ids (a directory part or a '.txt' ending is ignored on
both sides: 'seed-000', 'seeds/seed-000.txt' and 'seed-000.txt' are the same).

Dumps: one JSON line per document, {"id", "dates": [{"start", "end", "value", ...}]}:
`rasd-benchmark time --dump` (value: Rasd's ISO value at its grain, or null) and
`dateparser_peer.py --dump` (value: an ISO datetime; start/end null when the
substring could not be located).

For every gold date and tool:
  found  a dump date of that document whose span overlaps the gold span
         (start < gold end and gold start < end);
  right  found, and one of the overlapping dates has the gold value:
         rasd: its value string equals the gold value;
         dateparser: its datetime cut to the gold grain equals the gold value
         (year YYYY, month YYYY-MM, week YYYY-Www (ISO week), day YYYY-MM-DD,
         hour YYYY-MM-DDTHH, minute YYYY-MM-DDTHH:MM, quarter YYYY-Qn, half YYYY-Hn);
         a gold date whose value is null is right whenever it is found.
end_value (intervals) is not compared. Also counted: the tool's dates in the gold
documents, and those ("unmatched") that overlap no gold date.

Prints one JSON line per tool given:
  {"tool", "gold": N, "found": N, "right": N, "gold_valued": N, "right_valued": N,
   "dates": N, "unmatched": N, "documents": [...]}
(gold_valued / right_valued: the same over the gold dates whose value is not null.)
--details also prints, to stderr, every gold date with what each tool had there.
"""

import json
import os
import sys
from datetime import datetime

from peer_common import json_lines


def _doc_key(name):
    name = os.path.basename(str(name))
    return name[:-4] if name.endswith(".txt") else name


def _null(field):
    field = field.strip()
    return None if field in ("-", "") else field


def load_gold(path):
    gold = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\r\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cols = line.split("\t")
            if cols[0].strip() == "document":
                continue  # column names
            if len(cols) < 7:
                sys.exit(f"score_dates.py: {path}:{number}: expected 7 tab-separated columns, got {len(cols)}")
            try:
                start, end = int(cols[1]), int(cols[2])
            except ValueError:
                sys.exit(f"score_dates.py: {path}:{number}: start/end are not integers")
            gold.append({
                "document": _doc_key(cols[0].strip()),
                "start": start,
                "end": end,
                "value": _null(cols[3]),
                "end_value": _null(cols[4]),
                "grain": _null(cols[5]),
                "relative": _null(cols[6]),
                "line": number,
            })
    return gold


def load_dump(path):
    docs = {}
    for _, obj in json_lines(path, "score_dates.py"):
        docs[_doc_key(obj["id"])] = obj.get("dates") or []
    return docs


def _parse_datetime(value):
    value = str(value)
    if value.endswith("Z"):
        value = value[:-1]
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def cut_to_grain(value, grain):
    """An ISO datetime (dateparser's) written at a gold grain, or None."""
    dt = _parse_datetime(value)
    if dt is None:
        return None
    if grain == "year":
        return f"{dt.year:04d}"
    if grain == "month":
        return f"{dt.year:04d}-{dt.month:02d}"
    if grain == "week":
        year, week, _ = dt.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if grain == "day":
        return f"{dt.year:04d}-{dt.month:02d}-{dt.day:02d}"
    if grain == "hour":
        return f"{dt.year:04d}-{dt.month:02d}-{dt.day:02d}T{dt.hour:02d}"
    if grain == "minute":
        return f"{dt.year:04d}-{dt.month:02d}-{dt.day:02d}T{dt.hour:02d}:{dt.minute:02d}"
    if grain == "quarter":
        return f"{dt.year:04d}-Q{(dt.month - 1) // 3 + 1}"
    if grain == "half":
        return f"{dt.year:04d}-H{(dt.month - 1) // 6 + 1}"
    return None


def _overlaps(date, gold):
    start, end = date.get("start"), date.get("end")
    if not isinstance(start, int) or not isinstance(end, int):
        return False
    return start < gold["end"] and gold["start"] < end


def _right(tool, date, gold):
    if gold["value"] is None:
        return True
    if tool == "dateparser":
        return cut_to_grain(date.get("value"), gold["grain"]) == gold["value"]
    return date.get("value") == gold["value"]


def score(tool, gold, dump):
    documents = sorted({g["document"] for g in gold})
    missing = [d for d in documents if d not in dump]
    found = right = right_valued = 0
    rows = []
    for g in gold:
        hits = [d for d in dump.get(g["document"], []) if _overlaps(d, g)]
        ok = bool(hits) and any(_right(tool, d, g) for d in hits)
        found += bool(hits)
        right += ok
        right_valued += ok and g["value"] is not None
        rows.append((g, hits, ok))
    dates = unmatched = 0
    for doc in documents:
        golds = [g for g in gold if g["document"] == doc]
        for d in dump.get(doc, []):
            dates += 1
            if not any(_overlaps(d, g) for g in golds):
                unmatched += 1
    result = {
        "tool": tool,
        "gold": len(gold),
        "found": found,
        "right": right,
        "gold_valued": sum(g["value"] is not None for g in gold),
        "right_valued": right_valued,
        "dates": dates,
        "unmatched": unmatched,
        "documents": documents,
    }
    if missing:
        result["missing_documents"] = missing
    return result, rows


def main(argv):
    args = argv[1:]
    opts = {"--gold": None, "--rasd": None, "--dateparser": None}
    details = False
    i = 0
    while i < len(args):
        if args[i] in opts and i + 1 < len(args):
            opts[args[i]] = args[i + 1]
            i += 2
        elif args[i] == "--details":
            details = True
            i += 1
        else:
            sys.exit(f"usage: {os.path.basename(argv[0])} --gold GOLD.tsv [--rasd DUMP] [--dateparser DUMP] [--details]")
    if not opts["--gold"] or not (opts["--rasd"] or opts["--dateparser"]):
        sys.exit(f"usage: {os.path.basename(argv[0])} --gold GOLD.tsv [--rasd DUMP] [--dateparser DUMP] [--details]")
    for name, path in opts.items():
        if path and not os.path.isfile(path):
            sys.exit(f"score_dates.py: {name}: no such file: {path}")

    gold = load_gold(opts["--gold"])
    all_rows = {}
    for tool in ("rasd", "dateparser"):
        path = opts["--" + tool]
        if not path:
            continue
        result, rows = score(tool, gold, load_dump(path))
        all_rows[tool] = rows
        print(json.dumps(result, ensure_ascii=False), flush=True)

    if details:
        for index, g in enumerate(gold):
            parts = [f"{g['document']} {g['start']}-{g['end']} {g['value'] or '-'} ({g['grain'] or '-'})"]
            for tool, rows in all_rows.items():
                _, hits, ok = rows[index]
                mark = "right" if ok else ("found" if hits else "missed")
                shown = "; ".join(f"{d.get('start')}-{d.get('end')} {d.get('value')}" for d in hits)
                parts.append(f"{tool}: {mark}" + (f" [{shown}]" if shown else ""))
            print("  ".join(parts), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
