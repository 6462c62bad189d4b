import ArgumentParser
import Foundation
import RasdAnalysis

/// `rasd eval ner`: scores the entity tagger on a CoNLL file.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Evaluate Rasd's models on held-out data.",
        subcommands: [EvalNERCommand.self, EvalAttributionsCommand.self, EvalSpellingsCommand.self]
    )
}

struct EvalNERCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "Per-type and micro precision, recall and F1 of the entity tagger (CoNLL exact spans).",
        discussion: """
        A predicted entity counts when its first token, last token and type all match a gold one.

        Example:
          rasd eval ner --gold ../shared/data/anercorp/dev.conll
          rasd eval ner --gold ../shared/data/anercorp/dev.conll --model ner.model --errors 40
        """
    )

    @Option(help: "Gold data, CoNLL.") var gold: String
    @Option(help: "The model to score (from `rasd train ner`); the one shipped with Rasd by default.") var model: String?
    @Option(help: "Also print this many missed and false entities, with their sentence's words.") var errors: Int = 0
    @Flag(help: """
        Score the spans as the entity stage finds them: the tagger's, completed by the gazetteer (which \
        follows Rasd's conventions, `قطاع غزة` whole, not ANERcorp's).
        """)
    var withGazetteer = false

    func run() throws {
        let tagger: NERTagger
        if let model {
            guard let data = FileManager.default.contents(atPath: model) else { throw ValidationError("cannot read \(model)") }
            tagger = NERTagger(model: try NERModel(serialized: data))
        } else {
            guard let bundled = NERTagger.bundled else { throw ValidationError("the shipped model is missing: pass --model") }
            tagger = bundled
        }
        let corpus = try CoNLLCorpus(contentsOf: gold)
        // Load the lexicons the features read (once per process) before the clock starts; the
        // tagger's word sums fill as it goes, as they do in use.
        _ = tagger.tag(["قال", "الرئيس", "في", "بيان"])
        let clock = ContinuousClock()
        let start = clock.now
        let score = NERScore.evaluate(tagger, on: corpus, withGazetteer: withGazetteer)
        let elapsed = clock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print("\(gold): \(corpus.sentences.count) sentences, \(corpus.tokenCount) tokens")
        print("type      gold  found  precision  recall     F1")
        for type in ["PER", "ORG", "LOC", "MISC"] {
            let s = score.scores(type)
            print(String(format: "%-6@ %7d %6d %10.2f %7.2f %6.2f", type as NSString, score.gold[type] ?? 0,
                         score.predicted[type] ?? 0, s.precision * 100, s.recall * 100, s.f1 * 100))
        }
        let micro = score.scores()
        print(String(format: "%-6@ %7d %6d %10.2f %7.2f %6.2f", "micro" as NSString, score.gold.values.reduce(0, +),
                     score.predicted.values.reduce(0, +), micro.precision * 100, micro.recall * 100, micro.f1 * 100))
        print(String(format: "tagging: %.0f tokens/s (features and Viterbi, one core, starting with no word sums kept)", Double(corpus.tokenCount) / seconds))
        guard errors > 0 else { return }
        var shown = 0
        for sentence in corpus.sentences where shown < errors {
            let gold = NERTags.spans(sentence.tags)
            let predicted = NERTags.spans(withGazetteer ? tagger.tagWithGazetteer(sentence.tokens) : tagger.tag(sentence.tokens))
            func same(_ a: (start: Int, end: Int, type: String), _ b: (start: Int, end: Int, type: String)) -> Bool {
                a.start == b.start && a.end == b.end && a.type == b.type
            }
            for span in gold where !predicted.contains(where: { same($0, span) }) && shown < errors {
                print("missed \(span.type): \(sentence.tokens[span.start..<span.end].joined(separator: " "))")
                shown += 1
            }
            for span in predicted where !gold.contains(where: { same($0, span) }) && shown < errors {
                print("false  \(span.type): \(sentence.tokens[span.start..<span.end].joined(separator: " "))")
                shown += 1
            }
        }
    }
}
