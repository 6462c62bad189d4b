import Foundation
import PostgresNIO
import RasdCorpus

/// Near-copies in PostgreSQL, by the SQLite store's rule (`NearDuplicates.firstResembling`): a new
/// document's 16 MinHash band keys find the stored documents filed under the same keys, the first
/// whose signature resembles its own at least `MinHash.threshold` gives its group, else it starts
/// a group of its own (named by its row). `signatures` and `bands` hold what the next one compares.
extension PostgresCorpusStore {
    /// Groups the stored document `row` and files its signature and band keys, in the caller's transaction.
    func placeNearCopies(_ row: Int64, signature: MinHash, on connection: PostgresConnection) throws {
        let keys = signature.bandKeys
        let bands = keys.indices.map(Int32.init)
        // The documents under each band's key, band by band, first stored first.
        var filed = [[Int64]](repeating: [], count: keys.count)
        for found in try run("""
            SELECT b.band, b.document FROM unnest(\(bands)::integer[], \(keys)::bigint[]) AS wanted(band, key)
            JOIN bands b ON b.band = wanted.band AND b.key = wanted.key
            ORDER BY b.band, b.document
            """, on: connection) {
            let (band, document) = try found.decode((Int32, Int64).self)
            filed[Int(band)].append(document)
        }
        var stored: [Int64: MinHash] = [:]
        let candidates = Array(Set(filed.joined()))
        if !candidates.isEmpty {
            for found in try run("SELECT document, minhash FROM signatures WHERE document = ANY(\(candidates))", on: connection) {
                let (document, bytes) = try found.decode((Int64, Data).self)
                stored[document] = MinHash(bytes: [UInt8](bytes))
            }
        }
        let match = NearDuplicates.firstResembling(signature, keys: keys, candidates: { band, _ in filed[band] },
                                                   signature: { stored[$0] })
        var group = row
        if let match {
            group = try run("SELECT duplicate_group FROM documents WHERE id = \(match)", on: connection).first?.decode(Int64?.self) ?? match
        }
        _ = try run("UPDATE documents SET duplicate_group = \(group) WHERE id = \(row)", on: connection)
        _ = try run("INSERT INTO signatures (document, minhash) VALUES (\(row), \(Data(signature.bytes)))", on: connection)
        _ = try run("""
            INSERT INTO bands (band, key, document)
            SELECT band, key, \(row) FROM unnest(\(bands)::integer[], \(keys)::bigint[]) AS filed(band, key)
            """, on: connection)
    }

    /// Signs and groups, first stored first, the documents stored before the store kept near-copies
    /// (schema version 1): a page of documents per transaction, so an interrupted pass loses
    /// nothing and the next opening goes on from where it stopped.
    func signUnsigned() throws {
        let page = 200
        while try inWriteTransaction({ connection in
            let unsigned = try run("SELECT id, text FROM documents WHERE duplicate_group IS NULL ORDER BY id LIMIT \(page)", on: connection)
            var signed = 0
            for found in unsigned {
                let (row, text) = try found.decode((Int64, String).self)
                try placeNearCopies(row, signature: MinHash(text: text), on: connection)
                signed += 1
            }
            return signed == page
        }) {}
    }
}
