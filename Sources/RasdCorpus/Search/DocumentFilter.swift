import GRDB

/// The documents a search may return under its filters (entity, event type, outlet, dates), as a
/// bitmap over row ids; nil when the request has no filter. Every value is a bound argument.
struct DocumentFilter {
    private var bits: [UInt64]

    func allows(_ document: Int64) -> Bool {
        let word = Int(document >> 6)
        return word < bits.count && bits[word] & (1 << UInt64(document & 63)) != 0
    }

    /// The allowed row ids, ascending.
    var documents: [Int64] {
        var found: [Int64] = []
        for (word, value) in bits.enumerated() where value != 0 {
            for bit in 0..<64 where value & (1 << UInt64(bit)) != 0 { found.append(Int64(word * 64 + bit)) }
        }
        return found
    }

    init?(_ request: SearchRequest, in db: Database) throws {
        var sets: [[Int64]] = []
        if let entity = request.entity {
            sets.append(try Int64.fetchAll(db, sql: "SELECT DISTINCT document FROM mentions WHERE entity = ?", arguments: [entity]))
        }
        if let type = request.eventType {
            sets.append(try Int64.fetchAll(db, sql: "SELECT DISTINCT document FROM events WHERE type = ?", arguments: [type]))
        }
        if let outlet = request.outlet {
            sets.append(try Int64.fetchAll(db, sql: "SELECT id FROM documents WHERE outlet = ?", arguments: [outlet]))
        }
        if request.from != nil || request.to != nil {
            // ISO dates compare as strings; a bound's prefix takes its whole year, month or day.
            sets.append(try Int64.fetchAll(db, sql: """
                SELECT id FROM documents WHERE published IS NOT NULL
                AND (?1 IS NULL OR published >= ?1) AND (?2 IS NULL OR published <= ?2 || '~')
                """, arguments: [request.from, request.to]))
        }
        guard !sets.isEmpty else { return nil }
        let largest = sets.flatMap { $0 }.max() ?? 0
        var bits = [UInt64](repeating: 0, count: Int(largest >> 6) + 1)
        for document in sets[0] { bits[Int(document >> 6)] |= 1 << UInt64(document & 63) }
        for other in sets.dropFirst() {
            var mask = [UInt64](repeating: 0, count: bits.count)
            for document in other where Int(document >> 6) < mask.count { mask[Int(document >> 6)] |= 1 << UInt64(document & 63) }
            for index in bits.indices { bits[index] &= mask[index] }
        }
        self.bits = bits
    }
}
