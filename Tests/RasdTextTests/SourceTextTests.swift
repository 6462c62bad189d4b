import RasdTestSupport
import Testing
import RasdText

@Suite("source text")
struct SourceTextTests {
    @Test("scalars are the string's Unicode scalars: ASCII, Arabic, CJK, emoji, lengths 0 to 200")
    func decodesEveryScalar() {
        var random = SeededRandom(seed: 0xD3C0DE)
        for length in 0...200 {
            let text = RandomText.string(length: length, using: &random)
            #expect(SourceText(text).scalars == Array(text.unicodeScalars))
        }
    }

    @Test("a span's text is its slice in scalars, not in Characters")
    func spanSlices() {
        let source = SourceText("قالَ 👩‍👩‍👧 «نعم»")
        #expect(source.count == 16)
        #expect(source[TextSpan(start: 0, end: 4)] == "قالَ")
        #expect(source[TextSpan(start: 5, end: 10)] == "👩‍👩‍👧")
        #expect(source[TextSpan(start: 11, end: 16)] == "«نعم»")
    }
}
