import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

@Suite("rasd serve")
struct ServeCommandTests {
    /// A store with the team-written examples, made once per test.
    static func store(in folder: URL) throws -> String {
        let store = folder.appendingPathComponent("store.sqlite").path
        let input = RasdProcess.repositoryRoot.appendingPathComponent("Examples/articles/wire.jsonl").path
        #expect(try RasdProcess.rasd("ingest", "--db", store, input).status == 0)
        return store
    }

    /// Starts `rasd serve` and waits for the line that gives its address; returns the process and port.
    static func serve(_ arguments: [String]) throws -> (Process, Int, Pipe) {
        let process = Process()
        process.executableURL = RasdProcess.binary
        process.arguments = ["serve"] + arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        var said = ""
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline, process.isRunning {
            said += String(decoding: errors.fileHandleForReading.availableData, as: UTF8.self)
            if let match = said.firstMatch(of: #/http://127\.0\.0\.1:(\d+)//#), let port = Int(match.1) { return (process, port, errors) }
        }
        process.terminate()
        throw ServeError.noAddress(said)
    }

    enum ServeError: Error { case noAddress(String) }

    @Test("It serves the store on loopback, says where, and stops cleanly on SIGTERM")
    func servesAndStops() async throws {
        let folder = try RasdProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (process, port, _) = try Self.serve(["--db", try Self.store(in: folder), "--port", "0"])
        defer { if process.isRunning { process.terminate() } }
        let (data, response) = try await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(port)/api/stats")!)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        #expect((try JSONSerialization.jsonObject(with: data) as? [String: Any])?["documents"] as? Int == 3)
        process.terminate()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test("A port another server holds is refused with a message that says so, and status 1")
    func portTaken() throws {
        let folder = try RasdProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try Self.store(in: folder)
        let (first, port, _) = try Self.serve(["--db", store, "--port", "0"])
        defer { first.terminate() }
        let second = try RasdProcess.rasd("serve", "--db", store, "--port", "\(port)")
        #expect(second.status == 1)
        #expect(second.stderr.contains("port \(port) on 127.0.0.1 is taken"), "\(second.stderr)")
        #expect(first.isRunning)
    }

    @Test("A missing store is refused before anything listens")
    func missingStore() throws {
        let output = try RasdProcess.rasd("serve", "--db", "/nonexistent/rasd.sqlite", "--port", "0")
        #expect(output.status == 1)
        #expect(output.stderr.contains("no store at /nonexistent/rasd.sqlite"))
    }
}
