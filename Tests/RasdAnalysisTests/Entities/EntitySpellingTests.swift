import Testing
@testable import RasdAnalysis

/// The entity stage on whole sentences, as a specification: each sentence (written for these tests)
/// with the exact mentions it must give: span, type, identity and role. Spellings of one name are one
/// entity; a proclitic is outside the span; a title before a person is its role.
///
/// `SpellingCase` and `ExpectedMention` are shared by the two suites below.
struct ExpectedMention: Sendable, CustomStringConvertible {
    let text: String
    let type: String
    let entity: String
    let role: String?

    init(_ text: String, _ type: String, _ entity: String, role: String? = nil) {
        self.text = text
        self.type = type
        self.entity = entity
        self.role = role
    }

    var description: String { "«\(text)» \(type) \(entity)" + (role.map { " role «\($0)»" } ?? "") }
}

struct SpellingCase: Sendable, CustomTestStringConvertible {
    let sentence: String
    let mentions: [ExpectedMention]

    init(_ sentence: String, _ mentions: ExpectedMention...) {
        self.sentence = sentence
        self.mentions = mentions
    }

    var testDescription: String { sentence + " → " + mentions.map(\.description).joined(separator: ", ") }

    /// Each expected mention's scalar offsets: the first occurrence of its text after the previous
    /// mention's end, so the expectations pin the spans to those characters.
    var spans: [Range<Int>] {
        let scalars = Array(sentence.unicodeScalars)
        var from = 0
        return mentions.map { mention in
            let needle = Array(mention.text.unicodeScalars)
            var start = from
            while start + needle.count <= scalars.count, Array(scalars[start..<start + needle.count]) != needle { start += 1 }
            precondition(start + needle.count <= scalars.count, "«\(mention.text)» is not in «\(sentence)» after offset \(from)")
            from = start + needle.count
            return start..<from
        }
    }
}

enum SpellingPipelines {
    static let gazetteerOnly = AnalysisPipeline(stages: [BoilerplateStage(), SentenceStage(), GluedWordStage(), EntityStage(tagger: nil)])
    static let withModel = AnalysisPipeline(stages: [BoilerplateStage(), SentenceStage(), GluedWordStage(), EntityStage()])

    static func entities(_ text: String, pipeline: AnalysisPipeline, id: String = "t") -> [EntityMention] {
        pipeline.analyze(DocumentInput(id: id, text: text)).entities
    }

    /// Every mention's `start..<end` holds exactly its `text`.
    static func expectSpansHoldText(_ found: [EntityMention], in sentence: String) {
        let scalars = Array(sentence.unicodeScalars)
        for mention in found {
            #expect(mention.start >= 0 && mention.start < mention.end && mention.end <= scalars.count, "\(mention)")
            guard mention.start >= 0, mention.start < mention.end, mention.end <= scalars.count else { continue }
            #expect(String(String.UnicodeScalarView(scalars[mention.start..<mention.end])) == mention.text)
        }
    }

    static func expect(_ mention: EntityMention, is expected: ExpectedMention, at span: Range<Int>) {
        #expect(mention.text == expected.text)
        #expect(mention.start == span.lowerBound && mention.end == span.upperBound, "«\(mention.text)» at \(mention.start)..<\(mention.end)")
        #expect(mention.type == expected.type, "«\(mention.text)»")
        #expect(mention.entity == expected.entity, "«\(mention.text)»")
        #expect(mention.role == expected.role, "«\(mention.text)»")
    }
}

// MARK: - Gazetteer spellings alone (deterministic)

/// `EntityStage(tagger: nil)`: the gazetteer's spellings and the stage's rules only, so every
/// sentence must give exactly the mentions listed, no more.
@Suite("Entity spellings, spans and roles (gazetteer only)")
struct EntitySpellingTests {
    static func check(_ testCase: SpellingCase) {
        let found = SpellingPipelines.entities(testCase.sentence, pipeline: SpellingPipelines.gazetteerOnly)
        SpellingPipelines.expectSpansHoldText(found, in: testCase.sentence)
        #expect(found.count == testCase.mentions.count, "found \(found.map { "«\($0.text)» \($0.entity)" })")
        for ((mention, expected), span) in zip(zip(found, testCase.mentions), testCase.spans) {
            SpellingPipelines.expect(mention, is: expected, at: span)
        }
    }

