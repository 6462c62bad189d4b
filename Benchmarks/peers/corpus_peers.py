#!/usr/bin/env python3
"""Inputs, peers and scores of Rasd's corpus benchmark (Benchmarks/run-corpus-benchmark).

Usage (one subcommand a process, so each build's peak RSS is its own):

    corpus_peers.py describe     --input NEWS.jsonl
    corpus_peers.py queries      --input NEWS.jsonl --out QUERIES.txt [--count 1000] [--seed 7]
    corpus_peers.py recall-words --input NEWS.jsonl --out WORDS.tsv [--count 200] [--plurals 100]
                                 [--seed 11] [--lexicon broken-plurals.tsv]
    corpus_peers.py build-tantivy --input NEWS.jsonl --index DIR [--threads 1] [--heap-mb 128]
    corpus_peers.py build-fts5   --input NEWS.jsonl --index FILE.sqlite
    corpus_peers.py search-tantivy|search-fts5   --index I --queries QUERIES.txt [--limit 10] [--passes 3]
    corpus_peers.py matches-tantivy|matches-fts5 --index I --queries WORDS.txt --out MATCHES.jsonl
    corpus_peers.py score-recall --words WORDS.tsv [--store STORE.sqlite] TOOL=MATCHES.jsonl ...
    corpus_peers.py plant        --input NEWS.jsonl --out PLANTED.jsonl [--truth TRUTH.tsv]
                                 [--originals 2000] [--copies 1000] [--seed 5]
    corpus_peers.py duplicates-datasketch --input PLANTED.jsonl --out GROUPS.jsonl
    corpus_peers.py score-duplicates --truth TRUTH.tsv --groups GROUPS.jsonl [--tool NAME]

Every subcommand that measures something prints one JSON line to stdout (or
{"tool": ..., "error": "..."} when a peer cannot be imported or fails).

Documents. A JSON Lines record's id is the id Rasd gives it (RasdAnalysis JSONLinesRecord,
rasd DocumentReader): its own non-empty "id" (a string, or an integer written in decimal),
else `<file stem>#<n>`, n counting the non-blank lines (a line of only spaces and tabs is
blank) from 1. Rasd stores a text once (content hash of the exact text), so `recall-words`
keeps only the first record of each text, as the store does.

Words. A token is a maximal run of Arabic letters (U+0620–U+064A, U+066E–U+06D3, ... as
RasdText's ScalarClass) or of ASCII letters and digits, after harakat (U+064B–U+065F, U+0670)
and tatweel are dropped; tokens of one letter are skipped. The matching level folds
أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي and Latin to lower case (RasdText's matching fold):
the inflected-recall sets and the datasketch shingles are computed at that level. "words" in
build results is the count of whitespace-separated tokens of the `text` fields (the same
count the benchmark uses for every tool).

Queries (the syntax `rasd-benchmark search` reads): one a line; words separated by spaces
are ANDed, `"w1 w2"` is a phrase. The peers get the same queries: FTS5 `"w1" "w2"` (implicit
AND) and `"w1 w2"`, ORDER BY rank LIMIT 10; tantivy `"w1" "w2"` parsed with
conjunction_by_default=True and `"w1 w2"`, default fields title and text, top 10 by score
(count=False). Each word is quoted so that no corpus token (AND, NOT, a digit run) is read
as query syntax. Latency = time.perf_counter_ns around parsing, searching and fetching the
ids of the hits, one query at a time after one untimed warm-up pass.

Builds time only the indexing (index creation, adding every document, commit, tantivy's
wait_merging_threads); reading and decoding the input is excluded. tantivy 1 / 2 threads =
IndexWriter(heap_size, num_threads); the Python thread that feeds it runs beside them.
FTS5 = Python's sqlite3, `CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, title, text)`
(the id column is stored, not indexed; default unicode61 tokenizer), one transaction.

datasketch: MinHash(num_perm=64) over the word 4-gram shingles (matching-level words joined
by a space, UTF-8; a document of fewer than 4 words is one shingle), MinHashLSH(threshold=0.6,
num_perm=64); each document is queried then inserted; a group is a connected set of
documents that LSH reported together. Only MinHash + LSH is timed (shingling excluded), on
one core.
"""

import argparse
import bisect
import json
import os
import random
import re
import shutil
import sqlite3
import sys
import time

