import Foundation
import NIOCore
import PostgresNIO
import RasdCorpus

/// Near-copies in PostgreSQL, by the SQLite store's rule (`NearDuplicates.firstResembling`): a new
/// document's 16 MinHash band keys find the stored documents filed under the same keys, the first
/// whose signature resembles its own at least `MinHash.threshold` gives its group, else it starts
/// a group of its own (named by its row). `signatures` and `bands` hold what the next one compares.
extension PostgresCorpusStore {
    /// Groups newly stored documents (rows ascending) and files their signatures and band keys,
    /// in the caller's transaction, as placing them one by one would: a document's candidates are
    /// the stored documents under its keys, then the batch's earlier ones. Five statements a batch.
    func placeNearCopies(_ batch: [(row: Int64, signature: MinHash)], on connection: PostgresConnection) throws {
        guard !batch.isEmpty else { return }
        let keys = batch.map(\.signature.bandKeys)
        // The stored documents under any of the batch's keys, band by band, first stored first.
        var wanted = Set<BandKey>()
        for documentKeys in keys { for (band, key) in documentKeys.enumerated() { wanted.insert(BandKey(band: band, key: key)) } }
        var filed: [BandKey: [Int64]] = [:]
        for found in try run("""
            SELECT b.band, b.key, b.document FROM unnest(\(wanted.map { Int32($0.band) })::integer[], \(wanted.map(\.key))::bigint[])
                AS wanted(band, key)
            JOIN bands b ON b.band = wanted.band AND b.key = wanted.key
            ORDER BY b.band, b.key, b.document
            """, on: connection) {
            let (band, key, document) = try found.decode((Int32, Int64, Int64).self)
            filed[BandKey(band: Int(band), key: key), default: []].append(document)
        }
        var signatures: [Int64: MinHash] = [:]
        var groups: [Int64: Int64] = [:]
        let candidates = Array(Set(filed.values.joined()))
        if !candidates.isEmpty {
            for found in try run("""
                SELECT s.document, s.minhash, d.duplicate_group FROM signatures s JOIN documents d ON d.id = s.document
                WHERE s.document = ANY(\(candidates))
                """, on: connection) {
                let (document, bytes, group) = try found.decode((Int64, Data, Int64?).self)
                signatures[document] = MinHash(bytes: [UInt8](bytes))
                groups[document] = group ?? document
            }
        }
        var placed: [Int64] = []
        for ((row, signature), documentKeys) in zip(batch, keys) {
            let match = NearDuplicates.firstResembling(signature, keys: documentKeys,
                                                       candidates: { band, key in filed[BandKey(band: band, key: key)] ?? [] },
                                                       signature: { signatures[$0] })
            let group = match.map { groups[$0] ?? $0 } ?? row
            groups[row] = group
            signatures[row] = signature
            placed.append(group)
            for (band, key) in documentKeys.enumerated() { filed[BandKey(band: band, key: key), default: []].append(row) }
        }
        let rows = batch.map(\.row)
        _ = try run("""
            UPDATE documents SET duplicate_group = placed.grp FROM unnest(\(rows)::bigint[], \(placed)::bigint[]) AS placed(id, grp)
            WHERE documents.id = placed.id
            """, on: connection)
        _ = try run("""
            INSERT INTO signatures (document, minhash)
            SELECT * FROM unnest(\(rows)::bigint[], \(batch.map { ByteBuffer(bytes: $0.signature.bytes) })::bytea[])
            """, on: connection)
        let bandRows = keys.flatMap { $0.indices.map(Int32.init) }
        _ = try run("""
            INSERT INTO bands (band, key, document)
            SELECT * FROM unnest(\(bandRows)::integer[], \(keys.flatMap { $0 })::bigint[],
                                 \(zip(rows, keys).flatMap { row, documentKeys in documentKeys.map { _ in row } })::bigint[])
            """, on: connection)
    }

    /// A band and a key filed under it.
    struct BandKey: Hashable {
        var band: Int
        var key: Int64
    }

    /// Signs and groups, first stored first, the documents stored before the store kept near-copies
    /// (schema version 1): a page of documents per transaction, so an interrupted pass loses
    /// nothing and the next opening goes on from where it stopped.
    func signUnsigned() throws {
        // Asked first without the write lock, which waits for another process's batch.
        let unsigned = try withConnection { connection in
            try run("SELECT EXISTS(SELECT 1 FROM documents WHERE duplicate_group IS NULL)", on: connection).first?.decode(Bool.self)
        }
        guard unsigned == true else { return }
        let page = 200
        while try inWriteTransaction({ connection in
            let unsigned = try run("SELECT id, text FROM documents WHERE duplicate_group IS NULL ORDER BY id LIMIT \(page)", on: connection)
                .map { found -> (row: Int64, signature: MinHash) in
                    let (row, text) = try found.decode((Int64, String).self)
                    return (row, MinHash(text: text))
                }
            try placeNearCopies(unsigned, on: connection)
            return unsigned.count == page
        }) {}
    }
}
