import Foundation
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

/// Denials that answer the claims of their document (`ClaimDenials`).
extension ClaimStageTests {
    static let accusation = "وقال جون كيربي إن كوريا الشمالية سلمت أكثر من ألف حاوية من الذخائر إلى روسيا."

    @Test("A state body's denial answers the claim about its state, under the claim's key, with its own words as evidence")
    func denialByStateBody() throws {
        let denial = " ونفى الكرملين هذه الاتهامات وقال إنها لا تستند إلى أي دليل."
        let text = Self.accusation + denial
        let found = Self.claims(text)
        let answer = try #require(found.first { $0.stance == "deny" })
        #expect(answer.key == "north-korea|transfer|حاويه")
        #expect(answer.source == "kremlin")
        #expect(answer.value == nil && answer.date == nil)
        #expect(answer.recipient == "russia")
        let evidence = try #require(text.range(of: "هذه الاتهامات وقال إنها لا تستند إلى أي دليل"))
        #expect(answer.evidence.text == String(text[evidence]))
        #expect(found.filter { $0.stance != "deny" }.count == 1)
    }

    @Test("A denial whose words name the claim's recipient answers it; one by the claim's own source does not")
    func denialNamingTheParty() {
        let named = Self.claims(Self.accusation + " ونفت وزارة الخارجية الصينية أن تكون روسيا قد تلقت أي شحنات، ووصفت ذلك بأنه أخبار كاذبة.")
        #expect(named.contains { $0.stance == "deny" && $0.key == "north-korea|transfer|حاويه" })
        let own = Self.claims(Self.accusation + " ونفى جون كيربي أن تكون لديه أرقام أخرى، وقال إنها أخبار كاذبة.")
        #expect(!own.contains { $0.stance == "deny" && $0.source == "john-kirby" })
    }

    @Test("A denial about another party answers nothing: the claim's parties are not the denier's")
    func denialElsewhere() {
        let found = Self.claims(Self.accusation + " ونفت وزارة الخارجية الإيرانية تقارير عن تزويد اليمن بالصواريخ، ووصفتها بأنها أخبار كاذبة.")
        #expect(!found.contains { $0.stance == "deny" && $0.key == "north-korea|transfer|حاويه" })
    }
}
