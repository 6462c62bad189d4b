import ArgumentParser
import Foundation
import RasdCorpus

/// `rasd graph`: the entity graph of a corpus store, or the neighbourhood of one entity.
struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "The entity graph: events between entities, who says what about whom, and co-mentions.",
        discussion: """
        Edges: an event type (meeting, visit, agreement, transfer, deployment) between two of its \
        participants; supports and accuses from who to whom; says-about (or denies) from a speaker to each entity named in the statement; \
        co-mention between two entities named in the same document. An edge's weight is the number \
        of documents that show it. For Gephi, `rasd export --format gexf` writes the same graph.

        Examples:
          rasd graph --entity sergey-lavrov
          rasd graph --entity north-korea --depth 2 --min-weight 3 --format json
          rasd graph --min-weight 20
        """
    )

    @Option(help: StoreAccess.storeHelp) var db = "rasd.sqlite"
    @Option(help: "Only the neighbourhood of this entity identifier (see `rasd entities`).") var entity: String?
    @Option(help: "With --entity: how many hops from it.") var depth = 1
    @Option(help: "Leave out edges seen in fewer documents.") var minWeight = 1
    @Option(help: "Nodes and edges to show in the table (json has them all).") var limit = 50
    @Option(help: "table (for people) or json (the graph as one object, for machines).") var format: StoreAccess.Format = .table

    func validate() throws {
        if depth < 0 { throw ValidationError("--depth is a number of hops: 0 or more.") }
        if minWeight < 1 { throw ValidationError("--min-weight is a number of documents: 1 or more.") }
    }

    func run() throws {
        let store = try StoreAccess.open(db)
        if let entity { try StoreAccess.requireEntity(entity, in: store, db: db) }
        let graph = try store.graph(entity: entity, depth: depth, minimumWeight: minWeight)
        switch format {
        case .json: try StoreAccess.printJSONLines([graph])
        case .table: print(Self.table(graph, limit: max(0, limit)))
        }
    }

    static func table(_ graph: EntityGraph, limit: Int) -> String {
        var lines: [String] = []
        let depth = graph.depth ?? 1
        let scope = graph.entity.map { "within \(depth) hop\(depth == 1 ? "" : "s") of \($0)" } ?? "the whole corpus"
        lines.append("\(graph.nodes.count) entities and \(graph.edges.count) edges, \(scope), edges seen in at least "
                     + "\(graph.minimumWeight) document\(graph.minimumWeight == 1 ? "" : "s")")
        lines.append("")
        lines.append("hops  docs  entity                          type  name")
        for node in graph.nodes.prefix(limit) {
            let name = [node.canonical, node.canonicalAr].compactMap { $0 }.joined(separator: " · ")
            let hops = node.hops.map(String.init) ?? "-"
            lines.append(String(repeating: " ", count: max(0, 4 - hops.count)) + hops + String(format: "  %4d  ", node.documents)
                         + node.entity.padding(toLength: max(31, node.entity.count), withPad: " ", startingAt: 0) + " "
                         + node.type.padding(toLength: 4, withPad: " ", startingAt: 0) + "  " + name)
        }
        if graph.nodes.count > limit { lines.append("… \(graph.nodes.count - limit) more entities") }
        // Events and statements first, then co-mentions: each heaviest first.
        let relations = graph.edges.filter { $0.kind != EntityGraph.Kind.coMention }
        let coMentions = graph.edges.filter { $0.kind == EntityGraph.Kind.coMention }
        for (title, edges) in [("events and statements", relations), ("co-mentions", coMentions)] {
            lines.append("")
            lines.append("\(title) (\(edges.count))")
            lines.append("weight  kind        edge")
            for edge in edges.prefix(limit) {
                lines.append(String(format: "%6d  ", edge.weight) + edge.kind.padding(toLength: max(10, edge.kind.count), withPad: " ", startingAt: 0)
                             + "  \(edge.source) \(edge.directed ? "→" : "—") \(edge.target)  (" + edge.documents.joined(separator: ", ")
                             + (edge.documents.count < edge.weight ? ", …" : "") + ")")
            }
            if edges.count > limit { lines.append("… \(edges.count - limit) more") }
        }
        return lines.joined(separator: "\n")
    }
}
