import ArgumentParser
import Foundation
import RasdCorpus

/// `rasd duplicates`: the groups of near-copies in a corpus store.
struct DuplicatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "duplicates",
        abstract: "List the groups of near-copies (syndicated and lightly edited articles), earliest first in each.",
        discussion: """
        Documents are grouped as they are ingested, by MinHash over word 4-grams of their matching-level \
        text with LSH bands; two documents whose estimated resemblance is at least 0.6 are copies.

        Example:
          rasd duplicates --db rasd.sqlite
        """
    )

    @Option(help: StoreAccess.storeHelp) var db = "rasd.sqlite"
    @Option(help: "table (for people) or json (one group per line, for machines).") var format: StoreAccess.Format = .table

    func run() throws {
        let groups = try StoreAccess.open(db).duplicateGroups()
        switch format {
        case .json:
            try StoreAccess.printJSONLines(groups)
        case .table:
            if groups.isEmpty { print("no near-copies") }
            for group in groups {
                print("\(group.members.count) copies, earliest \(group.earliest.document)")
                for member in group.members {
                    print("   \((member.published ?? "?").padding(toLength: 10, withPad: " ", startingAt: 0))  \(member.document)  \(member.outlet ?? "-")")
                }
            }
        }
    }
}