from peer_common import json_lines, peak_rss_mb, pin_one_core

PROG = "corpus_peers.py"

# --- text --------------------------------------------------------------------------------

_DROP = re.compile("[\u064B-\u065F\u0670\u0640]")
_TOKEN = re.compile(
    "[\u0620-\u063F\u0641-\u064A\u066E\u066F\u0671-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FF]+"
    "|[A-Za-z0-9]+")
_ARABIC_START = re.compile("[\u0620-\u06FF]")
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})

# Proclitics of the inflected-recall sets (applied to the bare word); ل + ال + w is لل + w.
CLITIC_PREFIXES = ("و", "ف", "ب", "ل", "ك", "ال", "وال", "فال", "بال", "كال", "لل",
                   "وب", "ول", "فب", "فل", "وك")


def tokens(text):
    """Surface tokens (harakat and tatweel dropped), with their one-letter tokens."""
    return _TOKEN.findall(_DROP.sub("", text))


def fold(token):
    """Matching level of a token (hamza forms, alef maqsura, ta marbuta, Latin case)."""
    return token.translate(_FOLD).lower()


def _version(package):
    try:
        from importlib.metadata import version as _v
        return _v(package)
    except Exception:
        return None


# --- documents ---------------------------------------------------------------------------

def _stem(path):
    name = path.rsplit("/", 1)[-1]
    dot = name.rfind(".")
    return name if dot <= 0 else name[:dot]


def read_documents(path):
    """[(id, title, text)] with the ids Rasd gives (see the module comment)."""
    stem = _stem(path)
    out = []
    count = 0
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            raw = line.rstrip("\n")
            if not raw.strip(" \t"):
                continue
            count += 1
            try:
                obj = json.loads(raw)
            except ValueError as e:
                sys.exit(f"{PROG}: {path}:{number}: not JSON ({e})")
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                continue  # Rasd reports it and goes on
            given = obj.get("id")
            if isinstance(given, bool):
                given = None
            if isinstance(given, int):
                given = str(given)
            doc_id = given if isinstance(given, str) and given else f"{stem}#{count}"
            title = obj.get("title") if isinstance(obj.get("title"), str) else ""
            out.append((doc_id, title, obj["text"]))
    return out


def unique_documents(documents):
    """The first record of each text, as Rasd's store keeps them."""
    seen = set()
    out = []
    for doc in documents:
        if doc[2] in seen:
            continue
        seen.add(doc[2])
        out.append(doc)
    return out


def store_ids(path):
    """Document ids held by a Rasd store, or None when there is no store."""
    if not path or not os.path.isfile(path):
        return None
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {row[0] for row in con.execute("SELECT document FROM documents")}
    finally:
        con.close()


def _emit(obj):
    print(json.dumps(obj, ensure_ascii=False), flush=True)


def _r(x, digits=3):
    return round(x, digits) if isinstance(x, float) else x


def _rss_mb():
    """Resident memory of this process now, in MB (Linux; None elsewhere)."""
    try:
        with open("/proc/self/statm") as f:
            return round(int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6, 1)
    except (OSError, ValueError, IndexError):
        return None


def _cpu_seconds():
    import resource
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


# --- describe ----------------------------------------------------------------------------

def cmd_describe(args):
    docs = read_documents(args.input)
    words = sum(len(text.split()) for _, _, text in docs)
    nbytes = sum(len(text.encode("utf-8")) for _, _, text in docs)
    _emit({"documents": len(docs), "unique_texts": len(unique_documents(docs)), "words": words,
           "bytes": nbytes})
    return 0


# --- queries -----------------------------------------------------------------------------

