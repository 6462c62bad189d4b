import ArgumentParser
import Foundation
import RasdCorpus

/// `rasd entities`: the entities of a corpus store, with the spellings seen for each.
struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "List a store's entities: identifier, type, names, spellings seen, mentions and documents.",
        discussion: """
        Example:
          rasd entities --db rasd.sqlite --limit 10
          rasd entities --type PER
          rasd entities --name لافروف
          rasd entities --format json
          rasd entities --db postgres://rasd@127.0.0.1/news
        """
    )

    /// The contract's entity types.
    static let types = ["PER", "ORG", "GPE", "LOC", "MISC"]

    @Option(help: StoreAccess.storeHelp) var db = "rasd.sqlite"
    @Option(help: "How many, most documents first.") var limit = 20
    @Option(help: "Only this type: PER, ORG, GPE, LOC or MISC.") var type: String?
    @Option(help: "Only those whose identifier, name or a spelling seen contains this text.") var name: String?
    @Option(help: "table (for people) or json (one object per line, for machines).") var format: StoreAccess.Format = .table

    func validate() throws {
        if let type, !Self.types.contains(type.uppercased()) {
            throw ValidationError("--type must be one of \(Self.types.joined(separator: ", ")), not '\(type)'.")
        }
        if let name, name.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--name must not be empty.") }
    }

    func run() throws {
        let entities = try StoreAccess.open(db).entities(type: type?.uppercased(), name: name?.trimmingCharacters(in: .whitespaces),
                                                         limit: max(1, limit), offset: 0).entities
        switch format {
        case .json:
            try StoreAccess.printJSONLines(entities)
        case .table:
            print("entity                          type  docs  mentions  name / spellings seen")
            for entity in entities {
                let name = [entity.canonical, entity.canonicalAr].compactMap { $0 }.joined(separator: " · ")
                let spellings = entity.aliases.prefix(5).joined(separator: "، ")
                print(entity.entity.padding(toLength: 31, withPad: " ", startingAt: 0) + " "
                      + entity.type.padding(toLength: 4, withPad: " ", startingAt: 0)
                      + String(format: " %5d %9d  ", entity.documents, entity.mentions)
                      + (name.isEmpty ? "" : name + " — ") + spellings)
            }
        }
    }
}
