#!/usr/bin/env python3
"""Time dateparser's date search on the documents of Rasd's date benchmark.

Usage:
    dateparser_peer.py FILE.jsonl [--passes N] [--dump FILE]

FILE.jsonl has one document a line, {"id", "text", "published"} (published: an ISO
date or date-time, or null / absent), the same input as `rasd-benchmark time`.
For every document this runs

    dateparser.search.search_dates(text, languages=['ar'],
                                   settings={'RELATIVE_BASE': published})

(RELATIVE_BASE only when the document has a published date; otherwise dateparser
resolves relative expressions against the current time). It makes --passes passes
(default 3) over all the documents, single-threaded and pinned to one core, and
reports the median pass, as one JSON line in the shape of `rasd-benchmark time`:

  {"tool": "dateparser", "documents": N, "bytes": N, "dates": N, "seconds": S,
   "documents_per_s": X, "mb_per_s": Y, "cpu_documents_per_s": ..., ...}

or {"tool": "dateparser", "error": "..."} when dateparser cannot be imported.

MB = 10^6 UTF-8 bytes of the documents' texts. "seconds" covers only the
search_dates calls (time.perf_counter around each); reading the file and building
the settings are excluded. One search_dates call on a short Arabic text is made
before timing, so the first pass does not pay for dateparser's lazy loading of its
language data. "dates" counts the (substring, datetime) pairs of the first pass.

--dump FILE writes, per document, one JSON line
    {"id": ..., "dates": [{"start", "end", "text", "value"}, ...]}
where value is the datetime in ISO form (`2023-10-19T00:00:00`) and start/end are
code point offsets (Python str indices = Unicode scalars, as Rasd's offsets) of the
substring in the text, found by searching forward from the previous match's end
(and from the start of the text if that fails); null when the substring does not
occur in the text at all. The dump is taken from the first pass.
"""

import json
import os
import sys
import time

from peer_common import json_lines, peak_rss_mb, pin_one_core
from datetime import datetime




def _published(value):
    """ISO date or date-time -> naive datetime (a zone is dropped, as Rasd drops it), or None."""
    if not value:
        return None
    value = str(value).strip()
    if value.endswith("Z"):
        value = value[:-1]
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        try:
            parsed = datetime.strptime(value[:10], "%Y-%m-%d")
        except ValueError:
            return None
    return parsed.replace(tzinfo=None)


def _load(path):
    documents = []
    for number, obj in json_lines(path, "dateparser_peer.py"):
        try:
            documents.append((str(obj["id"]), obj["text"], _published(obj.get("published"))))
        except (KeyError, TypeError) as e:
            sys.exit(f"dateparser_peer.py: {path}:{number}: bad document ({e})")
    return documents


def _locate(text, found):
    """(substring, datetime) pairs -> dicts with code point start/end, searched forward."""
    out = []
    position = 0
    for substring, value in found:
        start = text.find(substring, position)
        if start < 0:
            start = text.find(substring)
        if start < 0:
            out.append({"start": None, "end": None, "text": substring, "value": value.isoformat()})
            continue
        end = start + len(substring)
        position = end
        out.append({"start": start, "end": end, "text": substring, "value": value.isoformat()})
    return out


def main(argv):
    args = argv[1:]
    passes = 3
    dump = None
    rest = []
    i = 0
    while i < len(args):
        if args[i] == "--passes" and i + 1 < len(args):
            try:
                passes = int(args[i + 1])
            except ValueError:
                passes = 0
            if passes < 1:
                sys.exit("dateparser_peer.py: --passes needs a positive integer")
            i += 2
        elif args[i] == "--dump" and i + 1 < len(args):
            dump = args[i + 1]
            i += 2
        else:
            rest.append(args[i])
            i += 1
    if len(rest) != 1:
        sys.exit(f"usage: {os.path.basename(argv[0])} FILE.jsonl [--passes N] [--dump FILE]")
    path = rest[0]
    if not os.path.isfile(path):
        sys.exit(f"dateparser_peer.py: no such file: {path}")

    try:
        import dateparser
        from dateparser.search import search_dates
    except Exception as e:
        print(json.dumps({"tool": "dateparser", "error": f"import failed: {type(e).__name__}: {e}"}))
        return 0
    def _version(package):
        try:
            from importlib.metadata import version as _v
            return _v(package)
        except Exception:
            return None

    version = _version("dateparser") or getattr(dateparser, "__version__", None)

    documents = _load(path)
    if not documents:
        sys.exit(f"dateparser_peer.py: {path}: no documents")
    nbytes = sum(len(text.encode("utf-8")) for _, text, _ in documents)
    settings = [({"RELATIVE_BASE": published} if published else {}) for _, _, published in documents]

    pin_one_core()
    search_dates("التقى الوزير اليوم الخميس 19 أكتوبر 2023", languages=["ar"])  # warm-up

    clock = time.perf_counter
    cpu = time.thread_time
    pass_seconds = []
    pass_cpu = []
    first = []
    for p in range(passes):
        seconds = 0.0
        cpu_seconds = 0.0
        for (doc_id, text, _), s in zip(documents, settings):
            c0 = cpu()
            t0 = clock()
            found = search_dates(text, languages=["ar"], settings=s)
            seconds += clock() - t0
            cpu_seconds += cpu() - c0
            if p == 0:
                first.append((doc_id, text, found or []))
        pass_seconds.append(seconds)
        pass_cpu.append(cpu_seconds)

    if dump:
        with open(dump, "w", encoding="utf-8") as f:
            for doc_id, text, found in first:
                f.write(json.dumps({"id": doc_id, "dates": _locate(text, found)}, ensure_ascii=False) + "\n")

    n = len(documents)
    # The median pass, picked as rasd-benchmark picks it (the upper one of an even count).
    seconds = sorted(pass_seconds)[len(pass_seconds) // 2]
    cpu_seconds = sorted(pass_cpu)[len(pass_cpu) // 2]
    r3 = lambda x: round(x, 3)
    result = {
        "tool": "dateparser",
        "mode": "time",
        "version": version,
        "regex_version": _version("regex"),
        "python": sys.version.split()[0],
        "bytes": nbytes,
        "documents": n,
        "dates": sum(len(found) for _, _, found in first),
        "seconds": r3(seconds),
        "passes": passes,
        "cpu_seconds": r3(cpu_seconds),
        "documents_per_s": r3(n / seconds) if seconds else None,
        "cpu_documents_per_s": r3(n / cpu_seconds) if cpu_seconds else None,
        "mb_per_s": r3(nbytes / 1e6 / seconds) if seconds else None,
        "cpu_mb_per_s": r3(nbytes / 1e6 / cpu_seconds) if cpu_seconds else None,
        "slowest_pass_documents_per_s": r3(n / max(pass_seconds)) if max(pass_seconds) else None,
        "fastest_pass_documents_per_s": r3(n / min(pass_seconds)) if min(pass_seconds) else None,
        "peak_rss_mb": round(peak_rss_mb(), 1),
    }
    print(json.dumps(result, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
