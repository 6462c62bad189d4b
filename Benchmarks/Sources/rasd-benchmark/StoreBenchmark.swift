import Foundation
import RasdAnalysis
import RasdCorpus
import Synchronization

/// `store --input FILE.jsonl [--documents N] [--batch N]`: the store's writer alone, the one
/// thread of `rasd ingest` that does not scale with cores. Analyzes the documents first on all
/// cores (untimed) and prepares them with their search terms (timed apart: ingest does it on its
/// workers), then stores them into a new SQLite file in batches, as ingest's writer does, and times
/// the batches (`add`) and the search index of the rest (`index`) on one thread; docs/s counts those two.
enum StoreBenchmark {
    static func run(_ arguments: [String]) {
        let options = CorpusBenchmark.options(arguments)
        guard let input = options["--input"] else {
            TimeBenchmark.fail("usage: rasd-benchmark store --input FILE.jsonl [--documents N] [--batch N]")
        }
        let limit = Int(options["--documents"] ?? "2000") ?? 2000
        let batch = max(1, Int(options["--batch"] ?? "200") ?? 200)
        let inputs = CorpusBenchmark.lines(input).prefix(limit).enumerated().compactMap { index, line -> DocumentInput? in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let text = object["text"] as? String else { return nil }
            return DocumentInput(id: (object["id"] as? String) ?? "\(index + 1)", text: text, title: object["title"] as? String,
                                 outlet: object["outlet"] as? String, published: object["published"] as? String)
        }
        let analyzed = Mutex([AnalyzedDocument?](repeating: nil, count: inputs.count))
        DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
            let document = AnalysisPipeline.standard.analyze(inputs[index])
            analyzed.withLock { $0[index] = document }
        }
        let analyses = analyzed.withLock { $0.compactMap { $0 } }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("rasd-store-bench-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let store: SQLiteCorpusStore
        do { store = try SQLiteCorpusStore(path: path) } catch { TimeBenchmark.fail("cannot make \(path): \(error)") }
        // Prepared (JSON, content hash, MinHash, search terms) on the calling thread and timed
        // apart: ingest prepares on its analysis workers.
        let clock = ContinuousClock()
        var documents: [PreparedDocument] = []
        let preparing = clock.measure { documents = analyses.map(store.prepare) }

        var stored = 0
        let adding = clock.measure {
            for start in stride(from: 0, to: documents.count, by: batch) {
                do { stored += try store.add(prepared: Array(documents[start..<min(start + batch, documents.count)])) } catch {
                    TimeBenchmark.fail("the store refused a batch: \(error)")
                }
            }
        }
        let indexing = clock.measure { _ = try? store.indexPendingDocuments() }
        let total = CorpusBenchmark.seconds(adding) + CorpusBenchmark.seconds(indexing)
        CorpusBenchmark.printJSON([
            "mode": "store", "documents": stored, "batch": batch,
            "prepare_seconds": TextBenchmark.round3(CorpusBenchmark.seconds(preparing)),
            "add_seconds": TextBenchmark.round3(CorpusBenchmark.seconds(adding)),
            "index_seconds": TextBenchmark.round3(CorpusBenchmark.seconds(indexing)),
            "docs_per_s": TextBenchmark.round3(Double(stored) / max(total, 1e-9)),
            "ms_per_document": TextBenchmark.round3(1000 * total / Double(max(stored, 1))),
        ])
    }
}
