import Foundation
import GRDB

/// Runs a parsed query over the index: every required clause must match (AND), phrases by
/// positions, excluded clauses must not; documents are ranked by BM25 (k1 1.2, b 0.75, Lucene's
/// idf) and only the best `capacity` are kept. The rarest term leads; a block of its postings
/// whose score bound cannot beat the weakest kept document is skipped without decoding
/// (block-max), unless every match must be counted.
struct SearchEngine {
    static let k1 = 1.2
    static let b = 0.75

    let query: SearchQuery
    let filter: DocumentFilter?
    let capacity: Int
    let countAll: Bool

    struct Outcome {
        var ranked: [(score: Double, document: Int64)]
        var total: Int?
    }

    func run(in db: Database) throws -> Outcome {
        let statistics = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT COALESCE(SUM(documents), 0) AS n, COALESCE(SUM(terms), 0) AS t FROM search_segments
            """))
        let documentCount = Double(statistics?["n"] as Int64? ?? 0)
        let termCount = Double(statistics?["t"] as Int64? ?? 0)
        guard documentCount > 0 else { return Outcome(ranked: [], total: countAll ? 0 : nil) }
        let averageLength = max(1, termCount / documentCount)
        let lengthFactor = DocumentNorm.lengths.map { Self.k1 * (1 - Self.b + Self.b * $0 / averageLength) }

        let scoring = query.scoringTerms
        var cursors: [PostingsCursor] = []
        for term in scoring {
            let cursor = try Self.cursor(for: term, in: db)
            if cursor.count == 0 { return Outcome(ranked: [], total: countAll ? 0 : nil) }
            cursors.append(cursor)
        }
        let idf = cursors.map { log(1 + (documentCount - Double($0.count) + 0.5) / (Double($0.count) + 0.5)) }
        func bound(_ term: Int, _ block: PostingsBlob.Block) -> Double {
            let frequency = Double(block.maxFrequency)
            return idf[term] * frequency * (Self.k1 + 1) / (frequency + lengthFactor[Int(block.minNorm)])
        }
        let termIndex = Dictionary(uniqueKeysWithValues: scoring.enumerated().map { ($1, $0) })
        let phrases = query.required.filter(\.isPhrase).map { $0.terms.map { termIndex[$0]! } }
        var excluded: [[PostingsCursor]] = []
        for clause in query.excluded {
            let clauseCursors = try clause.terms.map { try Self.cursor(for: $0, in: db) }
            if clauseCursors.contains(where: { $0.count == 0 }) { continue }
            excluded.append(clauseCursors)
        }

        let order = cursors.indices.sorted { cursors[$0].count < cursors[$1].count }
        let lead = order[0], others = Array(order.dropFirst())
        let othersBound = others.reduce(0.0) { sum, term in
            sum + (0..<cursors[term].blocks.count).map { bound(term, cursors[term].block($0)) }.max()!
        }
        var top = TopScores(capacity: capacity)
        var total = 0
        for blockNumber in 0..<cursors[lead].blocks.count {
            if !countAll && top.isFull && bound(lead, cursors[lead].block(blockNumber)) + othersBound <= top.threshold { continue }
            cursors[lead].load(block: blockNumber)
            postings: for posting in cursors[lead].documents.indices {
                cursors[lead].move(to: posting)
                let document = cursors[lead].documents[posting]
                if let filter, !filter.allows(document) { continue }
                for term in others where cursors[term].advance(to: document) != document { continue postings }
                for phrase in phrases where !Self.hasPhrase(phrase.map { cursors[$0] }) { continue postings }
                for index in excluded.indices where Self.contains(document, &excluded[index]) { continue postings }
                total += 1
                var score = 0.0
                for term in cursors.indices {
                    let frequency = Double(cursors[term].frequency)
                    score += idf[term] * frequency * (Self.k1 + 1) / (frequency + lengthFactor[Int(cursors[term].norm)])
                }
                top.offer(score, document)
            }
        }
        return Outcome(ranked: top.ranked, total: countAll ? total : nil)
    }

    /// Whether every cursor of an excluded clause is on `document` and, for a phrase, in order.
    private static func contains(_ document: Int64, _ cursors: inout [PostingsCursor]) -> Bool {
        for index in cursors.indices where cursors[index].advance(to: document) != document { return false }
        return cursors.count == 1 || hasPhrase(cursors)
    }

    /// Whether the cursors' terms (all on one document) stand at consecutive positions: a merge
    /// of sorted position lists, each shifted back by the term's place in the phrase.
    static func hasPhrase(_ cursors: [PostingsCursor]) -> Bool {
        let lists = cursors.map { $0.positions() }
        var next = [Int](repeating: 0, count: lists.count)
        var candidate: UInt32 = 0
        while true {
            var agreed = true
            for (place, list) in lists.enumerated() {
                let wanted = candidate + UInt32(place)
                var index = next[place]
                while index < list.count && list[index] < wanted { index += 1 }
                next[place] = index
                guard index < list.count else { return false }
                if list[index] != wanted {
                    candidate = list[index] - UInt32(place)
                    agreed = false
                    break
                }
            }
            if agreed { return true }
        }
    }

    /// A term's postings over every segment, in document order.
    static func cursor(for term: String, in db: Database) throws -> PostingsCursor {
        let statement = try db.cachedStatement(sql: "SELECT postings FROM search_postings WHERE term = ? ORDER BY segment")
        let blobs = try Data.fetchAll(statement, arguments: [term]).map { PostingsBlob([UInt8]($0)) }
        return PostingsCursor(blobs: blobs)
    }
}
