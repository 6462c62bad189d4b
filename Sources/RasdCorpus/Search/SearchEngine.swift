import Foundation

/// Runs a parsed query over the index: every required clause must match (AND), phrases by
/// positions, excluded clauses must not; documents are ranked by BM25 (k1 1.2, b 0.75, Lucene's
/// idf) and only the best `capacity` are kept. The rarest term leads. Its blocks of postings are
/// visited best bound first, and the rest skipped without decoding once their best possible score,
/// plus the best the other terms' blocks over the same documents could add, cannot beat the weakest
/// kept document (block-max), unless every match must be counted.
struct SearchEngine {
    static let k1 = 1.2
    static let b = 0.75

    let query: SearchQuery
    let filter: DocumentFilter?
    let capacity: Int
    let countAll: Bool
    var cache: PostingsCache?

    /// One word (or pair term) of a phrase: which cursor holds it, and its offset in the phrase.
    typealias PhrasePart = (cursor: Int, offset: UInt32)

    struct Outcome {
        var ranked: [(score: Double, document: Int64)]
        var total: Int?
    }

    func run(records: some SearchIndexRecords) throws -> Outcome {
        let totals = try records.indexTotals()
        let documentCount = Double(totals.documents)
        let termCount = Double(totals.terms)
        func cursor(for term: String, positions: Bool) throws -> PostingsCursor {
            guard let cache else { return try Self.cursor(for: term, positions: positions, records: records) }
            return try cache.cursor(for: term, positions: positions, generation: totals.generation) {
                try Self.cursor(for: term, positions: positions, records: records)
            }
        }
        let nothing = Outcome(ranked: [], total: countAll ? 0 : nil)
        guard documentCount > 0 else { return nothing }
        let averageLength = max(1, termCount / documentCount)
        let lengthFactor = DocumentNorm.lengths.map { Self.k1 * (1 - Self.b + Self.b * $0 / averageLength) }

        let scoring = query.indexTerms
        let phraseTerms = Set(query.required.filter(\.isPhrase).flatMap { $0.parts.map(\.term) })
        var cursors: [PostingsCursor] = []
        for term in scoring {
            let cursor = try cursor(for: term, positions: phraseTerms.contains(term))
            if cursor.count == 0 { return nothing }
            cursors.append(cursor)
        }
        let idf = cursors.map { log(1 + (documentCount - Double($0.count) + 0.5) / (Double($0.count) + 0.5)) }
        func score(_ term: Int, _ frequency: UInt32, _ norm: UInt8) -> Double {
            let tf = Double(frequency)
            return idf[term] * tf * (Self.k1 + 1) / (tf + lengthFactor[Int(norm)])
        }
        let bounds = cursors.indices.map { term in cursors[term].blockBounds { score(term, $0, $1) } }
        let termIndex = Dictionary(uniqueKeysWithValues: scoring.enumerated().map { ($1, $0) })
        let phrases: [[PhrasePart]] = query.required.filter(\.isPhrase).map { $0.parts.map { (termIndex[$0.term]!, UInt32($0.offset)) } }
        var excluded: [(cursors: [PostingsCursor], phrase: [PhrasePart])] = []
        for clause in query.excluded {
            let clauseCursors = try clause.parts.map { try cursor(for: $0.term, positions: clause.isPhrase) }
            if clauseCursors.contains(where: { $0.count == 0 }) { continue }
            excluded.append((clauseCursors, clause.parts.enumerated().map { ($0.offset, UInt32($0.element.offset)) }))
        }

        let order = cursors.indices.sorted { cursors[$0].count < cursors[$1].count }
        let lead = order[0], others = Array(order.dropFirst())
        var top = TopScores(capacity: capacity)
        var total = 0
        /// Scores every document of the lead's block `blockNumber` that matches the whole query.
        func visit(_ blockNumber: Int) {
            cursors[lead].load(block: blockNumber)
            postings: for posting in cursors[lead].documents.indices {
                cursors[lead].move(to: posting)
                let document = cursors[lead].documents[posting]
                if let filter, !filter.allows(document) { continue }
                for term in others where cursors[term].advance(to: document) != document { continue postings }
                var sum = 0.0
                for term in cursors.indices { sum += score(term, cursors[term].frequency, cursors[term].norm) }
                // A document that could not be kept needs no phrase check, unless every match counts.
                if !countAll && !top.wouldKeep(sum, document) { continue }
                for phrase in phrases where !Self.hasPhrase(phrase, &cursors) { continue postings }
                for index in excluded.indices where Self.contains(document, excluded[index].phrase, &excluded[index].cursors) {
                    continue postings
                }
                total += 1
                top.offer(sum, document)
            }
        }
        if countAll {
            for blockNumber in 0..<cursors[lead].blockCount { visit(blockNumber) }
            return Outcome(ranked: top.ranked, total: total)
        }
        // Each lead block's best possible score: its own bound plus, for each other term, the best
        // bound of its blocks over the same documents (a term none of them has rules the block out).
        var candidates: [(bound: Double, block: Int)] = []
        candidates.reserveCapacity(cursors[lead].blockCount)
        blocks: for blockNumber in 0..<cursors[lead].blockCount {
            let first = cursors[lead].firstDocuments[blockNumber], last = cursors[lead].lastDocuments[blockNumber]
            var bound = bounds[lead][blockNumber]
            for term in others {
                var best = 0.0
                var block = cursors[term].firstBlock(endingAtOrAfter: first)
                while block < cursors[term].blockCount && cursors[term].firstDocuments[block] <= last {
                    best = max(best, bounds[term][block])
                    block += 1
                }
                if best == 0 { continue blocks }
                bound += best
            }
            candidates.append((bound, blockNumber))
        }
        // Best bound first, so the kept scores rise early and the remaining blocks whose bound
        // cannot beat the weakest kept one are never decoded. (A bound equal to it could still
        // hold an earlier document that wins the tie, so only a lower one is passed over.)
        candidates.sort { $0.bound > $1.bound || ($0.bound == $1.bound && $0.block < $1.block) }
        for candidate in candidates {
            if top.isFull && candidate.bound < top.threshold { break }
            visit(candidate.block)
        }
        return Outcome(ranked: top.ranked, total: countAll ? total : nil)
    }

