import Foundation
import Testing
@testable import RasdCorpus

/// The entity graph over small team-written stores whose analyses are written by hand: each edge
/// kind, its direction, its weight (documents, not mentions), neighbourhoods and thresholds.
@Suite("Entity graph")
struct EntityGraphTests {
    typealias Doc = HandmadeDocument

    static func edge(_ graph: EntityGraph, _ source: String, _ target: String, _ kind: String) -> EntityGraph.Edge? {
        graph.edges.first { $0.source == source && $0.target == target && $0.kind == kind }
    }

    @Test("Two documents that report Lavrov meeting Kim make one meeting edge of weight 2, undirected")
    func meetingEdge() throws {
        let (store, path) = try Doc.store([
            Doc("d1", "التقى لافروف كيم في بيونغ يانغ.").mention("لافروف", "lavrov").mention("كيم", "kim")
                .event("meeting", "التقى", ["lavrov", "kim"]),
            Doc("d2", "واجتمع كيم مع لافروف مرة ثانية.").mention("كيم", "kim").mention("لافروف", "lavrov")
                .event("meeting", "اجتمع", ["kim", "lavrov"]),
        ])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let graph = try store.graph()
        let meeting = try #require(Self.edge(graph, "kim", "lavrov", "meeting"))
        #expect(meeting.weight == 2)
        #expect(meeting.directed == false)
        #expect(meeting.documents == ["d1", "d2"])
        #expect(graph.edges.filter { $0.kind == "meeting" }.count == 1)
    }

    @Test("A transfer between three participants joins each two of them")
    func eventPairs() throws {
        let (store, path) = try Doc.store([
            Doc("d1", "نقلت كوريا إلى روسيا عبر الصين شحنات.").mention("كوريا", "korea", type: "GPE").mention("روسيا", "russia", type: "GPE")
                .mention("الصين", "china", type: "GPE").event("transfer", "نقلت", ["korea", "russia", "china"]),
        ])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let transfers = try store.graph().edges.filter { $0.kind == "transfer" }.map { "\($0.source)—\($0.target)" }
        #expect(Set(transfers) == ["china—korea", "china—russia", "korea—russia"])
    }

    @Test("An accusation is one accuses edge from who to whom, and a support one supports edge; neither joins them the other way")
    func accusesAndSupports() throws {
        let (store, path) = try Doc.store([
            Doc("d1", "اتهمت روسيا أوكرانيا بالقصف وأيدت الصين روسيا.").mention("روسيا", "russia", type: "GPE")
                .mention("أوكرانيا", "ukraine", type: "GPE").mention("الصين", "china", type: "GPE")
                .event("accusation", "اتهمت", ["russia", "ukraine"]).event("support", "وأيدت", ["china", "russia"]),
        ])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let graph = try store.graph()
        let accuses = try #require(Self.edge(graph, "russia", "ukraine", "accuses"))
        #expect(accuses.directed)
        #expect(Self.edge(graph, "china", "russia", "supports")?.directed == true)
        #expect(Self.edge(graph, "ukraine", "russia", "accuses") == nil)
        #expect(graph.edges.allSatisfy { $0.kind != "accusation" && $0.kind != "support" })
    }

    @Test("A statement gives says-about edges from its speaker to the entities inside its content, and no others")
    func saysAbout() throws {
        let (store, path) = try Doc.store([
            Doc("d1", "قال كيربي إن كوريا سلمت ذخائر، بحسب واشنطن.").mention("كيربي", "kirby").mention("كوريا", "korea", type: "GPE")
                .mention("واشنطن", "washington", type: "GPE")
                .statement("قال", speaker: "kirby", speakerText: "كيربي", content: "كوريا سلمت ذخائر"),
        ])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let graph = try store.graph()
        let says = graph.edges.filter { $0.kind == "says-about" }
        #expect(says.map { "\($0.source)→\($0.target)" } == ["kirby→korea"])
        #expect(says.first?.directed == true)
        #expect(says.first?.weight == 1)
    }

    @Test("A denial gives a denies edge from the speaker, not a says-about one")
    func denies() throws {
        let (store, path) = try Doc.store([
            Doc("d1", "ونفت موسكو أن بيونغ يانغ أرسلت جنودا.").mention("موسكو", "russia", type: "GPE")
                .mention("بيونغ يانغ", "korea", type: "GPE")
                .statement("نفت", speaker: "russia", speakerText: "موسكو", content: "بيونغ يانغ أرسلت جنودا", stance: "deny"),
        ])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let graph = try store.graph()
        #expect(Self.edge(graph, "russia", "korea", "denies")?.weight == 1)
        #expect(Self.edge(graph, "russia", "korea", "says-about") == nil)
    }