    @Test("Foreign sounds the gazetteer does not list: g as ق or گ, v as ڤ, and a hyphen or dots inside a name", arguments: [
        SpellingCase("التقى ڤلاديمير بوتين وفدا رسميا.", .init("ڤلاديمير بوتين", "PER", "vladimir-putin")),
        SpellingCase("وصل الوفد إلى ڤلاديفوستوك صباح اليوم.", .init("ڤلاديفوستوك", "GPE", "vladivostok")),
        SpellingCase("قاتلت مجموعة ڤاغنر هناك.", .init("مجموعة ڤاغنر", "ORG", "wagner-group")),
        SpellingCase("أعلنت بيونق يانق موقفها.", .init("بيونق يانق", "GPE", "pyongyang")),
        SpellingCase("قال شويقو إن الحوار مستمر.", .init("شويقو", "PER", "sergei-shoigu")),
        SpellingCase("قال كيم جونق أون إن الحوار مستمر.", .init("كيم جونق أون", "PER", "kim-jong-un")),
        SpellingCase("قال سيرگي لافروف إن الحوار مستمر.", .init("سيرگي لافروف", "PER", "sergey-lavrov")),
        SpellingCase("قال كيم جونغ-أون إن الحوار مستمر.", .init("كيم جونغ-أون", "PER", "kim-jong-un")),
        SpellingCase("وأضاف المصدر (أ.ف.ب) أن الحوار مستمر.", .init("أ.ف.ب", "ORG", "afp")),
        // A native name keeps its letters: `جدة` is Jeddah, and `غدة` (a gland) is no place.
        SpellingCase("زار الوفد مدينة جدة أمس.", .init("جدة", "GPE", "jeddah")),
        SpellingCase("أجرى الطبيب فحصا للغدة أمس."),
    ])
    func unlistedForeignSounds(_ testCase: SpellingCase) { Self.check(testCase) }

    @Test("Foreign sounds: g written غ or ج, v written ف, one entity", arguments: [
        SpellingCase("قال سيرغي لافروف إن الحوار مستمر.", .init("سيرغي لافروف", "PER", "sergey-lavrov")),
        SpellingCase("قال سيرجي لافروف إن الحوار مستمر.", .init("سيرجي لافروف", "PER", "sergey-lavrov")),
        SpellingCase("قال سيرغيه لافروف إن الحوار مستمر.", .init("سيرغيه لافروف", "PER", "sergey-lavrov")),
        SpellingCase("وصل الوفد إلى بيونغ يانغ أمس.", .init("بيونغ يانغ", "GPE", "pyongyang")),
        SpellingCase("وصل الوفد إلى بيونج يانج أمس.", .init("بيونج يانج", "GPE", "pyongyang")),
        SpellingCase("وصل الوفد إلى بيونغيانغ أمس.", .init("بيونغيانغ", "GPE", "pyongyang")),
        SpellingCase("وصل الوفد إلى بيونجيانج أمس.", .init("بيونجيانج", "GPE", "pyongyang")),
        SpellingCase("وصل الوفد إلى بيونغ يانج أمس.", .init("بيونغ يانج", "GPE", "pyongyang")),
        SpellingCase("استقبل كيم جونغ أون الوفد في القصر.", .init("كيم جونغ أون", "PER", "kim-jong-un")),
        SpellingCase("استقبل كيم جونج أون الوفد في القصر.", .init("كيم جونج أون", "PER", "kim-jong-un")),
        SpellingCase("زار شويغو المصنع العسكري.", .init("شويغو", "PER", "sergei-shoigu")),
        SpellingCase("زار شويجو المصنع العسكري.", .init("شويجو", "PER", "sergei-shoigu")),
        SpellingCase("زار سيرغي شويجو المصنع العسكري.", .init("سيرغي شويجو", "PER", "sergei-shoigu")),
        SpellingCase("قاتلت مجموعة فاغنر في المدينة.", .init("مجموعة فاغنر", "ORG", "wagner-group")),
        SpellingCase("التقى فلاديمير بوتين الوفد في موسكو.",
                     .init("فلاديمير بوتين", "PER", "vladimir-putin"), .init("موسكو", "GPE", "moscow")),
        SpellingCase("وصل الوفد إلى فلاديفوستوك أمس.", .init("فلاديفوستوك", "GPE", "vladivostok")),
        SpellingCase("وصل الوفد إلى فلاديفوستك أمس.", .init("فلاديفوستك", "GPE", "vladivostok")),
        SpellingCase("وصل الوفد إلى البنتاغون ثم إلى البنتاجون.",
                     .init("البنتاغون", "ORG", "pentagon"), .init("البنتاجون", "ORG", "pentagon")),
    ])
    func foreignSounds(_ testCase: SpellingCase) { Self.check(testCase) }

