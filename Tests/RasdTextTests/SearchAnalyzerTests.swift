import Testing
@testable import RasdText

/// The search analyzer: documents and queries meet at one term across harakat, clitics, the
/// feminine ending, sound plurals and (with the lexicon) broken plurals.
@Suite("Search analyzer")
struct SearchAnalyzerTests {
    let analyzer = SearchAnalyzer.standard

    @Test("Harakat and tatweel stay inside the word: محمّد is one term, as محمد")
    func harakatInsideWord() {
        #expect(analyzer.terms(in: "محمّد") == analyzer.terms(in: "محمد"))
        #expect(analyzer.terms(in: "محمّد").count == 1)
        #expect(analyzer.terms(in: "الســـلام") == analyzer.terms(in: "السلام"))
    }

    @Test("The article and the clitics before it come off: والقذائف, بالقذائف, للقذائف")
    func articleAndProclitics() {
        let bare = analyzer.terms(in: "قذائف")
        for word in ["القذائف", "والقذائف", "بالقذائف", "فالقذائف", "كالقذائف", "للقذائف", "وبالقذائف"] {
            #expect(analyzer.terms(in: word) == bare, "\(word)")
        }
    }

    @Test("A one-letter clitic comes off when the rest is a word the corpus knows better: وقذائف, لروسيا")
    func bareClitics() {
        #expect(analyzer.terms(in: "وقذائف") == analyzer.terms(in: "قذائف"))
        #expect(analyzer.terms(in: "لروسيا") == analyzer.terms(in: "روسيا"))
        #expect(analyzer.terms(in: "وروسيا") == analyzer.terms(in: "روسيا"))
    }

    @Test("A word that starts with a clitic letter keeps it: وزير is not زير, بلد is not لد")
    func rootLettersStay() {
        #expect(analyzer.terms(in: "وزير") == ["وزير"])
        #expect(analyzer.terms(in: "فرنسا") == ["فرنسا"])
        #expect(analyzer.terms(in: "بلد") == ["بلد"])
    }

    @Test("The feminine ending and sound plurals fold onto one stem: معلمة, معلمون, معلمين, معلمات")
    func soundPlurals() {
        let stem = analyzer.terms(in: "معلم")
        for word in ["معلمة", "المعلمون", "معلمين", "المعلمات"] {
            #expect(analyzer.terms(in: word) == stem, "\(word)")
        }
    }

    @Test("A broken plural the lexicon knows meets its singular: قذائف and قذيفة")
    func brokenPlural() {
        #expect(analyzer.terms(in: "قذائف") == analyzer.terms(in: "قذيفة"))
        #expect(analyzer.terms(in: "بالقذائف") == analyzer.terms(in: "القذيفة"))
    }

    @Test("Hamza seats, alef maqsura and taa marbuta fold as at matching level: أسرى = اسري")
    func matchingLevelFolds() {
        #expect(analyzer.terms(in: "أسرى") == analyzer.terms(in: "اسري"))
        #expect(analyzer.terms(in: "إيران") == analyzer.terms(in: "ايران"))
    }

    @Test("Latin words are lower-cased and digits kept; Arabic-Indic digits read as ASCII")
    func latinAndDigits() {
        #expect(analyzer.terms(in: "KCNA 2023") == ["kcna", "2023"])
        #expect(analyzer.terms(in: "٢٠٢٣") == ["2023"])
    }

    @Test("Spans are Unicode-scalar offsets into the text as given, harakat included")
    func spans() {
        var spans: [Range<Int>] = []
        analyzer.forEachTerm(in: "قالَ محمّدٌ: نعم") { _, span in spans.append(span) }
        #expect(spans == [0..<4, 5..<11, 13..<16])
    }

    @Test("Punctuation and spaces separate words; a word glued to digits is two terms")
    func separators() {
        #expect(analyzer.terms(in: "(روسيا)،أوكرانيا").count == 2)
        #expect(analyzer.terms(in: "كوفيد19").count == 2)
    }

    @Test("A phrase's adjacent pairs with a function word are looked up as pair terms, the rest as words")
    func phraseParts() {
        let terms = analyzer.terms(in: "في نهاية مدرسة الخياطة")
        let parts = analyzer.phraseParts(terms)
        #expect(parts.map(\.offset) == [0, 2, 3])
        #expect(parts[0].term == terms[0] + " " + terms[1])
        #expect(parts[1].term == terms[2])
        #expect(analyzer.phraseParts(analyzer.terms(in: "سوق الخضار")).count == 2)
    }
}
