/// The documents a search may return under its filters (entity, event type, outlet, dates), as a
/// bitmap over row ids; nil when the request has no filter.
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

    init?(_ request: SearchRequest, records: some SearchIndexRecords) throws {
        var sets: [[Int64]] = []
        if let entity = request.entity { sets.append(try records.documents(mentioning: entity)) }
        if let type = request.eventType { sets.append(try records.documents(withEvent: type)) }
        if let outlet = request.outlet { sets.append(try records.documents(fromOutlet: outlet)) }
        if request.from != nil || request.to != nil { sets.append(try records.documents(publishedFrom: request.from, to: request.to)) }
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