    @Test("Final letters: ي or ى, ة or ه, one entity", arguments: [
        SpellingCase("قال سيرجى لافروف إن الحوار مستمر.", .init("سيرجى لافروف", "PER", "sergey-lavrov")),
        SpellingCase("قال سيرغى لافروف إن الحوار مستمر.", .init("سيرغى لافروف", "PER", "sergey-lavrov")),
        SpellingCase("وصل الوفد إلى نيودلهي أمس.", .init("نيودلهي", "GPE", "new-delhi")),
        SpellingCase("وصل الوفد إلى نيودلهى أمس.", .init("نيودلهى", "GPE", "new-delhi")),
        SpellingCase("وصل الوفد إلى سورية أمس.", .init("سورية", "GPE", "syria")),
        SpellingCase("وصل الوفد إلى سوريه أمس.", .init("سوريه", "GPE", "syria")),
        SpellingCase("وصل الوفد إلى سوريا أمس.", .init("سوريا", "GPE", "syria")),
        SpellingCase("وصل الوفد إلى الإسكندرية أمس.", .init("الإسكندرية", "GPE", "alexandria")),
        SpellingCase("وصل الوفد إلى الاسكندريه أمس.", .init("الاسكندريه", "GPE", "alexandria")),
        SpellingCase("أفادت وكاله رويترز بأن الاجتماع انتهى.", .init("وكاله رويترز", "ORG", "reuters")),
    ])
    func finalLetters(_ testCase: SpellingCase) { Self.check(testCase) }

    @Test("Hamza written or not: أ إ or ا, one entity", arguments: [
        SpellingCase("وصل الوفد إلى أوكرانيا أمس.", .init("أوكرانيا", "GPE", "ukraine")),
        SpellingCase("وصل الوفد إلى اوكرانيا أمس.", .init("اوكرانيا", "GPE", "ukraine")),
        SpellingCase("أفادت إنترفاكس بأن الاجتماع انتهى.", .init("إنترفاكس", "ORG", "interfax")),
        SpellingCase("أفادت انترفاكس بأن الاجتماع انتهى.", .init("انترفاكس", "ORG", "interfax")),
        SpellingCase("أفادت وكالة انترفاكس بأن الاجتماع انتهى.", .init("وكالة انترفاكس", "ORG", "interfax")),
        SpellingCase("استقبل كيم جونغ اون الوفد في القصر.", .init("كيم جونغ اون", "PER", "kim-jong-un")),
        SpellingCase("أفادت وكالة إيتار تاس بأن الاجتماع انتهى.", .init("وكالة إيتار تاس", "ORG", "tass")),
        SpellingCase("أفادت وكالة ايتار تاس بأن الاجتماع انتهى.", .init("وكالة ايتار تاس", "ORG", "tass")),
        SpellingCase("أفادت وكالة الانباء المركزية الكورية بأن الاجتماع انتهى.",
                     .init("وكالة الانباء المركزية الكورية", "ORG", "kcna")),
    ])
    func hamza(_ testCase: SpellingCase) { Self.check(testCase) }

    @Test("The article of a place name is inside the span", arguments: [
        SpellingCase("وصل الوفد إلى الجزائر أمس.", .init("الجزائر", "GPE", "algeria")),
        SpellingCase("وصل الوفد إلى العراق أمس.", .init("العراق", "GPE", "iraq")),
        SpellingCase("عاد الوفد من العراق والجزائر أمس.", .init("العراق", "GPE", "iraq"), .init("الجزائر", "GPE", "algeria")),
        SpellingCase("سافر الوفد بالطائرة إلى الولايات المتحدة أمس.", .init("الولايات المتحدة", "GPE", "united-states")),
        SpellingCase("وصل الوفد إلى الولايات المتحدة الأمريكية أمس.", .init("الولايات المتحدة الأمريكية", "GPE", "united-states")),
        SpellingCase("وقع الاتفاق بالعراق أمس.", .init("العراق", "GPE", "iraq")),
    ])
    func article(_ testCase: SpellingCase) { Self.check(testCase) }