    /// Whether every cursor of an excluded clause is on `document` and, for a phrase, in order.
    private static func contains(_ document: Int64, _ phrase: [PhrasePart], _ cursors: inout [PostingsCursor]) -> Bool {
        for index in cursors.indices where cursors[index].advance(to: document) != document { return false }
        return cursors.count == 1 || hasPhrase(phrase, &cursors)
    }

    /// Whether the phrase's parts (cursor index, offset in the phrase; cursors all on one document)
    /// stand at their offsets from one start: a merge of sorted position lists.
    static func hasPhrase(_ phrase: [PhrasePart], _ cursors: inout [PostingsCursor]) -> Bool {
        if phrase.count == 2 {
            return hasPair(cursors[phrase[0].cursor].positions(), phrase[0].offset,
                           cursors[phrase[1].cursor].positions(), phrase[1].offset)
        }
        var candidate: UInt32 = 0
        var next = [Int](repeating: 0, count: phrase.count)
        var lists: [ArraySlice<UInt32>] = []
        lists.reserveCapacity(phrase.count)
        for part in phrase { lists.append(cursors[part.cursor].positions()) }
        while true {
            var agreed = true
            for place in phrase.indices {
                let list = lists[place], offset = phrase[place].offset
                let wanted = candidate + offset
                var index = list.startIndex + next[place]
                while index < list.endIndex && list[index] < wanted { index += 1 }
                next[place] = index - list.startIndex
                guard index < list.endIndex else { return false }
                if list[index] != wanted {
                    candidate = list[index] >= offset ? list[index] - offset : 0
                    if list[index] < offset { next[place] += 1 }
                    agreed = false
                    break
                }
            }
            if agreed { return true }
        }
    }

    /// Whether some start has `first` at its offset and `second` at its own (two sorted lists,
    /// one merge, nothing allocated): the phrases most queries hold.
    static func hasPair(_ first: ArraySlice<UInt32>, _ firstOffset: UInt32,
                        _ second: ArraySlice<UInt32>, _ secondOffset: UInt32) -> Bool {
        var i = first.startIndex, j = second.startIndex
        while i < first.endIndex && j < second.endIndex {
            // Compared as start positions, without going below zero: p - a = q - b ⇔ p + b = q + a.
            let left = UInt64(first[i]) + UInt64(secondOffset), right = UInt64(second[j]) + UInt64(firstOffset)
            if left == right && first[i] >= firstOffset { return true }
            if left <= right { i += 1 } else { j += 1 }
        }
        return false
    }

    /// A term's postings over every segment, in document order; with their positions for a phrase.
    static func cursor(for term: String, positions: Bool, records: some SearchIndexRecords) throws -> PostingsCursor {
        PostingsCursor(blobs: try records.postingsRows(of: term, positions: positions).map { row in
            positions ? PostingsBlob(row.postings, positions: row.positions) : PostingsBlob(row.postings)
        })
    }
}
