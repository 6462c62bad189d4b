import Foundation
import Testing

/// The analysis contract (docs/SCHEMA.md) checked by the project's own validator on real articles
/// and on the bundled examples.
@Suite("analysis contract", .enabled(if: RasdProcess.sharedIsAvailable,
                                     "../shared is absent: the contract validator and the seed articles live there"))
struct ContractTests {
    static let validator = RasdProcess.shared.appendingPathComponent("tools/validate-analysis")

    @Test("rasd analyze over the seed articles satisfies the contract")
    func seeds() throws {
        let analysis = try RasdProcess.run(RasdProcess.binary, ["analyze", "--format", "jsonl"] + RasdProcess.seedFiles)
        #expect(analysis.status == 0)
        let check = try validate(analysis.stdout, inputs: RasdProcess.seedFiles)
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stdout.contains("documents=5 problems=0"))
    }

    @Test("rasd analyze over Examples/ satisfies the contract")
    func examples() throws {
        let analysis = try RasdProcess.rasd("analyze", "--format", "jsonl", "Examples/articles")
        #expect(analysis.status == 0, "\(analysis.stderr)")
        let check = try validate(analysis.stdout, inputs: [])
        #expect(check.status == 0, "\(check.stdout)")
    }

    @Test("rasd analyze over Examples/inputs (a page, a feed, a WARC) satisfies the contract")
    func inputExamples() throws {
        let analysis = try RasdProcess.rasd("analyze", "--format", "jsonl", "Examples/inputs")
        #expect(analysis.status == 0, "\(analysis.stderr)")
        #expect(try RasdProcess.documents(analysis.stdout).count == 5)
        let check = try validate(analysis.stdout, inputs: [])
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stdout.contains("documents=5 problems=0"))
    }

    private func validate(_ jsonl: String, inputs: [String]) throws -> RasdProcess.Output {
        let folder = try RasdProcess.scratchFolder()
        let file = folder.appendingPathComponent("analysis.jsonl")
        try jsonl.write(to: file, atomically: true, encoding: .utf8)
        let python = URL(fileURLWithPath: "/usr/bin/env")
        let arguments = ["python3", Self.validator.path, file.path] + (inputs.isEmpty ? [] : ["--inputs"] + inputs)
        return try RasdProcess.run(python, arguments)
    }
}