    @Test("Agencies and outlets under each of their names", arguments: [
        SpellingCase("أفادت وكالة الصحافة الفرنسية بأن الاجتماع انتهى.", .init("وكالة الصحافة الفرنسية", "ORG", "afp")),
        SpellingCase("أفادت فرانس برس بأن الاجتماع انتهى.", .init("فرانس برس", "ORG", "afp")),
        SpellingCase("أفادت وكالة فرانس برس بأن الاجتماع انتهى.", .init("وكالة فرانس برس", "ORG", "afp")),
        SpellingCase("أفادت الوكالة الفرنسية بأن الاجتماع انتهى.", .init("الوكالة الفرنسية", "ORG", "afp")),
        SpellingCase("انتهى الاجتماع مساء أمس (أ ف ب).", .init("أ ف ب", "ORG", "afp")),
        SpellingCase("أفادت رويترز بأن الاجتماع انتهى.", .init("رويترز", "ORG", "reuters")),
        SpellingCase("أفادت وكالة رويترز بأن الاجتماع انتهى.", .init("وكالة رويترز", "ORG", "reuters")),
        SpellingCase("أفادت تاس بأن الاجتماع انتهى.", .init("تاس", "ORG", "tass")),
        SpellingCase("أفادت وكالة تاس بأن الاجتماع انتهى.", .init("وكالة تاس", "ORG", "tass")),
        SpellingCase("أفادت ريا نوفوستي بأن الاجتماع انتهى.", .init("ريا نوفوستي", "ORG", "ria-novosti")),
        SpellingCase("أفادت وكالة ريا نوفوستي بأن الاجتماع انتهى.", .init("وكالة ريا نوفوستي", "ORG", "ria-novosti")),
        SpellingCase("أفادت وكالة إنترفاكس بأن الاجتماع انتهى.", .init("وكالة إنترفاكس", "ORG", "interfax")),
        SpellingCase("أفادت وكالة إنترفاكس الروسية بأن الاجتماع انتهى.", .init("وكالة إنترفاكس", "ORG", "interfax")),
        SpellingCase("أفادت يونهاب بأن الاجتماع انتهى.", .init("يونهاب", "ORG", "yonhap")),
        SpellingCase("وذكرت وكالة يونهاب للأنباء أن الاجتماع انتهى.", .init("وكالة يونهاب للأنباء", "ORG", "yonhap")),
        SpellingCase("أفادت وكالة الأنباء المركزية الكورية بأن الاجتماع انتهى.",
                     .init("وكالة الأنباء المركزية الكورية", "ORG", "kcna")),
        SpellingCase("أفادت الوكالة المركزية الكورية للأنباء بأن الاجتماع انتهى.",
                     .init("الوكالة المركزية الكورية للأنباء", "ORG", "kcna")),
    ])
    func agencies(_ testCase: SpellingCase) { Self.check(testCase) }

    @Test("A proclitic (و ف ب ل, وب, ول, the first ل of لل) is outside the span", arguments: [
        SpellingCase("وقال ولافروف إن الاتفاق قريب.", .init("لافروف", "PER", "sergey-lavrov")),
        SpellingCase("وسيرغي لافروف تحدث عن الاتفاق.", .init("سيرغي لافروف", "PER", "sergey-lavrov")),
        SpellingCase("وأشار إلى أهمية الاتفاق لروسيا والصين.", .init("روسيا", "GPE", "russia"), .init("الصين", "GPE", "china")),
        SpellingCase("وعقد الاجتماع في باريس وبموسكو.", .init("باريس", "GPE", "paris"), .init("موسكو", "GPE", "moscow")),
        SpellingCase("ولموسكو موقف آخر.", .init("موسكو", "GPE", "moscow")),
        // `ل` + `الولايات` is written `للولايات`: the span starts after the proclitic's `ل`.
        SpellingCase("وجه الاتهام للولايات المتحدة بعرقلة الاتفاق.", .init("لولايات المتحدة", "GPE", "united-states")),
        SpellingCase("وجه الاتهام للولايات المتحدة الأميركية بعرقلة الاتفاق.",
                     .init("لولايات المتحدة الأميركية", "GPE", "united-states")),
        SpellingCase("ثم تحدث فبوتين عن الاتفاق.", .init("بوتين", "PER", "vladimir-putin")),
        SpellingCase("وتحدث بوتين عن الاتفاق فبوتين يريده.",
                     .init("بوتين", "PER", "vladimir-putin"), .init("بوتين", "PER", "vladimir-putin")),
        SpellingCase("قال مصدر لرويترز إن الاجتماع انتهى.", .init("رويترز", "ORG", "reuters")),
        SpellingCase("وصل الوفد وبيونغ يانغ رحبت به.", .init("بيونغ يانغ", "GPE", "pyongyang")),
        SpellingCase("وقعت روسيا وأوكرانيا الاتفاق.", .init("روسيا", "GPE", "russia"), .init("أوكرانيا", "GPE", "ukraine")),
    ])
    func proclitics(_ testCase: SpellingCase) { Self.check(testCase) }

