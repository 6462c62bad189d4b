import Testing
@testable import RasdAnalysis

/// The growing word index the entity tagger keeps its word types in.
struct WordIndexTests {
    @Test("Keys added are found with their values, through growth; others are not")
    func growth() {
        var index = WordIndex()
        let words = (0..<5000).map { WordKey("كلمه\($0)") }
        for (value, key) in words.enumerated() { index.insert(key, value) }
        #expect(index.count == 5000)
        for (value, key) in words.enumerated() { #expect(index[key] == value) }
        #expect(index[WordKey("غايبه")] == nil)
    }

    @Test("A key added twice keeps its first value")
    func firstValueKept() {
        var index = WordIndex()
        index.insert("لافروف", 1)
        index.insert("لافروف", 2)
        #expect(index["لافروف"] == 1)
        #expect(index.count == 1)
    }
}
