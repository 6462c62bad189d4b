import RasdText
import Testing
@testable import RasdAnalysis

/// The entity stage's identities, spans and roles, with the gazetteer alone (no tagger), so that
/// each expectation follows from the data files and the rules, not from a trained model.
struct EntityStageTests {
    static func entities(_ text: String) -> [EntityMention] {
        let pipeline = AnalysisPipeline(stages: [BoilerplateStage(), SentenceStage(), GluedWordStage(), EntityStage(tagger: nil)])
        return pipeline.analyze(DocumentInput(id: "t", text: text)).entities
    }

    @Test("Two spellings of one name are one entity: سيرغي لافروف and سيرجي لافروف")
    func spellings() {
        let found = Self.entities("التقى سيرغي لافروف نظيره الصيني، ثم قال سيرجي لافروف إن المحادثات مثمرة.")
        #expect(found.map(\.entity) == ["sergey-lavrov", "china", "sergey-lavrov"] || found.filter { $0.type == "PER" }.map(\.entity) == ["sergey-lavrov", "sergey-lavrov"])
        #expect(found.first?.canonical == "Sergey Lavrov")
    }

    @Test("A proclitic stays outside the span: ولافروف → لافروف, لروسيا → روسيا")
    func proclitics() {
        let text = "وأشاد ولافروف بالعلاقات مع بيونغ يانغ وقال إنها مهمة لروسيا."
        let found = Self.entities(text)
        let lavrov = found.first { $0.entity == "sergey-lavrov" }
        #expect(lavrov?.text == "لافروف")
        #expect(found.first { $0.entity == "russia" }?.text == "روسيا")
        #expect(found.first { $0.entity == "pyongyang" }?.text == "بيونغ يانغ")
        for mention in found {
            let scalars = Array(text.unicodeScalars)
            #expect(String(String.UnicodeScalarView(scalars[mention.start..<mention.end])) == mention.text)
        }
    }

    @Test("A spelling the gazetteer lacks joins by transliteration: بيونج يانغ is Pyongyang")
    func transliteration() {
        let found = Self.entities("وصل الوفد إلى بيونغ يانج صباح اليوم.")
        #expect(found.contains { $0.entity == "pyongyang" })
    }

    @Test("The title before a person is its role")
    func role() {
        let found = Self.entities("ونفى المتحدث باسم الرئاسة الروسية ديمتري بيسكوف صحة التقارير.")
        let peskov = found.first { $0.entity == "dmitry-peskov" }
        #expect(peskov?.role == "المتحدث باسم الرئاسة الروسية")
    }

    @Test("An organization of the gazetteer is found with its type and identity")
    func organization() {
        let found = Self.entities("أصدر الكرملين بيانا مقتضبا عن المحادثات مساء أمس.")
        #expect(found.contains { $0.entity == "kremlin" && $0.type == "ORG" && $0.text == "الكرملين" })
    }

    @Test("A name a scraper glued to the next word ends at the seam: لافروفالرئيس")
    func gluedName() {
        let found = Self.entities("التقى سيرغي لافروفالرئيس الصيني في بكين أمس.")
        let lavrov = found.first { $0.entity == "sergey-lavrov" }
        #expect(lavrov?.text == "سيرغي لافروف")
    }

    @Test("A nationality adjective is not a place; a country named like one is", arguments: [
        ("الروسي", true), ("الكورية", true), ("الأوكرانيين", true), ("السعودية", false), ("موسكو", false),
    ])
    func nationality(word: String, isAdjective: Bool) {
        let key = WordKey(ArabicNormalizer.matchingKey(word))
        #expect(EntityStage(tagger: nil).isNationality((0, 1, "GPE"), keys: [key]) == isAdjective)
    }

    @Test("A two-word nationality adjective is not a place either: الكوري الشمالي, الكورية الجنوبية")
    func twoWordNationality() {
        let stage = EntityStage(tagger: nil)
        for words in [["الكوري", "الشمالي"], ["الكورية", "الجنوبية"]] {
            let keys = words.map { WordKey(ArabicNormalizer.matchingKey($0)) }
            #expect(stage.isNationality((0, 2, "GPE"), keys: keys))
        }
        let korea = ["كوريا", "الشمالية"].map { WordKey(ArabicNormalizer.matchingKey($0)) }
        #expect(!stage.isNationality((0, 2, "GPE"), keys: korea))
    }
}

/// Where the entity stage looks, and how it repairs what the tagger or a scraper cut short.
struct EntityStageRegionTests {
    @Test("A gazetteer spelling that holds the tagger's span whole replaces it: وكوريا الشمالية is North Korea")
    func longerGazetteerSpelling() {
        let found = AnalysisPipeline.standard.analyze(DocumentInput(id: "t", text: "تتعمق العلاقات بين روسيا وكوريا الشمالية منذ العام الماضي.")).entities
        let korea = found.first { $0.text.contains("كوريا") }
        #expect(korea?.text == "كوريا الشمالية")
        #expect(korea?.entity == "north-korea")
        #expect(korea?.start == 26)
    }

