import Foundation
import RasdAnalysis

/// `rasd-benchmark reporting --input FILE.jsonl [--passes N] [--documents N]`: the speed of the
/// attribution, event and claim stages together on one core. Every stage they read (chrome,
/// metadata, sentences, entities, dates, quantities) runs before the clock starts. Prints one JSON
/// line: words/s and documents/s (median of the passes), the fastest pass, and what was found.
enum ReportingBenchmark {
    static func run(_ arguments: [String]) {
        guard arguments.count >= 4, arguments[2] == "--input" else {
            TimeBenchmark.fail("usage: rasd-benchmark reporting --input FILE.jsonl [--passes N] [--documents N]")
        }
        var passes = 3
        var limit = Int.max
        var index = 4
        while index + 1 < arguments.count {
            if arguments[index] == "--passes", let value = Int(arguments[index + 1]), value > 0 { passes = value }
            if arguments[index] == "--documents", let value = Int(arguments[index + 1]), value > 0 { limit = value }
            index += 2
        }
        let measured: [any Stage] = [AttributionStage(), EventStage(), ClaimStage()]
        let prepare = AnalysisPipeline(stages: AnalysisPipeline.standard.stages.filter { stage in
            !measured.contains { type(of: $0) == type(of: stage) }
        })
        let prepared = TimeBenchmark.readDocuments(arguments[3]).prefix(limit).map { prepare.run($0) }
        let words = prepared.reduce(0) { $0 + $1.tokens.filter(\.isWord).count }
        guard var warm = prepared.first else { TimeBenchmark.fail("no documents") }
        for stage in measured { stage.run(&warm) }

        let clock = ContinuousClock()
        var seconds: [Double] = []
        var counts = (attributions: 0, events: 0, claims: 0)
        for _ in 0..<passes {
            var found = (attributions: 0, events: 0, claims: 0)
            let elapsed = clock.measure {
                for analysis in prepared {
                    var copy = analysis
                    for stage in measured { stage.run(&copy) }
                    found.attributions += copy.attributions.count
                    found.events += copy.events.count
                    found.claims += copy.claims.count
                }
            }
            counts = found
            seconds.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        let median = seconds.sorted()[seconds.count / 2]
        let round3 = TextBenchmark.round3
        let result: [String: Any] = [
            "tool": "rasd", "mode": "reporting", "documents": prepared.count, "words": words,
            "attributions": counts.attributions, "events": counts.events, "claims": counts.claims,
            "passes": passes, "seconds": round3(median), "words_per_s": round3(Double(words) / median),
            "documents_per_s": round3(Double(prepared.count) / median),
            "words_per_s_best": round3(Double(words) / (seconds.min() ?? median)),
            "peak_rss_mb": round3(TextBenchmark.peakResidentMegabytes()),
        ]
        let json = (try? JSONSerialization.data(withJSONObject: result, options: [.sortedKeys])) ?? Data()
        FileHandle.standardOutput.write(json + Data("\n".utf8))
    }
}
