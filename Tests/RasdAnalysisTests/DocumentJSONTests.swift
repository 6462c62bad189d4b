import Foundation
import RasdAnalysis
import RasdText
import Testing

@Suite("document JSON")
struct DocumentJSONTests {
    static let document = AnalyzedDocument(
        id: "wire-7", text: "قال \"الوزير\":\n\tنعم\u{1}", title: nil, outlet: "Al Hurra", published: "2024-03-14",
        boilerplate: [BoilerplateBlock(TextSpan(start: 0, end: 3), in: SourceText("قال \"الوزير\""), kind: .siteDescription)],
        sentences: [SpanText(start: 0, end: 12, text: "قال \"الوزير\"")],
        quantities: [QuantityMention(start: 0, end: 3, text: "قال", value: 1000, unit: "حاوية",
                                     qualifier: "range", valueMax: 2.5, per: nil)],
        attributions: [Attribution(speaker: nil, cue: SpanText(start: 0, end: 3, text: "قال"),
                                   content: SpanText(start: 4, end: 12, text: "\"الوزير\""), direct: true,
                                   via: [EntityReference(start: 4, end: 12, text: "\"الوزير\"", entity: "afp")],
                                   stance: "assert")]
    )

    @Test("fields come out in the contract's order, absent metadata as null")
    func fieldOrder() throws {
        let json = String(decoding: Self.document.json(), as: UTF8.self)
        let keys = ["\"id\"", "\"text\"", "\"title\":null", "\"url\":null", "\"outlet\"", "\"author\":null",
                    "\"published\"", "\"language\"", "\"boilerplate\"", "\"sentences\"", "\"entities\":[]",
                    "\"dates\":[]", "\"quantities\"", "\"attributions\"", "\"events\":[]", "\"claims\":[]"]
        let positions = keys.map { json.range(of: $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
        #expect(json.contains("\"kind\":\"site_description\""))
        #expect(json.contains("\"value\":1000,"))
        #expect(json.contains("\"value_max\":2.5"))
        #expect(!json.contains("\n"))
    }

    @Test("compact and pretty output decode to the same document")
    func prettyAndCompactAgree() throws {
        for pretty in [false, true] {
            let decoded = try JSONDecoder().decode(AnalyzedDocument.self, from: Data(Self.document.json(pretty: pretty)))
            #expect(decoded == Self.document)
        }
        let pretty = String(decoding: Self.document.json(pretty: true), as: UTF8.self)
        #expect(pretty.hasPrefix("{\n  \"id\": \"wire-7\",\n  \"text\": "))
    }

    @Test("control characters, quotes and backslashes are escaped; Arabic stays UTF-8")
    func escaping() throws {
        let json = String(decoding: Self.document.json(), as: UTF8.self)
        #expect(json.contains(#""text":"قال \"الوزير\":\n\tنعم\u0001""#))
        let decoded = try JSONDecoder().decode(AnalyzedDocument.self, from: Data(Self.document.json()))
        #expect(decoded == Self.document)
    }
}
