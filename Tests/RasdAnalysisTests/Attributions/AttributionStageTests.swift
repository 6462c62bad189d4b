import RasdText
import Testing
@testable import RasdAnalysis

/// Who said what, on sentences written by the team: every cue form, quotation shape, speaker rule
/// and relay chain, with exact spans. Entities come from the gazetteer alone (no tagger), so each
/// expectation follows from the lexicons and the rules, not from a trained model.
struct AttributionStageTests {
    static let pipeline = AnalysisPipeline(stages: [
        BoilerplateStage(), MetadataStage(), SentenceStage(), GluedWordStage(), EntityStage(tagger: nil),
        TemporalStage(), QuantityStage(), AttributionStage(),
    ])

    static func attributions(_ text: String) -> [Attribution] {
        let found = pipeline.analyze(DocumentInput(id: "t", text: text, published: "2024-05-02")).attributions
        let scalars = Array(text.unicodeScalars)
        func slice(_ start: Int, _ end: Int) -> String { String(String.UnicodeScalarView(scalars[start..<end])) }
        for attribution in found {
            #expect(slice(attribution.cue.start, attribution.cue.end) == attribution.cue.text)
            #expect(slice(attribution.content.start, attribution.content.end) == attribution.content.text)
            if let speaker = attribution.speaker { #expect(slice(speaker.start, speaker.end) == speaker.text) }
            for relay in attribution.via { #expect(slice(relay.start, relay.end) == relay.text) }
        }
        return found
    }

    static func only(_ text: String) -> Attribution? {
        let found = attributions(text)
        #expect(found.count == 1, "\(found.map(\.cue.text))")
        return found.first
    }

    // MARK: Quotations

    @Test("A quotation after a colon: the speaker after the cue, the quoted words as content, direct")
    func colonQuotation() {
        let found = Self.only("وقال لافروف للصحافيين: «نحن مستعدون للحوار».")
        #expect(found?.cue.text == "قال")
        #expect(found?.speaker?.text == "لافروف")
        #expect(found?.speaker?.entity == "sergey-lavrov")
        #expect(found?.content.text == "نحن مستعدون للحوار")
        #expect(found?.direct == true)
        #expect(found?.stance == "assert")
    }

    @Test("A quotation before the cue: \"…\"، قال بيسكوف")
    func quotationBeforeCue() {
        let found = Self.only("“لن نتراجع عن موقفنا”، قال بيسكوف.")
        #expect(found?.speaker?.entity == "dmitry-peskov")
        #expect(found?.content.text == "لن نتراجع عن موقفنا")
        #expect(found?.direct == true)
    }

    @Test("A quotation that goes on in the next sentence is one content")
    func quotationOverSentences() {
        let found = Self.only("وقال لافروف: «نحن نقدر دعمكم». «وسنواصل التعاون».")
        #expect(found?.content.text == "نحن نقدر دعمكم». «وسنواصل التعاون")
        #expect(found?.direct == true)
    }

    @Test("Quotation marks inside a phrase are not the content: ندد بالسياسات “الخطيرة”")
    func quotedWordInPhrase() {
        let found = Self.only("وندد لافروف بالسياسات “الخطيرة” للولايات المتحدة في المنطقة.")
        #expect(found?.content.text == "بالسياسات “الخطيرة” للولايات المتحدة في المنطقة")
        #expect(found?.direct == false)
    }

    // MARK: Indirect speech and cue forms

    @Test("Indirect speech after أن: the clause to the sentence's end, without the complementizer")
    func indirectSpeech() {
        let found = Self.only("أكدت ماريا زاخاروفا أن موسكو لن تغلق سفارتها.")
        #expect(found?.cue.text == "أكدت")
        #expect(found?.speaker?.entity == "maria-zakharova")
        #expect(found?.content.text == "موسكو لن تغلق سفارتها")
        #expect(found?.direct == false)
    }

    @Test("A complementizer with a pronoun stays in the content: قال إنه …")
    func complementizerWithPronoun() {
        let found = Self.only("وقال بلينكن إنه سيزور المنطقة قريبا.")
        #expect(found?.content.text == "إنه سيزور المنطقة قريبا")
    }

    @Test("Cue forms: past, feminine, plural, present, with و and ف", arguments: [
        ("وأوضح بيسكوف أن الموعد لم يحدد بعد.", "أوضح"),
        ("فأضافت زاخاروفا أن الرد سيكون حازما.", "أضافت"),
        ("ويقول لافروف إن الحوار ممكن.", "يقول"),
        ("وتؤكد زاخاروفا أن السفارة تعمل.", "تؤكد"),
        ("وشدد بلينكن على أن العقوبات باقية.", "شدد"),
        ("ولفت كيربي إلى أن الشحنات مستمرة.", "لفت"),
    ])
    func cueForms(sentence: String, cue: String) {
        #expect(Self.only(sentence)?.cue.text == cue)
    }

    @Test("A verb with its object as content: اتهمت زاخاروفا واشنطن بتأجيج الصراع")
    func objectContent() {
        let found = Self.only("واتهمت زاخاروفا واشنطن بتأجيج الصراع.")
        #expect(found?.speaker?.entity == "maria-zakharova")
        #expect(found?.content.text == "واشنطن بتأجيج الصراع")
    }

    @Test("A negated cue reports nothing: ولم ينف الكرملين")
    func negatedCue() {
        #expect(Self.attributions("ولم ينف الكرملين التقارير عن الصفقة.").isEmpty)
    }

    @Test("An impersonal present verb reports nothing: ويذكر أن …")
    func impersonalVerb() {
        #expect(Self.attributions("ويذكر أن الاجتماع هو الثاني هذا العام.").isEmpty)
    }

    @Test("A verb of saying inside reported content is the speaker's: قال بوتين إنه رأى …")
    func nestedCue() {
        let found = Self.only("وقال بوتين إنه رأى فرصا للتعاون.")
        #expect(found?.content.text == "إنه رأى فرصا للتعاون")
    }

    // MARK: Speakers

    @Test("A title before a name: the speaker is the named person")
    func titleAndName() {
        let found = Self.only("قال وزير الخارجية الأمريكي أنتوني بلينكن إن المحادثات كانت صريحة.")
        #expect(found?.speaker?.text == "أنتوني بلينكن")
        #expect(found?.speaker?.entity == "antony-blinken")
    }

    @Test("A title alone refers to the person named with it earlier: الوزير الروسي is Lavrov")
    func titleRefersBack() {
        let found = Self.attributions("التقى وزير الخارجية الروسي سيرغي لافروف نظيره الصيني. وقال الوزير الروسي إن اللقاء كان مثمرا.")
        #expect(found.count == 1)
        #expect(found.first?.speaker?.text == "الوزير الروسي")
        #expect(found.first?.speaker?.entity == "sergey-lavrov")
    }

    @Test("Unnamed sources are speakers without an entity: مصادر دبلوماسية")
    func unnamedSource() {
        let found = Self.only("وقالت مصادر دبلوماسية إن الاجتماع تأجل.")
        #expect(found?.speaker?.text == "مصادر دبلوماسية")
        #expect(found?.speaker?.entity == nil)
    }

    @Test("An unnamed spokesperson carries the institution it speaks for")
    func unnamedSpokesperson() {
        let found = Self.only("وقال متحدث باسم الكرملين إن الرئيس سيشارك في القمة.")
        #expect(found?.speaker?.text == "متحدث باسم الكرملين")
        #expect(found?.speaker?.entity == nil)
        #expect(found?.speaker?.affiliation == "kremlin")
    }

    @Test("وقالت with no subject refers to the woman who spoke last, not to the man addressed")
    func feminineVerbRefersToWoman() {
        let found = Self.attributions("قال وزير خارجية كوريا الشمالية تشوي سون هوي إن بلادها تدعم موسكو. وقالت للافروف إن العلاقات متينة.")
        #expect(found.count == 2)
        #expect(found.map { $0.speaker?.entity } == ["choe-son-hui", "choe-son-hui"])
    }

    @Test("A feminine verb with a person as subject tells that she is a woman")
    func feminineEvidence() {
        // The gazetteer does not know this person; `قالت` with her as subject does.
        let found = Self.attributions("قالت الكاتبة سلوى النجار إن الرواية اكتملت. وأضافت أن النشر سيكون في الخريف.")
        #expect(found.count == 2)
        #expect(found.last?.speaker == found.first?.speaker)
    }

    @Test("وأضاف continues the previous speaker")
    func continuation() {
        let found = Self.attributions("قال جون كيربي إن الشحنات مستمرة. وأضاف أن واشنطن تراقب الوضع.")
        #expect(found.map { $0.speaker?.entity } == ["john-kirby", "john-kirby"])
    }

    @Test("A participle continues the sentence's subject: وأشاد لافروف …، مؤكدا أن …")
    func participleContinuation() {
        let found = Self.only("وأشاد لافروف بالعلاقات الثنائية، مؤكدا أن التعاون سيتوسع.")
        #expect(found?.cue.text == "مؤكدا")
        #expect(found?.speaker?.entity == "sergey-lavrov")
        #expect(found?.content.text == "التعاون سيتوسع")
    }

    @Test("A subject before the verb: والكرملين اعتبر، كيربي الذي قال، المحللين أشاروا", arguments: [
        ("والكرملين اعتبر أن العقوبات غير قانونية.", "الكرملين"),
        ("وكيربي، الذي قال إن الشحنات مستمرة، التقى الصحافيين.", "كيربي"),
        ("لكن المحللين أشاروا إلى أن الإنتاج لا يكفي.", "المحللين"),
    ])
    func subjectBeforeVerb(sentence: String, speaker: String) {
        #expect(Self.attributions(sentence).first?.speaker?.text == speaker)
    }

    @Test("A noun the lexicon does not list can speak after a past verb: وقال مدرب الفريق")
    func unlistedNounSpeaker() {
        let found = Self.only("وقال مدرب الفريق عقب المباراة إن اللاعبين قدموا أداء كبيرا.")
        #expect(found?.speaker?.text == "مدرب الفريق")
    }

    @Test("An abbreviated title is skipped: وقال د. …")
    func abbreviatedTitle() {
        let found = Self.only("وقال د. سيرغي لافروف إن الحوار ممكن.")
        #expect(found?.speaker?.entity == "sergey-lavrov")
    }

    @Test("A subject linked by قد wins over a noun after the verb: وكانت موسكو قد نفت تقارير …")
    func linkedSubjectWins() {
        let found = Self.only("وكانت موسكو قد نفت تقارير سابقة عن الصفقة.")
        #expect(found?.speaker?.entity == "moscow")
        #expect(found?.stance == "deny")
    }

    @Test("A verb of saying in a relative clause reports nothing: برنامج أعلنت عنه موسكو")
    func relativeClauseCue() {
        #expect(Self.attributions("ووصلت الشحنة ضمن برنامج أعلنت عنه موسكو الشهر الماضي.").isEmpty)
    }

    @Test("A participle continues the subject of the sentence's verb, a verb of saying or not")
    func participleAfterOtherVerb() {
        let found = Self.only("وعبّر الطلاب عن سعادتهم بالبرنامج، مؤكدين أنهم تعلموا الكثير.")
        #expect(found?.cue.text == "مؤكدين")
        #expect(found?.speaker?.text == "الطلاب")
    }

    @Test("A short quoted name after the verb is the speaker, not the content: وحذر \"باكيز\" من أن …")
    func quotedName() {
        let found = Self.only("وحذر \"باكيز\" إلى أن السمعة ستتضرر.")
        #expect(found?.speaker?.text == "باكيز")
        #expect(found?.content.text == "السمعة ستتضرر")
    }

    @Test("بحسب X فإن …: the clause after فإن, whatever X is")
    func accordingToThen() {
        let found = Self.only("وبحسب كبار السن في البلدة فإن الأفاعي تختفي في الشتاء.")
        #expect(found?.speaker?.text == "كبار السن")
        #expect(found?.content.text == "الأفاعي تختفي في الشتاء")
    }

    @Test("An unclosed quotation mark does not swallow the paragraph's later statements")
    func unclosedQuotation() {
        let found = Self.attributions("ويسألك الباعة: \"كم شهادة تريد؟ ثم تحصل عليها خلال ساعة. وقال بيسكوف إن شارع \"ريكتو\" مشهور.")
        #expect(found.contains { $0.speaker?.entity == "dmitry-peskov" })
    }

    // MARK: Relays

    @Test("نقلت وكالة X عن Y قوله: speaker Y, via X")
    func relay() {
        let found = Self.only("ونقلت وكالة تاس عن ديمتري بيسكوف قوله إن الكرملين لم يتلق أي طلب.")
        #expect(found?.cue.text == "نقلت")
        #expect(found?.speaker?.entity == "dmitry-peskov")
        #expect(found?.via.map(\.entity) == ["tass"])
        #expect(found?.content.text == "الكرملين لم يتلق أي طلب")
    }

    @Test("A quotation before a relay: “…”، هكذا نقلت وكالة إنترفاكس عن شويغو قوله")
    func relayAfterQuotation() {
        let found = Self.only("“لن نغير خططنا”، هكذا نقلت وكالة إنترفاكس عن شويغو قوله.")
        #expect(found?.speaker?.entity == "sergei-shoigu")
        #expect(found?.via.map(\.entity) == ["interfax"])
        #expect(found?.content.text == "لن نغير خططنا")
        #expect(found?.direct == true)
    }

    @Test("An agency after the statement relays it: وفقا لما ذكرته وكالة الصحافة الفرنسية")
    func agencyAfterStatement() {
        let found = Self.only("وقال لافروف إن الزيارة ناجحة، وفقا لما ذكرته وكالة الصحافة الفرنسية.")
        #expect(found?.speaker?.entity == "sergey-lavrov")
        #expect(found?.content.text == "الزيارة ناجحة")
        #expect(found?.via.map(\.entity) == ["afp"])
    }

    @Test("Told to an agency: قال بيسكوف لوكالة ريا نوفوستي")
    func toldToAgency() {
        let found = Self.only("وقال بيسكوف لوكالة ريا نوفوستي إن الموعد لم يحدد.")
        #expect(found?.speaker?.entity == "dmitry-peskov")
        #expect(found?.via.map(\.entity) == ["ria-novosti"])
    }

    @Test("نقلا عن names the first speaker; the sentence's subject relays it")
    func originPhrase() {
        let found = Self.only("أفادت وسائل إعلام يابانية، نقلا عن مصادر حكومية، أن طوكيو ستفرض عقوبات جديدة.")
        #expect(found?.speaker?.text == "مصادر حكومية")
        #expect(found?.via.map(\.text) == ["وسائل إعلام يابانية"])
        #expect(found?.content.text == "طوكيو ستفرض عقوبات جديدة")
    }

    @Test("A source that is no agency speaks the clause it closes: …، بحسب البيت الأبيض")
    func sourcePhraseSpeaker() {
        let found = Self.only("ووصلت الشحنة إلى الميناء أمس، بحسب البيت الأبيض.")
        #expect(found?.cue.text == "بحسب")
        #expect(found?.speaker?.entity == "white-house")
        #expect(found?.content.text == "ووصلت الشحنة إلى الميناء أمس")
    }

    @Test("A source inside its clause speaks all of it: تسعى بيونغ يانغ بحسب محللين إلى …")
    func sourceInsideClause() {
        let found = Self.only("وتسعى بيونغ يانغ بحسب محللين إلى الحصول على تكنولوجيا متطورة.")
        #expect(found?.speaker?.text == "محللين")
        #expect(found?.content.text == "وتسعى بيونغ يانغ بحسب محللين إلى الحصول على تكنولوجيا متطورة")
    }

    @Test("A quotation right after a source is its content: وفق بيان للخارجية \"…\"")
    func quotationAfterSource() {
        let found = Self.only("وتناولت المحادثات وفق بيان للخارجية الروسية \"قضايا التعاون الثنائي\".")
        #expect(found?.speaker?.text == "بيان للخارجية الروسية")
        #expect(found?.content.text == "قضايا التعاون الثنائي")
        #expect(found?.direct == true)
    }

    @Test("A wire dateline relays the whole story: بكين (أ ف ب) -")
    func dateline() {
        let found = Self.attributions("بكين (أ ف ب) - قال وانغ يي إن بلاده تدعم الحوار.\n\nوأضاف أن الحل سياسي.")
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.via.map(\.entity) == ["afp"] })
    }

