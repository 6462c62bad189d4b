import Foundation
import GRDB

/// Groups near-copies as they are stored: a new document's MinHash bands find the stored
/// documents that may resemble it; the first one that does (resemblance ≥ `MinHash.threshold`)
/// gives its group, else the document starts a group of its own. A group is named by its first
/// stored member; `SQLiteCorpusStore.duplicateGroups()` reports each with its earliest member.
public enum NearDuplicates {
    /// The story a document tells, as the corpus views compare it: its group of near-copies
    /// (`documents.duplicate_group`), else the document alone.
    static func story(copies: Int64?, document: String) -> String {
        copies.map { "copies:\($0)" } ?? "document:\(document)"
    }

    static func place(_ document: Int64, signature: MinHash, in db: Database) throws {
        let keys = signature.bandKeys
        let filed = try filedDocuments(under: keys, in: db)
        let storedSignature = try db.cachedStatement(sql: "SELECT minhash FROM signatures WHERE document = ?")
        let match = try firstResembling(signature, keys: keys,
            candidates: { band, _ in filed[band] },
            signature: { candidate in
                try Data.fetchOne(storedSignature, arguments: [candidate]).flatMap { MinHash(bytes: [UInt8]($0)) }
            })
        let group = try match.map {
            try Int64.fetchOne(db.cachedStatement(sql: "SELECT duplicate_group FROM documents WHERE id = ?"), arguments: [$0]) ?? $0
        }
        try db.cachedStatement(sql: "UPDATE documents SET duplicate_group = ? WHERE id = ?").execute(arguments: [group ?? document, document])
        try store(signature, of: document, in: db)
    }

    /// Remakes every stored signature and its band keys from the document's text.
    static func remakeSignatures(in db: Database) throws {
        try db.execute(sql: "DELETE FROM bands; DELETE FROM signatures")
        // A page of texts at a time, so that memory does not grow with the store.
        var last: Int64 = .min
        while true {
            let page = try Row.fetchAll(db, sql: "SELECT id, text FROM documents WHERE id > ? ORDER BY id LIMIT 500", arguments: [last])
            guard let end: Int64 = page.last?["id"] else { return }
            for row in page { try store(MinHash(text: row["text"]), of: row["id"], in: db) }
            last = end
        }
    }

    /// The stored documents under each band's key, band by band, first stored first: one
    /// statement for all bands rather than one per band (the writer runs this for every document).
    /// The rows are put in order here rather than by an ORDER BY, which builds a temporary b-tree.
    static func filedDocuments(under keys: [Int64], in db: Database) throws -> [[Int64]] {
        guard !keys.isEmpty else { return [] }
        let pairs = Array(repeating: "(?, ?)", count: keys.count).joined(separator: ", ")
        let statement = try db.cachedStatement(sql: """
            WITH wanted(band, key) AS (VALUES \(pairs))
            SELECT bands.band, bands.rowid, bands.document FROM wanted CROSS JOIN bands ON bands.band = wanted.band AND bands.key = wanted.key
            """)
        var arguments = StatementArguments()
        for (band, key) in keys.enumerated() { arguments += [band, key] }
        var filed = [[(row: Int64, document: Int64)]](repeating: [], count: keys.count)
        let rows = try Row.fetchCursor(statement, arguments: arguments)
        while let row = try rows.next() { filed[row[0] as Int].append((row[1], row[2])) }
        return filed.map { $0.sorted { $0.row < $1.row }.map(\.document) }
    }

    private static func store(_ signature: MinHash, of document: Int64, in db: Database) throws {
        try db.cachedStatement(sql: "INSERT INTO signatures (document, minhash) VALUES (?, ?)").execute(arguments: [document, Data(signature.bytes)])
        // One row per statement: a statement that inserts several rows inside a transaction makes
        // SQLite keep a journal of its own in a temporary file, in case it fails halfway.
        let insertBand = try db.cachedStatement(sql: "INSERT INTO bands (band, key, document) VALUES (?, ?, ?)")
        for (band, key) in signature.bandKeys.enumerated() {
            try insertBand.execute(in: db) { values in
                values.add(band)
                values.add(key)
                values.add(document)
            }
        }
    }

    /// The first earlier document, band by band, whose signature resembles `signature` at least
    /// `MinHash.threshold`: the rule the store and `NearDuplicateGrouper` share.
    public static func firstResembling(_ signature: MinHash, keys: [Int64],
                                candidates: (Int, Int64) throws -> [Int64],
                                signature stored: (Int64) throws -> MinHash?) rethrows -> Int64? {
        var seen = Set<Int64>()
        for (band, key) in keys.enumerated() {
            for candidate in try candidates(band, key) where seen.insert(candidate).inserted {
                if let other = try stored(candidate), signature.resemblance(to: other) >= MinHash.threshold { return candidate }
            }
        }
        return nil
    }
}

/// Near-copy grouping in memory, by the store's rule, for a stream of texts that is not stored
/// (`rasd-benchmark duplicates`): each text joins the group of its first resembling predecessor.
public struct NearDuplicateGrouper: Sendable {
    private var bands = BandTable()
    private var signatures: [MinHash] = []
    /// The group of each text added, named by the group's first member (its index).
    public private(set) var groups: [Int64] = []

    public init() {}

    /// Adds the next text; returns its group.
    @discardableResult
    public mutating func add(_ text: String) -> Int64 {
        let signature = MinHash(text: text)
        let keys = signature.bandKeys
        let index = Int64(signatures.count)
        let match = NearDuplicates.firstResembling(signature, keys: keys,
                                                   candidates: { _, key in bands.documents(under: key) },
                                                   signature: { signatures[Int($0)] })
        let group = match.map { groups[Int($0)] } ?? index
        signatures.append(signature)
        groups.append(group)
        for key in keys { bands.add(Int32(index), under: key) }
        return group
    }
}

/// A group of near-copies: its members, earliest published first (ties by when they were stored).
public struct DuplicateGroup: Sendable, Equatable, Codable {
    public struct Member: Sendable, Equatable, Codable {
        public var document: String
        public var outlet: String?
        public var published: String?

        public init(document: String, outlet: String?, published: String?) {
            self.document = document
            self.outlet = outlet
            self.published = published
        }
    }

    public var members: [Member]
    /// The member published first: the story's origin among the copies.
    public var earliest: Member { members[0] }

    /// The groups of members read group by group, each group's members earliest published first
    /// (undated last, then as stored): the largest groups first. Both stores group their rows here.
    public static func groups(_ rows: [(group: Int64, member: Member)]) -> [DuplicateGroup] {
        var groups: [Int64: [Member]] = [:]
        var order: [Int64] = []
        for row in rows {
            if groups[row.group] == nil { order.append(row.group) }
            groups[row.group, default: []].append(row.member)
        }
        return order.map { DuplicateGroup(members: groups[$0]!) }.sorted { $0.members.count > $1.members.count }
    }
}

extension SQLiteCorpusStore {
    /// Every group of two or more near-copies, largest first.
    public func duplicateGroups() throws -> [DuplicateGroup] {
        let rows = try scan { db in
            try Row.fetchAll(db, sql: """
                SELECT duplicate_group, document, outlet, published FROM documents
                WHERE duplicate_group IN (SELECT duplicate_group FROM documents GROUP BY duplicate_group HAVING COUNT(*) > 1)
                ORDER BY duplicate_group, published IS NULL, published, id
                """)
        }
        return DuplicateGroup.groups(rows.map { row in
            (row["duplicate_group"], DuplicateGroup.Member(document: row["document"], outlet: row["outlet"], published: row["published"]))
        })
    }
}
