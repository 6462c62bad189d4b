import Foundation
import RasdAnalysis
@testable import RasdCorpus

/// A team-written document whose analysis is written by hand, so that a store built from a few of
/// them has exactly the entities, statements and events a test names. Spans are found in the
/// text by their words (Unicode-scalar offsets, as the contract has them).
struct HandmadeDocument {
    var document: AnalyzedDocument

    init(_ id: String, _ text: String, published: String? = nil, title: String? = nil, outlet: String? = nil) {
        document = AnalyzedDocument(id: id, text: text, title: title, outlet: outlet, published: published)
    }

    /// The span of the `occurrence`-th `piece` in the text.
    func span(_ piece: String, occurrence: Int = 0) -> SpanText {
        let scalars = Array(document.text.unicodeScalars), wanted = Array(piece.unicodeScalars)
        var found = 0
        for start in 0...(scalars.count - wanted.count) where Array(scalars[start..<(start + wanted.count)]) == wanted {
            if found == occurrence { return SpanText(start: start, end: start + wanted.count, text: piece) }
            found += 1
        }
        fatalError("\(piece) is not in \(document.id)")
    }

    /// Marks `piece` as a mention of `entity`.
    func mention(_ piece: String, _ entity: String, type: String = "PER", canonical: String? = nil, canonicalAr: String? = nil,
                 role: String? = nil, roleCountry: String? = nil, occurrence: Int = 0) -> HandmadeDocument {
        var copy = self
        let at = span(piece, occurrence: occurrence)
        copy.document.entities.append(EntityMention(start: at.start, end: at.end, text: piece, type: type, entity: entity,
                                                    canonical: canonical, canonicalAr: canonicalAr, role: role, roleCountry: roleCountry))
        return copy
    }

    /// A statement: `speaker` said `content` (after the cue `cue`).
    func statement(_ cue: String, speaker: String?, speakerText: String? = nil, content: String, stance: String = "assert",
                   via: [String] = []) -> HandmadeDocument {
        var copy = self
        let cueSpan = span(cue)
        var speakerReference = speakerText.map { text -> EntityReference in
            let at = span(text)
            return EntityReference(start: at.start, end: at.end, text: text, entity: speaker)
        }
        // A speaker the text does not spell out here (a pronoun in the cue): an empty span at the cue.
        if speakerReference == nil, let speaker { speakerReference = EntityReference(start: cueSpan.start, end: cueSpan.start, text: "", entity: speaker) }
        copy.document.attributions.append(Attribution(
            speaker: speakerReference, cue: cueSpan, content: span(content), direct: false,
            via: via.map { EntityReference(start: 0, end: 0, text: "", entity: $0) }, stance: stance))
        return copy
    }

    /// An event of `type`, its trigger `trigger`.
    func event(_ type: String, _ trigger: String, _ participants: [String], date: String? = nil) -> HandmadeDocument {
        var copy = self
        copy.document.events.append(Event(type: type, trigger: span(trigger), participants: participants, place: nil, date: date))
        return copy
    }

    /// A store holding these documents, in this order; remove the file at `path` when done.
    static func store(_ documents: [HandmadeDocument]) throws -> (store: SQLiteCorpusStore, path: String) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("rasd-handmade-\(UUID().uuidString).sqlite").path
        let store = try SQLiteCorpusStore(path: path)
        try store.add(documents.map(\.document))
        return (store, path)
    }
}
