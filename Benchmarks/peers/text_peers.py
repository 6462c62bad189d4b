#!/usr/bin/env python3
"""Time Python peer tools on Rasd's text-core benchmark text.

Usage:
    text_peers.py FILE                 # run every peer, one JSON line each
    text_peers.py FILE --tool NAME     # run one peer in this process

Each peer runs in its own child process (so peak RSS is per tool, not
cumulative), single-threaded, once over the whole text, processing the text
line by line as a user would. Output lines have the same shape as
`rasd-benchmark text`:

  {"tool":..., "bytes":N, "words":N, "seconds":S, "mb_per_s":X,
   "words_per_s":Y, "peak_rss_mb":Z, ...extra fields...}

or {"tool":..., "error":"..."} when a peer cannot be imported / fails.

MB = 10^6 bytes of UTF-8 input. "seconds" covers only the peer's own calls
(normalization + tokenization), timed with time.perf_counter around each
line; reading/decoding the file, splitting it into lines and counting words
are excluded (they would only slow the peers down). "words" = tokens returned
by the peer's tokenizer that contain at least one letter or digit.
peak_rss_mb = ru_maxrss of the child process (includes the interpreter, the
peer's imports and the input text held in memory as a Python str).
"""

import json
import os
import subprocess
import sys
import time

from peer_common import peak_rss_mb, pin_one_core

TOOLS = ("camel-tools", "pyarabic")


def _has_alnum(tok):
    for c in tok:
        if c.isalnum():
            return True
    return False




def _load(path):
    with open(path, "rb") as f:
        data = f.read()
    text = data.decode("utf-8")
    return len(data), text.splitlines()


def _camel_pipeline():
    from camel_tools.utils.normalize import (
        normalize_alef_ar,
        normalize_alef_maksura_ar,
        normalize_teh_marbuta_ar,
    )
    from camel_tools.utils.dediac import dediac_ar
    from camel_tools.tokenizers.word import simple_word_tokenize
    import camel_tools

    def normalize(line):
        line = dediac_ar(line)
        line = normalize_alef_ar(line)
        line = normalize_alef_maksura_ar(line)
        return normalize_teh_marbuta_ar(line)

    stages = ["dediac_ar", "normalize_alef_ar", "normalize_alef_maksura_ar",
              "normalize_teh_marbuta_ar", "simple_word_tokenize"]
    version = getattr(camel_tools, "__version__", None)
    return normalize, simple_word_tokenize, stages, version


def _pyarabic_pipeline():
    import pyarabic.araby as araby
    try:
        from importlib.metadata import version as _v
        version = _v("pyarabic")
    except Exception:
        version = None

    strip_tashkeel = araby.strip_tashkeel
    strip_tatweel = araby.strip_tatweel
    normalize_hamza = araby.normalize_hamza
    normalize_ligature = araby.normalize_ligature

    def normalize(line):
        line = strip_tashkeel(line)
        line = strip_tatweel(line)
        line = normalize_hamza(line)
        return normalize_ligature(line)

    stages = ["strip_tashkeel", "strip_tatweel", "normalize_hamza",
              "normalize_ligature", "tokenize"]
    return normalize, araby.tokenize, stages, version


PIPELINES = {"camel-tools": _camel_pipeline, "pyarabic": _pyarabic_pipeline}


def run_tool(tool, path):
    try:
        normalize, tokenize, stages, version = PIPELINES[tool]()
    except Exception as e:  # ImportError, missing dependency, ...
        return {"tool": tool, "error": f"import failed: {type(e).__name__}: {e}"}

    nbytes, lines = _load(path)
    pin_one_core()
    clock = time.perf_counter
    cpu = time.thread_time  # CPU time of this thread: immune to other load on the machine
    t_norm = 0.0
    t_tok = 0.0
    t_cpu = 0.0
    words = 0
    tokens_total = 0
    for line in lines:
        c0 = cpu()
        t0 = clock()
        norm = normalize(line)
        t1 = clock()
        toks = tokenize(norm)
        t2 = clock()
        t_cpu += cpu() - c0
        t_norm += t1 - t0
        t_tok += t2 - t1
        tokens_total += len(toks)
        for tok in toks:
            if _has_alnum(tok):
                words += 1
    seconds = t_norm + t_tok
    return {
        "tool": tool,
        "bytes": nbytes,
        "words": words,
        "seconds": round(seconds, 4),
        "mb_per_s": round(nbytes / 1e6 / seconds, 3) if seconds else None,
        "words_per_s": round(words / seconds, 1) if seconds else None,
        "cpu_seconds": round(t_cpu, 4),
        "cpu_mb_per_s": round(nbytes / 1e6 / t_cpu, 3) if t_cpu else None,
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "version": version,
        "stages": stages,
        "seconds_normalize": round(t_norm, 4),
        "seconds_tokenize": round(t_tok, 4),
        "tokens": tokens_total,
        "lines": len(lines),
        "unit": "line",
    }


def main(argv):
    args = argv[1:]
    tool = None
    if "--tool" in args:
        i = args.index("--tool")
        if i + 1 >= len(args):
            sys.exit("text_peers.py: --tool needs a name")
        tool = args[i + 1]
        del args[i:i + 2]
    if len(args) != 1:
        sys.exit(f"usage: {os.path.basename(argv[0])} FILE [--tool {'|'.join(TOOLS)}]")
    path = args[0]
    if not os.path.isfile(path):
        sys.exit(f"text_peers.py: no such file: {path}")

    if tool is not None:
        if tool not in PIPELINES:
            print(json.dumps({"tool": tool, "error": "unknown tool"}, ensure_ascii=False))
            return 0
        try:
            result = run_tool(tool, path)
        except Exception as e:
            result = {"tool": tool, "error": f"{type(e).__name__}: {e}"}
        print(json.dumps(result, ensure_ascii=False), flush=True)
        return 0

    # Parent: one child process per peer so each peak RSS is its own.
    env = dict(os.environ)
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        env[var] = "1"
    for name in TOOLS:
        proc = subprocess.run(
            [sys.executable, os.path.abspath(__file__), path, "--tool", name],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        line = next((l for l in reversed(proc.stdout.splitlines()) if l.startswith("{")), None)
        if proc.returncode != 0 or line is None:
            err = (proc.stderr.strip().splitlines() or [f"exit status {proc.returncode}"])[-1]
            line = json.dumps({"tool": name, "error": err}, ensure_ascii=False)
        print(line, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