    @Test("The title phrase before a person is its role; other mentions have none", arguments: [
        SpellingCase("قال وزير الخارجية الروسي سيرغي لافروف إن الحوار مستمر.",
                     .init("سيرغي لافروف", "PER", "sergey-lavrov", role: "وزير الخارجية الروسي")),
        SpellingCase("قال وزير الخارجية سيرغي لافروف إن الحوار مستمر.",
                     .init("سيرغي لافروف", "PER", "sergey-lavrov", role: "وزير الخارجية")),
        SpellingCase("قال الوزير سيرغي لافروف إن الحوار مستمر.",
                     .init("سيرغي لافروف", "PER", "sergey-lavrov", role: "الوزير")),
        SpellingCase("قال وزير الدفاع الروسي سيرغي شويغو إن الحوار مستمر.",
                     .init("سيرغي شويغو", "PER", "sergei-shoigu", role: "وزير الدفاع الروسي")),
        SpellingCase("نفى المتحدث باسم الكرملين ديمتري بيسكوف صحة التقارير.",
                     .init("الكرملين", "ORG", "kremlin"),
                     .init("ديمتري بيسكوف", "PER", "dmitry-peskov", role: "المتحدث باسم الكرملين")),
        SpellingCase("قال مستشار الكرملين يوري أوشاكوف إن القمة تأخرت.",
                     .init("الكرملين", "ORG", "kremlin"),
                     .init("يوري أوشاكوف", "PER", "yuri-ushakov", role: "مستشار الكرملين")),
        SpellingCase("قال الزعيم الكوري الشمالي كيم جونغ أون إن الحوار مستمر.",
                     .init("كيم جونغ أون", "PER", "kim-jong-un", role: "الزعيم الكوري الشمالي")),
        // Titles spelled with a hamza seat (`الرئيس`, `رئيس الوزراء`) and feminine titles.
        SpellingCase("قال الرئيس الروسي فلاديمير بوتين إن الحوار مستمر.",
                     .init("فلاديمير بوتين", "PER", "vladimir-putin", role: "الرئيس الروسي")),
        SpellingCase("قال الرئيس الأوكراني فولوديمير زيلينسكي إن الحوار مستمر.",
                     .init("فولوديمير زيلينسكي", "PER", "volodymyr-zelensky", role: "الرئيس الأوكراني")),
        SpellingCase("قال رئيس الوزراء ميخائيل ميشوستين إن الحوار مستمر.",
                     .init("ميخائيل ميشوستين", "PER", "mikhail-mishustin", role: "رئيس الوزراء")),
        SpellingCase("قالت المتحدثة باسم الوزارة ماريا زاخاروفا إن الحوار مستمر.",
                     .init("ماريا زاخاروفا", "PER", "maria-zakharova", role: "المتحدثة باسم الوزارة")),
        // The proclitic on the title word is outside the role too.
        SpellingCase("والتقى الوفد بوزير الخارجية الروسي سيرغي لافروف في موسكو.",
                     .init("سيرغي لافروف", "PER", "sergey-lavrov", role: "وزير الخارجية الروسي"), .init("موسكو", "GPE", "moscow")),
        SpellingCase("والتقى الوفد بالمتحدث باسم الكرملين ديمتري بيسكوف في موسكو.",
                     .init("الكرملين", "ORG", "kremlin"),
                     .init("ديمتري بيسكوف", "PER", "dmitry-peskov", role: "المتحدث باسم الكرملين"), .init("موسكو", "GPE", "moscow")),
    ])
    func roles(_ testCase: SpellingCase) { Self.check(testCase) }

    @Test("A person named without a title has no role", arguments: [
        SpellingCase("التقى سيرغي لافروف ونظيره الصيني.", .init("سيرغي لافروف", "PER", "sergey-lavrov")),
        SpellingCase("نفى بيسكوف صحة التقارير.", .init("بيسكوف", "PER", "dmitry-peskov")),
        SpellingCase("استقبل كيم جونغ أون الوفد في بيونغ يانغ.",
                     .init("كيم جونغ أون", "PER", "kim-jong-un"), .init("بيونغ يانغ", "GPE", "pyongyang")),
    ])
    func noRole(_ testCase: SpellingCase) { Self.check(testCase) }