    @Test("A statement with no known speaker gives no statement edge")
    func unnamedSpeaker() throws {
        let (store, path) = try Doc.store([
            Doc("d1", "وقالت مصادر إن كوريا سلمت ذخائر.").mention("كوريا", "korea", type: "GPE")
                .statement("قالت", speaker: nil, speakerText: "مصادر", content: "كوريا سلمت ذخائر"),
        ])
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try store.graph().edges.isEmpty)
    }

    @Test("Co-mention weight is the number of documents naming both, however often each names them")
    func coMentionWeight() throws {
        let (store, path) = try Doc.store([
            Doc("d1", "لافروف ثم لافروف ثم كيم.").mention("لافروف", "lavrov").mention("لافروف", "lavrov", occurrence: 1).mention("كيم", "kim"),
            Doc("d2", "كيم ولافروف.").mention("كيم", "kim").mention("لافروف", "lavrov"),
            Doc("d3", "لافروف وبوتين.").mention("لافروف", "lavrov").mention("بوتين", "putin"),
        ])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let graph = try store.graph()
        let coMentions = graph.edges.filter { $0.kind == "co-mention" }
        #expect(coMentions.map { "\($0.source)—\($0.target) \($0.weight)" } == ["kim—lavrov 2", "lavrov—putin 1"])
        #expect(Self.edge(graph, "kim", "lavrov", "co-mention")?.documents == ["d1", "d2"])
        #expect(coMentions.allSatisfy { !$0.directed })
    }

    @Test("Nodes carry the entity's names, type and document count; the whole graph has the entities at its edges' ends")
    func nodes() throws {
        let (store, path) = try Doc.store([
            Doc("d1", "كيم ولافروف.").mention("كيم", "kim", canonical: "Kim Jong Un", canonicalAr: "كيم جونغ أون").mention("لافروف", "lavrov"),
            Doc("d2", "كيم وحده.").mention("كيم", "kim"),
            Doc("d3", "بوتين وحده.").mention("بوتين", "putin"),
        ])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let graph = try store.graph()
        #expect(graph.nodes.map(\.entity) == ["kim", "lavrov"])
        let kim = graph.nodes[0]
        #expect(kim.canonical == "Kim Jong Un")
        #expect(kim.canonicalAr == "كيم جونغ أون")
        #expect(kim.type == "PER")
        #expect(kim.documents == 2)
        #expect(kim.hops == nil)
    }

    /// A chain: a—b in d1, b—c in d2, c—d in d3.
    static func chain() throws -> (store: SQLiteCorpusStore, path: String) {
        try Doc.store([
            Doc("d1", "ألف مع باء.").mention("ألف", "a").mention("باء", "b"),
            Doc("d2", "باء مع جيم.").mention("باء", "b").mention("جيم", "c"),
            Doc("d3", "جيم مع دال.").mention("جيم", "c").mention("دال", "d"),
        ])
    }

    @Test("Depth keeps the entities within that many hops, each with its distance", arguments: [
        (0, ["a": 0]), (1, ["a": 0, "b": 1]), (2, ["a": 0, "b": 1, "c": 2]), (5, ["a": 0, "b": 1, "c": 2, "d": 3]),
    ])
    func depth(depth: Int, expected: [String: Int]) throws {
        let (store, path) = try Self.chain()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let graph = try store.graph(entity: "a", depth: depth)
        #expect(Dictionary(uniqueKeysWithValues: graph.nodes.map { ($0.entity, $0.hops ?? -1) }) == expected)
        #expect(graph.entity == "a")
        #expect(graph.depth == depth)
    }

    @Test("Around an entity, every edge between two kept entities is kept, and none that leaves them")
    func inducedEdges() throws {
        let (store, path) = try Doc.store([
            Doc("d1", "ألف مع باء وجيم.").mention("ألف", "a").mention("باء", "b").mention("جيم", "c"),
            Doc("d2", "باء مع جيم ودال.").mention("باء", "b").mention("جيم", "c").mention("دال", "d"),
        ])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let graph = try store.graph(entity: "a", depth: 1)
        #expect(graph.nodes.map(\.entity) == ["a", "b", "c"])
        #expect(graph.edges.map { "\($0.source)—\($0.target) \($0.weight)" } == ["b—c 2", "a—b 1", "a—c 1"])
    }

    @Test("Edges seen in fewer documents than the minimum are left out and do not connect")
    func minimumWeight() throws {
        let (store, path) = try Doc.store([
            Doc("d1", "ألف مع باء.").mention("ألف", "a").mention("باء", "b"),
            Doc("d2", "ألف مع باء مرة ثانية.").mention("ألف", "a").mention("باء", "b"),
            Doc("d3", "ألف مع جيم.").mention("ألف", "a").mention("جيم", "c"),
        ])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let whole = try store.graph(minimumWeight: 2)
        #expect(whole.edges.map { "\($0.source)—\($0.target)" } == ["a—b"])
        #expect(whole.nodes.map(\.entity) == ["a", "b"])
        #expect(try store.graph(entity: "a", minimumWeight: 2).nodes.map(\.entity) == ["a", "b"])
    }

    @Test("An edge in twelve documents weighs 12 and lists the first ten stored")
    func documentSample() throws {
        let (store, path) = try Doc.store((1...12).map { number in
            Doc("d\(number)", "ألف مع باء في الخبر \(number).").mention("ألف", "a").mention("باء", "b")
        })
        defer { try? FileManager.default.removeItem(atPath: path) }
        let edge = try #require(try store.graph().edges.first)
        #expect(edge.weight == 12)
        #expect(edge.documents == (1...10).map { "d\($0)" })
    }

    @Test("An entity the store does not know gives an empty graph")
    func unknownEntity() throws {
        let (store, path) = try Self.chain()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let graph = try store.graph(entity: "nobody")
        #expect(graph.nodes.isEmpty)
        #expect(graph.edges.isEmpty)
    }

    @Test("The graph's JSON has the documented field names")
    func json() throws {
        let (store, path) = try Self.chain()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let data = try JSONEncoder().encode(try store.graph(entity: "a", depth: 1))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == ["entity", "depth", "minimum_weight", "nodes", "edges"])
        let edge = try #require((object["edges"] as? [[String: Any]])?.first)
        #expect(Set(edge.keys) == ["source", "target", "kind", "directed", "weight", "documents"])
        let node = try #require((object["nodes"] as? [[String: Any]])?.first)
        #expect(Set(node.keys) == ["entity", "type", "mentions", "documents", "hops"])
    }
}