    @Test("A source phrase over a thing is no attribution: وفق الخطة")
    func sourcePhraseOverThing() {
        #expect(Self.attributions("وسيبدأ الانسحاب الشهر المقبل وفق الخطة المعلنة.").isEmpty)
    }

    @Test("An agency credited on a line of its own relays the whole article")
    func articleCredit() {
        let found = Self.attributions("قال بلينكن إن واشنطن قلقة من التصعيد.\n\nوأضاف أن الحوار هو الحل.\n\n(بحسب رويترز)")
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.via.map(\.entity) == ["reuters"] })
    }

    // MARK: Stance

    @Test("A denial verb denies: ونفى بيسكوف التقارير")
    func denialVerb() {
        let found = Self.only("ونفى بيسكوف التقارير عن صفقة أسلحة.")
        #expect(found?.stance == "deny")
        #expect(found?.content.text == "التقارير عن صفقة أسلحة")
    }

    @Test("Described as false news: ووصف المسؤولون الروس هذه الاتهامات بأنها أخبار كاذبة")
    func describedAsFalse() {
        let found = Self.only("ووصف المسؤولون الروس هذه الاتهامات بأنها أخبار كاذبة.")
        #expect(found?.speaker?.text == "المسؤولون الروس")
        #expect(found?.stance == "deny")
    }

    @Test("Denial words in the content deny", arguments: [
        "وقال الكرملين إن هذه الاتهامات لا تستند إلى أي دليل.",
        "وقالت زاخاروفا إن التقارير أخبار كاذبة.",
        "وقال بيسكوف إن الرواية الأمريكية عارية عن الصحة.",
    ])
    func denialContent(sentence: String) {
        #expect(Self.only(sentence)?.stance == "deny")
    }

    // MARK: Hostile input

    @Test("An endless sentence of source phrases gives each a clause of its own, not the sentence")
    func endlessSentence() {
        let text = "وقال لافروف " + String(repeating: "إن الحوار ممكن بحسب مصادر ", count: 2000)
        let found = Self.pipeline.analyze(DocumentInput(id: "t", text: text)).attributions
        #expect(found.count > 1000)
        #expect(found.allSatisfy { $0.content.text.unicodeScalars.count < 3000 })
    }

    // MARK: Lexicon

    @Test("Inflected forms come from the lexicon's two forms: نفى → نفت نفوا, يرى → ترى يرون")
    func inflection() {
        #expect(VerbInflection.pastForms("نفى").map(\.0) == ["نفى", "نفت", "نفوا", "نفيا", "نفتا"])
        #expect(VerbInflection.pastForms("قال").map(\.0) == ["قال", "قالت", "قالوا", "قالا", "قالتا"])
        #expect(VerbInflection.presentForms("يرى").map(\.0) == ["يرى", "ترى", "يرون", "يريان"])
        #expect(VerbInflection.presentForms("يقول").map(\.0) == ["يقول", "تقول", "يقولون", "يقولان"])
    }
}
