import Foundation
import RasdAnalysis

/// `rasd-benchmark entities --input FILE.jsonl [--passes N] [--documents N] [--model FILE]`: the speed of the
/// entity stage alone (tagger features, Viterbi, gazetteer, identities and roles) on one core. The
/// stages it reads (chrome, sentences, glued words, and the token view shared with the date and
/// quantity grammars) run before the clock starts, and so does the one-time loading of the model
/// and lexicons. Prints one JSON line: words/s (words = Arabic and
/// Latin word tokens), documents/s, entities found (median of the passes), and words/s of the
/// fastest pass.
enum EntityBenchmark {
    static func run(_ arguments: [String]) {
        guard arguments.count >= 4, arguments[2] == "--input" else {
            TimeBenchmark.fail("usage: rasd-benchmark entities --input FILE.jsonl [--passes N] [--documents N] [--model FILE]")
        }
        var passes = 3
        var limit = Int.max
        var tagger = NERTagger.bundled
        var index = 4
        while index + 1 < arguments.count {
            if arguments[index] == "--passes", let value = Int(arguments[index + 1]), value > 0 { passes = value }
            if arguments[index] == "--documents", let value = Int(arguments[index + 1]), value > 0 { limit = value }
            if arguments[index] == "--model" {
                guard let data = FileManager.default.contents(atPath: arguments[index + 1]),
                      let model = try? NERModel(serialized: data) else { TimeBenchmark.fail("cannot read the model \(arguments[index + 1])") }
                tagger = NERTagger(model: model)
            }
            index += 2
        }
        let documents = TimeBenchmark.readDocuments(arguments[3]).prefix(limit)
        let prepare = AnalysisPipeline(stages: [BoilerplateStage(), SentenceStage(), GluedWordStage()])
        // The token view the grammars and the tagger share is built by whichever stage runs first.
        let prepared = documents.map { input -> DocumentAnalysis in
            var analysis = prepare.run(input)
            analysis.prepareGrammarText()
            return analysis
        }
        let words = prepared.reduce(0) { $0 + $1.tokens.filter(\.isWord).count }
        let stage = EntityStage(tagger: tagger)
        guard var warm = prepared.first else { TimeBenchmark.fail("no documents") }
        stage.run(&warm)

        let clock = ContinuousClock()
        var seconds: [Double] = []
        var entities = 0
        for _ in 0..<passes {
            var found = 0
            let elapsed = clock.measure {
                for analysis in prepared {
                    var copy = analysis
                    stage.run(&copy)
                    found += copy.entities.count
                }
            }
            entities = found
            seconds.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        let median = seconds.sorted()[seconds.count / 2]
        let round3 = TextBenchmark.round3
        let result: [String: Any] = [
            "tool": "rasd", "mode": "entities", "documents": prepared.count, "words": words, "entities": entities,
            "passes": passes, "seconds": round3(median), "words_per_s": round3(Double(words) / median),
            "documents_per_s": round3(Double(prepared.count) / median),
            // The fastest pass: on a shared machine the least disturbed one.
            "words_per_s_best": round3(Double(words) / (seconds.min() ?? median)),
            "peak_rss_mb": round3(TextBenchmark.peakResidentMegabytes()),
        ]
        let json = (try? JSONSerialization.data(withJSONObject: result, options: [.sortedKeys])) ?? Data()
        FileHandle.standardOutput.write(json + Data("\n".utf8))
    }
}
