import ArgumentParser
import Foundation
import RasdCorpus

/// `rasd entity`: one entity's page — names, spellings, roles, documents, the entities named with
/// it, its statements and its timeline.
struct EntityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entity",
        abstract: "Show one entity: names, spellings, roles, documents, co-occurring entities, statements, timeline.",
        discussion: """
        The identifier is the one `rasd entities` lists (sergey-lavrov, north-korea).

        Examples:
          rasd entity sergey-lavrov
          rasd entity north-korea --format json
        """
    )

    @Option(help: StoreAccess.storeHelp) var db = "rasd.sqlite"
    @Option(help: "How many documents, co-occurring entities and statements to show, newest or most shared first.")
    var limit = 20
    @Option(help: "table (for people) or json (the profile as one object, for machines).") var format: StoreAccess.Format = .table
    @Argument(help: "The entity identifier.") var id: String

    func run() throws {
        let store = try StoreAccess.open(db)
        let limit = max(0, limit)
        guard let profile = try store.entity(id, documentLimit: limit, coOccurringLimit: limit, statementLimit: limit) else {
            try StoreAccess.requireEntity(id, in: store, db: db)
            return
        }
        switch format {
        case .json: try StoreAccess.printJSONLines([profile])
        case .table: print(Self.page(profile))
        }
    }

    /// The profile as a page for a terminal.
    static func page(_ profile: EntityProfile) -> String {
        var lines: [String] = []
        let names = [profile.canonical, profile.canonicalAr].compactMap { $0 }.joined(separator: " · ")
        lines.append("\(names.isEmpty ? profile.entity : names)  (\(profile.entity), \(profile.type))")
        lines.append("\(profile.mentions) mentions in \(profile.documents) documents")
        lines.append("spellings  " + profile.aliases.map { "\($0.alias) (\($0.count))" }.joined(separator: "، "))
        if !profile.roles.isEmpty {
            lines.append("roles      " + profile.roles.map { role in
                role.role + (role.roleCountry.map { " [\($0)]" } ?? "") + " (\(role.count))"
            }.joined(separator: "، "))
        }
        lines.append("")
        lines.append("documents, newest first (\(profile.newestDocuments.count) of \(profile.documents))")
        for document in profile.newestDocuments {
            lines.append("  " + column(document.published.map { String($0.prefix(10)) } ?? "?", 10) + "  \(document.document)  "
                         + [document.outlet, document.title].compactMap { $0 }.joined(separator: "  "))
        }
        lines.append("")
        lines.append("named with it (documents in common)")
        for other in profile.coOccurring {
            let name = [other.canonical, other.canonicalAr].compactMap { $0 }.joined(separator: " · ")
            lines.append("  " + String(format: "%5d  ", other.documents) + column(other.entity, 30) + " " + column(other.type, 4) + " " + name)
        }
        lines.append("")
        lines.append("statements, newest first (\(profile.statements.count) of \(profile.statementCount))")
        for statement in profile.statements {
            let via = statement.via.isEmpty ? "" : "  via " + statement.via.joined(separator: " ← ")
            lines.append("  " + column(statement.published.map { String($0.prefix(10)) } ?? "?", 10) + "  \(statement.document)  "
                         + statement.cue + (statement.stance == "deny" ? "  DENIES" : "") + via)
            lines.append("      " + statement.content.replacingOccurrences(of: "\n", with: " "))
        }
        lines.append("")
        lines.append("timeline (\(profile.timeline.count))")
        for item in profile.timeline {
            lines.append("  " + column(item.date, 10) + "  " + column(item.kind, 5) + "  \(item.what)  ("
                         + item.participants.joined(separator: ", ") + ")  — " + item.documents.joined(separator: ", "))
        }
        return lines.joined(separator: "\n")
    }

    private static func column(_ text: String, _ width: Int) -> String {
        text.padding(toLength: max(width, text.count), withPad: " ", startingAt: 0)
    }
}
