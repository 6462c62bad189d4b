import ArgumentParser
import Foundation
import RasdCorpus

/// What the commands that read a corpus store share: opening it (with a clear error when there
/// is none), and their two output formats.
enum StoreAccess {
    /// `table` for people, `json` (one object per line) for machines.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table
        case json
    }

    /// The store at `path`, or a clear error and exit status 1 when there is none.
    static func open(_ path: String) throws -> SQLiteCorpusStore {
        guard FileManager.default.fileExists(atPath: path) else {
            printError("rasd: no store at \(path): make one with `rasd ingest --db \(path) PATH…`")
            throw ExitCode(1)
        }
        return try SQLiteCorpusStore(path: path)
    }

    /// A clear error and exit status 1 unless the store knows the entity identifier.
    static func requireEntity(_ id: String, in store: SQLiteCorpusStore, db path: String) throws {
        guard try store.containsEntity(id) else {
            printError("rasd: no entity \(id) in \(path): `rasd entities --db \(path)` lists the identifiers")
            throw ExitCode(1)
        }
    }

    /// Prints each item as one line of JSON.
    static func printJSONLines<Item: Encodable>(_ items: [Item]) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for item in items { print(String(decoding: try encoder.encode(item), as: UTF8.self)) }
    }
}
