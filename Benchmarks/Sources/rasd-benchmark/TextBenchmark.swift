import Foundation
import RasdAnalysis
import RasdText

/// `rasd-benchmark text --input FILE [--document-bytes N] [--passes N]`: the text core's throughput
/// on one core — clean and matching normalization (both made by `DocumentAnalysis`), tokenization,
/// line scanning, boilerplate and sentence splitting — over a file cut into article-sized documents
/// at line breaks. It makes several passes over the whole text and reports the median pass, so one
/// burst of noise on a shared machine does not decide the figure (the slowest and fastest passes
/// are printed too). Prints one JSON line (MB = 10^6 UTF-8 bytes).
///
/// `rasd-benchmark time …` is the date and quantity benchmark (`TimeBenchmark.swift`),
/// `rasd-benchmark entities …` the entity stage's (`EntityBenchmark.swift`), `rasd-benchmark html …`
/// the article extractor's (`HTMLBenchmark.swift`), `search`, `matches`, `reindex` and `duplicates`
/// the corpus benchmark's (`CorpusBenchmark.swift`), `store` the ingest writer's (`StoreBenchmark.swift`).
@main
struct TextBenchmark {
    static let usage = """
        usage: rasd-benchmark text --input FILE [--document-bytes N] [--passes N]
               rasd-benchmark time --input FILE.jsonl [--passes N] [--dump FILE] [--pipeline full|dates]
               rasd-benchmark entities --input FILE.jsonl [--passes N] [--documents N]
               rasd-benchmark reporting --input FILE.jsonl [--passes N] [--documents N]
               rasd-benchmark html [--input FILE.html] [--megabytes N] [--passes N]
               rasd-benchmark search --db STORE --queries FILE [--limit N] [--passes N] [--snippets] [--slowest N]
               rasd-benchmark matches --db STORE --queries FILE --out FILE
               rasd-benchmark reindex --db STORE
               rasd-benchmark duplicates --input FILE.jsonl [--out FILE]
               rasd-benchmark store --input FILE.jsonl [--documents N] [--batch N]

        """

    static func main() {
        let arguments = CommandLine.arguments
        switch arguments.count >= 2 ? arguments[1] : "" {
        case "text": runText(arguments)
        case "time": TimeBenchmark.run(arguments)
        case "entities": EntityBenchmark.run(arguments)
        case "reporting": ReportingBenchmark.run(arguments)
        case "html": HTMLBenchmark.run(arguments)
        case "search": CorpusBenchmark.runSearch(arguments)
        case "matches": CorpusBenchmark.runMatches(arguments)
        case "reindex": CorpusBenchmark.runReindex(arguments)
        case "duplicates": CorpusBenchmark.runDuplicates(arguments)
        case "store": StoreBenchmark.run(arguments)
        default:
            FileHandle.standardError.write(Data(usage.utf8))
            exit(2)
        }
    }

    static func runText(_ arguments: [String]) {
        guard arguments.count >= 4, arguments[1] == "text", arguments[2] == "--input" else {
            FileHandle.standardError.write(Data(
                "usage: rasd-benchmark text --input FILE [--document-bytes N] [--passes N]\n".utf8))
            exit(2)
        }
        let path = arguments[3]
        var documentBytes = 8_000
        var passes = 3
        var index = 4
        while index + 1 < arguments.count {
            if arguments[index] == "--document-bytes", let value = Int(arguments[index + 1]), value > 0 {
                documentBytes = value
            } else if arguments[index] == "--passes", let value = Int(arguments[index + 1]), value > 0 {
                passes = value
            }
            index += 2
        }
        guard let data = FileManager.default.contents(atPath: path), let text = String(validating: data, as: UTF8.self) else {
            FileHandle.standardError.write(Data("rasd-benchmark: cannot read \(path) as UTF-8 text\n".utf8))
            exit(1)
        }
        let documents = split(text, every: documentBytes)
        let pipeline = AnalysisPipeline(stages: [BoilerplateStage(), SentenceStage()])

        let clock = ContinuousClock()
        var words = 0
        var sentences = 0
        var checksum = 0
        var passSeconds: [Double] = []
        var passCPUSeconds: [Double] = []
        for pass in 0..<passes {
            let cpuStart = threadCPUSeconds()
            let elapsed = clock.measure {
                for (index, document) in documents.enumerated() {
                    let analysis = pipeline.run(DocumentInput(id: String(index), text: document))
                    checksum &+= analysis.matching.count &+ analysis.boilerplate.count
                    guard pass == 0 else { continue }
                    sentences += analysis.sentences.count
                    for token in analysis.tokens where token.kind != .punctuation && token.kind != .symbol {
                        words += 1
                    }
                }
            }
            passSeconds.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
            passCPUSeconds.append(threadCPUSeconds() - cpuStart)
        }
        let seconds = passSeconds.sorted()[passSeconds.count / 2]
        let cpuSeconds = passCPUSeconds.sorted()[passCPUSeconds.count / 2]
        let bytes = data.count
        let result: [String: Any] = [
            "tool": "rasd",
            "bytes": bytes,
            "documents": documents.count,
            "words": words,
            "sentences": sentences,
            "seconds": round3(seconds),
            "passes": passes,
            "cpu_seconds": round3(cpuSeconds),
            "cpu_mb_per_s": round3(Double(bytes) / 1e6 / cpuSeconds),
            "slowest_pass_mb_per_s": round3(Double(bytes) / 1e6 / (passSeconds.max() ?? seconds)),
            "fastest_pass_mb_per_s": round3(Double(bytes) / 1e6 / (passSeconds.min() ?? seconds)),
            "mb_per_s": round3(Double(bytes) / 1e6 / seconds),
            "words_per_s": Int(Double(words) / seconds),
            "peak_rss_mb": round3(peakResidentMegabytes()),
            "checksum": checksum,
        ]
        let json = (try? JSONSerialization.data(withJSONObject: result, options: [.sortedKeys])) ?? Data()
        FileHandle.standardOutput.write(json + Data("\n".utf8))
    }

    /// Cuts the text at line breaks into documents of at least `size` bytes.
    static func split(_ text: String, every size: Int) -> [String] {
        var documents: [String] = []
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            var index = 0
            while index < bytes.count {
                if bytes[index] == 0x0A && index + 1 - start >= size {
                    documents.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...index]), as: UTF8.self))
                    start = index + 1
                }
                index += 1
            }
            if start < bytes.count {
                documents.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
            }
        }
        return documents
    }

    /// CPU time of the calling thread: unlike wall time, other load on a shared machine does not
    /// count against it.
    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Peak resident set size of this process (VmHWM), in MB.
    static func peakResidentMegabytes() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kilobytes = line.split(separator: " ").compactMap { Double($0) }.first ?? 0
            return kilobytes * 1024 / 1e6
        }
        return 0
    }

    static func round3(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
}
