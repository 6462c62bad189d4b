import Foundation
import RasdAnalysis

/// `rasd-benchmark time --input FILE.jsonl [--passes N] [--dump FILE] [--pipeline full|dates]`: the
/// whole standard pipeline (`AnalysisPipeline.standard.analyze`, so boilerplate, metadata,
/// sentences, glued words, entities, dates and quantities: every stage Rasd has), or with `--pipeline dates`
/// only what date extraction needs (normalization, tokens and `TemporalStage`: the work
/// `search_dates` does), on one core, over JSON Lines documents
/// `{"id", "text", "published"}` (`published` may be null or absent). Like the text mode it makes
/// several passes over all the documents and reports the median pass (slowest and fastest too).
/// Prints one JSON line: documents/s, MB/s (MB = 10^6 UTF-8 bytes of the documents' texts), and
/// the dates and quantities found (counted on the first pass). Reading and decoding the file is
/// not timed.
///
/// `--dump FILE` writes, for every document, one JSON line `{"id", "dates": [...],
/// "quantities": [...]}` with the analysis' own `dates` and `quantities` (their `Codable` form),
/// for `Benchmarks/peers/score_dates.py`. The dump is written after the timed passes.
enum TimeBenchmark {
    struct Record: Decodable {
        var id: String
        var text: String
        var published: String?
    }

    struct Dump: Encodable {
        var id: String
        var dates: [DateMention]
        var quantities: [QuantityMention]
    }

    static func run(_ arguments: [String]) {
        guard arguments.count >= 4, arguments[1] == "time", arguments[2] == "--input" else {
            FileHandle.standardError.write(Data(
                "usage: rasd-benchmark time --input FILE.jsonl [--passes N] [--dump FILE] [--pipeline full|dates]\n".utf8))
            exit(2)
        }
        let path = arguments[3]
        var passes = 3
        var dumpPath: String?
        var datesOnly = false
        var index = 4
        while index + 1 < arguments.count {
            if arguments[index] == "--passes", let value = Int(arguments[index + 1]), value > 0 {
                passes = value
            } else if arguments[index] == "--dump" {
                dumpPath = arguments[index + 1]
            } else if arguments[index] == "--pipeline" {
                guard ["full", "dates"].contains(arguments[index + 1]) else { fail("--pipeline takes full or dates") }
                datesOnly = arguments[index + 1] == "dates"
            }
            index += 2
        }
        let documents = readDocuments(path)
        let bytes = documents.reduce(0) { $0 + $1.text.utf8.count }
        let pipeline = datesOnly ? AnalysisPipeline(stages: [TemporalStage()]) : AnalysisPipeline.standard

        let clock = ContinuousClock()
        var dates = 0
        var quantities = 0
        var checksum = 0
        var dumps: [Dump] = []
        var passSeconds: [Double] = []
        var passCPUSeconds: [Double] = []
        for pass in 0..<passes {
            let cpuStart = TextBenchmark.threadCPUSeconds()
            let elapsed = clock.measure {
                for document in documents {
                    let analysis = pipeline.analyze(document)
                    checksum &+= analysis.dates.count &+ analysis.quantities.count &+ analysis.sentences.count
                    guard pass == 0 else { continue }
                    dates += analysis.dates.count
                    quantities += analysis.quantities.count
                    if dumpPath != nil {
                        dumps.append(Dump(id: analysis.id, dates: analysis.dates, quantities: analysis.quantities))
                    }
                }
            }
            passSeconds.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
            passCPUSeconds.append(TextBenchmark.threadCPUSeconds() - cpuStart)
        }

        if let dumpPath {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            var out = Data()
            for dump in dumps {
                guard let line = try? encoder.encode(dump) else { fail("cannot encode the analysis of \(dump.id)") }
                out.append(line)
                out.append(0x0A)
            }
            guard FileManager.default.createFile(atPath: dumpPath, contents: out) else {
                fail("cannot write \(dumpPath)")
            }
        }

        let round3 = TextBenchmark.round3
        let seconds = passSeconds.sorted()[passSeconds.count / 2]
        let cpuSeconds = passCPUSeconds.sorted()[passCPUSeconds.count / 2]
        let megabytes = Double(bytes) / 1e6
        let result: [String: Any] = [
            "tool": "rasd",
            "pipeline": datesOnly ? "dates" : "full",
            "mode": "time",
            "bytes": bytes,
            "documents": documents.count,
            "dates": dates,
            "quantities": quantities,
            "seconds": round3(seconds),
            "passes": passes,
            "cpu_seconds": round3(cpuSeconds),
            "documents_per_s": round3(Double(documents.count) / seconds),
            "cpu_documents_per_s": round3(Double(documents.count) / cpuSeconds),
            "mb_per_s": round3(megabytes / seconds),
            "cpu_mb_per_s": round3(megabytes / cpuSeconds),
            "slowest_pass_documents_per_s": round3(Double(documents.count) / (passSeconds.max() ?? seconds)),
            "fastest_pass_documents_per_s": round3(Double(documents.count) / (passSeconds.min() ?? seconds)),
            "peak_rss_mb": round3(TextBenchmark.peakResidentMegabytes()),
            "checksum": checksum,
        ]
        let json = (try? JSONSerialization.data(withJSONObject: result, options: [.sortedKeys])) ?? Data()
        FileHandle.standardOutput.write(json + Data("\n".utf8))
    }

    /// The documents of a JSON Lines file `{"id", "text", "published"}` (reading is not timed).
    static func readDocuments(_ path: String) -> [DocumentInput] {
        guard let data = FileManager.default.contents(atPath: path) else {
            fail("cannot read \(path)")
        }
        var documents: [DocumentInput] = []
        let decoder = JSONDecoder()
        var lineNumber = 0
        for line in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
            guard let record = try? decoder.decode(Record.self, from: Data(line)) else {
                fail("\(path):\(lineNumber): not a JSON object with string fields id and text")
            }
            documents.append(DocumentInput(id: record.id, text: record.text, published: record.published))
        }
        guard !documents.isEmpty else { fail("\(path): no documents") }
        return documents
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("rasd-benchmark: \(message)\n".utf8))
        exit(1)
    }
}
