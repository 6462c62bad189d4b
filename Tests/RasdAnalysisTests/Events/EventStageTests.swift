import Testing
@testable import RasdAnalysis

/// What happened, on sentences written by the team: each event type from its trigger, only where
/// the sentence holds what the trigger needs, with participants, place and date. Entities come
/// from the gazetteer alone, so each expectation follows from the lexicons and the rules.
struct EventStageTests {
    static let pipeline = AnalysisPipeline(stages: [
        BoilerplateStage(), MetadataStage(), SentenceStage(), GluedWordStage(), EntityStage(tagger: nil),
        TemporalStage(), QuantityStage(), AttributionStage(), EventStage(),
    ])

    /// The events of a text, statements left out.
    static func events(_ text: String) -> [Event] {
        pipeline.analyze(DocumentInput(id: "t", text: text, published: "2024-05-02")).events.filter { $0.type != "statement" }
    }

    @Test("A meeting: its trigger, both parties, the place after في, the resolved date")
    func meeting() {
        let found = Self.events("التقى لافروف نظيره الصيني وانغ يي في بكين أمس.")
        #expect(found.count == 1)
        #expect(found.first?.type == "meeting")
        #expect(found.first?.trigger.text == "التقى")
        #expect(found.first?.participants == ["sergey-lavrov", "wang-yi"])
        #expect(found.first?.place == "beijing")
        #expect(found.first?.date == "2024-05-01")
    }

    @Test("An accusation told verb first: the subject after the verb accuses the next actor",
          arguments: [("اتهمت روسيا أوكرانيا بقصف محطة للطاقة يوم الاثنين.", ["russia", "ukraine"]),
                      ("وتتهم واشنطن بكين بدعم الصناعات العسكرية الروسية.", ["washington-dc", "beijing"])])
    func accusation(text: String, parties: [String]) {
        let found = Self.events(text)
        #expect(found.map(\.type) == ["accusation"])
        #expect(found.first?.participants == parties)
    }

    @Test("Support told subject first, inside a statement: the actor before the verb supports the one after")
    func supportSubjectFirst() {
        let found = Self.events("وقال لافروف إن الصين تؤيد موقف روسيا في المفاوضات.")
        #expect(found.map(\.type) == ["support"])
        #expect(found.first?.participants == ["china", "russia"])
    }

    @Test("With no actor before the verb in a statement, the speaker is the one who supports")
    func supportBySpeaker() {
        let found = Self.events("وقال بلينكن إنه يؤيد كوريا الجنوبية في هذا الملف.")
        #expect(found.first?.type == "support")
        #expect(found.first?.participants == ["antony-blinken", "south-korea"])
    }

    @Test("Support or an accusation with no one on the receiving end is no event: أيدت روسيا القرار")
    func directedNeedsTarget() {
        #expect(Self.events("أيدت روسيا القرار بعد جلسة طويلة.").isEmpty)
    }

    @Test("A subject that names no entity is not replaced by the speaker: وقال لافروف إن الجمعية تدعم …")
    func unnamedSubjectIsNotTheSpeaker() {
        #expect(Self.events("وقال لافروف إن الجمعية تدعم هذا التوجه في الصين.").isEmpty)
    }

    @Test("The nouns name no act: دعم and اتهامات make no event",
          arguments: ["وناقش الوزراء في بروكسل سبل دعم تونس في مكافحة الإرهاب.",
                      "وكانت السعودية ومصر لهما الحصة الأكبر من الاتهامات في العراق."])
    func nounsAreNoEvent(text: String) {
        #expect(Self.events(text).allSatisfy { $0.type != "support" && $0.type != "accusation" })
    }

    @Test("A visit is to a place: زار بلينكن سيول")
    func visit() {
        let found = Self.events("زار بلينكن سيول الأسبوع الماضي.")
        #expect(found.map(\.type) == ["visit"])
        #expect(found.first?.place == "seoul")
        #expect(found.first?.participants == ["antony-blinken"])
    }

    @Test("A visit verb with no place is no visit: وصل عدد الضحايا إلى خمسين")
    func visitWithoutPlace() {
        #expect(Self.events("وقال بيسكوف إن عدد الضحايا وصل إلى خمسين.").isEmpty)
    }

    @Test("A transfer needs goods: سلّمت … شحنات من القذائف; سلّم الجائزة is none")
    func transferNeedsGoods() {
        #expect(Self.events("وسلّمت كوريا الشمالية روسيا شحنات من القذائف.").map(\.type) == ["transfer"])
        #expect(Self.events("وسلم بوتين الجائزة للفائز في موسكو.").isEmpty)
    }

    @Test("أرسل with troops is a deployment, not a transfer")
    func deployment() {
        let found = Self.events("وأرسلت كوريا الشمالية آلاف الجنود إلى روسيا.")
        #expect(found.map(\.type) == ["deployment"])
        #expect(found.first?.participants == ["north-korea", "russia"])
    }

    @Test("وقع with an agreement is a signing; وقع الانفجار is none")
    func agreement() {
        #expect(Self.events("ووقعت روسيا وكوريا الشمالية معاهدة دفاع مشترك.").map(\.type) == ["agreement"])
        #expect(Self.events("ووقع الانفجار قرب الميناء في موسكو.").isEmpty)
    }

    @Test("Each statement with a named speaker is a statement event of that speaker")
    func statement() {
        let all = Self.pipeline.analyze(DocumentInput(id: "t", text: "وقال لافروف إن الحوار ممكن.")).events
        #expect(all.count == 1)
        #expect(all.first?.type == "statement")
        #expect(all.first?.trigger.text == "قال")
        #expect(all.first?.participants == ["sergey-lavrov"])
    }

    @Test("A speaker and its title are not the event's participants")
    func speakerIsNoParticipant() {
        let found = Self.events("وقال المتحدث باسم البيت الأبيض جون كيربي إن كوريا الشمالية سلمت روسيا صواريخ.")
        #expect(found.first?.participants == ["north-korea", "russia"])
    }
}
