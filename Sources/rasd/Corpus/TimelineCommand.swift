import ArgumentParser
import Foundation
import RasdCorpus

/// `rasd timeline`: events and claims of a corpus store in date order.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Events and claims with a resolved date, oldest first, each with the documents that report it.",
        discussion: """
        Example:
          rasd timeline --db rasd.sqlite --entity sergey-lavrov
        """
    )

    @Option(help: StoreAccess.storeHelp) var db = "rasd.sqlite"
    @Option(help: "Only items that name this entity.") var entity: String?
    @Option(help: "table (for people) or json (one item per line, for machines).") var format: StoreAccess.Format = .table

    func run() throws {
        let items = try StoreAccess.open(db).timeline(entity: entity)
        switch format {
        case .json:
            try StoreAccess.printJSONLines(items)
        case .table:
            if items.isEmpty { print("no dated events or claims") }
            for item in items {
                print("\(item.date.padding(toLength: 10, withPad: " ", startingAt: 0))  \(item.kind.padding(toLength: 5, withPad: " ", startingAt: 0))  "
                      + "\(item.what)  (\(item.participants.joined(separator: ", ")))  — \(item.documents.joined(separator: ", "))")
            }
        }
    }
}
