import Foundation
import RasdCorpus
import RasdPostgres

/// The corpus benchmark's Rasd side (`Benchmarks/run-corpus-benchmark` drives it and the peers):
///
/// - `search --db STORE --queries FILE [--limit N] [--passes N] [--snippets] [--slowest N] [--check]`:
///   latency of each query (one per line) through the store's `search` (a SQLite file, or a
///   `postgres://` URL), top N, after a warm-up pass; p50/p99/mean over every timed run, one JSON
///   line (and the N slowest queries on standard error). `--check` also runs each query counting every match (no block skipped) and
///   reports how many rankings differ from the timed ones (`check_mismatches`, 0 when exact).
/// - `matches --db STORE --queries FILE --out FILE`: every matching document id of each query, one
///   JSON array per line (for recall).
/// - `reindex --db STORE`: drops the search index and builds it again from the stored documents,
///   timed (the index build alone, as the peers' index-only builds).
/// - `duplicates --input FILE.jsonl [--out FILE]`: MinHash/LSH grouping (`NearDuplicateGrouper`)
///   of each record's `text`, timed on one core; groups of two or more ids written one per line.
enum CorpusBenchmark {
    static func options(_ arguments: [String]) -> [String: String] {
        var options: [String: String] = [:]
        var index = 2
        while index < arguments.count {
            let name = arguments[index]
            if name == "--snippets" || name == "--check" { options[name] = "1"; index += 1; continue }
            guard index + 1 < arguments.count else { TimeBenchmark.fail("\(name) needs a value") }
            options[name] = arguments[index + 1]
            index += 2
        }
        return options
    }

    static func lines(_ path: String) -> [String] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { TimeBenchmark.fail("cannot read \(path)") }
        return text.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    static func printJSON(_ object: [String: Any]) {
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        print(String(decoding: data, as: UTF8.self))
    }

    static func runSearch(_ arguments: [String]) {
        let options = options(arguments)
        guard let db = options["--db"], let queriesPath = options["--queries"] else {
            TimeBenchmark.fail("usage: rasd-benchmark search --db STORE --queries FILE [--limit N] [--passes N] [--snippets]")
        }
        // A SQLite file, or a PostgreSQL store (`postgres://…`) for the same queries there.
        let store: any CorpusStore
        do {
            store = PostgresURL.isPostgres(db) ? try PostgresCorpusStore(url: db) : try SQLiteCorpusStore(path: db)
        } catch {
            TimeBenchmark.fail("cannot open \(PostgresURL.redacted(db)): \(error)")
        }
        let queries = lines(queriesPath)
        let limit = Int(options["--limit"] ?? "10") ?? 10
        let passes = Int(options["--passes"] ?? "3") ?? 3
        let requests = queries.map { query -> SearchRequest in
            var request = SearchRequest(query: query, limit: limit)
            request.snippets = options["--snippets"] != nil
            return request
        }
        var hits = 0
        for request in requests { hits += (try? store.search(request).hits.count) ?? 0 }  // warm-up
        let clock = ContinuousClock()
        var latencies: [Double] = []
        var slowest = [Double](repeating: 0, count: requests.count)
        var failures = 0
        let total = clock.measure {
            for _ in 0..<passes {
                for (number, request) in requests.enumerated() {
                    let start = clock.now
                    do { _ = try store.search(request) } catch { failures += 1 }
                    let milliseconds = seconds(clock.now - start) * 1000
                    latencies.append(milliseconds)
                    slowest[number] = max(slowest[number], milliseconds)
                }
            }
        }
        if let shown = options["--slowest"].flatMap(Int.init) {
            // The queries whose slowest run took longest, to stderr: where to look next.
            for number in slowest.indices.sorted(by: { slowest[$0] > slowest[$1] }).prefix(shown) {
                FileHandle.standardError.write(Data(String(format: "%8.3f ms  %@\n", slowest[number], requests[number].query).utf8))
            }
        }
        var mismatches: Int?
        if options["--check"] != nil {
            mismatches = requests.filter { request in
                var counting = request
                counting.countAll = true
                let fast = (try? store.search(request).hits) ?? [], full = (try? store.search(counting).hits) ?? []
                return fast.map(\.document) != full.map(\.document) || fast.map(\.score) != full.map(\.score)
            }.count
        }
        latencies.sort()
        func percentile(_ p: Double) -> Double { latencies[min(latencies.count - 1, Int(Double(latencies.count) * p))] }
        printJSON([
            "check_mismatches": mismatches.map { $0 as Any } ?? NSNull(),
            "mode": "search", "queries": queries.count, "passes": passes, "limit": limit,
            "snippets": options["--snippets"] != nil,
            "p50_ms": TextBenchmark.round3(percentile(0.5) * 1000) / 1000,
            "p99_ms": TextBenchmark.round3(percentile(0.99) * 1000) / 1000,
            "mean_ms": TextBenchmark.round3(latencies.reduce(0, +) / Double(latencies.count) * 1000) / 1000,
            "qps": TextBenchmark.round3(Double(latencies.count) / seconds(total)),
            "hits_total": hits, "failures": failures,
            "peak_rss_mb": TextBenchmark.round3(TextBenchmark.peakResidentMegabytes()),
        ])
    }