    @Test("A surname after the full name in one document is the same person", arguments: [
        SpellingCase("التقى سيرغي لافروف نظيره في الصباح. وفي المساء قال لافروف إن المحادثات انتهت.",
                     .init("سيرغي لافروف", "PER", "sergey-lavrov"), .init("لافروف", "PER", "sergey-lavrov")),
        SpellingCase("قال سيرجي شويجو إن التدريبات بدأت. وأضاف شويغو أنها ستستمر أسبوعا.",
                     .init("سيرجي شويجو", "PER", "sergei-shoigu"), .init("شويغو", "PER", "sergei-shoigu")),
    ])
    func surname(_ testCase: SpellingCase) { Self.check(testCase) }
}

// MARK: - With the shipped statistical tagger

/// `EntityStage()` with the shipped tagger: names the gazetteer does not list, found by the model
/// and identified by their transliteration. These expectations depend on the shipped model finding
/// the names; each listed mention must be found with exactly its span, and no other mention may
/// overlap it (a name split in two fails).
@Suite("Entity spellings with the shipped tagger model (depends on the bundled NER model)")
struct ShippedModelEntitySpellingTests {
    static func found(_ testCase: SpellingCase, id: String = "t") -> [EntityMention] {
        let found = SpellingPipelines.entities(testCase.sentence, pipeline: SpellingPipelines.withModel, id: id)
        SpellingPipelines.expectSpansHoldText(found, in: testCase.sentence)
        for (expected, span) in zip(testCase.mentions, testCase.spans) {
            let overlapping = found.filter { $0.start < span.upperBound && span.lowerBound < $0.end }
            #expect(overlapping.count == 1, "«\(expected.text)»: found \(overlapping.map { "«\($0.text)» \($0.entity)" })")
            if let mention = overlapping.first { SpellingPipelines.expect(mention, is: expected, at: span) }
        }
        return found
    }

    @Test("A spelling the gazetteer does not list joins its entry by transliteration", arguments: [
        SpellingCase("قال فلاديمير بوتن إن الحوار مستمر.", .init("فلاديمير بوتن", "PER", "vladimir-putin")),
        SpellingCase("قال ڤولوديمير زيلينسكي إن الحوار مستمر.", .init("ڤولوديمير زيلينسكي", "PER", "volodymyr-zelensky")),
        SpellingCase("قالت ڤيكتوريا نولاند إن الحوار مستمر.", .init("ڤيكتوريا نولاند", "PER", "victoria-nuland")),
        SpellingCase("قال إيجور كوناشينكوف إن الهجوم صد.", .init("إيجور كوناشينكوف", "PER", "igor-konashenkov")),
        SpellingCase("قال أوليج بيلوزيروف إن القطارات تأخرت.", .init("أوليج بيلوزيروف", "PER", "oleg-belozerov")),
        SpellingCase("وصل الوفد إلى بيونجيانغ أمس.", .init("بيونجيانغ", "GPE", "pyongyang")),
    ])
    func transliteratedSpelling(_ testCase: SpellingCase) { _ = Self.found(testCase) }

    @Test("A surname alone after a known full name is that person, though not listed alone", arguments: [
        SpellingCase("التقى يوري أوشاكوف نظيره الصيني. وقال أوشاكوف إن اللقاء مثمر.",
                     .init("يوري أوشاكوف", "PER", "yuri-ushakov"), .init("أوشاكوف", "PER", "yuri-ushakov")),
        SpellingCase("التقى ألكسندر نوفاك نظيره السعودي. وقال نوفاك إن اللقاء مثمر.",
                     .init("ألكسندر نوفاك", "PER", "alexander-novak"), .init("نوفاك", "PER", "alexander-novak")),
        SpellingCase("التقى كيم جونغ أون الوفد الصيني. وقال كيم إن اللقاء مثمر.",
                     .init("كيم جونغ أون", "PER", "kim-jong-un"), .init("كيم", "PER", "kim-jong-un")),
    ])
    func knownSurname(_ testCase: SpellingCase) { _ = Self.found(testCase) }

    /// Full name, then surname alone, of people the gazetteer does not know (invented names).
    static let unknownPeople: [(full: String, surname: String, sentence: String)] = [
        ("فيكتور غرومينكو", "غرومينكو", "قال فيكتور غرومينكو إن المشروع تأخر. وأضاف غرومينكو أن العمل سيستأنف قريبا."),
        ("أوليغ تاراسينكو", "تاراسينكو", "قال أوليغ تاراسينكو إن المشروع تأخر. وأضاف تاراسينكو أن العمل سيستأنف."),
        ("ليونيد كوفالتشوك", "كوفالتشوك", "قال ليونيد كوفالتشوك إن المصنع توقف. وأضاف كوفالتشوك أن الإصلاح سيستغرق أسبوعا."),
        ("غيورغي ماتفيينكوف", "ماتفيينكوف", "صرح غيورغي ماتفيينكوف للصحفيين بأن المصنع توقف. وأكد ماتفيينكوف أن الإصلاح بدأ."),
        ("ڤالنتين ڤيسوتسكي", "ڤيسوتسكي", "قال ڤالنتين ڤيسوتسكي إن المصنع توقف. وأضاف ڤيسوتسكي أن العمل سيستأنف."),
    ]

