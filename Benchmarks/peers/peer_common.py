"""What the benchmark peers share: peak memory, pinning to one core, and reading JSON Lines."""
import json
import os
import resource
import sys


def peak_rss_mb():
    """Peak resident memory of this process in MB (Linux reports KiB, macOS bytes)."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    if sys.platform == "darwin":
        return rss / 1e6
    return rss * 1024 / 1e6


def pin_one_core():
    """Keep the process on one core, as Rasd's benchmark runs on one."""
    if hasattr(os, "sched_setaffinity"):
        try:
            cpus = sorted(os.sched_getaffinity(0))
            os.sched_setaffinity(0, {cpus[0]})
        except OSError:
            pass


def json_lines(path, tool):
    """(line number, object) for each non-blank line; a line that is not JSON ends the run,
    naming the tool, file and line."""
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                yield number, json.loads(line)
            except ValueError as e:
                sys.exit(f"{tool}: {path}:{number}: not JSON ({e})")
