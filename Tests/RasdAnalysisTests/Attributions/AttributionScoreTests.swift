import RasdText
import Testing
@testable import RasdAnalysis

/// The attribution scorer: gold rows read from their TSV, cues matched by overlap, a subjectless
/// verb's speaker right when it names the entity the gold span names.
struct AttributionScoreTests {
    // "وقال لافروف إن الحوار ممكن. وأضاف أن الحل سياسي." with two statements, both Lavrov's.
    static let text = "وقال لافروف إن الحوار ممكن. وأضاف أن الحل سياسي."

    static func offset(_ needle: String, after: Int = 0) -> Int {
        let scalars = Array(text.unicodeScalars), target = Array(needle.unicodeScalars)
        return (after...(scalars.count - target.count)).first { Array(scalars[$0..<($0 + target.count)]) == target }!
    }

    static var document: AnalyzedDocument {
        AnalysisPipeline(stages: [SentenceStage(), EntityStage(tagger: nil), AttributionStage()])
            .analyze(DocumentInput(id: "d", text: text))
    }

    static func row(_ cue: String, speakerAt speaker: Int?, length: Int = 6, after: Int = 0) -> String {
        let start = offset(cue, after: after)
        let speakerColumns = speaker.map { "\($0)\t\($0 + length)" } ?? "-\t-"
        return "d\t\(start)\t\(start + cue.unicodeScalars.count)\t\(speakerColumns)\t-\tassert\tfalse\t-"
    }

    @Test("Gold rows parse, with the header and comments skipped")
    func parse() throws {
        let gold = try GoldAttribution.parse("# comment\ndocument\tcue_start\tcue_end\tspeaker_start\tspeaker_end\tvia\tstance\tdirect\tnote\n"
                                             + "d\t1\t4\t5\t11\t20:25,30:33\tdeny\ttrue\t-\n")
        #expect(gold == [GoldAttribution(document: "d", cue: TextSpan(start: 1, end: 4), speaker: TextSpan(start: 5, end: 11),
                                         via: [TextSpan(start: 20, end: 25), TextSpan(start: 30, end: 33)], denies: true, direct: true)])
    }

    @Test("A malformed row is an error that names its line")
    func malformed() {
        #expect(throws: GoldFormatError.self) { try GoldAttribution.parse("d\tone\ttwo\n") }
    }

    @Test("Both statements found, the subjectless one right through the entity named before")
    func allRight() throws {
        let lavrov = Self.offset("لافروف")
        let gold = try GoldAttribution.parse(Self.row("قال", speakerAt: lavrov) + "\n" + Self.row("أضاف", speakerAt: lavrov) + "\n")
        let score = AttributionScore.evaluate(gold, on: [Self.document])
        #expect(score.gold == 2 && score.found == 2 && score.matched == 2 && score.speakerRight == 2)
        #expect(score.detection.f1 == 1)
    }

    @Test("A gold speaker elsewhere is a wrong speaker; a gold row with no match is missed")
    func wrongAndMissed() throws {
        let elsewhere = Self.offset("الحوار")
        let gold = try GoldAttribution.parse(Self.row("قال", speakerAt: elsewhere) + "\n" + Self.row("سياسي", speakerAt: nil) + "\n")
        let score = AttributionScore.evaluate(gold, on: [Self.document])
        #expect(score.matched == 1)
        #expect(score.speakerRight == 0)
        #expect(score.errors.map(\.kind).sorted() == ["false", "missed", "speaker"])
    }
}
