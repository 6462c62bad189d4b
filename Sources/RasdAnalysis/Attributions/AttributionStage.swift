import RasdText

/// Finds who said what: each reported statement with its speaker (an entity, an unnamed source,
/// or the earlier speaker a subjectless verb refers to), its content, the agencies it came
/// through (`via`, nearest first) and whether it asserts or denies. Fills `attributions`.
public struct AttributionStage: Stage {
    public let name = "attributions"

    public init() {}

    public func run(_ analysis: inout DocumentAnalysis) {
        let mentions = analysis.sharedMentionIndex()
        var reader = AttributionReader(mentions: mentions)
        let credits = MentionIndex.tokenRanges(of: analysis.boilerplate.filter { $0.kind == .metadata }.map(\.span), in: mentions.text)
        let found = reader.read(sentences: mentions.sentences, credits: credits)
        analysis.attributions = found.map { reader.attribution($0) }
    }
}

extension AttributionReader {
    /// The contract's record of a statement found.
    func attribution(_ statement: Found) -> Attribution {
        let cueStart = text.rawStart(of: statement.cue.lowerBound, peeling: statement.cuePeeled)
        let cueEnd = text[statement.cue.upperBound - 1].end
        return Attribution(
            speaker: statement.speaker.map(reference),
            cue: SpanText(start: cueStart, end: cueEnd, text: text.text(cueStart, cueEnd)),
            content: SpanText(start: statement.contentStart, end: statement.contentEnd,
                              text: text.text(statement.contentStart, statement.contentEnd)),
            direct: statement.direct,
            via: statement.via.map(reference),
            stance: statement.denies ? "deny" : "assert")
    }

    func reference(_ speaker: Speaker) -> EntityReference {
        if let index = speaker.entityIndex, entityTokens[index].first == speaker.first, entityTokens[index].last == speaker.last {
            return reference(entity: index)
        }
        let start = text.rawStart(of: speaker.first, peeling: speaker.peeled)
        let end = text[speaker.last].end
        return EntityReference(start: start, end: end, text: text.text(start, end), entity: speaker.entity,
                               affiliation: speaker.entity == nil ? speaker.affiliation : nil)
    }

    func reference(entity index: Int) -> EntityReference {
        let mention = entities[index]
        return EntityReference(start: mention.start, end: mention.end, text: mention.text, entity: mention.entity)
    }
}
