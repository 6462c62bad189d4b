import ArgumentParser
import Foundation
import RasdCorpus

/// `rasd claims`: the claims ledger of a corpus store.
struct ClaimsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "The claims ledger: each claim with its reports, sources, corroborations, denials and values over time.",
        discussion: """
        A claim is keyed by subject, predicate and object (`north-korea|transfer|حاويه`), so the same claim \
        in many articles is one entry. Corroborations count independent origins: a report's speaker, \
        else its first relaying agency, else its outlet.

        Examples:
          rasd claims --db rasd.sqlite
          rasd claims --entity north-korea --format json
        """
    )

    @Option(help: StoreAccess.storeHelp) var db = "rasd.sqlite"
    @Option(help: "Only claims whose subject, object, recipient or source is this entity.") var entity: String?
    @Option(help: "table (for people) or json (one claim cluster per line, for machines).") var format: StoreAccess.Format = .table

    func run() throws {
        let ledger = try StoreAccess.open(db).claimLedger(entity: entity)
        switch format {
        case .json:
            try StoreAccess.printJSONLines(ledger)
        case .table:
            for cluster in ledger {
                print("\(cluster.key)  — \(cluster.claims.count) reports in \(cluster.sources.count) sources, "
                      + "\(cluster.corroborations) independent origins, \(cluster.denials) denials")
                for report in cluster.claims {
                    var value = report.value.map { DocumentSummary.number($0) } ?? ""
                    if let valueMax = report.valueMax { value += "–" + DocumentSummary.number(valueMax) }
                    if let qualifier = report.qualifier, qualifier != "exact", qualifier != "range", !value.isEmpty { value = qualifier + " " + value }
                    let who = ([report.source ?? "?"] + report.via).joined(separator: " ← ")
                    let when = report.date ?? report.published ?? "?"
                    print("   \(when.padding(toLength: 10, withPad: " ", startingAt: 0))  \(report.document)  \(report.outlet ?? "-")  \(who)"
                          + (report.stance == "deny" ? "  DENIES" : "") + (value.isEmpty ? "" : "  \(value)"))
                }
            }
        }
    }
}
