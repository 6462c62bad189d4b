import Foundation
import Hummingbird
import RasdAnalysis
import RasdCorpus

extension CorpusAPI {
    /// `GET /api/documents/{id}`: the stored document object, exactly as `rasd analyze` wrote it.
    func document(_ context: BasicRequestContext) throws -> Response {
        let id = try Self.pathParameter("id", in: context)
        guard let analysis = try store.analysisJSON(document: id) else {
            throw APIError.notFound("no document \(id) in this store")
        }
        return JSONBody.response(bytes: Array(analysis.utf8))
    }

    /// `POST /api/documents` (only with `--allow-ingest`): one JSON object, or JSON Lines, in the
    /// input format of SCHEMA.md; analyzed, stored and indexed. A bad line is reported, the rest
    /// are stored.
    func addDocuments(_ request: Request) async throws -> Response {
        guard options.allowIngest else {
            throw APIError.forbidden("this server does not take documents; start it with `rasd serve --allow-ingest`")
        }
        let body = try await RequestBodies.collect(request, limit: options.maximumIngestBytes)
        guard body.contains(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) else {
            throw APIError.badRequest("the body is empty: send one JSON object or JSON Lines")
        }
        let records = RequestBodies.records(body)
        if !records.isEmpty, records.allSatisfy({ if case .failure = $0 { true } else { false } }) {
            let reasons = records.prefix(3).compactMap { if case .failure(let failure) = $0 { failure.message } else { nil } }
            throw APIError.badRequest("no line of the body is a usable record: " + reasons.joined(separator: "; "))
        }
        let outcome = try await ingest.add(records)
        return JSONBody.response(outcome, status: outcome.added > 0 ? .created : .ok)
    }

    /// `POST /api/analyze`: a document in (a JSON object as in SCHEMA.md's input, or plain text),
    /// its analysis out; nothing is stored.
    func analyze(_ request: Request) async throws -> Response {
        let query = try QueryParameters(request)
        let published = try query.datePrefix("published")
        let body = try await RequestBodies.collect(request, limit: options.maximumAnalyzeBytes)
        let input: DocumentInput
        if RequestBodies.isJSON(request) {
            let records = RequestBodies.records(body)
            guard records.count == 1 else { throw APIError.badRequest("send one JSON object, not \(records.count) lines") }
            switch records[0] {
            case .failure(let failure): throw APIError.badRequest(failure.message)
            case .success(let document): input = document
            }
        } else {
            let text = try RequestBodies.text(body)
            input = DocumentInput(id: query.string("id") ?? "request", text: text, title: query.string("title"),
                                  outlet: query.string("outlet"), published: published)
        }
        let pipeline = options.pipeline
        let analysis = await Task.detached { pipeline.analyze(input).json() }.value
        return JSONBody.response(bytes: analysis)
    }
}
