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
        let options = StageBenchmark.options(
            arguments, usage: "usage: rasd-benchmark entities --input FILE.jsonl [--passes N] [--documents N] [--model FILE]",
            extra: ["--model"])
        var tagger = NERTagger.bundled
        if let path = options.extra["--model"] {
            guard let data = FileManager.default.contents(atPath: path), let model = try? NERModel(serialized: data) else {
                TimeBenchmark.fail("cannot read the model \(path)")
            }
            tagger = NERTagger(model: model)
        }
        let documents = TimeBenchmark.readDocuments(options.input).prefix(options.limit)
        let prepare = AnalysisPipeline(stages: [BoilerplateStage(), SentenceStage(), GluedWordStage()])
        // The token view the grammars and the tagger share is built by whichever stage runs first.
        let prepared = documents.map { input -> DocumentAnalysis in
            var analysis = prepare.run(input)
            analysis.prepareGrammarText()
            return analysis
        }
        let timed = StageBenchmark.time([EntityStage(tagger: tagger)], over: prepared, passes: options.passes) { analysis in
            ["entities": analysis.entities.count]
        }
        StageBenchmark.report(mode: "entities", documents: prepared, passes: options.passes, seconds: timed.seconds, counts: timed.counts)
    }
}
