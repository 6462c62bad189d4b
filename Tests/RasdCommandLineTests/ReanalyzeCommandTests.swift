import Foundation
import Testing

/// `rasd reanalyze` as a user runs it after an upgrade: every stored document analysed again in
/// one transaction, the store's views as a fresh ingest of the same Rasd gives them, and a run
/// killed with SIGKILL leaving the store as it was.
struct ReanalyzeCommandTests {
    /// The entities and a search of `store`, as JSON lines.
    static func views(_ store: String) throws -> [String] {
        try [
            RasdProcess.rasd("entities", "--db", store, "--format", "json", "--limit", "100").stdout,
            RasdProcess.rasd("claims", "--db", store, "--format", "json").stdout,
            RasdProcess.rasd("search", "--db", store, "--format", "json", "--limit", "50", "حاوية").stdout,
        ]
    }

    @Test("Analysing a store again says how many documents it analysed and leaves the views a fresh ingest gives")
    func reanalysed() throws {
        let folder = try RasdProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = try IngestCommandTests.articles(12, in: folder).path
        let store = folder.appendingPathComponent("store.sqlite").path
        let ingest = try RasdProcess.rasd("ingest", "--db", store, input)
        #expect(ingest.status == 0)
        let before = try Self.views(store)
        let output = try RasdProcess.rasd("reanalyze", "--db", store, "--batch", "5")
        #expect(output.status == 0)
        #expect(output.stderr.contains("12 documents analyzed again"))
        #expect(IngestCommandTests.holds(output) == IngestCommandTests.holds(ingest))
        #expect(try Self.views(store) == before)
    }

    @Test("A missing store is a clear error for rasd reanalyze, and nothing is made")
    func missingStore() throws {
        let folder = try RasdProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("none.sqlite").path
        let output = try RasdProcess.rasd("reanalyze", "--db", store)
        #expect(output.status == 1)
        #expect(output.stderr.contains("no store at \(store)"))
        #expect(!FileManager.default.fileExists(atPath: store))
    }

    @Test("A reanalysis killed with SIGKILL leaves the store as it was, and a second run completes it")
    func killed() throws {
        let folder = try RasdProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = try IngestCommandTests.articles(300, in: folder).path
        let store = folder.appendingPathComponent("store.sqlite").path
        let ingest = try RasdProcess.rasd("ingest", "--db", store, input)
        #expect(ingest.status == 0)
        let before = try Self.views(store)

        let process = Process()
        process.executableURL = RasdProcess.binary
        process.arguments = ["reanalyze", "--db", store, "--batch", "10"]
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: 0.8)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(try Self.views(store) == before)

        let rerun = try RasdProcess.rasd("reanalyze", "--db", store)
        #expect(rerun.status == 0)
        #expect(rerun.stderr.contains("300 documents analyzed again"))
        #expect(try Self.views(store) == before)
    }
}
