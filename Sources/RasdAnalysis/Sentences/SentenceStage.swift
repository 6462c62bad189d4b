import RasdText

/// Splits the document into sentences (`SentenceSplitter`) and keeps those of the article itself:
/// a sentence inside site chrome is dropped, one that only starts or ends in it is cut to the rest.
public struct SentenceStage: Stage {
    public let name = "sentences"

    public init() {}

    public func run(_ analysis: inout DocumentAnalysis) {
        let sentences = SentenceSplitter.sentences(in: analysis.clean, source: analysis.source)
        guard !analysis.boilerplate.isEmpty else {
            analysis.sentences = sentences
            return
        }
        analysis.sentences = sentences.compactMap { sentence in
            if analysis.isBoilerplate(sentence) { return nil }
            return Self.withoutBoilerplate(sentence, blocks: analysis.boilerplate, source: analysis.source)
        }
    }

    /// The part of `sentence` outside the blocks when they cover only its start or its end (trimmed;
    /// `nil` when nothing but punctuation is left), or the whole sentence when a block sits inside it.
    static func withoutBoilerplate(_ sentence: TextSpan, blocks: [BoilerplateBlock], source: SourceText) -> TextSpan? {
        var start = sentence.start
        var end = sentence.end
        var changed = true
        while changed {  // blocks in any order; each pass cuts what the last one exposed
            changed = false
            for block in blocks where block.start < end && start < block.end {
                if block.start <= start {
                    start = block.end
                    changed = true
                } else if block.end >= end {
                    end = block.start
                    changed = true
                } else {
                    return sentence  // a block inside the sentence: not simple, keep it whole
                }
                if start >= end { return nil }
            }
        }
        guard start != sentence.start || end != sentence.end else { return sentence }
        let rest = SentenceSplitter.trimmingWhitespace(TextSpan(start: start, end: end), in: source.scalars)
        return SentenceSplitter.hasContent(rest, in: source.scalars) ? rest : nil
    }
}
