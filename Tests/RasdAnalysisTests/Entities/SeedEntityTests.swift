import Foundation
import RasdText
import Testing
@testable import RasdAnalysis

/// The real scraped articles of `../shared/corpus/seeds`: every occurrence of the story's people,
/// countries, cities and agencies — found by scanning the text for each one's usual spelling, after
/// any proclitics — is covered by a mention with that entity's one identifier, in all five articles.
/// Menus, related-article teasers and other chrome are not the article's mentions; metadata lines
/// (bylines, credits) are.
@Suite("Seed entities", .enabled(if: SeedCorpus.isAvailable,
                                 "../shared/corpus/seeds is not beside the repository: seed tests are skipped"))
struct SeedEntityTests {
    /// Entity identifier → spellings to look for (the story's names, as Arabic news writes them).
    static let targets: [(entity: String, spellings: [String])] = [
        ("sergey-lavrov", ["لافروف"]), ("kim-jong-un", ["كيم"]), ("vladimir-putin", ["بوتين"]),
        ("sergei-shoigu", ["شويغو"]), ("dmitry-peskov", ["بيسكوف"]), ("john-kirby", ["كيربي"]),
        ("antony-blinken", ["بلينكن"]), ("choe-son-hui", ["تشوي"]),
        ("russia", ["روسيا"]), ("north-korea", ["كوريا الشمالية"]), ("south-korea", ["كوريا الجنوبية"]),
        ("united-states", ["الولايات المتحدة"]), ("ukraine", ["أوكرانيا"]), ("japan", ["اليابان"]), ("china", ["الصين"]),
        ("moscow", ["موسكو"]), ("pyongyang", ["بيونغ يانغ", "بيونغيانغ"]), ("washington-dc", ["واشنطن"]),
        ("seoul", ["سيول"]), ("kyiv", ["كييف"]), ("vladivostok", ["فلاديفوستوك"]),
        ("tass", ["تاس"]), ("ria-novosti", ["ريا نوفوستي"]), ("interfax", ["إنترفاكس"]), ("yonhap", ["يونهاب"]),
        ("afp", ["فرانس برس", "وكالة الصحافة الفرنسية"]), ("reuters", ["رويترز"]),
        ("kcna", ["وكالة الأنباء المركزية الكورية"]),
    ]

    static let analyses: [String: DocumentAnalysis] = {
        var analyses: [String: DocumentAnalysis] = [:]
        for id in SeedCorpus.ids {
            guard let text = try? SeedCorpus.text(id) else { continue }
            analyses[id] = AnalysisPipeline.standard.run(DocumentInput(id: id, text: text))
        }
        return analyses
    }()

    /// Where `spelling` starts a word in `scalars`, after at most two proclitic letters; a short
    /// spelling (`تاس`, `كيم`) must also end one. A long one may run into a glued word.
    static func occurrences(of spelling: String, in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        let needle = Array(spelling.unicodeScalars)
        let proclitics: Set<Unicode.Scalar> = ["و", "ف", "ب", "ل", "ك"]
        func isLetter(_ index: Int) -> Bool { index >= 0 && index < scalars.count && scalars[index].properties.isAlphabetic }
        var found: [Range<Int>] = []
        var start = 0
        while start + needle.count <= scalars.count {
            defer { start += 1 }
            guard scalars[start..<(start + needle.count)].elementsEqual(needle) else { continue }
            var wordStart = start
            while start - wordStart < 2, wordStart > 0, proclitics.contains(scalars[wordStart - 1]) { wordStart -= 1 }
            guard !isLetter(wordStart - 1) else { continue }
            if needle.count < 5, isLetter(start + needle.count) { continue }
            found.append(start..<(start + needle.count))
        }
        return found
    }

    @Test("Every occurrence of the story's entities resolves to its one identifier", arguments: SeedCorpus.ids)
    func everyMention(id: String) throws {
        let analysis = try #require(Self.analyses[id])
        let scalars = Array(analysis.source.scalars)
        var checked = 0
        for target in Self.targets {
            for spelling in target.spellings {
                for range in Self.occurrences(of: spelling, in: scalars) {
                    let inChrome = analysis.boilerplate.contains { $0.kind != .metadata && $0.start <= range.lowerBound && range.lowerBound < $0.end }
                    guard !inChrome else { continue }
                    checked += 1
                    let covering = analysis.entities.first { $0.start <= range.lowerBound && $0.end >= range.upperBound }
                    #expect(covering?.entity == target.entity,
                            "\(id) \(range): \(spelling) is \(covering.map { "\($0.text) → \($0.entity)" } ?? "not found")")
                }
            }
        }
        #expect(checked > 20, "\(id): only \(checked) occurrences checked")
    }

    @Test("Each person of the story has one identifier across the five articles")
    func oneIdentifierAcrossArticles() {
        let people = ["sergey-lavrov", "kim-jong-un", "vladimir-putin", "sergei-shoigu", "dmitry-peskov", "john-kirby",
                      "antony-blinken", "choe-son-hui"]
        for person in people {
            let articles = Self.analyses.filter { $0.value.entities.contains { $0.entity == person } }.keys
            #expect(!articles.isEmpty, "\(person) is in no article")
        }
        // Lavrov in three articles, Kim Jong Un in all five (one of them with a name the scraper split).
        #expect(Self.analyses.values.filter { $0.entities.contains { $0.entity == "sergey-lavrov" } }.count == 3)
        #expect(Self.analyses.values.filter { $0.entities.contains { $0.entity == "kim-jong-un" } }.count == 5)
    }

    @Test("A name glued to the next word by the scraper ends at the seam, with its identity")
    func gluedName() throws {
        let analysis = try #require(Self.analyses["seed-002"])
        let scalars = Array(analysis.source.scalars)
        let glued = Self.occurrences(of: "لافروفالولايات", in: scalars)
        try #require(glued.count == 1)
        // `سيرغي لافروفالولايات`: the full name, up to the seam.
        let mention = analysis.entities.first { $0.start < glued[0].lowerBound && $0.end > glued[0].lowerBound }
        #expect(mention?.text == "سيرغي لافروف")
        #expect(mention?.end == glued[0].lowerBound + 6)
        #expect(mention?.entity == "sergey-lavrov")
        #expect(mention?.role == "وزير الخارجية الروسي")
    }
}
