import ArgumentParser
import Foundation
import RasdAnalysis

/// `rasd eval attributions`: scores who-said-what against hand-annotated attributions.
struct EvalAttributionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attributions",
        abstract: "Precision, recall and F1 of attributions against gold ones, and how often speaker, relays and stance are right.",
        discussion: """
        The documents are read from the inputs (text files, folders, JSON Lines) and analyzed in full; \
        only those the gold file names are scored. A found attribution matches a gold one when their \
        cues overlap; its speaker is right when it overlaps the gold speaker or names the same entity.

        Example:
          rasd eval attributions --gold Tests/RasdAnalysisTests/Gold/attributions.tsv \\
              ../shared/corpus/seeds ../shared/corpus/news/saudinewsnet.jsonl
        """
    )

    @Option(help: "Gold attributions (TSV, offsets only).") var gold: String
    @Option(help: "Also print this many missed, false and wrong-speaker attributions.") var errors: Int = 0
    @Argument(help: "Where the gold documents are: files, folders, JSON Lines.") var inputs: [String]

    func run() throws {
        guard let data = FileManager.default.contents(atPath: gold), let text = String(data: data, encoding: .utf8) else {
            throw ValidationError("cannot read \(gold)")
        }
        let expected = try GoldAttribution.parse(text)
        let wanted = Set(expected.map(\.document))
        var reader = DocumentReader(paths: InputPaths.expand(inputs), forcedFormat: nil, fallbackPublished: nil, maxDocumentBytes: 64 << 20)
        var documents: [AnalyzedDocument] = []
        while let item = reader.next() {
            guard case .document(let input) = item, wanted.contains(input.id) else { continue }
            documents.append(AnalysisPipeline.standard.analyze(input))
        }
        let missing = wanted.subtracting(documents.map(\.id))
        if !missing.isEmpty {
            throw ValidationError("the inputs lack \(missing.count) gold documents: \(missing.sorted().prefix(5).joined(separator: ", "))")
        }
        let score = AttributionScore.evaluate(expected, on: documents)
        func percent(_ value: Double) -> String { String(format: "%6.2f", value * 100) }
        func share(_ right: Int) -> String { score.matched == 0 ? "-" : percent(Double(right) / Double(score.matched)) }
        print("\(gold): \(documents.count) documents, \(score.gold) gold attributions, \(score.found) found, \(score.matched) matched")
        print("                    precision  recall     F1")
        let detection = score.detection, whole = score.withSpeaker
        print("cue               \(percent(detection.precision))    \(percent(detection.recall)) \(percent(detection.f1))")
        print("cue and speaker   \(percent(whole.precision))    \(percent(whole.recall)) \(percent(whole.f1))")
        print("of the matched: speaker \(share(score.speakerRight)), via \(share(score.viaRight)), stance \(share(score.stanceRight)), direct \(share(score.directRight))")
        guard errors > 0 else { return }
        let texts = Dictionary(uniqueKeysWithValues: documents.map { ($0.id, Array($0.text.unicodeScalars)) })
        for error in score.errors.prefix(errors) {
            let scalars = texts[error.document] ?? []
            let from = max(0, error.offset - 30), to = min(scalars.count, error.offset + 50)
            let context = String(String.UnicodeScalarView(scalars[from..<to])).replacingOccurrences(of: "\n", with: " ⏎ ")
            print("\(error.kind.padding(toLength: 8, withPad: " ", startingAt: 0)) \(error.document) @\(error.offset): \(context)")
        }
    }
}
