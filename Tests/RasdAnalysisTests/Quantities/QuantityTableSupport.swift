import Testing
import RasdAnalysis

// Shared mechanics of the quantity example tables (docs/time-and-quantities.md, "Quantities"). Every
// table row is one sentence analyzed on its own, published 2024-03-14, and one span in it.

/// A quantity the sentence must yield: exactly one mention whose span is `span` (its
/// `occurrence`-th appearance in the sentence, counting from 1), with these values.
struct QuantityTableExample: Sendable, CustomTestStringConvertible {
    let sentence: String
    let span: String
    let occurrence: Int
    let value: Double
    let qualifier: String
    let valueMax: Double?
    /// The counted noun or unit as written, or `nil` for a bare number.
    let unit: String?
    /// Its singular (`unit_lemma`); `%` for a percentage.
    let unitLemma: String?
    /// `day` `week` `month` `year`, or `nil`.
    let per: String?
    let sourceLocation: SourceLocation

    init(_ sentence: String, _ span: String, _ value: Double,
         unit: String? = nil, lemma: String? = nil,
         qualifier: String = "exact", max valueMax: Double? = nil, per: String? = nil,
         occurrence: Int = 1, sourceLocation: SourceLocation = #_sourceLocation) {
        self.sentence = sentence
        self.span = span
        self.occurrence = occurrence
        self.value = value
        self.qualifier = qualifier
        self.valueMax = valueMax
        self.unit = unit
        self.unitLemma = lemma
        self.per = per
        self.sourceLocation = sourceLocation
    }

    var testDescription: String {
        let which = occurrence == 1 ? "" : " (occurrence \(occurrence))"
        return "«\(sentence)» → «\(span)»\(which)"
    }
}

/// A span that is not a quantity: no mention may overlap it (a year, a date, a time, a duration,
/// an ordinal, a phone number, a model name, a pronoun).
struct QuantityTableNonExample: Sendable, CustomTestStringConvertible {
    let sentence: String
    let span: String
    let occurrence: Int
    let sourceLocation: SourceLocation

    init(_ sentence: String, _ span: String, occurrence: Int = 1,
         sourceLocation: SourceLocation = #_sourceLocation) {
        self.sentence = sentence
        self.span = span
        self.occurrence = occurrence
        self.sourceLocation = sourceLocation
    }

    var testDescription: String { "«\(sentence)» — «\(span)» is not a quantity" }
}

enum QuantityTable {
    static let published = "2024-03-14"

    static func quantities(in sentence: String) -> [QuantityMention] {
        AnalysisPipeline.standard
            .analyze(DocumentInput(id: "t", text: sentence, published: published))
            .quantities
    }

    /// The scalar range of the `occurrence`-th appearance of `span` in `sentence`, or `nil`.
    static func scalarRange(of span: String, in sentence: String, occurrence: Int) -> Range<Int>? {
        let text = Array(sentence.unicodeScalars)
        let needle = Array(span.unicodeScalars)
        guard !needle.isEmpty, needle.count <= text.count, occurrence >= 1 else { return nil }
        var seen = 0
        for start in 0...(text.count - needle.count) where text[start..<(start + needle.count)].elementsEqual(needle) {
            seen += 1
            if seen == occurrence { return start..<(start + needle.count) }
        }
        return nil
    }

    static func sameValue(_ a: Double, _ b: Double) -> Bool {
        a == b || abs(a - b) <= 1e-9 * max(abs(a), abs(b))
    }

    static func sameValue(_ a: Double?, _ b: Double?) -> Bool {
        switch (a, b) {
        case (nil, nil): true
        case let (x?, y?): sameValue(x, y)
        default: false
        }
    }

    static func describe(_ mentions: [QuantityMention]) -> String {
        guard !mentions.isEmpty else { return "no quantities" }
        return mentions.map(describe).joined(separator: "; ")
    }

    static func describe(_ q: QuantityMention) -> String {
        var parts = ["«\(q.text)» \(q.start)..<\(q.end)", "value \(q.value)", q.qualifier]
        if let valueMax = q.valueMax { parts.append("max \(valueMax)") }
        parts.append("unit \(q.unit.map { "«\($0)»" } ?? "nil")")
        parts.append("lemma \(q.unitLemma.map { "«\($0)»" } ?? "nil")")
        if let per = q.per { parts.append("per \(per)") }
        return parts.joined(separator: ", ")
    }

    /// Checks one positive row: exactly one quantity on the span, with the row's values.
    static func check(_ example: QuantityTableExample) {
        let location = example.sourceLocation
        guard let range = scalarRange(of: example.span, in: example.sentence, occurrence: example.occurrence) else {
            Issue.record("table row is wrong: «\(example.span)» does not occur \(example.occurrence) time(s) in the sentence",
                         sourceLocation: location)
            return
        }
        let found = quantities(in: example.sentence)
        let matches = found.filter { $0.start == range.lowerBound && $0.end == range.upperBound }
        guard matches.count == 1, let q = matches.first else {
            Issue.record("""
                expected one quantity «\(example.span)» at \(range.lowerBound)..<\(range.upperBound), \
                found \(matches.count) there; all found: \(describe(found))
                """, sourceLocation: location)
            return
        }
        #expect(q.text == example.span, "text", sourceLocation: location)
        #expect(sameValue(q.value, example.value),
                "value: expected \(example.value), got \(q.value) — \(describe(q))", sourceLocation: location)
        #expect(q.qualifier == example.qualifier,
                "qualifier: expected \(example.qualifier), got \(q.qualifier) — \(describe(q))", sourceLocation: location)
        #expect(sameValue(q.valueMax, example.valueMax),
                "value_max: expected \(String(describing: example.valueMax)), got \(String(describing: q.valueMax))",
                sourceLocation: location)
        #expect(q.unit == example.unit,
                "unit: expected \(String(describing: example.unit)), got \(String(describing: q.unit))",
                sourceLocation: location)
        #expect(q.unitLemma == example.unitLemma,
                "unit_lemma: expected \(String(describing: example.unitLemma)), got \(String(describing: q.unitLemma))",
                sourceLocation: location)
        #expect(q.per == example.per,
                "per: expected \(String(describing: example.per)), got \(String(describing: q.per))",
                sourceLocation: location)
    }

    /// Checks one negative row: no quantity overlaps the span.
    static func check(_ example: QuantityTableNonExample) {
        let location = example.sourceLocation
        guard let range = scalarRange(of: example.span, in: example.sentence, occurrence: example.occurrence) else {
            Issue.record("table row is wrong: «\(example.span)» does not occur \(example.occurrence) time(s) in the sentence",
                         sourceLocation: location)
            return
        }
        let overlapping = quantities(in: example.sentence).filter {
            $0.start < range.upperBound && range.lowerBound < $0.end
        }
        #expect(overlapping.isEmpty,
                "«\(example.span)» (\(range.lowerBound)..<\(range.upperBound)) is not a quantity, but found: \(describe(overlapping))",
                sourceLocation: location)
    }
}
