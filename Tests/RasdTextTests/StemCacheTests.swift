import Testing
@testable import RasdText

/// The stem cache the indexer keeps from document to document: the same terms as stemming every
/// word, with memory bounded however many words go through it.
@Suite("Stem cache")
struct StemCacheTests {
    let analyzer = SearchAnalyzer.standard

    @Test("Terms through the cache equal the analyzer's, on first sight and from the cache")
    func sameTerms() {
        let text = "وأطلقت القذائف على الميناء، ثم أطلقت قذيفة أخرى بالقذائف نفسها. قال الوزير إن الوزراء اجتمعوا في NATO"
        var cache = StemCache()
        for _ in 0..<2 {
            var cached: [[Unicode.Scalar]] = []
            analyzer.forEachTermScalars(in: text, cache: &cache) { term, _ in cached.append(term) }
            #expect(cached.map { SourceText.string(from: $0) } == analyzer.terms(in: text))
        }
        #expect(cache.count > 0)
    }

    @Test("It holds each Arabic word once and nothing for Latin words or digits")
    func arabicWordsOnce() {
        var cache = StemCache()
        analyzer.forEachTermScalars(in: "القذائف القذائف والقذائف Reuters 2024", cache: &cache) { _, _ in }
        #expect(cache.count == 2)
    }

    @Test("Full, it starts over instead of growing")
    func bounded() {
        var cache = StemCache()
        let letters = Array("بتثجحخدذرزسشصضطظعغفقكلمنهوي".unicodeScalars)
        // Distinct four-letter words, the number written in base 27, one more than the cache holds.
        let added = StemCache.capacity + 1
        for number in 0..<added {
            let word = [number / 19_683, number / 729 % 27, number / 27 % 27, number % 27].map { letters[$0] }
            _ = cache.stem(word + ["ا", "ت"], by: .standard)
        }
        #expect(added == StemCache.capacity + 1)
        #expect(cache.count == 1)
    }
}
