import Foundation
import RasdAnalysis
import RasdCorpus

/// Documents posted to the server, analyzed on all cores and stored one batch at a time (the
/// store takes one writer; batches wait their turn here rather than inside SQLite).
actor IngestQueue {
    let store: any CorpusStore
    let pipeline: AnalysisPipeline

    init(store: any CorpusStore, pipeline: AnalysisPipeline) {
        self.store = store
        self.pipeline = pipeline
    }

    /// What one `POST /api/documents` did.
    struct Outcome: Encodable, Sendable {
        var added: Int
        var alreadyStored: Int
        /// The ids of the documents posted, in order (stored now or before).
        var documents: [String]
        var errors: [RequestBodies.Failure]

        private enum CodingKeys: String, CodingKey {
            case added, documents, errors
            case alreadyStored = "already_stored"
        }
    }

    func add(_ records: [Result<DocumentInput, RequestBodies.Failure>]) async throws -> Outcome {
        var inputs: [DocumentInput] = []
        var errors: [RequestBodies.Failure] = []
        for record in records {
            switch record {
            case .success(let input): inputs.append(input)
            case .failure(let failure): errors.append(failure)
            }
        }
        let analyzed = await analyze(inputs)
        let added: Int
        do {
            added = try store.add(analyzed)
            try store.indexPendingDocuments(minimum: 1)
        } catch {
            throw APIError.internalError("the store refused the batch: \(error); what it held before is kept")
        }
        return Outcome(added: added, alreadyStored: inputs.count - added, documents: inputs.map(\.id), errors: errors)
    }

    /// The inputs' analyses, in order, on as many cores as there are.
    private func analyze(_ inputs: [DocumentInput]) async -> [AnalyzedDocument] {
        let pipeline = pipeline
        return await withTaskGroup(of: (Int, AnalyzedDocument).self) { group in
            for (index, input) in inputs.enumerated() {
                group.addTask { (index, pipeline.analyze(input)) }
            }
            var documents = [AnalyzedDocument?](repeating: nil, count: inputs.count)
            for await (index, document) in group { documents[index] = document }
            return documents.compactMap { $0 }
        }
    }
}
