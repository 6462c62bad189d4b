import Foundation
import Testing

/// `rasd train ner` and `rasd eval ner` as a user runs them: a model trained on a small CoNLL file
/// is written, read back and scored; bad input is named.
@Suite("rasd train ner / rasd eval ner")
struct NERCommandTests {
    static let conll = """
    قال\tO
    الرئيس\tO
    سامر\tB-PERS
    خليل\tI-PERS
    في\tO
    دمشق\tB-LOC

    وصل\tO
    الوزير\tO
    رامي\tB-PERS
    حداد\tI-PERS
    إلى\tO
    عمان\tB-LOC

    """

    @Test("A model trained on a CoNLL file is written, and scoring it prints per-type and micro F1")
    func trainAndEvaluate() throws {
        let folder = try RasdProcess.scratchFolder()
        let data = folder.appendingPathComponent("tiny.conll")
        try Self.conll.write(to: data, atomically: true, encoding: .utf8)
        let model = folder.appendingPathComponent("tiny.model")
        let trained = try RasdProcess.rasd("train", "ner", "--train", data.path, "--dev", data.path, "--out", model.path,
                                           "--epochs", "5", "--buckets", "4096")
        #expect(trained.status == 0, "\(trained.stderr)")
        #expect(trained.stderr.contains("pass  5: dev"))
        #expect(FileManager.default.fileExists(atPath: model.path))
        let scored = try RasdProcess.rasd("eval", "ner", "--gold", data.path, "--model", model.path)
        #expect(scored.status == 0, "\(scored.stderr)")
        #expect(scored.stdout.contains("micro"))
        #expect(scored.stdout.contains("PER "))
    }

    @Test("A bad tag is named with its file and line, and the exit status is not 0")
    func badTag() throws {
        let folder = try RasdProcess.scratchFolder()
        let data = folder.appendingPathComponent("bad.conll")
        try "قال\tO\nسامر\tB-NAME\n".write(to: data, atomically: true, encoding: .utf8)
        let result = try RasdProcess.rasd("eval", "ner", "--gold", data.path)
        #expect(result.status != 0)
        #expect(result.stderr.contains("bad.conll:2"))
    }
}
