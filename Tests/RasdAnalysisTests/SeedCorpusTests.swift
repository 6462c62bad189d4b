import Foundation
import RasdText
import Testing
@testable import RasdAnalysis

/// The real scraped articles of `../shared/corpus/seeds` (five outlets, site chrome and all), read at
/// run time: their chrome found with the right kinds, their metadata, and no body paragraph marked.
/// Lines are located by short chrome strings, never by pasting the articles' sentences.
enum SeedCorpus {
    /// `<repo>/../shared/corpus/seeds`, from this file's place in the repository.
    static let folder: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/corpus/seeds")

    static var isAvailable: Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent("seed-000.txt").path)
    }

    static let ids = ["seed-000", "seed-001", "seed-002", "seed-003", "seed-004"]

    static func text(_ id: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent("\(id).txt"), encoding: .utf8)
    }

    static func analyze(_ id: String) throws -> DocumentAnalysis {
        AnalysisPipeline(stages: [BoilerplateStage(), MetadataStage()])
            .run(DocumentInput(id: id, text: try text(id)))
    }
}

extension DocumentAnalysis {
    /// The lines (raw spans) whose text contains `needle`, in order.
    func lines(containing needle: String) -> [TextSpan] {
        lines.filter { source[$0].contains(needle) }
    }

    /// The non-blank lines, in order.
    var nonBlankLines: [TextSpan] {
        lines.filter { !source[$0].trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    }

    /// The kind of the block holding a line, or nil when the line is article text.
    func kind(of line: TextSpan) -> BoilerplateKind? {
        boilerplate.first { $0.span.contains(line) }?.kind
    }

    /// The kind of the block holding the first line that contains `needle`.
    func kind(ofLineContaining needle: String) -> BoilerplateKind? {
        lines(containing: needle).first.flatMap(kind(of:))
    }
}

@Suite("Seed corpus", .enabled(if: SeedCorpus.isAvailable,
                                "../shared/corpus/seeds is not beside the repository: seed tests are skipped"))
struct SeedCorpusTests {
    @Test("seed-000: glued tags, an inline read-also, the site's name and description, related and control")
    func seed000() throws {
        let analysis = try SeedCorpus.analyze("seed-000")
        #expect(analysis.kind(of: analysis.nonBlankLines[0]) == .navigation)
        #expect(analysis.kind(ofLineContaining: "اقرأ أيضًا") == .related)
        #expect(analysis.kind(ofLineContaining: "Political Keys") == .metadata)
        #expect(analysis.kind(ofLineContaining: "منصة إخبارية") == .siteDescription)
        #expect(analysis.kind(ofLineContaining: "مقالات ذات صلة") == .related)
        #expect(analysis.kind(ofLineContaining: "زر الذهاب") == .control)
        #expect(analysis.metadata.outlet == "Political Keys")
        // The headline is the first text line, and it is not boilerplate.
        let headline = analysis.nonBlankLines[1]
        #expect(analysis.kind(of: headline) == nil)
        #expect(analysis.metadata.title == analysis.source[headline])
        // The inline read-also covers its own line only.
        let readAlso = try #require(analysis.boilerplate.first { $0.text.hasPrefix("اقرأ أيضًا") })
        #expect(analysis.lines(containing: "اقرأ أيضًا").first == readAlso.span)
    }

    @Test("seed-001: starts with body text; source link, comment counter and credit at the foot")
    func seed001() throws {
        let analysis = try SeedCorpus.analyze("seed-001")
        #expect(analysis.kind(ofLineContaining: "رابط المصدر") == .control)
        #expect(analysis.kind(ofLineContaining: "تعليق (0)") == .comments)
        #expect(analysis.kind(ofLineContaining: "بحسب رويترز") == .metadata)
        #expect(analysis.kind(of: analysis.nonBlankLines[0]) == nil)
        #expect(analysis.metadata.title == nil)
        // A relaying agency is not the outlet.
        #expect(analysis.metadata.outlet == nil)
    }

