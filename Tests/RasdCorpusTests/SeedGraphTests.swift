import Foundation
import GRDB
import Testing
@testable import RasdCorpus

/// The entity graph and entity pages over the five seed articles ingested together.
extension SeedCorpusStoreTests {
    @Test("Lavrov's page: his spellings, his role as Russia's foreign minister, his three articles newest first")
    func lavrovProfile() throws {
        let (store, path) = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let lavrov = try #require(try store.entity("sergey-lavrov"))
        #expect(lavrov.canonical == "Sergey Lavrov")
        #expect(lavrov.type == "PER")
        #expect(Set(lavrov.aliases.map(\.alias)).isSuperset(of: ["لافروف", "سيرغي لافروف"]))
        #expect(lavrov.aliases.map(\.count).reduce(0, +) == lavrov.mentions)
        #expect(lavrov.roles.contains { $0.role == "وزير الخارجية الروسي" && $0.roleCountry == "russia" })
        #expect(lavrov.documents == 3)
        // seed-004 states no date: it comes last.
        #expect(lavrov.newestDocuments.map(\.document) == ["seed-002", "seed-000", "seed-004"])
        #expect(lavrov.coOccurring.first { $0.entity == "kim-jong-un" }?.documents == 3)
        #expect(lavrov.statementCount == lavrov.statements.count)
        #expect(lavrov.statements.allSatisfy { ["seed-000", "seed-002", "seed-004"].contains($0.document) })
        #expect(lavrov.timeline.first { $0.what == "meeting" }?.date == "2023-10-19")
    }

    @Test("Around Lavrov: a meeting edge to Kim Jong Un from two articles, a co-mention edge from three")
    func lavrovGraph() throws {
        let (store, path) = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let graph = try store.graph(entity: "sergey-lavrov", depth: 1)
        #expect(graph.nodes.first?.entity == "sergey-lavrov")
        #expect(graph.nodes.first { $0.entity == "kim-jong-un" }?.hops == 1)
        let meeting = graph.edges.first { $0.kind == "meeting" && $0.source == "kim-jong-un" && $0.target == "sergey-lavrov" }
        #expect(meeting?.weight == 2)
        #expect(meeting?.documents == ["seed-000", "seed-002"])
        let coMention = graph.edges.first { $0.kind == "co-mention" && $0.source == "kim-jong-un" && $0.target == "sergey-lavrov" }
        #expect(coMention?.weight == 3)
        #expect(coMention?.documents == ["seed-000", "seed-002", "seed-004"])
    }

    @Test("Every co-mention weight in the seed graph is the number of articles that name both entities")
    func coMentionWeights() throws {
        let (store, path) = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let documents = try store.pool.read { db in
            var byEntity: [String: Set<Int64>] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT DISTINCT entity, document FROM mentions") {
                byEntity[row["entity"], default: []].insert(row["document"])
            }
            return byEntity
        }
        let coMentions = try store.graph().edges.filter { $0.kind == "co-mention" }
        #expect(!coMentions.isEmpty)
        for edge in coMentions {
            let shared = documents[edge.source, default: []].intersection(documents[edge.target, default: []]).count
            #expect(edge.weight == shared, "\(edge.source)—\(edge.target)")
        }
    }
}
