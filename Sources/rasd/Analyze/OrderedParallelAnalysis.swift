import Foundation
import RasdAnalysis

/// Analyzes a stream of documents on all cores and hands results back in input order as they
/// become ready: at most `window` documents are in flight, so memory stays flat on any corpus.
struct OrderedParallelAnalysis {
    let pipeline: AnalysisPipeline
    let window: Int

    /// `render` runs on a worker thread with the document's position in the output (so encoding
    /// is parallel too); `emit` runs in order on the calling task and may suspend it (the store's
    /// writer holds the analysis back so). Reader failures and warnings are passed to `report` as
    /// they are met. A document `skip` accepts is not analyzed (`rasd ingest` skips what its store
    /// holds already).
    func run<Rendered: Sendable>(reader: inout DocumentReader,
                                 skip: (DocumentInput) -> Bool = { _ in false },
                                 render: @escaping @Sendable (AnalyzedDocument, Int) -> Rendered,
                                 emit: (Rendered) async -> Void,
                                 report: (DocumentReader.Item) -> Void) async {
        await withTaskGroup(of: (Int, Rendered).self) { group in
            var submitted = 0
            var emitted = 0
            var ready: [Int: Rendered] = [:]

            func submitNext(_ group: inout TaskGroup<(Int, Rendered)>) -> Bool {
                while let item = reader.next() {
                    guard case .document(let input) = item else { report(item); continue }
                    if skip(input) { continue }
                    let sequence = submitted
                    submitted += 1
                    let pipeline = self.pipeline
                    group.addTask { (sequence, render(pipeline.analyze(input), sequence)) }
                    return true
                }
                return false
            }

            var more = true
            while more && submitted - emitted < window { more = submitNext(&group) }
            while let (sequence, data) = await group.next() {
                ready[sequence] = data
                while let next = ready.removeValue(forKey: emitted) {
                    await emit(next)
                    emitted += 1
                }
                while more && submitted - emitted < window { more = submitNext(&group) }
            }
        }
    }
}
