import Foundation
import Testing
@testable import RasdAnalysis

/// Dates, durations and quantities on the real seed articles against the hand annotation in
/// `Gold/` (offsets and values only, made without looking at Rasd's output): every span found
/// exactly, with its value. Prints precision, recall and F1 so a run shows where they stand.
@Suite("Seed corpus: dates and quantities against the gold annotation", .enabled(if: SeedCorpus.isAvailable,
       "../shared/corpus/seeds is not beside the repository: seed tests are skipped"))
struct SeedTimeGoldTests {
    /// One gold row: document, span, and the remaining columns as written (`-` for null).
    struct GoldRow {
        let document: String
        let start: Int
        let end: Int
        let fields: [String]
    }

    static func gold(_ name: String) throws -> [GoldRow] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Gold/\(name)")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#"), !line.hasPrefix("document") else { return nil }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count >= 4, let start = Int(columns[1]), let end = Int(columns[2]) else { return nil }
            return GoldRow(document: columns[0], start: start, end: end, fields: Array(columns[3...]))
        }
    }

    static let documents: [String: AnalyzedDocument] = {
        var result: [String: AnalyzedDocument] = [:]
        for id in SeedCorpus.ids {
            result[id] = AnalysisPipeline.standard.analyze(DocumentInput(id: id, text: (try? SeedCorpus.text(id)) ?? ""))
        }
        return result
    }()

    static func null(_ field: String) -> String? { field == "-" ? nil : field }

    /// Scores found spans against gold rows: exact-span precision and recall, and how many matched
    /// spans have the gold value.
    static func score<T>(_ name: String, gold: [GoldRow], found: (AnalyzedDocument) -> [T], span: (T) -> (Int, Int),
                         agrees: (T, GoldRow) -> Bool) -> (precision: Double, recall: Double, valueAccuracy: Double, misses: [String]) {
        var matched = 0
        var right = 0
        var misses: [String] = []
        var total = 0
        for (id, document) in documents { total += found(document).count; _ = id }
        for row in gold {
            guard let document = documents[row.document] else { continue }
            if let hit = found(document).first(where: { span($0) == (row.start, row.end) }) {
                matched += 1
                if agrees(hit, row) { right += 1 } else { misses.append("\(row.document) \(row.start)..<\(row.end): wrong value") }
            } else {
                misses.append("\(row.document) \(row.start)..<\(row.end): not found")
            }
        }
        let precision = total == 0 ? 0 : Double(matched) / Double(total)
        let recall = gold.isEmpty ? 0 : Double(matched) / Double(gold.count)
        let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        print("seed \(name): gold \(gold.count), found \(total), exact spans \(matched): P \(fmt(precision)) R \(fmt(recall)) F1 \(fmt(f1)); right values \(right)/\(matched)")
        return (precision, recall, matched == 0 ? 0 : Double(right) / Double(matched), misses)
    }

    static func fmt(_ value: Double) -> String { String(format: "%.3f", value) }

    @Test("Dates: exact spans and values")
    func dates() throws {
        let result = Self.score("dates", gold: try Self.gold("seed-dates.tsv"), found: \.dates, span: { ($0.start, $0.end) }) { date, row in
            date.value == Self.null(row.fields[0]) && date.endValue == Self.null(row.fields[1])
                && (date.value == nil || date.grain == Self.null(row.fields[2])) && date.relative == (row.fields[3] == "true")
        }
        #expect(result.recall >= 0.95, "\(result.misses)")
        #expect(result.precision >= 0.95)
        #expect(result.valueAccuracy >= 0.95, "\(result.misses)")
    }

    @Test("Quantities: exact spans, values, qualifiers, lemmas and rates")
    func quantities() throws {
        let result = Self.score("quantities", gold: try Self.gold("seed-quantities.tsv"), found: \.quantities, span: { ($0.start, $0.end) }) { quantity, row in
            abs(quantity.value - (Double(row.fields[0]) ?? .nan)) < 1e-6
                && quantity.valueMax == Self.null(row.fields[1]).flatMap(Double.init)
                && quantity.qualifier == row.fields[2]
                && quantity.per == Self.null(row.fields[4])
                && (quantity.unitLemma == Self.null(row.fields[3]) || quantity.unitLemma == nil)
        }
        #expect(result.recall >= 0.95, "\(result.misses)")
        #expect(result.precision >= 0.9)
        #expect(result.valueAccuracy >= 0.95, "\(result.misses)")
    }

    @Test("Durations: exact spans and lengths")
    func durations() throws {
        let result = Self.score("durations", gold: try Self.gold("seed-durations.tsv"), found: \.durations, span: { ($0.start, $0.end) }) { duration, row in
            abs(duration.value - (Double(row.fields[0]) ?? .nan)) < 1e-6 && duration.unit == row.fields[1]
        }
        #expect(result.recall >= 0.75, "\(result.misses)")
        #expect(result.valueAccuracy >= 0.95)
    }

    @Test("seed-000 states its own publication day: today, Thursday 19 October, in the year after its latest")
    func statedPublicationDay() {
        #expect(Self.documents["seed-000"]?.published == "2023-10-19")
    }
}