    @Test("A credit line at the article's end names its agency")
    func creditLine() {
        let text = "أعلنت الحكومة خطة جديدة لدعم المزارعين في الموسم المقبل.\n(بحسب رويترز)"
        let found = EntityStageTests.entities(text)
        #expect(found.contains { $0.entity == "reuters" && $0.text == "رويترز" })
    }

    @Test("Names in a related-article teaser are not the article's mentions")
    func relatedTeaser() {
        let text = "أعلنت الحكومة خطة جديدة لدعم المزارعين في الموسم المقبل.\n\nاقرأ أيضًا:\nلافروف يصل إلى بكين في زيارة رسمية"
        let analysis = AnalysisPipeline(stages: [BoilerplateStage(), SentenceStage(), GluedWordStage(), EntityStage(tagger: nil)])
            .run(DocumentInput(id: "t", text: text))
        #expect(analysis.boilerplate.contains { $0.kind == .related })
        #expect(analysis.entities.isEmpty)
    }

    static func person(_ text: String, at start: Int, entity: String) -> EntityMention {
        EntityMention(start: start, end: start + text.unicodeScalars.count, text: text, type: "PER", entity: entity)
    }

    @Test("A known name a scraper split around other words is joined: كيم … جونغ أون, and later كيم too")
    func splitName() {
        var mentions = [
            Self.person("كيم", at: 10, entity: "per:km"),
            Self.person("جونغ أون", at: 30, entity: "per:gngn"),
            Self.person("بوتين", at: 45, entity: "vladimir-putin"),
            Self.person("كيم", at: 90, entity: "per:km"),
        ]
        EntityStage(tagger: nil).joinSplitNames(&mentions)
        #expect(mentions.map(\.entity) == ["kim-jong-un", "kim-jong-un", "vladimir-putin", "kim-jong-un"])
        #expect(mentions[0].canonical == "Kim Jong Un")
    }

    @Test("Two people who happen to be neighbours are not joined")
    func neighboursStayApart() {
        var mentions = [Self.person("سامر", at: 0, entity: "per:smr"), Self.person("خليل", at: 10, entity: "per:khll")]
        EntityStage(tagger: nil).joinSplitNames(&mentions)
        #expect(mentions.map(\.entity) == ["per:smr", "per:khll"])
    }
}

/// A nationality adjective in a person's title says whose title it is (`role_country`).
struct RoleCountryTests {
    @Test("The nationality adjective in a role names its country, masculine, feminine or two words", arguments: [
        ("قال وزير الخارجية الروسي سيرغي لافروف إن الحوار مستمر.", "سيرغي لافروف", "وزير الخارجية الروسي", "russia"),
        ("قال الزعيم الكوري الشمالي كيم جونغ أون إن الحوار مستمر.", "كيم جونغ أون", "الزعيم الكوري الشمالي", "north-korea"),
        ("قالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا إن الحوار مستمر.", "ماريا زاخاروفا",
         "المتحدثة باسم الخارجية الروسية", "russia"),
        ("قال وزير الخارجية الأمريكي أنتوني بلينكن إن الحوار مستمر.", "أنتوني بلينكن", "وزير الخارجية الأمريكي", "united-states"),
    ])
    func roleCountry(_ sentence: String, _ name: String, _ role: String, _ country: String) {
        let person = EntityStageTests.entities(sentence).first { $0.text == name }
        #expect(person?.role == role)
        #expect(person?.roleCountry == country)
    }

    @Test("A role without a nationality adjective has no country")
    func noCountry() {
        let person = EntityStageTests.entities("قال الرئيس فلاديمير بوتين إن الحوار مستمر.").first { $0.text == "فلاديمير بوتين" }
        #expect(person?.role == "الرئيس")
        #expect(person?.roleCountry == nil)
    }

    @Test("role_country is written beside role, and only where there is one")
    func json() throws {
        let document = AnalysisPipeline(stages: [BoilerplateStage(), SentenceStage(), GluedWordStage(), EntityStage(tagger: nil)])
            .analyze(DocumentInput(id: "t", text: "قال وزير الخارجية الروسي سيرغي لافروف إن موسكو مستعدة."))
        let line = String(decoding: document.json(), as: UTF8.self)
        #expect(line.contains(#""role":"وزير الخارجية الروسي","role_country":"russia"}"#))
        #expect(!line.contains(#""entity":"moscow","canonical":"Moscow","canonical_ar":"موسكو","role":null,"role_country""#))
    }
}