    @Test("seed-002: two header dates (the earlier is publication), site line, share and copyright")
    func seed002() throws {
        let analysis = try SeedCorpus.analyze("seed-002")
        let lines = analysis.nonBlankLines
        #expect(analysis.kind(of: lines[0]) == .metadata)
        #expect(analysis.kind(of: lines[1]) == .metadata)
        #expect(analysis.kind(ofLineContaining: "DWعربية") == .metadata)
        #expect(analysis.kind(ofLineContaining: "الفيس بوك") == .share)
        #expect(analysis.kind(ofLineContaining: "تويتر") == .share)
        #expect(analysis.kind(ofLineContaining: "جميع الحقوق محفوظة") == .copyright)
        #expect(analysis.metadata.published == "2025-07-13")
        #expect(analysis.metadata.outlet == "Yemen Freedom")
        #expect(analysis.metadata.title == nil)
    }

    @Test("seed-003: publication line, source, tags, and an appended article as a related tail")
    func seed003() throws {
        let analysis = try SeedCorpus.analyze("seed-003")
        #expect(analysis.kind(ofLineContaining: "تاريخ النشر") == .metadata)
        #expect(analysis.kind(ofLineContaining: "المصدر:") == .metadata)
        #expect(analysis.kind(ofLineContaining: "كلمات دلالية") == .keywords)
        let tail = try #require(analysis.boilerplate.first { $0.kind == .related })
        #expect(tail.text.hasPrefix("إقرأ أيضاً"))
        #expect(tail.end == analysis.source.count || analysis.source[TextSpan(start: tail.end, end: analysis.source.count)]
            .trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
        // The appended article's own update line lies inside the tail and is not read.
        #expect(analysis.kind(ofLineContaining: "آخر تحديث") == .related)
        #expect(analysis.metadata.published == "2023-11-09")
        #expect(analysis.metadata.outlet == "Al Hurra")
        #expect(analysis.metadata.title == analysis.source[analysis.nonBlankLines[0]])
    }

    @Test("seed-004: junk code, section label, repeated title, byline, follow-us line and control")
    func seed004() throws {
        let analysis = try SeedCorpus.analyze("seed-004")
        let lines = analysis.nonBlankLines
        #expect(analysis.kind(ofLineContaining: "7579HJ") == .junk)
        #expect(analysis.kind(of: lines[1]) == .navigation)
        // The title line and its copy: the copy is navigation, the title is text.
        #expect(analysis.source[lines[2]] == analysis.source[lines[3]])
        #expect(analysis.kind(of: lines[2]) == nil)
        #expect(analysis.kind(of: lines[3]) == .navigation)
        #expect(analysis.metadata.title == analysis.source[lines[2]])
        #expect(analysis.kind(ofLineContaining: "كتب:") == .metadata)
        #expect(analysis.kind(ofLineContaining: "للمزيد") == .share)
        #expect(analysis.kind(ofLineContaining: "زر الذهاب") == .control)
        #expect(analysis.metadata.author == "هاني كمال الدين")
    }

    @Test("Every block's text is its slice of the text", arguments: SeedCorpus.ids)
    func blockTextIsSlice(id: String) throws {
        let analysis = try SeedCorpus.analyze(id)
        let scalars = Array(try SeedCorpus.text(id).unicodeScalars)
        #expect(!analysis.boilerplate.isEmpty)
        for block in analysis.boilerplate {
            #expect(block.start < block.end)
            #expect(block.text == SourceText.string(from: scalars[block.start..<block.end]))
        }
    }

    /// A paragraph-shaped line may be chrome in two ways only: inside seed-003's appended article,
    /// and as the site's self-description at the foot (seed-000), which is paragraph-sized by nature.
    @Test("No body paragraph (20+ words, closed by a full stop) is boilerplate, but for an appended article",
          arguments: SeedCorpus.ids)
    func bodyIsNeverBoilerplate(id: String) throws {
        let analysis = try SeedCorpus.analyze(id)
        // seed-003 appends another article after its footer: that related tail may hold paragraphs.
        let tail = id == "seed-003" ? analysis.boilerplate.first { $0.kind == .related && $0.end >= analysis.lines.last?.end ?? 0 } : nil
        var paragraphs = 0
        for line in analysis.lines {
            let text = analysis.source[line].trimmingCharacters(in: .whitespaces)
            let words = text.split(whereSeparator: \.isWhitespace).count
            guard words >= 20, text.hasSuffix(".") else { continue }
            paragraphs += 1
            if let tail, tail.span.contains(line) { continue }
            if analysis.kind(of: line) == .siteDescription { continue }
            #expect(analysis.kind(of: line) == nil, "\(id): a body paragraph is marked boilerplate at \(line)")
        }
        #expect(paragraphs > 0)
    }
}
