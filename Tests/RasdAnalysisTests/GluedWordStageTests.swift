import Foundation
import RasdAnalysis
import RasdText
import Testing

@Suite("glued-word stage")
struct GluedWordStageTests {
    @Test("words a scraper ran together are reported with their pieces; the text is untouched")
    func gluedWordsInOutput() throws {
        let text = "وقال المتحدث إن الوفد وصل منالمطار إلى الفندق مساء أمس."
        let document = AnalysisPipeline.standard.analyze(DocumentInput(id: "g", text: text))
        #expect(document.text == text)
        let glued = try #require(document.gluedWords.first)
        #expect(glued.text == "منالمطار")
        #expect(glued.start == 26 && glued.end == 34)
        #expect(glued.pieces.map(\.text) == ["من", "المطار"])
        #expect(glued.pieces.map(\.start) == [26, 28])
        let json = String(decoding: document.json(), as: UTF8.self)
        #expect(json.contains(#""glued_words":[{"start":26,"end":34,"text":"منالمطار","pieces":[{"start":26,"end":28,"text":"من"}"#))
    }

    @Test("a name registered by a later stage lets its glued form come apart")
    func registeredName() {
        let text = "حذر الوزير سيرغي بيسكوفالولايات المتحدة من التصعيد."
        let plain = AnalysisPipeline(stages: [GluedWordStage()]).analyze(DocumentInput(id: "a", text: text))
        let known = KnownWords.shared.adding(["بيسكوف"])
        let withName = AnalysisPipeline(stages: [GluedWordStage(knownWords: known)])
            .analyze(DocumentInput(id: "b", text: text))
        #expect(withName.gluedWords.map { $0.pieces.map(\.text) } == [["بيسكوف", "الولايات"]])
        #expect(plain.gluedWords.count <= withName.gluedWords.count)
    }

    @Test("glued words inside boilerplate are not reported")
    func skipsBoilerplate() {
        let input = DocumentInput(id: "c", text: "منالمطار\nوصل الوفد إلى الفندق.")
        var analysis = DocumentAnalysis(input)
        analysis.boilerplate = [BoilerplateBlock(TextSpan(start: 0, end: 8), in: analysis.source, kind: .navigation)]
        GluedWordStage().run(&analysis)
        #expect(analysis.gluedWords.isEmpty)
    }
}
