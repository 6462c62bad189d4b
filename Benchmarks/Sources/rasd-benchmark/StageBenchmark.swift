import Foundation
import RasdAnalysis
import RasdText

/// What the stage benchmarks (`entities`, `reporting`) share: their options, timing passes over
/// prepared documents, and one JSON line of figures.
enum StageBenchmark {
    struct Options {
        var input: String
        var passes = 3
        var limit = Int.max
        /// Options the benchmark reads itself (`--model FILE`).
        var extra: [String: String] = [:]
    }

    /// `--input FILE [--passes N] [--documents N]` and any of `extra` (`--model`).
    static func options(_ arguments: [String], usage: String, extra names: Set<String> = []) -> Options {
        guard arguments.count >= 4, arguments[2] == "--input" else { TimeBenchmark.fail(usage) }
        var options = Options(input: arguments[3])
        var index = 4
        while index + 1 < arguments.count {
            let name = arguments[index], value = arguments[index + 1]
            if name == "--passes", let number = Int(value), number > 0 { options.passes = number }
            if name == "--documents", let number = Int(value), number > 0 { options.limit = number }
            if names.contains(name) { options.extra[name] = value }
            index += 2
        }
        return options
    }

    /// Runs `stages` over a copy of every prepared document, `passes` times, after one warm-up
    /// document; returns each pass's seconds and the last pass's counts (`count` reads a result).
    static func time(_ stages: [any Stage], over prepared: [DocumentAnalysis], passes: Int,
                     count: (DocumentAnalysis) -> [String: Int]) -> (seconds: [Double], counts: [String: Int]) {
        guard var warm = prepared.first else { TimeBenchmark.fail("no documents") }
        for stage in stages { stage.run(&warm) }
        let clock = ContinuousClock()
        var seconds: [Double] = []
        var counts: [String: Int] = [:]
        for _ in 0..<passes {
            var found: [String: Int] = [:]
            let elapsed = clock.measure {
                for analysis in prepared {
                    var copy = analysis
                    for stage in stages { stage.run(&copy) }
                    found.merge(count(copy), uniquingKeysWith: +)
                }
            }
            counts = found
            seconds.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        return (seconds, counts)
    }

    /// Prints the figures as one JSON line: words/s and documents/s of the median pass, words/s of
    /// the fastest (on a shared machine the least disturbed), peak memory, and the counts.
    static func report(mode: String, documents: [DocumentAnalysis], passes: Int, seconds: [Double], counts: [String: Int]) {
        let words = documents.reduce(0) { $0 + $1.tokens.filter(\.isWord).count }
        let median = seconds.sorted()[seconds.count / 2]
        let round3 = TextBenchmark.round3
        var result: [String: Any] = [
            "tool": "rasd", "mode": mode, "documents": documents.count, "words": words,
            "passes": passes, "seconds": round3(median), "words_per_s": round3(Double(words) / median),
            "documents_per_s": round3(Double(documents.count) / median),
            "words_per_s_best": round3(Double(words) / (seconds.min() ?? median)),
            "peak_rss_mb": round3(TextBenchmark.peakResidentMegabytes()),
        ]
        for (name, value) in counts { result[name] = value }
        let json = (try? JSONSerialization.data(withJSONObject: result, options: [.sortedKeys])) ?? Data()
        FileHandle.standardOutput.write(json + Data("\n".utf8))
    }
}
