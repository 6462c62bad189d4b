import PostgresNIO
import RasdAnalysis
import RasdCorpus

/// `rasd reanalyze` on PostgreSQL: the same one transaction as in SQLite. Rows are deleted, not
/// truncated, so that readers keep seeing the old analyses until it commits.
extension PostgresCorpusStore {
    public func storedInputs(after row: Int64, limit: Int) throws -> [StoredInput] {
        try withConnection { connection in
            try run("""
                SELECT id, document, title, url, outlet, author, published, text FROM documents
                WHERE id > \(row) ORDER BY id LIMIT \(max(0, limit))
                """, on: connection).map { row in
                let (id, document, title, url, outlet, author, published, text) =
                    try row.decode((Int64, String, String?, String?, String?, String?, String?, String).self)
                return StoredInput(row: id, input: DocumentInput(id: document, text: text, title: title, url: url, outlet: outlet,
                                                                author: author, published: published))
            }
        }
    }

    @discardableResult
    public func replaceAnalyses(_ next: () throws -> [Reanalysis]?) throws -> Int {
        try inWriteTransaction { connection in
            for table in Reanalysis.recordTables {
                _ = try run(PostgresQuery(unsafeSQL: "DELETE FROM \(table)"), on: connection)
            }
            var replaced = 0
            while let batch = try next() {
                let updated = try updateAnalyses(batch, on: connection)
                try insertRecords(batch.filter { updated.contains($0.row) }.map { ($0.document, $0.row) }, on: connection)
                replaced += updated.count
            }
            let stored = try run("SELECT COUNT(*) FROM documents", on: connection).first?.decode(Int.self) ?? 0
            guard replaced == stored else { throw ReanalysisIncomplete(stored: stored, reanalysed: replaced) }
            return replaced
        }
    }

    /// Sets the stored analysis of each document of the batch; returns the rows that exist.
    private func updateAnalyses(_ batch: [Reanalysis], on connection: PostgresConnection) throws -> Set<Int64> {
        var updated = Set<Int64>()
        let perStatement = 60_000 / 2
        var start = 0
        while start < batch.count {
            let chunk = batch[start..<min(batch.count, start + perStatement)]
            start += chunk.count
            var bindings = PostgresBindings(capacity: chunk.count * 2)
            var tuples: [String] = []
            for item in chunk {
                bindings.append(item.row)
                bindings.append(item.json)
                tuples.append("($\(bindings.count - 1)::bigint, $\(bindings.count)::text)")
            }
            let sql = "UPDATE documents AS d SET analysis = v.analysis::jsonb FROM (VALUES " + tuples.joined(separator: ", ")
                + ") AS v(id, analysis) WHERE d.id = v.id RETURNING d.id"
            for row in try run(PostgresQuery(unsafeSQL: sql, binds: bindings), on: connection) {
                updated.insert(try row.decode(Int64.self))
            }
        }
        return updated
    }
}