    @Test("An unknown full name, then its surname: one transliteration-derived identifier", arguments: unknownPeople.indices)
    func unknownSurname(_ index: Int) {
        let person = Self.unknownPeople[index]
        let identifier = TransliterationKey.identifier(person.full, type: "PER")
        #expect(identifier.hasPrefix("per:"))
        _ = Self.found(SpellingCase(person.sentence,
                                    .init(person.full, "PER", identifier), .init(person.surname, "PER", identifier)))
    }

    @Test("A native place whose transliteration key is a listed foreign one's keeps its own identity", arguments: [
        SpellingCase("وصل أمير منطقة جازان إلى الرياض أمس.", .init("جازان", "GPE", "jizan"), .init("الرياض", "GPE", "riyadh")),
        SpellingCase("افتتح الوزير مصنعا جديدا في مدينة الجبيل الصناعية.", .init("الجبيل", "GPE", "al-jubayl")),
        SpellingCase("هطلت أمطار غزيرة على منطقة الجوف شمال المملكة.",
                     .init("الجوف", "GPE", TransliterationKey.identifier("الجوف", type: "GPE"))),
    ])
    func nativePlaceKeepsItsIdentity(_ testCase: SpellingCase) { _ = Self.found(testCase) }

    @Test("A town of the region the tagger finds takes its identity under each spelling", arguments: [
        SpellingCase("وصل أمير منطقة جيزان إلى الرياض أمس.", .init("جيزان", "GPE", "jizan"), .init("الرياض", "GPE", "riyadh")),
        SpellingCase("سقطت قذيفة على مدينة الحسكة أمس.", .init("الحسكة", "GPE", "al-hasakah")),
    ])
    func regionalTown(_ testCase: SpellingCase) { _ = Self.found(testCase) }

    @Test("A town of the region is never looked for in text: the gazetteer alone finds no جازان and no الخبر")
    func regionalTownAddsNoMention() {
        let found = SpellingPipelines.entities("وصل الخبر من جازان إلى الرياض.", pipeline: SpellingPipelines.gazetteerOnly)
        #expect(found.map(\.entity) == ["riyadh"])
    }

    /// Invented people whose names differ only in a long vowel, each alone in its document.
    static let vowelApart: [(String, String)] = [
        ("حسن الزهراني", "حسين الزهراني"),
        ("محمد العتيبي", "محمود العتيبي"),
        ("سعد المطيري", "سعود المطيري"),
        ("جمال", "جميل"),
    ]

    @Test("Arabic names a long vowel apart are two people, in two documents", arguments: vowelApart)
    func vowelTellsArabicNamesApart(_ one: String, _ other: String) {
        let identifiers = [one, other].enumerated().map { document, name in
            let found = Self.found(SpellingCase("قال " + name + " إن الاجتماع انتهى.", .init(name, "PER", TransliterationKey.identifier(name, type: "PER"))),
                                   id: "doc-\(document)")
            return found.first?.entity
        }
        #expect(identifiers[0] != identifiers[1], "\(identifiers)")
    }

    @Test("A person's name that names an institution is the institution, from its head word", arguments: [
        SpellingCase("قال المتحدث باسم مركز الملك سلمان إن القافلة وصلت.",
                     .init("مركز الملك سلمان", "ORG", TransliterationKey.identifier("مركز الملك سلمان", type: "ORG"))),
        SpellingCase("وصلت قافلة لمركز الملك سلمان إلى عدن.",
                     .init("مركز الملك سلمان", "ORG", TransliterationKey.identifier("مركز الملك سلمان", type: "ORG")),
                     .init("عدن", "GPE", "aden")),
        SpellingCase("هبطت الطائرة في مطار الملك خالد بعد رحلة طويلة.",
                     .init("مطار الملك خالد", "ORG", TransliterationKey.identifier("مطار الملك خالد", type: "ORG"))),
        SpellingCase("استقبل الملك سلمان الوفد في الرياض.", .init("الملك سلمان", "PER", "king-salman"), .init("الرياض", "GPE", "riyadh")),
    ])
    func eponymousInstitution(_ testCase: SpellingCase) {
        let found = Self.found(testCase)
        #expect(found.count == testCase.mentions.count, "found \(found.map { "«\($0.text)» \($0.entity)" })")
    }

