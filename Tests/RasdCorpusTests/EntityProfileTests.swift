import Foundation
import Testing
@testable import RasdCorpus

/// Entity pages over small team-written stores whose analyses are written by hand.
@Suite("Entity profile")
struct EntityProfileTests {
    typealias Doc = HandmadeDocument

    static func store() throws -> (store: SQLiteCorpusStore, path: String) {
        try Doc.store([
            Doc("old", "قال وزير الخارجية الروسي لافروف إن كيم صديق.", published: "2023-10-19", title: "لقاء", outlet: "A")
                .mention("لافروف", "lavrov", canonical: "Sergey Lavrov", canonicalAr: "سيرغي لافروف",
                         role: "وزير الخارجية الروسي", roleCountry: "russia")
                .mention("كيم", "kim")
                .statement("قال", speaker: "lavrov", speakerText: "لافروف", content: "كيم صديق"),
            Doc("undated", "سيرغي لافروف وكيم وبوتين في خبر بلا تاريخ.").mention("سيرغي لافروف", "lavrov").mention("كيم", "kim")
                .mention("بوتين", "putin"),
            Doc("new", "ونفى لافروف أن تكون الزيارة سرية، وأضاف لافروف أن كيم سيزور موسكو.", published: "2025-07-12", outlet: "B")
                .mention("لافروف", "lavrov", role: "الوزير").mention("لافروف", "lavrov", occurrence: 1)
                .mention("كيم", "kim").mention("موسكو", "moscow", type: "GPE")
                .statement("نفى", speaker: "lavrov", speakerText: "لافروف", content: "تكون الزيارة سرية", stance: "deny")
                .statement("أضاف", speaker: "lavrov", content: "كيم سيزور موسكو"),
        ])
    }

    @Test("Names, type, mention and document counts")
    func identity() throws {
        let (store, path) = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let lavrov = try #require(try store.entity("lavrov"))
        #expect(lavrov.canonical == "Sergey Lavrov")
        #expect(lavrov.canonicalAr == "سيرغي لافروف")
        #expect(lavrov.type == "PER")
        #expect(lavrov.mentions == 4)
        #expect(lavrov.documents == 3)
    }

    @Test("Spellings with their counts, most seen first")
    func aliases() throws {
        let (store, path) = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let aliases = try #require(try store.entity("lavrov")).aliases.map { "\($0.alias) \($0.count)" }
        #expect(aliases == ["لافروف 3", "سيرغي لافروف 1"])
    }

    @Test("Roles with the country they name and how many mentions gave them")
    func roles() throws {
        let (store, path) = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let roles = try #require(try store.entity("lavrov")).roles
        #expect(roles == [.init(role: "الوزير", roleCountry: nil, count: 1),
                          .init(role: "وزير الخارجية الروسي", roleCountry: "russia", count: 1)])
    }

    @Test("Documents newest first, undated last, cut at the limit while the total stays")
    func documents() throws {
        let (store, path) = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let all = try #require(try store.entity("lavrov"))
        #expect(all.newestDocuments.map(\.document) == ["new", "old", "undated"])
        #expect(all.newestDocuments[1] == .init(document: "old", title: "لقاء", outlet: "A", published: "2023-10-19"))
        let two = try #require(try store.entity("lavrov", documentLimit: 2))
        #expect(two.newestDocuments.map(\.document) == ["new", "old"])
        #expect(two.documents == 3)
    }

    @Test("Co-occurring entities by documents shared, most first")
    func coOccurring() throws {
        let (store, path) = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let others = try #require(try store.entity("lavrov")).coOccurring.map { "\($0.entity) \($0.documents)" }
        #expect(others == ["kim 3", "moscow 1", "putin 1"])
        #expect(try store.entity("lavrov", coOccurringLimit: 1)?.coOccurring.map(\.entity) == ["kim"])
    }

    @Test("Statements it made, newest first, with cue, content and stance")
    func statements() throws {
        let (store, path) = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let lavrov = try #require(try store.entity("lavrov"))
        #expect(lavrov.statementCount == 3)
        #expect(lavrov.statements.map { "\($0.document) \($0.cue) \($0.stance) \($0.content)" } == [
            "new نفى deny تكون الزيارة سرية", "new أضاف assert كيم سيزور موسكو", "old قال assert كيم صديق",
        ])
        let one = try #require(try store.entity("lavrov", statementLimit: 1))
        #expect(one.statements.count == 1)
        #expect(one.statementCount == 3)
    }

    @Test("A long statement is cut to the excerpt length, the cut marked")
    func excerpt() throws {
        let long = String(repeating: "كلام طويل ", count: 60).trimmingCharacters(in: .whitespaces)
        let (store, path) = try Doc.store([
            Doc("d", "قال لافروف " + long).mention("لافروف", "lavrov").statement("قال", speaker: "lavrov", content: long),
        ])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let content = try #require(try store.entity("lavrov")?.statements.first?.content)
        #expect(content.count == EntityProfile.excerptLength)
        #expect(content.hasSuffix("…"))
        #expect(long.hasPrefix(String(content.dropLast())))
    }

    @Test("An identifier the store does not know has no profile")
    func unknown() throws {
        let (store, path) = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try store.entity("nobody") == nil)
        #expect(try store.containsEntity("nobody") == false)
        #expect(try store.containsEntity("lavrov") == true)
    }
}