    static func runReindex(_ arguments: [String]) {
        let options = options(arguments)
        guard let db = options["--db"] else { TimeBenchmark.fail("usage: rasd-benchmark reindex --db STORE") }
        do {
            let store = try SQLiteCorpusStore(path: db)
            var indexed = 0
            let elapsed = try seconds(ContinuousClock().measure { indexed = try store.rebuildSearchIndex() })
            printJSON(["mode": "reindex", "documents": indexed, "seconds": TextBenchmark.round3(elapsed),
                       "docs_per_s": TextBenchmark.round3(Double(indexed) / max(elapsed, 1e-9)),
                       "peak_rss_mb": TextBenchmark.round3(TextBenchmark.peakResidentMegabytes())])
        } catch {
            TimeBenchmark.fail("reindex failed: \(error)")
        }
    }

    static func runMatches(_ arguments: [String]) {
        let options = options(arguments)
        guard let db = options["--db"], let queriesPath = options["--queries"], let out = options["--out"] else {
            TimeBenchmark.fail("usage: rasd-benchmark matches --db STORE --queries FILE --out FILE")
        }
        let store: SQLiteCorpusStore
        do { store = try SQLiteCorpusStore(path: db) } catch { TimeBenchmark.fail("cannot open \(db): \(error)") }
        var output = ""
        for query in lines(queriesPath) {
            let ids = (try? store.matchingDocuments(query)) ?? []
            output += String(decoding: try! JSONSerialization.data(withJSONObject: ids), as: UTF8.self) + "\n"
        }
        do { try output.write(toFile: out, atomically: true, encoding: .utf8) } catch { TimeBenchmark.fail("cannot write \(out)") }
    }

    static func runDuplicates(_ arguments: [String]) {
        let options = options(arguments)
        guard let input = options["--input"] else {
            TimeBenchmark.fail("usage: rasd-benchmark duplicates --input FILE.jsonl [--out FILE]")
        }
        var ids: [String] = []
        var texts: [String] = []
        for line in lines(input) {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let text = object["text"] as? String else { continue }
            ids.append((object["id"] as? String) ?? "\(ids.count + 1)")
            texts.append(text)
        }
        var grouper = NearDuplicateGrouper()
        // The fold tables are built once per process, before the clock starts (as the peer's
        // imports are).
        _ = MinHash(text: "")
        let elapsed = seconds(ContinuousClock().measure { for text in texts { grouper.add(text) } })
        if let out = options["--out"] {
            var members: [Int64: [String]] = [:]
            for (index, group) in grouper.groups.enumerated() { members[group, default: []].append(ids[index]) }
            let lines = members.keys.sorted().compactMap { key -> String? in
                guard let group = members[key], group.count > 1 else { return nil }
                return String(decoding: try! JSONSerialization.data(withJSONObject: group), as: UTF8.self)
            }
            do { try (lines.joined(separator: "\n") + "\n").write(toFile: out, atomically: true, encoding: .utf8) } catch {
                TimeBenchmark.fail("cannot write \(out)")
            }
        }
        printJSON([
            "mode": "duplicates", "documents": texts.count, "seconds": TextBenchmark.round3(elapsed),
            "docs_per_s": TextBenchmark.round3(Double(texts.count) / max(elapsed, 1e-9)),
            "groups": Dictionary(grouping: grouper.groups, by: { $0 }).values.filter { $0.count > 1 }.count,
            "peak_rss_mb": TextBenchmark.round3(TextBenchmark.peakResidentMegabytes()),
        ])
    }
}
