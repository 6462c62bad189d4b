import RasdAnalysis
import Testing

// The date grammar's specification by examples (docs/time-and-quantities.md), Duckling style: each
// table is one behaviour, each row a sentence, the publication date it is read against, and the one
// date the grammar must find in it, with its value. The sentences are written for these tables.
// This file holds what every table shares: the row types and the checks.

/// The grain of a date, as `dates[].grain` writes it.
enum DateTableGrain: String, Sendable {
    case year, half, quarter, month, week, day, hour, minute
}

/// One row of a date table: in `sentence`, read against `published`, the analysis finds exactly one
/// date whose span is `span` (its `occurrence`-th appearance in the sentence) and whose value,
/// grain and `relative` flag are these. `endValue` and `hijri` are checked only when given.
struct DateTableCase: Sendable, CustomTestStringConvertible {
    var sentence: String
    var published: String?
    var span: String
    var occurrence: Int
    var value: String?
    var grain: DateTableGrain?
    var relative: Bool
    var endValue: String?
    var hijri: String?
    var sourceLocation: SourceLocation

    init(_ sentence: String, at published: String?, span: String, occurrence: Int = 1,
         value: String?, grain: DateTableGrain?, relative: Bool,
         endValue: String? = nil, hijri: String? = nil,
         sourceLocation: SourceLocation = #_sourceLocation) {
        self.sentence = sentence
        self.published = published
        self.span = span
        self.occurrence = occurrence
        self.value = value
        self.grain = grain
        self.relative = relative
        self.endValue = endValue
        self.hijri = hijri
        self.sourceLocation = sourceLocation
    }

    var testDescription: String {
        "«\(sentence)» (published \(published ?? "nil")) → «\(span)»"
    }
}

/// One row of a negative table: in `sentence`, read against `published`, no date may overlap
/// `span` (its `occurrence`-th appearance): `span` is a duration, a name, an ordinal or a quantity.
struct DateTableExclusion: Sendable, CustomTestStringConvertible {
    var sentence: String
    var published: String?
    var span: String
    var occurrence: Int
    var sourceLocation: SourceLocation

    init(_ sentence: String, at published: String?, notADate span: String, occurrence: Int = 1,
         sourceLocation: SourceLocation = #_sourceLocation) {
        self.sentence = sentence
        self.published = published
        self.span = span
        self.occurrence = occurrence
        self.sourceLocation = sourceLocation
    }

    var testDescription: String {
        "«\(sentence)» (published \(published ?? "nil")): «\(span)» is not a date"
    }
}

/// The checks every date table runs.
enum DateTableCheck {
    static func analyze(_ sentence: String, published: String?) -> AnalyzedDocument {
        AnalysisPipeline.standard.analyze(DocumentInput(id: "t", text: sentence, published: published))
    }

    /// The Unicode-scalar range of the `occurrence`-th appearance of `span` in `sentence`.
    static func scalarRange(of span: String, occurrence: Int, in sentence: String) -> Range<Int>? {
        let text = Array(sentence.unicodeScalars)
        let needle = Array(span.unicodeScalars)
        guard !needle.isEmpty, needle.count <= text.count, occurrence >= 1 else { return nil }
        var seen = 0
        for start in 0...(text.count - needle.count)
        where text[start..<(start + needle.count)].elementsEqual(needle) {
            seen += 1
            if seen == occurrence { return start..<(start + needle.count) }
        }
        return nil
    }

    /// The dates a document holds, for failure messages: `«أمس» 12..<15 = 2023-10-18 day relative`.
    static func describe(_ dates: [DateMention]) -> String {
        guard !dates.isEmpty else { return "none" }
        return dates.map { date in
            var line = "«\(date.text)» \(date.start)..<\(date.end) = \(date.value ?? "nil") \(date.grain ?? "nil")"
            if date.relative { line += " relative" }
            if let end = date.endValue { line += " to \(end)" }
            if let hijri = date.hijri { line += " hijri \(hijri)" }
            return line
        }.joined(separator: "; ")
    }

    /// A note when boilerplate detection swallowed the expected span (the date stage skips chrome).
    private static func boilerplateNote(_ document: AnalyzedDocument, _ range: Range<Int>) -> String {
        let blocks = document.boilerplate.filter { $0.start < range.upperBound && range.lowerBound < $0.end }
        guard !blocks.isEmpty else { return "" }
        return " (note: the boilerplate stage marked " +
            blocks.map { "\($0.start)..<\($0.end) as \($0.kind.rawValue)" }.joined(separator: ", ") + ")"
    }

    static func expectDate(_ row: DateTableCase) {
        guard let range = scalarRange(of: row.span, occurrence: row.occurrence, in: row.sentence) else {
            Issue.record("table error: «\(row.span)» does not occur \(row.occurrence) time(s) in «\(row.sentence)»",
                         sourceLocation: row.sourceLocation)
            return
        }
        let document = analyze(row.sentence, published: row.published)
        let found = document.dates.filter { $0.start == range.lowerBound && $0.end == range.upperBound }
        guard found.count == 1, let date = found.first else {
            Issue.record("""
                expected one date «\(row.span)» at \(range.lowerBound)..<\(range.upperBound), found \(found.count) \
                there; dates found: \(describe(document.dates))\(boilerplateNote(document, range))
                """, sourceLocation: row.sourceLocation)
            return
        }
        let what = "«\(row.span)» read on \(row.published ?? "no publication date")"
        #expect(date.text == row.span, "\(what): text «\(date.text)» differs from its span",
                sourceLocation: row.sourceLocation)
        #expect(date.value == row.value, "\(what): value \(date.value ?? "nil"), expected \(row.value ?? "nil")",
                sourceLocation: row.sourceLocation)
        #expect(date.grain == row.grain?.rawValue,
                "\(what): grain \(date.grain ?? "nil"), expected \(row.grain?.rawValue ?? "nil")",
                sourceLocation: row.sourceLocation)
        #expect(date.relative == row.relative, "\(what): relative \(date.relative), expected \(row.relative)",
                sourceLocation: row.sourceLocation)
        if let endValue = row.endValue {
            #expect(date.endValue == endValue, "\(what): end_value \(date.endValue ?? "nil"), expected \(endValue)",
                    sourceLocation: row.sourceLocation)
        }
        if let hijri = row.hijri {
            #expect(date.hijri == hijri, "\(what): hijri \(date.hijri ?? "nil"), expected \(hijri)",
                    sourceLocation: row.sourceLocation)
        }
    }

    static func expectNoDate(_ row: DateTableExclusion) {
        guard let range = scalarRange(of: row.span, occurrence: row.occurrence, in: row.sentence) else {
            Issue.record("table error: «\(row.span)» does not occur \(row.occurrence) time(s) in «\(row.sentence)»",
                         sourceLocation: row.sourceLocation)
            return
        }
        let document = analyze(row.sentence, published: row.published)
        let overlapping = document.dates.filter { $0.start < range.upperBound && range.lowerBound < $0.end }
        #expect(overlapping.isEmpty, """
            «\(row.span)» at \(range.lowerBound)..<\(range.upperBound) is not a date, but these dates overlap it: \
            \(describe(overlapping))
            """, sourceLocation: row.sourceLocation)
    }
}
