import ArgumentParser
import Foundation
import RasdCorpus
import RasdPostgres

/// What the commands that read a corpus store share: opening it (with a clear error when there
/// is none), and their two output formats.
enum StoreAccess {
    /// `table` for people, `json` (one object per line) for machines.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table
        case json
    }

    /// The SQLite store at `path`, or a clear error and exit status 1 when there is none.
    private static func openSQLite(_ path: String) throws -> SQLiteCorpusStore {
        guard FileManager.default.fileExists(atPath: path) else {
            printError("rasd: no store at \(path): make one with `rasd ingest --db \(path) PATH…`")
            throw ExitCode(1)
        }
        return try SQLiteCorpusStore(path: path)
    }

    /// The SQLite store at `path`, made if missing, or a clear error and exit status 1.
    static func makeSQLite(_ path: String) throws -> SQLiteCorpusStore {
        do { return try SQLiteCorpusStore(path: path) } catch {
            printError("rasd: cannot open the store \(path): \(error)")
            throw ExitCode(1)
        }
    }

    /// What `--db` takes, for the help of every command that reads a store.
    static let storeHelp = ArgumentHelp("The store: a SQLite file or postgres://user[:password]@host[:port]/database.")

    /// The store `db` names, SQLite or PostgreSQL (`postgres://…`), for what every store does
    /// (`CorpusStore`). `create`: a missing SQLite file is made (ingest) instead of refused.
    static func open(_ db: String, create: Bool = false) throws -> any CorpusStore {
        guard PostgresURL.isPostgres(db) else { return create ? try makeSQLite(db) : try openSQLite(db) }
        do {
            return try PostgresCorpusStore(url: db)
        } catch {
            printError("rasd: cannot open the PostgreSQL store \(PostgresURL.redacted(db)): \(error)")
            throw ExitCode(1)
        }
    }

    /// `db` as messages show it: a PostgreSQL URL without its password.
    static func shown(_ db: String) -> String { PostgresURL.redacted(db) }

    /// A clear error and exit status 1 unless the store knows the entity identifier.
    static func requireEntity(_ id: String, in store: any CorpusStore, db path: String) throws {
        guard try store.containsEntity(id) else {
            printError("rasd: no entity \(id) in \(shown(path)): `rasd entities --db \(shown(path))` lists the identifiers")
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