def cmd_queries(args):
    docs = read_documents(args.input)
    rng = random.Random(args.seed)
    per_doc = [tokens(text) for _, _, text in docs]
    # Occurrences of tokens of >= 2 letters, for drawing from the corpus token distribution.
    usable = [[t for t in toks if len(t) > 1] for toks in per_doc]
    cumulative = []
    total = 0
    for toks in usable:
        total += len(toks)
        cumulative.append(total)
    if total == 0:
        sys.exit(f"{PROG}: {args.input}: no words")
    n_single = round(args.count * 0.4)
    n_phrase = round(args.count * 0.3)
    n_and = args.count - n_single - n_phrase
    queries = []
    for _ in range(n_single):
        k = rng.randrange(total)
        d = bisect.bisect_right(cumulative, k)
        before = cumulative[d - 1] if d else 0
        queries.append(usable[d][k - before])
    phrase_docs = [i for i, toks in enumerate(per_doc) if len(toks) >= 2]
    made = 0
    while made < n_phrase:
        toks = per_doc[rng.choice(phrase_docs)]
        i = rng.randrange(len(toks) - 1)
        a, b = toks[i], toks[i + 1]
        if len(a) < 2 or len(b) < 2:
            continue
        queries.append(f'"{a} {b}"')
        made += 1
    and_docs = [i for i, toks in enumerate(usable) if len(set(toks)) >= 2]
    made = 0
    while made < n_and:
        toks = usable[rng.choice(and_docs)]
        a, b = rng.sample(toks, 2)
        if a == b:
            continue
        queries.append(f"{a} {b}")
        made += 1
    rng.shuffle(queries)
    with open(args.out, "w", encoding="utf-8") as f:
        for q in queries:
            f.write(q + "\n")
    print(f"    {len(queries)} queries: {n_single} single words, {n_phrase} phrases, {n_and} two-word AND "
          f"-> {args.out}", file=sys.stderr)
    return 0


def read_queries(path):
    """[(kind, words)] from the query syntax: `"a b"` a phrase, else words ANDed."""
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            if len(line) > 1 and line.startswith('"') and line.endswith('"'):
                out.append(("phrase", line[1:-1].split()))
            else:
                out.append(("and", line.split()))
    return out


def fts5_query(kind, words):
    if kind == "phrase":
        return '"' + " ".join(words) + '"'
    return " ".join(f'"{w}"' for w in words)


def tantivy_query(kind, words):
    if kind == "phrase":
        return '"' + " ".join(words) + '"'
    return " ".join(f'"{w}"' for w in words)


# --- recall words ------------------------------------------------------------------------

def _load_plurals(path):
    pairs = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) >= 2 and cols[0].strip() and cols[1].strip():
                pairs.append((fold(cols[0].strip()), fold(cols[1].strip())))
    return pairs


def cmd_recall_words(args):
    docs = unique_documents(read_documents(args.input))
    sample_ids = store_ids(args.store)
    if sample_ids is not None:
        docs = [d for d in docs if d[0] in sample_ids]
    # Folded token -> document indices; folded token -> its surface forms' counts. Title and
    # text both count, as Rasd, tantivy and FTS5 all index both.
    postings = {}
    counts = {}
    surfaces = {}
    for i, (_, title, text) in enumerate(docs):
        seen = set()
        for t in tokens(title + "\n" + text if title else text):
            if len(t) < 2:
                continue
            key = fold(t)
            counts[key] = counts.get(key, 0) + 1
            s = surfaces.setdefault(key, {})
            s[t] = s.get(t, 0) + 1
            seen.add(key)
        for key in seen:
            postings.setdefault(key, []).append(i)
    empty = ()

    def with_clitics(word):
        found = set(postings.get(word, empty))
        for p in CLITIC_PREFIXES:
            found.update(postings.get(p + word, empty))
        return found

    def clitic_only(word):
        found = set()
        for p in CLITIC_PREFIXES:
            found.update(postings.get(p + word, empty))
        return found - set(postings.get(word, empty))

    def surface(word):
        forms = surfaces[word]
        return max(sorted(forms), key=lambda f: forms[f])

    rng = random.Random(args.seed)
    rows = []
    candidates = sorted(w for w, c in counts.items()
                        if c >= args.min_count and len(w) >= 4 and not w.startswith("ال")
                        and _ARABIC_START.match(w))
    rng.shuffle(candidates)
    for w in candidates:
        if len(rows) >= args.count:
            break
        only = clitic_only(w)
        if only:
            rows.append(("clitic", surface(w), sorted(docs[i][0] for i in only)))
    n_clitic = len(rows)

    # Plurals: documents with the plural (bare or with a clitic) and neither the singular
    # nor a clitic form of it, so the set measures the plural alone.
    by_singular = {}
    for plural, singular in _load_plurals(args.lexicon):
        by_singular.setdefault(singular, set()).add(plural)
    singulars = sorted(s for s in by_singular if counts.get(s, 0) >= 1)
    rng.shuffle(singulars)
    for s in singulars:
        if len(rows) - n_clitic >= args.plurals:
            break
        found = set()
        for plural in sorted(by_singular[s]):
            if plural == s:
                continue
            found |= with_clitics(plural)
        only = found - with_clitics(s)
        if only:
            rows.append(("plural", surface(s), sorted(docs[i][0] for i in only)))
    with open(args.out, "w", encoding="utf-8") as f:
        for kind, word, ids in rows:
            f.write(f"{kind}\t{word}\t{','.join(ids)}\n")
    pairs = sum(len(ids) for _, _, ids in rows)
    print(f"    {n_clitic} words with clitic-only documents, {len(rows) - n_clitic} singulars with "
          f"plural-only documents, {pairs} (word, document) pairs -> {args.out}", file=sys.stderr)
    return 0


