import RasdAnalysis
import RasdText
import Testing

@Suite("Sentence stage")
struct SentenceStageTests {
    private func sentences(of text: String, boilerplate: [(TextSpan, BoilerplateKind)]) -> [String] {
        var analysis = DocumentAnalysis(DocumentInput(id: "test", text: text))
        analysis.boilerplate = boilerplate.map { BoilerplateBlock($0.0, in: analysis.source, kind: $0.1) }
        SentenceStage().run(&analysis)
        return analysis.sentences.map { analysis.source[$0] }
    }

    @Test("Sentences inside boilerplate are dropped")
    func dropsBoilerplate() {
        let text = "شارك الخبر على فيسبوك. تابعنا على تويتر.\nوصل الوفد إلى الرياض. وبدأت المحادثات."
        #expect(sentences(of: text, boilerplate: []).count == 4)
        #expect(sentences(of: text, boilerplate: [(TextSpan(start: 0, end: 40), .share)])
                == ["وصل الوفد إلى الرياض.", "وبدأت المحادثات."])
    }

    @Test("A sentence that starts in boilerplate keeps the rest; one with chrome inside stays whole")
    func trimsPartialOverlap() {
        let text = "اقرأ أيضًا: وصل الوفد إلى الرياض."
        #expect(sentences(of: text, boilerplate: [(TextSpan(start: 0, end: 11), .related)])
                == ["وصل الوفد إلى الرياض."])
        #expect(sentences(of: text, boilerplate: [(TextSpan(start: 15, end: 20), .junk)])
                == ["اقرأ أيضًا: وصل الوفد إلى الرياض."])
        #expect(sentences(of: text, boilerplate: [(TextSpan(start: 0, end: 11), .related),
                                                  (TextSpan(start: 11, end: 32), .junk)]).isEmpty)
    }
}
