import GRDB
import RasdAnalysis

extension SQLiteCorpusStore {
    /// Read through `scan`'s page cache: a reanalysis reads every text once, and through the
    /// memory map each page read would stay resident.
    public func storedInputs(after row: Int64, limit: Int) throws -> [StoredInput] {
        try scan { db in
            try Row.fetchAll(db, sql: """
                SELECT id, document, title, url, outlet, author, published, text FROM documents
                WHERE id > ? ORDER BY id LIMIT ?
                """, arguments: [row, limit]).map { row in
                StoredInput(row: row["id"], input: DocumentInput(id: row["document"], text: row["text"], title: row["title"],
                                                                 url: row["url"], outlet: row["outlet"], author: row["author"],
                                                                 published: row["published"]))
            }
        }
    }

    /// One write transaction for the whole corpus: readers (searches, the server, `storedInputs`)
    /// see the old analyses until it commits, and an interrupted run leaves them in place.
    @discardableResult
    public func replaceAnalyses(_ next: () throws -> [Reanalysis]?) throws -> Int {
        try pool.write { db in
            for table in Reanalysis.recordTables { try db.execute(sql: "DELETE FROM \(table)") }
            let update = try db.cachedStatement(sql: "UPDATE documents SET analysis = ? WHERE id = ?")
            var replaced = 0
            while let batch = try next() {
                for item in batch {
                    try update.execute(arguments: [item.json, item.row])
                    guard db.changesCount == 1 else { continue }
                    try Self.insertRecords(of: item.document, row: item.row, into: db)
                    replaced += 1
                }
            }
            let stored = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents") ?? 0
            guard replaced == stored else { throw ReanalysisIncomplete(stored: stored, reanalysed: replaced) }
            return replaced
        }
    }
}