def read_recall_words(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                continue
            kind, word, ids = (line.split("\t") + ["", ""])[:3]
            rows.append((kind, word, [i for i in ids.split(",") if i]))
    return rows


def cmd_score_recall(args):
    rows = read_recall_words(args.words)
    in_store = store_ids(args.store)
    if in_store is not None:
        rows = [(k, w, [i for i in ids if i in in_store]) for k, w, ids in rows]
    for spec in args.results:
        tool, _, path = spec.partition("=")
        if not path or not os.path.isfile(path):
            _emit({"tool": tool, "error": f"no matches file {path or '(none)'}"})
            continue
        with open(path, encoding="utf-8") as f:
            lines = [l for l in f.read().splitlines() if l.strip()]
        if len(lines) != len(rows):
            _emit({"tool": tool, "error": f"{path}: {len(lines)} result lines for {len(rows)} words"})
            continue
        by_kind = {}
        for (kind, _, truth), line in zip(rows, lines):
            found = set(map(str, json.loads(line)))
            k = by_kind.setdefault(kind, {"words": 0, "pairs": 0, "found": 0, "words_all_found": 0})
            hit = sum(1 for i in truth if i in found)
            k["words"] += 1
            k["pairs"] += len(truth)
            k["found"] += hit
            k["words_all_found"] += hit == len(truth)
        total_pairs = sum(k["pairs"] for k in by_kind.values())
        total_found = sum(k["found"] for k in by_kind.values())
        for k in by_kind.values():
            k["recall"] = round(k["found"] / k["pairs"], 4) if k["pairs"] else None
        _emit({"tool": tool, "words": len(rows), "pairs": total_pairs, "found": total_found,
               "recall": round(total_found / total_pairs, 4) if total_pairs else None, "by_kind": by_kind})
    return 0


# --- tantivy -----------------------------------------------------------------------------

def _tantivy_schema(tantivy):
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("id", stored=True, tokenizer_name="raw")
    builder.add_text_field("title")
    builder.add_text_field("text")
    return builder.build()


def cmd_build_tantivy(args):
    name = f"tantivy-{args.threads}t"
    try:
        import tantivy
    except Exception as e:
        _emit({"tool": name, "error": f"import failed: {type(e).__name__}: {e}"})
        return 0
    docs = read_documents(args.input)
    words = sum(len(text.split()) for _, _, text in docs)
    shutil.rmtree(args.index, ignore_errors=True)
    os.makedirs(args.index)
    input_rss = _rss_mb()  # the interpreter and the input held as Python strings
    cpu0 = _cpu_seconds()
    t0 = time.perf_counter()
    index = tantivy.Index(_tantivy_schema(tantivy), path=args.index)
    writer = index.writer(heap_size=args.heap_mb * 1_000_000, num_threads=args.threads)
    Document = tantivy.Document
    for doc_id, title, text in docs:
        writer.add_document(Document(id=doc_id, title=title, text=text))
    writer.commit()
    writer.wait_merging_threads()
    seconds = time.perf_counter() - t0
    cpu = _cpu_seconds() - cpu0
    index.reload()
    segments = len([f for f in os.listdir(args.index) if f.endswith(".idx")])
    n = len(docs)
    _emit({"tool": name, "mode": "build", "version": _version("tantivy"), "threads": args.threads,
           "heap_mb": args.heap_mb, "documents": n, "indexed": index.searcher().num_docs, "words": words,
           "seconds": _r(seconds), "cpu_seconds": _r(cpu), "docs_per_s": _r(n / seconds, 1),
           "words_per_s": _r(words / seconds, 0), "peak_rss_mb": round(peak_rss_mb(), 1),
           "rss_before_build_mb": input_rss, "segments": segments, "index_mb": round(_tree_bytes(args.index) / 1e6, 1)})
    return 0


def _tree_bytes(path):
    if os.path.isfile(path):
        return os.path.getsize(path)
    total = 0
    for base, _, files in os.walk(path):
        for f in files:
            total += os.path.getsize(os.path.join(base, f))
    return total


def _tantivy_open(path):
    import tantivy
    index = tantivy.Index.open(path)
    index.reload()
    return tantivy, index


def _latency(tool, run, queries, passes, extra):
    for kind, words in queries:  # warm-up, untimed
        run(kind, words)
    clock = time.perf_counter_ns
    samples = []
    hits = 0
    for p in range(passes):
        for kind, words in queries:
            t0 = clock()
            ids = run(kind, words)
            samples.append(clock() - t0)
            if p == 0:
                hits += len(ids)
    samples.sort()

    def pct(q):
        # Nearest rank.
        k = max(0, min(len(samples) - 1, int(round(q * len(samples) + 0.5)) - 1))
        return samples[k] / 1e6

    total_s = sum(samples) / 1e9
    result = {"tool": tool, "mode": "search", "queries": len(queries), "passes": passes,
              "p50_ms": round(pct(0.50), 4), "p99_ms": round(pct(0.99), 4),
              "mean_ms": round(sum(samples) / len(samples) / 1e6, 4),
              "qps": round(len(samples) / total_s, 1) if total_s else None, "hits_total": hits}
    result.update(extra)
    result["peak_rss_mb"] = round(peak_rss_mb(), 1)
    _emit(result)


def cmd_search_tantivy(args):
    try:
        tantivy, index = _tantivy_open(args.index)
    except Exception as e:
        _emit({"tool": "tantivy", "error": f"{type(e).__name__}: {e}"})
        return 0
    queries = read_queries(args.queries)
    searcher = index.searcher()
    fields = ["title", "text"]
    limit = args.limit

    def run(kind, words):
        q = index.parse_query(tantivy_query(kind, words), fields, conjunction_by_default=True)
        result = searcher.search(q, limit, count=False)
        return [searcher.doc(address)["id"][0] for _, address in result.hits]

    pin_one_core()
    _latency("tantivy", run, queries, args.passes, {"version": _version("tantivy"), "limit": limit})
    return 0


def cmd_matches_tantivy(args):
    tantivy, index = _tantivy_open(args.index)
    searcher = index.searcher()
    everything = max(1, searcher.num_docs)
    with open(args.out, "w", encoding="utf-8") as out:
        for kind, words in read_queries(args.queries):
            q = index.parse_query(tantivy_query(kind, words), ["title", "text"], conjunction_by_default=True)
            result = searcher.search(q, everything, count=False)
            ids = [searcher.doc(address)["id"][0] for _, address in result.hits]
            out.write(json.dumps(ids, ensure_ascii=False) + "\n")
    return 0


# --- FTS5 --------------------------------------------------------------------------------

def cmd_build_fts5(args):
    docs = read_documents(args.input)
    words = sum(len(text.split()) for _, _, text in docs)
    for suffix in ("", "-journal", "-wal", "-shm"):
        try:
            os.remove(args.index + suffix)
        except FileNotFoundError:
            pass
    input_rss = _rss_mb()  # the interpreter and the input held as Python strings
    cpu0 = _cpu_seconds()
    t0 = time.perf_counter()
    con = sqlite3.connect(args.index)
    con.execute("CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, title, text)")
    with con:
        con.executemany("INSERT INTO docs(id, title, text) VALUES (?, ?, ?)", docs)
    con.close()
    seconds = time.perf_counter() - t0
    cpu = _cpu_seconds() - cpu0
    n = len(docs)
    _emit({"tool": "fts5", "mode": "build", "version": sqlite3.sqlite_version, "threads": 1,
           "documents": n, "words": words, "seconds": _r(seconds), "cpu_seconds": _r(cpu),
           "docs_per_s": _r(n / seconds, 1), "words_per_s": _r(words / seconds, 0),
           "peak_rss_mb": round(peak_rss_mb(), 1), "rss_before_build_mb": input_rss,
           "index_mb": round(_tree_bytes(args.index) / 1e6, 1)})
    return 0


def cmd_search_fts5(args):
    con = sqlite3.connect(f"file:{args.index}?mode=ro", uri=True)
    queries = read_queries(args.queries)
    sql = "SELECT id FROM docs WHERE docs MATCH ? ORDER BY rank LIMIT ?"
    limit = args.limit

    def run(kind, words):
        return [row[0] for row in con.execute(sql, (fts5_query(kind, words), limit))]

    pin_one_core()
    _latency("fts5", run, queries, args.passes, {"version": sqlite3.sqlite_version, "limit": limit})
    return 0


def cmd_matches_fts5(args):
    con = sqlite3.connect(f"file:{args.index}?mode=ro", uri=True)
    sql = "SELECT id FROM docs WHERE docs MATCH ?"
    with open(args.out, "w", encoding="utf-8") as out:
        for kind, words in read_queries(args.queries):
            ids = [row[0] for row in con.execute(sql, (fts5_query(kind, words),))]
            out.write(json.dumps(ids, ensure_ascii=False) + "\n")
    return 0


# --- near-duplicates ---------------------------------------------------------------------

BYLINES = ("الرياض - واس", "جدة - الحياة", "متابعات", "الدمام - سبق", "القاهرة - د ب أ",
           "دبي - رويترز", "مكة المكرمة - عكاظ", "واشنطن - أ ف ب")


def shingles(text, n=4):
    words = [fold(t) for t in tokens(text)]
    if not words:
        return []
    if len(words) < n:
        return [" ".join(words)]
    return [" ".join(words[i:i + n]) for i in range(len(words) - n + 1)]


def cmd_plant(args):
    rng = random.Random(args.seed)
    docs = [d for d in unique_documents(read_documents(args.input)) if len(d[2].split()) >= 80]
    order = list(range(len(docs)))
    rng.shuffle(order)
    # Originals: distinct articles that are not near-copies of one another in the corpus (an
    # article sharing over 20 % of its shingles with one already taken is passed over), so the
    # only near-duplicate pairs of the set are the planted ones.
    taken = []
    owner = {}
    for i in order:
        if len(taken) >= args.originals:
            break
        sh = set(shingles(docs[i][2]))
        if not sh:
            continue
        overlap = {}
        for s in sh:
            j = owner.get(s)
            if j is not None:
                overlap[j] = overlap.get(j, 0) + 1
        if overlap and max(overlap.values()) > 0.2 * len(sh):
            continue
        for s in sh:
            owner.setdefault(s, i)
        taken.append(i)
    if len(taken) < args.originals:
        print(f"    only {len(taken)} distinct articles of >= 80 words", file=sys.stderr)
    taken_set = set(taken)
    others = [i for i in order if i not in taken_set] or taken
    vocabulary = [t for i in others[:2000] for t in docs[i][2].split() if len(t) > 1]

    records = []
    originals = []
    for n, i in enumerate(taken, 1):
        rid = f"orig-{n:05d}"
        originals.append((rid, docs[i][2]))
        records.append({"id": rid, "text": docs[i][2]})
    truth = []
    for n in range(1, args.copies + 1):
        source_id, text = rng.choice(originals)
        # Edits on the words of each line (line breaks kept): a replaced word takes a word of
        # another article, a deleted one is dropped, an inserted one goes before it.
        lines = [line.split() for line in text.split("\n")]
        slots = [(a, b) for a, words in enumerate(lines) for b in range(len(words))]
        edits = round(rng.uniform(0.0, 0.15) * len(slots))
        inserted = {}
        for a, b in rng.sample(slots, edits):
            op = rng.randrange(3)
            if op == 0:
                lines[a][b] = rng.choice(vocabulary)
            elif op == 1:
                lines[a][b] = None
            else:
                inserted.setdefault((a, b), []).append(rng.choice(vocabulary))
        out_lines = []
        for a, words in enumerate(lines):
            out = []
            for b, w in enumerate(words):
                out.extend(inserted.get((a, b), ()))
                if w is not None:
                    out.append(w)
            out_lines.append(" ".join(out))
        body = "\n".join(out_lines)
        if rng.random() < 0.5:
            body = rng.choice(BYLINES) + "\n" + body
        if rng.random() < 0.5:
            other = docs[rng.choice(others)][2].split()
            size = rng.randint(8, 15)
            start = rng.randrange(max(1, len(other) - size))
            body = body + "\nاقرأ أيضا: " + " ".join(other[start:start + size])
        if body == text:
            body = rng.choice(BYLINES) + "\n" + body  # a copy is never the same text
        rid = f"copy-{n:05d}"
        records.append({"id": rid, "text": body})
        truth.append((rid, source_id, edits / len(slots) if slots else 0.0))
    rng.shuffle(records)
    with open(args.out, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    truth_path = args.truth or os.path.splitext(args.out)[0] + "-truth.tsv"
    with open(truth_path, "w", encoding="utf-8") as f:
        for copy_id, original_id, fraction in truth:
            f.write(f"{copy_id}\t{original_id}\t{fraction:.3f}\n")
    print(f"    {len(taken)} originals + {len(truth)} edited copies ({len({o for _, o, _ in truth})} originals copied) "
          f"-> {args.out}, {truth_path}", file=sys.stderr)
    return 0


def cmd_duplicates_datasketch(args):
    try:
        from datasketch import MinHash, MinHashLSH
    except Exception as e:
        _emit({"tool": "datasketch", "error": f"import failed: {type(e).__name__}: {e}"})
        return 0
    records = [(str(obj["id"]), obj["text"]) for _, obj in json_lines(args.input, PROG)]
    pin_one_core()
    t0 = time.perf_counter()
    prepared = [(rid, [s.encode("utf-8") for s in shingles(text)]) for rid, text in records]
    t_shingles = time.perf_counter() - t0

    parent = {}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    cpu0 = time.thread_time()
    t0 = time.perf_counter()
    lsh = MinHashLSH(threshold=args.threshold, num_perm=args.num_perm)
    links = []
    for rid, sh in prepared:
        if not sh:
            continue
        m = MinHash(num_perm=args.num_perm)
        m.update_batch(sh)
        for other in lsh.query(m):
            links.append((rid, other))
        lsh.insert(rid, m)
    seconds = time.perf_counter() - t0
    cpu = time.thread_time() - cpu0
    for rid, _ in records:
        parent[rid] = rid
    for a, b in links:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
    groups = {}
    for rid, _ in records:
        groups.setdefault(find(rid), []).append(rid)
    groups = [g for g in groups.values() if len(g) > 1]
    with open(args.out, "w", encoding="utf-8") as f:
        for g in groups:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    n = len(records)
    _emit({"tool": "datasketch", "mode": "duplicates", "version": _version("datasketch"),
           "num_perm": args.num_perm, "threshold": args.threshold, "documents": n,
           "seconds": _r(seconds), "cpu_seconds": _r(cpu), "docs_per_s": _r(n / seconds, 1),
           "shingling_seconds": _r(t_shingles), "groups": len(groups),
           "peak_rss_mb": round(peak_rss_mb(), 1)})
    return 0


def _pairs(group):
    group = sorted(set(group))
    return {(a, b) for k, a in enumerate(group) for b in group[k + 1:]}


def cmd_score_duplicates(args):
    families = {}
    edited = []  # (copy, original, share of words edited)
    with open(args.truth, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 2:
                families.setdefault(cols[1], {cols[1]}).add(cols[0])
                if len(cols) >= 3:
                    edited.append((cols[0], cols[1], float(cols[2])))
    truth = set()
    for members in families.values():
        truth |= _pairs(members)
    predicted = set()
    groups = 0
    if os.path.isfile(args.groups):
        with open(args.groups, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    groups += 1
                    predicted |= _pairs(map(str, json.loads(line)))
    else:
        _emit({"tool": args.tool, "error": f"no groups file {args.groups}"})
        return 0
    right = len(predicted & truth)
    # Copy-original pairs found, by the share of the copy's words edited.
    buckets = {}
    for copy_id, original_id, fraction in edited:
        name = "0-5%" if fraction < 0.05 else "5-10%" if fraction < 0.10 else "10-15%"
        b = buckets.setdefault(name, [0, 0])
        b[0] += 1
        b[1] += tuple(sorted((copy_id, original_id))) in predicted
    _emit({"tool": args.tool, "mode": "duplicates-score", "truth_pairs": len(truth), "predicted_pairs": len(predicted),
           "right_pairs": right, "groups": groups,
           "precision": round(right / len(predicted), 4) if predicted else None,
           "recall": round(right / len(truth), 4) if truth else None,
           "copy_original_recall_by_edits": {k: round(buckets[k][1] / buckets[k][0], 4)
                                             for k in ("0-5%", "5-10%", "10-15%") if k in buckets}})
    return 0


# --- main --------------------------------------------------------------------------------

def main(argv):
    parser = argparse.ArgumentParser(prog=PROG, description="Rasd corpus benchmark: inputs, peers, scores.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("describe", help="documents, unique texts, words and bytes of a JSON Lines file")
    p.add_argument("--input", required=True)
    p.set_defaults(func=cmd_describe)

    p = sub.add_parser("queries", help="draw search queries from the corpus")
    p.add_argument("--input", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--count", type=int, default=1000)
    p.add_argument("--seed", type=int, default=7)
    p.set_defaults(func=cmd_queries)

    p = sub.add_parser("recall-words", help="words and their inflected-only documents")
    p.add_argument("--input", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--count", type=int, default=200, help="words for the clitic sets")
    p.add_argument("--plurals", type=int, default=100, help="singulars for the broken-plural sets")
    p.add_argument("--min-count", type=int, default=20, help="least count of a clitic word as a bare token")
    p.add_argument("--seed", type=int, default=11)
    p.add_argument("--lexicon", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                                                     "Sources", "RasdText", "Lexicons", "broken-plurals.tsv"))
    p.add_argument("--store", help="a Rasd store: only its documents count (default: the first of each text)")
    p.set_defaults(func=cmd_recall_words)

    p = sub.add_parser("score-recall", help="recall of each tool's matches on the inflected-only documents")
    p.add_argument("--words", required=True)
    p.add_argument("--store")
    p.add_argument("results", nargs="+", metavar="TOOL=MATCHES.jsonl")
    p.set_defaults(func=cmd_score_recall)

    p = sub.add_parser("build-tantivy", help="time a tantivy index build")
    p.add_argument("--input", required=True)
    p.add_argument("--index", required=True)
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--heap-mb", type=int, default=128, help="the writer's overall heap (default 128, tantivy-py's)")
    p.set_defaults(func=cmd_build_tantivy)

    p = sub.add_parser("build-fts5", help="time an SQLite FTS5 index build")
    p.add_argument("--input", required=True)
    p.add_argument("--index", required=True)
    p.set_defaults(func=cmd_build_fts5)

    for name, func in (("search-tantivy", cmd_search_tantivy), ("search-fts5", cmd_search_fts5)):
        p = sub.add_parser(name, help="search latency, top --limit")
        p.add_argument("--index", required=True)
        p.add_argument("--queries", required=True)
        p.add_argument("--limit", type=int, default=10)
        p.add_argument("--passes", type=int, default=3)
        p.set_defaults(func=func)

    for name, func in (("matches-tantivy", cmd_matches_tantivy), ("matches-fts5", cmd_matches_fts5)):
        p = sub.add_parser(name, help="all matching document ids of each query, a JSON array a line")
        p.add_argument("--index", required=True)
        p.add_argument("--queries", required=True)
        p.add_argument("--out", required=True)
        p.set_defaults(func=func)

    p = sub.add_parser("plant", help="a near-duplicate set with planted edited copies")
    p.add_argument("--input", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--truth")
    p.add_argument("--originals", type=int, default=2000)
    p.add_argument("--copies", type=int, default=1000)
    p.add_argument("--seed", type=int, default=5)
    p.set_defaults(func=cmd_plant)

    p = sub.add_parser("duplicates-datasketch", help="time datasketch MinHash + LSH and write its groups")
    p.add_argument("--input", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--num-perm", type=int, default=64)
    p.add_argument("--threshold", type=float, default=0.6)
    p.set_defaults(func=cmd_duplicates_datasketch)

    p = sub.add_parser("score-duplicates", help="pair precision and recall of predicted groups")
    p.add_argument("--truth", required=True)
    p.add_argument("--groups", required=True)
    p.add_argument("--tool", default="?")
    p.set_defaults(func=cmd_score_duplicates)

    args = parser.parse_args(argv[1:])
    inputs = ["input", "queries", "words"] + (["truth"] if args.command == "score-duplicates" else [])
    if args.command.startswith(("search-", "matches-")):
        inputs.append("index")
    for attr in inputs:
        value = getattr(args, attr, None)
        if value and not os.path.exists(value):
            sys.exit(f"{PROG}: no such file: {value}")
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
