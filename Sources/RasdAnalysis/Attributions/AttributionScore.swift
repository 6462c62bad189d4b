import RasdText

/// A hand-annotated attribution (`Tests/RasdAnalysisTests/Gold/attributions.tsv`): offsets only,
/// into the document's text.
public struct GoldAttribution: Sendable, Equatable {
    public let document: String
    public let cue: TextSpan
    public let speaker: TextSpan?
    public let via: [TextSpan]
    public let denies: Bool
    public let direct: Bool

    /// Reads the gold file's rows: `document cue_start cue_end speaker_start speaker_end via stance
    /// direct note`, tab-separated, `#` lines and the header skipped; `via` is `start:end` spans
    /// joined by commas, or `-`.
    public static func parse(_ text: String) throws -> [GoldAttribution] {
        var rows: [GoldAttribution] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: true).enumerated() {
            guard !line.hasPrefix("#"), !line.hasPrefix("document\t") else { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            func span(_ start: String, _ end: String) -> TextSpan? {
                guard let s = Int(start), let e = Int(end), s < e else { return nil }
                return TextSpan(start: s, end: e)
            }
            guard columns.count >= 8, let cue = span(columns[1], columns[2]) else {
                throw GoldFormatError(line: number + 1, text: String(line.prefix(80)))
            }
            let via = columns[5] == "-" ? [] : columns[5].split(separator: ",").compactMap { pair -> TextSpan? in
                let parts = pair.split(separator: ":")
                return parts.count == 2 ? span(String(parts[0]), String(parts[1])) : nil
            }
            rows.append(GoldAttribution(document: columns[0], cue: cue, speaker: span(columns[3], columns[4]), via: via,
                                        denies: columns[6] == "deny", direct: columns[7] == "true"))
        }
        return rows
    }
}

public struct GoldFormatError: Error, CustomStringConvertible {
    public let line: Int
    public let text: String
    public var description: String { "gold file line \(line) is not a row: \(text)" }
}

/// Attributions scored against gold ones. A found attribution matches a gold one of the same
/// document when their cues overlap (one to one). Of the matches, the speaker is right when its
/// span overlaps the gold speaker's or names the same entity as a mention there (a verb with no
/// subject is right when it finds the person named before); the relays when each gold one is
/// found so; stance and directness when equal.
public struct AttributionScore: Sendable {
    public var gold = 0
    public var found = 0
    public var matched = 0
    public var speakerRight = 0
    public var viaRight = 0
    public var stanceRight = 0
    public var directRight = 0
    /// Missed and false cues, and matches with the wrong speaker: (document, cue offset, what).
    public var errors: [(document: String, offset: Int, kind: String)] = []

    public static func evaluate(_ gold: [GoldAttribution], on documents: [AnalyzedDocument]) -> AttributionScore {
        var score = AttributionScore()
        let byDocument = Dictionary(grouping: gold, by: \.document)
        for document in documents {
            let expected = byDocument[document.id] ?? []
            score.gold += expected.count
            score.found += document.attributions.count
            var used = Set<Int>()
            for item in expected {
                guard let index = document.attributions.indices.first(where: { !used.contains($0) && overlaps(document.attributions[$0].cue.span, item.cue) }) else {
                    score.errors.append((document.id, item.cue.start, "missed"))
                    continue
                }
                used.insert(index)
                score.matched += 1
                let attribution = document.attributions[index]
                if sameSpeaker(attribution.speaker, item.speaker, in: document) {
                    score.speakerRight += 1
                } else {
                    score.errors.append((document.id, item.cue.start, "speaker"))
                }
                let via = attribution.via
                if via.count == item.via.count, item.via.allSatisfy({ span in via.contains { sameSpeaker($0, span, in: document) } }) {
                    score.viaRight += 1
                }
                if (attribution.stance == "deny") == item.denies { score.stanceRight += 1 }
                if attribution.direct == item.direct { score.directRight += 1 }
            }
            for index in document.attributions.indices where !used.contains(index) {
                score.errors.append((document.id, document.attributions[index].cue.start, "false"))
            }
        }
        return score
    }

    static func overlaps(_ a: TextSpan, _ b: TextSpan) -> Bool { a.start < b.end && b.start < a.end }

    static func sameSpeaker(_ found: EntityReference?, _ gold: TextSpan?, in document: AnalyzedDocument) -> Bool {
        guard let found, let gold else { return found == nil && gold == nil }
        if overlaps(TextSpan(start: found.start, end: found.end), gold) { return true }
        guard let entity = found.entity else { return false }
        return document.entities.contains { $0.entity == entity && overlaps(TextSpan(start: $0.start, end: $0.end), gold) }
    }

    /// Cue detection: precision, recall and F1 over overlapping cues.
    public var detection: (precision: Double, recall: Double, f1: Double) { Self.prf(matched, found, gold) }

    /// Whole attributions: a cue found with its right speaker.
    public var withSpeaker: (precision: Double, recall: Double, f1: Double) { Self.prf(speakerRight, found, gold) }

    static func prf(_ right: Int, _ found: Int, _ gold: Int) -> (precision: Double, recall: Double, f1: Double) {
        let precision = found == 0 ? 0 : Double(right) / Double(found)
        let recall = gold == 0 ? 0 : Double(right) / Double(gold)
        let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        return (precision, recall, f1)
    }
}
