import Foundation
import GRDB
import RasdAnalysis
import RasdTestSupport
import RasdText
import Testing
@testable import RasdCorpus

/// Near-copies: MinHash resemblance of team-written texts, and groups in the store, each with its
/// earliest member, which the claims ledger counts as one origin.
struct NearDuplicateTests {
    static let story = NearCopyTexts.story
    static let edited = NearCopyTexts.edited
    static let other = NearCopyTexts.other

    @Test("Resemblance: the same text 1, an edited copy above the threshold, another story far below")
    func resemblance() {
        let original = MinHash(text: Self.story)
        #expect(original.resemblance(to: MinHash(text: Self.story)) == 1)
        #expect(original.resemblance(to: MinHash(text: Self.edited)) >= MinHash.threshold)
        #expect(original.resemblance(to: MinHash(text: Self.other)) < 0.2)
        #expect(MinHash(bytes: original.bytes) == original)
    }

    @Test("A text hashes as its matching-level form: harakat, tatweel, hamza seats and the لا ligature fold away")
    func signatureOfMatchingForm() {
        let written = "أَعْلَنَ وَزِيرُ الخارجـــيّة أنّ ﻻ اتفاق بعد، وقال إنّ المحادثات ستُستأنف غداً في جنيف."
        let folded = ArabicNormalizer.matchingKey(written)
        #expect(folded != written)
        #expect(MinHash(text: written) == MinHash(text: folded))
    }

    @Test("A text of fewer than four words is one shingle: every bin filled, and other words give another signature")
    func shortTexts() {
        let one = MinHash(text: "بيونغ يانغ"), other = MinHash(text: "بيونج يانج")
        #expect(!one.values.contains(.max))
        #expect(one.resemblance(to: other) == 0)
        #expect(MinHash(text: "").values.allSatisfy { $0 == .max })
    }

    @Test("In memory, a text joins the group of its first resembling predecessor, as in the store")
    func grouperInMemory() {
        var grouper = NearDuplicateGrouper()
        #expect(grouper.add(Self.story) == 0)
        #expect(grouper.add(Self.other) == 1)
        #expect(grouper.add(Self.edited) == 0)
        #expect(grouper.add(Self.edited + " وأضاف المصدر أن التحقيق مستمر.") == 0)
        #expect(grouper.groups == [0, 1, 0, 0])
    }

    @Test("The band table lists a key's documents in the order filed, across its growth")
    func bandTableKeepsOrder() {
        var table = BandTable(capacity: 16)
        // Keys that share their low bits land in neighbouring slots.
        for document in Int32(0)..<200 { table.add(document, under: Int64(document % 50) << 20 | 7) }
        #expect(table.documents(under: 7) == [0, 50, 100, 150])
        #expect(table.documents(under: Int64(49) << 20 | 7) == [49, 99, 149, 199])
        #expect(table.documents(under: 8).isEmpty)
    }

    @Test("In the store, each band's documents are listed in the order filed, whatever order the rows come in")
    func filedInOrder() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE bands (band INTEGER NOT NULL, key INTEGER NOT NULL, document INTEGER NOT NULL)")
            try db.execute(sql: "CREATE INDEX bands_key ON bands(band, key)")
            // Filed: band 0 key 7 gets 30, then 10, then 20; band 1 key 9 gets 40; band 1 key 7 (another band) gets 50.
            for (band, key, document) in [(0, 7, 30), (1, 9, 40), (0, 7, 10), (1, 7, 50), (0, 7, 20)] {
                try db.execute(sql: "INSERT INTO bands (band, key, document) VALUES (?, ?, ?)", arguments: [band, key, document])
            }
            #expect(try NearDuplicates.filedDocuments(under: [7, 9], in: db) == [[30, 10, 20], [40]])
            #expect(try NearDuplicates.filedDocuments(under: [8, 8], in: db) == [[], []])
        }
    }

    @Test("Opening a store whose signatures were made by an earlier shingle hash remakes them from the text")
    func signaturesRemade() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("rasd-dup-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let pipeline = SQLiteCorpusStoreTests.pipeline
        try SQLiteCorpusStore(path: path).add([pipeline.analyze(DocumentInput(id: "original", text: Self.story, outlet: "First", published: "2024-06-01"))])
        // Make the store look like one from before migration v6: signatures of another hash.
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "UPDATE signatures SET minhash = zeroblob(512); UPDATE bands SET key = key + 1")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier LIKE 'v6%'")
        }
        try queue.close()
        let store = try SQLiteCorpusStore(path: path)
        try store.add([pipeline.analyze(DocumentInput(id: "copy", text: Self.edited, outlet: "Second", published: "2024-06-02"))])
        #expect(try store.duplicateGroups().first?.members.map(\.document) == ["original", "copy"])
    }

    @Test("The store groups an edited copy with its original, earliest first, and leaves another story alone")
    func groups() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("rasd-dup-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try SQLiteCorpusStore(path: path)
        let pipeline = SQLiteCorpusStoreTests.pipeline
        try store.add([
            pipeline.analyze(DocumentInput(id: "copy", text: Self.edited, outlet: "Second", published: "2024-06-02")),
            pipeline.analyze(DocumentInput(id: "original", text: Self.story, outlet: "First", published: "2024-06-01")),
            pipeline.analyze(DocumentInput(id: "other", text: Self.other, outlet: "Third", published: "2024-06-01")),
        ])
        let groups = try store.duplicateGroups()
        #expect(groups.count == 1)
        #expect(groups.first?.members.map(\.document) == ["original", "copy"])
        #expect(groups.first?.earliest.outlet == "First")
        let troops = try store.claimLedger().first { $0.key == "north-korea|deployment|جندي" }
        #expect(troops?.claims.count == 2)
        #expect(troops?.corroborations == 1)
    }
}