    @Test("A person's name that names a street is no mention of the person")
    func eponymousStreet() {
        let found = SpellingPipelines.entities("يقع المتجر في شارع الملك فهد وسط الرياض.", pipeline: SpellingPipelines.withModel)
        #expect(found.map(\.entity) == ["riyadh"])
    }

    /// Invented Arabic names, then a later mention of a part: whether it is that person (the
    /// given name, a compound, the first lineage, the family name) or someone else (a parent, a
    /// compound's second word).
    static let nameParts: [(full: String, part: String, samePerson: Bool, sentence: String)] = [
        ("خالد بن مشعل الغامدي", "بن مشعل", true, "قال خالد بن مشعل الغامدي إن المشروع تأخر. وأكد بن مشعل أن التمويل متوفر."),
        ("عبد الرحمن الخطيب", "عبدالرحمن", true, "قال عبد الرحمن الخطيب إن المشروع تأخر. وأضاف عبدالرحمن أن العمل سيستأنف."),
        ("عبد الرحمن الخطيب", "الخطيب", true, "قال عبد الرحمن الخطيب إن المشروع تأخر. وأكد الخطيب أن التمويل متوفر."),
        ("عادل بن أحمد الجبير", "الجبير", true, "قال عادل بن أحمد الجبير إن المحادثات مستمرة. وأضاف الجبير أن الحل قريب."),
        ("عادل بن أحمد الجبير", "أحمد", false, "قال عادل بن أحمد الجبير إن المحادثات مستمرة. وقال أحمد إن الوفد وصل."),
        ("سلطان بن فهد بن ناصر", "فهد", false, "استقبل الأمير سلطان بن فهد بن ناصر وفدا من رجال الأعمال. وقال فهد إن الزيارة ناجحة."),
        ("أبو بكر الحضرمي", "بكر", false, "قال أبو بكر الحضرمي إن السوق مستقر. وقال بكر إن الطلب ضعيف."),
    ]

    @Test("A later part of an Arabic name is the person only if it names him: not a parent, not half a compound",
          arguments: nameParts.indices)
    func arabicNameParts(_ index: Int) {
        let name = Self.nameParts[index]
        let person = TransliterationKey.identifier(name.full, type: "PER")
        let found = SpellingPipelines.entities(name.sentence, pipeline: SpellingPipelines.withModel)
        SpellingPipelines.expectSpansHoldText(found, in: name.sentence)
        #expect(found.map(\.text) == [name.full, name.part])
        #expect(found.first?.entity == person)
        #expect(found.last?.entity == (name.samePerson ? person : TransliterationKey.identifier(name.part, type: "PER")))
    }

    /// One invented name (not in the gazetteer) spelled two ways, each in its own document.
    static let twoSpellings: [(first: String, second: String, before: String, after: String)] = [
        ("فيكتور غرومينكو", "فيكتور جرومينكو", "قال ", " إن المشروع تأخر."),
        ("فيكتور غرومينكو", "فيكتور قرومينكو", "قال ", " إن المشروع تأخر."),
        ("أوليغ تاراسينكو", "أوليج تاراسينكو", "قال ", " إن المشروع تأخر."),
        ("ليونيد كوفالتشوك", "ليونيد كوفالشوك", "قال ", " إن المصنع توقف."),
        ("غيورغي ماتفيينكوف", "جيورجي ماتفيينكوف", "صرح ", " للصحفيين بأن المصنع توقف."),
        ("ڤالنتين ڤيسوتسكي", "فالنتين فيسوتسكي", "قال ", " إن المصنع توقف."),
    ]

    @Test("An unknown name spelled two ways gets one identifier in two separate documents", arguments: twoSpellings.indices)
    func identifierAcrossDocuments(_ index: Int) {
        let pair = Self.twoSpellings[index]
        let identifier = TransliterationKey.identifier(pair.first, type: "PER")
        #expect(identifier.hasPrefix("per:"))
        #expect(TransliterationKey.identifier(pair.second, type: "PER") == identifier)
        for (document, name) in [pair.first, pair.second].enumerated() {
            let sentence = pair.before + name + pair.after
            _ = Self.found(SpellingCase(sentence, .init(name, "PER", identifier)), id: "doc-\(document)")
        }
    }
}
