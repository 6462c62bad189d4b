import Testing
@testable import RasdAnalysis

/// Claims, on sentences written by the team: a counted event reduced to subject, predicate,
/// object, value and qualifier, with its source and recipient, and a key that two wordings of one
/// claim share.
struct ClaimStageTests {
    static let pipeline = AnalysisPipeline(stages: [
        BoilerplateStage(), MetadataStage(), SentenceStage(), GluedWordStage(), EntityStage(tagger: nil),
        TemporalStage(), QuantityStage(), AttributionStage(), EventStage(), ClaimStage(),
    ])

    static func claims(_ text: String) -> [Claim] {
        pipeline.analyze(DocumentInput(id: "t", text: text, published: "2023-10-19")).claims
    }

    @Test("A reported transfer with a quantity: who, what, how many, to whom, on whose word")
    func countedTransfer() {
        let found = Self.claims("وقال جون كيربي إن كوريا الشمالية سلمت أكثر من ألف حاوية من الذخائر إلى روسيا.")
        #expect(found.count == 1)
        let claim = found.first
        #expect(claim?.subject == "north-korea")
        #expect(claim?.predicate == "transfer")
        #expect(claim?.object == "حاوية")
        #expect(claim?.value == 1000)
        #expect(claim?.qualifier == "more_than")
        #expect(claim?.recipient == "russia")
        #expect(claim?.source == "john-kirby")
        #expect(claim?.date == "2023-10-19")
        #expect(claim?.evidence.text == "كوريا الشمالية سلمت أكثر من ألف حاوية من الذخائر إلى روسيا")
    }

    @Test("Two wordings of one claim share its key, whatever the value")
    func sameKey() {
        let first = Self.claims("وقال جون كيربي إن كوريا الشمالية سلمت أكثر من ألف حاوية إلى روسيا.")
        let second = Self.claims("وأكد البيت الأبيض أن كوريا الشمالية زودت روسيا بنحو 28 ألف حاوية.")
        #expect(first.first?.key == "north-korea|transfer|حاويه")
        #expect(second.first?.key == first.first?.key)
        #expect(second.first?.value == 28000)
        #expect(second.first?.qualifier == "approx")
        #expect(second.first?.recipient == "russia")
    }

    @Test("An event the outlet reports itself, with a quantity, is a claim with no source")
    func unattributed() {
        let found = Self.claims("وأرسلت كوريا الشمالية نحو عشرة آلاف جندي إلى روسيا.")
        #expect(found.first?.predicate == "deployment")
        #expect(found.first?.object == "جندي")
        #expect(found.first?.source == nil)
    }

    @Test("A range keeps both ends: ما بين 10 و20 ألف جندي")
    func range() {
        let found = Self.claims("وأرسلت كوريا الشمالية ما بين 10 و20 ألف جندي إلى روسيا.")
        #expect(found.first?.qualifier == "range")
        #expect(found.first?.value == 10000)
        #expect(found.first?.valueMax == 20000)
    }

    @Test("A denied claim keeps the denial, and a pronoun after أن is the speaker")
    func denied() {
        let found = Self.claims("ونفت كوريا الشمالية أنها زودت روسيا بالأسلحة.")
        #expect(found.count == 1)
        #expect(found.first?.subject == "north-korea")
        #expect(found.first?.recipient == "russia")
        #expect(found.first?.stance == "deny")
        #expect(found.first?.source == "north-korea")
    }

    @Test("An event nobody reports and nothing counts is no claim")
    func noClaim() {
        #expect(Self.claims("والتقى لافروف وانغ يي في بكين.").isEmpty)
    }
}
