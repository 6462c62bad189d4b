import RasdText
import Testing
@testable import RasdCorpus

/// What one document gives the search index (`DocumentTerms`): each distinct term once, with its
/// positions, the title before the text with a gap, and a pair term wherever a word meets a
/// function word. Team-written text.
@Suite("Document terms")
struct DocumentTermsTests {
    static let analyzer = SearchAnalyzer.standard

    /// The terms as strings, each with its positions.
    static func positions(_ terms: DocumentTerms) -> [String: [UInt32]] {
        var table: [String: [UInt32]] = [:]
        for index in 0..<terms.count {
            table[String(decoding: terms.term(index), as: UTF8.self)] = Array(terms.positions(of: index))
        }
        return table
    }

    @Test("Title words first, a gap of two, then the text; a repeated word is one term with both positions")
    func positionsAndGap() {
        let terms = DocumentTerms(title: "قصف الميناء", text: "تواصل قصف الميناء ليلا", analyzer: Self.analyzer)
        let title = Self.analyzer.terms(in: "قصف الميناء"), text = Self.analyzer.terms(in: "تواصل قصف الميناء ليلا")
        let table = Self.positions(terms)
        #expect(terms.length == 6)
        #expect(table[title[0]] == [0, 5])
        #expect(table[title[1]] == [1, 6])
        #expect(table[text[0]] == [4])
        #expect(table[text[3]] == [7])
        #expect(terms.count == 4)
    }

    @Test("A function word makes a pair term with each neighbour, at the first word's position; pairs do not count in the length")
    func pairTerms() {
        let words = Self.analyzer.terms(in: "اجتمع الوزير في بروكسل")
        let terms = DocumentTerms(title: nil, text: "اجتمع الوزير في بروكسل", analyzer: Self.analyzer)
        let table = Self.positions(terms)
        #expect(terms.length == 4)
        #expect(table[words[1] + " " + words[2]] == [1])
        #expect(table[words[2] + " " + words[3]] == [2])
        #expect(table[words[0] + " " + words[1]] == nil)
        #expect(terms.count == 6)
    }

    @Test("Latin words are lower-cased and digits kept; the same bytes always hash alike")
    func latinAndHashes() {
        let terms = DocumentTerms(title: nil, text: "قال NATO إن 12 سفينة وصلت، وقالت nato ذلك", analyzer: Self.analyzer)
        let table = Self.positions(terms)
        #expect(table["nato"] == [1, 7])
        #expect(table["12"] == [3])
        for index in 0..<terms.count {
            let bytes = Array(terms.term(index))
            #expect(terms.hashes[index] == bytes.withUnsafeBufferPointer(TermHash.of))
        }
    }
}
