#!/usr/bin/env python3
"""Request paths for the server load test, drawn deterministically from a Rasd store.

search: single words (40 %), two-word phrases of adjacent words (30 %) and two-word AND queries
of one document (30 %), taken from stored texts with seed 7; documents: stored document ids
with seed 3. Standard library only (sqlite3)."""
import argparse
import random
import re
import sqlite3
import urllib.parse

WORD = re.compile(r"[\u0621-\u064A\u0660-\u0669\u066E-\u06D3]{2,}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--search", required=True, help="file to write /api/search paths to")
    parser.add_argument("--documents", required=True, help="file to write /api/documents paths to")
    parser.add_argument("--count", type=int, default=1000)
    args = parser.parse_args()

    db = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    rows = db.execute("SELECT document, text FROM documents ORDER BY id").fetchall()
    rng = random.Random(7)
    queries = []
    while len(queries) < args.count:
        _, text = rows[rng.randrange(len(rows))]
        words = WORD.findall(text)
        if len(words) < 4:
            continue
        kind = rng.random()
        i = rng.randrange(len(words) - 1)
        if kind < 0.4:
            queries.append(words[i])
        elif kind < 0.7:
            queries.append(f'"{words[i]} {words[i + 1]}"')
        else:
            queries.append(f"{words[i]} {words[rng.randrange(len(words))]}")
    with open(args.search, "w", encoding="utf-8") as out:
        for query in queries:
            out.write("/api/search?q=" + urllib.parse.quote(query, safe="") + "\n")

    ids = [row[0] for row in rows]
    picker = random.Random(3)
    with open(args.documents, "w", encoding="utf-8") as out:
        for _ in range(args.count):
            out.write("/api/documents/" + urllib.parse.quote(ids[picker.randrange(len(ids))], safe="") + "\n")


if __name__ == "__main__":
    main()
